"""The audience view and the phone remote (brownbag/live/audience.py, stage.py, streams.py;
slides/assets/presenter.js, follow.js): a real live server on the test stack, its
audience socket on 127.0.0.2 (a loopback alias standing for the room's interface; never
0.0.0.0), the presenter, an attendee and the phone in separate browser contexts.

The follow latency (presenter's step change -> the attendee's deck moving) is measured
over 20 steps and printed (`pytest -s`); set BROWNBAG_SHOTS=<dir> for screenshots.
"""

from __future__ import annotations

import json
import os
import statistics
import string
import time
from contextlib import ExitStack

import httpx
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from support.audience_server import AUDIENCE, AudienceServer, bridged_audience_server
from support.faults import wait_for
from support.ports import free_ports
from support.stack import PORT_NAMES, run_invoke, stack_env

DEMO = "canvas.group"
SHOTS = os.environ.get("BROWNBAG_SHOTS")


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    from brownbag.deck import build

    target = tmp_path_factory.mktemp("deck")
    build.build(target=target)
    return target


@pytest.fixture(scope="module")
def server(deck):
    """Refusals need no cluster; the browser test asks for the stack itself."""
    server = AudienceServer(deck, burst=100_000, rate=100_000)
    yield server
    server.stop()


# -- the pieces --------------------------------------------------------------------

def test_audience_names_one_interface_never_all():
    from brownbag.live.audience import AudienceError, interfaces, resolve

    loopback = next(name for name, addrs in interfaces().items() if "127.0.0.1" in addrs)
    assert resolve(loopback) == "127.0.0.1"
    assert resolve(" 127.0.0.2 ") == "127.0.0.2"
    for wildcard in ("0.0.0.0", "::"):
        with pytest.raises(AudienceError, match="not every"):
            resolve(wildcard)
    with pytest.raises(AudienceError, match=f"neither an interface nor an address.*{loopback}"):
        resolve("wlan-nowhere")


@pytest.mark.parametrize("value, message", [
    ("0.0.0.0", "name one interface or address, not every one"),
    ("127.0.0.1", "the deck already listens on 127.0.0.1"),
])
def test_invoke_up_refuses_a_bad_audience_before_starting_anything(tmp_path, value, message):
    env = stack_env(tmp_path, dict(zip(PORT_NAMES, free_ports(len(PORT_NAMES)), strict=True)))
    result = run_invoke("up", "--audience", value, env=env, timeout=60)
    assert result.returncode == 1 and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "supervisord.conf").exists() and not (tmp_path / "logs").exists()


def test_stage_reports_are_checked_and_notes_stay_private():
    from brownbag.live.stage import Stage, StageError

    stage = Stage()
    for bad in (None, [], {"step": ""}, {"step": 3}, {"step": "a", "index": -1},
                {"step": "a", "index": True}, {"step": "a", "extra": 1}):
        with pytest.raises(StageError):
            stage.report(bad)
    stage.report({"step": "s1", "index": 0, "total": 2, "demo": "canvas.group",
                  "notes": "say hello"})
    assert stage.public()["step"] == "s1" and "notes" not in stage.public()
    assert stage.private()["notes"] == "say hello"
    stage.ran("canvas.group", "r1")
    stage.ran("canvas.chain", "r2")  # not on stage: remembered for when it is
    assert stage.run_id == "r1" and stage.version == 2
    with pytest.raises(StageError):
        stage.command({"action": "rm -rf"})
    assert stage.command({"action": "next"}) == {"action": "next", "decks": 0}


