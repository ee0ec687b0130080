"""The presenter console (slides/assets/console.js) and the table of contents (toc.js),
in headless Chromium.

- pacing: a small talk whose sections have a 3-second budget, so the console's section
  clock is seen counting down, turning amber, then red with "OVER";
- keys: R in the console runs the current slide's demo (offline: replays its recording;
  against the live server: a real run, drawn in the console's preview) and leaves the
  clock alone; 0 restarts the clock;
- the table of contents jumps to a section from the deck opened as a file.

Screenshots land in tests/_artifacts/console/ (git-ignored): look at them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from brownbag.deck import build, pacing, serve

from support.deck_page import goto_demo, open_live_deck
from support.live_server import live_server_over
from support.paths import ROOT

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "tests" / "_artifacts" / "console"
SLIDES = ROOT / "slides"

# Three paced sections of 3 s each; the talk is 12 s long.
SMALL_TALK = """\
:title: Pacing
:css: theme/deck.css assets/live.css assets/toc.css
:css-console: assets/console.css
:js-body: assets/core.js assets/payoff.js assets/panel.js assets/timeline.js assets/replay.js assets/live.js assets/console.js assets/toc.js

----

:id: title
:data-talk-minutes: 0.2
:data-budget: 0.05

######
Pacing
######

.. note::

   The opening.

----

:data-budget: 0.05

=====
First
=====

The first section.

----

A demo
~~~~~~

.. demo:: canvas.chain

.. note::

   Run it from the console.

----

:data-budget: 0.05

======
Second
======

The second section.
"""


def small_deck(folder: Path, talk: str = SMALL_TALK) -> build.Report:
    """Build ``talk`` with the real theme, assets and recordings."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("assets", "theme", "recordings"):
        link = folder / name
        if not link.exists():
            link.symlink_to(SLIDES / name, target_is_directory=True)
    (folder / "talk.rst").write_text(talk, encoding="utf-8")
    return build.build(source=folder / "talk.rst", target=folder / "_build")


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """The small talk, served on 127.0.0.1 by a server we stop (the console's preview
    is only reachable from its window over http)."""
    report = small_deck(tmp_path_factory.mktemp("pacing"))
    server = serve.serve(report.index.parent, "127.0.0.1", 0)
    try:
        yield f"http://127.0.0.1:{server.server_port}/index.html"
    finally:
        server.shutdown()
        server.server_close()


def open_console(context, page):
    with context.expect_page(timeout=10_000) as opened:
        page.keyboard.press("p")
    console = opened.value
    console.wait_for_selector("#pace-section .pace-time", timeout=10_000)
    return console


def timer_seconds(console) -> int:
    minutes, seconds = re.match(r"(\d+)m (\d+)s", console.inner_text("#timer")).groups()
    return int(minutes) * 60 + int(seconds)


def timer_at_least(console, seconds: int) -> int:
    """hovercraft's talk timer (#timer, "00m 02s"), once it reads ``seconds`` or more."""
    console.wait_for_function("""(s) => { const m = /(\\d+)m (\\d+)s/.exec(
        document.getElementById('timer').textContent); return m && 60 * +m[1] + +m[2] >= s; }""",
                              arg=seconds, timeout=(seconds + 10) * 1000)
    return timer_seconds(console)


# The slide preview's scale, which impress.js sets on the preview's root when it rescales.
PREVIEW_SCALE = "() => document.getElementById('slideView').contentDocument.getElementById('impress').style.transform"


