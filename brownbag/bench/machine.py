"""The machine's state around a benchmark run: before, during and after.

A benchmark on a shared machine measures its neighbours as much as itself. So
every run samples, once a second, the load average and the CPU that *other*
processes used: all the machine's busy CPU time (``psutil.cpu_times``, i.e.
/proc/stat) minus what this process and its children (the benchmark's own
workers and their pool processes) used. The broker servers the benchmark talks
to are not "others" either: their CPU is the workload's, reported apart.

    >>> with Monitor(services=[6379]) as state:
    ...     run_the_benchmark()
    >>> state.record()["during"]["others_cpu_mean"]     # in cores: 0.05 = 5 % of one core
    0.05

A full run is published to the slides only when the machine was quiet before
and during it (see :func:`busy`); ``--force`` publishes anyway, and the record
goes with the numbers either way.
"""

from __future__ import annotations

import os
import threading
import time
from urllib.parse import urlsplit

import psutil

# Other processes may use this share of the machine (all cores) before a run
# is called busy: 10 % of two cores is one core at 20 %, a browser tab idling.
QUIET_SHARE = 0.10
# Load average (1 min) above this share of the cores before a run: busy.
QUIET_LOAD_SHARE = 0.5


def quiet_share() -> float:
    """``BROWNBAG_BENCH_QUIET_SHARE`` overrides the threshold (tests force "busy" with -1)."""
    try:
        return float(os.environ.get("BROWNBAG_BENCH_QUIET_SHARE", QUIET_SHARE))
    except ValueError:
        return QUIET_SHARE


def service_ports(urls) -> list[int]:
    """The local ports of the servers a run talks to (broker, result backend)."""
    ports = []
    for url in urls:
        parts = urlsplit(url)
        if parts.hostname in ("127.0.0.1", "localhost", "::1") and parts.port:
            ports.append(parts.port)
    return ports


def _service_pids(ports) -> set[int]:
    """Pids listening on those ports, where the OS lets us see them (our own user's servers)."""
    if not ports:
        return set()
    try:
        conns = psutil.net_connections(kind="tcp")
    except (psutil.AccessDenied, OSError):
        return set()
    return {c.pid for c in conns if c.pid and c.status == psutil.CONN_LISTEN and c.laddr
            and c.laddr.port in ports}


def _busy_seconds() -> float:
    t = psutil.cpu_times()
    # guest time is already inside user time on Linux; iowait is idle.
    return sum(getattr(t, field, 0.0) for field in ("user", "nice", "system", "irq", "softirq", "steal"))


def _cpu_of(pids) -> float:
    """CPU seconds of these processes, with what the children they reaped used: a worker
    that forks a short-lived process per job (RQ's work-horse) keeps that work in the sum
    after the child is gone, where counting live processes alone would lose it (and count
    it as the neighbours')."""
    total = 0.0
    for pid in pids:
        try:
            times = psutil.Process(pid).cpu_times()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        total += times.user + times.system + times.children_user + times.children_system
    return total


class Monitor:
    """Samples the machine every ``interval`` s in a thread while the ``with`` block runs."""

    def __init__(self, services=(), interval: float = 1.0, before: float = 2.0):
        self.ports = service_ports(services)
        self.interval, self.before_window = interval, before
        self.cores = os.cpu_count() or 1
        self.me = psutil.Process()
        self.samples: list[dict] = []
        self.before: dict = {}
        self.after: dict = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last: tuple | None = None

    # --- sampling ---------------------------------------------------------------------
    def _ours(self) -> set[int]:
        pids = {self.me.pid}
        try:
            pids |= {child.pid for child in self.me.children(recursive=True)}
        except psutil.Error:
            pass
        return pids

    def _mark(self):
        services = _service_pids(self.ports)
        ours = self._ours() - services
        return time.monotonic(), _busy_seconds(), _cpu_of(ours), _cpu_of(services)

    def _sample(self) -> dict | None:
        now = self._mark()
        last, self._last = self._last, now
        if last is None:
            return None
        elapsed = now[0] - last[0]
        if elapsed <= 0:
            return None
        busy = now[1] - last[1]

        def delta(i):  # a process that ended moved into its parent's reaped-children time
            return max(0.0, now[i] - last[i])

        ours, services = delta(2), delta(3)
        return {"t": round(now[0], 2), "load_1m": round(os.getloadavg()[0], 2),
                "busy_cpu": round(busy / elapsed, 3), "ours_cpu": round(ours / elapsed, 3),
                "services_cpu": round(services / elapsed, 3),
                "others_cpu": round(max(0.0, busy - ours - services) / elapsed, 3)}

    def _window(self, seconds: float) -> dict:
        self._last = None
        self._sample()
        time.sleep(seconds)
        sample = self._sample() or {}
        return {"load_1m": round(os.getloadavg()[0], 2), "others_cpu": sample.get("others_cpu"),
                "services_cpu": sample.get("services_cpu"), "window_s": seconds}

    def _loop(self):
        self._last = None
        self._sample()
        while not self._stop.wait(self.interval):
            sample = self._sample()
            if sample:
                self.samples.append(sample)

    def __enter__(self) -> Monitor:
        self.before = self._window(self.before_window)
        self._thread = threading.Thread(target=self._loop, name="bench-monitor", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout=5)
        self.after = self._window(min(self.before_window / 2, 1.0))

    # --- the record -------------------------------------------------------------------
    def record(self) -> dict:
        during = {}
        if self.samples:
            others = [s["others_cpu"] for s in self.samples]
            during = {"samples": len(self.samples),
                      "load_1m_max": max(s["load_1m"] for s in self.samples),
                      "others_cpu_mean": round(sum(others) / len(others), 3),
                      "others_cpu_max": round(max(others), 3),
                      "ours_cpu_mean": round(sum(s["ours_cpu"] for s in self.samples) / len(self.samples), 3),
                      "services_cpu_mean": round(sum(s["services_cpu"] for s in self.samples) / len(self.samples), 3)}
        state = {"cores": self.cores, "before": self.before, "during": during, "after": self.after,
                 "quiet_share": quiet_share(),
                 "how": "others_cpu = all busy CPU (/proc/stat) minus this benchmark's processes and the "
                        "broker/backend servers it uses, in cores"}
        state["busy"] = busy(state)
        return state


