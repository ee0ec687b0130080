"""The demo API's endpoints under ``/api`` (``app`` wires them; the shared objects live
on ``request.app.state``: celery_app, cfg, runs, tracker, stage, live, start_lock, audience).

Only catalogue scenarios ever run, with validated parameters. Every error is
one JSON object ``{"error": "..."}`` with the right status code.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from brownbag.scenarios import ParameterError, Run, Scenario, UnknownScenario, catalogue, get

from . import health, launch
from .qr import qr_svg
from .stage import StageError
from .streams import TooBig, command_events, read_body, run_events, sse_response, stage_events
from .votes import VoteError

MAX_BODY = 16 * 1024  # parameters are a few numbers; anything bigger is a mistake
MAX_STAGE_BODY = 64 * 1024  # a step's report: ids, a title and its speaker notes
MAX_RUNNING = 4  # demos at once: a stuck panel or a script can't flood the cluster
KEEP_RUNS = 200


def error(status: int, message: str, **extra) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


class ApiError(Exception):
    """A request the API answers with ``{"error": ...}`` and ``status``."""

    def __init__(self, status: int, message: str, **extra):
        super().__init__(message)
        self.status, self.extra = status, extra

    def response(self) -> JSONResponse:
        return error(self.status, str(self), **self.extra)


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


def scenario_of(request: Request) -> Scenario:
    try:
        return get(request.path_params["demo_id"])
    except UnknownScenario as exc:
        raise ApiError(404, str(exc), known=exc.known) from None


def run_of(request: Request) -> Run:
    run_id = request.path_params["run_id"]
    run = request.app.state.runs.get(run_id)
    if run is None:
        raise ApiError(404, f"unknown run {run_id!r}")
    return run


async def params_of(request: Request, scenario: Scenario) -> dict:
    """The body ``{"params": {...}}`` (or none), checked against the scenario's limits."""
    try:
        body = await read_body(request, MAX_BODY)
    except TooBig as exc:
        raise ApiError(413, str(exc)) from None
    try:
        payload = json.loads(body) if body.strip() else {}
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, f"malformed JSON: {exc}") from None
    if not isinstance(payload, dict) or not isinstance(payload.get("params", {}), dict):
        raise ApiError(400, 'the body must be a JSON object: {"params": {"name": value}}')
    extra = set(payload) - {"params"}
    if extra:
        raise ApiError(400, f"unknown field(s) {', '.join(sorted(extra))}: "
                           'the body is {"params": {...}}')
    try:
        return scenario.validate(payload.get("params"))
    except ParameterError as exc:
        param = next((p for p in scenario.params if p.name == exc.name), None)
        raise ApiError(422, str(exc), parameter=exc.name,
                      limits=param.as_dict() if param else None) from None


def admit_and_start(state, scenario: Scenario, params: dict) -> Run:
    """Start the run unless its demo is running or MAX_RUNNING are: one step under the
    lock, so no two runs of a demo start at once."""
    runs = state.runs

    def book(run: Run) -> None:
        runs.add(run)
        state.stage.ran(scenario.id, run.id)  # the audience sees the run of the slide on stage
        state.votes.close(scenario.id, run)  # Run closes the room's vote; its result answers it

    with state.start_lock:
        busy = runs.running(scenario.id)
        if busy:
            raise ApiError(409, f"{scenario.id} is still running (run {busy.id}); "
                               "wait for it to finish", run_id=busy.id)
        if runs.busy() >= MAX_RUNNING:
            raise ApiError(429, f"{MAX_RUNNING} demos are already running; "
                               "wait for one to finish")
        return launch.start(scenario, params, app=state.celery_app, tracker=state.tracker,
                            bridge=state.live["bridge"], before=book)


async def start(request: Request):
    state = request.app.state
    try:
        scenario = scenario_of(request)
        params = await params_of(request, scenario)
        try:
            await run_in_threadpool(launch.check_broker, state.celery_app, state.live["bridge"])
        except launch.BrokerDown as exc:
            raise ApiError(503, str(exc), broker=exc.broker) from None
        run = admit_and_start(state, scenario, params)
    except ApiError as exc:
        return exc.response()
    if "text/event-stream" in request.headers.get("accept", ""):
        # The run's stream in this very response (the deck asks for it): no second
        # connection to open before the first event can show (invoke bench.live).
        return sse_response(run_events(run), status_code=202)
    return JSONResponse({"run_id": run.id, "demo": scenario.id, "params": params,
                         "follow": run.follow, "broker": run.broker,
                         "events": f"/api/runs/{run.id}/events",
                         "status": f"/api/runs/{run.id}"}, status_code=202)


async def health_report(request: Request):
    state = request.app.state
    report = await run_in_threadpool(health.check, state.celery_app, state.cfg,
                                     state.live["bridge"])
    return JSONResponse(report)


async def demos(request: Request):
    return JSONResponse([s.as_dict() for s in catalogue()])


async def demo(request: Request):
    try:
        return JSONResponse(scenario_of(request).as_dict())
    except ApiError as exc:
        return exc.response()


async def run_status(request: Request):
    try:
        return JSONResponse(run_of(request).summary())
    except ApiError as exc:
        return exc.response()


async def run_stream(request: Request):
    try:
        return sse_response(run_events(run_of(request)))
    except ApiError as exc:
        return exc.response()


# -- the stage: the presenter's deck reports its step, the remote's commands reach it
async def stage_report(request: Request):
    stage = request.app.state.stage
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


async def stage_stream(request: Request):
    state = request.app.state
    return sse_response(stage_events(state.stage, state.runs.get, private=True))


async def stage_commands(request: Request):
    return sse_response(command_events(request.app.state.stage))


async def audience(request: Request):
    """Where the audience follows (for the QR code on the title slide), if anywhere."""
    info = request.app.state.audience
    return JSONResponse({"enabled": bool(info), **(info or {})})


async def audience_qr(request: Request):
    info = request.app.state.audience
    if not info:
        return error(404, "no audience view: `invoke present --audience <interface>` serves one")
    return Response(qr_svg(info["url"]), media_type="image/svg+xml")


# -- the room's votes, as the presenter's deck and console draw them (read only: votes
# come in on the audience listener alone, brownbag/live/audience.py)
async def votes_report(request: Request):
    return JSONResponse(await run_in_threadpool(request.app.state.votes.summary))


async def vote_tally(request: Request):
    try:
        return JSONResponse(request.app.state.votes.tally(request.path_params["demo_id"]))
    except VoteError as exc:
        return error(exc.status, str(exc))


async def unknown(request: Request):
    raise HTTPException(404)  # answered by app.refused(), like every refusal under /api/
