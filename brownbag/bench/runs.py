"""Several runs of one benchmark as one result: each figure the median of the quiet runs,
with its spread (min–max), and every run's machine state kept beside it.

The runs are interleaved: each run measures every broker (pool, library) in turn, then
the next run starts, so a slow minute of the machine touches every row alike instead of
one row's three samples.

A run is refused ("busy") by one rule, machine.busy: other processes used more than
``quiet_share`` of the cores before or during it, or the load before it was above half the
cores. A refused run stays in ``runs`` with its reason and is left out of the medians; the
result is publishable only when at least ``QUIET_RUNS`` runs (or all, when fewer were asked)
were quiet.

    >>> combined = combine([run_1, run_2, run_3])
    >>> combined["rows"][0]["p50_ms"], combined["rows"][0]["spread"]["p50_ms"]
    (3.77, [3.52, 4.1])
"""

from __future__ import annotations

import statistics

from .machine import QUIET_LOAD_SHARE, quiet_share
from .report import row_name as key_of  # a row's name in tables and charts: the same key here

QUIET_RUNS = 3


def rule() -> str:
    return (f"a run is busy when other processes used more than {quiet_share():.0%} of the cores before or "
            f"during it, or the 1-minute load before it was above {QUIET_LOAD_SHARE:.0%} of the cores; busy "
            f"runs are kept in runs[] and left out of the medians; publishable with at least {QUIET_RUNS} "
            f"quiet runs (or all of them, when fewer were run)")


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _median(values: list[float]) -> float:
    middle = statistics.median(values)
    return middle if all(isinstance(v, int) for v in values) and middle == int(middle) else round(middle, 3)


def combine_rows(rows: list[dict]) -> dict:
    """One row from the same row of several runs: medians of the numbers the ok runs share."""
    ok = [row for row in rows if row.get("status") == "ok"]
    if not ok:
        return {**rows[0], "runs": 0}
    combined, spread = dict(ok[0]), {}
    for field, value in ok[0].items():
        values = [row.get(field) for row in ok]
        if not _number(value) or not all(_number(v) for v in values):
            continue
        combined[field] = _median(values)
        if min(values) != max(values):
            spread[field] = [min(values), max(values)]
    combined["runs"] = len(ok)
    if len(ok) < len(rows):
        combined["failed_runs"] = [row.get("reason", row.get("status")) for row in rows if row not in ok]
    if spread:
        combined["spread"] = spread
    return combined


def combine(reports: list[dict], derive=None) -> dict:
    """N reports of one benchmark (the same rows in each) as one: see the module's docstring.

    ``derive(row)`` computes a row's ratios again from its medians (a median of ratios
    is not the ratio of the medians); each run's own rows stay in ``runs[i]["rows"]``,
    so a slide's comparison can be checked against every run, not only the medians."""
    if len(reports) == 1:
        return reports[0]
    states = [report.get("machine_state") or {} for report in reports]
    quiet = [report for report, state in zip(reports, states, strict=True) if not state.get("busy")]
    counted = quiet or reports
    order = [key_of(row) for row in reports[0]["rows"]]
    rows = [combine_rows([row for report in counted for row in report["rows"] if key_of(row) == key])
            for key in order]
    if derive:
        for row in rows:
            if row.get("status") == "ok":
                derive(row)
    needed = min(QUIET_RUNS, len(reports))
    busy = None if len(quiet) >= needed else (
        f"{len(reports) - len(quiet)} of {len(reports)} runs were busy: "
        + "; ".join(f"run {i + 1}: {s['busy']}" for i, s in enumerate(states) if s.get("busy")))
    # The caption's machine state: the busiest counted run's, so the chart never flatters.
    worst = max((report.get("machine_state") or {} for report in counted),
                key=lambda s: (s.get("during") or {}).get("others_cpu_mean") or 0.0)
    return {**{k: v for k, v in reports[0].items() if k not in ("rows", "machine_state")},
            "rows": rows,
            "runs": [{"run": i + 1, "counted": report in counted, "busy": state.get("busy"),
                      "load_1m_before": (state.get("before") or {}).get("load_1m"),
                      "machine_state": state, "rows": report["rows"]} for i, (report, state) in enumerate(zip(reports, states, strict=True))],
            "median_of": len(counted), "quiet_rule": rule(),
            "machine_state": {**worst, "busy": busy}}
