"""The stack `invoke up` brings up, exercised for real: tasks on every pool of
every broker, beat, Flower, status, and `up` run twice."""

from __future__ import annotations

import socket
import stat
import time
import urllib.error
import urllib.request
from base64 import b64encode

import pytest

from support.skips import need

POOLS = ("prefork", "gevent", "eventlet", "threads")


def round_trip_on_each_pool(stack, broker: str) -> dict[str, dict]:
    from demo.celery import connect
    from demo.concurrency import whoami

    with connect(stack.broker_url(broker)) as conn:
        results = {pool: whoami.apply_async(queue=pool, connection=conn) for pool in POOLS}
        return {pool: result.get(timeout=60) for pool, result in results.items()}


@pytest.mark.parametrize("broker", ["redis", "rabbitmq", "sqlite"])
def test_each_pool_runs_its_queue(on_broker, broker):
    stack = on_broker(broker)
    host = socket.gethostname()
    for pool, reply in round_trip_on_each_pool(stack, broker).items():
        # the task detects its pool from its own runtime, not from the queue name
        assert reply["pool"] == pool, reply
        assert reply["hostname"] == f"{pool}@{host}"


def test_default_queue_and_engines_run_on_prefork(stack):
    from demo.basics import add
    from demo.concurrency import whoami

    assert add.delay(2, 3).get(timeout=30) == 5
    reply = whoami.apply_async(queue="engines").get(timeout=30)
    assert reply["pool"] == "prefork" and reply["hostname"].startswith("engines@")


def test_mongo_round_trip(stack):
    from brownbag import settings
    from brownbag.probe import probe

    url = settings.broker_url("mongo", stack.cfg)
    if not probe(url)[0]:
        need("mongo", f"no MongoDB answers at {url} (it has no Debian package; with a "
                      "Docker engine, `invoke up --brokers redis,mongo` runs one)")
    stack.use("mongo")
    try:
        assert all(r["pool"] == p for p, r in round_trip_on_each_pool(stack, "mongo").items())
    finally:
        stack.use("redis")


def test_beat_ticks_reach_a_worker(stack):
    """beat sends demo.periodic.tick every second (the test config); a worker receives it."""
    from demo.celery import app

    seen = []
    started = time.time()

    def on_received(event):
        if event.get("name") == "demo.periodic.tick" and event["timestamp"] >= started:
            seen.append(event)
            receiver.should_stop = True

    # One capture for the whole wait: each capture() declares its own queue,
    # and events published between two captures would be lost.
    with app.connection_for_read() as conn:
        receiver = app.events.Receiver(conn, handlers={"task-received": on_received})
        try:
            receiver.capture(limit=None, timeout=15, wakeup=False)
        except TimeoutError:  # socket.timeout is TimeoutError since 3.10
            pass
    assert seen, "no beat tick was received by a worker within 15 s"
    assert seen[0]["hostname"].endswith(socket.gethostname())


def get(url: str, auth: tuple[str, str] | None = None) -> int:
    request = urllib.request.Request(url)
    if auth:
        request.add_header("Authorization", "Basic " + b64encode(":".join(auth).encode()).decode())
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_flower_answers_with_basic_auth(stack):
    user, password = stack.flower_auth
    assert password in stack.up_output, "`invoke up` prints Flower's password"
    assert get(stack.flower_url + "/") == 401
    assert get(stack.flower_url + "/", (user, "wrong")) == 401
    assert get(stack.flower_url + "/", (user, password)) == 200


def test_status_reports_every_component(stack):
    components = {c["name"]: c for c in stack.status()}
    for name in ("redis", "worker-prefork", "worker-gevent", "worker-eventlet",
                 "worker-threads", "beat", "flower"):
        assert components[name]["state"] == "RUNNING", components[name]
    assert components["redis"]["how"] in ("local binary", "embedded", "reused")
    assert components["redis"]["url"] == stack.broker_url("redis")
    assert components["flower"]["port"] == stack.cfg["ports"]["flower"]
    assert all(c["pid"] for c in components.values() if c["how"] == "supervisord")


def test_what_holds_secrets_is_readable_by_us_only(stack):
    """Generated passwords, and the state that may carry a broker URL with one."""
    for name in ("credentials.json", "state.json", "supervisord.conf"):
        assert stat.S_IMODE((stack.home / name).stat().st_mode) == 0o600, name


def test_up_twice_is_harmless(stack):
    before = {c["name"]: c["pid"] for c in stack.status()}
    stack.use(stack.broker)
    after = {c["name"]: c["pid"] for c in stack.status()}
    assert after == before, "a second `up` with the same options restarted something"
