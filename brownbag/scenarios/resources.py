"""What to keep in mind: pool processes that grow, results nobody reads.

Both demos start workers of their own (a recycling limit, a lowered
``result_expires`` are worker settings the stack's workers don't have), on queues
of their own, and stop them by pid when done (brownbag.workers).
"""

from __future__ import annotations

import time
import uuid

import redis

from brownbag import settings
from brownbag.workers import Worker, purge, started
from demo.resources import count_visit, count_visit_quietly, leaky

from ._cluster import demo_worker, node_name, queue_size, wait_answering
from .payoff import bars, cell, fact, group, table
from .registry import Expect, Param, scenario
from .runs import RunFailed

META = "celery-task-meta-"  # the Redis result backend's key prefix (celery/backends/base.py)


# -- memory ---------------------------------------------------------------------------

def memory_view(rows: list[dict], megabytes: int, *facts: dict, headline: str | None = None) -> dict:
    """A bar per leaky() call: the pool process's peak memory after it, and which process."""
    return bars([group(f"max {r['limit']} · {r['task']}", r["peak RSS MB"],
                       note=f"pid {r['pool pid']}{' new' if r['process'] == 'new' else ''}")
                 for r in rows], *facts, series=[f"peak RSS after leaky({megabytes})"], unit="MB", compare=False,
                headline=headline)


def leak_on(run, worker: Worker, client, tasks: int, megabytes: int, label: str,
            rows: list[dict]) -> list[dict]:
    """``tasks`` leaky calls one after the other, a row each: which process ran it, its memory."""
    previous, rows = None, rows
    for number in range(1, tasks + 1):
        result = run.send(leaky.s(megabytes=megabytes), queue=worker.queue)
        got = run.wait(result, timeout=30)
        fresh = previous is not None and got["pid"] != previous
        rows.append({"limit": label, "task": number, "pool pid": got["pid"],
                     "peak RSS MB": got["rss_mb"], "kept MB": got["kept_mb"],
                     "process": "new" if fresh else ("first" if previous is None else "same")})
        run.note(f"{label}: task {number} ran in pid {got['pid']}"
                 f"{' (a new process)' if fresh else ''}: peak RSS {got['rss_mb']} MB, "
                 f"{got['kept_mb']} MB kept", row=rows[-1])
        run.payoff(memory_view(rows, megabytes))
        previous = got["pid"]
    return [r for r in rows if r["limit"] == label]


def recycled_after(rows: list[dict]) -> list[int]:
    """The task numbers after which the pool process was replaced."""
    return [row["task"] - 1 for row in rows if row["process"] == "new"]


