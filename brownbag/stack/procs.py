"""Processes as /proc sees them: alive (not a zombie) and whose child they are; and one
we started ourselves, stopped."""

from __future__ import annotations

import subprocess
from pathlib import Path


def terminate(process: subprocess.Popen, grace: float = 10.0) -> None:
    """SIGTERM (a server writes what it must and exits), SIGKILL after ``grace`` seconds."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


def stat(pid: int) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name (state, ppid, ...), or None."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


def alive(pid: int) -> bool:
    """Running, not a zombie (in a container, PID 1 may never reap what we leave)."""
    fields = stat(pid)
    return bool(fields) and fields[0] != "Z"


def parent_of(pid: int) -> int | None:
    fields = stat(pid)
    return int(fields[1]) if fields else None
