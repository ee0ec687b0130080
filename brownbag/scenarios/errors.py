"""When tasks go wrong: retries with back-off, time limits per pool, the task's own logs."""

from __future__ import annotations

import re
import time
from pathlib import Path

from brownbag import settings
from demo.errors import chatty, flaky, slow

from ._cluster import answering
from .payoff import cell, fact, line, listed, log, plural, table, timeline
from .registry import Expect, Param, event_types, notes, scenario
from .runs import RunFailed


@scenario(
    "errors.retry", "Retry with exponential back-off and jitter; max_retries",
    slide="Program for Celery / Error handling",
    expect=Expect(lambda r, i: r["recovered"] == {"attempts": 3} and r["gave_up"].startswith("FAILURE")
                  and event_types(i).count("task-retried") >= 5, params={"fail_times": 2}),
    params=[Param("fail_times", int, 2, min=0, max=3, help="failures before the first task succeeds")],
    timeout=60,
)
def retries(run, fail_times):
    """flaky() raises ConnectionError ``fail_times`` times and is retried (autoretry_for,
    retry_backoff, retry_jitter); a second flaky() fails more often than max_retries=3."""
    recovers = run.send(flaky.s(fail_times=fail_times))
    gives_up = run.send(flaky.s(fail_times=10))
    run.note(f"flaky(fail_times={fail_times}) and flaky(fail_times=10); max_retries=3")
    value = run.wait(recovers)
    run.wait(gives_up, propagate=False)
    retried = [i for i in run.items if i.get("type") == "task-retried"]
    waits = []
    for task_id in (recovers.id, gives_up.id):
        starts = [i["timestamp"] for i in run.items
                  if i.get("uuid") == task_id and i.get("type") == "task-started"]
        waits.append([round(b - a, 2) for a, b in zip(starts, starts[1:], strict=False)])
    out = {"recovered": value, "gave_up": f"{gives_up.state}: {gives_up.result!r}",
           "retries": len(retried), "seconds between attempts": waits}
    return {"payoff": timeline(fact("recovered", value, tone="good"),
                               fact("gave up", out["gave_up"], tone="bad"),
                               fact("seconds between attempts", " · ".join(
                                   f"{who}: " + (", ".join(f"{w:.1f} s" for w in ws) or "none")
                                   for who, ws in zip(("recovered", "gave up"), waits, strict=False))),
                               headline=f"{plural(len(retried), 'retry', 'retries')}: one task recovered"
                                        + (f" after {plural(value['attempts'], 'attempt')}"
                                           if isinstance(value, dict) and "attempts" in value else "")
                                        + (", the other gave up at max_retries=3"
                                           if gives_up.state == "FAILURE" else f", the other ended {gives_up.state}")),
            **out}


@scenario(
    "errors.timeout", "Time limits: soft, then hard -- and which pools honour them",
    slide="Program for Celery / Timeouts",
    expect=Expect(lambda r, i: "TimeLimitExceeded" in r["prefork"]
                  and "ran to the end" in r.get("threads", "ran to the end"), params={"seconds": 6}),
    params=[Param("seconds", float, 6.0, min=1, max=10, help="how long slow() works")],
    timeout=60,
)
def timeouts(run, seconds):
    """slow() has soft_time_limit=2, time_limit=4. On prefork the soft limit raises
    inside the task, then the hard limit kills the process. The same task on the other
    pools shows what they do with the limits."""
    pools = answering(run.app, ["prefork", "gevent", "eventlet", "threads"])
    if "prefork" not in pools:
        raise RunFailed("no prefork worker answers: time limits need it (invoke up)")
    logs = LogFollower()
    results = {pool: run.send(slow, seconds, queue=pool) for pool in pools}
    run.note(f"slow({seconds:g}) on {', '.join(pools)}: soft limit 2 s, hard limit 4 s")
    # What each worker says about it (the soft limit is only visible there), as it happens.
    ids = [r.id for r in results.values()]
    said: dict[str, list[str]] = {}  # pool -> what its worker logged about the limits

    def follow_logs():
        for name, said_line in logs.lines(ids):
            if "limit" in said_line.lower():
                run.note(f"{name.removesuffix('.log')}: {said_line}", log=name)
                found = re.search(r"(Soft|Hard) time limit \(([\d.]+)s\) exceeded", said_line)
                if found:
                    said.setdefault(name.removesuffix(".log").removeprefix("worker-"), []).append(
                        f"{found.group(1).lower()} limit hit at {found.group(2)} s")

    while not all(r.ready() for r in results.values()) and run.remaining() > 1:
        follow_logs()
        time.sleep(0.2)
    follow_logs()
    outcome, rows = {}, []
    for pool, result in results.items():
        try:
            run.wait(result, timeout=seconds * 2 + 10)
            outcome[pool] = f"ran to the end ({seconds:g} s): limits ignored"
            rows.append([pool, cell("ran to the end", "warn"), f"limits ignored: all {seconds:g} s"])
        except Exception as exc:
            outcome[pool] = f"{type(exc).__name__}: {exc}"
            rows.append([pool, cell(type(exc).__name__, "bad"),
                         ", then ".join(dict.fromkeys(said.get(pool, []))) or str(exc)])
    stopped = [pool for pool in results if not outcome[pool].startswith("ran to the end")]
    ignored = [pool for pool in results if outcome[pool].startswith("ran to the end")]
    said = (f"the limits stopped slow() on {listed(stopped)}" if stopped else "no pool stopped slow()") + (
        f"; {listed(ignored)} ran all {seconds:g} s" if ignored else "")
    return {"payoff": table(["pool", "outcome", "what its worker logged"], rows,
                            fact("slow()", f"{seconds:g} s of work, soft limit 2 s, hard limit 4 s"),
                            headline=said),
            **outcome}


