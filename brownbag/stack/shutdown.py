"""``down``, in an order that lets running work finish, saying what became of it.

supervisord's ``stopAllProcesses`` sends SIGTERM to every program at once. Redis
was gone in 30 ms while the workers were still in their warm shutdown, so a task
finishing then could neither store its result nor be acknowledged ("Couldn't
reject ... ConnectionError" in the worker's log); and a worker with a task still
running waited out its whole ``stopwaitsecs`` (20 s) before supervisord killed
it, saying nothing: a ``down`` of 22.5 s instead of 2-3 s. So here, one group
after the other:

1. what starts new work stops first: beat, the live server, the camera, Flower;
2. the workers, all at once: SIGTERM is Celery's warm shutdown (running tasks may
   finish, nothing new starts); after ``programs.WARM_SHUTDOWN_GRACE`` seconds
   supervisord kills what is left, pool children included (``killasgroup``);
3. the rest (the partner feeds a running import may still fetch), then the
   brokers, epmd last (RabbitMQ unregisters from it on its way out).

Before step 2 the workers are asked what they run (``inspect().active()``), and
after it the result backend, still up, tells what became of each task.
"""

from __future__ import annotations

import socket
import time
import xmlrpc.client
from dataclasses import dataclass, field

import redis
from celery import Celery

from demo.celeryconfig import transport_options

from .. import settings
from . import programs
from . import state as stack_state
from .readiness import can_broadcast
from .supervisor import Supervisor

FIRST = ("beat", "live", "camera", "flower")
LAST = ("epmd",)
SAY_AFTER = 3.0  # a prefork worker takes 2-3 s to stop its pool: no commentary for that
SAY_EVERY = 3.0
STOPPING = ("STOPPING", "RUNNING", "STARTING", "BACKOFF")
FINAL = ("SUCCESS", "FAILURE", "REVOKED", "RETRY")  # RETRY: ended, a new message sent


@dataclass
class TaskFate:
    worker: str  # the program: worker-threads
    task_id: str
    name: str
    acknowledged: bool
    started: float | None  # wall clock, from the worker
    exitstatus: int = 0  # the worker's, as supervisord saw it: -1 died of a signal
    state: str = ""  # in the result backend, after the worker stopped
    held: bool | None = None  # its message still on the broker (Redis's unacked hash)?

    @property
    def killed(self) -> bool:
        """Its worker did not end its warm shutdown cleanly, and the task has no final
        state: per task, since one long task gets the worker killed after a short one
        finished."""
        if self.state in FINAL:
            return False
        return self.exitstatus != 0

    def describe(self) -> str:
        what = f"{self.name}[{self.task_id}]"
        if not self.killed:
            return (f"{self.worker}: {what} finished during the warm shutdown "
                    f"({self.state or 'no result stored'})")
        how = (f"was still running after {programs.WARM_SHUTDOWN_GRACE} s: killed"
               if self.exitstatus == -1 else
               f"was running when its worker exited with status {self.exitstatus}")
        if self.acknowledged:
            return (f"{self.worker}: {what} {how}. Its message had been acknowledged "
                    f"when it started, so it is lost (result: {self.state})")
        again = {True: "Redis holds it (unacked) and puts it back in its queue after the "
                       "visibility timeout, so it runs again after the next `invoke up`",
                 False: "yet Redis no longer holds it as unacknowledged: it was put back "
                        "in a queue, or lost",
                 None: "the broker delivers it again once a worker runs"}[self.held]
        return (f"{self.worker}: {what} {how}. It is acks_late, its message was never "
                f"acknowledged: {again} (result for now: {self.state})")


@dataclass
class DownReport:
    stopped: list[str] = field(default_factory=list)
    tasks: list[TaskFate] = field(default_factory=list)
    asked: bool = True  # False: the workers could not be asked what they ran
    seconds: float = 0.0


