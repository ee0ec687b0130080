/* Celery brown bag: the table of contents (T, or the "Contents" button).

   For the reader of the offline deck (file:// or any static server) above all: the
   talk's title, its sections (h2) and their parts (h3), each a link that jumps to
   its step. The button shows unless the live server answers (html[data-live] set
   by live.js to up or degraded: the presenter is on stage), for 4 s after the deck
   opens or the mouse moves; T works everywhere.
   While the contents are open, arrows move between entries instead of slides,
   Enter jumps, Escape or T closes. Like live.js, nothing happens inside an iframe
   (the presenter console's previews). */
(function () {
    "use strict";
    var B = window.Brownbag;
    if (B.framed) return;

    var nav = null, button = null, links = [];

    function label(heading) {
        var copy = heading.cloneNode(true);
        copy.querySelectorAll(".speaker").forEach(function (n) { n.remove(); });
        return copy.textContent.replace(/\s+/g, " ").trim();
    }

    function entries() {
        var found = [];
        document.querySelectorAll("#impress .step").forEach(function (step, index) {
            if (step.hasAttribute("data-overview")) {
                found.push({step: step, index: index, level: 2, text: "The map of the talk"});
                return;
            }
            var heading = step.querySelector("h1, h2, h3");
            if (!heading) return;
            var level = Number(heading.tagName.charAt(1));
            found.push({step: step, index: index, level: level, text: label(heading),
                        speaker: Array.prototype.map.call(heading.querySelectorAll(".speaker"),
                                                          function (n) { return n.textContent; }).join(", ")});
        });
        return found;
    }

    function build() {
        nav = document.createElement("nav");
        nav.id = "brownbag-toc";
        nav.className = "brownbag-toc";
        nav.setAttribute("aria-label", "Table of contents");
        nav.hidden = true;
        var title = nav.appendChild(document.createElement("div"));
        title.className = "toc-title";
        title.textContent = "Contents \u2014 Enter jumps, Esc or T closes";
        var list = nav.appendChild(document.createElement("ol"));
        entries().forEach(function (entry) {
            var item = list.appendChild(document.createElement("li"));
            item.className = "toc-h" + entry.level;
            var link = item.appendChild(document.createElement("a"));
            link.href = "#/" + entry.step.id;
            link.textContent = entry.text;
            link.setAttribute("data-step", entry.index);
            if (entry.speaker) {
                var who = link.appendChild(document.createElement("span"));
                who.className = "toc-speaker";
                who.textContent = entry.speaker;
            }
            var number = link.appendChild(document.createElement("span"));
            number.className = "toc-number";
            number.textContent = String(entry.index + 1);
            link.addEventListener("click", function (e) {
                e.preventDefault();
                jump(entry.step);
            });
            links.push(link);
        });
        document.body.appendChild(nav);

        button = document.createElement("button");
        button.type = "button";
        button.id = "brownbag-toc-button";
        button.className = "brownbag-toc-button";
        button.title = "Table of contents (T)";
        button.textContent = "\u2630 Contents (T)";
        button.addEventListener("click", function (e) { e.stopPropagation(); toggle(); });
        document.body.appendChild(button);
        // It sits over the slide's corner (a demo's command line, at times): shown when
        // the deck opens and while the mouse moves, out of the way while one reads.
        wake();
        document.addEventListener("mousemove", wake);
    }

    var idle = null;
    function wake() {
        button.classList.remove("idle");
        window.clearTimeout(idle);
        idle = window.setTimeout(function () { button.classList.add("idle"); }, 4000);
    }

    function jump(step) {
        close();
        window.impress().goto(step);
    }

    function isOpen() { return nav && !nav.hidden; }

    function open() {
        nav.hidden = false;
        // The entry of the section we are in: the last one at or before the current step.
        var active = document.querySelector("#impress .step.active");
        var steps = Array.prototype.slice.call(document.querySelectorAll("#impress .step"));
        var here = steps.indexOf(active), current = links[0];
        links.forEach(function (link) {
            link.removeAttribute("aria-current");
            if (Number(link.getAttribute("data-step")) <= here) current = link;
        });
        if (current) {
            current.setAttribute("aria-current", "step");
            current.focus();
            current.scrollIntoView({block: "center"});
        }
    }

    function close() {
        if (!nav) return;
        nav.hidden = true;
        if (document.activeElement && nav.contains(document.activeElement)) document.activeElement.blur();
    }

    function toggle() { if (isOpen()) close(); else open(); }

    function move(by) {
        var at = links.indexOf(document.activeElement);
        var next = links[Math.max(0, Math.min(links.length - 1, (at < 0 ? 0 : at + by)))];
        if (next) next.focus();
    }

    // Captured on the window, before impress.js's keyup navigation on the document:
    // while the contents are open, keys belong to them.
    window.addEventListener("keydown", function (e) {
        if (!B.plain(e) || B.typing(e) || !nav) return;
        var key = e.key;
        if (key === "t" || key === "T") {
            e.preventDefault();
            e.stopPropagation();
            if (!e.repeat) toggle();
            return;
        }
        if (!isOpen()) return;
        e.stopPropagation();
        if (key === "Escape") { e.preventDefault(); close(); }
        else if (key === "ArrowDown" || key === "ArrowRight" || key === "PageDown") { e.preventDefault(); move(key === "PageDown" ? 8 : 1); }
        else if (key === "ArrowUp" || key === "ArrowLeft" || key === "PageUp") { e.preventDefault(); move(key === "PageUp" ? -8 : -1); }
        else if (key === "Home") { e.preventDefault(); links[0].focus(); }
        else if (key === "End") { e.preventDefault(); links[links.length - 1].focus(); }
        else if (key === " ") { e.preventDefault(); if (links.indexOf(document.activeElement) >= 0) document.activeElement.click(); }
    }, true);
    window.addEventListener("keyup", function (e) {
        if (!nav || B.typing(e)) return;
        if (isOpen() || e.key === "t" || e.key === "T") e.stopPropagation();
    }, true);

    // impress.js gives steps without an id one (step-N) when it starts: build after that.
    document.addEventListener("impress:init", function () { if (!nav) build(); });
    if (document.body && document.body.classList.contains("impress-enabled") && !nav) build();
    B.toc = {open: function () { open(); }, close: close};
})();
