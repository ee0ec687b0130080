"""A chord whose header fails: the body never runs, the caller gets a ChordError.

    >>> from demo.chords import jobs_in_feeds
    >>> result = jobs_in_feeds(["acme", "down", "globex"]).delay()
    >>> result.get()
    Traceback (most recent call last):
    celery.exceptions.ChordError: Dependency 6c1f... raised ValueError("feed 'down' is unreachable")

``total`` never ran. ``report_failure`` did: it sits on the body, and the
chord's error handling calls the body's errbacks with that ChordError once every
task of the header has finished -- not when the first one fails.
"""

import time

from celery import chord

from .canvas import report_failure, total
from .celery import app


@app.task
def count_jobs(feed, seconds=1.0):
    """How many jobs a partner's feed lists (a stand-in: fetching takes ``seconds``)."""
    if feed == "down":
        raise ValueError(f"feed {feed!r} is unreachable")  # connection refused: at once
    time.sleep(seconds)
    return len(feed)


# [start:chord_error]
def jobs_in_feeds(feeds, seconds=1.0):
    header = [count_jobs.s(feed, seconds) for feed in feeds]
    # On the body: it hears the chord fail. One on a header task would hear only
    # that task's own error; chord(...).link_error(eb) puts it on the body too.
    body = total.s().on_error(report_failure.s())
    return chord(header, body)
# [end:chord_error]
