"""Fixtures: a real stack on free ports, ``need()``, and a headless Chromium.

The test stack never touches the one you present from: at import time this
file picks free ports and a temporary home and exports them as INVOKE_BROWNBAG_*
variables, so every process of the session (this one, ``invoke`` subprocesses,
the workers supervisord starts) reads the same test config. The ``stack``
fixture brings it up with the project's own ``invoke up`` and stops it with
``invoke down`` at the end of the session.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# In CI nothing that can run here may skip: a skip there is a failure.
NO_SKIP = os.environ.get("BROWNBAG_NO_SKIP") == "1"
CHROMIUM = os.environ.get("BROWNBAG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PORT_NAMES = ("redis", "rabbitmq", "rabbitmq_dist", "rabbitmq_management", "epmd", "flower",
              "live", "supervisor", "feeds", "django")


def free_ports(count: int) -> list[int]:
    """Ports the kernel says are free now, all different (held open until all are chosen)."""
    socks = []
    try:
        for _ in range(count):
            sock = socket.socket()
            sock.bind(("127.0.0.1", 0))
            socks.append(sock)
        return [sock.getsockname()[1] for sock in socks]
    finally:
        for sock in socks:
            sock.close()


def stack_env(home: Path, ports: dict[str, int], **extra: str) -> dict[str, str]:
    env = {f"INVOKE_BROWNBAG_PORTS_{name.upper()}": str(port) for name, port in ports.items()}
    env.update(INVOKE_BROWNBAG_HOME=str(home), INVOKE_BROWNBAG_BEAT_INTERVAL="1",
               INVOKE_BROWNBAG_READY_TIMEOUT="120", **extra)
    return env


# Named now, made by `invoke up` only if a test needs the stack (see pytest_unconfigure).
TEST_HOME = Path(tempfile.gettempdir()) / f"brownbag-test-{os.getpid()}-{os.urandom(3).hex()}"
TEST_ENV = stack_env(TEST_HOME, dict(zip(PORT_NAMES, free_ports(len(PORT_NAMES)))))
# Before anything imports demo: brownbag, on import, points the demo app at the test stack
# and exports the BROWNBAG_* variables the demo reads (settings.configure_demo).
os.environ.update(TEST_ENV)
import brownbag  # noqa: F401


def need(kind: str, reason: str) -> None:
    """Skip with ``reason`` — or fail, in CI, for what must run there."""
    if NO_SKIP and kind != "mongo":
        pytest.fail(f"{reason} (BROWNBAG_NO_SKIP=1: {kind} tests must run here)", pytrace=False)
    pytest.skip(reason)


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


@pytest.fixture(scope="session")
def stack():
    """The test stack, up for the whole session, down at its end (by ``invoke down``)."""
    stack = Stack(TEST_ENV)
    try:
        stack.use("redis")
        yield stack
    finally:
        stack.invoke("down", check=False, timeout=300)


@contextmanager
def celery_app_on(url: str):
    """The in-process demo app on another broker for a while. Its connection and producer
    pools keep the URL they were made with, so they are dropped going in and coming back
    (``_after_fork`` is how Celery itself drops them), or later tests would inherit them."""
    from demo.celery import app

    original = app.conf.broker_url
    app.conf.broker_url = url
    app._after_fork()
    try:
        yield app
    finally:
        app.conf.broker_url = original
        app._after_fork()


KEEP_HOMES = os.environ.get("BROWNBAG_KEEP_TEST_HOME") == "1"  # keep the logs to debug a failure


def pytest_unconfigure(config):
    if not KEEP_HOMES:
        shutil.rmtree(TEST_HOME, ignore_errors=True)


@pytest.fixture
def scratch():
    """A home and free ports for one more stack, a test's own; whatever it started is
    stopped after (``invoke down``). Yields the INVOKE_BROWNBAG_* environment, with what
    the demo app reads to join it (``demo_env_of``)."""
    home = Path(tempfile.mkdtemp(prefix="brownbag-scratch-"))
    env = stack_env(home, dict(zip(PORT_NAMES, free_ports(len(PORT_NAMES)))))
    env.update(demo_env_of(env))
    try:
        yield env
    finally:
        run_invoke("down", env=env, timeout=300)
        if KEEP_HOMES:
            print(f"kept {home}")
        else:
            shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def on_broker(stack):
    """``on_broker("rabbitmq")``: the stack's workers on that broker for this test.

    They stay there after it: moving every worker costs 20-50 s, so the tests on
    one broker run one after the other (pytest_collection_modifyitems), and a
    test that wants the default broker moves them back (stack_on_redis).
    """
    def switch(name: str) -> Stack:
        if name not in stack.available:
            need(name, f"no {name} server could be started here: {stack.up_output[-300:]}")
        if stack.broker != name:
            stack.use(name)
        return stack

    return switch


@pytest.fixture(autouse=True)
def stack_on_redis(request):
    """A test that uses the stack without on_broker() gets it on Redis, the default."""
    if "stack" in request.fixturenames and "on_broker" not in request.fixturenames:
        stack = request.getfixturevalue("stack")
        if stack.broker != "redis":
            stack.use("redis")


BROKER_ORDER = {"redis": 0, "rabbitmq": 1, "sqlite": 2}


def pytest_collection_modifyitems(items):
    """The tests that move the stack to another broker run last, grouped by broker
    (a stable sort: the order within a group is kept)."""
    def group(item) -> int:
        if "on_broker" not in getattr(item, "fixturenames", ()):
            return 0
        callspec = getattr(item, "callspec", None)
        return BROKER_ORDER.get(callspec.params.get("broker") if callspec else None, 0)

    items.sort(key=group)


@pytest.fixture(scope="session")
def chromium():
    """A headless Debian Chromium driven by playwright (it can't download browsers here)."""
    if not Path(CHROMIUM).exists():
        need("chromium", f"no Chromium at {CHROMIUM}: apt install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need("chromium", "playwright is not installed: pip install -e .[test]")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
