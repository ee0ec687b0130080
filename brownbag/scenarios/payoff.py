"""A demo's payoff: what its slide exists to show, declared once, drawn by both renderers.

A scenario's result is a dict; its ``"payoff"`` key says how the point of the demo
is drawn -- on the slide (``slides/assets/live.js``) and in the terminal
(``invoke demo <id>``, ``brownbag/cli/demos.py``). Every other key of the result
is data: kept in the run's summary and in the recording, never drawn on the slide
(no JSON dump, no value cut to fit). Build payoffs with the helpers below::

    from .payoff import bars, fact, group, log, table, timeline

    value = 16
    return {"payoff": timeline(fact("value", value), headline=f"1 doubled 4 times: {value}"), "value": value}

    return {"payoff": table(["worker", "pool", "active"],
                            [["prefork@vm", "prefork", 2], ["threads@vm", "threads", 0]],
                            fact("busy", "prefork only", tone="good")),
            "workers": workers}

A payoff is one JSON object, ``kind`` first:

``timeline``  the run's task rows *are* the payoff (one row per task on a time
              axis, a legend for the coloured dots); ``facts`` give the answer.
``bars``      a comparison (``compare=False``: not rivals, no winner marked): ``series`` (what is compared, e.g. ``["Celery", "raw
              kombu"]``), ``unit`` (``"s"``, ``"ms"``, ``"tasks/s"``...),
              ``better`` (``"lower"``/``"higher"``), and ``groups``, one per thing
              measured: ``{"label": "redis", "values": [3.1, 0.4], "note": "7.8x raw"}``,
              values in series order; ``None`` = not measured (yet), so a group that
              is still to come is drawn empty and fills in when its numbers arrive;
              ``"missing": true`` = it could not be measured, its note says why.
              One value more than 10x another: both renderers draw a log scale.
``table``     state as rows: ``columns`` (names) and ``rows`` (lists in column
              order). A cell is a string, a number, a bool (drawn yes/no, coloured)
              or ``{"value": v, "tone": "good"|"bad"|"warn"}``.
``log``       log lines: ``lines`` of ``{"text": ..., "source": "prefork"|None,
              "level": "INFO"|"WARNING"|"ERROR"|None}``; every line is shown.
``facts``     a few labelled values, nothing else to draw.

Every kind carries a ``headline``: the answer in one sentence, the largest thing on the
panel after a run ("2 of 4 ran again: only with reject_on_worker_lost or
retry_on_worker_lost"). It is computed from the run's real result, never written
ahead of it: if the run shows something else, the headline says what it showed.
Recordings made before headlines existed have none; the panel then shows the first
fact (or the title) in its place.

Every kind may also carry ``title`` (one line above it) and ``facts``: at most four
``{"label", "value", "tone"?, "href"?}`` -- the answer in words ("finished: B D F
C E A"), drawn as one line under the view. Keep a payoff small enough to read
from the back of the room: at most 8 bar groups, 8 table rows, 12 log lines;
the panel draws all of it at 1280x720 without scrolling (tests/test_panel_browser.py).

A payoff that fills in as results arrive (a benchmark, one broker at a time) is
also streamed: ``run.payoff(view)`` emits a ``{"kind": "payoff", "payoff": view}``
item, and both renderers redraw with the latest one; the result's ``payoff`` is
the final state. While a non-timeline payoff is on the panel the task rows fold
into one line of counts per state, so the payoff keeps the room.

A result without a ``payoff`` still draws: its top-level keys as facts (whole,
never cut to a width) -- but every scenario in the catalogue declares one.
"""

from __future__ import annotations

from typing import Any, Iterable

KINDS = ("timeline", "bars", "table", "log", "facts")
TONES = ("good", "bad", "warn")
LIMITS = {"groups": 8, "rows": 8, "lines": 12, "facts": 4}
HEADLINE_CHARS = 90  # one line at >= 28 px across a 1280x720 panel


def fact(label: str, value: Any, *, tone: str | None = None, href: str | None = None) -> dict:
    """One labelled value of the answer: ``fact("finished", "B D F C E A")``."""
    out = {"label": str(label), "value": value}
    if tone:
        out["tone"] = _tone(tone)
    if href:
        out["href"] = href
    return out


def cell(value: Any, tone: str | None = None) -> Any:
    """A table cell with a colour of meaning (good/bad/warn); plain values need no wrapper."""
    return {"value": value, "tone": _tone(tone)} if tone else value


