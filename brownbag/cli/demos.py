"""The demos from a terminal: ``invoke demo <id>`` and ``invoke present``.

    $ invoke demo list                             # the catalogue
    $ invoke demo canvas.chord --param size=8      # run it for real, watch it live
    $ invoke present                               # stack up, deck built, browser open

The same scenarios (brownbag/scenarios) as the slides, followed through the same
events bridge (brownbag/live/bridge.py), drawn with rich instead of HTML.
"""

from __future__ import annotations

import os
import queue
import sys
import threading

from invoke import task
from rich.console import Group
from rich.live import Live
from rich.table import Table
from rich.text import Text

from . import payoff as payoff_view
from .output import console, fail

STYLE = {"SENT": "magenta", "RECEIVED": "dark_orange", "STARTED": "blue", "SUCCEEDED": "green",
         "FAILED": "bold red", "RETRIED": "yellow", "REVOKED": "dim", "REJECTED": "dim"}


def parse_params(pairs) -> dict:
    params = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            fail(f"--param {pair!r}: write it as name=value")
        params[name.strip()] = value.strip()
    return params


def catalogue_table(scenarios) -> Table:
    table = Table(title="live demos (invoke demo <id> --param name=value)", title_justify="left")
    for column in ("id", "title", "slide", "parameters"):
        table.add_column(column, overflow="fold")
    for s in scenarios:
        params = ", ".join(f"{p.name}={p.default} ({p.limits()})" for p in s.params) or "—"
        table.add_row(f"[bold]{s.id}[/]", s.title, s.slide, params)
    return table


def start_run(scenario, params: dict, before=None, wait: bool = False):
    """A Run of ``scenario`` started the one way (brownbag.live.launch), with an events
    bridge of its own; returns (run, bridge). ``before`` and ``wait``: see ``launch.start``."""
    # lazily, here and in demo(): invoke loads this module for every command, and these
    # pull in Celery, the scenarios and the demo app (0.3 s)
    from brownbag.live import launch
    from demo.celery import app as celery_app

    try:
        launch.check_broker(celery_app)
        tracker, bridge = launch.listening(celery_app)
    except launch.BrokerDown as exc:
        fail(f"{exc} (invoke up?)")
    except launch.NoEvents as exc:
        fail(str(exc))
    try:
        run = launch.start(scenario, params, app=celery_app, tracker=tracker, bridge=bridge,
                           before=before, wait=wait)
    except BaseException:
        bridge.stop()
        raise
    return run, bridge


def run_quietly(scenario, params: dict):
    """Run to the end without drawing (invoke slides.record)."""
    run, bridge = start_run(scenario, params, wait=True)
    bridge.stop()
    return run


TRACK = 24  # characters of the timeline column: a row of dots, like the slide's


def task_table(run) -> Table:
    table = Table(expand=True, title=f"{run.scenario.id} · run {run.id} · {run.broker}"
                  + (" · no events on this broker: following results" if run.follow == "results" else ""),
                  title_justify="left")
    table.add_column("task", overflow="fold", ratio=2)
    table.add_column("worker", overflow="fold", ratio=1)
    table.add_column("state", no_wrap=True)
    table.add_column("timeline", no_wrap=True, min_width=TRACK)
    table.add_column("runtime", justify="right", no_wrap=True)
    table.add_column("result / error", overflow="fold", ratio=2)
    rows: dict[str, dict] = {}
    for item in list(run.items):
        if item["kind"] != "event":
            continue
        row = rows.setdefault(item["uuid"], {"marks": []})
        state = item["type"].removeprefix("task-")
        for key in ("name", "args"):
            if item.get(key) and not row.get(key):
                row[key] = item[key]
        if state != "sent" and item.get("hostname"):
            row["worker"] = item["hostname"]
        if state != "sent" or "state" not in row:
            row["state"] = state.upper()
        if item.get("runtime") is not None:
            row["runtime"] = item["runtime"]
        if item.get("result") is not None:
            row["out"] = item["result"]
        if item.get("exception"):
            row["out"] = item["exception"]
        row["marks"].append((state, item["timestamp"] - run.started))
    span = max((t for row in rows.values() for _, t in row["marks"]), default=0) * 1.04 or 0.5
    for row in rows.values():
        name = (row.get("name") or "?").rsplit(".", 1)[-1] + (row.get("args") or "")
        state = row.get("state", "?")
        track = [" "] * TRACK
        styles = [""] * TRACK
        for mark, t in row["marks"]:
            at = min(TRACK - 1, int(TRACK * max(t, 0) / span))
            track[at], styles[at] = "●", payoff_view.STATE_STYLE.get(mark, "")
        line = Text()
        for char, style in zip(track, styles, strict=False):
            line.append(char, style=style or "on grey15")
        table.add_row(name, row.get("worker", "—"), Text(state, style=STYLE.get(state, "")), line,
                      f"{row['runtime'] * 1000:.0f} ms" if "runtime" in row else "",
                      str(row.get("out", "")))
    table.caption = f"timeline: 0 to {span:.2f} s since the run started"
    table.caption_justify = "left"
    return table


