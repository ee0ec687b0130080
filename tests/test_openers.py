"""Section openers (``.. section-map::``, brownbag/deck/opener.py) say what their section shows.

Read from the built deck: every section's opening step maps its parts, in order,
with the speakers the part titles credit, and lists every live demo and every
published chart of the section, no more, no less. No browser: the HTML is enough.
"""

from __future__ import annotations

import pytest
from lxml import html

from brownbag.deck import build


@pytest.fixture(scope="module")
def regions(tmp_path_factory):
    """[(opener step, [the section's other steps])], in talk order."""
    report = build.build(target=tmp_path_factory.mktemp("deck"))
    tree = html.parse(str(report.index)).getroot()
    found = []
    for step in tree.find_class("step"):
        if step.get("data-overview"):
            continue
        if step.find("h2") is not None:
            found.append((step, []))
        elif found:
            found[-1][1].append(step)
    return found


def _text(element) -> str:
    return " ".join(element.text_content().split())


def test_every_section_opener_maps_its_parts_speakers_demos_and_charts(regions):
    assert len(regions) == 7, "the seed's seven sections"
    for opener, steps in regions:
        section = _text(opener.find("h2"))
        maps = opener.find_class("section-map")
        assert len(maps) == 1, f"{section}: no section map on its opener"
        names = [_text(n) for n in maps[0].find_class("map-name")]
        # Each part starts with a step whose kicker (h3) is the part's title and credits.
        parts = [step.find("h3") for step in steps if step.find("h3") is not None]
        titles = [_text(h3).removesuffix(" " + _text(s)) if (s := h3.find("span")) is not None else _text(h3)
                  for h3 in parts]
        assert names == titles, f"{section}: the map's parts {names} are not the section's {titles}"
        credited = sorted(_text(s) for h3 in parts for s in h3.find_class("speaker"))
        mapped = sorted(_text(s) for card in maps[0].find_class("map-head") for s in card.find_class("speaker"))
        assert mapped == credited, f"{section}: speakers {mapped} on the map, {credited} on the parts"
        demos = sum(len(step.find_class("demo-panel")) for step in steps)
        charts = sum(1 for step in steps for img in step.iter("img") if "bench" in (img.get("class") or ""))
        assert len(maps[0].find_class("map-item-demo")) == demos, f"{section}: live demos missing from its map"
        assert len(maps[0].find_class("map-item-bench")) == charts, f"{section}: charts missing from its map"


def test_a_map_outside_any_section_is_one_clear_line(tmp_path):
    source = tmp_path / "talk.rst"
    source.write_text(":title: t\n\n.. section-map::\n\nText.\n")
    with pytest.raises(build.DeckError) as raised:
        build.check(source)
    assert "section-map must be inside a section" in str(raised.value)
    assert "\n" not in str(raised.value)
