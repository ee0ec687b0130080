"""The Django job site against the real test stack: a schedule saved through the admin's
own form runs from beat's database scheduler, its result is a TaskResult row, the admin
lists both in Chromium, ``up`` twice changes nothing and ``down`` leaves no Django process.
"""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path

import httpx
import pytest

from support.live_server import (
    jobsite_rows,
    listening_live_server,
    result_of,
    run_demo,
    types,
)
from support.paths import ROOT
from support.stack import run_invoke, stack_status

ARTIFACTS = ROOT / "tests" / "_artifacts"
NAME = "count jobs (demo)"


@pytest.fixture(scope="module")
def live(stack):
    with listening_live_server(stack) as url:
        yield url




def admin_creds(stack) -> dict:
    return json.loads((stack.home / "credentials.json").read_text())["django"]


def test_a_schedule_saved_in_the_admin_runs_and_its_result_is_a_row(live, stack):
    items = run_demo(live, "ecosystem.django", {"every": 2})
    first = result_of(items)
    row = first["task_result"][0]
    assert row["status"] == "SUCCESS" and row["worker"].startswith("jobsite@") and row["jobs"] >= 0
    stored = jobsite_rows(stack, "SELECT task_name, status, worker FROM django_celery_results_taskresult "
                          "WHERE task_id = ?", row["task_id"])
    assert stored == [("demo.jobsite.tasks.count_jobs", "SUCCESS", row["worker"])]
    assert "task-sent" in types(items, row["task_id"]), "beat sent it, not the demo"
    assert any("(added)" in i.get("text", "") for i in items if i["kind"] == "note")
    # Again: the same PeriodicTask is edited (one row), and beat runs it once more.
    again = result_of(run_demo(live, "ecosystem.django", {"every": 3}))
    assert again["task_result"][0]["task_id"] != row["task_id"]
    sql = ("SELECT t.one_off, t.enabled, i.every FROM django_celery_beat_periodictask t "
           "JOIN django_celery_beat_intervalschedule i ON t.interval_id = i.id WHERE t.name = ?")
    # switched off again by the demo, through the same form
    assert jobsite_rows(stack, sql, NAME) == [(0, 0, 3)]


def test_the_admin_lists_the_schedule_and_the_result(live, stack, chromium):
    result_of(run_demo(live, "ecosystem.django", {"every": 2}))
    task_id = jobsite_rows(stack, "SELECT task_id FROM django_celery_results_taskresult "
                           "WHERE task_name = 'demo.jobsite.tasks.count_jobs' ORDER BY id DESC LIMIT 1")[0][0]
    creds = admin_creds(stack)
    base = stack.url("django")
    page = chromium.new_page(viewport={"width": 1280, "height": 720})
    try:
        page.goto(f"{base}/admin/django_celery_beat/periodictask/")
        assert "/admin/login/" in page.url, "the admin is behind its login"
        page.fill("#id_username", creds["user"])
        page.fill("#id_password", "not the password")
        page.click("input[type=submit]")
        assert page.locator(".errornote").is_visible()
        page.fill("#id_password", creds["password"])
        page.click("input[type=submit]")
        page.wait_for_url(re.compile(r".*/periodictask/$"))
        assert page.get_by_role("link", name=re.compile(re.escape(NAME))).is_visible()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "jobsite-periodictasks.png"))
        page.goto(f"{base}/admin/django_celery_results/taskresult/")
        assert page.get_by_text(task_id).is_visible()
        page.screenshot(path=str(ARTIFACTS / "jobsite-taskresults.png"))
        # WhiteNoise serves the admin's own stylesheet (hashed name, cached for good)
        css = page.locator("link[rel=stylesheet]").first.get_attribute("href")
        assert httpx.get(base + css).status_code == 200
    finally:
        page.close()


def pids(env: dict) -> dict[str, int]:
    return {c["name"]: c["pid"] for c in stack_status(env) if c["name"] in ("django", "worker-jobsite", "beat")}


def test_up_twice_changes_nothing(stack):
    before, password = pids(stack.env), jobsite_rows(stack, "SELECT password FROM auth_user")
    assert set(before) == {"django", "worker-jobsite", "beat"} and all(before.values())
    stack.use("redis")
    assert pids(stack.env) == before
    assert jobsite_rows(stack, "SELECT password FROM auth_user") == password


