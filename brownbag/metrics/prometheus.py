"""The stack's Prometheus: ops/prometheus/prometheus.yml (the file a team takes home),
with its targets set to this stack's ports, written under the home."""

from __future__ import annotations

from pathlib import Path

import yaml

from .. import settings

OPS = settings.ROOT / "ops" / "prometheus"
# Which port each scrape job of ops/prometheus/prometheus.yml reads, by invoke.yaml's name.
TARGETS = {"flower": "flower", "celery-queues": "exporter"}


def render(cfg: dict) -> Path:
    """The config Prometheus runs with: the repo's file, its targets on brownbag.bind at
    brownbag.ports, its rule files by absolute path. Returns where it was written."""
    config = yaml.safe_load((OPS / "prometheus.yml").read_text())
    for job in config["scrape_configs"]:
        port = cfg["ports"][TARGETS[job["job_name"]]]
        job["static_configs"] = [{"targets": [f"{cfg['bind']}:{port}"]}]
    config["rule_files"] = [str(OPS / name) for name in config.get("rule_files", [])]
    out = settings.home(cfg) / "prometheus" / "prometheus.yml"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(yaml.safe_dump(config, sort_keys=False))
    return out


def command(binary: str, cfg: dict) -> list[str]:
    data = settings.home(cfg) / "prometheus" / "data"
    data.mkdir(parents=True, exist_ok=True)
    return [binary, f"--config.file={render(cfg)}", f"--storage.tsdb.path={data}",
            f"--web.listen-address={cfg['bind']}:{cfg['ports']['prometheus']}",
            # a talk's worth of samples; nothing here is kept for trends
            "--storage.tsdb.retention.time=1d"]


def url(cfg: dict) -> str:
    return f"http://{cfg['bind']}:{cfg['ports']['prometheus']}"
