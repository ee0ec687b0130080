"""The smallest tasks: what a Celery task looks like and how it is called.

    >>> from demo.basics import add
    >>> result = add.delay(2, 3)          # a message on the broker, nothing ran yet
    >>> result.get(timeout=10)            # a worker ran it somewhere
    5
    >>> add.apply_async((2, 3), countdown=5, priority=9, queue="gevent").get()
    5
"""

import time

from .celery import app


@app.task
def add(x, y):
    return x + y


@app.task
def sleepy(seconds, label=None):
    """Wait, then say who we were: an IO-bound stand-in that keeps a worker busy."""
    time.sleep(seconds)
    return {"label": label, "slept": seconds}


@app.task
def noop():
    """The cheapest possible task: measures Celery's own round trip."""
    return None
