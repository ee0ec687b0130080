"""What docker compose gets, checked without a Docker engine (this machine has none):
ports on 127.0.0.1 only, never RabbitMQ's or MongoDB's default user, generated
passwords kept user-only, and the URLs every process then finds."""

from __future__ import annotations

import stat
import subprocess
import tempfile
from pathlib import Path

import pytest
import yaml

from support.paths import ROOT
from support.ports import free_ports

COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def published_ports():
    for name, service in COMPOSE["services"].items():
        for port in service.get("ports", []):
            yield name, port


@pytest.mark.parametrize(("service", "port"), list(published_ports()))
def test_every_published_port_is_on_loopback(service, port):
    assert port.startswith("127.0.0.1:"), f"{service} publishes {port} beyond this machine"


def guard(service: str, env: dict) -> subprocess.CompletedProcess:
    """The service's entrypoint as its container's shell would run it (compose turns $$
    into $), with ``docker-entrypoint.sh`` standing in for the image's own."""
    shell, flag, script = COMPOSE["services"][service]["entrypoint"]
    with tempfile.TemporaryDirectory() as bin_dir:
        stand_in = Path(bin_dir) / "docker-entrypoint.sh"
        stand_in.write_text("#!/bin/sh\necho started \"$@\"\n")
        stand_in.chmod(0o755)
        return subprocess.run([shell, flag, script.replace("$$", "$")], capture_output=True,
                              text=True, timeout=10, env={"PATH": f"{bin_dir}:/usr/bin:/bin", **env})


@pytest.mark.parametrize(("service", "variable", "server"), [
    ("rabbitmq", "RABBITMQ_DEFAULT_PASS", "rabbitmq-server"),
    ("mongo", "MONGO_INITDB_ROOT_PASSWORD", "mongod")])
def test_brokers_start_only_with_a_password_given_to_them(service, variable, server):
    environment = COMPOSE["services"][service]["environment"]
    # no default password in the file: only what the caller (invoke up) passes
    assert environment[variable] == f"${{BROWNBAG_{service.upper()}_PASSWORD:-}}"
    assert "guest" not in (ROOT / "docker-compose.yml").read_text()
    refused = guard(service, {variable: ""})
    assert refused.returncode == 1 and f"set BROWNBAG_{service.upper()}_PASSWORD" in refused.stderr
    assert guard(service, {variable: "s3cret"}).stdout.strip() == f"started {server}"


@pytest.fixture
def cfg(tmp_path):
    from brownbag import settings

    return {**settings.load(), "home": str(tmp_path),
            "ports": {**settings.load()["ports"], "rabbitmq": free_ports(1)[0]}}


def test_docker_brokers_get_generated_credentials_and_every_process_finds_them(cfg, tmp_path):
    from brownbag import settings
    from brownbag.cli.output import masked
    from brownbag.stack import brokers

    env = brokers.compose_env(cfg)
    url = brokers.docker_url("rabbitmq", cfg)
    password = env["BROWNBAG_RABBITMQ_PASSWORD"]
    assert len(password) >= 16 and password != env["BROWNBAG_MONGO_PASSWORD"]
    assert url.startswith(f"amqp://brownbag:{password}@127.0.0.1:{cfg['ports']['rabbitmq']}/")
    assert env["BROWNBAG_RABBITMQ_PORT"] == str(cfg["ports"]["rabbitmq"])
    assert f":{env['BROWNBAG_MONGO_PASSWORD']}@" in brokers.docker_url("mongo", cfg)
    # the same password the next time: the container keeps the user it was made with
    assert brokers.compose_env(cfg) == env

    assert settings.broker_url("rabbitmq", cfg).startswith("amqp://guest:guest@")
    settings.remember_urls(cfg, {"rabbitmq": url})
    assert settings.broker_url("rabbitmq", cfg) == url
    assert masked(url) == f"amqp://brownbag:***@127.0.0.1:{cfg['ports']['rabbitmq']}//"
    for secret in ("credentials.json", "urls.json"):
        assert stat.S_IMODE((tmp_path / secret).stat().st_mode) == 0o600, secret
    settings.remember_urls(cfg, {})
    assert not (tmp_path / "urls.json").exists()
    assert settings.broker_url("rabbitmq", cfg).startswith("amqp://guest:guest@")
