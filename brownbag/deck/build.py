"""Build the deck: reStructuredText in ``slides/`` -> impress.js HTML in ``slides/_build/``.

    >>> from brownbag.deck import build
    >>> report = build.build()
    >>> report.index
    PosixPath('.../slides/_build/index.html')

hovercraft does the work, in-process, with three additions:

- the ``demo``, ``code-of`` (demo code by dotted name), ``bench`` and ``section-map``
  directives are registered with docutils first;
- the RST is checked by docutils before hovercraft sees it, stopping at the first
  warning, so a broken slide is one line (``file:line: message``) instead of an
  XSLT traceback;
- steps are laid out by section (``brownbag.deck.layout``), and the impress.js canvas
  is set to 16:9 so the deck fills a projector at any resolution;
- ``cut`` (30, 60 or 90 minutes, ``brownbag.deck.cuts``) builds only that cut's steps,
  with its budgets; without one, the whole talk, each step telling a reader its cuts.

MathJax stays off: hovercraft only adds it for ``math`` nodes *and* a MathJax URL,
and we pass none, so the deck never loads anything from the internet.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import shutil
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from docutils import nodes
from docutils.core import publish_doctree
from docutils.utils import SystemMessage

from brownbag import questions, recording

from . import bench, claim, code_of, cuts, directive, layout, opener, pacing, qr

ROOT = Path(__file__).resolve().parents[2]
SLIDES = ROOT / "slides"
SOURCE = SLIDES / "talk.rst"
TARGET = SLIDES / "_build"

# impress.js scales its canvas so this box fills the window; 16:9 like projectors.
CANVAS = {"data-width": layout.STEP_W, "data-height": layout.STEP_H,
          "data-max-scale": 3, "data-min-scale": 0}


class DeckError(Exception):
    """The deck cannot be built; the message is one line, ready to print."""


@dataclass
class Report:
    index: Path
    steps: int
    demos: list[str]
    seconds: float
    bytes: int
    dependencies: set[Path] = field(default_factory=set)
    cut: int | None = None
    plan: pacing.Plan | None = None
    notices: list[str] = field(default_factory=list)   # one line each, for the presenter


def _relative(path) -> str:
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def _read(source: Path) -> str:
    try:
        return source.read_text(encoding="utf-8")
    except OSError as error:
        raise DeckError(f"{_relative(source)}: cannot read: {error.strerror}") from None


def select(source: Path, cut: int | None) -> tuple[str, list[cuts.Step]]:
    """The talk's text as ``cut`` shows it (line for line) and the steps it keeps;
    DeckError (one line) on a bad cut field or budgets that exceed a cut."""
    try:
        return cuts.select(cuts.read(_read(source), _relative(source)), cut)
    except cuts.CutError as error:
        raise DeckError(str(error)) from None


def check(source: Path = SOURCE, text: str | None = None):
    """Parse the deck the way hovercraft will; the doctree, or DeckError at the first problem.

    ``text``: the source's text as a cut shows it (``select``), else the file's."""
    # hovercraft imports pkg_resources (0.2 s): only a build pays for it, not every invoke command
    from hovercraft.parse import HovercraftReader

    directive.register()
    code_of.register()
    bench.register()
    opener.register()
    qr.register()
    claim.register()
    if text is None:
        text = _read(source)
    try:
        doctree = publish_doctree(
            text,
            source_path=str(source),
            reader=HovercraftReader(),
            settings_overrides={
                "syntax_highlight": "short",
                "halt_level": 2,        # a warning is a broken slide: stop there
                "report_level": 5,      # and say it once, our way
                "warning_stream": False,
                "input_encoding": "utf-8",
            },
        )
    except SystemMessage as error:
        raise DeckError(_one_line(error, source)) from None
    except Exception as error:  # a directive blew up outside docutils' reporter
        raise DeckError(f"{_relative(source)}: {type(error).__name__}: {error}") from None
    _check_images(doctree, source)
    return doctree


def _check_images(doctree, source: Path) -> None:
    """docutils doesn't look for image files; hovercraft would fail copying one, with a traceback."""
    for image in doctree.findall(nodes.image):
        uri = image["uri"]
        if uri.startswith("data:"):
            continue
        if "://" in uri:
            raise DeckError(f"{_relative(source)}:{_line(image)}: error: image {uri!r} is remote: "
                            "the deck must work offline, put the file under slides/")
        if not (source.parent / uri).is_file():
            raise DeckError(f"{_relative(source)}:{_line(image)}: error: image not found: {uri}")


def _line(node) -> str:
    while node is not None and node.line is None:
        node = node.parent
    return str(node.line) if node is not None else "?"


def _one_line(error: SystemMessage, source: Path) -> str:
    """docutils says ``/abs/talk.rst:12: (ERROR/3) Unknown directive type "x".``, sometimes
    over a few lines, then a blank line and the offending source: keep the message, one line."""
    text = str(error.args[0]) if error.args else str(error)
    first = " ".join(text.strip().split("\n\n")[0].split())
    match = re.match(r"^(?P<file>[^:]+):(?P<line>\d+): \((?P<level>\w+)/\d\) (?P<msg>.*)$", first)
    if match:
        return (f"{_relative(match['file'])}:{match['line']}: "
                f"{match['level'].lower()}: {match['msg']}")
    return f"{_relative(source)}: {first}"


