"""OpenTelemetry on Celery: spans for each publish and each run, sent over OTLP/HTTP.

A worker loads this module with ``-I demo.tracing``: only the workers started with it
trace. Each prefork child sets up its own exporter after the fork (a BatchSpanProcessor's
thread does not survive one), as the instrumentation's docs ask. The endpoint comes from
OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, as with any OTLP exporter.
"""

from celery.signals import worker_process_init
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.instrumentation.celery import CeleryInstrumentor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor


def tracer_provider(service, endpoint=None):
    """Spans of ``service``, batched and exported to the OTLP/HTTP ``endpoint``."""
    provider = TracerProvider(resource=Resource.create({"service.name": service}))
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=endpoint)))
    return provider


@worker_process_init.connect(weak=False)
def trace_worker_process(**kwargs):
    CeleryInstrumentor().instrument(tracer_provider=tracer_provider("celery-worker"))
