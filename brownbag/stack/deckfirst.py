"""``invoke present``: the live server (the deck) first, the rest of the stack behind it.

``up`` says nothing until every part answers: 12-16 s of a blank screen at the podium.
Here the live server starts with the brokers the workers need (Redis answers in
milliseconds, the live server in a second or two), the deck is opened, and the rest
(RabbitMQ, the workers, beat, Flower, the job site) comes up while the presenter
talks. The deck follows it through the live server's health (progress.py): each
panel shows its recording and turns live when the parts its demo needs answer.

Unlike ``up``, a part that fails to start does not undo the others: it is named, with
its log's last line, here and on the panels that need it, and the talk goes on.
"""

from __future__ import annotations

import threading
import time

from .. import settings
from . import jobsite, probes, readiness
from .errors import StackError
from .lifecycle import Plan, Watch, prepare, ready, remember, status, workers_of
from .progress import FAILED, last_words

# Started last, after the job site's database is migrated: they read its tables.
NEEDS_JOBSITE = ("django", "worker-jobsite", "beat")
# Started with the deck but waited for last, when only an extra broker: see start_slow.
SLOW = ("rabbitmq",)


def split(plan: Plan) -> tuple[list, list, list]:
    """(with the deck, after it, after the job site's database is ready).

    With the deck: the live server and the brokers the workers use, but RabbitMQ, whose
    Erlang start (5-10 s) holds nobody else up when it is only an extra broker: it is
    started with them (start_slow) but waited for after the rest."""
    essential = {"redis", plan.broker}
    first, later, last = [], [], []
    for program in plan.wanted:
        if program.name == "live" or (program.kind == "broker" and
                                      (program.name in essential or program.name == "epmd")):
            first.append(program)
        elif plan.parts["django"] and program.name in NEEDS_JOBSITE:
            last.append(program)
        else:
            later.append(program)
    return first, later, last


def start(plan: Plan, group: list) -> None:
    running = {n for n, p in plan.sup.processes().items() if p["statename"] == "RUNNING"}
    for program in group:
        if program.name not in running:
            plan.sup.start_program(program.name)


def start_slow(plan: Plan, first: list, later: list) -> None:
    """RabbitMQ, started with the deck rather than behind it: its Erlang node is the slowest
    part to come up (4-5 s alone on two cores; 15 s and more when it starts with the
    workers, whose Pythons take the cores from it). Not before its port mapper answers
    (tens of milliseconds): erl would start an epmd daemon of its own, which ``down``
    would leave behind. If the mapper does not answer, RabbitMQ starts with the rest."""
    slow = [p for p in later if p.name in SLOW]
    mapper = next((p for p in first if p.name == "epmd"), None)
    if not slow or mapper is None:
        return
    deadline = time.monotonic() + 5
    while not probes.port_open(plan.cfg["bind"], mapper.port, timeout=0.2):
        if time.monotonic() > deadline:
            return
        time.sleep(0.05)
    start(plan, slow)


def wait(plan: Plan, group: list, began: float, echo) -> dict[str, str]:
    """Wait until each program runs and answers, or fails; {name: why} of those that failed.
    Each is said as it comes up (seconds since ``began``), part by part."""
    waiting, failed = {p.name: p for p in group}, {}
    deadline = began + plan.cfg["ready_timeout"]
    while waiting and time.monotonic() < deadline:
        infos = plan.sup.processes()
        for name, program in list(waiting.items()):
            state = infos.get(name, {}).get("statename")
            if state in FAILED:
                failed[name] = f"{state.lower()}: {last_words(plan.sup, name)}"
                echo(f"{name}: failed ({failed[name]})")
            elif state == "RUNNING" and ready(program, plan.cfg, plan.plans):
                echo(f"{name}: up at {time.monotonic() - began:.1f} s")
            else:
                continue
            del waiting[name]
        if waiting:
            time.sleep(0.2)
    for name in waiting:
        failed[name] = f"not ready after {plan.cfg['ready_timeout']} s"
        echo(f"{name}: {failed[name]}")
    return failed


def deck_first(cfg: dict, brokers_wanted: list[str], pools: list[str], broker: str, *,
               parts: dict, on_deck, echo=print) -> tuple[list, list[str], dict[str, str]]:
    """Bring the stack up with the deck first; calls ``on_deck()`` once the live server
    answers, then the rest. Returns the status, the warnings (extra brokers this machine
    cannot run) and the parts that failed to start ({name: why})."""
    began = time.monotonic()
    plan = prepare(cfg, brokers_wanted, pools, broker, **parts)
    broker_url = settings.broker_url(broker, cfg)
    remember(plan, broker_url)  # first: the live server's health reads what is coming
    plan.sup.write(plan.wanted)
    if plan.was_running:
        plan.sup.apply()
    else:
        plan.sup.start()
    first, later, last = split(plan)
    start(plan, first)
    start_slow(plan, first, later)
    failed = wait(plan, first, began, echo)
    if failed:  # without the deck or the workers' broker, there is no talk to go on with
        raise StackError("; ".join(f"{name} did not start: {why}" for name, why in failed.items())
                         + f"; see the logs in {plan.sup.logs} (invoke down stops the rest)")
    on_deck()
    failed = bring_up_rest(plan, broker_url, later, last, began, echo)
    return status(cfg), plan.warnings, failed


class JobsiteReady(threading.Thread):
    """The job site's migrations (5-6 s of Django) while the workers start."""

    def __init__(self, plan: Plan):
        super().__init__(name="jobsite-prepare", daemon=True)
        self.plan, self.seconds, self.error = plan, 0.0, ""

    def run(self) -> None:
        try:
            self.seconds = jobsite.prepare(self.plan.cfg, self.plan.site_env, self.plan.creds)
        except StackError as exc:
            self.error = str(exc)


def bring_up_rest(plan: Plan, broker_url: str, later: list, last: list, began: float,
                  echo) -> dict[str, str]:
    """Everything but the deck, started at once (RabbitMQ already is); {name: why} of what
    failed. RabbitMQ is waited for last: its Erlang start (5-20 s) holds up nobody else."""
    if not readiness.can_broadcast(broker_url):
        readiness.make_queues(broker_url)
    start(plan, later)
    site = JobsiteReady(plan)
    if last:
        site.start()
    slow = [p for p in later if p.name in SLOW]
    failed = wait(plan, [p for p in later if p not in slow], began, echo)
    if last:
        site.join()
        if site.error:
            failed |= {p.name: site.error for p in last}
            echo(f"the job site did not start: {site.error}")
        else:
            echo(f"django admin: migrations, static files and admin user checked in "
                 f"{site.seconds:.1f} s")
            start(plan, last)
            slow = last + slow
    failed |= wait(plan, slow, began, echo)
    return failed | workers_answer(plan, broker_url, failed, began, echo)


def workers_answer(plan: Plan, broker_url: str, failed: dict, began: float,
                   echo) -> dict[str, str]:
    """The workers that run answer a ping (or a round trip); {"workers": why} if not."""
    names = [w for w in workers_of(plan) if f"worker-{w}" not in failed]
    if not names:
        return {}
    try:
        readiness.workers_answer(broker_url, names, began + plan.cfg["ready_timeout"], plan.env,
                                 still_alive=Watch(plan.sup, [f"worker-{w}" for w in names]))
    except StackError as exc:
        echo(f"workers: {exc}")
        return {"workers": str(exc)}
    echo(f"workers answer at {time.monotonic() - began:.1f} s: {', '.join(names)}")
    return {}
