"""Where every step sits on the impress.js canvas, and which heading level it gets.

The talk's sections (depth-2 sections, under the talk's title) become
*regions*: a big section-title step on top, the section's slides in rows of
four beneath it. Regions fill a 4 x 2 grid in talk order, each row left to
right like a page, so the overview step, zoomed out over the whole canvas,
reads in the order the talk goes (a snake, second row right to left, made the
map read backwards).

Two fixes to what hovercraft 2.7 does on its own:

- positions: without explicit ``:data-x:`` fields it puts every step 1600 px to
  the right of the previous one (one long line). We compute positions from the
  section structure instead; a step with its own position fields keeps them.
- heading levels: hovercraft cuts docutils sections at each ``----`` transition,
  so a section continued on the next step loses its parents and every heading
  there renders as ``<h1>``. We give each section back its real depth.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from lxml import etree

# The canvas unit: one step fills a 1600 x 900 box (16:9) at scale 1.
STEP_W, STEP_H = 1600, 900
PITCH_X, PITCH_Y = 1800, 1100      # distance between neighbouring slides
COLUMNS = 4                        # slides per row inside a region
REGIONS_PER_ROW = 4
REGION_GAP_X, REGION_GAP_Y = 1400, 1400
OPENER_SCALE = 4                   # section-title steps: big enough to read in the overview
TITLE_SCALE = 5
# The deck mirrors the seed: the talk's title is the one depth-1 section, the
# talk's sections (regions) are depth 2, their subsections depth 3, slides depth 4.
REGION_DEPTH = 2
PART_DEPTH = 3
POSITION_FIELDS = ("data-x", "data-y", "data-z", "data-scale", "data-rotate",
                   "data-rotate-x", "data-rotate-y", "data-rotate-z", "hovercraft-path")


@dataclass
class Region:
    opener: etree._Element | None
    steps: list

    @property
    def rows(self) -> int:
        return max(1, -(-len(self.steps) // COLUMNS))

    @property
    def width(self) -> int:
        return COLUMNS * PITCH_X

    @property
    def height(self) -> int:
        return OPENER_SCALE * STEP_H + 300 + self.rows * PITCH_Y


def _first_id(element) -> str:
    return (element.get("ids") or "").split(" ")[0]


def restore_heading_levels(tree, depths: dict[str, int]) -> None:
    """Wrap each section that starts a step in as many empty sections as it had parents.

    hovercraft's XSL makes a heading ``h<number of ancestor sections>``; the
    wrappers carry no title, so they render nothing else.
    """
    for step in tree.iterfind("step"):
        for section in list(step.iterfind("section")):
            depth = depths.get(_first_id(section), 1)
            for _ in range(depth - 1):
                wrapper = etree.Element("section")
                section.addprevious(wrapper)
                wrapper.append(section)
                section = wrapper


def _opens_top_section(step, depths) -> bool:
    for child in step:
        if child.tag == "section":
            first = next(iter(child), None)
            return (depths.get(_first_id(child)) == REGION_DEPTH and first is not None
                    and first.tag == "title")
        return False
    return False


# What a text step is made of: headings, paragraphs, lists and the inline marks inside them.
# Anything else (code, an image, a table, a demo panel, a container such as a split) makes a
# step a picture-and-words step, laid out by its own rules.
TEXT_TAGS = {"section", "title", "paragraph", "bullet_list", "enumerated_list", "list_item",
             "inline", "literal", "strong", "emphasis", "reference", "target", "title_reference"}


def mark_text_steps(tree, depths: dict[str, int]) -> None:
    """Give each step of words only, under a slide title, the ``text`` layout.

    Without it such a step was centred in the room its title left: a band of nothing under
    the title and another at the bottom, unlike every other layout, which starts right under
    the title. ``data-layout="text"`` (slides/theme/deck.css) sets it top-aligned under the
    title at the lead size, like the others. A step whose author chose a layout keeps it.
    """
    for step in tree.iterfind("step"):
        if step.get("data-layout") is not None or _opens_top_section(step, depths):
            continue  # the author's choice; a section's opener has its own
        words = [el for el in step.iter() if el is not step and not _in_note(el)]
        titles = [el for el in words if el.tag == "title"]
        body = [el for el in words if el.tag in ("paragraph", "bullet_list", "enumerated_list")]
        if titles and body and all(el.tag in TEXT_TAGS for el in words):
            step.set("data-layout", "text")


def _in_note(element) -> bool:
    while element is not None:
        if element.tag == "note":
            return True
        element = element.getparent()
    return False


def regions(tree, depths: dict[str, int]) -> tuple[list, list[Region], list]:
    """(title steps, regions, overview steps), in talk order."""
    title, found, overviews = [], [], []
    for step in tree.iterfind("step"):
        if step.get("data-overview"):
            overviews.append(step)
        elif _opens_top_section(step, depths):
            found.append(Region(opener=step, steps=[]))
        elif found:
            found[-1].steps.append(step)
        else:
            title.append(step)
    return title, found, overviews


def _place(step, x, y, scale=1) -> None:
    if any(step.get(field) is not None for field in POSITION_FIELDS):
        return  # the author placed this one by hand
    step.set("data-x", str(int(x)))
    step.set("data-y", str(int(y)))
    step.set("data-scale", str(scale))


def assign_positions(tree, depths: dict[str, int]) -> None:
    title, found, overviews = regions(tree, depths)
    grid_rows = [found[i:i + REGIONS_PER_ROW] for i in range(0, len(found), REGIONS_PER_ROW)]
    region_w = COLUMNS * PITCH_X
    top = TITLE_SCALE * STEP_H + REGION_GAP_Y  # the title band sits above the grid
    for row in grid_rows:
        for slot, region in enumerate(row):  # every row left to right, the way the map is read
            left = slot * (region_w + REGION_GAP_X)
            _place(region.opener, left + region_w / 2, top + OPENER_SCALE * STEP_H / 2,
                   OPENER_SCALE)
            content_top = top + OPENER_SCALE * STEP_H + 300
            for index, step in enumerate(region.steps):
                row_, col = divmod(index, COLUMNS)
                _place(step, left + col * PITCH_X + PITCH_X / 2,
                       content_top + row_ * PITCH_Y + PITCH_Y / 2)
        top += max(region.height for region in row) + REGION_GAP_Y

    width = REGIONS_PER_ROW * region_w + (REGIONS_PER_ROW - 1) * REGION_GAP_X
    for index, step in enumerate(title):
        _place(step, width / 2 + index * TITLE_SCALE * PITCH_X,
               TITLE_SCALE * STEP_H / 2, TITLE_SCALE)
    # The overview camera: centred on everything, zoomed out until it all fits.
    scale = max(width / STEP_W, top / STEP_H) * 1.02
    for step in overviews:
        _place(step, width / 2, top / 2, round(scale, 2))
        step.append(_talk_map(tree, found, depths))


def _step_ids(tree) -> dict:
    """Each step's id as the page will have it: its own, or impress.js's ``step-N``."""
    return {step: step.get("id") or f"step-{number}"
            for number, step in enumerate(tree.iterfind("step"), start=1)}


def _title_text(title) -> str:
    words = "".join(
        [title.text or ""] + [("" if "speaker" in (child.get("classes") or "").split()
                               else child.xpath("string()")) + (child.tail or "") for child in title])
    return " ".join(words.split())


def parts(region: Region, depths: dict[str, int]) -> list[tuple[str, list]]:
    """The region's parts (its ``---`` subsections), in order: (title, the part's steps)."""
    found: list[tuple[str, list]] = []
    for step in region.steps:
        for section in step.iter("section"):
            if depths.get(_first_id(section)) == PART_DEPTH and section.find("title") is not None:
                found.append((_title_text(section.find("title")), []))
                break
        if found:
            found[-1][1].append(step)
    return found


def _talk_map(tree, found: list[Region], depths) -> etree._Element:
    """The overview's map: the talk's sections in order, each with its parts, each a link.

    Zoomed out over the whole canvas a slide is about 45 px wide at 1280x720: nothing on it
    can be read there, and the map was blank cards. So once the camera has zoomed out, the
    overview step (whose own box is then the screen) shows this contents map at a size the
    room reads, and deck.css hides the canvas under it: a card per section, in the canvas's
    order, its parts beneath its title with how many live demos each runs.
    """
    ids = _step_ids(tree)
    cards = []
    for region in found:
        head = region.opener.find("section/title") if region.opener is not None else None
        name = _title_text(head) if head is not None else ""
        items = []
        for title, steps in parts(region, depths):
            demos = sum('data-demo="' in (raw.text or "") for s in steps for raw in s.iter("raw"))
            chip = (f'<span class="talk-map-demos" title="live demos in this part">{demos}</span>'
                    if demos else "")
            items.append(f'<li><a href="#/{html.escape(ids[steps[0]])}">'
                         f'<span class="talk-map-part">{html.escape(title)}</span>{chip}</a></li>')
        cards.append(f'<section class="talk-map-section"><a class="talk-map-name" '
                     f'href="#/{html.escape(ids[region.opener])}">{html.escape(name)}</a>'
                     f'<ol>{"".join(items)}</ol></section>')
    talk = tree.find("step/section/title")
    name = html.escape(_title_text(talk)) if talk is not None else ""
    legend = (f'<p class="talk-map-legend"><strong>{name}</strong> every section, its parts: '
              'click one to go there · <span class="talk-map-demos">2</span> = live demos in that part</p>')
    raw = etree.Element("raw", format="html")
    raw.text = (f'<nav class="talk-map" aria-label="The talk, part by part">{legend}'
                f'<div class="talk-map-grid">{"".join(cards)}</div></nav>')
    return raw
