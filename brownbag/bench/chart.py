"""Horizontal bar charts as standalone SVG: no plotting library, readable on a slide.

    >>> svg = document("Brokers", [panel("p50 round trip", "ms", [("redis", [("celery", 4.1), ("raw", 1.3)])])])

Drawn for the deck's chart slides (``.. bench::``): the SVG is 1440 units wide,
the width of a slide's content box, and the slide shows it at that size, so a
unit is a canvas pixel. No text is under 23 units: 18.4 px on a 1280x720 screen
(x0.8), the deck's floor (tests/test_legibility.py measures it). Every text is
dark on white (at least 4.5:1).

The panels sit side by side and share one column of group labels when every
panel has the same groups (brokers, libraries); otherwise each panel brings its
own labels. A series is ``(name, value)`` or ``(name, value, text)``: ``text``
replaces the number written at the end of the bar (``with_spread``: the median of
several runs and their min–max). Series names go to a legend
once, not beside every bar.
"""

from __future__ import annotations

import math
from xml.sax.saxutils import escape

WIDTH = 1440
PAD = 12
TITLE_PX, HEAD_PX, TEXT_PX, SMALL_PX = 32, 27, 26, 23
EM = 0.56          # an average Helvetica character, in ems, with room to spare: label columns
EM_WRAP = 0.5      # the same, closer to the mean: where a line wraps (wrapping early wastes a line)
BAR_H = 24
BAR_GAP = 3
GROUP_GAP = 14
COLORS = ("#2f6fd0", "#8d95a3", "#d9692a", "#3f9a45")
INK, MUTED, REFERENCE = "#14161b", "#4b5060", "#b3261e"   # 18.1, 8.0 and 6.6:1 on white
FONT = 'font-family="Helvetica, Arial, \'Liberation Sans\', sans-serif"'


# Where the largest value is this many times the smallest, a linear axis flattens the rest
# to slivers (SQLite at kombu's 1 s poll against RabbitMQ's 3 ms): the panel goes log.
LOG_AT = 20.0


def panel(title: str, unit: str, groups: list[tuple[str, list[tuple]]],
          reference: float | None = None, reference_label: str = "") -> dict:
    """One chart: per group (a broker, a pool) one bar per series; ``reference`` draws a line (e.g. ideal = 1)."""
    values = [v for _, series in groups for e in series if (v := _series(e)[1]) is not None and v > 0]
    log = bool(values) and max(values) / min(values) >= LOG_AT and reference is None
    return {"title": title, "unit": unit + (", log scale" if log else ""), "groups": groups,
            "reference": reference, "reference_label": reference_label, "log": log,
            "floor": min(values) / 2 if log else 0.0}


def _length(p: dict, value: float, scale_max: float, plot_w: float) -> float:
    """A bar's length: linear, or on a log panel from half the smallest value up."""
    if p.get("log"):
        floor = p["floor"]
        return plot_w * math.log10(max(value, floor) / floor) / math.log10(scale_max / floor)
    return plot_w * value / scale_max


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:.2f}" if value < 10 else f"{value:.1f}"


def with_spread(row: dict, name: str, key: str) -> tuple:
    """A series from a row: its (median) value, and where runs were combined
    (brownbag/bench/runs.py), their min–max written after it."""
    value = row.get(key)
    low_high = (row.get("spread") or {}).get(key)
    if value is None or not low_high:
        return name, value
    low, high = low_high
    return name, value, f"{_fmt(value)} ({_fmt(low)}\u2013{_fmt(high)})"


def _width(text: str, size: float) -> float:
    return len(text) * size * EM


def _wrap(text: str, width: float, size: float) -> list[str]:
    """Words into lines no wider than ``width`` (estimated), at least one word a line."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and len(candidate) * size * EM_WRAP > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return lines + [line] if line else lines


def _series(entry: tuple) -> tuple[str, float | None, str | None]:
    name, value, *text = entry
    return name, value, (text[0] if text else None)


def _text(x, y, body, size=TEXT_PX, fill=INK, anchor="start", weight="normal") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" fill="{fill}" text-anchor="{anchor}"'
            f' font-weight="{weight}" {FONT}>{body}</text>')


def label_width(panels: list[dict]) -> float:
    """Room for the longest group label ("sqlite @ kombu default (1 s poll)"), so none is cut at the left."""
    longest = max((_width(label, TEXT_PX) for p in panels for label, _ in p["groups"]), default=0)
    return max(120.0, longest + 16)


def _value_text(name: str, value: float, text: str | None, legend: bool) -> str:
    if text is not None:
        return text
    return _fmt(value) if legend else f"{_fmt(value)} {name}"


def _heading(p: dict, x: float, width: float, top: float) -> tuple[list[str], float]:
    """The panel's title (bold) and unit (muted), wrapped to its column."""
    out, y = [], top
    for line in _wrap(p["title"], width, HEAD_PX * 1.08):  # bold
        y += HEAD_PX * 1.2
        out.append(_text(x, y, escape(line), HEAD_PX, weight="bold"))
    for line in _wrap(f"({p['unit']})", width, SMALL_PX):
        y += SMALL_PX * 1.25
        out.append(_text(x, y, escape(line), SMALL_PX, MUTED))
    return out, y


