"""The demo app's configuration, read by ``app.config_from_object("demo.celeryconfig")``.

Plain defaults for one machine: Redis on its usual port for messages (db 0) and
results (db 1). Celery itself lets two environment variables win over them
(``Settings.broker_url`` / ``result_backend`` in celery/app/utils.py)::

    $ CELERY_BROKER_URL=amqp://guest:guest@127.0.0.1:5672// celery -A demo worker

``invoke up`` sets both for every process it starts, and ``invoke env`` prints
them for a terminal.
"""

import os
import socket

from kombu import Queue

from .environment import polling_interval

broker_url = "redis://127.0.0.1:6379/0"
result_backend = "redis://127.0.0.1:6379/1"

# JSON only: no pickle anywhere, task arguments must be plain data.
task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]

# What the live slides show: every state change is an event.
worker_send_task_events = True
task_send_sent_event = True
task_track_started = True
result_extended = True
result_expires = 3600

# The broker lets a worker hold concurrency x 1 unacknowledged messages (Celery's
# default multiplier is 4): few wait in a worker's buffer, where no priority can
# reorder them. Early-acked tasks stop counting once started, so a busy worker
# still holds one more message per process.
worker_prefetch_multiplier = 1

# One queue per pool, so the same task can be sent to each pool side by side.
# x-max-priority makes RabbitMQ honour priorities (9 first); Redis emulates them
# with one list per level (0 first, see transport_options below). `priority` is
# the queue of the priority demo, which brings its own worker on each broker.
POOL_QUEUES = ("prefork", "gevent", "eventlet", "threads", "solo")
task_default_queue = "celery"
task_queues = [
    Queue(name, queue_arguments={"x-max-priority": 10})
    for name in ("celery", *POOL_QUEUES, "engines", "priority", "jobsite")
]
# Work4Labs: feed fetching waits on partners (gevent); scoring burns CPU (its own prefork worker).
task_routes = {
    "demo.imports.import_feed": {"queue": "gevent"},
    "demo.engines.*": {"queue": "engines"},
    # The Django job site's tasks run where Django is set up (demo/jobsite/tasks.py).
    "demo.jobsite.tasks.*": {"queue": "jobsite"},
}

broker_connection_retry_on_startup = True
# After a reconnect Celery lowers the prefetch count and raises it again with a
# basic.qos from each acking task. With the threads pool those calls run in
# the pool's threads, all reading the one AMQP socket, and the worker hangs
# for good (seen here with py-spy; celery/celery#9512 turns it off too). At a prefetch of
# one per process, a full prefetch right after a reconnect costs nothing.
worker_enable_prefetch_count_reduction = False
timezone = "UTC"


def transport_options(url: str) -> dict:
    """broker_transport_options that suit the transport of ``url``.

    Redis gets real priority levels instead of one FIFO list, MongoDB a short
    polling interval. kombu's SQLAlchemy transport hands every transport option
    to ``create_engine()``, which rejects them, so it gets none: its polling
    interval is set on the transport class instead (see demo/celery.py).
    """
    if url.startswith(("redis://", "rediss://")):
        return {
            "queue_order_strategy": "priority", "priority_steps": list(range(10)), "sep": ":",
            # A killed worker's acks_late message waits in Redis's `unacked` hash until
            # visibility_timeout (kombu's default: an hour, longer than the talk). 60 s is
            # longer than any task, countdown or eta in the talk; one longer would run twice.
            "visibility_timeout": 60, "unacked_restore_interval": 5, "unacked_restore_throttle": 1,
            # A worker blocked in BRPOP has nothing in flight: only keepalive probes tell it
            # that the link to a broker on another host died (tests/test_multihost.py).
            "socket_keepalive": True,
            "socket_keepalive_options": {socket.TCP_KEEPIDLE: 10, socket.TCP_KEEPINTVL: 5,
                                         socket.TCP_KEEPCNT: 3},
        }
    if url.startswith("mongodb://"):
        return {"polling_interval": polling_interval()}
    return {}


# For the broker Celery will use: the variable it reads first, else the default above.
broker_transport_options = transport_options(os.environ.get("CELERY_BROKER_URL") or broker_url)
