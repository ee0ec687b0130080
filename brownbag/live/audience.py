"""The audience listener: what the live server shows beyond loopback, and nothing else.

    $ invoke present --audience wlan0        # or an address: --audience 192.168.1.20
    audience view: http://192.168.1.20:8000/?token=...    (and a QR code)

``python -m brownbag.live --audience ADDRESS`` opens a second socket on that address
whose requests go to this app, never to the presenter's (``split()``). It answers:

- ``/`` the deck in follow mode (``<html data-follow>``: follow.js moves it with the
  presenter, live.js draws the presenter's runs and starts none), its files,
  ``/recordings/*``, ``/follow/stream`` (SSE, see ``streams``) and ``/follow/qr.svg``;
- ``/remote``, ``/remote/stream`` and ``POST /remote/command``: the presenter's phone
  remote, which only ever sends next/prev/run/goto *to the presenter's deck*;
- ``GET /votes/<demo>?voter=<id>`` and ``POST /votes/<demo>`` ``{"voter", "choice"}``:
  an attendee's vote on the question of a demo slide (``votes``); a vote only counts,
  it never starts a run (the presenter's Run closes the vote);
- everything else, ``/api/*`` above all, with a refusal: no route here calls Celery.

Everyone needs a token: the audience's (``?token=`` in the QR code, kept in a cookie)
or, for the remote, the presenter's. Each client address is rate-limited and the
open streams are capped (``brownbag.audience``); over the cap a viewer is told the
room is full. Plain HTTP: the tokens keep strangers' scripts out, not an eavesdropper
on the room's Wi-Fi, which is why only the read-only view and the remote are here.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import socket
import time
from dataclasses import dataclass
from pathlib import Path

import psutil
from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route

from brownbag import settings
from brownbag.stack import credentials

from . import votes
from .files import DeckFiles, recording_response
from .guard import refusal
from .qr import qr_svg
from .stage import Stage, StageError
from .streams import TooBig, read_body, sse_response, stage_events
from .votes import Ballot

STATIC = Path(__file__).resolve().parent / "static"
PRESENTER_COOKIE, AUDIENCE_COOKIE = "brownbag_presenter", "brownbag_audience"
DEFAULTS = {"max_connections": 200, "per_address": 8, "rate": 10.0, "burst": 150}

NO_TOKEN = """<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Celery brown bag</title>
<body style="font:22px/1.5 sans-serif;max-width:30em;margin:2em auto;padding:0 1em">
<h1>{title}</h1><p>{text}</p>
"""


class AudienceError(ValueError):
    """``--audience`` names no usable interface or address (the message says which exist)."""


def interfaces() -> dict[str, list[str]]:
    """Each network interface and its addresses (IPv4 first)."""
    found = {}
    for name, addrs in psutil.net_if_addrs().items():
        v4 = [a.address for a in addrs if a.family == socket.AF_INET]
        v6 = [a.address.split("%")[0] for a in addrs if a.family == socket.AF_INET6]
        if v4 or v6:
            found[name] = v4 + v6
    return found


def resolve(value: str) -> str:
    """The address ``--audience`` means: an interface's first address, or an address.

    Never a wildcard: 0.0.0.0 would put the audience view on every network this
    machine is on, and the point is to choose one.
    """
    value = (value or "").strip()
    known = interfaces()
    listing = "; ".join(f"{name} {' '.join(addrs)}" for name, addrs in sorted(known.items()))
    if value in known:
        return known[value][0]
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        raise AudienceError(f"--audience {value!r} is neither an interface nor an address "
                            f"of this machine: {listing}") from None
    if address.is_unspecified:
        raise AudienceError(f"--audience {value}: name one interface or address, not every "
                            f"one: {listing}")
    return str(address)


def url(address: str, port: int, path: str = "/", token: str | None = None) -> str:
    host = f"[{address}]" if ":" in address else address
    return f"http://{host}:{port}{path}" + (f"?token={token}" if token else "")


def links(cfg: dict, address: str, port: int) -> dict:
    """The audience view's URL and the remote's, each with its token."""
    creds = credentials.load(settings.home(cfg))
    return {"address": address, "port": port,
            "url": url(address, port, "/", creds["audience"]["token"]),
            "remote": url(address, port, "/remote", creds["live"]["token"]),
            "audience_token": creds["audience"]["token"], "presenter_token": creds["live"]["token"]}


@dataclass
class Tokens:
    audience: str
    presenter: str

    def who(self, headers: Headers, cookies: dict) -> str | None:
        """"presenter", "audience" or None, from ``Authorization: Bearer`` or a cookie."""
        given = [headers.get("authorization", "").removeprefix("Bearer ").strip(),
                 cookies.get(PRESENTER_COOKIE, ""), cookies.get(AUDIENCE_COOKIE, "")]
        if any(t and same(t, self.presenter) for t in given):
            return "presenter"
        if any(t and same(t, self.audience) for t in given):
            return "audience"
        return None


def same(given: str, token: str) -> bool:
    return hmac.compare_digest(given.encode(), token.encode())


def settings_of(cfg: dict) -> dict:
    """``brownbag.audience`` with defaults, checked: a typo says what it should be."""
    raw = {**DEFAULTS, **(cfg.get("audience") or {})}
    try:
        out = {"max_connections": int(raw["max_connections"]),
               "per_address": int(raw["per_address"]), "rate": float(raw["rate"]),
               "burst": int(raw["burst"])}
    except (TypeError, ValueError) as exc:
        raise AudienceError(f"brownbag.audience: max_connections, per_address, rate and burst "
                            f"are numbers ({exc})") from None
    if min(out["max_connections"], out["per_address"], out["burst"]) < 1 or out["rate"] <= 0:
        raise AudienceError("brownbag.audience: max_connections, per_address and burst >= 1, "
                            "rate > 0")
    return out


class RateLimit:
    """ASGI middleware: a token bucket per client address; over it, 429 with Retry-After."""

    def __init__(self, app, rate: float, burst: int):
        self.app, self.rate, self.burst = app, rate, burst
        self.buckets: dict[str, tuple[float, float]] = {}

    def allow(self, client: str) -> float:
        """0 if ``client`` may go on, else how many seconds until it may."""
        now = time.monotonic()
        tokens, last = self.buckets.get(client, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        if len(self.buckets) > 10_000:  # a flood of addresses: forget the full buckets
            self.buckets = {k: v for k, v in self.buckets.items() if v[0] < self.burst}
        if tokens < 1:
            self.buckets[client] = (tokens, now)
            return (1 - tokens) / self.rate
        self.buckets[client] = (tokens - 1, now)
        return 0.0

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            wait = self.allow((scope.get("client") or ("?",))[0])
            if wait:
                await JSONResponse({"error": "too many requests: slow down"}, status_code=429,
                                   headers={"Retry-After": str(max(1, round(wait)))})(
                    scope, receive, send)
                return
        await self.app(scope, receive, send)


class Counted:
    """A response that holds one of the capped stream slots until it ends, however it ends."""

    def __init__(self, response: Response, slots: dict, address: str):
        self.response, self.slots, self.address = response, slots, address
        slots["open"] += 1
        slots["by_address"][address] = slots["by_address"].get(address, 0) + 1

    async def __call__(self, scope, receive, send):
        try:
            await self.response(scope, receive, send)
        finally:
            self.slots["open"] -= 1
            left = self.slots["by_address"].pop(self.address) - 1
            if left:
                self.slots["by_address"][self.address] = left


def refused(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def entry(request: Request, cookie: str, token: str, path: str):
    """``?token=`` in a link: kept in a cookie (this site only, no script reads it),
    then dropped from the address bar. None when the link has no token."""
    given = request.query_params.get("token")
    if given is None:
        return None
    if not same(given, token):
        return HTMLResponse(NO_TOKEN.format(
            title="This link's code is wrong or old",
            text="Scan the QR code on the screen again, or ask the presenter for the link."),
            status_code=403)
    response = RedirectResponse(path, status_code=303)
    response.set_cookie(cookie, token, httponly=True, samesite="strict", max_age=12 * 3600)
    return response


def allowed(request: Request, need: str) -> bool:
    who = request.app.state.tokens.who(request.headers, request.cookies)
    return who == "presenter" or (need == "audience" and who == "audience")


def no_entry(need: str) -> HTMLResponse:
    if need == "presenter":
        return HTMLResponse(NO_TOKEN.format(
            title="The remote needs the presenter's link",
            text="Open the remote's URL that <code>invoke present</code> printed "
                 "(it carries the presenter's token)."), status_code=403)
    return HTMLResponse(NO_TOKEN.format(
        title="Follow the talk",
        text="Scan the QR code on the screen: its link carries the code this page needs."),
        status_code=403)


async def follow_page(request: Request):
    answer = entry(request, AUDIENCE_COOKIE, request.app.state.tokens.audience, "/")
    if answer is None and not allowed(request, "audience"):
        answer = no_entry("audience")
    if answer is not None:
        return answer
    index = request.app.state.deck / "index.html"
    if not index.exists():
        return HTMLResponse(NO_TOKEN.format(title="The deck is not built yet",
                                            text="The presenter's machine has no deck to "
                                                 "show; try again in a minute."),
                            status_code=503)
    html = index.read_text(encoding="utf-8").replace("<html", "<html data-follow", 1)
    return HTMLResponse(html, headers={"Cache-Control": "no-store"})


def open_stream(request: Request, need: str, private: bool):
    """The stage's stream for whoever holds ``need``'s token, within the room's caps."""
    if not allowed(request, need):
        return refused(403, f"the {need}'s token is needed here")
    state = request.app.state
    slots = state.slots
    if slots["open"] >= slots["cap"]:
        return JSONResponse(
            {"error": f"the room is full: {slots['cap']} viewers already follow "
                      "(brownbag.audience.max_connections)"},
            status_code=503, headers={"Retry-After": "10"})
    address = request.client.host if request.client else "?"
    if slots["by_address"].get(address, 0) >= slots["per_address"]:
        return JSONResponse(
            {"error": f"{slots['per_address']} streams are already open from {address} "
                      "(brownbag.audience.per_address): close a tab"},
            status_code=429, headers={"Retry-After": "10"})
    return Counted(sse_response(stage_events(state.stage, state.find_run, private=private)),
                   slots, address)


