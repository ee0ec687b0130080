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
 "recorded": "2026-11-24T14:57:14+00:00",
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
   "run_id": "e37cc593d102",
   "demo": "errors.timeout",
   "title": "Time limits: soft, then hard -- and which pools honour them",
   "params": {
    "seconds": 6.0
   },
   "broker": "redis://127.0.0.1:54423/0",
   "follow": "events",
   "command": "invoke demo errors.timeout",
   "timestamp": 1795532234.7969844
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "1d43fe77-6f7f-4276-84a7-f3fbd2a0d5e5",
   "name": "demo.errors.slow",
   "hostname": "gen26244@vm",
   "timestamp": 1795532234.814754,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "1d43fe77-6f7f-4276-84a7-f3fbd2a0d5e5",
   "parent_id": null,
   "pid": 26244,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "1d43fe77-6f7f-4276-84a7-f3fbd2a0d5e5",
   "name": "demo.errors.slow",
   "hostname": "prefork@vm",
   "timestamp": 1795532234.8196294,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "1d43fe77-6f7f-4276-84a7-f3fbd2a0d5e5",
   "parent_id": null,
   "pid": 22144,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "05fee64e-61fb-44c2-bde0-06cc84476bd1",
   "name": "demo.errors.slow",
   "hostname": "gen26244@vm",
   "timestamp": 1795532234.8214066,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "05fee64e-61fb-44c2-bde0-06cc84476bd1",
   "parent_id": null,
   "pid": 26244,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "note",
   "text": "slow(6) on prefork, gevent, threads: soft limit 2 s, hard limit 4 s",
   "data": null,
   "timestamp": 1795532234.8312044
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "d557b0b8-e545-4a01-abd9-cd6a8ef2b82f",
   "name": "demo.errors.slow",
   "hostname": "gen26244@vm",
   "timestamp": 1795532234.8273826,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d557b0b8-e545-4a01-abd9-cd6a8ef2b82f",
   "parent_id": null,
   "pid": 26244,
   "queue": "threads",
   "routing_key": "threads",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "1d43fe77-6f7f-4276-84a7-f3fbd2a0d5e5",
   "hostname": "prefork@vm",
   "timestamp": 1795532234.8297532,
   "pid": 22144,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "05fee64e-61fb-44c2-bde0-06cc84476bd1",
   "name": "demo.errors.slow",
   "hostname": "gevent@vm",
   "timestamp": 1795532234.832001,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "05fee64e-61fb-44c2-bde0-06cc84476bd1",
   "parent_id": null,
   "pid": 22145,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "d557b0b8-e545-4a01-abd9-cd6a8ef2b82f",
   "name": "demo.errors.slow",
   "hostname": "threads@vm",
   "timestamp": 1795532234.839382,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d557b0b8-e545-4a01-abd9-cd6a8ef2b82f",
   "parent_id": null,
   "pid": 22147,
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "d557b0b8-e545-4a01-abd9-cd6a8ef2b82f",
   "hostname": "threads@vm",
   "timestamp": 1795532234.8424776,
   "pid": 22147,
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "05fee64e-61fb-44c2-bde0-06cc84476bd1",
   "hostname": "gevent@vm",
   "timestamp": 1795532234.8479867,
   "pid": 22145,
   "pool": "gevent"
  },
  {
   "kind": "note",
   "text": "worker-prefork: Soft time limit (2s) exceeded for demo.errors.slow[1d43fe77-6f7f-4276-84a7-f3fbd2a0d5e5]",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795532236.852874
  },
  {
   "kind": "note",
   "text": "worker-prefork: demo.errors.slow[1d43fe77-6f7f-4276-84a7-f3fbd2a0d5e5]: soft time limit after 2.0 s: cleaning up",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795532236.8529134
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "05fee64e-61fb-44c2-bde0-06cc84476bd1",
   "hostname": "gevent@vm",
   "timestamp": 1795532238.848931,
   "pid": 22145,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/concurrency/gevent.py\", line 35, in apply_timeout\n    return apply_target(target, args, kwargs, callback,\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/concurrency/base.py\", line 30, in apply_target\n    ret = target(*args, **kwargs)\n          ^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/concurrency/gevent.py\", line 158, in killable_target\n    return target(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/app/trace.py\", line 798, in fast_trace_task\n    R, I, T, Rstr = tasks[task].__trace__(\n                    ^^^^^^^^^^^^^^^^^^^^^^\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/demo/errors.py\", line 49, in slow\n    time.sleep(0.1)\n  File \"/tmp/venv/lib/python3.11/site-packages/gevent/hub.py\", line 166, in sleep\n    hub.wait(t)\n  File \"src/gevent/_hub_primitives.py\", line 46, in gevent._gevent_c_hub_primitives.WaitOperationsGreenlet.wait\n  File \"src/gevent/_hub_primitives.py\", line 55, in gevent._gevent_c_hub_primitives.WaitOperationsGreenlet.wait\n  File \"src/gevent/_waiter.py\", line 154, in gevent._gevent_c_waiter.Waiter.get\n  File \"src/gevent/_greenlet_primitives.py\", line 65, in gevent._gevent_c_greenlet_primitives.SwitchOutGreenletWithLoop.switch\n  File \"src/gevent/_gevent_c_greenlet_primitives.pxd\", line 35, in gevent._gevent_c_greenlet_primitives._greenlet_switch\ngevent.timeout.Timeout: 4 seconds\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/worker/request.py\", line 563, in on_timeout\n    raise exc\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "gevent"
  },
  {
   "kind": "note",
   "text": "worker-gevent: Hard time limit (4s) exceeded for demo.errors.slow[05fee64e-61fb-44c2-bde0-06cc84476bd1]",
   "data": {
    "log": "worker-gevent.log"
   },
   "timestamp": 1795532238.8796716
  },
  {
   "kind": "note",
   "text": "worker-prefork: Hard time limit (4s) exceeded for demo.errors.slow[1d43fe77-6f7f-4276-84a7-f3fbd2a0d5e5]",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795532238.87971
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "1d43fe77-6f7f-4276-84a7-f3fbd2a0d5e5",
   "hostname": "prefork@vm",
   "timestamp": 1795532238.8377824,
   "pid": 22144,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/tmp/venv/lib/python3.11/site-packages/billiard/pool.py\", line 745, in on_hard_timeout\n    raise TimeLimitExceeded(job._timeout)\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "1d43fe77-6f7f-4276-84a7-f3fbd2a0d5e5",
   "hostname": "prefork@vm",
   "timestamp": 1795532238.8404505,
   "pid": 22144,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/worker/request.py\", line 563, in on_timeout\n    raise exc\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "d557b0b8-e545-4a01-abd9-cd6a8ef2b82f",
   "hostname": "threads@vm",
   "timestamp": 1795532240.869961,
   "pid": 22147,
   "runtime": 6.026767920000566,
   "result": "{'slept': 6.0}",
   "pool": "threads"
  },
  {
   "kind": "summary",
   "run_id": "e37cc593d102",
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
     "uuid": "1d43fe77-6f7f-4276-84a7-f3fbd2a0d5e5",
     "state": "FAILED",
     "name": "demo.errors.slow",
     "hostname": "prefork@vm",
     "at": 1795532238.8404505,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "05fee64e-61fb-44c2-bde0-06cc84476bd1",
     "state": "FAILED",
     "name": "demo.errors.slow",
     "hostname": "gevent@vm",
     "at": 1795532238.848931,
     "event": "task-failed",
     "pool": "gevent",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "d557b0b8-e545-4a01-abd9-cd6a8ef2b82f",
     "state": "SUCCEEDED",
     "name": "demo.errors.slow",
     "hostname": "threads@vm",
     "at": 1795532240.869961,
     "event": "task-succeeded",
     "pool": "threads",
     "runtime": 6.026767920000566,
     "result": "{'slept': 6.0}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:54423/0",
   "started": 1795532234.7969844,
   "finished": 1795532240.9037645,
   "duration": 6.107,
   "timestamp": 1795532240.9038024
  }
 ]
};
