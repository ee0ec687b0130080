"""The one Celery app of the talk.

    $ celery -A demo worker -P prefork -Q celery,prefork -E
    $ python -c "from demo.basics import add; print(add.delay(2, 3).get())"
    5

The broker is whatever ``invoke.yaml`` (or ``BROWNBAG_BROKER_URL``) names;
results always go to Redis so every broker's demo can show them.
"""

from celery import Celery
from kombu import Connection, Queue
from kombu.transport import sqlalchemy as sqla_transport

from . import settings

app = Celery(
    "demo",
    broker=settings.celery_broker_url(),
    backend=settings.celery_result_backend(),
    include=[
        "demo.basics",
        "demo.canvas",
        "demo.errors",
        "demo.concurrency",
        "demo.periodic",
        "demo.practices",
        "demo.delivery",
        "demo.monitoring",
        "demo.imports",
        "demo.engines",
        "demo.resources",
        "demo.chords",
    ],
)

# One queue per pool, so the same task can be sent to each pool side by side.
# x-max-priority makes RabbitMQ honour priorities (9 first); Redis emulates them
# with one list per level (0 first, see settings.transport_options). `priority` is
# the queue of the priority demo, which brings its own worker on each broker.
POOL_QUEUES = ("prefork", "gevent", "eventlet", "threads", "solo")

app.conf.update(
    # JSON only: no pickle anywhere, task arguments must be plain data.
    task_serializer="json",
    result_serializer="json",
    accept_content=["json"],
    # What the live slides show: every state change is an event.
    worker_send_task_events=True,
    task_send_sent_event=True,
    task_track_started=True,
    result_extended=True,
    result_expires=3600,
    # The broker lets a worker hold concurrency x 1 unacknowledged messages (Celery's
    # default multiplier is 4): few wait in a worker's buffer, where no priority can
    # reorder them. Early-acked tasks stop counting once started, so a busy worker
    # still holds one more message per process.
    worker_prefetch_multiplier=1,
    task_default_queue="celery",
    task_queues=[
        Queue(name, queue_arguments={"x-max-priority": 10})
        for name in ("celery", *POOL_QUEUES, "engines", "priority", "jobsite")
    ],
    # Work4Labs: feed fetching waits on partners (gevent); scoring burns CPU (its own prefork worker).
    task_routes={
        "demo.imports.import_feed": {"queue": "gevent"},
        "demo.engines.*": {"queue": "engines"},
        # The Django job site's tasks run where Django is set up (demo/jobsite/tasks.py).
        "demo.jobsite.tasks.*": {"queue": "jobsite"},
    },
    broker_transport_options=settings.transport_options(settings.celery_broker_url()),
    broker_connection_retry_on_startup=True,
    # After a reconnect Celery lowers the prefetch count and raises it again with a
    # basic.qos from each acking task. With the threads pool those calls run in
    # the pool's threads, all reading the one AMQP socket, and the worker hangs
    # for good (seen here with py-spy; celery/celery#9512 turns it off too). At a prefetch of
    # one per process, a full prefetch right after a reconnect costs nothing.
    worker_enable_prefetch_count_reduction=False,
    timezone="UTC",
)

# The database broker polls: once a second by default, which makes it look 500x
# slower than it is. It can't take the interval as a transport option (those
# all go to create_engine), so it is set where kombu reads its default.
sqla_transport.Transport.polling_interval = settings.polling_interval()


def connect(broker_url: str) -> Connection:
    """A connection to any broker, with that transport's own options.

    ``task.apply_async(..., connection=connect(url))`` sends through another
    broker than the app's own; app.connection_for_write() would add the app's
    transport options, which another transport may reject.
    """
    return Connection(broker_url, transport_options=settings.transport_options(broker_url))
