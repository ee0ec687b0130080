"""`up` and `down` on scratch stacks of their own: what down stops (and what it
doesn't), and every bad input getting one clear line and a non-zero exit."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from brownbag.stack.procs import alive, parent_of

from support.faults import wait_for
from support.stack import run_invoke, stack_status

pytestmark = pytest.mark.stack


MINIMAL = ("--brokers", "redis", "--pools", "threads", "--no-beat", "--no-flower", "--no-live",
           "--no-camera", "--no-engines")


def descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (workers' pool children included), from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        parent = parent_of(int(entry.name))
        if parent is not None:
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def test_down_stops_everything_we_started(scratch):
    run_invoke("up", *MINIMAL[:4], "--no-live", "--no-camera", env=scratch, check=True)
    home = Path(scratch["INVOKE_BROWNBAG_HOME"])
    supervisord = int((home / "supervisord.pid").read_text())
    ours = {supervisord} | descendants(supervisord)
    assert len(ours) >= 5  # supervisord, redis, a worker and its pool, beat, flower, engines...
    result = run_invoke("down", env=scratch, check=True)
    assert "stopped" in result.stdout
    wait_for(lambda: not any(alive(pid) for pid in ours), 30, interval=0.2,
             what="down to stop every process it started")
    status = run_invoke("status", env=scratch, check=True)
    assert "not running" in status.stdout


def test_reused_server_survives_down(scratch):
    from brownbag.probe import probe
    from brownbag.stack import brokers

    port = int(scratch["INVOKE_BROWNBAG_PORTS_REDIS"])
    binary = brokers.local_binary("redis") or brokers.embedded_redis()
    server = subprocess.Popen([binary, "--bind", "127.0.0.1", "--port", str(port), "--save", ""],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    try:
        wait_for(lambda: probe(url)[0], 10, what="the reused redis-server to answer")
        run_invoke("up", *MINIMAL, env=scratch, check=True)
        status = stack_status(scratch)
        assert {c["name"]: c["how"] for c in status}["redis"] == "reused"
        run_invoke("down", env=scratch, check=True)
        assert server.poll() is None and probe(url)[0], "down stopped a reused server"
    finally:
        server.terminate()
        server.wait(timeout=10)


def assert_clean_failure(result, message: str, env: dict) -> None:
    out = result.stdout + result.stderr
    assert result.returncode != 0, out
    assert message in out, out
    assert "Traceback" not in out, out
    home = Path(env["INVOKE_BROWNBAG_HOME"])
    pidfile = home / "supervisord.pid"
    # nothing half-started: no supervisord of ours survives a failed first `up`
    if pidfile.exists():
        assert not alive(int(pidfile.read_text())), "a failed up left supervisord running"


@pytest.mark.parametrize("args, message", [
    (("--brokers", "redis,nope"), "unknown broker 'nope'"),
    (("--pools", "prefork,bogus"), "unknown pool 'bogus'"),
    (("--broker", "kafka"), "unknown broker 'kafka'"),
])
def test_unknown_names(scratch, args, message):
    assert_clean_failure(run_invoke("up", *args, env=scratch), message, scratch)


def test_port_taken_by_something_else(scratch):
    port = int(scratch["INVOKE_BROWNBAG_PORTS_REDIS"])
    squatter = socket.create_server(("127.0.0.1", port))  # listens, never speaks Redis
    try:
        result = run_invoke("up", *MINIMAL, env=scratch, timeout=120)
        assert_clean_failure(result, f"port {port} is taken by something that doesn't speak Redis",
                             scratch)
    finally:
        squatter.close()


def test_flower_port_taken(scratch):
    port = int(scratch["INVOKE_BROWNBAG_PORTS_FLOWER"])
    squatter = socket.create_server(("127.0.0.1", port))
    try:
        result = run_invoke("up", "--brokers", "redis", "--pools", "threads", "--no-beat",
                            "--no-live", "--no-camera", "--no-engines", env=scratch, timeout=120)
        assert_clean_failure(result, f"port {port} for flower is taken", scratch)
    finally:
        squatter.close()


def test_missing_binary(scratch):
    # No mongod on PATH (and no Docker engine to ask): the workers' broker can't be had.
    env = {**scratch, "PATH": "/nonexistent"}
    result = run_invoke("up", "--brokers", "mongo", "--broker", "mongo", *MINIMAL[2:], env=env)
    assert_clean_failure(result, "no mongo server found", scratch)
    assert "install" in result.stderr


def test_missing_extra_broker_is_a_warning_and_the_rest_runs(scratch):
    env = {**scratch, "PATH": "/nonexistent"}
    result = run_invoke("up", "--brokers", "redis,mongo", *MINIMAL[2:], env=env)
    assert result.returncode == 3, result.stdout + result.stderr
    assert "no mongo server found" in result.stderr
    status = stack_status(scratch)
    assert {c["name"]: c["state"] for c in status}["worker-threads"] == "RUNNING"


def test_broker_that_dies_during_up(scratch):
    # Bound but not listening: the probe finds no server, redis-server can't bind and exits.
    port = int(scratch["INVOKE_BROWNBAG_PORTS_REDIS"])
    holder = socket.socket()
    holder.bind(("127.0.0.1", port))
    try:
        result = run_invoke("up", *MINIMAL, env=scratch, timeout=180)
        assert_clean_failure(result, "redis died while starting", scratch)
    finally:
        holder.close()


def test_supervisord_of_another_checkout(stack, scratch):
    # Same supervisord port as the running test stack, another home: another checkout.
    env = {**scratch, "INVOKE_BROWNBAG_PORTS_SUPERVISOR": str(stack.cfg["ports"]["supervisor"])}
    result = run_invoke("up", *MINIMAL, env=env, timeout=120)
    out = result.stdout + result.stderr
    assert result.returncode != 0 and "another checkout" in out and "Traceback" not in out, out
    # and the other checkout's stack is untouched
    assert all(c["state"] == "RUNNING" for c in stack.status() if c["name"].startswith("worker-"))
    assert os.environ["INVOKE_BROWNBAG_HOME"] != scratch["INVOKE_BROWNBAG_HOME"]


DECLARE_ALL_ON_GO = r"""
import sys
from demo.celery import app, connect
with connect(sys.argv[1]) as conn:
    channel = conn.default_channel
    print("ready", flush=True)
    sys.stdin.readline()  # all of them at once, like a stack starting: the test says go
    try:
        for queue in app.conf.task_queues:
            channel.queue_declare(queue=queue.name)
        print("ok")
    except Exception as exc:
        print(f"{type(exc).__name__}: {str(exc).splitlines()[0]}")
