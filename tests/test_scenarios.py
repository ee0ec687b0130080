"""The demo registry: catalogue, parameter validation, discovery (no stack needed)."""

import time
from pathlib import Path

import pytest

from brownbag import recording
from brownbag.scenarios import (
    Expect,
    Param,
    ParameterError,
    UnknownScenario,
    catalogue,
    discover,
    get,
    in_order,
    scenario,
)


def test_a_demo_id_must_read_section_name():
    """The id is a slide's ``.. demo::`` argument, an API path and a recording's file name."""
    with pytest.raises(ValueError, match=r"demo id 'Canvas/chain' \(\S*test_scenarios\): write it section\.name"):
        scenario("Canvas/chain", "t", slide="s", expect=Expect(lambda r, i: True))(lambda run: None)
    assert "Canvas/chain" not in discover()


def test_a_demo_runs_after_the_demos_it_reads():
    """engines.run scores what imports.run stored: the recorder and the tests run it second."""
    assert get("engines.run").after == ("imports.run",)
    ids = [s.id for s in catalogue()]
    assert ids.index("imports.run") < ids.index("engines.run")
    picked = in_order([get("engines.run"), get("canvas.chain"), get("imports.run")])
    assert [s.id for s in picked] == ["canvas.chain", "imports.run", "engines.run"]


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
    from brownbag.scenarios import Run, Tracker
    from demo.celery import app

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


def test_a_task_sent_stamped_after_the_worker_finished_does_not_reopen_it():
    """The producer stamps task-sent after publishing: a quick worker can be done first
    (seen in a recording: the run then waited for an end it already had)."""
    from brownbag.scenarios import Run, Tracker
    from demo.celery import app

    tracker = Tracker()
    run = Run(get("canvas.chain"), {"start": 1, "length": 1}, app=app, tracker=tracker)
    run.track("quick")
    for event in ({"type": "task-received", "uuid": "quick", "timestamp": 1.0},
                  {"type": "task-succeeded", "uuid": "quick", "timestamp": 1.002, "result": "2"},
                  {"type": "task-sent", "uuid": "quick", "hostname": "gen42@host", "timestamp": 1.004}):
        tracker.dispatch(event)
    assert run.tasks["quick"]["state"] == "SUCCEEDED"
    started = time.monotonic()
    run.settle(timeout=2)
    assert time.monotonic() - started < 0.5, "settle waited for a task that had ended"


# -- what the deck shows matches what the demos do ---------------------------------

TALK = Path(__file__).resolve().parent.parent / "slides" / "talk.rst"


def recorded(demo_id: str) -> dict:
    data = recording.read(demo_id)
    assert data, f"{demo_id}: not recorded (invoke slides.record --only {demo_id})"
    assert data["status"] == "succeeded", data["status"]
    summary = data["items"][-1]
    assert summary["kind"] == "summary" and summary["status"] == "succeeded"
    return {"data": data, "result": summary["result"],
            "events": [i["type"] for i in data["items"] if i["kind"] == "event"]}


def test_the_priority_recording_shows_each_broker_in_its_own_direction():
    """The slide: Redis runs 0 first, RabbitMQ 9 first; a task with no priority counts as 0."""
    rec = recorded("overview.priority")
    assert rec["data"]["params"] == get("overview.priority").validate({}), "recorded with other params"
    orders = {row["broker"]: [row[f"ran {n}"] for n in range(1, 5)] for row in rec["result"]["order"]}
    assert rec["result"]["sent"] == "p5 -> p0 -> p9 -> none"
    assert orders == {"redis": ["p0", "none", "p5", "p9"], "rabbitmq": ["p9", "p5", "p0", "none"]}
    text = " ".join(TALK.read_text().split())
    assert "Redis runs 0 first, RabbitMQ 9 first" in text


def test_the_import_note_narrates_the_recorded_run():
    """The note says what the replay shows: a first import, one attempt per feed, 60 new
    (a re-record that differs must come with its note: the note once told of a failed feed)."""
    result = recorded("imports.run")["result"]
    assert [f["attempts"] for f in result["feeds"]] == [1, 1, 1, 1]
    assert (result["totals"]["new"], result["totals"]["updated"]) == (60, 0)
    text = " ".join(TALK.read_text().split())
    assert "every feed answered first time (one attempt each), 60 jobs new" in text


def test_the_worker_lost_recording_shows_the_four_outcomes():
    """Default and acks_late alone: FAILURE (WorkerLostError), one delivery, never run
    again; reject_on_worker_lost: requeued and run again; retry_on_worker_lost: retried."""
    rec = recorded("practices.acks_late")
    outcomes = {o["task"]: o for o in rec["result"]["outcomes"]}
    assert list(outcomes) == ["default (early ack)", "acks_late", "acks_late + reject_on_worker_lost",
                              "retry_on_worker_lost"]
    for lost in ("default (early ack)", "acks_late"):
        assert (outcomes[lost]["state"], outcomes[lost]["error"], outcomes[lost]["deliveries"]) == \
            ("FAILURE", "WorkerLostError", 1), outcomes[lost]
    for again in ("acks_late + reject_on_worker_lost", "retry_on_worker_lost"):
        assert (outcomes[again]["state"], outcomes[again]["deliveries"]) == ("SUCCESS", 2), outcomes[again]
    assert outcomes["acks_late + reject_on_worker_lost"]["message"] == "rejected, requeued"
    assert outcomes["retry_on_worker_lost"]["message"] == "acked, retry sent"
    assert "task-rejected" in rec["events"] and "task-retried" in rec["events"]


