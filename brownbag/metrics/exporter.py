"""A Prometheus exporter of what waits in the broker: each queue's length and the age of
its oldest message.

Flower's /metrics counts what the workers report (events); a message nobody has taken
yet sends no event, so a queue that backs up is invisible there. This reads the broker
itself. There was no maintained exporter to take: the PyPI package named celery-exporter
is an unrelated Rust build that does not install here, and the well-known one
(danihodovic/celery-exporter) ships as a container image, not on PyPI.

On Redis, kombu keeps a queue as lists (one per priority level: ``name``, ``name:1``...,
``demo/celeryconfig.py``), pushed on the left and popped on the right, and records every
declared queue in the ``_kombu.binding.*`` sets. A Celery message carries no publish time
(protocol 2 has ``eta``, not "sent at"), so the age is measured from the moment this
exporter first saw the message in the queue: it polls every ``POLL`` seconds, so an age is
early by at most that much (and counts from the exporter's start for older messages).

    $ python -m brownbag.metrics --port 9808     # brownbag.ports.exporter
"""

from __future__ import annotations

import threading
import time
from hashlib import blake2b

import redis
from prometheus_client.core import GaugeMetricFamily

from demo.celeryconfig import transport_options

# Seconds between two looks at the queues: the precision of the oldest message's age.
POLL = 0.25
# A queue longer than this is read from its oldest end only (LRANGE of the whole list
# each poll would cost more than the answer is worth); its length is still exact.
MOST = 5000
# Celery's own queues, not tasks': the event stream's and remote control's.
OWN = ("celeryev.", "celery.pidbox")


def layout(url: str) -> tuple[str, list[int]]:
    """The separator and priority levels kombu uses on this Redis: the demo app's transport
    options (demo/celeryconfig.py), else kombu's defaults."""
    options = transport_options(url)
    return options.get("sep", "\x06\x16"), list(options.get("priority_steps", [0, 3, 6, 9]))


def queue_names(client: redis.Redis, sep: str) -> list[str]:
    """Every task queue declared on this Redis, from kombu's binding sets, whose members
    are routing key, pattern and queue joined by ``sep``."""
    names = set()
    for key in client.scan_iter(match="_kombu.binding.*", count=100):
        for member in client.smembers(key):
            parts = member.decode().split(sep, 2)
            if len(parts) == 3 and parts[2] and not parts[2].endswith(OWN) \
                    and not parts[2].startswith(OWN):
                names.add(parts[2])
    return sorted(names)


class QueueWatch:
    """Polls the queues; remembers when each message was first seen."""

    def __init__(self, url: str, poll: float = POLL):
        self.client = redis.Redis.from_url(url, socket_timeout=2)
        self.sep, self.levels = layout(url)
        self.poll = poll
        self.first_seen: dict[bytes, float] = {}
        self.snapshot: dict[str, tuple[int, float]] = {}  # queue -> (length, oldest age)
        self.error = ""
        self.lock = threading.Lock()

    def look(self) -> dict[str, tuple[int, float]]:
        now = time.time()
        seen, out = {}, {}
        for queue in queue_names(self.client, self.sep):
            length, oldest = 0, None
            # kombu's list per priority level: the queue's own name for level 0
            for key in [queue, *(f"{queue}{self.sep}{level}" for level in self.levels if level)]:
                length += self.client.llen(key)
                # the oldest end is the right one (kombu pops there): read from it
                for raw in self.client.lrange(key, -MOST, -1):
                    digest = blake2b(raw, digest_size=16).digest()  # each message has its own tag
                    seen[digest] = self.first_seen.get(digest, now)
                    oldest = seen[digest] if oldest is None else min(oldest, seen[digest])
            out[queue] = (length, 0.0 if oldest is None else now - oldest)
        self.first_seen = seen  # forget the messages that left
        return out

    def run(self) -> None:
        while True:
            try:
                snapshot, error = self.look(), ""
            except redis.RedisError as exc:
                snapshot, error = {}, f"{type(exc).__name__}: {exc}"
            with self.lock:
                self.snapshot, self.error = snapshot, error
            time.sleep(self.poll)

    def collect(self):
        """prometheus_client's collector protocol: the latest look, as gauges."""
        with self.lock:
            snapshot, error = dict(self.snapshot), self.error
        length = GaugeMetricFamily("celery_queue_length", "Messages waiting in the broker queue",
                                   labels=["queue"])
        age = GaugeMetricFamily("celery_queue_oldest_message_age_seconds",
                                "Seconds since the oldest waiting message was first seen "
                                "(0 when the queue is empty)", labels=["queue"])
        for queue, (n, seconds) in sorted(snapshot.items()):
            length.add_metric([queue], n)
            age.add_metric([queue], round(seconds, 3))
        up = GaugeMetricFamily("celery_broker_up", "1 if the last look at the broker worked")
        up.add_metric([], 0 if error else 1)
        return [length, age, up]
