"""The broker goes away, on RabbitMQ: the outage demo's lesson with AMQP's acknowledgements.

As on Redis (outages.py), the demo never touches the stack's brokers: it starts a
rabbitmq-server of its own (``_scratch.ScratchRabbitMQ``: the stack's command and
environment, its own ports and home), a worker on it, and stops both by pid. Results go
to the stack's Redis, which stays up, so each order can be accounted for meanwhile.
"""

from __future__ import annotations

import tempfile
import threading
import time
from pathlib import Path

from brownbag.workers import client_app, started
from demo import outage

from ._cluster import demo_worker, node_name, queue_size, wait_answering
from ._scratch import ScratchRabbitMQ
from .delivery import redis_client
from .outages import connection_log, moments, pings, publish, wait_answer, wait_results, wait_running
from .payoff import fact, table
from .registry import Expect, Param, scenario
from .runs import RunFailed

QUEUE = "fulfilment.amqp"


def counted(client, order_id: int) -> tuple[int, int]:
    """(runs, runs of a redelivered message) of one order, as demo.outage.fulfil_late counts them."""
    store = client.backend.client
    return (int(store.get(f"outage:runs:{order_id}") or 0),
            int(store.get(f"outage:redelivered:{order_id}") or 0))


def held_by(client, node: str) -> tuple[set[str], set[str]]:
    """Task ids the worker runs, and those it holds prefetched (inspect: through the broker)."""
    inspect = client.control.inspect([node], timeout=1, limit=1)
    active = {t["id"] for t in (inspect.active() or {}).get(node, [])}
    reserved = {t["id"] for t in (inspect.reserved() or {}).get(node, [])}
    return active, reserved


@scenario(
    "outage.broker_rabbitmq", "RabbitMQ goes away: unacked orders come back, none lost",
    slide="When things go wrong / The broker goes away: RabbitMQ, live",
    expect=Expect(lambda r, i: r["reconnected"] and r["lost"] == [] and r["refused"] == 1
                  and r["redelivered"] >= 2 and r["done"] == r["sent"],
                  params={"orders": 6, "down": 3}, events=False),
    params=[Param("orders", int, 5, min=4, max=6, help="orders sent before RabbitMQ stops"),
            Param("down", float, 4.0, min=2, max=20, help="seconds RabbitMQ stays down"),
            Param("seconds", float, 2.0, min=1, max=5, help="seconds each order takes")],
    # The panel and the recording name RabbitMQ, the broker the lesson is about (a server
    # of the demo's own: the stack's RabbitMQ is never used, only its binary).
    timeout=180, broker="rabbitmq",
)
def rabbitmq_outage(run, orders, down, seconds):
    """A rabbitmq-server of the demo's own and a worker on it (prefork, 2 processes,
    acks_late, prefetch 2 per process). Orders flow; RabbitMQ is stopped (gracefully)
    while two run and two wait in the worker; while it is down one order is sent with
    the default publish retry policy and one with a patient one; RabbitMQ starts again.
    What the worker logged, when it answered again, and what became of each order."""
    _, stack_client = redis_client(run)  # the result backend must answer: it is the stack's Redis
    stack_client.close()
    with tempfile.TemporaryDirectory(prefix="outage-amqp-") as home:
        broker = ScratchRabbitMQ(Path(home))
        try:  # whatever fails, the demo's RabbitMQ and its epmd stop with it
            result = outage_run(run, broker, orders, down, seconds)
        finally:
            broker.close()
    return result


def outage_run(run, broker, orders, down, seconds) -> dict:
    t0 = time.monotonic()
    broker.start()
    run.note(f"the demo's RabbitMQ answers on {broker.url.rsplit('@', 1)[-1].rstrip('/')} "
             f"after {time.monotonic() - t0:.1f} s")
    client = client_app(broker.url)
    try:
        with client.connection_for_write() as conn:  # the slide names the version it ran on
            conn.connect()
            version = conn.connection.server_properties.get("version", "?")
        if isinstance(version, bytes):
            version = version.decode()
        worker = demo_worker("fulfilment-amqp", QUEUE, broker.url, concurrency=2,
                             args=["--prefetch-multiplier", str(outage.PREFETCH_MULTIPLIER)])
        first = int(time.time() * 1000) % 1_000_000 * 10
        ids = list(range(first, first + orders + 2))
        client.backend.client.delete(*(f"outage:{what}:{i}" for i in ids for what in ("runs", "redelivered")))
        with started([worker], graceful=False):
            wait_answering(client, [worker])
            return outage_round(run, client, broker, worker, ids, orders, down, seconds, version)
    finally:
        client.close()