async def follow_stream(request: Request):
    return open_stream(request, "audience", private=False)


async def remote_stream(request: Request):
    return open_stream(request, "presenter", private=True)


async def qr(request: Request):
    if not allowed(request, "audience"):
        return refused(403, "the audience's token is needed here")
    return Response(qr_svg(request.app.state.public_url), media_type="image/svg+xml")


async def remote_page(request: Request):
    answer = entry(request, PRESENTER_COOKIE, request.app.state.tokens.presenter, "/remote")
    if answer is None and not allowed(request, "presenter"):
        answer = no_entry("presenter")
    return answer or FileResponse(STATIC / "remote.html", headers={"Cache-Control": "no-store"})


async def remote_js(request: Request):
    return FileResponse(STATIC / "remote.js")


async def remote_command(request: Request):
    reason = refusal(request.headers, None)  # another site's page: refused, token or not
    if reason or not allowed(request, "presenter"):
        return refused(403, reason or "the presenter's token is needed here")
    try:
        body = await read_body(request, 4096)
    except TooBig as exc:
        return refused(413, str(exc))
    try:
        return JSONResponse(request.app.state.stage.command(json.loads(body or b"null")))
    except (ValueError, UnicodeDecodeError) as exc:  # StageError is a ValueError
        return refused(400, str(exc) if isinstance(exc, StageError) else f"malformed JSON: {exc}")


