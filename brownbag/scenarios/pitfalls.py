"""What to keep in mind, continued: a PENDING that means "unknown", a worker's pool size in a container."""

from __future__ import annotations

import os
import re
import shutil
import uuid

from celery.result import AsyncResult

from brownbag import settings
from brownbag.workers import Worker, purge, started
from demo.containers import cpus_seen
from demo.pending import build_report, build_report_marked, build_report_untracked

from ._cluster import node_for, node_name, until, wait_answering
from .payoff import cell, fact, table
from .registry import Expect, Param, scenario
from .runs import RunFailed

PARKED = "parked"  # a queue no worker reads: what is sent there waits, as behind a busy fleet


def read(result: AsyncResult) -> dict:
    """What a caller can learn of an id: its state, exists() (5.7), the stored task name."""
    meta = result.backend.get_task_meta(result.id, cache=False)
    return {"state": meta["status"], "exists()": result.exists(), "name": meta.get("name")}


@scenario(
    "practices.pending", "PENDING means unknown: six ids, what AsyncResult tells of each",
    slide="What to keep in mind / PENDING",
    expect=Expect(lambda r, i: [row["state"] for row in r["ids"]]
                  == ["PENDING", "PENDING", "SENT", "PENDING", "STARTED", "SUCCESS"]
                  and [row["exists()"] for row in r["ids"]] == [False, False, True, False, True, True],
                  params={"seconds": 2}),
    params=[Param("seconds", int, 3, min=2, max=20, help="how long each report runs")],
    timeout=60,
)
def pending(run, seconds):
    """Reads six task ids through AsyncResult, as a caller holding only the id does: a made-up
    one; build_report sent to a queue no worker reads; build_report_marked there too (it stores
    SENT before its message leaves); build_report_untracked running (track_started=False);
    build_report running (task_track_started); and that one again once done. Each row: the
    state, AsyncResult.exists() (Celery 5.7) and the task name result_extended stores."""
    node = node_for(run.app, "threads")
    purge(run.app, PARKED)
    rows: list[dict] = []
    short: dict[str, str] = {}  # the headline's words for each row

    def row(label, result):
        rows.append({"id": label, "task id": result.id, **read(result)})
        short[label] = label.split(",")[0] if "running" not in label else "running untracked"
        run.note(f"{label}: {rows[-1]['state']}, exists() {rows[-1]['exists()']}", row=rows[-1])

    row("made up, never sent", AsyncResult(str(uuid.uuid4()), app=run.app))
    row("queued, no worker yet", run.send(build_report, seconds, queue=PARKED))
    row("queued, SENT stored on send", run.send(build_report_marked, seconds, queue=PARKED))
    untracked = run.send(build_report_untracked, seconds, queue="threads")
    tracked = run.send(build_report, seconds, queue="threads")
    for result in (untracked, tracked):
        if not run.wait_event(result.id, "task-started", timeout=15):
            raise RunFailed(f"{result.id} never started on {node}: is the threads worker busy?")
    # the worker stores STARTED as it starts: read it then
    until(lambda: tracked.backend.get_task_meta(tracked.id, cache=False)["status"] != "PENDING", 2, 0.05)
    row("running, track_started=False", untracked)
    row("running, task_track_started", tracked)
    run.wait(tracked)
    row("finished", tracked)
    run.wait(untracked)
    dropped = purge(run.app, PARKED)
    run.note(f"the {dropped} parked messages dropped: nobody was going to run them")
    pending_rows = [r["id"] for r in rows if r["state"] == "PENDING"]
    lines = [[r["id"], cell(r["state"], "warn" if r["state"] == "PENDING" else None),
              cell(r["exists()"], "good" if r["exists()"] else None), r["name"] or "-"] for r in rows]
    return {"payoff": table(["the id", "state", "exists()", "stored name"], lines,
                            fact("PENDING", f"{len(pending_rows)} of {len(rows)}: unknown, not waiting"),
                            headline=f"{len(pending_rows)} of {len(rows)} read PENDING: "
                                     + ", ".join(short[label] for label in pending_rows)),
            "ids": rows}


