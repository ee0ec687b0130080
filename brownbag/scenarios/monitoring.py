"""Monitoring: Flower's view of the cluster, and `celery events --camera` snapshots."""

from __future__ import annotations

import json
import time

import httpx

from brownbag import settings
from demo.basics import add

from .payoff import fact, facts, plural, table
from .registry import Expect, Param, scenario
from .runs import RunFailed


def flower_credentials() -> tuple[str, str] | None:
    """The stack's generated Flower login (the server reads it; the slide never shows it)."""
    path = settings.home() / "credentials.json"
    if not path.exists():
        return None
    flower = json.loads(path.read_text()).get("flower") or {}
    return flower.get("user"), flower.get("password")


def flower_url(cfg: dict | None = None) -> str:
    cfg = cfg or settings.load()
    return f"http://{cfg['bind']}:{cfg['ports']['flower']}/"


@scenario(
    "monitoring.flower", "Flower: the cluster as Flower sees it",
    slide="Ecosystem / Flower",
    expect=Expect(lambda r, i: r["workers"] and r["tasks seen by Flower"] >= 1, params={"tasks": 3}),
    params=[Param("tasks", int, 5, min=1, max=50, help="add() tasks to send first")],
)
def flower(run, tasks):
    """Sends a few tasks, then asks Flower's API (with the stack's credentials, kept
    server-side) which workers it knows and what it saw of those tasks."""
    results = [run.send(add, i, i) for i in range(tasks)]
    for result in results:
        run.wait(result)
    url, creds = flower_url(), flower_credentials()
    run.note(f"Flower at {url} (user {creds[0] if creds else '?'}; password: invoke status)")
    time.sleep(0.5)  # Flower gets the same events a moment later
    try:
        with httpx.Client(base_url=url, auth=creds, timeout=3) as client:
            workers = client.get("api/workers", params={"refresh": "true"})
            workers.raise_for_status()
            seen = client.get("api/tasks", params={"limit": 200})
            seen.raise_for_status()
    except httpx.HTTPError as exc:
        raise RunFailed(f"Flower at {url} did not answer: {exc}") from None
    ours = {r.id for r in results}
    flower_tasks = seen.json()
    known = sum(1 for task_id in flower_tasks if task_id in ours)
    names = sorted(workers.json())
    return {"payoff": facts(fact("Flower", url, href=url),
                            fact("workers it knows", ", ".join(names)),
                            fact("our tasks it saw", f"{known} of {tasks}",
                                 tone="good" if known == tasks else "warn"),
                            headline=f"Flower saw {known} of our {tasks} tasks, on "
                                     f"{plural(len(names), 'worker')}"),
            "url": url, "workers": names, "tasks seen by Flower": known, "tasks sent": tasks}


@scenario(
    "monitoring.camera", "celery events --camera: snapshots as they are taken",
    slide="Ecosystem / Monitoring",
    expect=Expect(lambda r, i: r["snapshots"][0]["events"] > 0, params={"snapshots": 1}),
    params=[Param("snapshots", int, 2, min=1, max=10, help="snapshots to wait for")],
    timeout=60,
)
def camera(run, snapshots):
    """The stack runs ``celery events --camera demo.monitoring.Camera --frequency 2``;
    each shutter writes a JSON snapshot. Sends work, then shows the next snapshots."""
    folder = settings.home() / "camera"
    since = time.time()
    results = [run.send(add, i, 1) for i in range(5)]
    taken = []
    end = time.time() + run.remaining(8 + 3 * snapshots)
    while len(taken) < snapshots and time.time() < end:
        for path in sorted(folder.glob("snapshot-*.json")):
            stamp = float(path.stem.split("-", 1)[1])
            if stamp > since and path.name not in {t["file"] for t in taken}:
                shot = json.loads(path.read_text())
                states = {}
                for task in shot["tasks"].values():
                    states[task["state"]] = states.get(task["state"], 0) + 1
                taken.append({"file": path.name, "events": shot["event_count"],
                              "tasks": len(shot["tasks"]), "states": states,
                              "workers": sorted(shot["workers"])})
                run.note(f"snapshot: {shot['event_count']} events, {len(shot['tasks'])} tasks "
                         f"{states}", **taken[-1])
                results.append(run.send(add, len(taken), 1))  # keep the camera busy
        time.sleep(0.3)
    for result in results:
        run.wait(result)
    if not taken:
        raise RunFailed(f"no camera snapshot under {folder}: is the camera program running "
                        "(invoke status)?")
    rows = [[t["file"], t["events"], t["tasks"], ", ".join(f"{n} {s}" for s, n in sorted(t["states"].items()))]
            for t in taken[-8:]]
    return {"payoff": table(["snapshot", "events", "tasks", "states"], rows,
                            fact("workers", ", ".join(taken[-1]["workers"])),
                            headline=f"{plural(len(taken), 'snapshot')} taken by the camera, "
                                     f"{sum(t['events'] for t in taken)} events in them"),
            "snapshots": taken}