async def vote(request: Request):
    """An attendee's vote (POST) or what they see of the question (GET)."""
    if not allowed(request, "audience"):
        return refused(403, "the audience's token is needed here")
    ballot, demo = request.app.state.votes, request.path_params["demo"]
    try:
        if request.method == "GET":
            return JSONResponse(ballot.mine(demo, request.query_params.get("voter")))
        reason = refusal(request.headers, None)  # another site's page votes for no one
        if reason:
            return refused(403, reason)
        try:
            body = await read_body(request, votes.MAX_BODY)
        except TooBig as exc:
            return refused(413, str(exc))
        try:
            payload = json.loads(body or b"null")
        except (ValueError, UnicodeDecodeError) as exc:
            return refused(400, f"malformed JSON: {exc}")
        return JSONResponse(ballot.vote(demo, payload))
    except votes.VoteError as exc:
        return refused(exc.status, str(exc))


async def recording(request: Request):
    if not allowed(request, "audience"):
        return refused(403, "the audience's token is needed here")
    return recording_response(request.path_params["name"])


async def no_api(request: Request):
    return refused(403, "the audience view reaches no API: it only follows the talk")


async def to_follow(request: Request):
    return RedirectResponse("/", status_code=303)


async def deck_files(scope, receive, send):
    """The deck's files, read-only, for token holders (a bare ASGI app under Mount)."""
    request = Request(scope)
    if not allowed(request, "audience"):
        await refused(403, "the audience's token is needed here")(scope, receive, send)
    elif scope["method"] not in ("GET", "HEAD"):
        await refused(405, "the audience view only reads")(scope, receive, send)
    else:
        await request.app.state.files(scope, receive, send)


