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
 "recorded": "2026-11-26T16:27:34+00:00",
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
   "run_id": "9634247bd378",
   "demo": "errors.timeout",
   "title": "Time limits: soft, then hard -- and which pools honour them",
   "params": {
    "seconds": 6.0
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo errors.timeout",
   "timestamp": 1795710454.591608
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "db31f993-27d1-4f25-920f-a140221e1d4a",
   "name": "demo.errors.slow",
   "hostname": "gen20424@vm",
   "timestamp": 1795710454.6161544,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "db31f993-27d1-4f25-920f-a140221e1d4a",
   "parent_id": null,
   "pid": 20424,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "db31f993-27d1-4f25-920f-a140221e1d4a",
   "name": "demo.errors.slow",
   "hostname": "prefork@vm",
   "timestamp": 1795710454.6186998,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "db31f993-27d1-4f25-920f-a140221e1d4a",
   "parent_id": null,
   "pid": 2724,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "db31f993-27d1-4f25-920f-a140221e1d4a",
   "hostname": "prefork@vm",
   "timestamp": 1795710454.6217904,
   "pid": 2724,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "6b73168e-1bb7-4e89-ac3c-73e3687b46ac",
   "name": "demo.errors.slow",
   "hostname": "gevent@vm",
   "timestamp": 1795710454.6241674,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "6b73168e-1bb7-4e89-ac3c-73e3687b46ac",
   "parent_id": null,
   "pid": 20307,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "6b73168e-1bb7-4e89-ac3c-73e3687b46ac",
   "name": "demo.errors.slow",
   "hostname": "gen20424@vm",
   "timestamp": 1795710454.625459,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "6b73168e-1bb7-4e89-ac3c-73e3687b46ac",
   "parent_id": null,
   "pid": 20424,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "6b73168e-1bb7-4e89-ac3c-73e3687b46ac",
   "hostname": "gevent@vm",
   "timestamp": 1795710454.6265895,
   "pid": 20307,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "794a3653-391e-472d-aee3-3cff4ada5f58",
   "name": "demo.errors.slow",
   "hostname": "gen20424@vm",
   "timestamp": 1795710454.6290452,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "794a3653-391e-472d-aee3-3cff4ada5f58",
   "parent_id": null,
   "pid": 20424,
   "queue": "eventlet",
   "routing_key": "eventlet",
   "pool": null
  },
  {
   "kind": "note",
   "text": "slow(6) on prefork, gevent, eventlet, threads: soft limit 2 s, hard limit 4 s",
   "data": null,
   "timestamp": 1795710454.6334944
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "9f2b3393-2eb4-47ae-9e9b-7382c2c5e772",
   "name": "demo.errors.slow",
   "hostname": "gen20424@vm",
   "timestamp": 1795710454.6329708,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "9f2b3393-2eb4-47ae-9e9b-7382c2c5e772",
   "parent_id": null,
   "pid": 20424,
   "queue": "threads",
   "routing_key": "threads",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "794a3653-391e-472d-aee3-3cff4ada5f58",
   "name": "demo.errors.slow",
   "hostname": "eventlet@vm",
   "timestamp": 1795710454.6330965,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "794a3653-391e-472d-aee3-3cff4ada5f58",
   "parent_id": null,
   "pid": 20308,
   "pool": "eventlet"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "794a3653-391e-472d-aee3-3cff4ada5f58",
   "hostname": "eventlet@vm",
   "timestamp": 1795710454.63756,
   "pid": 20308,
   "pool": "eventlet"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "9f2b3393-2eb4-47ae-9e9b-7382c2c5e772",
   "name": "demo.errors.slow",
   "hostname": "threads@vm",
   "timestamp": 1795710454.635409,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "9f2b3393-2eb4-47ae-9e9b-7382c2c5e772",
   "parent_id": null,
   "pid": 20309,
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "9f2b3393-2eb4-47ae-9e9b-7382c2c5e772",
   "hostname": "threads@vm",
   "timestamp": 1795710454.6370087,
   "pid": 20309,
   "pool": "threads"
  },
  {
   "kind": "note",
   "text": "worker-prefork: Soft time limit (2s) exceeded for demo.errors.slow[db31f993-27d1-4f25-920f-a140221e1d4a]",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795710456.650368
  },
  {
   "kind": "note",
   "text": "worker-prefork: demo.errors.slow[db31f993-27d1-4f25-920f-a140221e1d4a]: soft time limit after 2.0 s: cleaning up",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795710456.650388
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "6b73168e-1bb7-4e89-ac3c-73e3687b46ac",
   "hostname": "gevent@vm",
   "timestamp": 1795710458.6318698,
   "pid": 20307,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/concurrency/gevent.py\", line 35, in apply_timeout\n    return apply_target(target, args, kwargs, callback,\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/concurrency/base.py\", line 30, in apply_target\n    ret = target(*args, **kwargs)\n          ^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/concurrency/gevent.py\", line 158, in killable_target\n    return target(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 798, in fast_trace_task\n    R, I, T, Rstr = tasks[task].__trace__(\n                    ^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/demo/errors.py\", line 49, in slow\n    time.sleep(0.1)\n  File \"/work/main/.venv/lib/python3.11/site-packages/gevent/hub.py\", line 166, in sleep\n    hub.wait(t)\n  File \"src/gevent/_hub_primitives.py\", line 46, in gevent._gevent_c_hub_primitives.WaitOperationsGreenlet.wait\n  File \"src/gevent/_hub_primitives.py\", line 55, in gevent._gevent_c_hub_primitives.WaitOperationsGreenlet.wait\n  File \"src/gevent/_waiter.py\", line 154, in gevent._gevent_c_waiter.Waiter.get\n  File \"src/gevent/_greenlet_primitives.py\", line 65, in gevent._gevent_c_greenlet_primitives.SwitchOutGreenletWithLoop.switch\n  File \"src/gevent/_gevent_c_greenlet_primitives.pxd\", line 35, in gevent._gevent_c_greenlet_primitives._greenlet_switch\ngevent.timeout.Timeout: 4 seconds\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/worker/request.py\", line 563, in on_timeout\n    raise exc\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "gevent"
  },
  {
   "kind": "note",
   "text": "worker-gevent: Hard time limit (4s) exceeded for demo.errors.slow[6b73168e-1bb7-4e89-ac3c-73e3687b46ac]",
   "data": {
    "log": "worker-gevent.log"
   },
   "timestamp": 1795710458.665587
  },
  {
   "kind": "note",
   "text": "worker-prefork: Hard time limit (4s) exceeded for demo.errors.slow[db31f993-27d1-4f25-920f-a140221e1d4a]",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795710458.6656141
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "db31f993-27d1-4f25-920f-a140221e1d4a",
   "hostname": "prefork@vm",
   "timestamp": 1795710458.6256454,
   "pid": 2724,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/billiard/pool.py\", line 745, in on_hard_timeout\n    raise TimeLimitExceeded(job._timeout)\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "db31f993-27d1-4f25-920f-a140221e1d4a",
   "hostname": "prefork@vm",
   "timestamp": 1795710458.6285517,
   "pid": 2724,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/worker/request.py\", line 563, in on_timeout\n    raise exc\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "9f2b3393-2eb4-47ae-9e9b-7382c2c5e772",
   "hostname": "threads@vm",
   "timestamp": 1795710460.658132,
   "pid": 20309,
   "runtime": 6.020739145999869,
   "result": "{'slept': 6.0}",
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "794a3653-391e-472d-aee3-3cff4ada5f58",
   "hostname": "eventlet@vm",
   "timestamp": 1795710460.6840968,
   "pid": 20308,
   "runtime": 6.042777806000231,
   "result": "{'slept': 6.0}",
   "pool": "eventlet"
  },
  {
   "kind": "summary",
   "run_id": "9634247bd378",
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
     "uuid": "db31f993-27d1-4f25-920f-a140221e1d4a",
     "state": "FAILED",
     "name": "demo.errors.slow",
     "hostname": "prefork@vm",
     "at": 1795710458.6285517,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "6b73168e-1bb7-4e89-ac3c-73e3687b46ac",
     "state": "FAILED",
     "name": "demo.errors.slow",
     "hostname": "gevent@vm",
     "pool": "gevent",
     "at": 1795710458.6318698,
     "event": "task-failed",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "794a3653-391e-472d-aee3-3cff4ada5f58",
     "state": "SUCCEEDED",
     "name": "demo.errors.slow",
     "hostname": "eventlet@vm",
     "at": 1795710460.6840968,
     "event": "task-succeeded",
     "pool": "eventlet",
     "runtime": 6.042777806000231,
     "result": "{'slept': 6.0}"
    },
    {
     "uuid": "9f2b3393-2eb4-47ae-9e9b-7382c2c5e772",
     "state": "SUCCEEDED",
     "name": "demo.errors.slow",
     "hostname": "threads@vm",
     "at": 1795710460.658132,
     "event": "task-succeeded",
     "pool": "threads",
     "runtime": 6.020739145999869,
     "result": "{'slept': 6.0}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795710454.591608,
   "finished": 1795710460.8837569,
   "duration": 6.292,
   "timestamp": 1795710460.8837907
  }
 ]
};
