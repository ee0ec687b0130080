"""The live panel as a presenter uses it, at 1280x720, in headless Chromium on the real stack.

One page, many slides: every demo's panel before Run (the last recording's final
state, dimmed and labelled) must fit the slide (after a live run: test_live.py) -- nothing scrolled away or clipped, the payoff inside the viewport, no text
under 18 px, contrast at least 4.5:1. Then the keyboard (navigation keys leave a
field and move the slide, Enter runs, R on a running demo keeps the run), a
one-task chain run 30 times that never ends without its row, and a deck that stops
asking a backend it has not found. Screenshots: tests/_artifacts/panel/.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import httpx
import pytest

from brownbag import recording
from brownbag.deck import build, serve
from brownbag.deck.panel_fit import CHECK
from brownbag.scenarios import catalogue
from brownbag.scenarios.payoff import KINDS

from support.deck_page import goto_demo as goto
from support.deck_page import open_live_deck
from support.live_server import live_server_over
from support.local_requests import outside_requests
from support.paths import ROOT
from support.ports import free_ports

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "tests" / "_artifacts" / "panel"
# Every demo, from the registry. After a live run each panel is checked in test_present.py's
# deck walk (support.outcome.check_finished_panel); here, before one.
DEMOS = [s.id for s in catalogue()]


@pytest.fixture(scope="module")
def built():
    """The deck built once from the working tree into slides/_build (what the live server serves)."""
    return build.build().index


@pytest.fixture(scope="module")
def live(stack, built):
    with live_server_over(stack) as url:
        yield url


@pytest.fixture(scope="module")
def page(live, chromium):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    # The live runs of this module's tests too: no request to another machine.
    elsewhere = outside_requests(context)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    open_live_deck(page, live)
    page.errors = errors
    yield page
    context.close()
    assert not errors, errors
    assert not elsewhere, f"the live deck asked another machine: {elsewhere}"


def panel_of(page, demo: str):
    return page.locator(f'.demo-panel[data-demo="{demo}"]')


def wait_done(page, demo: str, timeout: float = 60000) -> None:
    page.wait_for_function("""id => { const n = document.querySelector(`.demo-panel[data-demo="${id}"]`);
        return n.hasAttribute('data-result') && !n.querySelector('.demo-run').disabled; }""",
                           arg=demo, timeout=timeout)


def test_every_recording_declares_its_payoff():
    for demo in DEMOS:
        data = recording.read(demo)
        assert data, f"{demo}: not recorded (invoke slides.record --only {demo})"
        result = data["items"][-1]["result"]
        assert result["payoff"]["kind"] in KINDS, f"{demo}: re-record it (invoke slides.record --only {demo})"


def test_before_run_every_panel_shows_its_last_recording_and_fits(page):
    """The pre-run state is the recorded run's final state: every demo's payoff, laid out."""
    problems, sizes = {}, []
    for demo in DEMOS:
        goto(page, demo)
        page.wait_for_function("""id => document.querySelector(
            `.demo-panel[data-demo="${id}"]`).hasAttribute('data-prerun')""", arg=demo, timeout=5000)
        seen = page.evaluate(CHECK, demo)
        assert seen["prerun"] and seen["banner"].startswith("Recorded \u00b7 "), seen
        assert seen["result"] is None, f"{demo}: nothing ran on slide entry"
        assert seen["payoff"] in KINDS, (demo, seen)
        if seen["problems"]:
            problems[demo] = seen["problems"]
        sizes.append((seen["smallest"], seen["lowest"]))
        page.screenshot(path=str(ARTIFACTS / f"{demo}-before.png"))
    assert not problems, json.dumps(problems, indent=1)
    print(f"smallest text {min(s for s, _ in sizes):.1f} px, lowest contrast {min(c for _, c in sizes):.2f}")


def test_navigation_keys_leave_a_field_and_enter_runs(page):
    goto(page, "canvas.chain")
    field = panel_of(page, "canvas.chain").locator('input[name="start"]')
    start = page.evaluate("document.querySelector('.step.active').id")
    field.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("id => document.querySelector('.step.active').id !== id", arg=start, timeout=5000)
    assert page.evaluate("document.activeElement.tagName") != "INPUT"
    assert field.input_value() == "1"  # the arrow did not step the number
    goto(page, "canvas.chain")
    field.focus()
    page.keyboard.press("Space")
    page.wait_for_function("id => document.querySelector('.step.active').id !== id", arg=start, timeout=5000)
    goto(page, "canvas.chain")
    field.fill("3")
    previous = panel_of(page, "canvas.chain").get_attribute("data-run")
    page.keyboard.press("Enter")
    page.wait_for_function("""prev => { const n = document.querySelector('.demo-panel[data-demo="canvas.chain"]');
        return n.dataset.run !== prev && n.getAttribute('data-result') === 'succeeded'; }""",
                           arg=previous, timeout=30000)
    assert page.evaluate("document.querySelector('.step.active').id") == start  # Enter ran, did not move
    assert "3 doubled 4 times" in panel_of(page, "canvas.chain").locator(".demo-payoff").inner_text()


def test_r_on_a_running_demo_keeps_the_live_run(page, live):
    demo = "errors.logging"
    goto(page, demo)
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.keyboard.press("r")
    page.wait_for_selector(f'.demo-panel[data-demo="{demo}"] .demo-row', timeout=10000)
    page.keyboard.press("r")  # again, while it runs
    page.keyboard.press("R")
    wait_done(page, demo)
    panel = panel_of(page, demo)
    assert panel.get_attribute("data-result") == "succeeded"
    # Started elsewhere (the terminal, another window): R follows that run, no red line.
    started = httpx.post(f"{live}/api/demos/{demo}/runs", json={"params": {}}, timeout=10).json()
    page.keyboard.press("r")
    page.wait_for_function("""([id, run]) => document.querySelector(`.demo-panel[data-demo="${id}"]`)
        .dataset.run === run""", arg=[demo, started["run_id"]], timeout=10000)
    wait_done(page, demo)
    assert panel.get_attribute("data-result") == "succeeded"
    assert "still running" not in panel.inner_text()


def test_a_one_task_chain_never_ends_without_its_row(page):
    goto(page, "canvas.chain")
    panel = panel_of(page, "canvas.chain")
    panel.locator('input[name="length"]').fill("1")
    page.evaluate("document.activeElement.blur()")
    missing = []
    for attempt in range(30):
        previous = panel.get_attribute("data-run")
        page.keyboard.press("r")
        page.wait_for_function("""prev => { const n = document.querySelector('.demo-panel[data-demo="canvas.chain"]');
            return n.dataset.run && n.dataset.run !== prev && n.hasAttribute('data-result')
                   && !n.querySelector('.demo-run').disabled; }""", arg=previous, timeout=30000)
        rows = panel.locator('.demo-row[data-state="succeeded"]').count()
        if rows != 1:
            missing.append((attempt, rows))
    assert not missing, f"runs that ended without their one row: {missing}"


def test_a_static_deck_asks_nothing_and_a_recovered_backend_clears_the_outage(chromium, built, page):
    # 1. A plain static server (no live server's mark on the page): no /api asked, ever.
    server = serve.serve(built.parent, "127.0.0.1", 0)
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    asked = []
    context.on("request", lambda r: asked.append(time.monotonic()) if "/api/" in r.url else None)
    static = context.new_page()
    static.clock.install()
    try:
        static.goto(f"http://127.0.0.1:{server.server_port}/index.html")
        static.wait_for_selector(".demo-panel[data-prerun]", timeout=10000)
        for _ in range(24):  # two simulated minutes, in 5 s steps
            static.clock.run_for(5000)
            static.wait_for_timeout(20)
        assert asked == [], f"{len(asked)} requests to /api in two minutes"
    finally:
        context.close()
        server.shutdown()
        server.server_close()
    # 2. The live server's answers are cut, then come back: the outage lines go.
    demo = "canvas.group"
    goto(page, demo)
    page.route("**/api/**", lambda route: route.abort())
    try:
        page.evaluate("document.activeElement && document.activeElement.blur()")
        page.keyboard.press("r")
        page.wait_for_selector(f'.demo-panel[data-demo="{demo}"][data-outage]', timeout=10000)
        assert "unreachable" in panel_of(page, demo).inner_text()
    finally:
        page.unroute("**/api/**")
    page.evaluate("window.Brownbag.live.check()")
    page.wait_for_function("""id => !document.querySelector(`.demo-panel[data-demo="${id}"]`)
        .hasAttribute('data-outage')""", arg=demo, timeout=15000)
    assert "unreachable" not in panel_of(page, demo).inner_text()


def test_opened_as_a_file_the_deck_asks_no_backend(chromium, built):
    index = built
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    asked = []
    context.on("request", lambda r: asked.append(r.url) if "/api/" in r.url else None)
    page = context.new_page()
    page.clock.install()  # two minutes of the deck's timers (its health checks) at once
    page.goto(index.as_uri())
    page.wait_for_selector(".demo-panel[data-prerun]", timeout=10000)
    for _ in range(24):  # in 5 s steps, each timer's request given 20 ms to be seen
        page.clock.run_for(5000)
        page.wait_for_timeout(20)
    context.close()
    assert asked == []


@pytest.fixture(scope="module")
def redis_only(stack, built):
    """A live server whose stack has no RabbitMQ, as on `invoke up`'s defaults: nothing
    answers at its RabbitMQ address (a free port; the test stack's own RabbitMQ, when
    there is one, stays out of sight)."""
    from copy import copy

    bare = copy(stack)
    bare.env = {**stack.env, "INVOKE_BROWNBAG_PORTS_RABBITMQ": str(free_ports(1)[0])}
    with live_server_over(bare) as url:
        yield url


def test_without_rabbitmq_the_panels_say_so_before_run_and_never_end_red(redis_only, chromium):
    # What the server says: the catalogue declares the need, the health finds it lacking.
    quorum = httpx.get(f"{redis_only}/api/demos/delivery.quorum", timeout=10).json()
    assert quorum["needs"] == ["rabbitmq"]
    health = httpx.get(f"{redis_only}/api/health", timeout=30).json()
    assert health["parts"]["rabbitmq"]["up"] is False, health["parts"]
    lacks = health["demos"]["delivery.quorum"]
    assert lacks["missing"] == ["rabbitmq"] and "invoke up --brokers redis,rabbitmq" in lacks["line"]
    assert health["demos"]["overview.priority"]["skipped"] == ["rabbitmq"]
    assert "canvas.chain" not in health["demos"]

    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    posted = []
    context.on("request", lambda r: posted.append(r.url) if r.method == "POST" else None)
    page = context.new_page()
    try:
        open_live_deck(page, redis_only)
        goto(page, "delivery.quorum")
        panel = panel_of(page, "delivery.quorum")
        page.wait_for_selector('.demo-panel[data-demo="delivery.quorum"][data-lacks][data-prerun]', timeout=10000)
        line = panel.locator(".demo-lacks").inner_text()
        assert "RabbitMQ" in line and "invoke up --brokers redis,rabbitmq" in line, line
        assert panel.locator(".demo-lacks").is_visible()
        assert panel.locator(".demo-run").inner_text() == "Replay recording"
        page.screenshot(path=str(ARTIFACTS / "delivery.quorum-redis-only.png"))
        seen = page.evaluate(CHECK, "delivery.quorum")
        assert not seen["problems"], seen["problems"]
        page.evaluate("document.activeElement && document.activeElement.blur()")
        page.keyboard.press("r")
        wait_done(page, "delivery.quorum")
        assert panel.get_attribute("data-result") == "succeeded"  # the recording, replayed
        assert panel.get_attribute("data-recording") is not None
        assert "RabbitMQ" in panel.locator(".demo-lacks").inner_text()  # still said after
        assert not [u for u in posted if "/api/demos/" in u], posted  # nothing sent to fail
        # The priority demo runs, and says before Run which half it leaves out.
        goto(page, "overview.priority")
        page.wait_for_selector('.demo-panel[data-demo="overview.priority"][data-skips]', timeout=10000)
        line = panel_of(page, "overview.priority").locator(".demo-lacks").inner_text()
        assert "RabbitMQ half" in line and "invoke up --brokers redis,rabbitmq" in line, line
        assert panel_of(page, "overview.priority").locator(".demo-run").inner_text() == "Run"
    finally:
        context.close()


# Measured in the page for the panel of a demo: the headline's size on screen, the part
# of its track the run's marks fill (timeline rows), and whether its head says "live".
PANEL_LOOK = """
id => {
  const panel = document.querySelector(`.demo-panel[data-demo="${id}"]`);
  const step = panel.closest('.step');
  const scale = step.getBoundingClientRect().width / step.offsetWidth;
  const headline = panel.querySelector('.demo-headline');
  const size = headline && headline.textContent ? parseFloat(getComputedStyle(headline).fontSize) * scale : null;
  let fill = null;
  const tracks = [...panel.querySelectorAll('.demo-row .demo-track')].filter((t) => t.getClientRects().length);
  if (tracks.length) {
    const box = tracks[0].getBoundingClientRect();
    let right = box.left;
    tracks.forEach((t) => t.querySelectorAll('.demo-mark').forEach((m) => {
      right = Math.max(right, m.getBoundingClientRect().left + m.getBoundingClientRect().width / 2); }));
    fill = (right - box.left) / box.width;
  }
  const badge = panel.querySelector('.demo-badge');
  return {headline: headline && headline.textContent, size, fill,
          badge: !!badge && badge.getClientRects().length > 0,
          status: panel.querySelector('.demo-status').textContent,
          chip: panel.querySelector('.demo-banner').textContent};
}
"""


@pytest.fixture
def static_host(built):
    """The built deck served as a reader would host it: python -m http.server, nothing else."""
    port = free_ports(1)[0]
    proc = subprocess.Popen([sys.executable, "-m", "http.server", "--bind", "127.0.0.1", str(port)],
                            cwd=built.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/index.html"
    try:
        end = time.monotonic() + 10
        while True:
            try:
                httpx.get(url, timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > end or proc.poll() is not None:
                    raise
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def test_a_static_host_sees_no_error_on_any_step(static_host, chromium):
    """Every step of the offline deck on a plain static host: nothing asked that is not
    there, no console error; every panel shows its recording under a calm chip (no LIVE
    badge, no warning), its headline (when the recording has one) at 28 px or more, and
    its run filling at least half of its time axis."""
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    errors, failed = [], []
    context.on("requestfailed", lambda r: failed.append(f"{r.url}: {r.failure}"))
    context.on("response", lambda r: failed.append(f"{r.url}: HTTP {r.status}") if r.status >= 400 else None)
    page = context.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(static_host)
        page.wait_for_function(f"document.querySelectorAll('.demo-panel[data-prerun]').length === {len(DEMOS)}",
                               timeout=15000)
        steps = page.evaluate("document.querySelectorAll('.step').length")
        looks, problems = {}, {}
        for index in range(steps):
            page.evaluate("i => impress().goto(document.querySelectorAll('.step')[i], 0)", index)
            page.wait_for_function("i => document.querySelectorAll('.step')[i].classList.contains('active')",
                                   arg=index, timeout=5000)
            for demo in page.evaluate("i => [...document.querySelectorAll('.step')[i]"
                                      ".querySelectorAll('.demo-panel')].map(p => p.dataset.demo)", index):
                looks[demo] = page.evaluate(PANEL_LOOK, demo)
                seen = page.evaluate(CHECK, demo)
                if seen["problems"]:
                    problems[demo] = seen["problems"]
        page.wait_for_timeout(500)  # a late request or error still counts
    finally:
        context.close()
    assert not failed, failed
    assert not errors, errors
    assert sorted(looks) == sorted(DEMOS)
    assert not problems, json.dumps(problems, indent=1)
    for demo, look in looks.items():
        assert not look["badge"] and look["status"] == "", (demo, look)  # no LIVE badge, no warning
        assert look["chip"].startswith("Recorded \u00b7 "), (demo, look)
        if look["headline"]:
            assert look["size"] >= 28, (demo, look)
        if look["fill"] is not None:
            assert look["fill"] >= 0.5, (demo, look)
    print({demo: (round(look["size"] or 0, 1), look["fill"] and round(look["fill"], 2)) for demo, look in looks.items()})


def test_a_headline_is_shown_whole_and_a_recording_without_one_falls_back(built, chromium):
    """A payoff's headline is the panel's largest line; a recording made before headlines
    still shows its answer: a bar chart's verdict, else its title or first fact."""
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    try:
        page.goto(built.as_uri())
        page.wait_for_selector('.demo-panel[data-demo="broker.compare"][data-prerun]', timeout=15000)
        # A recording with a headline (as `invoke slides.record` now writes them).
        page.evaluate("""() => { const items = window.BROWNBAG_RECORDINGS['canvas.chain'].items;
            items[items.length - 1].result.payoff.headline = 'the headline, from the run';
            const p = window.Brownbag.live.panels.find(p => p.id === 'canvas.chain');
            p.shown = false; p.refresh(); }""")
        goto(page, "canvas.chain")
        look = page.evaluate(PANEL_LOOK, "canvas.chain")
        assert look["headline"] == "the headline, from the run" and look["size"] >= 28, look
        # Texts of the panel other than the headline are smaller.
        biggest = page.evaluate("""() => Math.max(...[...document.querySelectorAll(
            '.demo-panel[data-demo="canvas.chain"] .demo-live *')].filter(e => !e.closest('.demo-headline'))
            .map(e => parseFloat(getComputedStyle(e).fontSize)))""")
        assert biggest < 38, biggest
        # Without one: a bar chart says its own verdict, computed from its values.
        data = recording.read("broker.compare")
        view = data["items"][-1]["result"]["payoff"]
        if "headline" not in view:
            goto(page, "broker.compare")
            said = page.evaluate(PANEL_LOOK, "broker.compare")["headline"]
            best = min((g for g in view["groups"] if g["values"][0] is not None), key=lambda g: g["values"][0])
            assert said.startswith(f"lowest: {best['label']} "), said
            assert page.locator('.demo-panel[data-demo="broker.compare"] .bars-unit').inner_text().endswith("log scale")
            assert page.locator('.demo-panel[data-demo="broker.compare"] .bars-group.winner').inner_text().startswith("\u2605")
    finally:
        context.close()


