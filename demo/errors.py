"""When tasks go wrong: retries with back-off, time limits, logging.

    >>> from demo.errors import flaky, slow, chatty
    >>> flaky.delay(fail_times=2).get()        # fails twice, retried, then succeeds
    {'attempts': 3}
    >>> flaky.delay(fail_times=10).get()       # exhausts max_retries
    Traceback (most recent call last):
    ConnectionError: feed unavailable (attempt 4)
    >>> slow.apply_async((10,), queue="prefork").get()
    Traceback (most recent call last):
    TimeLimitExceeded: ...
"""

import time

from celery.exceptions import SoftTimeLimitExceeded
from celery.utils.log import get_task_logger

from .celery import app

logger = get_task_logger(__name__)


@app.task(
    bind=True,
    autoretry_for=(ConnectionError,),
    retry_backoff=1,        # at most 1 s, 2 s, 4 s ... before each retry
    retry_backoff_max=8,    # ... and never more than 8 s
    retry_jitter=True,      # a random whole second in [0, that]: no stampede
    max_retries=3,
)
def flaky(self, fail_times=2):
    """Fails ``fail_times`` times, then succeeds."""
    attempt = self.request.retries + 1
    if attempt <= fail_times:
        raise ConnectionError(f"feed unavailable (attempt {attempt})")
    return {"attempts": attempt}


@app.task(soft_time_limit=2, time_limit=4)
def slow(seconds=10):
    """Soft limit: an exception we can clean up after.
    Hard limit: prefork kills the process."""
    started = time.monotonic()
    try:
        while time.monotonic() - started < seconds:
            time.sleep(0.1)
    except SoftTimeLimitExceeded:
        logger.warning("soft time limit after %.1f s: cleaning up", time.monotonic() - started)
        time.sleep(seconds)  # ignore it and the hard limit kills us
    return {"slept": seconds}


@app.task(bind=True)
def chatty(self, steps=3):
    """Logs with the task's own logger: lines carry the task name and id."""
    for step in range(1, steps + 1):
        logger.info("step %d of %d", step, steps)
        time.sleep(0.2)
    logger.warning("done after %d steps", steps)
    return steps
