"""A run of a scenario: the tasks it sent, the Celery events they made, its result.

Everything a run streams is an *item*, a JSON-able dict with a ``kind``:

* ``run``     -- first item: run id, demo id, parameters, broker, how tasks are followed;
* ``event``   -- a Celery event of one of the run's tasks, as Celery sent it
                 (``type``, ``uuid``, ``hostname``, ``timestamp``...), plus ``pool``;
* ``note``    -- a line of commentary from the scenario (``text``, optional ``data``);
* ``payoff``  -- the demo's payoff so far (``payoff``: a view, see payoff.py), streamed
                 by a scenario whose result fills in as it runs (a benchmark's bars);
* ``summary`` -- last item: ``status`` (succeeded/failed), ``result`` or ``error``,
                 the final state of every task, the duration. ``result["payoff"]``
                 is what the slide and the terminal draw (payoff.py).

Which task belongs to which run: :meth:`Run.send` freezes a signature (so
every id is known *before* the message leaves) and registers the ids with the
:class:`Tracker`; the tracker adopts any task whose ``root_id`` or
``parent_id`` is already a run's (callbacks, chord bodies, retries).
On a broker without events (the SQLite transport has no fanout) a poller
follows the same ids in the result backend instead, and the ``run`` item
says ``"follow": "results"``.
"""

from __future__ import annotations

import json
import threading
import time
import traceback as tb
import uuid
from typing import Any, Callable

from celery import Task
from celery.canvas import Signature
from celery.result import AsyncResult, GroupResult, ResultSet
from kombu.utils.url import maybe_sanitize_url

from brownbag import settings

from .registry import Scenario

TERMINAL = {"task-succeeded", "task-failed", "task-revoked", "task-rejected"}
# The Celery event fields worth streaming (the rest is clock bookkeeping).
EVENT_FIELDS = ("type", "uuid", "name", "hostname", "timestamp", "args", "kwargs", "retries",
                "eta", "expires", "root_id", "parent_id", "pid", "runtime", "result",
                "exception", "traceback", "queue", "routing_key", "expired", "terminated",
                "signum", "reason")
# What run.send() passes on to apply_async.
SEND_OPTIONS = {"countdown", "eta", "expires", "priority", "queue", "routing_key", "exchange",
                "link", "link_error", "headers", "time_limit", "soft_time_limit", "retry",
                "ignore_result", "shadow"}
# Result-backend states as the event a worker would have sent.
STATE_EVENTS = {"RECEIVED": "task-received", "STARTED": "task-started",
                "SUCCESS": "task-succeeded", "FAILURE": "task-failed",
                "RETRY": "task-retried", "REVOKED": "task-revoked"}


def jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=repr))


def pool_of(hostname: str | None) -> str | None:
    """Worker node names are ``<pool>@<host>`` (brownbag/stack), so the pool is the prefix.
    Producers (``gen<pid>@host``, what task-sent events carry) have no pool."""
    if not hostname or "@" not in hostname:
        return None
    prefix = hostname.split("@", 1)[0]
    return None if prefix.startswith("gen") and prefix[3:].isdigit() else prefix


def signature_tasks(sig) -> dict[str, str | None]:
    """Every task id a frozen signature will use, with its task's name: chain/group/chord
    members and links. The name is for a task no worker ever announces: a chord's body
    failed by its header has only a stored FAILURE, whose meta names no task."""
    tasks: dict[str, str | None] = {}
    if isinstance(sig, dict):
        sig = Signature.from_dict(sig)
    task_id = sig.options.get("task_id") if hasattr(sig, "options") else None
    if task_id:
        tasks[task_id] = sig.get("task")
    for member in list(getattr(sig, "tasks", None) or []):
        tasks.update(signature_tasks(member))
    body = sig.get("kwargs", {}).get("body") if sig.get("task") == "celery.chord" else None
    if body is not None:
        tasks.update(signature_tasks(body))
    for key in ("link", "link_error"):
        links = sig.options.get(key) or []
        for link in links if isinstance(links, (list, tuple)) else [links]:
            tasks.update(signature_tasks(link))
    return tasks


