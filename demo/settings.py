"""Where things are: broker URLs, ports and paths, from ``invoke.yaml``.

The same values drive ``invoke up`` and the Celery app, so a worker started by
hand (``celery -A demo worker``) talks to the broker ``invoke up`` started::

    >>> from demo import settings
    >>> settings.broker_url("redis")
    'redis://127.0.0.1:6379/0'
    >>> settings.broker_url("amqp://guest:guest@otherhost//")   # a URL passes through
    'amqp://guest:guest@otherhost//'

Processes started by the stack get their URLs from ``BROWNBAG_*`` environment
variables, which win over the file.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from invoke.config import Config

ROOT = Path(__file__).resolve().parent.parent
BROKERS = ("redis", "rabbitmq", "mongo", "sqlite")
POOLS = ("prefork", "gevent", "eventlet", "threads", "solo")


@cache
def load() -> dict:
    """The ``brownbag`` section of invoke's merged config (file + INVOKE_* env)."""
    config = Config(project_location=str(ROOT))
    config.load_project()
    config.load_shell_env()
    return config.brownbag._config if hasattr(config.brownbag, "_config") else dict(config.brownbag)


def home(cfg: dict | None = None) -> Path:
    cfg = cfg or load()
    path = Path(os.environ.get("BROWNBAG_HOME") or cfg["home"])
    return path if path.is_absolute() else ROOT / path


def broker_url(name_or_url: str, cfg: dict | None = None) -> str:
    """The URL of a broker by name; anything with ``://`` is already a URL."""
    if "://" in name_or_url:
        return name_or_url
    cfg = cfg or load()
    host, ports = cfg["bind"], cfg["ports"]
    urls = {
        "redis": f"redis://{host}:{ports['redis']}/0",
        "rabbitmq": f"amqp://guest:guest@{host}:{ports['rabbitmq']}//",
        "mongo": f"mongodb://{host}:{ports['mongo']}/brownbag",
        "sqlite": f"sqla+sqlite:///{home(cfg) / 'broker.sqlite'}",
    }
    try:
        return urls[name_or_url]
    except KeyError:
        known = ", ".join(BROKERS)
        raise ValueError(f"unknown broker {name_or_url!r}: use one of {known}, or a URL") from None


def result_backend(cfg: dict | None = None) -> str:
    cfg = cfg or load()
    return f"redis://{cfg['bind']}:{cfg['ports']['redis']}/1"


def celery_broker_url() -> str:
    return os.environ.get("BROWNBAG_BROKER_URL") or broker_url(load()["broker"])


def celery_result_backend() -> str:
    return os.environ.get("BROWNBAG_RESULT_BACKEND") or result_backend()


def polling_interval() -> float:
    return float(os.environ.get("BROWNBAG_POLLING_INTERVAL") or load()["polling_interval"])


def beat_interval() -> float:
    return float(os.environ.get("BROWNBAG_BEAT_INTERVAL") or load()["beat_interval"])
