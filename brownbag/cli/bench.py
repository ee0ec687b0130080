"""``invoke bench.brokers`` and ``invoke bench.pools``: the talk's claims, measured here.

    $ invoke bench.brokers --quick                 # < 1 min: what the slide runs
    $ invoke bench.brokers --brokers redis,sqlite --tasks 5000
    $ invoke bench.pools                           # full run: numbers for the README, published to slides/bench/
    $ invoke bench.pools --quick --pools gevent,prefork --concurrency 20

Each starts its own workers on a ``bench.*`` queue and stops them (by pid) when
done. Results: rich tables here, JSON + SVG in <home>/bench/ (and slides/bench/
for full runs or --publish).
"""

from __future__ import annotations

from invoke import task

from .. import settings
from ..bench import brokers as broker_bench
from ..bench import pools as pool_bench
from ..bench import report
from .output import console, fail

SHARED_NOTE = "numbers from a shared machine: other processes compete for the same cores"


def _names(given: str, known: tuple[str, ...], what: str) -> list[str]:
    names = [n.strip() for n in given.split(",") if n.strip()] if given else list(known)
    unknown = [n for n in names if n not in known]
    if unknown:
        fail(f"unknown {what} {', '.join(unknown)}: use any of {', '.join(known)}")
    return names


def _positive(value, name: str, kind=int):
    if value is None:
        return None
    try:
        number = kind(value)
    except (TypeError, ValueError):
        fail(f"--{name} must be a number (got {value!r})")
    if number <= 0:
        fail(f"--{name} must be above 0 (got {value})")
    return number


def _finish(result: dict, name: str, publish: bool | None, quick: bool, note: str) -> None:
    result = report.stamp(result, note or SHARED_NOTE)
    report.show(result, console)
    written = report.write(result, name, publish if publish is not None else not quick)
    console.print("written: " + ", ".join(str(p) for p in written), highlight=False)
    if not any(row["status"] == "ok" for row in result["rows"]):
        fail(f"no {name[:-1]} could be measured: " +
             "; ".join(f"{r.get('broker') or r.get('pool')}: {r.get('reason')}" for r in result["rows"]))


@task(help={
    "quick": "a run under a minute (fewer tasks), for the slide",
    "brokers": f"comma-separated subset of {','.join(settings.BROKERS)} (default: all; unreachable ones are reported)",
    "tasks": "no-op tasks in the throughput batch (default 200 quick, 2000 full)",
    "round-trips": "tasks sent one at a time for the latency percentiles (default 50 quick, 300 full)",
    "polling-interval": "seconds between polls for MongoDB and SQLite (default 0.01; kombu's own is 1)",
    "publish": "also write slides/bench/ (default: only full runs do)",
    "note": "a line stored with the results (default: the shared-machine warning)",
})
def brokers(c, quick=False, brokers="", tasks=None, round_trips=None, polling_interval=None,
            publish=None, note=""):
    """Throughput and round trip through every reachable broker, Celery beside raw kombu."""
    names = _names(brokers, settings.BROKERS, "broker")
    overrides = {"tasks": _positive(tasks, "tasks"), "round_trips": _positive(round_trips, "round-trips"),
                 "polling_interval": _positive(polling_interval, "polling-interval", float)}
    if overrides["round_trips"] is not None and overrides["round_trips"] < 2:
        fail("--round-trips must be at least 2 (percentiles need two samples)")

    def progress(row):
        what = row["status"] if row["status"] != "ok" else f"{row['throughput']:,.0f} tasks/s, p50 {row['p50_ms']} ms"
        console.print(f"  {row['broker']}: {what}", highlight=False)

    console.print(f"bench.brokers ({'quick' if quick else 'full'}): {', '.join(names)}")
    _finish(broker_bench.run(names, quick=quick, on_row=progress, **overrides), "brokers", publish, quick, note)


@task(help={
    "quick": "a run under a minute (smaller batches), for the slide",
    "pools": f"comma-separated subset of {','.join(pool_bench.POOLS)} (default: all)",
    "concurrency": "the concurrency budget every pool gets (default 10; solo is always 1)",
    "broker": "broker name or URL for the pool workers (default: the configured broker)",
    "batches": "io, cpu or io,cpu (default: both)",
    "publish": "also write slides/bench/ (default: only full runs do)",
    "note": "a line stored with the results (default: the shared-machine warning)",
})
def pools(c, quick=False, pools="", concurrency=None, broker="", batches="io,cpu", publish=None, note=""):
    """IO-bound and CPU-bound batches on each pool, wall time against the ideal."""
    names = _names(pools, pool_bench.POOLS, "pool")
    kinds = _names(batches, ("io", "cpu"), "batch")
    if broker:
        try:
            settings.broker_url(broker)
        except ValueError as exc:
            fail(str(exc))

    def progress(row):
        what = row["status"] if row["status"] != "ok" else ", ".join(
            f"{kind.upper()} {row[f'{kind}_x_ideal']}x ideal" for kind in ("io", "cpu") if f"{kind}_x_ideal" in row)
        console.print(f"  {row['pool']}: {what}", highlight=False)

    console.print(f"bench.pools ({'quick' if quick else 'full'}): {', '.join(names)}")
    result = pool_bench.run(names, quick=quick, on_row=progress, broker=broker or None, batches=tuple(kinds),
                            concurrency=_positive(concurrency, "concurrency"))
    _finish(result, "pools", publish, quick, note)
