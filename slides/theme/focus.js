/* Celery brown bag: code focus, and the substep a step is at, for whoever follows it.

   `.. code-of:: ... :focus:` (brownbag/deck/code_of.py) ends a <pre class="code-focus">
   with one empty impress.js substep per group of lines. impress.js 1.0's substep plugin
   (shipped by hovercraft) shows them one press of next at a time, and hides them on
   prev: the presenter's keys, hovercraft's console and the phone remote (which presses
   next on the deck) all step through them with no code of ours. This script only paints:
   the group of the last shown marker is lit (class "focused" on its lines), the others
   dimmed ("focusing" on the <pre>); no marker shown, the code is plain.

   Brownbag.substeps tells how many substeps the active step shows (presenter.js reports
   it with the step) and sets that many on a step (follow.js: the audience view shows the
   same lines as the stage). */
(function () {
    "use strict";
    var B = window.Brownbag || {};

    function paint(pre) {
        var shown = pre.querySelectorAll(".focus-step.substep-visible").length;
        var lit = shown ? pre.querySelectorAll(".line.focus-" + shown) : [];
        pre.classList.toggle("focusing", shown > 0);
        if (shown) pre.setAttribute("data-focus", String(shown));
        else pre.removeAttribute("data-focus");
        Array.prototype.forEach.call(pre.querySelectorAll(".line"), function (line) {
            var on = Array.prototype.indexOf.call(lit, line) >= 0;
            if (line.classList.contains("focused") !== on) line.classList.toggle("focused", on);
        });
    }

    function paintAll(root) {
        Array.prototype.forEach.call((root || document).querySelectorAll("pre.code-focus"), paint);
    }

    // How many substeps `step` shows (impress.js shows them in document order).
    function count(step) {
        return step ? step.querySelectorAll(".substep.substep-visible").length : 0;
    }

    // Show the first `n` substeps of `step`, hide the rest: the audience view's copy of
    // the stage. impress.js hides every substep when a step is entered (its stepenter,
    // after the transition), so follow.js sets them again then.
    function set(step, n) {
        if (!step) return;
        Array.prototype.forEach.call(step.querySelectorAll(".substep"), function (node, index) {
            node.classList.toggle("substep-visible", index < n);
        });
        paintAll(step);
    }

    function start() {
        var root = document.getElementById("impress");
        if (!root) return;
        paintAll(root);
        // impress.js toggles "substep-visible" (a press, a remote's next, follow.js) and
        // strips it when a step is entered: every change repaints the blocks.
        new MutationObserver(function (changes) {
            var pres = [];
            changes.forEach(function (change) {
                // only a marker's change: paint() changes the lines' classes itself
                if (!change.target.classList || !change.target.classList.contains("focus-step")) return;
                var pre = change.target.closest("pre.code-focus");
                if (pre && pres.indexOf(pre) < 0) pres.push(pre);
            });
            pres.forEach(paint);
        }).observe(root, {subtree: true, attributes: true, attributeFilter: ["class"]});
    }

    B.substeps = {count: count, set: set, paint: paintAll};
    if (B.ready) B.ready(start);
    else document.addEventListener("DOMContentLoaded", start);
})();
