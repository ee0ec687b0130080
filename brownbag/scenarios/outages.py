"""When things go wrong under the workers: the broker goes away, a message kills its worker.

The outage demo never touches the stack's Redis (every other demo's broker and the
result backend): it starts a Redis of its own on a free port of 127.0.0.1 for its
messages, a worker on it, and stops both by pid. Results still go to the stack's
Redis, which stays up, so each order can be accounted for while the broker is down.
"""

from __future__ import annotations

import json
import tempfile
import threading
import time
from contextlib import nullcontext
from pathlib import Path

import httpx
import redis
from celery.states import READY_STATES
from kombu import Exchange, Queue
from kombu.exceptions import OperationalError

from brownbag import settings
from brownbag.probe import probe
from brownbag.workers import client_app, started
from demo import delivery, outage, poison, throttle
from demo.celeryconfig import transport_options

from ._cluster import demo_worker, node_name, queue_size, until, wait_answering
from ._scratch import ScratchRedis
from .delivery import config_args, management, purge, redis_client, workers_up
from .payoff import cell, fact, table
from .registry import Expect, Param, scenario
from .runs import RunFailed

# -- 1. the broker goes away ----------------------------------------------------------

OUTAGE_QUEUE = "fulfilment"
# What the worker's log says about the connection (celery's words, consumer.py; kombu's, message.py).
CONNECTION_LINES = ("Connection to broker lost", "Restoring", "Cannot connect to", "Trying again", "Couldn't ack",
                    "Connected to ")


def connection_log(worker) -> list[str]:
    try:
        text = worker.log_path.read_text(errors="replace")
    except OSError:
        return []
    out = []
    for line in text.splitlines():
        if any(marker in line for marker in CONNECTION_LINES):
            out.append(line.split("] ", 1)[-1].split(": Error", 1)[0].strip())
    return out


def pings(client, node: str, timeout: float = 0.5) -> bool:
    """Does the worker answer a remote-control ping (through the broker) now?"""
    try:
        replies = client.control.ping([node], timeout=timeout, limit=1) or []
    except (OperationalError, *connection_errors(client)):  # the broker is down: no ping leaves
        return False
    return any(node in reply for reply in replies)


def connection_errors(client) -> tuple:
    """What the transport raises when its server is gone (redis-py's ConnectionError...)."""
    return tuple(client.connection_for_write().connection_errors)


def publish(client, order_id: int, seconds: float, policy: dict,
            task=outage.fulfil, queue: str = OUTAGE_QUEUE) -> dict:
    """Send one order with a publish retry policy; what became of the send, and how long it took."""
    start = time.monotonic()
    try:
        result = client.send_task(task.name, (order_id, seconds), queue=queue,
                                  retry=True, retry_policy=policy)
        return {"id": result.id, "sent": True, "send s": round(time.monotonic() - start, 1)}
    except (OperationalError, *connection_errors(client)) as exc:
        return {"id": None, "sent": False, "send s": round(time.monotonic() - start, 1),
                "error": f"{type(exc).__name__}: {str(exc)[:80]}"}


def runs_of(client, order_id: int) -> int:
    return int(client.backend.client.get(f"outage:runs:{order_id}") or 0)


