"""The lessons of issue 26, each checked against what its slide says, on real servers.

Django transactions: ``delay()`` inside ``atomic()`` against ``delay_on_commit()`` on the
job site of the test stack, and ``apply_async_on_commit`` sending nothing on a rollback.
PENDING: six task ids read through AsyncResult. Containers: workers pinned to one CPU.
``async def``: a coroutine task on a real worker. RabbitMQ 4.x: what this 3.x server does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import redis

from support.faults import wait_for
from support.live_server import (
    jobsite_rows,
    listening_live_server,
    result_of,
    run_demo,
)
from support.paths import ROOT
from support.skips import need


@pytest.fixture(scope="module")
def live(stack):
    with listening_live_server(stack) as url:
        yield url




def test_delay_in_atomic_misses_the_row_delay_on_commit_finds_it(live, stack):
    """Slide "on_commit, live": welcome fails with DoesNotExist (its user is committed right
    after); with delay_on_commit it finds the user."""
    result = result_of(run_demo(live, "ecosystem.django_commit"))
    early, late = result["sign_ups"]
    assert (early["way"], early["state"]) == ("delay() in atomic()", "FAILURE")
    assert "DoesNotExist" in early["it said"]
    assert (late["way"], late["state"]) == ("delay_on_commit()", "SUCCESS")
    assert late["it said"] == f"welcome, {late['user']}"
    # Both users were committed all along: the first task only looked too early.
    users = {u for (u,) in jobsite_rows(stack, "SELECT username FROM auth_user")}
    assert {early["user"], late["user"]} <= users
    # sign_up's reports are TaskResult rows: what the admin lists.
    for one in (early, late):
        (status, stored), = jobsite_rows(stack, "SELECT status, result FROM django_celery_results_taskresult "
                                         "WHERE task_id = ?", one["sign_up"])
        assert status == "SUCCESS" and json.loads(stored)["sent with"] == one["way"].split(" in ")[0]


ROLLBACK_OR_COMMIT = """
import sys
from celery.contrib.django.task import DjangoTask
from django.db import transaction
from demo.jobsite.tasks import welcome

queue, outcome = sys.argv[1], sys.argv[2]
try:
    with transaction.atomic():
        returned = welcome.apply_async_on_commit((0,), queue=queue)
        if outcome == "rollback":
            raise RuntimeError("the view failed")
except RuntimeError:
    pass
print(isinstance(welcome, DjangoTask), returned)
"""


@pytest.mark.parametrize("outcome, messages", [("commit", 1), ("rollback", 0)])
def test_on_commit_sends_after_a_commit_and_never_on_a_rollback(stack, outcome, messages):
    """Slide "In a transaction": the message leaves on COMMIT, none on a
    rollback; the task class is Celery's DjangoTask. The queue is one no worker reads, so the
    message stays in Redis to be counted."""
    queue = f"lessons-on-commit-{outcome}"
    creds = json.loads((stack.home / "credentials.json").read_text())["django"]
    env = {**os.environ, **stack.env, "BROWNBAG_HOME": str(stack.home),
           "DJANGO_SETTINGS_MODULE": "demo.jobsite.settings", "DJANGO_SECRET_KEY": creds["secret_key"]}
    broker = redis.Redis.from_url(stack.broker_url("redis"))
    broker.delete(queue)
    try:
        done = subprocess.run([sys.executable, "-c", ROLLBACK_OR_COMMIT, queue, outcome], cwd=ROOT,
                              env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        assert done.stdout.split() == ["True", "None"]  # a DjangoTask; no AsyncResult before COMMIT
        assert broker.llen(queue) == messages
    finally:
        broker.delete(queue)


def test_pending_is_unknown_and_exists_only_knows_what_is_stored(live, stack):
    """Slides "PENDING means unknown" / "Six ids, live": a made-up id, a queued task and an
    untracked running one all read PENDING and don't exist(); what was stored does, and the
    stored name (result_extended) is the worker's; the parked queue is left empty."""
    rows = {r["id"]: r for r in result_of(run_demo(live, "practices.pending", {"seconds": 2}))["ids"]}
    unknown = ("made up, never sent", "queued, no worker yet", "running, track_started=False")
    for label in unknown:
        assert (rows[label]["state"], rows[label]["exists()"]) == ("PENDING", False), label
    assert (rows["queued, SENT stored on send"]["state"], rows["queued, SENT stored on send"]["exists()"]) \
        == ("SENT", True)
    for label in ("running, task_track_started", "finished"):
        assert rows[label]["exists()"] and rows[label]["name"] == "demo.pending.build_report"
    assert [rows[label]["state"] for label in ("running, task_track_started", "finished")] == \
        ["STARTED", "SUCCESS"]
    assert redis.Redis.from_url(stack.broker_url("redis")).llen("parked") == 0