def test_every_panel_fits_the_longest_headline(built, chromium):
    """Recordings made from now on carry a headline of up to HEADLINE_CHARS characters:
    every panel, given one that long, still shows it whole with its payoff, at 28 px."""
    from brownbag.scenarios.payoff import HEADLINE_CHARS

    longest = " ".join(["answer"] * 20)[:HEADLINE_CHARS].strip()
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    problems, sizes = {}, {}
    try:
        page.goto(built.as_uri())
        page.wait_for_function(f"document.querySelectorAll('.demo-panel[data-prerun]').length === {len(DEMOS)}",
                               timeout=15000)
        page.evaluate("""text => window.Brownbag.live.panels.forEach((p) => {
            const items = window.BROWNBAG_RECORDINGS[p.id].items;
            items.forEach((i) => { if (i.kind === 'payoff') i.payoff.headline = text; });
            items[items.length - 1].result.payoff.headline = text;
            p.shown = false; p.refresh(); })""", longest)
        for demo in DEMOS:
            goto(page, demo)
            seen = page.evaluate(CHECK, demo)
            if seen["problems"]:
                problems[demo] = seen["problems"]
            look = page.evaluate(PANEL_LOOK, demo)
            assert look["headline"] == longest, (demo, look)
            sizes[demo] = look["size"]
    finally:
        context.close()
    assert not problems, json.dumps(problems, indent=1)
    assert min(sizes.values()) >= 28, sizes


