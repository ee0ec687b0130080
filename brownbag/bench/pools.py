"""The same IO-bound and CPU-bound batches on every pool, with one concurrency budget.

IO: each task waits on a real socket (``/slow`` of brownbag.feeds answers after
``wait`` seconds); the ideal is ``batch / concurrency x wait``. CPU: each task
hashes in a pure-Python loop; the ideal is the work (one task timed here, just
before each pool's batch, times the batch) over the cores that can run it
(``min(cores, concurrency)``). ``x ideal`` is wall / ideal: 1.0 is perfect, solo's IO is
``concurrency`` times the ideal by design (one task at a time).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from celery.result import ResultSet

from .. import settings
from demo.concurrency import cpu_bound
from ..feeds.server import serving
from .brokers import redact
from .workers import Worker, client_app, purge

POOLS = ("prefork", "threads", "gevent", "eventlet", "solo")
TIMEOUT = 300.0


@dataclass(frozen=True)
class Plan:
    io_tasks: int
    io_wait: float
    cpu_tasks: int
    cpu_task_seconds: float
    concurrency: int = 10

    @classmethod
    def for_mode(cls, quick: bool, **overrides):
        base = cls(30, 0.2, 8, 0.15) if quick else cls(200, 0.5, 24, 0.4)
        return cls(**{**base.__dict__, **{k: v for k, v in overrides.items() if v is not None}})


def calibrate(seconds: float) -> tuple[int, float]:
    """Rounds of cpu_bound that take about ``seconds`` on one core here, and their measured time."""
    probe = 20_000
    per_round = min(_timed(cpu_bound.run, probe) for _ in range(3)) / probe
    rounds = max(1000, int(seconds / per_round))
    return rounds, min(_timed(cpu_bound.run, rounds) for _ in range(2))


def _timed(fn, *args) -> float:
    started = time.perf_counter()
    fn(*args)
    return time.perf_counter() - started


def batch(client, queue: str, task: str, args_list: list[tuple]) -> float:
    """Send the whole batch at once, wait for every result: the wall time."""
    started = time.perf_counter()
    with client.producer_or_acquire() as producer:
        results = [client.send_task(task, args, queue=queue, producer=producer) for args in args_list]
    ResultSet(results, app=client).get(timeout=TIMEOUT)
    return time.perf_counter() - started


# [start:pools]
def run(pools=POOLS, quick=True, on_row=None, broker=None, batches=("io", "cpu"), **overrides) -> dict:
    """The batches on each pool's own worker; ``on_row(row)`` hears each pool as soon as it is done."""
    unknown = set(batches) - {"io", "cpu"}
    if unknown or not batches:
        raise ValueError(f"batches are io and/or cpu, not {', '.join(sorted(unknown)) or 'none'}")
    plan = Plan.for_mode(quick, **overrides)
    cores = os.cpu_count() or 1
    broker_url = settings.broker_url(broker) if broker else settings.celery_broker_url()
    client = client_app(broker_url)
    rounds, cpu_seconds = calibrate(plan.cpu_task_seconds) if "cpu" in batches else (0, 0.0)
    io_ideal = plan.io_tasks / plan.concurrency * plan.io_wait
    cpu_ideal = plan.cpu_tasks * cpu_seconds / min(cores, plan.concurrency)
    report = {"benchmark": "pools", "mode": "quick" if quick else "full",
              "batches": list(batches),
              "settings": {"broker": redact(broker_url), "concurrency": plan.concurrency, "cores": cores,
                           "prefetch_multiplier": client.conf.worker_prefetch_multiplier,
                           "acks_late": bool(client.conf.task_acks_late),
                           "result_backend": redact(settings.celery_result_backend()),
                           "io_tasks": plan.io_tasks, "io_wait_s": plan.io_wait,
                           "io_ideal_s": round(io_ideal, 3),
                           "cpu_tasks": plan.cpu_tasks, "cpu_rounds": rounds,
                           "cpu_task_s": round(cpu_seconds, 4), "cpu_ideal_s": round(cpu_ideal, 3)},
              "rows": []}
    workers = [Worker(f"bench-{pool}", f"bench.pool.{pool}", pool, plan.concurrency, broker_url)
               for pool in pools]
    for worker in workers:
        purge(client, worker.queue)
    # On a polling transport (SQLite, MongoDB) an idle worker still burns CPU, and a benchmark of
    # pools must not measure its neighbours: one worker at a time. Elsewhere start-ups overlap.
    polling = broker_url.startswith(("sqla+", "mongodb"))
    try:
        if not polling:
            for worker in workers:
                worker.start()
        with serving() as feeds:
            slow_url = f"{feeds.url}/slow?seconds={plan.io_wait}"
            for worker in workers:
                row = {"pool": worker.pool, "concurrency": 1 if worker.pool == "solo" else plan.concurrency}
                try:
                    if polling:
                        worker.start()
                    worker.wait_ready(client)
                    if "io" in batches:
                        io_wall = batch(client, worker.queue, "brownbag.bench.tasks.wait_on_socket",
                                        [(slow_url,)] * plan.io_tasks)
                        row.update(io_wall_s=round(io_wall, 3), io_ideal_s=round(io_ideal, 3),
                                   io_x_ideal=round(io_wall / io_ideal, 2),
                                   io_efficiency=round(io_ideal / io_wall, 3))
                    if "cpu" in batches:
                        # Re-measure the work right before each batch: on a shared machine the
                        # CPU we get drifts, and each pool must be judged against the same moment.
                        task_s = min(_timed(cpu_bound.run, rounds) for _ in range(2))
                        ideal = plan.cpu_tasks * task_s / min(cores, plan.concurrency)
                        cpu_wall = batch(client, worker.queue, "demo.concurrency.cpu_bound",
                                         [(rounds,)] * plan.cpu_tasks)
                        row.update(cpu_wall_s=round(cpu_wall, 3), cpu_task_s=round(task_s, 4),
                                   cpu_ideal_s=round(ideal, 3), cpu_x_ideal=round(cpu_wall / ideal, 2),
                                   cpu_efficiency=round(ideal / cpu_wall, 3))
                    row["status"] = "ok"
                except Exception as exc:  # one pool failing must not hide the others' numbers
                    row.update(status="error", reason=f"{exc.__class__.__name__}: {exc}"[:300])
                finally:
                    worker.stop()  # free its processes before the next pool is measured
                report["rows"].append(row)
                if on_row:
                    on_row(row)
    finally:
        stop_all(workers)  # whatever happened, no worker of ours outlives the run
    client.close()
    return report
# [end:pools]


def stop_all(workers) -> None:
    for worker in workers:
        worker.stop()