def test_the_peers_recording_is_a_chart_that_keeps_every_number_of_its_table():
    """Drain times as bars, one group per library (RQ's seconds make it a log scale), each
    note its round trip and IO figure: nothing of the old table lost."""
    rec = recorded("peers.compare")
    view, table = rec["result"]["payoff"], rec["result"]["table"]
    assert view["kind"] == "bars" and view["better"] == "lower" and view["unit"] == "seconds"
    assert [g["label"] for g in view["groups"]] == [row["library"] for row in table]
    for g, row in zip(view["groups"], table, strict=True):
        assert g["values"] == [row["drain s"]]
        assert f"round trip p50 {row['p50 ms']:.1f} ms · IO {row['IO % ideal']}% of ideal" == g["note"]


def test_a_library_that_could_not_run_is_charted_as_not_measured_with_its_reason():
    from rich.console import Console

    from brownbag.cli import payoff as terminal
    from brownbag.scenarios.peers import peer_bars

    ok = {"status": "ok", "p50_ms": 4.0, "io_efficiency": 0.9}
    rows = [{**ok, "library": "celery", "drain_s": 0.3}, {**ok, "library": "rq", "drain_s": 30.0},
            {"library": "huey", "status": "error",
             "reason": "RuntimeError: huey worker exited with 1: Traceback (most recent call last) ..."}]
    view = peer_bars(rows, ["celery", "rq", "huey", "taskiq"], 200)
    huey, taskiq = view["groups"][2:]
    assert (huey["values"], huey["missing"]) == ([None], True)
    assert huey["note"] == "not measured: RuntimeError: huey worker exited with 1"
    assert (taskiq["values"], taskiq["note"], "missing" in taskiq) == ([None], "…", False)  # still to come
    console = Console(width=120, record=True)
    console.print(terminal.render(view))
    shown = console.export_text()
    assert "log scale" in shown and "★ celery" in shown and "—" in shown


def test_the_countdown_recording_runs_the_first_sent_last():
    rec = recorded("overview.async")
    assert rec["result"]["sent"] == ["A", "B", "C", "D", "E", "F"]
    assert rec["result"]["finished"][-1] == "A"  # the 2 s countdown, sent first


@pytest.mark.parametrize("demo, example", [
    ("canvas.group", lambda p: f"``group(double.s(i) for i in range({p['size']}))()`` → "
                               f"``{[2 * i for i in range(p['size'])]}``"),
    ("canvas.chain", lambda p: f"``chain(double.s({p['start']}), "
                               + ", ".join(["double.s()"] * (p["length"] - 1))
                               + f")()`` → ``{p['start'] * 2 ** p['length']}``"),
    ("canvas.chord", lambda p: f"``chord((double.s(i) for i in range({p['size']})), total.s())()`` → "
                               f"``{sum(2 * i for i in range(p['size']))}``"),
])
def test_slide_examples_use_the_demo_defaults(demo, example):
    """The presenter never reads one number on the slide and shows another."""
    defaults = get(demo).validate({})
    assert example(defaults) in TALK.read_text()


def test_a_demo_whose_extra_is_not_installed_says_so_before_run():
    """trace.chord needs the [trace] extra: without it the panel names the pip line, not a red run."""
    from brownbag.live.health import demo_verdicts, installed

    assert installed("opentelemetry.instrumentation.celery")  # [test] installs [trace]
    assert not installed("opentelemetry_absent.instrumentation") and not installed("no_such_module_here")
    lacking = demo_verdicts({"trace": {"up": False, "why": "not installed"}})
    assert lacking["trace.chord"]["missing"] == ["trace"]
    assert "pip install -e '.[trace]'" in lacking["trace.chord"]["line"]
    assert "trace.chord" not in demo_verdicts({"trace": {"up": True, "why": "installed"}})


def test_until_returns_the_first_answer_or_none_and_lets_a_failure_through():
    """The bounded wait the scenarios share (brownbag/scenarios/_cluster.py)."""
    from brownbag.scenarios._cluster import until
    from brownbag.scenarios.runs import RunFailed

    answers = iter([None, 0, "node@h"])
    assert until(lambda: next(answers), 5, 0) == "node@h"
    asked = []
    assert until(lambda: asked.append(1), 0, 0) is None and asked == [1]  # asked once, even at 0 s

    def died():
        raise RunFailed("worker exited")

    with pytest.raises(RunFailed, match="worker exited"):
        until(died, 5)