@scenario(
    "practices.memory", "Memory: a leaking task, and the pool process recycled",
    slide="What to keep in mind / Memory",
    # --max-tasks-per-child 2: the third task runs in a new process.
    expect=Expect(lambda r, i: recycled_after([row for row in r["rows"]
                                               if row["limit"] == r["rows"][0]["limit"]]) == [2],
                  params={"megabytes": 20, "tasks": 3}),
    params=[Param("megabytes", int, 50, min=10, max=200, help="what each leaky() call keeps for good"),
            Param("tasks", int, 4, min=2, max=4, help="leaky() calls under each limit")],
    timeout=120,
)
def memory(run, megabytes, tasks):
    """leaky() keeps memory in a module-level list. A prefork worker (-c 1) with
    --max-tasks-per-child 2 replaces its pool process every two tasks; a second one, whose
    --max-memory-per-child sits half a leak above the first task's peak, replaces it
    after the task that crossed the limit (billiard checks between tasks, never during one)."""
    client = run.app
    tag = uuid.uuid4().hex[:6]
    by_count = demo_worker(f"recycle-tasks-{tag}", "recycle-tasks", settings.celery_broker_url(),
                           args=["--max-tasks-per-child", "2"])
    rows = []
    purge(client, by_count.queue)
    run.note("worker 1: prefork -c 1 --max-tasks-per-child 2")
    with started([by_count]):
        wait_answering(client, [by_count], timeout=30)
        leak_on(run, by_count, client, tasks, megabytes, "2 tasks", rows)
    # The limit sits halfway through the second leak: the first task stays under it.
    limit_mb = int(rows[0]["peak RSS MB"] + megabytes / 2)
    by_memory = demo_worker(f"recycle-memory-{tag}", "recycle-memory", settings.celery_broker_url(),
                            args=["--max-memory-per-child", str(limit_mb * 1024)])
    purge(client, by_memory.queue)
    run.note(f"worker 2: prefork -c 1 --max-memory-per-child {limit_mb * 1024} (KiB: {limit_mb} MB)")
    with started([by_memory]):
        wait_answering(client, [by_memory], timeout=30)
        leak_on(run, by_memory, client, tasks, megabytes, f"{limit_mb} MB", rows)
    count_rows = [r for r in rows if r["limit"] == "2 tasks"]
    memory_rows = [r for r in rows if r["limit"] != "2 tasks"]
    if recycled_after(count_rows) != list(range(2, tasks, 2)):
        raise RunFailed(f"--max-tasks-per-child 2 replaced the process after tasks "
                        f"{recycled_after(count_rows)}: {count_rows}")
    crossed = [r["task"] for r in memory_rows if r["peak RSS MB"] > limit_mb]
    if not crossed or recycled_after(memory_rows) != [t for t in crossed if t < tasks]:
        raise RunFailed(f"--max-memory-per-child {limit_mb} MB: the tasks over it were {crossed}, "
                        f"the process was replaced after {recycled_after(memory_rows)}")
    after = ", ".join(map(str, recycled_after(count_rows)))
    verdict = (f"a new process after task {after} (every 2 tasks), and after task {crossed[0]}, "
               f"the first to end over {limit_mb} MB: that task finished, the next one got a new process")
    run.note(verdict)
    payoff = memory_view(rows, megabytes,
                         fact("max 2 tasks", f"new process after task {after}", tone="good"),
                         fact(f"max {limit_mb} MB", f"after task {crossed[0]}, which finished over it",
                              tone="good"),
                         headline=f"a new process after task {after}, and after task {crossed[0]}: "
                                  f"the first over {limit_mb} MB")
    return {"payoff": payoff, "rows": rows, "limit MB": limit_mb, "verdict": verdict}


# -- results --------------------------------------------------------------------------

def shown(rows: list[dict]) -> list[dict]:
    """At most 8 rows on the slide: the first two (before, all ran) and the latest."""
    return rows if len(rows) <= 8 else rows[:2] + rows[-6:]


def result_keys(client: redis.Redis, ids: list[str]) -> int:
    """How many of these tasks still have a result key in Redis."""
    with client.pipeline(transaction=False) as pipe:
        for task_id in ids:
            pipe.exists(META + task_id)
        return sum(pipe.execute())


def all_result_keys(client: redis.Redis) -> int:
    """Every result key in the backend's database: what an operator would count."""
    return sum(1 for _ in client.scan_iter(match=META + "*", count=1000))


def send_all(client, task, count: int, queue: str) -> list[str]:
    return [client.send_task(task.name, (f"/jobs/{i}",), queue=queue).id for i in range(count)]


def idle(app, node: str, queue: str) -> bool:
    """Every task ran. An ignored result leaves nothing to wait on, so: the queue is
    empty and the worker holds no task (none reserved, none active)."""
    if queue_size(app, queue):
        return False
    inspect = app.control.inspect([node], timeout=0.5)
    return not (inspect.active() or {}).get(node) and not (inspect.reserved() or {}).get(node)


