/* Celery brown bag: a run's payoff, the view its scenario declares
   (brownbag/scenarios/payoff.py): bars, table, log, facts, or the timeline itself
   (the panel's own rows: nothing more to draw). Drawn whole: nothing cut to a width.
   Brownbag.payoff.draw(view, box) fills the panel's payoff box; text() and readable()
   also word the panel's task rows. */
(function () {
    "use strict";
    var B = window.Brownbag;
    if (B.framed) return;
    var el = B.el;

    function text(value) {
        if (value === null || value === undefined) return "\u2014";
        if (typeof value === "string") return value;
        if (typeof value === "number") return fmtNumber(value);
        if (value === true) return "yes";
        if (value === false) return "no";
        if (Array.isArray(value) && value.every(function (v) { return typeof v !== "object" || v === null; })) {
            return value.map(text).join(", ");
        }
        if (typeof value === "object" && "value" in value) return text(value.value);
        if (typeof value === "object") {
            return Object.keys(value).map(function (k) { return k + " " + text(value[k]); }).join(" \u00b7 ");
        }
        return String(value);
    }

    /* A task's result as its event carries it, Python's repr: a flat dict reads as
       "hostname prefork@vm · pool prefork" rather than as code. */
    function readable(repr) {
        var dict = /^\{('[^']*': ('[^']*'|[^,{}\[\]']*)(, )?)+\}$/;
        if (!dict.test(repr)) return repr;
        return repr.slice(1, -1).split(/, (?=')/).map(function (pair) {
            return pair.replace(/^'([^']*)': /, "$1 ").replace(/'/g, "");
        }).join(" \u00b7 ");
    }

    function fmtNumber(n) {
        if (Number.isInteger(n)) return n.toLocaleString("en");
        var a = Math.abs(n);
        return a >= 100 ? n.toFixed(0) : a >= 10 ? n.toFixed(1) : a >= 1 ? n.toFixed(2) : n.toPrecision(2);
    }

    function tone(value) {
        if (value === true) return "good";
        if (value === false) return "bad";
        return value && typeof value === "object" && value.tone ? value.tone : "";
    }

    function factsLine(facts) {
        var line = el("div", "payoff-facts");
        (facts || []).forEach(function (f) {
            var item = line.appendChild(el("span", "payoff-fact" + (f.tone ? " tone-" + f.tone : "")));
            item.appendChild(el("b", null, f.label + " "));
            if (f.href) {
                var link = item.appendChild(el("a", null, text(f.value)));
                link.href = f.href;  // e.g. Flower: it asks for its own login
                link.target = "_blank";
                link.rel = "noopener";
            } else {
                item.appendChild(document.createTextNode(text(f.value)));
            }
        });
        return line;
    }

    var DRAW = {
        timeline: function () { return null; },
        facts: function () { return null; },
        bars: function (view) {
            var box = el("div", "payoff-bars");
            var legend = box.appendChild(el("div", "bars-legend"));
            view.series.forEach(function (name, i) {
                var key = legend.appendChild(el("span", "bars-key"));
                key.appendChild(el("i", "bar-swatch series-" + i));
                key.appendChild(document.createTextNode(name));
            });
            legend.appendChild(el("span", "bars-unit", view.unit + ", " + view.better + " is better"));
            var max = 0;
            view.groups.forEach(function (g) {
                g.values.forEach(function (v) { if (v !== null && v > max) max = v; });
            });
            view.groups.forEach(function (g) {
                var row = box.appendChild(el("div", "bars-group" + (g.values.every(function (v) {
                    return v === null; }) ? " pending" : "")));
                row.appendChild(el("span", "bars-label", g.label));
                var track = row.appendChild(el("span", "bars-track"));
                var values = row.appendChild(el("span", "bars-values"));
                g.values.forEach(function (v, i) {
                    var bar = track.appendChild(el("i", "bar series-" + i));
                    bar.style.width = v === null || !max ? "0" : Math.max(0.4, 100 * v / max) + "%";
                    if (i) values.appendChild(document.createTextNode(" / "));
                    values.appendChild(el("span", "series-text-" + i, v === null ? "\u2026" : fmtNumber(v)));
                });
                row.appendChild(el("span", "bars-note", g.note || ""));
            });
            return box;
        },
        table: function (view) {
            var table = el("table", "payoff-table");
            var head = table.appendChild(el("tr"));
            view.columns.forEach(function (c) { head.appendChild(el("th", null, c)); });
            view.rows.forEach(function (cells) {
                var row = table.appendChild(el("tr"));
                cells.forEach(function (v) {
                    var cell = row.appendChild(el("td", null, text(v)));
                    if (typeof v === "number" || (v && typeof v.value === "number")) cell.className = "num";
                    if (tone(v)) cell.className += " tone-" + tone(v);
                });
            });
            return table;
        },
        log: function (view) {
            var box = el("div", "payoff-log");
            view.lines.forEach(function (l) {
                var line = box.appendChild(el("div", "log-line" + (l.level ? " level-" + l.level.toLowerCase() : "")));
                if (l.source) line.appendChild(el("span", "log-source", l.source));
                if (l.level) line.appendChild(el("span", "log-level", l.level));
                line.appendChild(document.createTextNode(l.text));
            });
            return box;
        }
    };

    /* The view into box (emptied first); returns the kind drawn, or null for no view.
       A kind this script does not know is drawn as its facts. */
    function draw(view, box) {
        box.textContent = "";
        if (!view) return null;
        var kind = DRAW[view.kind] ? view.kind : "facts";
        if (view.title) box.appendChild(el("div", "payoff-title", view.title));
        var drawn = DRAW[kind](view);
        if (drawn) box.appendChild(drawn);
        if (view.facts && view.facts.length) box.appendChild(factsLine(view.facts));
        return kind;
    }

    B.payoff = {draw: draw, text: text, readable: readable, fmtNumber: fmtNumber};
})();
