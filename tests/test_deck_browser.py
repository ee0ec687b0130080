"""The built deck in headless Chromium: every step at 1920x1080.

For each step: its box is inside the viewport, nothing overflows the step (text,
code, tables, diagrams, panels), every image loaded; across the visit no request
leaves the page's origin and the console stays clean; the presenter console, the deck
served by the live server and the audience view, and the deck opened as a file ask no
other machine (the handout build: tests/test_handout.py; a live run: test_panel_browser.py).
At 1280x720, the size the
talk is designed for, the same fit is measured with the text's size and contrast
in one walk (tests/test_legibility.py).
Screenshots land in tests/_artifacts/deck/<size>/ (git-ignored): look at them.
The ``chromium`` fixture (Debian's Chromium via playwright, skipped or failed
with a reason by ``need``) comes from tests/conftest.py.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from brownbag.deck import build, serve

from support.audience_server import bridged_audience_server
from support.local_requests import is_local, outside_requests

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).parent / "_artifacts" / "deck"
SIZES = [(1920, 1080)]


@dataclass
class ServedDeck:
    url: str    # its index.html over HTTP
    path: Path  # the built folder the server serves


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    """The deck built from the working tree, served on 127.0.0.1 by a server we stop."""
    target = tmp_path_factory.mktemp("deck")
    build.build(target=target)
    server = serve.serve(target, "127.0.0.1", 0)
    try:
        yield ServedDeck(f"http://127.0.0.1:{server.server_port}/index.html", target)
    finally:
        server.shutdown()
        server.server_close()


# Measured in the page for the active step: all numbers in CSS pixels.
MEASURE = """
() => {
  const step = document.querySelector('.step.active');
  const r = step.getBoundingClientRect();
  const over = (el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
  const problems = [];
  if (over(step)) problems.push(`step content ${step.scrollWidth}x${step.scrollHeight} > box ${step.clientWidth}x${step.clientHeight}`);
  step.querySelectorAll('pre, table, .demo-panel, .split > *').forEach((el) => {
    if (over(el)) problems.push(`${el.tagName.toLowerCase()}.${el.className} overflows (${el.scrollWidth}x${el.scrollHeight} > ${el.clientWidth}x${el.clientHeight})`);
  });
  // Inside a box that clips or scrolls (a long live run, an ellipsis), content is
  // contained by that box: the box itself is what must stay inside the step.
  const contained = (el) => {
    for (let up = el.parentElement; up && up !== step; up = up.parentElement) {
      if (getComputedStyle(up).overflow !== 'visible') return true;
    }
    return false;
  };
  step.querySelectorAll('*').forEach((el) => {
    if (el.closest('.notes') || contained(el)) return;
    const e = el.getBoundingClientRect();
    if (e.width && (e.right > r.right + 2 || e.bottom > r.bottom + 2)) {
      problems.push(`${el.tagName.toLowerCase()} sticks out of the step`);
    }
  });
  step.querySelectorAll('img').forEach((img) => {
    if (!img.complete || img.naturalWidth === 0) problems.push(`image not loaded: ${img.getAttribute('src')}`);
  });
  return {id: step.id, rect: [r.left, r.top, r.right, r.bottom],
          viewport: [window.innerWidth, window.innerHeight], problems: [...new Set(problems)]};
}
"""


def expected_miss(url: str, deck: Path) -> bool:
    """What a deck served as static files may fail to load, by design.

    live.js probes the live server's API to decide between live runs and
    recordings: on a plain static server that probe is a 404. Recordings are
    written into the build from slides/recordings (``invoke slides.record``): one
    that is in the build must load; one not recorded yet is a 404 by design (the
    panel then names the terminal command). Anything else failing is a bug.
    """
    path = urlsplit(url).path
    if path.startswith("/api/"):
        return True
    if "/recordings/" in path:  # served at /recordings/, or next to the deck from file://
        return not (deck / "recordings" / path.rsplit("/", 1)[-1]).exists()
    return False


@pytest.mark.parametrize("width,height", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_step_fits_stays_local_and_clean(chromium, deck, width, height):
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(deck.url))
    shots = ARTIFACTS / f"{width}x{height}"
    shutil.rmtree(shots, ignore_errors=True)
    shots.mkdir(parents=True)

    context = chromium.new_context(viewport={"width": width, "height": height})
    elsewhere = outside_requests(context)
    page = context.new_page()
    foreign, console_errors = [], []
    page.on("request", lambda request: foreign.append(request.url)
            if not request.url.startswith((origin + "/", "data:", "about:", "blob:")) else None)
    page.on("console", lambda message: console_errors.append(message.text)
            if message.type == "error" and not expected_miss(message.location.get("url", ""), deck.path)
            else None)
    page.on("pageerror", lambda error: console_errors.append(str(error)))
    page.on("response", lambda response: console_errors.append(f"HTTP {response.status} {response.url}")
            if response.status >= 400 and not expected_miss(response.url, deck.path) else None)
    try:
        page.goto(deck.url, wait_until="load")
        page.wait_for_function("document.body.classList.contains('impress-enabled')", timeout=10_000)
        # Measure and photograph the end state, not a fade half-way.
        page.add_style_tag(content="*, *::before, *::after { transition: none !important; }")
        step_ids = page.evaluate("[...document.querySelectorAll('.step')].map((s) => s.id)")
        assert len(step_ids) > 20
        failures = []
        for index, step_id in enumerate(step_ids):
            page.evaluate("(id) => impress().goto(id, 0)", step_id)
            page.wait_for_function("(id) => document.querySelector('.step.present')?.id === id",
                                   arg=step_id, timeout=5_000)
            # a frame laid out after the camera moved (two: the second starts after the first painted)
            page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
            seen = page.evaluate(MEASURE)
            left, top, right, bottom = seen["rect"]
            if left < -2 or top < -2 or right > width + 2 or bottom > height + 2:
                seen["problems"].append(f"step box {seen['rect']} outside the {width}x{height} viewport")
            page.screenshot(path=str(shots / f"{index:02d}-{step_id}.png"))
            failures += [f"step {index} ({step_id}): {problem}" for problem in seen["problems"]]
        assert not failures, "\n".join(failures)
        assert not foreign, f"requests left the page's origin: {foreign}"
        assert not elsewhere, f"requests left this machine: {elsewhere}"
        assert not console_errors, f"console errors: {console_errors}"
    finally:
        context.close()


def test_presenter_console_shows_the_current_steps_notes(chromium, deck):
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    elsewhere = outside_requests(context)  # the console's window and its previews too
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto(deck.url, wait_until="load")
        page.wait_for_function("document.body.classList.contains('impress-enabled')", timeout=10_000)
        page.evaluate("() => impress().goto(document.querySelectorAll('.step')[3], 0)")
        notes = page.evaluate("document.querySelector('.step.active .notes').innerText.trim()")
        with context.expect_page(timeout=10_000) as opened:
            page.keyboard.press("p")
        console = opened.value
        console.on("pageerror", lambda error: errors.append(f"console: {error}"))
        console.wait_for_function("(text) => document.body.innerText.includes(text)",
                                  arg=notes.split("\n")[0][:60], timeout=10_000)
        # The console's previews load the deck twice more: let them finish.
        console.wait_for_load_state("load")
        page.keyboard.press("ArrowRight")
        console.wait_for_function("document.getElementById('preView').contentDocument?.readyState === 'complete'",
                                  timeout=10_000)
        assert not errors, errors
        assert not elsewhere, f"the console asked another machine: {elsewhere}"
    finally:
        context.close()


def test_the_deck_opens_offline_from_a_file(chromium, tmp_path):
    """The attendee's case: the built folder opened as file://, no server at all."""
    build.build(target=tmp_path / "deck")
    index = (tmp_path / "deck" / "index.html").as_uri()
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    outside, errors = outside_requests(context), []  # no server at all: any host is too far
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("requestfailed", lambda request: errors.append(f"failed: {request.url}")
            if not expected_miss(request.url, tmp_path / "deck") else None)
    try:
        page.goto(index, wait_until="load")
        page.wait_for_function("document.body.classList.contains('impress-enabled')", timeout=10_000)
        for step in range(page.evaluate("document.querySelectorAll('.step').length")):
            page.evaluate("(i) => impress().goto(document.querySelectorAll('.step')[i], 0)", step)
        page.wait_for_function("[...document.images].every((img) => img.complete)", timeout=10_000)
        broken = page.evaluate("[...document.images].filter((img) => !img.naturalWidth).map((img) => img.src)")
        assert not broken, f"images that did not load: {broken}"
        # Its presenter console, from the file too.
        with context.expect_page(timeout=10_000) as opened:
            page.keyboard.press("p")
        opened.value.wait_for_load_state("load")
        page.keyboard.press("ArrowLeft")
        page.wait_for_timeout(500)  # the previews' new steps load: what they ask is seen
        assert not outside, f"the offline deck asked the network: {outside}"
        assert not errors, errors
    finally:
        context.close()


@pytest.mark.redis
def test_the_live_server_and_the_audience_view_ask_no_other_machine(chromium, deck, stack):
    """The deck as the live server serves it (its health, the audience QR, Flower's and
    the admin's frames) and the audience view that follows it."""
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    elsewhere = outside_requests(context)
    try:
        with bridged_audience_server(deck.path) as server:
            page = context.new_page()
            page.goto(server.deck_url)
            # the QR shows once live.js has found the server: its health polls are slow on a busy machine
            page.wait_for_function("window.Brownbag && Brownbag.stage && Brownbag.stage.audience", timeout=30_000)
            crowd = context.new_page()
            crowd.goto(f"{server.crowd}/?token={server.audience_token}")
            crowd.wait_for_function("window.Brownbag && Brownbag.follow && Brownbag.follow.state === 'live'",
                                    timeout=15_000)
            # The stage walks every step; the audience view follows it to the last.
            count = page.evaluate("document.querySelectorAll('.step').length")
            for index in range(count):
                page.evaluate("(i) => impress().goto(document.querySelectorAll('.step')[i], 0)", index)
            last = page.evaluate("document.querySelector('.step.active').id")
            crowd.wait_for_function("(id) => document.querySelector('.step.active')?.id === id", arg=last,
                                    timeout=15_000)
            page.wait_for_function("[...document.images].every((img) => img.complete)", timeout=15_000)
    finally:
        context.close()
    assert not elsewhere, f"requests left this machine: {elsewhere}"


def test_the_request_watch_tells_this_machine_from_others():
    """What the tests above count as this machine: files, loopback, nothing at all."""
    for url in ("file:///tmp/deck/index.html", "http://127.0.0.1:8000/api/health", "http://127.0.0.2:9/",
                "ws://localhost:1/stream", "http://[::1]:80/", "data:image/png;base64,AA", "about:blank",
                "blob:http://127.0.0.1:1/x"):
        assert is_local(url), url
    for url in ("https://fonts.googleapis.com/css2?family=Inter", "http://192.168.1.20:8000/",
                "https://cdn.jsdelivr.net/npm/x", "http://example.org/"):
        assert not is_local(url), url
