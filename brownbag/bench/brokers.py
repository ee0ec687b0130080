"""The same workload through every broker that answers, Celery beside the raw transport.

For each broker: ``tasks`` no-op tasks sent at once and collected (throughput),
then ``round_trips`` tasks one at a time (latency percentiles), twice: through
the talk's app (events and extended results on) and through the same app with
them off (``LEAN``), so the room sees what those features cost. Beside them,
kombu alone moves the same number of messages through the same broker (one
client, publish then consume, serially; no worker, no result backend): a floor
for the transport, not "Celery's own work" — the raw client's read path differs
per broker (RabbitMQ's AMQP consumer is far quicker than Redis's BRPOP loop),
so the same Celery code sits at very different ratios to it. Polling transports (MongoDB, SQLite) are run with their
polling interval stated (0.01 s by default here), and SQLite once more at
kombu's own default (1 s, inherited from ``kombu.transport.virtual.Transport``):
a worker that finds its queue empty sleeps that long, and with a prefetch of
``concurrency x 1`` it finds it "empty" after every couple of messages, so the
slide shows what leaving the default costs. That row measures fewer tasks:
at one poll a second, the full batch would take minutes.
"""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import dataclass

from celery.result import ResultSet
from kombu import Connection
from kombu.transport import sqlalchemy as sqla_transport
from kombu.utils.url import maybe_sanitize_url

from demo.celery import app

from .. import settings
from ..probe import probe
from ..workers import Worker, client_app, purge, started, transport_options
from . import lock
from .machine import Monitor

POLLING = ("mongo", "sqlite")
QUEUE = "bench.brokers"
RAW_QUEUE = "bench.raw"
DEFAULT_QUEUE = "bench.brokers.default-interval"
LEAN_QUEUE = "bench.brokers.lean"
# The talk's app sends task events (sent, received, started, succeeded) and writes
# extended results with a STARTED state first: what Flower and the panels need. The
# "lean" Celery row turns those off, so the room sees what they cost per task.
LEAN = {"worker_send_task_events": False, "task_send_sent_event": False,
        "task_track_started": False, "result_extended": False}
TIMEOUT = 180.0  # seconds for one phase on one broker before it is reported as an error


def kombu_default_polling_interval() -> float:
    """kombu's own polling interval for SQLAlchemy, read from the installed kombu.

    demo/celery.py sets the transport class's attribute at import (the stack polls
    every 10 ms), so the default is the one the class inherits, before that."""
    for cls in sqla_transport.Transport.__mro__[1:]:
        if "polling_interval" in cls.__dict__:
            return float(cls.__dict__["polling_interval"])
    return 1.0


@dataclass(frozen=True)
class Plan:
    tasks: int
    round_trips: int
    pool: str = "prefork"
    concurrency: int = 2
    polling_interval: float = 0.01
    # SQLite once more at kombu's default interval: a small batch, a few round trips.
    default_tasks: int = 2
    default_round_trips: int = 3

    @classmethod
    def for_mode(cls, quick: bool, **overrides):
        base = cls(tasks=60, round_trips=20) if quick else cls(tasks=2000, round_trips=300,
                                                                default_tasks=20, default_round_trips=20)
        return cls(**{**base.__dict__, **{k: v for k, v in overrides.items() if v is not None}})


def percentiles(samples: list[float]) -> dict:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {"p50_ms": round(cuts[49] * 1000, 3), "p90_ms": round(cuts[89] * 1000, 3),
            "p99_ms": round(cuts[98] * 1000, 3)}


def raw_transport(url: str, messages: int, round_trips: int, polling_interval: float | None) -> dict:
    """kombu alone: publish N then consume N; then publish+consume one at a time."""
    with Connection(url, transport_options=transport_options(url, polling_interval)) as conn:
        queue = conn.SimpleQueue(RAW_QUEUE)
        queue.clear()
        started = time.perf_counter()
        for i in range(messages):
            queue.put({"i": i}, serializer="json")
        for _ in range(messages):
            queue.get(block=True, timeout=TIMEOUT).ack()
        elapsed = time.perf_counter() - started
        samples = []
        for i in range(round_trips):
            started = time.perf_counter()
            queue.put({"i": i}, serializer="json")
            queue.get(block=True, timeout=TIMEOUT).ack()
            samples.append(time.perf_counter() - started)
        queue.close()
    return {"raw_throughput": round(messages / elapsed, 1),
            **{f"raw_{key}": value for key, value in percentiles(samples).items()}}


def through_celery(client, tasks: int, round_trips: int, queue: str = QUEUE) -> dict:
    """N no-ops sent at once and collected, then round trips one at a time."""
    started = time.perf_counter()
    with client.producer_or_acquire() as producer:
        results = [client.send_task("demo.basics.noop", queue=queue, producer=producer)
                   for _ in range(tasks)]
    ResultSet(results, app=client).get(timeout=TIMEOUT)
    elapsed = time.perf_counter() - started
    samples = []
    for _ in range(round_trips):
        started = time.perf_counter()
        client.send_task("demo.basics.noop", queue=queue).get(timeout=TIMEOUT)
        samples.append(time.perf_counter() - started)
    return {"throughput": round(tasks / elapsed, 1), **percentiles(samples)}


