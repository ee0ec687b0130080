"""``up``, ``down`` and ``status``: the stack as one thing.

``up`` is declarative: it makes the running stack match what was asked (these
brokers, these pools, workers on that broker), so running it twice is
harmless and running it with other options changes only what differs.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass

from .. import settings
from ..probe import probe
from . import brokers, credentials, jobsite, probes, programs, readiness, shutdown
from . import state as stack_state
from .errors import StackError
from .procs import alive
from .progress import last_words
from .supervisor import Supervisor

PROMETHEUS_PACKAGE = "prometheus"  # Debian's (2.42 in bookworm)


def prometheus_binary(cfg: dict) -> str | None:
    """brownbag.prometheus_binary (a command on PATH or a path), if it is there."""
    return programs.find_binary(cfg.get("prometheus_binary") or "prometheus")


@dataclass
class Component:
    name: str
    kind: str
    state: str
    how: str
    url: str | None = None
    port: int | None = None
    pid: int | None = None
    detail: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def validate(cfg: dict, brokers_wanted: list[str], pools: list[str], broker: str) -> None:
    for name in brokers_wanted:
        if name not in settings.BROKERS:
            raise StackError(f"unknown broker {name!r}: choose from {', '.join(settings.BROKERS)}")
    for pool in pools:
        if pool not in settings.POOLS:
            raise StackError(f"unknown pool {pool!r}: choose from {', '.join(settings.POOLS)}")
    if "://" not in broker and broker not in settings.BROKERS:
        raise StackError(f"unknown broker {broker!r}: choose from "
                         f"{', '.join(settings.BROKERS)}, or give a URL")


@dataclass
class Plan:
    """What one ``up`` will run, decided before anything starts."""
    cfg: dict
    sup: Supervisor
    broker: str
    pools: list[str]
    parts: dict
    plans: dict
    wanted: list[programs.Program]
    env: dict
    site_env: dict
    creds: dict
    warnings: list[str]
    was_running: bool
    running_before: set[str]


def prepare(cfg: dict, brokers_wanted: list[str], pools: list[str], broker: str,
            **parts) -> Plan:
    """Check the options, decide how each broker is had and which programs run; start nothing."""
    validate(cfg, brokers_wanted, pools, broker)
    creds = credentials.load(settings.home(cfg))
    sup = Supervisor(cfg, creds)
    was_running = sup.state() == "ours"
    before = sup.processes() if was_running else {}
    running_before = {n for n, p in before.items() if p["statename"] == "RUNNING"}
    plans, warnings = plan_brokers(cfg, brokers_wanted, broker, set(before))
    # What runs, as the stack's processes see it (the live server's health check
    # expects these pools and brokers, and beat only if it runs).
    env = programs.celery_env({**cfg, "broker": broker, "pools": list(pools),
                               "brokers": list(plans), "beat": parts["beat"]}, broker)
    wanted, site_env = wanted_programs(cfg, plans, pools, env, creds, **parts)
    if parts.get("metrics") and not prometheus_binary(cfg):
        # like an extra broker: said in one line, and everything else still comes up
        warnings.append(f"prometheus: no {cfg.get('prometheus_binary', 'prometheus')!r} found, so "
                        f"nothing scrapes Flower and the queue exporter: "
                        f"apt-get install {PROMETHEUS_PACKAGE} (Debian's package)")
    check_ports(cfg, wanted, running_before)
    return Plan(cfg, sup, broker, list(pools), parts, plans, wanted, env, site_env, creds,
                warnings, was_running, running_before)


def remember(plan: Plan, broker_url: str) -> None:
    """The state file ``status``, ``down``, ``restart all`` and the live server's health read."""
    stack_state.write(plan.cfg, {
        "broker": plan.broker, "broker_url": broker_url, "pools": plan.pools,
        "brokers": {name: {"how": p.how, "url": p.url, "port": p.port}
                    for name, p in plan.plans.items()},
        "warnings": plan.warnings,
        "programs": {p.name: {"kind": p.kind, "url": p.url, "port": p.port} for p in plan.wanted},
        # where the audience view listens (`up --audience`), so `restart all` keeps it
        "audience": (plan.cfg.get("audience") or {}).get("listen"),
    })


