"""Workers on other machines: network namespaces stand in for three hosts.

The broker (a real redis-server) runs in a "broker" namespace and listens only
on its ends of two veth links; workers run in namespaces hostA and hostB and
reach it over their link, each consuming its own queue. A client inside the
broker namespace sends the tasks and follows the events. Nothing here has an
address outside these namespaces (10.231.x.y exists only inside them).

Cutting hostA's link while it runs acks_late tasks: hostB's work goes on, and
hostA's unacked messages come back to its queue (Redis restores a delivery
nobody acked within ``visibility_timeout``) and run again once the link is up.
The workers here get a 10 s visibility_timeout, swept every second, instead of
the stack's hour: a test can't wait an hour, and no task here runs near 10 s
(a task longer than visibility_timeout would be delivered twice).
"""

from __future__ import annotations

import json
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from support.faults import record, wait_for
from support.netns import Lab, namespaces_allowed
from support.paths import ROOT

pytestmark = pytest.mark.faults

PORT = 16379  # inside the broker namespace: its own port space, nothing else listens there
VISIBILITY = 10

# A worker with the demo's one app and its transport options (demo.celeryconfig.transport_options),
# with every timeout shortened so the test takes seconds: socket timeouts and keepalive
# so a dead link is noticed, and a short visibility_timeout.
# TCP keepalive matters most: a worker blocked in BRPOP on a dead link has nothing
# in flight, so only keepalive probes tell it the link is gone. Without them it
# waits on the old connection and its unacked deliveries keep filling its prefetch.
WORKER = f"""
import socket, sys
from demo.celery import app
app.conf.broker_transport_options = {{
    **app.conf.broker_transport_options,
    "visibility_timeout": {VISIBILITY}, "unacked_restore_interval": 1,
    "unacked_restore_throttle": 1, "socket_timeout": 5, "socket_connect_timeout": 3,
    "socket_keepalive": True, "socket_keepalive_options": {{
        socket.TCP_KEEPIDLE: 1, socket.TCP_KEEPINTVL: 1, socket.TCP_KEEPCNT: 3}}}}
app.conf.redis_socket_timeout = 5
app.conf.redis_socket_connect_timeout = 3
app.worker_main(sys.argv[1:])
"""

# The client, in the broker namespace: sends tasks, reads states, follows events.
CLIENT = r"""
import json, sys, threading
from demo.celery import app
from demo.practices import charge_order

events = []
def follow():
    with app.connection_for_read() as conn:
        recv = app.events.Receiver(conn, handlers={"*": lambda e: events.append(
            {k: e.get(k) for k in ("type", "uuid", "hostname")})})
        recv.capture(limit=None, timeout=None, wakeup=True)
threading.Thread(target=follow, daemon=True).start()

for line in sys.stdin:
    cmd = json.loads(line)
    op = cmd["op"]
    if op == "send":
        reply = [charge_order.apply_async((cmd["tag"] * 100 + i,), {"seconds": cmd["seconds"]},
                                          queue=cmd["queue"]).id for i in range(cmd["n"])]
    elif op == "states":
        reply = {i: app.AsyncResult(i).state for i in cmd["ids"]}
    elif op == "results":
        reply = {i: app.AsyncResult(i).result for i in cmd["ids"]}
    elif op == "ping":
        reply = sorted(n for r in app.control.ping(timeout=1.0) for n in r)
    elif op == "events":
        reply = [e for e in list(events) if e["uuid"] in set(cmd["ids"])]
    elif op == "unacked":
        with app.connection_for_read() as conn:
            client = conn.default_channel.client
            reply = [json.loads(raw)[0]["headers"]["id"] for raw in client.hvals("unacked")]
    print(json.dumps(reply), flush=True)
"""


class Client:
    def __init__(self, lab: Lab, env: dict, log: Path):
        self.proc = lab.popen("broker", [sys.executable, "-c", CLIENT], env=env, cwd=ROOT,
                              text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=log.open("ab"))

    def ask(self, **cmd):
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        assert line, "the client in the broker namespace died (see its log)"
        return json.loads(line)


def all_in(states: dict, wanted: set[str]) -> bool:
    return bool(states) and set(states.values()) <= wanted