def test_a_pinned_worker_sizes_its_pool_by_the_host_unless_auto(live):
    """Slides "A worker in a container" / "One CPU of two, live": under taskset -c 0 the
    default pool has os.cpu_count() processes, ``--concurrency auto`` one, and says why."""
    result = result_of(run_demo(live, "practices.containers"))
    default, auto = result["default"], result["auto"]
    assert default["sched_getaffinity"] == auto["sched_getaffinity"] == [0]
    assert default["processes"] == default["max-concurrency"] == os.cpu_count() >= 2
    assert auto["processes"] == auto["max-concurrency"] == 1
    assert auto["log"].startswith("worker_concurrency='auto' resolved to 1 (pool=prefork")


def test_an_async_def_task_never_runs_its_body(stack):
    """Slide "async def and Celery, honestly": on a real worker the coroutine is never
    awaited (JSON results: EncodeError); the plain task running asyncio.run() works."""
    from kombu.exceptions import EncodeError

    from brownbag import settings
    from brownbag.workers import Worker, purge, started
    from demo.celery import app
    from demo.coroutines import notify, notify_async

    worker = Worker("lessons-async", "lessons-async", "solo", 1, settings.celery_broker_url(),
                    include=(), log_dir=stack.home / "logs", loglevel="info")
    purge(app, worker.queue)
    with started([worker], graceful=False):
        worker.wait_ready(app)
        failed = notify_async.apply_async((7,), queue=worker.queue)
        with pytest.raises(EncodeError, match="Object of type coroutine is not JSON serializable"):
            failed.get(timeout=20)
        assert notify.apply_async((7,), queue=worker.queue).get(timeout=20) == "notified 7"
        # ignore_result: nothing to encode, so the worker calls it a success; nothing ran
        quiet = notify_async.apply_async((8,), queue=worker.queue, ignore_result=True)
        wait_for(lambda: f"{quiet.id}] succeeded" in worker.log_path.read_text(), 20,
                 interval=0.2, what="the worker to log the ignored coroutine task")
        # CPython warns when the coroutine is freed: for this one, as the solo pool's
        # apply_target returns, a moment after the "succeeded" line (CI once read the log
        # in between, then the SIGKILL below came first). The EncodeError one is held by
        # its traceback's frames and may never be freed before the worker stops.
        wait_for(lambda: "was never awaited" in worker.log_path.read_text(), 20,
                 interval=0.2, what="the worker to warn of the coroutine never awaited")
    log = worker.log_path.read_text()
    assert f"notify_async[{quiet.id}] succeeded" in log and "<coroutine object notify_async" in log
    assert "coroutine 'notify_async' was never awaited" in log


def test_this_rabbitmq_is_3x_and_celery_5_7_is_ready_for_4x(stack):
    """Slide "RabbitMQ 4.x": the server here is 3.10.x (the recordings say so); kombu 5.7
    asks it for global QoS (3.x semantics) and would not on 4.x; Celery 5.7's event queue
    is exclusive, which the server enforces against a second connection."""
    if "rabbitmq" not in stack.available:
        need("rabbitmq", "RabbitMQ is not running in the test stack")
    from amqp.exceptions import ResourceLocked
    from kombu import Connection

    from demo.celery import app

    url = stack.broker_url("rabbitmq")
    with Connection(url) as conn, Connection(url) as other:
        conn.connect()
        version = conn.connection.server_properties["version"]
        assert version.startswith("3.10."), version
        assert conn.qos_semantics_matches_spec is False  # 3.x: Celery applies global QoS here
        receiver = app.events.Receiver(conn, handlers={})
        queue = receiver.queue(conn.default_channel)
        assert (queue.exclusive, queue.durable) == (True, False)
        queue.declare()
        with pytest.raises(ResourceLocked):
            queue.bind(other.default_channel).queue_declare(passive=True)