def workers_of(plan: Plan) -> list[str]:
    """The workers ``up`` waits for, by the name they answer a ping with."""
    return [*plan.pools, *(["engines"] if plan.parts["engines"] else []),
            *(["jobsite"] if plan.parts["django"] else [])]


def up(cfg: dict, brokers_wanted: list[str], pools: list[str], broker: str,
       beat: bool = True, flower: bool = True, live: bool = True, camera: bool = True,
       engines: bool = True, django: bool = True, metrics: bool = True,
       echo=print) -> tuple[list[Component], list[str]]:
    """Bring the stack to the state asked for; return its status and the warnings.

    A broker that can't be had is a warning when it is only an extra one, an
    error when the workers need it. On error, whatever this call started is
    stopped again: nothing half-started is left behind.
    """
    plan = prepare(cfg, brokers_wanted, pools, broker, beat=beat, flower=flower, live=live,
                   camera=camera, engines=engines, django=django, metrics=metrics)
    sup = plan.sup
    if django:
        seconds = jobsite.prepare(cfg, plan.site_env, plan.creds)
        echo(f"django admin: migrations, static files and admin user checked in {seconds:.1f} s")
    sup.write(plan.wanted)
    if plan.was_running:
        sup.apply()
    else:
        sup.start()
    started_here: list[str] = []
    try:
        broker_url = start_all(sup, cfg, plan.plans, plan.wanted, broker, started_here, echo)
        if workers_of(plan):
            readiness.workers_answer(broker_url, workers_of(plan),
                                     time.monotonic() + cfg["ready_timeout"], plan.env,
                                     still_alive=Watch(sup, started_here))
    except BaseException:
        # Nothing half-started: undo what this call started, keep what ran before.
        for name in reversed(started_here):
            sup.stop_program(name)
        if not plan.was_running:
            sup.shutdown()
        raise
    remember(plan, broker_url)
    return status(cfg), plan.warnings


def plan_brokers(cfg: dict, brokers_wanted: list[str], broker: str,
                 known: set[str]) -> tuple[dict, list[str]]:
    """How each broker server is had: those asked for, the workers' own, and Redis for results.

    The workers' broker and Redis are essential (an error); any other one that can't be
    had is a warning.
    """
    needed = list(dict.fromkeys([*brokers_wanted, *([broker] if "://" not in broker else []),
                                 "redis"]))
    essential = {"redis", broker}
    plans, warnings = {}, []
    for name in needed:
        try:
            plans[name] = brokers.plan(name, cfg, known)
        except StackError as exc:
            if name in essential:
                raise
            warnings.append(f"{name}: {exc}")
    # A docker broker's URL carries its generated password: remembered, so every
    # process (and a later `celery -A demo ...`) finds it through settings.broker_url.
    settings.remember_urls(cfg, {**settings.remembered_urls(cfg), **{
        name: plan.url for name, plan in plans.items()
        if plan.url != settings.configured_url(name, cfg)}})
    return plans, warnings


