"""The handout: the deck as a PDF, one page per step, in vector type.

    $ invoke slides.handout
    handout: 91 pages (one per step), 2.1 MB, 25 s -> slides/_build/handout.pdf

Each page: the step as it looks on screen, its speaker notes beneath it, and on a demo
slide the recorded run it shows (when, which broker, how it ended) and the command that
runs it for real (``invoke demo <id>``). The slide is the deck's own HTML and CSS printed,
not a photograph: its titles, text and code can be searched and copied, and the PDF's
bookmarks follow the talk's headings (a section, its steps). A demo that asks the room a question
(``brownbag.questions``) prints it with the answer its recording gives, and its slide shows
the panel answered, as after the replay.

Headless Chromium does both halves. It opens the deck built into a temporary folder
as a file, so nothing is fetched and every demo panel draws the final state of its
recording (slides/recordings, what the offline deck replays); each step, drawn, is copied
out of impress.js's 3D canvas into a page of a small HTML document that links the deck's
stylesheets, and Chromium prints it with an outline. pypdf reads the PDF back: a page
count that is not the step count (notes too long for a page) is an error, not a surprise
for the reader.
"""

from __future__ import annotations

import base64
import html
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from brownbag import questions, recording
from brownbag.chromium import CHROMIUM, CHROMIUM_ARGS

from . import build

SCREEN = {"width": 1280, "height": 720}
PAPER = {"width": round((210 - 2 * 12) / 25.4 * 96), "height": round((297 - 2 * 12) / 25.4 * 96)}  # PAGE_CSS's
OUTPUT = build.TARGET / "handout.pdf"


class HandoutError(Exception):
    """The handout cannot be made; the message is one line, ready to print."""


@dataclass
class Handout:
    path: Path
    pages: int
    steps: int      # steps in the deck (pages == steps unless a subset was asked for)
    bytes: int
    seconds: float


def _chromium():
    """playwright's sync API and its error class, or HandoutError naming what to install."""
    if not Path(CHROMIUM).exists():
        raise HandoutError(f"no Chromium at {CHROMIUM}: install it (sudo apt install chromium) "
                           "or point BROWNBAG_CHROMIUM at one")
    try:  # the [handout] extra, imported where it is used: the deck builds without it
        import pypdf  # noqa: F401  (make() reads the PDF back with it)
        from playwright.sync_api import Error, sync_playwright
    except ImportError as error:
        raise HandoutError(f"{error.name or 'playwright'} is not installed: "
                           "pip install -e '.[handout]'") from None
    return sync_playwright, Error


# What the page knows about each step, read after impress.js has started.
STEPS = """() => [...document.querySelectorAll('#impress .step')].map((step, index) => {
    const notes = step.querySelector('.notes');
    const heading = step.querySelector('h1, h2, h3, h4');
    return {index, id: step.id, notes: notes ? notes.innerHTML : '',
            cuts: document.getElementById('impress').hasAttribute('data-cut') ? ''
                  : step.getAttribute('data-cuts-label') || '',
            title: heading ? heading.textContent.replace(/\\s+/g, ' ').trim() : '',
            demos: [...step.querySelectorAll('.demo-panel[data-demo]')].map((n) => n.dataset.demo)};
})"""

# Every panel with a recording in the build shows it (live.js loads them by script tag).
RECORDINGS_SHOWN = """(ids) => ids.every((id) =>
    document.querySelector(`.demo-panel[data-demo="${id}"][data-recording]`))"""

MISSING = """(ids) => ids.filter((id) =>
    !document.querySelector(`.demo-panel[data-demo="${id}"][data-recording]`))"""

SHOW = """(i) => new Promise((done) => {
    impress().goto(document.querySelectorAll('#impress .step')[i], 0);
    requestAnimationFrame(() => requestAnimationFrame(done));
})"""

# The active step as drawn, out of the 3D canvas: impress.js's inline transform gone, the
# notes printed beneath it instead, what only a screen can use (Run, parameters) left out.
COPY = """() => {
    const active = document.querySelector('#impress .step.active');
    if (active.hasAttribute('data-overview')) return null;  // the camera over every step: a picture
    const step = active.cloneNode(true);
    step.removeAttribute('style');
    step.querySelectorAll('.notes, .demo-run, .demo-params, .demo-status').forEach((n) => n.remove());
    return step.outerHTML;
}"""

# Each slide scaled to its frame's width (the deck's canvas is data-width px wide). By zoom,
# not a transform: a transformed 1600 px box still counts as wide when Chromium paginates,
# and it then shrinks every page of the document to fit.
SCALE = """(width) => document.querySelectorAll('.frame > .step').forEach((step) => {
    step.style.zoom = step.parentElement.clientWidth / width;
})"""