def outage_round(run, client, broker, worker, ids, orders, down, seconds, version) -> dict:
    node, timeline = node_name(worker), []
    t0 = time.monotonic()

    def mark(what: str) -> None:
        timeline.append({"t": round(time.monotonic() - t0, 1), "what": what})
        run.note(f"t={time.monotonic() - t0:4.1f} s: {what}")

    sent = [{"order": i, "when": "before", **publish(client, i, seconds, outage.PUBLISH_RETRY_DEFAULT,
                                                    outage.fulfil_late, QUEUE)}
            for i in ids[:orders]]
    mark(f"{orders} orders sent; the worker answers ping: {pings(client, node)}")
    wait_running(client, [o["id"] for o in sent], 2, run)
    time.sleep(0.5)  # the two freed prefetch slots fill again
    active, reserved = held_by(client, node)
    for order in sent:
        order["at stop"] = ("running" if order["id"] in active else
                            "prefetched" if order["id"] in reserved else "queued")
    waiting = queue_size(client, QUEUE)
    mark(f"the worker runs {len(active)} and holds {len(reserved)} prefetched, all unacknowledged; "
         f"{waiting} wait in the queue")
    broker.stop()
    stopped = time.monotonic()
    mark("RabbitMQ stopped (SIGTERM: a graceful shutdown) under the worker")
    during = sent_while_down(client, ids[orders:], seconds, mark, worker, node)
    time.sleep(max(0.0, down - (time.monotonic() - stopped)))
    started_at = time.monotonic()
    broker.start()
    back = queue_size(client, QUEUE)
    mark(f"RabbitMQ started again ({time.monotonic() - started_at:.1f} s to boot); "
         f"{back} messages ready in its durable queue")
    answered = wait_answer(client, node, worker, run, timeout=90)
    mark("the worker answers ping again" if answered else "the worker never answered again")
    during["patient thread"].join(run.remaining(60))
    everything = sent + during["orders"]
    wait_results(client, [o for o in everything if o["sent"]], run, timeout=60)
    time.sleep(seconds + 0.5)  # a second run of a finished order would have started by now
    wait_results(client, [o for o in everything if o["sent"]], run, timeout=60)
    return accounted(client, everything, timeline, connection_log(worker), answered,
                     {"waiting at stop": waiting, "ready after restart": back, "rabbitmq": version})


def sent_while_down(client, ids, seconds, mark, worker, node) -> dict:
    """While RabbitMQ is down: is the worker alive, does it answer, and the two sends."""
    alive, answered = worker.process.poll() is None, pings(client, node)
    mark(f"worker process alive: {alive}; answers ping: {answered}")
    impatient = {"order": ids[0], "when": "down, default",
                 **publish(client, ids[0], seconds, outage.PUBLISH_RETRY_DEFAULT, outage.fulfil_late, QUEUE)}
    mark(f"order {ids[0]}, default retry policy: "
         + ("queued" if impatient["sent"] else f"refused after {impatient['send s']:g} s ({impatient['error']})"))
    patient = {"order": ids[1], "when": "down, patient"}
    # Its own producer: the patient policy, and a connection step as patient (demo/outage.py).
    patient_client = client_app(client.conf.broker_url)
    patient_client.conf.broker_transport_options = outage.PATIENT_ON_RABBITMQ

    def send_patiently():
        try:
            patient.update(publish(patient_client, ids[1], seconds, outage.PUBLISH_RETRY_PATIENT,
                                   outage.fulfil_late, QUEUE))
        finally:
            patient_client.close()
        mark(f"order {ids[1]}, patient retry policy: "
             + (f"queued after {patient['send s']:g} s of retries" if patient["sent"]
                else f"refused after {patient['send s']:g} s"))

    thread = threading.Thread(target=send_patiently, daemon=True)
    thread.start()
    return {"orders": [impatient, patient], "patient thread": thread}


def fate(order: dict) -> tuple[str, str | None]:
    """What became of one order, and its tone on the slide."""
    if not order["sent"]:
        return "refused: OperationalError", "warn"
    if order["state"] != "SUCCESS":
        return f"lost (left {order['state']})", "bad"
    if order["runs"] > 1:
        return f"ran {order['runs']} times: its ack was lost", "warn"
    if order["redelivered"]:
        return "redelivered, ran once", "good"
    if order.get("at stop") == "queued":
        return "kept across the restart, ran once", "good"
    return "ran once", "good"


def accounted(client, orders, timeline, log, answered, counts) -> dict:
    for order in orders:
        order["state"] = client.AsyncResult(order["id"]).state if order["sent"] else "never queued"
        order["runs"], order["redelivered"] = counted(client, order["order"])
        order["became"], order["tone"] = fate(order)
    stopped, back, heard = moments(timeline, "RabbitMQ")
    sent = [o for o in orders if o["sent"]]
    done = [o["order"] for o in sent if o["state"] == "SUCCESS"]
    lost = [o["order"] for o in sent if o["state"] != "SUCCESS"]
    again = [o["order"] for o in sent if o["redelivered"]]
    twice = [o["order"] for o in sent if o["runs"] > 1]
    refused = len(orders) - len(sent)
    rows = [[o["order"] % 1000, o["when"], o.get("at stop", "—"), o["state"], o["runs"],
             {"value": o["became"], "tone": o["tone"]}] for o in orders]
    if heard is None:
        raise RunFailed(f"the worker never answered again after RabbitMQ came back: {log[-2:]}")
    headline = (f"Restarted: {len(done)} of {len(sent)} done, " + (f"{len(lost)} lost" if lost else "none lost")
                + f", {len(again)} redelivered" + (f", {len(twice)} ran twice" if twice else ""))
    return {"payoff": table(["order", "sent", "at the stop", "state", "runs", "became"], rows,
                            fact("worker", f"alive but deaf for {heard - stopped:.1f} s; "
                                           f"answered {heard - back:.1f} s after RabbitMQ was back"),
                            fact("while down", f"{refused} refused (default retry policy), "
                                               f"{sum(o['when'].startswith('down') for o in sent)} queued (patient)"),
                            title=f"RabbitMQ {counts['rabbitmq']} stopped under an acks_late worker: 2 orders running, 2 held",
                            headline=headline),
            "orders": [{k: v for k, v in o.items() if k != "tone"} for o in orders],
            "timeline": timeline, "log": log, "reconnected": answered, **counts,
            "deaf s": round(heard - stopped, 1), "reconnect s": round(heard - back, 1),
            "sent": len(sent), "done": len(done), "lost": lost, "redelivered": len(again),
            "twice": twice, "refused": refused}
