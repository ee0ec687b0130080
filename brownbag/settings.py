"""The show's settings: what ``invoke up`` and its processes read beyond the Celery side.

The lookups a Celery process needs (broker and result backend URLs, the config
itself) live in ``demo.settings`` and are re-exported here, so the machinery asks
one module; what only the stack needs is defined here: the pools it can run and
how it keeps generated secrets and the URLs of the brokers it started::

    >>> from brownbag import settings
    >>> settings.load()["ports"]["live"]
    8000
    >>> settings.POOLS
    ('prefork', 'gevent', 'eventlet', 'threads', 'solo')
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from demo.settings import (
    BROKERS,
    ROOT,
    beat_interval,
    broker_url,
    celery_broker_url,
    celery_result_backend,
    configured_url,
    feeds_url,
    home,
    load,
    plain,
    polling_interval,
    remembered_urls,
    result_backend,
    transport_options,
    urls_path,
)

__all__ = ("BROKERS", "POOLS", "ROOT", "beat_interval", "broker_url", "celery_broker_url",
           "celery_result_backend", "configured_url", "feeds_url", "home", "load", "plain",
           "polling_interval", "remember_urls", "remembered_urls", "result_backend",
           "transport_options", "urls_path", "write_private")

POOLS = ("prefork", "gevent", "eventlet", "threads", "solo")


def remember_urls(cfg: dict, urls: dict[str, str]) -> None:
    """Keep the URLs (with passwords) of the brokers that need them, where
    ``demo.settings.broker_url`` finds them; user-only, like every secret under the stack's home."""
    path = urls_path(cfg)
    if urls:
        write_private(path, urls)
    else:
        path.unlink(missing_ok=True)


def write_private(path: Path, data) -> None:
    """``data`` as JSON, readable by this user only from the first byte, replaced whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        json.dump(data, out, indent=2)
    tmp.replace(path)
