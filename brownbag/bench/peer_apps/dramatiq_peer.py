"""Dramatiq: ``dramatiq brownbag.bench.peer_apps.dramatiq_peer --processes 1 --threads 10``.

RedisBroker, and the Results middleware with a RedisBackend only for the actor
whose result is read (``store_results=True``), as Dramatiq's docs set it up.
"""

import urllib.request

import dramatiq
from dramatiq.brokers.redis import RedisBroker
from dramatiq.results import Results
from dramatiq.results.backends import RedisBackend

from . import REDIS_URL, count

broker = RedisBroker(url=REDIS_URL)
broker.add_middleware(Results(backend=RedisBackend(url=REDIS_URL)))
dramatiq.set_broker(broker)


@dramatiq.actor(queue_name="bench-peers")
def noop():
    count("dramatiq")


@dramatiq.actor(queue_name="bench-peers", store_results=True)
def echo(x):
    return x


@dramatiq.actor(queue_name="bench-peers", max_retries=0)
def wait_on(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
    count("dramatiq")
