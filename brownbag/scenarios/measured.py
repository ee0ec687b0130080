"""The talk's claims, measured live: brokers compared, pools compared (brownbag/bench)."""

from __future__ import annotations

import json

from brownbag import settings
from brownbag.bench import brokers as broker_bench
from brownbag.bench import pools as pool_bench
from brownbag.bench import report

from .registry import Param, scenario
from .runs import RunFailed


def last_full(name: str) -> dict | None:
    """The numbers of the last full run published for the deck, shown next to the live ones."""
    path = report.SLIDES_DIR / f"{name}.json"
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def _names(given: str, known: tuple[str, ...], what: str) -> list[str]:
    names = [n.strip() for n in given.split(",") if n.strip()]
    unknown = [n for n in names if n not in known]
    if unknown or not names:
        raise RunFailed(f"unknown {what} {', '.join(unknown) or '(none)'}: use any of {', '.join(known)}")
    return names


def _finish(run, result: dict, name: str) -> dict:
    result = report.stamp(result, "quick run from the slide, on the presenter's machine")
    report.write(result, name, publish=False)
    if not any(row["status"] == "ok" for row in result["rows"]):
        raise RunFailed("nothing could be measured: " + "; ".join(
            f"{r.get('broker') or r.get('pool')}: {r.get('reason')}" for r in result["rows"]))
    return {"live": result, "last_full": last_full(name)}


@scenario(
    "broker.compare", "The same workload through every broker, Celery beside raw kombu",
    slide="Broker / Implementation",
    params=[
        Param("brokers", str, ",".join(settings.BROKERS), help="comma-separated: redis, rabbitmq, mongo, sqlite"),
        Param("tasks", int, 200, min=10, max=5000, help="no-op tasks in the throughput batch"),
        Param("round_trips", int, 50, min=5, max=1000, help="tasks sent one at a time for latency"),
        Param("polling_interval", float, 0.01, min=0.001, max=2.0, help="seconds between polls (MongoDB, SQLite)"),
    ],
    timeout=240.0,
)
def broker_compare(run, brokers, tasks, round_trips, polling_interval):
    """Each reachable broker gets its own worker on queue bench.brokers: N no-ops at once
    (throughput), then round trips one at a time (p50/p90/p99); kombu alone moves the same
    messages through the same broker, so Celery's cost reads as a ratio."""
    names = _names(brokers, settings.BROKERS, "broker")
    run.note(f"measuring {', '.join(names)}: {tasks} tasks, {round_trips} round trips; "
             f"polling transports every {polling_interval} s (kombu's default is 1 s)")

    def on_row(row):
        if row["status"] == "ok":
            run.note(f"{row['broker']}: {row['throughput']:,.0f} tasks/s (raw {row['raw_throughput']:,.0f} msg/s), "
                     f"p50 {row['p50_ms']:.1f} ms (raw {row['raw_p50_ms']:.2f} ms)", row=row)
        else:
            run.note(f"{row['broker']}: {row['status']} ({row.get('reason')})", row=row)

    result = broker_bench.run(names, quick=True, on_row=on_row, tasks=tasks, round_trips=round_trips,
                              polling_interval=polling_interval)
    return _finish(run, result, "brokers")


def _pools(run, batch: str, pools: str, concurrency: int, **plan) -> dict:
    names = _names(pools, pool_bench.POOLS, "pool")
    run.note(f"{batch.upper()} batch on {', '.join(names)}, concurrency budget {concurrency} each (solo: 1)")

    def on_row(row):
        if row["status"] == "ok":
            run.note(f"{row['pool']}: {row[f'{batch}_wall_s']:.2f} s, {row[f'{batch}_x_ideal']:.2f}x ideal "
                     f"({row[f'{batch}_efficiency']:.0%} of ideal)", row=row)
        else:
            run.note(f"{row['pool']}: {row['status']} ({row.get('reason')})", row=row)

    result = pool_bench.run(names, quick=True, on_row=on_row, batches=(batch,), concurrency=concurrency, **plan)
    return _finish(run, result, "pools")


@scenario(
    "pools.io", "IO-bound batch on every pool: wall time against the ideal",
    slide="Worker / Concurrency",
    params=[
        Param("pools", str, ",".join(pool_bench.POOLS), help="comma-separated: prefork, threads, gevent, eventlet, solo"),
        Param("concurrency", int, 10, min=1, max=50, help="the same budget for every pool"),
        Param("tasks", int, 30, min=1, max=500, help="tasks in the batch"),
        Param("wait", float, 0.2, min=0.01, max=5.0, help="seconds each task waits on the slow endpoint's socket"),
    ],
    timeout=240.0,
)
def pools_io(run, pools, concurrency, tasks, wait):
    """Each task waits on a real socket (brownbag.feeds' /slow endpoint); the ideal is
    tasks / concurrency x wait. Greenlets and threads overlap the waits; solo cannot."""
    return _pools(run, "io", pools, concurrency, io_tasks=tasks, io_wait=wait)


@scenario(
    "pools.cpu", "CPU-bound batch on every pool: wall time against the ideal",
    slide="Worker / Concurrency",
    params=[
        Param("pools", str, ",".join(pool_bench.POOLS), help="comma-separated: prefork, threads, gevent, eventlet, solo"),
        Param("concurrency", int, 10, min=1, max=50, help="the same budget for every pool"),
        Param("tasks", int, 8, min=1, max=200, help="tasks in the batch"),
        Param("task_seconds", float, 0.15, min=0.01, max=5.0, help="CPU seconds per task on one core"),
    ],
    timeout=240.0,
)
def pools_cpu(run, pools, concurrency, tasks, task_seconds):
    """Each task hashes in a pure-Python loop (holds the GIL); the ideal is the work over
    min(cores, concurrency). Only processes (prefork) use more than one core."""
    return _pools(run, "cpu", pools, concurrency, cpu_tasks=tasks, cpu_task_seconds=task_seconds)