def test_the_pacing_clocks_count_down_and_flag_an_over_run_section(chromium, small):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.clock.install()  # the deck's clocks on Playwright's: time flows until paused below
    try:
        page.goto(small, wait_until="load")
        page.wait_for_function("document.body.classList.contains('impress-enabled')", timeout=10_000)
        console = open_console(context, page)
        console.on("pageerror", lambda error: errors.append(f"console: {error}"))
        # From here on time moves only when the test says: the talk restarts, First is
        # entered at that same instant, and every reading below is 100 ms of the deck's time.
        page.clock.pause_at(page.evaluate("Date.now()") / 1000 + 1)
        page.evaluate("() => { Brownbag.pace.restart(); impress().goto(document.querySelectorAll('.step')[1], 0); }")
        page.clock.run_for(1)  # impress.js's stepenter (a 0 ms timer): the console redraws
        section = console.locator("#pace-section")
        assert "First" in section.locator(".pace-label").inner_text()
        assert "(2/3)" in section.locator(".pace-label").inner_text()
        seen, lefts = [], []
        for _ in range(60):  # up to 6 s; the budget is 3 s
            state = section.get_attribute("data-state")
            text = section.locator(".pace-time").inner_text()
            if not seen or seen[-1] != state:
                seen.append(state)
            if text.endswith("left"):
                lefts.append(text)
            if state == "over":
                break
            page.clock.run_for(100)
        assert seen[0] == "ok" and "warn" in seen and seen[-1] == "over", seen
        # the deck's time, not the machine's: the same readings on every run
        assert lefts[0] == "0:03 left" and lefts[-1] == "0:00 left", lefts
        page.clock.run_for(1100)
        assert re.fullmatch(r"0:0[1-3] OVER", section.locator(".pace-time").inner_text())
        # Seen, not only stated: red behind white.
        colours = section.evaluate("(n) => [getComputedStyle(n).backgroundColor, getComputedStyle(n).color]")
        assert colours == ["rgb(185, 28, 28)", "rgb(255, 255, 255)"], colours
        talk = console.locator("#pace-talk .pace-time").inner_text()
        assert talk == "0:08 left", talk  # 12 s talk, 4.4 s in
        # Against the plan: the opening's 3 s (skipped) and First's 3 s (used up) are due
        # by now, a few seconds have passed: ahead, by less than the 30 s that reads "on plan".
        now = page.evaluate("Brownbag.pace.status()")
        assert abs(now["behind"] - (now["elapsed"] - 3 - min(now["section"]["spent"], 3))) < 0.5, now
        assert now["behind"] < 0
        assert "on plan" in console.locator("#pace-talk .pace-label").inner_text()
        console.screenshot(path=str(ARTIFACTS / "console-over-1280x720.png"))
        # Read at a glance from a lectern: no text in the console under 18 px at 1280x720.
        small = console.evaluate("""() => [...document.querySelectorAll('body *')].filter((n) =>
            [...n.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim()) &&
            n.getClientRects().length && parseFloat(getComputedStyle(n).fontSize) < 18)
            .map((n) => `${n.id || n.className}: ${getComputedStyle(n).fontSize} ${n.textContent.trim().slice(0, 30)}`)""")
        assert not small, small
        # The next section starts with its whole budget; the talk clock runs on.
        page.evaluate("() => impress().goto(document.querySelectorAll('.step')[3], 0)")
        page.clock.run_for(1)
        console.wait_for_function("document.querySelector('#pace-section .pace-label').textContent.includes('Second')",
                                  timeout=5_000)
        assert section.get_attribute("data-state") == "ok"
        assert section.locator(".pace-time").inner_text() in ("0:03 left", "0:02 left")
        assert not errors, errors
    finally:
        context.close()


