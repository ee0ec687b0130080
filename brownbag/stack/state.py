"""The stack's state file: what ``up`` started and how (brokers and their URLs, programs,
pools), which ``status``, ``down`` and ``restart all`` read back."""

from __future__ import annotations

import json
from pathlib import Path

from .. import settings


def path(cfg: dict) -> Path:
    return settings.home(cfg) / "state.json"


def read(cfg: dict) -> dict:
    """What the running stack was started with; empty when nothing runs."""
    file = path(cfg)
    return json.loads(file.read_text()) if file.exists() else {}


def write(cfg: dict, state: dict) -> None:
    # user-only: a docker broker's URL in it carries its password
    settings.write_private(path(cfg), state)


def forget(cfg: dict) -> None:
    path(cfg).unlink(missing_ok=True)
