"""Pretend machines: Linux network namespaces linked to a "broker" namespace by veth pairs.

    lab = Lab(["hostA", "hostB"])      # namespaces broker, hostA, hostB
    lab.address("hostA")               # '10.231.1.2'; the broker is 10.231.1.1 on that link
    proc = lab.popen("hostA", [sys.executable, "-m", "celery", ...], env=...)
    lab.cut("hostA"); lab.restore("hostA")
    lab.close()                        # stops our processes by pid, deletes the namespaces

Each host gets its own /24 (10.231.N.0) on its own veth pair; the addresses
exist only inside these namespaces, so no packet can leave them. Needs root
(or CAP_NET_ADMIN) and the ``ip`` tool.
"""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path


class LabError(RuntimeError):
    pass


def ip(*args: str) -> None:
    result = subprocess.run(["ip", *args], capture_output=True, text=True, timeout=30)
    if result.returncode:
        raise LabError(f"ip {' '.join(args)}: {result.stderr.strip() or result.returncode}")


class Lab:
    SUBNET = "10.231"

    def __init__(self, hosts: list[str]):
        # pid in the names: two test runs never share a namespace or an interface
        self.tag = f"bb{os.getpid() % 100000}"
        self.hosts = list(hosts)
        self.namespaces: list[str] = []
        self.procs: list[subprocess.Popen] = []
        try:
            self.broker_ns = self._add_namespace("broker")
            for index, host in enumerate(self.hosts, start=1):
                ns = self._add_namespace(host)
                broker_end, host_end = self.veth(host, "b"), self.veth(host, "h")
                ip("link", "add", broker_end, "type", "veth", "peer", "name", host_end)
                ip("link", "set", broker_end, "netns", self.broker_ns)
                ip("link", "set", host_end, "netns", ns)
                ip("-n", self.broker_ns, "addr", "add", f"{self.SUBNET}.{index}.1/24", "dev", broker_end)
                ip("-n", ns, "addr", "add", f"{self.SUBNET}.{index}.2/24", "dev", host_end)
                ip("-n", self.broker_ns, "link", "set", broker_end, "up")
                ip("-n", ns, "link", "set", host_end, "up")
        except BaseException:
            self.close()
            raise

    def _add_namespace(self, role: str) -> str:
        name = f"{self.tag}-{role}"
        ip("netns", "add", name)
        self.namespaces.append(name)
        ip("-n", name, "link", "set", "lo", "up")
        return name

    def ns(self, host: str) -> str:
        return self.broker_ns if host == "broker" else f"{self.tag}-{host}"

    def veth(self, host: str, end: str) -> str:
        return f"{self.tag}{end}{self.hosts.index(host) + 1}"[:15]  # IFNAMSIZ

    def broker_address(self, host: str) -> str:
        """The broker as ``host`` reaches it: its end of that host's link."""
        return f"{self.SUBNET}.{self.hosts.index(host) + 1}.1"

    def address(self, host: str) -> str:
        return f"{self.SUBNET}.{self.hosts.index(host) + 1}.2"

    def popen(self, host: str, argv: list[str], log: Path | None = None, **kwargs) -> subprocess.Popen:
        """Run ``argv`` inside ``host``'s namespace (``ip netns exec`` execs it: same pid)."""
        if log is not None:
            kwargs.setdefault("stdout", log.open("ab"))
            kwargs.setdefault("stderr", subprocess.STDOUT)
        proc = subprocess.Popen(["ip", "netns", "exec", self.ns(host), *argv], **kwargs)
        self.procs.append(proc)
        return proc

    def cut(self, host: str) -> None:
        """Pull the cable: the host's end of its link goes down, its TCP connections hang."""
        ip("-n", self.ns(host), "link", "set", self.veth(host, "h"), "down")

    def restore(self, host: str) -> None:
        ip("-n", self.ns(host), "link", "set", self.veth(host, "h"), "up")

    def stop(self, proc: subprocess.Popen, grace: float = 10) -> None:
        if proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)

    def close(self) -> None:
        """Stop every process we started here (by pid), then delete every namespace."""
        errors = []
        for proc in reversed(self.procs):
            try:
                self.stop(proc)
            except Exception as exc:  # keep cleaning up; report at the end
                errors.append(f"pid {proc.pid}: {exc}")
        for name in reversed(self.namespaces):
            try:
                ip("netns", "del", name)  # takes its veth ends with it
            except LabError as exc:
                errors.append(str(exc))
        self.namespaces.clear()
        if errors:
            raise LabError("cleanup: " + "; ".join(errors))


def namespaces_allowed() -> str | None:
    """None when we may create namespaces here, else why not (one line)."""
    name = f"bbprobe{os.getpid() % 100000}"
    try:
        ip("netns", "add", name)
    except (LabError, OSError) as exc:
        return str(exc)
    ip("netns", "del", name)
    return None
