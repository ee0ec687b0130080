"""``invoke slides.record``: every demo run for real, its stream kept for the static deck.

    $ invoke up && invoke slides.record
    recorded canvas.chord: 7 tasks, 0.1 s -> slides/recordings/canvas.chord.json
    ...

What a recording holds, and the script form the offline deck loads, is
``brownbag.recording``; this is the task that makes them.
"""

from __future__ import annotations

from pathlib import Path

from invoke import task

from brownbag import pictures, recording, settings
from brownbag.scenarios import UnknownScenario, catalogue, get, in_order

from .demos import run_quietly
from .output import console, fail, warn


@task(help={"only": "record these demo ids only (repeatable); all by default",
            "target": "where to write (default: slides/recordings)"},
      iterable=["only"])
def record(c, only=None, target=None):
    """Run every demo for real and keep each run for the static deck."""

    # The registry's list, each demo after those it reads (engines.run after imports.run).
    try:
        scenarios = in_order(get(i) for i in only) if only else catalogue()
    except UnknownScenario as exc:
        fail(str(exc))
    folder = Path(target) if target else recording.FOLDER
    # Whatever fails (a machine busy for a moment) gets one more try after all the others ran.
    pending = [s for s in scenarios if not record_one(s, folder, last=False)]
    failed = [s.id for s in pending if not record_one(s, folder, last=True)]
    if failed:
        fail(f"{len(failed)} demo(s) not recorded: {', '.join(failed)}")


def record_one(scenario, folder: Path, last: bool) -> bool:
    console.print(f"recording {scenario.id} ...", highlight=False)
    run = run_quietly(scenario, scenario.validate({}))
    if run.status != "succeeded":
        warn(f"{scenario.id} failed, {'not recorded' if last else 'trying again at the end'}: "
             f"{run.error}")
        return False
    path = recording.write(recording.from_run(run), folder)
    where = path.relative_to(settings.ROOT) if path.is_relative_to(settings.ROOT) else path
    console.print(f"recorded {scenario.id}: {len(run.summary()['tasks'])} tasks, "
                  f"{run.summary()['duration']:.1f} s -> {where}", highlight=False)
    picture = pictures.for_demo(scenario.id)
    if picture:  # Flower, the admin: the web UI itself, as this run left it, for the offline deck
        try:
            taken = pictures.take(picture, folder)
            console.print(f"pictured {picture.what} -> {taken}", highlight=False)
        except pictures.PictureError as error:
            warn(f"{scenario.id}: {error}")
    return True
