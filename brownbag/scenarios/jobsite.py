"""The Django job site, live: a schedule saved in the admin, its result listed there; a task sent
inside a transaction, before and after its commit."""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from datetime import datetime, timezone

from brownbag import settings
from brownbag.stack import credentials

from ._admin import Admin, AdminError, options
from ._cluster import until
from .payoff import cell, fact, table
from .registry import Expect, Param, scenario
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


def rows(where: str, *args) -> list[dict]:
    """TaskResult rows of the site's database (what the admin lists), newest first, read-only."""
    db = settings.home() / "jobsite.sqlite3"
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(
            "SELECT task_id, status, result, date_created, date_done, worker "
            f"FROM django_celery_results_taskresult WHERE {where} ORDER BY id DESC", args)]


def utc(timestamp: float) -> str:
    """A time as Django stores it in SQLite (UTC, USE_TZ)."""
    return datetime.fromtimestamp(timestamp, timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")


def first_run(run, since: float) -> tuple[str | None, float | None]:
    """The task beat sent after ``since``: its id, and when it was sent (None if not seen).

    Its events draw the timeline. A TaskResult row is the fallback, for a run whose
    events receiver was still connecting when beat sent the task (a live server just
    started): the row says the same thing, without the timeline.
    """
    while time.time() < run.deadline:
        sent = run.wait_for(lambda i: i["kind"] == "event"
                            and i["type"] in ("task-sent", "task-received"), timeout=1)
        if sent:
            return sent["uuid"], sent["timestamp"]
        found = rows("task_name = ? AND date_created >= ?", TASK, utc(since))
        if found:
            return found[-1]["task_id"], None
    return None, None


@scenario(
    "ecosystem.django", "A schedule saved in the Django admin: beat runs it, the admin lists its result",
    slide="Ecosystem / django-celery",
    expect=Expect(lambda r, i: r["task_result"][0]["status"] == "SUCCESS"
                  and r["task_result"][0]["worker"].startswith("jobsite@")
                  and any(e["kind"] == "event" and e["type"] == "task-sent"
                          and e["uuid"] == r["task_result"][0]["task_id"] for e in i),
                  params={"every": 2}),
    params=[Param("every", int, 5, min=2, max=60, help="seconds between runs of the schedule")],
    timeout=90,
    needs=("jobsite",),
)
def django_admin(run, every):
    """Logs in to the job site's admin with the generated password and saves the periodic task
    "count jobs (demo)" through the admin's own form: count_jobs every N seconds, enabled.
    Beat's DatabaseScheduler sees the change (it looks every 5 s) and sends the task; the
    jobsite worker runs it and stores its result as a TaskResult row, which the run reads back.
    Then the same form switches the schedule off again, so it doesn't run all talk long."""
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
    changelist = f"{BEAT_MODELS}/periodictask"
    try:
        run.watch(TASK)
        interval = interval_id(admin, every)
        page = admin.find(changelist, NAME)
        admin.save(page or f"/admin/{changelist}/add/",
                   {"name": NAME, "regtask": "", "task": TASK, "interval": interval,
                    "enabled": "on", "description": "saved by the ecosystem.django demo"},
                   drop=("one_off",))
        saved = time.time()
        run.note(f"saved in the admin: {NAME!r}, {TASK} every {every} s, enabled "
                 f"({'edited' if page else 'added'}); beat looks for changes every 5 s")
        task_id, sent_at = first_run(run, saved)
        admin.save(admin.find(changelist, NAME), {}, drop=("enabled",))
    except AdminError as exc:
        raise RunFailed(str(exc)) from None
    finally:
        admin.close()
    if task_id is None:
        raise RunFailed(f"beat did not send {TASK} within the run's time: is it running with "
                        "the database scheduler (invoke status: beat, django)?")
    if sent_at is not None:
        run.note(f"beat sent it {sent_at - saved:.1f} s after the save")
        done = run.wait_event(task_id, "task-succeeded", "task-failed")
        if done is None or done["type"] != "task-succeeded":
            raise RunFailed(f"{TASK} did not succeed: {done and done.get('exception')}")
    # the worker stores the row before it reports success
    stored = until(lambda: rows("task_id = ? AND status = 'SUCCESS'", task_id), 5, 0.2)
    if not stored:
        raise RunFailed(f"no successful TaskResult row for {task_id}: is the jobsite worker "
                        "running, and its task's backend the database (demo/jobsite/tasks.py)?")
    row = stored[0]
    run.note(f"TaskResult row {row['task_id'][:8]}: {row['status']}, listed at {url}/admin/"
             f"django_celery_results/taskresult/; the schedule is switched off again")
    started = datetime.fromisoformat(row["date_created"]).replace(tzinfo=timezone.utc).timestamp()
    # What the slide needs to read at a glance; the whole row is in the admin.
    out = {"saved": f"{NAME}: every {every} s",
           "beat sent it after": f"{(sent_at or started) - saved:.1f} s",
           "task_result": [{"task_id": row["task_id"], "status": row["status"],
                            "jobs": json.loads(row["result"])["jobs"],
                            "done at": row["date_done"][11:19], "worker": row["worker"]}]}
    admin_url = f"{url}/admin/django_celery_results/taskresult/"
    return {"payoff": table(["TaskResult row", "status", "jobs", "done at", "worker"],
                            [[r["task_id"], r["status"], r["jobs"], r["done at"], r["worker"]]
                             for r in out["task_result"]],
                            fact("saved in the admin", out["saved"]),
                            fact("beat sent it after", out["beat sent it after"]),
                            fact("listed at", admin_url, href=admin_url),
                            headline=f"saved in the admin, sent by beat {out['beat sent it after']} later, "
                                     f"stored as a TaskResult: {out['task_result'][0]['status']}"),
            **out}


SIGN_UP, WELCOME = "demo.jobsite.tasks.sign_up", "demo.jobsite.tasks.welcome"
WAYS = {False: "delay() in atomic()", True: "delay_on_commit()"}


def signed_up(run, on_commit: bool) -> dict:
    """One sign-up (a user named after the run) and what its welcome task found."""
    username = f"demo-{'on-commit' if on_commit else 'delay'}-{uuid.uuid4().hex[:6]}"
    sent = run.send(run.app.signature(SIGN_UP, kwargs={"username": username, "on_commit": on_commit}))
    done = run.wait_event(sent.id, "task-succeeded", "task-failed")
    if done is None or done["type"] != "task-succeeded":
        raise RunFailed(f"sign_up({username!r}) did not succeed: {done and done.get('exception')}: "
                        "is the jobsite worker running (invoke status)?")
    # welcome is sent by sign_up: the run adopts it by the parent_id of its first events.
    child = run.wait_for(lambda i: i["kind"] == "event" and i.get("parent_id") == sent.id
                         and i.get("name") == WELCOME)
    ended = child and run.wait_event(child["uuid"], "task-succeeded", "task-failed")
    if ended is None:
        raise RunFailed(f"the welcome task of {username!r} never ended: is the jobsite worker running?")
    return {"way": WAYS[on_commit], "user": username, "sign_up": sent.id, "welcome": ended["uuid"],
            "state": "SUCCESS" if ended["type"] == "task-succeeded" else "FAILURE",
            "it said": (ended.get("result") or ended.get("exception") or "").strip("'\"")}


def found(one: dict) -> str:
    """What welcome found, in words: the headline's half."""
    if one["state"] == "SUCCESS":
        return "found the user"
    return "no row yet" if "DoesNotExist" in one["it said"] else one["it said"][:30]


@scenario(
    "ecosystem.django_commit", "A task sent inside a transaction: delay() against delay_on_commit()",
    slide="Ecosystem / django-celery",
    expect=Expect(lambda r, i: [s["state"] for s in r["sign_ups"]] == ["FAILURE", "SUCCESS"]
                  and "DoesNotExist" in r["sign_ups"][0]["it said"]),
    timeout=60,
    needs=("jobsite",),
)
def django_commit(run):
    """Sends the job site's sign_up task twice; it creates a user in transaction.atomic() and sends
    welcome(user.pk): once with delay(), from inside the block (the view then goes on working until
    welcome has run), once with delay_on_commit(), which Django's on_commit() calls after the COMMIT.
    welcome reads the user: the first finds no row (DoesNotExist, the row not committed yet), the
    second finds it. Both users are in the admin; sign_up's reports are TaskResult rows there."""
    if run.follow != "events":
        raise RunFailed("the welcome tasks are found through Celery events, and this broker carries "
                        "none: switch to redis or rabbitmq (invoke up --broker redis)")
    out = []
    for on_commit in (False, True):
        one = signed_up(run, on_commit)
        run.note(f"{one['way']}: welcome {one['state']}, {one['it said']}")
        out.append(one)
    cfg = settings.load()
    users = f"http://{cfg['bind']}:{cfg['ports']['django']}/admin/auth/user/"
    lines = [[o["way"], cell(o["state"], "good" if o["state"] == "SUCCESS" else "bad"), o["it said"]]
             for o in out]
    early, late = out
    return {"payoff": table(["sent with", "welcome", "it said"], lines,
                            fact("users", ", ".join(o["user"] for o in out) + " (both committed)",
                                 href=users),
                            headline=f"delay(): {early['state']}, {found(early)}; "
                                     f"delay_on_commit(): {late['state']}, {found(late)}"),
            "sign_ups": out}
