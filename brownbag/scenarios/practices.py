"""acks_late: a worker process killed mid-task, with early ack and with late ack."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from demo.practices import charge_order, charge_order_early_ack

from ._cluster import node_for
from .registry import Param, scenario
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


@scenario(
    "practices.acks_late", "acks_late: a killed worker loses the task, unless it acks late",
    slide="Program for Celery / Best practices",
    params=[Param("seconds", float, 3.0, min=1, max=10, help="how long charging an order takes")],
    timeout=60,
)
def acks_late(run, seconds):
    """charge_order_early_ack and charge_order (acks_late, reject_on_worker_lost) each
    get their pool process SIGKILLed mid-task. The early-acked message is gone; the
    late-acked one is redelivered and completes."""
    node = node_for(run.app, "prefork")
    outcome = {}
    for label, task, order in (("early ack", charge_order_early_ack, 1),
                               ("acks_late", charge_order, 2)):
        result = run.send(task.s(order_id=order, seconds=seconds), queue="prefork")
        pid = pool_child_pid(run, result, node)
        run.note(f"{label}: order {order} running in pid {pid} -- kill -9 {pid}")
        os.kill(pid, signal.SIGKILL)
        try:
            value = run.wait(result, timeout=seconds * 3 + 10)
            outcome[label] = {"state": result.state, "result": value}
        except Exception as exc:
            outcome[label] = {"state": result.state, "error": f"{type(exc).__name__}: {exc}"}
        received = sum(1 for i in run.items if i.get("uuid") == result.id
                       and i.get("type") == "task-received")
        outcome[label]["deliveries"] = received
        run.note(f"{label}: {outcome[label]['state']} after {received} deliveries")
    if outcome["acks_late"]["state"] != "SUCCESS" or outcome["early ack"]["state"] == "SUCCESS":
        raise RunFailed(f"unexpected outcome: {outcome}")
    return outcome
