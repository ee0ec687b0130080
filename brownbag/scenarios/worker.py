"""The worker: what each one is doing right now, from inspect."""

from demo.basics import sleepy
from demo.monitoring import cluster_view

from .payoff import cell, fact, plural, table
from .registry import Expect, Param, scenario
from .runs import RunFailed


@scenario(
    "worker.inspect", "Inspect the workers: active, reserved, stats",
    slide="Worker",
    expect=Expect(lambda r, i: any(w["active"] for w in r["workers"].values()), params={"busy": 3}),
    params=[Param("busy", int, 4, min=0, max=20, help="sleepy tasks to keep the workers busy")],
)
def inspect_workers(run, busy):
    """Keeps the prefork worker busy, then asks every worker (a broadcast) what it runs,
    what it has reserved, and its pool and counters."""
    results = [run.send(sleepy, 2.0, f"busy {i}", queue="prefork") for i in range(busy)]
    if busy:
        run.wait_event(results[0].id, "task-started", timeout=10)
    view = cluster_view(timeout=1.0)
    if not view["ping"]:
        raise RunFailed("no worker answered the broadcast: start the stack (invoke up)")
    workers = {}
    for node, stats in sorted(view["stats"].items()):
        pool = stats.get("pool", {})
        workers[node] = {
            "pool": pool.get("implementation", "?").split(":")[0].rsplit(".", 1)[-1],
            "concurrency": pool.get("max-concurrency"),
            "processes": pool.get("processes"),
            "active": [f"{t['name']}{tuple(t.get('args') or ())}" for t in view["active"].get(node, [])],
            "reserved": len(view["reserved"].get(node, [])),
            "total": sum((stats.get("total") or {}).values()),
        }
        run.note(f"{node}: {len(workers[node]['active'])} active, {workers[node]['reserved']} reserved")
    for result in results:
        run.wait(result)
    rows = [[node, w["pool"], w["concurrency"], cell(len(w["active"]), "good" if w["active"] else None),
             w["reserved"], w["total"]] for node, w in list(workers.items())[:8]]
    busiest = max(workers.items(), key=lambda kv: len(kv[1]["active"]), default=None)
    running = busiest and busiest[1]["active"]
    return {"payoff": table(["worker", "pool", "concurrency", "active", "reserved", "tasks so far"], rows,
                            *([fact(f"active on {busiest[0]}", ", ".join(running))] if running else []),
                            headline=f"{plural(len(workers), 'worker')} answered the broadcast"
                                     + (f"; {busiest[0]} runs {len(running)}, reserves {workers[busiest[0]]['reserved']}"
                                        if running else "; none was running a task")),
            "workers": workers}
