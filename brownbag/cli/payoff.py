"""A demo's payoff (brownbag/scenarios/payoff.py) drawn with rich, for ``invoke demo <id>``.

The same view the slide draws: a bar chart, a table, a log view, the timeline's
legend, and the answer as labelled facts. Nothing is cut to a width: long cells
fold onto a second line.
"""

from __future__ import annotations

import math
from typing import Any, Callable

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

TONE = {"good": "bold green", "bad": "bold red", "warn": "bold yellow"}
SERIES = ("bold blue", "grey62", "dark_orange")
LEVEL = {"WARNING": "yellow", "ERROR": "bold red", "CRITICAL": "bold red"}
STATE_STYLE = {"sent": "magenta", "received": "dark_orange", "started": "blue", "succeeded": "green",
               "failed": "bold red", "retried": "yellow", "revoked": "dim", "rejected": "dim"}
BAR_WIDTH = 32


def text(value: Any) -> str:
    """A value as a person reads it: no JSON quoting, numbers kept short."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}" if abs(value) < 1 else f"{value:.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, dict) and "value" in value and set(value) <= {"value", "tone"}:
        return text(value["value"])
    if isinstance(value, dict):
        return " · ".join(f"{k} {text(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return ", ".join(text(v) for v in value)
    return str(value)


def style_of(value: Any) -> str:
    if isinstance(value, bool):
        return TONE["good" if value else "bad"]
    if isinstance(value, dict):
        return TONE.get(value.get("tone"), "")
    return ""


def facts(items: list[dict]) -> Text:
    out = Text()
    for i, f in enumerate(items or []):
        if i:
            out.append("\n")
        out.append(f"{f['label']}: ", style=TONE.get(f.get("tone"), "bold green"))
        out.append(text(f["value"]))
    return out


def scale(view: dict) -> tuple[bool, Callable[[float], float]]:
    """Bar lengths as fractions of the full bar, as payoff.js draws them: linear, or a log
    scale when one value is more than 10x another (RQ's seconds beside the others' tenths
    would leave them no bar at all); the scale starts at half the smallest value."""
    values = [v for g in view["groups"] for v in g["values"] if v is not None and v > 0]
    if not values:
        return False, lambda v: 0.0
    hi, lo = max(values), min(values)
    if hi / lo <= 10:
        return False, lambda v: v / hi
    base, top = math.log10(lo / 2), math.log10(hi)
    return True, lambda v: (math.log10(v) - base) / (top - base) if v > 0 else 0.0


def winner(view: dict) -> dict | None:
    """The group whose first series is best, for a chart that compares things (payoff.js's rule)."""
    if not view.get("compare", len(view["series"]) > 1):
        return None
    measured = [g for g in view["groups"] if g["values"][0] is not None]
    if len(measured) < 2:
        return None
    pick = max if view["better"] == "higher" else min
    return pick(measured, key=lambda g: g["values"][0])


def bars(view: dict) -> Table:
    log, fraction = scale(view)
    best = winner(view)
    table = Table(title=f"{' vs '.join(view['series'])} — {view['unit']}, {view['better']} is better"
                  + (" · log scale" if log else ""),
                  title_justify="left", show_header=False, box=None, padding=(0, 1))
    table.add_column("what", style="bold", overflow="fold")
    table.add_column("bar", no_wrap=True)
    table.add_column("value", justify="right", no_wrap=True)
    table.add_column("note", overflow="fold")
    for g in view["groups"]:
        bar, values = Text(), Text()
        for i, v in enumerate(g["values"]):
            style = SERIES[i % len(SERIES)]
            width = 0 if v is None else max(1, round(BAR_WIDTH * fraction(v)))
            bar.append(("\n" if i else "") + "█" * width + " " * (BAR_WIDTH - width), style=style)
            empty = "—" if g.get("missing") else "…"  # could not be measured / not yet
            values.append(("\n" if i else "") + (empty if v is None else text(v)), style=style)
        label = Text("★ " + g["label"], style="bold green") if g is best else Text(g["label"])
        table.add_row(label, bar, values, Text(g.get("note", ""), style="red" if g.get("missing") else ""))
    return table


def table(view: dict) -> Table:
    out = Table(title=view.get("title"), title_justify="left")
    for column in view["columns"]:
        out.add_column(column, overflow="fold")
    for row in view["rows"]:
        out.add_row(*(Text(text(v), style=style_of(v)) for v in row))
    return out


def log(view: dict) -> Text:
    out = Text()
    for i, line in enumerate(view["lines"]):
        if i:
            out.append("\n")
        if line.get("source"):
            out.append(f"{line['source']:<8} ", style="cyan")
        if line.get("level"):
            out.append(f"{line['level']:<8} ", style=LEVEL.get(line["level"], "green"))
        out.append(line["text"])
    return out


def legend(states: list[str]) -> Text:
    out = Text("dots: ", style="dim")
    for state in states:
        out.append("● ", style=STATE_STYLE.get(state, ""))
        out.append(f"{state}  ")
    return out


def render(view: dict | None, states: list[str] = ()) -> RenderableType:
    """The payoff as one rich renderable (an empty Text when there is none yet)."""
    if not view:
        return Text()
    parts: list[RenderableType] = []
    if view.get("headline"):  # the answer in one line, first (brownbag/scenarios/payoff.py)
        parts.append(Text(view["headline"], style="bold green"))
    if view.get("title") and view["kind"] != "table":
        parts.append(Text(view["title"], style="bold"))
    kind = view.get("kind")
    if kind == "bars":
        parts.append(bars(view))
    elif kind == "table":
        parts.append(table(view))
    elif kind == "log":
        parts.append(log(view))
    elif kind == "timeline" and states:
        parts.append(legend(states))
    if view.get("facts"):
        parts.append(facts(view["facts"]))
    return Group(*parts)


def of_result(result: Any) -> dict:
    """The result's declared payoff, or its keys as facts (a scenario that declares none)."""
    if isinstance(result, dict) and isinstance(result.get("payoff"), dict):
        return result["payoff"]
    if isinstance(result, dict):
        return {"kind": "facts", "facts": [{"label": k, "value": v} for k, v in result.items()
                                           if not k.startswith("_")]}
    return {"kind": "facts", "facts": [{"label": "result", "value": result}]}
