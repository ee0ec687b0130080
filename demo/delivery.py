"""Delivery in production: prefetch, redelivery, delayed delivery, shutdown.

    >>> from demo.delivery import send_reminder
    >>> send_reminder.apply_async((7,), countdown=5).get()  # Redis: visibility_timeout > 5 s
    1                                                        # ... or it runs twice: 2

    $ celery -A demo worker -Q orders -- task.create_missing_queue_type=quorum \\
          task.create_missing_queue_exchange_type=topic    # RabbitMQ holds countdowns now
    $ kill -TERM <worker>    # warm: running tasks finish, then it exits
    $ kill -QUIT <worker>    # cold: running tasks are cancelled
    $ REMAP_SIGTERM=SIGQUIT celery -A demo worker -- worker.soft_shutdown_timeout=10

Prefetch, and what a worker holds:

$ celery -A demo worker -Q reports -c 1 --prefetch-multiplier 4  # Celery's default
$ celery -A demo inspect reserved  # taken from the broker, waiting in the worker
$ celery -A demo inspect active    # running in a pool process now
$ celery -A demo worker -Q reports -c 1 --disable-prefetch  # 5.6+, Redis only
"""

import os
import socket
import time

from .celery import app


@app.task
def report(seconds, label):
    """A report that takes ``seconds``: says where and when it ran."""
    started = time.time()
    time.sleep(seconds)
    return {"label": label, "worker": report.request.hostname, "pid": os.getpid(),
            "started": started, "ended": time.time()}


@app.task
def send_reminder(order_id):
    """Not idempotent: every run sends one more e-mail (counted in Redis)."""
    return app.backend.client.incr(f"reminders:{order_id}")


SHORT_VISIBILITY = {  # the demo worker's Redis options (given after "--")
    "visibility_timeout": 3,        # seconds; this stack: 60, kombu's default: 3600
    "unacked_restore_interval": 1,  # how often a worker puts such messages back
    "unacked_restore_throttle": 1,
}


@app.task                      # acked when it starts
def export(order_id, seconds):
    time.sleep(seconds)
    return {"order_id": order_id, "exported_by": socket.gethostname()}


@app.task(acks_late=True)      # acked when it ends
def export_late(order_id, seconds):
    time.sleep(seconds)
    return {"order_id": order_id, "exported_by": socket.gethostname()}


SOFT_SHUTDOWN = {"worker_soft_shutdown_timeout": 1.5}  # 5.5+: seconds, on SIGQUIT


# 5.6+: the queues a worker creates are quorum queues, on topic exchanges.
QUORUM = {
    "task_create_missing_queue_type": "quorum",
    "task_create_missing_queue_exchange_type": "topic",
}
