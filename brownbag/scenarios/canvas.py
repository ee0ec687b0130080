"""Program for Celery: delay/apply_async options, callbacks, group, chain, chord."""

from datetime import datetime, timedelta, timezone

from celery import chain, chord, group

from demo.basics import add, sleepy
from demo.canvas import double, explode, on_error, on_success, report_failure, total

from .payoff import fact, listed, plural, timeline
from .registry import Expect, Param, event_types, scenario
from .runs import RunFailed


@scenario(
    "canvas.delay", "delay() and apply_async(): countdown, eta, expires",
    slide="Program for Celery / Delay and apply_async",
    expect=Expect(lambda r, i: r["expires"] == "revoked (expired)" and "task-revoked" in event_types(i)
                  and r["countdown"] == 4 and r["eta"] == 6, params={"countdown": 1}),
    params=[Param("countdown", float, 2.0, min=0, max=10, help="seconds before the countdown task may run")],
)
def delay_options(run, countdown):
    """Four calls of the same task: plain delay(), a countdown, an eta, and one whose
    expires passes while it waits behind a busy worker -- the worker revokes it."""
    now = datetime.now(timezone.utc)
    plain = run.send(add, 1, 1)
    later = run.send(add, 2, 2, countdown=countdown)
    at = run.send(add, 3, 3, eta=now + timedelta(seconds=countdown + 1))
    # Fill both prefork processes, then queue a task that expires before they free up.
    blockers = [run.send(sleepy, 2.0, f"blocker {i}", queue="prefork") for i in (1, 2)]
    doomed = run.send(add, 4, 4, queue="prefork", expires=1.0)
    run.note(f"add(1,1) now; add(2,2) countdown={countdown}s; add(3,3) eta=+{countdown + 1}s; "
             "add(4,4) expires in 1 s behind two 2-second blockers")
    results = {"delay": run.wait(plain), "countdown": run.wait(later), "eta": run.wait(at)}
    for blocker in blockers:
        run.wait(blocker)
    revoked = run.wait_event(doomed.id, "task-revoked", "task-succeeded", timeout=10)
    state = doomed.state
    results["expires"] = "revoked (expired)" if (revoked and revoked["type"] == "task-revoked"
                                                 or state == "REVOKED") else state
    if results["expires"] != "revoked (expired)":
        raise RunFailed(f"the expiring task was not revoked (state {state})")
    return {"payoff": timeline(fact("delay()", results["delay"]), fact("countdown", results["countdown"]),
                               fact("eta", results["eta"]), fact("expires", results["expires"], tone="bad"),
                               headline=f"3 of 4 ran ({results['delay']}, {results['countdown']}, "
                                        f"{results['eta']}); the 4th expired while it waited"),
            **results}


@scenario(
    "canvas.callback", "Callbacks: link on success, link_error on failure",
    slide="Program for Celery / Callback",
    expect=Expect(lambda r, i: "callback got 42" in r["link"] and "ValueError('boom')" in r["link_error"]
                  and "task-failed" in event_types(i), params={"x": 21}),
    params=[Param("x", int, 21, min=-1000, max=1000, help="what double() gets")],
)
def callbacks(run, x):
    """double(x) links on_success (a task fed the result); explode() links two errbacks:
    on_error(request, exc, traceback) runs inside the worker that saw the failure,
    report_failure(task_id) is sent as a task of its own."""
    ok = run.send(double.s(x).set(link=on_success.s()))
    bad = run.send(explode.s("boom").set(link=on_success.s(),
                                         link_error=[on_error.s(), report_failure.s()]))
    run.note("double(x) with link=on_success; explode() with link_error=[on_error, report_failure]")
    doubled = run.wait(ok)
    run.wait(bad, propagate=False)
    run.note("on_error(request, exc, traceback) ran inline in the worker: no task row for it")
    # The callbacks are tasks the workers sent, adopted by parent_id: wait for them.
    callback = run.wait_for(lambda i: i.get("type") == "task-succeeded"
                            and i.get("parent_id", i.get("uuid")) and "callback got" in str(i.get("result")),
                            timeout=10)
    report = run.wait_for(lambda i: i.get("type") == "task-succeeded"
                          and "report: task" in str(i.get("result")), timeout=10)
    if not callback or not report:
        raise RunFailed("a callback task did not run (is the prefork worker up?)")
    # The values themselves, from the result backend (events carry their repr).
    out = {"double": doubled, "link": run.app.AsyncResult(callback["uuid"]).result,
           "explode": f"{bad.state}: {bad.result!r}",
           "link_error": run.app.AsyncResult(report["uuid"]).result}
    return {"payoff": timeline(fact("double", out["double"]), fact("link", out["link"]),
                               fact("explode", out["explode"], tone="bad"),
                               fact("link_error", out["link_error"]),
                               headline=f"double({x}) = {out['double']} went to its link; "
                                        f"explode() failed and its link_error ran"), **out}


@scenario(
    "canvas.group", "A group: tasks in parallel, results in order",
    slide="Program for Celery / Group",
    expect=Expect(lambda r, i: r["results"] == [0, 2, 4, 6, 8], params={"size": 5}),
    params=[Param("size", int, 6, min=1, max=30, help="how many double() tasks")],
)
def group_demo(run, size):
    result = run.send(group(double.s(i) for i in range(size)))
    run.note(f"group of {size} double() tasks")
    results = run.wait(result)
    ordered = results == [2 * i for i in range(size)]
    said = (f"{plural(size, 'task')} at once, results in the order sent: {listed(results)}" if ordered
            else f"{plural(size, 'task')} at once, results NOT in the order sent: {listed(results)}")
    return {"payoff": timeline(fact("results, in order", results), headline=said), "results": results}


@scenario(
    "canvas.chain", "A chain: each result feeds the next task",
    slide="Program for Celery / Chain",
    expect=Expect(lambda r, i: r["value"] == 16, params={"start": 1, "length": 4}),
    params=[Param("start", int, 1, min=0, max=1000, help="the first value"),
            Param("length", int, 4, min=1, max=10, help="how many double() steps")],
)
def chain_demo(run, start, length):
    result = run.send(chain(double.s(start), *[double.s() for _ in range(length - 1)]))
    run.note(f"chain of {length}: double({start}) | double() ...")
    value = run.wait(result)
    return {"payoff": timeline(fact(f"{start} doubled {length} times", value),
                               headline=f"{start} doubled {plural(length, 'time')}, one task after another: {value}"),
            "value": value}


@scenario(
    "canvas.chord", "A chord: a group, then one callback with all its results",
    slide="Program for Celery / Chord",
    expect=Expect(lambda r, i: r["total"] == 12 and event_types(i).count("task-succeeded") >= 5,
                  params={"size": 4}),
    params=[Param("size", int, 5, min=1, max=30, help="tasks in the header")],
)
def chord_demo(run, size):
    result = run.send(chord((double.s(i) for i in range(size)), total.s()))
    run.note(f"chord: {size} double() tasks, then total() of their results")
    value, expected = run.wait(result), sum(2 * i for i in range(size))
    return {"payoff": timeline(fact("total()", value, tone="good" if value == expected else "bad"),
                               fact("expected", expected),
                               headline=(f"{plural(size, 'task')} in parallel, then total() of all: {value}"
                                         if value == expected else
                                         f"total() got {value}, not the {expected} its header adds up to")),
            "total": value, "expected": expected}
