"""Where each program of the stack is, as supervisord sees it: what ``invoke present``
prints part by part, and what the live server's health tells the deck while the stack
comes up behind it.

A program that failed to start is named with the line of its log most likely to say
why (``last_words``); the others keep going.
"""

from __future__ import annotations

import re
import xmlrpc.client

from .. import settings
from . import credentials
from . import state as stack_state
from .supervisor import Supervisor

# supervisord's states: what each means for a part of the talk
FAILED = ("FATAL", "EXITED", "BACKOFF")
PENDING = ("STARTING", "STOPPED")

LOUD = re.compile(r"CRITICAL|ERROR|FATAL|^[\w.]+(Error|Exception|Failed)\b")


def last_words(sup: Supervisor, name: str) -> str:
    """The line of a program's log most likely to say why it died."""
    lines = [line.strip() for line in sup.log_tail(name, 60).splitlines() if line.strip()]
    loud = [line for line in lines if LOUD.search(line)]
    return (loud or lines or ["no output"])[-1][:300]


def describe(sup: Supervisor, name: str, info: dict | None) -> dict:
    """One program: {name, state, up, failed, why}; a failed one's why is its log's last words."""
    state = (info or {}).get("statename", "STOPPED")
    failed = state in FAILED
    if failed:
        why = f"{state.lower()}: {last_words(sup, name)} (invoke logs {name})"
    elif state == "STOPPED":
        why = "not started yet"
    else:
        why = (info or {}).get("description") or state.lower()
    # How long it has run: a server that supervisord calls RUNNING may still be opening its port.
    uptime = (info or {}).get("now", 0) - (info or {}).get("start", 0) if state == "RUNNING" else 0
    return {"name": name, "state": state, "up": state == "RUNNING", "failed": failed, "why": why,
            "uptime": uptime}


def supervised(cfg: dict) -> Supervisor | None:
    """The stack's supervisord, when this home has one (a live server run by hand has not)."""
    home = settings.home(cfg)
    if not (home / "credentials.json").exists():
        return None
    return Supervisor(cfg, credentials.load(home))


def programs_report(cfg: dict) -> list[dict]:
    """Every program the stack's state file lists, in its order, with where it is now.
    Empty when no stack runs here under supervisord."""
    wanted = list(stack_state.read(cfg).get("programs", {}))
    sup = supervised(cfg) if wanted else None
    if sup is None:
        return []
    try:
        infos = sup.processes()
    except (OSError, xmlrpc.client.Error):  # supervisord gone (down in progress)
        return []
    return [describe(sup, name, infos.get(name)) for name in wanted]
