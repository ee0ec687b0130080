"""The demo registry: catalogue, parameter validation, discovery (no stack needed)."""

import pytest

from brownbag.scenarios import Param, ParameterError, UnknownScenario, catalogue, get

OURS = ["overview.async", "overview.distributed", "broker.queue", "brokers.available",
        "worker.inspect", "beat.ticks", "canvas.delay", "canvas.callback", "canvas.group",
        "canvas.chain", "canvas.chord", "errors.retry", "errors.timeout", "errors.logging",
        "practices.acks_late", "monitoring.flower", "monitoring.camera"]


def test_catalogue_has_every_demo_of_the_issue():
    ids = {s.id for s in catalogue()}
    assert set(OURS) <= ids


def test_every_slide_demo_is_in_the_catalogue():
    from brownbag.deck.directive import DEMO_IDS

    assert set(DEMO_IDS) <= {s.id for s in catalogue()}


def test_scenario_describes_itself():
    chain = get("canvas.chain").as_dict()
    assert chain["command"] == "invoke demo canvas.chain"
    assert chain["slide"] and chain["title"]
    start = next(p for p in chain["params"] if p["name"] == "start")
    assert start == {"name": "start", "type": "integer", "default": 1, "min": 0, "max": 1000,
                     "choices": None, "limits": "between 0 and 1000", "help": "the first value"}


def test_defaults_fill_missing_parameters():
    assert get("canvas.chain").validate({"start": 3}) == {"start": 3, "length": 4}


@pytest.mark.parametrize("given, message", [
    ({"start": 5000}, "parameter 'start' must be an integer between 0 and 1000 (got 5000)"),
    ({"start": "x"}, "parameter 'start' must be an integer between 0 and 1000 (got 'x')"),
    ({"start": 1.5}, "parameter 'start' must be an integer between 0 and 1000 (got 1.5)"),
    ({"start": True}, "parameter 'start' must be an integer between 0 and 1000 (got True)"),
    ({"nope": 1}, "parameter 'nope' is not a parameter of canvas.chain (parameters: start, length)"),
])
def test_bad_parameters_name_the_parameter_and_its_limits(given, message):
    with pytest.raises(ParameterError) as caught:
        get("canvas.chain").validate(given)
    assert str(caught.value) == message


def test_command_line_strings_are_parsed():
    assert get("canvas.chain").validate({"start": "7"})["start"] == 7
    assert get("errors.timeout").validate({"seconds": "2.5"})["seconds"] == 2.5
    with pytest.raises(ParameterError, match="one of prefork, gevent, eventlet, threads"):
        get("broker.queue").validate({"pool": "solo"})
    assert Param("on", bool, False).parse("yes") is True


def test_unknown_scenario_lists_the_known_ones():
    with pytest.raises(UnknownScenario) as caught:
        get("canvas.nope")
    assert "canvas.chain" in caught.value.known
    assert "unknown demo 'canvas.nope'" in str(caught.value)


def test_tracker_routes_events_by_task_root_and_parent_ids():
    """The bridge's routing: a run's own ids, then children found by root_id/parent_id."""
    from demo.celery import app
    from brownbag.scenarios import Run, Tracker

    tracker = Tracker()
    run = Run(get("canvas.chain"), {"start": 1, "length": 4}, app=app, tracker=tracker)
    other = Run(get("canvas.group"), {"size": 1}, app=app, tracker=tracker)
    run.track("root")
    other.track("elsewhere")
    events = [
        {"type": "task-received", "uuid": "root", "root_id": "root", "name": "demo.canvas.double",
         "hostname": "prefork@host", "timestamp": 1.0},
        {"type": "task-received", "uuid": "child", "root_id": "root", "parent_id": "root",
         "hostname": "prefork@host", "timestamp": 2.0},
        {"type": "task-succeeded", "uuid": "child", "hostname": "prefork@host", "timestamp": 3.0,
         "result": "4"},
        {"type": "task-sent", "uuid": "child", "hostname": "gen42@host", "timestamp": 1.5},  # late
        {"type": "task-received", "uuid": "stranger", "root_id": "stranger", "timestamp": 2.0},
        {"type": "worker-heartbeat", "hostname": "prefork@host", "timestamp": 2.0},
    ]
    for event in events:
        tracker.dispatch(event)
    seen = [(i["type"], i["uuid"]) for i in run.items if i["kind"] == "event"]
    assert seen == [("task-received", "root"), ("task-received", "child"),
                    ("task-succeeded", "child"), ("task-sent", "child")]
    assert not [i for i in other.items if i["kind"] == "event"]
    child = run.tasks["child"]
    assert child["state"] == "SUCCEEDED"  # the late task-sent does not undo it
    assert child["pool"] == "prefork"
    assert run.items[-1]["pool"] is None  # a producer has no pool
    tracker.release(run)
    tracker.dispatch({"type": "task-started", "uuid": "child", "timestamp": 4.0})
    assert run.items[-1]["type"] == "task-sent"
