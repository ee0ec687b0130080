"""Best practices, each one a task you can run.

    >>> from demo.practices import charge_order
    >>> charge_order.delay(order_id=42).get()   # pass ids, not objects
    {'order_id': 42, 'charged': True}

``acks_late`` acknowledges the message after the task ran, not before, so a
worker killed mid-task leaves the message on the broker to be redelivered.
Only safe when the task is idempotent: it may run twice.
"""

import time

from .celery import app


# [start:acks_late]
@app.task(acks_late=True, reject_on_worker_lost=True)
def charge_order(order_id, seconds=0.5):
    """Idempotent: charging the same order twice charges it once (the id is the key)."""
    time.sleep(seconds)
    return {"order_id": order_id, "charged": True}
# [end:acks_late]


@app.task  # the default: acknowledged as soon as a worker receives it
def charge_order_early_ack(order_id, seconds=0.5):
    time.sleep(seconds)
    return {"order_id": order_id, "charged": True}


# [start:ignore_result]
@app.task(ignore_result=True)
def record_click(url):
    """Nobody waits for this result: don't store it."""
    return url
# [end:ignore_result]
