"""Overview: asynchronous (you don't know when it runs) and distributed (workers anywhere)."""

from brownbag import settings
from demo.basics import sleepy
from demo.concurrency import whoami

from ._cluster import answering
from .payoff import fact, listed, plural, timeline
from .registry import Expect, Param, scenario
from .runs import RunFailed

# label, countdown (s): sent in this order. No priorities here: which one runs first
# depends on the broker, and overview.priority shows that on its own.
PLAN = [("A", 2.0), ("B", 0.0), ("C", 1.0), ("D", 0.0), ("E", 0.5), ("F", 0.0)]


@scenario(
    "overview.async", "Asynchronous: sent in one order, run in another",
    slide="Overview / Goal",
    expect=Expect(lambda r, i: r["finished"] != r["sent"] and r["finished"][-1] == "A"),
    params=[Param("work", float, 0.5, min=0.1, max=3, help="seconds each task sleeps")],
)
def asynchronous(run, work):
    """Two sleepy tasks fill the prefork worker's two processes, then six more are sent
    (A..F), four of them with a countdown: the order they finish in is not the order
    they were sent in."""
    busy = [run.send(sleepy, work, "busy", queue="prefork") for _ in range(2)]
    sent = [(label, run.send(sleepy, work, label, queue="prefork", countdown=countdown or None))
            for label, countdown in PLAN]
    run.note("sent " + ", ".join(f"{label} (countdown {c:g} s)" if c else label for label, c in PLAN))
    for result in busy:
        run.wait(result)
    for _, result in sent:
        run.wait(result)
    done = sorted(sent, key=lambda pair: pair[1].date_done)
    finished = [label for label, _ in done]
    order = [label for label, _ in PLAN]
    return {"payoff": timeline(fact("sent", " ".join(order)), fact("finished", " ".join(finished)),
                               fact("countdowns", ", ".join(f"{label} {c:g} s" for label, c in PLAN if c)),
                               headline=f"sent {' '.join(order)}, finished {' '.join(finished)}"
                                        + (": another order" if finished != order else ": the same order")),
            "sent": order, "finished": finished}


@scenario(
    "overview.distributed", "Distributed: any worker that reaches the broker runs tasks",
    slide="Overview / Goal",
    expect=Expect(lambda r, i: len(r["hostnames"]) >= 3),
    params=[Param("per_pool", int, 2, min=1, max=10, help="tasks sent to each worker's queue")],
)
def distributed(run, per_pool):
    """whoami() sent to the queue of every worker that answers: each replies with its
    hostname, pool and process id."""
    pools = answering(run.app, settings.load()["pools"])
    if not pools:
        raise RunFailed("no worker answers a ping: start the stack (invoke up)")
    run.note(f"workers answering: {', '.join(pools)}")
    results = [run.send(whoami, queue=pool) for pool in pools for _ in range(per_pool)]
    replies = [run.wait(r) for r in results]
    hostnames = sorted({r["hostname"] for r in replies})
    pids = sorted({f"{r['pool']} {r['pid']}" for r in replies})
    return {"payoff": timeline(fact("answered", ", ".join(hostnames)), fact("processes", ", ".join(pids)),
                               headline=f"{plural(len(hostnames), 'worker')} answered from "
                                        f"{plural(len(pids), 'process', 'processes')}: "
                                        f"{listed(h.split('@')[0] for h in hostnames)}"),
            "replies": replies, "hostnames": hostnames}
