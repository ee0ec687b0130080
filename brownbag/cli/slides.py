"""The deck: ``invoke slides.build`` and ``invoke slides.watch``.

    $ invoke slides.build
    deck built: 67 steps, 22 live demos, 0.6 s, 601 kB -> slides/_build/index.html
    $ invoke slides.build --cut 30             # the intro cut: its steps only, its pacing plan
    $ invoke slides.watch --port 8001
    $ invoke slides.watch --cut 30             # rebuilds the intro cut on save
    serving slides/_build on http://127.0.0.1:8001/ (rebuilds on save, Ctrl-C to stop)
    $ invoke slides.check                      # every step at 1280x720: smallest text, lowest contrast, fill
    $ invoke slides.handout
    handout: 88 pages (one per step), 9.3 MB, 12 s -> slides/_build/handout.pdf
"""

from __future__ import annotations

import signal
from pathlib import Path

from invoke import task
from rich.markup import escape

from brownbag import settings
from brownbag.deck import build as deck
from brownbag.deck import cuts, legibility, pacing, serve
from brownbag.deck import handout as paper

from .output import console, errors, fail

DEFAULT_WATCH_PORT = 8001  # not the live server's port: both may run at once


def _where(path) -> str:
    try:
        return str(path.relative_to(deck.ROOT))
    except ValueError:
        return str(path)


def _summary(report: deck.Report) -> str:
    what = f"the {cuts.label(report.cut)} cut" if report.cut else "deck"
    return (f"{what} built: {report.steps} steps, {len(report.demos)} live demos, "
            f"{report.seconds:.1f} s, {report.bytes / 1000:.0f} kB -> {_where(report.index)}")


CUT_HELP = ("build one cut of the talk, by minutes or name: " + cuts.choices()
            + " (default: the whole talk, i.e. the workshop, each step showing its cuts)")


def cut_of(value) -> int | None:
    """``--cut``, checked before anything is built or started: one line listing the cuts."""
    if value is None:
        return None
    try:
        return cuts.parse(value)
    except cuts.CutError as error:
        fail(escape(f"--cut: {error}"))


def print_plan(report: deck.Report) -> None:
    if report.plan is not None:
        name = cuts.CUTS[report.cut] if report.cut else None
        for line in pacing.lines(report.plan, name):
            console.print(escape(line), highlight=False, soft_wrap=True)


@task(help={"target": "directory to build into (default: slides/_build, git-ignored)",
            "source": "the deck's master file (default: slides/talk.rst)",
            "theme": "the deck's default theme, light or dark (D toggles it while presenting)",
            "cut": CUT_HELP})
def build(c, target=None, source=None, theme="light", cut=None):
    """Build the deck (hovercraft) into slides/_build and say where it is."""
    cut = cut_of(cut)
    try:
        report = deck.build(source=Path(source) if source else deck.SOURCE,
                            target=Path(target) if target else deck.TARGET, theme=theme, cut=cut)
    except deck.DeckError as error:
        fail(escape(str(error)))  # an RST message may look like rich markup: [name]
    console.print(_summary(report), highlight=False, soft_wrap=True)
    for notice in report.notices:
        console.print(escape(f"note: {notice}"), highlight=False, soft_wrap=True)
    print_plan(report)
    console.print(f"open {report.index.as_uri()} — or `invoke up` and the live server's URL",
                  highlight=False, soft_wrap=True)


def _built(report: deck.Report) -> None:
    console.print(_summary(report), highlight=False, soft_wrap=True)


def _broken(error: deck.DeckError) -> None:
    # Not fail(): the watcher keeps serving the last good build and waits for a fix.
    errors.print(f"[bold red]error:[/] {escape(str(error))}", highlight=False, soft_wrap=True)


