"""Scratch workers: started by a demo or a benchmark for itself, and stopped by pid when done.

A benchmark must not share workers with the stack: it needs a known pool, a
known concurrency and a queue nobody else fills.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path

from celery import Celery
from kombu import Exchange, Queue
from kombu.transport import sqlalchemy as sqla_transport

from demo.celery import app
from demo.celeryconfig import transport_options as demo_transport_options

from . import settings

CELERY = [sys.executable, "-m", "celery"]
READY_TIMEOUT = 30.0  # seconds a worker gets to answer its first task on a loaded machine
# What a worker logs when it will never get ready by itself: fail its row at once, with that line.
FATAL_LOG = ("Cannot connect to", "consumer: Connection to broker lost", "Unrecoverable error",
             "ModuleNotFoundError", "ImportError")
QUICK_FLAGS = ["--without-gossip", "--without-mingle", "--without-heartbeat"]


def transport_options(url: str, polling_interval: float | None = None) -> dict:
    """The app's options for the transport of ``url``, with the benchmark's polling interval."""
    options = dict(demo_transport_options(url))
    if polling_interval is not None:
        if url.startswith("sqla+"):
            # kombu's SQLAlchemy transport passes every transport option to
            # create_engine(), which rejects them: its polling interval lives on the class.
            sqla_transport.Transport.polling_interval = polling_interval
        else:
            options["polling_interval"] = polling_interval
    return options


def client_app(broker_url: str, polling_interval: float | None = None) -> Celery:
    """A client of the same app on another broker: same settings, same result backend."""
    client = Celery("demo", broker=broker_url, backend=settings.celery_result_backend(), set_as_current=False)
    client.config_from_object("demo.celeryconfig")  # the app's settings; changes made in code follow
    client.conf.update({key: value for key, value in app.conf.changes.items()
                        if key not in ("broker_url", "result_backend", "include", "broker_transport_options")})
    client.conf.broker_url = broker_url
    client.conf.broker_transport_options = transport_options(broker_url, polling_interval)
    return client


def bench_queue(name: str) -> Queue:
    """Declared exactly as Celery declares a queue named in ``apply_async(queue=...)``."""
    return Queue(name, Exchange(name), routing_key=name)


def purge(client: Celery, name: str) -> int:
    """Drop leftovers of an interrupted run, so they can't be counted as this run's tasks."""
    with client.connection_for_write() as conn:
        queue = bench_queue(name)(conn.default_channel)
        queue.declare()
        return queue.purge() or 0


def log_tail(path: Path, lines: int = 3) -> str:
    """The last lines of a worker's log on one line: what a failed row quotes."""
    try:
        text = path.read_text(errors="replace").strip().splitlines()
    except OSError:
        return "(no log)"
    return " | ".join(text[-lines:]) or "(empty log)"


class Worker:
    def __init__(self, name, queue, pool, concurrency, broker_url, polling_interval=None,
                 log_dir: Path | None = None, include=("brownbag.bench.tasks",), loglevel="warning",
                 args=(), env=None):
        self.name, self.queue, self.pool = name, queue, pool
        # What a demo changes on this worker only: flags (--disable-prefetch), settings after
        # "--" (celery reads ``name=value`` there), environment (REMAP_SIGTERM).
        self.args, self.env = list(args), dict(env or {})
        self.concurrency, self.broker_url = concurrency, broker_url
        self.polling_interval = polling_interval
        self.log_path = (log_dir or settings.home() / "bench" / "logs") / f"{name}.log"
        self.include = include
        # warning, not info: a log line per no-op task would be most of what we measure.
        self.loglevel = loglevel
        self.process: subprocess.Popen | None = None

    @property
    def nodename(self) -> str:
        return f"{self.name}@%h"

    def command(self) -> list[str]:
        cmd = [*CELERY, "-A", "demo", "worker", "-P", self.pool, "-Q", self.queue,
               "-n", self.nodename, "-l", self.loglevel, *QUICK_FLAGS]
        if self.pool != "solo":
            cmd += ["-c", str(self.concurrency)]
        if self.include:
            cmd += ["-I", ",".join(self.include)]
        return cmd + self.args

    def start(self) -> Worker:
        env = {**os.environ, "CELERY_BROKER_URL": self.broker_url,
               "CELERY_RESULT_BACKEND": settings.celery_result_backend(), **self.env}
        if self.polling_interval is not None:
            env["BROWNBAG_POLLING_INTERVAL"] = str(self.polling_interval)
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("w")
        # Its own session: the worker and its pool children form one group we can stop together.
        self.process = subprocess.Popen(self.command(), env=env, stdout=log, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, start_new_session=True,
                                        cwd=settings.ROOT)
        log.close()
        return self

    def wait_ready(self, client: Celery, timeout: float = READY_TIMEOUT) -> float:
        """Ready means it ran a task: works on every transport (ping needs fanout, SQLite has none)."""
        deadline, started = time.monotonic() + timeout, time.monotonic()
        result = client.send_task("demo.basics.noop", queue=self.queue)
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"worker {self.name} exited with {self.process.returncode}: "
                                   f"{self.log_tail()}")
            if result.ready():
                result.get(timeout=1)
                return time.monotonic() - started
            fatal = self.fatal_line()
            if fatal:
                self.stop(graceful=False)
                raise RuntimeError(f"worker {self.name} cannot start: {fatal}")
            time.sleep(0.05)
        raise TimeoutError(f"worker {self.name} ran no task within {timeout:.0f} s: {self.log_tail()}")

    def fatal_line(self) -> str | None:
        """The log line saying this worker cannot work (it would retry forever), if any."""
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return None
        for line in text.splitlines():
            if any(marker in line for marker in FATAL_LOG):
                return line.strip()[:200]
        return None

    def log_tail(self, lines: int = 3) -> str:
        return log_tail(self.log_path, lines)

    def stop(self, graceful: bool = True, timeout: float = 15.0) -> None:
        """Warm shutdown (SIGTERM), then SIGKILL for the whole group if it lingers.

        ``graceful=False`` is what a benchmark uses once its results are all in: SIGKILL
        to the worker's process group at once. A warm (SIGTERM) or even cold (SIGQUIT)
        shutdown spent 1.5-6 s per worker closing pools and consumers (gevent, eventlet,
        SQLite), seconds a quick demo cannot spare; whatever a failed batch left in the
        queue is purged by the next run."""
        if self.process is None or self.process.poll() is not None:
            return
        if graceful:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                pass
        # Pool children that outlived their parent (rare) are in its group.
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait(10)


@contextmanager
def started(workers: list[Worker], graceful: bool = True):
    """Start every worker at once (their start-up overlaps); stop them all on the way out."""
    with ExitStack() as stack:
        for worker in workers:
            stack.callback(worker.stop, graceful)
            worker.start()
        yield workers


@contextmanager
def running(workers: list[Worker], client_for):
    """Started, and each has run a task."""
    with started(workers):
        for worker in workers:
            worker.wait_ready(client_for(worker))
        yield workers
