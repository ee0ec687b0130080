"""Cuts: one talk, three lengths (brownbag/deck/cuts.py).

The build of each cut holds exactly that cut's steps (read from slides/talk.rst's
``:data-cuts:`` by the rules of the cuts module, checked here on a small talk made to
exercise them) and that cut's pacing plan; a cut whose budgets exceed its length is
refused in one line; each cut, walked in Chromium at 1280x720, passes the deck's
legibility measure (brownbag.deck.legibility) and every demo panel on it fits with its
payoff (tests/support/panel_fit.py); ``invoke present --cut 60`` serves the 60 cut.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from contextlib import ExitStack
from pathlib import Path

import pytest
from lxml import html as lxml_html

from brownbag.deck import build, cuts, legibility, pacing, serve
from brownbag.deck.panel_fit import CHECK
from brownbag.scenarios.payoff import KINDS

from support.deck_page import goto_demo
from support.faults import wait_for
from support.live_server import answers
from support.paths import ROOT

SLIDES = ROOT / "slides"
ARTIFACTS = ROOT / "tests" / "_artifacts" / "cuts"


def steps_of(index: Path) -> list:
    root = lxml_html.fromstring(index.read_text(encoding="utf-8"))
    return root.xpath('//div[@id="impress"]//div[contains(concat(" ", @class, " "), " step ")]')


def impress_of(index: Path):
    return lxml_html.fromstring(index.read_text(encoding="utf-8")).xpath('//div[@id="impress"]')[0]


# --- the rules, on a small talk -----------------------------------------------------------

SMALL = """\
:title: Cuts
:css: theme/deck.css assets/live.css assets/toc.css assets/overview.css
:js-body: assets/core.js assets/payoff.js assets/panel.js assets/timeline.js assets/replay.js assets/live.js assets/console.js assets/toc.js assets/overview.js

----

:id: title
:data-budget: 30=1 60=2 90=2

####
Cuts
####

----

:id: a
:data-budget: 5

=
A
=

Section A, in every cut.

----

:id: a-workshop
:data-cuts: 90

A only in the workshop
~~~~~~~~~~~~~~~~~~~~~~

Beyond the hour.

----

:id: a-inherits

A inherits
~~~~~~~~~~

Like its section: every cut.

----

:id: b
:data-cuts: 60 90
:data-budget: 60=10 90=12

=
B
=

Section B, not in the intro.

----

:id: b-inherits

B inherits
~~~~~~~~~~

Like its section: 60 and 90.

----

:id: closing
:data-cuts: 30 60 90

Closing
~~~~~~~

Every cut.
"""

EXPECTED = {30: ["title", "a", "a-inherits", "closing"],
            60: ["title", "a", "a-inherits", "b", "b-inherits", "closing"],
            90: ["title", "a", "a-workshop", "a-inherits", "b", "b-inherits", "closing"]}


def small_deck(folder: Path, talk: str = SMALL, cut=None) -> build.Report:
    """``talk`` built with the real theme and assets into ``folder``/_build."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("assets", "theme", "recordings"):
        if not (folder / name).exists():
            (folder / name).symlink_to(SLIDES / name, target_is_directory=True)
    (folder / "talk.rst").write_text(talk, encoding="utf-8")
    return build.build(source=folder / "talk.rst", target=folder / "_build", cut=cut)


@pytest.mark.parametrize("cut", [30, 60, 90, None])
def test_a_cut_keeps_its_steps_and_inherits_a_sections_cuts(tmp_path, cut):
    report = small_deck(tmp_path, cut=cut)
    steps = steps_of(report.index)
    assert [s.get("id") for s in steps] == EXPECTED[cut or 90]
    assert report.steps == len(steps)
    plan = report.plan
    assert plan.talk_minutes == (cut or 90)
    budgets = {30: [1, 5], 60: [2, 5, 10], 90: [2, 5, 12]}[cut or 90]
    assert [s.minutes for s in plan.sections] == budgets
    assert [s.title for s in plan.sections][1:] == ["A", "B"][:len(budgets) - 1]
    root = impress_of(report.index)
    assert root.get("data-cut") == (str(cut) if cut else None)
    assert steps[-1].get("data-cuts") == "30 60 90" and steps[-1].get("data-cuts-label") == "intro 30 · brown bag 60 · workshop 90"


