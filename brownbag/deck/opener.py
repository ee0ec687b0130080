"""The ``section-map`` directive: a section's opener says what the section shows, and who presents it.

    ======
    Broker
    ======

    The queue of the system.

    .. section-map::

It draws one card per part of the section (its ``---`` subsections), in talk
order: the part's title and its speakers' credits (the ``:speaker:`` roles in
the part's title, from the seed outline), then the slides that run a live demo
(``.. demo::``) or show a published benchmark (``.. bench::``), each marked as
such. A part with neither lists its first slides' titles instead. The map is
read from the section itself when the deck is built, so a demo added to a part
shows on its opener with no second edit.
"""

from __future__ import annotations

import html
import re

from docutils import nodes
from docutils.parsers.rst import Directive, directives
from docutils.transforms import Transform

ALL_SLIDES_UP_TO = 14   # a section this small lists every slide; a bigger one only its demos and charts
PLAIN_SLIDES = 1        # a part with no demo in a big section: how many of its slide titles to list
_DEMO = re.compile(r'data-demo="[^"]+"')


def _title(section: nodes.section) -> tuple[str, list[str]]:
    """(the title's text without its credits, the credited speakers)."""
    title = section.next_node(nodes.title)
    if title is None:
        return "", []
    speakers = [node.astext() for node in title.findall(nodes.inline) if "speaker" in node["classes"]]
    text = "".join(node.astext() for node in title.children
                   if not (isinstance(node, nodes.inline) and "speaker" in node["classes"]))
    return " ".join(text.split()), speakers


def _kind(slide: nodes.section) -> str:
    """'demo', 'bench' or '' for one slide (a depth-4 section)."""
    for raw in slide.findall(nodes.raw):
        if _DEMO.search(raw.astext()):
            return "demo"
    for image in slide.findall(nodes.image):
        if "bench" in image.get("classes", []):
            return "bench"
    return ""


def _count(n: int, word: str) -> str:
    """'3 slides', '1 chart', '2 live'."""
    return f"{n} {word}" + ("s" if n != 1 and word != "live" else "")


def _children(section: nodes.section) -> list[nodes.section]:
    return [child for child in section.children if isinstance(child, nodes.section)]


def map_html(region: nodes.section) -> str:
    """The map of one section (the region), as HTML."""
    parts = _children(region) or [region]
    every = sum(len(_children(part)) for part in parts) <= ALL_SLIDES_UP_TO
    cards = []
    for part in parts:
        name, speakers = _title(part) if part is not region else ("", [])
        slides = _children(part)
        shown = [(s, _kind(s)) for s in slides]
        marked = [(s, kind) for s, kind in shown if kind]
        listed = shown if every else (marked or shown[:PLAIN_SLIDES])
        items = []
        for slide, kind in listed:
            badge = {"demo": '<span class="map-badge map-live">live</span>',
                     "bench": '<span class="map-badge map-bench">chart</span>'}.get(kind, "")
            items.append(f'<li class="map-item-{kind or "slide"}">{badge}'
                         f'<span class="map-title">{html.escape(_title(slide)[0])}</span></li>')
        credits = "".join(f' <span class="speaker">{html.escape(s)}</span>' for s in speakers)
        count = _count(len(slides), "slide") + "".join(
            f", {_count(n, word)}" for n, word in ((sum(k == "demo" for _, k in shown), "live"),
                                                   (sum(k == "bench" for _, k in shown), "chart")) if n)
        count = f'<span class="map-count">{count}</span>'
        cards.append(f'<div class="map-part"><div class="map-head"><span class="map-name">{html.escape(name)}'
                     f'</span>{credits}{count}</div><ul class="map-slides">{"".join(items)}</ul></div>'
                     if name else f'<ul class="map-slides">{"".join(items)}</ul>')
    # Small sections: one card per part, side by side; big ones: one row per part.
    style = f' style="grid-template-columns: repeat({min(len(parts), 4)}, 1fr)"' if every else ""
    return f'<div class="section-map map-{"every" if every else "demos"}"{style}>{"".join(cards)}</div>'


class SectionMap(Transform):
    """Replace the directive's placeholder with the map, once the whole section is parsed."""

    default_priority = 780

    def apply(self):
        pending = self.startnode
        region = pending.parent
        while region is not None and not isinstance(region, nodes.section):
            region = region.parent
        if region is None:
            raise ValueError("section-map must be inside a section: put it on the section's opener")
        pending.replace_self(nodes.raw("", map_html(region), format="html"))


class SectionMapDirective(Directive):
    """``.. section-map::`` — no argument, no content."""

    has_content = False

    def run(self):
        pending = nodes.pending(SectionMap)
        self.state.document.note_pending(pending)
        return [pending]


def register() -> None:
    directives.register_directive("section-map", SectionMapDirective)
