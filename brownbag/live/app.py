"""The live server: the built deck at ``/`` and the demo API under ``/api``.

    $ python -m brownbag.live                       # what `invoke up` runs under supervisord
    $ curl -s localhost:8000/api/demos | jq '.[].id'
    $ curl -s -XPOST localhost:8000/api/demos/canvas.chain/runs -d '{"params": {"start": 3}}'
    {"run_id": "1f0c...", "events": "/api/runs/1f0c.../events", ...}
    $ curl -N localhost:8000/api/runs/1f0c.../events          # Server-Sent Events
    $ curl -N -H 'Accept: text/event-stream' -XPOST localhost:8000/api/demos/canvas.chain/runs
      # started and streamed in one response (what the deck does: one connection less)

Only catalogue scenarios ever run, with validated parameters. Every error is
one JSON object ``{"error": "..."}`` with the right status code.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections import OrderedDict
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import (FileResponse, HTMLResponse, JSONResponse, PlainTextResponse,
                                 RedirectResponse, Response, StreamingResponse)
from starlette.middleware import Middleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from brownbag import recording, settings
from brownbag.scenarios import ParameterError, Run, Tracker, UnknownScenario, catalogue, get
from brownbag.stack.probes import port_open

from . import health
from .bridge import EventsBridge
from .guard import StartGuard
from .stage import Stage, StageError
from .streams import (HEARTBEAT, TooBig, command_events, read_body, sse_response, stage_events,
                      waiting)

log = logging.getLogger(__name__)

ROOT = settings.ROOT
DECK = ROOT / "slides" / "_build"
RECORDINGS = recording.FOLDER

MAX_BODY = 16 * 1024  # parameters are a few numbers; anything bigger is a mistake
MAX_STAGE_BODY = 64 * 1024  # a step's report: ids, a title and its speaker notes
MAX_RUNNING = 4  # demos at once: a stuck panel or a script can't flood the cluster
KEEP_RUNS = 200

NO_DECK = """<!doctype html><meta charset="utf-8"><title>Celery brown bag: deck not built</title>
<body style="font:20px/1.5 sans-serif;max-width:40em;margin:4em auto">
<h1>The deck is not built yet</h1>
<p>Build it, then reload this page:</p><pre>invoke slides.build</pre>
<p>The demo API is up: <a href="/api/demos">/api/demos</a>, <a href="/api/health">/api/health</a>.</p>
"""


NO_JOBSITE = """<!doctype html><meta charset="utf-8"><title>Django admin not running</title>
<body style="font:24px/1.5 sans-serif;margin:2em">
<p>The job site's Django admin does not answer on {host}:{port}.</p>
<p>It runs with <code>invoke up</code> (not with <code>--no-django</code>).</p>
"""


def recording_response(name: str) -> Response:
    """``/recordings/<id>.json``, the committed recording, or ``<id>.js``, the script form
    live.js loads, made from it (``brownbag.recording``): a recording made after the deck
    was built shows without a rebuild. 404 for anything else (no paths, no dotfiles)."""
    demo_id, _, suffix = name.rpartition(".")
    if "/" in name or name.startswith(".") or suffix not in ("js", "json"):
        return error(404, f"no recording {name!r}")
    try:
        data = recording.read(demo_id, RECORDINGS)
    except recording.RecordingError as exc:
        return error(500, str(exc))
    if data is None:
        return error(404, f"no recording {name!r}")
    if suffix == "json":
        return FileResponse(recording.path(demo_id, RECORDINGS))
    return Response(recording.script(data), media_type="text/javascript")


def error(status: int, message: str, **extra) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


class Runs:
    """Every run this server started (the last KEEP_RUNS), and which demo is busy."""

    def __init__(self):
        self._runs: OrderedDict[str, Run] = OrderedDict()
        self._lock = threading.Lock()

    def busy(self) -> int:
        with self._lock:
            return sum(not r.done.is_set() for r in self._runs.values())

    def running(self, demo_id: str) -> Run | None:
        with self._lock:
            return next((r for r in self._runs.values()
                         if r.scenario.id == demo_id and not r.done.is_set()), None)

    def add(self, run: Run) -> None:
        with self._lock:
            self._runs[run.id] = run
            while len(self._runs) > KEEP_RUNS:
                self._runs.popitem(last=False)

    def get(self, run_id: str) -> Run | None:
        with self._lock:
            return self._runs.get(run_id)


def create_app(celery_app=None, cfg: dict | None = None, deck: Path = DECK) -> Starlette:
    if celery_app is None:
        from demo.celery import app as celery_app
    cfg = cfg or settings.load()
    tracker, runs, stage = Tracker(), Runs(), Stage()
    state = {"bridge": None}
    start_lock = threading.Lock()

    @asynccontextmanager
    async def lifespan(_app):
        loop = asyncio.get_running_loop()
        # The capture thread never touches runs directly: each event is handed to
        # the event loop, which dispatches it (Flower's pattern).
        bridge = EventsBridge(celery_app, lambda event: loop.call_soon_threadsafe(
            tracker.dispatch, event))
        bridge.start()
        state["bridge"] = bridge
        try:
            yield
        finally:
            bridge.stop()

    async def api_health(request: Request):
        report = await run_in_threadpool(health.check, celery_app, cfg, state["bridge"])
        return JSONResponse(report)

    async def api_demos(request: Request):
        return JSONResponse([s.as_dict() for s in catalogue()])

    async def api_demo(request: Request):
        try:
            return JSONResponse(get(request.path_params["demo_id"]).as_dict())
        except UnknownScenario as exc:
            return error(404, str(exc), known=exc.known)

    async def api_start(request: Request):
        demo_id = request.path_params["demo_id"]
        try:
            scenario = get(demo_id)
        except UnknownScenario as exc:
            return error(404, str(exc), known=exc.known)
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > MAX_BODY:
            return error(413, f"request body over {MAX_BODY} bytes")
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                return error(413, f"request body over {MAX_BODY} bytes")
        try:
            payload = json.loads(body) if body.strip() else {}
        except (ValueError, UnicodeDecodeError) as exc:
            return error(400, f"malformed JSON: {exc}")
        if not isinstance(payload, dict) or not isinstance(payload.get("params", {}), dict):
            return error(400, 'the body must be a JSON object: {"params": {"name": value}}')
        extra = set(payload) - {"params"}
        if extra:
            return error(400, f"unknown field(s) {', '.join(sorted(extra))}: "
                              'the body is {"params": {...}}')
        try:
            params = scenario.validate(payload.get("params"))
        except ParameterError as exc:
            param = next((p for p in scenario.params if p.name == exc.name), None)
            return error(422, str(exc), parameter=exc.name,
                         limits=param.as_dict() if param else None)
        bridge = state["bridge"]
        broker_url = celery_app.conf.broker_url
        if bridge is not None and bridge.supported and bridge.connected.is_set():
            up = True  # events are flowing from this broker right now: no extra round trip
        else:
            up, why = await run_in_threadpool(health.probe, broker_url)
        if not up:
            return error(503, f"broker {health.redact(broker_url)} is down: {why}",
                         broker=health.redact(broker_url))
        with start_lock:  # check-then-start as one step: no two runs of a demo at once
            busy = runs.running(demo_id)
            if busy:
                return error(409, f"{demo_id} is still running (run {busy.id}); "
                                  "wait for it to finish", run_id=busy.id)
            if runs.busy() >= MAX_RUNNING:
                return error(429, f"{MAX_RUNNING} demos are already running; "
                                  "wait for one to finish")
            follow = "events" if bridge is None or bridge.supported else "results"
            run = Run(scenario, params, app=celery_app, tracker=tracker, follow=follow,
                      broker=health.redact(broker_url))
            runs.add(run)
            stage.ran(demo_id, run.id)  # the audience sees the run of the slide on stage
            threading.Thread(target=run.execute, name=f"run-{run.id}", daemon=True).start()
        if "text/event-stream" in request.headers.get("accept", ""):
            # The run's stream in this very response (the deck asks for it): no second
            # connection to open before the first event can show (invoke bench.live).
            return event_stream(run, status_code=202)
        return JSONResponse({"run_id": run.id, "demo": demo_id, "params": params,
                             "follow": follow, "broker": run.broker,
                             "events": f"/api/runs/{run.id}/events",
                             "status": f"/api/runs/{run.id}"}, status_code=202)

    async def api_run(request: Request):
        run = runs.get(request.path_params["run_id"])
        if run is None:
            return error(404, f"unknown run {request.path_params['run_id']!r}")
        return JSONResponse(run.summary())

    async def api_events(request: Request):
        run = runs.get(request.path_params["run_id"])
        if run is None:
            return error(404, f"unknown run {request.path_params['run_id']!r}")
        return event_stream(run)

    def event_stream(run: Run, status_code: int = 200) -> StreamingResponse:
        """Every item of ``run`` so far, then each new one as it comes, to its summary."""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue = asyncio.Queue()

        def deliver(item):  # any thread -> this request's event loop
            loop.call_soon_threadsafe(queue.put_nowait, item)

        backlog = run.subscribe(deliver)

        async def stream():
            try:
                seq = 0
                for item in backlog:
                    seq += 1
                    yield sse(seq, item)
                    if item["kind"] == "summary":
                        return
                async for item in waiting(queue, HEARTBEAT):
                    if item is None:
                        yield b": still running\n\n"
                        continue
                    seq += 1
                    yield sse(seq, item)
                    if item["kind"] == "summary":
                        return
            finally:
                run.unsubscribe(deliver)

        return StreamingResponse(stream(), media_type="text/event-stream", status_code=status_code,
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    async def deck_index(request: Request):
        if (deck / "index.html").exists():
            return HTMLResponse((deck / "index.html").read_text(encoding="utf-8"))
        return HTMLResponse(NO_DECK, status_code=503)

    async def recorded(request: Request):  # not `recording`: that is the module
        """A recording, for panels that lose the backend later."""
        return recording_response(request.path_params["name"])

    async def jobsite(request: Request):
        """The Django admin the deck frames: a redirect to where ``invoke up`` runs it, or a
        line that says it doesn't run (``--no-django``) instead of a refused connection."""
        host, port = cfg["bind"], cfg["ports"]["django"]
        if not await asyncio.to_thread(port_open, host, port):
            return HTMLResponse(NO_JOBSITE.format(host=host, port=port), status_code=503)
        return RedirectResponse(f"http://{host}:{port}/{request.path_params['rest']}")

    # -- the stage: the presenter's deck reports its step, the remote's commands reach it
    async def api_stage(request: Request):
        if request.method == "GET":
            return JSONResponse(stage.private())
        try:
            body = await read_body(request, MAX_STAGE_BODY)
        except TooBig as exc:
            return error(413, str(exc))
        try:
            return JSONResponse(stage.report(json.loads(body or b"null")))
        except StageError as exc:
            return error(400, str(exc))
        except (ValueError, UnicodeDecodeError) as exc:
            return error(400, f"malformed JSON: {exc}")

    async def api_stage_stream(request: Request):
        return sse_response(stage_events(stage, runs.get, private=True))

    async def api_stage_commands(request: Request):
        return sse_response(command_events(stage))

    async def api_audience(request: Request):
        """Where the audience follows (for the QR code on the title slide), if anywhere."""
        info = request.app.state.audience
        return JSONResponse({"enabled": bool(info), **(info or {})})

    async def api_audience_qr(request: Request):
        from .audience import qr_svg

        info = request.app.state.audience
        if not info:
            return error(404, "no audience view: `invoke present --audience <interface>` serves one")
        return Response(qr_svg(info["url"]), media_type="image/svg+xml")

    async def api_unknown(request: Request):
        raise HTTPException(404)  # answered by refused(), like every refusal under /api/

    routes = [
        Route("/api/health", api_health),
        Route("/api/demos", api_demos),
        Route("/api/demos/{demo_id}", api_demo),
        Route("/api/demos/{demo_id}/runs", api_start, methods=["POST"]),
        Route("/api/runs/{run_id}", api_run),
        Route("/api/runs/{run_id}/events", api_events),
        Route("/api/stage", api_stage, methods=["GET", "POST"]),
        Route("/api/stage/stream", api_stage_stream),
        Route("/api/stage/commands", api_stage_commands),
        Route("/api/audience", api_audience),
        Route("/api/audience/qr.svg", api_audience_qr),
        Route("/api/{rest:path}", api_unknown, methods=["GET", "POST", "PUT", "DELETE"]),
        Route("/", deck_index),
        Route("/index.html", deck_index),
        Route("/recordings/{name}", recorded),
        Route("/jobsite/{rest:path}", jobsite),
        Mount("/", app=DeckFiles(directory=deck, check_dir=False)),
    ]
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers={HTTPException: refused},
                    middleware=[
        Middleware(StartGuard, bind=cfg["bind"], token=live_token(cfg))])
    app.state.runs, app.state.tracker, app.state.live = runs, tracker, state
    app.state.stage, app.state.audience = stage, None  # audience: set by serve() when asked for
    return app