def test_off_loopback_the_audience_token_starts_nothing(tmp_path):
    """With brownbag.bind beyond loopback the presenter's API wants the presenter's token:
    the audience's is just a wrong one."""
    from starlette.testclient import TestClient

    from brownbag import settings
    from brownbag.live.app import create_app
    from brownbag.stack import credentials
    from demo.celery import app as celery_app

    cfg = {**settings.load(), "bind": "0.0.0.0", "home": str(tmp_path)}
    audience = credentials.load(tmp_path)["audience"]["token"]
    client = TestClient(create_app(celery_app, cfg=cfg), base_url="http://10.0.0.5:8000")
    auth = {"Authorization": f"Bearer {audience}"}
    assert client.post(f"/api/demos/{DEMO}/runs", json={}, headers=auth).status_code == 403
    assert client.post("/api/stage", json={"step": "x"}, headers=auth).status_code == 403


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8)


@pytest.fixture(scope="module")
def stage_client():
    from starlette.testclient import TestClient

    from brownbag.live.app import create_app
    from demo.celery import app as celery_app

    return TestClient(create_app(celery_app), base_url="http://127.0.0.1:8000")


@hsettings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.one_of(st.dictionaries(st.sampled_from(["step", "index", "total", "demo", "title",
                                                       "notes", "extra"]), json_values, max_size=4),
                      json_values, st.binary(max_size=40)))
def test_fuzzed_step_reports_never_500(stage_client, body):
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    answer = stage_client.post("/api/stage", content=content)
    assert answer.status_code in (200, 400), answer.text
    assert answer.headers["content-type"].startswith("application/json")
    if answer.status_code == 200:
        assert isinstance(body, dict) and isinstance(body.get("step"), str) and body["step"].strip()


# -- who may do what ---------------------------------------------------------------

def test_tokens_cookies_and_refusals(server):
    with httpx.Client(base_url=server.crowd, timeout=10) as anon:
        assert anon.get(f"/recordings/{DEMO}.js").status_code == 403  # the token first, here too
        page = anon.get("/")
        assert page.status_code == 403 and "QR code" in page.text
        assert anon.get("/?token=wrong").status_code == 403
        entry = anon.get(f"/?token={server.audience_token}")
        assert entry.status_code == 303 and entry.headers["location"] == "/"
        assert "httponly" in entry.headers["set-cookie"].lower()
        follow = anon.get("/")  # the cookie now
        assert follow.status_code == 200 and "<html data-follow" in follow.text
        assert anon.get("/remote").status_code == 403  # the audience's cookie is not enough
        replay = anon.get(f"/recordings/{DEMO}.js")  # what the audience's panels replay
        assert replay.status_code == 200 and f'BROWNBAG_RECORDINGS || {{}})["{DEMO}"] = ' in replay.text
        for path in ("/api/demos", "/api/health", f"/api/demos/{DEMO}/runs", "/api/stage"):
            answer = anon.post(path, json={}) if "runs" in path else anon.get(path)
            assert answer.status_code == 403, path
            assert "reaches no API" in answer.json()["error"]
    presenter = {"Authorization": f"Bearer {server.presenter_token}"}
    with httpx.Client(base_url=server.crowd, timeout=10, headers=presenter) as phone:
        assert phone.post("/remote/command", json={"action": "next"}).json()["action"] == "next"
        assert phone.post("/remote/command", json={"action": "shell"}).status_code == 400
        big = phone.post("/remote/command", content=iter([b"x" * 3000] * 4))  # chunked, no length
        assert big.status_code == 413, big.text
        evil = phone.post("/remote/command", json={"action": "next"},
                          headers={"Origin": "https://evil.example"})
        assert evil.status_code == 403 and "cross-origin" in evil.json()["error"]
        assert phone.get("/api/demos").status_code == 403  # no API for the presenter either
    with httpx.Client(base_url=server.deck_url, timeout=10) as deck:
        info = deck.get("/api/audience").json()
        assert info["enabled"] and info["url"].startswith(f"http://{AUDIENCE}:{server.port}/?token=")
        assert deck.get("/api/audience/qr.svg").text.startswith('<svg xmlns="http://www.w3.org/2000/svg"')


