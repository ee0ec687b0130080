"""django-celery-beat and django-celery-results, live: a schedule saved in the admin, its result listed there."""

from __future__ import annotations

import json
import sqlite3
import time

from brownbag import settings
from brownbag.stack import credentials

from ._admin import Admin, AdminError, options
from .registry import Param, scenario
from .runs import RunFailed

# By name: importing demo.jobsite.tasks would set Django up in this process.
TASK = "demo.jobsite.tasks.count_jobs"
NAME = "count jobs (demo)"
BEAT_MODELS = "django_celery_beat"


def interval_id(admin: Admin, every: int) -> str:
    """The IntervalSchedule "every N seconds", made through its own admin form if none exists."""
    label = f"every {every} seconds"
    found = options(admin.http.get(f"/admin/{BEAT_MODELS}/periodictask/add/").text, "interval")
    if label not in found:
        admin.save(f"/admin/{BEAT_MODELS}/intervalschedule/add/", {"every": str(every), "period": "seconds"})
        found = options(admin.http.get(f"/admin/{BEAT_MODELS}/periodictask/add/").text, "interval")
    return found[label]


def result_row(task_id: str, timeout: float = 5.0) -> dict | None:
    """The task's TaskResult row, read from the site's database (what the admin lists)."""
    db = settings.home() / "jobsite.sqlite3"
    end = time.monotonic() + timeout
    while True:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            conn.row_factory = sqlite3.Row
            row = conn.execute("SELECT task_id, task_name, status, result, date_done, worker "
                               "FROM django_celery_results_taskresult WHERE task_id = ?",
                               (task_id,)).fetchone()
        if row or time.monotonic() > end:
            return dict(row) if row else None
        time.sleep(0.2)


@scenario(
    "ecosystem.django", "A schedule saved in the Django admin: beat runs it, the admin lists its result",
    slide="Ecosystem / django-celery",
    params=[Param("every", int, 5, min=2, max=60, help="seconds between runs of the schedule")],
    timeout=90,
)
def django_admin(run, every):
    """Logs in to the job site's admin with the generated password and saves the periodic task
    "count jobs (demo)" through the admin's own form: count_jobs every N seconds, one-off, enabled.
    Beat's DatabaseScheduler sees the change (it looks every 5 s) and sends the task; the
    django worker runs it and stores its result as a TaskResult row, which the run reads back."""
    if run.follow != "events":
        raise RunFailed("beat's messages are found through Celery events, and this broker carries "
                        "none: switch to redis or rabbitmq (invoke up --broker redis)")
    cfg = settings.load()
    url = f"http://{cfg['bind']}:{cfg['ports']['django']}"
    creds = credentials.load(settings.home(cfg))["django"]
    try:
        admin = Admin(url, creds["user"], creds["password"])
    except AdminError as exc:
        raise RunFailed(str(exc)) from None
    try:
        run.watch(TASK)
        interval = interval_id(admin, every)
        page = admin.find(f"{BEAT_MODELS}/periodictask", NAME) or f"/admin/{BEAT_MODELS}/periodictask/add/"
        admin.save(page, {"name": NAME, "regtask": "", "task": TASK, "interval": interval,
                          "enabled": "on", "one_off": "on", "last_run_at_0": "", "last_run_at_1": "",
                          "description": "saved by the ecosystem.django demo, as the admin form does"})
    except AdminError as exc:
        raise RunFailed(str(exc)) from None
    finally:
        admin.close()
    saved = time.time()
    run.note(f"saved in the admin: {NAME!r}, {TASK} every {every} s, one-off "
             f"({'edited' if 'change' in page else 'added'}); beat looks for changes every 5 s")
    sent = run.wait_for(lambda i: i["kind"] == "event" and i["type"] in ("task-sent", "task-received"))
    if sent is None:
        raise RunFailed(f"beat did not send {TASK} within the run's time: is it running with "
                        "the database scheduler (invoke status: beat, django)?")
    run.note(f"beat sent it {sent['timestamp'] - saved:.1f} s after the save")
    done = run.wait_event(sent["uuid"], "task-succeeded", "task-failed")
    if done is None or done["type"] != "task-succeeded":
        raise RunFailed(f"{TASK} did not succeed: {done and done.get('exception')}")
    row = result_row(sent["uuid"])
    if row is None:
        raise RunFailed(f"no TaskResult row for {sent['uuid']}: is the django worker's backend "
                        "the database (demo/jobsite/tasks.py)?")
    run.note(f"TaskResult row {row['task_id'][:8]}: {row['status']}, listed at {url}/admin/"
             f"django_celery_results/taskresult/")
    # What the slide needs to read at a glance; the whole row is in the admin.
    return {"saved": f"{NAME}: every {every} s, one-off",
            "beat sent it after": f"{sent['timestamp'] - saved:.1f} s",
            "task_result": [{"task_id": row["task_id"], "status": row["status"],
                             "jobs": json.loads(row["result"])["jobs"],
                             "done at": row["date_done"][11:19], "worker": row["worker"]}]}
