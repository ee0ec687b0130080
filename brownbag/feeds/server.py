"""A threaded stdlib HTTP server: every request holds a real socket while it waits.

Threads (not asyncio) keep it dependency-free and let it hold dozens of slow
requests at once, which is all the IO benchmark and the imports need.
"""

from __future__ import annotations

import json
import random
import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .. import settings

FEEDS_DIR = Path(__file__).resolve().parent / "data"
CONTENT_TYPES = {".xml": "application/xml; charset=utf-8", ".json": "application/json; charset=utf-8"}
MAX_WAIT = 30.0  # no request may hold a thread longer than this, whatever it asks for


def default_port(cfg: dict | None = None) -> int:
    """``brownbag.ports.feeds`` in invoke.yaml: where beat's scheduled import looks for feeds."""
    return int((cfg or settings.load())["ports"].get("feeds", 8041))


def base_url(cfg: dict | None = None) -> str:
    return settings.feeds_url(cfg)


def feed_names(directory: Path = FEEDS_DIR) -> list[str]:
    """Partner feeds are the XML and JSON files of the directory."""
    return sorted(p.name for p in directory.iterdir() if p.suffix in CONTENT_TYPES)


class FeedServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # the IO benchmark opens many connections at once

    def __init__(self, host="127.0.0.1", port=0, latency=0.0, fail_rate=0.0, directory=FEEDS_DIR):
        super().__init__((host, port), Handler)
        self.latency, self.fail_rate, self.directory = latency, fail_rate, Path(directory)
        self.random = random.Random()
        self.hits: dict[str, int] = {}

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def feed_url(self, name: str, **overrides) -> str:
        query = "&".join(f"{key}={value}" for key, value in overrides.items() if value is not None)
        return f"{self.url}/feeds/{name}" + (f"?{query}" if query else "")


class Handler(BaseHTTPRequestHandler):
    server: FeedServer
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        parts = urlsplit(self.path)
        query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
        try:
            if parts.path == "/slow":
                seconds = min(float(query.get("seconds", 0.5)), MAX_WAIT)
                time.sleep(seconds)
                return self.reply(200, json.dumps({"waited": seconds}), "application/json")
            if parts.path in ("/feeds", "/feeds/"):
                return self.reply(200, json.dumps(feed_names(self.server.directory)), "application/json")
            if parts.path.startswith("/feeds/"):
                return self.feed(parts.path.removeprefix("/feeds/"), query)
            return self.reply(404, "not found: try /feeds or /slow?seconds=0.5\n")
        except ValueError as exc:
            return self.reply(400, f"bad query: {exc}\n")

    def feed(self, name: str, query: dict):
        latency = min(float(query.get("latency", self.server.latency)), MAX_WAIT)
        fail_rate = float(query.get("fail", self.server.fail_rate))
        path = self.server.directory / name
        if "/" in name or name not in feed_names(self.server.directory):
            return self.reply(404, f"no such feed: {name}\n")
        self.server.hits[name] = self.server.hits.get(name, 0) + 1
        time.sleep(latency)
        if self.server.random.random() < fail_rate:
            # What flaky partners really answer: a 503 and a hint to come back later.
            return self.reply(503, "partner feed unavailable (simulated), retry later\n",
                              headers={"Retry-After": "1"})
        return self.reply(200, path.read_text(encoding="utf-8"), CONTENT_TYPES[path.suffix])

    def reply(self, status: int, body: str, content_type="text/plain; charset=utf-8", headers=None):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):
        pass  # one line per request would drown the benchmark's output


@contextmanager
def serving(port=0, latency=0.0, fail_rate=0.0, host="127.0.0.1"):
    """Run a FeedServer in a background thread for the duration of a ``with`` block."""
    server = FeedServer(host, port, latency=latency, fail_rate=fail_rate)
    thread = threading.Thread(target=server.serve_forever, name="feeds", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
