"""Benchmarks: quick runs on real brokers produce well-formed results (no timing thresholds)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from conftest import need

from brownbag import settings
from brownbag.bench import brokers as broker_bench
from brownbag.bench import chart, report
from brownbag.bench.pools import POOLS

BROKERS = ("redis", "rabbitmq", "sqlite")


def require(stack, broker: str) -> None:
    if broker in ("redis", "rabbitmq"):
        why_not = broker_bench.reachable(broker, stack.broker_url(broker))
        if why_not:
            need(broker, why_not)


def results(stack, name: str) -> dict:
    directory = settings.home(stack.cfg) / "bench"
    data = json.loads((directory / f"{name}.json").read_text())
    ET.fromstring((directory / f"{name}.svg").read_text())  # the chart is well-formed SVG
    assert data["machine"]["cores"] >= 1 and data["note"]
    return data


def positive(row: dict, *keys: str) -> None:
    for key in keys:
        assert isinstance(row[key], (int, float)) and row[key] > 0, (key, row)


@pytest.mark.parametrize("broker", BROKERS)
def test_brokers_quick_is_well_formed(stack, broker):
    require(stack, broker)
    published = (report.SLIDES_DIR / "brokers.json").read_bytes() if (report.SLIDES_DIR / "brokers.json").exists() else None
    done = stack.invoke("bench.brokers", "--quick", "--brokers", broker)
    assert broker in done.stdout
    data = results(stack, "brokers")
    assert data["benchmark"] == "brokers" and data["mode"] == "quick"
    assert set(data["settings"]) >= {"prefetch_multiplier", "acks_late", "result_backend", "concurrency",
                                     "polling_interval_s"}
    (row,) = data["rows"]
    assert row["broker"] == broker and row["status"] == "ok", row
    positive(row, "throughput", "raw_throughput", "p50_ms", "p90_ms", "p99_ms", "raw_p50_ms", "throughput_ratio")
    assert row["p50_ms"] <= row["p90_ms"] <= row["p99_ms"]
    assert row["tasks"] == 200 and row["round_trips"] == 50
    # Only polling transports have (and state) a polling interval.
    assert (row["polling_interval"] is not None) == (broker == "sqlite")
    # A quick run never overwrites the numbers the deck shows.
    now = (report.SLIDES_DIR / "brokers.json").read_bytes() if (report.SLIDES_DIR / "brokers.json").exists() else None
    assert now == published


# Every pool on the default broker; on the others one process pool and one green pool,
# where the transport makes a difference (each pool's own queue is tested on every
# broker in test_stack.py). Each pool's run starts workers: 10-15 s apiece.
POOLS_ON = {"redis": POOLS, "rabbitmq": ("prefork", "gevent"), "sqlite": ("prefork", "gevent")}


@pytest.mark.parametrize("broker", BROKERS)
def test_pools_quick_is_well_formed(stack, broker):
    require(stack, broker)
    stack.invoke("bench.pools", "--quick", "--broker", broker, "--pools", ",".join(POOLS_ON[broker]))
    data = results(stack, "pools")
    assert data["benchmark"] == "pools" and data["mode"] == "quick"
    s = data["settings"]
    assert s["concurrency"] == 10 and s["prefetch_multiplier"] == 1 and s["io_ideal_s"] > 0 and s["cpu_ideal_s"] > 0
    assert broker_bench.redact(stack.broker_url(broker)) == s["broker"]
    assert [row["pool"] for row in data["rows"]] == list(POOLS_ON[broker])
    for row in data["rows"]:
        assert row["status"] == "ok", row
        positive(row, "io_wall_s", "io_x_ideal", "io_efficiency", "cpu_wall_s", "cpu_x_ideal", "cpu_efficiency")
        assert row["concurrency"] == (1 if row["pool"] == "solo" else 10)


def test_unreachable_broker_is_reported_not_fatal(stack):
    """MongoDB is absent here: the row says why, the run goes on (and fails only if nothing ran)."""
    done = stack.invoke("bench.brokers", "--quick", "--brokers", "mongo", check=False)
    data = results(stack, "brokers")
    (row,) = data["rows"]
    if row["status"] == "ok":
        pytest.skip("a MongoDB answered: nothing unreachable to report")
    assert row["status"] == "unreachable" and "MongoDB" in row["reason"]
    assert done.returncode != 0 and "no broker could be measured" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("args, message", [
    (("bench.brokers", "--brokers", "kafka"), "unknown broker kafka"),
    (("bench.brokers", "--tasks", "-3"), "--tasks must be above 0"),
    (("bench.pools", "--pools", "asyncio"), "unknown pool asyncio"),
    (("bench.pools", "--broker", "zeromq"), "unknown broker 'zeromq'"),
])
def test_bad_input_is_one_line(stack, args, message):
    done = stack.invoke(*args, check=False)
    assert done.returncode != 0
    assert message in done.stderr and "Traceback" not in done.stderr


def test_percentiles_and_chart():
    cuts = broker_bench.percentiles([i / 1000 for i in range(1, 101)])
    assert cuts["p50_ms"] <= cuts["p90_ms"] <= cuts["p99_ms"]
    svg = chart.document("t", [chart.panel("p", "ms", [("redis", [("celery", 4.0), ("raw", None)])],
                                           reference=1.0, reference_label="ideal")])
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg") and "not measured" in svg and "redis" in svg


@pytest.mark.parametrize("demo_id, params, key", [
    ("broker.compare", {"brokers": "redis,mongo", "tasks": 20, "round_trips": 5}, "broker"),
    ("pools.io", {"pools": "gevent,solo", "tasks": 5, "wait": 0.05}, "pool"),
    ("pools.cpu", {"pools": "prefork,threads", "tasks": 2, "task_seconds": 0.05}, "pool"),
])
def test_measured_scenarios_stream_a_row_per_result(stack, demo_id, params, key):
    """What the slide's chart fills in from: one note per broker/pool, with the row as data."""
    from test_imports import run_scenario

    run = run_scenario(demo_id, **params)
    summary = run.summary()
    assert summary["status"] == "succeeded", summary.get("error")
    rows = [item["data"]["row"] for item in run.items if item["kind"] == "note" and item.get("data")]
    wanted = params.get("brokers", params.get("pools")).split(",")
    assert [row[key] for row in rows] == wanted
    assert rows[0]["status"] == "ok"
    assert summary["result"]["live"]["rows"] == rows
    assert "last_full" in summary["result"]  # the published full run, when there is one


def test_measured_scenario_rejects_an_unknown_pool(stack):
    from test_imports import run_scenario

    summary = run_scenario("pools.cpu", pools="asyncio").summary()
    assert summary["status"] == "failed" and "unknown pool asyncio" in summary["error"]
