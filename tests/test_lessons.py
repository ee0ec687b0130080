"""The lessons of issue 26, each checked against what its slide says, on real servers.

Django transactions: ``delay()`` inside ``atomic()`` against ``delay_on_commit()`` on the
job site of the test stack, and ``apply_async_on_commit`` sending nothing on a rollback.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import httpx
import pytest
import redis

from support.faults import wait_for
from support.live_server import result_of, run_demo, start_live_server, stop
from support.paths import ROOT


@pytest.fixture(scope="module")
def live(stack):
    proc, url = start_live_server(stack)
    try:
        # sign_up's events reach the run only once the bridge's queue is bound
        wait_for(lambda: httpx.get(f"{url}/api/health", timeout=5).json()["events"]["up"], 30,
                 interval=0.2, what="the live server's events bridge to bind its queue")
        yield url
    finally:
        stop(proc)


def query(stack, sql: str, *args) -> list[tuple]:
    with sqlite3.connect(f"file:{stack.home / 'jobsite.sqlite3'}?mode=ro", uri=True) as conn:
        return conn.execute(sql, args).fetchall()


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
    users = {u for (u,) in query(stack, "SELECT username FROM auth_user")}
    assert {early["user"], late["user"]} <= users
    # sign_up's reports are TaskResult rows: what the admin lists.
    for one in (early, late):
        (status, stored), = query(stack, "SELECT status, result FROM django_celery_results_taskresult "
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
