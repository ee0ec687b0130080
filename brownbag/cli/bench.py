"""``invoke bench.brokers``, ``bench.pools``, ``bench.peers`` and ``bench.live``: the talk's claims, and the deck's own speed, measured here.

    $ invoke bench.brokers --quick                 # < 20 s: what the slide runs
    $ invoke bench.brokers --brokers redis,sqlite --tasks 5000
    $ invoke bench.pools                           # full run: numbers for the README, published to slides/bench/
    $ invoke bench.pools --quick --pools gevent,prefork --concurrency 20
    $ invoke bench.peers --quick                   # Celery, Dramatiq, RQ, Huey, Taskiq on one Redis
    $ invoke bench.charts                          # redraw slides/bench/*.svg from their JSON, measuring nothing
    $ invoke bench.live                            # the live panel: click to result against bare .get()

A run meant for the slides (a full run, or --publish) starts only on a quiet
machine and is published only if the machine stayed quiet; --force publishes
anyway, with the record of how busy it was. It is three interleaved runs by
default (--runs N): each figure published is their median with its min–max
(brownbag/bench/runs.py).

Each starts its own workers on a ``bench.*`` queue and stops them (by pid) when
done. Results: rich tables here, JSON + SVG in <home>/bench/ (and slides/bench/
for full runs or --publish).
"""

from __future__ import annotations

import json
import os

import httpx
from invoke import task
from rich.table import Table

from .. import settings
from ..bench import brokers as broker_bench
from ..bench import machine, report
from ..bench import peers as peer_bench
from ..bench import pools as pool_bench
from ..bench import runs as bench_runs
from ..live import measure
from ..probe import probe
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


def _publishing(publish, quick: bool) -> bool:
    """--publish (alone: yes; --publish=no: no); without it, full runs publish and quick ones don't."""
    if publish is None:
        return not quick
    return publish is True or str(publish).lower() in ("yes", "true", "1")


def _before(name: str, publish: bool | None, quick: bool, force: bool, services) -> None:
    """A run meant for the slides starts on a quiet machine, or not at all (unless --force)."""
    if not _publishing(publish, quick) or force:
        return
    why, _ = machine.wait_quiet(services, on_wait=lambda message: console.print(f"[yellow]{message}[/]",
                                                                                  highlight=False))
    if why:
        fail(f"not measuring bench.{name} for the slides: the machine is busy ({why}); "
             f"rerun when it is quiet, add --force to publish anyway, or --quick to measure without publishing")


def _finish(result: dict, name: str, publish: bool | None, quick: bool, note: str, force: bool = False) -> None:
    result = report.stamp(result, note or SHARED_NOTE)
    busy = (result.get("machine_state") or {}).get("busy")
    publishing = _publishing(publish, quick)
    if publishing and busy and force:
        result["forced"] = f"published with --force on a busy machine: {busy}"
    report.show(result, console)
    written = report.write(result, name, publishing and (force or not busy))
    console.print("written: " + ", ".join(str(p) for p in written), highlight=False)
    if not any(row["status"] == "ok" for row in result["rows"]):
        fail(f"no {name[:-1]} could be measured: " +
             "; ".join(f"{report.row_name(r)}: {r.get('reason')}" for r in result["rows"] if r["status"] != "ok"))
    if publishing and busy and not force:
        fail(f"not published to slides/bench/: the machine got busy during the run ({busy}); "
             f"rerun on a quiet machine, or add --force to publish anyway")


RUNS_HELP = "interleaved runs, each figure their median with its min-max (default 3 when publishing, else 1)"


def _repeat(runs, publish, quick: bool, services, once, derive=None) -> dict:
    """``once()`` run ``--runs`` times, combined (bench/runs.py); between runs the load average
    our own previous run left is let settle, as it would be before a first run."""
    count = _positive(runs, "runs") if runs is not None else (3 if _publishing(publish, quick) else 1)
    reports = []
    for index in range(count):
        if count > 1:
            console.print(f"run {index + 1} of {count}", highlight=False)
        if index:
            machine.wait_quiet(services, patience=180.0, on_wait=_waiting)
        reports.append(once())
    return bench_runs.combine(reports, derive)


