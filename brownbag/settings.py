"""The show's settings, from ``invoke.yaml``: ports, pools, where the brokers are and
what the stack tells the Celery processes it starts::

    >>> from brownbag import settings
    >>> settings.load()["ports"]["live"]
    8000
    >>> settings.broker_url("redis")
    'redis://127.0.0.1:6379/0'
    >>> settings.broker_url("amqp://guest:guest@otherhost//")   # a URL passes through
    'amqp://guest:guest@otherhost//'
    >>> settings.result_backend()
    'redis://127.0.0.1:6379/1'
    >>> settings.POOLS
    ('prefork', 'gevent', 'eventlet', 'threads', 'solo')

``demo`` reads none of this: its processes get it as environment variables
(``demo_env``), Celery's own ``CELERY_BROKER_URL`` / ``CELERY_RESULT_BACKEND``
and the few of ``demo/environment.py``; in brownbag's own processes
``configure_demo`` configures the demo app itself.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

from invoke.config import Config

ROOT = Path(__file__).resolve().parent.parent
BROKERS = ("redis", "rabbitmq", "mongo", "sqlite")
POOLS = ("prefork", "gevent", "eventlet", "threads", "solo")

__all__ = ("BROKERS", "POOLS", "ROOT", "beat_interval", "broker_url", "celery_broker_url",
           "celery_result_backend", "configure_demo", "configured_url", "demo_env", "feeds_url",
           "home", "load", "plain", "polling_interval", "remember_urls", "remembered_urls",
           "result_backend", "urls_path", "write_private")


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


def remember_urls(cfg: dict, urls: dict[str, str]) -> None:
    """Keep the URLs (with passwords) of the brokers that need them, where
    ``broker_url`` finds them; user-only, like every secret under the stack's home."""
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


def result_backend(cfg: dict | None = None) -> str:
    cfg = cfg or load()
    return f"redis://{cfg['bind']}:{cfg['ports']['redis']}/1"


def celery_broker_url() -> str:
    """The broker of the demo app in this process (see ``configure_demo``)."""
    from demo.celery import app  # here, not on top: see configure_demo

    return app.conf.broker_url


def celery_result_backend() -> str:
    from demo.celery import app

    return app.conf.result_backend


def feeds_url(cfg: dict | None = None) -> str:
    """Where the partners' job feeds answer (``brownbag.ports.feeds``): what the imports fetch."""
    cfg = cfg or load()
    return f"http://{cfg['bind']}:{int(cfg['ports'].get('feeds', 8041))}"


def polling_interval() -> float:
    return float(os.environ.get("BROWNBAG_POLLING_INTERVAL") or load()["polling_interval"])


def beat_interval() -> float:
    return float(os.environ.get("BROWNBAG_BEAT_INTERVAL") or load()["beat_interval"])


def demo_env(cfg: dict, broker: str) -> dict[str, str]:
    """What a process of the demo app reads from its environment, for the stack ``cfg``
    describes with its workers on ``broker`` (a name or a URL): Celery's two URLs and
    the variables of ``demo/environment.py``."""
    return {
        "CELERY_BROKER_URL": broker_url(broker, cfg),
        "CELERY_RESULT_BACKEND": result_backend(cfg),
        "BROWNBAG_HOME": str(home(cfg)),
        "BROWNBAG_FEEDS_URL": feeds_url(cfg),
        "BROWNBAG_MONGO_URL": broker_url("mongo", cfg),
        "BROWNBAG_STORE": str(cfg.get("store", "auto")),
        "BROWNBAG_POLLING_INTERVAL": str(cfg["polling_interval"]),
        "BROWNBAG_BEAT_INTERVAL": str(cfg["beat_interval"]),
        "BROWNBAG_DECK_ORIGIN": f"http://{cfg['bind']}:{cfg['ports']['live']}",
    }


CELERY_VARIABLES = ("CELERY_BROKER_URL", "CELERY_RESULT_BACKEND")


def configure_demo() -> None:
    """Point this process's demo app at the stack; run when ``brownbag`` is imported.

    The stack's URLs, or the ones ``CELERY_BROKER_URL`` / ``CELERY_RESULT_BACKEND`` give (a
    stack's process gets its own, a test may point the live server at another broker),
    become the demo app's configuration, and the variables leave ``os.environ``: Celery
    reads them before any app's own settings (``Settings.broker_url``), which would force
    them on the other apps brownbag runs on other brokers (the benchmarks' clients, the
    demos that run on RabbitMQ). The ``demo_env`` variables are set before ``demo.celery``
    is imported, which reads the polling interval; so this module imports ``demo`` only
    in functions. Variables that name another home were inherited from another stack's
    process (a test's second stack): this one's config replaces them.
    """
    cfg = load()
    given = {name: os.environ.pop(name, None) for name in CELERY_VARIABLES}
    wanted = demo_env(cfg, given["CELERY_BROKER_URL"] or cfg["broker"])
    if os.environ.get("BROWNBAG_HOME", wanted["BROWNBAG_HOME"]) != wanted["BROWNBAG_HOME"]:
        wanted = demo_env(cfg, cfg["broker"])
        os.environ.update({k: v for k, v in wanted.items() if k not in CELERY_VARIABLES})
    else:
        wanted["CELERY_RESULT_BACKEND"] = given["CELERY_RESULT_BACKEND"] or wanted["CELERY_RESULT_BACKEND"]
        for name, value in wanted.items():
            if name not in CELERY_VARIABLES:
                os.environ.setdefault(name, value)

    from demo.celery import app
    from demo.celeryconfig import transport_options

    url = wanted["CELERY_BROKER_URL"]
    app.conf.update(broker_url=url, result_backend=wanted["CELERY_RESULT_BACKEND"],
                    broker_transport_options=transport_options(url))
