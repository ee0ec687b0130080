"""What to keep in mind in production: prefetch, redelivery, delayed delivery, shutdown.

Each demo starts workers of its own (``brownbag.workers.Worker``) with the one
setting it is about on their command line, on a queue nobody else reads, and stops
them by pid. The stack's workers keep the talk's settings (prefetch multiplier 1,
visibility timeout 60 s); only these demo workers differ.
"""

from __future__ import annotations

import json
import os
import signal
import time
from contextlib import contextmanager
from datetime import datetime

import httpx
from kombu.utils.url import url_to_parts
from kombu.utils.uuid import uuid

from brownbag import settings
from brownbag.probe import probe
from brownbag.workers import Worker, client_app, started
from demo import delivery
from demo.celeryconfig import transport_options

from ._cluster import demo_worker, node_name, until, wait_answering
from .payoff import fact, plural, table
from .registry import Expect, Param, scenario
from .runs import RunFailed


def config_args(conf: dict) -> list[str]:
    """Settings for one worker, on its command line: ``celery -A demo worker -- name=value``
    (``(json)`` tells celery to parse the value as JSON: numbers, booleans, strings, dicts)."""
    return ["--", *(f"{name}=(json){json.dumps(value)}" for name, value in conf.items())]


def purge(client, queue: str) -> None:
    """Leftovers of an interrupted run would spoil this one."""
    with client.connection_for_write() as conn:
        try:
            conn.default_channel.queue_purge(queue)
        except conn.channel_errors:  # not declared yet: nothing to purge
            pass


@contextmanager
def workers_up(client, workers: list[Worker], run=None):
    """Started together, answering; stopped by pid (SIGKILL to the group) on the way out,
    once the run has the events its tasks sent after their results (a worker sends them
    on its next loop: killed at once, the slide would show a finished task as started)."""
    with started(workers, graceful=False):
        wait_answering(client, workers)
        yield workers
        if run is not None:
            run.settle(2)


def redis_client(run):
    url = settings.broker_url("redis")
    up, why = probe(url)
    if not up:
        raise RunFailed(f"redis: {why} (invoke up)")
    return url, client_app(url)


def wait_started(client, nodes: list[str], task_id: str, timeout: float = 20.0) -> str:
    """The node running ``task_id`` (inspect active), once it runs."""
    def running_on() -> str | None:
        active = client.control.inspect(nodes, timeout=0.5).active() or {}
        return next((name for name, tasks in active.items() if any(t["id"] == task_id for t in tasks)),
                    None)

    if name := until(running_on, timeout):
        return name
    raise RunFailed(f"task {task_id} did not start on {', '.join(nodes)} within {timeout:g} s")


def send(run, client, task, args, **options):
    """``client.send_task`` with its id given to the run first: on the stack's broker the
    events bridge then draws the task's row (the demo's workers send events too)."""
    task_id = uuid()
    run.track(task_id)
    return client.send_task(task.name, args, task_id=task_id, **options)


# -- 1. prefetch -------------------------------------------------------------------

PREFETCH_QUEUE = "reports"
# (label, workers, processes each, flags): Celery's default prefetch is a multiplier of 4.
PREFETCH_ROUNDS = (
    ("1 worker, -c 2", 1, 2, ["--prefetch-multiplier", "4"]),
    ("2 workers, -c 1", 2, 1, ["--prefetch-multiplier", "4"]),
    ("2 workers, no prefetch", 2, 1, ["--disable-prefetch"]),
)


def short_name(nodename: str) -> str:
    return nodename.split("@", 1)[0]


