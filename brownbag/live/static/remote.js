/* The phone remote (brownbag/live/audience.py): it sends next / prev / run to the
   presenter's deck (POST /remote/command) and shows where the talk is, the step's notes
   and the slide's run (GET /remote/stream). The presenter's token came in the link
   and lives in a cookie: nothing here holds it. */
(function () {
    "use strict";
    var $ = function (id) { return document.getElementById(id); };
    var stage = null, run = null, lost = false;
    var seen = window.BrownbagRemote = {stage: null, run: null};  // for tests

    function status(text, kind) {
        $("status").textContent = text;
        $("status").setAttribute("data-kind", kind || "");
    }

    function paint() {
        if (lost) return status("lost the live server — reconnecting…", "warn");
        if (!stage) return;
        $("where").textContent = (stage.index !== null && stage.total ?
            (stage.index + 1) + "/" + stage.total : "–") + (stage.substep ? " · " + stage.substep : "");
        $("title").textContent = stage.title || stage.step || "waiting for the deck";
        $("notes").textContent = stage.notes || "";
        $("run").disabled = !stage.demo;
        $("run").textContent = stage.demo ? "Run " + stage.demo : "No demo on this step";
        if (!stage.decks) status("no deck is listening: open the deck from the live server", "warn");
        else if (run && run.demo === stage.demo) status(run.text, run.kind);
        else status(stage.demo ? "demo " + stage.demo + ": not run yet" : "deck connected", "ok");
    }

    function send(action) {
        fetch("/remote/command", {method: "POST", headers: {"Content-Type": "application/json"},
                                  body: JSON.stringify({action: action})})
            .then(function (r) { return r.json().then(function (b) { return {ok: r.ok, body: b}; }); })
            .then(function (answer) {
                if (!answer.ok) status(answer.body.error || "refused", "warn");
                else if (!answer.body.decks) status("no deck is listening: open the deck from the live server", "warn");
                if (navigator.vibrate) navigator.vibrate(15);
            })
            .catch(function () { lost = true; paint(); });
    }

    ["next", "prev", "run"].forEach(function (action) {
        $(action).addEventListener("click", function () { send(action); });
    });

    var source = new EventSource("/remote/stream");
    source.addEventListener("stage", function (m) {
        lost = false;
        stage = seen.stage = JSON.parse(m.data);
        if (run && run.id !== stage.run) run = seen.run = null;
        paint();
    });
    source.addEventListener("run", function (m) {
        var data = JSON.parse(m.data), item = data.item;
        if (!run || run.id !== data.run) run = seen.run = {id: data.run, demo: data.demo, events: 0};
        if (item.kind === "event") run.events += 1;
        if (item.kind === "summary") {
            run.done = true;
            run.kind = item.status === "succeeded" ? "ok" : "warn";
            run.text = (item.status === "succeeded" ? "✔ " : "✘ ") + data.demo + " " + item.status +
                " in " + (item.duration || 0).toFixed(1) + " s" + (item.error ? ": " + item.error : "");
        } else {
            run.kind = "run";
            run.text = "running " + data.demo + "… " + run.events + " events";
        }
        paint();
    });
    source.addEventListener("error", function () {
        lost = true;
        paint();
        if (source.readyState === EventSource.CLOSED) window.setTimeout(function () { location.reload(); }, 5000);
    });
})();