def test_the_stage_check_fails_on_each_thing_a_room_cannot_read(built, chromium):
    """panel_fit.CHECK (what slides.check and the live tests run) finds each fault once put
    into a panel showing its recording: a small headline, a word broken across lines, a
    UUID, an epoch timestamp, a repr, a path, a float's seconds, a broker's URL, a run using
    a tenth of its track, a task
    row's state cut short ("succee…"); and every state a row can say fits its column."""
    demo = "canvas.chain"
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    try:
        page.goto(built.as_uri())
        page.wait_for_selector(f'.demo-panel[data-demo="{demo}"][data-prerun]', timeout=15000)
        goto(page, demo)
        assert page.evaluate(CHECK, demo)["problems"] == []
        # Every state a row can say fits its column whole (the longest: "succeeded").
        for state in ("sent", "received", "started", "retried", "succeeded", "failed", "revoked", "rejected"):
            page.evaluate("""([id, state]) => document.querySelectorAll(
                `.demo-panel[data-demo="${id}"] .demo-row > .demo-state`).forEach((s) => { s.textContent = state; })""",
                          [demo, state])
            assert page.evaluate(CHECK, demo)["problems"] == [], state
        page.evaluate("""id => {
            const panel = document.querySelector(`.demo-panel[data-demo="${id}"]`);
            const state = panel.querySelector('.demo-row > .demo-state');
            state.textContent = 'succeeded';
            state.style.maxWidth = '80px';
            panel.querySelector('.demo-headline').style.fontSize = '12px';
            const note = panel.querySelector('.demo-notes').appendChild(document.createElement('div'));
            note.textContent = 'id 0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0 at 1764950400.25 ' +
                               '<crontab: 0 * * * *> in /tmp/brownbag-x/run.log, ' +
                               'succeeded in 0.6062289960027556s on mongodb://127.0.0.1:27017/brownbag';
            const word = panel.querySelector('.demo-notes').appendChild(document.createElement('div'));
            word.textContent = 'FAILURE';
            Object.assign(word.style, {width: '1ch', wordBreak: 'break-all', fontSize: '30px'});
            panel.querySelectorAll('.demo-rows .demo-track > i').forEach((i) => {
                i.style.left = '1%'; i.style.width = '0%'; });
        }""", demo)
        found = "\n".join(page.evaluate(CHECK, demo)["problems"])
    finally:
        context.close()
    for fault in ("px, under 28 px", "a line break inside the word \"FAILURE\"", "a task UUID", "an epoch timestamp",
                  "a Python repr", "a filesystem path", "an unrounded duration", "a broker URL",
                  "the run fills 1% of its timeline's track",
                  "a task row's demo-state cut: \"succeeded\""):
        assert fault in found, (fault, found)
