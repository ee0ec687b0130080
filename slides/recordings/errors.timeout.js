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
 "recorded": "2026-11-24T14:35:40+00:00",
 "broker": "redis://127.0.0.1:54423/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [
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
   "run_id": "08a5cc7102ae",
   "demo": "errors.timeout",
   "title": "Time limits: soft, then hard -- and which pools honour them",
   "params": {
    "seconds": 6.0
   },
   "broker": "redis://127.0.0.1:54423/0",
   "follow": "events",
   "command": "invoke demo errors.timeout",
   "timestamp": 1795530940.9428227
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "44bbc8a3-1134-40ae-a9f3-a6f40b209efb",
   "name": "demo.errors.slow",
   "hostname": "prefork@vm",
   "timestamp": 1795530944.0113645,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "44bbc8a3-1134-40ae-a9f3-a6f40b209efb",
   "parent_id": null,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "44bbc8a3-1134-40ae-a9f3-a6f40b209efb",
   "hostname": "prefork@vm",
   "timestamp": 1795530944.0143137,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "44bbc8a3-1134-40ae-a9f3-a6f40b209efb",
   "name": "demo.errors.slow",
   "hostname": "gen7196@vm",
   "timestamp": 1795530944.0171714,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "44bbc8a3-1134-40ae-a9f3-a6f40b209efb",
   "parent_id": null,
   "pid": 7196,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "2c954021-3e6a-47d2-a7ff-c85d407e4be9",
   "name": "demo.errors.slow",
   "hostname": "gevent@vm",
   "timestamp": 1795530944.0217583,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "2c954021-3e6a-47d2-a7ff-c85d407e4be9",
   "parent_id": null,
   "pid": 6810,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "2c954021-3e6a-47d2-a7ff-c85d407e4be9",
   "hostname": "gevent@vm",
   "timestamp": 1795530944.024498,
   "pid": 6810,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "2c954021-3e6a-47d2-a7ff-c85d407e4be9",
   "name": "demo.errors.slow",
   "hostname": "gen7196@vm",
   "timestamp": 1795530944.0347064,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "2c954021-3e6a-47d2-a7ff-c85d407e4be9",
   "parent_id": null,
   "pid": 7196,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "5bb67fc0-38d0-4b12-bb8d-8f072428f512",
   "name": "demo.errors.slow",
   "hostname": "threads@vm",
   "timestamp": 1795530944.0393388,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "5bb67fc0-38d0-4b12-bb8d-8f072428f512",
   "parent_id": null,
   "pid": 6813,
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "5bb67fc0-38d0-4b12-bb8d-8f072428f512",
   "hostname": "threads@vm",
   "timestamp": 1795530944.0396695,
   "pid": 6813,
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "5bb67fc0-38d0-4b12-bb8d-8f072428f512",
   "name": "demo.errors.slow",
   "hostname": "gen7196@vm",
   "timestamp": 1795530944.0439975,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "5bb67fc0-38d0-4b12-bb8d-8f072428f512",
   "parent_id": null,
   "pid": 7196,
   "queue": "threads",
   "routing_key": "threads",
   "pool": null
  },
  {
   "kind": "note",
   "text": "slow(6) on prefork, gevent, threads: soft limit 2 s, hard limit 4 s",
   "data": null,
   "timestamp": 1795530944.0510874
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "2c954021-3e6a-47d2-a7ff-c85d407e4be9",
   "hostname": "gevent@vm",
   "timestamp": 1795530948.0307329,
   "pid": 6810,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/concurrency/gevent.py\", line 35, in apply_timeout\n    return apply_target(target, args, kwargs, callback,\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/concurrency/base.py\", line 30, in apply_target\n    ret = target(*args, **kwargs)\n          ^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/concurrency/gevent.py\", line 158, in killable_target\n    return target(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/app/trace.py\", line 798, in fast_trace_task\n    R, I, T, Rstr = tasks[task].__trace__(\n                    ^^^^^^^^^^^^^^^^^^^^^^\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/demo/errors.py\", line 49, in slow\n    time.sleep(0.1)\n  File \"/tmp/venv/lib/python3.11/site-packages/gevent/hub.py\", line 166, in sleep\n    hub.wait(t)\n  File \"src/gevent/_hub_primitives.py\", line 46, in gevent._gevent_c_hub_primitives.WaitOperationsGreenlet.wait\n  File \"src/gevent/_hub_primitives.py\", line 55, in gevent._gevent_c_hub_primitives.WaitOperationsGreenlet.wait\n  File \"src/gevent/_waiter.py\", line 154, in gevent._gevent_c_waiter.Waiter.get\n  File \"src/gevent/_greenlet_primitives.py\", line 65, in gevent._gevent_c_greenlet_primitives.SwitchOutGreenletWithLoop.switch\n  File \"src/gevent/_gevent_c_greenlet_primitives.pxd\", line 35, in gevent._gevent_c_greenlet_primitives._greenlet_switch\ngevent.timeout.Timeout: 4 seconds\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/worker/request.py\", line 563, in on_timeout\n    raise exc\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "44bbc8a3-1134-40ae-a9f3-a6f40b209efb",
   "hostname": "prefork@vm",
   "timestamp": 1795530948.0189862,
   "pid": 6809,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/tmp/venv/lib/python3.11/site-packages/billiard/pool.py\", line 745, in on_hard_timeout\n    raise TimeLimitExceeded(job._timeout)\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "44bbc8a3-1134-40ae-a9f3-a6f40b209efb",
   "hostname": "prefork@vm",
   "timestamp": 1795530948.02175,
   "pid": 6809,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/worker/request.py\", line 563, in on_timeout\n    raise exc\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "5bb67fc0-38d0-4b12-bb8d-8f072428f512",
   "hostname": "threads@vm",
   "timestamp": 1795530950.0552197,
   "pid": 6813,
   "runtime": 6.014863720999983,
   "result": "{'slept': 6.0}",
   "pool": "threads"
  },
  {
   "kind": "summary",
   "run_id": "08a5cc7102ae",
   "demo": "errors.timeout",
   "status": "succeeded",
   "result": {
    "prefork": "TimeLimitExceeded: TimeLimitExceeded(4,)",
    "gevent": "TimeLimitExceeded: TimeLimitExceeded(4,)",
    "threads": "ran to the end (6 s): limits ignored"
   },
   "error": null,
   "tasks": [
    {
     "uuid": "44bbc8a3-1134-40ae-a9f3-a6f40b209efb",
     "state": "FAILED",
     "name": "demo.errors.slow",
     "hostname": "prefork@vm",
     "pool": "prefork",
     "pid": 6809,
     "at": 1795530948.02175,
     "event": "task-failed",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "2c954021-3e6a-47d2-a7ff-c85d407e4be9",
     "state": "FAILED",
     "name": "demo.errors.slow",
     "hostname": "gevent@vm",
     "pool": "gevent",
     "pid": 6810,
     "at": 1795530948.0307329,
     "event": "task-failed",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "5bb67fc0-38d0-4b12-bb8d-8f072428f512",
     "state": "SUCCEEDED",
     "name": "demo.errors.slow",
     "hostname": "threads@vm",
     "pool": "threads",
     "pid": 6813,
     "at": 1795530950.0552197,
     "event": "task-succeeded",
     "runtime": 6.014863720999983,
     "result": "{'slept': 6.0}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:54423/0",
   "started": 1795530940.9428227,
   "finished": 1795530950.0602489,
   "duration": 9.117,
   "timestamp": 1795530950.0602803
  }
 ]
};