@pytest.fixture(scope="module")
def crowd_client(server):
    """One client (one kept-alive connection) for the fuzzed requests: no cookies kept."""
    with httpx.Client(base_url=server.crowd, timeout=5, cookies=None) as client:
        yield client


METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
PRESENTER_PATHS = ["/remote", "/remote/stream", "/remote/command", "/api", "/api/stage",
                   "/api/stage/commands", "/api/stage/stream", "/api/audience",
                   "/api/demos", f"/api/demos/{DEMO}", f"/api/demos/{DEMO}/runs",
                   "/api/runs/x", "/api/runs/x/events", "/api/health", "/jobsite/admin/",
                   "/index.html"]


@hsettings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.one_of(st.sampled_from(PRESENTER_PATHS),
                      st.text(alphabet=string.ascii_letters + string.digits + "/._-%?&=",
                              max_size=40).map(lambda p: "/api/" + p),
                      st.text(alphabet=string.printable, max_size=30).map(lambda p: "/" + p)),
       method=st.sampled_from(METHODS),
       body=st.one_of(st.none(), st.binary(max_size=60),
                      st.sampled_from([b'{"action": "run"}', b'{"params": {}}', b'{"step": "x"}'])),
       how=st.sampled_from(["cookie", "bearer"]))
def test_audience_token_never_reaches_the_presenter(server, crowd_client, path, method, body, how):
    """Every route, every method, any body, with the audience's token: refused, never a
    500, never a run, never a command to the deck."""
    before, commands = server.runs(), server.presenter.state.stage.version
    auth = ({"Cookie": f"brownbag_audience={server.audience_token}"} if how == "cookie" else
            {"Authorization": f"Bearer {server.audience_token}"})
    try:
        with crowd_client.stream(method, path, headers=auth, content=body) as answer:
            status = answer.status_code
    except httpx.InvalidURL:
        return  # not a request a client can send
    assert status < 500 or (status == 503 and path.startswith("/follow/")), (method, path, status)
    bare = path.split("?")[0].split("#")[0]
    if bare.startswith(("/api", "/remote")) and bare not in ("/remote/remote.js",):
        assert status in (403, 404, 405), (method, path, status)
    assert server.runs() == before
    assert server.presenter.state.stage.version == commands


def test_the_cap_and_the_rate_limit(deck):
    """Over brownbag.audience.max_connections a viewer is told the room is full (503 with
    Retry-After, JSON), the others keep streaming; one address gets at most per_address
    streams; a flood from one address gets 429."""
    one = AudienceServer(deck, max_connections=50, per_address=2, burst=1000, rate=1000)
    try:
        with httpx.Client(base_url=one.crowd, timeout=10,
                          headers={"Cookie": f"brownbag_audience={one.audience_token}"}) as client, \
                ExitStack() as held:
            for _ in range(2):
                assert held.enter_context(client.stream("GET", "/follow/stream")).status_code == 200
            third = client.get("/follow/stream")
            assert third.status_code == 429 and "per_address" in third.json()["error"]
    finally:
        one.stop()
    small = AudienceServer(deck, max_connections=3, burst=40, rate=5)
    cookie = {"Cookie": f"brownbag_audience={small.audience_token}"}
    try:
        with httpx.Client(base_url=small.crowd, timeout=10, headers=cookie) as client, \
                ExitStack() as held:
            streams = [held.enter_context(client.stream("GET", "/follow/stream")) for _ in range(3)]
            assert [s.status_code for s in streams] == [200] * 3
            full = client.get("/follow/stream")
            assert full.status_code == 503 and "room is full" in full.json()["error"]
            assert full.headers["retry-after"]
            assert next(streams[0].iter_lines()).startswith("event: stage")  # the 3 keep following
            streams[0].close()
            wait_for(lambda: small.crowd_slots["open"] < 3, 5, interval=0.05,
                     what="a closed stream to give its slot back")
            with client.stream("GET", "/follow/stream") as again:
                assert again.status_code == 200, "a freed slot is given again"
            answers = [client.get("/follow/qr.svg").status_code for _ in range(80)]
            assert 429 in answers and set(answers) <= {200, 429}
            assert answers.index(429) >= 30  # the burst passes first
    finally:
        small.stop()