async def refused(request: Request, exc: HTTPException):
    """What Starlette itself refuses answers like the rest of the API under /api/.

    A path no API route matches lands on ``/api/{rest:path}``, which raises the 404
    answered here; that pattern stops at a newline, though, and such a path falls
    through to the deck's files, whose plain-text 404/405 a client of the API should
    never have to parse.
    """
    path = request.scope["path"]  # as received: request.url drops the newline
    if path.startswith("/api/"):
        return JSONResponse({"error": f"{exc.detail}: no API route {request.method} {path!r}"},
                            status_code=exc.status_code, headers=exc.headers)
    return PlainTextResponse(exc.detail, status_code=exc.status_code, headers=exc.headers)


def live_token(cfg: dict) -> str | None:
    from brownbag.stack import credentials

    home = settings.home(cfg)
    return credentials.load(home)["live"]["token"] if home.is_dir() else None


class DeckFiles(StaticFiles):
    """The built deck's files; a plain 404 (not a 500) while it is not built."""

    async def __call__(self, scope, receive, send):
        if not Path(self.directory).is_dir():
            await error(404, "the deck is not built: invoke slides.build")(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def sse(seq: int, item: dict) -> bytes:
    return f"id: {seq}\ndata: {json.dumps(item, default=repr)}\n\n".encode()