def test_a_cut_whose_budgets_exceed_its_length_is_refused_in_one_line(tmp_path):
    over = SMALL.replace(":data-budget: 30=1 60=2 90=2", ":data-budget: 30=26 60=2 90=2")
    for cut in (30, 60, None):  # every build checks every cut: a typo shows at once
        with pytest.raises(build.DeckError) as refused:
            small_deck(tmp_path / str(cut), over, cut=cut)
        where, message = str(refused.value).split(": ", 1)
        assert where.endswith("talk.rst"), where
        assert message == ("the intro (30 min) cut's section budgets add up to 31 min "
                           "(26 + 5), more than its 30 min"), message
    over_60 = SMALL.replace(":data-budget: 60=10 90=12", ":data-budget: 60=54 90=12")
    with pytest.raises(build.DeckError, match=r"the brown bag \(60 min\) cut's section budgets add up "
                                              r"to 61 min \(2 \+ 5 \+ 54\), more than its 60 min"):
        small_deck(tmp_path / "60", over_60, cut=60)


@pytest.mark.parametrize(("change", "message"), [
    ((":data-cuts: 60 90\n:data-budget", ":data-cuts: 45 90\n:data-budget"),
     r"talk\.rst:\d+: step 5: :data-cuts: '45' is not a cut: choose 30 \(intro\), 60 \(brown bag\), 90 \(workshop\)"),
    ((":data-budget: 60=10 90=12", ":data-budget: 90=12"),
     r"step 5: :data-budget: '90=12' has no budget for brown bag \(60 min\), which shows this section"),
    ((":data-budget: 60=10 90=12", ":data-budget: 30=3 60=10 90=12"),
     r"step 5: :data-budget: gives intro \(30 min\) a budget, but the step is not in that cut"),
    ((":id: a-workshop\n:data-cuts: 90", ":id: a-workshop\n:data-cuts: 30 60"),
     r"talk\.rst:\d+: step 3: not in the workshop \(90 min\) cut, which is the whole talk"),
    ((":data-budget: 5", ":data-budget: soon"),
     r"step 2: :data-budget: 'soon' is not a number of minutes above 0"),
])
def test_a_bad_cut_field_is_one_line_naming_its_line(tmp_path, change, message):
    with pytest.raises(build.DeckError, match=message) as refused:
        small_deck(tmp_path, SMALL.replace(*change))
    assert "\n" not in str(refused.value)


