"""Celery beside the queues people pick instead: Dramatiq, RQ, Huey, Taskiq, on the same Redis.

Three workloads, the same for every library, each with its own worker
processes started for it and stopped (by pid) before the next library runs:

- **no-op drain**: N tasks enqueued at once, the time until all N have run (each
  task's only work is one ``INCR``, which is how we see it done: results off);
- **round trip**: one task at a time, enqueue then read its result through the
  library's own result API (p50/p90/p99);
- **IO batch**: tasks each waiting ``wait`` s on the local ``/slow`` endpoint of
  brownbag.feeds, concurrency 10 for every library; ideal = tasks / 10 x wait.

The worker settings are each library's documented way to run IO-bound work
with a concurrency of 10 (see ``peer_apps/``), written beside the numbers.

    $ invoke bench.peers --quick
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import importlib.metadata
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import psutil
import redis
from kombu.utils.url import maybe_sanitize_url
from rich.table import Table

from .. import settings
from ..feeds.server import serving
from ..workers import log_tail
from . import chart, lock
from .brokers import percentiles
from .machine import Monitor, caption
from .peer_apps import counter_key

LIBRARIES = ("celery", "dramatiq", "rq", "huey", "taskiq")
# Celery once more, configured as its Optimizing guide advises for this workload (lots of
# short tasks: a large prefetch multiplier), beside Celery as the talk configures it.
TUNED = {"celery-tuned": ("celery", {"BROWNBAG_PEERS_CELERY_PREFETCH": "64"})}
# What bench.peers measures by default: every library, and the tuned Celery after the talk's.
NAMES = ("celery", "celery-tuned", "dramatiq", "rq", "huey", "taskiq")
PACKAGES = {"celery": "celery", "dramatiq": "dramatiq", "rq": "rq", "huey": "huey", "taskiq": "taskiq-redis"}
PEERS_DB = 9  # the local Redis database the benchmark owns (emptied before each library)
READY_TIMEOUT = 30.0
BIN = Path(sys.executable).parent
APPS = "brownbag.bench.peer_apps"


@dataclass(frozen=True)
class Plan:
    noops: int
    round_trips: int
    io_tasks: int
    io_wait: float = 0.1
    concurrency: int = 10

    @classmethod
    def for_mode(cls, quick: bool, **overrides):
        base = cls(200, 20, 50) if quick else cls(5000, 200, 300)
        return cls(**{**base.__dict__, **{k: v for k, v in overrides.items() if v is not None}})


def peers_url(broker_url: str | None = None) -> str:
    """The configured Redis, database PEERS_DB."""
    base = broker_url or settings.broker_url("redis")
    scheme, _, rest = base.partition("://")
    hostpart = rest.split("/", 1)[0]
    return f"{scheme}://{hostpart}/{PEERS_DB}"


# --- each library: its worker command, its settings in words, its client -----------------

def worker_command(library: str, url: str, concurrency: int) -> list[str]:
    c = str(concurrency)
    return {
        "celery": [sys.executable, "-m", "celery", "-A", f"{APPS}.celery_peer", "worker", "-P", "gevent", "-c", c,
                   "-Q", "bench.peers", "-l", "warning", "--without-gossip", "--without-mingle",
                   "--without-heartbeat"],
        "dramatiq": [sys.executable, "-m", "dramatiq", f"{APPS}.dramatiq_peer", "--processes", "1", "--threads", c],
        # -c: RQ's settings module, imported by the pool before it forks its workers. RQ forks a
        # work horse per job, and a horse imports the job's module itself unless its parent already
        # had: here that is brownbag (Celery and the demo app, about 1 s of CPU), once per job, which
        # held RQ to 6 jobs/s in the published runs. RQ's docs ("Performance notes") advise
        # importing the job's modules before the fork; the horse per job stays, as RQ's default.
        "rq": [str(BIN / "rq"), "worker-pool", "-n", c, "-u", url, "-c", f"{APPS}.rq_peer", "-l", "WARNING",
               "bench-peers"],
        "huey": [str(BIN / "huey_consumer"), f"{APPS}.huey_peer.huey", "-w", c, "-k", "thread", "-q"],
        "taskiq": [str(BIN / "taskiq"), "worker", f"{APPS}.taskiq_peer:broker", "--workers", "1",
                   "--max-async-tasks", c, "--no-configure-logging"],
    }[library]


SETTINGS = {
    "celery": "gevent pool, -c 10, prefetch x1, results in Redis (pub/sub wait)",
    "celery-tuned": "the same, prefetch x64: the Optimizing guide's advice for many short tasks "
                    "(\"this number should be large\")",
    "dramatiq": "1 process x 10 threads, RedisBroker, Results middleware (RedisBackend, blocking get)",
    "rq": "worker-pool of 10 workers, a forked work horse per job (RQ's default), the task module imported "
          "before the fork (-c: its performance notes' advice), latest_result(timeout) on a stream",
    "huey": "RedisHuey, 10 thread workers, result.get(blocking=True) polls (from 0.05 s, backoff x1.15; "
            "notify_result=True would block on BLPOP instead)",
    "taskiq": "RedisStreamBroker (group read from the stream's start), 1 worker process, --max-async-tasks 10, "
              "wait_result() polls every 0.2 s",
}


class Client:
    """Enqueue through the library's own API, the way its docs show."""

    def __init__(self, library: str):
        self.library = library
        self.module = importlib.import_module(f"{APPS}.{library}_peer")
        self.loop = asyncio.new_event_loop() if library == "taskiq" else None
        if library == "rq":
            from rq import Queue  # the peers are an optional extra ([peers]): imported when measured

            self.queue = Queue("bench-peers", connection=redis.Redis.from_url(self.module_url()))
        if self.loop:
            self.loop.run_until_complete(self.module.broker.startup())

    def module_url(self) -> str:
        return importlib.import_module(APPS).REDIS_URL

    def enqueue(self, task: str, args: tuple, times: int) -> None:
        m = self.module
        if self.library == "celery":
            with m.app.producer_or_acquire() as producer:
                for _ in range(times):
                    getattr(m, task).apply_async(args, producer=producer)
        elif self.library == "dramatiq":
            for _ in range(times):
                getattr(m, task).send(*args)
        elif self.library == "rq":
            for _ in range(times):
                self.queue.enqueue(f"{APPS}.rq_peer.{task}", *args)
        elif self.library == "huey":
            for _ in range(times):
                getattr(m, task)(*args)
        else:
            async def send():
                for _ in range(times):
                    await getattr(m, task).kiq(*args)
            self.loop.run_until_complete(send())

    def round_trip(self, timeout: float = 10.0):
        m = self.module
        if self.library == "celery":
            return m.echo.delay(1).get(timeout=timeout)
        if self.library == "dramatiq":
            return m.echo.send(1).get_result(block=True, timeout=int(timeout * 1000))
        if self.library == "rq":
            job = self.queue.enqueue(f"{APPS}.rq_peer.echo", 1)
            result = job.latest_result(timeout=int(timeout))
            return result.return_value if result else None
        if self.library == "huey":
            return m.echo(1).get(blocking=True, timeout=timeout)

        async def trip():
            task = await m.echo.kiq(1)
            return (await task.wait_result(timeout=timeout)).return_value
        return self.loop.run_until_complete(trip())

    def close(self) -> None:
        if self.loop:
            self.loop.run_until_complete(self.module.broker.shutdown())
            self.loop.close()
        if self.library == "celery":
            self.module.app.close()