@pytest.mark.timeout(300)
def test_workers_on_two_hosts_and_a_cut_link():
    import os

    why = namespaces_allowed()
    if why:
        pytest.fail(f"network namespaces can't be created here ({why}); this test needs root "
                    "or CAP_NET_ADMIN and iproute2", pytrace=False)
    redis_server = shutil.which("redis-server") or "/usr/bin/redis-server"
    logs = Path(tempfile.mkdtemp(prefix="brownbag-multihost-"))
    lab = Lab(["hostA", "hostB"])
    try:
        password = secrets.token_urlsafe(16)
        lab.popen("broker", [redis_server, "--bind", *(lab.broker_address(h) for h in lab.hosts),
                             "127.0.0.1", "--port", str(PORT), "--save", "", "--appendonly", "no",
                             # a password, so Redis accepts clients that aren't on loopback
                             "--requirepass", password,
                             "--dir", str(logs)], log=logs / "redis.log")

        def env_for(broker_host: str) -> dict:
            url = f"redis://:{password}@{broker_host}:{PORT}"
            return {**os.environ, "CELERY_BROKER_URL": f"{url}/0",
                    "CELERY_RESULT_BACKEND": f"{url}/1", "PYTHONUNBUFFERED": "1"}

        for host in lab.hosts:  # each host knows the broker only by its link's address
            lab.popen(host, [sys.executable, "-c", WORKER, "worker", "-P", "threads", "-c", "2",
                             "-Q", host, "-n", f"{host}@%h", "-E", "--loglevel=INFO"],
                      env=env_for(lab.broker_address(host)), cwd=ROOT, log=logs / f"{host}.log")
        client = Client(lab, env_for("127.0.0.1"), logs / "client.log")
        nodes = wait_for(lambda: (lambda n: n if len(n) == 2 else None)(client.ask(op="ping")),
                         90, interval=1, what="both hosts' workers to answer ping")
        assert [n.split("@")[0] for n in nodes] == ["hostA", "hostB"]

        # both hosts work, and the events say who did what
        first = {h: client.ask(op="send", queue=h, n=4, seconds=0.1, tag=i)
                 for i, h in enumerate(lab.hosts, start=1)}
        ids = first["hostA"] + first["hostB"]
        wait_for(lambda: all_in(client.ask(op="states", ids=ids), {"SUCCESS"}), 60,
                 what="tasks on both hosts")
        wait_for(lambda: len([e for e in client.ask(op="events", ids=ids)
                              if e["type"] == "task-succeeded"]) >= len(ids), 20,
                 what="task-succeeded events")
        done_by = {e["uuid"]: e["hostname"].split("@")[0]
                   for e in client.ask(op="events", ids=ids) if e["type"] == "task-succeeded"}
        assert {done_by[i] for i in first["hostA"]} == {"hostA"}
        assert {done_by[i] for i in first["hostB"]} == {"hostB"}

        # hostA loses its link while running two acks_late tasks; hostB carries on
        on_a = client.ask(op="send", queue="hostA", n=2, seconds=4, tag=3)
        wait_for(lambda: all_in(client.ask(op="states", ids=on_a), {"STARTED"}), 30,
                 what="hostA's tasks to start")
        on_b = client.ask(op="send", queue="hostB", n=6, seconds=1, tag=4)
        lab.cut("hostA")
        cut_at = time.monotonic()
        wait_for(lambda: all_in(client.ask(op="states", ids=on_b), {"SUCCESS"}), 60,
                 what="hostB's tasks while hostA is cut off")
        b_done = time.monotonic() - cut_at
        assert set(client.ask(op="states", ids=on_a).values()) == {"STARTED"}  # nobody finished them

        # after visibility_timeout the broker side gives hostA's deliveries back to its queue
        wait_for(lambda: not set(on_a) & set(client.ask(op="unacked")), VISIBILITY + 30,
                 interval=1, what="hostA's unacked messages to be restored")
        lab.restore("hostA")
        restored_at = time.monotonic()
        wait_for(lambda: all_in(client.ask(op="states", ids=on_a), {"SUCCESS"}), 120,
                 interval=1, what="hostA's tasks to run again after the link came back")
        a_recovered = time.monotonic() - restored_at
        results = client.ask(op="results", ids=on_a)
        assert sorted(r["order_id"] for r in results.values()) == [300, 301]

        events = client.ask(op="events", ids=on_a)
        received = [e for e in events if e["type"] == "task-received"]
        # each cut task was delivered to hostA twice: before the cut, and redelivered after
        assert all(sum(e["uuid"] == i for e in received) >= 2 for i in on_a), received
        assert {e["hostname"].split("@")[0] for e in received} == {"hostA"}
        record("multi-host link cut (redis in a namespace, threads workers)",
               seconds_for_hostB_batch_while_A_cut=round(b_done, 2),
               seconds_down=round(restored_at - cut_at, 2),
               seconds_to_hostA_results_after_link_up=round(a_recovered, 2),
               deliveries_per_cut_task=[sum(e["uuid"] == i for e in received) for i in on_a],
               succeeded_events_per_cut_task=[
                   sum(e["uuid"] == i and e["type"] == "task-succeeded" for e in events)
                   for i in on_a])
    except BaseException:
        for log in sorted(logs.glob("*.log")):  # what each "host" said, for the failure report
            print(f"--- {log.name}\n" + "\n".join(log.read_text(errors="replace").splitlines()[-25:]))
        raise
    finally:
        lab.close()
        if os.environ.get("BROWNBAG_KEEP_TEST_HOME") != "1":  # keep the hosts' logs to debug
            shutil.rmtree(logs, ignore_errors=True)
