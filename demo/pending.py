"""PENDING means "nothing stored": a made-up id, a queued task and a running one can all read it.

    $ celery -A demo worker -P threads -Q threads
    >>> from celery.result import AsyncResult
    >>> AsyncResult("made-up").state, AsyncResult("made-up").exists()
    ('PENDING', False)
    >>> build_report_marked.apply_async((1,), queue="parked").state   # no worker reads "parked"
    'SENT'

The app's configuration has ``task_track_started = True`` and ``result_extended = True``
(demo/celeryconfig.py); ``build_report_untracked`` turns the first off for itself.
"""

import time

from celery.signals import before_task_publish

from .celery import app


@app.task
def build_report(seconds):
    """A report that takes a while: STARTED while it runs (task_track_started)."""
    time.sleep(seconds)
    return f"report built in {seconds} s"


@app.task(track_started=False)
def build_report_untracked(seconds):
    """The same, not tracked: PENDING until it ends."""
    time.sleep(seconds)
    return f"report built in {seconds} s"


@app.task
def build_report_marked(seconds):
    """The same, given a state the moment it is sent (mark_sent)."""
    time.sleep(seconds)
    return f"report built in {seconds} s"


@before_task_publish.connect(sender=build_report_marked.name)
def mark_sent(headers=None, **kwargs):
    """Store SENT before the message leaves: this id never reads PENDING again.
    Before, not after publishing: a quick worker's STARTED would be overwritten."""
    app.backend.store_result(headers["id"], None, "SENT")