def groups(infos: dict, kinds: dict[str, str]) -> list[list[str]]:
    """The running programs, in the order they stop (see the module's docstring)."""
    running = [name for name, info in infos.items() if info["statename"] in STOPPING]
    kind = {name: kinds.get(name) or ("worker" if name.startswith("worker-") else "service")
            for name in running}
    first = [n for n in running if n in FIRST]
    workers = [n for n in running if kind[n] == "worker" and n not in first]
    last = [n for n in running if n in LAST]
    brokers = [n for n in running if kind[n] == "broker" and n not in last]
    rest = [n for n in running if n not in {*first, *workers, *brokers, *last}]
    return [g for g in (first, workers, rest, brokers, last) if g]


def stop(sup: Supervisor, cfg: dict, kinds: dict[str, str], echo=print) -> DownReport:
    """Stop every program of ``sup`` group by group, then supervisord itself."""
    started = time.monotonic()
    report = DownReport()
    infos = sup.processes()
    for group in groups(infos, kinds):
        running = {}
        if any(kinds.get(n, "") == "worker" or n.startswith("worker-") for n in group):
            running = running_tasks(cfg, group)
            report.asked = running is not None
            running = running or {}
        if "redis" in group:  # ours (supervisord runs it), and nothing of ours consumes now
            forget_transient_bindings(cfg)
        report.stopped += group
        ended = stop_group(sup, group, running, echo)
        for worker, tasks in running.items():
            for fate in tasks:
                fate.exitstatus = ended[worker].get("exitstatus", 0)
                fate.state = task_state(cfg, fate.task_id)  # before fate.killed reads it
                if fate.killed and not fate.acknowledged:
                    fate.held = held_by_redis(cfg, fate.task_id)
                report.tasks.append(fate)
    sup.shutdown()
    report.seconds = time.monotonic() - started
    return report


def stop_group(sup: Supervisor, names: list[str], running: dict, echo) -> dict[str, dict]:
    """SIGTERM to every program of the group at once; wait, saying why when it takes long.

    Bounded by supervisord itself: it sends SIGKILL after each program's
    stopwaitsecs. Returns each program's final process info.
    """
    for name in names:
        try:
            sup.rpc.stopProcess(name, False)
        except xmlrpc.client.Fault as fault:
            if "NOT_RUNNING" not in fault.faultString:
                raise
    begun = time.monotonic()
    next_word, first_word = begun + SAY_AFTER, True
    while True:
        infos = sup.processes()
        left = [n for n in names if infos[n]["statename"] in STOPPING]
        if not left:
            return infos
        if time.monotonic() >= next_word:
            waited = time.monotonic() - begun
            if first_word:  # the details once, then a countdown
                for name in left:
                    echo(waiting_for(name, running.get(name, []), waited))
            else:
                echo(still_waiting(left, waited))
            first_word, next_word = False, next_word + SAY_EVERY
        time.sleep(0.2)


def waiting_for(name: str, tasks: list[TaskFate], waited: float) -> str:
    if name.startswith("worker-"):
        kill_in = max(programs.WARM_SHUTDOWN_GRACE - waited, 0)
        if not tasks:
            return f"waiting for {name}: warm shutdown; killed in {kill_in:.0f} s if not done"
        now = time.time()
        doing = ", ".join(f"{t.name}[{t.task_id[:8]}]"
                          + (f" for {now - t.started:.0f} s" if t.started else "")
                          for t in tasks)
        count = "its running task" if len(tasks) == 1 else f"its {len(tasks)} running tasks"
        return (f"waiting for {name}: warm shutdown lets {count} finish ({doing}); "
                f"killed in {kill_in:.0f} s if not done")
    if name == "rabbitmq":  # its queues, message stores, plugins, then the Erlang VM: 5-10 s here
        return "waiting for rabbitmq: RabbitMQ's own shutdown takes 5-10 s"
    if name in ("redis", "mongo"):
        return f"waiting for {name}: the broker's own shutdown"
    return f"waiting for {name} to stop"


def still_waiting(names: list[str], waited: float) -> str:
    if all(n.startswith("worker-") for n in names):
        kill_in = max(programs.WARM_SHUTDOWN_GRACE - waited, 0)
        return f"still waiting for {', '.join(names)}: killed in {kill_in:.0f} s if not done"
    return f"still waiting for {', '.join(names)} ({waited:.0f} s)"


