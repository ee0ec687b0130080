"""Fixtures and hooks: a real stack on free ports, scratch stacks, a headless Chromium.

The test stack never touches the one you present from: at import time this
file picks free ports and a temporary home and exports them as INVOKE_BROWNBAG_*
variables, so every process of the session (this one, ``invoke`` subprocesses,
the workers supervisord starts) reads the same test config. The ``stack``
fixture brings it up with the project's own ``invoke up`` and stops it with
``invoke down`` at the end of the session. The helpers the tests import
(``need``, ``run_invoke``, ``free_ports``...) live in tests/support/.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from support.ports import free_ports
from support.reaper import guard
from support.skips import need
from support.stack import PORT_NAMES, Stack, demo_env_of, run_invoke, stack_env

# Named now, made by `invoke up` only if a test needs the stack (see pytest_unconfigure).
TEST_HOME = Path(tempfile.gettempdir()) / f"brownbag-test-{os.getpid()}-{os.urandom(3).hex()}"
TEST_ENV = stack_env(TEST_HOME, dict(zip(PORT_NAMES, free_ports(len(PORT_NAMES)), strict=True)))
# Before anything imports demo: brownbag, on import, points the demo app at the test stack
# and exports the BROWNBAG_* variables the demo reads (settings.configure_demo).
os.environ.update(TEST_ENV)
import brownbag  # noqa: F401
from brownbag.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (after the stack's environment, like brownbag)


@pytest.fixture(scope="session")
def stack():
    """The test stack, up for the whole session, down at its end (by ``invoke down``; and by
    supervisord's pid if the run dies before: support/reaper.py)."""
    stack = Stack(TEST_ENV)
    with guard(TEST_HOME):
        try:
            stack.use("redis")
            yield stack
        finally:
            stack.invoke("down", check=False, timeout=300)


KEEP_HOMES = os.environ.get("BROWNBAG_KEEP_TEST_HOME") == "1"  # keep the logs to debug a failure


def pytest_unconfigure(config):
    if not KEEP_HOMES:
        shutil.rmtree(TEST_HOME, ignore_errors=True)


@pytest.fixture
def scratch():
    """A home and free ports for one more stack, a test's own; whatever it started is
    stopped after (``invoke down``; by supervisord's pid if the run dies first). Yields the
    INVOKE_BROWNBAG_* environment, with what the demo app reads to join it (``demo_env_of``)."""
    home = Path(tempfile.mkdtemp(prefix="brownbag-scratch-"))
    env = stack_env(home, dict(zip(PORT_NAMES, free_ports(len(PORT_NAMES)), strict=True)))
    env.update(demo_env_of(env))
    try:
        with guard(home):
            try:
                yield env
            finally:
                run_invoke("down", env=env, timeout=300)
    finally:
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
