"""The same IO-bound and CPU-bound batches on every pool, each pool measured alone.

IO: each task waits on a real socket (``/slow`` of brownbag.feeds answers after
``wait`` seconds); every pool gets the same budget (10) and the ideal is
``batch / budget x wait``. CPU: each task hashes in a pure-Python loop; each pool
gets one slot per core (``-c cores``: more processes than cores only queue), and
the ideal is the work over the cores, where the work is *one reference*
measured once, in this process on one core, before any pool runs: the same
ideal for every pool, so a ratio can't flatter a pool whose tasks ran slowly.
``x ideal`` is wall / ideal: 1.0 is perfect; solo's IO is ``budget`` times the
ideal by design (one task at a time), its CPU ``cores`` times.

Each (pool, batch) gets its own worker, started for it and stopped by pid
before the next one starts, so no benchmark worker competes for the cores while
another is measured. One benchmark runs at a time (:mod:`.lock`), and the
machine's state is recorded around the run (:mod:`.machine`).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from celery.exceptions import TimeoutError as CeleryTimeout
from celery.result import ResultSet
from kombu.utils.url import maybe_sanitize_url

from demo.concurrency import cpu_bound

from .. import settings
from ..feeds.server import serving
from ..workers import Worker, client_app, purge
from . import lock
from .machine import Monitor

POOLS = ("prefork", "threads", "gevent", "eventlet", "solo")
GRACE = 15.0  # seconds a batch gets beyond three times its expected wall time


@dataclass(frozen=True)
class Plan:
    io_tasks: int
    io_wait: float
    cpu_tasks: int
    cpu_task_seconds: float
    concurrency: int = 10            # the IO budget, every pool but solo
    cpu_concurrency: int | None = None  # None: one per core

    @classmethod
    def for_mode(cls, quick: bool, **overrides):
        base = cls(30, 0.5, 8, 0.25) if quick else cls(200, 0.5, 24, 0.4)
        return cls(**{**base.__dict__, **{k: v for k, v in overrides.items() if v is not None}})

    def slots(self, pool: str, kind: str, cores: int) -> int:
        if pool == "solo":
            return 1
        return self.concurrency if kind == "io" else (self.cpu_concurrency or cores)


def expected_seconds(plan: Plan, pools, batches, cores: int, startup: float = 2.5) -> float:
    """A fair guess of a run's length on a quiet machine, for the slide to state up front."""
    total = 0.0
    for pool in pools:
        if "io" in batches:
            total += startup + plan.io_tasks * plan.io_wait / plan.slots(pool, "io", cores)
        if "cpu" in batches:
            parallel = min(cores, plan.slots(pool, "cpu", cores)) if pool == "prefork" else 1
            total += startup + plan.cpu_tasks * plan.cpu_task_seconds / parallel
    return total + (2 * plan.cpu_task_seconds if "cpu" in batches else 0) + 3  # calibration, monitor


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


def batch(client, queue: str, task: str, args_list: list[tuple], timeout: float) -> float:
    """Send the whole batch at once, wait for every result: the wall time.

    A batch that overruns fails within ``timeout`` (three times its expected time, plus
    a grace), saying how far it got, instead of sitting out a fixed five minutes."""
    started = time.perf_counter()
    with client.producer_or_acquire() as producer:
        results = [client.send_task(task, args, queue=queue, producer=producer) for args in args_list]
    try:
        ResultSet(results, app=client).get(timeout=timeout)
    except CeleryTimeout:
        done = sum(1 for r in results if r.ready())
        raise TimeoutError(f"{done} of {len(results)} tasks done after {timeout:.0f} s") from None
    return time.perf_counter() - started


def run(pools=POOLS, quick=True, on_row=None, broker=None, batches=("io", "cpu"), on_wait=None,
        lock_timeout: float = 600.0, **overrides) -> dict:
    """Each pool alone on its own worker; ``on_row(row)`` hears each pool as soon as it is done."""
    unknown = set(batches) - {"io", "cpu"}
    if unknown or not batches:
        raise ValueError(f"batches are io and/or cpu, not {', '.join(sorted(unknown)) or 'none'}")
    plan = Plan.for_mode(quick, **overrides)
    cores = os.cpu_count() or 1
    broker_url = settings.broker_url(broker) if broker else settings.celery_broker_url()
    backend = settings.celery_result_backend()
    with lock.exclusive(f"pools {'+'.join(batches)}", on_wait, lock_timeout), \
            Monitor(services=[broker_url, backend]) as monitor:
        report = _measure(pools, plan, quick, cores, broker_url, backend, batches, on_row)
    report["machine_state"] = monitor.record()
    return report


