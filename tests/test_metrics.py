"""What the metric slides claim, checked on a real Prometheus (Debian's binary).

- The queue exporter, a real redis-server and a real Prometheus with the repo's own
  ops/prometheus files: a burst nobody consumes makes the queue's length and its oldest
  message's age rise, CeleryQueueBackingUp fires; purged, it resolves.
- On the session stack, the three slides' demos, with Prometheus's own record of them
  (its ALERTS series) asked afterwards, not what the demo read.
- The stack without Prometheus: one line naming the package, the rest up;
  ``--no-metrics`` leaves the exporter out; ``invoke down`` stops it.

Every server binds 127.0.0.1 on a free port and is stopped by its pid.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml

from support.faults import wait_for
from support.paths import ROOT
from support.ports import free_ports
from support.scenarios import run_scenario
from support.skips import need
from support.stack import run_invoke, stack_status

PROMETHEUS = shutil.which("prometheus")


def need_prometheus() -> str:
    if not PROMETHEUS:
        need("prometheus", "no prometheus binary: apt-get install prometheus")
    return PROMETHEUS


@contextmanager
def server(command: list[str], log: Path, **env):
    """A process of this test, in its own group, stopped by its pid (SIGTERM, then SIGKILL)."""
    with log.open("w") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT,
                                start_new_session=True, env={**os.environ, **env})
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)


def answers(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def test_the_burst_shows_in_length_and_age_and_the_alert_fires_then_resolves(tmp_path):
    binary = need_prometheus()
    redis_server = shutil.which("redis-server")
    if not redis_server:
        need("redis", "no redis-server binary on PATH")
    from brownbag.metrics import prometheus, query
    from demo.celery import app, connect

    redis_port, exporter_port, prom_port, flower_port = free_ports(4)
    url = f"redis://127.0.0.1:{redis_port}/0"
    cfg = {"bind": "127.0.0.1", "home": str(tmp_path),
           "ports": {"prometheus": prom_port, "exporter": exporter_port, "flower": flower_port}}
    base = prometheus.url(cfg)
    queue = "backlog"
    with server([redis_server, "--bind", "127.0.0.1", "--port", str(redis_port), "--save", "",
                 "--dir", str(tmp_path)], tmp_path / "redis.log"), \
         server([sys.executable, "-m", "brownbag.metrics", "--port", str(exporter_port),
                 "--broker", url], tmp_path / "exporter.log"), \
         server(prometheus.command(binary, cfg), tmp_path / "prometheus.log"):
        wait_for(lambda: query.ready(base)[0], 30, what="Prometheus ready")
        # the rendered config scrapes this exporter, with the repo's rules
        rules = query.get(base, "/api/v1/rules")["groups"][0]["rules"]
        assert {r["name"] for r in rules} == {"CeleryQueueBackingUp", "CeleryWorkerMissing"}
        with connect(url) as conn:
            for i in range(12):  # nobody consumes: the burst waits
                app.send_task("demo.basics.sleepy", (1, f"burst {i}"), queue=queue, ignore_result=True,
                              connection=conn)
        length = f'celery_queue_length{{queue="{queue}"}}'
        age = f'celery_queue_oldest_message_age_seconds{{queue="{queue}"}}'
        wait_for(lambda: query.value(base, length) == 12, 15, what="length 12 in Prometheus")
        first_age = query.value(base, age)
        wait_for(lambda: query.alert_state(base, "CeleryQueueBackingUp", queue=queue) == "firing",
                 30, what="CeleryQueueBackingUp firing")
        assert query.value(base, age) > max(5.0, first_age), "the oldest message's age climbed"
        with connect(url) as conn:
            conn.default_channel.queue_purge(queue)
        wait_for(lambda: query.alert_state(base, "CeleryQueueBackingUp", queue=queue) == "inactive",
                 20, what="CeleryQueueBackingUp resolved")
        assert query.value(base, length) == 0 and query.value(base, age) == 0


def test_the_alert_rules_the_slides_show_are_the_rules_prometheus_runs():
    """The PromQL on the slides is what ops/prometheus/alerts.yml says (take-home files)."""
    rules = {r["alert"]: r for g in yaml.safe_load((ROOT / "ops/prometheus/alerts.yml").read_text())["groups"]
             for r in g["rules"]}
    talk = re.sub(r"\s+", " ", (ROOT / "slides/talk.rst").read_text())

    def shown(expr: str) -> str:
        return re.sub(r"\s+", " ", expr).strip()

    backlog = shown(rules["CeleryQueueBackingUp"]["expr"]).replace(
        "celery_queue_oldest_message_age_seconds", 'celery_queue_oldest_message_age_seconds{queue="backlog"}')
    assert f"{backlog} # for: {rules['CeleryQueueBackingUp']['for']}" in talk
    assert f"{shown(rules['CeleryWorkerMissing']['expr'])} # for: {rules['CeleryWorkerMissing']['for']}" in talk
    if PROMETHEUS:  # and Prometheus's own checker takes both files
        promtool = shutil.which("promtool")
        if promtool:
            done = subprocess.run([promtool, "check", "config", "ops/prometheus/prometheus.yml"],
                                  cwd=ROOT, capture_output=True, text=True, timeout=60)
            assert done.returncode == 0, done.stdout + done.stderr


def ever_firing(base: str, alert: str, **labels) -> bool:
    """Prometheus's own record: its ALERTS series had this alert firing in the last 5 min."""
    from brownbag.metrics import query

    selector = ",".join([f'alertname="{alert}"', 'alertstate="firing"',
                         *(f'{k}="{v}"' for k, v in labels.items())])
    return query.value(base, f"max_over_time(ALERTS{{{selector}}}[5m])") == 1


