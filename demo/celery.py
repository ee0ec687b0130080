"""The one Celery app of the talk.

    $ celery -A demo worker -P prefork -Q celery,prefork -E
    $ python -c "from demo.basics import add; print(add.delay(2, 3).get())"
    5

Its configuration is ``demo/celeryconfig.py``: Redis on this machine, unless
``CELERY_BROKER_URL`` / ``CELERY_RESULT_BACKEND`` say otherwise.
"""

from celery import Celery
from kombu import Connection
from kombu.transport import TRANSPORT_ALIASES

from .celeryconfig import transport_options
from .environment import polling_interval

app = Celery(
    "demo",
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
        "demo.outage",
        "demo.poison",
        "demo.throttle",
        "demo.pending",
        "demo.containers",
        "demo.coroutines",
    ],
)
app.config_from_object("demo.celeryconfig")



def database_transport() -> str:
    """kombu's SQLAlchemy transport, polling more often than its default.

    The database broker polls: once a second by default, which makes it look 500x
    slower than it is. It can't take the interval as a transport option (kombu's
    SQLAlchemy transport hands those to create_engine, which rejects it), so it is
    set where kombu reads its default, unless someone set it already (a benchmark).

    Set when kombu first resolves a sqla+ URL, not at import: importing SQLAlchemy was
    more than half of importing this app (0.24 of 0.39 s of CPU, and 20 MiB), paid by
    each of the stack's dozen Celery processes on Redis or RabbitMQ, which never use it.
    """
    from kombu.transport import sqlalchemy

    if "polling_interval" not in sqlalchemy.Transport.__dict__:
        sqlalchemy.Transport.polling_interval = polling_interval()
    return "kombu.transport.sqlalchemy:Transport"


# kombu calls an alias that is a function (kombu.transport.resolve_transport).
TRANSPORT_ALIASES["sqla"] = TRANSPORT_ALIASES["sqlalchemy"] = database_transport


def connect(broker_url: str) -> Connection:
    """A connection to any broker, with that transport's own options.

    ``task.apply_async(..., connection=connect(url))`` sends through another
    broker than the app's own; app.connection_for_write() would add the app's
    transport options, which another transport may reject.
    """
    return Connection(broker_url, transport_options=transport_options(broker_url))
