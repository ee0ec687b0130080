"""Monitoring as production runs it: Prometheus scraping Flower and the queue exporter,
and the alert rules of ops/prometheus/alerts.yml, asked live.

Each demo starts workers of its own on a queue nobody else reads (as delivery.py's do),
then asks the stack's Prometheus, through its HTTP API, the PromQL its slide shows and
the state of the alert its slide names (/api/v1/alerts). Nothing here computes a metric
itself: what the table shows is what Prometheus answered.
"""

from __future__ import annotations

import socket
import time

from brownbag import settings
from brownbag.metrics import prometheus
from brownbag.metrics import query as promql
from brownbag.workers import Worker
from demo import delivery
from demo.basics import sleepy

from ._cluster import demo_worker, node_name
from .delivery import purge, redis_client, send, wait_started, workers_up
from .payoff import fact, table
from .registry import Expect, Param, scenario
from .runs import RunFailed

# The queries the slides show, as Prometheus is asked them.
LENGTH = 'celery_queue_length{{queue="{queue}"}}'
AGE = 'celery_queue_oldest_message_age_seconds{{queue="{queue}"}}'
ONLINE = 'flower_worker_online{{worker="{worker}"}}'
BACKLOG_ALERT, MISSING_ALERT = "CeleryQueueBackingUp", "CeleryWorkerMissing"


def prometheus_at(run) -> str:
    """The stack's Prometheus, answering and scraping both targets; or why not, in a line."""
    base = prometheus.url(settings.load())
    up, why = promql.ready(base)
    if not up:
        raise RunFailed(f"Prometheus: {why} (apt-get install prometheus, then invoke up)")
    try:
        targets = promql.instant(base, "up")
    except promql.PrometheusError as exc:
        raise RunFailed(str(exc)) from None
    down = sorted(dict(labels)["job"] for labels, value in targets.items() if value != 1)
    if down:
        raise RunFailed(f"Prometheus cannot scrape {', '.join(down)}: invoke status "
                        "(Flower and the exporter run unless --no-flower / --no-metrics)")
    run.note(f"Prometheus at {base}: scraping {', '.join(sorted(dict(k)['job'] for k in targets))}")
    return base


def ask(base: str, query: str) -> float:
    try:
        return promql.value(base, query)
    except promql.PrometheusError as exc:
        raise RunFailed(str(exc)) from None


def alert(base: str, name: str, **labels) -> str:
    try:
        return promql.alert_state(base, name, **labels)
    except promql.PrometheusError as exc:
        raise RunFailed(str(exc)) from None


TONES = {"firing": "bad", "pending": "warn", "inactive": "good"}


def said(state: str) -> str:
    """An alert's new state as the table's moment: gone from /api/v1/alerts is resolved."""
    return "alert resolved" if state == "inactive" else f"alert {state}"


# -- 1. a queue backing up -----------------------------------------------------------

BACKLOG_QUEUE = "backlog"
STANDBY_QUEUE = "standby"  # nobody sends there: the standby worker idles until told


class Backlog:
    """The samples of one run: a row per moment worth a row, the rest kept as numbers."""

    def __init__(self, run, base: str, started: float):
        self.run, self.base, self.started = run, base, started
        self.rows, self.samples, self.states = [], [], []

    def sample(self) -> dict:
        length = ask(self.base, LENGTH.format(queue=BACKLOG_QUEUE))
        age = ask(self.base, AGE.format(queue=BACKLOG_QUEUE))
        state = alert(self.base, BACKLOG_ALERT, queue=BACKLOG_QUEUE)
        at = round(time.time() - self.started, 1)
        self.samples.append({"at": at, "length": int(length), "age": age, "alert": state})
        if self.states and self.states[-1] != state:
            self.row(said(state))
        self.states.append(state)
        return self.samples[-1]

    def row(self, moment: str) -> None:
        s = self.samples[-1]
        self.rows.append([f"{s['at']:.0f}", moment, s["length"], f"{s['age']:.1f}",
                          {"value": s["alert"], "tone": TONES[s["alert"]]}])
        self.run.note(f"{s['at']:.0f} s: {moment}: length {s['length']}, oldest {s['age']:.1f} s, "
                      f"{BACKLOG_ALERT} {s['alert']}")
        self.run.payoff(self.view(headline=f"{moment}: {s['length']} waiting, oldest "
                                           f"{s['age']:.0f} s"))

    def view(self, headline: str, *facts) -> dict:
        return table(["s", "moment", "queue length", "oldest (s)", BACKLOG_ALERT],
                     self.rows[-8:], *facts, headline=headline,
                     # the names, not the selectors: a payoff shows no braces (the slide has the PromQL)
                     title=f"Prometheus each second, queue {BACKLOG_QUEUE}: length, oldest age, alert")


