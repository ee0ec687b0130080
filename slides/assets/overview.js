/* Celery brown bag: overview mode (O) and the progress bar.

   O shows every step as a thumbnail, in talk order: a copy of the step as it is now
   (a demo panel with the run it shows), scaled down, with its number and title.
   Click or Enter jumps there; arrows move between thumbnails (up and down by a row);
   Esc or O closes. In the whole talk, a chip on each thumbnail lists the cuts the step is
   in, by minutes (brownbag/deck/cuts.py). The thin bar at the bottom of the deck is how far the talk has come.
   Like toc.js, nothing happens inside an iframe (the presenter console's previews). */
(function () {
    "use strict";
    var B = window.Brownbag;
    if (B.framed) return;

    var STEP_W = 1600, STEP_H = 900;   // the canvas (brownbag/deck/layout.py)
    var panel = null, grid = null, tiles = [], bar = null;

    function steps() {
        return Array.prototype.slice.call(document.querySelectorAll("#impress .step"));
    }

    function title(step) {
        if (step.hasAttribute("data-overview")) return "The map of the talk";
        var heading = step.querySelector("h4, h1, h2, h3");
        if (!heading) {
            var first = step.querySelector("p");
            return first ? first.textContent.replace(/\s+/g, " ").trim().slice(0, 60) : "";
        }
        var copy = heading.cloneNode(true);
        copy.querySelectorAll(".speaker").forEach(function (n) { n.remove(); });
        return copy.textContent.replace(/\s+/g, " ").trim();
    }

    // A still copy of a step: no ids (they are the real step's), no notes, no frames or
    // scripts, no data-demo (no script may take it for a panel to drive).
    function still(step, scale) {
        var copy = step.cloneNode(true);
        copy.removeAttribute("id");
        copy.querySelectorAll("[id]").forEach(function (n) { n.removeAttribute("id"); });
        copy.querySelectorAll(".notes, script, iframe, video").forEach(function (n) { n.remove(); });
        copy.querySelectorAll("[data-demo]").forEach(function (n) { n.removeAttribute("data-demo"); });
        copy.classList.remove("active", "present", "past", "future", "next", "prev");
        copy.classList.add("overview-still");
        copy.setAttribute("aria-hidden", "true");
        copy.style.cssText = "position:absolute;left:0;top:0;transform-origin:0 0;transform:scale(" + scale + ")";
        return copy;
    }

    function columns() {
        return window.innerWidth >= 1700 ? 6 : window.innerWidth >= 1000 ? 5 : 3;
    }

    function fill() {
        var all = steps();
        var active = document.querySelector("#impress .step.active");
        var cols = columns();
        grid.style.gridTemplateColumns = "repeat(" + cols + ", minmax(0, 1fr))";
        grid.textContent = "";
        tiles = [];
        // The thumbnail's width: the grid's width shared by the columns and their gaps.
        var width = (grid.clientWidth - (cols - 1) * 16) / cols;
        var scale = width / STEP_W;
        all.forEach(function (step, index) {
            var tile = grid.appendChild(B.el("button", "overview-tile"));
            tile.type = "button";
            var frame = tile.appendChild(B.el("span", "overview-frame"));
            frame.style.height = Math.round(STEP_H * scale) + "px";
            frame.appendChild(still(step, scale));   // the map steps too: their copy shows the map
            var label = tile.appendChild(B.el("span", "overview-label"));
            label.appendChild(B.el("span", "overview-number", String(index + 1)));
            label.appendChild(B.el("span", "overview-title", title(step)));
            // The whole talk (no --cut) says which cuts each step is in, here and not on the stage.
            var cuts = step.getAttribute("data-cuts");
            if (cuts && !document.getElementById("impress").hasAttribute("data-cut")) {
                var chip = frame.appendChild(B.el("span", "overview-cuts", cuts.split(" ").join("\u00b7")));
                chip.title = "in the cuts: " + step.getAttribute("data-cuts-label") + " (invoke present --cut N)";
            }
            tile.setAttribute("aria-label", (index + 1) + ": " + title(step));
            if (step === active) tile.setAttribute("aria-current", "step");
            tile.addEventListener("click", function () { jump(step); });
            tiles.push(tile);
        });
        var here = tiles[all.indexOf(active)] || tiles[0];
        if (here) { here.focus(); here.scrollIntoView({block: "center"}); }
    }

    function build() {
        panel = B.el("div", "brownbag-overview");
        panel.id = "brownbag-overview";
        panel.setAttribute("role", "dialog");
        panel.setAttribute("aria-label", "Overview of every step");
        panel.hidden = true;
        panel.appendChild(B.el("div", "overview-head", "Every step \u2014 click or Enter jumps there, Esc or O closes"));
        grid = panel.appendChild(B.el("div", "overview-grid"));
        document.body.appendChild(panel);
    }

    function isOpen() { return panel && !panel.hidden; }
    function open() {
        if (!panel) build();
        if (B.toc) B.toc.close();
        panel.hidden = false;
        document.documentElement.classList.add("overview-open");
        fill();
    }
    function close() {
        if (!isOpen()) return;
        panel.hidden = true;
        grid.textContent = "";   // the copies are stale by the next time: made again then
        tiles = [];
        document.documentElement.classList.remove("overview-open");
    }
    function jump(step) {
        close();
        window.impress().goto(step);
    }
    function move(by) {
        var at = tiles.indexOf(document.activeElement);
        var next = tiles[Math.max(0, Math.min(tiles.length - 1, (at < 0 ? 0 : at + by)))];
        if (next) { next.focus(); next.scrollIntoView({block: "nearest"}); }
    }

    // Captured on the window, before impress.js's navigation (on keyup, on the document):
    // while the overview is open, keys belong to it.
    window.addEventListener("keydown", function (e) {
        if (!B.plain(e) || B.typing(e)) return;
        var key = e.key;
        if (key === "o" || key === "O") {
            e.preventDefault();
            e.stopPropagation();
            if (!e.repeat) { if (isOpen()) close(); else open(); }
            return;
        }
        if (!isOpen()) return;
        e.stopPropagation();
        var cols = columns();
        if (key === "Escape") { e.preventDefault(); close(); }
        else if (key === "ArrowRight") { e.preventDefault(); move(1); }
        else if (key === "ArrowLeft") { e.preventDefault(); move(-1); }
        else if (key === "ArrowDown" || key === "PageDown") { e.preventDefault(); move(key === "PageDown" ? 3 * cols : cols); }
        else if (key === "ArrowUp" || key === "PageUp") { e.preventDefault(); move(key === "PageUp" ? -3 * cols : -cols); }
        else if (key === "Home") { e.preventDefault(); move(-tiles.length); }
        else if (key === "End") { e.preventDefault(); move(tiles.length); }
        else if (key === "Enter" || key === " ") {
            e.preventDefault();
            var at = tiles.indexOf(document.activeElement);
            if (at >= 0) jump(steps()[at]);
        }
    }, true);
    window.addEventListener("keyup", function (e) {
        if (B.typing(e)) return;
        if (isOpen() || e.key === "o" || e.key === "O") e.stopPropagation();
    }, true);

    /* ------------------------------------------------------------------ progress */

    function progress() {
        var all = steps();
        var at = all.indexOf(document.querySelector("#impress .step.active"));
        if (!bar || at < 0) return;
        var done = all.length > 1 ? at / (all.length - 1) : 1;
        bar.firstChild.style.width = (done * 100).toFixed(2) + "%";
        bar.setAttribute("aria-valuenow", String(at + 1));
        bar.setAttribute("aria-valuemax", String(all.length));
    }

    function start() {
        if (bar) return;
        bar = B.el("div", "brownbag-progress");
        bar.id = "brownbag-progress";
        bar.setAttribute("role", "progressbar");
        bar.setAttribute("aria-label", "Progress through the talk");
        bar.setAttribute("aria-valuemin", "1");
        bar.appendChild(B.el("div", "brownbag-progress-done"));
        document.body.appendChild(bar);
        progress();
    }

    document.addEventListener("impress:stepenter", progress);
    document.addEventListener("impress:init", start);
    if (document.body && document.body.classList.contains("impress-enabled")) start();
    B.overview = {open: open, close: close, isOpen: isOpen};
})();
