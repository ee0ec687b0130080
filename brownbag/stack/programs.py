"""The long-lived processes of the stack, as supervisord programs.

A ``Program`` is just a command line plus what supervisord needs to know; the
functions below say which command runs each broker server, each pool's worker,
beat, Flower, the live server and the events camera.
"""

from __future__ import annotations

import json
import shlex
import shutil
import socket
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .. import settings

# How long `down` lets a worker's running tasks finish (Celery's warm shutdown)
# before supervisord kills it: long enough for any task of the talk, short
# enough that a presenter who turns it off and on again isn't kept waiting.
WARM_SHUTDOWN_GRACE = 10
# Seconds after its last heartbeat a silent worker's metrics leave Flower's /metrics.
FLOWER_PURGE_OFFLINE = 5


@dataclass
class Program:
    name: str
    command: list[str]
    kind: str  # "broker", "worker" or "service": brokers start (and must answer) first
    env: dict[str, str] = field(default_factory=dict)
    port: int | None = None
    url: str | None = None
    stopwaitsecs: int = 15
    # SIGTERM to the whole process group: rabbitmq-server's shell and its beam.
    # Not for a prefork worker: its pool children would die of it mid-task
    # (WorkerLostError) instead of finishing in the warm shutdown; the worker
    # stops them itself. SIGKILL, after stopwaitsecs, still goes to the group.
    stopasgroup: bool = True

    def section(self, root: Path, logs: Path) -> str:
        # supervisord reads its file with %(...)s interpolation: a literal % is %%
        env = ",".join(f'{k}="{v}"' for k, v in sorted(self.env.items())).replace("%", "%%")
        return "\n".join([
            f"[program:{self.name}]",
            f"command={shlex.join(self.command).replace('%', '%%')}",
            f"directory={root}",
            # up/down drive the order (brokers first, then the rest), not supervisord
            "autostart=false",
            "autorestart=true",
            "startsecs=1",
            "startretries=3",
            f"stopwaitsecs={self.stopwaitsecs}",
            f"stopasgroup={str(self.stopasgroup).lower()}",
            # a prefork worker's children, rabbit's beam: nothing outlives a kill
            "killasgroup=true",
            "redirect_stderr=true",
            f"stdout_logfile={logs / (self.name + '.log')}",
            "stdout_logfile_maxbytes=5MB",
            "stdout_logfile_backups=2",
            f"environment={env}" if env else "",
            "",
        ])


def celery(*args: str) -> list[str]:
    """Celery's own CLI from this interpreter, so the venv's celery runs."""
    return [sys.executable, "-m", "celery", "-A", "demo", *args]


def find_binary(name: str, *extra_paths: str) -> str | None:
    for path in extra_paths:
        if Path(path).is_file():
            return path
    return shutil.which(name) or next(
        (p for p in (f"/usr/sbin/{name}", f"/usr/lib/{name}") if Path(p).is_file()), None)


# -- broker servers ---------------------------------------------------------

def redis_server(binary: str, cfg: dict) -> Program:
    data = settings.home(cfg) / "redis"
    data.mkdir(parents=True, exist_ok=True)
    port = cfg["ports"]["redis"]
    return Program("redis", [
        binary, "--bind", cfg["bind"], "--port", str(port), "--dir", str(data),
        # append-only: queued tasks survive a broker restart, nothing is lost
        "--appendonly", "yes", "--save", "", "--daemonize", "no",
        "--protected-mode", "yes",
    ], kind="broker", port=port, url=settings.broker_url("redis", cfg))


