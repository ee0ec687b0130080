"""When the broker goes away: what the worker does, and what becomes of the tasks.

    $ redis-cli -p 6379 shutdown        # the broker stops under a running worker
    consumer: Connection to broker lost. Trying to re-establish the connection...
    consumer: Cannot connect to redis://127.0.0.1:6379/0: Error 111 connecting to
      127.0.0.1:6379. Connection refused.. Trying again in 2.00 seconds... (1/100)
    $ celery -A demo inspect ping       # alive is not the same as listening

Sending while the broker is down: ``apply_async`` retries the publish
(``task_publish_retry``), by default 3 times within about a second, then raises
``kombu.exceptions.OperationalError`` in the caller: that task is not queued, and
only the caller knows. A longer ``retry_policy`` waits the outage out instead.
"""

import os
import time

from .celery import app


@app.task
def fulfil(order_id, seconds):
    """One order: counts its runs (in the result backend's Redis, which stays up)."""
    runs = app.backend.client.incr(f"outage:runs:{order_id}")
    time.sleep(seconds)
    return {"order_id": order_id, "runs": runs, "pid": os.getpid()}


# The worker's side (Celery 5.7's defaults, named here to be seen).
RECONNECT = {
    "broker_connection_retry": True,             # reconnect after a lost connection
    "broker_connection_retry_on_startup": True,  # ... and when the broker isn't up at start
    "broker_connection_max_retries": 100,        # attempts: 2 s apart, then 4, 6 ... 30 s
    "broker_connection_timeout": 4,              # seconds one attempt may take
    "worker_cancel_long_running_tasks_on_connection_loss": False,  # acks_late tasks run on
}

# What the worker had prefetched when the connection broke stays in Redis's "unacked"
# hash: Redis hands it out again once visibility_timeout has passed. The demo's worker:
# 8 s, so it comes back on stage (the stack: 60 s, kombu's default: an hour).
# kombu's sweep takes a lock in Redis first ("unacked_mutex", 300 s) and skips the sweep
# while it is held. A broker stopped mid-sweep keeps the lock in its append-only file with
# no owner: nothing came back for 5 minutes after the restart. 2 s here: a sweep lasts ms.
STRANDED = {"visibility_timeout": 8, "unacked_restore_interval": 1, "unacked_restore_throttle": 1,
            "unacked_mutex_expire": 2}

# The producer's side: the default policy gives up after about a second.
PUBLISH_RETRY_DEFAULT = {"max_retries": 3, "interval_start": 0, "interval_step": 0.2,
                         "interval_max": 1}
# Waits out an outage of up to a minute: 0.5 s, then 1, 1.5 ... 2 s between attempts.
PUBLISH_RETRY_PATIENT = {"max_retries": 30, "interval_start": 0.5, "interval_step": 0.5,
                         "interval_max": 2}


# -- the same outage on RabbitMQ ------------------------------------------------------

@app.task(bind=True, acks_late=True)
def fulfil_late(self, order_id, seconds):
    """acks_late: the message is acknowledged when the order is done, not when it starts.
    RabbitMQ hands back every message a closed connection had not acknowledged, flagged
    ``redelivered``: the order runs again, so it must be safe to run twice."""
    store = app.backend.client
    runs = store.incr(f"outage:runs:{order_id}")
    if self.request.delivery_info.get("redelivered"):
        store.incr(f"outage:redelivered:{order_id}")
    time.sleep(seconds)
    return {"order_id": order_id, "runs": runs, "pid": os.getpid()}


# Its worker holds 2 unacknowledged messages per process (celery worker
# --prefetch-multiplier 2): two running, two waiting in the worker.
PREFETCH_MULTIPLIER = 2

# On RabbitMQ a patient retry_policy is not enough: a producer whose connection broke
# opens a new one first, and that gives up after broker_connection_timeout (4 s) in all,
# raising OperationalError. kombu's transport option connect_retries_timeout lifts it.
PATIENT_ON_RABBITMQ = {"connect_retries_timeout": 60, "interval_start": 0.5,
                       "interval_step": 0.5, "interval_max": 2}