def log_files() -> list[Path]:
    return sorted((settings.home() / "logs").glob("*.log"))


class LogFollower:
    """The workers' log lines about some tasks, as they are written (<home>/logs/*.log)."""

    def __init__(self):
        self.offsets = {path: path.stat().st_size for path in log_files()}
        self.seen: set[str] = set()

    def lines(self, task_ids, level: bool = False) -> list[tuple[str, str]]:
        """New (file name, line) pairs mentioning any of ``task_ids``, timestamps stripped
        (``level=True``: the line starts with its ``LEVEL/process``)."""
        found = []
        for path in log_files():
            with path.open("rb") as log:
                log.seek(self.offsets.get(path, 0))
                chunk = log.read().decode(errors="replace")
            for raw in chunk.splitlines():
                if raw not in self.seen and any(task_id in raw for task_id in task_ids):
                    self.seen.add(raw)
                    prefix = r"^\[[^\]]*?(?:: )?(?=[A-Z]+/[^\]]*\])" if level else r"^\[[^\]]*\] ?"
                    text = re.sub(prefix, "", raw)
                    found.append((path.name, re.sub(r"^([A-Z]+/\S+?)\] ?", r"\1 ", text) if level else text))
        return found


@scenario(
    "errors.logging", "get_task_logger: the task's own log lines",
    slide="Program for Celery / Logging",
    expect=Expect(lambda r, i: r["log lines"] >= 4 and any("step 3 of 3" in n for n in notes(i)),
                  params={"steps": 3}),
    params=[Param("steps", int, 3, min=1, max=10, help="log lines chatty() writes")],
)
def logging_lines(run, steps):
    """chatty() logs with get_task_logger: each line carries the task's name and id,
    so the worker's log can be followed per task. Streamed from the worker's log file."""
    logs = LogFollower()
    result = run.send(chatty, steps)
    run.note(f"chatty({steps}) logs through get_task_logger(__name__)")
    lines = []
    end = time.time() + run.remaining(15)
    while time.time() < end:
        done = result.ready()
        for name, text in logs.lines([result.id], level=True):
            lines.append((name, text))
            run.note(text, log=name)
        if done and len(lines) >= steps + 1:
            break
        time.sleep(0.2)
    value = run.wait(result)
    if not lines:
        raise RunFailed(f"no log line for {result.id} under {settings.home() / 'logs'}: "
                        "are the workers started by invoke up?")
    return {"payoff": log([log_line(name, text) for name, text in lines[-12:]],
                          fact("chatty() returned", value), fact("log lines", len(lines)),
                          headline=f"{plural(len(lines), 'line')} in the worker's log, each naming the task"),
            "steps": value, "log lines": len(lines)}


def log_line(file_name: str, text: str):
    """A worker's log line, its level and its ``task[id]:`` prefix lifted into the view's fields."""
    source = file_name.removesuffix(".log").removeprefix("worker-")
    level = None
    found = re.match(r"(DEBUG|INFO|WARNING|ERROR|CRITICAL)/\S+\s*", text)
    if found:
        level, text = found.group(1), text[found.end():]
    return line(text, source=source, level=level)
