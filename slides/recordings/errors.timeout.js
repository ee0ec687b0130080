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
 "recorded": "2026-11-24T14:19:54+00:00",
 "broker": "redis://127.0.0.1:54423/0",
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
   "run_id": "187c42dc80a2",
   "demo": "errors.timeout",
   "title": "Time limits: soft, then hard -- and which pools honour them",
   "params": {
    "seconds": 6.0
   },
   "broker": "redis://127.0.0.1:54423/0",
   "follow": "events",
   "command": "invoke demo errors.timeout",
   "timestamp": 1795529994.784705
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "1c34ae8e-3185-40bb-8439-02cc7a0eba74",
   "name": "demo.errors.slow",
   "hostname": "gen24209@vm",
   "timestamp": 1795529997.8334517,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "1c34ae8e-3185-40bb-8439-02cc7a0eba74",
   "parent_id": null,
   "pid": 24209,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "27521e59-947a-4247-a5fc-db50f2f0d496",
   "name": "demo.errors.slow",
   "hostname": "gen24209@vm",
   "timestamp": 1795529997.8368387,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "27521e59-947a-4247-a5fc-db50f2f0d496",
   "parent_id": null,
   "pid": 24209,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "27521e59-947a-4247-a5fc-db50f2f0d496",
   "name": "demo.errors.slow",
   "hostname": "gevent@vm",
   "timestamp": 1795529997.8385339,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "27521e59-947a-4247-a5fc-db50f2f0d496",
   "parent_id": null,
   "pid": 24090,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "d5e3ecaa-0050-4c68-82b4-0a7bc602630e",
   "name": "demo.errors.slow",
   "hostname": "gen24209@vm",
   "timestamp": 1795529997.838633,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d5e3ecaa-0050-4c68-82b4-0a7bc602630e",
   "parent_id": null,
   "pid": 24209,
   "queue": "threads",
   "routing_key": "threads",
   "pool": null
  },
  {
   "kind": "note",
   "text": "slow(6) on prefork, gevent, threads: soft limit 2 s, hard limit 4 s",
   "data": null,
   "timestamp": 1795529997.8409069
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "1c34ae8e-3185-40bb-8439-02cc7a0eba74",
   "name": "demo.errors.slow",
   "hostname": "prefork@vm",
   "timestamp": 1795529997.8398983,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "1c34ae8e-3185-40bb-8439-02cc7a0eba74",
   "parent_id": null,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "d5e3ecaa-0050-4c68-82b4-0a7bc602630e",
   "name": "demo.errors.slow",
   "hostname": "threads@vm",
   "timestamp": 1795529997.841534,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d5e3ecaa-0050-4c68-82b4-0a7bc602630e",
   "parent_id": null,
   "pid": 24092,
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "1c34ae8e-3185-40bb-8439-02cc7a0eba74",
   "hostname": "prefork@vm",
   "timestamp": 1795529997.845632,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "d5e3ecaa-0050-4c68-82b4-0a7bc602630e",
   "hostname": "threads@vm",
   "timestamp": 1795529997.8422353,
   "pid": 24092,
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "27521e59-947a-4247-a5fc-db50f2f0d496",
   "hostname": "gevent@vm",
   "timestamp": 1795529997.8459487,
   "pid": 24090,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "27521e59-947a-4247-a5fc-db50f2f0d496",
   "hostname": "gevent@vm",
   "timestamp": 1795530001.8497548,
   "pid": 24090,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/concurrency/gevent.py\", line 35, in apply_timeout\n    return apply_target(target, args, kwargs, callback,\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/concurrency/base.py\", line 30, in apply_target\n    ret = target(*args, **kwargs)\n          ^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/concurrency/gevent.py\", line 158, in killable_target\n    return target(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/app/trace.py\", line 798, in fast_trace_task\n    R, I, T, Rstr = tasks[task].__trace__(\n                    ^^^^^^^^^^^^^^^^^^^^^^\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/demo/errors.py\", line 49, in slow\n    time.sleep(0.1)\n  File \"/tmp/venv/lib/python3.11/site-packages/gevent/hub.py\", line 166, in sleep\n    hub.wait(t)\n  File \"src/gevent/_hub_primitives.py\", line 46, in gevent._gevent_c_hub_primitives.WaitOperationsGreenlet.wait\n  File \"src/gevent/_hub_primitives.py\", line 55, in gevent._gevent_c_hub_primitives.WaitOperationsGreenlet.wait\n  File \"src/gevent/_waiter.py\", line 154, in gevent._gevent_c_waiter.Waiter.get\n  File \"src/gevent/_greenlet_primitives.py\", line 65, in gevent._gevent_c_greenlet_primitives.SwitchOutGreenletWithLoop.switch\n  File \"src/gevent/_gevent_c_greenlet_primitives.pxd\", line 35, in gevent._gevent_c_greenlet_primitives._greenlet_switch\ngevent.timeout.Timeout: 4 seconds\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/worker/request.py\", line 563, in on_timeout\n    raise exc\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "1c34ae8e-3185-40bb-8439-02cc7a0eba74",
   "hostname": "prefork@vm",
   "timestamp": 1795530001.8528666,
   "pid": 24089,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/tmp/venv/lib/python3.11/site-packages/billiard/pool.py\", line 745, in on_hard_timeout\n    raise TimeLimitExceeded(job._timeout)\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "1c34ae8e-3185-40bb-8439-02cc7a0eba74",
   "hostname": "prefork@vm",
   "timestamp": 1795530001.8551705,
   "pid": 24089,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/tmp/venv/lib/python3.11/site-packages/celery/worker/request.py\", line 563, in on_timeout\n    raise exc\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "d5e3ecaa-0050-4c68-82b4-0a7bc602630e",
   "hostname": "threads@vm",
   "timestamp": 1795530003.8611426,
   "pid": 24092,
   "runtime": 6.018651466999927,
   "result": "{'slept': 6.0}",
   "pool": "threads"
  },
  {
   "kind": "summary",
   "run_id": "187c42dc80a2",
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
     "uuid": "1c34ae8e-3185-40bb-8439-02cc7a0eba74",
     "state": "FAILED",
     "name": "demo.errors.slow",
     "hostname": "prefork@vm",
     "pid": 24089,
     "at": 1795530001.8551705,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "27521e59-947a-4247-a5fc-db50f2f0d496",
     "state": "FAILED",
     "name": "demo.errors.slow",
     "hostname": "gevent@vm",
     "pid": 24090,
     "at": 1795530001.8497548,
     "event": "task-failed",
     "pool": "gevent",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "d5e3ecaa-0050-4c68-82b4-0a7bc602630e",
     "state": "SUCCEEDED",
     "name": "demo.errors.slow",
     "hostname": "threads@vm",
     "pid": 24092,
     "at": 1795530003.8611426,
     "event": "task-succeeded",
     "pool": "threads",
     "runtime": 6.018651466999927,
     "result": "{'slept': 6.0}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:54423/0",
   "started": 1795529994.784705,
   "finished": 1795530003.8627803,
   "duration": 9.078,
   "timestamp": 1795530003.8628142
  }
 ]
};