# Notes longer than the room under the picture get smaller type, down to 9 pt; the
# page count check in make() catches what still does not fit.
FIT = """() => document.querySelectorAll('.notes').forEach((notes) => {
    let size = 12;
    while (notes.scrollHeight > notes.clientHeight + 1 && size > 9) {
        size -= 0.5;
        notes.style.fontSize = size + 'pt';
    }
})"""

PAGE_CSS = """
@page { size: A4; margin: 12mm; }
* { box-sizing: border-box; }
body { margin: 0; font: 12pt/1.4 "DejaVu Sans", sans-serif; color: #14161b; }
.page { height: 272mm; display: flex; flex-direction: column; gap: 3mm; overflow: hidden;
        break-after: page; }
.page:last-child { break-after: auto; }
.head { display: flex; justify-content: space-between; font-size: 9pt; color: #4b5060; }
.frame { width: 100%; aspect-ratio: 16 / 9; position: relative; overflow: hidden; flex: none;
         border: 0.3mm solid #787878; }
.frame > .shot { width: 100%; }
.frame > .step { position: absolute; left: 0; top: 0; margin: 0;
                 opacity: 1 !important; visibility: visible !important; }
.demo { font-size: 10pt; border-left: 1.2mm solid #c2410c; padding: 1mm 3mm; background: #f6f4ee; }
.demo code { font: 700 10.5pt "DejaVu Sans Mono", monospace; }
.question { display: block; margin-top: 1mm; }
.notes { flex: 1 1 auto; min-height: 0; overflow: hidden; }
.notes p { margin: 0 0 2mm; }
.notes code, .notes tt, .notes .literal { font-family: "DejaVu Sans Mono", monospace; font-size: 0.92em; }
.none { color: #4b5060; font-style: italic; }
"""


def _recording(recordings: Path, demo: str) -> str:
    """One line on the recorded run a demo panel shows offline."""
    rec = recording.read(demo, recordings)  # a malformed one already failed the build
    if rec is None:
        return "no recording yet: the panel names the command below"
    summary = next((i for i in reversed(rec.get("items", [])) if i.get("kind") == "summary"), {})
    when = (rec.get("recorded") or "?")[:16].replace("T", " ")
    how = summary.get("status") or rec.get("status") or "?"
    took = summary.get("duration")
    pools = ", ".join(rec.get("pools") or [])
    return (f"recorded run {when} UTC, broker {rec.get('broker_name') or rec.get('broker')}"
            + (f", pools {pools}" if pools else "")
            + f": {how}" + (f" in {took:g} s" if isinstance(took, (int, float)) else ""))


def _question(question: questions.Question | None, recordings: Path) -> str:
    """The question a demo asks and what its recording answers (or that it has none yet)."""
    if question is None:
        return ""
    key = question.recorded_answer(recordings)
    answer = (f"the recorded run answers: <b>{html.escape(question.label(key))}</b>" if key
              else "no recorded run answers it yet")
    choices = " / ".join(html.escape(label) for _, label in question.choices)
    return (f'<span class="question">Predict: {html.escape(question.text)} ({choices}) — '
            f'{answer}.</span>')


def _page(step: dict, slide: str, total: int, recordings: Path,
          asked: dict[str, questions.Question] | None = None) -> str:
    asked = asked or {}
    demos = "".join(
        f'<div class="demo">Live demo <b>{html.escape(d)}</b> — {html.escape(_recording(recordings, d))}. '
        f'Run it for real: <code>invoke demo {html.escape(d)}</code>'
        f'{_question(asked.get(d), recordings)}</div>'
        for d in step["demos"])
    notes = step["notes"] or '<p class="none">No speaker notes for this step.</p>'
    # The whole talk's handout says which cuts show each step (brownbag/deck/cuts.py).
    cut = f' · cuts: {html.escape(step["cuts"])}' if step.get("cuts") else ""
    return (f'<section class="page"><div class="head"><span>{html.escape(step["title"])}</span>'
            f'<span>step {step["index"] + 1} / {total}{cut}</span></div>'
            f'<div class="frame">{slide}</div>{demos}<div class="notes">{notes}</div></section>')


def _print_pages(page, deck: build.Report, pages: list[str], output: Path) -> None:
    """Print ``pages`` (the slides copied out of the deck open in ``page``) to ``output``."""
    width = int(page.evaluate("document.getElementById('impress').dataset.width || 1600"))
    # The deck's own stylesheets, for print too (the deck links most for the screen only).
    sheets = "".join(f'<link rel="stylesheet" href="{href}" media="all">' for href in
                     page.evaluate("[...document.querySelectorAll('link[rel=stylesheet]')]"
                                   ".map((l) => l.getAttribute('href'))"))
    theme = page.evaluate("document.documentElement.dataset.theme || 'light'")
    document = deck.index.parent / "handout.html"  # beside the deck: its links resolve
    document.write_text(
        f'<!DOCTYPE html><html data-theme="{html.escape(theme)}"><head><meta charset="utf-8">'
        f'<title>Handout</title>{sheets}<style>{PAGE_CSS}</style></head>'
        f'<body class="impress-enabled handout">{"".join(pages)}</body></html>',
        encoding="utf-8")
    # Laid out as on paper (A4's width inside its margins) before each slide is scaled to it.
    page.set_viewport_size(PAPER)
    page.emulate_media(media="print")
    page.goto(document.as_uri(), wait_until="load")
    page.evaluate("document.fonts.ready")
    page.evaluate(SCALE, width)
    page.evaluate(FIT)
    output.parent.mkdir(parents=True, exist_ok=True)
    page.pdf(path=str(output), format="A4", print_background=True, prefer_css_page_size=True,
             outline=True, tagged=True)


