"""The trace slide's claims, on the real pipeline: the SDK's own OTLP/HTTP exporter posting
to brownbag.trace.receiver, and a chord run by instrumented workers on the session stack.

- The receiver decodes what the real exporter sends: names, parents, services, attributes.
- It refuses what is not an ExportTraceServiceRequest, in one line (HTTP 400).
- trace.chord: the spans nest as the chord does (every header task's publish under the
  producer's span, each run under its publish, the body's publish under a header task's
  run), and the producer is uninstrumented once the run ends.
"""

from __future__ import annotations

import httpx
import pytest

from support.scenarios import run_scenario
from support.skips import need


def otel():
    try:
        from opentelemetry.sdk.trace import TracerProvider  # noqa: F401
    except ImportError:
        need("trace", "no opentelemetry: pip install -e '.[trace]'")


@pytest.fixture
def receiver():
    otel()
    from brownbag.trace.receiver import Receiver

    with Receiver() as running:
        yield running


def test_the_receiver_decodes_what_the_sdks_otlp_exporter_sends(receiver):
    from demo.tracing import tracer_provider

    provider = tracer_provider("checker", endpoint=receiver.endpoint)
    tracer = provider.get_tracer(__name__)
    with tracer.start_as_current_span("outer") as outer:
        with tracer.start_as_current_span("inner") as inner:
            inner.set_attribute("celery.task_name", "demo.canvas.double")
    assert provider.force_flush(10_000)
    provider.shutdown()
    trace_id = format(outer.get_span_context().trace_id, "032x")
    spans = {s["name"]: s for s in receiver.trace(trace_id)}
    assert set(spans) == {"outer", "inner"}
    assert spans["outer"]["parent_id"] is None
    assert spans["inner"]["parent_id"] == spans["outer"]["span_id"] == \
        format(outer.get_span_context().span_id, "016x")
    assert spans["inner"]["service"] == "checker"
    assert spans["inner"]["attributes"] == {"celery.task_name": "demo.canvas.double"}
    assert spans["outer"]["start_ns"] <= spans["inner"]["start_ns"] <= spans["inner"]["end_ns"] \
        <= spans["outer"]["end_ns"]


def test_the_receiver_refuses_what_is_not_otlp(receiver):
    reply = httpx.post(receiver.endpoint, content=b"\xff\xff not protobuf",
                       headers={"Content-Type": "application/x-protobuf"})
    assert reply.status_code == 400
    assert reply.text.startswith("not an ExportTraceServiceRequest")
    assert httpx.post(receiver.endpoint.replace("/v1/traces", "/v1/logs"), content=b"").status_code == 404
    assert receiver.spans == []


def test_a_chords_spans_nest_as_the_chord_does(stack):
    otel()
    from opentelemetry.instrumentation.celery import CeleryInstrumentor

    run = run_scenario("trace.chord", size=3)
    assert run.status == "succeeded", run.error
    result = run.result
    spans, by_id = result["spans"], {s["span_id"]: s for s in result["spans"]}
    assert {s["trace_id"] for s in spans} == {result["trace_id"]}
    root = [s for s in spans if s["parent_id"] is None]
    assert [s["name"] for s in root] == ["chord"] and root[0]["service"] == "producer"
    publishes = [s for s in spans if s["name"].startswith("apply_async/")]
    runs = [s for s in spans if s["name"].startswith("run/")]
    assert sorted(s["name"] for s in publishes) == ["apply_async/demo.canvas.double"] * 3 + \
        ["apply_async/demo.canvas.total"]
    assert len(runs) == 4 and all(s["service"] == "celery-worker" for s in runs)
    # each run is the child of its own publish (the same task id)
    for r in runs:
        parent = by_id[r["parent_id"]]
        assert parent["name"] == "apply_async/" + r["name"].split("/", 1)[1]
        assert parent["attributes"]["messaging.message.id"] == r["attributes"]["messaging.message.id"]
        assert parent["end_ns"] <= r["start_ns"] + 5_000_000  # published, then run (clocks of one host)
    # the header from the producer's span; the body from inside a header task's run
    for p in publishes:
        parent = by_id[p["parent_id"]]
        if p["name"].endswith(".double"):
            assert parent["name"] == "chord" and p["service"] == "producer"
        else:
            assert parent["name"] == "run/demo.canvas.double" and p["service"] == "celery-worker"
    assert result["nested"] and result["total"] == 6
    # the live server's other demos publish without spans after the run
    assert not CeleryInstrumentor().is_instrumented_by_opentelemetry