@scenario(
    "outage.broker", "The broker goes away: reconnect, and every order accounted for",
    slide="When things go wrong / The broker goes away",
    expect=Expect(lambda r, i: r["reconnected"] and r["lost"] == [] and r["twice"] == []
                  and r["waiting"] == [] and r["refused"] == 1,
                  params={"orders": 4, "down": 4}, events=False),
    params=[Param("orders", int, 4, min=2, max=6, help="orders sent before the broker stops"),
            Param("down", float, 5.0, min=2, max=20, help="seconds the broker stays down"),
            Param("seconds", float, 1.5, min=0.5, max=5, help="seconds each order takes")],
    timeout=120,
)
def broker_outage(run, orders, down, seconds):
    """A Redis broker of the demo's own, a worker (prefork, 2 processes) on it. Orders flow;
    the broker is stopped while two of them run; while it is down the worker's process
    lives but no ping reaches it, one order is sent with the default publish retry policy
    and one with a patient one; the broker starts again. What the worker logged, when it
    answered again, and what became of each order."""
    _, stack_client = redis_client(run)  # the result backend must answer: it is the stack's Redis
    stack_client.close()
    with tempfile.TemporaryDirectory(prefix="outage-") as home:
        broker = ScratchRedis(Path(home))
        broker.start()
        client = client_app(broker.url)
        options = {**{k: v for k, v in transport_options(broker.url).items()
                      if not k.startswith("socket_")}, **outage.STRANDED}
        worker = demo_worker("fulfilment", OUTAGE_QUEUE, broker.url, concurrency=2,
                             args=config_args({"broker_transport_options": options}))
        node = node_name(worker)
        first = int(time.time() * 1000) % 1_000_000 * 10
        ids = list(range(first, first + orders + 2))
        client.backend.client.delete(*(f"outage:runs:{i}" for i in ids))
        timeline = []

        def mark(what: str) -> None:
            timeline.append({"t": round(time.monotonic() - t0, 1), "what": what})
            run.note(f"t={time.monotonic() - t0:4.1f} s: {what}")

        try:
            with started([worker], graceful=False):
                wait_answering(client, [worker])
                purge(client, OUTAGE_QUEUE)
                t0 = time.monotonic()
                sent = [{"order": i, "when": "before", **publish(client, i, seconds,
                                                                 outage.PUBLISH_RETRY_DEFAULT)}
                        for i in ids[:orders]]
                mark(f"{orders} orders sent; the worker answers ping: {pings(client, node)}")
                wait_running(client, [o["id"] for o in sent], 2, run)
                broker.stop()
                for order in sent:  # running (acked when it started) or prefetched (unacked)
                    order["at stop"] = client.AsyncResult(order["id"]).state
                mark("broker stopped (SIGTERM) while 2 orders run")
                during = sent_during_outage(run, client, ids[orders:], seconds, mark, worker, node, down)
                broker.start()
                stranded, held = unacked_state(broker.url)
                mark(f"broker started again; {stranded} messages wait in its unacked hash"
                     + (f"; a sweep's lock outlived the stop: {held:g} s left" if held else ""))
                patient = during["patient thread"]
                answered = wait_answer(client, node, worker, run)
                mark("the worker answers ping again" if answered else "the worker never answered again")
                patient.join(run.remaining(30))
                everything = sent + during["orders"]
                wait_results(client, [o for o in everything if o["sent"]], run)
                where = whereabouts(broker.url, [o["id"] for o in everything if o["sent"]])
                log = connection_log(worker)
                for order in everything:
                    order["on broker"] = where.get(order.get("id"), "")
                result = outage_result(client, everything, timeline, log, answered, down)
        finally:
            client.close()
            broker.stop()
    return result


def wait_running(client, task_ids, count: int, run, timeout: float = 15.0) -> None:
    if until(lambda: sum(client.AsyncResult(i).state == "STARTED" for i in task_ids) >= count,
             timeout, 0.05):
        return
    raise RunFailed(f"{count} orders did not start within {timeout:g} s")


def sent_during_outage(run, client, ids, seconds, mark, worker, node, down) -> dict:
    """While the broker is down: is the worker alive, does it answer, and the two sends."""
    stopped = time.monotonic()
    alive = worker.process.poll() is None
    answered = pings(client, node)
    mark(f"worker process alive: {alive}; answers ping: {answered}")
    impatient = {"order": ids[0], "when": "down, default retry",
                 **publish(client, ids[0], seconds, outage.PUBLISH_RETRY_DEFAULT)}
    mark(f"order {ids[0]}, default retry policy: "
         + ("queued" if impatient["sent"] else f"refused after {impatient['send s']:g} s ({impatient['error']})"))
    patient = {"order": ids[1], "when": "down, patient retry"}

    def send_patiently():
        patient.update(publish(client, ids[1], seconds, outage.PUBLISH_RETRY_PATIENT))
        mark(f"order {ids[1]}, patient retry policy: "
             + (f"queued after {patient['send s']:g} s of retries" if patient["sent"]
                else f"refused after {patient['send s']:g} s"))

    thread = threading.Thread(target=send_patiently, daemon=True)
    thread.start()
    time.sleep(max(0.0, down - (time.monotonic() - stopped)))
    return {"orders": [impatient, patient], "patient thread": thread, "alive": alive}