def run_view(run):
    """The task table and, below it, the payoff as it stands (streamed or final)."""
    view = None
    states: list[str] = []
    for item in list(run.items):
        if item["kind"] == "payoff":
            view = item["payoff"]
        elif item["kind"] == "event":
            state = item["type"].removeprefix("task-")
            if state not in states:
                states.append(state)
    if run.done.is_set() and run.status == "succeeded":
        view = payoff_view.of_result(run.result)
    order = [s for s in payoff_view.STATE_STYLE if s in states]
    return Group(task_table(run), payoff_view.render(view, order)) if states else \
        payoff_view.render(view, order)


def follow_live(run, notes: queue.Queue, ended: threading.Event) -> None:
    """Redraw the run's table and payoff until it ends, printing its notes above them."""
    def print_notes(live):
        while not notes.empty():
            live.console.print(f"[dark_orange]›[/] {notes.get().get('text')}", highlight=False)

    with Live(run_view(run), console=console, refresh_per_second=8) as live:
        while not ended.wait(0.125):
            print_notes(live)
            live.update(run_view(run))
        print_notes(live)
        live.update(run_view(run))


@task(help={"id": "the demo to run, or `list` for the catalogue",
            "param": "name=value, repeatable: --param size=8 --param start=2"},
      iterable=["param"], positional=["id"])
def demo(c, id, param=None):
    """List the live demos, or run one for real with live output."""
    from brownbag.scenarios import ParameterError, UnknownScenario, catalogue, get

    # invoke insists on a value for a positional argument: `list` asks for the catalogue.
    if id in ("", "list"):
        console.print(catalogue_table(catalogue()))
        return
    try:
        scenario = get(id)
        params = scenario.validate(parse_params(param))
    except (UnknownScenario, ParameterError) as exc:
        fail(str(exc))
    notes: queue.Queue = queue.Queue()
    ended = threading.Event()

    def on_item(item):  # the run's thread -> this one
        if item["kind"] == "note":
            notes.put(item)
        elif item["kind"] == "summary":
            ended.set()

    def begin(run):  # the broker answers and events flow: subscribed before it starts
        run.subscribe(on_item)
        console.print(f"[bold]{scenario.title}[/]  {params or ''}", highlight=False)

    run, bridge = start_run(scenario, params, before=begin)
    try:
        follow_live(run, notes, ended)
    except KeyboardInterrupt:
        fail("interrupted: tasks already sent keep running on the workers", code=130)
    finally:
        bridge.stop()
    summary = run.summary()
    if run.status != "succeeded":
        fail(f"{scenario.id} failed after {summary['duration']:.1f} s: {run.error}")
    # The payoff was drawn last under the live table; the line says how it ended.
    console.print()  # the live view ends without a line break after the payoff
    console.print(f"[green]✔[/] {scenario.id} in {summary['duration']:.2f} s", highlight=False)


@task(help={"browser": "open a browser (--no-browser: only print the URL)",
            "audience": "let the room follow on their own screens: serve the read-only audience "
                        "view (and the phone remote) on this interface or address",
            "brokers": "broker servers to run, comma-separated (default: brownbag.present_brokers, "
                       "RabbitMQ too where it can be started here)",
            "cut": "present one cut of the talk, by minutes or name: 30 (intro), 60 (brown bag), "
                   "90 (workshop); the audience view follows it (default: the whole talk)"})
def present(c, browser=True, audience=None, brokers=None, cut=None):
    """Open the deck on the live server at once; the rest of the stack comes up behind it."""
    from . import stack  # lazily: the stack tasks pull in supervisord's modules
    from .slides import cut_of

    stack.present(c, browser=browser and can_open_browser(), audience=audience, brokers=brokers,
                  cut=cut_of(cut))


def can_open_browser() -> bool:
    return sys.platform in ("darwin", "win32") or bool(
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