def test_r_in_the_console_replays_the_demo_offline_and_keeps_the_clock(chromium, small):
    context = chromium.new_context(viewport={"width": 1600, "height": 900})
    page = context.new_page()
    try:
        page.goto(small, wait_until="load")
        page.wait_for_selector('.demo-panel[data-demo="canvas.chain"][data-recording]', timeout=15_000)
        goto_demo(page, "canvas.chain")
        console = open_console(context, page)
        before = timer_at_least(console, 2)
        # Watch the panel in the main window: R in the console must start the replay there.
        page.evaluate("""() => { window.replays = 0; new MutationObserver(() => {
            if (document.querySelector('.demo-panel').hasAttribute('data-running')) window.replays += 1;
        }).observe(document.querySelector('.demo-panel'), {attributes: true}); }""")
        console.keyboard.press("r")
        page.wait_for_function("window.replays > 0", timeout=5_000)
        page.wait_for_selector('.demo-panel:not([data-running])[data-result="succeeded"]', timeout=15_000)
        console.wait_for_function("document.getElementById('run-state').dataset.state === 'succeeded'",
                                  timeout=5_000)
        assert "canvas.chain" in console.inner_text("#run-state")
        assert timer_seconds(console) >= before  # R no longer resets hovercraft's timer
        # A reload of the deck (a rebuild, a restarted server) keeps the talk's clock.
        running = page.evaluate("Brownbag.pace.status().elapsed")
        page.reload(wait_until="load")
        page.wait_for_function("document.body.classList.contains('impress-enabled')", timeout=10_000)
        assert page.evaluate("Brownbag.pace.status().elapsed") >= running
        console.close()
        console = open_console(context, page)
        assert timer_seconds(console) >= int(running)
        console.keyboard.press("0")
        console.wait_for_function("document.getElementById('timer').textContent.trim() === '00m 00s'",
                                  timeout=3_000)
        assert page.evaluate("Brownbag.pace.status().elapsed") < 1.5
        assert "R" in console.inner_text("#console-keys") and "0" in console.inner_text("#console-keys")
    finally:
        context.close()


def test_the_notes_of_every_new_step_open_at_their_top(chromium, small):
    """hovercraft writes the next step's notes at stepleave and scrolls them up only at
    stepenter, after the transition: in between they showed at the last step's scroll."""
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    try:
        page.goto(small, wait_until="load")
        page.wait_for_function("document.body.classList.contains('impress-enabled')", timeout=10_000)
        # Notes long enough to scroll, on every step (hovercraft copies them at each move).
        page.evaluate("""() => document.querySelectorAll('.step').forEach((step, i) => {
            const n = step.querySelector('.notes') || step.appendChild(document.createElement('div'));
            n.className = 'notes';
            n.innerHTML = Array.from({length: 80}, (_, j) => `<p>step ${i}, line ${j}</p>`).join(''); })""")
        console = open_console(context, page)
        # What the notes pane's scroll is each time its text changes (a microtask: after
        # every listener of the move has run, before stepenter's own scroll to the top).
        console.evaluate("""() => { const notes = document.getElementById('notes'); window.seen = [];
            new MutationObserver(() => window.seen.push(notes.scrollTop)).observe(notes, {childList: true}); }""")
        for move in range(3):
            console.evaluate("() => { const n = document.getElementById('notes'); n.scrollTop = n.scrollHeight; }")
            scrolled = console.evaluate("document.getElementById('notes').scrollTop")
            assert scrolled > 100, f"move {move + 1}: the notes do not scroll: the test shows nothing"
            console.evaluate("window.seen = []")
            page.keyboard.press("ArrowRight")
            console.wait_for_function("window.seen.length > 0", timeout=5_000)
            first = console.evaluate("window.seen[0]")
            assert first == 0, f"move {move + 1}: the new notes opened scrolled {first} px down"
    finally:
        context.close()


def test_budgets_that_are_wrong_stop_the_build_in_one_line(tmp_path):
    with pytest.raises(build.DeckError, match=r"step 2: :data-budget: 'soon' is not a number of minutes"):
        small_deck(tmp_path / "typo", SMALL_TALK.replace(":data-budget: 0.05\n\n=====\nFirst",
                                                         ":data-budget: soon\n\n=====\nFirst"))
    with pytest.raises(build.DeckError, match=r"add up to 0\.15 min, more than the talk's "
                                              r":data-talk-minutes: 0\.1"):
        small_deck(tmp_path / "long", SMALL_TALK.replace(":data-talk-minutes: 0.2", ":data-talk-minutes: 0.1"))


# -- the real deck ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    return build.build(target=tmp_path_factory.mktemp("deck") / "_build")


def test_every_section_of_the_talk_has_a_budget(deck):
    html = deck.index.read_text(encoding="utf-8")
    plan = pacing.read(html)
    assert plan.talk_minutes and plan.budgeted <= plan.talk_minutes
    sections = re.findall(r'<h2 id="[^"]*">([^<]+)', html)
    assert [s.title for s in plan.sections[1:]] == [s.strip() for s in sections]