def unacked_state(url: str) -> tuple[int, float]:
    """Messages in the unacked hash, and the seconds left on kombu's restore lock: a lock
    taken by a sweep the stop interrupted survives in the append-only file, ownerless, and
    every sweep skips while it lasts (outage.STRANDED bounds it to 2 s)."""
    broker = redis.Redis.from_url(url)
    try:
        left = broker.pttl("unacked_mutex")
        return broker.hlen("unacked"), round(left / 1000, 1) if left > 0 else 0.0
    finally:
        broker.close()


def whereabouts(url: str, task_ids: list[str]) -> dict[str, str]:
    """Where the broker holds each message still: in its queue, or in the unacked hash
    (delivered to a worker, not acknowledged). Absent: acknowledged, or never there."""
    found = {}
    broker = redis.Redis.from_url(url)
    for raw in broker.lrange(OUTAGE_QUEUE, 0, -1):
        found[json.loads(raw)["headers"]["id"]] = "queue"
    for raw in broker.hvals("unacked"):
        found[json.loads(raw)[0]["headers"]["id"]] = "unacked"
    broker.close()
    return {i: found[i] for i in task_ids if i in found}


def wait_answer(client, node, worker, run, timeout: float = 60.0) -> bool:
    def answers() -> bool:
        if worker.process.poll() is not None:
            raise RunFailed(f"the worker exited with {worker.process.returncode}: {worker.log_tail()}")
        return pings(client, node)

    return bool(until(answers, min(timeout, run.remaining(timeout)), 0.25))


def wait_results(client, orders, run, timeout: float = 40.0) -> None:
    until(lambda: all(client.AsyncResult(o["id"]).state == "SUCCESS" for o in orders),
          min(timeout, run.remaining(timeout)), 0.2)


def fate(order: dict) -> tuple[str, str | None]:
    """What became of one order, and its tone on the slide."""
    if not order["sent"]:
        return "refused: the caller got OperationalError", "warn"
    if order["state"] != "SUCCESS" and order.get("on broker"):
        return f"not run yet: in Redis's {order['on broker']}", "warn"
    if order["state"] != "SUCCESS":
        return f"lost (left {order['state']})", "bad"
    if order["runs"] > 1:
        return f"ran {order['runs']} times", "bad"
    if order.get("at stop") == "PENDING":
        return "prefetched: back after visibility_timeout, ran once", "good"
    return "ran once", "good"


def moments(timeline: list[dict], broker: str = "broker") -> tuple[float, float, float | None]:
    """When ``broker`` stopped, when it started again, and when the worker first answered
    a ping after (None: never), from an outage's timeline."""
    stopped = next(p["t"] for p in timeline if p["what"].startswith(f"{broker} stopped"))
    back = next(p["t"] for p in timeline if p["what"].startswith(f"{broker} started"))
    heard = next((p["t"] for p in timeline if "answers ping again" in p["what"]), None)
    return stopped, back, heard


def outage_result(client, orders, timeline, log, answered, down) -> dict:
    for order in orders:
        order["state"] = client.AsyncResult(order["id"]).state if order["sent"] else "never queued"
        order["runs"] = runs_of(client, order["order"])
        order["became"], order["tone"] = fate(order)
    stopped, back, heard = moments(timeline)
    lost = [o["order"] for o in orders if o["became"].startswith("lost")]
    twice = [o["order"] for o in orders if o["sent"] and o["runs"] > 1]
    refused = sum(1 for o in orders if not o["sent"])
    waiting = [o["order"] for o in orders if o["became"].startswith("not run yet")]
    rows = [[o["order"] % 1000, o["when"], o["state"], o["runs"],
             {"value": o["became"], "tone": o["tone"]}] for o in orders]
    retries = [line for line in log if "Trying again" in line]
    deaf = f"{heard - stopped:.1f} s" if heard is not None else "for good"
    headline = (f"reconnected {heard - back:.1f} s after the broker returned; "
                if heard is not None else "the worker never reconnected; ") + \
        (f"{len(lost)} lost" if lost else "none lost") + \
        (f", {len(twice)} ran twice" if twice else "") + \
        (f", {len(waiting)} still in unacked" if waiting else "") + f", {refused} refused at send"
    return {"payoff": table(["order", "sent", "state", "runs", "became"], rows,
                            fact("worker", f"alive but deaf for {deaf}: its pid ran, no ping answered"),
                            fact("back-off", f"{len(retries)} failed reconnects, "
                                             + ", ".join(r.rsplit("Trying again ", 1)[-1].split("...")[0]
                                                         for r in retries[:3])),
                            title=f"broker down for {down:g} s under a worker running 2 orders",
                            headline=headline),
            "orders": [{k: v for k, v in o.items() if k != "tone"} for o in orders],
            "timeline": timeline, "log": log, "reconnected": heard is not None,
            "deaf s": None if heard is None else round(heard - stopped, 1),
            "reconnect s": None if heard is None else round(heard - back, 1),
            "lost": lost, "twice": twice, "waiting": waiting, "refused": refused}


