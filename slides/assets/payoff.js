/* Celery brown bag: a run's payoff, the view its scenario declares
   (brownbag/scenarios/payoff.py): bars, table, log, facts, or the timeline itself
   (the panel's own rows: nothing more to draw). Drawn whole: nothing cut to a width,
   no word broken inside; values worded for people by Brownbag.human (core.js).
   Brownbag.payoff.draw(view, box) fills the panel's payoff box; headline(view) is the
   one-line answer the panel shows above it; text() and readable() also word the
   panel's task rows. */
(function () {
    "use strict";
    var B = window.Brownbag;
    if (B.framed) return;
    var el = B.el;

    // The value as its scenario wrote it (strings unshortened): for hover titles.
    function raw(value) {
        if (value && typeof value === "object" && "value" in value) return raw(value.value);
        return typeof value === "string" ? value : text(value);
    }

    function text(value) {
        if (value === null || value === undefined) return "\u2014";
        if (typeof value === "string") return B.human(value);
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
                var link = item.appendChild(el("a", null, String(f.value)));
                link.href = f.href;  // e.g. Flower: it asks for its own login
                link.target = "_blank";
                link.rel = "noopener";
            } else {
                item.appendChild(document.createTextNode(text(f.value)));
                if (text(f.value) !== raw(f.value)) item.title = raw(f.value);
            }
        });
        return line;
    }

    /* Bar widths: linear, or logarithmic when one value dwarfs another (more than 10x):
       a 1005 ms bar beside 3 ms ones would leave them slivers. On a log scale the
       smallest value still gets a visible bar (the scale starts at half of it). */
    function barScale(view) {
        var all = [];
        view.groups.forEach(function (g) {
            g.values.forEach(function (v) { if (v !== null && v > 0) all.push(v); });
        });
        var hi = all.length ? Math.max.apply(null, all) : 0;
        var lo = all.length ? Math.min.apply(null, all) : 0;
        if (!hi) return {log: false, width: function () { return 0; }};
        if (hi / lo <= 10) {
            return {log: false, width: function (v) { return Math.max(0.4, 100 * v / hi); }};
        }
        var base = Math.log10(lo / 2), top = Math.log10(hi);
        return {log: true, width: function (v) {
            return v > 0 ? Math.max(0.4, 100 * (Math.log10(v) - base) / (top - base)) : 0;
        }};
    }

    /* The group whose first series is best (lowest or highest, as the view says), for a
       chart that compares things (`compare`, payoff.py; recorded before it: a chart of
       more than one series), or null. */
    function winner(view) {
        var compares = view.compare === undefined ? view.series.length > 1 : view.compare;
        if (!compares) return null;
        var best = null;
        view.groups.forEach(function (g) {
            var v = g.values[0];
            if (v === null || v === undefined) return;
            if (!best || (view.better === "higher" ? v > best.values[0] : v < best.values[0])) best = g;
        });
        var measured = view.groups.filter(function (g) { return g.values[0] !== null; }).length;
        return measured > 1 ? best : null;
    }

    // A bar chart's verdict in one line, for a payoff recorded before headlines.
    function barsVerdict(view) {
        var best = winner(view);
        if (!best) return "";
        var worst = null;
        view.groups.forEach(function (g) {
            var v = g.values[0];
            if (v === null) return;
            if (!worst || (view.better === "higher" ? v < worst.values[0] : v > worst.values[0])) worst = g;
        });
        var said = (view.better === "higher" ? "highest: " : "lowest: ") + best.label + " " + fmtNumber(best.values[0]);
        var ratio = view.better === "higher" ? best.values[0] / worst.values[0] : worst.values[0] / best.values[0];
        if (worst !== best) said += "; " + worst.label + " " + fmtNumber(ratio) + "× " +
            (view.better === "higher" ? "lower" : "higher");
        return said;
    }

    /* The payoff's answer in one line: its headline; for a payoff recorded before
       headlines, a bar chart's verdict, its title or its first fact. */
    function headline(view) {
        if (!view) return "";
        if (view.headline) return B.human(view.headline);
        if (view.kind === "bars") {
            var verdict = barsVerdict(view);
            if (verdict) return verdict;
        }
        if (view.title) return B.human(view.title);
        // A first fact says the answer when it is short; a long one (the machine's load)
        // is context, not an answer.
        var first = (view.facts || [])[0];
        var said = first ? first.label + ": " + text(first.value) : "";
        return said.length <= 60 ? said : "";
    }

    var SHORT_CELL = 20;  // characters: a table cell this short is kept on one line

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
            var scale = barScale(view);
            legend.appendChild(el("span", "bars-unit", view.unit + ", " + view.better + " is better" +
                                  (scale.log ? " · log scale" : "")));
            var best = winner(view);
            view.groups.forEach(function (g) {
                var row = box.appendChild(el("div", "bars-group" + (g.values.every(function (v) {
                    return v === null; }) ? " pending" : "") + (g.missing ? " missing" : "") +
                    (g === best ? " winner" : "")));
                var label = row.appendChild(el("span", "bars-label", g.label));
                if (g === best) label.insertBefore(el("span", "bars-star", "★ "), label.firstChild);
                var track = row.appendChild(el("span", "bars-track"));
                var values = row.appendChild(el("span", "bars-values"));
                g.values.forEach(function (v, i) {
                    var bar = track.appendChild(el("i", "bar series-" + i));
                    bar.style.width = v === null ? "0" : scale.width(v) + "%";
                    if (i) values.appendChild(document.createTextNode(" / "));
                    // Not measured at all (its note says why) is a dash; not measured yet, an ellipsis.
                    values.appendChild(el("span", "series-text-" + i,
                                          v === null ? (g.missing ? "\u2014" : "\u2026") : fmtNumber(v)));
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
                    if (text(v) !== raw(v)) cell.title = raw(v);
                    if (typeof v === "number" || (v && typeof v.value === "number")) cell.className = "num";
                    if (tone(v)) cell.className += " tone-" + tone(v);
                    // A short state ("acked at start", "FAILURE") reads as one unit: it never
                    // wraps; the long cells of its row wrap at their words instead.
                    if (text(v).length <= SHORT_CELL) cell.className += " short";
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
                line.appendChild(document.createTextNode(B.human(l.text)));
                if (B.human(l.text) !== l.text) line.title = l.text;
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
        // A title the headline already says (a recording made before headlines) is not said twice.
        if (view.title && headline(view) !== B.human(view.title)) {
            box.appendChild(B.says(el("div", "payoff-title"), view.title));
        }
        var drawn = DRAW[kind](view);
        if (drawn) box.appendChild(drawn);
        // The first fact, when it stands in for a missing headline, is not said twice.
        var facts = view.facts || [];
        if (facts.length && headline(view) === facts[0].label + ": " + text(facts[0].value)) facts = facts.slice(1);
        if (facts.length) box.appendChild(factsLine(facts));
        return kind;
    }

    B.payoff = {draw: draw, headline: headline, text: text, readable: readable, fmtNumber: fmtNumber};
})();
