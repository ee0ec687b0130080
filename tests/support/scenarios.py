"""A scenario run in the test process, the way the live server runs one."""

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
