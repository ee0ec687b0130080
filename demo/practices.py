"""Best practices, each one a task you can run.

    >>> from demo.practices import charge_order
    >>> charge_order.delay(order_id=42).get()   # pass ids, not objects
    {'order_id': 42, 'charged': True}

By default a worker acknowledges a message when a pool process starts running
it. ``acks_late`` moves the ack to after the task ran: a worker that dies
mid-task (the whole worker: power cut, OOM killer on the main process) leaves
the message on the broker, which delivers it again. If only the *pool process*
dies, the worker's main process sees it and, with ``acks_late`` alone, still
acknowledges the message as failed (``WorkerLostError``): it needs
``reject_on_worker_lost`` to requeue it, or Celery 5.7's ``retry_on_worker_lost``
to send it again as a retry. Only safe when the task is idempotent: it may run twice.
"""

import time

from .celery import app


def charge(order_id, seconds):
    time.sleep(seconds)  # the payment provider's call
    return {"order_id": order_id, "charged": True}


@app.task(acks_late=True, reject_on_worker_lost=True)
def charge_order(order_id, seconds=0.5):
    """Idempotent: charging the same order twice charges it once (the id is the key)."""
    return charge(order_id, seconds)


# The same charge, acknowledged three other ways (the worker_lost demo kills each mid-run).

@app.task                      # default: acked when a pool process starts it
def charge_order_early_ack(order_id, seconds=0.5):
    return charge(order_id, seconds)


@app.task(acks_late=True)      # acked when it ends, even when its process died
def charge_order_acks_late_only(order_id, seconds=0.5):
    return charge(order_id, seconds)


@app.task(retry_on_worker_lost=True, default_retry_delay=1)  # 5.7: sent as a retry
def charge_order_retry_lost(order_id, seconds=0.5):
    return charge(order_id, seconds)


@app.task(ignore_result=True)
def record_click(url):
    """Nobody waits for this result: don't store it."""
    return url
