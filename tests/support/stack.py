"""A stack of the project's own, driven the way a user drives it: ``invoke`` in a subprocess.

Each stack lives under its own home on its own ports, given to every process of it as
INVOKE_BROWNBAG_* variables (``stack_env``).
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

from support.paths import ROOT

PORT_NAMES = ("redis", "rabbitmq", "rabbitmq_dist", "rabbitmq_management", "epmd", "flower",
              "live", "supervisor", "feeds", "django", "prometheus", "exporter")


def stack_env(home: Path, ports: dict[str, int], **extra: str) -> dict[str, str]:
    env = {f"INVOKE_BROWNBAG_PORTS_{name.upper()}": str(port) for name, port in ports.items()}
    env.update(INVOKE_BROWNBAG_HOME=str(home), INVOKE_BROWNBAG_BEAT_INTERVAL="1",
               INVOKE_BROWNBAG_READY_TIMEOUT="120", **extra)
    return env


def run_invoke(*args: str, env: dict | None = None, timeout: float = 600,
               check: bool = False) -> subprocess.CompletedProcess:
    """``invoke ARGS`` in a subprocess, the way a user types it."""
    result = subprocess.run([sys.executable, "-m", "invoke", *args], cwd=ROOT,
                            env={**os.environ, **(env or {}), "COLUMNS": "200"},
                            capture_output=True, text=True, timeout=timeout)
    if check and result.returncode:
        raise AssertionError(f"invoke {' '.join(args)} exited {result.returncode}:\n"
                             f"{result.stdout}\n{result.stderr}")
    return result


def demo_env_of(env: dict) -> dict[str, str]:
    """What the demo app reads (CELERY_BROKER_URL...) to join the stack ``env`` describes,
    from ``invoke env``, as a user gets it. A process a test starts for another stack than
    the session's needs it: it would inherit the session's from this process."""
    exports = run_invoke("env", "--show-passwords", env=env, check=True).stdout
    return dict(shlex.split(line)[1].split("=", 1) for line in exports.splitlines()
                if line.startswith("export "))


def stack_status(env: dict) -> list[dict]:
    """``invoke status --json`` of the stack ``env`` points at: one dict per component."""
    return json.loads(run_invoke("status", "--json", env=env, check=True).stdout)


class Stack:
    """The running test stack, as the tests see it."""

    BROKERS = "redis,rabbitmq,sqlite"

    def __init__(self, env: dict):
        # Imported here: brownbag.settings reads the environment conftest exports first.
        from brownbag import settings

        self.cfg = settings.load()
        # with what a demo process a test starts reads to join it (this process has none:
        # brownbag took them into its own demo app, see settings.configure_demo)
        self.env = {**env, **settings.demo_env(self.cfg, self.cfg["broker"])}
        self.home = settings.home(self.cfg)
        self.broker = "redis"
        self.available: set[str] = set()
        self.up_output = ""

    def invoke(self, *args: str, check: bool = True, timeout: float = 600):
        return run_invoke(*args, env=self.env, timeout=timeout, check=check)

    def use(self, broker: str) -> None:
        """Workers, beat and Flower on ``broker``; returns when they answer."""
        result = self.invoke("up", "--brokers", self.BROKERS, "--broker", broker, check=False)
        # exit 3: an extra broker is missing (RabbitMQ on a bare machine); the rest runs
        if result.returncode not in (0, 3):
            raise AssertionError(f"invoke up --broker {broker} failed:\n{result.stdout}\n"
                                 f"{result.stderr}")
        self.up_output = result.stdout + result.stderr
        self.broker = broker
        self.available = {c["name"] for c in self.status() if c["kind"] == "broker"
                          and c["state"] == "RUNNING"} - {"epmd"}

    def status(self) -> list[dict]:
        return stack_status(self.env)

    def broker_url(self, name: str) -> str:
        from brownbag import settings

        return settings.broker_url(name, self.cfg)

    @property
    def result_backend(self) -> str:
        from brownbag import settings

        return settings.result_backend(self.cfg)

    def url(self, port_name: str) -> str:
        return f"http://{self.cfg['bind']}:{self.cfg['ports'][port_name]}"

    @property
    def live_url(self) -> str:
        return self.url("live")

    @property
    def flower_url(self) -> str:
        return self.url("flower")

    @property
    def flower_auth(self) -> tuple[str, str]:
        creds = json.loads((self.home / "credentials.json").read_text())["flower"]
        return creds["user"], creds["password"]