def prefetch_round(run, label, count, processes, flags, url, client, long_s, shorts, short_s) -> dict:
    workers = [demo_worker(f"reports{i}", PREFETCH_QUEUE, url, args=flags, concurrency=processes)
               for i in range(1, count + 1)]
    nodes = [node_name(w) for w in workers]
    purge(client, PREFETCH_QUEUE)
    with workers_up(client, workers, run):
        sent_at = time.time()
        long = send(run, client, delivery.report, (long_s, "long"), queue=PREFETCH_QUEUE)
        busy = wait_started(client, nodes, long.id)
        small = [send(run, client, delivery.report, (short_s, f"short {i}"), queue=PREFETCH_QUEUE)
                 for i in range(1, shorts + 1)]
        time.sleep(0.5)  # the workers have taken what they will take
        inspect = client.control.inspect(nodes, timeout=1, limit=len(nodes))
        reserved, active = inspect.reserved() or {}, inspect.active() or {}
        snapshot = {short_name(n): {"active": len(active.get(n, [])), "reserved": len(reserved.get(n, []))}
                    for n in nodes}
        run.note(f"{label}: {short_name(busy)} runs the long report; inspect: "
                 + "; ".join(f"{w} active {s['active']}, reserved {s['reserved']}" for w, s in snapshot.items()))
        done = long.get(timeout=run.remaining(long_s + 30), disable_sync_subtasks=False)
        rows = [r.get(timeout=run.remaining(30), disable_sync_subtasks=False) for r in small]
    # A short report waited when it ran in the long one's process after it ended
    # (another process of that worker could have taken it: prefork's fair scheduling).
    waited = [r for r in rows if r["worker"] == busy and r["pid"] == done["pid"]
              and r["started"] >= done["ended"] - 0.05]
    last = max(r["ended"] for r in rows)
    run.note(f"{label}: {len(waited)} of {shorts} short reports waited for the long one; "
             f"all done {last - sent_at:.1f} s after sending")
    return {"round": label, "long on": short_name(busy), "snapshot": snapshot,
            "waited": len(waited), "shorts": shorts, "all done s": round(last - sent_at, 1)}


@scenario(
    "delivery.prefetch", "Prefetch: reserved is not running",
    slide="What to keep in mind / Prefetch",
    expect=Expect(lambda r, i: [x["waited"] > 0 for x in r["rounds"]] == [False, True, False],
                  params={"long": 2.5, "shorts": 4, "short": 0.2}),
    params=[Param("long", float, 4.0, min=2, max=10, help="seconds the long report takes"),
            Param("shorts", int, 6, min=2, max=12, help="how many short reports follow it"),
            Param("short", float, 0.3, min=0.1, max=1, help="seconds each short report takes")],
    timeout=150,
)
def prefetch(run, long, shorts, short):
    """Two prefork processes on Redis, queue 'reports', three ways: one worker with two
    processes, two workers with one each, the same with --disable-prefetch (5.6+, Redis
    only). One long report, then short ones. With Celery's default prefetch the worker
    running the long report also reserves short ones; in one worker its other process
    runs them, but a worker of one process keeps them waiting while the other worker idles."""
    url, client = redis_client(run)
    try:
        rounds = []
        for label, count, processes, flags in PREFETCH_ROUNDS:
            run.note(f"{label}: starting on queue {PREFETCH_QUEUE}")
            rounds.append(prefetch_round(run, label, count, processes, flags, url, client,
                                         long, shorts, short))
    finally:
        client.close()
    rows = []
    for r in rounds:
        busy = r["long on"]
        other = next((w for w in r["snapshot"] if w != busy), None)
        rows.append([r["round"],
                     f"{r['snapshot'][busy]['active']} / {r['snapshot'][busy]['reserved']}",
                     f"{r['snapshot'][other]['active']} / {r['snapshot'][other]['reserved']}" if other else "—",
                     {"value": f"{r['waited']} of {r['shorts']}", "tone": "bad" if r["waited"] else "good"},
                     f"{r['all done s']:.1f}"])
    one, default, off = rounds
    verdict = (f"short reports that waited for the long one: {one['waited']} in one worker, "
               f"{default['waited']} across two, {off['waited']} without prefetch")
    ok = default["waited"] and not off["waited"] and not one["waited"]
    return {"payoff": table(["two processes", "busy worker", "other worker", "shorts waited", "done (s)"],
                            rows, fact("verdict", verdict, tone="good" if ok else "warn"),
                            title="inspect active / reserved, 0.5 s after the short reports were sent",
                            headline=f"shorts stuck behind the long one: {one['waited']} in 1 worker, "
                                     f"{default['waited']} across 2, {off['waited']} with prefetch off"),
            "rounds": rounds, "verdict": verdict}


