"""Small horizontal bar charts as standalone SVG: no plotting library, readable on a slide.

    >>> svg = document("Brokers", [panel("p50 round trip", "ms", [("redis", [("celery", 4.1), ("raw", 1.3)])])])
"""

from __future__ import annotations

from xml.sax.saxutils import escape

WIDTH = 760
LABEL_W = 110  # at least; wider when a label needs it (see label_width)
CHAR_W = 7.5  # a 13 px Helvetica character, on average, with room to spare
BAR_H = 16
GAP = 6
COLORS = ("#3b7dd8", "#a0a7b4", "#e07b39", "#4caf50")
FONT = 'font-family="Helvetica, Arial, sans-serif"'


def panel(title: str, unit: str, groups: list[tuple[str, list[tuple[str, float | None]]]],
          reference: float | None = None, reference_label: str = "") -> dict:
    """One chart: per group (a broker, a pool) one bar per series; ``reference`` draws a line (e.g. ideal = 1)."""
    return {"title": title, "unit": unit, "groups": groups, "reference": reference,
            "reference_label": reference_label}


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:.2f}" if value < 10 else f"{value:.1f}"


def label_width(panels: list[dict]) -> float:
    """Room for the longest group label ("sqlite @ kombu default (1 s poll)"), so none is cut at the left."""
    longest = max((len(label) for p in panels for label, _ in p["groups"]), default=0)
    return max(LABEL_W, 16 + CHAR_W * longest)


def _render(p: dict, top: float, label_w: float = LABEL_W) -> tuple[list[str], float]:
    values = [v for _, series in p["groups"] for _, v in series if v is not None]
    scale_max = max(values + [p["reference"] or 0] + [1e-9])
    plot_w = WIDTH - label_w - 170  # room for the value labels right of the longest bar
    out = [(f'<text x="10" y="{top + 16}" font-size="15" font-weight="bold" {FONT}>{escape(p["title"])}'
            f' <tspan font-weight="normal" fill="#555">({escape(p["unit"])})</tspan></text>')]
    y = top + 28
    series_names = []
    if not p["groups"]:
        out.append(f'<text x="{label_w}" y="{y + 12}" font-size="12" fill="#999" {FONT}>nothing measured</text>')
        y += BAR_H + GAP
    for label, series in p["groups"]:
        group_top = y
        for index, (name, value) in enumerate(series):
            if value is None:
                out.append(f'<text x="{label_w}" y="{y + 12}" font-size="11" fill="#999" {FONT}>'
                           f'{escape(name)}: not measured</text>')
            else:
                if name not in series_names:
                    series_names.append(name)
                color = COLORS[series_names.index(name) % len(COLORS)]
                w = max(1.0, plot_w * value / scale_max)
                out.append(f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{BAR_H}" fill="{color}"/>')
                out.append(f'<text x="{label_w + w + 4:.1f}" y="{y + 12}" font-size="11" {FONT}>'
                           f'{_fmt(value)} {escape(name)}</text>')
            y += BAR_H + 2
        mid = (group_top + y) / 2 + 4
        out.append(f'<text x="{label_w - 8}" y="{mid:.1f}" font-size="13" text-anchor="end" {FONT}>'
                   f'{escape(label)}</text>')
        y += GAP
    if p["reference"]:
        x = label_w + plot_w * p["reference"] / scale_max
        out.append(f'<line x1="{x:.1f}" y1="{top + 26}" x2="{x:.1f}" y2="{y - GAP + 2}" stroke="#c62828" '
                   f'stroke-dasharray="4 3"/>')
        out.append(f'<text x="{x:.1f}" y="{y + 8}" font-size="10" text-anchor="middle" fill="#c62828" {FONT}>'
                   f'{escape(p["reference_label"])}</text>')
        y += 12
    return out, y + 10


def document(title: str, panels: list[dict], footnote: str = "") -> str:
    body, y = [f'<text x="10" y="24" font-size="18" font-weight="bold" {FONT}>{escape(title)}</text>'], 36.0
    label_w = label_width(panels)
    for p in panels:
        lines, y = _render(p, y, label_w)
        body += lines
    if footnote:
        body.append(f'<text x="10" y="{y + 8}" font-size="11" fill="#555" {FONT}>{escape(footnote)}</text>')
        y += 16
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{y:.0f}" '
            f'viewBox="0 0 {WIDTH} {y:.0f}" role="img"><title>{escape(title)}</title>'
            f'<rect width="100%" height="100%" fill="white"/>' + "".join(body) + "</svg>\n")