def result_ids(result) -> list[str]:
    ids, seen = [], set()
    stack = [result]
    while stack:
        res = stack.pop()
        if res is None or id(res) in seen:
            continue
        seen.add(id(res))
        if isinstance(res, ResultSet):
            stack += list(res.results)
            if isinstance(res, GroupResult) and res.parent is not None:
                stack.append(res.parent)
            continue
        ids.append(res.id)
        stack.append(getattr(res, "parent", None))
    return ids


class RunFailed(RuntimeError):
    """Raised by a scenario to fail its run with a plain message (no traceback shown)."""


class Tracker:
    """Which run each task id belongs to; the events bridge calls :meth:`dispatch`."""

    def __init__(self):
        self._lock = threading.Lock()
        self._by_task: dict[str, Run] = {}
        self._by_name: dict[str, Run] = {}

    def add(self, run: "Run", *task_ids: str) -> None:
        with self._lock:
            for task_id in task_ids:
                self._by_task[task_id] = run

    def watch(self, run: "Run", name: str) -> None:
        with self._lock:
            self._by_name[name] = run

    def release(self, run: "Run") -> None:
        with self._lock:
            for mapping in (self._by_task, self._by_name):
                for key in [k for k, r in mapping.items() if r is run]:
                    del mapping[key]

    def dispatch(self, event: dict) -> None:
        """One Celery event (any thread): hand it to the run that owns its task."""
        if not event.get("type", "").startswith("task-"):
            return
        task_id = event.get("uuid")
        with self._lock:
            run = (self._by_task.get(task_id) or self._by_task.get(event.get("root_id"))
                   or self._by_task.get(event.get("parent_id"))
                   or self._by_name.get(event.get("name")))
            if run is None:
                return
            self._by_task[task_id] = run
        run.on_event(event)


