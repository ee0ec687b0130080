"""``invoke bench.present``: how long the presenter waits, from the command to the deck.

Two figures per run, each from the moment ``invoke present`` is typed:

- the deck answers: HTTP 200 on the deck's URL (what the browser opens);
- every panel live: the live server's health says the stack has settled (every
  program up or failed, every worker answering, every demo's needed parts there:
  ``stack.settled`` in brownbag/live/health.py), which is when the last panel
  turns live.

Each run is cold: a scratch home (a new RabbitMQ node, a new job-site database) on
free ports, ``invoke down`` after. Caches stay warm (the virtualenv, the page cache):
that is the presenter's case too, on a laptop that ran the talk before.
"""

from __future__ import annotations

import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from .. import settings

# Variables of the caller's own stack that would steer the scratch one to it.
INHERITED = ("BROWNBAG_CONFIG", "CELERY_BROKER_URL", "CELERY_RESULT_BACKEND", "BROWNBAG_HOME")
SETTLE_TIMEOUT = 240.0


def free_ports(names) -> dict[str, int]:
    """A free port for each name, held together while picked so no two are the same."""
    socks = []
    try:
        for _ in names:
            sock = socket.socket()
            sock.bind(("127.0.0.1", 0))
            socks.append(sock)
        return {name: sock.getsockname()[1] for name, sock in zip(names, socks, strict=True)}
    finally:
        for sock in socks:
            sock.close()


def scratch_env(home: Path, cfg: dict) -> dict[str, str]:
    """The environment of a stack of its own: its home, its ports, nothing of the caller's."""
    env = {k: v for k, v in os.environ.items()
           if k not in INHERITED and not k.startswith("INVOKE_BROWNBAG_")}
    ports = free_ports(list(cfg["ports"]))
    env.update({f"INVOKE_BROWNBAG_PORTS_{name.upper()}": str(port) for name, port in ports.items()})
    env.update(INVOKE_BROWNBAG_HOME=str(home), COLUMNS="200")
    return env


def invoke(*args: str, env: dict, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "invoke", *args], cwd=settings.ROOT, env=env,
                            stdout=kwargs.get("stdout", subprocess.DEVNULL),
                            stderr=subprocess.STDOUT, text=True)


def until(check, deadline: float, pause: float) -> float | None:
    """Poll ``check()`` until it is true; the monotonic time it was, or None at the deadline."""
    while time.monotonic() < deadline:
        try:
            if check():
                return time.monotonic()
        except httpx.HTTPError:
            pass
        time.sleep(pause)
    return None


def one_run(brokers: str, cfg: dict) -> dict:
    """One cold ``invoke present --brokers BROKERS``: seconds to the deck and to every panel live."""
    home = Path(tempfile.mkdtemp(prefix="brownbag-bench-present-"))
    env = scratch_env(home, cfg)
    url = f"http://{cfg['bind']}:{env['INVOKE_BROWNBAG_PORTS_LIVE']}/"
    health: dict = {}

    def settled() -> bool:
        nonlocal health
        health = httpx.get(url + "api/health", timeout=10).json()
        return bool(health.get("stack", {}).get("settled"))

    load = os.getloadavg()[0]
    with (home / "present.log").open("w") as log:
        began = time.monotonic()
        command = invoke("present", "--no-browser", "--brokers", brokers, env=env, stdout=log)
        try:
            deck = until(lambda: httpx.get(url, timeout=2).status_code == 200, began + 60, 0.05)
            live = until(settled, began + SETTLE_TIMEOUT, 0.2) if deck else None
            code = command.wait(timeout=SETTLE_TIMEOUT)
        finally:
            if command.poll() is None:
                command.kill()
            subprocess.run([sys.executable, "-m", "invoke", "down"], cwd=settings.ROOT, env=env,
                           capture_output=True, timeout=300)
    tail = (home / "present.log").read_text(errors="replace").strip().splitlines()[-1:]
    shutil.rmtree(home, ignore_errors=True)
    return {"brokers": brokers, "load_1m": round(load, 2), "exit": code,
            "deck_s": round(deck - began, 2) if deck else None,
            "live_s": round(live - began, 2) if live else None,
            "failed": health.get("stack", {}).get("failed", []),
            "last_line": tail[0] if tail else ""}


def p50(values) -> float | None:
    values = [v for v in values if v is not None]
    return round(statistics.median(values), 2) if values else None


def summarize(brokers: str, runs: list[dict]) -> dict:
    return {"brokers": brokers, "runs": runs, "deck_p50_s": p50(r["deck_s"] for r in runs),
            "live_p50_s": p50(r["live_s"] for r in runs),
            "incomplete": sum(1 for r in runs if r["deck_s"] is None or r["live_s"] is None)}
