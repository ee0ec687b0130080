"""The live server's Server-Sent Events, all formatted by ``message()`` and ``comment()``.

A run's own stream (``run_events``, ``GET /api/runs/<id>/events``) numbers its items
with ``id:``. The stage's (``stage_events``) says where the talk is and carries the
live run of that slide.

One stream per viewer (an attendee's tab, the presenter's phone) carries both:

    event: stage                  where the talk is now (Stage.public(), or .private()
    data: {"step": "canvas-chain", "demo": "canvas.chain", "run": "1f0c…", …}
                                  for the remote: with the notes)
    event: run                    an item of that slide's run (run, event, note, summary…),
    data: {"run": "1f0c…", "demo": "canvas.chain", "item": {...}}
                                  its backlog first when the viewer arrives or the slide changes

so an attendee holds one connection, whatever the presenter does.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from typing import AsyncIterator, Callable

from starlette.responses import StreamingResponse

from .stage import Stage

HEARTBEAT = 15.0  # seconds between SSE comments, so proxies keep the stream open
HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def message(data: dict, *, event: str | None = None, id: int | None = None) -> bytes:
    """One SSE message: its ``id:`` (a run's item number) or ``event:`` name, then its JSON."""
    head = (f"id: {id}\n" if id is not None else "") + (f"event: {event}\n" if event else "")
    return f"{head}data: {json.dumps(data, default=repr)}\n\n".encode()


def comment(text: str) -> bytes:
    """An SSE comment: clients ignore it, proxies see the stream is alive."""
    return f": {text}\n\n".encode()


def event(name: str, data: dict) -> bytes:
    return message(data, event=name)


async def waiting(queue: asyncio.Queue, heartbeat: float) -> AsyncIterator:
    """Each message put on ``queue``, and ``None`` after each ``heartbeat`` seconds without
    one: then a stream sends a comment, or proxies and browsers take it for dead."""
    while True:
        try:
            yield await asyncio.wait_for(queue.get(), heartbeat)
        except asyncio.TimeoutError:
            yield None


async def stage_events(stage: Stage, find_run: Callable, private: bool = False,
                       heartbeat: float = HEARTBEAT) -> AsyncIterator[bytes]:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue = asyncio.Queue()
    numbers = itertools.count(1)
    following = {"run": None, "deliver": None, "number": 0}

    def follow(run_id: str | None) -> list[bytes]:
        """Leave the run we followed, join ``run_id``'s: its backlog as events."""
        old = following["run"]
        if old is not None:
            old.unsubscribe(following["deliver"])
        run = find_run(run_id) if run_id else None
        number = next(numbers)  # items of an older subscription still queued are dropped
        following.update(run=run, number=number, deliver=None)
        if run is None:
            return []

        def deliver(item, number=number):  # a run's thread -> this stream's loop
            loop.call_soon_threadsafe(queue.put_nowait, ("item", number, item))

        following["deliver"] = deliver
        return [run_event(run, item) for item in run.subscribe(deliver)]

    def state() -> dict:
        return stage.private() if private else stage.public()

    stage.watch(queue)
    try:
        yield event("stage", state())
        for chunk in follow(stage.run_id):
            yield chunk
        async for message in waiting(queue, heartbeat):
            if message is None:
                yield comment("still here")
            elif message[0] == "stage":
                if message[1] < stage.version:
                    continue  # a later change is queued too: its state says it all
                yield event("stage", state())
                run = following["run"]
                if stage.run_id != (run.id if run else None):
                    for chunk in follow(stage.run_id):
                        yield chunk
            elif message[1] == following["number"]:
                yield run_event(following["run"], message[2])
    finally:
        stage.unwatch(queue)
        if following["run"] is not None:
            following["run"].unsubscribe(following["deliver"])


def run_event(run, item: dict) -> bytes:
    return event("run", {"run": run.id, "demo": run.scenario.id, "item": item})


async def command_events(stage: Stage, heartbeat: float = HEARTBEAT) -> AsyncIterator[bytes]:
    """What the remote asks the presenter's deck to do: next, prev, run, goto."""
    queue = stage.listen()
    try:
        yield comment("listening")
        async for command in waiting(queue, heartbeat):
            yield comment("still here") if command is None else event("command", command)
    finally:
        stage.unlisten(queue)


class TooBig(ValueError):
    pass


async def read_body(request, limit: int) -> bytes:
    """The request's body, refused (TooBig) past ``limit`` bytes whether or not it said
    its length: a chunked upload is counted as it arrives."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise TooBig(f"request body over {limit} bytes")
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise TooBig(f"request body over {limit} bytes")
    return body


async def run_events(run, heartbeat: float = HEARTBEAT) -> AsyncIterator[bytes]:
    """Every item of ``run`` so far, then each new one as it comes, to its summary
    (``GET /api/runs/<id>/events``); each message's ``id:`` counts the items."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue = asyncio.Queue()

    def deliver(item):  # any thread -> this request's event loop
        loop.call_soon_threadsafe(queue.put_nowait, item)

    backlog = run.subscribe(deliver)
    try:
        seq = 0
        for item in backlog:
            seq += 1
            yield message(item, id=seq)
            if item["kind"] == "summary":
                return
        async for item in waiting(queue, heartbeat):
            if item is None:
                yield comment("still running")
                continue
            seq += 1
            yield message(item, id=seq)
            if item["kind"] == "summary":
                return
    finally:
        run.unsubscribe(deliver)


def sse_response(body: AsyncIterator[bytes], status_code: int = 200) -> StreamingResponse:
    return StreamingResponse(body, media_type="text/event-stream", status_code=status_code,
                             headers=HEADERS)