@task(optional=["publish"], help={
    "quick": "a run under a minute (fewer tasks), for the slide",
    "brokers": f"comma-separated subset of {','.join(settings.BROKERS)} (default: all; unreachable ones are reported)",
    "tasks": "no-op tasks in the throughput batch (default 60 quick, 2000 full)",
    "round-trips": "tasks sent one at a time for the latency percentiles (default 20 quick, 300 full)",
    "polling-interval": "seconds between polls for MongoDB and SQLite (default 0.01; SQLite also runs at "
                        "kombu's own default, 1 s)",
    "publish": "also write slides/bench/ (default: only full runs do), on a quiet machine only",
    "force": "publish even though the machine was busy (the record of how busy goes with the numbers)",
    "note": "a line stored with the results (default: the shared-machine warning)",
    "runs": RUNS_HELP,
})
def brokers(c, quick=False, brokers="", tasks=None, round_trips=None, polling_interval=None,
            publish=None, force=False, note="", runs=None):
    """Throughput and round trip through every reachable broker, Celery beside raw kombu."""
    names = _names(brokers, settings.BROKERS, "broker")
    overrides = {"tasks": _positive(tasks, "tasks"), "round_trips": _positive(round_trips, "round-trips"),
                 "polling_interval": _positive(polling_interval, "polling-interval", float)}
    if overrides["round_trips"] is not None and overrides["round_trips"] < 2:
        fail("--round-trips must be at least 2 (percentiles need two samples)")

    def progress(row):
        what = row["status"] if row["status"] != "ok" else f"{row['throughput']:,.0f} tasks/s, p50 {row['p50_ms']} ms"
        console.print(f"  {row.get('label', row['broker'])}: {what}", highlight=False)

    urls = [settings.broker_url(name) for name in names] + [settings.celery_result_backend()]
    _before("brokers", publish, quick, force, urls)
    console.print(f"bench.brokers ({'quick' if quick else 'full'}): {', '.join(names)}")
    result = _repeat(runs, publish, quick, urls, lambda: broker_bench.run(
        names, quick=quick, on_row=progress, on_wait=_waiting, **overrides), derive=broker_bench.ratios)
    _finish(result, "brokers", publish, quick, note, force)


def _waiting(message: str) -> None:
    console.print(f"[yellow]{message}[/]", highlight=False)


@task(optional=["publish"], help={
    "quick": "a run under a minute (smaller batches), for the slide",
    "pools": f"comma-separated subset of {','.join(pool_bench.POOLS)} (default: all)",
    "concurrency": "the IO concurrency budget every pool gets (default 10; solo is always 1)",
    "cpu-concurrency": "processes/threads per pool on the CPU batch (default: one per core)",
    "broker": "broker name or URL for the pool workers (default: the configured broker)",
    "batches": "io, cpu or io,cpu (default: both)",
    "publish": "also write slides/bench/ (default: only full runs do), on a quiet machine only",
    "force": "publish even though the machine was busy (the record of how busy goes with the numbers)",
    "note": "a line stored with the results (default: the shared-machine warning)",
    "runs": RUNS_HELP,
})
def pools(c, quick=False, pools="", concurrency=None, cpu_concurrency=None, broker="", batches="io,cpu",
          publish=None, force=False, note="", runs=None):
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

    broker_url = settings.broker_url(broker) if broker else settings.celery_broker_url()
    _before("pools", publish, quick, force, [broker_url, settings.celery_result_backend()])
    console.print(f"bench.pools ({'quick' if quick else 'full'}): {', '.join(names)}")
    result = _repeat(runs, publish, quick, [broker_url, settings.celery_result_backend()], lambda: pool_bench.run(
        names, quick=quick, on_row=progress, broker=broker or None, batches=tuple(kinds), on_wait=_waiting,
        concurrency=_positive(concurrency, "concurrency"), cpu_concurrency=_positive(cpu_concurrency, "cpu-concurrency")))
    _finish(result, "pools", publish, quick, note, force)