def group(label: str, *values: float | None, note: str | None = None, missing: bool = False) -> dict:
    """One measured thing in a bar chart: its values in series order (None = not yet);
    ``missing=True``: it could not be measured (its note says why), drawn "—", not "…"."""
    out = {"label": str(label), "values": [None if v is None else float(v) for v in values]}
    if note:
        out["note"] = note
    if missing:
        out["missing"] = True
    return out


def line(text: str, source: str | None = None, level: str | None = None) -> dict:
    """One log line: its text, which process wrote it, its level."""
    return {"text": str(text), "source": source, "level": level}


def timeline(*facts: dict, title: str | None = None, headline: str | None = None) -> dict:
    return _view("timeline", title, facts, headline)


def bars(groups: Iterable[dict], *facts: dict, series: Iterable[str], unit: str,
         better: str = "lower", title: str | None = None, headline: str | None = None,
         compare: bool = True) -> dict:
    """A bar chart; ``compare=False`` when its groups are not rivals (one process's memory,
    call after call): no winner is marked."""
    series, groups = list(series), list(groups)
    if better not in ("lower", "higher"):
        raise ValueError("better must be 'lower' or 'higher'")
    for g in groups:
        if len(g["values"]) != len(series):
            raise ValueError(f"bar group {g['label']!r}: {len(g['values'])} values for {len(series)} series")
    _limit("groups", groups)
    return {**_view("bars", title, facts, headline), "series": series, "unit": unit, "better": better,
            "groups": groups, "compare": compare}


def table(columns: Iterable[str], rows: Iterable[Iterable[Any]], *facts: dict,
          title: str | None = None, headline: str | None = None) -> dict:
    columns, rows = [str(c) for c in columns], [list(r) for r in rows]
    for r in rows:
        if len(r) != len(columns):
            raise ValueError(f"table row {r!r}: {len(r)} cells for {len(columns)} columns")
    _limit("rows", rows)
    return {**_view("table", title, facts, headline), "columns": columns, "rows": rows}


def log(lines: Iterable[dict], *facts: dict, title: str | None = None, headline: str | None = None) -> dict:
    lines = list(lines)
    _limit("lines", lines)
    return {**_view("log", title, facts, headline), "lines": lines}


def facts(*facts: dict, title: str | None = None, headline: str | None = None) -> dict:
    return _view("facts", title, facts, headline)


def headline(text: str) -> str:
    """The payoff's answer in one line. Built from a run's data, it can come out longer
    than the panel has room for: it is then cut at a word with "…" (a run never fails on
    stage for its wording); an empty one is a scenario's bug."""
    text = " ".join(str(text).split())
    if not text:
        raise ValueError("a headline says something: got an empty one")
    if len(text) > HEADLINE_CHARS:
        text = text[:HEADLINE_CHARS - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return text


def with_headline(view: dict, text: str) -> dict:
    """``view`` with its headline set (a view built elsewhere, e.g. a chart streamed as it fills)."""
    return {**view, "headline": headline(text)}


def _view(kind: str, title: str | None, given: Iterable[dict], said: str | None = None) -> dict:
    given = list(given)
    _limit("facts", given)
    out: dict = {"kind": kind}
    if said is not None:
        out["headline"] = headline(said)
    if title:
        out["title"] = title
    if given:
        out["facts"] = given
    return out


def _tone(tone: str) -> str:
    if tone not in TONES:
        raise ValueError(f"tone must be one of {', '.join(TONES)} (got {tone!r})")
    return tone


def _limit(what: str, items: list) -> None:
    if len(items) > LIMITS[what]:
        raise ValueError(f"a payoff shows at most {LIMITS[what]} {what} (got {len(items)}): "
                         "keep the rest in the result's other keys")


def listed(values: Iterable[Any], most: int = 6) -> str:
    """Values for a headline: all of them when few, else the first ones, "…" and the last."""
    values = [str(v) for v in values]
    if len(values) <= most:
        return ", ".join(values)
    return ", ".join(values[:most - 1]) + f" … {values[-1]}"


def plural(n: int, one: str, many: str | None = None) -> str:
    """``plural(1, "task")`` -> "1 task", ``plural(3, "task")`` -> "3 tasks"."""
    return f"{n} {one if n == 1 else (many or one + 's')}"