# -- containers -------------------------------------------------------------------------

PINNED_CPUS = "0"  # what `docker run --cpuset-cpus 0` gives a container: an affinity of one CPU
RESOLVED = re.compile(r"worker_concurrency='auto' resolved to .*")


class Pinned(Worker):
    """A demo worker started under ``taskset -c 0``; ``concurrency=None``: no ``-c``, Celery's default."""

    def command(self) -> list[str]:
        cmd = super().command()
        if self.concurrency is None:
            at = cmd.index("-c")
            del cmd[at:at + 2]
        return ["taskset", "-c", PINNED_CPUS, *cmd]


def pool_size(run, worker: Worker) -> dict:
    """The worker's pool as ``inspect stats`` reports it, and what one of its processes sees."""
    node = node_name(worker)
    stats = (run.app.control.inspect([node], timeout=2).stats() or {}).get(node)
    if not stats:
        raise RunFailed(f"{node} did not answer inspect stats: {worker.log_tail()}")
    seen = run.wait(run.send(cpus_seen, queue=worker.queue), timeout=15)
    found = RESOLVED.search(worker.log_path.read_text(errors="replace"))
    return {"max-concurrency": stats["pool"]["max-concurrency"], "processes": len(stats["pool"]["processes"]),
            **seen, "log": found.group(0) if found else None}


@scenario(
    "practices.containers", "A worker on one CPU of two: the default pool size against --concurrency auto",
    slide="What to keep in mind / Containers",
    expect=Expect(lambda r, i: r["default"]["processes"] == r["default"]["os.cpu_count()"]
                  and r["auto"]["processes"] == len(r["auto"]["sched_getaffinity"]) == 1),
    timeout=90,
)
def containers(run):
    """Starts two prefork workers of the demo's own under ``taskset -c 0`` (one CPU, as a
    container's cpuset gives): one with Celery's default concurrency, one with 5.7's
    ``--concurrency auto``. inspect stats gives each pool's size; a task run in each
    reports os.cpu_count() and the affinity its process sees."""
    if not shutil.which("taskset"):
        raise RunFailed("taskset is not installed (util-linux): it pins the demo's workers to one CPU")
    if (os.cpu_count() or 1) < 2:
        raise RunFailed("this machine has one CPU: a worker pinned to one shows no difference")
    broker, tag = settings.celery_broker_url(), uuid.uuid4().hex[:6]
    log_dir = settings.home() / "logs" / "demos"
    workers = {label: Pinned(f"pinned-{label}-{tag}", f"pinned-{label}", "prefork", concurrency, broker,
                             include=(), log_dir=log_dir, loglevel="info")
               for label, concurrency in (("default", None), ("auto", "auto"))}
    for worker in workers.values():
        purge(run.app, worker.queue)
    with started(list(workers.values()), graceful=False):
        wait_answering(run.app, list(workers.values()))
        out = {label: pool_size(run, worker) for label, worker in workers.items()}
    for label, got in out.items():
        run.note(f"{label}: {got['processes']} pool processes; its process sees os.cpu_count() "
                 f"{got['os.cpu_count()']}, affinity {got['sched_getaffinity']}", **got)
    if out["auto"]["log"]:
        run.note(f"the auto worker logged: {out['auto']['log']}")
    lines = [[f"taskset -c {PINNED_CPUS}, {'no -c' if label == 'default' else '--concurrency auto'}",
              ",".join(map(str, got["sched_getaffinity"])), got["os.cpu_count()"],
              cell(got["processes"], "bad" if got["processes"] > len(got["sched_getaffinity"]) else "good")]
             for label, got in out.items()]
    default, auto = out["default"], out["auto"]
    return {"payoff": table(["worker", "may run on", "os.cpu_count()", "pool processes"], lines,
                            fact("auto resolved to", auto["log"].split("resolved to ", 1)[1] if auto["log"]
                                 else "(no 'resolved to' line in its log)"),
                            headline=f"pinned to 1 CPU: the default starts {default['processes']} processes, "
                                     f"--concurrency auto {auto['processes']}"),
            **out}
