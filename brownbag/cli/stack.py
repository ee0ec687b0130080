"""invoke tasks that drive the stack: up, down, status, logs, restart, and
foreground worker / beat / flower for terminal demos.

    $ invoke up --brokers redis,rabbitmq --pools prefork,gevent
    $ invoke status --json
    $ invoke down
"""

from __future__ import annotations

import shlex
import threading
import time
import webbrowser
from json import dumps

from invoke import task
from kombu.utils.url import maybe_sanitize_url

from .. import settings
from .. import stack as stack_
from ..live.guard import is_loopback
from ..stack import credentials, programs, shutdown
from ..stack.deckfirst import deck_first
from ..stack.lifecycle import restart_all, running_supervisor
from .output import console, fail, status_table, warn


def config(c) -> dict:
    return settings.plain(c.config.brownbag)


def names(value, default: list[str]) -> list[str]:
    if value is None:
        return list(default)
    return [n.strip() for n in value.split(",") if n.strip()]


@task(help={
    "brokers": "broker servers to run, comma-separated: redis,rabbitmq,mongo,sqlite "
               "(default: brownbag.brokers)",
    "pools": "worker pools, comma-separated: prefork,gevent,eventlet,threads,solo "
             "(default: brownbag.pools)",
    "broker": "the broker workers, beat and Flower use: a name or a URL (default: brownbag.broker)",
    "beat": "run celery beat (--no-beat: don't)",
    "flower": "run Flower (--no-flower: don't)",
    "live": "run the live server for the deck (--no-live: don't)",
    "camera": "run the events camera (--no-camera: don't)",
    "engines": "run the Work4Labs engines worker and partner feeds (--no-engines: don't)",
    "django": "run the Django job site, its worker, and beat on its database scheduler "
              "(--no-django: don't)",
    "metrics": "run Prometheus and the queue exporter it scrapes (--no-metrics: don't)",
    "audience": "also serve the audience view and the phone remote on this interface or "
                "address (the only thing exposed beyond brownbag.bind)",
})
def up(c, brokers=None, pools=None, broker=None, beat=True, flower=True, live=True, camera=True,
       engines=True, django=True, metrics=True, audience=None):
    """Start the stack under supervisord and wait until every part answers."""
    cfg = config(c)
    broker = broker or cfg["broker"]
    cfg["broker"] = broker
    cfg["audience"] = {**(cfg.get("audience") or {}), "listen": None}
    if audience:
        cfg["audience"]["listen"] = audience_address(cfg, audience, live)
    started = time.monotonic()
    try:
        components, warnings = stack_.up(
            cfg, names(brokers, cfg["brokers"]), names(pools, cfg["pools"]), broker,
            beat=beat, flower=flower, live=live, camera=camera, engines=engines,
            django=django, metrics=metrics, echo=console.print)
    except stack_.StackError as exc:
        fail(str(exc))
    announce(cfg, components)
    console.print(f"ready in {time.monotonic() - started:.1f} s")
    for line in warnings:
        warn(line)
    if warnings:
        fail("some parts could not be started (see above); the rest is up", code=3)


def announce(cfg: dict, components) -> None:
    """The status table, and where to find what answers (with its credentials)."""
    console.print(status_table(components))
    creds = credentials.load(settings.home(cfg))
    parts = {comp.name for comp in components}
    if "flower" in parts:
        console.print(f"Flower: http://{cfg['bind']}:{cfg['ports']['flower']}/ "
                      f"user [bold]{creds['flower']['user']}[/] "
                      f"password [bold]{creds['flower']['password']}[/]")
    if "django" in parts:
        console.print(f"django admin: http://{cfg['bind']}:{cfg['ports']['django']}/admin/ "
                      f"user [bold]{creds['django']['user']}[/] "
                      f"password [bold]{creds['django']['password']}[/]")
    if "live" in parts:
        console.print(f"deck: {deck_url(cfg)}")
    if "prometheus" in parts:
        console.print(f"Prometheus: http://{cfg['bind']}:{cfg['ports']['prometheus']}/alerts")
    exposure(cfg, live="live" in parts)


