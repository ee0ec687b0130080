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
 "recorded": "2026-11-24T14:56:40+00:00",
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
   "run_id": "f11634cfe6d1",
   "demo": "errors.timeout",
   "title": "Time limits: soft, then hard -- and which pools honour them",
   "params": {
    "seconds": 6.0
   },
   "broker": "redis://127.0.0.1:54423/0",
   "follow": "events",
   "command": "invoke demo errors.timeout",
   "timestamp": 1795532200.0748405
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "f2be7151-e1d6-4ce0-a128-6706022b04fc",
   "name": "demo.errors.slow",
   "hostname": "gen25805@vm",
   "timestamp": 1795532203.1358712,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f2be7151-e1d6-4ce0-a128-6706022b04fc",
   "parent_id": null,
   "pid": 25805,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "f2be7151-e1d6-4ce0-a128-6706022b04fc",
   "name": "demo.errors.slow",
   "hostname": "prefork@vm",
   "timestamp": 1795532203.1389642,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f2be7151-e1d6-4ce0-a128-6706022b04fc",
   "parent_id": null,
   "pid": 22144,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "23b8ef5a-d45a-4afd-8714-5bd040e92800",
   "name": "demo.errors.slow",
   "hostname": "gen25805@vm",
   "timestamp": 1795532203.1417847,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "23b8ef5a-d45a-4afd-8714-5bd040e92800",
   "parent_id": null,
   "pid": 25805,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "f2be7151-e1d6-4ce0-a128-6706022b04fc",
   "hostname": "prefork@vm",
   "timestamp": 1795532203.1438487,
   "pid": 22144,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "5142149b-07a0-43e7-b11b-b7f3cd574c70",
   "name": "demo.errors.slow",
   "hostname": "gen25805@vm",
   "timestamp": 1795532203.1480935,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "5142149b-07a0-43e7-b11b-b7f3cd574c70",
   "parent_id": null,
   "pid": 25805,
   "queue": "threads",
   "routing_key": "threads",
   "pool": null
  },
  {
   "kind": "note",
   "text": "slow(6) on prefork, gevent, threads: soft limit 2 s, hard limit 4 s",
   "data": null,
   "timestamp": 1795532203.1508644
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "23b8ef5a-d45a-4afd-8714-5bd040e92800",
   "name": "demo.errors.slow",
   "hostname": "gevent@vm",
   "timestamp": 1795532203.1506996,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "23b8ef5a-d45a-4afd-8714-5bd040e92800",
   "parent_id": null,
   "pid": 22145,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "23b8ef5a-d45a-4afd-8714-5bd040e92800",
   "hostname": "gevent@vm",
   "timestamp": 1795532203.1551352,
   "pid": 22145,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "5142149b-07a0-43e7-b11b-b7f3cd574c70",
   "name": "demo.errors.slow",
   "hostname": "threads@vm",
   "timestamp": 1795532203.1539469,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "5142149b-07a0-43e7-b11b-b7f3cd574c70",
   "parent_id": null,
   "pid": 22147,
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "5142149b-07a0-43e7-b11b-b7f3cd574c70",
   "hostname": "threads@vm",
   "timestamp": 1795532203.1563501,
   "pid": 22147,
   "pool": "threads"
  },
  {
   "kind": "note",
   "text": "worker-prefork: Soft time limit (2s) exceeded for demo.errors.slow[f2be7151-e1d6-4ce0-a128-6706022b04fc]",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795532205.170052
  },
  {
   "kind": "note",
   "text": "worker-prefork: demo.errors.slow[f2be7151-e1d6-4ce0-a128-6706022b04fc]: soft time limit after 2.0 s: cleaning up",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795532205.1700757
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "23b8ef5a-d45a-4afd-8714-5bd040e92800",
   "hostname": "gevent@vm",
   "timestamp": 1795532207.1583843,
   "pid": 22145,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/concurrency/gevent.py\", line 35, in apply_timeout\n    return apply_target(target, args, kwargs, callback,\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/concurrency/base.py\", line 30, in apply_target\n    ret = target(*args, **kwargs)\n          ^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/concurrency/gevent.py\", line 158, in killable_target\n    return target(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/app/trace.py\", line 798, in fast_trace_task\n    R, I, T, Rstr = tasks[task].__trace__(\n                    ^^^^^^^^^^^^^^^^^^^^^^\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/demo/errors.py\", line 49, in slow\n    time.sleep(0.1)\n  File \"/tmp/venv/lib/python3.11/site-packages/gevent/hub.py\", line 166, in sleep\n    hub.wait(t)\n  File \"src/gevent/_hub_primitives.py\", line 46, in gevent._gevent_c_hub_primitives.WaitOperationsGreenlet.wait\n  File \"src/gevent/_hub_primitives.py\", line 55, in gevent._gevent_c_hub_primitives.WaitOperationsGreenlet.wait\n  File \"src/gevent/_waiter.py\", line 154, in gevent._gevent_c_waiter.Waiter.get\n  File \"src/gevent/_greenlet_primitives.py\", line 65, in gevent._gevent_c_greenlet_primitives.SwitchOutGreenletWithLoop.switch\n  File \"src/gevent/_gevent_c_greenlet_primitives.pxd\", line 35, in gevent._gevent_c_greenlet_primitives._greenlet_switch\ngevent.timeout.Timeout: 4 seconds\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/worker/request.py\", line 563, in on_timeout\n    raise exc\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "gevent"
  },
  {
   "kind": "note",
   "text": "worker-gevent: Hard time limit (4s) exceeded for demo.errors.slow[23b8ef5a-d45a-4afd-8714-5bd040e92800]",
   "data": {
    "log": "worker-gevent.log"
   },
   "timestamp": 1795532207.1888433
  },
  {
   "kind": "note",
   "text": "worker-prefork: Hard time limit (4s) exceeded for demo.errors.slow[f2be7151-e1d6-4ce0-a128-6706022b04fc]",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795532207.1888797
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "f2be7151-e1d6-4ce0-a128-6706022b04fc",
   "hostname": "prefork@vm",
   "timestamp": 1795532207.1485126,
   "pid": 22144,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/tmp/venv/lib/python3.11/site-packages/billiard/pool.py\", line 745, in on_hard_timeout\n    raise TimeLimitExceeded(job._timeout)\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "f2be7151-e1d6-4ce0-a128-6706022b04fc",
   "hostname": "prefork@vm",
   "timestamp": 1795532207.1510959,
   "pid": 22144,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/worker/request.py\", line 563, in on_timeout\n    raise exc\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "5142149b-07a0-43e7-b11b-b7f3cd574c70",
   "hostname": "threads@vm",
   "timestamp": 1795532209.1709294,
   "pid": 22147,
   "runtime": 6.013436778000141,
   "result": "{'slept': 6.0}",
   "pool": "threads"
  },
  {
   "kind": "summary",
   "run_id": "f11634cfe6d1",
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
     "uuid": "f2be7151-e1d6-4ce0-a128-6706022b04fc",
     "state": "FAILED",
     "name": "demo.errors.slow",
     "hostname": "prefork@vm",
     "at": 1795532207.1510959,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "23b8ef5a-d45a-4afd-8714-5bd040e92800",
     "state": "FAILED",
     "name": "demo.errors.slow",
     "hostname": "gevent@vm",
     "at": 1795532207.1583843,
     "event": "task-failed",
     "pool": "gevent",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "5142149b-07a0-43e7-b11b-b7f3cd574c70",
     "state": "SUCCEEDED",
     "name": "demo.errors.slow",
     "hostname": "threads@vm",
     "at": 1795532209.1709294,
     "event": "task-succeeded",
     "pool": "threads",
     "runtime": 6.013436778000141,
     "result": "{'slept': 6.0}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:54423/0",
   "started": 1795532200.0748405,
   "finished": 1795532209.204273,
   "duration": 9.129,
   "timestamp": 1795532209.2043095
  }
 ]
};
