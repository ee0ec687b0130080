/* Celery brown bag: the presenter console (P), extended.

   hovercraft 2.7 is abandoned upstream, so its impress.js console is extended from
   here, not patched in site-packages. The console is a window hovercraft opens with
   window.open("", "impressConsole") and writes itself; we wrap window.open to be told,
   then add to that window:

   - pacing: time left for the talk and for the current section, from the talk source
     (slides/talk.rst): `:data-talk-minutes:` on the title step is the talk's length,
     `:data-budget:` (minutes) on a step starts a paced section that runs until the
     next step with a budget. The section turns amber in its last minute and red,
     with "OVER", once it runs over; the talk does the same against its length, and
     says how far behind (or ahead of) the plan it is: the budgets of the sections
     before the current one, plus what the current one has used of its own.
     Time is counted per section (coming back to a section adds to what it used),
     and survives a reload of the deck in the same tab (sessionStorage).
     A cut of the talk (`invoke present --cut 30`, brownbag/deck/cuts.py) is built with
     only its steps, its length on the first step and its budgets: the plan is the cut's,
     and the talk's line names the cut (`data-cut-name` on #impress).
   - keys that do not fight the deck's: R runs the demo of the current slide (it
     used to reset hovercraft's timer), 0 (or a click on the timer) restarts the clock.
   - the run of the current slide: the console's previews are copies of the deck in
     iframes where live.js does nothing (or every demo would run three times), so the
     main window's panels are copied into them as they change, and a line under the
     clocks says how the current slide's run is going.

   Hook into live.js (its only contract with this file): a `brownbag:run-demo` event
   on the document runs the current slide's demo, and a panel has `data-running` while
   a run or a replay is in progress; `data-result` is set when it ends (`data-prerun`:
   the panel only shows the last recording, before any run).

   - the stack coming up behind the deck (`invoke present` opens it first): a line
     under the run's says which parts are still coming, then "every panel live", and
     names a part that failed to start; health is asked every second meanwhile, so the
     panels turn live as their parts answer.

   Brownbag.pace exposes the clocks' state for tests: Brownbag.pace.status(), and
   Brownbag.pace.stack(): [state, line] of the stack line. */