# -- 2. Redis visibility_timeout ------------------------------------------------------

VISIBILITY_QUEUE = "reminders"


def short_visibility_options(url: str) -> dict:
    """The stack's Redis options with the demo's short visibility timeout. The keepalive
    options have socket constants as keys, which JSON cannot carry: this worker does without."""
    options = {k: v for k, v in transport_options(url).items() if not k.startswith("socket_")}
    return {**options, **delivery.SHORT_VISIBILITY}


@scenario(
    "delivery.visibility", "Redis visibility_timeout: the countdown that runs twice",
    slide="What to keep in mind / Redis visibility timeout",
    expect=Expect(lambda r, i: r["runs"] >= 2 and r["within"] == {"countdown": 2, "runs": 1},
                  params={"countdown": 5}),
    params=[Param("countdown", float, 5.0, min=4, max=20,
                  help="seconds until the reminder is due (the demo worker's visibility timeout is 3 s)")],
    timeout=90,
)
def visibility(run, countdown):
    """One worker on Redis with visibility_timeout lowered to 3 s (the stack uses 60 s,
    kombu's default is an hour). A reminder is sent with a countdown longer than that: the
    worker holds the message unacked until it is due; after 3 s Redis's unacked message is
    restored to the queue and delivered again; at the due time both copies run. Beside it,
    a reminder due within the timeout (2 s) runs once."""
    url, client = redis_client(run)
    order = int(time.time() * 1000) % 1_000_000
    key, within_key = f"reminders:{order}", f"reminders:{order + 1}"
    options = short_visibility_options(url)
    within = options["visibility_timeout"] - 1  # seconds: a countdown the timeout covers
    worker = demo_worker("reminders", VISIBILITY_QUEUE, url,
                         args=config_args({"broker_transport_options": options}))
    try:
        purge(client, VISIBILITY_QUEUE)
        client.backend.client.delete(key, within_key)
        with workers_up(client, [worker], run):
            sent = time.time()
            result = send(run, client, delivery.send_reminder, (order,), queue=VISIBILITY_QUEUE,
                          countdown=countdown)
            send(run, client, delivery.send_reminder, (order + 1,), queue=VISIBILITY_QUEUE, countdown=within)
            run.note(f"sent reminders for order {order} (countdown={countdown:g} s) and {order + 1} "
                     f"(countdown={within:g} s); the worker's visibility_timeout is "
                     f"{options['visibility_timeout']} s")
            timeline, seen = [], None
            end = sent + countdown + options["visibility_timeout"] + 4
            while time.time() < end:
                scheduled = client.control.inspect([node_name(worker)], timeout=0.5, limit=1).scheduled() or {}
                held = sum(1 for t in scheduled.get(node_name(worker), []) if t["request"]["id"] == result.id)
                count = int(client.backend.client.get(key) or 0)
                if (held, count) != seen:
                    seen = (held, count)
                    timeline.append({"t": round(time.time() - sent, 1), "copies held": held, "sent": count})
                    run.note(f"t={time.time() - sent:4.1f} s: the worker holds {held} "
                             f"cop{'y' if held == 1 else 'ies'} of the reminder; reminders sent: {count}")
                if time.time() > sent + countdown + 1.5 and held == 0:
                    break
                time.sleep(0.3)
            runs = int(client.backend.client.get(key) or 0)
            within_runs = int(client.backend.client.get(within_key) or 0)
    finally:
        client.backend.client.delete(key, within_key)
        client.close()
    run.note(f"the {countdown:g} s reminder ran {runs} time{'s' if runs != 1 else ''}; "
             f"the {within:g} s one {within_runs} time{'s' if within_runs != 1 else ''}")
    rows = [[f"{p['t']:.1f}", p["copies held"], {"value": p["sent"], "tone": "bad" if p["sent"] > 1 else None}
             if p["sent"] > 1 else p["sent"]] for p in timeline][-8:]
    verdict = (f"countdown {countdown:g} s > visibility_timeout {options['visibility_timeout']} s: "
               f"sent {runs} times")
    return {"payoff": table(["seconds after sending", "copies the worker holds", "reminders sent"], rows,
                            fact("verdict", verdict, tone="bad" if runs > 1 else "warn"),
                            fact("within the timeout", f"countdown {within:g} s: sent {within_runs} time"
                                                       f"{'s' if within_runs != 1 else ''}",
                                 tone="good" if within_runs == 1 else "bad"),
                            title=f"the {countdown:g} s reminder",
                            headline=f"the {countdown:g} s reminder was sent {plural(runs, 'time')} "
                                     f"(visibility_timeout {options['visibility_timeout']} s); "
                                     f"the {within:g} s one {plural(within_runs, 'time')}"),
            "runs": runs, "within": {"countdown": within, "runs": within_runs}, "timeline": timeline, "countdown": countdown,
            "visibility_timeout": options["visibility_timeout"], "verdict": verdict}