def wanted_programs(cfg: dict, plans: dict, pools: list[str], env: dict, creds, *, beat: bool,
                    flower: bool, live: bool, camera: bool, engines: bool,
                    django: bool, metrics: bool = False) -> tuple[list[programs.Program], dict]:
    """Every program the stack runs, brokers first; and the Django job site's environment."""
    wanted = [p for plan in plans.values() for p in plan.programs]
    wanted += [programs.worker(pool, cfg, env) for pool in pools]
    if engines:  # the Work4Labs case studies: the matching engine, the partner feeds
        wanted += [programs.engines_worker(cfg, env), programs.feeds(cfg, env)]
    site_env = jobsite.django_env(env, creds) if django else env
    if django:  # the job site: its admin, its worker, and beat reading its schedule table
        wanted += jobsite.programs(cfg, site_env)
    if beat:
        wanted.append(programs.beat(cfg, site_env, scheduler=jobsite.SCHEDULER) if django
                      else programs.beat(cfg, env))
    if flower:
        wanted.append(programs.flower(cfg, env, creds))
    if live:
        wanted.append(programs.live_server(cfg, env))
    if camera:
        wanted.append(programs.camera(cfg, env))
    if metrics:  # the queue exporter, and Prometheus scraping it and Flower (if installed)
        wanted.append(programs.exporter(cfg, env))
        if binary := prometheus_binary(cfg):
            wanted.append(programs.prometheus(binary, cfg))
    return wanted, site_env


def check_ports(cfg: dict, wanted: list[programs.Program], running_before: set[str]) -> None:
    """A port another program holds is named before anything starts."""
    for program in wanted:
        if program.port and program.name not in running_before and program.kind == "service" \
                and not probes.port_free(cfg["bind"], program.port):
            raise StackError(f"port {program.port} for {program.name} is taken by another program: "
                             f"stop it, or set INVOKE_BROWNBAG_PORTS_{program.name.upper()}=<port>")


def start_all(sup: Supervisor, cfg: dict, plans: dict, wanted: list[programs.Program],
              broker: str, started_here: list[str], echo) -> str:
    """Brokers first (docker ones through compose), then everything else; the workers' broker URL."""
    for plan in plans.values():
        if plan.how == "docker":
            echo(f"starting {plan.name} with docker compose")
            brokers.docker_compose(cfg, "up", "-d", "--wait", plan.name)
    start_and_wait(sup, [p for p in wanted if p.kind == "broker"], started_here, cfg, plans)
    broker_url = settings.broker_url(broker, cfg)  # the workers', beat's and Flower's
    if not readiness.can_broadcast(broker_url):
        readiness.make_queues(broker_url)
    start_and_wait(sup, [p for p in wanted if p.kind != "broker"], started_here, cfg, plans)
    return broker_url


def start_and_wait(sup: Supervisor, group: list[programs.Program], started_here: list[str],
                   cfg: dict, plans: dict) -> None:
    """Start what isn't running yet; wait until each program runs and answers."""
    running = {n for n, p in sup.processes().items() if p["statename"] == "RUNNING"}
    for program in group:
        if program.name not in running:
            sup.start_program(program.name)
            started_here.append(program.name)
    deadline = time.monotonic() + cfg["ready_timeout"]
    waiting = {p.name: p for p in group}
    watch = Watch(sup, started_here)
    while waiting:
        infos = watch()
        for name, program in list(waiting.items()):
            if infos[name]["statename"] == "RUNNING" and ready(program, cfg, plans):
                del waiting[name]
        if not waiting:
            break
        if time.monotonic() > deadline:
            names = ", ".join(waiting)
            raise StackError(f"{names} not ready after {cfg['ready_timeout']} s; "
                             f"see the logs in {sup.logs}")
        time.sleep(0.3)


class Watch:
    """Fail fast, with the program's last words, when one we started dies.

    A crash right after start looks like RUNNING to a slow poll (supervisord
    restarts it at once), so a changed pid counts as a death too.
    """

    def __init__(self, sup: Supervisor, names: list[str]):
        self.sup, self.names, self.pids = sup, names, {}

    def __call__(self) -> dict:
        infos = self.sup.processes()
        for name in self.names:
            info = infos.get(name, {})
            state, pid = info.get("statename"), info.get("pid")
            if state == "RUNNING":
                self.pids.setdefault(name, pid)
            restarted = name in self.pids and (state != "RUNNING" or pid != self.pids[name])
            if restarted or state in ("FATAL", "EXITED", "BACKOFF"):
                raise StackError(f"{name} died while starting: {last_words(self.sup, name)}; "
                                 f"see {self.sup.logs / (name + '.log')}")
        return infos


