"""Free TCP ports on 127.0.0.1, for the stacks and servers the tests start."""

from __future__ import annotations

import socket


def free_ports(count: int) -> list[int]:
    """Ports the kernel says are free now, all different (held open until all are chosen)."""
    socks = []
    try:
        for _ in range(count):
            sock = socket.socket()
            sock.bind(("127.0.0.1", 0))
            socks.append(sock)
        return [sock.getsockname()[1] for sock in socks]
    finally:
        for sock in socks:
            sock.close()
