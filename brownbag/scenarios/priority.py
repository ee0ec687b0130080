"""Priority is broker-specific: the same burst of tasks on Redis and on RabbitMQ.

Each broker gets a worker of its own (prefork, one process, on queue ``priority``),
because the stack runs its workers on one broker at a time. The burst must wait
*on the broker* to be sorted: a task already in a worker's prefetch buffer keeps
its place. With ``worker_prefetch_multiplier=1`` and one process, a worker holds
the task it runs (acknowledged when it started) plus one more message; so two
``sleepy`` blockers fill it, and everything sent after them waits on the broker.
"""

from __future__ import annotations

import socket

from brownbag import settings
from brownbag.probe import probe
from brownbag.workers import Worker, client_app, running
from demo.basics import sleepy

from ._cluster import until
from .payoff import fact, table
from .registry import Expect, Param, scenario
from .runs import RunFailed

QUEUE = "priority"  # declared in demo/celery.py with x-max-priority, like every queue there
# Sent in this order; None = no priority given (both brokers then treat it as 0).
BURST = (("p5", 5), ("p0", 0), ("p9", 9), ("none", None))
BROKERS = ("redis", "rabbitmq")


def first_of(label: str) -> str:
    """What the task that ran first was, among the burst's priorities: " (lowest)", " (highest)"."""
    given = dict(BURST).get(label)
    numbers = [n for _, n in BURST if n is not None]
    return " (lowest)" if given == min(numbers) else " (highest)" if given == max(numbers) else ""


def purge(client) -> None:
    """Leftovers of an interrupted run would run first and spoil the order."""
    with client.connection_for_write() as conn:
        queue = client.amqp.queues[QUEUE](conn.default_channel)
        queue.declare()  # as the app declares it: x-max-priority, or RabbitMQ refuses
        queue.purge()


def wait_reserved(client, node: str, task_id: str, timeout: float = 10.0) -> None:
    """The second blocker sits in the worker's buffer: the worker is full."""
    def reserved() -> bool:
        found = client.control.inspect([node], timeout=0.5).reserved() or {}
        return any(t["id"] == task_id for t in found.get(node, []))

    if until(reserved, timeout):
        return
    raise RunFailed(f"{node} did not reserve the second blocker within {timeout:g} s")


def burst_on(run, name: str, worker: Worker, client, work: float) -> dict:
    node = f"{worker.name}@{socket.gethostname()}"
    blockers = [client.send_task(sleepy.name, (1.0, f"blocker {i}"), queue=QUEUE) for i in (1, 2)]
    wait_reserved(client, node, blockers[1].id)
    sent = [(label, client.send_task(sleepy.name, (work, label), queue=QUEUE, priority=priority))
            for label, priority in BURST]
    run.note(f"{name}: {node} runs blocker 1 and holds blocker 2; "
             f"sent {', '.join(label for label, _ in BURST)} to the broker")
    for result in blockers + [r for _, r in sent]:
        result.get(timeout=run.remaining(30), disable_sync_subtasks=False)
    # One process runs them one by one: the order they finished is the order they ran.
    ran = [label for label, r in sorted(sent, key=lambda pair: pair[1].date_done)]
    run.note(f"{name}: ran {' -> '.join(ran)}")
    return {"broker": name, **{f"ran {i}": label for i, label in enumerate(ran, start=1)}}


@scenario(
    "overview.priority", "Priority: the same burst on Redis and on RabbitMQ",
    slide="Overview / Goal",
    expect=Expect(lambda r, i: {o["broker"]: o["ran 1"] for o in r["order"]}
                  in ({"redis": "p0"}, {"redis": "p0", "rabbitmq": "p9"}),
                  params={"work": 0.1}, events=False),
    params=[Param("brokers", str, ",".join(BROKERS), help="comma-separated: redis, rabbitmq"),
            Param("work", float, 0.3, min=0.1, max=2, help="seconds each task of the burst sleeps")],
    timeout=180,
    wants={"rabbitmq": "its RabbitMQ half (highest priority first) is skipped, Redis runs alone"},
)
def priority(run, brokers, work):
    """One prefork worker (-c 1) per broker on queue 'priority'; two sleepy blockers fill it
    (one runs, one waits in its prefetch buffer); then p5, p0, p9 and a task with no priority
    are sent, in that order. Redis runs the lowest number first, RabbitMQ the highest."""
    names = [n.strip() for n in brokers.split(",") if n.strip()]
    if not names or any(n not in BROKERS for n in names):
        raise RunFailed(f"brokers must be among {', '.join(BROKERS)} (got {brokers!r})")
    usable, skipped = [], {}
    for name in names:
        up, why = probe(settings.broker_url(name))
        if not up:
            skipped[name] = f"not run here, {why} (invoke up --brokers redis,rabbitmq)"
            run.note(f"{name}: skipped, {skipped[name]}")
        else:
            usable.append(name)
    if not usable:
        raise RunFailed(f"no broker of {brokers} answers: invoke up --brokers redis,rabbitmq")
    clients = {name: client_app(settings.broker_url(name)) for name in usable}
    workers = {name: Worker(f"priority-{name}", QUEUE, "prefork", 1, settings.broker_url(name),
                            include=(), log_dir=settings.home() / "logs" / "demos")
               for name in usable}
    broker_of = {worker.name: name for name, worker in workers.items()}
    try:
        for client in clients.values():
            purge(client)
        run.note(f"starting a prefork worker (-c 1, prefetch multiplier 1) on {', '.join(usable)}")
        with running(list(workers.values()), lambda w: clients[broker_of[w.name]]):
            rows = [burst_on(run, name, workers[name], clients[name], work) for name in usable]
    finally:
        for client in clients.values():
            client.close()
    # A skipped broker stays on the slide with the run's payoff: half the comparison is missing.
    order = [f"ran {i}" for i in range(1, len(BURST) + 1)]
    view = table(["broker", *order], [[row["broker"], *(row[k] for k in order)] for row in rows],
                 fact("sent", " -> ".join(label for label, _ in BURST)),
                 *([fact("half skipped", "; ".join(f"{n}: {why}" for n, why in skipped.items()), tone="warn")]
                   if skipped else []),
                 headline="ran first: " + ", ".join(f"{row['broker']} {row['ran 1']}{first_of(row['ran 1'])}"
                                                    for row in rows)
                          + (f" ({', '.join(skipped)} not run here)" if skipped else ""))
    return {"payoff": view, "sent": " -> ".join(label for label, _ in BURST),
            "order": rows,
            "first": " · ".join(f"{row['broker']}: {row['ran 1']}" for row in rows),
            **({"skipped": "; ".join(f"{name}: {why}" for name, why in skipped.items())} if skipped else {})}