def section_depths(doctree) -> dict[str, int]:
    depths = {}
    for section in doctree.findall(nodes.section):
        depth = sum(1 for parent in _ancestors(section) if isinstance(parent, nodes.section))
        for node_id in section["ids"][:1]:
            depths[node_id] = depth + 1
    return depths


def _ancestors(node):
    node = node.parent
    while node is not None:
        yield node
        node = node.parent


@contextmanager
def _our_text(text: str):
    """hovercraft reads the source file itself: give it the cut's text instead (same path,
    so images and the dependencies it records are still found next to the source)."""
    generate = importlib.import_module("hovercraft.generate")
    original = generate.rst2xml

    def rst2xml(_rststring, source_path=None):
        return original(text.encode("utf-8"), source_path)

    generate.rst2xml = rst2xml
    try:
        yield
    finally:
        generate.rst2xml = original


@contextmanager
def _our_layout(depths):
    """Run hovercraft's own positioning after ours (it resolves what we set)."""
    # hovercraft/__init__ rebinds the name ``hovercraft.generate`` to the function,
    # so fetch the module itself.
    generate = importlib.import_module("hovercraft.generate")
    original = generate.position_slides

    def position_slides(tree):
        layout.assign_positions(tree, depths)  # reads the sections as hovercraft left them
        layout.mark_text_steps(tree, depths)
        layout.restore_heading_levels(tree, depths)
        return original(tree)

    generate.position_slides = position_slides
    try:
        yield
    finally:
        generate.position_slides = original


THEMES = ("light", "dark")
FONTS = SLIDES / "theme" / "fonts"


_STEP_DIV = re.compile(r'<div class="step\b[^>]*>')
_TALK_MINUTES = re.compile(r'\sdata-talk-minutes="[^"]*"')


def _mark_cuts(html: str, kept: list[cuts.Step], cut: int | None) -> str:
    """Each step says its cuts (the overview and the handout show them for the whole talk);
    a cut's deck says which cut it is, and its length is the cut's."""
    divs = list(_STEP_DIV.finditer(html))
    if len(divs) != len(kept):
        raise DeckError(f"hovercraft made {len(divs)} steps of the {len(kept)} ``----`` steps in "
                        "the source: is there content before the first ``----``?")
    talk = re.search(r'data-talk-minutes="([^"]*)"', html)
    length = cut if cut is not None else (talk[1] if talk else cuts.FULL)
    parts, at = [], 0
    for number, (div, step) in enumerate(zip(divs, kept, strict=True)):
        tag = re.sub(r'\sdata-cuts(?:-label)?="[^"]*"', "", _TALK_MINUTES.sub("", div[0]))
        every = " ".join(str(c) for c in sorted(step.cuts))
        extra = f' data-cuts="{every}" data-cuts-label="{" · ".join(f"{cuts.CUTS[c]} {c}" for c in sorted(step.cuts))}"'
        if number == 0:
            extra += f' data-talk-minutes="{length}"'
        parts += [html[at:div.start()], tag[:-1] + extra + ">"]
        at = div.end()
    html = "".join(parts) + html[at:]
    if cut is not None:
        html = html.replace('<div id="impress"',
                            f'<div id="impress" data-cut="{cut}" data-cut-name="{cuts.CUTS[cut]}"', 1)
    return html


def _finish(index: Path, theme: str = "light", kept: list[cuts.Step] = (), cut: int | None = None) -> None:
    """Touches hovercraft's template has no field for."""
    html = _mark_cuts(index.read_text(encoding="utf-8"), list(kept), cut)
    # The default theme (slides/theme/theme.js: D toggles it).
    html = re.sub(r"<html\b", f'<html data-theme="{theme}"', html, count=1)
    attrs = " ".join(f'{name}="{value}"' for name, value in CANVAS.items())
    html, count = re.subn(r'<div id="impress"', f'<div id="impress" {attrs}', html, count=1)
    # An empty icon: otherwise the browser asks the server for /favicon.ico (a 404).
    html, heads = re.subn(r"<head>", '<head><link rel="icon" href="data:,">', html, count=1)
    # MathJax is off: drop the template's inert MathJax config script too.
    html = re.sub(r'<script type="text/x-mathjax-config">.*?</script>', "", html, flags=re.S)
    if count != 1 or heads != 1:
        raise DeckError(f"{_relative(index)}: unexpected hovercraft output (no <head> or impress root)")
    index.write_text(html, encoding="utf-8")


def _write_recordings(recordings: Path, into: Path) -> None:
    """The recorded runs (``invoke slides.record``) travel with the deck, for offline replay.

    Nothing references them in the HTML (live.js loads them by demo id), so
    hovercraft would not copy them. Each is written in the form live.js loads,
    ``<id>.js`` (a script tag works from file://, fetching JSON does not), made
    from the committed ``<id>.json`` (``brownbag.recording``).
    """
    try:
        recording.write_scripts(recordings, into)
    except recording.RecordingError as error:
        raise DeckError(f"{_relative(error.source)}: {error.problem}") from None
    for picture in sorted(recordings.glob("*.png")):  # Flower and the admin as the run left them (pictures.py)
        into.mkdir(parents=True, exist_ok=True)
        shutil.copy2(picture, into / picture.name)


