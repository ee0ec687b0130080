"""``invoke bench.votes``: a room of attendees voting, and the presenter's deck moving meanwhile.

A live server of its own (``python -m brownbag.live --audience 127.0.0.2`` on a free
port, a scratch home, the deck in slides/_build) and, in this process, ``connections``
attendees, each from its own loopback address (127.1.x.y: its own rate-limit bucket and
stream slot, as phones in a room are), each following the talk on ``/follow/stream``.

Then, timed:

- idle: the presenter's deck changes step (``POST /api/stage``, what presenter.js
  sends) ``steps`` times; each attendee's stream notes when the step arrives;
- burst: every attendee votes on a question at once, half of them change their vote,
  while the deck changes step the same way;
- the count: the tally the presenter's deck reads (``GET /api/votes/<demo>``) must
  hold every attendee's last vote exactly once.

Reported: the median over the steps of the median attendee's latency (and of the
slowest attendee's), idle and during the burst; the votes' own p50.
"""

from __future__ import annotations

import asyncio
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from ..stack import credentials
from ..stack.procs import terminate
from .present import INHERITED, free_ports

AUDIENCE = "127.0.0.2"
DEMO = "practices.acks_late"
CHOICES = ("again", "failed")


def client_address(n: int) -> str:
    return f"127.1.{n // 250}.{n % 250 + 1}"


class Attendee:
    """One phone: its own address, its stream's arrivals (stage version -> when)."""

    def __init__(self, n: int, base: str, token: str):
        self.n, self.voter = n, f"bench-voter-{n:05d}"
        self.client = httpx.AsyncClient(
            base_url=base, timeout=30, headers={"Cookie": f"brownbag_audience={token}"},
            transport=httpx.AsyncHTTPTransport(local_address=client_address(n)))
        self.arrived: dict[int, float] = {}
        self.connected = asyncio.Event()
        self.choice: str | None = None
        self.vote_s: list[float] = []

    async def follow(self) -> None:
        async with self.client.stream("GET", "/follow/stream") as answer:
            if answer.status_code != 200:
                raise RuntimeError(f"attendee {self.n}: /follow/stream answered "
                                   f"{answer.status_code} {await answer.aread()!r}")
            event = None
            async for line in answer.aiter_lines():
                if line.startswith("event: "):
                    event = line[7:]
                elif line.startswith("data: ") and event == "stage":
                    version = int(line.split('"version": ', 1)[1].split(",", 1)[0])
                    self.arrived.setdefault(version, time.perf_counter())
                    self.connected.set()

    async def vote(self, choice: str) -> None:
        started = time.perf_counter()
        answer = await self.client.post(f"/votes/{DEMO}", json={"voter": self.voter, "choice": choice})
        self.vote_s.append(time.perf_counter() - started)
        if answer.status_code != 200:
            raise RuntimeError(f"attendee {self.n}: vote answered {answer.status_code} {answer.text}")
        self.choice = choice


async def move(deck: httpx.AsyncClient, attendees: list[Attendee], steps: int, label: str,
               pause: float = 0.25) -> list[dict]:
    """``steps`` step changes; per step the median and slowest attendee's latency (ms)."""
    rows = []
    for i in range(steps):
        sent = time.perf_counter()
        answer = await deck.post("/api/stage", json={"step": f"{label}-{i}", "index": i, "total": steps})
        version = answer.json()["version"]
        deadline = time.perf_counter() + 10
        while any(version not in a.arrived for a in attendees) and time.perf_counter() < deadline:
            await asyncio.sleep(0.005)
        late = [(a.arrived[version] - sent) * 1000 for a in attendees if version in a.arrived]
        rows.append({"p50_ms": statistics.median(late) if late else None,
                     "max_ms": max(late) if late else None,
                     "missed": len(attendees) - len(late)})
        await asyncio.sleep(pause)
    return rows


def medians(rows: list[dict]) -> dict:
    def med(key):
        values = [r[key] for r in rows if r[key] is not None]
        return round(statistics.median(values), 1) if values else None
    return {"step_p50_ms": med("p50_ms"), "step_slowest_ms": med("max_ms"),
            "missed": sum(r["missed"] for r in rows)}


async def room(base: str, deck_url: str, token: str, connections: int, steps: int) -> dict:
    attendees = [Attendee(n, base, token) for n in range(connections)]
    followers = [asyncio.create_task(a.follow()) for a in attendees]
    deck = httpx.AsyncClient(base_url=deck_url, timeout=30)
    try:
        waiting = asyncio.gather(*(a.connected.wait() for a in attendees))
        done, _ = await asyncio.wait([asyncio.ensure_future(waiting), *followers], timeout=60,
                                     return_when=asyncio.FIRST_COMPLETED)
        for task in followers:
            if task in done:
                task.result()  # a stream that ended at once: its error
        idle = await move(deck, attendees, steps, "idle")
        rng = random.Random(28)

        async def burst():
            await asyncio.gather(*(a.vote(rng.choice(CHOICES)) for a in attendees))
            changing = rng.sample(attendees, len(attendees) // 2)
            await asyncio.gather(*(a.vote(CHOICES[1 - CHOICES.index(a.choice)]) for a in changing))

        voting = asyncio.create_task(burst())
        during = await move(deck, attendees, steps, "burst", pause=0.05)
        await voting
        tally = (await deck.get(f"/api/votes/{DEMO}")).json()
        expected = [sum(a.choice == key for a in attendees) for key in CHOICES]
        vote_s = [s for a in attendees for s in a.vote_s]
        return {"connections": connections, "votes_sent": len(vote_s),
                "counted": tally["total"], "counts": tally["counts"], "expected": expected,
                "exact": tally["counts"] == expected and tally["total"] == connections,
                "vote_p50_ms": round(statistics.median(vote_s) * 1000, 1),
                "idle": medians(idle), "burst": medians(during)}
    finally:
        for task in followers:
            task.cancel()
        await asyncio.gather(*followers, return_exceptions=True)
        await asyncio.gather(deck.aclose(), *(a.client.aclose() for a in attendees))


def run(connections: int = 200, steps: int = 20) -> dict:
    """Build the deck, start a live server of its own, fill the room; the figures."""
    from ..deck import build

    build.build()  # the deck the server serves (slides/_build), with its questions
    home = Path(tempfile.mkdtemp(prefix="brownbag-bench-votes-"))
    port = free_ports(["live"])["live"]
    env = {k: v for k, v in os.environ.items() if k not in INHERITED}
    env.update(INVOKE_BROWNBAG_HOME=str(home), INVOKE_BROWNBAG_PORTS_LIVE=str(port),
               # the room: one stream per attendee, plus slack for a reconnect
               INVOKE_BROWNBAG_AUDIENCE_MAX_CONNECTIONS=str(connections + 20))
    log = open(home / "live.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "brownbag.live", "--port", str(port),
                             "--audience", AUDIENCE], cwd=build.ROOT, env=env, stdout=log,
                            stderr=subprocess.STDOUT)
    try:
        deck_url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"the live server exited {proc.returncode}: "
                                   f"{(home / 'live.log').read_text()[-1500:]}")
            try:
                if httpx.get(f"{deck_url}/api/votes", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the live server did not answer in 60 s")
            time.sleep(0.2)
        token = credentials.load(home)["audience"]["token"]
        result = asyncio.run(room(f"http://{AUDIENCE}:{port}", deck_url, token, connections, steps))
        result["load_1m"] = round(os.getloadavg()[0], 2)
        return result
    finally:
        terminate(proc)
        log.close()
        shutil.rmtree(home, ignore_errors=True)

