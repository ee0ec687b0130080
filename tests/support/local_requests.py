"""Requests that leave this machine, as a Playwright context or page sees them.

The deck, the presenter console, the audience view and the handout build ask only this
machine (a file, 127.0.0.0/8, localhost, ::1) or nothing at all (data:, blob:, about:):
a talk given offline, or in a room whose network filters, must not wait on a font or
a script from elsewhere."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

NO_HOST = ("file", "data", "blob", "about")


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in NO_HOST:
        return True
    host = parts.hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:  # a name other than localhost: somewhere else
        return False


def outside_requests(target) -> list[str]:
    """The URLs of every request ``target`` (a BrowserContext: its pages, popups and
    frames; or one Page) makes from now on to another machine; the list fills as it runs."""
    seen: list[str] = []
    target.on("request", lambda request: None if is_local(request.url) else seen.append(request.url))
    return seen
