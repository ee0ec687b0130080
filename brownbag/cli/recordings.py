"""``invoke slides.record``: every demo run for real, its stream kept for the static deck.

    $ invoke up && invoke slides.record
    recorded canvas.chord: 7 tasks, 0.1 s -> slides/recordings/canvas.chord.json
    ...

Each recording is the run's whole item stream (the same items the live server
streams) stamped with the date, broker, pools and host. ``<id>.js`` holds the
same data for decks opened from disk, where browsers refuse to fetch JSON.
"""

from __future__ import annotations

import datetime as dt
import json
import platform
import socket
from pathlib import Path

import celery
from invoke import task

from brownbag import settings

from .output import console, fail, warn

RECORDINGS = settings.ROOT / "slides" / "recordings"


def recording(run) -> dict:
    pools = sorted({i["pool"] for i in run.items if i.get("kind") == "event" and i.get("pool")})
    return {
        "id": run.scenario.id,
        "title": run.scenario.title,
        "scenario": run.scenario.as_dict(),
        "recorded": dt.datetime.fromtimestamp(run.started, dt.timezone.utc).isoformat(timespec="seconds"),
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
    scheme = url.split("://", 1)[0]
    return {"amqp": "rabbitmq", "pyamqp": "rabbitmq", "mongodb": "mongo"}.get(
        scheme, "sqlite" if scheme.startswith("sqla") else scheme)


def write(data: dict, folder: Path = RECORDINGS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{data['id']}.json"
    text = json.dumps(data, indent=1, default=repr)
    path.write_text(text + "\n")
    (folder / f"{data['id']}.js").write_text(
        "/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */\n"
        f"(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {{}})[{json.dumps(data['id'])}] = "
        f"{text};\n")
    return path


@task(help={"only": "record these demo ids only (repeatable); all by default",
            "target": "where to write (default: slides/recordings)"},
      iterable=["only"])
def record(c, only=None, target=None):
    """Run every demo for real and keep each run for the static deck."""
    from brownbag.scenarios import UnknownScenario, catalogue, get, in_order

    # The registry's list, each demo after those it reads (engines.run after imports.run).
    try:
        scenarios = in_order(get(i) for i in only) if only else catalogue()
    except UnknownScenario as exc:
        fail(str(exc))
    folder = Path(target) if target else RECORDINGS
    # Whatever fails (a machine busy for a moment) gets one more try after all the others ran.
    pending = [s for s in scenarios if not record_one(s, folder, last=False)]
    failed = [s.id for s in pending if not record_one(s, folder, last=True)]
    if failed:
        fail(f"{len(failed)} demo(s) not recorded: {', '.join(failed)}")


def record_one(scenario, folder: Path, last: bool) -> bool:
    from .demos import run_quietly

    console.print(f"recording {scenario.id} ...", highlight=False)
    run = run_quietly(scenario, scenario.validate({}))
    if run.status != "succeeded":
        warn(f"{scenario.id} failed, {'not recorded' if last else 'trying again at the end'}: "
             f"{run.error}")
        return False
    path = write(recording(run), folder)
    where = path.relative_to(settings.ROOT) if path.is_relative_to(settings.ROOT) else path
    console.print(f"recorded {scenario.id}: {len(run.summary()['tasks'])} tasks, "
                  f"{run.summary()['duration']:.1f} s -> {where}", highlight=False)
    return True