# -- 3. RabbitMQ quorum queues and native delayed delivery ---------------------------

QUORUM_QUEUE = "orders"
DELAYED_LEVELS = 28  # kombu: celery_delayed_0 .. celery_delayed_27, TTL 2**level s each


def management(url: str) -> tuple[str, tuple[str, str]]:
    """The management API of the stack's RabbitMQ, with the broker URL's credentials."""

    parts = url_to_parts(url)
    cfg = settings.load()
    return (f"http://{cfg['bind']}:{cfg['ports']['rabbitmq_management']}/api",
            (parts.username or "guest", parts.password or "guest"))


def delayed_topology(url: str) -> dict:
    """What the management API lists of native delayed delivery: its queues and exchanges."""

    api, auth = management(url)
    version = httpx.get(f"{api}/overview", auth=auth, timeout=5).json()["rabbitmq_version"]
    queues = [q for q in httpx.get(f"{api}/queues/%2F", auth=auth, timeout=5,
                                   params={"columns": "name,type,arguments"}).json()
              if q["name"].startswith("celery_delayed_")]
    exchanges = [e for e in httpx.get(f"{api}/exchanges/%2F", auth=auth, timeout=5).json()
                 if e["name"].startswith("celery_delayed")]
    target = next((q for q in httpx.get(f"{api}/queues/%2F", auth=auth, timeout=5,
                                        params={"columns": "name,type"}).json()
                   if q["name"] == QUORUM_QUEUE), {})
    return {"rabbitmq": version, "queue type": target.get("type"),
            "delayed queues": len(queues), "quorum": sum(1 for q in queues if q.get("type") == "quorum"),
            "delayed exchanges": len(exchanges)}


def delayed_depths(client) -> dict[str, int]:
    """Messages in each delayed-delivery queue now (a passive declare: no stats lag)."""
    depths = {}
    with client.connection_for_write() as conn:
        channel = conn.default_channel
        for level in range(DELAYED_LEVELS):
            name = f"celery_delayed_{level}"
            count = channel.queue_declare(queue=name, passive=True).message_count
            if count:
                depths[name] = count
    return depths