"""


def test_processes_starting_together_on_a_new_sqlite_broker_find_their_queues(tmp_path):
    """What up does before starting anything on the SQLite broker (make_queues): afterwards
    six processes declaring every queue at once only read rows. Without it, three runs of
    this raced 14 times in 18 processes (UNIQUE constraint failed / database is locked)."""
    import sys

    from brownbag.stack.readiness import make_queues

    from support.paths import ROOT

    url = f"sqla+sqlite:///{tmp_path / 'broker.sqlite'}"
    make_queues(url)
    procs = [subprocess.Popen([sys.executable, "-c", DECLARE_ALL_ON_GO, url], cwd=ROOT, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
             for _ in range(6)]
    # A barrier, not a start time: however long the imports take on a loaded machine,
    # all six are connected before any declares (a child that fails says why at EOF).
    for proc in procs:
        first = proc.stdout.readline().strip()
        assert first == "ready", first + proc.stdout.read()
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    said = [p.communicate(timeout=60)[0].strip().splitlines()[-1:] for p in procs]
    assert said == [["ok"]] * 6, said


# A test run that dies while its stack starts: the fixture's setup hangs after supervisord
# is up (as `invoke up` did on a loaded machine), and pytest-timeout ends the run, with
# os._exit (its thread method: no teardown at all) or with a failure raised in the setup.
HANGING_START = '''
import json, os, subprocess, sys, time
from pathlib import Path
import pytest
from support.reaper import guard, session

@pytest.fixture
def started():
    home = Path(os.environ["REAPER_HOME"])
    with guard(home):  # as tests/conftest.py's stack and scratch fixtures do
        subprocess.run([sys.executable, "-m", "supervisor.supervisord", "-c",
                        str(home / "supervisord.conf")], check=True)
        while not (home / "supervisord.pid").exists():  # written once it daemonized
            time.sleep(0.05)
        pid = int((home / "supervisord.pid").read_text())
        while len(session(pid)) < 2:  # supervisord and its program
            time.sleep(0.05)
        (home / "pids.json").write_text(json.dumps(session(pid)))
        time.sleep(60)  # a start that does not end
        yield home

def test_uses_a_stack(started):
    pass
'''


def supervisord_conf(home: Path) -> str:
    return (f"[supervisord]\npidfile={home / 'supervisord.pid'}\nlogfile={home / 'supervisord.log'}\n"
            f"[program:sleeper]\ncommand=sleep 600\nstartsecs=0\nstopwaitsecs=5\n")


@pytest.mark.parametrize("method", ["thread", "signal"])
def test_a_stack_whose_start_is_cut_short_is_stopped(tmp_path, method):
    """tests/support/reaper.py: what supervisord started is stopped by its pid, even when
    the test run ends in the middle of the fixture that starts it."""
    from support.paths import ROOT
    from support.reaper import stat, stop

    home = tmp_path / "home"
    home.mkdir()
    (home / "supervisord.conf").write_text(supervisord_conf(home))
    (tmp_path / "test_hanging.py").write_text(HANGING_START)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "--timeout", "3",
         "--timeout-method", method, "--rootdir", str(tmp_path), str(tmp_path / "test_hanging.py")],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
        env={**os.environ, "REAPER_HOME": str(home), "PYTHONPATH": str(ROOT / "tests")})
    pids = {int(pid): start for pid, start in json.loads((home / "pids.json").read_text()).items()}
    leader = int((home / "supervisord.pid").read_text()) if (home / "supervisord.pid").exists() \
        else min(pids)
    try:
        assert "Timeout" in result.stdout + result.stderr, result.stdout + result.stderr
        wait_for(lambda: not any(stat(pid) and stat(pid)[1] == start for pid, start in pids.items()),
                 30, interval=0.2, what=f"supervisord and its program ({sorted(pids)}) to be stopped")
    finally:
        stop(leader, pids.get(leader, -1), grace=5)  # this test leaves nothing either
