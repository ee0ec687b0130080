"""``python -m brownbag.live``: the live server on brownbag.bind:brownbag.ports.live.

With ``--audience ADDRESS`` (an interface name or one of its addresses) it also
listens there, on the same port, for the audience view and the phone remote only
(brownbag/live/audience.py); the deck and the API stay on brownbag.bind.
"""

import argparse
import logging
import socket
import sys

import uvicorn

from brownbag import settings

from .app import create_app, live_token
from .audience import AudienceError, Tokens, create_audience_app, resolve, split
from .audience import links as audience_links
from .files import DECK


def listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def build(cfg: dict, audience: str | None = None, port: int | None = None, deck=DECK,
          celery_app=None):
    """The ASGI app to serve (the presenter's, or both split by the socket they came in on),
    the presenter's app (its state: runs, stage) and the audience's address or None."""
    app = create_app(celery_app, cfg=cfg, deck=deck)
    if not audience:
        return app, app, None
    address = resolve(audience)
    port = port or int(cfg["ports"]["live"])
    links = audience_links(cfg, address, port)
    app.state.audience = {"url": links["url"], "address": address, "port": port}
    tokens = Tokens(audience=links["audience_token"], presenter=live_token(cfg) or
                    links["presenter_token"])
    crowd = create_audience_app(app.state.stage, app.state.runs.get, cfg, deck, tokens,
                                public_url=links["url"], votes=app.state.votes)
    return split(app, crowd, address, port), app, address


def main(argv=None) -> int:
    cfg = settings.load()
    parser = argparse.ArgumentParser(prog="python -m brownbag.live", description=__doc__)
    parser.add_argument("--host", default=cfg["bind"])
    parser.add_argument("--port", type=int, default=int(cfg["ports"]["live"]))
    parser.add_argument("--audience", metavar="INTERFACE_OR_ADDRESS", default=None,
                        help="also serve the audience view and the phone remote there")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        app, _, address = build(cfg, args.audience, args.port)
    except AudienceError as exc:
        print(f"live server: {exc}", file=sys.stderr)
        return 2
    if address is not None and address == args.host:
        print(f"live server: --audience {address} is where the presenter's deck listens "
              "(brownbag.bind): name the interface the room can reach", file=sys.stderr)
        return 2
    sockets = []
    try:
        for host in [args.host] + ([address] if address else []):
            sockets.append(listen(host, args.port))
    except OSError as exc:  # port taken, address not ours: one line, not a traceback
        for sock in sockets:
            sock.close()
        print(f"live server: cannot listen on {host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    config = uvicorn.Config(app, log_level="info", timeout_graceful_shutdown=3)
    uvicorn.Server(config).run(sockets=sockets)
    return 0


if __name__ == "__main__":
    sys.exit(main())
