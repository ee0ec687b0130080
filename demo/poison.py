"""Poison messages: a task that kills the process running it, every time.

A segfault in a C extension, the OOM killer, ``os._exit`` in a library: the pool
process dies mid-task, the worker's main process sees it (``WorkerLostError``).
What happens next is the task's choice:

    $ celery -A demo worker -Q poison.forever   # acks_late + reject_on_worker_lost:
    ...  back on the queue, run again, killed again: forever, on Redis
    $ celery -A demo worker -Q poison.capped    # retry_on_worker_lost (5.7): a retry,
    ...  counted against max_retries: FAILURE after 1 + max_retries runs
"""

import os
import signal
import time

from .celery import app


def crash(image_id):
    """Counts the run (in the result backend's Redis), then dies like the OOM killer's victim."""
    app.backend.client.incr(f"poison:runs:{image_id}")
    time.sleep(0.5)  # the work before the crash
    os.kill(os.getpid(), signal.SIGKILL)


@app.task(acks_late=True, reject_on_worker_lost=True)  # requeued each time its process dies
def resize(image_id):
    crash(image_id)


@app.task(acks_late=True, retry_on_worker_lost=True,   # 5.7: a lost worker is a retry...
          max_retries=2, default_retry_delay=0)         # ... and retries run out
def resize_capped(image_id):
    crash(image_id)


# RabbitMQ quorum queues count deliveries: a policy caps them and names where the
# message goes then (RabbitMQ 3.10 here: no limit unless set; 4.0+: 20 by default).
DELIVERY_LIMIT_POLICY = {
    "pattern": r"^poison\.quorum$", "apply-to": "queues",
    "definition": {"delivery-limit": 2, "dead-letter-exchange": "poison.dead"},
}
