"""The live server against the real test stack: its API, the SSE stream, each bad input, the
panel's keys and recordings, other brokers, the events bridge.

Every demo run from its panel and checked against its slide's ``expect=`` is the deck-order
walk of tests/test_present.py, on the stack ``invoke present`` brings up. The same check for
one demo on this module's stack, for its author, is opt-in (``-m one_demo -k <id>``): the
suite ran both and paid for every demo twice.

The stack fixture runs without its own live server (``--no-live``), so each module
starts ``python -m brownbag.live`` on a free port, with the stack's config, and stops it
by pid.
"""

from __future__ import annotations

import json
import re
import subprocess

import httpx
import pytest

from brownbag import pictures
from brownbag.probe import probe
from brownbag.scenarios import catalogue, get

from support.deck_page import goto_demo
from support.demo_app import celery_app_on
from support.faults import wait_for
from support.live_server import result_of, run_demo, start_live_server, stop, stream, types
from support.outcome import check_finished_panel, check_outcome, set_param
from support.paths import ROOT
from support.ports import free_ports
from support.skips import need

ARTIFACTS = ROOT / "tests" / "_artifacts"


@pytest.fixture(scope="module")
def live(stack):
    proc, url = start_live_server(stack)
    try:
        yield url
    finally:
        stop(proc)


def test_sse_stream_replays_a_finished_run(live):
    items = run_demo(live, "canvas.chain", {"start": 2})
    again = stream(live, items[0]["run_id"])
    assert again == items
    status = httpx.get(f"{live}/api/runs/{items[0]['run_id']}").json()
    assert status["status"] == "succeeded" and status["result"]["value"] == 32
    assert status["result"]["payoff"]["kind"] == "timeline"


def test_catalogue_and_health(live):
    demos = httpx.get(f"{live}/api/demos").json()
    assert {"canvas.chord", "practices.acks_late"} <= {d["id"] for d in demos}
    chord = next(d for d in demos if d["id"] == "canvas.chord")
    assert chord["command"] == "invoke demo canvas.chord" and chord["params"][0]["max"] == 30
    health = httpx.get(f"{live}/api/health", timeout=10).json()
    assert health["ok"] is True
    assert next(b for b in health["brokers"] if b["current"])["up"] is True
    assert {w["name"] for w in health["workers"] if w["up"]} >= {"prefork", "gevent", "threads"}
    assert health["events"]["up"] is True


# -- bad input ---------------------------------------------------------------------

def test_unknown_demo_is_404_with_the_known_ids(live):
    response = httpx.post(f"{live}/api/demos/rm-rf/runs", json={})
    assert response.status_code == 404
    assert "canvas.chord" in response.json()["known"]
    assert httpx.get(f"{live}/api/runs/nope/events").status_code == 404


def test_bad_parameter_is_422_naming_it_and_its_limits(live):
    response = httpx.post(f"{live}/api/demos/canvas.group/runs", json={"params": {"size": 10_000}})
    assert response.status_code == 422
    body = response.json()
    assert body["parameter"] == "size" and "between 1 and 30" in body["error"]
    response = httpx.post(f"{live}/api/demos/canvas.group/runs", json={"params": {"sh": "x"}})
    assert response.status_code == 422 and "'sh' is not a parameter" in response.json()["error"]


@pytest.mark.parametrize("body", [b'{"params": ', b"\xff\xfe", b"[1, 2]", b'{"params": 3}', b'{"cmd": "ls"}'])
def test_malformed_body_is_400(live, body):
    response = httpx.post(f"{live}/api/demos/canvas.group/runs", content=body)
    assert response.status_code == 400, response.text
    assert response.json()["error"]


def test_oversized_body_is_413(live):
    big = json.dumps({"params": {"size": 1, "pad": "x" * 100_000}})
    assert httpx.post(f"{live}/api/demos/canvas.group/runs", content=big).status_code == 413


