"""supervisord runs every long-lived process; we write its config and talk XML-RPC.

One supervisord per checkout (its ``identifier`` is the stack's home), listening
on 127.0.0.1 with generated credentials. ``apply()`` is ``supervisorctl
update``: programs whose config changed are replaced, the rest keep running.
"""

from __future__ import annotations

import subprocess
import sys
import time
import xmlrpc.client

from .. import settings
from .errors import StackError
from .procs import alive
from .programs import Program


class Supervisor:
    def __init__(self, cfg: dict, creds: dict):
        self.cfg = cfg
        self.home = settings.home(cfg)
        self.conf = self.home / "supervisord.conf"
        self.logs = self.home / "logs"
        self.port = cfg["ports"]["supervisor"]
        self.identifier = f"brownbag:{self.home}"
        user, password = creds["supervisor"]["user"], creds["supervisor"]["password"]
        self.url = f"http://{cfg['bind']}:{self.port}"
        self._auth_url = f"http://{user}:{password}@{cfg['bind']}:{self.port}/RPC2"
        self._user, self._password = user, password

    @property
    def rpc(self):
        return xmlrpc.client.ServerProxy(self._auth_url).supervisor

    # -- is it ours? ----------------------------------------------------------

    def state(self) -> str:
        """'ours', 'down', or raise when another process holds the port."""
        try:
            identity = self.rpc.getIdentification()
        except ConnectionRefusedError:
            return "down"
        except xmlrpc.client.ProtocolError as exc:
            if exc.errcode == 401:
                raise StackError(
                    f"a supervisord from another checkout already listens on "
                    f"{self.url}: run `invoke down` there, or move this one with "
                    f"INVOKE_BROWNBAG_PORTS_SUPERVISOR=<port>") from None
            raise StackError(f"port {self.port} is taken by something that isn't our "
                             f"supervisord (HTTP {exc.errcode})") from None
        except (OSError, xmlrpc.client.Fault, xmlrpc.client.ResponseError) as exc:
            raise StackError(f"port {self.port} is taken by something that isn't our "
                             f"supervisord ({exc.__class__.__name__})") from None
        if identity != self.identifier:
            other = identity.removeprefix("brownbag:")
            raise StackError(f"a supervisord for {other} already listens on {self.url}: run "
                             f"`invoke down` there, or move this one with "
                             f"INVOKE_BROWNBAG_PORTS_SUPERVISOR=<port>")
        return "ours"

    # -- config ---------------------------------------------------------------

    def write(self, programs: list[Program]) -> None:
        self.logs.mkdir(parents=True, exist_ok=True)
        head = f"""\
[supervisord]
identifier={self.identifier}
logfile={self.logs / 'supervisord.log'}
pidfile={self.home / 'supervisord.pid'}
childlogdir={self.logs}
directory={settings.ROOT}
loglevel=info

[inet_http_server]
port={self.cfg['bind']}:{self.port}
username={self._user}
password={self._password}

[supervisorctl]
serverurl={self.url}
username={self._user}
password={self._password}

[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

"""
        body = "\n".join(p.section(settings.ROOT, self.logs) for p in programs)
        self.conf.write_text(head + body)
        self.conf.chmod(0o600)  # it holds credentials

    # -- lifecycle ------------------------------------------------------------

    def start(self, timeout: float = 15) -> None:
        """Start supervisord (it daemonizes) and wait until it answers."""
        result = subprocess.run([sys.executable, "-m", "supervisor.supervisord", "-c", str(self.conf)],
                                capture_output=True, text=True, timeout=timeout)
        if result.returncode:
            raise StackError(f"supervisord did not start: {(result.stderr or result.stdout).strip()}")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if self.rpc.getState()["statename"] == "RUNNING":
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise StackError(f"supervisord did not answer on {self.url} within {timeout:.0f} s; "
                         f"see {self.logs / 'supervisord.log'}")

    def apply(self) -> None:
        """Re-read the config file: add new programs, replace changed ones, drop removed ones."""
        [[added, changed, removed]] = self.rpc.reloadConfig()
        for name in removed + changed:
            self.rpc.stopProcessGroup(name)
            self.rpc.removeProcessGroup(name)
        for name in changed + added:
            self.rpc.addProcessGroup(name)

    def processes(self) -> dict[str, dict]:
        return {info["name"]: info for info in self.rpc.getAllProcessInfo()}

    def start_program(self, name: str) -> None:
        try:
            self.rpc.startProcess(name, False)
        except xmlrpc.client.Fault as fault:
            if "ALREADY_STARTED" not in fault.faultString:
                raise StackError(f"supervisord could not start {name}: {fault.faultString}") from None

    def stop_program(self, name: str) -> None:
        try:
            self.rpc.stopProcess(name, True)
        except xmlrpc.client.Fault as fault:
            if "NOT_RUNNING" not in fault.faultString:
                raise

    def shutdown(self, timeout: float = 60) -> None:
        """Stop every program, then supervisord itself, and wait until its port is closed."""
        pid = self.rpc.getPID()
        self.rpc.stopAllProcesses(True)
        self.rpc.shutdown()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and alive(pid):
            time.sleep(0.1)


    def log_tail(self, name: str, lines: int = 5) -> str:
        path = self.logs / f"{name}.log"
        if not path.exists():
            return ""
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
