"""Taskiq: ``taskiq worker brownbag.bench.peer_apps.taskiq_peer:broker --workers 1 --max-async-tasks 10``.

taskiq-redis's RedisStreamBroker (the one its README puts first: acknowledged
messages) with its RedisAsyncResultBackend; tasks are coroutines, so the IO
task awaits an async HTTP client (httpx) instead of blocking a thread.
"""

import httpx
import redis.asyncio as aioredis
from taskiq_redis import RedisAsyncResultBackend, RedisStreamBroker

from . import REDIS_URL, counter_key

# consumer_id="0": the worker's consumer group reads the stream from its start. The default,
# "$", starts at the end when the group is created, so tasks sent while the worker was still
# starting would never run (the first run of this benchmark waited for one in vain).
broker = RedisStreamBroker(url=REDIS_URL, queue_name="bench-peers", consumer_id="0").with_result_backend(
    RedisAsyncResultBackend(redis_url=REDIS_URL))

_redis = None
_http = None


async def _count():
    global _redis
    if _redis is None:
        _redis = aioredis.Redis.from_url(REDIS_URL)
    await _redis.incr(counter_key("taskiq"))


@broker.task
async def noop() -> None:
    await _count()


@broker.task
async def echo(x):
    return x


@broker.task
async def wait_on(url: str) -> None:
    global _http
    if _http is None:
        _http = httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=100))
    response = await _http.get(url)
    response.raise_for_status()
    await _count()

