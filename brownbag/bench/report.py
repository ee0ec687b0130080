"""What a benchmark run leaves behind: rich tables, JSON and an SVG chart.

Every run writes ``<home>/bench/<name>.json`` and ``.svg``; a full run (or
``--publish``) also writes ``slides/bench/``, which the deck includes. The
machine the numbers come from is part of the result: cores, load, versions.
"""

from __future__ import annotations

import json
import os
import platform
import socket
from datetime import UTC, datetime
from pathlib import Path

import celery
import kombu
from rich.console import Console
from rich.table import Table

from .. import settings
from . import chart
from . import machine as machine_state
from .peers import peers_svg, peers_table  # the peers' module imports their libraries only when run

SLIDES_DIR = settings.ROOT / "slides" / "bench"
ANCHORS = {
    "redis_round_trip_overhead_ms": 8.6,     # gpxz.io queue-latency benchmark, Docker
    "rabbitmq_round_trip_overhead_ms": 6.6,  # same source
    "io_ideal_efficiency_at_10": 0.71,       # ArdiQ's published Celery benchmark, concurrency 10
}


def machine() -> dict:
    load = os.getloadavg() if hasattr(os, "getloadavg") else (None, None, None)
    return {"host": socket.gethostname(), "cores": os.cpu_count(), "load_avg_1m": round(load[0], 2),
            "python": platform.python_version(), "celery": celery.__version__, "kombu": kombu.__version__,
            "date": datetime.now(UTC).isoformat(timespec="seconds")}


def stamp(report: dict, note: str = "") -> dict:
    return {**report, "machine": machine(), "anchors": ANCHORS, "note": note}


def output_dirs(publish: bool) -> list[Path]:
    dirs = [settings.home() / "bench"]
    return dirs + [SLIDES_DIR] if publish else dirs


def row_name(row: dict) -> str:
    return row.get("label") or row.get("broker") or row.get("pool") or row.get("library") or "?"


def svg_of(report: dict) -> str:
    if report["benchmark"] == "peers":
        return peers_svg(report)
    return brokers_svg(report) if report["benchmark"] == "brokers" else pools_svg(report)


def write(report: dict, name: str, publish: bool) -> list[Path]:
    svg = svg_of(report)
    written = []
    for directory in output_dirs(publish):
        directory.mkdir(parents=True, exist_ok=True)
        (directory / f"{name}.json").write_text(json.dumps(report, indent=2) + "\n")
        (directory / f"{name}.svg").write_text(svg)
        written += [directory / f"{name}.json", directory / f"{name}.svg"]
    return written


def redraw(directory: Path = SLIDES_DIR, names: tuple[str, ...] = ("brokers", "pools", "peers")) -> list[Path]:
    """Draw each published chart again from its JSON, without measuring anything.

    For when the chart code changes: the numbers stay the ones measured. A name
    with no JSON in ``directory`` is skipped (nothing was published)."""
    drawn = []
    for name in names:
        data = directory / f"{name}.json"
        if not data.is_file():
            continue
        try:
            published = json.loads(data.read_text(encoding="utf-8"))
        except ValueError as error:
            raise ValueError(f"{data}: not readable JSON ({error})") from None
        chart_path = directory / f"{name}.svg"
        chart_path.write_text(svg_of(published))
        drawn.append(chart_path)
    return drawn


# --- brokers --------------------------------------------------------------------------

