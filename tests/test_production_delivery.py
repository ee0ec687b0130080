"""What to keep in mind, for real: prefetch, visibility timeout, quorum queues, shutdown.

Each scenario runs as on stage, in this process, with workers of its own on the session
stack's Redis (and RabbitMQ for quorum queues); each test checks what its slide claims.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from brownbag.scenarios import Run, Tracker, get

from support.scenarios import recorded_result as recorded


def run_scenario(stack, demo: str, **params) -> dict:
    from demo.celery import app

    scenario = get(demo)
    run = Run(scenario, scenario.validate(params), app=app, tracker=Tracker())
    run.execute()
    assert run.status == "succeeded", run.error
    notes = [i["text"] for i in run.items if i["kind"] == "note"]
    return {**run.result, "notes": notes}


@pytest.mark.redis
def test_prefetch_short_tasks_wait_behind_the_long_one_unless_prefetch_is_disabled(stack):
    result = run_scenario(stack, "delivery.prefetch", long=2.5, shorts=4, short=0.2)
    one, default, disabled = result["rounds"]
    # One worker with two processes: its other process runs the short reports.
    assert one["waited"] == 0, one
    # Two workers, default prefetch: the busy worker reserved short reports (inspect reserved
    # beside active) and at least one of them only started after the long report ended.
    busy = default["snapshot"][default["long on"]]
    assert busy["active"] == 1 and busy["reserved"] >= 1, default
    assert default["waited"] >= 1, default
    # --disable-prefetch: the busy worker reserved nothing; every short report ran before it ended.
    assert disabled["snapshot"][disabled["long on"]] == {"active": 1, "reserved": 0}, disabled
    assert disabled["waited"] == 0, disabled
    assert disabled["all done s"] < default["all done s"]
    payoff = result["payoff"]
    assert payoff["kind"] == "table" and len(payoff["rows"]) == 3


@pytest.mark.redis
def test_a_countdown_longer_than_the_visibility_timeout_runs_twice_on_redis(stack):
    result = run_scenario(stack, "delivery.visibility", countdown=5)
    assert result["visibility_timeout"] == 3
    assert result["runs"] >= 2, result
    # Its sibling, due within the timeout, ran once.
    assert result["within"] == {"countdown": 2, "runs": 1}, result
    # The worker held the restored copy beside the first one before both ran.
    assert max(p["copies held"] for p in result["timeline"]) >= 2, result["timeline"]


@pytest.mark.redis
@pytest.mark.rabbitmq
def test_rabbitmq_holds_a_quorum_queue_countdown_in_its_delayed_delivery_queues(stack):
    if "rabbitmq" not in stack.available:
        from support.skips import need
        need("rabbitmq", f"no rabbitmq server could be started here: {stack.up_output[-300:]}")
    result = run_scenario(stack, "delivery.quorum", countdown=3)
    topology = result["topology"]
    assert topology["queue type"] == "quorum"
    assert topology["delayed queues"] == 28 and topology["quorum"] == 28
    assert topology["rabbitmq"]
    places = [p["in RabbitMQ"] for p in result["timeline"]]
    # 3 s = 2 + 1: celery_delayed_1 then celery_delayed_0, never the worker's memory.
    assert "celery_delayed_1" in places and "celery_delayed_0" in places, result["timeline"]
    assert all(p["worker holds"] == 0 for p in result["timeline"]), result["timeline"]
    assert result["runs"] == 1


@pytest.mark.redis
@pytest.mark.faults
def test_each_shutdown_leaves_the_running_task_its_own_fate(stack):
    result = run_scenario(stack, "delivery.shutdown", seconds=3, after=0.5)
    cases = {c["label"].split(":")[0] + ("+late" if "acks_late" in c["label"] else ""): c
             for c in result["cases"]}
    warm, cold, cold_late, soft = (cases["warm"], cases["cold"], cases["cold+late"], cases["soft+late"])
    # Warm: the export finished, then the worker exited.
    assert warm["state"] == "SUCCESS" and warm["fate"] == "finished", warm
    assert warm["exit s"] >= 2.0  # it waited for the export (2.5 s were left)
    # Cold, acked at start: cancelled, marked RETRY, never delivered again.
    assert cold["state"] == "RETRY" and cold["back on broker"] == 0 and cold["final"] == "RETRY", cold
    # Cold with acks_late, and soft (SIGTERM remapped to SIGQUIT): back on the broker, run again.
    for case in (cold_late, soft):
        assert case["back on broker"] == 1 and case["final"] == "SUCCESS", case
        assert case["fate"] == "requeued, ran again" and case["ran_on"].startswith("exports-next@")
    # What each worker said: the soft one waited its 1.5 s window before cancelling.
    assert any("Warm shutdown" in line for line in warm["worker said"]), warm
    assert any("Cold shutdown" in line for line in cold["worker said"]), cold
    assert "Initiating Soft Shutdown, terminating in 1.5 seconds" in soft["worker said"], soft
    assert not any("Soft" in line for line in cold_late["worker said"]), cold_late
    assert soft["exit s"] >= 1.5, soft
    for case in (cold_late, soft):
        assert "Restoring 1 unacknowledged message(s)" in case["worker said"], case


def test_a_signal_after_the_export_ended_is_refused_in_one_line():
    from demo.celery import app

    scenario = get("delivery.shutdown")
    run = Run(scenario, scenario.validate({"seconds": 2, "after": 3}), app=app, tracker=Tracker())
    run.execute()
    assert run.status == "failed"
    assert run.error == "after (3 s) must be shorter than the export (2 s)"


def test_a_due_reminder_in_the_workers_timer_is_not_held():
    # Celery passes every ETA task through its timer, a due one too: only an entry whose ETA
    # was still ahead when the worker answered is a countdown the worker holds.
    from brownbag.scenarios.delivery import held_before_due

    answered = 1_800_000_000.0
    due = {"eta": "2027-01-15T08:00:00+00:00"}  # 1_800_000_000 s is 08:00:00 UTC: due
    ahead = {"eta": "2027-01-15T08:00:02.500000+00:00"}
    assert held_before_due([due], answered) == 0
    assert held_before_due([due, ahead], answered) == 1
    assert held_before_due([{"eta": None}], answered) == 0


# -- what the recordings and the slides say (no stack) -----------------------------------

ROOT = Path(__file__).resolve().parent.parent


def test_the_recordings_show_what_the_slides_say():
    one, default, disabled = recorded("delivery.prefetch")["rounds"]
    assert one["waited"] == 0 and default["waited"] >= 1 and disabled["waited"] == 0
    visibility = recorded("delivery.visibility")
    assert visibility["runs"] >= 2 and visibility["within"]["runs"] == 1
    quorum = recorded("delivery.quorum")
    assert quorum["runs"] == 1 and quorum["topology"]["quorum"] == 28
    assert all(p["worker holds"] == 0 for p in quorum["timeline"])
    assert any(p["in RabbitMQ"].startswith("celery_delayed_") for p in quorum["timeline"])
    fates = {c["label"]: c["fate"] for c in recorded("delivery.shutdown")["cases"]}
    assert list(fates.values()) == ["finished", "lost (left RETRY)", "requeued, ran again",
                                    "requeued, ran again"], fates


def test_the_live_slides_state_the_demos_defaults():
    talk = (ROOT / "slides" / "talk.rst").read_text()
    shutdown = get("delivery.shutdown").validate({})
    assert f"each {shutdown['after']:g} s into a {shutdown['seconds']:g} s export" in talk
    assert f"A {get('delivery.quorum').validate({})['countdown']} s countdown through a quorum queue" in talk
    prefetch = get("delivery.prefetch").validate({})
    assert f"a {prefetch['long']:g} s report, then six {prefetch['short']:g} s reports" in talk
    assert prefetch["shorts"] == 6  # "six" on the slide
    from demo.delivery import SHORT_VISIBILITY, SOFT_SHUTDOWN

    assert f"lowered to **{SHORT_VISIBILITY['visibility_timeout']} s**" in talk
    assert f"``worker_soft_shutdown_timeout`` ({SOFT_SHUTDOWN['worker_soft_shutdown_timeout']:g} s here)" in talk