def _rows(p: dict, labels_x: float | None, x: float, width: float, top: float,
          series_names: list[str], legend: bool) -> tuple[list[str], float]:
    """One panel's bars from ``top``; group labels right-aligned at ``labels_x`` when given."""
    shown = [_series(e) for _, series in p["groups"] for e in series]
    values = [v for _, v, _ in shown if v is not None]
    texts = [_value_text(n, v, t, legend) for n, v, t in shown if v is not None]
    room = max((_width(t, SMALL_PX) for t in texts), default=0) + 10
    plot_w = max(60.0, width - room)
    scale_max = max(values + [p["reference"] or 0] + [1e-9])
    out, y = [], top
    if not p["groups"]:
        out.append(_text(x, y + BAR_H - 6, "nothing measured", SMALL_PX, MUTED))
        y += BAR_H + GROUP_GAP
    for label, series in p["groups"]:
        group_top = y
        for entry in series:
            name, value, text = _series(entry)
            if value is None:
                out.append(_text(x, y + BAR_H - 6, f"{escape(name)}: not measured", SMALL_PX, MUTED))
            else:
                if name not in series_names:
                    series_names.append(name)
                color = COLORS[series_names.index(name) % len(COLORS)]
                w = max(2.0, _length(p, value, scale_max, plot_w))
                out.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{BAR_H}" fill="{color}"/>')
                out.append(_text(x + w + 8, y + BAR_H - 6, escape(_value_text(name, value, text, legend)),
                                 SMALL_PX))
            y += BAR_H + BAR_GAP
        if labels_x is not None:
            mid = (group_top + y - BAR_GAP) / 2 + TEXT_PX * 0.35
            out.append(_text(labels_x, mid, escape(label), TEXT_PX, anchor="end"))
        y += GROUP_GAP
    if p["reference"]:
        rx = x + plot_w * p["reference"] / scale_max
        out.append(f'<line x1="{rx:.1f}" y1="{top - 4}" x2="{rx:.1f}" y2="{y - GROUP_GAP + 4}" stroke="{REFERENCE}"'
                   f' stroke-width="3" stroke-dasharray="8 6"/>')
        y += SMALL_PX + 4
        out.append(_text(rx, y - 4, escape(p["reference_label"]), SMALL_PX, REFERENCE, anchor="middle",
                         weight="bold"))
    return out, y


def _legend(panels: list[dict]) -> tuple[list[str], bool]:
    """The series' names in order, and whether they need a legend: several series share the bars
    of every panel (celery beside raw kombu), and each has a colour."""
    names = []
    for p in panels:
        for _, series in p["groups"]:
            for entry in series:
                name, value, _ = _series(entry)
                if value is not None and name not in names:
                    names.append(name)
    per_panel = [{_series(e)[0] for _, s in p["groups"] for e in s} for p in panels]
    return names, all(len(names_in) > 1 for names_in in per_panel) and len(names) <= len(COLORS)


def document(title: str, panels: list[dict], footnote: str = "", verdict: str = "") -> str:
    """``verdict``: the one line the chart says, under its title, before the bars."""
    body = [_text(PAD, TITLE_PX + 4, escape(title), TITLE_PX, weight="bold")]
    y = TITLE_PX + 16.0
    for line in _wrap(verdict, WIDTH - 2 * PAD, TEXT_PX * 1.08):
        y += TEXT_PX * 1.3
        body.append(_text(PAD, y, escape(line), TEXT_PX, weight="bold"))
    names, legend = _legend(panels)
    if legend:  # on the title's line, at the right
        x = WIDTH - PAD - sum(34 + _width(name, TEXT_PX) + 30 for name in names) + 30
        for index, name in enumerate(names):
            body.append(f'<rect x="{x:.1f}" y="{TITLE_PX - 20}" width="26" height="26" fill="{COLORS[index]}"/>')
            body.append(_text(x + 34, TITLE_PX + 2, escape(name), TEXT_PX))
            x += 34 + _width(name, TEXT_PX) + 30

    shared = len(panels) > 1 and len({tuple(label for label, _ in p["groups"]) for p in panels}) == 1
    labels_w = label_width(panels)
    columns = max(1, len(panels))
    series_names = list(names)
    if shared:
        col_x0 = PAD + labels_w + 12
        col_w = (WIDTH - col_x0 - PAD - 24 * (columns - 1)) / columns
        headings = [_heading(p, col_x0 + i * (col_w + 24), col_w, y) for i, p in enumerate(panels)]
        top = max(bottom for _, bottom in headings) + 14
        bottoms = []
        for i, p in enumerate(panels):
            body += headings[i][0]
            lines, bottom = _rows(p, PAD + labels_w if i == 0 else None, col_x0 + i * (col_w + 24), col_w,
                                  top, series_names, legend)
            body += lines
            bottoms.append(bottom)
        y = max(bottoms)
    else:
        col_w = (WIDTH - 2 * PAD - 24 * (columns - 1)) / columns
        bottoms = []
        own = [label_width([p]) for p in panels]
        headings = [_heading(p, PAD + i * (col_w + 24), col_w, y) for i, p in enumerate(panels)]
        top = max((bottom for _, bottom in headings), default=y) + 14
        for i, p in enumerate(panels):
            left = PAD + i * (col_w + 24)
            body += headings[i][0]
            lines, bottom = _rows(p, left + own[i] - 16 + 8, left + own[i], col_w - own[i], top,
                                  series_names, legend)
            body += lines
            bottoms.append(bottom)
        y = max(bottoms, default=y)
    if footnote:
        for line in _wrap(footnote, WIDTH - 2 * PAD, SMALL_PX):
            y += SMALL_PX * 1.3
            body.append(_text(PAD, y, escape(line), SMALL_PX, MUTED))
    y += 12
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{y:.0f}" '
            f'viewBox="0 0 {WIDTH} {y:.0f}" role="img"><title>{escape(title)}</title>'
            f'<rect width="100%" height="100%" fill="white"/>' + "".join(body) + "</svg>\n")
