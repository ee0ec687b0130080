"""The talk's claims, measured live: brokers compared, pools compared (brownbag/bench)."""

from __future__ import annotations

import json
import os

from brownbag import settings
from brownbag.bench import brokers as broker_bench
from brownbag.bench import machine, report
from brownbag.bench import pools as pool_bench

from .payoff import bars, fact, group, with_headline
from .registry import Expect, Param, scenario
from .runs import RunFailed


def last_full(name: str) -> dict | None:
    """The numbers of the last full run published for the deck, shown next to the live ones."""
    path = report.SLIDES_DIR / f"{name}.json"
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def parse_names(given: str, known: tuple[str, ...], what: str) -> list[str]:
    names = [n.strip() for n in given.split(",") if n.strip()]
    unknown = [n for n in names if n not in known]
    if unknown or not names:
        raise RunFailed(f"unknown {what} {', '.join(unknown) or '(none)'}: use any of {', '.join(known)}")
    return names


def finish(run, result: dict, name: str, table: list[dict], payoff: dict) -> dict:
    result = report.stamp(result, "quick run from the slide, on the presenter's machine")
    report.write(result, name, publish=False)
    if not any(row["status"] == "ok" for row in result["rows"]):
        raise RunFailed("nothing could be measured: " + "; ".join(
            f"{report.row_name(r)}: {r.get('reason')}" for r in result["rows"]))
    # What the panel draws is the payoff, with the machine's state as its last fact; "table"
    # keeps the rows for the terminal and the tests; keys starting with "_" are the full
    # reports, for the recordings and the tests, not for the slide.
    measured = machine.summary(result.get("machine_state"))
    payoff = {**payoff, "facts": [*payoff.get("facts", []), fact("machine", measured)]}
    return {"payoff": payoff, "table": table, "measured": measured,
            "_live": result, "_last_full": last_full(name)}


def broker_bars(rows: list[dict], expected: list[str]) -> dict:
    """Celery's p50 round trip beside raw kombu's, per broker; a broker still to come is
    drawn empty, one that could not run says why."""
    by_label = {r.get("label", r["broker"]): r for r in rows}
    groups = []
    for label in expected + [other for other in by_label if other not in expected]:
        row = by_label.get(label)
        if row is None:
            groups.append(group(label, None, None, note="…"))
        elif row["status"] != "ok":
            groups.append(group(label, None, None, note=row["status"]))
        else:
            note = f"{row['p50_ratio']:g}× raw · {row['throughput']:,.0f} tasks/s" if row.get("p50_ratio") \
                else f"{row['throughput']:,.0f} tasks/s"
            groups.append(group(label, row["p50_ms"], row["raw_p50_ms"], note=note))
    return bars(groups[:8], series=["Celery", "raw kombu"], unit="p50 round trip, ms", better="lower")


def pool_bars(rows: list[dict], expected: list[str], batch: str, ideal: float | None) -> dict:
    """Each pool's wall time beside the ideal, in seconds, the ratio as the note."""
    by_pool = {r["pool"]: r for r in rows}
    groups = []
    for pool in expected:
        row = by_pool.get(pool)
        if row is None:
            groups.append(group(pool, None, ideal, note="…"))
        elif row["status"] != "ok":
            groups.append(group(pool, None, ideal, note=row["status"]))
        else:
            groups.append(group(pool, row[f"{batch}_wall_s"], row[f"{batch}_ideal_s"],
                                note=f"{row[f'{batch}_x_ideal']:.2f}× ideal"))
    return bars(groups[:8], series=["wall time", "ideal"], unit="seconds", better="lower")


def broker_headline(rows: list[dict]) -> str:
    """The quickest and the slowest broker of the run, by Celery's p50 round trip."""
    ok = sorted((r for r in rows if r["status"] == "ok"), key=lambda r: r["p50_ms"])
    best = ok[0]
    said = f"quickest: {best.get('label', best['broker'])}, {best['p50_ms']:.1f} ms"
    if len(ok) > 1:
        worst = ok[-1]
        said += f"; {worst.get('label', worst['broker'])} {worst['p50_ms'] / best['p50_ms']:.0f}× slower"
    return said


