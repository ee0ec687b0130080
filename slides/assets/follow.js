/* Celery brown bag: the audience view — the deck follows the presenter.

   The audience listener (brownbag/live/audience.py) serves the deck with
   <html data-follow>; this script then
   - opens one stream, GET /follow/stream (SSE): "stage" says where the talk is,
     "run" carries the items of that slide's run (live.js draws them: Brownbag.live.show);
   - moves the deck to the presenter's step, until the attendee moves on their own:
     then they browse freely, and "Back to live" brings them to where the talk is;
   - says when it lost the talk, or when the room is full, and tries again.
   It sends nothing but that one GET (and votes.js its votes): the audience view starts
   no run. */
(function () {
    "use strict";
    var B = window.Brownbag;
    if (B.framed || !B.following) return;
    var el = B.el;

    var STREAM = "/follow/stream";
    var liveStage = null;  // the presenter's step, as last streamed
    var attached = true;   // following the presenter, or on their own
    var expected = null;   // the step our own goto() went to: any other is the attendee's
    var bar, label, back;
    var api = B.follow = {log: [], state: "connecting", stage: null};

    function buildBar() {
        bar = el("div", "follow-bar");
        label = el("span", "follow-label", "connecting to the talk\u2026");
        back = el("button", "follow-back", "Back to live \u25B6");
        back.type = "button";
        back.addEventListener("click", function (e) {
            e.stopPropagation();
            attached = true;
            go(liveStage);
            paint();
        });
        bar.appendChild(label);
        bar.appendChild(back);
        // impress.js moves on clicks and keys: the bar keeps its own.
        bar.addEventListener("keydown", function (e) { e.stopPropagation(); });
        document.body.appendChild(bar);
    }

    function paint() {
        var where = liveStage && liveStage.index !== null && liveStage.total ?
            " \u00B7 step " + (liveStage.index + 1) + "/" + liveStage.total : "";
        bar.setAttribute("data-state", api.state === "live" ? (attached ? "live" : "away") : api.state);
        if (api.state === "full" || api.state === "refused") label.textContent = api.why;
        else if (api.state !== "live") label.textContent = "lost the talk \u2014 reconnecting\u2026";
        else if (!liveStage || !liveStage.step) label.textContent = "\u25CF live \u00B7 waiting for the presenter";
        else if (attached) label.textContent = "\u25CF live" + where;
        else label.textContent = "on your own \u00B7 talk at" + where.replace(" \u00B7 step", "");
        back.hidden = attached || api.state !== "live" || !(liveStage && liveStage.step);
        var live = B.live && B.live.status;
        if (live) {
            live.short = api.state === "live" ? "following the presenter" : "not connected";
            live.why = "the audience view: the presenter runs the demos, you see them here";
        }
    }

    function go(stage) {
        if (!stage || !stage.step) return;
        var target = document.getElementById(stage.step);
        var impress = window.impress && window.impress();
        if (!target || !impress) return;
        var active = document.querySelector("#impress .step.active");
        expected = target;
        if (active !== target) impress.goto(target);
        substeps(stage);
        api.log.push({step: stage.step, substep: stage.substep, version: stage.version, at: Date.now(),
                      server_at: stage.at ? Math.round(stage.at * 1000) : null});
    }

    // The presenter's builds and code focus: the same substeps shown here. impress.js
    // hides a step's substeps when it enters it (stepenter, after the transition), so
    // they are set again then (enter()).
    function substeps(stage) {
        var target = stage && stage.step && document.getElementById(stage.step);
        if (target && B.substeps) B.substeps.set(target, stage.substep || 0);
    }

    function enter(e) {
        if (attached && liveStage && e.target && e.target.id === liveStage.step) substeps(liveStage);
    }

    // The attendee stepped away (a key, a click, a swipe): the talk no longer moves them.
    // Watched on impress.js's "active" class, set at once, where its stepleave event waits
    // for the end of a transition and never comes for a step left before that.
    function watchActive() {
        var root = document.getElementById("impress");
        if (!root || !window.MutationObserver) return;
        new MutationObserver(function () {
            var active = root.querySelector(".step.active");
            if (!attached || !expected || !active || active === expected) return;
            attached = false;
            paint();
        }).observe(root, {subtree: true, attributes: true, attributeFilter: ["class"]});
    }

    function connect() {
        B.stream(STREAM, {
            stage: function (stage) {
                api.state = "live";
                liveStage = api.stage = stage;
                if (attached) go(liveStage);
                paint();
                if (B.votes) B.votes.stage(stage);  // a question on that slide: ask for it
            },
            run: function (data) {
                if (B.live) B.live.show(data.demo, data.item);
                if (B.votes) B.votes.run(data);  // a run closes its vote, its summary answers it
            }
        }, {open: function () { api.state = "live"; paint(); }, lost: lost, closed: refused});
    }

    function lost() {  // EventSource reconnects by itself
        api.state = "lost";
        paint();
    }

    // Refused (the room is full, the code is old): ask why, then try again later.
    function refused(again) {
        var abort = new AbortController();
        fetch(STREAM, {signal: abort.signal}).then(function (r) {
            if (r.ok) return null;
            return r.json().catch(function () { return {error: "HTTP " + r.status}; })
                .then(function (body) { return {status: r.status, error: body.error}; });
        }).catch(function () { return null; }).then(function (refusal) {
            abort.abort();
            api.state = !refusal ? "lost" : refusal.status === 503 ? "full" :
                refusal.status === 403 ? "refused" : "lost";
            api.why = api.state === "refused" ?
                "this page's code is old: scan the QR code on the screen again" :
                refusal ? refusal.error : "";
            paint();
            again(refusal && refusal.status === 503 ? 10000 : 3000);
        });
    }

    function start() {
        buildBar();
        watchActive();
        document.addEventListener("impress:stepenter", enter);
        paint();
        if (B.live) B.live.check();  // panels say "following"
        connect();
    }

    B.ready(start);
})();