def bench_one(name: str, plan: Plan) -> list[dict]:
    """One broker's rows: the tuned run, and for SQLite the same at kombu's default interval."""
    url = settings.broker_url(name)
    polling = plan.polling_interval if name in POLLING else None
    row = {"broker": name, "label": name, "url": maybe_sanitize_url(url), "polling_interval": polling,
           "tasks": plan.tasks, "round_trips": plan.round_trips}
    up, why = probe(url, timeout=2.0)
    if not up:
        return [{**row, "status": "unreachable", "reason": f"{row['url']}: {why}"}]
    default = None
    if name == "sqlite":
        interval = kombu_default_polling_interval()
        default = {"broker": name, "label": f"{name} @ kombu default", "url": row["url"],
                   "polling_interval": interval, "variant": "kombu default interval",
                   "tasks": plan.default_tasks, "round_trips": plan.default_round_trips}
    client = client_app(url, polling)
    lean_client = client_app(url, polling)
    lean_client.conf.update(LEAN)
    try:
        purge(client, QUEUE)
        purge(client, LEAN_QUEUE)
        row.update(raw_transport(url, plan.tasks, plan.round_trips, polling))
        # celery reads ``name=(json)value`` after "--" as settings of that worker only.
        lean_args = ["--", *(f"{key}=(json){json.dumps(value)}" for key, value in LEAN.items())]
        workers = [Worker(f"bench-{name}", QUEUE, plan.pool, plan.concurrency, url,
                          polling_interval=polling, include=()),
                   Worker(f"bench-{name}-lean", LEAN_QUEUE, plan.pool, plan.concurrency, url,
                          polling_interval=polling, include=(), args=lean_args)]
        if default:
            purge(client, DEFAULT_QUEUE)
            # Started with the tuned worker so their start-ups overlap (quick mode stays short);
            # idle at one poll a second, it costs nothing while the tuned one is measured.
            workers.append(Worker(f"bench-{name}-default", DEFAULT_QUEUE, plan.pool, plan.concurrency, url,
                                  polling_interval=default["polling_interval"], include=()))
        with started(workers, graceful=False):
            workers[0].wait_ready(client)
            row.update(through_celery(client, plan.tasks, plan.round_trips))
            workers[0].stop(graceful=False)
            workers[1].wait_ready(lean_client)
            lean = through_celery(lean_client, plan.tasks, plan.round_trips, LEAN_QUEUE)
            row.update({f"lean_{key}": value for key, value in lean.items()})
            workers[1].stop(graceful=False)
            if default:
                measure_default(workers[2], client, plan, default, raw=row)
    except Exception as exc:
        rows = [{**row, "status": "error", "reason": f"{exc.__class__.__name__}: {exc}"[:300]}]
        if default:
            rows.append(default if "status" in default else
                        {**default, "status": "error", "reason": "not measured: the tuned run failed"})
        return rows
    finally:
        client.close()
        lean_client.close()
    ratios(row)
    return [{**row, "status": "ok"}] + ([default] if default else [])


def measure_default(worker: Worker, client, plan: Plan, default: dict, raw: dict) -> None:
    """SQLite at kombu's default polling interval, into ``default``; an error is the row's status."""
    try:
        worker.wait_ready(client)
        default.update(through_celery(client, plan.default_tasks, plan.default_round_trips, DEFAULT_QUEUE),
                       status="ok")
        # The raw transport never waits on a poll (it reads right after it writes),
        # so the tuned row's raw numbers are this row's too.
        default.update({k: v for k, v in raw.items() if k.startswith("raw_")})
        ratios(default)
    except Exception as exc:
        default.update(status="error", reason=f"{exc.__class__.__name__}: {exc}"[:300])


def ratios(row: dict) -> None:
    """The row's ratios, from its own figures (bench/runs.py calls it again on medians)."""
    row["throughput_ratio"] = round(row["raw_throughput"] / row["throughput"], 2)
    if "lean_throughput" in row:  # what the events and extended results cost, as a ratio
        row["lean_speedup"] = round(row["lean_throughput"] / row["throughput"], 2)
    row["p50_ratio"] = round(row["p50_ms"] / row["raw_p50_ms"], 2) if row["raw_p50_ms"] else None
    row["overhead_ms"] = round(row["p50_ms"] - row["raw_p50_ms"], 3)


def run(brokers=settings.BROKERS, quick=True, on_row=None, on_wait=None, lock_timeout: float = 600.0,
        **overrides) -> dict:
    """Benchmark each broker in turn; ``on_row(row)`` hears each result as soon as it is in."""
    plan = Plan.for_mode(quick, **overrides)
    report = {"benchmark": "brokers", "mode": "quick" if quick else "full",
              "settings": {"task": "demo.basics.noop", "tasks": plan.tasks, "round_trips": plan.round_trips,
                           "pool": plan.pool, "concurrency": plan.concurrency,
                           "prefetch_multiplier": app.conf.worker_prefetch_multiplier,
                           "acks_late": bool(app.conf.task_acks_late),
                           "result_backend": maybe_sanitize_url(settings.celery_result_backend()),
                           "polling_interval_s": plan.polling_interval,
                           "kombu_default_polling_interval_s": kombu_default_polling_interval(),
                           "default_interval_tasks": plan.default_tasks,
                           "default_interval_round_trips": plan.default_round_trips,
                           "worker_flags": "--without-gossip --without-mingle --without-heartbeat",
                           "celery": "the talk's app: task events sent (sent, received, started, succeeded), "
                                     "task_track_started and result_extended on",
                           "lean_celery": "the same app and worker with " + ", ".join(
                               f"{key}={value}" for key, value in LEAN.items()),
                           "raw_kombu": "kombu alone, one client: publish N then consume N, serially; no worker, "
                                        "no result backend, no events"},
              "rows": []}
    urls = [settings.broker_url(name) for name in brokers] + [settings.celery_result_backend()]
    with lock.exclusive("brokers", on_wait, lock_timeout), \
            Monitor(services=urls, before=1.0 if quick else 3.0) as monitor:
        for name in brokers:
            for row in bench_one(name, plan):
                report["rows"].append(row)
                if on_row:
                    on_row(row)
    report["machine_state"] = monitor.record()
    return report