def deck_url(cfg: dict) -> str:
    # beyond loopback, starting a demo takes the token: the deck reads it from its URL
    creds = credentials.load(settings.home(cfg))
    token = "" if is_loopback(cfg["bind"]) else f"?token={creds['live']['token']}"
    return f"http://{cfg['bind']}:{cfg['ports']['live']}/{token}"


def present(c, browser: bool, audience=None, brokers=None, cut=None) -> None:
    """``invoke present``: the deck first (built while the live server starts, opened as
    soon as it answers), then the rest of the stack coming up behind it, part by part."""
    cfg = config(c)
    cfg["audience"] = {**(cfg.get("audience") or {}), "listen": None}
    if audience:
        cfg["audience"]["listen"] = audience_address(cfg, audience, True)
    started = time.monotonic()
    built = DeckBuild(cut)
    built.start()

    def on_deck():
        built.join()
        if built.report is not None:
            from .slides import print_plan
            print_plan(built.report)
        url = deck_url(cfg)
        console.print(f"the deck, live: [bold]{url}[/] in {time.monotonic() - started:.1f} s "
                      "(R runs the demo on the slide, P the presenter console); "
                      "the rest of the stack comes up behind it:", soft_wrap=True)
        if browser:
            webbrowser.open(url)

    try:
        components, warnings, failed = deck_first(
            cfg, names(brokers, cfg.get("present_brokers", ["redis", "rabbitmq"])),
            names(None, cfg["pools"]), cfg["broker"], parts=dict.fromkeys(PARTS, True),
            on_deck=on_deck, echo=say)
    except stack_.StackError as exc:
        fail(str(exc))
    announce(cfg, components)
    console.print(f"all up in {time.monotonic() - started:.1f} s")
    for line in warnings:  # an extra broker this machine cannot run: the panels say so
        warn(line)
    if built.error or failed:
        fail("; ".join([*([built.error] if built.error else []),
                        *(f"{name} did not start: {why}" for name, why in failed.items())])
             + "; the rest is up, and the deck says so on the panels that need it", code=3)


PARTS = ("beat", "flower", "live", "camera", "engines", "django", "metrics")


class DeckBuild(threading.Thread):
    """The deck, built beside the stack's start (0.6 s of hovercraft, while supervisord
    and the live server start): the live server serves whatever is in slides/_build."""

    def __init__(self, cut=None):
        super().__init__(name="deck-build", daemon=True)
        self.error = ""
        self.cut = cut        # one cut of the talk (brownbag.deck.cuts), else the whole talk
        self.report = None

    def run(self) -> None:
        from ..deck.build import DeckError, build  # hovercraft: only when a deck is built

        try:
            self.report = build(cut=self.cut)
        except DeckError as exc:
            self.error = f"the deck did not build: {exc}"


def audience_address(cfg: dict, value: str, live: bool) -> str:
    """``--audience``'s interface or address, checked before anything starts."""
    from ..live import audience

    if not live:
        fail("--audience needs the live server: drop --no-live")
    try:
        address = audience.resolve(value)
        audience.settings_of(cfg)
    except audience.AudienceError as exc:
        fail(str(exc))
    if address == cfg["bind"]:
        fail(f"--audience {value}: the deck already listens on {address} (brownbag.bind); "
             "name the interface the room can reach")
    return address