class Run:
    """One execution of a scenario. Thread-safe: the scenario runs in its own
    thread, events arrive from the bridge, subscribers read from anywhere."""

    def __init__(self, scenario: Scenario, params: dict, *, app, tracker: Tracker,
                 follow: str = "events", broker: str = ""):
        if scenario.broker:  # not the stack's broker: the run and its recording name its own
            broker = maybe_sanitize_url(settings.broker_url(scenario.broker))
        self.id = uuid.uuid4().hex[:12]
        self.scenario, self.params, self.app, self.tracker = scenario, params, app, tracker
        self.follow, self.broker = follow, broker
        self.status = "pending"
        self.result: Any = None
        self.error: str | None = None
        self.started = time.time()
        self.finished: float | None = None
        self.tasks: dict[str, dict] = {}  # uuid -> {name, state, hostname, pool, ...}
        self.items: list[dict] = []
        self._subscribers: list[Callable[[dict], None]] = []
        self._cond = threading.Condition(threading.RLock())
        self.done = threading.Event()
        self.deadline = self.started + scenario.timeout
        self._emit({"kind": "run", "run_id": self.id, "demo": scenario.id,
                    "title": scenario.title, "params": params, "broker": broker,
                    "follow": follow, "command": scenario.command, "timestamp": self.started})

    # -- what scenarios use -------------------------------------------------
    def send(self, target, *args, **options):
        """Send a task or a canvas signature, its ids registered first.

        ``run.send(add, 2, 3, countdown=1)``, ``run.send(flaky.s(fail_times=3))`` or
        ``run.send(chain(...), queue="gevent")``. Keyword arguments are
        ``apply_async`` options; a task's own keyword arguments go in its signature.
        """
        unknown = set(options) - SEND_OPTIONS
        if unknown:
            raise TypeError(f"run.send(): unknown option(s) {', '.join(sorted(unknown))}; "
                            "pass task keyword arguments in a signature: task.s(name=value)")
        if isinstance(target, Task):
            sig = target.signature(args, app=self.app)
        elif isinstance(target, Signature):
            sig = target.clone(args) if args else target
        else:
            raise TypeError(f"run.send() takes a task or a signature, not {type(target).__name__}")
        if options:
            sig.set(**options)
        frozen = sig.freeze()
        names = signature_tasks(sig)
        ids = list(dict.fromkeys(list(names) + result_ids(frozen)))
        self.track(*ids)
        with self._cond:
            for task_id, name in names.items():
                if name and not name.startswith("celery."):  # celery.chord, .group: not a row's name
                    self.tasks[task_id].setdefault("name", name)
        return sig.apply_async()

    def track(self, *task_ids: str) -> None:
        """Follow tasks this run did not send itself (e.g. found by inspect)."""
        with self._cond:
            for task_id in task_ids:
                self.tasks.setdefault(task_id, {"uuid": task_id, "state": "PENDING"})
        self.tracker.add(self, *task_ids)

    def watch(self, task_name: str) -> None:
        """Adopt every task of that name seen while the run lasts (beat's ticks)."""
        self.tracker.watch(self, task_name)

    def note(self, text: str, **data) -> None:
        self._emit({"kind": "note", "text": text, "data": jsonable(data) if data else None,
                    "timestamp": time.time()})

    def payoff(self, view: dict) -> None:
        """Stream the payoff as it stands (payoff.py): the renderers redraw with it."""
        self._emit({"kind": "payoff", "payoff": jsonable(view), "timestamp": time.time()})

    def remaining(self, at_most: float | None = None) -> float:
        left = max(0.1, self.deadline - time.time())
        return min(left, at_most) if at_most is not None else left

    def wait(self, result, timeout: float | None = None, propagate: bool = True):
        """``result.get()`` bounded by the run's own deadline."""
        return result.get(timeout=self.remaining(timeout), propagate=propagate,
                          disable_sync_subtasks=False)

    def sleep(self, seconds: float) -> None:
        time.sleep(self.remaining(seconds))

    def wait_for(self, predicate: Callable[[dict], bool], timeout: float | None = None):
        """The first streamed item matching ``predicate`` (waiting for it), or None."""
        end = time.time() + self.remaining(timeout)
        seen = 0
        with self._cond:
            while True:
                for item in self.items[seen:]:
                    if predicate(item):
                        return item
                seen = len(self.items)
                left = end - time.time()
                if left <= 0:
                    return None
                self._cond.wait(left)

    def wait_event(self, task_id: str, *types: str, timeout: float | None = None):
        return self.wait_for(lambda i: i["kind"] == "event" and i.get("uuid") == task_id
                             and i["type"] in types, timeout)

    def settle(self, timeout: float = 3.0) -> None:
        """Wait until every task this run tracks reached its final state.

        A task's events can arrive after its result (the worker stores the result,
        then sends task-succeeded; the bridge hands it over a moment later): a task
        with no event yet still counts when the result backend knows it -- a
        one-task chain used to end "done" with no row about one run in ten. Ids
        the backend has never heard of and no event named (a group's or a chord's
        own id) are not tasks. Past ``timeout``, a task the backend says is
        finished gets its final state from there, marked ``source: result-backend``.
        """
        end = time.time() + timeout
        known: set[str] = set()  # ids the result backend has a state for: real tasks
        while True:
            with self._cond:
                unfinished = {i: "event" in t for i, t in self.tasks.items()
                              if t.get("event") not in TERMINAL}
            known |= {i for i, seen in unfinished.items()
                      if not seen and i not in known and self._stored_state(i) not in (None, "PENDING")}
            waiting = [i for i, seen in unfinished.items() if seen or i in known]
            left = end - time.time()
            if not waiting or left <= 0:
                break
            with self._cond:
                # Woken by every event; a task only the backend knows is looked at again soon.
                self._cond.wait(min(left, 0.05) if not all(unfinished.values()) else left)
        for task_id in waiting:
            state = self._stored_state(task_id)
            if state in ("SUCCESS", "FAILURE", "REVOKED"):
                meta = self.app.backend.get_task_meta(task_id)
                event = {"type": STATE_EVENTS[state], "uuid": task_id, "timestamp": time.time(),
                         "name": meta.get("name") or self.tasks[task_id].get("name"),
                         "hostname": meta.get("worker"),
                         "source": "result-backend"}
                event["result" if state == "SUCCESS" else "exception"] = repr(meta.get("result"))
                self._task_event(event)

    def _stored_state(self, task_id: str) -> str | None:
        try:
            return self.app.backend.get_task_meta(task_id).get("status")
        except Exception:  # a backend hiccup: as if unknown
            return None

    # -- what the bridge and the server use ---------------------------------
    def on_event(self, event: dict) -> None:
        self._task_event(event)

    def subscribe(self, callback: Callable[[dict], None]) -> list[dict]:
        """Every item so far (returned) and every later one (to ``callback``), no gap."""
        with self._cond:
            self._subscribers.append(callback)
            return list(self.items)

    def unsubscribe(self, callback) -> None:
        with self._cond:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

    def execute(self) -> "Run":
        """Run the scenario in this thread; always ends with a summary."""
        self.status = "running"
        poller = None
        if self.follow == "results":
            poller = threading.Thread(target=self._poll_results, daemon=True,
                                      name=f"results-{self.id}")
            poller.start()
        try:
            self.result = jsonable(self.scenario.run(self, **self.params))
            self.status = "succeeded"
        except RunFailed as exc:
            self.status, self.error = "failed", str(exc)
        except Exception as exc:  # a slide shows the error, the log keeps the traceback
            self.status, self.error = "failed", f"{type(exc).__name__}: {exc}"
            self.traceback = tb.format_exc()
        self.settle()
        self.finished = time.time()
        self.done.set()
        if poller:
            poller.join(timeout=2)
        self.tracker.release(self)
        self._emit(self.summary())
        return self

    def summary(self) -> dict:
        with self._cond:
            tasks = [dict(t) for t in self.tasks.values() if "event" in t]
        return {"kind": "summary", "run_id": self.id, "demo": self.scenario.id,
                "status": self.status, "result": self.result, "error": self.error,
                "tasks": tasks, "follow": self.follow, "broker": self.broker,
                "started": self.started, "finished": self.finished,
                "duration": round((self.finished or time.time()) - self.started, 3),
                "timestamp": time.time()}

    # -- internals ---------------------------------------------------------
    def _task_event(self, event: dict) -> None:
        item = {"kind": "event", **{k: event[k] for k in EVENT_FIELDS if k in event}}
        if "source" in event:
            item["source"] = event["source"]
        item["pool"] = pool_of(item.get("hostname"))
        item = jsonable(item)
        with self._cond:
            task = self.tasks.setdefault(item["uuid"], {"uuid": item["uuid"]})
            # Not "pid": Celery stamps the sending process, the worker's main one, not the child.
            for key in ("name", "hostname", "pool", "runtime", "result", "exception"):
                if item.get(key) is not None:
                    task[key] = item[key]
            # Events come from several processes: one that arrives late (a producer's
            # task-sent after the worker's task-succeeded) must not undo a later state.
            # Nor may task-sent itself: the producer stamps it after publishing, so a quick
            # worker can be done before it -- it would leave the task "sent" for good.
            sent_late = item["type"] == "task-sent" and "event" in task
            if not sent_late and item.get("timestamp", 0) >= task.get("at", 0):
                task["at"] = item.get("timestamp", 0)
                task["event"] = item["type"]
                task["state"] = item["type"].removeprefix("task-").upper()
            self._emit(item)

    def _emit(self, item: dict) -> None:
        with self._cond:
            self.items.append(item)
            subscribers = list(self._subscribers)
            self._cond.notify_all()
        for callback in subscribers:
            callback(item)

    def _poll_results(self) -> None:
        """No events on this broker: turn result-backend state changes into items."""
        last: dict[str, str] = {}
        while True:
            finished = self.done.is_set()
            with self._cond:
                ids = list(self.tasks)
            for task_id in ids:
                res = AsyncResult(task_id, app=self.app)
                try:
                    meta = res.backend.get_task_meta(task_id)
                except Exception:  # backend hiccup: next round
                    continue
                state = meta.get("status")
                if state == last.get(task_id) or state not in STATE_EVENTS:
                    continue
                last[task_id] = state
                event = {"type": STATE_EVENTS[state], "uuid": task_id, "timestamp": time.time(),
                         "name": meta.get("name") or self.tasks[task_id].get("name"),
                         "hostname": meta.get("worker"),
                         "source": "result-backend"}
                if state == "SUCCESS":
                    event["result"] = repr(meta.get("result"))
                elif state in ("FAILURE", "RETRY"):
                    event["exception"] = repr(meta.get("result"))
                self._task_event(event)
            if finished:
                return
            time.sleep(0.2)