# -- the browsers ------------------------------------------------------------------

def active(page) -> str:
    return page.evaluate("document.querySelector('#impress .step.active').id")


@pytest.fixture
def live_server(stack, deck):
    """A server of its own, started once the stack is up (bridged_audience_server)."""
    with bridged_audience_server(deck) as server:
        yield server


@pytest.mark.browser
@pytest.mark.redis
def test_audience_follows_presenter_and_remote_drives_the_deck(live_server, chromium):
    server, clock = live_server, time.monotonic()
    presenter_ctx = chromium.new_context(viewport={"width": 1280, "height": 720})
    audience_ctx = chromium.new_context(viewport={"width": 1280, "height": 720})
    phone_ctx = chromium.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                     has_touch=True, device_scale_factor=2)
    try:
        deck = presenter_ctx.new_page()
        deck.goto(server.deck_url)
        deck.wait_for_function("window.Brownbag && Brownbag.stage && Brownbag.stage.audience")
        deck.wait_for_function("document.querySelector('#title .audience-qr img').naturalWidth > 0")
        if SHOTS:
            deck.screenshot(path=f"{SHOTS}/title-qr-1280x720.png", animations="disabled")
        deck.keyboard.press("q")  # on demand, full screen
        deck.wait_for_selector(".audience-overlay .audience-qr img")
        if SHOTS:
            deck.screenshot(path=f"{SHOTS}/qr-on-demand-1280x720.png")
        deck.keyboard.press("q")
        deck.wait_for_selector(".audience-overlay", state="detached")
        crowd = audience_ctx.new_page()
        crowd.goto(f"{server.crowd}/?token={server.audience_token}")
        crowd.wait_for_function("window.Brownbag && Brownbag.follow && Brownbag.follow.state === 'live'")

        # 1. twenty steps, one every 500 ms: from the presenter's move to the attendee's.
        # A viewer that lags is sent the newest step only (streams.stage_events), so the
        # latency is taken over the steps the attendee's deck actually moved to.
        print(f"\npages open: {time.monotonic() - clock:.1f} s")
        targets = deck.evaluate("""async () => {
            const seen = [];
            for (let i = 0; i < 20; i++) {
                impress().next();
                seen.push(document.querySelector('#impress .step.active').id);
                await new Promise((done) => setTimeout(done, 500));
            }
            return seen;
        }""")
        assert len(set(targets)) == 20
        crowd.wait_for_function("(id) => Brownbag.follow.log.some(e => e.step === id)",
                                arg=targets[-1], timeout=10_000)
        assert active(crowd) == targets[-1]
        sent = {e["step"]: e["at"] for e in deck.evaluate("Brownbag.stage.reported")}
        seen = {}
        for entry in crowd.evaluate("Brownbag.follow.log"):
            seen.setdefault(entry["step"], entry["at"])  # its first arrival
        latencies = [seen[t] - sent[t] for t in targets if t in seen]
        assert len(latencies) >= 10, f"followed {len(latencies)} of 20 steps: {seen}"
        p50 = statistics.median(latencies)
        print(f"follow latency over {len(latencies)} of 20 steps: p50 {p50:.0f} ms, "
              f"p90 {sorted(latencies)[int(0.9 * len(latencies)) - 1]:.0f} ms, "
              f"max {max(latencies):.0f} ms, min {min(latencies):.0f} ms; load "
              f"{os.getloadavg()[0]:.2f}")
        assert p50 < 1000, latencies
        print(f"pages open and 20 steps followed: {time.monotonic() - clock:.1f} s")

        # 2. a demo run on stage: the attendee sees its events as they come
        DEMO_STEP = deck.evaluate(  # noqa: N806 (hovercraft numbers the steps: step-N)
            f"document.querySelector('.demo-panel[data-demo=\"{DEMO}\"]').closest('.step').id")
        deck.evaluate(f"impress().goto('{DEMO_STEP}')")
        crowd.wait_for_function(f"document.querySelector('#impress .step.active').id === '{DEMO_STEP}'")
        deck.wait_for_function(f"!document.querySelector('#{DEMO_STEP} .demo-run').disabled",
                               timeout=30_000)
        deck.click(f"#{DEMO_STEP} .demo-run")
        crowd.wait_for_selector(f"#{DEMO_STEP} .demo-panel .demo-row", timeout=30_000)
        crowd.wait_for_selector(f"#{DEMO_STEP} .demo-panel[data-result='succeeded']", timeout=60_000)
        deck.wait_for_selector(f"#{DEMO_STEP} .demo-panel[data-result='succeeded']", timeout=60_000)
        rows = crowd.eval_on_selector_all(f"#{DEMO_STEP} .demo-row[data-state='succeeded']",
                                          "rows => rows.length")
        assert rows >= 2 and rows == deck.eval_on_selector_all(
            f"#{DEMO_STEP} .demo-row[data-state='succeeded']", "rows => rows.length")
        if SHOTS:
            crowd.screenshot(path=f"{SHOTS}/audience-demo-1280x720.png")

        print(f"demo run followed: {time.monotonic() - clock:.1f} s")

        # 3. the attendee steps back on their own, and returns to live
        crowd.keyboard.press("ArrowLeft")
        crowd.wait_for_function("document.querySelector('.follow-bar').dataset.state === 'away'")
        assert active(crowd) != DEMO_STEP
        deck.evaluate("impress().next()")
        live_now = active(deck)
        crowd.wait_for_function("(id) => Brownbag.follow.stage.step === id", arg=live_now)
        assert active(crowd) != live_now, "on their own, the talk does not move them"
        if SHOTS:
            crowd.screenshot(path=f"{SHOTS}/audience-away-1280x720.png")
        crowd.click(".follow-back")
        crowd.wait_for_function("(id) => document.querySelector('#impress .step.active').id === id",
                                arg=live_now)

        # 4. the phone remote: next, prev, run, and the step's notes
        phone = phone_ctx.new_page()
        phone.goto(f"{server.crowd}/remote?token={server.presenter_token}")
        assert "token" not in phone.url  # kept in a cookie, out of the address bar
        phone.wait_for_function("document.getElementById('status').dataset.kind === 'ok'")
        phone.click("#next")
        deck.wait_for_function("(id) => document.querySelector('#impress .step.active').id !== id",
                               arg=live_now)
        moved = active(deck)
        crowd.wait_for_function("(id) => document.querySelector('#impress .step.active').id === id",
                                arg=moved)
        phone.click("#prev")
        deck.wait_for_function("(id) => document.querySelector('#impress .step.active').id === id",
                               arg=live_now)
        deck.evaluate(f"impress().goto('{DEMO_STEP}')")
        phone.wait_for_function(f"document.getElementById('run').textContent.includes('{DEMO}')")
        notes = deck.evaluate(f"document.querySelector('#{DEMO_STEP} .notes').innerText.trim()")
        assert notes[:40] in phone.inner_text("#notes")
        before, shown = server.runs(), server.presenter.state.stage.run_id
        phone.click("#run")
        phone.wait_for_function("""(old) => BrownbagRemote.run && BrownbagRemote.run.id !== old
            && BrownbagRemote.run.done""", arg=shown, timeout=60_000)
        assert server.runs() == before + 1
        assert "succeeded" in phone.inner_text("#status")
        print(f"remote done: {time.monotonic() - clock:.1f} s")
        if SHOTS:
            phone.screenshot(path=f"{SHOTS}/remote-390x844.png")
    finally:
        for ctx in (presenter_ctx, audience_ctx, phone_ctx):
            ctx.close()
