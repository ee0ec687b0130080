/* Celery brown bag: the live layer of the demo panels.

   Contract (brownbag/deck/directive.py): every `.. demo:: ID` renders
     <div class="demo-panel" data-demo="ID"> .demo-head / .demo-live / .demo-cmd </div>
   This script fills them in:
   - with a live server (the deck served by `python -m brownbag.live`): a Run button
     (and the R key on the current slide), the scenario's parameters, and the run
     drawn as it happens, one row per task on a time axis, from the SSE stream of
     GET /api/runs/<id>/events;
   - without one (file://, or the server down): the recording of a real run
     (slides/recordings/<id>.js), labelled as such, replayable.
   Nothing runs by itself: only the presenter's click or key starts a run.
   Inside an iframe (hovercraft's presenter console previews) it does nothing at
   all, or every demo would run three times.
   Hook for the presenter console (console.js): a `brownbag:run-demo` event on the
   document runs the current slide's demo, as R does; a panel carries `data-running`
   while a run or a replay is in progress. */
(function () {
    "use strict";
    if (window.self !== window.top) return;

    var script = document.currentScript;
    var base = script && script.src ? script.src.replace(/[^\/]*$/, "") : "assets/";
    // The audience view (<html data-follow>, brownbag/live/audience.py) reaches no API: it
    // acts as the offline deck, and follow.js hands it the presenter's runs (show() below).
    var following = document.documentElement.hasAttribute("data-follow");
    var served = !following && (location.protocol === "http:" || location.protocol === "https:");
    var API = "/api";
    // Off loopback the server wants a token to start runs: `invoke up` prints the
    // deck's URL with ?token=...; keep it for this tab, then drop it from the URL.
    var token = new URLSearchParams(location.search).get("token");
    if (token) {
        sessionStorage.setItem("brownbag-token", token);
        history.replaceState(null, "", location.pathname + location.hash);
    }
    token = sessionStorage.getItem("brownbag-token");

    function startHeaders() {
        var headers = {"Content-Type": "application/json"};
        if (token) headers.Authorization = "Bearer " + token;
        return headers;
    }
    var live = {up: false, checked: false, health: null,
        short: served ? "checking\u2026" : "offline: recorded run",
        why: served ? "checking the live server..." : "opened as a file: no live server"};
    var catalogue = {};
    var panels = [];
    window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {};

    var STATES = ["sent", "received", "started", "retried", "succeeded", "failed", "revoked", "rejected"];

    function el(tag, cls, text) {
        var node = document.createElement(tag);
        if (cls) node.className = cls;
        if (text !== undefined && text !== null) node.textContent = text;
        return node;
    }

    function short(value, max) {
        var text = typeof value === "string" ? value : JSON.stringify(value);
        if (text === undefined) text = String(value);
        max = max || 90;
        return text.length > max ? text.slice(0, max - 1) + "\u2026" : text;
    }

    function fmtSeconds(s) {
        if (s === null || s === undefined || isNaN(s)) return "";
        return s < 1 ? Math.round(s * 1000) + " ms" : s.toFixed(s < 10 ? 2 : 1) + " s";
    }

    function isRecords(value) {
        return Array.isArray(value) && value.length > 0 && value.every(function (v) {
            return v && typeof v === "object" && !Array.isArray(v);
        });
    }

    function recordsTable(records) {
        var table = el("table", "demo-records");
        var columns = Object.keys(records[0]);
        var head = table.appendChild(el("tr"));
        columns.forEach(function (c) { head.appendChild(el("th", null, c)); });
        records.forEach(function (record) {
            var row = table.appendChild(el("tr"));
            columns.forEach(function (c) {
                var v = record[c];
                var cell = row.appendChild(el("td", null, short(v, 60)));
                if (v === true || v === false) cell.className = v ? "yes" : "no";
            });
        });
        return table;
    }

    /* ---------------------------------------------------------------- a panel */

    function Panel(node) {
        this.node = node;
        this.id = node.getAttribute("data-demo");
        this.head = node.querySelector(".demo-head") || node;
        this.liveBox = node.querySelector(".demo-live") || node.appendChild(el("div", "demo-live"));
        this.running = false;
        this.build();
    }

    Panel.prototype.build = function () {
        var self = this;
        this.title = el("span", "demo-title", "");
        this.status = el("span", "demo-status", "");
        this.button = el("button", "demo-run", "Run");
        this.button.type = "button";
        this.button.title = "Run this demo on the real stack (key: R)";
        this.button.addEventListener("click", function (e) { e.stopPropagation(); self.activate(); });
        this.head.appendChild(this.title);
        this.head.appendChild(this.status);
        this.head.appendChild(this.button);
        this.liveBox.textContent = "";
        this.params = el("div", "demo-params");
        this.banner = el("div", "demo-banner");
        this.axis = el("div", "demo-axis");
        this.rows = el("div", "demo-rows");
        this.notes = el("div", "demo-notes");
        this.summary = el("div", "demo-summary");
        [this.params, this.banner, this.axis, this.rows, this.notes, this.summary].forEach(function (n) {
            self.liveBox.appendChild(n);
        });
        // impress.js moves between slides on clicks and keys: keep ours to ourselves.
        this.liveBox.addEventListener("keydown", function (e) { e.stopPropagation(); });
        this.liveBox.addEventListener("keyup", function (e) { e.stopPropagation(); });
        this.refresh();
    };

    Panel.prototype.refresh = function () {
        var info = catalogue[this.id];
        var rec = window.BROWNBAG_RECORDINGS[this.id];
        this.title.textContent = info ? info.title : (rec ? rec.title : "");
        this.node.toggleAttribute("data-running", !!this.running);  // read by console.js
        if (live.up) {
            this.node.setAttribute("data-mode", "live");
            this.status.textContent = "\u25CF " + live.short;
            this.status.title = live.why;
            this.button.textContent = this.running ? "Running\u2026" : "Run";
            this.button.disabled = this.running || !info;
        } else {
            this.node.setAttribute("data-mode", "recording");
            // Said on the slide, not only in a tooltip: the room sees why it is a recording.
            this.status.textContent = "\u25CB " + live.short;
            this.status.title = live.why;
            this.button.textContent = rec ? "Replay recording" : "No recording";
            this.button.disabled = this.running || !rec;
        }
        var spec = info || (rec && rec.scenario);
        // Rebuilt only when the parameters themselves change: a health check every few
        // seconds must not reset what the presenter typed.
        if (spec !== this.paramSpec) {
            this.paramSpec = spec;
            this.renderParams(spec);
        }
        this.params.querySelectorAll("input, select").forEach(function (input) {
            input.disabled = !live.up;
        });
        if (!this.running && !this.shown && !live.up && live.checked) this.showRecording(false);
    };

    Panel.prototype.renderParams = function (info) {
        this.params.textContent = "";
        if (!info || !info.params || !info.params.length) return;
        var self = this;
        info.params.forEach(function (p) {
            var label = el("label", "demo-param");
            label.title = (p.help ? p.help + " \u2014 " : "") + p.limits;
            label.appendChild(el("span", null, p.name));
            var input;
            if (p.choices) {
                input = el("select");
                p.choices.forEach(function (c) {
                    var o = el("option", null, String(c));
                    o.value = c;
                    input.appendChild(o);
                });
                input.value = p.default;
            } else if (p.type === "boolean") {
                input = el("input");
                input.type = "checkbox";
                input.checked = !!p.default;
            } else {
                input = el("input");
                input.type = p.type === "string" ? "text" : "number";
                if (p.min !== null) input.min = p.min;
                if (p.max !== null) input.max = p.max;
                input.step = p.type === "integer" ? 1 : "any";
                input.value = p.default;
            }
            input.name = p.name;
            input.setAttribute("data-type", p.type);
            label.appendChild(input);
            self.params.appendChild(label);
        });
    };

    Panel.prototype.values = function () {
        var out = {};
        this.params.querySelectorAll("input, select").forEach(function (input) {
            var type = input.getAttribute("data-type");
            if (type === "boolean") out[input.name] = input.checked;
            else if (type === "integer" || type === "number") out[input.name] = Number(input.value);
            else out[input.name] = input.value;
        });
        return out;
    };

    Panel.prototype.activate = function () {
        if (this.running) return;
        if (live.up) this.run();
        else this.showRecording(true);
    };

    Panel.prototype.reset = function (label) {
        this.tasks = {};
        this.order = [];
        this.t0 = null;
        this.tmax = null;
        this.rows.textContent = "";
        this.notes.textContent = "";
        this.summary.textContent = "";
        this.summary.className = "demo-summary";
        this.banner.textContent = label || "";
        this.node.removeAttribute("data-result");
    };

    Panel.prototype.error = function (message) {
        this.summary.className = "demo-summary failed";
        this.summary.textContent = message;
    };

    Panel.prototype.run = function () {
        var self = this;
        this.running = true;
        this.shown = true;
        this.reset("");
        this.refresh();
        this.clicked = performance.now();
        this.node.removeAttribute("data-first-event-ms");
        this.node.removeAttribute("data-final-ms");
        fetch(API + "/demos/" + encodeURIComponent(this.id) + "/runs", {
            method: "POST", headers: startHeaders(),
            body: JSON.stringify({params: this.values()})
        }).then(function (response) {
            return response.json().then(function (body) { return {status: response.status, body: body}; });
        }).then(function (answer) {
            if (answer.status !== 202) {
                self.finish();
                self.error(answer.body.error || ("HTTP " + answer.status));
                if (answer.status === 503) self.offerRecording();
                return;
            }
            self.node.setAttribute("data-run", answer.body.run_id);
            self.follow(answer.body);
        }).catch(function (err) {
            self.finish();
            self.error("live server unreachable: " + err.message);
            checkHealth();
            self.offerRecording();
        });
    };

    Panel.prototype.follow = function (started) {
        var self = this;
        var done = false;
        var source = new EventSource(started.events);
        source.onmessage = function (message) {
            var item = JSON.parse(message.data);
            self.add(item, true);
            if (item.kind === "summary") {
                done = true;
                source.close();
                self.finish();
            }
        };
        source.onerror = function () {
            if (done) return;
            source.close();
            // The stream broke (server restarted?): the run's status still says how it ended.
            fetch(started.status).then(function (r) { return r.json(); }).then(function (summary) {
                if (summary.kind === "summary" && summary.finished) self.add(summary, true);
                else self.error("lost the event stream of run " + started.run_id);
            }).catch(function () {
                self.error("lost the live server during the run");
                checkHealth();
            }).then(function () { self.finish(); });
        };
    };

    Panel.prototype.finish = function () {
        this.running = false;
        this.refresh();
    };

    /* ---------------------------------------------------- drawing the run */

    Panel.prototype.add = function (item, isLive) {
        if (item.kind === "run") {
            this.t0 = item.timestamp;
            var how = item.follow === "results" ?
                " \u2014 this broker carries no events: following results" : "";
            if (isLive) this.banner.textContent = "run " + item.run_id + " on " + item.broker + how;
            return;
        }
        if (isLive && this.clicked && item.kind === "event" && !this.node.hasAttribute("data-first-event-ms")) {
            this.node.setAttribute("data-first-event-ms", (performance.now() - this.clicked).toFixed(1));
        }
        if (item.timestamp && this.t0 !== null) {
            this.tmax = Math.max(this.tmax || 0, item.timestamp - this.t0);
        }
        if (item.kind === "event") this.addEvent(item);
        else if (item.kind === "note") this.addNote(item);
        else if (item.kind === "summary") {
            // Drawn now, not on the next frame: on a busy machine the last events and the
            // summary arrive together, and a panel marked finished must show all its rows.
            this.showSummary(item, isLive);
            this.drawNow();
            return;
        }
        this.draw();
    };

    Panel.prototype.addEvent = function (ev) {
        var task = this.tasks[ev.uuid];
        if (!task) {
            task = this.tasks[ev.uuid] = {uuid: ev.uuid, marks: [], state: null};
            this.order.push(ev.uuid);
        }
        var state = ev.type.replace("task-", "");
        if (ev.name) task.name = ev.name;
        if (ev.args && !task.args) task.args = ev.args;
        if (ev.hostname && state !== "sent") task.worker = ev.hostname;
        if (ev.pool && state !== "sent") task.pool = ev.pool;
        if (state === "succeeded") task.result = ev.result;
        if (state === "failed" || state === "retried") task.error = ev.exception;
        if (state === "revoked") task.error = ev.expired ? "expired" : (ev.terminated ? "terminated" : "revoked");
        if (ev.runtime !== undefined && ev.runtime !== null) task.runtime = ev.runtime;
        task.marks.push({state: state, t: ev.timestamp - (this.t0 || ev.timestamp)});
        if (state !== "sent" || !task.state) task.state = state;
    };

    Panel.prototype.addNote = function (note) {
        var line = el("div", "demo-note", note.text);
        this.notes.appendChild(line);
        while (this.notes.childNodes.length > 3) this.notes.removeChild(this.notes.firstChild);
    };

    Panel.prototype.showSummary = function (summary, isLive) {
        if (isLive && this.clicked) {
            this.node.setAttribute("data-final-ms", (performance.now() - this.clicked).toFixed(1));
        }
        this.node.setAttribute("data-result", summary.status);
        this.summary.className = "demo-summary " + summary.status;
        this.summary.textContent = "";
        var result = summary.result;
        if (summary.status !== "succeeded") {
            this.summary.appendChild(el("div", null, "\u2718 " + (summary.error || "failed") +
                                        "  (" + fmtSeconds(summary.duration) + ")"));
            return;
        }
        this.summary.appendChild(el("div", null, "\u2714 done in " + fmtSeconds(summary.duration)));
        // One line per top-level key: readable from the back, unlike one long JSON line.
        // Keys starting with "_" are data for recordings and tests (a benchmark's full report).
        var keys = result && typeof result === "object" && !Array.isArray(result) ?
            Object.keys(result).filter(function (k) { return k.charAt(0) !== "_"; }) : null;
        if (!keys) {
            this.summary.appendChild(el("div", "demo-value", short(result, 160)));
            return;
        }
        var self = this;
        keys.slice(0, 4).forEach(function (key) {
            var value = result[key];
            if (isRecords(value)) {  // a list of records reads best as a table
                self.summary.appendChild(el("div", "demo-value", null)).appendChild(el("b", null, key));
                self.summary.appendChild(recordsTable(value.slice(0, 8)));
                return;
            }
            var line = el("div", "demo-value");
            line.appendChild(el("b", null, key + ": "));
            if (typeof value === "string" && /^https?:\/\//.test(value)) {
                var link = el("a", null, value);  // e.g. Flower: it asks for its own login
                link.href = value;
                link.target = "_blank";
                link.rel = "noopener";
                line.appendChild(link);
            } else {
                line.appendChild(document.createTextNode(short(value, 150)));
            }
            self.summary.appendChild(line);
        });
    };

    Panel.prototype.draw = function () {
        var self = this;
        if (this.pending) return;
        this.pending = true;
        window.requestAnimationFrame(function () { self.pending = false; self.drawNow(); });
    };

    Panel.prototype.drawNow = function () {
        // A demo without tasks (a probe, a benchmark) gives the space to its notes and result.
        this.node.setAttribute("data-tasks", this.order.length);
        // 4% headroom on the right, so the last mark is not cut in half.
        var span = Math.max((this.tmax || 0) * 1.04, 0.5);
        this.axis.textContent = "";
        var ticks = 4;
        for (var i = 0; i <= ticks; i++) {
            var tick = el("span", "demo-tick", fmtSeconds(span * i / ticks));
            tick.style.left = (100 * i / ticks) + "%";
            this.axis.appendChild(tick);
        }
        this.rows.textContent = "";
        var self = this;
        this.order.forEach(function (uuid) {
            var task = self.tasks[uuid];
            var row = el("div", "demo-row state-" + task.state);
            row.setAttribute("data-task", uuid);
            row.setAttribute("data-state", task.state);
            var name = (task.name || "?").split(".").pop() + (task.args ? short(task.args, 24) : "");
            row.appendChild(el("span", "demo-task", name));
            row.appendChild(el("span", "demo-worker", task.worker || "\u2014"));
            var track = el("span", "demo-track");
            var start = null;
            task.marks.forEach(function (mark) {
                if (mark.state === "started") start = mark.t;
                if (start !== null && (mark.state === "succeeded" || mark.state === "failed" ||
                                       mark.state === "retried")) {
                    var bar = el("i", "demo-bar bar-" + mark.state);
                    bar.style.left = (100 * start / span) + "%";
                    bar.style.width = Math.max(0.6, 100 * (mark.t - start) / span) + "%";
                    track.appendChild(bar);
                    start = null;
                }
                var dot = el("i", "demo-mark mark-" + mark.state);
                dot.style.left = (100 * mark.t / span) + "%";
                dot.title = mark.state + " at " + fmtSeconds(mark.t);
                track.appendChild(dot);
            });
            row.appendChild(track);
            row.appendChild(el("span", "demo-state", task.state));
            row.appendChild(el("span", "demo-time", fmtSeconds(task.runtime)));
            var outcome = task.state === "succeeded" ? task.result :
                (task.error || (task.result !== undefined ? task.result : ""));
            row.appendChild(el("span", "demo-out", short(outcome === null ? "" : outcome, 40)));
            self.rows.appendChild(row);
        });
        this.rows.scrollTop = this.rows.scrollHeight;
    };

    /* ----------------------------------------------------------- recordings */

    Panel.prototype.offerRecording = function () {
        if (window.BROWNBAG_RECORDINGS[this.id]) {
            this.banner.textContent = "The live run failed: press \u201CReplay recording\u201D " +
                "when the backend stays down.";
        }
    };

    Panel.prototype.showRecording = function (animate) {
        var rec = window.BROWNBAG_RECORDINGS[this.id];
        if (!rec) {
            this.reset("");
            this.banner.textContent = "No live backend (" + live.why + ") and no recording: run `" +
                "invoke demo " + this.id + "` in a terminal.";
            return;
        }
        var self = this;
        this.shown = true;
        var pools = (rec.pools || []).join(", ");
        this.reset("RECORDING of a real run \u2014 " + (rec.recorded || "?").slice(0, 16).replace("T", " ") +
                   " UTC \u00B7 broker " + (rec.broker_name || rec.broker) + (pools ? " \u00B7 pools " + pools : "") +
                   (rec.host ? " \u00B7 " + rec.host : ""));
        this.node.setAttribute("data-recording", rec.recorded || "");
        var items = rec.items || [];
        if (!animate) {
            items.forEach(function (item) { self.add(item, false); });
            return;
        }
        // Replay with the recorded timing, squeezed to at most 8 seconds.
        var t0 = items.length ? items[0].timestamp : 0;
        var last = items.length ? items[items.length - 1].timestamp - t0 : 0;
        var scale = last > 8 ? 8 / last : 1;
        this.running = true;
        this.refresh();
        items.forEach(function (item, index) {
            window.setTimeout(function () {
                self.add(item, false);
                if (index === items.length - 1) self.finish();
            }, 1000 * (item.timestamp - t0) * scale);
        });
        if (!items.length) this.finish();
    };

    function loadRecording(id, candidates) {
        if (!candidates.length) return;
        var tag = document.createElement("script");
        tag.src = candidates[0] + encodeURIComponent(id) + ".js";
        tag.onload = function () {
            panels.forEach(function (p) { if (p.id === id) p.refresh(); });
        };
        tag.onerror = function () {
            tag.remove();
            loadRecording(id, candidates.slice(1));
        };
        document.head.appendChild(tag);
    }

    /* ------------------------------------------------------------ the server */

    function checkHealth() {
        if (!served) {
            live.checked = true;
            panels.forEach(function (p) { p.refresh(); });
            return;
        }
        var loaded = Object.keys(catalogue).length ? Promise.resolve() :
            fetch(API + "/demos").then(function (r) {
                if (!r.ok) throw new Error("no demo API here (HTTP " + r.status + ")");
                return r.json();
            }).then(function (list) {
                list.forEach(function (s) { catalogue[s.id] = s; });
            });
        loaded.then(function () {
            return fetch(API + "/health").then(function (r) { return r.json(); });
        }).then(function (health) {
            live.health = health;
            showFrames();
            var current = (health.brokers || []).filter(function (b) { return b.current; })[0];
            var all = health.workers || [];
            var workers = all.filter(function (w) { return w.up; });
            // A worker that stops answering (killed, restarting) is named while the rest run
            // on, and so is one that just came back: supervisord can restart a killed
            // worker between two checks.
            function names(list) { return list.map(function (w) { return w.name; }).join(", "); }
            var offline = all.filter(function (w) { return !w.up; });
            var restarted = all.filter(function (w) {
                return w.up && w.restarted_s_ago !== null && w.restarted_s_ago < RESTART_SHOWN_S;
            });
            live.up = !!health.ok;
            live.degraded = live.up && offline.length + restarted.length > 0;
            live.short = !health.ok ? (current && !current.up ? "broker down" : "no worker") :
                offline.length ? "live \u00b7 " + names(offline) + " worker offline" :
                restarted.length ? "live \u00b7 " + names(restarted) + " worker restarted" : "live";
            live.why = health.ok ?
                "broker " + (current ? current.url : "?") + ", workers: " + names(workers) :
                (current && !current.up ? "broker down: " + current.url + " (" + current.why + ")" :
                 "no worker answers a ping");
        }).catch(function (err) {
            live.up = live.degraded = false;
            live.short = "live server unreachable";
            live.why = "live server unreachable: " + err.message;
        }).then(function () {
            live.checked = true;
            document.documentElement.setAttribute("data-live",
                live.degraded ? "degraded" : live.up ? "up" : "down");
            panels.forEach(function (p) { p.refresh(); });
            scheduleHealth();
        });
    }

    /* Frames of live pages (the Django admin): their src is a live-server route that
       redirects to the page, set once the live server has answered. Opened as a file,
       the caption beside the frame says where the page runs instead. */
    function showFrames() {
        document.querySelectorAll("iframe[data-live-src]:not([src])").forEach(function (frame) {
            frame.setAttribute("src", frame.getAttribute("data-live-src"));
            frame.classList.add("loaded");
        });
    }

    // Every 5 s while all is well; every 2 s while something is down, so a broker,
    // worker or live server that comes back shows on the slide within moments, no reload.
    var healthTimer = null;
    var RESTART_SHOWN_S = 12;  // how long "worker restarted" stays on the slide
    function scheduleHealth() {
        if (!served) return;
        window.clearTimeout(healthTimer);
        healthTimer = window.setTimeout(checkHealth, live.up && !live.degraded ? 5000 : 2000);
    }

    function activePanel() {
        var step = document.querySelector(".step.active");
        var node = step && step.querySelector(".demo-panel");
        return node && panels.filter(function (p) { return p.node === node; })[0];
    }

    function start() {
        document.querySelectorAll(".demo-panel[data-demo]").forEach(function (node) {
            panels.push(new Panel(node));
        });
        if (!panels.length) return;
        // Recordings: copied next to the deck, or in the source tree (slides/recordings).
        var candidates = [base + "../recordings/", base + "../../recordings/"];
        if (served) candidates.unshift("/recordings/");
        panels.forEach(function (p) { loadRecording(p.id, candidates); });
        checkHealth();
        document.addEventListener("keydown", function (e) {
            if (e.key !== "r" && e.key !== "R") return;
            if (e.ctrlKey || e.metaKey || e.altKey) return;
            var target = e.target;
            if (target && (target.tagName === "INPUT" || target.tagName === "SELECT" ||
                           target.tagName === "TEXTAREA")) return;
            var panel = activePanel();
            if (panel) { e.preventDefault(); panel.activate(); }
        });
        // The presenter console's R (console.js): same as R here.
        document.addEventListener("brownbag:run-demo", function () {
            var panel = activePanel();
            if (panel) panel.activate();
        });
    }

    // follow.js: draw an item of the presenter's run in its demo's panel, as it arrives.
    function show(demo, item) {
        panels.forEach(function (p) {
            if (p.id !== demo) return;
            if (item.kind === "run") { p.reset(""); p.running = p.shown = true; p.refresh(); }
            p.add(item, true);
            if (item.kind === "summary") p.finish();
        });
    }

    window.BrownbagLive = {panels: panels, live: live, check: checkHealth, show: show};
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
    else start();
})();