def pool_headline(rows: list[dict], batch: str) -> str:
    """The pool closest to the ideal and the one furthest from it."""
    ok = sorted((r for r in rows if r["status"] == "ok"), key=lambda r: r[f"{batch}_x_ideal"])
    best = ok[0]
    said = f"closest to ideal: {best['pool']}, {best[f'{batch}_x_ideal']:.2f}×"
    if len(ok) > 1:
        said += f"; furthest: {ok[-1]['pool']}, {ok[-1][f'{batch}_x_ideal']:.1f}× the ideal"
    return said


def lock_wait(run, expected: float) -> dict:
    """How a demo waits for a benchmark already running: it says so, within its own deadline."""
    return {"on_wait": lambda message: run.note(message + " — this run starts after it"),
            "lock_timeout": max(1.0, run.remaining() - expected)}


@scenario(
    "broker.compare", "The same workload through every broker, Celery beside raw kombu",
    slide="Broker / Implementation",
    expect=Expect(lambda r, i: [row["broker"] for row in r["table"]][:2] == ["redis", "sqlite"]
                  and len(r["table"]) == 3 and "cores" in r["measured"],
                  params={"brokers": "redis,sqlite", "tasks": 20, "round_trips": 5}, events=False),
    params=[
        Param("brokers", str, ",".join(settings.BROKERS), help="comma-separated: redis, rabbitmq, mongo, sqlite"),
        Param("tasks", int, 60, min=10, max=5000, help="no-op tasks in the throughput batch"),
        Param("round_trips", int, 20, min=5, max=1000, help="tasks sent one at a time for latency"),
        Param("polling_interval", float, 0.01, min=0.001, max=2.0, help="seconds between polls (MongoDB, SQLite)"),
    ],
    timeout=60.0,
    wants={"rabbitmq": "its RabbitMQ bars are skipped", "mongo": "its MongoDB bars are skipped"},
)
def broker_compare(run, brokers, tasks, round_trips, polling_interval):
    """Each reachable broker gets its own worker on queue bench.brokers: N no-ops at once
    (throughput), then round trips one at a time (p50/p90/p99); kombu alone moves the same
    messages through the same broker, so Celery's cost reads as a ratio. SQLite runs twice:
    at the interval we chose and at kombu's default, so the slide shows what tuning buys."""
    names = parse_names(brokers, settings.BROKERS, "broker")
    default = broker_bench.kombu_default_polling_interval()
    run.note(f"measuring {', '.join(names)}: {tasks} tasks, {round_trips} round trips, about 20 s; "
             f"polling transports every {polling_interval} s, and SQLite again at kombu's default "
             f"({default:g} s)")

    expected = [n for name in names for n in (name, f"{name} @ kombu default")
                if n == name or name == "sqlite"]
    seen: list[dict] = []
    run.payoff(broker_bars(seen, expected))

    def on_row(row):
        seen.append(row)
        run.payoff(broker_bars(seen, expected))
        label = row.get("label", row["broker"])
        poll = f" (polls every {row['polling_interval']:g} s)" if row.get("polling_interval") else ""
        if row["status"] == "ok":
            run.note(f"{label}{poll}: {row['throughput']:,.0f} tasks/s (raw {row['raw_throughput']:,.0f} msg/s), "
                     f"p50 {row['p50_ms']:.1f} ms (raw {row['raw_p50_ms']:.2f} ms)", row=row)
        else:
            run.note(f"{label}: {row['status']} ({row.get('reason')})", row=row)

    result = broker_bench.run(names, quick=True, on_row=on_row, tasks=tasks, round_trips=round_trips,
                              polling_interval=polling_interval, **lock_wait(run, 25.0))
    table = [{"broker": r.get("label", r["broker"]), "poll s": r.get("polling_interval") or "push",
              "tasks/s": r.get("throughput", r["status"]), "raw msg/s": r.get("raw_throughput", ""),
              "p50 ms": r.get("p50_ms", ""), "p50 ÷ raw": r.get("p50_ratio", "")} for r in result["rows"]]
    return finish(run, result, "brokers", table,
                  with_headline(broker_bars(result["rows"], expected), broker_headline(result["rows"])))


