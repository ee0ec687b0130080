/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["errors.timeout"] = {
 "id": "errors.timeout",
 "title": "Time limits: soft, then hard -- and which pools honour them",
 "scenario": {
  "id": "errors.timeout",
  "title": "Time limits: soft, then hard -- and which pools honour them",
  "slide": "Program for Celery / Timeouts",
  "description": "slow() has soft_time_limit=2, time_limit=4. On prefork the soft limit raises\n    inside the task, then the hard limit kills the process. The same task on the other\n    pools shows what they do with the limits.",
  "command": "invoke demo errors.timeout",
  "timeout": 60,
  "params": [
   {
    "name": "seconds",
    "type": "number",
    "default": 6.0,
    "min": 1,
    "max": 10,
    "choices": null,
    "limits": "between 1 and 10",
    "help": "how long slow() works"
   }
  ]
 },
 "recorded": "2026-11-26T15:19:52+00:00",
 "broker": "redis://127.0.0.1:26379/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [
  "eventlet",
  "gevent",
  "prefork",
  "threads"
 ],
 "host": "vm",
 "celery": "5.7.0",
 "python": "3.11.7",
 "params": {
  "seconds": 6.0
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "7bfb16a4a2ee",
   "demo": "errors.timeout",
   "title": "Time limits: soft, then hard -- and which pools honour them",
   "params": {
    "seconds": 6.0
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo errors.timeout",
   "timestamp": 1795706392.9345114
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "e90abe04-9197-4ac1-a327-52d687907d11",
   "name": "demo.errors.slow",
   "hostname": "gen11960@vm",
   "timestamp": 1795706392.9484127,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "e90abe04-9197-4ac1-a327-52d687907d11",
   "parent_id": null,
   "pid": 11960,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "e90abe04-9197-4ac1-a327-52d687907d11",
   "name": "demo.errors.slow",
   "hostname": "prefork@vm",
   "timestamp": 1795706392.9502933,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "e90abe04-9197-4ac1-a327-52d687907d11",
   "parent_id": null,
   "pid": 10808,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "768e58bf-82d6-483d-aac9-99b27bf9a5f2",
   "name": "demo.errors.slow",
   "hostname": "gen11960@vm",
   "timestamp": 1795706392.9525852,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "768e58bf-82d6-483d-aac9-99b27bf9a5f2",
   "parent_id": null,
   "pid": 11960,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "e90abe04-9197-4ac1-a327-52d687907d11",
   "hostname": "prefork@vm",
   "timestamp": 1795706392.9528067,
   "pid": 10808,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "768e58bf-82d6-483d-aac9-99b27bf9a5f2",
   "name": "demo.errors.slow",
   "hostname": "gevent@vm",
   "timestamp": 1795706392.956549,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "768e58bf-82d6-483d-aac9-99b27bf9a5f2",
   "parent_id": null,
   "pid": 10809,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "4c76251c-9a75-4bde-a84c-206769556d9a",
   "name": "demo.errors.slow",
   "hostname": "gen11960@vm",
   "timestamp": 1795706392.9588144,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "4c76251c-9a75-4bde-a84c-206769556d9a",
   "parent_id": null,
   "pid": 11960,
   "queue": "eventlet",
   "routing_key": "eventlet",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "768e58bf-82d6-483d-aac9-99b27bf9a5f2",
   "hostname": "gevent@vm",
   "timestamp": 1795706392.961405,
   "pid": 10809,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "4c76251c-9a75-4bde-a84c-206769556d9a",
   "name": "demo.errors.slow",
   "hostname": "eventlet@vm",
   "timestamp": 1795706392.9628425,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "4c76251c-9a75-4bde-a84c-206769556d9a",
   "parent_id": null,
   "pid": 10810,
   "pool": "eventlet"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "84416d6f-c8ab-4f2f-b87f-c08c6c6833e2",
   "name": "demo.errors.slow",
   "hostname": "gen11960@vm",
   "timestamp": 1795706392.9662154,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "84416d6f-c8ab-4f2f-b87f-c08c6c6833e2",
   "parent_id": null,
   "pid": 11960,
   "queue": "threads",
   "routing_key": "threads",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "4c76251c-9a75-4bde-a84c-206769556d9a",
   "hostname": "eventlet@vm",
   "timestamp": 1795706392.9659944,
   "pid": 10810,
   "pool": "eventlet"
  },
  {
   "kind": "note",
   "text": "slow(6) on prefork, gevent, eventlet, threads: soft limit 2 s, hard limit 4 s",
   "data": null,
   "timestamp": 1795706392.9675083
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "84416d6f-c8ab-4f2f-b87f-c08c6c6833e2",
   "name": "demo.errors.slow",
   "hostname": "threads@vm",
   "timestamp": 1795706392.9701421,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "84416d6f-c8ab-4f2f-b87f-c08c6c6833e2",
   "parent_id": null,
   "pid": 10811,
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "84416d6f-c8ab-4f2f-b87f-c08c6c6833e2",
   "hostname": "threads@vm",
   "timestamp": 1795706392.9708977,
   "pid": 10811,
   "pool": "threads"
  },
  {
   "kind": "note",
   "text": "worker-prefork: Soft time limit (2s) exceeded for demo.errors.slow[e90abe04-9197-4ac1-a327-52d687907d11]",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795706394.9822023
  },
  {
   "kind": "note",
   "text": "worker-prefork: demo.errors.slow[e90abe04-9197-4ac1-a327-52d687907d11]: soft time limit after 2.0 s: cleaning up",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795706394.9822226
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "768e58bf-82d6-483d-aac9-99b27bf9a5f2",
   "hostname": "gevent@vm",
   "timestamp": 1795706396.965849,
   "pid": 10809,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/concurrency/gevent.py\", line 35, in apply_timeout\n    return apply_target(target, args, kwargs, callback,\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/concurrency/base.py\", line 30, in apply_target\n    ret = target(*args, **kwargs)\n          ^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/concurrency/gevent.py\", line 158, in killable_target\n    return target(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 798, in fast_trace_task\n    R, I, T, Rstr = tasks[task].__trace__(\n                    ^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/demo/errors.py\", line 49, in slow\n    time.sleep(0.1)\n  File \"/work/main/.venv/lib/python3.11/site-packages/gevent/hub.py\", line 166, in sleep\n    hub.wait(t)\n  File \"src/gevent/_hub_primitives.py\", line 46, in gevent._gevent_c_hub_primitives.WaitOperationsGreenlet.wait\n  File \"src/gevent/_hub_primitives.py\", line 55, in gevent._gevent_c_hub_primitives.WaitOperationsGreenlet.wait\n  File \"src/gevent/_waiter.py\", line 154, in gevent._gevent_c_waiter.Waiter.get\n  File \"src/gevent/_greenlet_primitives.py\", line 65, in gevent._gevent_c_greenlet_primitives.SwitchOutGreenletWithLoop.switch\n  File \"src/gevent/_gevent_c_greenlet_primitives.pxd\", line 35, in gevent._gevent_c_greenlet_primitives._greenlet_switch\ngevent.timeout.Timeout: 4 seconds\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/worker/request.py\", line 563, in on_timeout\n    raise exc\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "gevent"
  },
  {
   "kind": "note",
   "text": "worker-gevent: Hard time limit (4s) exceeded for demo.errors.slow[768e58bf-82d6-483d-aac9-99b27bf9a5f2]",
   "data": {
    "log": "worker-gevent.log"
   },
   "timestamp": 1795706396.999105
  },
  {
   "kind": "note",
   "text": "worker-prefork: Hard time limit (4s) exceeded for demo.errors.slow[e90abe04-9197-4ac1-a327-52d687907d11]",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795706396.9991307
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "e90abe04-9197-4ac1-a327-52d687907d11",
   "hostname": "prefork@vm",
   "timestamp": 1795706396.9563313,
   "pid": 10808,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/billiard/pool.py\", line 745, in on_hard_timeout\n    raise TimeLimitExceeded(job._timeout)\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "e90abe04-9197-4ac1-a327-52d687907d11",
   "hostname": "prefork@vm",
   "timestamp": 1795706396.958869,
   "pid": 10808,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/worker/request.py\", line 563, in on_timeout\n    raise exc\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "84416d6f-c8ab-4f2f-b87f-c08c6c6833e2",
   "hostname": "threads@vm",
   "timestamp": 1795706398.9893234,
   "pid": 10811,
   "runtime": 6.018063224999992,
   "result": "{'slept': 6.0}",
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "4c76251c-9a75-4bde-a84c-206769556d9a",
   "hostname": "eventlet@vm",
   "timestamp": 1795706399.0065105,
   "pid": 10810,
   "runtime": 6.038786383999991,
   "result": "{'slept': 6.0}",
   "pool": "eventlet"
  },
  {
   "kind": "summary",
   "run_id": "7bfb16a4a2ee",
   "demo": "errors.timeout",
   "status": "succeeded",
   "result": {
    "prefork": "TimeLimitExceeded: TimeLimitExceeded(4,)",
    "gevent": "TimeLimitExceeded: TimeLimitExceeded(4,)",
    "eventlet": "ran to the end (6 s): limits ignored",
    "threads": "ran to the end (6 s): limits ignored"
   },
   "error": null,
   "tasks": [
    {
     "uuid": "e90abe04-9197-4ac1-a327-52d687907d11",
     "state": "FAILED",
     "name": "demo.errors.slow",
     "hostname": "prefork@vm",
     "at": 1795706396.958869,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "768e58bf-82d6-483d-aac9-99b27bf9a5f2",
     "state": "FAILED",
     "name": "demo.errors.slow",
     "hostname": "gevent@vm",
     "at": 1795706396.965849,
     "event": "task-failed",
     "pool": "gevent",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "4c76251c-9a75-4bde-a84c-206769556d9a",
     "state": "SUCCEEDED",
     "name": "demo.errors.slow",
     "hostname": "eventlet@vm",
     "at": 1795706399.0065105,
     "event": "task-succeeded",
     "pool": "eventlet",
     "runtime": 6.038786383999991,
     "result": "{'slept': 6.0}"
    },
    {
     "uuid": "84416d6f-c8ab-4f2f-b87f-c08c6c6833e2",
     "state": "SUCCEEDED",
     "name": "demo.errors.slow",
     "hostname": "threads@vm",
     "at": 1795706398.9893234,
     "event": "task-succeeded",
     "pool": "threads",
     "runtime": 6.018063224999992,
     "result": "{'slept': 6.0}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795706392.9345114,
   "finished": 1795706399.0174525,
   "duration": 6.083,
   "timestamp": 1795706399.0174825
  }
 ]
};