@scenario(
    "practices.results", "Results nobody reads: keys piling up in Redis",
    slide="What to keep in mind / Results",
    expect=Expect(lambda r, i: r["rows"][-1]["count_visit keys"] == 0
                  and all(row["ignore_result keys"] == 0 for row in r["rows"]),
                  params={"tasks": 20, "expires": 2}, events=False),
    params=[Param("tasks", int, 200, min=10, max=2000, help="tasks sent each way"),
            Param("expires", int, 8, min=1, max=30,
                  help="result_expires of the demo's worker, in seconds (lowered for the demo)")],
    timeout=120,
)
def results(run, tasks, expires):
    """count_visit() stores its result, count_visit_quietly() (ignore_result=True) does not.
    The demo's own worker runs with result_expires lowered to a few seconds (the stack's
    is an hour, Celery's default a day): the stored keys are counted in Redis as they
    pile up, then as they expire."""
    client = run.app
    backend = redis.Redis.from_url(settings.celery_result_backend())
    worker = demo_worker(f"results-{uuid.uuid4().hex[:6]}", "results", settings.celery_broker_url(),
                         args=["--", f"result.expires={expires}"], concurrency=2)
    rows = []
    columns = ["when", "count_visit keys", "count_visit_quietly keys", "all result keys in Redis"]

    def view(*facts: dict, headline: str | None = None) -> dict:
        return table(columns, [[r["when"], cell(r["count_visit keys"], "warn" if r["count_visit keys"] else "good"),
                                cell(r["ignore_result keys"], "good" if not r["ignore_result keys"] else "bad"),
                                r["all celery-task-meta-* keys"]] for r in shown(rows)], *facts,
                     title=f"{tasks} tasks each; result_expires={expires} s on the demo's worker",
                     headline=headline)

    def row(when: str, kept: list[str], quiet: list[str]) -> None:
        rows.append({"when": when, "count_visit keys": result_keys(backend, kept),
                     "ignore_result keys": result_keys(backend, quiet),
                     "all celery-task-meta-* keys": all_result_keys(backend)})
        run.note(f"{when}: {rows[-1]['count_visit keys']} keys of count_visit, "
                 f"{rows[-1]['ignore_result keys']} of count_visit_quietly "
                 f"({rows[-1]['all celery-task-meta-* keys']} result keys in Redis)", row=rows[-1])
        run.payoff(view())

    purge(client, worker.queue)
    run.note(f"a worker with result_expires={expires} s (lowered for the demo; Celery's default is a day)")
    with started([worker]), backend:
        wait_answering(client, [worker], timeout=30)
        node = node_name(worker)
        before = all_result_keys(backend)
        row("before sending", [], [])
        started_at = time.monotonic()
        kept = send_all(client, count_visit, tasks, worker.queue)
        quiet = send_all(client, count_visit_quietly, tasks, worker.queue)
        run.note(f"sent {tasks} count_visit and {tasks} count_visit_quietly")
        size, ran, every = 0, False, max(1.0, (expires + 3) / 6)
        while True:  # a row every few seconds, until the worker is done and every key is gone
            just_ran = not ran and idle(client, node, worker.queue)
            ran = ran or just_ran
            elapsed = time.monotonic() - started_at
            row(f"{elapsed:.1f} s{': all ran' if just_ran else ''}", kept, quiet)
            size = size or next((backend.memory_usage(META + i) or 0 for i in kept[-5:]
                                 if backend.exists(META + i)), 0)
            if ran and not rows[-1]["count_visit keys"]:
                break
            if elapsed > expires + 60:
                # Two ways to run out of time, told apart: a worker too slow to finish (a
                # saturated machine) is not a key that outlived result_expires.
                raise RunFailed(f"{rows[-1]['count_visit keys']} result keys still there after "
                                f"{elapsed:.0f} s (result_expires={expires} s)" if ran else
                                f"the demo's worker had not run all {2 * tasks} tasks after {elapsed:.0f} s "
                                f"(a busy machine?): try fewer, e.g. tasks=50")
            run.sleep(every)
        # No key proves nothing unless the quiet tasks ran: the worker's own count says they did.
        totals = ((client.control.inspect([node], timeout=2).stats() or {}).get(node) or {}).get("total", {})
    ran_each = {name.rsplit(".", 1)[-1]: totals.get(name, 0) for name in (count_visit.name, count_visit_quietly.name)}
    if set(ran_each.values()) != {tasks}:
        raise RunFailed(f"the worker ran {ran_each}, not {tasks} of each")
    peak = max(r["count_visit keys"] for r in rows)
    if not peak or any(r["ignore_result keys"] for r in rows):
        raise RunFailed(f"unexpected key counts: {rows}")
    verdict = (f"up to {peak} keys (~{size} bytes each) for results nobody read, gone after "
               f"result_expires={expires} s; ignore_result=True: none at all")
    run.note(verdict)
    payoff = view(fact("stored, read by nobody", f"up to {peak} keys, ~{size} bytes each", tone="warn"),
                  fact(f"result_expires={expires} s", "all gone", tone="good"),
                  fact("ignore_result=True", "no key at all", tone="good"),
                  headline=f"up to {peak} results stored that nobody read, gone after {expires} s; "
                           "ignore_result: none")
    return {"payoff": payoff, "rows": rows, "ran": ran_each, "peak": peak, "keys before": before, "bytes per key": size,
            "verdict": verdict}