def _copy_font_licences(source: Path, target: Path) -> None:
    """hovercraft copies the fonts the theme's CSS names; their licences travel with them."""
    fonts = source.parent / FONTS.relative_to(SLIDES)
    if (target / "theme" / "fonts").is_dir():
        for licence in fonts.glob("OFL-*.txt"):
            shutil.copy2(licence, target / "theme" / "fonts" / licence.name)


def build(source: Path = SOURCE, target: Path = TARGET, theme: str = "light", cut=None) -> Report:
    """Build the deck into ``target``; DeckError (one line) when it cannot.

    ``theme``: ``light`` or ``dark``, the deck's default (D toggles it).
    ``cut``: 30, 60 or 90 (minutes, or the cut's name): only that cut's steps and budgets;
    None, the whole talk.

    Built beside ``target`` and then published into it file by file (``publish``): the live
    server serves ``target`` while ``invoke present``, ``slides.watch`` or another build
    writes it, and a page asked for meanwhile is a whole one, never hovercraft's half."""
    if theme not in THEMES:
        raise DeckError(f"unknown theme {theme!r}: choose {' or '.join(THEMES)}")
    try:
        cut = None if cut is None else cuts.parse(cut)
    except cuts.CutError as error:
        raise DeckError(str(error)) from None
    started = time.perf_counter()
    source, target = Path(source).resolve(), Path(target).resolve()
    text, kept = select(source, cut)
    try:
        doctree = check(source, text)
    except DeckError as error:
        if cut is None:
            raise
        # Only in this cut: a kept step whose part heading is in a step left out, most likely.
        raise DeckError(f"{error} (building the {cuts.label(cut)} cut, which leaves out the steps "
                        "not in it: keep a part's heading step wherever its slides are kept)") from None
    target.mkdir(parents=True, exist_ok=True)
    # inside the target: on its file system (a rename cannot cross one), and out of sight of
    # `slides.watch`, which watches the sources around it, and of git (slides/_build is ignored)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=target))
    try:
        report = _generate(source, staging, text, doctree, theme, kept, cut)
        publish(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    report.index, report.seconds = target / "index.html", time.perf_counter() - started
    return report


def _generate(source: Path, target: Path, text: str, doctree, theme: str, kept, cut) -> Report:
    """hovercraft's HTML and resources in ``target``, finished; the report of what it holds."""
    from hovercraft.generate import generate  # see check(): kept out of every invoke command's start-up

    args = argparse.Namespace(
        presentation=str(source), targetdir=str(target), template=None, css=None, js=None,
        auto_console=False, skip_help=True, skip_notes=False, mathjax="",
        slide_numbers=True,
    )
    try:
        with _our_text(text), _our_layout(section_depths(doctree)):
            dependencies = generate(args)
    except DeckError:
        raise
    except Exception as error:  # lxml/XSLT or a missing resource: still one line
        detail = str(error).strip().splitlines()[0] if str(error).strip() else ""
        raise DeckError(f"{_relative(source)}: hovercraft failed: "
                        f"{type(error).__name__}: {detail}") from None
    index = target / "index.html"
    _finish(index, theme, kept, cut)
    # the questions on demo slides, for the live server's votes (brownbag/live/votes.py)
    questions.write(doctree.__dict__.get("_brownbag_questions", []), target)
    _copy_font_licences(source, target)
    _write_recordings(source.parent / "recordings", target / "recordings")
    html = index.read_text(encoding="utf-8")
    try:
        plan = pacing.read(html)  # the presenter console's clocks: a typo is a build error
    except pacing.PacingError as error:
        raise DeckError(f"{_relative(source)}: {error}") from None
    steps = len(re.findall(r'<div class="step\b', html))
    demo_ids = re.findall(r'<div class="demo-panel" data-demo="([^"]+)"', html)
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    return Report(index=index, steps=steps, demos=demo_ids, seconds=0.0, bytes=size,
                  dependencies={Path(p) for p in dependencies} | {source}, cut=cut, plan=plan,
                  notices=[n for n in [qr.unset_links_notice(doctree.__dict__.get("_brownbag_unset_links", []))] if n])


def publish(staging: Path, target: Path) -> None:
    """Each file of ``staging`` moved into ``target`` by a rename, which a reader sees whole
    or not at all; the page (index.html) last, once everything it loads is in place; then
    what an earlier build left and this one has not (a recording whose source is gone must
    not replay), but another build's staging."""
    files = sorted((p.relative_to(staging) for p in staging.rglob("*") if p.is_file()),
                   key=lambda p: p.name == "index.html")
    for path in files:
        (target / path).parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / path, target / path)
    kept = set(files)
    for path in target.rglob("*"):
        inside = path.relative_to(target)
        if path.is_file() and inside not in kept and not inside.parts[0].startswith(".staging-"):
            path.unlink(missing_ok=True)