@scenario(
    "metrics.backlog", "Queue backing up: length, oldest message's age, an alert",
    slide="Ecosystem / Queue backing up",
    expect=Expect(lambda r, i: r["fired"] and r["resolved"] and r["peak length"] > 0
                  and r["peak age s"] > 5, params={"tasks": 20}),
    params=[Param("tasks", int, 30, min=10, max=200, help="tasks in the burst"),
            Param("seconds", float, 1.0, min=0.2, max=2, help="seconds each task takes"),
            Param("added", int, 6, min=1, max=16, help="processes added when the alert fires")],
    needs=("prometheus",), timeout=150,
)
def backlog(run, tasks, seconds, added):
    """One worker of one process on queue 'backlog', and a burst of tasks it needs
    tasks x seconds to drain. Prometheus scrapes the queue's length and its oldest
    message's age each second; CeleryQueueBackingUp fires when that age stays above
    5 s. Then a standby worker of ``added`` processes is told to consume 'backlog' too
    (remote control's add_consumer: no boot to wait for), the queue drains, the alert
    resolves."""
    base = prometheus_at(run)
    url, client = redis_client(run)
    first = demo_worker("backlog1", BACKLOG_QUEUE, url, concurrency=1)
    standby = demo_worker("standby", STANDBY_QUEUE, url, concurrency=added)
    try:
        purge(client, BACKLOG_QUEUE)
        with workers_up(client, [first, standby]):
            started = time.time()
            results = [send(run, client, sleepy, (seconds, f"burst {i}"), queue=BACKLOG_QUEUE)
                       for i in range(tasks)]
            log = Backlog(run, base, started)
            while log.sample()["length"] == 0 and time.time() < started + 5:
                time.sleep(0.5)  # the next scrape
            log.row(f"{tasks} tasks sent, 1 process")
            deadline = started + run.remaining(60)
            while log.samples[-1]["alert"] != "firing" and time.time() < deadline:
                time.sleep(1)
                log.sample()
            fired = log.samples[-1]["alert"] == "firing"
            if not fired:
                raise RunFailed(f"{BACKLOG_ALERT} did not fire within 60 s: is its rule loaded "
                                f"({base}/rules)?")
            client.control.add_consumer(BACKLOG_QUEUE, destination=[node_name(standby)],
                                        reply=True, timeout=5)
            log.sample()
            log.row(f"+{added} processes")
            deadline = time.time() + run.remaining(60)
            while log.samples[-1]["alert"] != "inactive" and time.time() < deadline:
                time.sleep(1)
                log.sample()
            for result in results:
                result.get(timeout=run.remaining(30), disable_sync_subtasks=False)
            run.settle(2)
    finally:
        client.close()
    resolved = log.samples[-1]["alert"] == "inactive"
    peak_length = max(s["length"] for s in log.samples)
    peak_age = max(s["age"] for s in log.samples)
    fired_at = next(s["at"] for s in log.samples if s["alert"] == "firing")
    resolved_at = log.samples[-1]["at"] if resolved else None
    headline = (f"fired at {fired_at:.0f} s (oldest {peak_age:.0f} s), resolved at "
                f"{resolved_at:.0f} s with {added} more processes" if resolved else
                f"fired at {fired_at:.0f} s; still not resolved")
    return {"payoff": log.view(headline,
                               fact("peak", f"{peak_length} waiting, oldest {peak_age:.0f} s"),
                               fact("rule", "oldest > 5 s for 2 s", tone="warn")),
            "fired": fired, "resolved": resolved, "fired at s": fired_at,
            "resolved at s": resolved_at, "peak length": peak_length,
            "peak age s": round(peak_age, 1), "samples": log.samples}


