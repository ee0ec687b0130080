"""Where a Celery process finds its broker, result backend and partners, from ``invoke.yaml``.

The talk's Celery app reads these, and so does every worker, beat or shell started
by hand: ``celery -A demo worker`` talks to the broker ``invoke up`` started::

    >>> from demo import settings
    >>> settings.broker_url("redis")
    'redis://127.0.0.1:6379/0'
    >>> settings.broker_url("amqp://guest:guest@otherhost//")   # a URL passes through
    'amqp://guest:guest@otherhost//'
    >>> settings.result_backend()
    'redis://127.0.0.1:6379/1'

Processes started by the stack get their URLs from ``BROWNBAG_*`` environment
variables, which win over the file. What only the show needs (supervisord, the
live server, which ports each server gets) lives in ``brownbag.settings``.
"""

from __future__ import annotations

import json
import os
import socket
from functools import cache
from pathlib import Path

from invoke.config import Config

ROOT = Path(__file__).resolve().parent.parent
BROKERS = ("redis", "rabbitmq", "mongo", "sqlite")


@cache
def load() -> dict:
    """The effective ``brownbag`` config.

    Processes the stack starts read the exact config ``invoke up`` ran with
    (``BROWNBAG_CONFIG`` points at it), so a runtime ``invoke -f`` file reaches
    them too; everyone else reads invoke's merged config (file + INVOKE_* env).
    """
    if os.environ.get("BROWNBAG_CONFIG"):
        return json.loads(Path(os.environ["BROWNBAG_CONFIG"]).read_text())
    config = Config(project_location=str(ROOT))
    config.load_project()
    config.load_shell_env()
    return plain(config.brownbag)


def plain(section) -> dict:
    """An invoke config section (a DataProxy) as plain, JSON-able data."""
    return json.loads(json.dumps(section, default=dict))


def home(cfg: dict | None = None) -> Path:
    """Runtime data: the job store, the camera's snapshots, the SQLite broker."""
    path = Path((cfg or load())["home"])
    return path if path.is_absolute() else ROOT / path


def broker_url(name_or_url: str, cfg: dict | None = None) -> str:
    """The URL of a broker by name; anything with ``://`` is already a URL.

    A broker ``invoke up`` started with docker compose has generated credentials:
    its URL is the one ``up`` remembered (urls.json), not the default.
    """
    if "://" in name_or_url:
        return name_or_url
    cfg = cfg or load()
    return remembered_urls(cfg).get(name_or_url) or configured_url(name_or_url, cfg)


def configured_url(name: str, cfg: dict) -> str:
    """The URL ``invoke.yaml`` implies: the local servers' defaults, guest user included
    (RabbitMQ lets guest in from loopback only)."""
    host, ports = cfg["bind"], cfg["ports"]
    urls = {
        "redis": f"redis://{host}:{ports['redis']}/0",
        "rabbitmq": f"amqp://guest:guest@{host}:{ports['rabbitmq']}//",
        "mongo": f"mongodb://{host}:{ports['mongo']}/brownbag",
        "sqlite": f"sqla+sqlite:///{home(cfg) / 'broker.sqlite'}",
    }
    try:
        return urls[name]
    except KeyError:
        known = ", ".join(BROKERS)
        raise ValueError(f"unknown broker {name!r}: use one of {known}, or a URL") from None


def urls_path(cfg: dict) -> Path:
    return home(cfg) / "urls.json"


def remembered_urls(cfg: dict) -> dict[str, str]:
    path = urls_path(cfg)
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def result_backend(cfg: dict | None = None) -> str:
    cfg = cfg or load()
    return f"redis://{cfg['bind']}:{cfg['ports']['redis']}/1"


def celery_broker_url() -> str:
    return os.environ.get("BROWNBAG_BROKER_URL") or broker_url(load()["broker"])


def celery_result_backend() -> str:
    return os.environ.get("BROWNBAG_RESULT_BACKEND") or result_backend()


def feeds_url(cfg: dict | None = None) -> str:
    """Where the partners' job feeds answer (``brownbag.ports.feeds``): what the imports fetch."""
    cfg = cfg or load()
    return f"http://{cfg['bind']}:{int(cfg['ports'].get('feeds', 8041))}"


def polling_interval() -> float:
    return float(os.environ.get("BROWNBAG_POLLING_INTERVAL") or load()["polling_interval"])


def beat_interval() -> float:
    return float(os.environ.get("BROWNBAG_BEAT_INTERVAL") or load()["beat_interval"])


def transport_options(url: str) -> dict:
    """broker_transport_options that suit the transport of ``url``.

    Redis gets real priority levels instead of one FIFO list, MongoDB a short
    polling interval. kombu's SQLAlchemy transport hands every transport option
    to ``create_engine()``, which rejects them, so it gets none: its polling
    interval is set on the transport class instead (see demo/celery.py).
    """
    if url.startswith(("redis://", "rediss://")):
        return {
            "queue_order_strategy": "priority", "priority_steps": list(range(10)), "sep": ":",
            # A killed worker's acks_late message waits in Redis's `unacked` hash until
            # visibility_timeout (kombu's default: an hour, longer than the talk). 60 s is
            # longer than any task, countdown or eta in the talk; one longer would run twice.
            "visibility_timeout": 60, "unacked_restore_interval": 5, "unacked_restore_throttle": 1,
            # A worker blocked in BRPOP has nothing in flight: only keepalive probes tell it
            # that the link to a broker on another host died (tests/test_multihost.py).
            "socket_keepalive": True,
            "socket_keepalive_options": {socket.TCP_KEEPIDLE: 10, socket.TCP_KEEPINTVL: 5,
                                         socket.TCP_KEEPCNT: 3},
        }
    if url.startswith("mongodb://"):
        return {"polling_interval": polling_interval()}
    return {}
