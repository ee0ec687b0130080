"""A recording: one real run of a demo, kept so the deck can replay it when no live server answers.

    >>> from brownbag import recording
    >>> rec = recording.read("canvas.chord")
    >>> rec["broker_name"], rec["items"][-1]["kind"]
    ('redis', 'summary')

A recording is the run's whole item stream (the very items the live server
streams to a panel) stamped with what the run ran on: when (``recorded``, UTC),
the broker (``broker`` and ``broker_name``), the pools that ran its tasks, the
host, and the Celery and Python versions. ``invoke slides.record`` writes them.

One file per demo is committed: ``slides/recordings/<id>.json``. A deck opened
from disk (``file://``) cannot ``fetch()`` it -- browsers refuse -- but it can load
a ``<script>``; so the same data is also served as ``<id>.js``, a script that puts
it in ``window.BROWNBAG_RECORDINGS[id]`` (what live.js reads). That form is never
committed: the deck build writes it next to the built deck, and the live server
makes it from the JSON when asked.
"""

from __future__ import annotations

import datetime as dt
import json
import platform
import shutil
import socket
from pathlib import Path

# The checkout's root from this file, not brownbag.settings: that imports demo (the Celery
# app), and the deck build, which reads recordings, must not.
FOLDER = Path(__file__).resolve().parent.parent / "slides" / "recordings"
GLOBAL = "BROWNBAG_RECORDINGS"  # the object live.js looks a demo's recording up in


class RecordingError(Exception):
    """A recording file cannot be read; the message is one line, naming the file."""

    def __init__(self, source: Path, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source, self.problem = source, problem


def from_run(run) -> dict:
    """A finished run (``brownbag.scenarios.Run``), stamped, as it is stored."""
    import celery  # here, not at the top: the deck build reads recordings without Celery

    pools = sorted({i["pool"] for i in run.items if i.get("kind") == "event" and i.get("pool")})
    return {
        "id": run.scenario.id,
        "title": run.scenario.title,
        "scenario": run.scenario.as_dict(),
        "recorded": dt.datetime.fromtimestamp(run.started, dt.UTC).isoformat(timespec="seconds"),
        "broker": run.broker,
        "broker_name": broker_name(run.broker),
        "follow": run.follow,
        "pools": pools,
        "host": socket.gethostname(),
        "celery": celery.__version__,
        "python": platform.python_version(),
        "params": run.params,
        "status": run.status,
        "items": run.items,
    }


def broker_name(url: str) -> str:
    """The broker a URL names, as the slides say it: ``amqp://...`` is rabbitmq."""
    scheme = url.split("://", 1)[0]
    return {"amqp": "rabbitmq", "pyamqp": "rabbitmq", "mongodb": "mongo"}.get(
        scheme, "sqlite" if scheme.startswith("sqla") else scheme)


def path(demo_id: str, folder: Path = FOLDER) -> Path:
    return folder / f"{demo_id}.json"


def write(data: dict, folder: Path = FOLDER) -> Path:
    """Store a recording (``from_run``) as ``<folder>/<id>.json``; its path."""
    folder.mkdir(parents=True, exist_ok=True)
    target = path(data["id"], folder)
    # indent=1: one item a few lines, so a re-recording's diff reads; repr: a result
    # a task returned that JSON cannot hold is kept as text rather than lost.
    target.write_text(json.dumps(data, indent=1, default=repr) + "\n", encoding="utf-8")
    return target


def load(source: Path) -> dict:
    """The recording stored in ``source``; RecordingError when it is not one."""
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RecordingError(source, f"cannot read: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise RecordingError(source, f"not JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("id"), str) \
            or not isinstance(data.get("items"), list):
        raise RecordingError(source, 'not a recording (it needs an "id" and a list of "items")')
    return data


def read(demo_id: str, folder: Path = FOLDER) -> dict | None:
    """The recording of ``demo_id``, or None when it was never recorded."""
    source = path(demo_id, folder)
    return load(source) if source.exists() else None


def script(data: dict) -> str:
    """The recording as a script a page loads with ``<script src>`` (works from file://)."""
    # Compact and ASCII-only: a smaller file, and nothing (U+2028, a stray charset)
    # a browser could read differently from the JSON.
    return (f"/* {data['id']}: a real run recorded by `invoke slides.record` (slides/recordings/"
            f"{data['id']}.json), replayed when no live server answers. */\n"
            f"(window.{GLOBAL} = window.{GLOBAL} || {{}})[{json.dumps(data['id'])}] = "
            f"{json.dumps(data, separators=(',', ':'))};\n")


def write_scripts(folder: Path, into: Path) -> list[Path]:
    """``into/<id>.js`` for every ``folder/<id>.json``, and nothing else in ``into``.

    ``into`` is emptied first: a recording deleted from ``folder`` must not live on
    in a deck built before. RecordingError names the first file that is not a recording.
    """
    written = []
    if into.exists():
        shutil.rmtree(into)
    for source in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        data = load(source)
        if data["id"] != source.stem:  # live.js asks for <id>.js: a renamed file would never load
            raise RecordingError(source, f"holds the recording of {data['id']!r}, "
                                         f"not of {source.stem!r}")
        into.mkdir(parents=True, exist_ok=True)
        target = into / f"{source.stem}.js"
        target.write_text(script(data), encoding="ascii")
        written.append(target)
    return written