def exposure(cfg: dict, live: bool) -> None:
    """What listens beyond brownbag.bind, said every time: nothing, or the audience view."""
    from ..live import audience, qr

    listen = cfg["audience"]["listen"]
    if not live or not listen:
        console.print(f"exposed: nothing beyond {cfg['bind']}", highlight=False)
        return
    port = cfg["ports"]["live"]
    links = audience.links(cfg, listen, port)
    console.print(f"[bold]exposed on {listen}:{port}[/]: the audience view (read-only, "
                  f"at most {audience.settings_of(cfg)['max_connections']} at once) and the "
                  f"phone remote (presenter's token). The deck, its API, Flower, supervisord "
                  f"and the brokers stay on {cfg['bind']}.", highlight=False)
    console.print(f"audience view: [bold]{links['url']}[/]  (QR on the title slide, Q in the deck)",
                  highlight=False, soft_wrap=True)
    console.print(qr.qr_terminal(links["url"]), highlight=False, markup=False)
    console.print(f"phone remote (keep it to yourself, it holds the presenter's token): "
                  f"{links['remote']}", highlight=False, markup=False, soft_wrap=True)


def say(line: str) -> None:
    """A line of progress as it is: markup off, or a task id in brackets would read as a
    rich style tag and vanish."""
    console.print(line, markup=False, highlight=False, soft_wrap=True)


@task
def down(c):
    """Stop everything this checkout started (servers we reused keep running)."""
    try:
        report = stack_.down(config(c), echo=say)
    except stack_.StackError as exc:
        fail(str(exc))
    print_report(report)


def print_report(report) -> None:
    """What down stopped, and what became of the tasks the workers were running."""
    if not report.stopped:
        console.print("nothing was running")
        return
    console.print(f"stopped: {', '.join(report.stopped)} in {report.seconds:.1f} s")
    for fate in report.tasks:
        say(fate.describe())
    if not report.asked:
        console.print("(the workers could not be asked what they were running: "
                      "their broker has no broadcast, or did not answer)")


@task(help={"json": "print JSON for scripts instead of a table"})
def status(c, json=False):
    """Each component: state, URL/port, pid, and how it was started."""
    try:
        components = stack_.status(config(c))
    except stack_.StackError as exc:
        fail(str(exc))
    if json:
        print(dumps([comp.as_dict() for comp in components], indent=2))
    elif components:
        console.print(status_table(components))
    else:
        console.print("the stack is not running: `invoke up` starts it")


# `name` is positional (invoke makes those required, hence `all`): as a flag,
# `invoke logs beat` would read as the `logs` task followed by the `beat` task.
@task(positional=["name"],
      help={"name": "a program (redis, worker-prefork, beat, flower...) or `all`",
            "follow": "keep printing new lines", "lines": "how many lines to show"})
def logs(c, name, follow=False, lines=20):
    """Show the stack's logs."""
    cfg = config(c)
    log_dir = settings.home(cfg) / "logs"
    files = sorted(log_dir.glob("*.log")) if log_dir.exists() else []
    if name != "all":
        files = [f for f in files if f.stem == name]
        if not files:
            known = ", ".join(sorted(f.stem for f in log_dir.glob("*.log"))) or "none yet"
            fail(f"no log named {name!r}; known: {known}")
    if not files:
        fail("no logs yet: `invoke up` starts the stack")
    for path in files:
        console.rule(path.stem)
        print("\n".join(path.read_text(errors="replace").splitlines()[-lines:]))
    if follow:
        follow_files(files)


def follow_files(files) -> None:
    positions = {path: path.stat().st_size for path in files}
    try:
        while True:
            for path, pos in positions.items():
                size = path.stat().st_size
                if size < pos:  # rotated
                    pos = 0
                if size > pos:
                    with path.open(errors="replace") as handle:
                        handle.seek(pos)
                        for line in handle.read().splitlines():
                            print(f"{path.stem:>16} | {line}")
                positions[path] = size
            time.sleep(0.3)
    except KeyboardInterrupt:
        pass


@task(positional=["name"],
      help={"name": "a program to restart (worker-prefork, beat...) or `all`"})