# -- asking Celery ----------------------------------------------------------

def broker_url(cfg: dict) -> str:
    """The broker the stack's workers use: the one ``up`` recorded, else the configured one."""
    return stack_state.read(cfg).get("broker_url") or settings.broker_url(cfg["broker"], cfg)


def control_app(cfg: dict):
    """A Celery app of our own on the stack's broker and result backend: control and
    results only (the workers' demo app reads its URLs at import, from the environment)."""
    url = broker_url(cfg)
    app = Celery("brownbag-down", broker=url, backend=settings.result_backend(cfg),
                 set_as_current=False)
    app.conf.update(accept_content=["json"], result_serializer="json",
                    broker_transport_options=transport_options(url),
                    broker_connection_retry=False, broker_connection_max_retries=0)
    return app


def running_tasks(cfg: dict, workers: list[str]) -> dict[str, list[TaskFate]] | None:
    """{program: tasks it is running}, from ``inspect().active()``; None if the workers
    can't be asked (a broker without broadcast, or one that doesn't answer)."""
    app = control_app(cfg)
    try:
        if not can_broadcast(app.conf.broker_url):
            return None
        host = socket.gethostname()
        nodes = {f"{w.removeprefix('worker-')}@{host}": w for w in workers}
        # limit: return as soon as every worker replied, not after the whole timeout
        replies = app.control.inspect(destination=list(nodes), timeout=1.0,
                                      limit=len(nodes)).active() or {}
    except Exception:  # broker down or unreachable: nothing to ask, the stop goes on
        return None
    finally:
        app.close()
    return {nodes[node]: [TaskFate(nodes[node], t["id"], t.get("name") or t.get("type", "?"),
                                   bool(t.get("acknowledged")), t.get("time_start"))
                          for t in tasks]
            for node, tasks in replies.items() if node in nodes and tasks}


def task_state(cfg: dict, task_id: str) -> str:
    app = control_app(cfg)
    try:
        return app.AsyncResult(task_id).state
    except Exception as exc:  # the result backend went away: say so rather than guess
        return f"unknown ({exc.__class__.__name__})"
    finally:
        app.close()


def held_by_redis(cfg: dict, task_id: str) -> bool | None:
    """Is the task's message in kombu's ``unacked`` hash? None when the broker isn't Redis."""
    url = broker_url(cfg)
    if not url.startswith(("redis://", "rediss://")):
        return None
    client = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
    try:
        return any(task_id.encode() in value for value in client.hvals("unacked"))
    except (redis.RedisError, OSError):
        return None
    finally:
        client.close()


# Fanout exchanges whose queues live only as long as their consumer: an events
# receiver (celeryev.<uuid>: the live server, the camera, Flower, every demo run)
# or a remote-control client (<oid>.reply.celery.pidbox).
TRANSIENT_EXCHANGES = ("celeryev", "reply.celery.pidbox")


def forget_transient_bindings(cfg: dict) -> None:
    """Drop kombu's binding tables of the transient fanout queues from our own Redis.

    kombu on Redis records every queue ever bound to an exchange in a set,
    ``_kombu.binding.<exchange>``, and expires the whole set only when no
    consumer refreshed it for a while, which the next ``up`` always does first:
    the set of ``celeryev`` grew by 3-4 members per cycle, forever (the Redis
    data survives ``down``). Fanout delivery on Redis is a PUBLISH, which never
    reads the set, and a live consumer adds itself back when it refreshes: with
    every process of ours stopped, dropping these sets loses nothing.
    """
    url = (read_state_brokers(cfg).get("redis") or {}).get("url")
    if not url:
        return
    client = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
    try:
        tables = [f"_kombu.binding.{name}" for name in TRANSIENT_EXCHANGES]
        client.delete(*tables)
        client.zrem("_kombu.binding_deadlines", *TRANSIENT_EXCHANGES)
    except (redis.RedisError, OSError):
        pass  # tidying only: a Redis that doesn't answer is stopped all the same
    finally:
        client.close()


def read_state_brokers(cfg: dict) -> dict:
    return stack_state.read(cfg).get("brokers", {})
