"""Composing tasks: callbacks, groups, chains and chords.

    >>> from celery import chain, chord, group
    >>> from demo.canvas import double, total, on_success, on_error
    >>> chain(double.s(1), double.s(), double.s())().get()
    8
    >>> group(double.s(i) for i in range(4))().get()
    [0, 2, 4, 6]
    >>> chord((double.s(i) for i in range(4)), total.s())().get()
    12
    >>> double.apply_async((2,), link=on_success.s(), link_error=on_error.s())
"""

from .celery import app


@app.task
def double(x):
    return 2 * x


@app.task
def total(numbers):
    return sum(numbers)


@app.task
def on_success(result):
    """Linked with ``link=``: receives the parent's return value."""
    return f"callback got {result!r}"


@app.task
def on_error(request, exc, traceback):
    """Linked with ``link_error=``: receives the failed request and its exception."""
    return f"errback: task {request.id} raised {exc!r}"


@app.task
def explode(message="boom"):
    raise ValueError(message)


@app.task
def report_failure(task_id):
    """An old-style errback (one argument): sent as its own task with the failed task's id."""
    failed = app.AsyncResult(task_id)
    return f"report: task {task_id} failed with {failed.result!r}"