@task(help={"port": f"port on 127.0.0.1 (default {DEFAULT_WATCH_PORT}; 0 picks a free one)",
            "host": "address to bind (default: the stack's bind address, 127.0.0.1)",
            "target": "directory to build into (default: slides/_build, git-ignored)",
            "source": "the deck's master file (default: slides/talk.rst)",
            "cut": CUT_HELP})
def watch(c, port=DEFAULT_WATCH_PORT, host=None, target=None, source=None, cut=None):
    """Rebuild the deck (or one cut of it) when a slide, theme, diagram or included module
    changes; serve it."""
    cut = cut_of(cut)  # a bad cut: one line, before anything is served
    host = host or settings.load().get("bind", "127.0.0.1")
    source = Path(source).resolve() if source else deck.SOURCE
    target = Path(target).resolve() if target else deck.TARGET
    target.mkdir(parents=True, exist_ok=True)
    try:
        server = serve.serve(target, host, int(port))
    except OSError as error:
        fail(escape(f"cannot serve on {host}:{port}: {error.strerror} (try --port)"))
    console.print(f"serving {_where(target)} on http://{host}:{server.server_port}/ "
                  "(rebuilds on save, Ctrl-C to stop)", highlight=False, soft_wrap=True)
    # Ctrl-C, or a TERM/INT from whoever started us (a background job ignores
    # SIGINT unless we ask for it): finish the current build, then stop serving.
    # The handler only records the signal: it runs on the watching thread, between
    # any two bytecodes, so taking a lock there (Event.set) can deadlock.
    signals: list[int] = []
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda number, _frame: signals.append(number))
    try:
        serve.watch(on_build=_built, on_error=_broken, source=source, target=target,
                    stopped=lambda: bool(signals), cut=cut)
    finally:
        server.shutdown()
        server.server_close()
    console.print("stopped", highlight=False, soft_wrap=True)


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        fail(f"--size {text!r}: give WIDTHxHEIGHT, e.g. 1280x720")
    if width < 320 or height < 200:
        fail(f"--size {text!r}: too small to show a slide")
    return width, height


@task(help={"size": "the screen, WIDTHxHEIGHT (default 1280x720)",
            "shots": "a folder to save a screenshot of every step in",
            "theme": "the theme to check, light (default) or dark",
            "cut": CUT_HELP})
def check(c, size="1280x720", shots=None, theme="light", cut=None):
    """Is every step readable from the back of the room? Text >= 18 px, contrast >= 4.5:1, nothing cut,
    code at body size, no empty bottom third."""

    folder = Path(shots) if shots else None
    if folder:
        folder.mkdir(parents=True, exist_ok=True)
    try:
        steps = legibility.check_deck(_size(size), folder, theme=theme, cut=cut_of(cut))
    except (legibility.CheckError, deck.DeckError) as error:
        fail(escape(str(error)))
    for line in legibility.table(steps):
        console.print(escape(line), highlight=False, soft_wrap=True)
    failing = [s for s in steps if s.failures()]
    if failing:
        fail(f"{len(failing)} of {len(steps)} steps fail the 18 px / 4.5:1 / fit / balance check: see above")
    console.print(f"all {len(steps)} steps legible and balanced at {size} ({theme})", highlight=False)


@task(help={"output": "where to write the PDF (default: slides/_build/handout.pdf, git-ignored)",
            "source": "the deck's master file (default: slides/talk.rst)",
            "cut": CUT_HELP})
def handout(c, output=None, source=None, cut=None):
    """Print the deck as a PDF: every step at 1280x720, its notes, each demo's recorded run."""
    cut = cut_of(cut)
    try:
        made = paper.make(output=Path(output) if output else paper.OUTPUT,
                          source=Path(source) if source else deck.SOURCE, cut=cut)
    except paper.HandoutError as error:
        fail(escape(str(error)))
    console.print(f"handout: {made.pages} pages (one per step), {made.bytes / 1e6:.1f} MB, "
                  f"{made.seconds:.0f} s -> {_where(made.path)}", highlight=False, soft_wrap=True)