def test_second_run_of_a_running_demo_is_409(live):
    first = httpx.post(f"{live}/api/demos/beat.ticks/runs", json={"params": {"seconds": 2}})
    assert first.status_code == 202
    second = httpx.post(f"{live}/api/demos/beat.ticks/runs", json={"params": {"seconds": 2}})
    assert second.status_code == 409
    assert second.json()["run_id"] == first.json()["run_id"]
    stream(live, first.json()["run_id"])  # let it finish
    third = httpx.post(f"{live}/api/demos/canvas.group/runs", json={})
    assert third.status_code == 202


def test_a_fifth_concurrent_run_is_429(live):
    """At most four demos at once (brownbag.live.app.MAX_RUNNING): a script can't flood the cluster."""
    slow = {"beat.ticks": {"seconds": 8}, "errors.timeout": {"seconds": 6},
            "worker.inspect": {"busy": 6}, "overview.async": {"work": 2},
            "canvas.group": {}}
    answers = [httpx.post(f"{live}/api/demos/{demo}/runs", json={"params": params}, timeout=30)
               for demo, params in slow.items()]
    codes = [r.status_code for r in answers]
    # a run an earlier test left finishing may hold one of the four places
    assert 429 in codes and set(codes[:codes.index(429)]) == {202}, codes
    assert 3 <= codes.index(429) <= 4, codes
    assert "already running" in answers[codes.index(429)].json()["error"]
    for response in answers:  # let them finish
        if response.status_code == 202:
            stream(live, response.json()["run_id"])
    assert httpx.post(f"{live}/api/demos/canvas.group/runs", json={}).status_code == 202


def test_broker_down_is_503_naming_it():
    """A live server whose broker port has nothing listening."""
    from starlette.testclient import TestClient

    from brownbag.live.app import create_app

    dead = f"redis://127.0.0.1:{free_ports(1)[0]}/0"
    with celery_app_on(dead) as celery_app, TestClient(create_app(celery_app)) as client:
        response = client.post("/api/demos/canvas.group/runs", json={})
    assert response.status_code == 503
    assert dead in response.json()["error"] and response.json()["broker"] == dead


def test_deck_not_built_says_how_to_build_it(tmp_path):
    from starlette.testclient import TestClient

    from brownbag.live.app import create_app

    # Outside a `with` block TestClient skips the lifespan: no events bridge needed here.
    page = TestClient(create_app(deck=tmp_path / "missing")).get("/")
    assert page.status_code == 503 and "invoke slides.build" in page.text