def _measure(pools, plan: Plan, quick: bool, cores: int, broker_url: str, backend: str, batches, on_row) -> dict:
    client = client_app(broker_url)
    # The one reference every pool is judged against: the task's time on one core, here, now.
    rounds, cpu_seconds = calibrate(plan.cpu_task_seconds) if "cpu" in batches else (0, 0.0)
    io_ideal = plan.io_tasks / plan.concurrency * plan.io_wait
    cpu_slots = plan.cpu_concurrency or cores
    cpu_ideal = plan.cpu_tasks * cpu_seconds / min(cores, cpu_slots)
    report = {"benchmark": "pools", "mode": "quick" if quick else "full",
              "batches": list(batches),
              "settings": {"broker": maybe_sanitize_url(broker_url), "concurrency": plan.concurrency, "cores": cores,
                           "io_concurrency": plan.concurrency, "cpu_concurrency": cpu_slots,
                           "prefetch_multiplier": client.conf.worker_prefetch_multiplier,
                           "acks_late": bool(client.conf.task_acks_late),
                           "result_backend": maybe_sanitize_url(backend),
                           "io_tasks": plan.io_tasks, "io_wait_s": plan.io_wait,
                           "io_ideal_s": round(io_ideal, 3),
                           "cpu_tasks": plan.cpu_tasks, "cpu_rounds": rounds,
                           "cpu_task_s": round(cpu_seconds, 4), "cpu_ideal_s": round(cpu_ideal, 3),
                           "cpu_reference": "one task timed once in the benchmark process, best of 2, "
                                            "before any pool ran; the same ideal for every pool",
                           "isolation": "one benchmark worker at a time, started for its batch and "
                                        "stopped before the next"},
              "rows": []}
    try:
        with serving() as feeds:
            slow_url = f"{feeds.url}/slow?seconds={plan.io_wait}"
            for pool in pools:
                row = {"pool": pool, "concurrency": plan.slots(pool, "io", cores)}
                try:
                    if "io" in batches:
                        wall = _alone(client, pool, plan.slots(pool, "io", cores), broker_url, row,
                                      "brownbag.bench.tasks.wait_on_socket", [(slow_url,)] * plan.io_tasks,
                                      GRACE + 3 * plan.io_tasks * plan.io_wait / plan.slots(pool, "io", cores))
                        row.update(io_concurrency=plan.slots(pool, "io", cores), io_wall_s=round(wall, 3),
                                   io_ideal_s=round(io_ideal, 3), io_x_ideal=round(wall / io_ideal, 2),
                                   io_efficiency=round(io_ideal / wall, 3))
                    if "cpu" in batches:
                        slots = plan.slots(pool, "cpu", cores)
                        wall = _alone(client, pool, slots, broker_url, row, "demo.concurrency.cpu_bound",
                                      [(rounds,)] * plan.cpu_tasks, GRACE + 3 * plan.cpu_tasks * cpu_seconds)
                        row.update(cpu_concurrency=slots, cpu_wall_s=round(wall, 3), cpu_task_s=round(cpu_seconds, 4),
                                   cpu_ideal_s=round(cpu_ideal, 3), cpu_x_ideal=round(wall / cpu_ideal, 2),
                                   cpu_efficiency=round(cpu_ideal / wall, 3))
                    row["status"] = "ok"
                except Exception as exc:  # one pool failing must not hide the others' numbers
                    row.update(status="error", reason=f"{exc.__class__.__name__}: {exc}"[:300])
                report["rows"].append(row)
                if on_row:
                    on_row(row)
    finally:
        client.close()
    return report


def _alone(client, pool: str, slots: int, broker_url: str, row: dict, task: str, args_list, timeout) -> float:
    """One batch on a worker of its own, started for it and stopped (by pid) right after."""
    worker = Worker(f"bench-{pool}", f"bench.pool.{pool}", pool, slots, broker_url)
    purge(client, worker.queue)  # leftovers of an interrupted run are not this run's tasks
    worker.start()
    try:
        row.setdefault("startup_s", []).append(round(worker.wait_ready(client), 2))
        return batch(client, worker.queue, task, args_list, timeout)
    finally:
        worker.stop(graceful=False)