# -- 2. poison messages -----------------------------------------------------------------

DEAD_QUEUE = "poison.dead"
QUORUM_POISON_QUEUE = "poison.quorum"
POLICY = "poison-delivery-limit"
SETTLE = 15.0  # seconds after the watch for the last death's outcome: a FAILURE, a dead-lettering


def runs(client, image_id: int) -> int:
    return int(client.backend.client.get(f"poison:runs:{image_id}") or 0)


class QuorumRound:
    """RabbitMQ: a quorum queue under a delivery-limit policy naming a dead-letter exchange,
    and a worker on it; the policy is removed afterwards."""

    def __init__(self):
        self.url = settings.broker_url("rabbitmq")
        up, self.why = probe(self.url)
        self.up = up
        if not up:
            return
        self.api, self.auth = management(self.url)
        self.version = httpx.get(f"{self.api}/overview", auth=self.auth, timeout=5).json()["rabbitmq_version"]
        self.client = client_app(self.url)
        self.client.conf.update(delivery.QUORUM)
        self.worker = demo_worker("poison-quorum", QUORUM_POISON_QUEUE, self.url,
                                  args=config_args(delivery.QUORUM))

    def prepare(self) -> None:
        httpx.put(f"{self.api}/policies/%2F/{POLICY}", auth=self.auth, timeout=5,
                  json=poison.DELIVERY_LIMIT_POLICY).raise_for_status()
        with self.client.connection_for_write() as conn:  # where RabbitMQ drops it
            dead = Queue(DEAD_QUEUE, Exchange(DEAD_QUEUE, "fanout"), routing_key=DEAD_QUEUE)
            dead(conn.default_channel).declare()
        purge(self.client, DEAD_QUEUE)
        purge(self.client, QUORUM_POISON_QUEUE)  # a message of an interrupted run would count

    def close(self) -> None:
        if self.up:
            purge(self.client, QUORUM_POISON_QUEUE)
            httpx.delete(f"{self.api}/policies/%2F/{POLICY}", auth=self.auth, timeout=5)
            self.client.close()


