"""Is something listening on a port, and could we bind it?

Whether it is the broker we think it is, is ``brownbag.probe``: it speaks the
real protocol, so "port open" and "our broker answers" are never confused: a web
server squatting on 6379 is not Redis.
"""

from __future__ import annotations

import errno
import socket


def port_open(host: str, port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def port_free(host: str, port: int) -> bool:
    """Could one of our servers bind it? False only when a program really holds it.

    The probe binds the way every server of the stack binds: with SO_REUSEADDR.
    Without it, the TIME-WAIT connections a stopped server leaves behind (for a
    minute after ``down``) make a free port look taken, while the server itself
    would bind fine. With it, Linux still refuses the bind while anything
    LISTENs on the port (on this address or on 0.0.0.0), or holds it bound
    without SO_REUSEADDR. The servers that rely on it: Redis, RabbitMQ (ranch
    and Erlang distribution), epmd, Flower (tornado), the live server
    (uvicorn/asyncio), the feeds (http.server) and supervisord;
    tests/test_cycles.py checks each one binds over a TIME-WAIT.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                return False
            raise
    return True
