"""What becomes of a task whose pool process dies mid-run: four ways to acknowledge it."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from demo.practices import (
    charge_order,
    charge_order_acks_late_only,
    charge_order_early_ack,
    charge_order_retry_lost,
)

from ._cluster import node_for
from .payoff import cell, table
from .registry import Expect, Param, event_types, scenario
from .runs import RunFailed


def pool_child_pid(run, result, node: str) -> int:
    """The prefork child running ``result``, as the worker itself recorded it.

    Not the ``pid`` of the task-started event: that names the process that sent
    the event, the worker's main process. task_track_started stores the child's
    pid with the STARTED state; inspect().active() knows it too.
    """
    if not run.wait_event(result.id, "task-started", timeout=10):
        raise RunFailed(f"task {result.id} never started on {node}")
    pid = None
    for _ in range(20):
        meta = result.backend.get_task_meta(result.id)
        if meta.get("status") == "STARTED" and isinstance(meta.get("result"), dict):
            pid = meta["result"].get("pid")
        if not pid:
            active = run.app.control.inspect([node], timeout=1).active() or {}
            pid = next((t.get("worker_pid") for t in active.get(node, [])
                        if t["id"] == result.id), None)
        if pid:
            break
        time.sleep(0.1)
    if not pid or not is_pool_child(int(pid)):
        raise RunFailed(f"no prefork pool process found for task {result.id} (pid {pid})")
    return int(pid)


def is_pool_child(pid: int) -> bool:
    """Only ever kill a local celery pool process of ours: a celery child of a celery parent."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        ppid = int(next(line.split()[1] for line in status.splitlines() if line.startswith("PPid:")))
        own = os.stat(f"/proc/{pid}").st_uid == os.getuid()
        return own and all(b"celery" in Path(f"/proc/{p}/cmdline").read_bytes() for p in (pid, ppid))
    except (OSError, StopIteration, ValueError):
        return False


# The same charge, acknowledged four ways (demo/practices.py), in the order the slide reads.
CASES = (
    ("default (early ack)", charge_order_early_ack),
    ("acks_late", charge_order_acks_late_only),
    ("acks_late + reject_on_worker_lost", charge_order),
    ("retry_on_worker_lost", charge_order_retry_lost),
)


def became(state: str, deliveries: int, rejected: bool, retried: bool) -> str:
    """What the events say happened to the task, in the words the slide uses."""
    if state == "SUCCESS" and deliveries >= 2:
        how = "requeued" if rejected else "as a retry" if retried else "delivered again"
        return f"ran again ({how})"
    if state == "FAILURE":
        return "failed: never runs again"
    return f"{state.lower()} after {deliveries} deliveries"


@scenario(
    "practices.acks_late", "A pool process dies mid-task: failed, or run again?",
    slide="Program for Celery / Best practices",
    expect=Expect(lambda r, i: [(o["state"], o["error"], o["deliveries"]) for o in r["outcomes"]]
                  == [("FAILURE", "WorkerLostError", 1), ("FAILURE", "WorkerLostError", 1),
                      ("SUCCESS", "", 2), ("SUCCESS", "", 2)]
                  and {"task-rejected", "task-retried"} <= set(event_types(i)), params={"seconds": 2}),
    params=[Param("seconds", float, 3.0, min=1, max=10, help="how long charging an order takes")],
    timeout=90,
)
def acks_late(run, seconds):
    """The same charge task, acknowledged four ways (default early ack, acks_late,
    acks_late + reject_on_worker_lost, retry_on_worker_lost), each sent to the prefork
    worker; its pool process is SIGKILLed mid-task and the worker's main process reports
    the loss. What became of each: FAILURE (WorkerLostError) and never run again, or run
    again to SUCCESS."""
    node = node_for(run.app, "prefork")
    outcomes = []
    for order, (label, task) in enumerate(CASES, start=1):
        result = run.send(task.s(order_id=order, seconds=seconds), queue="prefork")
        pid = pool_child_pid(run, result, node)
        run.note(f"{label}: order {order} running in pid {pid} -- kill -9 {pid}")
        os.kill(pid, signal.SIGKILL)
        try:
            run.wait(result, timeout=seconds * 3 + 10, propagate=False)
        except Exception as exc:  # still not finished: say so rather than hang the slide
            raise RunFailed(f"{label}: no outcome after the kill ({type(exc).__name__}: {exc})") from None
        run.settle()
        mine = [i for i in run.items if i.get("kind") == "event" and i.get("uuid") == result.id]
        deliveries = sum(1 for i in mine if i["type"] == "task-received")
        rejected = any(i["type"] == "task-rejected" for i in mine)
        retried = any(i["type"] == "task-retried" for i in mine)
        error = "" if result.state == "SUCCESS" else f"{type(result.result).__name__}"
        message = ("rejected, requeued" if rejected else "acked, retry sent" if retried
                   else "acked as failed" if task.acks_late else "acked at start")
        outcomes.append({"task": label, "message": message, "state": result.state, "error": error,
                         "deliveries": deliveries, "became": became(result.state, deliveries,
                                                                     rejected, retried)})
        run.note(f"{label}: {result.state}{' ' + error if error else ''}, "
                 f"{deliveries} deliveries -> {outcomes[-1]['became']}")
    expected = ["FAILURE", "FAILURE", "SUCCESS", "SUCCESS"]
    if [o["state"] for o in outcomes] != expected:
        raise RunFailed(f"unexpected outcome (expected {expected}): {outcomes}")
    rows = [[o["task"], o["message"], cell(o["state"], "good" if o["state"] == "SUCCESS" else "bad"),
             o["deliveries"], o["became"]] for o in outcomes]
    again = [o["task"].split(" + ")[-1] for o in outcomes if o["state"] == "SUCCESS" and o["deliveries"] >= 2]
    said = (f"{len(again)} of {len(outcomes)} ran again: only with {' or '.join(again)}" if again
            else f"0 of {len(outcomes)} ran again: every charge died with its process")
    return {"payoff": table(["acknowledged", "when the process died", "state", "deliveries", "became"], rows,
                            headline=said),
            "outcomes": outcomes}