# -- 2. a dead worker ------------------------------------------------------------------

DOOMED_QUEUE = "doomed"


class HeartbeatWorker(Worker):
    """A demo worker that sends heartbeats (demo workers start without: they need none),
    since its heartbeats stopping is what the alert looks for."""

    def command(self) -> list[str]:
        return [arg for arg in super().command() if arg != "--without-heartbeat"]  # QUICK_FLAGS


def doomed_worker(url: str) -> Worker:
    return HeartbeatWorker("doomed", DOOMED_QUEUE, "prefork", 1, url, include=(),
                           log_dir=settings.home() / "logs" / "demos", loglevel="info")


class Watch:
    def __init__(self, run, base: str, worker: str, started: float):
        self.run, self.base, self.worker, self.started = run, base, worker, started
        self.rows, self.samples = [], []

    def sample(self) -> dict:
        try:  # no series at all once Flower purged the silent worker: None
            found = promql.instant(self.base, ONLINE.format(worker=self.worker))
        except promql.PrometheusError as exc:
            raise RunFailed(str(exc)) from None
        online = next(iter(found.values())) if found else None
        state = alert(self.base, MISSING_ALERT, worker=self.worker)
        self.samples.append({"at": round(time.time() - self.started, 1), "online": online,
                             "alert": state})
        return self.samples[-1]

    def row(self, moment: str) -> None:
        s = self.samples[-1]
        self.rows.append([f"{s['at']:.0f}", moment, shown(s["online"]),
                          {"value": s["alert"], "tone": TONES[s["alert"]]}])
        self.run.note(f"{s['at']:.0f} s: {moment}: {ONLINE.format(worker=self.worker)} "
                      f"{shown(s['online'])}, {MISSING_ALERT} {s['alert']}")
        self.run.payoff(self.view(f"{moment}: {MISSING_ALERT} {s['alert']}"))

    def until(self, done, seconds: float, rows: bool = True) -> bool:
        """Sample each second until ``done(sample)``; a row when the alert changes."""
        end = time.time() + self.run.remaining(seconds)
        while time.time() < end:
            before = self.samples[-1]["alert"] if self.samples else None
            sample = self.sample()
            if rows and sample["alert"] != before:
                self.row(said(sample["alert"]))
            if done(sample):
                return True
            time.sleep(1)
        return False

    def view(self, headline: str, *facts) -> dict:
        return table(["s", "moment", "flower_worker_online", MISSING_ALERT], self.rows[-8:],
                     *facts, headline=headline,
                     title=f"Prometheus, every second: flower_worker_online of {self.worker}, "
                           "/api/v1/alerts")


def shown(online: float | None) -> str:
    return "no series" if online is None else f"{online:g}"


