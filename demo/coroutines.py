"""``async def`` and Celery 5.7: what happens to a coroutine task, and what works.

    >>> notify_async.delay(7).get(timeout=10)      # a coroutine, never awaited: nothing ran
    EncodeError: Object of type coroutine is not JSON serializable
    >>> notify.delay(7).get(timeout=10)            # a plain task that runs the coroutine
    'notified 7'

Celery calls the task's function and stores what it returns; it has no event loop.
"""

import asyncio

from .celery import app


@app.task
async def notify_async(user_id):
    """Wrong: calling it returns a coroutine, which Celery never awaits; the body never runs."""
    await asyncio.sleep(0.01)  # an async client's call
    return f"notified {user_id}"


async def send_notification(user_id):
    """The async code you already have (an httpx.AsyncClient call, say)."""
    await asyncio.sleep(0.01)
    return f"notified {user_id}"


@app.task
def notify(user_id):
    """What works: a plain task that runs the coroutine to the end, on a loop of its own."""
    return asyncio.run(send_notification(user_id))