@scenario(
    "outage.poison", "Poison messages: the task that kills its worker, forever or capped",
    slide="When things go wrong / Poison messages",
    expect=Expect(lambda r, i: r["forever"]["runs"] >= 2 and r["forever"]["state"] != "FAILURE"
                  and r["capped"]["runs"] == 3 and r["capped"]["state"] == "FAILURE"
                  and (r["quorum"].get("skipped") or r["quorum"]["dead"] == 1
                       and r["quorum"]["runs"] == r["quorum"]["limit"] + 1),
                  params={"watch": 12}, events=False),
    params=[Param("watch", float, 16.0, min=8, max=40,
                  help="seconds the endless one is watched (its message expires then)")],
    timeout=120, wants={"rabbitmq": "the quorum queue's delivery limit is skipped"},
)
def poison_messages(run, watch):
    """A task that SIGKILLs the pool process running it, three ways at once: on Redis with
    acks_late and reject_on_worker_lost (requeued each time: forever, until the demo's
    expires); on Redis with 5.7's retry_on_worker_lost and max_retries=2 (FAILURE after 3
    runs); on a RabbitMQ quorum queue whose policy sets a delivery limit of 2 and a
    dead-letter exchange (dead-lettered after 3 deliveries)."""
    url, client = redis_client(run)
    first = int(time.time() * 1000) % 1_000_000 * 10
    ids = {"forever": first, "capped": first + 1, "quorum": first + 2}
    quorum = QuorumRound()
    forever = demo_worker("poison-forever", "poison.forever", url)
    capped = demo_worker("poison-capped", "poison.capped", url)
    results = {}
    try:
        for queue in ("poison.forever", "poison.capped"):
            purge(client, queue)
        if quorum.up:
            quorum.prepare()
        with workers_up(client, [forever, capped]), \
                (workers_up(quorum.client, [quorum.worker]) if quorum.up else nullcontext()):
            start = time.monotonic()
            results["forever"] = client.send_task(poison.resize.name, (ids["forever"],),
                                                  queue="poison.forever", expires=watch)
            results["capped"] = client.send_task(poison.resize_capped.name, (ids["capped"],),
                                                 queue="poison.capped")
            if quorum.up:
                results["quorum"] = quorum.client.send_task(poison.resize.name, (ids["quorum"],),
                                                            queue=QUORUM_POISON_QUEUE)
            run.note("sent: resize to poison.forever (Redis, expires in "
                     f"{watch:g} s), resize_capped to poison.capped (Redis)"
                     + (f", resize to {QUORUM_POISON_QUEUE} (RabbitMQ {quorum.version})" if quorum.up
                        else f"; no RabbitMQ ({quorum.why}): the quorum round is skipped"))
            watch_runs(run, client, ids, results, start, watch)
            # The last deaths can be answered after the watch on a loaded machine (ci: the
            # capped task's third run, still STARTED at 12 s): wait for its FAILURE, a
            # bounded while, not the clock.
            until(lambda: results["capped"].state in READY_STATES, SETTLE, 0.25)
            rounds = {name: {"runs": runs(client, ids[name]), "state": results[name].state}
                      for name in ("forever", "capped")}
            if quorum.up:
                # Here: the requeue that passes the delivery limit, then the dead-lettering
                # (a loaded machine takes seconds to replace a pool process).
                until(lambda: queue_size(quorum.client, DEAD_QUEUE) >= 1, SETTLE, 0.25)
                rounds["quorum"] = {"runs": runs(client, ids["quorum"]), "state": results["quorum"].state,
                                    "dead": queue_size(quorum.client, DEAD_QUEUE),
                                    "rabbitmq": quorum.version,
                                    "limit": poison.DELIVERY_LIMIT_POLICY["definition"]["delivery-limit"]}
            else:
                rounds["quorum"] = {"skipped": f"no RabbitMQ here: {quorum.why}"}
    finally:
        client.backend.client.delete(*(f"poison:runs:{i}" for i in ids.values()))
        client.close()
        quorum.close()
    return poison_result(rounds, watch)


def watch_runs(run, client, ids: dict, results: dict, start: float, watch: float) -> None:
    """Each round's runs so far, said as they change, until the watch is over."""
    seen = {}
    while time.monotonic() < start + watch + 1:
        now = {name: runs(client, image_id) for name, image_id in ids.items()}
        if now != seen:
            seen = now
            run.note(f"t={time.monotonic() - start:4.1f} s: runs so far: "
                     + ", ".join(f"{k} {v}" for k, v in now.items() if k in results))
        time.sleep(0.25)


def poison_result(rounds: dict, watch: float) -> dict:
    forever, capped, q = rounds["forever"], rounds["capped"], rounds["quorum"]
    rows = [["Redis: acks_late + reject_on_worker_lost", forever["runs"], forever["state"],
             cell(f"came back until its expires ({watch:g} s)", "bad")],
            ["Redis: retry_on_worker_lost, max_retries=2", capped["runs"], capped["state"],
             cell("failed: WorkerLostError" if capped["state"] == "FAILURE" else "not capped",
                  "good" if capped["state"] == "FAILURE" else "bad")]]
    if "skipped" in q:
        rows.append(["RabbitMQ quorum queue, delivery-limit 2", "—", "—", cell(q["skipped"], "warn")])
    else:
        rows.append([f"RabbitMQ {q['rabbitmq']} quorum queue, delivery-limit {q['limit']}", q["runs"],
                     q["state"], cell(f"{q['dead']} in the dead-letter queue", "good" if q["dead"] == 1 else "bad")])
    capped_end = ("FAILURE" if capped["state"] == "FAILURE" else f"still {capped['state']}")
    quorum_end = ("dead-lettered" if q.get("dead") == 1 else "not dead-lettered")
    headline = (f"endless: {forever['runs']} runs in {watch:g} s; capped: {capped_end} after {capped['runs']}"
                + ("" if "skipped" in q else f"; quorum: {quorum_end} after {q['runs']}"))
    return {"payoff": table(["the poison task", "runs", "state", "became"], rows,
                            fact("each run", "SIGKILL to its own process: WorkerLostError"),
                            title="a task that kills its own pool process", headline=headline),
            **rounds, "watch": watch}


