"""brownbag.probe: one real connection says whether a broker answers, and why not in one line."""

from __future__ import annotations

import socket
import subprocess
import threading
import time

import pytest
from kombu.utils.url import maybe_sanitize_url

from brownbag.probe import probe
from brownbag.stack import brokers

from support.faults import wait_for
from support.ports import free_ports
from support.skips import need


@pytest.mark.parametrize("url", ["redis://127.0.0.1:{port}/0", "amqp://guest:guest@127.0.0.1:{port}//",
                                 "mongodb://127.0.0.1:{port}/brownbag"])
def test_nothing_listening_is_down_at_once_with_one_line(url):
    """MongoDB's client would wait 30 s for a server that refuses; the probe bounds it."""
    started = time.monotonic()
    up, why = probe(url.format(port=free_ports(1)[0]), timeout=1.0)
    assert not up and "\n" not in why and "refused" in why.lower(), why
    assert time.monotonic() - started < 2.5


def test_a_port_that_speaks_something_else_is_not_a_broker():
    """Port open is not "Redis answers": a server that says HTTP on the port fails the probe."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()

        def answer_http():
            conn, _ = server.accept()
            with conn:
                conn.recv(1024)
                conn.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n")

        threading.Thread(target=answer_http, daemon=True).start()
        up, why = probe(f"redis://127.0.0.1:{server.getsockname()[1]}/0")
    assert not up and why, why


def test_a_real_redis_answers():
    binary = brokers.local_binary("redis") or brokers.embedded_redis()
    if not binary:
        need("redis", "no redis-server binary here")
    port = free_ports(1)[0]
    server = subprocess.Popen([binary, "--bind", "127.0.0.1", "--port", str(port), "--save", ""],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"redis://127.0.0.1:{port}/0"
        wait_for(lambda: probe(url)[0], 10, what="redis-server to answer")
        assert probe(url) == (True, "answers")
    finally:
        server.kill()
        server.wait(10)


def test_a_sqlite_broker_answers_without_a_server(tmp_path):
    assert probe(f"sqla+sqlite:///{tmp_path / 'broker.sqlite'}") == (True, "answers")


@pytest.mark.parametrize("url", ["amqp://brownbag:s3cr%40t@127.0.0.1:5672//", "redis://:s3cr%40t@127.0.0.1:6379/0",
                                 "mongodb://root:s3cr%40t@127.0.0.1:27017/brownbag?authSource=admin",
                                 "sqla+postgresql://bb:s3cr%40t@db.local/broker"])
def test_kombus_sanitiser_hides_every_password(url):
    """What a slide, a recording or a benchmark shows of a broker URL (kombu's sanitiser)."""
    shown = maybe_sanitize_url(url)
    assert "s3cr" not in shown and ":**@" in shown and shown.split("://")[0] == url.split("://")[0]