# -- the deck in a browser ------------------------------------------------------------
def test_recordings_are_served_as_json_and_as_the_script_live_js_loads():
    """Only the JSON is committed: the ``<id>.js`` a served deck (and the audience's) loads
    is made from it, so a recording made after the build shows without a rebuild."""
    from starlette.testclient import TestClient

    from brownbag import recording
    from brownbag.live.app import create_app

    client = TestClient(create_app())  # no `with`: no lifespan, no events bridge needed
    chord = recording.read("canvas.chord")
    assert chord, "slides/recordings/canvas.chord.json is missing: invoke slides.record"
    script = client.get("/recordings/canvas.chord.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    assert script.text == recording.script(chord)
    assert client.get("/recordings/canvas.chord.json").json() == chord
    # The pictures of Flower and the admin, which their slides load live too (they were 404s
    # in the live deck's console).
    picture = client.get("/recordings/monitoring.flower.png")
    assert picture.status_code == 200 and picture.headers["content-type"] == "image/png"
    assert picture.content == (recording.FOLDER / "monitoring.flower.png").read_bytes()
    for name in ("no.such.demo.js", "canvas.chord.txt", ".canvas.chord.json", "no.such.demo.png"):
        missing = client.get(f"/recordings/{name}")
        assert missing.status_code == 404 and missing.json() == {"error": f"no recording {name!r}"}


@pytest.fixture(scope="module")
def deck(stack):
    from brownbag.deck import build

    return build.build().index


@pytest.fixture(scope="module")
def presenter(live, deck, chromium):
    """The deck on the live server at 1280x720, one page for every demo in turn, as on stage."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = chromium.new_page(viewport={"width": 1280, "height": 720})
    page.errors = []
    page.ran = set()  # demos run so far, for the ones that read another's work (Scenario.after)
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.goto(live + "/")
    page.wait_for_function("document.documentElement.getAttribute('data-live') === 'up'", timeout=30000)
    yield page
    page.close()


# The registry's order: a demo after those it reads (engines.run after imports.run).
# For a demo's author: `pytest tests/test_live.py -m one_demo -k <id>` (pyproject's addopts
# leave it out of the suite, whose deck walk in tests/test_present.py checks every demo
# against its slide on the stack `invoke present` brings up: running both paid twice).
@pytest.mark.one_demo
@pytest.mark.parametrize("demo", [s.id for s in catalogue()])
def test_one_demo_runs_in_its_panel_and_shows_what_its_slide_claims(stack, live, presenter, demo):
    """Clicked in its panel with its Expect's parameters; the run, replayed by the API, has its
    events in order and its scenario's expected outcome; the payoff fits the slide at 1280x720."""
    scenario, page = get(demo), presenter
    if scenario.broker and scenario.broker not in stack.available:
        need(scenario.broker, f"{demo} runs on {scenario.broker}, which could not be started here")
    for first in scenario.after:
        if first not in page.ran:
            check_outcome(first, run_demo(live, first, get(first).expect.params))
            page.ran.add(first)
    panel = page.locator(f'.demo-panel[data-demo="{demo}"]')
    assert panel.count() == 1, f"no panel for {demo} in the deck"
    goto_demo(page, demo)
    assert panel.get_attribute("data-result") is None  # nothing ran on slide entry
    for name, value in scenario.expect.params.items():
        set_param(panel, name, value)
    panel.locator(".demo-run").click()
    page.wait_for_selector(f'.demo-panel[data-demo="{demo}"][data-result]', timeout=scenario.timeout * 1000 + 30000)
    assert panel.get_attribute("data-result") == "succeeded", panel.locator(".demo-summary").inner_text()
    page.ran.add(demo)
    check_finished_panel(page, live, demo, ARTIFACTS / f"live-{demo}.png")
    errors, page.errors = page.errors, []  # this demo's, not the next one's
    assert not errors, errors


def test_r_key_runs_the_demo_on_the_current_slide(live, deck, chromium):
    """R runs the current slide's demo; and nothing the live deck asks its server for is
    refused (the pictures of Flower and the admin were 404s in its console)."""
    page = chromium.new_page(viewport={"width": 1280, "height": 720})
    refused = []
    page.on("response", lambda r: r.url.startswith(live) and r.status >= 400
            and refused.append(f"{r.status} {r.url}"))
    page.goto(live + "/")
    page.wait_for_function("document.documentElement.getAttribute('data-live') === 'up'", timeout=30000)
    goto_demo(page, "canvas.chain")
    page.keyboard.press("r")
    page.wait_for_selector('.demo-panel[data-demo="canvas.chain"][data-result="succeeded"]', timeout=60000)
    rows = page.locator('.demo-panel[data-demo="canvas.chain"] .demo-row')
    assert rows.count() == 4
    assert rows.first.get_attribute("data-state") == "succeeded"
    assert page.locator('.demo-panel[data-demo="canvas.group"]').get_attribute("data-result") is None
    assert refused == []


def test_without_a_backend_the_panel_shows_the_recording(deck, chromium):
    recorded = {p.stem for p in (ROOT / "slides" / "recordings").glob("*.json")}
    if "canvas.chord" not in recorded:
        pytest.fail("slides/recordings/canvas.chord.json is missing: invoke slides.record")
    page = chromium.new_page(viewport={"width": 1600, "height": 900})
    page.goto(deck.as_uri())
    panel = page.locator('.demo-panel[data-demo="canvas.chord"]')
    page.wait_for_selector('.demo-panel[data-demo="canvas.chord"][data-recording]', timeout=15000)
    goto_demo(page, "canvas.chord")
    assert panel.get_attribute("data-mode") == "recording"
    assert panel.locator(".demo-banner").inner_text().startswith("Recorded \u00b7 ")  # date, broker
    assert "broker" in panel.locator(".demo-banner").get_attribute("title")
    assert panel.locator(".demo-cmd").inner_text().strip().endswith("invoke demo canvas.chord")
    assert panel.locator(".demo-row").count() >= 2
    panel.locator(".demo-run").click()  # replay
    page.wait_for_selector('.demo-panel[data-demo="canvas.chord"][data-result="succeeded"]', timeout=20000)
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(ARTIFACTS / "recording-canvas.chord.png"))