# -- 3. rate limits starve the worker ---------------------------------------------------

def receipts_round(run, client, url, label, crm_queue, shop_queue, crm_tasks) -> dict:
    """``crm_tasks`` sync_crm calls, then two receipts: how long the receipts waited, and what
    the worker that reads the receipts' queue held meanwhile (inspect)."""
    same = crm_queue == shop_queue
    workers = [demo_worker(f"shop-{label}", shop_queue, url, concurrency=2,
                           args=["--prefetch-multiplier", "4"])]
    if not same:
        workers.append(demo_worker(f"crm-{label}", crm_queue, url, concurrency=1))
    for queue in {crm_queue, shop_queue}:
        purge(client, queue)
    shop = node_name(workers[0])
    with workers_up(client, workers):
        for customer in range(crm_tasks):  # expires: what a stopped run leaves never runs later
            client.send_task(throttle.sync_crm.name, (customer,), queue=crm_queue, expires=60)
        sent = time.time()
        receipts = [client.send_task(throttle.send_receipt.name, (order,), queue=shop_queue)
                    for order in (1, 2)]
        time.sleep(1.0)
        inspect = client.control.inspect([shop], timeout=1, limit=1)
        active, reserved = inspect.active() or {}, inspect.reserved() or {}
        stats = (inspect.stats() or {}).get(shop, {})
        held = {"active": len(active.get(shop, [])), "reserved": len(reserved.get(shop, [])),
                "prefetch": stats.get("prefetch_count"), "waiting": queue_size(client, shop_queue)}
        run.note(f"{label}: 1 s after sending, the receipts' worker runs {held['active']}, "
                 f"inspect reserved lists {held['reserved']}; prefetch count {held['prefetch']}; "
                 f"{held['waiting']} messages wait in {shop_queue}")
        waits = [round(r.get(timeout=run.remaining(60), disable_sync_subtasks=False)["sent_at"] - sent, 1)
                 for r in receipts]
        run.note(f"{label}: receipts sent {waits[0]:g} s and {waits[1]:g} s after they were queued")
    for queue in {crm_queue, shop_queue}:
        purge(client, queue)
    return {"round": label, "waits": waits, "held": held}


@scenario(
    "outage.ratelimit", "Rate limits starve the worker: receipts behind a limited task",
    slide="When things go wrong / Rate limits",
    expect=Expect(lambda r, i: min(r["rounds"][0]["waits"]) > 3 and max(r["rounds"][1]["waits"]) < 2
                  and r["rounds"][0]["held"]["active"] == 0,
                  params={"crm": 12}, events=False),
    params=[Param("crm", int, 12, min=10, max=20, help="sync_crm calls queued before the receipts")],
    timeout=120,
)
def rate_limit_starves(run, crm):
    """Two rounds on Redis. One queue, one worker (prefork, 2 processes, Celery's default
    prefetch: 8 messages): sync_crm (rate_limit 20/m) queued before two receipts; the
    worker holds the limited calls, its pool idles, the receipts wait. Then the fix:
    sync_crm on its own queue and worker; the receipts run at once."""
    url, client = redis_client(run)
    try:
        rounds = [receipts_round(run, client, url, "one queue", "shop.one", "shop.one", crm),
                  receipts_round(run, client, url, "own queue", "shop.crm", "shop.two", crm)]
    finally:
        client.close()
    one, own = rounds
    rows = [[r["round"], r["held"]["active"], r["held"]["reserved"], r["held"]["waiting"],
             cell(f"{max(r['waits']):.1f} s", "bad" if max(r["waits"]) > 2 else "good")] for r in rounds]
    return {"payoff": table(["sync_crm (20/m) and receipts on", "running", "inspect reserved",
                             "in the receipts' queue", "receipts waited"], rows,
                            fact("fix", "sync_crm routed to its own queue and worker"),
                            title=f"{crm} sync_crm calls queued, then 2 receipts; 1 worker, -c 2, prefetch 8",
                            headline=f"receipts waited {max(one['waits']):.1f} s behind the rate limit, "
                                     f"{max(own['waits']):.1f} s on their own queue"),
            "rounds": rounds}
