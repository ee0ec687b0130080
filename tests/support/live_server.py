"""``python -m brownbag.live`` on a free port against a test stack, and runs through its API."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from contextlib import contextmanager

import httpx

from brownbag.stack.procs import terminate

from support.faults import wait_for
from support.paths import ROOT
from support.ports import free_ports


def start_live_server(stack, broker: str = "redis", timeout: float = 60):
    port = free_ports(1)[0]
    env = {**os.environ, **stack.env, "CELERY_BROKER_URL": stack.broker_url(broker),
           "CELERY_RESULT_BACKEND": stack.result_backend}
    log = open(stack.home / f"live-test-{port}.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "brownbag.live", "--port", str(port)], cwd=ROOT,
                            env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"

    def answers() -> bool:
        if proc.poll() is not None:
            raise AssertionError(f"live server exited {proc.returncode}: "
                                 f"{(stack.home / f'live-test-{port}.log').read_text()[-2000:]}")
        try:
            return httpx.get(url + "/api/demos", timeout=1).status_code == 200
        except httpx.HTTPError:
            return False
    try:
        wait_for(answers, timeout, interval=0.2, what=f"the live server on {url} to answer")
    except AssertionError:
        proc.kill()
        raise
    return proc, url


@contextmanager
def live_server_over(stack, broker: str = "redis"):
    """A live server of our own over ``stack`` for a ``with`` block: its URL, stopped after."""
    proc, url = start_live_server(stack, broker)
    try:
        yield url
    finally:
        stop(proc)


@contextmanager
def listening_live_server(stack):
    """A live server over ``stack`` whose events bridge has bound its queue ("up" is its
    consume-ready): a task sent from then on is seen, a beat tick or a sign-up included."""
    with live_server_over(stack) as url:
        wait_for(lambda: httpx.get(f"{url}/api/health", timeout=5).json()["events"]["up"], 30,
                 interval=0.2, what="the live server's events bridge to bind its queue")
        yield url


def jobsite_rows(stack, sql: str, *args) -> list[tuple]:
    """``sql`` on the job site's SQLite database, read-only (it may be mid-write)."""
    import sqlite3

    with sqlite3.connect(f"file:{stack.home / 'jobsite.sqlite3'}?mode=ro", uri=True) as conn:
        return conn.execute(sql, args).fetchall()


def stop(proc):
    terminate(proc)


def answers(url: str) -> httpx.Response | None:
    """``url``'s answer, or None while nothing answers there (a server still starting)."""
    try:
        return httpx.get(url, timeout=5)
    except httpx.HTTPError:
        return None


def stream(url: str, run_id: str, timeout: float = 120) -> list[dict]:
    """Every SSE message of a run, in order, until the summary."""
    items, ids = [], []
    with httpx.stream("GET", f"{url}/api/runs/{run_id}/events", timeout=timeout) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        for line in response.iter_lines():
            if line.startswith("id: "):
                ids.append(int(line[4:]))
            elif line.startswith("data: "):
                items.append(json.loads(line[6:]))
    assert ids == list(range(1, len(ids) + 1))
    return items


def run_demo(url: str, demo: str, params: dict | None = None) -> list[dict]:
    started = httpx.post(f"{url}/api/demos/{demo}/runs", json={"params": params or {}}, timeout=30)
    assert started.status_code == 202, started.text
    body = started.json()
    assert body["events"] == f"/api/runs/{body['run_id']}/events"
    return stream(url, body["run_id"])


def result_of(items):
    summary = items[-1]
    assert summary["status"] == "succeeded", summary["error"]
    return summary["result"]


def types(items, uuid=None):
    return [i["type"] for i in items if i["kind"] == "event" and (uuid is None or i["uuid"] == uuid)]