def restart(c, name):
    """Restart one program of the running stack, or all of them (down, then up as it was)."""
    cfg = config(c)
    if name == "all":
        started = time.monotonic()
        try:
            report, components, warnings = restart_all(cfg, echo=say)
        except stack_.StackError as exc:
            fail(str(exc))
        print_report(report)
        console.print(status_table(components))
        console.print(f"restarted all in {time.monotonic() - started:.1f} s")
        for line in warnings:
            warn(line)
        return
    try:
        sup = running_supervisor(cfg)
    except stack_.StackError as exc:
        fail(str(exc))
    if not sup:
        fail("the stack is not running: `invoke up` starts it")
    known = sup.processes()
    if name not in known:
        fail(f"no program named {name!r}; known: {', '.join(sorted(known))}, or all")
    sup.stop_program(name)
    sup.start_program(name)
    console.print(f"restarted: {name}")


def foreground_env(cfg: dict, broker: str | None = None) -> dict[str, str]:
    """A Celery process's environment, for one in this terminal: it reads a config file
    of its own (config.json is the stack's)."""
    return programs.celery_env(cfg, broker or cfg["broker"], config_name="foreground.json")


def foreground(c, cfg: dict, program: programs.Program) -> None:
    """Run a program in this terminal, with the same environment supervisord gives it."""
    c.run(shlex.join(program.command), env=program.env, pty=True, warn=True)


@task(help={"pool": "prefork, gevent, eventlet, threads or solo",
            "concurrency": "processes/threads/greenlets (default: brownbag.concurrency)",
            "queues": "queues to consume, comma-separated (default: the pool's own)",
            "broker_url": "a broker URL or name: what another machine needs to join",
            "result_backend": "where results go (default: the stack's Redis on this machine)"})
def worker(c, pool="prefork", concurrency=None, queues=None, broker_url=None,
           result_backend=None):
    """Run one worker in the foreground (Ctrl-C stops it)."""
    cfg = config(c)
    if pool not in settings.POOLS:
        fail(f"unknown pool {pool!r}: choose from {', '.join(settings.POOLS)}")
    try:
        url = settings.broker_url(broker_url or cfg["broker"], cfg)
    except ValueError as exc:
        fail(str(exc))
    env = foreground_env(cfg, url)
    if result_backend:
        env["CELERY_RESULT_BACKEND"] = result_backend
    program = programs.worker(pool, cfg, env, concurrency=concurrency, queues=queues)
    foreground(c, cfg, program)


@task
def beat(c):
    """Run celery beat in the foreground."""
    cfg = config(c)
    foreground(c, cfg, programs.beat(cfg, foreground_env(cfg)))


@task
def flower(c):
    """Run Flower in the foreground (basic auth with the stack's credentials)."""
    cfg = config(c)
    creds = credentials.load(settings.home(cfg))["flower"]
    console.print(f"Flower: http://{cfg['bind']}:{cfg['ports']['flower']}/ "
                  f"user {creds['user']} password {creds['password']}")
    foreground(c, cfg, programs.flower(cfg, foreground_env(cfg), {"flower": creds}))


@task(help={"show_passwords": "print the brokers' passwords too (for eval; hidden by default)"})
def env(c, show_passwords=False):
    """The environment a hand-started Celery process needs to join the stack, as shell lines.

    ``eval "$(invoke env --show-passwords)"``, then ``celery -A demo worker`` finds the broker
    the stack's workers use, its result backend and its home, on whatever ports it runs.
    """
    cfg = config(c)
    variables = settings.demo_env(cfg, shutdown.broker_url(cfg))
    # kombu's sanitiser rewrites a URL it parses (a slash added): only those with a user go in.
    shown = {name: maybe_sanitize_url(value) if "@" in value and not show_passwords else value
             for name, value in variables.items()}
    for name, value in shown.items():
        print(f"export {name}={shlex.quote(value)}")
    if shown != variables:
        print("# passwords hidden: invoke env --show-passwords prints them, for eval")