def test_a_finished_panel_already_shows_its_rows(deck, chromium):
    # On a busy machine a run's last events and its summary reach the page in one
    # go; whoever sees data-result (a test, slides.record) must see the rows too.
    page = chromium.new_page(viewport={"width": 1280, "height": 720})
    page.goto(deck.as_uri())
    page.wait_for_function("window.Brownbag && window.Brownbag.live && window.Brownbag.live.panels.length > 0")
    rows = page.evaluate("""() => {
        const panel = window.Brownbag.live.panels[0];
        panel.reset("");
        panel.add({kind: "run", run_id: "r", broker: "redis", timestamp: 100}, true);
        panel.add({kind: "event", type: "task-sent", uuid: "a", name: "demo.tasks.add", timestamp: 100.1}, true);
        panel.add({kind: "event", type: "task-succeeded", uuid: "a", result: 5, timestamp: 100.2}, true);
        panel.add({kind: "summary", status: "succeeded", result: 5, duration: 0.2}, true);
        return [panel.node.getAttribute("data-result"),
                panel.node.querySelectorAll(".demo-row").length];
    }""")
    assert rows == ["succeeded", 1]


def test_presenter_console_starts_no_run(live, deck, chromium):
    context = chromium.new_context(viewport={"width": 1600, "height": 900})
    page = context.new_page()
    posts = []
    context.on("request", lambda r: posts.append(r.url) if r.method == "POST" else None)
    page.goto(live + "/")
    page.wait_for_function("document.documentElement.getAttribute('data-live') === 'up'", timeout=30000)
    goto_demo(page, "canvas.chord")
    with context.expect_page(timeout=10000) as console_info:
        page.keyboard.press("p")
    console = console_info.value
    console.wait_for_load_state()
    # the previews load the whole deck twice: awaited until impress.js runs in both
    for preview in ("slideView", "preView"):
        console.wait_for_function("""(id) => document.getElementById(id)?.contentDocument?.body
            ?.classList.contains('impress-enabled')""", arg=preview, timeout=15000)
    frames = [f for f in console.frames if f != console.main_frame]
    assert frames, "the presenter console has no preview iframes"
    for frame in frames:
        assert frame.evaluate("() => typeof (window.Brownbag && window.Brownbag.live)") == "undefined"
        assert frame.locator(".demo-run").count() == 0
    # The deck itself reports its steps (/api/stage, for the audience); nothing else is posted.
    assert [p for p in posts if not p.endswith("/api/stage")] == []
    console.screenshot(path=str(ARTIFACTS / "presenter-console.png"))
    context.close()


# -- other brokers -----------------------------------------------------------------

@pytest.mark.parametrize("broker", ["rabbitmq", "sqlite"])
def test_demo_on_another_broker(on_broker, broker):
    """RabbitMQ carries events like Redis; SQLite has none, so the run follows results."""
    stack = on_broker(broker)
    proc, url = start_live_server(stack, broker)
    try:
        items = run_demo(url, "canvas.chord", {"size": 3})
    finally:
        stop(proc)
    result = result_of(items)
    assert (result["total"], result["expected"]) == (6, 6)
    follow = "results" if broker == "sqlite" else "events"
    assert items[0]["follow"] == follow and items[-1]["follow"] == follow
    succeeded = [i for i in items if i["kind"] == "event" and i["type"] == "task-succeeded"]
    assert len(succeeded) == 4
    if broker == "sqlite":
        assert all(i["source"] == "result-backend" for i in items if i["kind"] == "event")
    else:
        assert "task-received" in types(items) and "task-started" in types(items)


# -- the terminal --------------------------------------------------------------------

