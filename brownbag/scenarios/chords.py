"""What to keep in mind: a chord whose header fails."""

from __future__ import annotations

import re
import time

from demo.chords import jobs_in_feeds

from .errors import LogFollower, log_files
from .payoff import cell, table
from .registry import Expect, Param, scenario
from .runs import RunFailed

FEEDS = ("acme", "down", "globex")  # count_jobs() raises at once for "down"
UUID = re.compile(r"\b([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")


def brief(text) -> str:
    """What a row got, in a table cell: a task id's first 8 characters say which task it
    is, and an error's type and the start of its message say what it was."""
    text = UUID.sub(r"\1…", str(text)).strip("'\"")
    return text if len(text) <= 44 else text[:43] + "…"


def logged_at(body_id: str) -> float | None:
    """When the worker wrote its log line about ``body_id`` (its log's own timestamp,
    "[2026-11-26 18:20:01,123: ERROR/...]", in the machine's local time)."""
    for path in log_files():
        for raw in path.read_text(errors="replace").splitlines():
            stamp = re.match(r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),(\d{3})", raw)
            if stamp and body_id in raw and "alert_on_call" in raw:
                return time.mktime(time.strptime(stamp[1], "%Y-%m-%d %H:%M:%S")) + int(stamp[2]) / 1000
    return None


def at(when, t0: float) -> float | None:
    return round(when.timestamp() - t0, 2) if when else None


def caught(get) -> tuple[str, float]:
    """What ``get()`` raised, in words, and when (time.time())."""
    try:
        value = get()
    except Exception as exc:  # the point of the demo: which exception, and when
        return f"{type(exc).__name__}: {exc}", time.time()
    raise RunFailed(f"the chord's get() returned {value!r}: the failure was not reported")


def errback_line(run, logs, result_id: str) -> str:
    """The errback runs inside the worker (it takes request, exc, traceback): no task of
    its own, no event. What it did is in the worker's log: its line, within 10 s."""
    end = time.time() + run.remaining(10)
    while time.time() < end:
        alert = next((line for _, line in logs.lines([result_id]) if "alert_on_call" in line), None)
        if alert is not None:
            return alert
        time.sleep(0.1)
    raise RunFailed(f"the errback alert_on_call() logged nothing about {result_id} "
                    "(the stack's workers log under <home>/logs: invoke up)")


def task_rows(run, events: list[dict], t0: float) -> list[dict]:
    """A row per task that ended, timed as every row is: when its result was stored."""
    args = {i["uuid"]: i.get("args") or "()" for i in events if i["type"] == "task-received"}
    names = {i["uuid"]: i.get("name") or "" for i in events if i.get("name")}
    rows = []
    for item in events:
        if item["type"] not in ("task-succeeded", "task-failed"):
            continue
        task = run.app.AsyncResult(item["uuid"])
        name = (names.get(item["uuid"]) or "").rsplit(".", 1)[-1]
        what = f"{name}({args[item['uuid']][1:-1].split(',')[0]})" if name == "count_jobs" else name
        rows.append({"at s": at(task.date_done, t0), "what": what,
                     "outcome": item["type"].removeprefix("task-"),
                     "got": brief(item.get("exception") or item.get("result"))})
    return rows


@scenario(
    "practices.chord_failure", "A chord whose header fails: the body never runs",
    slide="What to keep in mind / Chords",
    # Every row names its task: the body, failed by its header, has a row of its own.
    expect=Expect(lambda r, i: r["get()"] == "ValueError: feed 'down' is unreachable"
                  and all(row["what"] for row in r["rows"])
                  and {e.get("name") for e in i if e["kind"] == "event" and e.get("uuid") == r["body"]}
                  == {"demo.canvas.total"}
                  and not {e["type"] for e in i if e["kind"] == "event" and e.get("uuid") == r["body"]}
                  & {"task-received", "task-started", "task-succeeded"}, params={"seconds": 0.3}),
    params=[Param("seconds", float, 1.0, min=0.2, max=5, help="how long each healthy feed takes")],
)
def chord_failure(run, seconds):
    """jobs_in_feeds(): a header of three count_jobs() (one raises at once, two take
    ``seconds``), total() as the body, alert_on_call() linked to the body as its errback.
    What the caller's get() raises (by default it follows the parent, the header, and
    raises the header's own error; with follow_parents=False it waits for the body's
    ChordError), whether the body ever started, and when the errback ran."""
    logs = LogFollower()
    result = run.send(jobs_in_feeds(FEEDS, seconds))
    run.note(f"chord: count_jobs() for {', '.join(FEEDS)}, then total(); "
             "alert_on_call() linked to the body")
    wait = seconds + 20
    first, first_at = caught(lambda: result.get(timeout=run.remaining(wait), disable_sync_subtasks=False))
    run.note(f"get() raised {first}")
    body, body_at = caught(lambda: result.get(timeout=run.remaining(wait), follow_parents=False,
                                              disable_sync_subtasks=False))
    run.note(f"get(follow_parents=False) raised {body}")
    alert = errback_line(run, logs, result.id)
    alert_at = logged_at(result.id) or time.time()
    errback = alert.split(": ", 1)[-1]  # after the logger's "task name[task id]: "
    run.note(alert)
    run.settle()
    t0 = run.started
    events = [i for i in run.items if i["kind"] == "event"]
    body_events = [i["type"] for i in events if i.get("uuid") == result.id]
    if set(body_events) & {"task-received", "task-started", "task-succeeded"}:
        raise RunFailed(f"the body ran: {body_events}")
    if not body.startswith("ChordError"):
        raise RunFailed(f"the body failed with {body}, not a ChordError")
    # The body's stored FAILURE (settle() turns it into a task-failed) is the row below.
    rows = task_rows(run, [i for i in events if i.get("uuid") != result.id], t0) + [
        {"at s": round(first_at - t0, 2), "what": "caller: get()", "outcome": "raised", "got": brief(first)},
        {"at s": round(body_at - t0, 2), "what": "caller: get(follow_parents=False)",
         "outcome": "raised", "got": brief(body)},
        {"at s": round(alert_at - t0, 2), "what": "alert_on_call (errback)", "outcome": "logged",
         "got": brief(errback)},
        {"at s": at(result.date_done, t0), "what": "total (the body)",
         "outcome": "never started", "got": f"{result.state}: {type(result.result).__name__}"}]
    rows.sort(key=lambda r: r["at s"] if r["at s"] is not None else 1e9)
    tone = {"succeeded": "good", "failed": "bad", "raised": "bad", "logged": "good"}
    # What each got is in the run's rows and the terminal; the panel's table keeps to one line a row.
    payoff = table(["at s", "what", "outcome"],
                   [[r["at s"], r["what"], cell(r["outcome"], tone.get(r["outcome"], "warn"))]
                    for r in rows[:8]],
                   headline=f"the body never started: get() raised {first.split(':')[0]} at once, "
                            "the errback got the ChordError")
    return {"payoff": payoff, "rows": rows[:8], "body": result.id, "get()": first, "get(follow_parents=False)": body, "errback": errback,
            "verdict": "the body never ran; get() raised the header's own error at once, the "
                       "body's ChordError came when the whole header had finished"}
