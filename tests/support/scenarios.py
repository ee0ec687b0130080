"""A scenario run in the test process, the way the live server runs one; and what a
committed recording of one ended with."""

from __future__ import annotations


def run_scenario(demo_id: str, **params):
    """A scenario run in this process, the way the live server runs one (followed by results)."""
    # Imported when called, as before this helper moved here: brownbag.scenarios loads every
    # scenario module, which collecting the tests that never run one need not pay for.
    from brownbag.scenarios import Run, Tracker, get
    from demo.celery import app

    scenario = get(demo_id)
    run = Run(scenario, scenario.validate(params), app=app, tracker=Tracker(), follow="results")
    run.execute()
    return run


def recorded_result(demo: str) -> dict:
    """The result a demo's committed recording (slides/recordings) ended with, once it is
    there and succeeded: what the offline deck replays, without a stack."""
    from brownbag import recording

    data = recording.read(demo)
    assert data, f"{demo}: not recorded (invoke slides.record --only {demo})"
    summary = data["items"][-1]
    assert data["status"] == "succeeded" and summary["status"] == "succeeded", demo
    return summary["result"]
