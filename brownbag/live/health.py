"""Is everything a demo needs up right now? Each broker, the workers, beat, events.

Every check is real (a connection, a ping broadcast, the heartbeats the events
bridge hears) and bounded (about a second), and says *why* when something is
down, so the slide can name it.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from concurrent.futures import ThreadPoolExecutor

# kombu's sanitiser hides a URL's password; the live apps call both as health.redact and health.probe.
from kombu.utils.url import maybe_sanitize_url as redact

from brownbag import settings
from brownbag.metrics import prometheus as metrics_prometheus
from brownbag.metrics import query as metrics_query
from brownbag.probe import probe
from brownbag.scenarios import catalogue
from brownbag.scenarios._parts import PARTS, verdict
from brownbag.stack import state as stack_state
from brownbag.stack.progress import programs_report


def brokers(cfg: dict, current_url: str, timeout: float = 1.5) -> list[dict]:
    """The stack's brokers and the one this server's Celery app uses, probed in parallel."""
    wanted = {name: settings.broker_url(name, cfg) for name in cfg.get("brokers", [])}
    if current_url not in wanted.values():
        wanted["current"] = current_url
    wanted["results"] = settings.celery_result_backend()
    pool = ThreadPoolExecutor(max_workers=len(wanted))
    futures = {name: pool.submit(probe, url) for name, url in wanted.items()}
    out = []
    for name, url in wanted.items():
        try:
            ok, why = futures[name].result(timeout=timeout + 1)
        except Exception:
            ok, why = False, f"no answer within {timeout + 1:g} s"
        out.append({"name": name, "url": redact(url), "up": ok, "why": why,
                    "current": url == current_url})
    pool.shutdown(wait=False, cancel_futures=True)
    return out


# Celery workers send a heartbeat event every 2 s: three missed ones mean gone.
HEARD_WITHIN = 6.0


def workers(app, cfg: dict, bridge=None, timeout: float = 1.0) -> list[dict]:
    """Each pool's worker: is it alive, and did it just restart (seconds ago)?

    Alive means it answered a ping, or the events bridge heard its heartbeat in the
    last few seconds: on a saturated laptop one ping can miss its one-second window,
    and the deck must not switch every panel to recordings for that. A SIGKILLed
    worker still shows: supervisord's restart is a worker-online from a new pid.
    """
    try:
        replies = app.control.ping(timeout=timeout) or []
        error = None
    except Exception as exc:
        replies, error = [], f"{type(exc).__name__}: {exc}"
    answered = {name for reply in replies for name in reply}
    heard = bridge.heard_within(HEARD_WITHIN) if bridge is not None else {}
    pools = {node.split("@", 1)[0]: node for node in sorted(answered | set(heard))}

    def why(node):
        return ("answers ping" if node in answered else
                f"heartbeat {heard[node]:g} s ago (no ping reply within {timeout:g} s)")

    out = []
    for pool in cfg.get("pools", []):
        node = pools.pop(pool, None)
        out.append({"name": pool, "node": node, "up": node is not None,
                    "why": why(node) if node else
                    (error or f"no {pool} worker answered a ping within {timeout:g} s")})
    for pool, node in sorted(pools.items()):  # extra workers (engines, solo...)
        out.append({"name": pool, "node": node, "up": True, "why": why(node)})
    restarts = dict(bridge.restarted_at) if bridge is not None else {}
    for worker in out:
        at = restarts.get(worker["node"])
        worker["restarted_s_ago"] = round(time.time() - at, 1) if at else None
    return out


def expected_workers(cfg: dict) -> int | None:
    """How many workers the stack runs (its state file's worker programs); None, and so
    no limit, for a live server without a stack of its own (run by hand, in a test)."""
    if "home" not in cfg:
        return None
    kinds = [p.get("kind") for p in stack_state.read(cfg).get("programs", {}).values()]
    return kinds.count("worker") or None


def beat(cfg: dict, bridge) -> dict:
    if not cfg.get("beat", True):
        return {"up": False, "why": "not started (invoke up --no-beat)"}
    if bridge is None or not bridge.supported:
        return {"up": None, "why": "unknown: no events on this broker to see ticks"}
    interval = float(cfg.get("beat_interval", 10))
    last = bridge.last_tick
    if last is None:
        age = time.time() - bridge.started
        if age < 2 * interval + 5:
            return {"up": None, "why": f"no tick seen yet (listening for {age:.0f} s, "
                                       f"interval {interval:g} s)"}
        return {"up": False, "why": f"no tick in {age:.0f} s (interval {interval:g} s)"}
    age = time.time() - last
    up = age < 2 * interval + 5
    return {"up": up, "why": f"last tick {age:.0f} s ago (interval {interval:g} s)"}


class OutsideProbes:
    """Probes of brokers the stack does not run, one in flight per broker at most: a
    MongoDB client waits 30 s for an absent server, longer than a health check may take
    and than its interval, so a slow probe's answer serves the checks that follow."""

    def __init__(self, timeout: float = 1.5):
        self.timeout, self.pool = timeout, ThreadPoolExecutor(max_workers=4)
        self.running, self.last = {}, {}

    def start(self, name: str, url: str):
        if name not in self.running or self.running[name].done():
            self.running[name] = self.pool.submit(probe, url)
        return self.running[name]

    def result(self, name: str, future) -> tuple[bool, str]:
        try:
            self.last[name] = future.result(timeout=self.timeout)
        except Exception:
            if name not in self.last:
                return False, f"no answer within {self.timeout:g} s"
        return self.last[name]


_outside = OutsideProbes()


def parts(cfg: dict, broker_report: list[dict], worker_report: list[dict], extra: dict) -> dict:
    """Each part some demo needs or wants (scenarios/_parts.py): does it answer here?"""
    probed = {b["name"]: b for b in broker_report if b["name"] in PARTS}
    answering = {w["name"]: w for w in worker_report}
    out = {}
    for name in needed_parts():
        if PARTS[name].kind == "broker":
            found = probed.get(name)
            up, why = (found["up"], found["why"]) if found else extra[name]
            if not found and not up:
                why = f"not in this stack's brokers ({why})"
        elif PARTS[name].kind == "service":  # Prometheus: its own readiness endpoint
            up, why = metrics_query.ready(metrics_prometheus.url(cfg))
        elif PARTS[name].kind == "package":  # imported by the live server, which runs the demos
            up = installed(PARTS[name].module)
            why = "installed" if up else f"{PARTS[name].module} is not installed in {sys.prefix}"
        else:
            worker = answering.get(name)
            up = bool(worker and worker["up"])
            why = worker["why"] if worker else f"no {name} worker answers"
        out[name] = {"up": up, "why": why}
    return out


def installed(module: str) -> bool:
    """``module`` can be imported here (found, not imported: no side effect, a few ms)."""
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:  # a parent package is missing
        return False


def needed_parts() -> list[str]:
    return sorted({n for s in catalogue() for n in (*s.needs, *s.wants)})


def demo_verdicts(has: dict) -> dict:
    """Per demo lacking a part: what it lacks and the line its panel shows before Run."""
    return {s.id: v for s in catalogue() if (v := verdict(s.needs, s.wants, has))}


def program_of(part: str) -> str:
    """The supervisord program a part runs as: a broker by its name, a worker as worker-NAME."""
    return part if PARTS[part].kind in ("broker", "service") else f"worker-{part}"


# Seconds a RUNNING server may take to answer (RabbitMQ opens its port a few seconds late).
STARTING_GRACE = 30


def coming(has: dict, programs: list[dict]) -> dict:
    """Parts whose program the stack runs but which do not answer yet: {part: "starting"
    or "failed"}, with their ``why`` said so (a failed one by its log's last line)."""
    by_name = {p["name"]: p for p in programs}
    out = {}
    for name, part in has.items():
        program = by_name.get(program_of(name))
        # Running for a while and still not answering where we look is no start in progress
        # (another address, a server that hangs): the panel says what is missing instead.
        if part["up"] or program is None or (program["up"] and program.get("uptime", 0) > STARTING_GRACE):
            continue
        out[name] = "failed" if program["failed"] else "starting"
        part["why"] = (f"failed to start: {program['why']}" if program["failed"] else
                       f"starting ({program['why']})")
    return out


def settle_lines(verdicts: dict, pending: dict) -> None:
    """A panel whose missing parts are still starting says it waits, not that the stack
    lacks them; one whose part failed to start names it, with its log's last line."""
    for v in verdicts.values():
        late = [n for n in v["missing"] if n in pending]
        if not late:
            continue
        labels = " and ".join(PARTS[n].label for n in late)
        if all(pending[n] == "starting" for n in late):
            v["line"] = f"Waits for {labels}, starting now: this panel turns live when it answers."
        else:
            v["line"] = (f"Needs {labels}, which failed to start: "
                         f"{'; '.join(v['why'][n] for n in late)}.")
        v["starting"] = [n for n in late if pending[n] == "starting"]


def stack_report(cfg: dict, report: dict) -> dict:
    """The stack's programs as they come up (``invoke present`` opens the deck first), and
    whether everything that is coming has come: ``settled`` is what the deck waits for."""
    programs = programs_report(cfg)
    pending = coming(report["parts"], programs)
    report["demos"] = demo_verdicts(report["parts"])
    settle_lines(report["demos"], pending)
    failed = [p["name"] for p in programs if p["failed"]]
    # running but not answering yet counts as waiting: a worker before its first ping reply
    waiting = [p["name"] for p in programs if not p["up"] and not p["failed"]]
    waiting += [program_of(n) for n, state in pending.items() if state == "starting"]
    waiting += [f"worker-{w['name']}" for w in report["workers"] if not w["up"]]
    waiting = [n for n in dict.fromkeys(waiting) if n not in failed]
    return {"programs": programs, "waiting": waiting, "failed": failed,
            "settled": report["ok"] and not waiting}


def check(app, cfg: dict, bridge) -> dict:
    current = app.conf.broker_url
    # Brokers a demo needs that the stack does not run (RabbitMQ on a Redis-only stack):
    # probed beside the stack's own, so the panels know before Run.
    outside = [n for n in needed_parts() if PARTS[n].kind == "broker" and n not in cfg.get("brokers", [])]
    extra = {n: _outside.start(n, settings.broker_url(n, cfg)) for n in outside}
    report = {
        "brokers": brokers(cfg, current),
        "workers": workers(app, cfg, bridge),
        "beat": beat(cfg, bridge),
        "events": {"up": bool(bridge and bridge.connected.is_set()),
                   "why": (bridge.error if bridge and bridge.error else "receiving")
                   if bridge else "no events bridge"},
        "follow": "events" if bridge is None or bridge.supported else "results",
    }
    report["parts"] = parts(cfg, report["brokers"], report["workers"],
                            {n: _outside.result(n, future) for n, future in extra.items()})
    current_broker = next(b for b in report["brokers"] if b["current"])
    report["ok"] = current_broker["up"] and any(w["up"] for w in report["workers"])
    report["stack"] = stack_report(cfg, report)
    return report