def test_queue_backing_up_on_the_stack(stack):
    need_prometheus()
    from brownbag import settings
    from brownbag.metrics import prometheus, query

    base = prometheus.url(settings.load())
    run = run_scenario("metrics.backlog", tasks=20)
    assert run.status == "succeeded", run.error
    result = run.result
    assert result["fired"] and result["resolved"]
    # what Prometheus itself stored, not what the demo read
    assert query.value(base, 'max_over_time(celery_queue_length{queue="backlog"}[5m])') >= 15
    assert query.value(base, 'max_over_time(celery_queue_oldest_message_age_seconds{queue="backlog"}[5m])') > 5
    assert ever_firing(base, "CeleryQueueBackingUp", queue="backlog")
    assert query.alert_state(base, "CeleryQueueBackingUp", queue="backlog") == "inactive"


def test_waiting_or_working_on_the_stack(stack):
    """Prefetch starvation as Prometheus stored it: short reports prefetched behind the
    long task waited for it at their worker; with prefetch off they barely waited."""
    need_prometheus()
    from brownbag import settings
    from brownbag.metrics import prometheus, query

    base = prometheus.url(settings.load())
    run = run_scenario("metrics.waiting", long=3.0, shorts=6, short=0.5)
    assert run.status == "succeeded", run.error
    on, off = run.result["rounds"]
    assert on["waited s"] > 1.5 > 1 > off["waited s"]
    assert on["ran s"] < 1  # 0.5 s of sleep, as the workers reported it
    # what Prometheus itself stored (the workers are gone: Flower dropped their series)
    waited = 'max(max_over_time(flower_task_prefetch_time_seconds{{task="demo.delivery.report",worker=~"{}[12]@.*"}}[5m]))'
    assert query.value(base, waited.format("starved")) > 1.5
    assert query.value(base, waited.format("fair")) < 1
    assert query.value(base, waited.format("starved")) == pytest.approx(on["waited s"], abs=0.01)


def test_a_dead_worker_is_noticed_on_the_stack(stack):
    need_prometheus()
    from brownbag import settings
    from brownbag.metrics import prometheus, query

    base = prometheus.url(settings.load())
    run = run_scenario("metrics.dead_worker")
    assert run.status == "succeeded", run.error
    worker = f"doomed@{socket.gethostname()}"
    assert run.result["fired"] and run.result["resolved"] and run.result["noticed after s"] < 30
    assert ever_firing(base, "CeleryWorkerMissing", worker=worker)
    # back, then stopped warm (worker-offline): no alert left behind
    time.sleep(8)  # past the purge (5 s) and the rule's for: (2 s)
    assert query.alert_state(base, "CeleryWorkerMissing", worker=worker) == "inactive"


def test_without_prometheus_one_line_says_what_to_install_and_the_rest_comes_up(scratch):
    env = {**scratch, "INVOKE_BROWNBAG_PROMETHEUS_BINARY": "/nonexistent/prometheus"}
    done = run_invoke("up", "--brokers", "redis", "--pools", "solo", "--no-beat", "--no-camera",
                      "--no-engines", "--no-django", "--no-live", env=env, timeout=300)
    said = done.stdout + done.stderr
    assert done.returncode == 3, said
    lines = [line for line in said.splitlines() if "apt-get install prometheus" in line]
    assert len(lines) == 1, said
    running = {c["name"]: c for c in stack_status(env) if c["state"] == "RUNNING"}
    assert {"redis", "worker-solo", "flower", "exporter"} <= set(running), running
    assert "prometheus" not in running
    exporter = running["exporter"]
    assert exporter["url"].startswith("http://127.0.0.1:")
    assert answers(exporter["port"])

    # --no-metrics: the exporter goes, the rest stays
    done = run_invoke("up", "--brokers", "redis", "--pools", "solo", "--no-beat", "--no-camera",
                      "--no-engines", "--no-django", "--no-live", "--no-metrics", env=env,
                      timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    running = {c["name"] for c in stack_status(env) if c["state"] == "RUNNING"}
    assert "exporter" not in running and {"redis", "worker-solo", "flower"} <= running
    assert not answers(exporter["port"])