def test_the_table_of_contents_jumps_to_a_section_from_a_file(chromium, deck):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto(deck.index.as_uri(), wait_until="load")
        page.wait_for_function("document.body.classList.contains('impress-enabled')", timeout=10_000)
        active = "() => document.querySelector('.step.active h1, .step.active h2, .step.active h3')?.textContent"
        button = page.locator("#brownbag-toc-button")
        page.mouse.move(200, 200)  # it shows while the mouse moves, fades while one reads
        assert button.is_visible() and button.evaluate("(b) => getComputedStyle(b).opacity") != "0"
        button.click()
        toc = page.locator("#brownbag-toc")
        assert toc.is_visible()
        toc.get_by_role("link", name=re.compile(r"^Broker")).click()
        page.wait_for_function(f"({active})()?.trim() === 'Broker'", timeout=5_000)
        assert not toc.is_visible()
        # By keyboard: T opens on the current section, arrows move in the list (not the
        # slides), Enter jumps to the entry after it.
        page.keyboard.press("t")
        assert toc.is_visible()
        assert page.evaluate("document.activeElement.textContent").startswith("Broker")
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowDown")
        assert page.evaluate(active).strip() == "Broker"  # still there: the list moved, not the deck
        page.screenshot(path=str(ARTIFACTS / "toc-1280x720.png"))
        target = page.evaluate("document.activeElement.childNodes[0].textContent.trim()")
        page.keyboard.press("Enter")
        page.wait_for_function(f"({active})()?.trim().startsWith({target!r})", timeout=5_000)
        page.keyboard.press("t")
        page.keyboard.press("Escape")
        assert not toc.is_visible()
        assert not errors, errors
    finally:
        context.close()


# -- against the live server ------------------------------------------------------------

@pytest.fixture(scope="module")
def live(stack):
    """The built deck on a live server of our own, over the session's stack."""
    build.build()  # the live server serves slides/_build
    with live_server_over(stack) as url:
        yield url


def test_r_in_the_console_runs_the_demo_and_the_console_shows_the_run(chromium, live):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    posts, errors = [], []
    context.on("request", lambda r: posts.append(r.url) if r.method == "POST" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        open_live_deck(page, live)
        goto_demo(page, "canvas.chain")
        console = open_console(context, page)
        console.on("pageerror", lambda error: errors.append(f"console: {error}"))
        console.wait_for_function("document.getElementById('run-state').dataset.state === 'idle'", timeout=5_000)
        before = timer_at_least(console, 2)
        console.keyboard.press("r")
        page.wait_for_selector('.demo-panel[data-demo="canvas.chain"][data-run][data-result="succeeded"]',
                               timeout=60_000)
        # One run, started by the console's R; the console's two previews started none.
        # (the deck's step reports, /api/stage, are not runs)
        assert [p for p in posts if "/api/" in p and not p.endswith("/api/stage")] == \
            [f"{live}/api/demos/canvas.chain/runs"], posts
        assert timer_seconds(console) >= before
        console.wait_for_function("document.getElementById('run-state').dataset.state === 'succeeded'",
                                  timeout=5_000)
        assert "canvas.chain" in console.inner_text("#run-state")
        assert "4/4 tasks done" in console.inner_text("#run-state")
        # The console's preview of the slide shows the run's rows, as the room sees them.
        preview = console.frame_locator("#slideView")
        rows = preview.locator('.demo-panel[data-demo="canvas.chain"][data-mirror] .demo-row[data-state="succeeded"]')
        rows.nth(3).wait_for(timeout=5_000)
        assert rows.count() == 4
        console.screenshot(path=str(ARTIFACTS / "console-live-1280x720.png"), animations="disabled")
        scale = console.evaluate(PREVIEW_SCALE)
        console.set_viewport_size({"width": 1920, "height": 1080})
        # impress.js rescales the previews on a throttled resize: shot once it has
        console.wait_for_function(f"(before) => ({PREVIEW_SCALE})() !== before", arg=scale, timeout=5_000)
        console.screenshot(path=str(ARTIFACTS / "console-live-1920x1080.png"), animations="disabled")
        assert not errors, errors
    finally:
        context.close()