# --- one library, measured alone ----------------------------------------------------------

class PeerWorker:
    def __init__(self, library: str, url: str, concurrency: int, name: str | None = None, env=None):
        self.library, self.url, self.concurrency = library, url, concurrency
        self.log_path = settings.home() / "bench" / "logs" / f"peer-{name or library}.log"
        self.env = dict(env or {})
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "BROWNBAG_PEERS_REDIS": self.url, **self.env}
        with self.log_path.open("w") as log:
            # Its own session: the worker and its children (pool, forks) stop together, by pid.
            self.process = subprocess.Popen(worker_command(self.library, self.url, self.concurrency), env=env,
                                            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                            start_new_session=True, cwd=settings.ROOT)

    def log_tail(self, lines: int = 3) -> str:
        return log_tail(self.log_path, lines)

    def stop(self) -> None:
        if self.process is None:
            return
        # Its descendants first, while they are still its: RQ's work horses put themselves in
        # a process group of their own (os.setpgrp), so killing the worker's group leaves a
        # horse running on, into the next library's measurement.
        try:
            descendants = psutil.Process(self.process.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            descendants = []
        for child in descendants:
            with contextlib.suppress(psutil.NoSuchProcess):
                child.kill()
        # The whole session, even when its leader has already exited: a library's own
        # worker processes (taskiq forks one) outlive a dead leader otherwise.
        try:
            os.killpg(self.process.pid, signal.SIGKILL)  # the numbers are in: nothing left to finish
        except ProcessLookupError:
            pass
        self.process.wait(10)
        psutil.wait_procs(descendants, timeout=10)


def _wait_count(r: redis.Redis, key: str, target: int, timeout: float, worker: PeerWorker) -> float:
    started = time.perf_counter()
    deadline = started + timeout
    while True:
        done = int(r.get(key) or 0)
        if done >= target:
            return time.perf_counter() - started
        if worker.process.poll() is not None:
            raise RuntimeError(f"{worker.library} worker exited with {worker.process.returncode}: "
                               f"{worker.log_tail()}")
        if time.perf_counter() > deadline:
            raise TimeoutError(f"{done} of {target} tasks done after {timeout:.0f} s")
        time.sleep(0.002)


def measure(name: str, plan: Plan, url: str, slow_url: str) -> dict:
    """One library (or a tuned variant: ``TUNED``) alone: its row."""
    library, env = TUNED.get(name, (name, {}))
    row = {"library": library, "name": name, "label": name.replace("-", ", "), "settings": SETTINGS[name],
           "concurrency": plan.concurrency}
    try:
        row["version"] = importlib.metadata.version(library)
        client = Client(library)
    except ImportError as exc:
        return {**row, "status": "missing",
                "reason": f"{exc.name or library} is not installed: pip install -e '.[peers]'"}
    r = redis.Redis.from_url(url)
    r.flushdb()  # this database belongs to the benchmark: no leftovers of another library or run
    key = counter_key(library)
    worker = PeerWorker(library, url, plan.concurrency, name=name, env=env)
    worker.start()
    try:
        started = time.perf_counter()
        client.enqueue("noop", (), 1)
        _wait_count(r, key, 1, READY_TIMEOUT, worker)
        row["startup_s"] = round(time.perf_counter() - started, 2)

        r.delete(key)
        started = time.perf_counter()
        client.enqueue("noop", (), plan.noops)
        enqueued = time.perf_counter() - started
        _wait_count(r, key, plan.noops, 30 + plan.noops * 0.05, worker)
        drain = time.perf_counter() - started
        row.update(noops=plan.noops, drain_s=round(drain, 3), enqueue_s=round(enqueued, 3),
                   throughput=round(plan.noops / drain, 1))

        samples = []
        for _ in range(plan.round_trips):
            started = time.perf_counter()
            if client.round_trip() != 1:
                raise RuntimeError("a round trip came back without its result")
            samples.append(time.perf_counter() - started)
        row.update(round_trips=plan.round_trips, **percentiles(samples))

        r.delete(key)
        ideal = plan.io_tasks / plan.concurrency * plan.io_wait
        started = time.perf_counter()
        client.enqueue("wait_on", (slow_url,), plan.io_tasks)
        _wait_count(r, key, plan.io_tasks, 15 + 5 * plan.io_tasks * plan.io_wait, worker)
        wall = time.perf_counter() - started
        row.update(io_tasks=plan.io_tasks, io_wall_s=round(wall, 3), io_ideal_s=round(ideal, 3),
                   io_x_ideal=round(wall / ideal, 2), io_efficiency=round(ideal / wall, 3), status="ok")
    except Exception as exc:  # one library failing must not hide the others' numbers
        row.update(status="error", reason=f"{exc.__class__.__name__}: {exc}"[:300])
    finally:
        worker.stop()
        try:
            client.close()
        except Exception:
            pass
        r.flushdb()
        r.close()
    return row


def run(libraries=NAMES, quick=True, on_row=None, on_wait=None, lock_timeout: float = 600.0,
        **overrides) -> dict:
    """Each library alone, in turn, on the same local Redis; ``on_row(row)`` hears each as it is done."""
    plan = Plan.for_mode(quick, **overrides)
    url = peers_url()
    # The peer apps read their Redis from the environment, at import: set it before any import.
    os.environ["BROWNBAG_PEERS_REDIS"] = url
    importlib.import_module(APPS).REDIS_URL = url
    report = {"benchmark": "peers", "mode": "quick" if quick else "full",
              "settings": {"redis": maybe_sanitize_url(url), "noops": plan.noops, "round_trips": plan.round_trips,
                           "io_tasks": plan.io_tasks, "io_wait_s": plan.io_wait, "concurrency": plan.concurrency,
                           "io_ideal_s": round(plan.io_tasks / plan.concurrency * plan.io_wait, 3),
                           "noop": "one INCR in Redis (how the benchmark sees it done), results off",
                           "isolation": "one library's workers at a time, started for it and stopped by pid"},
              "rows": []}
    with lock.exclusive("peers", on_wait, lock_timeout), Monitor(services=[url]) as monitor, \
            serving() as feeds:
        slow_url = f"{feeds.url}/slow?seconds={plan.io_wait}"
        for library in libraries:
            row = measure(library, plan, url, slow_url)
            report["rows"].append(row)
            if on_row:
                on_row(row)
    report["machine_state"] = monitor.record()
    return report


# --- what it leaves behind ----------------------------------------------------------------

def _label(row: dict) -> str:
    return row.get("label") or row["library"]


def peers_table(report: dict) -> Table:
    s = report["settings"]
    table = Table(title=f"Peers on one Redis: {s['noops']} no-ops drained, {s['round_trips']} round trips, "
                        f"{s['io_tasks']} IO tasks of {s['io_wait_s']} s at concurrency {s['concurrency']}",
                  caption=f"IO ideal = {s['io_tasks']}/{s['concurrency']} x {s['io_wait_s']} s = {s['io_ideal_s']} s;"
                          f" no-op = {s['noop']}; {s['isolation']}")
    for column in ("library", "version", "drain s", "tasks/s", "p50 ms", "p90 ms", "p99 ms", "IO wall s",
                   "IO % ideal", "settings"):
        table.add_column(column, justify="left" if column in ("library", "settings") else "right")
    for row in report["rows"]:
        if row["status"] != "ok":
            table.add_row(_label(row), row.get("version", ""), f"[yellow]{row['status']}[/]", *[""] * 6,
                          row.get("reason", ""))
            continue
        table.add_row(_label(row), row["version"], f"{row['drain_s']:.2f}", f"{row['throughput']:,.0f}",
                      f"{row['p50_ms']:.1f}", f"{row['p90_ms']:.1f}", f"{row['p99_ms']:.1f}",
                      f"{row['io_wall_s']:.2f}", f"{row['io_efficiency']:.0%}", row["settings"])
    return table


def peers_svg(report: dict) -> str:
    rows = report["rows"]
    s = report["settings"]

    def group(row, *series):
        if row["status"] != "ok":
            return _label(row), [(row["status"], None)]
        name = _label(row) if row.get("name", row["library"]) != row["library"] else \
            f"{row['library']} {row.get('version', '')}"
        return name, [chart.with_spread(row, label, key) for label, key in series]

    ok = [r for r in rows if r["status"] == "ok"]
    verdict = ""
    if ok:
        drained, trip = min(ok, key=lambda r: r["drain_s"]), min(ok, key=lambda r: r["p50_ms"])
        verdict = (f"drained first: {_label(drained)} ({drained['drain_s']:.2f} s); "
                   f"quickest round trip: {_label(trip)} ({trip['p50_ms']:.1f} ms)")
    runs = f", median of {report['median_of']} runs" if report.get("median_of") else ""
    return chart.document(f"Celery and its peers on one Redis ({report['mode']}{runs})", verdict=verdict, panels=[
        chart.panel(f"No-op drain: {s['noops']} tasks", "seconds, shorter is better",
                    [group(r, ("s", "drain_s")) for r in rows]),
        chart.panel("Round trip, one at a time", "p50 ms, through each library's result API",
                    [group(r, ("ms p50", "p50_ms")) for r in rows]),
        chart.panel(f"IO batch: {s['io_tasks']} waits of {s['io_wait_s']} s, concurrency {s['concurrency']}",
                    f"× ideal ({s['io_ideal_s']} s), 1 = perfect", [group(r, ("× ideal", "io_x_ideal")) for r in rows],
                    reference=1.0, reference_label="ideal"),
    ], footnote=caption(report))
