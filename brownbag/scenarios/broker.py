"""The broker is the queue: pause the consumers and watch it grow; resume and watch it drain."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

import kombu
from kombu.transport import TRANSPORT_ALIASES
from kombu.utils.url import maybe_sanitize_url

from brownbag import settings
from brownbag.probe import probe as probe_broker  # "probe" names each row below
from demo.basics import sleepy

from ._cluster import node_for, queue_size
from .payoff import cell, fact, listed, table
from .registry import Expect, Param, scenario


@scenario(
    "broker.queue", "The broker is the queue: it grows while nobody consumes",
    slide="Broker",
    expect=Expect(lambda r, i: r["peak"] >= 10 and r["sizes"][-1] == 0, params={"tasks": 20}),
    params=[Param("tasks", int, 20, min=1, max=200, help="messages to queue"),
            Param("pool", str, "threads", choices=("prefork", "gevent", "eventlet", "threads"),
                  help="whose queue to pause")],
)
def queue_grows(run, tasks, pool):
    """The worker stops consuming its queue (cancel_consumer); tasks pile up on the
    broker; it consumes again (add_consumer) and the queue drains."""
    node = node_for(run.app, pool)
    run.app.control.cancel_consumer(pool, destination=[node], reply=True, timeout=2)
    samples = []
    try:
        run.note(f"{node} stopped consuming queue {pool!r}")
        results = [run.send(sleepy, 0.05, f"#{i}", queue=pool) for i in range(tasks)]
        time.sleep(0.5)
        samples.append(("paused", queue_size(run.app, pool)))
        run.note(f"{samples[-1][1]} messages waiting in {pool!r} on the broker")
    finally:
        run.app.control.add_consumer(pool, destination=[node], reply=True, timeout=2)
    run.note(f"{node} consumes {pool!r} again")
    end = time.time() + run.remaining(30)
    while time.time() < end:
        size = queue_size(run.app, pool)
        samples.append(("draining", size))
        if size == 0:
            break
        time.sleep(0.2)
    for result in results:
        run.wait(result)
    sizes = [s for _, s in samples]
    return {"payoff": table([f"queue {pool!r} on the broker", "messages waiting"], queue_rows(samples),
                            fact("peak", f"{max(sizes)} waiting while nobody consumed"),
                            fact("ran", f"{len(results)} of {tasks} once consumed again"),
                            headline=f"{max(sizes)} messages waited on the broker while nobody consumed; "
                                     f"{sizes[-1]} left after"),
            "queue": pool, "peak": max(sizes), "sizes": sizes, "ran": len(results)}


def queue_rows(samples: list[tuple[str, int]]) -> list[list]:
    """The queue's size over the run in at most 8 rows: paused, then the drain (sampled)."""
    paused = [s for phase, s in samples if phase == "paused"]
    drain = [s for phase, s in samples if phase == "draining"]
    if len(drain) > 6:  # keep the first, the last, and evenly spaced ones between
        step = (len(drain) - 1) / 5
        drain = [drain[round(i * step)] for i in range(6)]
    rows = [["consumer cancelled", n] for n in paused]
    rows += [["consuming again" if i == 0 else "drained" if n == 0 else "draining", n]
             for i, n in enumerate(drain)]
    return rows[:8]


# The 2013 slide's list, and what became of each transport: the status in Celery's
# docs today ("Backends and Brokers", 5.5-5.6); kombu still ships mongodb and
# sqlalchemy, but Celery's table has left them out since 4.0: unofficial.
SEED_BROKERS = {
    "RabbitMQ": ("amqp", "stable"),
    "Redis": ("redis", "stable"),
    "MongoDB": ("mongodb", "unofficial"),
    "SQLAlchemy": ("sqlalchemy", "unofficial"),
    "Beanstalk": ("beanstalk", "removed"),
    "CouchDB": ("couchdb", "removed"),
    "Django ORM": ("django", "removed"),
}


@scenario(
    "brokers.available", "Which brokers this machine can reach now",
    slide="Supported brokers",
    expect=Expect(lambda r, i: {p["broker"]: p["reachable"] for p in r["reachable"]}["redis"]
                  and any(s["broker"] == "Django ORM" and s["status"] == "removed" for s in r["seed"]),
                  events=False),
)
def available(run):
    """The seed's 2013 list against this kombu's transports, then a real connection
    attempt to every broker the stack knows."""
    seed = []
    for name, (alias, status) in SEED_BROKERS.items():
        present = alias in TRANSPORT_ALIASES
        seed.append({"broker": name, "transport": alias,
                     "in this kombu": present,
                     "status": status if present or status == "removed" else "missing"})
    started = time.time()
    run.note(f"kombu {kombu.__version__} ships {len(TRANSPORT_ALIASES)} transport aliases")
    probes = []
    # In parallel and bounded: a client library's own timeout can be 30 s (pymongo).
    pool = ThreadPoolExecutor(max_workers=len(settings.BROKERS))
    futures = {name: pool.submit(probe_broker, settings.broker_url(name)) for name in settings.BROKERS}
    for name, future in futures.items():
        url = settings.broker_url(name)
        try:
            ok, why = future.result(timeout=max(0.1, 3 - (time.time() - started)))
        except TimeoutError:
            ok, why = False, "no answer within 3 s"
        probes.append({"broker": name, "url": maybe_sanitize_url(url), "reachable": ok, "why": why})
        run.note(f"{name}: {'reachable' if ok else 'not reachable'} ({why})")
    pool.shutdown(wait=False, cancel_futures=True)
    here = {SEED_NAMES.get(p["broker"]): p for p in probes}
    rows = []
    for s in seed:
        probe = here.get(s["broker"])
        reach = cell("yes", "good") if probe and probe["reachable"] else \
            cell("no", "bad") if probe else "not in this stack"
        rows.append([s["broker"], s["transport"], cell(s["status"], STATUS_TONE.get(s["status"])), reach])
    return {"payoff": table(["2013's broker", "kombu transport", "status today", "reachable here"], rows,
                            fact("kombu", kombu.__version__),
                            headline=f"{sum(1 for s in seed if s['status'] == 'stable')} of {len(seed)} "
                                     f"2013 brokers still stable; reachable here: "
                                     f"{listed(p['broker'] for p in probes if p['reachable']) or 'none'}"),
            "kombu": kombu.__version__, "seed": seed, "reachable": probes}


# The stack's broker names (settings.BROKERS) as the seed list names them.
SEED_NAMES = {"rabbitmq": "RabbitMQ", "redis": "Redis", "mongo": "MongoDB", "sqlite": "SQLAlchemy"}
STATUS_TONE = {"stable": "good", "unofficial": "warn", "removed": "bad", "missing": "bad"}