@pytest.mark.stack
def test_down_leaves_no_django_process_and_no_django_is_no_django(scratch):
    from brownbag.stack.procs import alive, parent_of

    up = run_invoke("up", "--pools", "threads", "--no-flower", "--no-live", "--no-camera",
                    "--no-engines", env=scratch, check=True)
    assert "django admin" in up.stdout, up.stdout
    started = {c["name"]: c["pid"] for c in stack_status(scratch)}
    assert started.get("django") and started.get("worker-jobsite")
    # gunicorn's master and its workers, the worker and its pool threads' process
    ours = [started["django"], started["worker-jobsite"]]
    ours += [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()
             and parent_of(int(p.name)) in (started["django"], started["worker-jobsite"])]
    assert len(ours) >= 4, ours  # two gunicorn workers at least
    run_invoke("down", env=scratch, check=True)
    assert not [pid for pid in ours if alive(pid)]
    run_invoke("up", "--pools", "threads", "--no-flower", "--no-live", "--no-camera",
               "--no-engines", "--no-django", env=scratch, check=True)
    names = {c["name"] for c in stack_status(scratch)}
    assert not names & {"django", "worker-jobsite"}, names


@pytest.mark.stack
def test_a_taken_django_port_is_one_line_and_nothing_starts(scratch):
    port = int(scratch["INVOKE_BROWNBAG_PORTS_DJANGO"])
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", port))
        squatter.listen()
        result = run_invoke("up", "--pools", "threads", "--no-flower", "--no-live", "--no-camera",
                            "--no-engines", env=scratch)
    assert result.returncode == 1, result.stdout + result.stderr
    assert (f"error: port {port} for django is taken by another program: stop it, "
            f"or set INVOKE_BROWNBAG_PORTS_DJANGO=<port>") in result.stderr + result.stdout
    assert "Traceback" not in result.stderr
    assert not (Path(scratch["INVOKE_BROWNBAG_HOME"]) / "jobsite.sqlite3").exists(), \
        "nothing prepared for a stack that did not start"


SAVE_WHILE_ANOTHER_COMMITS = r"""
import sqlite3, sys, threading, time
import django
from django.conf import settings
if sys.argv[1:]:  # the control: another transaction mode than the settings'
    settings.DATABASES["default"]["OPTIONS"]["transaction_mode"] = sys.argv[1]
django.setup()
from django.db import connection, transaction

with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE schedule (every INTEGER)")
    cursor.execute("INSERT INTO schedule VALUES (10)")
path = settings.DATABASES["default"]["NAME"]
other = sqlite3.connect(path, timeout=20, isolation_level=None, check_same_thread=False)
other.execute("BEGIN IMMEDIATE")                     # beat, say, writing...
other.execute("INSERT INTO schedule VALUES (5)")
# ...commits once the save is under way: when it asks for the write lock up front
# (BEGIN IMMEDIATE, seen by a trace callback, then waiting for this commit), or when it
# has read (deferred). Events, not a timer: the order is the same on a loaded machine.
go, committed = threading.Event(), threading.Event()
connection.connection.set_trace_callback(
    lambda sql: go.set() if sql.startswith("BEGIN IMMEDIATE") else None)

def commit():
    go.wait(30)
    other.execute("COMMIT")
    committed.set()

def commit_waits_for_our_read_lock():
    # A pending commit refuses new readers: a fresh connection cannot read now.
    try:
        sqlite3.connect(path, timeout=0).execute("SELECT every FROM schedule").fetchall()
    except sqlite3.OperationalError:
        return True
    return False

threading.Thread(target=commit, daemon=True).start()
try:
    with transaction.atomic():                       # the admin's save: read, then write
        connection.cursor().execute("SELECT every FROM schedule").fetchall()
        go.set()
        deadline = time.monotonic() + 30
        while not committed.wait(0.01) and not commit_waits_for_our_read_lock():
            assert time.monotonic() < deadline, "the other process never committed"
        connection.cursor().execute("UPDATE schedule SET every = 2")
    print("saved")
except Exception as exc:
    print(f"{type(exc).__name__}: {exc}")
"""


@pytest.mark.parametrize("mode, outcome", [((), "saved"),
                                           (("DEFERRED",), "OperationalError: database is locked")],
                         ids=["as configured", "deferred"])
def test_an_admin_save_waits_for_another_process_commit(tmp_path, mode, outcome):
    """demo/jobsite/settings.py's SQLite options: a save that reads first waits for a commit
    from beat or the worker. The deferred run is the control, and what the admin did before:
    "database is locked" at once, an HTTP 500 (once in a CI run)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "BROWNBAG_HOME": str(tmp_path), "DJANGO_SECRET_KEY": "test",
           "DJANGO_SETTINGS_MODULE": "demo.jobsite.settings"}
    done = subprocess.run([sys.executable, "-c", SAVE_WHILE_ANOTHER_COMMITS, *mode],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == outcome, done.stdout + done.stderr
