"""Starting a run of a scenario: the one way the live API and ``invoke demo`` both use.

    tracker, bridge = listening(app)             # a terminal's own events (the server has its)
    check_broker(app, bridge)                    # BrokerDown, one line, if it does not answer
    run = start(scenario, params, app=app, tracker=tracker, bridge=bridge)
                                                 # it runs in a thread of its own

``scenario.validate()`` checks the parameters first; how many runs may go at once is
the caller's business (the API allows one per demo and four in all, ``api``).
"""

from __future__ import annotations

import threading
from typing import Callable

from brownbag.scenarios import Run, Scenario, Tracker

from . import health
from .bridge import EventsBridge

EVENTS_WAIT = 5.0  # seconds for a terminal's bridge to hear the broker


class BrokerDown(RuntimeError):
    """The Celery app's broker does not answer: the message names it (password hidden) and why."""

    def __init__(self, url: str, why: str):
        self.broker = health.redact(url)
        super().__init__(f"broker {self.broker} is down: {why}")


class NoEvents(RuntimeError):
    """The broker has fanout, but the events receiver could not bind to it in time."""


def check_broker(app, bridge: EventsBridge | None = None) -> None:
    """Raise BrokerDown unless ``app``'s broker answers (one connection, about a second).

    Events flowing from it right now through ``bridge`` are answer enough: no extra round trip.
    """
    if bridge is not None and bridge.supported and bridge.connected.is_set():
        return
    up, why = health.probe(app.conf.broker_url)
    if not up:
        raise BrokerDown(app.conf.broker_url, why)


def listening(app) -> tuple[Tracker, EventsBridge]:
    """A tracker fed by an events bridge of its own, once that bridge hears the broker
    (the live server has one bridge for all its runs; a terminal's run brings its own)."""
    tracker = Tracker()
    bridge = EventsBridge(app, tracker.dispatch)
    bridge.start()
    if bridge.supported and not bridge.connected.wait(EVENTS_WAIT):
        bridge.stop()
        raise NoEvents(f"cannot receive Celery events: {bridge.error}")
    return tracker, bridge


def start(scenario: Scenario, params: dict, *, app, tracker: Tracker,
          bridge: EventsBridge | None, before: Callable[[Run], None] | None = None,
          wait: bool = False) -> Run:
    """A Run of ``scenario`` with valid ``params``, executing in a thread of its own
    (``wait=True``: in this one, returning when it has ended, its summary emitted).

    It follows Celery events when ``bridge`` receives them (or none is running yet),
    else the results. ``before(run)`` is called before it starts: the API books the
    run there, a terminal subscribes, so nobody misses an item.
    """
    follow = "events" if bridge is None or bridge.supported else "results"
    run = Run(scenario, params, app=app, tracker=tracker, follow=follow,
              broker=health.redact(app.conf.broker_url))
    if before is not None:
        before(run)
    if wait:
        return run.execute()
    threading.Thread(target=run.execute, name=f"run-{run.id}", daemon=True).start()
    return run