def _pools(run, batch: str, pools: str, concurrency: int, **plan) -> dict:
    names = parse_names(pools, pool_bench.POOLS, "pool")
    cores = os.cpu_count() or 1
    key = "concurrency" if batch == "io" else "cpu_concurrency"
    quick = pool_bench.Plan.for_mode(True, **{key: concurrency}, **plan)
    expected = pool_bench.expected_seconds(quick, names, (batch,), cores)
    slots = "budget" if batch == "io" else "slots"
    run.note(f"{batch.upper()} batch on {', '.join(names)}, each alone on its own worker, "
             f"{concurrency} {slots} each (solo: 1); about {expected:.0f} s on a quiet machine")

    seen: list[dict] = []
    run.payoff(pool_bars(seen, names, batch, None))

    def on_row(row):
        seen.append(row)
        run.payoff(pool_bars(seen, names, batch, row.get(f"{batch}_ideal_s")))
        if row["status"] == "ok":
            run.note(f"{row['pool']}: {row[f'{batch}_wall_s']:.2f} s, {row[f'{batch}_x_ideal']:.2f}x ideal "
                     f"({row[f'{batch}_efficiency']:.0%} of ideal)", row=row)
        else:
            run.note(f"{row['pool']}: {row['status']} ({row.get('reason')})", row=row)

    result = pool_bench.run(names, quick=True, on_row=on_row, batches=(batch,), **{key: concurrency},
                            **plan, **lock_wait(run, expected * 1.5))
    ideal = result["settings"][f"{batch}_ideal_s"]
    table = [{"pool": r["pool"], "conc.": r.get(f"{batch}_concurrency", r["concurrency"]),
              "wall s": r.get(f"{batch}_wall_s", r["status"]), "ideal s": ideal,
              "× ideal": r.get(f"{batch}_x_ideal", "")} for r in result["rows"]]
    return finish(run, result, "pools", table,
                  with_headline(pool_bars(result["rows"], names, batch, ideal), pool_headline(result["rows"], batch)))


@scenario(
    "pools.io", "IO-bound batch on every pool: wall time against the ideal",
    slide="Worker / Concurrency",
    expect=Expect(lambda r, i: [row["pool"] for row in r["table"]] == ["gevent", "solo"] and "cores" in r["measured"],
                  params={"pools": "gevent,solo", "tasks": 5, "wait": 0.05}, events=False),
    params=[
        Param("pools", str, ",".join(pool_bench.POOLS), help="comma-separated: prefork, threads, gevent, eventlet, solo"),
        Param("concurrency", int, 10, min=1, max=50, help="the same budget for every pool"),
        Param("tasks", int, 30, min=1, max=500, help="tasks in the batch"),
        Param("wait", float, 0.5, min=0.01, max=5.0, help="seconds each task waits on the slow endpoint's socket"),
    ],
    timeout=120.0,
)
def pools_io(run, pools, concurrency, tasks, wait):
    """Each task waits on a real socket (brownbag.feeds' /slow endpoint); the ideal is
    tasks / concurrency x wait. Greenlets and threads overlap the waits; solo cannot."""
    return _pools(run, "io", pools, concurrency, io_tasks=tasks, io_wait=wait)


@scenario(
    "pools.cpu", "CPU-bound batch on every pool: wall time against the ideal",
    slide="Worker / Concurrency",
    expect=Expect(lambda r, i: [row["pool"] for row in r["table"]] == ["prefork", "threads"],
                  params={"pools": "prefork,threads", "tasks": 2, "task_seconds": 0.05}, events=False),
    params=[
        Param("pools", str, ",".join(pool_bench.POOLS), help="comma-separated: prefork, threads, gevent, eventlet, solo"),
        Param("concurrency", int, os.cpu_count() or 1, min=1, max=50,
              help="processes/threads per pool (default: one per core)"),
        Param("tasks", int, 8, min=1, max=200, help="tasks in the batch"),
        Param("task_seconds", float, 0.25, min=0.01, max=5.0, help="CPU seconds per task on one core"),
    ],
    timeout=120.0,
)
def pools_cpu(run, pools, concurrency, tasks, task_seconds):
    """Each task hashes in a pure-Python loop (holds the GIL); one task is timed once, in this
    process, and the ideal is the batch over the cores: the same for every pool. Each pool gets
    one slot per core. Only processes (prefork) use more than one core."""
    return _pools(run, "cpu", pools, concurrency, cpu_tasks=tasks, cpu_task_seconds=task_seconds)
