"""The same workload through every broker that answers, Celery beside the raw transport.

For each broker: ``tasks`` no-op tasks sent at once and collected (throughput),
then ``round_trips`` tasks one at a time (latency percentiles). Beside each,
kombu alone moves the same number of messages through the same broker
(publish then consume; one publish+consume at a time), so Celery's own cost
reads as a ratio. Polling transports (MongoDB, SQLite) are run with their
polling interval stated: kombu's default of 1 s would measure the sleep.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass

from celery.result import ResultSet
from kombu import Connection

from .. import settings
from demo.store import _mongo_client
from .workers import Worker, client_app, purge, running, transport_options

POLLING = ("mongo", "sqlite")
QUEUE = "bench.brokers"
RAW_QUEUE = "bench.raw"
TIMEOUT = 180.0  # seconds for one phase on one broker before it is reported as an error


@dataclass(frozen=True)
class Plan:
    tasks: int
    round_trips: int
    pool: str = "prefork"
    concurrency: int = 2
    polling_interval: float = 0.01

    @classmethod
    def for_mode(cls, quick: bool, **overrides):
        base = cls(tasks=200, round_trips=50) if quick else cls(tasks=2000, round_trips=300)
        return cls(**{**base.__dict__, **{k: v for k, v in overrides.items() if v is not None}})


def percentiles(samples: list[float]) -> dict:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {"p50_ms": round(cuts[49] * 1000, 3), "p90_ms": round(cuts[89] * 1000, 3),
            "p99_ms": round(cuts[98] * 1000, 3)}


def redact(url: str) -> str:
    """guest:guest@ is not a secret, but a URL on a slide should never show a password."""
    scheme, sep, rest = url.partition("://")
    return f"{scheme}{sep}{rest.split('@', 1)[-1]}" if "@" in rest else url


def reachable(name: str, url: str) -> str | None:
    """None when the broker answers now; else why not, in a few words."""
    if name == "mongo":
        client = _mongo_client(url)
        if client is None:
            return f"no MongoDB answered at {redact(url)}"
        client.close()
        return None
    try:
        with Connection(url, connect_timeout=2, transport_options=transport_options(url)) as conn:
            conn.ensure_connection(max_retries=1, interval_start=0, timeout=3)
    except Exception as exc:  # kombu raises transport-specific errors: all mean "not now"
        return f"{redact(url)}: {exc.__class__.__name__}: {exc}"[:160]
    return None


# [start:raw]
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
# [end:raw]


# [start:celery]
def through_celery(client, plan: Plan) -> dict:
    """N no-ops sent at once and collected, then round trips one at a time."""
    started = time.perf_counter()
    with client.producer_or_acquire() as producer:
        results = [client.send_task("demo.basics.noop", queue=QUEUE, producer=producer)
                   for _ in range(plan.tasks)]
    ResultSet(results, app=client).get(timeout=TIMEOUT)
    elapsed = time.perf_counter() - started
    samples = []
    for _ in range(plan.round_trips):
        started = time.perf_counter()
        client.send_task("demo.basics.noop", queue=QUEUE).get(timeout=TIMEOUT)
        samples.append(time.perf_counter() - started)
    return {"throughput": round(plan.tasks / elapsed, 1), **percentiles(samples)}
# [end:celery]


def bench_one(name: str, plan: Plan) -> dict:
    url = settings.broker_url(name)
    polling = plan.polling_interval if name in POLLING else None
    row = {"broker": name, "url": redact(url), "polling_interval": polling,
           "tasks": plan.tasks, "round_trips": plan.round_trips}
    why_not = reachable(name, url)
    if why_not:
        return {**row, "status": "unreachable", "reason": why_not}
    client = client_app(url, polling)
    try:
        purge(client, QUEUE)
        row.update(raw_transport(url, plan.tasks, plan.round_trips, polling))
        worker = Worker(f"bench-{name}", QUEUE, plan.pool, plan.concurrency, url,
                        polling_interval=polling, include=())
        with running([worker], lambda _: client):
            row.update(through_celery(client, plan))
    except Exception as exc:
        return {**row, "status": "error", "reason": f"{exc.__class__.__name__}: {exc}"[:300]}
    finally:
        client.close()
    row["throughput_ratio"] = round(row["raw_throughput"] / row["throughput"], 2)
    row["p50_ratio"] = round(row["p50_ms"] / row["raw_p50_ms"], 2) if row["raw_p50_ms"] else None
    row["overhead_ms"] = round(row["p50_ms"] - row["raw_p50_ms"], 3)
    return {**row, "status": "ok"}


def run(brokers=settings.BROKERS, quick=True, on_row=None, **overrides) -> dict:
    """Benchmark each broker in turn; ``on_row(row)`` hears each result as soon as it is in."""
    plan = Plan.for_mode(quick, **overrides)
    report = {"benchmark": "brokers", "mode": "quick" if quick else "full",
              "settings": {"task": "demo.basics.noop", "tasks": plan.tasks, "round_trips": plan.round_trips,
                           "pool": plan.pool, "concurrency": plan.concurrency,
                           "prefetch_multiplier": _app_conf("worker_prefetch_multiplier"),
                           "acks_late": bool(_app_conf("task_acks_late")),
                           "result_backend": redact(settings.celery_result_backend()),
                           "polling_interval_s": plan.polling_interval,
                           "kombu_default_polling_interval_s": 1.0,
                           "worker_flags": "--without-gossip --without-mingle --without-heartbeat"},
              "rows": []}
    for name in brokers:
        row = bench_one(name, plan)
        report["rows"].append(row)
        if on_row:
            on_row(row)
    return report


def _app_conf(key):
    from demo.celery import app

    return app.conf[key]
