/* Celery brown bag: the live layer of the demo panels.

   Contract (brownbag/deck/directive.py): every `.. demo:: ID` renders
     <div class="demo-panel" data-demo="ID"> .demo-head / .demo-live / .demo-cmd </div>
   panel.js fills each in (Brownbag.Panel); this script finds them and says whether
   - a live server answers (the deck served by `python -m brownbag.live`): Run (and
     the R key on the current slide) runs the scenario on the real stack, drawn as it
     happens from the run's event stream;
   - or not (file://, or the server down): the panels show the recording of a real run
     (replay.js), labelled as such, replayable.
   It asks the server's health every few seconds and sets <html data-live> to up,
   degraded or down (presenter.js and toc.js read it).
   Nothing runs by itself: only the presenter's click or key starts a run.
   Inside an iframe (hovercraft's presenter console previews) it does nothing at
   all, or every demo would run three times.
   Hook for the presenter console (console.js): a `brownbag:run-demo` event on the
   document runs the current slide's demo, as R does; a panel carries `data-running`
   while a run or a replay is in progress.
   Brownbag.live: {panels, status, catalogue, check, show} (show: follow.js). */
(function () {
    "use strict";
    var B = window.Brownbag;
    if (B.framed) return;

    // What the panels say about the live server (status.short on the slide, .why on hover).
    var live = {up: false, checked: false, health: null,
        short: B.served ? "checking\u2026" : "",
        why: B.served ? "checking the live server..." : "a recording of a real run: no live server here"};
    var catalogue = {};  // the live server's scenarios, by demo id
    var panels = [];

    function checkHealth() {
        if (!B.served) {
            live.checked = true;
            panels.forEach(function (p) { p.refresh(); });
            return;
        }
        var asked = performance.now();
        var loaded = Object.keys(catalogue).length ? Promise.resolve() :
            B.fetchJSON(B.API + "/demos", null, "no demo API here").then(function (list) {
                list.forEach(function (s) { catalogue[s.id] = s; });
            });
        loaded.then(function () {
            return B.fetchJSON(B.API + "/health");
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
            // An answer to a check asked before a panel lost the server (live.lost_at) is no
            // news of its return: it clears no outage line (a check in flight when a run
            // fails can still answer "up" after the failure).
            if (live.up && asked > (live.lost_at || 0)) panels.forEach(function (p) { p.recovered(); });
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
        if (!B.served) return;
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
            panels.push(new B.Panel(node));
        });
        if (!panels.length) return;
        B.replay.load(panels.map(function (p) { return p.id; }));
        checkHealth();
        document.addEventListener("keydown", function (e) {
            if (e.key !== "r" && e.key !== "R") return;
            if (!B.plain(e) || B.typing(e)) return;
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

    B.live = {panels: panels, status: live, catalogue: catalogue, check: checkHealth, show: show};
    B.ready(start);
})();
