"""Who may start a run: the deck's own page, and with a token off loopback.

A run starts real work on the cluster, so ``POST /api/...`` is refused when

- another site's page sends it (its ``Origin`` is not this server, or the
  browser says ``Sec-Fetch-Site: cross-site``): no CSRF from a tab left open;
- the server listens beyond loopback (``brownbag.bind`` is not 127.0.0.1) and
  the request lacks the token from ``.brownbag/credentials.json``. The deck
  picks it up once from ``?token=`` in its URL, which ``invoke up`` prints.

Reading (GET) stays open: the catalogue and the events of a run are not secret.
"""

from __future__ import annotations

import hmac
import ipaddress
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.responses import JSONResponse


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def refusal(headers: Headers, token: str | None) -> str | None:
    """Why this POST may not start anything, or None."""
    origin = headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != headers.get("host"):
        return f"cross-origin request from {origin} refused"
    if headers.get("sec-fetch-site") == "cross-site":
        return "cross-site request refused"
    if token:
        given = headers.get("authorization", "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), token.encode()):
            return "this server listens beyond loopback: a token is required (see `invoke up`)"
    return None


class StartGuard:
    """ASGI middleware: POSTs under /api pass ``refusal()`` first. Token only when bound off loopback."""

    def __init__(self, app, bind: str, token: str | None):
        self.app = app
        self.token = None if is_loopback(bind) else token

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["method"] != "GET" and scope["path"].startswith("/api/"):
            reason = refusal(Headers(scope=scope), self.token)
            if reason:
                await JSONResponse({"error": reason}, status_code=403)(scope, receive, send)
                return
        await self.app(scope, receive, send)
