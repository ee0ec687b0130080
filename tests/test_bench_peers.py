"""bench.peers: Celery, Dramatiq, RQ, Huey and Taskiq on the test stack's Redis (no timing thresholds).

Redis only: it is the one broker all five share (RQ and Huey have no RabbitMQ).
The [peers] extra is part of [test], so CI runs these; without it they say what to install.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import json
import os
import sys
import time
import xml.etree.ElementTree as ET

import psutil
import pytest

from brownbag import settings
from brownbag.bench import peers, report

from support.skips import need

SMALL = ("--noops", "30", "--round-trips", "5", "--io-tasks", "20")


@pytest.fixture(scope="module")
def installed():
    for package in peers.PACKAGES.values():
        try:
            importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            need("peers", f"{package} is not installed: pip install -e '.[peers]'")


def test_peers_quick_is_well_formed(stack, installed):
    published = {p.name: p.read_bytes() for p in report.SLIDES_DIR.glob("peers.*")}
    done = stack.invoke("bench.peers", "--quick", *SMALL)
    directory = settings.home(stack.cfg) / "bench"
    data = json.loads((directory / "peers.json").read_text())
    ET.fromstring((directory / "peers.svg").read_text())
    assert data["benchmark"] == "peers" and data["mode"] == "quick"
    s = data["settings"]
    assert (s["noops"], s["round_trips"], s["io_tasks"], s["concurrency"], s["io_wait_s"]) == (30, 5, 20, 10, 0.1)
    assert s["redis"].endswith(f"/{peers.PEERS_DB}") and s["io_ideal_s"] == 0.2
    assert set(data["machine_state"]) >= {"before", "during", "after", "busy"}
    assert [row["name"] for row in data["rows"]] == list(peers.NAMES)
    for row in data["rows"]:
        assert row["status"] == "ok", row
        assert row["version"] == importlib.metadata.version(row["library"])
        assert row["settings"] == peers.SETTINGS[row["name"]]  # the settings travel with the numbers
        for key in ("drain_s", "throughput", "p50_ms", "io_wall_s", "io_x_ideal", "io_efficiency"):
            assert isinstance(row[key], (int, float)) and row[key] > 0, (key, row)
        assert row["p50_ms"] <= row["p90_ms"] <= row["p99_ms"]
        assert row["label"] in done.stdout
    # A quick run publishes nothing, and leaves no worker of any library behind.
    assert {p.name: p.read_bytes() for p in report.SLIDES_DIR.glob("peers.*")} == published
    # Ours only: the peers on this stack's Redis (another checkout, or another stack of this one,
    # may be running peers on this machine).
    ours = f":{stack.cfg['ports']['redis']}/"
    left = [p for p in psutil.process_iter(["cmdline", "environ"])
            if any("peer_apps" in part for part in p.info["cmdline"] or [])
            and ours in (p.info["environ"] or {}).get("BROWNBAG_PEERS_REDIS", "")]
    assert not left, [p.info["cmdline"] for p in left]


def test_peers_scenario_streams_a_row_per_library(stack, installed):
    from support.scenarios import run_scenario

    run = run_scenario("peers.compare", libraries="huey,celery", noops=10, round_trips=5, io_tasks=10)
    summary = run.summary()
    assert summary["status"] == "succeeded", summary.get("error")
    rows = [item["data"]["row"] for item in run.items if item["kind"] == "note" and item.get("data")]
    assert [row["library"] for row in rows] == ["huey", "celery"]
    assert summary["result"]["_live"]["rows"] == rows
    assert [row["library"] for row in summary["result"]["table"]] == ["huey", "celery"]


def test_rq_horses_inherit_the_task_module_and_stop_with_their_worker(stack, installed):
    """RQ forks a work horse per job. The published runs had each horse import the peer module
    (and brownbag, and Celery) for its one job: 6 jobs/s. The pool imports it before forking now,
    and stopping the worker stops a horse that is mid-job (horses leave the worker's process group)."""
    import redis
    from rq import Queue

    url = peers.peers_url()
    r = redis.Redis.from_url(url)
    r.flushdb()
    queue = Queue("bench-peers", connection=r)
    worker = peers.PeerWorker("rq", url, 1, name="rq-test")
    worker.start()
    try:
        # Run in a horse: is the module there before the job imports anything? (sys, not the module,
        # is what the horse imports to find this function.)
        job = queue.enqueue("sys.modules.__contains__", f"{peers.APPS}.rq_peer")
        deadline = time.monotonic() + 120  # the pool's start on a busy machine
        # Polled: a blocking latest_result(timeout) outlasts redis-py's 5 s default socket timeout.
        while (result := job.latest_result()) is None:
            assert time.monotonic() < deadline and worker.process.poll() is None, worker.log_tail()
            time.sleep(0.1)
        assert result.return_value is True, "the work horse imported the peer module itself"

        sleeper = queue.enqueue("time.sleep", 60)
        while sleeper.get_status(refresh=True) != "started":
            assert time.monotonic() < deadline, worker.log_tail()
            time.sleep(0.05)
        family = psutil.Process(worker.process.pid).children(recursive=True)
        horses = [p for p in family if os.getpgid(p.pid) != os.getpgid(worker.process.pid)]
        assert horses, [p.info for p in family]  # the horse did leave the group: what stop() must cover
    finally:
        worker.stop()
        r.flushdb()
        r.close()
    left = []
    for process in family:
        with contextlib.suppress(psutil.NoSuchProcess):
            if process.status() != psutil.STATUS_ZOMBIE:
                left.append(process.pid)
    assert not left, f"outlived their worker: {left}"


@pytest.mark.parametrize("args, message", [
    (("bench.peers", "--libraries", "kafka"), "unknown library kafka"),
    (("bench.peers", "--noops", "0"), "--noops must be above 0"),
    (("bench.peers", "--round-trips", "1"), "--round-trips must be at least 2"),
])
def test_bad_input_is_one_line(stack, args, message):
    done = stack.invoke(*args, check=False)
    assert done.returncode != 0
    assert message in done.stderr and "Traceback" not in done.stderr


def test_without_redis_bench_peers_says_so_in_one_line(tmp_path):
    """No Redis on the stack's port: one error line naming the command, no traceback."""
    import subprocess

    from support.ports import free_ports

    env = {**os.environ, "INVOKE_BROWNBAG_PORTS_REDIS": str(free_ports(1)[0]),
           "INVOKE_BROWNBAG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "invoke", "bench.peers", "--quick"], env=env,
                          capture_output=True, text=True, timeout=120)
    said = done.stdout + done.stderr
    assert done.returncode != 0 and "Traceback" not in said, said
    assert "does not answer" in said and "invoke up" in said, said
