"""The smallest OTLP/HTTP trace receiver: POST /v1/traces, protobuf in, spans kept in memory.

Debian packages no OpenTelemetry Collector nor Jaeger, and the slide's point is the real
wire format: the SDK's own OTLP exporter posts here, and opentelemetry-proto's generated
ExportTraceServiceRequest decodes what it sent. Bound to 127.0.0.1, on a free port.
"""

from __future__ import annotations

import gzip
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)

KINDS = {0: "unspecified", 1: "internal", 2: "server", 3: "client", 4: "producer", 5: "consumer"}


def value(any_value) -> object:
    """An OTLP AnyValue as the plain Python value it holds."""
    which = any_value.WhichOneof("value")
    return None if which is None else getattr(any_value, which)


def spans_of(request: ExportTraceServiceRequest) -> list[dict]:
    """Every span of an export request, as JSON-ready dicts (ids in hex, as OTLP/JSON has them)."""
    out = []
    for resource_spans in request.resource_spans:
        resource = {a.key: value(a.value) for a in resource_spans.resource.attributes}
        for scope_spans in resource_spans.scope_spans:
            for span in scope_spans.spans:
                out.append({
                    "trace_id": span.trace_id.hex(), "span_id": span.span_id.hex(),
                    "parent_id": span.parent_span_id.hex() or None, "name": span.name,
                    "kind": KINDS.get(span.kind, str(span.kind)),
                    "start_ns": span.start_time_unix_nano, "end_ns": span.end_time_unix_nano,
                    "service": resource.get("service.name"),
                    "attributes": {a.key: value(a.value) for a in span.attributes},
                })
    return out


class Receiver:
    """A ThreadingHTTPServer on 127.0.0.1 in a thread; ``spans`` grows as exports arrive."""

    def __init__(self, port: int = 0):
        self.spans: list[dict] = []
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server's name)
                if self.path != "/v1/traces":
                    return self.reply(404, b"only /v1/traces")
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if self.headers.get("Content-Encoding") == "gzip":
                    body = gzip.decompress(body)
                request = ExportTraceServiceRequest()
                try:
                    request.ParseFromString(body)
                except Exception as exc:  # protobuf's DecodeError: say so, as a collector would
                    return self.reply(400, f"not an ExportTraceServiceRequest: {exc}".encode())
                with receiver.lock:
                    receiver.spans.extend(spans_of(request))
                self.reply(200, ExportTraceServiceResponse().SerializeToString())

            def reply(self, status: int, body: bytes):
                self.send_response(status)
                self.send_header("Content-Type", "application/x-protobuf")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):  # one line per export would drown the run's notes
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, name="otlp-receiver", daemon=True)

    @property
    def endpoint(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/v1/traces"

    def __enter__(self) -> "Receiver":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def trace(self, trace_id: str) -> list[dict]:
        with self.lock:
            return [s for s in self.spans if s["trace_id"] == trace_id]
