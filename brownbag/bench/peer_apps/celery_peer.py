"""Celery: ``celery -A brownbag.bench.peer_apps.celery_peer worker -P gevent -c 10``.

gevent because Celery's docs send IO-bound work to eventlet/gevent; prefetch
multiplier 1 (the docs' advice when tasks are long or uneven, and the talk's own
setting); results in Redis, ignored by the no-op. bench.peers' "celery, tuned" row
runs the same worker with ``BROWNBAG_PEERS_CELERY_PREFETCH=64``: the Optimizing
guide's advice for many short tasks ("this number should be large"; its Celery 2.x
edition said "Say 64, or 128").
"""

import os
import urllib.request

from celery import Celery

from . import REDIS_URL, count

# set_as_current=False: the live server imports this beside the talk's own app.
app = Celery("peers", broker=REDIS_URL, backend=REDIS_URL, set_as_current=False)
app.conf.update(worker_prefetch_multiplier=int(os.environ.get("BROWNBAG_PEERS_CELERY_PREFETCH", "1")), task_serializer="json", result_serializer="json",
                accept_content=["json"], task_default_queue="bench.peers", broker_connection_retry_on_startup=True)


@app.task(ignore_result=True)
def noop():
    count("celery")


@app.task
def echo(x):
    return x


@app.task(ignore_result=True)
def wait_on(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
    count("celery")
