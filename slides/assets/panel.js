/* Celery brown bag: a demo panel (brownbag/deck/directive.py renders its frame).

   Brownbag.Panel(node) fills <div class="demo-panel" data-demo="ID"> in: the title,
   the live server's status, the Run button (Replay when offline), the scenario's
   parameters, and the run as it happens (drawn by timeline.js). A run is started by
   a POST whose answer streams its events; a run started elsewhere is followed on its
   own stream. The live server's state and the scenarios come from live.js
   (Brownbag.live); the recordings from replay.js.
   A panel carries `data-running` while a run or a replay is in progress (console.js
   reads it), `data-result` once it ends, `data-final` while a finished run's payoff is
   on it: then its headline, the answer in one line, is the largest thing on the panel,
   and the parameters and the task rows step back (live.css). */
(function () {
    "use strict";
    var B = window.Brownbag;
    if (B.framed) return;
    var el = B.el;

    function runAddress(runId) {
        return {run_id: runId, events: B.API + "/runs/" + runId + "/events", status: B.API + "/runs/" + runId};
    }

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
        // What this demo lacks on this stack, said before Run (never cleared by a run).
        this.lacking = el("div", "demo-lacks");
        this.banner = el("div", "demo-banner");
        this.axis = el("div", "demo-axis");
        this.rows = el("div", "demo-rows");
        this.notes = el("div", "demo-notes");
        this.summary = el("div", "demo-summary");
        this.payoffBox = el("div", "demo-payoff");
        // The payoff's answer in one line (payoff.js headline()), above its chart.
        this.headline = el("div", "demo-headline");
        this.top = el("div", "demo-top");
        this.top.appendChild(this.lacking);
        this.top.appendChild(this.params);
        this.top.appendChild(this.summary);
        this.top.appendChild(this.banner);
        this.legend = el("div", "demo-legend");
        this.timeline = el("div", "demo-timeline");
        this.timeline.appendChild(this.legend);
        this.timeline.appendChild(this.axis);
        this.fold = el("div", "demo-fold");
        [this.top, this.headline, this.timeline, this.rows, this.fold, this.notes, this.payoffBox].forEach(function (n) {
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
        this.liveBox.addEventListener("keydown", function (e) {
            if (!B.typing(e) || !B.plain(e)) return;
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

    /* What the demo lacks on this stack, from the live server's health (its `demos`:
       brownbag/scenarios/_parts.py): {missing, skipped, line, why}, or null. A demo
       missing a part it needs cannot run here: Run replays its recording instead. */
    Panel.prototype.lacks = function () {
        var health = B.live.status.up && B.live.status.health;
        return (health && health.demos && health.demos[this.id]) || null;
    };

    Panel.prototype.blocked = function () {
        var lacks = this.lacks();
        return !!(lacks && lacks.missing.length);
    };

    Panel.prototype.refresh = function () {
        var info = B.live.catalogue[this.id];
        var live = B.live.status;
        var rec = window.BROWNBAG_RECORDINGS[this.id];
        var lacks = this.lacks();
        var blocked = this.blocked();
        this.title.textContent = info ? info.title : (rec ? rec.title : "");
        // The head cuts a long title: whole on hover, with the demo's id (not shown on stage).
        this.title.title = this.id + " \u2014 " + this.title.textContent;
        this.node.toggleAttribute("data-running", !!this.running);  // read by console.js
        var said = lacks ? lacks.line + (blocked ? (rec ? " Run replays its recording." :
            " No recording of it here.") : "") : "";
        if (said !== this.lacking.textContent) {
            // The command stays on one line (never "invoke up --" / "brokers ...").
            this.lacking.textContent = "";
            var self = this;
            said.split(/(invoke up[^.;]*)/).forEach(function (part, i) {
                self.lacking.appendChild(i % 2 ? el("span", "demo-lacks-cmd", part) : document.createTextNode(part));
            });
        }
        this.lacking.title = lacks ? Object.keys(lacks.why).map(function (part) {
            return part + ": " + lacks.why[part];
        }).join("\n") : "";
        this.node.toggleAttribute("data-lacks", blocked);
        this.node.toggleAttribute("data-skips", !!(lacks && !blocked));
        if (live.up && blocked) {
            this.node.setAttribute("data-mode", "recording");
            this.status.textContent = "\u25CB live \u00b7 lacks " + lacks.missing.join(", ");
            this.status.title = lacks.line;
            this.button.textContent = rec ? "Replay recording" : "No recording";
            this.button.disabled = this.running || !rec;
        } else if (live.up) {
            this.node.setAttribute("data-mode", "live");
            this.status.textContent = "\u25CF " + live.short;
            this.status.title = live.why;
            this.button.textContent = this.running ? "Running\u2026" : "Run";
            this.button.disabled = this.running || !info;
        } else {
            this.node.setAttribute("data-mode", "recording");
            // A deck served by the live server says plainly when it stops answering; a deck
            // that never had one (file://, a static host) has nothing to warn about: the
            // recorded chip says what the panel shows.
            this.status.textContent = live.short ? "\u25CB " + live.short : "";
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
            input.disabled = !live.up || blocked;
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
            // A value the presenter changed reads in ink (live.css); defaults stay quiet.
            var marked = function () {
                var now = input.type === "checkbox" ? input.checked : input.value;
                var was = input.type === "checkbox" ? !!p.default : String(p.default);
                label.toggleAttribute("data-changed", input.type === "number" ?
                    Number(now) !== Number(was) : now !== was);
            };
            input.addEventListener("input", marked);
            input.addEventListener("change", marked);
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
        if (B.live.status.up && !this.blocked()) this.run();
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
        this.headline.textContent = "";
        this.headline.removeAttribute("title");
        this.banner.removeAttribute("title");
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
        this.node.removeAttribute("data-final");
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
        fetch(B.API + "/demos/" + encodeURIComponent(this.id) + "/runs", {
            method: "POST", headers: B.headers("text/event-stream"),
            body: JSON.stringify({params: this.values()})
        }).then(function (response) {
            var type = response.headers.get("Content-Type") || "";
            if (response.status === 202 && type.indexOf("text/event-stream") === 0 && response.body) {
                return self.read(response.body);
            }
            return response.json().then(function (body) {
                if (response.status === 409 && body.run_id) {
                    // Already running (started from another window, the terminal, before a
                    // reload): follow that run instead of covering it with an error.
                    self.banner.textContent = "already running: following that run";
                    self.banner.title = "run " + body.run_id;
                    self.node.setAttribute("data-run", body.run_id);
                    self.follow(runAddress(body.run_id));
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
            B.live.status.lost_at = performance.now();
            B.live.check();
            self.offerRecording();
        });
    };

    /* A run streamed in the POST's answer. */
    Panel.prototype.read = function (body) {
        var self = this;
        var runId = null;
        return B.readEvents(body, function (item) {
            if (item.kind === "run") {
                runId = item.run_id;
                self.node.setAttribute("data-run", runId);
            }
            self.add(item, true);
            return item.kind === "summary";
        }).then(function (done) {
            if (done) return self.finish();
            // The stream broke (server restarted?): the run's status still says how it ended.
            if (!runId) { self.finish(); self.error("lost the live server during the run"); return; }
            self.follow(runAddress(runId));
        });
    };

    /* A run followed on its own stream (GET /api/runs/<id>/events), once only: when it
       breaks, the run's status says how the run ended. */
    Panel.prototype.follow = function (started) {
        var self = this;
        var events = B.stream(started.events, {message: function (item) {
            self.add(item, true);
            if (item.kind === "summary") {
                events.close();
                self.finish();
            }
        }}, {once: true, closed: function () {
            // The stream broke (server restarted?): the run's status still says how it ended.
            B.fetchJSON(started.status).then(function (summary) {
                if (summary.kind === "summary" && summary.finished) self.add(summary, true);
                else self.error("lost the run's event stream");
            }).catch(function () {
                self.error("lost the live server during the run");
                self.node.setAttribute("data-outage", "");
                B.live.status.lost_at = performance.now();
                B.live.check();
            }).then(function () { self.finish(); });
        }});
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

    B.Panel = Panel;
})();