(function () {
    "use strict";
    var B = window.Brownbag;
    if (B.framed) return;

    var WARN_S = 60;            // a section's last minute is amber
    var PLAN_SLACK_S = 30;      // closer to the plan than this is "on plan"
    var TICK_MS = 250;

    function minutes(value) {
        var number = parseFloat(value);
        return isFinite(number) && number > 0 ? number : null;
    }

    function clock(seconds) {
        seconds = Math.max(0, Math.round(seconds));
        var h = Math.floor(seconds / 3600), m = Math.floor(seconds % 3600 / 60), s = seconds % 60;
        return (h ? h + ":" + (m < 10 ? "0" : "") : "") + m + ":" + (s < 10 ? "0" : "") + s;
    }

    function budgetText(seconds) {
        var m = seconds / 60;
        return (m >= 1 && m === Math.round(m) ? m + " min" : clock(seconds));
    }

    function headingOf(step) {
        var heading = step.querySelector("h1, h2, h3, h4");
        if (!heading) return step.id || "step " + (Number(step.getAttribute("step")) + 1);
        // The speakers' credits (:speaker:) are not part of a section's name.
        var copy = heading.cloneNode(true);
        copy.querySelectorAll(".speaker").forEach(function (n) { n.remove(); });
        return copy.textContent.trim();
    }

    /* ------------------------------------------------------------ the clocks */

    var pace = {start: null, spent: {}, at: null, steps: [], sections: [], talk: null, cut: null};

    function readPlan() {
        pace.steps = Array.prototype.slice.call(document.querySelectorAll("#impress .step"));
        pace.sections = [];
        pace.talk = null;
        var root = document.getElementById("impress");
        pace.cut = root && root.hasAttribute("data-cut") ?
            {minutes: Number(root.getAttribute("data-cut")), name: root.getAttribute("data-cut-name")} : null;
        pace.steps.forEach(function (step, index) {
            var talk = minutes(step.getAttribute("data-talk-minutes"));
            if (talk && pace.talk === null) pace.talk = talk * 60;
            var budget = minutes(step.getAttribute("data-budget"));
            if (budget) pace.sections.push({index: index, title: headingOf(step), budget: budget * 60});
        });
    }

    function currentSection() {
        var active = document.querySelector("#impress .step.active");
        var index = pace.steps.indexOf(active);
        var found = -1;
        pace.sections.forEach(function (section, i) { if (section.index <= index) found = i; });
        return found;
    }

    // Kept for the tab's life: reloading the deck mid-talk (a rebuilt deck, a restarted
    // live server) must not restart the clocks.
    // One per cut: a cut's sections are not the whole talk's.
    var SAVED = "brownbag-pace" + ((document.getElementById("impress") || {}).getAttribute &&
                                   document.getElementById("impress").getAttribute("data-cut") || "");

    function save() {
        try {
            sessionStorage.setItem(SAVED, JSON.stringify({start: pace.start, spent: pace.spent}));
        } catch (e) { /* storage refused (private mode): the clocks live as long as the page */ }
    }

    function restore() {
        try {
            var saved = JSON.parse(sessionStorage.getItem(SAVED) || "null");
            if (saved && typeof saved.start === "number") {
                pace.start = saved.start;
                pace.spent = saved.spent || {};
                pace.at = Date.now();  // the reload itself counts for the talk, not a section
            }
        } catch (e) { /* nothing saved, or not ours */ }
    }

    function tick() {
        var now = Date.now();
        if (pace.start === null) return;
        var section = currentSection();
        if (pace.at !== null && section >= 0) {
            pace.spent[section] = (pace.spent[section] || 0) + (now - pace.at);
        }
        pace.at = now;
        save();
    }

    function restart(when) {
        pace.start = when || Date.now();
        pace.at = pace.start;
        pace.spent = {};
        save();
    }

    function status() {
        var now = Date.now();
        var elapsed = pace.start === null ? 0 : (now - pace.start) / 1000;
        var out = {running: pace.start !== null, elapsed: elapsed, talk: null, section: null, cut: pace.cut};
        if (pace.talk !== null) {
            out.talk = {length: pace.talk, left: pace.talk - elapsed, over: elapsed > pace.talk};
        }
        var i = currentSection();
        if (i >= 0) {
            var section = pace.sections[i];
            var spent = (pace.spent[i] || 0) / 1000;
            var left = section.budget - spent;
            out.section = {title: section.title, number: i + 1, of: pace.sections.length,
                           budget: section.budget, spent: spent, left: left,
                           over: left < 0, warn: left >= 0 && left <= Math.min(WARN_S, section.budget / 4)};
            // Where the plan says we should be by now: the sections before this one in
            // full, and this one as far as it has gone (no further than its budget).
            var planned = Math.min(spent, section.budget);
            for (var j = 0; j < i; j++) planned += pace.sections[j].budget;
            out.behind = elapsed - planned;  // seconds; negative: ahead of the plan
        }
        return out;
    }

    readPlan();  // the steps are all there: this script comes after the deck
    restore();
    B.pace = {status: status, restart: restart, plan: function () { return pace; },
              stack: function () { var st = stackOf(); return st ? stackText(st) : null; }};

    /* -------------------------------------------------------- the console */

    var consoles = [];

    function el(doc, tag, id, cls) {
        var node = doc.createElement(tag);
        if (id) node.id = id;
        if (cls) node.className = cls;
        return node;
    }

    function enhance(win) {
        var doc;
        try { doc = win.document; } catch (e) { return; }  // not ours to touch
        if (!doc || !doc.getElementById("console") || doc.getElementById("pace")) return;
        // hovercraft starts its timer when the console opens: reopening the console
        // must not lose the talk's clock, so ours wins once it runs.
        if (pace.start === null) restart(win.timerStart ? win.timerStart.getTime() : Date.now());
        else win.timerStart = new Date(pace.start);
        var reset = win.timerReset;  // hovercraft's, also behind a click on the timer
        win.timerReset = function () {
            if (reset) reset();
            restart(win.timerStart ? win.timerStart.getTime() : Date.now());
            update();
        };

        // From file:// Chromium keeps the previews apart from the console, and two of
        // hovercraft's handlers then throw: its load handler (once) and the scroll nudge of
        // its clock (every second, since it only stops once it succeeds).
        var loaded = win.onload;
        if (loaded) win.onload = function () { try { loaded.apply(this, arguments); } catch (e) { /* apart */ } };
        stopNudging(win);

        var box = el(doc, "div", "pace");
        var talk = box.appendChild(el(doc, "div", "pace-talk", "pace-clock"));
        var section = box.appendChild(el(doc, "div", "pace-section", "pace-clock"));
        [talk, section].forEach(function (node) {
            node.appendChild(el(doc, "div", null, "pace-label"));
            node.appendChild(el(doc, "div", null, "pace-time"));
            node.appendChild(el(doc, "div", null, "pace-bar")).appendChild(el(doc, "i"));
        });
        var run = el(doc, "div", "run-state");
        var stackLine = el(doc, "div", "stack-state");
        stackLine.setAttribute("data-state", "none");
        var keys = el(doc, "div", "console-keys");
        keys.innerHTML = "<b>R</b> run the demo &middot; <b>0</b> or click the timer: restart " +
            "the clock &middot; <b>&larr; &rarr;</b> / <b>Space</b> move";
        var console_ = doc.getElementById("console");
        console_.appendChild(box);
        console_.appendChild(run);
        console_.appendChild(stackLine);
        console_.appendChild(keys);
        doc.documentElement.classList.add("brownbag-console");

        // Capturing on the window runs before hovercraft's listeners on the document,
        // and stopping there keeps its R (timer reset) from ever seeing the key.
        function isRun(e) { return (e.key === "r" || e.key === "R") && B.plain(e); }
        function isReset(e) { return e.key === "0" && B.plain(e); }
        win.addEventListener("keydown", function (e) {
            if (!isRun(e) && !isReset(e)) return;
            e.stopPropagation();
            e.preventDefault();
            if (e.repeat) return;
            if (isRun(e)) document.dispatchEvent(new CustomEvent("brownbag:run-demo"));
            else win.timerReset();
        }, true);
        win.addEventListener("keyup", function (e) {
            if (isRun(e) || isReset(e)) { e.stopPropagation(); e.preventDefault(); }
        }, true);

        consoles.push({win: win, talk: talk, section: section, run: run, stack: stackLine,
                       mirrored: null});
        update();
    }

    function stopNudging(win) {
        if (win.initialized) return;
        try {
            ["slideView", "preView"].forEach(function (id) {
                var frame = win.document.getElementById(id);
                if (frame && frame.contentWindow) void frame.contentWindow.scrollTo;
            });
        } catch (e) {
            win.initialized = true;  // hovercraft's flag: "nudged already"
        }
    }

    function paint(node, label, time, fraction, state) {
        node.children[0].textContent = label;
        node.children[1].textContent = time;
        node.children[2].firstChild.style.width = Math.max(0, Math.min(1, fraction)) * 100 + "%";
        node.setAttribute("data-state", state);
    }

    function showClocks(c, s) {
        // hovercraft's own timer ticks once a second from its timerStart: keep that on ours,
        // and show ours at once (after a reopen).
        if (pace.start !== null && (!c.win.timerStart || c.win.timerStart.getTime() !== pace.start)) {
            c.win.timerStart = new c.win.Date(pace.start);
        }
        var timer = c.win.document.getElementById("timer");
        var seconds = Math.floor(s.elapsed);
        var mm = Math.floor(seconds / 60), ss = seconds % 60;
        if (timer) timer.textContent = (mm < 10 ? "0" : "") + mm + "m " + (ss < 10 ? "0" : "") + ss + "s";
        if (s.talk) {
            var t = s.talk;
            var plan = s.behind === undefined ? "" : s.behind > PLAN_SLACK_S ? " \u00b7 " + clock(s.behind) + " behind" :
                s.behind < -PLAN_SLACK_S ? " \u00b7 " + clock(-s.behind) + " ahead" : " \u00b7 on plan";
            // A cut names itself where the whole talk says "Talk" (the line has little room).
            paint(c.talk, (s.cut ? s.cut.name + " cut" : "Talk") + " \u00b7 " + budgetText(t.length) + plan,
                  t.over ? clock(-t.left) + " OVER" : clock(t.left) + " left",
                  s.elapsed / t.length, t.over ? "over" : t.left <= WARN_S * 5 ? "warn" : "ok");
        } else {
            paint(c.talk, "Talk", clock(s.elapsed) + " elapsed", 0, "none");
            c.talk.title = "no :data-talk-minutes: on the title step of slides/talk.rst";
        }
        if (s.section) {
            var x = s.section;
            paint(c.section, x.title + " \u00b7 " + budgetText(x.budget) + " (" + x.number + "/" + x.of + ")",
                  x.over ? clock(-x.left) + " OVER" : clock(x.left) + " left",
                  x.spent / x.budget, x.over ? "over" : x.warn ? "warn" : "ok");
        } else {
            paint(c.section, pace.sections.length ? "Before the first section" :
                  "No section budgets (:data-budget: in slides/talk.rst)", "\u2014", 0, "none");
        }
    }

    /* ------------------------------------------------ the run, in the console */

    function activePanel() {
        var step = document.querySelector("#impress .step.active");
        return step && step.querySelector(".demo-panel[data-demo]");
    }

    function runText(panel) {
        var id = panel.getAttribute("data-demo");
        var rows = panel.querySelectorAll(".demo-row");
        var done = panel.querySelectorAll('.demo-row[data-state="succeeded"]').length;
        var tasks = rows.length ? " \u00b7 " + done + "/" + rows.length + " tasks done" : "";
        var summary = panel.querySelector(".demo-summary");
        var line = summary && summary.firstChild ? summary.firstChild.textContent : "";
        line = line.replace(/^[\u2714\u2718]\s*/, "").trim();  // the mark is ours to draw
        var what = id + (panel.getAttribute("data-mode") === "recording" ? " (recording)" : "");
        if (panel.hasAttribute("data-running")) return ["running", "\u25CF " + what + " running" + tasks];
        // Before Run the panel may show the last recorded run, dimmed (data-prerun): not a run.
        if (panel.hasAttribute("data-prerun")) return ["idle", id + ": last recorded run on screen \u2014 R runs it"];
        var result = panel.getAttribute("data-result");
        if (result === "succeeded") return ["succeeded", "\u2714 " + what + " \u00b7 " + (line || result) + tasks];
        if (result || (summary && summary.classList.contains("failed") && line)) {
            return ["failed", "\u2718 " + what + " \u00b7 " + (line || result) + tasks];
        }
        return ["idle", what + ": not run yet \u2014 R runs it"];
    }

    // The previews (this step, the next) are copies of the deck in iframes where
    // live.js does nothing: put the main window's panels there, as they are now. Same
    // origin only (served over http); from file:// Chromium keeps the frames apart and
    // the line under the clocks remains.
    function mirror(c, frameId, step) {
        var frame = c.win.document.getElementById(frameId);
        var doc = null;
        try { doc = frame && frame.contentDocument; } catch (e) { doc = null; }
        if (!doc || !doc.querySelector || !step) return;
        step.querySelectorAll(".demo-panel[data-demo]").forEach(function (panel) {
            var id = panel.getAttribute("data-demo");
            var copy = doc.querySelector('.demo-panel[data-demo="' + id + '"]');
            if (!copy || copy.getAttribute("data-mirror") === String(version)) return;
            var fresh = doc.importNode(panel, true);
            fresh.setAttribute("data-mirror", String(version));
            // A copy's button would start nothing: the console's R does.
            fresh.querySelectorAll(".demo-run").forEach(function (b) { b.remove(); });
            copy.parentNode.replaceChild(fresh, copy);
        });
    }

    var version = 0;
    var watched = [];
    function watchPanels() {
        if (watched.length || !window.MutationObserver) return;
        var observer = new MutationObserver(function () { version += 1; scheduleRun(); });
        document.querySelectorAll(".demo-panel[data-demo]").forEach(function (panel) {
            observer.observe(panel, {subtree: true, childList: true, characterData: true, attributes: true});
            watched.push(panel);
        });
    }

    var runTimer = null;
    function scheduleRun() {
        if (runTimer !== null) return;
        runTimer = window.setTimeout(function () { runTimer = null; showRuns(); }, 40);
    }

    function showRuns() {
        var panel = activePanel();
        var step = document.querySelector("#impress .step.active");
        var next = step && pace.steps[pace.steps.indexOf(step) + 1];
        consoles.forEach(function (c) {
            mirror(c, "slideView", step);
            mirror(c, "preView", next);
            if (!panel) {
                c.run.textContent = "";
                c.run.setAttribute("data-state", "none");
                return;
            }
            var text = runText(panel);
            var vote = B.votes ? B.votes.line(panel) : "";  // the room's votes, if it asks
            c.run.setAttribute("data-state", text[0]);
            c.run.textContent = text[1] + (vote ? " \u00b7 " + vote : "");
        });
    }

    function update() {
        tick();
        consoles = consoles.filter(function (c) { return !c.win.closed; });
        if (!consoles.length) return;
        watchPanels();
        var s = status();
        consoles.forEach(function (c) { stopNudging(c.win); showClocks(c, s); });
        showRuns();
        showStack();
    }

    /* ------------------------------------------- the stack coming up (invoke present) */

    /* `invoke present` opens the deck as soon as the live server answers; the rest of the
       stack comes up behind it. The live server's health says where each program is
       (`stack`: brownbag/live/health.py): while it has not settled, health is asked every
       second (live.js alone waits 2-5 s), so each panel turns live as soon as the parts
       its demo needs answer; the console says which parts are still coming, and names a
       part that failed to start with its log's last line. */
    var STACK_POLL_MS = 1000;
    var SETTLED_SHOWN_MS = 8000;  // "stack up" stays this long, then the line goes
    var stackSeen = {asked: null, at: 0, settledAt: null};

    function stackOf() {
        var health = B.live && B.live.status.health;
        return health && health.stack && health.stack.programs ? health.stack : null;
    }

    function followStack() {
        if (!B.served || !B.live) return;
        var stack = stackOf();
        if (stack && stack.settled) {
            if (stackSeen.settledAt === null) stackSeen.settledAt = Date.now();
            return;
        }
        stackSeen.settledAt = null;
        // One question at a time: asked again once the last answer is in (or after 5 s).
        var health = B.live.status.health;
        if (health === stackSeen.asked && Date.now() - stackSeen.at < 5000) return;
        stackSeen.asked = health;
        stackSeen.at = Date.now();
        B.live.check();
    }

    function stackText(stack) {
        var up = stack.programs.filter(function (p) { return p.up; }).length;
        var failed = stack.programs.filter(function (p) { return p.failed; });
        var head = "stack " + up + "/" + stack.programs.length + " up";
        if (failed.length) {
            return ["failed", head + " \u00b7 failed: " + failed.map(function (p) {
                return p.name + " (" + p.why + ")";
            }).join("; ")];
        }
        if (!stack.settled) return ["coming", head + " \u00b7 coming: " + stack.waiting.join(", ")];
        return ["settled", head + " \u00b7 every panel live"];
    }

    function showStack() {
        var stack = stackOf();
        var text = stack && stack.programs.length ? stackText(stack) : ["none", ""];
        if (text[0] === "settled" && Date.now() - stackSeen.settledAt > SETTLED_SHOWN_MS) {
            text = ["none", ""];
        }
        consoles.forEach(function (c) {
            c.stack.setAttribute("data-state", text[0]);
            c.stack.textContent = text[1];
            c.stack.title = stack ? stack.programs.map(function (p) {
                return p.name + ": " + p.state.toLowerCase() + " \u2014 " + p.why;
            }).join("\n") : "";
            c.win.document.documentElement.classList.toggle("stack-shown", text[0] !== "none");
        });
    }

    window.setInterval(followStack, STACK_POLL_MS);

    window.setInterval(update, TICK_MS);
    document.addEventListener("impress:stepenter", update);
    // hovercraft writes the next step's notes on stepleave and only scrolls them to the
    // top on stepenter, once the transition is over: until then the new notes show at
    // the old step's scroll. This runs after its handler (on #impress; the event
    // reaches the document later).
    document.addEventListener("impress:stepleave", function () {
        consoles.forEach(function (c) {
            var notes = c.win.closed ? null : c.win.document.getElementById("notes");
            if (notes) notes.scrollTop = 0;
        });
    });

    var open = window.open;
    window.open = function (url, name) {
        var opened = open.apply(window, arguments);
        // hovercraft writes the console's document right after this returns.
        if (name === "impressConsole" && opened) window.setTimeout(function () { enhance(opened); }, 0);
        return opened;
    };
})();
