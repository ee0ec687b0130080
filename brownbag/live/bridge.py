"""The events bridge: one thread on Celery's event receiver, events handed on.

Flower's pattern (flower/events.py): a daemon thread captures every event
with ``app.events.Receiver``; each event is handed to ``deliver`` (the live
server passes ``loop.call_soon_threadsafe``-wrapped dispatch, the terminal a
plain function); when the broker goes away the thread reconnects with a
doubling back-off; and ``enable_events`` is broadcast periodically so workers
started later -- or started without ``-E`` -- send events too.

There are no per-event-type classes: an event is the dict Celery sent.
Brokers without fanout (the SQLAlchemy transport) carry no events at all:
:attr:`EventsBridge.supported` is False there and runs follow results instead.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from typing import Callable

log = logging.getLogger(__name__)

ENABLE_EVENTS_EVERY = 10.0  # seconds
MAX_BACKOFF = 8.0


def broker_has_events(app) -> bool:
    """Events need a fanout exchange; kombu's SQLAlchemy transport has none."""
    transport = app.connection_for_read().transport_cls
    name = transport if isinstance(transport, str) else getattr(transport, "__name__", "")
    return not str(name).lower().startswith("sqla")


def when_bound(receiver, callback: Callable[[], None]) -> None:
    """Call ``callback()`` once ``receiver``'s queue is bound (kombu's consume-ready hook):
    an event sent after that is never missed. Callers wait on it, not on a sleep."""
    ready = receiver.on_consume_ready

    def on_consume_ready(connection, channel, consumers, **kwargs):
        ready(connection, channel, consumers, **kwargs)
        # Redis binds a fanout queue lazily: its PSUBSCRIBE goes out on the first poll.
        try:
            connection.drain_events(timeout=0.05)
        except socket.timeout:
            pass
        callback()
    receiver.on_consume_ready = on_consume_ready


class EventsBridge(threading.Thread):
    def __init__(self, app, deliver: Callable[[dict], None]):
        super().__init__(name="events-bridge", daemon=True)
        self.app, self.deliver = app, deliver
        self.supported = broker_has_events(app)
        self.connected = threading.Event()
        self.error: str | None = None if self.supported else \
            "this broker has no fanout: no Celery events (following results instead)"
        self.started = time.time()
        self.last_event: float | None = None
        self.last_tick: float | None = None  # beat's periodic.tick, for /api/health
        # A worker killed and started again by supervisord can be back before the next
        # health check: a worker-online from another pid than before says it restarted
        # (after a broker outage the same process comes online again: not a restart).
        self.worker_pids: dict[str, int] = {}  # hostname -> the pid its events carry
        self.restarted_at: dict[str, float] = {}  # hostname -> when it came back
        # ...and when each worker was last heard (its heartbeat comes every 2 s): a
        # worker that missed one ping on a saturated machine is still alive.
        self.worker_heard: dict[str, float] = {}  # hostname -> last worker-* event
        self._stop = threading.Event()
        self._receiver = None

    def run(self) -> None:
        if not self.supported:
            return
        threading.Thread(target=self._enable_events_loop, name="enable-events",
                         daemon=True).start()
        backoff = 0.5
        while not self._stop.is_set():
            try:
                with self.app.connection_for_read() as conn:
                    conn.ensure_connection(max_retries=1)
                    self._receiver = self.app.events.Receiver(
                        conn, handlers={"*": self._on_event})
                    when_bound(self._receiver, self._bound)
                    backoff = 0.5
                    self._receiver.capture(limit=None, timeout=None, wakeup=True)
            except Exception as exc:  # broker down or restarted: say why, retry later
                self.error = f"events: {type(exc).__name__}: {exc}"
                log.warning("%s; reconnecting in %.1f s", self.error, backoff)
            finally:
                self.connected.clear()
            self._stop.wait(backoff)
            backoff = min(backoff * 2, MAX_BACKOFF)

    def _bound(self) -> None:
        self.connected.set()
        self.error = None

    def stop(self) -> None:
        self._stop.set()
        if self._receiver is not None:
            self._receiver.should_stop = True

    def _on_event(self, event: dict) -> None:
        # Stopped, the capture still returns the event it was waiting for: the server's loop
        # it would go to is closed by then ("Event loop is closed", logged with a traceback,
        # whose formatting parses code in this thread while the process goes on).
        if self._stop.is_set():
            return
        self.last_event = time.time()
        if event.get("name") == "demo.periodic.tick":
            self.last_tick = self.last_event
        kind, host, pid = event.get("type", ""), event.get("hostname"), event.get("pid")
        if kind.startswith("worker-"):
            if kind == "worker-online" and self.worker_pids.get(host, pid) != pid:
                self.restarted_at[host] = self.last_event
            self.worker_pids[host] = pid
            if kind == "worker-offline":  # a clean shutdown: gone now, not in 6 s
                self.worker_heard.pop(host, None)
            else:
                self.worker_heard[host] = self.last_event
        try:
            self.deliver(event)
        except Exception:  # a bad subscriber must not kill the capture thread
            log.exception("delivering %s failed", event.get("type"))

    def heard_within(self, seconds: float) -> dict[str, float]:
        """The workers heard from in the last ``seconds``: hostname -> seconds ago."""
        now = time.time()
        return {host: round(now - at, 1) for host, at in list(self.worker_heard.items())
                if now - at < seconds}

    def _enable_events_loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.app.control.enable_events()
            except Exception as exc:
                log.info("enable_events failed: %s", exc)
            self._stop.wait(ENABLE_EVENTS_EVERY)
