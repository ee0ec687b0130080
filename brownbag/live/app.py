"""The live server: the built deck at ``/`` and the demo API under ``/api``.

    $ python -m brownbag.live                       # what `invoke up` runs under supervisord
    $ curl -s localhost:8000/api/demos | jq '.[].id'
    $ curl -s -XPOST localhost:8000/api/demos/canvas.chain/runs -d '{"params": {"start": 3}}'
    {"run_id": "1f0c...", "events": "/api/runs/1f0c.../events", ...}
    $ curl -N localhost:8000/api/runs/1f0c.../events          # Server-Sent Events
    $ curl -N -H 'Accept: text/event-stream' -XPOST localhost:8000/api/demos/canvas.chain/runs
      # started and streamed in one response (what the deck does: one connection less)

``create_app`` only wires: the routes (the API's endpoints are ``api``, the deck's
pages are here), the start guard, and the objects the endpoints share on
``app.state``. Every error under ``/api`` is one JSON object ``{"error": "..."}``.
"""

from __future__ import annotations

import asyncio
import threading
import time
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse
from starlette.routing import Mount, Route

from brownbag import settings
from brownbag.scenarios import Tracker
from brownbag.stack import credentials
from brownbag.stack.probes import port_open

from . import api, votes
from .bridge import EventsBridge
from .files import DECK, DeckFiles, recording_response
from .guard import StartGuard
from .stage import Stage

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


async def deck_index(request: Request):
    index = request.app.state.deck / "index.html"
    if index.exists():
        # The mark tells the deck's scripts an /api answers here (slides/assets/core.js):
        # the same deck on file:// or a plain static host asks for nothing.
        return HTMLResponse(index.read_text(encoding="utf-8").replace("<html", "<html data-live-server", 1))
    return HTMLResponse(NO_DECK, status_code=503)


async def recorded(request: Request):  # not `recording`: that is the module
    """A recording, for panels that lose the backend later."""
    return recording_response(request.path_params["name"])


async def jobsite(request: Request):
    """The Django admin the deck frames: a redirect to where ``invoke up`` runs it, or a
    line that says it doesn't run (``--no-django``) instead of a refused connection."""
    cfg = request.app.state.cfg
    host, port = cfg["bind"], cfg["ports"]["django"]
    if not await asyncio.to_thread(port_open, host, port):
        return HTMLResponse(NO_JOBSITE.format(host=host, port=port), status_code=503)
    return RedirectResponse(f"http://{host}:{port}/{request.path_params['rest']}")


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


@asynccontextmanager
async def lifespan(app: Starlette):
    """The events bridge, for as long as the server runs."""
    loop = asyncio.get_running_loop()
    tracker = app.state.tracker
    # The capture thread never touches runs directly: each event is handed to
    # the event loop, which dispatches it (Flower's pattern).
    bridge = EventsBridge(app.state.celery_app, lambda event: loop.call_soon_threadsafe(
        tracker.dispatch, event))
    bridge.start()
    app.state.live["bridge"] = bridge
    try:
        yield
    finally:
        bridge.stop()
        app.state.votes.keep()  # the talk's last word on its questions


def routes(deck: Path) -> list:
    return [
        Route("/api/health", api.health_report),
        Route("/api/demos", api.demos),
        Route("/api/demos/{demo_id}", api.demo),
        Route("/api/demos/{demo_id}/runs", api.start, methods=["POST"]),
        Route("/api/runs/{run_id}", api.run_status),
        Route("/api/runs/{run_id}/events", api.run_stream),
        Route("/api/stage", api.stage_report, methods=["GET", "POST"]),
        Route("/api/stage/stream", api.stage_stream),
        Route("/api/stage/commands", api.stage_commands),
        Route("/api/audience", api.audience),
        Route("/api/votes", api.votes_report),
        Route("/api/votes/{demo_id}", api.vote_tally),
        Route("/api/audience/qr.svg", api.audience_qr),
        Route("/api/{rest:path}", api.unknown, methods=["GET", "POST", "PUT", "DELETE"]),
        Route("/", deck_index),
        Route("/index.html", deck_index),
        Route("/recordings/{name}", recorded),
        Route("/jobsite/{rest:path}", jobsite),
        Mount("/", app=DeckFiles(directory=deck, check_dir=False)),
    ]


def create_app(celery_app=None, cfg: dict | None = None, deck: Path = DECK) -> Starlette:
    if celery_app is None:
        from demo.celery import app as celery_app  # the talk's app, unless a test brings one
    cfg = cfg or settings.load()
    app = Starlette(routes=routes(deck), lifespan=lifespan,
                    exception_handlers={HTTPException: refused},
                    middleware=[Middleware(StartGuard, bind=cfg["bind"], token=live_token(cfg))])
    state = app.state
    state.celery_app, state.cfg, state.deck = celery_app, cfg, deck
    state.tracker, state.runs, state.stage = Tracker(), api.Runs(), Stage()
    state.live = {"bridge": None}  # the events bridge, while the server runs (lifespan)
    state.start_lock = threading.Lock()  # check-then-start as one step (api.admit_and_start)
    state.audience = None  # where the audience follows: set by __main__.build() when asked for
    # the room's votes on the deck's questions; their summary is kept under the home
    state.votes = votes.Ballot(deck, on_change=votes.keeper(votes_file(cfg)))
    return app


def votes_file(cfg: dict) -> Path:
    """This server's summary of the votes: one file per talk (per start of the server)."""
    return settings.home(cfg) / "votes" / f"{time.strftime('%Y-%m-%dT%H-%M-%S')}.json"


def live_token(cfg: dict) -> str | None:
    home = settings.home(cfg)
    return credentials.load(home)["live"]["token"] if home.is_dir() else None
