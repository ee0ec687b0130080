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

    function startHeaders(accept) {
        var headers = {"Content-Type": "application/json"};
        if (accept) headers.Accept = accept;
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

    function fmtSeconds(s) {
        if (s === null || s === undefined || isNaN(s)) return "";
        return s < 1 ? Math.round(s * 1000) + " ms" : s.toFixed(s < 10 ? 2 : 1) + " s";
    }

    /* ---------------------------------------------------------------- a panel */

    function Panel(node) {
        this.node = node;
        this.id = node.getAttribute("data-demo");
        this.head = node.querySelector(".demo-head") || node;
        this.liveBox = node.querySelector(".demo-live") || node.appendChild(el("div", "demo-live"));
        this.running = false;
        this.lags = [];     // ms from a worker's event to the panel drawing it
        this.undrawn = [];
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
        this.payoffBox = el("div", "demo-payoff");
        this.top = el("div", "demo-top");
        this.top.appendChild(this.params);
        this.top.appendChild(this.summary);
        this.top.appendChild(this.banner);
        this.legend = el("div", "demo-legend");
        this.timeline = el("div", "demo-timeline");
        this.timeline.appendChild(this.legend);
        this.timeline.appendChild(this.axis);
        this.fold = el("div", "demo-fold");
        [this.top, this.timeline, this.rows, this.fold, this.notes, this.payoffBox].forEach(function (n) {
            self.liveBox.appendChild(n);
        });
        this.node.setAttribute("data-tasks", "0");
        // impress.js moves between slides on keys (on keyup, at the document). In a
        // parameter field the presenter's navigation keys leave the field -- keyup then
        // reaches the document and moves the slide -- and Enter runs the demo; every
        // other key is the field's own (a digit, a comma). Caught on the way down, before
        // impress.js's own stopPropagation on text fields.
        var NAVIGATION = {ArrowLeft: 1, ArrowRight: 1, ArrowUp: 1, ArrowDown: 1,
                          PageUp: 1, PageDown: 1, " ": 1};
        function inField(e) { return e.target && /^(INPUT|SELECT|TEXTAREA)$/.test(e.target.tagName); }
        this.liveBox.addEventListener("keydown", function (e) {
            if (!inField(e) || e.ctrlKey || e.metaKey || e.altKey) return;
            if (e.key === "Enter") {
                e.preventDefault();
                e.stopPropagation();
                e.target.blur();
                self.activate();
            } else if (NAVIGATION[e.key]) {
                e.preventDefault();  // no spinner step, no option change, no space typed
                e.target.blur();
            }
        }, true);
        this.liveBox.addEventListener("keydown", function (e) { e.stopPropagation(); });
        this.liveBox.addEventListener("keyup", function (e) { e.stopPropagation(); });
        // A clicked Run button keeps the focus: Space would click it again instead of
        // moving the slide.
        this.button.addEventListener("mouseup", function () { self.button.blur(); });
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
        // Before Run, the last recorded run's final state, dimmed and labelled: never an
        // empty box. Run (or Replay) replaces it.
        if (!this.running && !this.shown && live.checked) this.showRecording(false);
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
                // A list of names reads whole: the field is as wide as its default.
                if (p.type === "string") input.style.width = Math.max(5.5, String(p.default).length + 1) + "ch";
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
        this.payoffBox.textContent = "";
        this.legend.textContent = "";
        this.fold.textContent = "";
        this.payoff = null;
        this.final = false;
        this.ended = false;
        this.banner.textContent = label || "";
        this.node.removeAttribute("data-result");
        this.node.removeAttribute("data-recorded-result");
        this.node.removeAttribute("data-payoff");
        this.node.removeAttribute("data-prerun");
        this.node.removeAttribute("data-recording");
        this.node.removeAttribute("data-outage");
        this.node.removeAttribute("data-folded");
        this.node.removeAttribute("data-notes-done");
        this.node.setAttribute("data-tasks", "0");
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
        this.lags = [];
        this.node.removeAttribute("data-first-event-ms");
        this.node.removeAttribute("data-final-ms");
        // The run's events come back in the answer to the POST itself (text/event-stream):
        // no second connection to open before the first event can show.
        fetch(API + "/demos/" + encodeURIComponent(this.id) + "/runs", {
            method: "POST", headers: startHeaders("text/event-stream"),
            body: JSON.stringify({params: this.values()})
        }).then(function (response) {
            var type = response.headers.get("Content-Type") || "";
            if (response.status === 202 && type.indexOf("text/event-stream") === 0 && response.body) {
                return self.read(response.body.getReader());
            }
            return response.json().then(function (body) {
                if (response.status === 409 && body.run_id) {
                    // Already running (started from another window, the terminal, before a
                    // reload): follow that run instead of covering it with an error.
                    self.banner.textContent = "already running: following run " + body.run_id;
                    self.node.setAttribute("data-run", body.run_id);
                    self.follow({run_id: body.run_id, events: API + "/runs/" + body.run_id + "/events",
                                 status: API + "/runs/" + body.run_id});
                    return;
                }
                if (response.status === 202) {  // a server that answers with the run's address
                    self.node.setAttribute("data-run", body.run_id);
                    self.follow(body);
                    return;
                }
                self.finish();
                self.error(body.error || ("HTTP " + response.status));
                if (response.status === 503) self.offerRecording();
            });
        }).catch(function (err) {
            self.finish();
            self.error("live server unreachable: " + err.message);
            self.node.setAttribute("data-outage", "");
            checkHealth();
            self.offerRecording();
        });
    };

    /* A run streamed in the POST's answer: Server-Sent Events read by hand. */
    Panel.prototype.read = function (reader) {
        var self = this;
        var decoder = new TextDecoder();
        var buffer = "";
        var runId = null;
        var done = false;
        function chunk(result) {
            if (result.done) return ended();
            buffer += decoder.decode(result.value, {stream: true});
            var cut;
            while ((cut = buffer.indexOf("\n\n")) >= 0) {
                var message = buffer.slice(0, cut);
                buffer = buffer.slice(cut + 2);
                message.split("\n").forEach(function (line) {
                    if (line.indexOf("data: ") !== 0) return;
                    var item = JSON.parse(line.slice(6));
                    if (item.kind === "run") {
                        runId = item.run_id;
                        self.node.setAttribute("data-run", runId);
                    }
                    self.add(item, true);
                    if (item.kind === "summary") done = true;
                });
            }
            if (done) {
                reader.cancel();
                self.finish();
                return;
            }
            return reader.read().then(chunk);
        }
        function ended() {
            if (done) return;
            // The stream broke (server restarted?): the run's status still says how it ended.
            if (!runId) { self.finish(); self.error("lost the live server during the run"); return; }
            self.follow({run_id: runId, events: API + "/runs/" + runId + "/events", status: API + "/runs/" + runId});
        }
        return reader.read().then(chunk).catch(ended);
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
                self.node.setAttribute("data-outage", "");
                checkHealth();
            }).then(function () { self.finish(); });
        };
    };

    /* The live server answers again: an outage line it left on the panel goes, and the
       panel shows what it shows before a run. */
    Panel.prototype.recovered = function () {
        if (this.running || !this.node.hasAttribute("data-outage")) return;
        this.node.removeAttribute("data-outage");
        this.shown = false;
        this.reset("");
        this.refresh();
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
        // How long after the worker emitted it an event is on screen (invoke bench.live).
        if (isLive && item.kind === "event" && item.timestamp) this.undrawn.push(item.timestamp);
        if (item.kind === "event") this.addEvent(item);
        else if (item.kind === "note") this.addNote(item);
        else if (item.kind === "payoff") { this.payoff = item.payoff; }
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
        // Every note is kept; fit() shows as many of the latest as the panel has room for.
        this.notes.appendChild(el("div", "demo-note", note.text));
    };

    Panel.prototype.showSummary = function (summary, isLive) {
        this.ended = true;
        if (isLive && this.clicked) {
            this.node.setAttribute("data-final-ms", (performance.now() - this.clicked).toFixed(1));
        }
        // The recording shown before Run is not a result of this page: data-result stays
        // for runs (and replays) the presenter started.
        this.node.setAttribute(this.node.hasAttribute("data-prerun") ? "data-recorded-result" : "data-result",
                               summary.status);
        this.summary.className = "demo-summary " + summary.status;
        this.summary.textContent = "";
        var result = summary.result;
        if (summary.status !== "succeeded") {
            this.summary.appendChild(el("div", "demo-error", "\u2718 " + (summary.error || "failed") +
                                        "  (" + fmtSeconds(summary.duration) + ")"));
            return;
        }
        this.summary.appendChild(el("span", "demo-done", "\u2714 done in " + fmtSeconds(summary.duration)));
        this.final = true;
        if (result && typeof result === "object" && !Array.isArray(result) && result.payoff) {
            this.payoff = result.payoff;
        } else {
            // A result that declares no payoff (brownbag/scenarios/payoff.py): its keys as
            // facts, whole. Keys starting with "_" are data for recordings and tests.
            var keys = result && typeof result === "object" && !Array.isArray(result) ?
                Object.keys(result).filter(function (k) { return k.charAt(0) !== "_"; }) : [];
            this.payoff = {kind: "timeline", facts: keys.length ? keys.map(function (k) {
                return {label: k, value: result[k]};
            }) : [{label: "result", value: result}]};
        }
    };

    /* -------------------------------------------------------- the payoff
       One view, declared by the scenario (brownbag/scenarios/payoff.py): bars, table,
       log, facts, or the timeline itself. Drawn whole: nothing cut to a width. */

    function text(value) {
        if (value === null || value === undefined) return "\u2014";
        if (typeof value === "string") return value;
        if (typeof value === "number") return fmtNumber(value);
        if (value === true) return "yes";
        if (value === false) return "no";
        if (Array.isArray(value) && value.every(function (v) { return typeof v !== "object" || v === null; })) {
            return value.map(text).join(", ");
        }
        if (typeof value === "object" && "value" in value) return text(value.value);
        if (typeof value === "object") {
            return Object.keys(value).map(function (k) { return k + " " + text(value[k]); }).join(" \u00b7 ");
        }
        return String(value);
    }

    /* A task's result as its event carries it, Python's repr: a flat dict reads as
       "hostname prefork@vm · pool prefork" rather than as code. */
    function readable(repr) {
        var dict = /^\{('[^']*': ('[^']*'|[^,{}\[\]']*)(, )?)+\}$/;
        if (!dict.test(repr)) return repr;
        return repr.slice(1, -1).split(/, (?=')/).map(function (pair) {
            return pair.replace(/^'([^']*)': /, "$1 ").replace(/'/g, "");
        }).join(" \u00b7 ");
    }

    function fmtNumber(n) {
        if (Number.isInteger(n)) return n.toLocaleString("en");
        var a = Math.abs(n);
        return a >= 100 ? n.toFixed(0) : a >= 10 ? n.toFixed(1) : a >= 1 ? n.toFixed(2) : n.toPrecision(2);
    }

    function tone(value) {
        if (value === true) return "good";
        if (value === false) return "bad";
        return value && typeof value === "object" && value.tone ? value.tone : "";
    }

    function factsLine(facts) {
        var line = el("div", "payoff-facts");
        (facts || []).forEach(function (f) {
            var item = line.appendChild(el("span", "payoff-fact" + (f.tone ? " tone-" + f.tone : "")));
            item.appendChild(el("b", null, f.label + " "));
            if (f.href) {
                var link = item.appendChild(el("a", null, text(f.value)));
                link.href = f.href;  // e.g. Flower: it asks for its own login
                link.target = "_blank";
                link.rel = "noopener";
            } else {
                item.appendChild(document.createTextNode(text(f.value)));
            }
        });
        return line;
    }

    var DRAW = {
        timeline: function () { return null; },
        facts: function () { return null; },
        bars: function (view) {
            var box = el("div", "payoff-bars");
            var legend = box.appendChild(el("div", "bars-legend"));
            view.series.forEach(function (name, i) {
                var key = legend.appendChild(el("span", "bars-key"));
                key.appendChild(el("i", "bar-swatch series-" + i));
                key.appendChild(document.createTextNode(name));
            });
            legend.appendChild(el("span", "bars-unit", view.unit + ", " + view.better + " is better"));
            var max = 0;
            view.groups.forEach(function (g) {
                g.values.forEach(function (v) { if (v !== null && v > max) max = v; });
            });
            view.groups.forEach(function (g) {
                var row = box.appendChild(el("div", "bars-group" + (g.values.every(function (v) {
                    return v === null; }) ? " pending" : "")));
                row.appendChild(el("span", "bars-label", g.label));
                var track = row.appendChild(el("span", "bars-track"));
                var values = row.appendChild(el("span", "bars-values"));
                g.values.forEach(function (v, i) {
                    var bar = track.appendChild(el("i", "bar series-" + i));
                    bar.style.width = v === null || !max ? "0" : Math.max(0.4, 100 * v / max) + "%";
                    if (i) values.appendChild(document.createTextNode(" / "));
                    values.appendChild(el("span", "series-text-" + i, v === null ? "\u2026" : fmtNumber(v)));
                });
                row.appendChild(el("span", "bars-note", g.note || ""));
            });
            return box;
        },
        table: function (view) {
            var table = el("table", "payoff-table");
            var head = table.appendChild(el("tr"));
            view.columns.forEach(function (c) { head.appendChild(el("th", null, c)); });
            view.rows.forEach(function (cells) {
                var row = table.appendChild(el("tr"));
                cells.forEach(function (v) {
                    var cell = row.appendChild(el("td", null, text(v)));
                    if (typeof v === "number" || (v && typeof v.value === "number")) cell.className = "num";
                    if (tone(v)) cell.className += " tone-" + tone(v);
                });
            });
            return table;
        },
        log: function (view) {
            var box = el("div", "payoff-log");
            view.lines.forEach(function (l) {
                var line = box.appendChild(el("div", "log-line" + (l.level ? " level-" + l.level.toLowerCase() : "")));
                if (l.source) line.appendChild(el("span", "log-source", l.source));
                if (l.level) line.appendChild(el("span", "log-level", l.level));
                line.appendChild(document.createTextNode(l.text));
            });
            return box;
        }
    };

    Panel.prototype.drawPayoff = function () {
        var view = this.payoff;
        this.payoffBox.textContent = "";
        if (!view) { this.node.removeAttribute("data-payoff"); return; }
        var kind = DRAW[view.kind] ? view.kind : "facts";
        this.node.setAttribute("data-payoff", kind);
        if (view.title) this.payoffBox.appendChild(el("div", "payoff-title", view.title));
        var drawn = DRAW[kind](view);
        if (drawn) this.payoffBox.appendChild(drawn);
        if (view.facts && view.facts.length) this.payoffBox.appendChild(factsLine(view.facts));
    };

    /* Everything the run ends with must be on screen at 1280x720: the payoff first,
       then as many of the latest notes as fit; the task rows of a run whose payoff is
       not the timeline fold into one line of counts. */
    Panel.prototype.fit = function () {
        var box = this.liveBox;
        var notes = this.notes.childNodes;
        for (var i = 0; i < notes.length; i++) notes[i].hidden = false;
        var over = function () { return box.scrollHeight > box.clientHeight + 1; };
        var folded = this.payoff && this.payoff.kind !== "timeline" && this.order.length > 0;
        // A finished chart, table or log says what the notes said while it ran.
        this.node.toggleAttribute("data-notes-done", !!(this.final && this.payoff &&
            /^(bars|table|log)$/.test(this.payoff.kind)));
        this.node.toggleAttribute("data-folded", !!folded);
        if (folded) this.drawFold();
        for (i = 0; i < notes.length - 1 && over(); i++) notes[i].hidden = true;
        if (over() && notes.length) notes[notes.length - 1].hidden = true;
        if (over() && this.order.length && !folded) {
            this.node.setAttribute("data-folded", "");
            this.drawFold();
        }
    };

    Panel.prototype.drawFold = function () {
        var self = this;
        var counts = {};
        this.order.forEach(function (uuid) {
            var state = self.tasks[uuid].state;
            counts[state] = (counts[state] || 0) + 1;
        });
        this.fold.textContent = "";
        this.fold.appendChild(el("span", null, this.order.length + (this.order.length === 1 ? " task: " : " tasks: ")));
        Object.keys(counts).forEach(function (state) {
            var part = self.fold.appendChild(el("span", "fold-state state-" + state));
            part.appendChild(el("i", "demo-mark mark-" + state));
            part.appendChild(document.createTextNode(counts[state] + " " + state));
        });
    };

    Panel.prototype.drawLegend = function () {
        var seen = {};
        var self = this;
        this.order.forEach(function (uuid) {
            self.tasks[uuid].marks.forEach(function (m) { seen[m.state] = true; });
        });
        this.legend.textContent = "";
        STATES.forEach(function (state) {
            if (!seen[state]) return;
            var key = self.legend.appendChild(el("span", "legend-key"));
            key.appendChild(el("i", "demo-mark mark-" + state));
            key.appendChild(document.createTextNode(state));
        });
    };

    /* An event is drawn as soon as the messages that came with it are read (a
       microtask: the events of one network chunk are drawn once); when drawing gets
       slow (hundreds of rows), at most once per frame. */
    Panel.prototype.draw = function () {
        var self = this;
        if (this.pending) return;
        this.pending = true;
        var later = this.drawCost > 8 ? window.requestAnimationFrame : window.queueMicrotask;
        later.call(window, function () {
            self.pending = false;
            var started = performance.now();
            self.drawNow();
            self.drawCost = performance.now() - started;
        });
    };

    Panel.prototype.drawNow = function () {
        var now = Date.now() / 1000;
        var lags = this.lags;
        this.undrawn.forEach(function (t) { lags.push(Math.round((now - t) * 10000) / 10); });
        this.undrawn = [];
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
            var name = (task.name || "?").split(".").pop() + (task.args ? task.args : "");
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
            var out = row.appendChild(el("span", "demo-out", outcome === null || outcome === undefined ? "" : readable(text(outcome))));
            out.title = out.textContent;
            self.rows.appendChild(row);
        });
        this.drawLegend();
        this.drawPayoff();
        // Measuring the panel forces a layout of the whole (3D) step: once a frame while
        // events stream in, at once when the run has ended.
        if (this.ended) this.fit();
        else this.fitLater();
    };

    Panel.prototype.fitLater = function () {
        var self = this;
        if (this.fitPending) return;
        this.fitPending = true;
        window.requestAnimationFrame(function () {
            self.fitPending = false;
            self.fit();
        });
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
            this.banner.textContent = live.up ? "Press Run (R): no recorded run of this demo yet." :
                "No live backend (" + live.why + ") and no recording: run `" +
                "invoke demo " + this.id + "` in a terminal.";
            return;
        }
        var self = this;
        this.shown = true;
        var pools = (rec.pools || []).join(", ");
        var when = (rec.recorded || "?").slice(0, 16).replace("T", " ") + " UTC \u00B7 broker " +
            (rec.broker_name || rec.broker);
        // Before Run: the last recorded run's end, dimmed; Run replaces it live.
        this.reset((animate ? "RECORDING of a real run \u2014 " : "last recorded run \u00B7 ") + when);
        this.node.setAttribute("data-recording", rec.recorded || "");
        if (!animate) this.node.setAttribute("data-prerun", "");
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
            live.failures = 0;
        }).catch(function (err) {
            live.up = live.degraded = false;
            live.failures = (live.failures || 0) + 1;
            live.short = "live server unreachable";
            live.why = "live server unreachable: " + err.message;
        }).then(function () {
            live.checked = true;
            if (live.up) panels.forEach(function (p) { p.recovered(); });
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
    // No answer at all: ask again after 2, 4, 8... seconds instead of every 2 s all talk
    // long -- at most once a minute on a plain static server (never answered), and every
    // 8 s at most for a live server that answered before (a restart comes back quickly).
    function scheduleHealth() {
        if (!served) return;
        window.clearTimeout(healthTimer);
        if (live.up) live.answered = true;
        var delay = live.up && !live.degraded ? 5000 :
            live.failures ? Math.min(live.answered ? 8000 : 60000, 2000 * Math.pow(2, live.failures - 1)) : 2000;
        healthTimer = window.setTimeout(checkHealth, delay);
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
