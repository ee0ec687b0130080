"""Watching the cluster: inspect, events, Flower and the events camera.

    >>> from demo.celery import app
    >>> app.control.ping(timeout=1)
    [{'prefork@laptop': {'ok': 'pong'}}, {'gevent@laptop': {'ok': 'pong'}}]
    >>> app.control.inspect().active()
    {'prefork@laptop': [], ...}
    $ celery -A demo events --camera demo.monitoring.Camera --frequency 2
"""

from celery.events.snapshot import Polaroid

from .celery import app


# [start:inspect]
def cluster_view(timeout=1.0):
    """What each worker says it is doing right now."""
    inspect = app.control.inspect(timeout=timeout)
    return {
        "ping": app.control.ping(timeout=timeout),
        "active": inspect.active() or {},
        "reserved": inspect.reserved() or {},
        "stats": inspect.stats() or {},
    }
# [end:inspect]


# [start:camera]
class Camera(Polaroid):
    """celerycam's successor: ``celery events --camera`` calls this every few seconds."""

    clear_after = True  # each snapshot shows only what happened since the last

    def on_shutter(self, state):
        if not state.event_count:
            return
        print(f"{state.event_count} events, {len(state.tasks)} tasks, "
              f"workers: {', '.join(sorted(state.workers))}", flush=True)
# [end:camera]
