/* Celery brown bag: a run drawn in its panel (panel.js), item by item as the stream
   or the recording gives them: one row per task on a time axis (its marks, the bars
   from start to end, a legend of the states seen), the run's notes and summary, then
   its payoff (payoff.js). Everything the run ends with must be on screen at 1280x720:
   fit() folds the task rows into a line of counts when the payoff needs the room.
   Adds the drawing methods to Brownbag.Panel. */
(function () {
    "use strict";
    var B = window.Brownbag;
    if (B.framed) return;
    var el = B.el;
    var Panel = B.Panel;

    /* A row's cells are narrow (about 15 characters for the task, 12 for the outcome at
       1280x720): each keeps what tells rows apart, the whole value is in its title. */
    var TASK_CHARS = 15, OUT_CHARS = 24;  // the outcome wraps on two lines

    // "demo.basics.sleepy" + "(2.0, 'busy 1')" -> sleepy(…busy 1): the name's last
    // part whole (breakable after its underscores), the arguments' end.
    function taskCell(dotted, args) {
        var name = dotted.split(".").pop();
        var room = TASK_CHARS - name.length;
        // Events carry the arguments as a tuple's or a list's repr: "(2, 3)", "['interval']".
        // One string reads without its quotes (tick(interval)); short of room, the quotes
        // of the others go too, then the start of the list, cut
        // between words: sleepy(…busy 1), never "…terval'".
        var inner = args.replace(/^[(\[]|,?[)\]]$/g, "");
        var bare = inner.replace(/['"]/g, "");
        if (!args) {
            args = "";
        } else if (/^'[^',]*'$/.test(inner) && bare.length + 2 <= room) {
            args = "(" + bare + ")";  // one string: a name, read without its quotes
        } else if (inner.length + 2 <= room) {
            args = "(" + inner + ")";
        } else if (bare.length + 2 <= room) {
            args = "(" + bare + ")";
        } else {
            var cut = bare.length - Math.max(0, room - 3);
            var end = bare.slice(cut);
            if (/\w/.test(bare.charAt(cut - 1))) end = end.replace(/^\w+/, "");
            end = end.replace(/^[\s,]+/, "");
            args = room >= 6 && end ? "(\u2026" + end + ")" : "(\u2026)";
        }
        var cell = el("span", "demo-task");
        name.split(/(?<=_)/).forEach(function (part, i) {
            if (i) cell.appendChild(el("wbr"));
            cell.appendChild(document.createTextNode(part));
        });
        if (args) cell.appendChild(el("span", "task-args", args));
        return cell;
    }

    // ValueError('boom') -> "ValueError: boom"; when that does not fit, the message alone.
    function errorText(text) {
        var m = /^(\w+)\((['"])([\s\S]*)\2,?\)$/.exec(text);
        if (!m) return text;
        var long = m[1] + ": " + m[3];
        return long.length <= OUT_CHARS ? long : m[3];
    }

    /* The axis's length for a run whose last event came `tmax` s after it started: 4%
       headroom (the last mark is not cut in half), rounded up to a length whose quarter
       is a round number, so the run fills 75-96% of its track whatever it lasted. */
    var STEPS = [1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 8, 10];
    function fittedSpan(tmax) {
        var quarter = Math.max(tmax * 1.04, 0.004) / 4;
        var unit = Math.pow(10, Math.floor(Math.log10(quarter)));
        for (var i = 0; i < STEPS.length; i++) {
            if (STEPS[i] * unit >= quarter * 0.9999) return 4 * STEPS[i] * unit;
        }
        return 40 * unit;
    }

    var STATES = ["sent", "received", "started", "retried", "succeeded", "failed", "revoked", "rejected"];

    Panel.prototype.add = function (item, isLive) {
        if (item.kind === "run") {
            this.t0 = item.timestamp;
            var how = item.follow === "results" ?
                " \u2014 this broker carries no events: following results" : "";
            if (isLive) {
                // The broker by its name: its URL (host, port, database) is not what the
                // step is about; it is on hover with the run's id.
                this.banner.textContent = "live on " + B.brokerName({broker: item.broker}) + how;
                this.banner.title = "run " + item.run_id + ", broker " + item.broker;
            }
            return;
        }
        if (isLive && this.clicked && item.kind === "event" && !this.node.hasAttribute("data-first-event-ms")) {
            this.node.setAttribute("data-first-event-ms", (performance.now() - this.clicked).toFixed(1));
        }
        // The time axis fits the tasks' own events: a group done in 36 ms whose run ends
        // half a second later (collecting results) still fills its track.
        if (item.kind === "event" && item.timestamp && this.t0 !== null) {
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
        this.notes.appendChild(B.says(el("div", "demo-note"), note.text));
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
                                        "  (" + B.fmtSeconds(summary.duration) + ")"));
            return;
        }
        this.summary.appendChild(el("span", "demo-done", "\u2714 done in " + B.fmtSeconds(summary.duration)));
        this.final = true;
        this.node.setAttribute("data-final", "");
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

    Panel.prototype.drawPayoff = function () {
        var kind = B.payoff.draw(this.payoff, this.payoffBox);
        // The answer, once the run has ended well: the largest line on the panel.
        this.headline.textContent = this.final ? B.payoff.headline(this.payoff) : "";
        if (kind) this.node.setAttribute("data-payoff", kind);
        else this.node.removeAttribute("data-payoff");
    };

    /* Everything the run ends with must be on screen at 1280x720: the payoff first,
       then as many of the latest notes as fit; the task rows of a run whose payoff is
       not the timeline fold into one line of counts. When that is not enough, a finished
       run's parameters fold away (a new run shows them again). */
    Panel.prototype.fit = function () {
        var box = this.liveBox;
        var notes = this.notes.childNodes;
        for (var i = 0; i < notes.length; i++) notes[i].hidden = false;
        this.node.removeAttribute("data-params-folded");
        this.node.removeAttribute("data-fold-hidden");
        this.node.removeAttribute("data-rows-tight");
        this.node.removeAttribute("data-facts-hidden");
        var over = function () { return box.scrollHeight > box.clientHeight + 1; };
        var folded = this.payoff && this.payoff.kind !== "timeline" && this.order.length > 0;
        // A finished chart, table or log says what the notes said while it ran.
        this.node.toggleAttribute("data-notes-done", !!(this.final && this.payoff &&
            /^(bars|table|log)$/.test(this.payoff.kind)));
        this.node.toggleAttribute("data-folded", !!folded);
        if (folded) this.drawFold();
        for (i = 0; i < notes.length - 1 && over(); i++) notes[i].hidden = true;
        if (over() && notes.length) notes[notes.length - 1].hidden = true;
        // Then the line of task counts under a chart or table: the chart says more.
        if (over() && this.final && folded) this.node.setAttribute("data-fold-hidden", "");
        // Then the facts under a chart or table: the headline above it says the answer.
        if (over() && this.final && /^(bars|table|log)$/.test(this.payoff.kind) && B.payoff.headline(this.payoff)) {
            this.node.setAttribute("data-facts-hidden", "");
        }
        if (over() && this.order.length && !folded) this.node.setAttribute("data-rows-tight", "");
        // Then the parameters of a run the presenter started (a new run shows them again);
        // before Run they stay, to be set.
        if (over() && this.final && !this.node.hasAttribute("data-prerun") && this.params.childNodes.length) {
            this.node.setAttribute("data-params-folded", "");
        }
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
        var span = fittedSpan(this.tmax || 0);
        this.axis.textContent = "";
        var ticks = 4;
        for (var i = 0; i <= ticks; i++) {
            // One unit along the axis: "0 s  5 s  10 s", never "0 ms" beside seconds.
            var at = span * i / ticks;
            var tick = el("span", "demo-tick", at === 0 && span >= 1 ? "0 s" : B.fmtSeconds(at));
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
            var cell = row.appendChild(taskCell(task.name || "?", task.args || ""));
            cell.title = (task.name || "?") + (task.args || "");
            var worker = row.appendChild(el("span", "demo-worker", task.worker || "\u2014"));
            worker.title = task.worker || "";
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
                dot.title = mark.state + " at " + B.fmtSeconds(mark.t);
                track.appendChild(dot);
            });
            row.appendChild(track);
            row.appendChild(el("span", "demo-state", task.state));
            row.appendChild(el("span", "demo-time", B.fmtSeconds(task.runtime)));
            var outcome = task.state === "succeeded" ? task.result :
                (task.error || (task.result !== undefined ? task.result : ""));
            var whole = outcome === null || outcome === undefined ? "" : B.payoff.readable(B.payoff.text(outcome));
            var out = row.appendChild(el("span", "demo-out", task.error ? errorText(whole) : whole));
            out.title = outcome === null || outcome === undefined ? "" : String(outcome);
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
})();
