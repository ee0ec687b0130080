"""Watching the cluster: inspect, events, Flower and the events camera.

    >>> from demo.celery import app
    >>> app.control.ping(timeout=1)
    [{'prefork@laptop': {'ok': 'pong'}}, {'gevent@laptop': {'ok': 'pong'}}]
    >>> app.control.inspect().active()
    {'prefork@laptop': [], ...}
    $ celery -A demo events --camera demo.monitoring.Camera --frequency 2
"""

import json
import time
from pathlib import Path

from celery.events.snapshot import Polaroid

from . import environment
from .celery import app


def cluster_view(timeout=1.0):
    """What each worker says it is doing right now."""
    inspect = app.control.inspect(timeout=timeout)
    return {
        "ping": app.control.ping(timeout=timeout),
        "active": inspect.active() or {},
        "reserved": inspect.reserved() or {},
        "stats": inspect.stats() or {},
    }


class Camera(Polaroid):
    """celerycam's successor: ``celery events --camera`` calls it every --frequency s."""

    clear_after = True  # after each shot: counts reset, finished tasks dropped

    def on_shutter(self, state):
        if not state.event_count:
            return
        print(f"{state.event_count} events, {len(state.tasks)} tasks, "
              f"workers: {', '.join(sorted(state.workers))}", flush=True)
        save_snapshot(state)


KEEP_SNAPSHOTS = 100


def save_snapshot(state) -> Path:
    """One JSON file per shutter under <home>/camera/, for the monitoring.camera demo."""
    folder = environment.home() / "camera"
    folder.mkdir(parents=True, exist_ok=True)
    taken = time.time()
    snapshot = {
        "taken": taken,
        "event_count": state.event_count,
        "workers": {name: {"alive": w.alive, "active": w.active, "processed": w.processed}
                    for name, w in state.workers.items()},
        "tasks": {uuid: {"name": t.name, "state": t.state,
                         "worker": t.worker.hostname if t.worker else None,
                         "runtime": t.runtime}
                  for uuid, t in state.tasks.items()},
    }
    path = folder / f"snapshot-{taken:.3f}.json"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(snapshot))
    tmp.rename(path)  # readers never see half a file
    for old in sorted(folder.glob("snapshot-*.json"))[:-KEEP_SNAPSHOTS]:
        old.unlink(missing_ok=True)
    return path