def brokers_table(report: dict) -> Table:
    s = report["settings"]
    table = Table(title=f"Brokers: {s['tasks']} no-op tasks, {s['round_trips']} round trips one at a time",
                  caption=f"{s['pool']} worker, concurrency {s['concurrency']}, prefetch x{s['prefetch_multiplier']},"
                          f" acks {'late' if s['acks_late'] else 'early'}, results on ({s['result_backend']}),"
                          f" polling transports every {s['polling_interval_s']} s, SQLite also at kombu's default"
                          f" ({s.get('kombu_default_polling_interval_s', 1.0)} s, {s.get('default_interval_tasks', '?')} tasks,"
                          f" {s.get('default_interval_round_trips', '?')} round trips)")
    for column in ("broker", "poll s", "tasks/s", "lean tasks/s", "raw msg/s", "raw÷celery", "p50 ms",
                   "lean p50 ms", "p90 ms", "p99 ms", "raw p50 ms", "p50÷raw", "overhead ms"):
        table.add_column(column, justify="left" if column == "broker" else "right")
    for row in report["rows"]:
        label, poll = row.get("label", row["broker"]), str(row.get("polling_interval") or "push")
        if row["status"] != "ok":
            table.add_row(label, poll, f"[yellow]{row['status']}[/]", *[""] * 10)
            continue
        lean = (f"{row['lean_throughput']:,.0f}", f"{row['lean_p50_ms']:.2f}") if "lean_throughput" in row else ("-", "-")
        table.add_row(label, poll, f"{row['throughput']:,.0f}", lean[0], f"{row['raw_throughput']:,.0f}",
                      f"{row['throughput_ratio']:.1f}x", f"{row['p50_ms']:.2f}", lean[1], f"{row['p90_ms']:.2f}",
                      f"{row['p99_ms']:.2f}", f"{row['raw_p50_ms']:.2f}",
                      f"{row['p50_ratio']:.1f}x" if row["p50_ratio"] else "-", f"{row['overhead_ms']:.2f}")
    return table


def brokers_svg(report: dict) -> str:
    def bars(row, *series):
        name = row.get("label", row["broker"])
        if row.get("polling_interval"):
            name += f" ({row['polling_interval']:g} s poll)"
        if row["status"] != "ok":
            return name, [(row["status"], None)]
        return name, [chart.with_spread(row, label, key) for label, key in series if key in row]

    rows = report["rows"]
    runs = f", median of {report['median_of']} runs (min\u2013max)" if report.get("median_of") else ""
    lean = "celery, events & tracking off"
    return chart.document(f"Same workload, every broker ({report['mode']}{runs})", verdict=brokers_verdict(rows),
                          panels=[
        chart.panel("Throughput", "per s, longer is better",
                    [bars(r, ("celery", "throughput"), (lean, "lean_throughput"), ("raw kombu", "raw_throughput"))
                     for r in rows]),
        chart.panel("Round trip, one at a time", "p50 ms, shorter is better",
                    [bars(r, ("celery", "p50_ms"), (lean, "lean_p50_ms"), ("raw kombu", "raw_p50_ms"))
                     for r in rows]),
    ], footnote=machine_state.caption(report))


def brokers_verdict(rows: list[dict]) -> str:
    """'quickest round trip: rabbitmq, 3.0 ms; events & tracking off: 1.3× the throughput on redis, …'"""
    ok = [r for r in rows if r.get("status") == "ok"]
    if not ok:
        return ""
    best = min(ok, key=lambda r: r["p50_ms"])
    said = f"quickest round trip: {best.get('label', best['broker'])}, {best['p50_ms']:.1f} ms"
    lean = [f"{r['broker']} ×{r['lean_speedup']:.2f}" for r in ok if r.get("lean_speedup")]
    if lean:
        said += "; events & tracking off: " + ", ".join(lean)
    return said


# --- pools ----------------------------------------------------------------------------

