"""A chord whose header fails: the body never runs.

    >>> from demo.chords import jobs_in_feeds
    >>> result = jobs_in_feeds(["acme", "down", "globex"]).delay()
    >>> result.get()                          # follows the parent (the header): at once
    ValueError: feed 'down' is unreachable
    >>> result.get(follow_parents=False)      # the body's own state: once the header is done
    celery.exceptions.ChordError: Dependency 6c1f... raised ValueError("feed 'down' is unreachable")

``total`` never ran. ``alert_on_call`` did: it sits on the body, and the chord's
error handling calls the body's errbacks with that ChordError once every task of
the header has finished -- not when the first one fails:

    [... ERROR/ForkPoolWorker-1] demo.chords.alert_on_call[None]: the feeds summary 43c7727e-...
    failed: ChordError('Dependency ea751e3e-... raised ValueError("feed \'down\' is unreachable")')
"""

import time

from celery import chord
from celery.utils.log import get_task_logger

from .canvas import total
from .celery import app

logger = get_task_logger(__name__)


@app.task
def count_jobs(feed, seconds=1.0):
    """How many jobs a partner's feed lists (a stand-in: fetching takes ``seconds``)."""
    if feed == "down":
        raise ValueError(f"feed {feed!r} is unreachable")  # connection refused: at once
    time.sleep(seconds)
    return len(feed)


@app.task
def alert_on_call(request, exc, traceback):
    """An errback: called in the worker with the failed request and its exception."""
    logger.error("the feeds summary %s failed: %r", request.id, exc)


def jobs_in_feeds(feeds, seconds=1.0):
    header = [count_jobs.s(feed, seconds) for feed in feeds]
    # On the body: it hears the chord fail. One on a header task would hear only
    # that task's own error; chord(...).link_error(eb) puts it on the body too.
    return chord(header, total.s().on_error(alert_on_call.s()))