def ready(program: programs.Program, cfg: dict, plans: dict) -> bool:
    if program.kind == "broker" and program.name in plans:
        return probe(program.url)[0]
    if program.kind == "broker":  # epmd
        return probes.port_open(cfg["bind"], program.port)
    if program.port:
        return probes.port_open(cfg["bind"], program.port)
    return True


def down(cfg: dict, echo=print) -> shutdown.DownReport:
    """Stop everything this checkout started; reused servers keep running.

    The order, and what it says about the tasks still running, is shutdown.py's.
    """
    report = shutdown.DownReport()
    started = time.monotonic()
    state = stack_state.read(cfg)
    sup = running_supervisor(cfg)
    if sup:
        kinds = {name: meta.get("kind") for name, meta in state.get("programs", {}).items()}
        kinds.update({name: "broker" for name in state.get("brokers", {})})
        report = shutdown.stop(sup, cfg, kinds, echo)
    remembered = settings.remembered_urls(cfg)
    for name, info in state.get("brokers", {}).items():
        if info["how"] == "docker":
            brokers.docker_compose(cfg, "stop", name)
            report.stopped.append(f"{name} (docker)")
            remembered.pop(name, None)
    settings.remember_urls(cfg, remembered)
    if state:
        stack_state.forget(cfg)
    report.seconds = time.monotonic() - started
    return report


def restart_all(cfg: dict, echo=print) -> tuple[shutdown.DownReport, list[Component], list[str]]:
    """``down`` then ``up`` with the options the running stack was started with.

    Not program by program: restarting Redis under running workers left each
    worker's warm shutdown talking to a broker that had just gone, until
    supervisord killed it (28 s for the whole stack). down's order and up's
    readiness checks already know how to do it.
    """
    state = stack_state.read(cfg)
    if not state or not running_supervisor(cfg):
        raise StackError("the stack is not running: `invoke up` starts it")
    names = set(state.get("programs", {}))
    options = dict(brokers_wanted=list(state["brokers"]), pools=list(state["pools"]),
                   broker=state["broker"], beat="beat" in names, flower="flower" in names,
                   live="live" in names, camera="camera" in names,
                   engines="worker-engines" in names, django="django" in names,
                   metrics="exporter" in names)
    cfg = {**cfg, "audience": {**(cfg.get("audience") or {}), "listen": state.get("audience")}}
    report = down(cfg, echo)
    components, warnings = up(cfg, **options, echo=echo)
    return report, components, warnings


def running_supervisor(cfg: dict) -> Supervisor | None:
    """Our supervisord if it runs; None if not (and no credentials made just to ask)."""
    home = settings.home(cfg)
    if not (home / "credentials.json").exists():
        return None
    sup = Supervisor(cfg, credentials.load(home))
    return sup if sup.state() == "ours" else None


def status(cfg: dict) -> list[Component]:
    state = stack_state.read(cfg)
    sup = running_supervisor(cfg)
    infos = sup.processes() if sup else {}
    components = []
    for name, info in state.get("brokers", {}).items():
        proc = infos.get(name, {})
        if info["how"] in ("reused", "docker", "file"):
            up_now = probe(info["url"])[0]
            components.append(Component(name, "broker", "RUNNING" if up_now else "DOWN",
                                        info["how"], info["url"], info["port"]))
        else:
            components.append(Component(name, "broker", proc.get("statename", "STOPPED"),
                                        info["how"], info["url"], info["port"],
                                        proc.get("pid") or None))
    for name, proc in infos.items():
        if name in state.get("brokers", {}):
            continue
        meta = state.get("programs", {}).get(name, {})
        components.append(Component(name, meta.get("kind", "service"), proc["statename"],
                                    "supervisord", meta.get("url"), meta.get("port"),
                                    proc.get("pid") or None, proc.get("description", "")))
    return components


__all__ = ("Component", "StackError", "alive", "down", "running_supervisor", "status", "up")
