"""Benchmarks: quick runs on real brokers produce well-formed results (no timing thresholds)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from kombu.utils.url import maybe_sanitize_url

from brownbag import settings
from brownbag.bench import brokers as broker_bench
from brownbag.bench import chart, lock, machine, report
from brownbag.bench.pools import POOLS
from brownbag.probe import probe
from brownbag.workers import Worker, client_app

from support.skips import need
from support.stack import run_invoke

BROKERS = ("redis", "rabbitmq", "sqlite")


def require(stack, broker: str) -> None:
    if broker in ("redis", "rabbitmq"):
        up, why = probe(stack.broker_url(broker))
        if not up:
            need(broker, why)


def results(stack, name: str) -> dict:
    directory = settings.home(stack.cfg) / "bench"
    data = json.loads((directory / f"{name}.json").read_text())
    ET.fromstring((directory / f"{name}.svg").read_text())  # the chart is well-formed SVG
    assert data["machine"]["cores"] >= 1 and data["note"]
    state = data["machine_state"]  # the machine before, during and after, with every run
    assert state["cores"] >= 1 and set(state) >= {"before", "during", "after", "busy"}
    assert state["before"]["load_1m"] >= 0 and state["after"]["load_1m"] >= 0
    return data


def positive(row: dict, *keys: str) -> None:
    for key in keys:
        assert isinstance(row[key], (int, float)) and row[key] > 0, (key, row)


@pytest.mark.parametrize("broker", BROKERS)
def test_brokers_quick_is_well_formed(stack, broker):
    require(stack, broker)
    published = (report.SLIDES_DIR / "brokers.json").read_bytes() if (report.SLIDES_DIR / "brokers.json").exists() else None
    # Two interleaved runs on Redis (the --runs path; three when publishing), one elsewhere.
    runs = 2 if broker == "redis" else 1
    done = stack.invoke("bench.brokers", "--quick", "--brokers", broker, "--runs", str(runs))
    assert broker in done.stdout
    data = results(stack, "brokers")
    assert data["benchmark"] == "brokers" and data["mode"] == "quick"
    if runs > 1:
        assert "run 2 of 2" in done.stdout and len(data["runs"]) == 2 and data["quiet_rule"]
        assert all(len(run["rows"]) == len(data["rows"]) and run["machine_state"] for run in data["runs"])
        assert data["rows"][0]["runs"] == 2 if not data["machine_state"]["busy"] else True
    assert set(data["settings"]) >= {"prefetch_multiplier", "acks_late", "result_backend", "concurrency",
                                     "polling_interval_s"}
    row, *others = data["rows"]
    assert row["broker"] == broker and row["status"] == "ok", row
    positive(row, "throughput", "raw_throughput", "p50_ms", "p90_ms", "p99_ms", "raw_p50_ms", "throughput_ratio",
             "lean_throughput", "lean_p50_ms", "lean_speedup")  # Celery with events and tracking off, beside
    assert {"celery", "lean_celery", "raw_kombu"} <= set(data["settings"])  # each row says what it measured
    assert row["p50_ms"] <= row["p90_ms"] <= row["p99_ms"]
    assert row["tasks"] == 60 and row["round_trips"] == 20
    # Only polling transports have (and state) a polling interval.
    assert (row["polling_interval"] is not None) == (broker == "sqlite")
    if broker == "sqlite":
        # ... and SQLite runs again at kombu's own default, read from the installed kombu.
        (default,) = others
        assert default["status"] == "ok", default
        assert default["polling_interval"] == data["settings"]["kombu_default_polling_interval_s"] == 1.0
        positive(default, "throughput", "p50_ms", "raw_p50_ms", "p50_ratio")
    else:
        assert others == []
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
    assert s["cpu_concurrency"] == s["cores"]  # CPU-bound: one slot per core
    assert maybe_sanitize_url(stack.broker_url(broker)) == s["broker"]
    assert [row["pool"] for row in data["rows"]] == list(POOLS_ON[broker])
    for row in data["rows"]:
        assert row["status"] == "ok", row
        positive(row, "io_wall_s", "io_x_ideal", "io_efficiency", "cpu_wall_s", "cpu_x_ideal", "cpu_efficiency")
        solo = row["pool"] == "solo"
        assert row["io_concurrency"] == (1 if solo else 10) and row["cpu_concurrency"] == (1 if solo else s["cores"])
        # One reference for every pool: the ideal is the settings' one, whatever the pool.
        assert row["cpu_ideal_s"] == s["cpu_ideal_s"] and row["cpu_task_s"] == s["cpu_task_s"]


def test_unreachable_broker_is_reported_not_fatal(stack):
    """MongoDB is absent here: the row says why, the run goes on (and fails only if nothing ran)."""
    done = stack.invoke("bench.brokers", "--quick", "--brokers", "mongo", check=False)
    data = results(stack, "brokers")
    (row,) = data["rows"]
    if row["status"] == "ok":
        pytest.skip("a MongoDB answered: nothing unreachable to report")
    url = maybe_sanitize_url(settings.broker_url("mongo", stack.cfg))
    assert row["status"] == "unreachable" and row["reason"].startswith(f"{url}: ") and row["polling_interval"]
    assert "refused" in row["reason"], row["reason"]
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
    from support.scenarios import run_scenario

    run = run_scenario(demo_id, **params)
    summary = run.summary()
    assert summary["status"] == "succeeded", summary.get("error")
    rows = [item["data"]["row"] for item in run.items if item["kind"] == "note" and item.get("data")]
    wanted = params.get("brokers", params.get("pools")).split(",")
    assert [row[key] for row in rows] == wanted
    assert rows[0]["status"] == "ok"
    assert summary["result"]["_live"]["rows"] == rows
    assert "_last_full" in summary["result"]  # the published full run, when there is one
    # What the panel shows: one table row per result, and the machine's state in words.
    assert len(summary["result"]["table"]) == len(rows) and "cores" in summary["result"]["measured"]


def test_measured_scenario_rejects_an_unknown_pool(stack):
    from support.scenarios import run_scenario

    summary = run_scenario("pools.cpu", pools="asyncio").summary()
    assert summary["status"] == "failed" and "unknown pool asyncio" in summary["error"]


def test_a_busy_machine_is_not_published(stack):
    """The quiet threshold set below zero: every machine is busy. One line, nothing measured or published."""
    before = {p.name: p.read_bytes() for p in report.SLIDES_DIR.glob("*")}
    env = {**stack.env, "BROWNBAG_BENCH_QUIET_SHARE": "-1"}
    for args in (("bench.brokers", "--brokers", "redis", "--publish"), ("bench.pools", "--pools", "solo")):
        done = run_invoke(*args, env=env)
        assert done.returncode != 0 and "Traceback" not in done.stderr
        assert "the machine is busy" in done.stderr and "--force" in done.stderr
    assert {p.name: p.read_bytes() for p in report.SLIDES_DIR.glob("*")} == before


def test_runs_combine_as_medians_with_their_spread_and_refuse_busy_ones():
    from brownbag.bench import brokers, runs

    def run(throughput, p50, raw_p50, busy=None):
        row = {"broker": "redis", "status": "ok", "throughput": throughput, "raw_throughput": 700.0,
               "p50_ms": p50, "raw_p50_ms": raw_p50, "tasks": 60}
        brokers.ratios(row)
        return {"benchmark": "brokers", "rows": [row], "machine_state": {"busy": busy, "during": {}}}

    quiet = runs.combine([run(400.0, 4.0, 2.0), run(450.0, 3.0, 1.0), run(500.0, 5.0, 1.5)], brokers.ratios)
    (row,) = quiet["rows"]
    assert (row["throughput"], row["p50_ms"], row["raw_p50_ms"], row["tasks"]) == (450.0, 4.0, 1.5, 60)
    assert row["spread"]["throughput"] == [400.0, 500.0] and "tasks" not in row["spread"]
    assert row["p50_ratio"] == round(4.0 / 1.5, 2)  # the ratio of the medians, not a median of ratios
    assert quiet["median_of"] == 3 and quiet["machine_state"]["busy"] is None and quiet["quiet_rule"]
    assert [r["rows"][0]["p50_ms"] for r in quiet["runs"]] == [4.0, 3.0, 5.0]

    one_busy = runs.combine([run(400.0, 4.0, 2.0), run(10.0, 90.0, 1.0, busy="load 3.1"), run(500.0, 5.0, 1.5)])
    (row,) = one_busy["rows"]
    assert row["throughput"] == 450.0 and row["runs"] == 2  # the busy run is left out of the medians
    assert [r["counted"] for r in one_busy["runs"]] == [True, False, True]
    assert "1 of 3 runs were busy: run 2: load 3.1" in one_busy["machine_state"]["busy"]  # not publishable


def test_busy_verdict_reads_the_record():
    quiet = {"cores": 2, "before": {"load_1m": 0.3, "others_cpu": 0.05}, "during": {"others_cpu_mean": 0.1}}
    assert machine.busy(quiet) is None
    loaded = {**quiet, "during": {"others_cpu_mean": 0.9}}
    assert "0.90 cores on average during it" in machine.busy(loaded)
    assert "load 1.7" in machine.busy({**quiet, "before": {"load_1m": 1.7, "others_cpu": 0.0}})
    assert "a busy machine" in machine.summary({**loaded, "busy": machine.busy(loaded), "after": {"load_1m": 1}})


def test_runs_that_share_the_workers_wait_for_each_other(stack):
    """A second run waits for the lock, says whom it waits for, and gives up with a reason."""
    heard = []
    with lock.exclusive("pools io"):
        with pytest.raises(lock.Busy, match=r"pools io, pid \d+"):
            with lock.exclusive("pools cpu", on_wait=heard.append, timeout=0.5):
                pass
    assert len(heard) == 1 and "waiting for another benchmark (pools io" in heard[0]
    with lock.exclusive("pools cpu", timeout=0.5):  # released: free again
        pass


def test_a_worker_that_cannot_start_fails_with_the_reason(stack):
    """A benchmark worker pointed at a dead broker fails its row with Celery's own words, not a timeout."""
    from support.ports import free_ports

    dead = f"redis://127.0.0.1:{free_ports(1)[0]}/0"
    client = client_app(stack.broker_url("redis"))
    worker = Worker("bench-dead", "bench.dead", "solo", 1, dead).start()
    try:
        with pytest.raises(RuntimeError, match="cannot start: .*Cannot connect to redis"):
            worker.wait_ready(client)
    finally:
        worker.stop(graceful=False)
        client.close()
    assert worker.process.poll() is not None


