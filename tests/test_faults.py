"""Faults injected into real servers: a worker killed mid-task, a broker stopped mid-run.

Every kill targets a pid we looked up (the task's own STARTED report, or
``invoke status --json``) and checked to be under the stack's supervisord.
Recovery times are measured and written to tests/_artifacts/faults-numbers.jsonl,
never asserted.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from celery.exceptions import WorkerLostError

from support.faults import (
    celery_inspect,
    kill_ours,
    program_pid,
    queue_length,
    record,
    started_pid,
    supervisorctl,
    supervisord_pid,
    unacked_task_ids,
    wait_for,
)
from support.skips import need
from support.stack import run_invoke, stack_status

pytestmark = pytest.mark.faults


def node(pool: str) -> str:
    from brownbag.stack.programs import worker_name

    return worker_name(pool)


def answers_ping(broker_url: str, name: str) -> bool:
    return name in celery_inspect(broker_url, "ping", [name])


# -- a worker killed mid-task -------------------------------------------------

@pytest.mark.timeout(180)
def test_pool_process_killed_acks_late_task_is_redelivered_once(stack):
    """SIGKILL the prefork child running an acks_late task: it runs again and succeeds once."""
    from demo.practices import charge_order

    root = supervisord_pid(stack.home)
    result = charge_order.apply_async((4242,), {"seconds": 3}, queue="prefork")
    victim = started_pid(result)
    killed_at = time.monotonic()
    kill_ours(victim, root)
    # reject_on_worker_lost: the parent rejects with requeue, another child runs it again
    assert result.get(timeout=90) == {"order_id": 4242, "charged": True}
    record("pool process killed (acks_late, redis)",
           seconds_to_result_after_kill=round(time.monotonic() - killed_at, 2))
    # the user's view: one result, and the retry ran in another process
    assert result.state == "SUCCESS"
    assert result.result == {"order_id": 4242, "charged": True}
    assert answers_ping(stack.broker_url("redis"), node("prefork"))


@pytest.mark.timeout(120)
def test_pool_process_killed_early_ack_task_is_lost(stack):
    """The default (ack on receipt): the broker forgot the message, the work is lost — loudly."""
    from demo.practices import charge_order_early_ack

    root = supervisord_pid(stack.home)
    result = charge_order_early_ack.apply_async((4343,), {"seconds": 3}, queue="prefork")
    kill_ours(started_pid(result), root)
    with pytest.raises(WorkerLostError):
        result.get(timeout=60)
    time.sleep(5)  # stays, the point: it does not come back later either, nothing redelivers it
    assert result.state == "FAILURE"
    assert result.id not in unacked_task_ids(stack.broker_url("redis"))


def kill_threads_worker(stack, task, broker: str = "redis"):
    """SIGKILL the whole threads worker (one process) while ``task`` runs in it.

    Returns (result, old pid, new pid, seconds until supervisord's new worker answered ping).
    """
    from demo.celery import connect

    old = program_pid(stack.status(), "worker-threads")
    assert old, "worker-threads is not running"
    with connect(stack.broker_url(broker)) as conn:
        result = task.apply_async((4444,), {"seconds": 5}, queue="threads", connection=conn)
        assert started_pid(result) == old  # threads pool: the task runs in the worker itself
        killed_at = time.monotonic()
        kill_ours(old, supervisord_pid(stack.home))

        def restarted():
            pid = program_pid(stack.status(), "worker-threads")
            return pid if pid and pid != old else None
        new = wait_for(restarted, 60, interval=0.5, what="supervisord to restart worker-threads")
        wait_for(lambda: answers_ping(stack.broker_url(broker), node("threads")), 90, interval=0.5,
                 what="the restarted threads worker to answer ping")
    return result, old, new, round(time.monotonic() - killed_at, 2)


@pytest.mark.timeout(300)
@pytest.mark.parametrize("broker", ["rabbitmq"])
def test_worker_killed_on_rabbitmq_redelivers_acks_late_task(on_broker, broker):
    """AMQP: the killed worker's connection closes, the broker requeues the unacked message."""
    from demo.practices import charge_order

    stack = on_broker(broker)
    result, old, new, recovered = kill_threads_worker(stack, charge_order, "rabbitmq")
    assert result.get(timeout=90) == {"order_id": 4444, "charged": True}
    record("worker process killed (acks_late, rabbitmq)", old_pid=old, new_pid=new,
           seconds_to_ping_after_kill=recovered)


@pytest.mark.timeout(180)
def test_worker_killed_on_redis_keeps_the_message(stack):
    """Redis: nothing closes a dead consumer's deliveries, the message waits in ``unacked``.

    It is not lost (it is on the broker, in the unacked hash) but it only comes back
    after the transport's visibility_timeout (60 s here, kombu's default is an hour):
    see the next test.
    """
    from demo.practices import charge_order

    result, old, new, recovered = kill_threads_worker(stack, charge_order)
    record("worker process killed (acks_late, redis)", old_pid=old, new_pid=new,
           seconds_to_ping_after_kill=recovered)
    assert result.id in unacked_task_ids(stack.broker_url("redis"))
    assert result.state == "STARTED"  # and it says so: started, never finished


@pytest.mark.timeout(240)
def test_worker_killed_on_redis_redelivers_within_a_talk(stack):
    """On stage a killed worker's task should come back within a minute, not an hour."""
    from demo.celery import app
    from demo.practices import charge_order

    options = app.conf.broker_transport_options
    visibility = options.get("visibility_timeout", 3600)
    sweep = options.get("unacked_restore_interval", 10) * options.get("unacked_restore_throttle", 10)
    assert visibility + sweep <= 120, (
        f"redelivery after a killed worker takes visibility_timeout {visibility} s + a sweep every "
        f"{sweep} s")
    result, *_ = kill_threads_worker(stack, charge_order)
    assert result.get(timeout=visibility + sweep + 30) == {"order_id": 4444, "charged": True}


# -- the broker stopped and started during a run ------------------------------

SCRATCH_BASE = ("--pools", "threads", "--no-flower", "--no-camera", "--no-engines")


@pytest.fixture(params=["redis", "rabbitmq"])
def broker_stack(request, scratch):
    """A scratch stack of our own (threads worker, beat, live server) on one broker."""
    broker = request.param
    brokers = "redis" if broker == "redis" else "redis,rabbitmq"
    result = run_invoke("up", "--brokers", brokers, "--broker", broker, *SCRATCH_BASE,
                        env=scratch, timeout=400)
    out = result.stdout + result.stderr
    if result.returncode and f"no {broker} server found" in out:
        need(broker, f"no {broker} server here: {out[-300:]}")
    assert result.returncode == 0, f"a {broker} scratch stack did not start:\n{out[-1500:]}"
    return broker, scratch, Path(scratch["INVOKE_BROWNBAG_HOME"])


SCRATCH_CLIENT = r"""
import json, sys, time
from demo.celery import app
from demo.practices import charge_order

def send(tag, n, seconds):
    sent, errors, waited = [], [], []
    for i in range(n):
        began = time.monotonic()
        try:
            sent.append(charge_order.apply_async((tag * 1000 + i,), {"seconds": seconds},
                                                 queue="threads").id)
        except Exception as exc:  # what a caller sees when the broker is gone
            errors.append(f"{type(exc).__name__}: {exc}")
        waited.append(round(time.monotonic() - began, 2))
    return {"sent": sent, "errors": errors, "waited": waited}

def states(ids):
    out = {}
    for task_id in ids:
        try:
            out[task_id] = app.AsyncResult(task_id).state
        except Exception as exc:
            out[task_id] = f"unreadable: {type(exc).__name__}"
    return out

for line in sys.stdin:
    cmd = json.loads(line)
    if cmd["op"] == "send":
        reply = send(cmd["tag"], cmd["n"], cmd["seconds"])
    elif cmd["op"] == "states":
        reply = states(cmd["ids"])
    elif cmd["op"] == "get":
        try:
            reply = {"ok": app.AsyncResult(cmd["id"]).get(timeout=cmd["timeout"])}
        except Exception as exc:
            reply = {"error": f"{type(exc).__name__}: {exc}".strip()[:200]}
    elif cmd["op"] == "ping":
        reply = {"names": [n for r in app.control.ping(timeout=1.0) for n in r]}
    print(json.dumps(reply), flush=True)
"""


class Client:
    """A Celery client process with the scratch stack's config (the app reads it at import)."""

    def __init__(self, env: dict):
        import os

        self.proc = subprocess.Popen([sys.executable, "-c", SCRATCH_CLIENT], text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     env={**os.environ, **env}, cwd=Path(__file__).parent.parent)

    def ask(self, **cmd):
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        assert line, "the client process died"
        return json.loads(line)

    def close(self):
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.mark.timeout(600)
def test_broker_restart_mid_run(broker_stack):
    """Stop the broker while tasks run, publish while it is down, start it again.

    Workers and beat reconnect by themselves (same pids); what was queued before
    completes; what was published while it was down raised a clear error to the
    caller; what ran at the moment it died either completes or is parked on the
    broker — every task is accounted for.
    """
    broker, env, home = broker_stack
    status = stack_status(env)
    pids = {name: program_pid(status, name) for name in ("worker-threads", "beat", "live")}
    live_url = next(c["url"] for c in status if c["name"] == "live")
    broker_url = next(c["url"] for c in status if c["name"] == broker)
    # `up --broker` told the workers; our client is told the same way
    client = Client({**env, "CELERY_BROKER_URL": broker_url})
    try:
        # before: 12 half-second tasks on 4 threads, the broker dies while they run
        before = client.ask(op="send", tag=1, n=12, seconds=0.5)
        assert not before["errors"]
        # the broker dies while they run: as soon as the first one has started
        wait_for(lambda: {"STARTED", "SUCCESS"} & set(client.ask(op="states", ids=before["sent"]).values()),
                 30, interval=0.05, what="a task sent before the outage to start")
        print(supervisorctl(home, "stop", broker))
        stopped_at = time.monotonic()
        # two: the first is refused at once, the next waits on the Redis result store's retries
        during = client.ask(op="send", tag=2, n=2, seconds=0)
        time.sleep(2)  # stays: the outage itself; workers and beat find the broker gone
        print(supervisorctl(home, "start", broker))
        started_at = time.monotonic()
        # after: the same client, the same workers, nothing restarted by hand
        # a loaded machine can take a minute to boot RabbitMQ: generous bounds, numbers recorded
        after = wait_for(lambda: (lambda r: r if not r["errors"] else None)(
            client.ask(op="send", tag=3, n=5, seconds=0)), 180, interval=1,
            what=f"publishing to work again after {broker} came back")
        accepting = round(time.monotonic() - started_at, 2)
        done = {"SUCCESS"}
        # the worker retries its connection with a growing pause (2, 4, 6... s)
        wait_for(lambda: set(client.ask(op="states", ids=after["sent"]).values()) <= done, 180,
                 interval=0.5, what="tasks sent after the restart to complete")
        recovered = round(time.monotonic() - started_at, 2)
        # what a long-lived client (the live server) sees: can it still wait on a result?
        waited_get = client.ask(op="get", id=after["sent"][0], timeout=10)

        # published while down: every one raised, with a message that says why
        assert len(during["sent"]) + len(during["errors"]) == 2
        for error in during["errors"]:
            # kombu's OperationalError from the broker, or (Redis as result store too) the
            # result consumer giving up: both say what is wrong, neither is silent
            assert any(why in error for why in ("OperationalError", "Connection",
                                                "reconnect to the Celery result store")), error
        # every task is accounted for: succeeded, failed loudly, or parked as unacked
        def accounted():
            states = client.ask(op="states", ids=before["sent"] + during["sent"])
            parked = unacked_task_ids(broker_url) if broker == "redis" else set()
            lost = [i for i, s in states.items() if s not in ("SUCCESS", "FAILURE")
                    and i not in parked]
            return (states, parked) if not lost else None
        states, parked = wait_for(accounted, 90, interval=1, what="every task to be accounted for")
        succeeded = sum(s == "SUCCESS" for s in states.values())

        # beat reconnected by itself: ticks keep arriving on the default queue
        ticks = queue_length(broker_url, "celery")
        wait_for(lambda: queue_length(broker_url, "celery") > ticks, 30, interval=0.5,
                 what="beat to send a tick after the restart")
        # the live server's health and its events bridge are back too (what the deck polls)
        def live_health():
            health = httpx.get(live_url + "api/health", timeout=10).json()
            return health if health["ok"] and health["events"]["up"] else None
        wait_for(live_health, 60, interval=1, what="the live server to see the broker and events")
        live_back = round(time.monotonic() - started_at, 2)
        status = stack_status(env)
        assert {name: program_pid(status, name) for name in pids} == pids, \
            "a worker, beat or the live server had to be restarted instead of reconnecting"
        record(f"broker restart ({broker})", seconds_down=round(started_at - stopped_at, 2),
               seconds_until_publish_accepted_after_start=accepting,
               seconds_to_first_result_after_start=recovered,
               seconds_until_live_server_healthy_with_events=live_back,
               before=len(before["sent"]), before_succeeded=succeeded - len(during["sent"]),
               before_parked_unacked=len(parked & set(before["sent"])),
               published_while_down=len(during["sent"]), refused_while_down=len(during["errors"]),
               seconds_each_refused_publish_waited=during["waited"],
               same_client_result_get_after_restart=waited_get,
               sample_error=(during["errors"] or [""])[0][:160])
    finally:
        client.close()
