"""A trace of a chord: OpenTelemetry's Celery instrumentation on the producer and on the
demo's own workers, the spans sent by the SDK's OTLP exporter to brownbag.trace.receiver.

The workers load demo/tracing.py (``-I demo.tracing``): only they trace, not the stack's.
The producer (this process) is instrumented for the run only, then uninstrumented, so
other demos of the live server publish without spans.
"""

from __future__ import annotations

import time

from celery import chord

from brownbag import settings
from brownbag.workers import Worker
from demo.canvas import double, total

from ._cluster import node_name
from .delivery import purge, redis_client, workers_up
from .payoff import fact, table
from .registry import Expect, Param, scenario
from .runs import RunFailed

TRACE_QUEUE = "traced"
BAR = 24  # characters of the widest bar
# the task id, as the instrumentation sets it on the publish span (semconv's messaging.message.id)
MESSAGE_ID = "messaging.message.id"


def traced_worker(url: str, endpoint: str) -> Worker:
    return Worker("traced", TRACE_QUEUE, "prefork", 2, url, include=("demo.tracing",),
                  env={"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT": endpoint,
                       # export each batch within 0.1 s: the slide waits for the spans
                       "OTEL_BSP_SCHEDULE_DELAY": "100"},
                  log_dir=settings.home() / "logs" / "demos", loglevel="info")


def waterfall(spans: list[dict]) -> list[dict]:
    """Per task, its publish and run spans joined, in tree order: depth, name, the task's
    times in ms from the trace's start (published, started, ended), its parent's task."""
    by_id = {s["span_id"]: s for s in spans}
    root = next(s for s in spans if s["parent_id"] is None)
    t0 = root["start_ns"]
    tasks, order = [], []

    def walk(span, depth):
        for child in sorted((s for s in spans if s["parent_id"] == span["span_id"]),
                            key=lambda s: s["start_ns"]):
            if child["name"].startswith("apply_async/"):
                run = next((s for s in spans if s["parent_id"] == child["span_id"]
                            and s["name"].startswith("run/")), None)
                task = {"depth": depth, "task": child["name"].split("/", 1)[1].rsplit(".", 1)[-1],
                        "task_id": child["attributes"].get(MESSAGE_ID),
                        "published ms": (child["start_ns"] - t0) / 1e6,
                        "started ms": (run["start_ns"] - t0) / 1e6 if run else None,
                        "ended ms": (run["end_ns"] - t0) / 1e6 if run else None,
                        "worker": run and run["service"], "span_id": child["span_id"],
                        "run_span_id": run and run["span_id"],
                        "parent": by_id.get(span["span_id"], {}).get("name")}
                tasks.append(task)
                if run:
                    walk(run, depth + 1)
    walk(root, 0)
    order.extend(tasks)
    return order


def bar(task: dict, end: float) -> str:
    """A row of the waterfall in characters: · before the publish, ░ queued, █ running."""
    def at(ms):
        return round(BAR * ms / end) if end else 0
    published, started, ended = at(task["published ms"]), at(task["started ms"]), at(task["ended ms"])
    return "·" * published + "░" * (started - published) + "█" * max(1, ended - started)


@scenario(
    "trace.chord", "A trace of a chord: publish, queue, run, as OpenTelemetry spans",
    slide="Ecosystem / A trace of a chord",
    expect=Expect(lambda r, i: r["nested"] and len(r["tasks"]) == 4, params={"size": 3}),
    params=[Param("size", int, 3, min=1, max=6, help="tasks in the chord's header")],
    timeout=90,
    needs=("trace",),
)
def chord_trace(run, size):
    """A chord of ``size`` double() tasks and total() on queue 'traced', sent from a span
    'chord' of this process; the spans of both sides reach the receiver over OTLP/HTTP."""
    try:  # the [trace] extra: without it every other demo still runs
        from opentelemetry.instrumentation.celery import CeleryInstrumentor

        from brownbag.trace.receiver import Receiver
        from demo.tracing import tracer_provider
    except ImportError as exc:
        raise RunFailed(f"{exc.name} is not installed: pip install -e '.[trace]'") from None
    url, client = redis_client(run)
    provider = None
    try:
        with Receiver() as receiver:
            run.note(f"OTLP/HTTP receiver at {receiver.endpoint}")
            worker = traced_worker(url, receiver.endpoint)
            purge(client, TRACE_QUEUE)
            with workers_up(client, [worker]):
                provider = tracer_provider("producer", endpoint=receiver.endpoint)
                instrumentor = CeleryInstrumentor()
                instrumentor.instrument(tracer_provider=provider)
                try:
                    with provider.get_tracer(__name__).start_as_current_span("chord") as root:
                        result = run.send(chord((double.s(i).set(queue=TRACE_QUEUE) for i in range(size)),
                                                total.s().set(queue=TRACE_QUEUE)))
                finally:
                    instrumentor.uninstrument()
                value = run.wait(result, timeout=30)
                provider.force_flush()
                trace_id = format(root.get_span_context().trace_id, "032x")
                # root, a publish and a run per header task, the body's publish and run
                wanted, end = 2 * size + 3, time.time() + run.remaining(15)
                while len(receiver.trace(trace_id)) < wanted and time.time() < end:
                    time.sleep(0.2)
                spans = receiver.trace(trace_id)
            run.note(f"{node_name(worker)} stopped; {len(spans)} spans of trace {trace_id[:8]}… received")
    finally:
        client.close()
        if provider is not None:
            provider.shutdown()
    if len(spans) < wanted:
        raise RunFailed(f"the receiver got {len(spans)} of the {wanted} spans of trace {trace_id} in 15 s")
    return chord_payoff(spans, size, value, trace_id)


def chord_payoff(spans: list[dict], size: int, value, trace_id: str) -> dict:
    """The waterfall of a chord's spans, and whether they nest as the chord does."""
    tasks = waterfall(spans)
    header = [t for t in tasks if t["task"] == "double"]
    body = next((t for t in tasks if t["task"] == "total"), None)
    # the chord as the spans say it: every header task under the root, the body under a header task's run
    nested = (len(header) == size and all(t["depth"] == 0 for t in header) and body is not None
              and body["depth"] == 1 and body["parent"] and body["parent"].startswith("run/"))
    end = max(t["ended ms"] or 0 for t in tasks)
    rows = [[("  " * t["depth"] + ("└ " if t["depth"] else "") + f"{t['task']}() {t['task_id'][:4]}"),
             f"{t['published ms']:.0f}", f"{t['started ms'] - t['published ms']:.0f}",
             f"{t['ended ms'] - t['started ms']:.0f}", bar(t, end)] for t in tasks][:8]
    queued = max(t["started ms"] - t["published ms"] for t in tasks)
    headline = (f"one trace, {len(spans)} spans: total() was sent from inside a double()'s run"
                if nested else f"{len(spans)} spans, but they do not nest as the chord does")
    return {"payoff": table(["task", "sent (ms)", "queued (ms)", "ran (ms)", "waterfall"], rows,
                            fact("total()", value), fact("longest in a queue", f"{queued:.0f} ms"),
                            headline=headline,
                            title=f"spans of trace {trace_id[:8]}…, ms from the producer's span"),
            "nested": bool(nested), "tasks": tasks, "spans": spans, "trace_id": trace_id,
            "total": value}
