"""``python -m brownbag.live --audience 127.0.0.2`` in the test's process, on a free port:
the presenter's app on 127.0.0.1, the audience listener on a loopback alias standing for
the room's interface (never 0.0.0.0)."""

from __future__ import annotations

import json
import socket
import threading
from contextlib import contextmanager
from pathlib import Path

from support.faults import wait_for
from support.ports import free_ports
from support.skips import need

AUDIENCE = "127.0.0.2"


def alias_works() -> bool:
    sock = socket.socket()
    try:
        sock.bind((AUDIENCE, 0))
        return True
    except OSError:
        return False
    finally:
        sock.close()


class AudienceServer:
    """The live server with its audience listener; ``audience`` overrides brownbag.audience."""

    def __init__(self, deck: Path, **audience):
        import uvicorn

        from brownbag import settings
        from brownbag.live.__main__ import build, listen

        if not alias_works():
            need("browser", f"cannot bind {AUDIENCE} (a loopback alias) here")
        self.port = free_ports(1)[0]
        cfg = {**settings.load()}  # a copy: load() may hand out the same dict again
        cfg["audience"] = {**(cfg.get("audience") or {}), **audience}
        self.home = settings.home(cfg)
        app, self.presenter, _ = build(cfg, AUDIENCE, self.port, deck=deck)
        self.crowd_app = app.audience_app.app
        creds = json.loads((self.home / "credentials.json").read_text())
        self.audience_token, self.presenter_token = creds["audience"]["token"], creds["live"]["token"]
        sockets = [listen("127.0.0.1", self.port), listen(AUDIENCE, self.port)]
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning",
                                                    timeout_graceful_shutdown=1))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": sockets},
                                       daemon=True)
        self.thread.start()
        wait_for(lambda: self.server.started, 20, interval=0.05, what="the live server to start")

    @property
    def deck_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def crowd(self) -> str:
        return f"http://{AUDIENCE}:{self.port}"

    @property
    def crowd_slots(self) -> dict:
        """The audience listener's open streams (what max_connections and per_address cap)."""
        return self.crowd_app.state.slots

    def runs(self) -> int:
        return len(self.presenter.state.runs._runs)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(15)


@contextmanager
def bridged_audience_server(deck: Path):
    """An AudienceServer of its own whose events bridge has reached the (already running)
    stack, unthrottled: a server started before the stack may sit in a reconnect back-off."""
    server = AudienceServer(deck, burst=100_000, rate=100_000)
    try:
        bridge = server.presenter.state.live["bridge"]
        assert bridge.connected.wait(30), f"the events bridge never reached the stack: {bridge.error}"
        yield server
    finally:
        server.stop()