def test_a_bad_cut_value_lists_the_cuts(tmp_path):
    with pytest.raises(build.DeckError, match=r"^unknown cut '45': choose 30 \(intro\), 60 \(brown bag\), "
                                              r"90 \(workshop\)$"):
        small_deck(tmp_path, cut="45")
    assert small_deck(tmp_path, cut="brown bag").cut == 60
    done = subprocess.run([sys.executable, "-m", "invoke", "slides.build", "--cut", "45"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert done.stderr.strip().splitlines() == [
        "error: --cut: unknown cut '45': choose 30 (intro), 60 (brown bag), 90 (workshop)"], done.stderr



# --- invoke slides.watch --cut 30 ---------------------------------------------------------

def test_watch_cut_30_serves_and_rebuilds_the_30_cut_only(tmp_path):
    """``slides.watch --cut 30`` builds the intro cut, serves it, and rebuilds that cut (not the
    whole talk) on save; a bad cut is refused in one line before anything is served."""
    import queue
    import signal
    import threading
    import urllib.request

    small_deck(tmp_path / "talk")
    source = tmp_path / "talk" / "talk.rst"
    process = subprocess.Popen([sys.executable, "-m", "invoke", "slides.watch", "--port", "0", "--cut", "30",
                                "--source", str(source), "--target", str(tmp_path / "out")],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()
    seen: list[str] = []

    def said(pattern):
        wait_for(lambda: (not lines.empty() and (seen.append(lines.get()) or True)
                          and re.search(pattern, seen[-1]) is not None), 60, 0.05,
                 what=f"{pattern!r} from slides.watch")
        return re.search(pattern, seen[-1])

    def served_ids(url):
        with urllib.request.urlopen(url + "index.html", timeout=5) as response:
            root = lxml_html.fromstring(response.read())
        return [s.get("id") for s in root.xpath('//div[@id="impress"]//div[contains(concat(" ", @class, " "), " step ")]')]

    try:
        url = said(r"serving \S+ on (http://127\.0\.0\.1:\d+/)")[1]
        said(r"the intro \(30 min\) cut built: 4 steps")
        assert served_ids(url) == EXPECTED[30]
        # A step added to the intro and one only in the workshop: the rebuild keeps the first alone.
        source.write_text(SMALL + "\n----\n\n:id: late-intro\n:data-cuts: 30 60 90\n\nLate\n~~~~\n\nIn.\n"
                          "\n----\n\n:id: late-workshop\n:data-cuts: 90\n\nLater\n~~~~~\n\nOut.\n")
        said(r"the intro \(30 min\) cut built: 5 steps")
        assert served_ids(url) == [*EXPECTED[30], "late-intro"]
        process.send_signal(signal.SIGINT)
        said(r"^stopped")
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:  # only if the clean stop failed: ours, by pid
            process.kill()
            process.wait(timeout=10)
    refused = subprocess.run([sys.executable, "-m", "invoke", "slides.watch", "--port", "0", "--cut", "45",
                              "--source", str(source), "--target", str(tmp_path / "out")],
                             cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert refused.returncode != 0
    assert refused.stderr.strip().splitlines() == [
        "error: --cut: unknown cut '45': choose 30 (intro), 60 (brown bag), 90 (workshop)"], refused.stderr

# --- the talk itself --------------------------------------------------------------------

@pytest.fixture(scope="module")
def talk():
    return cuts.read(build.SOURCE.read_text(encoding="utf-8"), "slides/talk.rst")


@pytest.fixture(scope="module")
def decks(tmp_path_factory):
    """The talk built whole and in each cut, from the working tree."""
    folder = tmp_path_factory.mktemp("cuts")
    return {cut: build.build(target=folder / str(cut), cut=cut) for cut in (None, 30, 60, 90)}


def headings(step) -> str:
    for heading in step.iter("h1", "h2", "h3", "h4"):
        return re.sub(r"\s+", " ", heading.text_content()).strip()
    return step.get("id") or ""


@pytest.mark.parametrize("cut", [30, 60, 90])
def test_each_cut_of_the_talk_has_its_steps_and_its_pacing_plan(talk, decks, cut):
    report, whole = decks[cut], decks[None]
    kept = [s for s in talk.steps if cut in s.cuts]
    steps = steps_of(report.index)
    assert len(steps) == len(kept) == report.steps
    assert all(str(cut) in s.get("data-cuts").split() for s in steps)
    # The cut's steps are the whole talk's, in its order, less the others.
    every = steps_of(whole.index)
    assert [headings(s) for s in steps] == [headings(every[s.index]) for s in kept]
    # Its plan: its length, and each of its sections' budget for this cut.
    plan = pacing.read(report.index.read_text(encoding="utf-8"))
    assert plan.talk_minutes == cut
    assert [s.minutes for s in plan.sections] == [s.budget[cut] for s in kept if s.budget]
    assert plan.budgeted <= cut
    assert impress_of(report.index).get("data-cut-name") == cuts.CUTS[cut]


def test_the_cuts_of_the_talk_are_what_they_are_for(talk, decks):
    """The workshop is the whole talk; the brown bag today's hour; the intro its core."""
    whole = [headings(s) for s in steps_of(decks[None].index)]
    assert whole == [headings(s) for s in steps_of(decks[90].index)]
    assert len(talk.steps) == len(whole)
    assert impress_of(decks[None].index).get("data-cut") is None
    intro, hour = set(decks[30].demos), set(decks[60].demos)
    assert intro < hour <= set(decks[None].demos)
    assert {"overview.async", "overview.distributed", "broker.queue", "worker.inspect",
            "canvas.group", "canvas.chord", "practices.acks_late"} <= intro
    # A section the intro leaves out, and its map: only the cut's slides are listed.
    assert "Celerybeat" not in " ".join(headings(s) for s in steps_of(decks[30].index))
    broker_map = lambda report: " ".join(  # noqa: E731
        lxml_html.fromstring(report.index.read_text()).xpath(
            '//div[contains(@class, "section-map")]')[1].itertext())
    assert "Queue manager or database?" in broker_map(decks[60])
    assert "Queue manager or database?" not in broker_map(decks[30])
    assert "closing" in [s.get("id") for s in steps_of(decks[30].index)]


# --- each cut walked in Chromium at 1280x720 ----------------------------------------------

@pytest.mark.browser
@pytest.mark.parametrize("cut", [30, 60, 90])
def test_each_cut_walked_at_1280x720_is_legible_and_shows_its_payoffs(decks, chromium, cut):
    report = decks[cut]
    shots = ARTIFACTS / str(cut)
    shots.mkdir(parents=True, exist_ok=True)
    server = serve.serve(report.index.parent, "127.0.0.1", 0)
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"http://127.0.0.1:{server.server_port}/index.html", wait_until="load")
        # Legibility: every step of the cut, as the deck's own measure walks it.
        steps = legibility.measure_page(page, shots)
        assert len(steps) == report.steps
        failures = [f"step {s.index} ({s.id}): {f}" for s in steps for f in s.failures()]
        assert not failures, "\n".join(failures)
        # Navigation and progress count the cut's steps only.
        assert page.evaluate("document.querySelectorAll('#impress .step').length") == report.steps
        assert page.evaluate("document.getElementById('brownbag-progress').getAttribute('aria-valuemax')") \
            == str(report.steps)
        assert page.evaluate("Brownbag.pace.status().cut") == {"minutes": cut, "name": cuts.CUTS[cut]}
        assert page.evaluate("Brownbag.pace.plan().talk") == cut * 60
        # Payoffs: every demo of the cut shows its recorded run, whole, with its payoff.
        problems = {}
        for demo in report.demos:
            goto_demo(page, demo)
            page.wait_for_function("""id => document.querySelector(
                `.demo-panel[data-demo="${id}"]`).hasAttribute('data-prerun')""", arg=demo, timeout=10_000)
            seen = page.evaluate(CHECK, demo)
            assert seen["payoff"] in KINDS, (demo, seen)
            if seen["problems"]:
                problems[demo] = seen["problems"]
        assert not problems, problems
        # The presenter console (P) names the cut and paces its length.
        with context.expect_page(timeout=10_000) as opened:
            page.keyboard.press("p")
        console = opened.value
        console.wait_for_selector("#pace-talk .pace-label", timeout=10_000)
        console.wait_for_function("document.querySelector('#pace-talk .pace-label').textContent !== ''")
        label = console.locator("#pace-talk .pace-label").inner_text()
        assert label.startswith(f"{cuts.CUTS[cut]} cut \u00b7 {cut} min"), label
        # The stage stays clean: no chip in a cut's overview either.
        page.bring_to_front()
        page.keyboard.press("o")
        assert page.locator(".brownbag-overview .overview-tile").count() == report.steps
        assert page.locator(".overview-cuts").count() == 0
        assert errors == []
    finally:
        context.close()
        server.shutdown()
        server.server_close()


@pytest.mark.browser
def test_the_whole_talk_shows_each_steps_cuts_in_the_overview_not_on_the_stage(decks, talk, chromium):
    report = decks[None]
    server = serve.serve(report.index.parent, "127.0.0.1", 0)
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    try:
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{server.server_port}/index.html", wait_until="load")
        page.wait_for_function("document.body.classList.contains('impress-enabled')")
        visible = page.evaluate("""() => [...document.querySelectorAll('#impress .step.active *')]
            .some((n) => /\\b30\\u00b760\\u00b790\\b/.test(n.textContent))""")
        assert not visible
        page.keyboard.press("o")
        chips = page.locator(".overview-cuts")
        assert chips.count() == len(talk.steps)
        expected = ["\u00b7".join(str(c) for c in sorted(s.cuts)) for s in talk.steps]
        assert chips.all_inner_texts() == expected
        size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.overview-cuts')).fontSize)")
        assert size >= 18
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "overview-whole.png"))
    finally:
        context.close()
        server.shutdown()
        server.server_close()


@pytest.mark.browser
def test_the_handout_of_a_cut_has_its_steps_and_the_whole_talks_says_each_steps_cuts(
        decks, chromium, tmp_path):
    from pypdf import PdfReader

    from brownbag.deck import handout

    intro = handout.make(output=tmp_path / "intro.pdf", only=[0], browser=chromium, cut=30)
    assert intro.steps == decks[30].steps and intro.pages == 1
    assert "cuts:" not in PdfReader(str(intro.path)).pages[0].extract_text()
    whole = handout.make(output=tmp_path / "whole.pdf", only=[0], browser=chromium)
    assert whole.steps == decks[None].steps
    text = " ".join(PdfReader(str(whole.path)).pages[0].extract_text().split())
    assert "cuts: intro 30 · brown bag 60 · workshop 90" in text, text


# --- invoke present --cut 60 --------------------------------------------------------------

@pytest.mark.timeout(600)
def test_present_cut_60_serves_the_60_cut(scratch, tmp_path, talk):
    url = f"http://127.0.0.1:{scratch['INVOKE_BROWNBAG_PORTS_LIVE']}/"
    log = tmp_path / "present.log"
    with log.open("w") as out:
        command = subprocess.Popen([sys.executable, "-m", "invoke", "present", "--no-browser",
                                    "--cut", "60", "--brokers", "redis"],
                                   cwd=ROOT, env={**os.environ, **scratch, "COLUMNS": "200"},
                                   stdout=out, stderr=subprocess.STDOUT, text=True)
        try:
            wait_for(lambda: (r := answers(url)) is not None and r.status_code == 200
                     and 'data-cut="60"' in r.text, 120, 0.1, what=f"the 60 cut on {url}")
            code = command.wait(timeout=400)
        finally:
            if command.poll() is None:
                command.kill()
    said = log.read_text()
    assert code == 0, said
    deck = answers(url).text
    root = lxml_html.fromstring(deck)
    served = root.xpath('//div[@id="impress"]//div[contains(concat(" ", @class, " "), " step ")]')
    assert len(served) == len([s for s in talk.steps if 60 in s.cuts])
    plan = pacing.read(deck)
    assert plan.talk_minutes == 60
    assert [s.minutes for s in plan.sections] == [s.budget[60] for s in talk.steps if s.budget and 60 in s.cuts]
    assert "pacing plan, brown bag cut, 60 min" in said, said
    # A bad cut is refused before anything starts.
    refused = subprocess.run([sys.executable, "-m", "invoke", "present", "--no-browser", "--cut", "45"],
                             cwd=ROOT, env={**os.environ, **scratch}, capture_output=True, text=True,
                             timeout=120)
    assert refused.returncode != 0
    assert refused.stderr.strip().splitlines() == [
        "error: --cut: unknown cut '45': choose 30 (intro), 60 (brown bag), 90 (workshop)"], refused.stderr


# --- the audience view of a cut -----------------------------------------------------------

@pytest.mark.browser
@pytest.mark.redis
def test_the_audience_view_of_a_cut_shows_its_steps_and_follows_the_presenter_within_it(
        tmp_path, stack, chromium):
    """``invoke present --cut 30 --audience ...``: the live server serves the 30 cut's build
    (test_present_cut_60_serves_the_60_cut) to the presenter and, through the audience
    listener, to the room. The attendee's deck holds the cut's steps alone, and moves with
    the presenter from each of them to the next, skipping the steps the cut leaves out."""
    from support.audience_server import bridged_audience_server

    # The small talk with the real deck's stage scripts: the presenter's reports, the follower.
    talk = SMALL.replace(":css: theme/deck.css", ":css: theme/deck.css assets/audience.css").replace(
        "assets/overview.js\n", "assets/overview.js assets/presenter.js assets/follow.js\n", 1)
    deck = small_deck(tmp_path, talk, cut=30).index.parent
    stack_close = ExitStack()
    server = stack_close.enter_context(bridged_audience_server(deck))
    presenter_ctx = chromium.new_context(viewport={"width": 1280, "height": 720})
    audience_ctx = chromium.new_context(viewport={"width": 1280, "height": 720})
    ids = "Array.from(document.querySelectorAll('#impress .step')).map(s => s.id)"
    active = "document.querySelector('#impress .step.active').id"
    try:
        presenter = presenter_ctx.new_page()
        presenter.goto(server.deck_url)
        presenter.wait_for_function("window.Brownbag && Brownbag.stage")
        crowd = audience_ctx.new_page()
        crowd.goto(f"{server.crowd}/?token={server.audience_token}")
        crowd.wait_for_function("window.Brownbag && Brownbag.follow && Brownbag.follow.state === 'live'")
        assert crowd.evaluate(ids) == presenter.evaluate(ids) == EXPECTED[30]
        assert crowd.evaluate("document.getElementById('impress').dataset.cut") == "30"
        walked = []
        for _ in EXPECTED[30][1:]:
            presenter.evaluate("impress().next()")
            now = presenter.evaluate(active)
            crowd.wait_for_function(f"(id) => {active} === id", arg=now, timeout=10_000)
            walked.append(now)
        assert walked == EXPECTED[30][1:]  # a-workshop, b, b-inherits: not in the intro cut
    finally:
        presenter_ctx.close()
        audience_ctx.close()
        stack_close.close()
