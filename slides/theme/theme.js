/* Celery brown bag: light or dark, D toggles (slides/theme/README.md).

   The build writes the default on <html data-theme> (`invoke slides.build --theme dark`).
   A press of D is remembered in this browser (localStorage) for decks built with the
   same default, so a rehearsal's choice survives a reload but a rebuilt deck with another
   default starts from that one. The presenter console's previews and any other window
   on the same deck follow at once (the storage event). */
(function () {
    "use strict";
    var B = window.Brownbag || {};
    var root = document.documentElement;
    var KEY = "brownbag-theme";
    var built = root.getAttribute("data-theme") === "dark" ? "dark" : "light";

    function stored() {
        try {
            var saved = JSON.parse(window.localStorage.getItem(KEY) || "null");
            return saved && saved.default === built && /^(light|dark)$/.test(saved.chosen) ? saved.chosen : null;
        } catch (e) {
            return null;   // storage refused (a locked-down browser) or an old value: the build's default
        }
    }

    function apply(theme) {
        root.setAttribute("data-theme", theme);
        document.dispatchEvent(new CustomEvent("brownbag:theme", {detail: {theme: theme}}));
    }

    function set(theme) {
        apply(theme);
        try { window.localStorage.setItem(KEY, JSON.stringify({"default": built, chosen: theme})); } catch (e) { /* kept for this page only */ }
    }

    function current() { return root.getAttribute("data-theme") === "dark" ? "dark" : "light"; }
    function toggle() { set(current() === "dark" ? "light" : "dark"); }

    apply(stored() || built);
    window.addEventListener("storage", function (e) { if (e.key === KEY) apply(stored() || built); });

    if (!B.framed) {
        window.addEventListener("keydown", function (e) {
            if ((e.key !== "d" && e.key !== "D") || e.repeat) return;
            if (B.plain && !B.plain(e)) return;
            if (B.typing && B.typing(e)) return;
            e.preventDefault();
            toggle();
        });
    }
    B.theme = {set: set, toggle: toggle, current: current, built: built};
})();
