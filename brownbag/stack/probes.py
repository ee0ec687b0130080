"""Is something listening, and is it what we think it is?

Each ``*_answers`` probe speaks the real protocol, so "port open" and "our
broker answers" are never confused: a web server squatting on 6379 is not Redis.
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


def redis_answers(url: str, timeout: float = 1.0) -> bool:
    import redis

    try:
        client = redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)
        try:
            return client.ping() is True
        finally:
            client.close()
    except (redis.RedisError, OSError):
        return False


def amqp_answers(url: str, timeout: float = 2.0) -> bool:
    from kombu import Connection

    try:
        with Connection(url, connect_timeout=timeout) as conn:
            conn.ensure_connection(max_retries=1, timeout=timeout)
            return conn.connected
    except Exception:  # kombu raises whatever the transport raised; all mean "no"
        return False


def mongo_answers(url: str, timeout: float = 1.0) -> bool:
    import pymongo
    from pymongo.errors import PyMongoError

    try:
        client = pymongo.MongoClient(url, serverSelectionTimeoutMS=int(timeout * 1000))
        try:
            return bool(client.admin.command("ping").get("ok"))
        finally:
            client.close()
    except PyMongoError:
        return False


def broker_answers(name: str, url: str) -> bool:
    if name == "sqlite":
        return True  # a file: it answers whenever the disk does
    return {"redis": redis_answers, "rabbitmq": amqp_answers, "mongo": mongo_answers}[name](url)
