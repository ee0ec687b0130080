"""``invoke slides.handout``: a page per step, the step in vector type, its notes as text.

The whole deck takes 20-30 s here, so the PDF is made for a few steps (the title, a
step with notes, a demo slide, the last step) by the same code the command runs; the
command itself is run only for its no-Chromium error. pdftoppm (poppler-utils)
renders two of the pages: look at them in tests/_artifacts/handout/.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest
from lxml import html as lxml_html

from brownbag.deck import build, handout

from support.local_requests import outside_requests
from support.paths import ROOT
from support.skips import need
from support.stack import run_invoke

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "tests" / "_artifacts" / "handout"


def words(text: str) -> str:
    """Text to compare: one space between words, ligatures undone (the PDF's "ﬁ" is "fi")."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


@pytest.fixture(scope="module")
def steps(tmp_path_factory):
    """(index, notes text, demo ids, title, code) for each step of the deck, read from its HTML."""
    report = build.build(target=tmp_path_factory.mktemp("deck") / "_build")
    root = lxml_html.fromstring(report.index.read_text(encoding="utf-8"))
    found = []
    for index, step in enumerate(root.xpath('//div[@id="impress"]/div[contains(@class, "step")]')):
        notes = step.xpath('.//div[@class="notes"]')
        title = step.xpath('(.//h1 | .//h2 | .//h3 | .//h4)[1]')
        code = step.xpath('.//pre[not(ancestor::div[@class="notes"])]')
        found.append((index, words(notes[0].text_content()) if notes else "",
                      step.xpath('.//div[@class="demo-panel"]/@data-demo'),
                      words(title[0].text_content()) if title else "",
                      words(code[0].text_content()) if code else ""))
    return found


class Watched:
    """The tests' Chromium, handed to handout.make(): every page it opens (in a context of
    its own) has its requests to other machines written down."""

    def __init__(self, browser):
        self.browser, self.seen = browser, []

    def new_page(self, **options):
        page = self.browser.new_page(**options)
        self.seen.append(outside_requests(page.context))
        return page

    @property
    def pages(self) -> int:
        return len(self.seen)

    @property
    def outside(self) -> list[str]:
        return [url for urls in self.seen for url in urls]


def test_the_handout_has_a_page_per_step_with_its_text_code_notes_and_command(chromium, steps, tmp_path):
    from pypdf import PdfReader

    if not shutil.which("pdftoppm"):
        need("chromium", "pdftoppm is missing: apt install poppler-utils")
    demo = next(s for s in steps if "canvas.chain" in s[2])
    noted = next(s for s in steps[1:] if s[1] and not s[2])
    coded = next(s for s in steps[1:] if s[4] and len(s[4]) > 40)
    chosen = sorted({s[0]: s for s in [steps[0], noted, coded, demo, steps[-1]]}.values())
    watched = Watched(chromium)
    made = handout.make(output=tmp_path / "handout.pdf", only=[s[0] for s in chosen], browser=watched)
    assert made.pages == len(chosen) and made.steps == len(steps)
    assert watched.pages, "the handout opened no page through the browser it was given"
    assert not watched.outside, f"the handout build asked another machine: {watched.outside}"

    reader = PdfReader(str(made.path))
    assert len(reader.pages) == len(chosen)
    for page, (index, notes, demos, title, code) in zip(reader.pages, chosen, strict=True):
        text = words(page.extract_text())
        assert f"step {index + 1} / {len(steps)}" in text
        # The slide is text, not a picture: its title and its code can be found and copied.
        assert title.replace(" ", "")[:30] in text.replace(" ", ""), (index, title, text[:300])
        if code:
            assert code.replace(" ", "")[:40] in text.replace(" ", ""), (index, code[:60], text[:600])
        if notes:  # the notes are text in the PDF, not only pixels
            assert words(notes)[:60] in text, (index, notes[:60], text[:300])
        for demo_id in demos:
            assert f"invoke demo {demo_id}" in text
            assert "recorded run" in text
    # A bookmark per heading the chosen steps carry: the talk's title, each step's own.
    marks = []

    def walk(outline):
        for item in outline:
            walk(item) if isinstance(item, list) else marks.append(words(item.title))
    walk(reader.outline)
    for _index, _notes, _demos, title, _code in chosen:
        if title:
            assert any(title.replace(" ", "").lower() == m.replace(" ", "").lower() for m in marks), (title, marks)

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("page-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "2", "-l", "3", str(made.path),
                    str(ARTIFACTS / "page")], check=True, timeout=60)
    rendered = sorted(ARTIFACTS.glob("page-*.png"))
    assert len(rendered) == 2
    for png in rendered:
        width, height = int.from_bytes(png.read_bytes()[16:20], "big"), int.from_bytes(png.read_bytes()[20:24], "big")
        assert (width, height) == (496, 702), (png.name, width, height)  # A4 at 60 dpi
        assert png.stat().st_size > 10_000  # a slide and text, not a blank page (which is ~2 kB)


def test_without_chromium_the_handout_names_what_to_install():
    result = run_invoke("slides.handout", env={"BROWNBAG_CHROMIUM": "/nonexistent/chromium"}, timeout=120)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "apt install chromium" in lines[0], result.stderr


def test_without_the_handout_extra_the_handout_names_it(tmp_path):
    """pypdf missing (a present-only install, '.[peers,trace]'): one line naming the extra,
    not an ImportError's traceback (a new user met that)."""
    (tmp_path / "pypdf.py").write_text("raise ImportError('no pypdf here', name='pypdf')\n")
    result = run_invoke("slides.handout", env={"PYTHONPATH": str(tmp_path)}, timeout=120)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines == ["error: pypdf is not installed: pip install -e '.[handout]'"], result.stderr