async def plain_refusal(request: Request, exc: HTTPException):
    return JSONResponse({"error": f"{exc.detail}: {request.method} {request.url.path!r}"},
                        status_code=exc.status_code, headers=exc.headers)


EVERY_METHOD = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
ROUTES = [
    Route("/", follow_page),
    Route("/index.html", to_follow),
    Route("/follow/stream", follow_stream),
    Route("/follow/qr.svg", qr),
    Route("/remote", remote_page),
    Route("/remote/remote.js", remote_js),
    Route("/remote/stream", remote_stream),
    Route("/remote/command", remote_command, methods=["POST"]),
    Route("/recordings/{name}", recording),
    Route("/votes/{demo}", vote, methods=["GET", "POST"]),
    Route("/api", no_api, methods=EVERY_METHOD),
    Route("/api/{rest:path}", no_api, methods=EVERY_METHOD),
    Mount("/", app=deck_files),
]


def create_audience_app(stage: Stage, find_run, cfg: dict, deck: Path, tokens: Tokens,
                        public_url: str, votes: votes.Ballot | None = None) -> RateLimit:
    """The audience's Starlette app behind its rate limit (``.app``: the Starlette app);
    ``votes``: the presenter's app's ballot (its Run closes the votes)."""
    limits = settings_of(cfg)
    app = Starlette(routes=ROUTES, exception_handlers={HTTPException: plain_refusal})
    state = app.state
    state.stage, state.find_run, state.deck, state.tokens = stage, find_run, deck, tokens
    state.public_url, state.files = public_url, DeckFiles(directory=deck, check_dir=False)
    state.votes = votes if votes is not None else Ballot(deck)
    # open streams, all told and per client address: one laptop can't fill the room
    state.slots = {"open": 0, "cap": limits["max_connections"], "by_address": {},
                   "per_address": limits["per_address"]}
    return RateLimit(app, limits["rate"], limits["burst"])


def split(presenter_app, audience_app, audience_address: str, audience_port: int):
    """One server, two sockets: a request the audience socket accepted goes to the
    audience app, whatever its Host header says; lifespan and the rest to the presenter's."""
    listening = (audience_address, audience_port)

    async def app(scope, receive, send):
        server = scope.get("server")
        if scope["type"] in ("http", "websocket") and server and \
                (server[0], server[1]) == listening:
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
                return
            await audience_app(scope, receive, send)
        else:
            await presenter_app(scope, receive, send)

    app.audience_app = audience_app
    return app