@task(optional=["publish"], help={
    "quick": "a run of about half a minute (smaller workloads), for the slide",
    "libraries": f"comma-separated subset of {','.join(peer_bench.NAMES)} (default: all; celery-tuned is "
                 "Celery with the Optimizing guide's prefetch for short tasks)",
    "noops": "no-op tasks in the drain (default 200 quick, 5000 full)",
    "round-trips": "tasks sent one at a time for the latency percentiles (default 20 quick, 200 full)",
    "io-tasks": "tasks in the IO batch, each waiting 0.1 s on the slow endpoint (default 50 quick, 300 full)",
    "publish": "also write slides/bench/ (default: only full runs do), on a quiet machine only",
    "force": "publish even though the machine was busy (the record of how busy goes with the numbers)",
    "note": "a line stored with the results (default: the shared-machine warning)",
    "runs": RUNS_HELP,
})
def peers(c, quick=False, libraries="", noops=None, round_trips=None, io_tasks=None, publish=None, force=False,
          note="", runs=None):
    """Celery, Dramatiq, RQ, Huey and Taskiq on the same local Redis: no-op drain, round trip, IO batch."""
    names = _names(libraries, peer_bench.NAMES, "library")
    overrides = {"noops": _positive(noops, "noops"), "round_trips": _positive(round_trips, "round-trips"),
                 "io_tasks": _positive(io_tasks, "io-tasks")}
    if overrides["round_trips"] is not None and overrides["round_trips"] < 2:
        fail("--round-trips must be at least 2 (percentiles need two samples)")

    def progress(row):
        what = row["status"] if row["status"] != "ok" else (
            f"{row['noops']} no-ops in {row['drain_s']:.2f} s, p50 {row['p50_ms']:.1f} ms, "
            f"IO {row['io_efficiency']:.0%} of ideal")
        console.print(f"  {row.get('label', row['library'])}: {what}", highlight=False)

    up, why = probe(peer_bench.peers_url(), timeout=2.0)
    if not up:  # every library runs on it: one line, not a redis-py traceback from the first
        fail(f"bench.peers runs every library on the stack's Redis, which does not answer: {why} "
             f"(invoke up --brokers redis, or any stack with Redis)")
    _before("peers", publish, quick, force, [peer_bench.peers_url()])
    console.print(f"bench.peers ({'quick' if quick else 'full'}): {', '.join(names)}")
    result = _repeat(runs, publish, quick, [peer_bench.peers_url()], lambda: peer_bench.run(
        names, quick=quick, on_row=progress, on_wait=_waiting, **overrides))
    _finish(result, "peers", publish, quick, note, force)


@task(help={"only": "comma-separated subset of brokers,pools,peers (default: all published)"})
def charts(c, only=""):
    """Redraw the published charts (slides/bench/*.svg) from their JSON: no benchmark runs."""
    names = tuple(_names(only, ("brokers", "pools", "peers"), "chart")) if only else ("brokers", "pools", "peers")
    try:
        drawn = report.redraw(report.SLIDES_DIR, names)
    except ValueError as error:
        fail(str(error))
    if not drawn:
        fail(f"nothing published in {report.SLIDES_DIR}: a full `invoke bench.<name>` run publishes a chart")
    console.print("redrawn from their JSON: " + ", ".join(str(p.relative_to(settings.ROOT)) for p in drawn),
                  highlight=False)


def p50_p90(row: dict, name: str) -> str:
    """One cell of bench.live's table: a measure's median and 90th percentile, in ms."""
    return f"{row[f'{name}_p50_ms']:.1f} / {row[f'{name}_p90_ms']:.1f}"


@task(help={
    "runs": "runs of each measure (default 50)",
    "lengths": "chain lengths to measure, comma-separated (default 1,4)",
    "url": "the live server serving the deck (default: this stack's)",
})
def live(c, runs=50, lengths="1,4", url=""):
    """The live panel's overhead: bare round trip, the live API, click-to-final in Chromium, event-to-drawn."""

    runs = _positive(runs, "runs")
    try:
        chain_lengths = [int(n) for n in str(lengths).split(",") if n.strip()]
    except ValueError:
        fail(f"--lengths must be numbers separated by commas (got {lengths!r})")
    if not chain_lengths or any(not 1 <= n <= 10 for n in chain_lengths):
        fail(f"--lengths must be between 1 and 10 (got {lengths!r})")
    cfg = settings.load()
    url = url or f"http://{cfg['bind']}:{cfg['ports']['live']}/"

    try:
        httpx.get(url + "api/health", timeout=5).raise_for_status()
    except httpx.HTTPError as exc:
        fail(f"no live server at {url}: {exc} (invoke up, and invoke slides.build for the deck)")
    console.print(f"bench.live: {runs} runs each of {measure.DEMO} (lengths {', '.join(map(str, chain_lengths))}) "
                  f"on {url}", highlight=False)
    result = measure.run(url, runs, chain_lengths,
                         on_row=lambda row: console.print(f"  length {row['length']} measured", highlight=False))
    table = Table(title=f"bench.live · {result['broker']} · p50 / p90 in ms", title_justify="left")
    for column in ("chain", "bare .get()", "live API", "click → first event", "click → final",
                   "click − bare (p50)", "event → drawn"):
        table.add_column(column, justify="right")
    for row in result["rows"]:
        table.add_row(str(row["length"]), *(p50_p90(row, name) for name in ("bare", "api", "first_event", "click")),
                      f"{row['click_over_bare_p50_ms']:+.1f}", p50_p90(row, "event_to_drawn"))
    console.print(table)
    console.print(f"goals: click within {result['goals']['click_over_bare_p50_ms']} ms of bare, events drawn "
                  f"within {result['goals']['event_to_drawn_p50_ms']} ms, at p50", highlight=False)
    console.print("machine: " + machine.summary(result["machine_state"]), highlight=False)