@scenario(
    "delivery.quorum", "Quorum queues: RabbitMQ holds the countdown, not the worker",
    slide="What to keep in mind / Quorum queues",
    expect=Expect(lambda r, i: r["topology"]["queue type"] == "quorum" and r["runs"] == 1
                  and all(p["worker holds"] == 0 for p in r["timeline"]), params={"countdown": 3}),
    params=[Param("countdown", int, 6, min=2, max=30, help="seconds until the reminder is due")],
    timeout=90, broker="rabbitmq",
)
def quorum(run, countdown):
    """One worker on RabbitMQ whose queue 'orders' is a quorum queue on a topic exchange
    (task_create_missing_queue_type=quorum): Celery 5.5+ sends a countdown task through
    the celery_delayed_* exchanges and queues (native delayed delivery); the message waits
    there, the worker holds nothing (inspect scheduled) until it is due."""
    url = settings.broker_url("rabbitmq")
    up, why = probe(url)
    if not up:
        raise RunFailed(f"rabbitmq: {why} (invoke up --brokers redis,rabbitmq)")
    client = client_app(url)
    client.conf.update(delivery.QUORUM)
    order = int(time.time() * 1000) % 1_000_000
    key = f"reminders:{order}"
    worker = demo_worker("orders", QUORUM_QUEUE, url, args=config_args(delivery.QUORUM))
    try:
        client.backend.client.delete(key)
        with workers_up(client, [worker], run):
            purge(client, QUORUM_QUEUE)
            topology = delayed_topology(url)
            run.note(f"RabbitMQ {topology['rabbitmq']}: queue {QUORUM_QUEUE} is {topology['queue type']}; "
                     f"the worker declared {topology['delayed queues']} delayed queues "
                     f"({topology['quorum']} quorum) and {topology['delayed exchanges']} exchanges")
            send(run, client, delivery.send_reminder, (order,), queue=QUORUM_QUEUE, countdown=countdown)
            timeline = watch_reminder(run, client, worker, key, countdown)
            runs = int(client.backend.client.get(key) or 0)
    finally:
        client.backend.client.delete(key)
        client.close()
    if not runs:
        raise RunFailed(f"the reminder never ran ({countdown} s countdown): {worker.log_tail()}")
    return quorum_result(topology, timeline, runs)


def held_before_due(scheduled: list[dict], answered: float) -> int:
    """How many of ``inspect scheduled``'s entries the worker holds before their ETA.

    Celery routes every task that carries an ETA through its timer, a due one too (worker
    strategy: ``call_at(eta, ...)`` with no check that the ETA has passed), and ``scheduled``
    lists the timer's entries. So the reminder RabbitMQ delivered at its ETA shows there
    until the timer's next tick, which on a loaded machine can be the answer to the inspect
    that arrived with it: that is the worker starting a due task, not holding a countdown.
    An entry counts when its ETA was still ahead when the answer came back."""
    return sum(1 for entry in scheduled
               if entry.get("eta") and datetime.fromisoformat(entry["eta"]).timestamp() > answered)


def watch_reminder(run, client, worker, key: str, countdown: int) -> list[dict]:
    """Where the reminder is, every quarter second until it ran (or the countdown plus
    10 s passed): a row each time where it is, what the worker holds or the count changes."""
    sent = time.time()
    timeline, seen = [], None
    while time.time() < sent + countdown + 10:
        depths = delayed_depths(client)
        scheduled = client.control.inspect([node_name(worker)], timeout=0.5, limit=1).scheduled() or {}
        held = held_before_due(scheduled.get(node_name(worker), []), time.time())
        count = int(client.backend.client.get(key) or 0)
        # In no queue and not run yet: dead-lettered from one level to the next, or delivered.
        where = ", ".join(depths) or (f"{QUORUM_QUEUE}, then ran" if count else "moving on")
        if (where, held, count) != seen:
            seen = (where, held, count)
            timeline.append({"t": round(time.time() - sent, 1), "in RabbitMQ": where,
                             "worker holds": held, "sent": count})
            run.note(f"t={time.time() - sent:4.1f} s: message in {where}; "
                     f"the worker holds {held}; reminders sent: {count}")
        if count:
            break
        time.sleep(0.25)
    return timeline


def quorum_result(topology: dict, timeline: list[dict], runs: int) -> dict:
    """The table of where the message waited, and the verdict: in RabbitMQ, never in the worker."""
    held_ever = max(p["worker holds"] for p in timeline)
    in_delayed = [p for p in timeline if p["in RabbitMQ"].startswith("celery_delayed")]
    verdict = (f"held by RabbitMQ in {', '.join(dict.fromkeys(p['in RabbitMQ'] for p in in_delayed)) or '—'}; "
               f"the worker held it: {'yes' if held_ever else 'never'}; sent {runs} time{'s' if runs > 1 else ''}")
    rows = [[f"{p['t']:.1f}", p["in RabbitMQ"], p["worker holds"], p["sent"]] for p in timeline][-8:]
    return {"payoff": table(["seconds after sending", "message is in", "worker holds", "reminders sent"], rows,
                            fact("management API", f"RabbitMQ {topology['rabbitmq']}: {topology['quorum']} "
                                                   f"celery_delayed_* quorum queues, "
                                                   f"{topology['delayed exchanges']} exchanges"),
                            fact("verdict", verdict, tone="good" if in_delayed and not held_ever else "bad"),
                            headline=("RabbitMQ held the countdown" if in_delayed else
                                      "the message never waited in RabbitMQ")
                                     + (", the worker never did" if not held_ever else ", the worker held it too")
                                     + f"; sent {plural(runs, 'time')}"),
            "timeline": timeline, "topology": topology, "runs": runs, "verdict": verdict}