def busy(state: dict) -> str | None:
    """Why the machine was too busy for a run to be published, or None when it was quiet."""
    cores = state.get("cores") or 1
    limit = quiet_share() * cores
    before, during = state.get("before") or {}, state.get("during") or {}
    reasons = []
    if before.get("others_cpu") is not None and before["others_cpu"] > limit:
        reasons.append(f"other processes used {before['others_cpu']:.2f} cores before the run")
    if before.get("load_1m") is not None and before["load_1m"] > QUIET_LOAD_SHARE * cores:
        reasons.append(f"load {before['load_1m']} on {cores} cores before the run")
    if during.get("others_cpu_mean") is not None and during["others_cpu_mean"] > limit:
        reasons.append(f"other processes used {during['others_cpu_mean']:.2f} cores on average during it")
    if reasons:
        return "; ".join(reasons) + f" (quiet means at most {limit:.2f} of {cores} cores)"
    return None


def check_quiet(services=(), seconds: float = 2.0) -> tuple[str | None, dict]:
    """A look at the machine before a publishing run: (why it is busy or None, what was seen)."""
    monitor = Monitor(services=services, before=seconds)
    seen = {"cores": monitor.cores, "before": monitor._window(seconds)}
    return busy(seen), seen


def caption(report: dict) -> str:
    """A chart's footnote: which run, when, where, and what the machine was doing."""
    m = report.get("machine", {})
    state = summary(report.get("machine_state"))
    return (f"{report['mode']} run, {m.get('date', '')[:16]} UTC, {m.get('host', '?')}, celery {m.get('celery', '?')}; "
            + (state or f"{m.get('cores', '?')} cores, load {m.get('load_avg_1m', '?')}"))


def summary(state: dict | None) -> str:
    """One line for a slide or a table caption: 'measured on 2 cores, load 0.4; others 3 % CPU'."""
    if not state:
        return ""
    before, during, after = state.get("before") or {}, state.get("during") or {}, state.get("after") or {}
    parts = [f"measured on {state.get('cores', '?')} cores",
             f"load {before.get('load_1m', '?')} before, {after.get('load_1m', '?')} after"]
    if during.get("others_cpu_mean") is not None:
        parts.append(f"other processes {during['others_cpu_mean']:.2f} cores during")
    parts.append("a busy machine" if state.get("busy") else "a quiet machine")
    return ", ".join(parts)


def wait_quiet(services=(), patience: float = 90.0, on_wait=None) -> tuple[str | None, dict]:
    """(why the machine is busy or None, the last look), waiting up to ``patience`` s when
    only the load average is high: it lags a previous run (ours, often) by a minute or so.
    Other processes busy right now are not waited for: that is a machine in use."""
    deadline = time.monotonic() + patience
    why, seen = check_quiet(services)
    told = False
    while why and _load_only(seen) and time.monotonic() < deadline:
        if on_wait and not told:
            on_wait(f"load average still high ({why}): waiting up to {patience:.0f} s for it to settle")
            told = True
        time.sleep(3)
        why, seen = check_quiet(services)
    return why, seen


def _load_only(seen: dict) -> bool:
    others = (seen.get("before") or {}).get("others_cpu")
    return others is not None and others <= quiet_share() * (seen.get("cores") or 1)