@task(help={
    "runs": "cold runs of each stack (default 5): a scratch home on free ports each, "
            "`invoke down` after",
    "stacks": "the stacks to time, as `--brokers` lists separated by `/` "
              "(default: redis/redis,rabbitmq)",
})
def present(c, runs=5, stacks="redis/redis,rabbitmq"):
    """`invoke present` → the deck answering, and → every panel live: p50 of cold runs."""
    from ..bench import present as present_bench

    runs = _positive(runs, "runs")
    cfg = settings.load()
    choices = [s.strip() for s in stacks.split("/") if s.strip()]
    for brokers in choices:
        _names(brokers, settings.BROKERS, "broker")
    results = []
    # Before and after only: the stack under test daemonizes (supervisord), so sampling
    # "other processes" during the runs would count it as a neighbour.
    busy, seen = machine.check_quiet()
    for brokers in choices:
        rows = []
        for n in range(runs):
            row = present_bench.one_run(brokers, cfg)
            failed = f", failed: {', '.join(row['failed'])}" if row["failed"] else ""
            console.print(f"  {brokers} run {n + 1}/{runs}: deck {row['deck_s']} s, every panel "
                          f"live {row['live_s']} s (load {row['load_1m']}, exit {row['exit']}"
                          f"{failed})", highlight=False)
            rows.append(row)
        results.append(present_bench.summarize(brokers, rows))
    state = {**seen, "after": machine.check_quiet(seconds=1.0)[1]["before"], "busy": busy}
    _present_table(results, state, runs)


@task(help={
    "connections": "attendees following the talk, each from its own loopback address (default 200)",
    "steps": "step changes timed, idle and during the vote burst (default 20)",
})
def votes(c, connections=200, steps=20):
    """A room voting at once: every vote counted once, and the deck's step change meanwhile."""
    from ..bench import votes as votes_bench

    connections, steps = _positive(connections, "connections"), _positive(steps, "steps")
    try:
        result = votes_bench.run(connections, steps)
    except RuntimeError as exc:
        fail(f"bench.votes: {exc}")
    table = Table(title=f"bench.votes · {result['connections']} attendees, medians over {steps} "
                        "step changes", title_justify="left")
    for column in ("", "step change, median attendee", "step change, slowest attendee",
                   "steps missed"):
        table.add_column(column, justify="right")
    for name in ("idle", "burst"):
        row = result[name]
        table.add_row("idle" if name == "idle" else "during the vote burst",
                      f"{row['step_p50_ms']} ms", f"{row['step_slowest_ms']} ms", str(row["missed"]))
    console.print(table)
    console.print(f"votes: {result['votes_sent']} sent (every attendee once, half changed), "
                  f"p50 {result['vote_p50_ms']} ms; tally {result['counts']} of {result['counted']} "
                  f"voters, expected {result['expected']}: "
                  f"{'each counted exactly once' if result['exact'] else 'WRONG'}; "
                  f"load {result['load_1m']}", highlight=False, soft_wrap=True)
    if not result["exact"]:
        fail("bench.votes: the tally is not the attendees' last votes")


def _present_table(results: list[dict], state: dict, runs: int) -> None:
    table = Table(title=f"bench.present · p50 of {runs} cold runs, seconds from the command",
                  title_justify="left")
    for column in ("stack (--brokers)", "deck answers", "every panel live", "incomplete runs"):
        table.add_column(column, justify="right")
    for result in results:
        table.add_row(result["brokers"], str(result["deck_p50_s"]), str(result["live_p50_s"]),
                      str(result["incomplete"]))
    console.print(table)
    load = os.getloadavg()
    console.print(f"machine: {os.cpu_count()} cores, load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
                  f"(1, 5, 15 min) now; {machine.summary(state)}", highlight=False, soft_wrap=True)
    if state.get("busy"):
        console.print(f"[yellow]busy machine: {state['busy']}[/]", highlight=False, soft_wrap=True)
    path = settings.home() / "bench" / "present.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report.stamp({"mode": "present", "results": results,
                                             "machine_state": state}), indent=2))
    console.print(f"written: {path}", highlight=False)
    if any(r["incomplete"] for r in results):
        fail("some runs never reached the deck or every panel live (see the rows above)")