# -- 4. warm, soft and cold shutdown -------------------------------------------------

def shutdown_headline(cases: list[dict]) -> str:
    """What became of each case's task, grouped: "finished: warm · ran again: ... · lost: cold"."""
    def short(label: str) -> str:
        return label.split(":")[0] + (" + acks_late" if "acks_late" in label else "")
    groups = {"finished": [], "ran again": [], "lost": []}
    for c in cases:
        key = "finished" if c["fate"] == "finished" else "lost" if c["fate"].startswith("lost") else "ran again"
        groups[key].append(short(c["label"]))
    return " · ".join(f"{name}: {', '.join(labels)}" for name, labels in groups.items() if labels)


# (label, task, signal, worker settings, environment): one worker each, on a queue of its own.
SHUTDOWNS = (
    ("warm: SIGTERM", delivery.export, signal.SIGTERM, {}, {}),
    ("cold: SIGQUIT", delivery.export, signal.SIGQUIT, {}, {}),
    ("cold: SIGQUIT, acks_late", delivery.export_late, signal.SIGQUIT, {}, {}),
    # REMAP_SIGTERM=SIGQUIT: the SIGTERM a container gets starts a cold shutdown, soft first.
    ("soft: SIGTERM, acks_late", delivery.export_late, signal.SIGTERM,
     delivery.SOFT_SHUTDOWN, {"REMAP_SIGTERM": "SIGQUIT"}),
)


def queue_size(client, queue: str) -> int:
    with client.connection_for_write() as conn:
        try:
            return conn.default_channel.queue_declare(queue=queue, passive=True).message_count
        except conn.channel_errors:
            return 0


# What a worker's log says about its shutdown (celery's and kombu's own words).
SHUTDOWN_LINES = ("Warm shutdown", "Cold shutdown", "Initiating Soft Shutdown", "unacknowledged message")


def said(worker: Worker) -> list[str]:
    try:
        text = worker.log_path.read_text(errors="replace")
    except OSError:
        return []
    return [line.split("] ", 1)[-1].strip() for line in text.splitlines()
            if any(marker in line for marker in SHUTDOWN_LINES)]


def wait_exits(workers: list[Worker], timeout: float) -> dict[str, float]:
    """Seconds until each worker's main process exited (absent: still running at the timeout)."""
    start, exited = time.monotonic(), {}
    while len(exited) < len(workers) and time.monotonic() < start + timeout:
        for w in workers:
            if w.name not in exited and w.process.poll() is not None:
                exited[w.name] = round(time.monotonic() - start, 1)
        time.sleep(0.05)
    return exited


