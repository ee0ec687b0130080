"""Does this broker answer now? One real connection through kombu, bounded in time.

The stack (is the broker it started up?), the live server's health, the
benchmarks and the demos that need one broker all ask it the same way: the
transport Celery would use opens a connection (Redis pings, RabbitMQ shakes
hands, MongoDB reports its version). The SQLAlchemy transport opens nothing
until a queue is used, so a SQLite broker answers whenever its disk does.
"""

from __future__ import annotations

from kombu import Connection


def probe(url: str, timeout: float = 1.0) -> tuple[bool, str]:
    """``(True, "answers")``, or ``(False, why)`` with why on one line.

    >>> probe("redis://127.0.0.1:1/0")
    (False, 'ConnectionRefusedError: [Errno 111] Connection refused')
    """
    try:
        with Connection(_bounded(url, timeout), connect_timeout=timeout) as conn:
            conn.transport_options.update(_timeouts(conn.transport.driver_type, timeout))
            # One attempt (kombu would sleep 2 s before a second): the question is "now".
            # The transport's own error, not kombu's OperationalError wrapped around it.
            conn.ensure_connection(max_retries=0, timeout=timeout, reraise_as_library_errors=False)
    except Exception as exc:  # each transport raises its own errors: all mean "not now"
        return False, _one_line(exc)
    return True, "answers"


def _timeouts(driver: str, timeout: float) -> dict:
    """Where each transport takes its time limit (kombu hands these to the client library)."""
    if driver == "redis":
        return {"socket_connect_timeout": timeout, "socket_timeout": timeout}
    if driver == "mongodb":
        return {"connect_timeout": timeout}
    return {}  # amqp: the Connection's connect_timeout; SQLAlchemy: create_engine() rejects extras


def _bounded(url: str, timeout: float) -> str:
    """pymongo waits 30 s to select a server that refuses; its limit is a URL option."""
    if not url.startswith("mongodb") or "serverselectiontimeoutms" in url.lower():
        return url
    return f"{url}{'&' if '?' in url else '?'}serverSelectionTimeoutMS={int(timeout * 1000)}"


def _one_line(exc: Exception) -> str:
    text = (str(exc).strip().splitlines() or ["no message"])[0]
    # pymongo appends its settings and topology to every error: the first clause says why.
    text = text.split(" (configured timeouts")[0].split(", Timeout: ")[0]
    return f"{type(exc).__name__}: {text}"[:200]