def test_a_chart_leaves_room_for_its_longest_label():
    """Right-aligned group labels end at the bars: the column must hold the longest one
    (a fixed 110 px cut "sqlite @ kombu default (1 s poll)" down to "u default (1 s poll)")."""
    import re

    long = "sqlite @ kombu default (1 s poll)"
    svg = chart.document("t", [chart.panel("p", "u", [("redis", [("celery", 2.0)]),
                                                      (long, [("celery", 1.0)])])])
    right_edge = float(re.search(rf'<text x="([\d.]+)"[^>]*text-anchor="end"[^>]*>{re.escape(long)}<', svg)[1])
    assert right_edge >= 7 * len(long), "13 px Helvetica needs about 7 px a character"


def test_a_value_that_dwarfs_the_rest_puts_its_panel_on_a_log_scale():
    """SQLite at kombu's 1 s poll (1008 ms) beside RabbitMQ's 3 ms: linear, the rest are slivers."""
    import re

    def widths(svg: str) -> list[float]:
        return [float(w) for w in re.findall(r'<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="24"', svg)]

    spread = chart.panel("Round trip", "p50 ms", [("rabbitmq", [("celery", 3.0)]), ("redis", [("celery", 3.8)]),
                                                  ("sqlite @ default", [("celery", 1008.0)])])
    close = chart.panel("Round trip", "p50 ms", [("rabbitmq", [("celery", 3.0)]), ("redis", [("celery", 18.0)])])
    assert spread["log"] and "log scale" in spread["unit"] and not close["log"]
    quick, slower, slowest = widths(chart.document("t", [spread], verdict="quickest: rabbitmq"))
    assert quick < slower < slowest and quick > 0.1 * slowest, (quick, slower, slowest)  # no sliver
    assert "quickest: rabbitmq" in chart.document("t", [spread], verdict="quickest: rabbitmq")