def rabbitmq_server(binary: str, cfg: dict) -> list[Program]:
    """RabbitMQ as the current user, everything under our home.

    The /usr/sbin wrapper switches to the rabbitmq user and drops the
    environment, so we run /usr/lib/rabbitmq/bin/rabbitmq-server directly. Its
    Erlang port mapper (epmd) is our own program too, on our own port, so that
    ``down`` leaves no daemon behind.
    """
    home = settings.home(cfg) / "rabbitmq"
    for sub in ("mnesia", "log"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    ports, bind = cfg["ports"], cfg["bind"]
    (home / "rabbitmq.conf").write_text(
        f"listeners.tcp.1 = {bind}:{ports['rabbitmq']}\n"
        f"management.tcp.ip = {bind}\n"
        f"management.tcp.port = {ports['rabbitmq_management']}\n"
        "log.console = true\nlog.file = false\n"
    )
    (home / "enabled_plugins").write_text("[rabbitmq_management].\n")
    erl_bind = "{" + ",".join(bind.split(".")) + "}"
    epmd_env = {"ERL_EPMD_ADDRESS": bind, "ERL_EPMD_PORT": str(ports["epmd"])}
    epmd = Program("epmd", [find_binary("epmd", "/usr/bin/epmd") or "epmd",
                            "-port", str(ports["epmd"])],
                   kind="broker", env=epmd_env, port=ports["epmd"])
    rabbit = Program("rabbitmq", [binary], kind="broker", port=ports["rabbitmq"],
                     url=settings.broker_url("rabbitmq", cfg), stopwaitsecs=30, env={
        **epmd_env,
        "HOME": str(home),  # the Erlang cookie lives here
        "RABBITMQ_NODENAME": "brownbag@localhost",
        "RABBITMQ_NODE_IP_ADDRESS": bind,
        "RABBITMQ_NODE_PORT": str(ports["rabbitmq"]),
        "RABBITMQ_DIST_PORT": str(ports["rabbitmq_dist"]),
        "RABBITMQ_CONFIG_FILE": str(home / "rabbitmq.conf"),
        "RABBITMQ_ENABLED_PLUGINS_FILE": str(home / "enabled_plugins"),
        "RABBITMQ_MNESIA_BASE": str(home / "mnesia"),
        "RABBITMQ_LOG_BASE": str(home / "log"),
        "RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS": f"-kernel inet_dist_use_interface {erl_bind}",
    })
    return [epmd, rabbit]


def mongod(binary: str, cfg: dict) -> Program:
    data = settings.home(cfg) / "mongo"
    data.mkdir(parents=True, exist_ok=True)
    port = cfg["ports"]["mongo"]
    return Program("mongo", [binary, "--bind_ip", cfg["bind"], "--port", str(port),
                             "--dbpath", str(data)],
                   kind="broker", port=port, url=settings.broker_url("mongo", cfg))


# -- Celery and friends -----------------------------------------------------

def celery_env(cfg: dict, broker: str, config_name: str = "config.json") -> dict[str, str]:
    """The environment of a Celery process: what the demo app reads (Celery's two URLs and
    demo/environment.py's variables, ``settings.demo_env``) and, for brownbag's own
    processes, the config it runs with, written for it to read (``BROWNBAG_CONFIG``).

    The stack's processes share config.json; one started in the foreground gets a
    file of its own, so it never changes what the stack's processes read.
    """
    config_file = settings.home(cfg) / config_name
    config_file.parent.mkdir(parents=True, exist_ok=True)
    config_file.write_text(json.dumps(cfg, indent=2))
    return {
        "BROWNBAG_CONFIG": str(config_file),
        **settings.demo_env(cfg, broker),
        "PYTHONUNBUFFERED": "1",
    }


def worker_name(pool: str) -> str:
    return f"{pool}@{socket.gethostname()}"


def worker(pool: str, cfg: dict, env: dict, concurrency=None, queues=None) -> Program:
    # prefork also serves the default queue, so a plain .delay() always runs
    queues = queues or ("celery,prefork" if pool == "prefork" else pool)
    concurrency = concurrency or cfg["concurrency"][pool]
    return Program(f"worker-{pool}", celery(
        "worker", "-P", pool, "-c", str(concurrency), "-Q", queues, "-n", f"{pool}@%h",
        "-E", "--loglevel=INFO",
    ), kind="worker", env=env, stopwaitsecs=WARM_SHUTDOWN_GRACE, stopasgroup=False)


def engines_worker(cfg: dict, env: dict) -> Program:
    """The Work4Labs matching engine: CPU-bound, its own queue, its own prefork worker."""
    return Program("worker-engines", celery(
        "worker", "-P", "prefork", "-c", str(cfg["concurrency"]["prefork"]), "-Q", "engines",
        "-n", "engines@%h", "-E", "--loglevel=INFO",
    ), kind="worker", env=env, stopwaitsecs=WARM_SHUTDOWN_GRACE, stopasgroup=False)


def beat(cfg: dict, env: dict, scheduler: str | None = None) -> Program:
    """Beat with its default scheduler (a shelve file under the home), or another one
    (django-celery-beat's reads the job site's database)."""
    where = ["-S", scheduler] if scheduler else ["-s", str(settings.home(cfg) / "beat-schedule")]
    return Program("beat", celery("beat", *where, "--loglevel=INFO"), kind="service", env=env)


def flower(cfg: dict, env: dict, creds: dict) -> Program:
    port = cfg["ports"]["flower"]
    auth = f"{creds['flower']['user']}:{creds['flower']['password']}"
    return Program("flower", celery("flower", f"--address={cfg['bind']}", f"--port={port}",
                                     # a worker whose heartbeats stopped leaves /metrics (and
                                     # the dashboard) after this many seconds: the alert on a
                                     # missing worker (ops/prometheus/alerts.yml) sees it go
                                     f"--purge_offline_workers={FLOWER_PURGE_OFFLINE}"),
                   # in the environment, not argv: ps shows argv to every user
                   kind="service", env={**env, "FLOWER_BASIC_AUTH": auth}, port=port,
                   url=f"http://{cfg['bind']}:{port}/")


def live_server(cfg: dict, env: dict) -> Program:
    """The deck and its API on brownbag.bind; with brownbag.audience.listen (set by
    ``invoke up --audience``), the audience view and the remote on that address too."""
    port = cfg["ports"]["live"]
    listen = (cfg.get("audience") or {}).get("listen")
    return Program("live", [sys.executable, "-m", "brownbag.live",
                            *(["--audience", listen] if listen else [])],
                   kind="service", env=env, port=port, url=f"http://{cfg['bind']}:{port}/")


def feeds(cfg: dict, env: dict) -> Program:
    """The Work4Labs partner feeds, played locally: what beat's scheduled import fetches."""
    port = cfg["ports"]["feeds"]
    return Program("feeds", [sys.executable, "-m", "brownbag.feeds", "--port", str(port)],
                   kind="service", env=env, port=port, url=f"http://{cfg['bind']}:{port}/")


def camera(cfg: dict, env: dict) -> Program:
    return Program("camera", celery("events", "--camera", "demo.monitoring.Camera",
                                    "--frequency", "2", "--loglevel=INFO"),
                   kind="service", env=env)


# -- metrics ----------------------------------------------------------------

def exporter(cfg: dict, env: dict) -> Program:
    """The queue exporter (brownbag/metrics): each Redis queue's length and oldest message's age."""
    port = cfg["ports"]["exporter"]
    return Program("exporter", [sys.executable, "-m", "brownbag.metrics", "--bind", cfg["bind"],
                                "--port", str(port), "--broker", settings.broker_url("redis", cfg)],
                   kind="service", env=env, port=port,
                   url=f"http://{cfg['bind']}:{port}/metrics")


def prometheus(binary: str, cfg: dict) -> Program:
    """Prometheus scraping Flower and the exporter, with the repo's alert rules
    (ops/prometheus; brownbag/metrics/prometheus.py writes its config)."""
    from ..metrics import prometheus as config

    return Program("prometheus", config.command(binary, cfg), kind="service",
                   port=cfg["ports"]["prometheus"], url=config.url(cfg) + "/")
