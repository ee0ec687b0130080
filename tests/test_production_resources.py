"""What else to keep in mind, for real: each demo's outcome is what its slide claims.

Run in this process against the session's test stack (Redis broker and results), as
``invoke demo`` runs them: the memory and results demos start workers of their own and
stop them by pid; the chord runs on the stack's prefork worker.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.redis


def run(demo: str, **params) -> tuple[dict, list[dict]]:
    from brownbag.cli.demos import run_quietly
    from brownbag.scenarios import get

    scenario = get(demo)
    done = run_quietly(scenario, scenario.validate(params))
    assert done.status == "succeeded", done.error
    return done.result, done.items


@pytest.mark.faults  # two workers started one after the other: ~10 s
def test_the_pool_process_is_replaced_after_its_limit_and_not_before(stack):
    result, _ = run("practices.memory", megabytes=20, tasks=3)
    by_limit: dict[str, list[dict]] = {}
    for row in result["rows"]:
        by_limit.setdefault(row["limit"], []).append(row)
    (count_rows, memory_rows) = by_limit.values()
    # --max-tasks-per-child 2: the third task runs in a new process.
    pids = [r["pool pid"] for r in count_rows]
    assert pids[0] == pids[1] != pids[2], count_rows
    # --max-memory-per-child: the task that ended over the limit ran to its end in the old
    # process (billiard checks between tasks); the next one got a fresh, small process.
    limit = result["limit MB"]
    first_over = next(r for r in memory_rows if r["peak RSS MB"] > limit)
    assert [r["task"] for r in memory_rows if r["peak RSS MB"] > limit][0] == 2, memory_rows
    assert memory_rows[0]["pool pid"] == first_over["pool pid"] != memory_rows[2]["pool pid"]
    assert memory_rows[2]["kept MB"] == 20 and memory_rows[2]["peak RSS MB"] < limit


def test_result_keys_expire_and_ignored_results_store_none(stack):
    result, _ = run("practices.results", tasks=20, expires=2)
    assert result["ran"] == {"count_visit": 20, "count_visit_quietly": 20}
    assert result["peak"] > 0
    assert result["rows"][-1]["count_visit keys"] == 0  # all expired
    assert all(r["ignore_result keys"] == 0 for r in result["rows"])
    assert 0 < result["bytes per key"] < 10_000


def test_a_failed_header_never_runs_the_body(stack):
    from demo.celery import app

    result, items = run("practices.chord_failure", seconds=0.3)
    body = result["body"]
    body_events = {i["type"] for i in items if i["kind"] == "event" and i.get("uuid") == body}
    assert not body_events & {"task-received", "task-started", "task-succeeded"}, body_events
    assert app.AsyncResult(body).state == "FAILURE"
    assert type(app.AsyncResult(body).result).__name__ == "ChordError"
    # What the caller gets: the header's own error by default, the ChordError without parents.
    assert result["get()"] == "ValueError: feed 'down' is unreachable"
    assert result["get(follow_parents=False)"].startswith("ChordError: Dependency ")
    # The errback on the body ran, in the worker, with that ChordError (its log line).
    assert result["errback"].startswith(f"the feeds summary {body} failed: ChordError('Dependency ")