def test_invoke_demo_runs_in_the_terminal(stack):
    listing = stack.invoke("demo", "list")
    assert "canvas.chord" in listing.stdout and "practices.acks_late" in listing.stdout
    ran = stack.invoke("demo", "canvas.chain", "--param", "start=2", "--param", "length=3")
    # The payoff, in words, after the task table: no JSON dump.
    assert "SUCCEEDED" in ran.stdout and "2 doubled 3 times: 16" in ran.stdout
    assert '"value"' not in ran.stdout

def test_invoke_slides_record_keeps_the_run_once_as_json_stamped(stack, tmp_path):
    from brownbag import recording

    done = stack.invoke("slides.record", "--only", "canvas.chord", "--target", str(tmp_path))
    assert "recorded canvas.chord: 6 tasks" in done.stdout, done.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["canvas.chord.json"], "no .js: the build makes it"
    rec = recording.read("canvas.chord", tmp_path)
    assert rec["status"] == "succeeded" and rec["items"][-1]["kind"] == "summary"
    assert rec["broker_name"] == "redis" and rec["pools"] == ["prefork"] and rec["recorded"].endswith("+00:00")


@pytest.mark.browser
def test_slides_record_pictures_flower_as_the_run_left_it(stack, tmp_path):
    """Flower's own page, photographed after its demo's recorded run, for the offline deck:
    the tasks that run sent are in it, and no password (basic auth is not on the page)."""
    done = stack.invoke("slides.record", "--only", "monitoring.flower", "--target", str(tmp_path))
    assert "pictured Flower's tasks" in done.stdout, done.stdout + done.stderr
    picture = tmp_path / "monitoring.flower.png"
    head = picture.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    window = pictures.for_demo("monitoring.flower").size  # taken at twice the pixels, to stay sharp
    assert (int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")) == \
        (window[0] * pictures.SHARPNESS, window[1] * pictures.SHARPNESS)
    assert picture.stat().st_size > 50_000  # Flower's page, not a blank or an error page


@pytest.mark.parametrize("args, message", [
    (("demo", "canvas.nope"), "error: unknown demo 'canvas.nope'; known: "),
    (("demo", "canvas.chain", "--param", "start=-1"),
     "error: parameter 'start' must be an integer between 0 and 1000 (got '-1')"),
    (("demo", "canvas.chain", "--param", "start"), "error: --param 'start': write it as name=value"),
])
def test_invoke_demo_bad_input_is_one_line(stack, args, message):
    result = stack.invoke(*args, check=False)
    assert result.returncode == 1
    assert result.stderr.strip().startswith(message), result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


# -- the events bridge -------------------------------------------------------------------

def test_events_bridge_reconnects_after_the_broker_restarts():
    """Flower's pattern: the capture thread says why it lost the broker, backs off, and
    receives again once the broker is back. A Redis of our own, stopped by pid."""
    import shutil

    from brownbag.live.bridge import EventsBridge
    from demo.celery import app

    server = shutil.which("redis-server")
    if not server:
        need("redis", "no redis-server binary on PATH")
    port = free_ports(1)[0]
    url = f"redis://127.0.0.1:{port}/0"

    def start_redis():
        proc = subprocess.Popen([server, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                 "--appendonly", "no"], stdout=subprocess.DEVNULL)
        try:
            wait_for(lambda: probe(url)[0], 10, what="redis-server to answer")
        except AssertionError:
            proc.kill()
            raise
        return proc

    def send(uuid):
        with app.connection_for_write(url) as conn:
            app.events.Dispatcher(conn, hostname="test@here").send("task-sent", uuid=uuid)

    received = []
    redis_proc = start_redis()
    try:
        with celery_app_on(url):
            bridge = EventsBridge(app, received.append)
            bridge.start()
            try:
                # connected is the receiver's consume-ready: an event sent now is not missed
                assert bridge.connected.wait(10), bridge.error
                send("before")
                wait_for(lambda: any(e.get("uuid") == "before" for e in received), 20,
                         what="the event sent once connected")
                stop(redis_proc)
                wait_for(lambda: not bridge.connected.is_set() and bridge.error, 20,
                         what="the bridge to see the broker gone")
                assert "events:" in bridge.error
                redis_proc = start_redis()
                wait_for(bridge.connected.is_set, 30, what="the bridge to reconnect")
                send("after")
                wait_for(lambda: any(e.get("uuid") == "after" for e in received), 20,
                         what="the event sent once reconnected")
            finally:
                bridge.stop()
    finally:
        stop(redis_proc)


def test_events_bridge_tells_a_restarted_worker_from_a_reconnected_one():
    """A worker-online from a new pid is a restart (the slide says so for a few seconds);
    the same pid online again is a reconnect after a broker outage, and says nothing."""
    from brownbag.live.bridge import EventsBridge
    from demo.celery import app

    bridge = EventsBridge(app, lambda event: None)  # never started: events fed by hand
    bridge._on_event({"type": "worker-online", "hostname": "threads@h", "pid": 10})
    bridge._on_event({"type": "worker-heartbeat", "hostname": "threads@h", "pid": 10})
    bridge._on_event({"type": "worker-online", "hostname": "threads@h", "pid": 10})
    assert bridge.restarted_at == {}
    bridge._on_event({"type": "worker-online", "hostname": "threads@h", "pid": 11})
    assert set(bridge.restarted_at) == {"threads@h"}


def test_a_stopped_events_bridge_delivers_nothing_more():
    """The event its capture was waiting for when the server stopped goes nowhere: the
    server's loop is closed by then (in CI, "delivering task-sent failed: Event loop is
    closed" kept coming from a test's stopped server while the next module ran)."""
    from brownbag.live.bridge import EventsBridge
    from demo.celery import app

    delivered = []
    bridge = EventsBridge(app, delivered.append)  # never started: events fed by hand
    bridge._on_event({"type": "task-sent", "uuid": "a"})
    bridge.stop()
    bridge._on_event({"type": "task-sent", "uuid": "b"})
    assert [e["uuid"] for e in delivered] == ["a"]


def test_the_health_ping_expects_as_many_replies_as_the_stack_runs_workers(tmp_path):
    """The ping stops at that many replies instead of waiting out its timeout; a live
    server with no stack of its own sets no limit."""
    from brownbag.live import health
    from brownbag.stack import state as stack_state

    cfg = {"home": str(tmp_path)}
    assert health.expected_workers(cfg) is None
    assert health.expected_workers({"pools": ["prefork"]}) is None
    stack_state.write(cfg, {"programs": {"redis": {"kind": "broker"}, "live": {"kind": "service"},
                                         "worker-prefork": {"kind": "worker"},
                                         "worker-engines": {"kind": "worker"}}})
    assert health.expected_workers(cfg) == 2


def test_a_worker_heard_lately_is_up_though_it_missed_a_ping(stack):
    """On a saturated machine a ping can miss its 1 s window: a heartbeat heard in the
    last few seconds still counts, a clean worker-offline or silence does not."""
    from brownbag.live import health
    from brownbag.live.bridge import EventsBridge
    from demo.celery import app

    cfg = {"pools": ["prefork", "ghost"]}  # no ghost worker runs: it can only be heard
    bridge = EventsBridge(app, lambda event: None)  # never started: events fed by hand

    def pools() -> dict[str, dict]:
        return {w["name"]: w for w in health.workers(app, cfg, bridge)}

    bridge._on_event({"type": "worker-heartbeat", "hostname": "ghost@h", "pid": 7})
    found = pools()
    assert found["prefork"]["up"] and found["prefork"]["why"] == "answers ping"
    assert found["ghost"]["up"], found["ghost"]
    assert re.fullmatch(r"heartbeat [\d.]+ s ago \(no ping reply within 1 s\)", found["ghost"]["why"])

    bridge.worker_heard["ghost@h"] -= health.HEARD_WITHIN  # three heartbeats missed
    ghost = pools()["ghost"]
    assert not ghost["up"] and "no ghost worker answered a ping" in ghost["why"]

    bridge._on_event({"type": "worker-heartbeat", "hostname": "ghost@h", "pid": 7})
    bridge._on_event({"type": "worker-offline", "hostname": "ghost@h", "pid": 7})
    assert not pools()["ghost"]["up"]
