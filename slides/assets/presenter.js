/* Celery brown bag: the presenter's deck on stage (brownbag/live/stage.py).

   Served by the live server, the presenter's deck
   - reports each step it moves to (POST /api/stage): the audience view follows it and
     the phone remote shows its notes;
   - obeys the phone remote (GET /api/stage/commands, SSE): next, prev, goto, and run
     (a click on the current slide's Run button: the same request and guard as a click);
   - shows where the audience can follow (GET /api/audience): a QR code on the title
     slide and, on demand, full screen (key Q), when `invoke present --audience` asked for it.
   It does nothing in the audience view itself (<html data-follow>), in hovercraft's
   console previews (iframes), or opened as a file. */
(function () {
    "use strict";
    var B = window.Brownbag;
    if (B.framed || !B.served) return;

    var API = B.API;
    var reported = null;
    var gone = false;
    var overlay = null;

    function text(node, max) {
        var t = node ? (node.innerText || node.textContent || "").replace(/\s+\n/g, "\n").trim() : "";
        return t.length > max ? t.slice(0, max - 1) + "\u2026" : t;
    }

    // The notes as the phone shows them: one line per paragraph or item. Their source
    // lines are wrapped at 100 columns, and a hidden element's innerText keeps those breaks.
    function notes(node) {
        if (!node) return "";
        var parts = node.querySelectorAll("p, li, pre");
        var list = parts.length ? Array.prototype.slice.call(parts) : [node];
        var out = list.map(function (part) {
            var t = part.textContent || "";
            return (part.tagName === "LI" ? "\u2022 " : "") +
                (part.tagName === "PRE" ? t.trim() : t.replace(/\s+/g, " ").trim());
        }).filter(Boolean).join("\n\n");
        return out.length > 7900 ? out.slice(0, 7899) + "\u2026" : out;
    }

    function describe(step) {
        var steps = document.querySelectorAll("#impress .step");
        var panel = step.querySelector(".demo-panel[data-demo]");
        // h4 is a slide's own title, h3 the part it belongs to, h1/h2 the talk's and sections'
        var heading = step.querySelector("h4") || step.querySelector("h1, h2, h3");
        return {
            step: step.id,
            index: Array.prototype.indexOf.call(steps, step),
            total: steps.length,
            // builds and code focus: how many substeps the step shows (theme/focus.js)
            substep: B.substeps ? B.substeps.count(step) : 0,
            demo: panel ? panel.getAttribute("data-demo") : null,
            title: heading ? text(heading, 190) : null,
            notes: notes(step.querySelector(".notes")) || null
        };
    }

    function report(step) {
        if (gone || !step || !step.id) return;
        var at = step.id + "#" + (B.substeps ? B.substeps.count(step) : 0);
        if (at === reported) return;
        reported = at;
        var body = describe(step);
        B.stage.reported.push({step: body.step, substep: body.substep, at: Date.now()});
        fetch(API + "/stage", {method: "POST", headers: B.headers(), body: JSON.stringify(body)})
            .then(function (r) {
                if (r.status === 404) gone = true;  // a static server: no stage to report to
                else if (!r.ok) reported = null;  // said again at the next move
            }).catch(function () { reported = null; });
    }

    // Reported when impress.js marks the step active, or shows or hides a substep, at once: its stepleave/stepenter
    // events wait for the 700 ms transition, and a presenter pressing faster than that
    // gets none for the steps in between (the audience would jump only at the end).
    function watchActive() {
        var root = document.getElementById("impress");
        if (!root || !window.MutationObserver) return;
        new MutationObserver(function () {
            report(root.querySelector(".step.active"));
        }).observe(root, {subtree: true, attributes: true, attributeFilter: ["class"]});
    }

    /* ---------------------------------------------------------- the remote */

    function obey(command) {
        var api = window.impress && window.impress();
        if (!api) return;
        if (command.action === "next") api.next();
        else if (command.action === "prev") api.prev();
        else if (command.action === "goto" && document.getElementById(command.step)) api.goto(command.step);
        else if (command.action === "run") {
            var button = document.querySelector(".step.active .demo-panel .demo-run");
            if (button && !button.disabled) button.click();
        }
    }

    function listen() {
        // EventSource reconnects by itself after a server restart.
        B.stream(API + "/stage/commands", {command: obey});
    }

    /* ------------------------------------------------------------- the QR */

    function qrFigure(info, cls) {
        var figure = document.createElement("figure");
        figure.className = cls;
        var img = document.createElement("img");
        img.src = API + "/audience/qr.svg";
        img.alt = "QR code: " + info.url;
        figure.appendChild(img);
        var caption = document.createElement("figcaption");
        caption.appendChild(document.createTextNode("Follow on your own screen"));
        caption.appendChild(document.createElement("br"));
        var link = document.createElement("code");
        link.textContent = info.url;
        caption.appendChild(link);
        figure.appendChild(caption);
        return figure;
    }

    function showAudience(info) {
        B.stage.audience = info;
        var title = document.getElementById("title") || document.querySelector("#impress .step");
        if (title && !title.querySelector(".audience-qr")) {
            title.appendChild(qrFigure(info, "audience-qr"));
            title.classList.add("has-audience-qr");
        }
        document.addEventListener("keydown", function (e) {
            if (e.key !== "q" && e.key !== "Q") return;
            if (!B.plain(e) || B.typing(e)) return;
            toggleOverlay(info);
        });
    }

    function toggleOverlay(info) {
        if (overlay) {
            overlay.remove();
            overlay = null;
            return;
        }
        overlay = document.createElement("div");
        overlay.className = "audience-overlay";
        overlay.appendChild(qrFigure(info, "audience-qr big"));
        overlay.addEventListener("click", function () { toggleOverlay(info); });
        document.body.appendChild(overlay);
    }

    B.stage = {reported: [], audience: null, obey: obey};

    function start() {
        report(document.querySelector("#impress .step.active"));
        watchActive();
        listen();
        B.fetchJSON(API + "/audience", null, "no audience")
            .then(function (info) { if (info && info.enabled) showAudience(info); })
            .catch(function () {});
    }

    // Only once live.js has found the live server (<html data-live="up">): a deck on a
    // static server never asks for a stage, a remote or an audience it cannot have.
    function whenLive(then) {
        var root = document.documentElement;
        if (root.getAttribute("data-live") === "up") return then();
        var watch = new MutationObserver(function () {
            if (root.getAttribute("data-live") !== "up") return;
            watch.disconnect();
            then();
        });
        watch.observe(root, {attributes: true, attributeFilter: ["data-live"]});
    }

    B.ready(function () { whenLive(start); });
})();
