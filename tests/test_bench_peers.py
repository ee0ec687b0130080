"""bench.peers: Celery, Dramatiq, RQ, Huey and Taskiq on the test stack's Redis (no timing thresholds).

Redis only: it is the one broker all five share (RQ and Huey have no RabbitMQ).
The [peers] extra is part of [test], so CI runs these; without it they say what to install.
"""

from __future__ import annotations

import importlib.metadata
import json
import sys
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
    # Ours only: this checkout's interpreter (another checkout may be benchmarking on this machine).
    left = [p for p in psutil.process_iter(["cmdline"])
            if (p.info["cmdline"] or [""])[0].startswith(sys.prefix)
            and any("peer_apps" in part for part in p.info["cmdline"])]
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


@pytest.mark.parametrize("args, message", [
    (("bench.peers", "--libraries", "kafka"), "unknown library kafka"),
    (("bench.peers", "--noops", "0"), "--noops must be above 0"),
    (("bench.peers", "--round-trips", "1"), "--round-trips must be at least 2"),
])
def test_bad_input_is_one_line(stack, args, message):
    done = stack.invoke(*args, check=False)
    assert done.returncode != 0
    assert message in done.stderr and "Traceback" not in done.stderr