@scenario(
    "metrics.dead_worker", "A dead worker: its heartbeats stop, an alert fires",
    slide="Ecosystem / A dead worker",
    expect=Expect(lambda r, i: r["fired"] and r["resolved"] and r["noticed after s"] < 30,
                  params={}, events=False),
    params=[],
    needs=("prometheus",), timeout=120,
)
def dead_worker(run):
    """A worker 'doomed' (one process, heartbeats every 2 s) comes up; Prometheus sees it
    online through Flower. SIGKILL: no worker-offline event, no goodbye. Its heartbeats
    stop, Flower drops its metrics 5 s later (--purge_offline_workers), and
    CeleryWorkerMissing fires. The same worker started again resolves it."""
    base = prometheus_at(run)
    url, client = redis_client(run)
    node = f"doomed@{socket.gethostname()}"
    try:
        worker = doomed_worker(url)
        with workers_up(client, [worker]):
            watch = Watch(run, base, node, time.time())
            if not watch.until(lambda s: s["online"] == 1, 30, rows=False):
                raise RunFailed(f"Prometheus saw no heartbeat of {node} through Flower in 30 s: "
                                "is Flower running (invoke status)?")
            watch.row(f"{node_name(worker)} up, heartbeats")
            worker.stop(graceful=False)  # SIGKILL to its process group: no worker-offline
            killed = time.time()
            watch.sample()
            watch.row("SIGKILL")
            fired = watch.until(lambda s: s["alert"] == "firing", 40)
            noticed = time.time() - killed
        if not fired:
            raise RunFailed(f"{MISSING_ALERT} did not fire within 40 s of the kill")
        again = doomed_worker(url)
        with workers_up(client, [again]):
            watch.sample()
            watch.row("started again")
            resolved = watch.until(lambda s: s["alert"] == "inactive", 40)
            # a warm shutdown sends worker-offline: gone, but said so, so no alert after the demo
            again.stop(graceful=True)
    finally:
        client.close()
    return {"payoff": watch.view(f"noticed {noticed:.0f} s after the SIGKILL"
                                 + ("; resolved once it was back" if resolved else ""),
                                 fact("rule", "last seen online, now no series, for 2 s",
                                      tone="warn")),
            "fired": fired, "resolved": resolved, "noticed after s": round(noticed, 1),
            "worker": node, "samples": watch.samples}


# -- 3. waiting or working? ------------------------------------------------------------

WAITING_QUEUE = "starved"
# Flower's gauge: started - received at the worker, for the last task of that name to
# start there (reset to 0 when it ends); max_over_time keeps the worst a scrape saw.
WAITED = 'max by (worker) (max_over_time(flower_task_prefetch_time_seconds{{task="{task}"}}[{window}s]))'
# Flower's histogram of the workers' own runtimes: its sum over its count is the mean.
RAN = ('sum by (worker) (flower_task_runtime_seconds_sum{{task="{task}"}}) '
       '/ sum by (worker) (flower_task_runtime_seconds_count{{task="{task}"}})')
# (label, worker name, flags): two workers of one process each, as delivery.prefetch's
# second round, then the same with prefetch off.
WAITING_ROUNDS = (("prefetch x4", "starved", ["--prefetch-multiplier", "4"]),
                  ("prefetch off", "fair", ["--disable-prefetch"]))


def waiting_round(run, base, url, client, name, flags, long_s, shorts, short_s) -> dict:
    """One long report, then short ones, on two one-process workers; then what Prometheus
    says each worker's short reports waited and ran (while the workers are still up:
    Flower drops an offline worker's series)."""
    workers = [HeartbeatWorker(f"{name}{i}", WAITING_QUEUE, "prefork", 1, url, include=(),
                               args=flags, log_dir=settings.home() / "logs" / "demos",
                               loglevel="info") for i in (1, 2)]
    nodes = [node_name(w) for w in workers]
    purge(client, WAITING_QUEUE)
    with workers_up(client, workers):
        started = time.time()
        long = send(run, client, sleepy, (long_s, "long"), queue=WAITING_QUEUE)
        busy = wait_started(client, nodes, long.id)
        small = [send(run, client, delivery.report, (short_s, f"short {i}"), queue=WAITING_QUEUE)
                 for i in range(1, shorts + 1)]
        long.get(timeout=run.remaining(long_s + 30), disable_sync_subtasks=False)
        for r in small:
            r.get(timeout=run.remaining(30), disable_sync_subtasks=False)
        time.sleep(2.5)  # two scrapes after the last task-succeeded
        window = int(time.time() - started) + 5
        waited = by_worker(base, WAITED.format(task=delivery.report.name, window=window))
        ran = by_worker(base, RAN.format(task=delivery.report.name))
        long_ran = by_worker(base, RAN.format(task=sleepy.name))
    rows = {n: {"waited": waited.get(n), "ran": ran.get(n)} for n in nodes}
    run.note(f"{name}: long on {busy.split('@')[0]}; " + "; ".join(
        f"{n.split('@')[0]} shorts waited {shown_s(v['waited'])}, ran {shown_s(v['ran'])}"
        for n, v in rows.items()))
    # the headline's pair: the worst wait, and the mean run of the shorts on that worker
    worst = max(rows, key=lambda n: rows[n]["waited"] or 0)
    return {"busy": busy, "workers": rows, "waited s": round(rows[worst]["waited"] or 0, 2),
            "ran s": round(rows[worst]["ran"] or 0, 2),
            "long ran s": round(long_ran.get(busy, 0.0), 2)}