def _print(browser, deck: build.Report, output: Path, recordings: Path,
           only: list[int] | None) -> tuple[int, int]:
    """Copy the chosen steps out of the built deck, print their pages to ``output``;
    (steps in the deck, steps printed)."""
    from playwright.sync_api import (
        TimeoutError as PlaywrightTimeout,  # the [handout] extra, checked by _chromium()
    )

    recorded = [d for d in deck.demos if (deck.index.parent / "recordings" / f"{d}.js").exists()]
    page = browser.new_page(viewport=SCREEN)
    try:
        page.goto(deck.index.as_uri(), wait_until="load")
        page.wait_for_function("document.body.classList.contains('impress-enabled')", timeout=15_000)
        try:
            page.wait_for_function(RECORDINGS_SHOWN, arg=recorded, timeout=30_000)
        except PlaywrightTimeout:
            missing = page.evaluate(MISSING, recorded)
            raise HandoutError(f"after 30 s these demo panels still show no recording (live.js marks "
                               f"one that does with data-recording): {', '.join(missing)}") from None
        # A photograph of each step as it rests, not halfway through the fade-in
        # (the theme fades steps in); the contents button is for the screen only.
        page.add_style_tag(content="* { transition: none !important; } "
                                   ".brownbag-toc-button { display: none !important; }")
        # On paper the recorded run is the result, not a dimmed stand-in waiting for Run.
        page.evaluate("() => document.querySelectorAll('.demo-panel[data-prerun]')"
                      ".forEach((n) => n.removeAttribute('data-prerun'))")
        # ...and a question on it is answered by that run, as after its replay (votes.js).
        page.evaluate("""() => Object.values((window.Brownbag.votes || {}).cards || {})
            .forEach((card) => card.reveal(card.node.dataset.recorded, 'the recording'))""")
        asked = questions.load(deck.index.parent)
        steps = page.evaluate(STEPS)
        chosen = [s for s in steps if only is None or s["index"] in only]
        if not chosen:
            raise HandoutError(f"no such step: the deck has steps 0-{len(steps) - 1}")
        pages = []
        for step in chosen:
            page.evaluate(SHOW, step["index"])
            slide = page.evaluate(COPY)
            if slide is None:  # the map of the whole talk is a view of the canvas, not a slide
                shot = base64.b64encode(page.screenshot(type="jpeg", quality=90)).decode()
                slide = f'<img class="shot" alt="The map of the talk" src="data:image/jpeg;base64,{shot}">'
            pages.append(_page(step, slide, len(steps), recordings, asked))
        _print_pages(page, deck, pages, output)
        return len(steps), len(chosen)
    finally:
        page.close()


def make(output: Path = OUTPUT, source: Path = build.SOURCE, only: list[int] | None = None,
         browser=None, cut=None) -> Handout:
    """Build the deck and print its handout to ``output``; ``only`` (step indexes, from 0)
    makes a partial one; ``browser``, a playwright Chromium already running (tests),
    else one is started; ``cut``: one cut of the talk (``build.build``), else the whole talk.
    HandoutError (one line) when it cannot."""
    sync_playwright, BrowserError = _chromium()
    from pypdf import PdfReader  # the [handout] extra, checked by _chromium() just above
    started = time.perf_counter()
    output = Path(output).resolve()
    work = Path(tempfile.mkdtemp(prefix="brownbag-handout-"))
    try:
        deck = build.build(source=source, target=work / "deck", cut=cut)
        recordings = Path(source).resolve().parent / "recordings"
        if browser is not None:
            total, printed = _print(browser, deck, output, recordings, only)
        else:
            with sync_playwright() as pw:
                own = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                try:
                    total, printed = _print(own, deck, output, recordings, only)
                finally:
                    own.close()
    except build.DeckError as error:
        raise HandoutError(str(error)) from None
    except BrowserError as error:  # Chromium would not start, a page timed out...
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise HandoutError(f"Chromium ({CHROMIUM}): {first}") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    count = len(PdfReader(str(output)).pages)
    if count != printed:
        raise HandoutError(f"{output}: {count} pages for {printed} steps "
                           "(speaker notes too long for one page?)")
    return Handout(path=output, pages=count, steps=total, bytes=output.stat().st_size,
                   seconds=time.perf_counter() - started)