@scenario(
    "delivery.shutdown", "Warm, soft and cold shutdown: what becomes of the running task",
    slide="What to keep in mind / Shutdown",
    expect=Expect(lambda r, i: [c["fate"] for c in r["cases"]]
                  == ["finished", "lost (left RETRY)", "requeued, ran again", "requeued, ran again"],
                  params={"seconds": 3, "after": 0.5}),
    params=[Param("seconds", float, 3.0, min=2, max=10, help="how long each export takes"),
            Param("after", float, 1.0, min=0.5, max=5, help="seconds into the export the signal is sent")],
    timeout=120,
)
def shutdown(run, seconds, after):
    """Four workers (prefork, one process) on Redis, each running one export when it gets
    a signal: SIGTERM (warm), SIGQUIT (cold), SIGQUIT with acks_late, and SIGTERM under
    REMAP_SIGTERM=SIGQUIT with worker_soft_shutdown_timeout (5.5+) and acks_late. Then a
    fresh worker reads all four queues: what each task became (finished, handed back to
    the broker and run again, or lost)."""
    if after >= seconds:
        raise RunFailed(f"after ({after:g} s) must be shorter than the export ({seconds:g} s)")
    url, client = redis_client(run)
    cases = []
    for i, (label, task, sig, conf, env) in enumerate(SHUTDOWNS, start=1):
        queue = f"exports.{i}"
        cases.append({"label": label, "task": task, "signal": sig, "queue": queue,
                      "worker": demo_worker(f"exports{i}", queue, url,
                                            args=config_args(conf) if conf else (), env=env)})
    rows = []
    try:
        for case in cases:
            purge(client, case["queue"])
        with workers_up(client, [c["worker"] for c in cases]):
            for n, case in enumerate(cases, start=1):
                case["result"] = send(run, client, case["task"], (n, seconds), queue=case["queue"])
            for case in cases:
                wait_started(client, [node_name(case["worker"])], case["result"].id)
            time.sleep(after)
            for case in cases:
                os.kill(case["worker"].process.pid, case["signal"])
            run.note(f"{after:g} s into each {seconds:g} s export: "
                     + ", ".join(f"{c['signal'].name} to {c['worker'].name}" for c in cases))
            exited = wait_exits([c["worker"] for c in cases], seconds + 20)
            for case in cases:
                case["exit s"] = exited.get(case["worker"].name)
                case["state"] = client.AsyncResult(case["result"].id).state
                case["back on broker"] = queue_size(client, case["queue"])
                case["worker said"] = said(case["worker"])
                run.note(f"{case['label']}: worker exited after {case['exit s'] or 0:.1f} s; "
                         f"task {case['state']}; messages back in {case['queue']}: {case['back on broker']}")
        # The next worker: does anything come back? What can is what went back on the broker
        # (counted above); waiting for every case to succeed waited out the whole bound for
        # the one a cold shutdown lost, on every run.
        successor = demo_worker("exports-next", ",".join(c["queue"] for c in cases), url)
        coming = [c for c in cases if c["back on broker"]]
        with workers_up(client, [successor], run):
            end = time.monotonic() + seconds * len(coming) + 6  # one process runs them in turn
            while time.monotonic() < end and not all(
                    client.AsyncResult(c["result"].id).state == "SUCCESS" for c in coming):
                time.sleep(0.2)
        for case in cases:
            final = client.AsyncResult(case["result"].id)
            ran_by = (final.result or {}).get("exported_by") if final.state == "SUCCESS" else None
            worker_name = getattr(final, "worker", None) or (final._get_task_meta().get("worker") or "")
            if case["state"] == "SUCCESS":
                fate = "finished"
            elif final.state == "SUCCESS":
                fate = "requeued, ran again"  # back on the broker; the next worker ran it
            else:
                fate = f"lost (left {final.state})"  # acked at start, cancelled, never sent again
            case.update(final=final.state, fate=fate, ran_on=worker_name or ran_by)
            rows.append([case["label"], f"{case['exit s']:.1f}" if case["exit s"] is not None else "still running",
                         case["state"], case["back on broker"],
                         {"value": fate, "tone": "bad" if fate.startswith("lost") else "good"}])
    finally:
        client.close()
    soft_s = delivery.SOFT_SHUTDOWN["worker_soft_shutdown_timeout"]
    lost = [c["label"].split(":")[0] for c in cases if c["fate"].startswith("lost")]
    verdict = (f"lost: {', '.join(lost)} (acked when it started)" if lost else "nothing lost") + \
        "; acks_late: back on the broker, run again"
    return {"payoff": table(["shutdown", "exit (s)", "task then", "on broker", "became"], rows,
                            fact("soft", f"REMAP_SIGTERM=SIGQUIT, worker_soft_shutdown_timeout={soft_s:g}"),
                            fact("verdict", verdict, tone="warn"),
                            headline=shutdown_headline(cases)),
            "cases": [{k: v for k, v in c.items() if k not in ("task", "worker", "result", "signal")}
                      | {"signal": c["signal"].name} for c in cases],
            "verdict": verdict}