def pools_table(report: dict) -> Table:
    s = report["settings"]
    cpu_slots = s.get("cpu_concurrency", s["concurrency"])
    table = Table(title=f"Pools: {s['io_tasks']} IO tasks waiting {s['io_wait_s']} s on a socket (concurrency "
                        f"{s['concurrency']}), {s['cpu_tasks']} CPU tasks of {s['cpu_task_s']} s (concurrency {cpu_slots})",
                  caption=f"ideal IO = {s['io_tasks']}/{s['concurrency']} x {s['io_wait_s']} s = {s['io_ideal_s']} s;"
                          f" ideal CPU = {s['cpu_tasks']} x {s['cpu_task_s']} s (one task timed once, one core)"
                          f" / {min(s['cores'], cpu_slots)} cores = {s['cpu_ideal_s']} s, the same for every pool;"
                          f" each pool alone on its own worker; prefetch x{s['prefetch_multiplier']},"
                          f" acks {'late' if s['acks_late'] else 'early'}, results on, broker {s['broker']}")
    for column in ("pool", "IO conc.", "IO wall s", "IO ×ideal", "IO eff.",
                   "CPU conc.", "CPU wall s", "CPU ×ideal", "CPU eff."):
        table.add_column(column, justify="left" if column == "pool" else "right")
    for row in report["rows"]:
        cells = []
        for kind in ("io", "cpu"):
            if f"{kind}_wall_s" in row:
                cells += [str(row.get(f"{kind}_concurrency", row["concurrency"])), f"{row[f'{kind}_wall_s']:.2f}",
                          f"{row[f'{kind}_x_ideal']:.2f}x", f"{row[f'{kind}_efficiency']:.0%}"]
            else:
                cells += ["-", "-", "-", "-"]
        if row["status"] != "ok":
            cells[-1] = f"[yellow]{row['status']}[/]"
        table.add_row(row["pool"], *cells)
    return table


def _range(row: dict, key: str) -> str:
    """" (1.02–1.08)": the min–max of combined runs (bench/runs.py), or nothing."""
    low_high = (row.get("spread") or {}).get(key)
    return f" ({low_high[0]:.2f}\u2013{low_high[1]:.2f})" if low_high else ""


def pools_svg(report: dict) -> str:
    s = report["settings"]

    def bars(kind):
        # One series (one colour); the bar's text says the ratio, the wall time and the slots.
        return [(r["pool"], [("× ideal", r[f"{kind}_x_ideal"],
                              f"{r[f'{kind}_x_ideal']:.2f}×{_range(r, f'{kind}_x_ideal')}, "
                              f"{r[f'{kind}_wall_s']:.2f} s on {r.get(f'{kind}_concurrency', r['concurrency'])}")])
                for r in report["rows"] if f"{kind}_x_ideal" in r]

    titles = {"io": f"IO batch: {s['io_tasks']} waits of {s['io_wait_s']} s, ideal {s['io_ideal_s']} s",
              "cpu": f"CPU batch: {s['cpu_tasks']} tasks of {s['cpu_task_s']} s, ideal {s['cpu_ideal_s']} s"}
    closest = []
    for kind in ("io", "cpu"):
        done = [r for r in report["rows"] if f"{kind}_x_ideal" in r]
        if done:
            best = min(done, key=lambda r: r[f"{kind}_x_ideal"])
            closest.append(f"{kind.upper()} {best['pool']} {best[f'{kind}_x_ideal']:.2f}×")
    runs = f", median of {report['median_of']} runs" if report.get("median_of") else ""
    return chart.document(f"Same batches, every pool alone ({report['mode']}{runs}): wall time ÷ ideal",
                          verdict="closest to ideal: " + ", ".join(closest) if closest else "", panels=[
        chart.panel(titles[kind], "wall time ÷ ideal, 1 = perfect; wall time on N slots", bars(kind),
                    reference=1.0, reference_label="ideal")
        for kind in ("io", "cpu") if kind in report.get("batches", ("io", "cpu"))
    ], footnote=machine_state.caption(report))


def show(report: dict, console: Console | None = None) -> None:
    console = console or Console()
    if not console.is_terminal:
        console = Console(width=max(console.width, 140))  # a log file is wide: don't fold the columns
    if report["benchmark"] == "peers":
        console.print(peers_table(report))
    else:
        console.print(brokers_table(report) if report["benchmark"] == "brokers" else pools_table(report))
    for row in report["rows"]:
        if row["status"] != "ok":
            console.print(f"[yellow]{row_name(row)}[/]: {row['status']}: {row.get('reason')}", highlight=False)
    m = report["machine"]
    state = machine_state.summary(report.get("machine_state")) or f"{m['cores']} cores, load {m['load_avg_1m']}"
    console.print(f"[dim]{m['host']}: {state}{' — ' + report['note'] if report.get('note') else ''}[/]",
                  highlight=False)