def by_worker(base: str, query: str) -> dict[str, float]:
    try:
        found = promql.instant(base, query)
    except promql.PrometheusError as exc:
        raise RunFailed(str(exc)) from None
    return {dict(labels)["worker"]: value for labels, value in found.items()}


def shown_s(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} s"


@scenario(
    "metrics.waiting", "Waiting or working? Prefetch wait against run time, from Prometheus",
    slide="Ecosystem / Waiting or working?",
    # The busy worker's own shorts must have waited (the idle one's fourth waits 1.5 s behind
    # its three others). Eight shorts: the idle worker holds four at most, so the busy one
    # prefetches the rest, and their gauge outlasts Prometheus's one-second scrape; with six
    # it got one or two in a CI walk, and the 0.5 s its gauge showed was not scraped.
    expect=Expect(lambda r, i: (r["rounds"][0]["workers"][r["rounds"][0]["busy"]]["waited"] or 0)
                  > 1.5 > r["rounds"][1]["waited s"] and r["rounds"][0]["ran s"] < 1,
                  params={"long": 3.0, "shorts": 8, "short": 0.5}),
    params=[Param("long", float, 6.0, min=2, max=15, help="seconds the long task takes"),
            Param("shorts", int, 6, min=2, max=12, help="how many short reports follow it"),
            # the busy worker gets about half the shorts; back to back they must outlast a
            # scrape (1 s) or the gauge, reset to 0 as each ends, can go unseen
            Param("short", float, 0.5, min=0.1, max=1, help="seconds each short report takes")],
    needs=("prometheus",), timeout=150,
)
def waiting(run, long, shorts, short):
    """delivery.prefetch's starvation, measured: two workers of one process on queue
    'starved', one long task, then short reports. With prefetch (x4) the worker that
    runs the long task has already reserved short ones, which wait for it at the worker;
    Flower's flower_task_prefetch_time_seconds (received -> started) says how long,
    flower_task_runtime_seconds how long they ran. The same with --disable-prefetch."""
    base = prometheus_at(run)
    url, client = redis_client(run)
    rounds = []
    try:
        for label, name, flags in WAITING_ROUNDS:
            run.note(f"{label}: workers {name}1 and {name}2 on queue {WAITING_QUEUE}")
            rounds.append({"round": label, **waiting_round(run, base, url, client, name, flags,
                                                           long, shorts, short)})
            run.payoff(waiting_view(rounds, f"{label}: short reports waited up to "
                                            f"{rounds[-1]['waited s']:.1f} s"))
    finally:
        client.close()
    on, off = rounds
    headline = (f"short tasks waited {on['waited s']:.1f} s for {on['ran s']:.1f} s of work; "
                f"{off['waited s']:.1f} s with prefetch off")
    return {"payoff": waiting_view(rounds, headline), "rounds": rounds}


def waiting_view(rounds: list[dict], headline: str) -> dict:
    rows = []
    for r in rounds:
        for node, v in r["workers"].items():
            busy = node == r["busy"]
            rows.append([r["round"], node.split("@")[0] + (" (long)" if busy else ""),
                         {"value": shown_s(v["waited"]),
                          "tone": "bad" if (v["waited"] or 0) > 1 else "good"},
                         shown_s(v["ran"])])
    return table(["round", "worker", "shorts waited (max)", "shorts ran (mean)"], rows,
                 headline=headline,
                 title="Prometheus: Flower's prefetch time and runtime of demo.delivery.report")
