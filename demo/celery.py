"""The one Celery app of the talk.

    $ celery -A demo worker -P prefork -Q celery,prefork -E
    $ python -c "from demo.basics import add; print(add.delay(2, 3).get())"
    5

Its configuration is ``demo/celeryconfig.py``: Redis on this machine, unless
``CELERY_BROKER_URL`` / ``CELERY_RESULT_BACKEND`` say otherwise.
"""

from celery import Celery
from kombu import Connection
from kombu.transport import sqlalchemy as sqla_transport

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

# The database broker polls: once a second by default, which makes it look 500x
# slower than it is. It can't take the interval as a transport option (kombu's
# SQLAlchemy transport hands those to create_engine, which rejects it), so it is
# set where kombu reads its default.
sqla_transport.Transport.polling_interval = polling_interval()


def connect(broker_url: str) -> Connection:
    """A connection to any broker, with that transport's own options.

    ``task.apply_async(..., connection=connect(url))`` sends through another
    broker than the app's own; app.connection_for_write() would add the app's
    transport options, which another transport may reject.
    """
    return Connection(broker_url, transport_options=transport_options(broker_url))
