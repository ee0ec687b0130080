"""Author the deck: rebuild when a source changes, serve the build on 127.0.0.1.

A plain stdlib HTTP server, not hovercraft's (that one binds 0.0.0.0). The live
server (``python -m brownbag.live``) is what serves the deck during the talk; this
is only for writing slides.
"""

from __future__ import annotations

import functools
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

from . import build

WATCHED_SUFFIXES = {".rst", ".css", ".js", ".svg", ".png", ".jpg", ".py", ".json"}


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # one line per request is noise while authoring
        pass


def serve(directory: Path, host: str, port: int) -> ThreadingHTTPServer:
    """Serve ``directory`` in a background thread; the caller shuts it down."""
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = ThreadingHTTPServer((host, port), handler)
    threading.Thread(target=server.serve_forever, name="slides-http", daemon=True).start()
    return server


def snapshot(paths) -> dict[Path, float]:
    """Modification times of everything the deck is built from."""
    stamps = {}
    for path in paths:
        try:
            stamps[path] = path.stat().st_mtime
        except OSError:
            stamps[path] = -1.0  # gone: a change too
    return stamps


def sources(source: Path, target: Path, report: build.Report | None) -> set[Path]:
    """Everything next to the master file (theme, diagrams, assets) plus what it includes."""
    found = {p for p in source.parent.rglob("*")
             if p.is_file() and p.suffix in WATCHED_SUFFIXES and target not in p.parents}
    if report:
        found |= {p for p in report.dependencies if p.suffix in WATCHED_SUFFIXES}
    return found


def watch(on_build, on_error, source: Path = build.SOURCE, target: Path = build.TARGET,
          interval: float = 0.5, stopped: Callable[[], bool] = lambda: False, cut=None) -> None:
    """Build now, then again whenever a source changes, until ``stopped()`` says so.
    ``cut``: build that cut of the talk each time (brownbag.deck.cuts), else the whole talk.

    ``stopped`` is a plain callable polled between builds, and the pause is a
    ``time.sleep``: the caller's Ctrl-C handler runs on this very thread, so it must
    never wait on a lock this loop could be holding (a ``threading.Event.wait`` here
    and ``Event.set`` in the handler hung a CI run: the handler waited for the lock
    its own thread held).
    """
    source, target = Path(source).resolve(), Path(target).resolve()
    report = None
    stamps: dict[Path, float] = {}
    while not stopped():
        if snapshot(sources(source, target, report)) != stamps:
            started = time.time()
            try:
                report = build.build(source=source, target=target, cut=cut)
            except build.DeckError as error:
                on_error(error)  # keep serving the last good build
            else:
                on_build(report)
            # The build may have found new dependencies (included modules): watch
            # them too. A file saved while we were building still counts as a change.
            stamps = {path: (-2.0 if stamp > started else stamp)
                      for path, stamp in snapshot(sources(source, target, report)).items()}
        time.sleep(interval)
