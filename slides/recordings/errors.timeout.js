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
 "recorded": "2026-11-26T18:21:18+00:00",
 "broker": "redis://127.0.0.1:31379/0",
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
   "run_id": "2200fa5fe98b",
   "demo": "errors.timeout",
   "title": "Time limits: soft, then hard -- and which pools honour them",
   "params": {
    "seconds": 6.0
   },
   "broker": "redis://127.0.0.1:31379/0",
   "follow": "events",
   "command": "invoke demo errors.timeout",
   "timestamp": 1795717278.9798243
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "6ed2be53-db98-4ebc-b1a1-5d4f0ee79a0e",
   "name": "demo.errors.slow",
   "hostname": "gen21816@vm",
   "timestamp": 1795717279.0083852,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "6ed2be53-db98-4ebc-b1a1-5d4f0ee79a0e",
   "parent_id": null,
   "pid": 21816,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "6ed2be53-db98-4ebc-b1a1-5d4f0ee79a0e",
   "name": "demo.errors.slow",
   "hostname": "prefork@vm",
   "timestamp": 1795717279.0108962,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "6ed2be53-db98-4ebc-b1a1-5d4f0ee79a0e",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "6ed2be53-db98-4ebc-b1a1-5d4f0ee79a0e",
   "hostname": "prefork@vm",
   "timestamp": 1795717279.0140543,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "802e0b57-871d-4d60-a286-989ca1f1df0f",
   "name": "demo.errors.slow",
   "hostname": "gevent@vm",
   "timestamp": 1795717279.020933,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "802e0b57-871d-4d60-a286-989ca1f1df0f",
   "parent_id": null,
   "pid": 16421,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "802e0b57-871d-4d60-a286-989ca1f1df0f",
   "hostname": "gevent@vm",
   "timestamp": 1795717279.0247672,
   "pid": 16421,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "802e0b57-871d-4d60-a286-989ca1f1df0f",
   "name": "demo.errors.slow",
   "hostname": "gen21816@vm",
   "timestamp": 1795717279.0321155,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "802e0b57-871d-4d60-a286-989ca1f1df0f",
   "parent_id": null,
   "pid": 21816,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "21c65840-da8c-43d7-b26e-08508f106b0a",
   "name": "demo.errors.slow",
   "hostname": "eventlet@vm",
   "timestamp": 1795717279.0513954,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "21c65840-da8c-43d7-b26e-08508f106b0a",
   "parent_id": null,
   "pid": 17076,
   "pool": "eventlet"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "21c65840-da8c-43d7-b26e-08508f106b0a",
   "hostname": "eventlet@vm",
   "timestamp": 1795717279.0549464,
   "pid": 17076,
   "pool": "eventlet"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "21c65840-da8c-43d7-b26e-08508f106b0a",
   "name": "demo.errors.slow",
   "hostname": "gen21816@vm",
   "timestamp": 1795717279.0609362,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "21c65840-da8c-43d7-b26e-08508f106b0a",
   "parent_id": null,
   "pid": 21816,
   "queue": "eventlet",
   "routing_key": "eventlet",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "09381c2d-9d6c-4b94-92e6-d80774bae559",
   "name": "demo.errors.slow",
   "hostname": "threads@vm",
   "timestamp": 1795717279.066111,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "09381c2d-9d6c-4b94-92e6-d80774bae559",
   "parent_id": null,
   "pid": 16422,
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "09381c2d-9d6c-4b94-92e6-d80774bae559",
   "hostname": "threads@vm",
   "timestamp": 1795717279.0663743,
   "pid": 16422,
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "09381c2d-9d6c-4b94-92e6-d80774bae559",
   "name": "demo.errors.slow",
   "hostname": "gen21816@vm",
   "timestamp": 1795717279.0779595,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "09381c2d-9d6c-4b94-92e6-d80774bae559",
   "parent_id": null,
   "pid": 21816,
   "queue": "threads",
   "routing_key": "threads",
   "pool": null
  },
  {
   "kind": "note",
   "text": "slow(6) on prefork, gevent, eventlet, threads: soft limit 2 s, hard limit 4 s",
   "data": null,
   "timestamp": 1795717279.0807662
  },
  {
   "kind": "note",
   "text": "worker-prefork: Soft time limit (2s) exceeded for demo.errors.slow[6ed2be53-db98-4ebc-b1a1-5d4f0ee79a0e]",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795717281.121159
  },
  {
   "kind": "note",
   "text": "worker-prefork: demo.errors.slow[6ed2be53-db98-4ebc-b1a1-5d4f0ee79a0e]: soft time limit after 2.0 s: cleaning up",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795717281.121336
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "802e0b57-871d-4d60-a286-989ca1f1df0f",
   "hostname": "gevent@vm",
   "timestamp": 1795717283.0278304,
   "pid": 16421,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/concurrency/gevent.py\", line 35, in apply_timeout\n    return apply_target(target, args, kwargs, callback,\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/concurrency/base.py\", line 30, in apply_target\n    ret = target(*args, **kwargs)\n          ^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/concurrency/gevent.py\", line 158, in killable_target\n    return target(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 798, in fast_trace_task\n    R, I, T, Rstr = tasks[task].__trace__(\n                    ^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/demo/errors.py\", line 49, in slow\n    time.sleep(0.1)\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/gevent/hub.py\", line 166, in sleep\n    hub.wait(t)\n  File \"src/gevent/_hub_primitives.py\", line 46, in gevent._gevent_c_hub_primitives.WaitOperationsGreenlet.wait\n  File \"src/gevent/_hub_primitives.py\", line 55, in gevent._gevent_c_hub_primitives.WaitOperationsGreenlet.wait\n  File \"src/gevent/_waiter.py\", line 154, in gevent._gevent_c_waiter.Waiter.get\n  File \"src/gevent/_greenlet_primitives.py\", line 65, in gevent._gevent_c_greenlet_primitives.SwitchOutGreenletWithLoop.switch\n  File \"src/gevent/_gevent_c_greenlet_primitives.pxd\", line 35, in gevent._gevent_c_greenlet_primitives._greenlet_switch\ngevent.timeout.Timeout: 4 seconds\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/worker/request.py\", line 563, in on_timeout\n    raise exc\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "6ed2be53-db98-4ebc-b1a1-5d4f0ee79a0e",
   "hostname": "prefork@vm",
   "timestamp": 1795717283.0190878,
   "pid": 16420,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/billiard/pool.py\", line 745, in on_hard_timeout\n    raise TimeLimitExceeded(job._timeout)\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "6ed2be53-db98-4ebc-b1a1-5d4f0ee79a0e",
   "hostname": "prefork@vm",
   "timestamp": 1795717283.02098,
   "pid": 16420,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/worker/request.py\", line 563, in on_timeout\n    raise exc\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "worker-gevent: Hard time limit (4s) exceeded for demo.errors.slow[802e0b57-871d-4d60-a286-989ca1f1df0f]",
   "data": {
    "log": "worker-gevent.log"
   },
   "timestamp": 1795717283.209087
  },
  {
   "kind": "note",
   "text": "worker-prefork: Hard time limit (4s) exceeded for demo.errors.slow[6ed2be53-db98-4ebc-b1a1-5d4f0ee79a0e]",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795717283.2091193
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "21c65840-da8c-43d7-b26e-08508f106b0a",
   "hostname": "eventlet@vm",
   "timestamp": 1795717285.085241,
   "pid": 17076,
   "runtime": 6.013783935999527,
   "result": "{'slept': 6.0}",
   "pool": "eventlet"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "09381c2d-9d6c-4b94-92e6-d80774bae559",
   "hostname": "threads@vm",
   "timestamp": 1795717285.157141,
   "pid": 16422,
   "runtime": 6.090249856999435,
   "result": "{'slept': 6.0}",
   "pool": "threads"
  },
  {
   "kind": "summary",
   "run_id": "2200fa5fe98b",
   "demo": "errors.timeout",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "table",
     "facts": [
      {
       "label": "slow()",
       "value": "6 s of work, soft limit 2 s, hard limit 4 s"
      }
     ],
     "columns": [
      "pool",
      "outcome",
      "what its worker logged"
     ],
     "rows": [
      [
       "prefork",
       {
        "value": "TimeLimitExceeded",
        "tone": "bad"
       },
       "soft limit hit at 2 s, then hard limit hit at 4 s"
      ],
      [
       "gevent",
       {
        "value": "TimeLimitExceeded",
        "tone": "bad"
       },
       "hard limit hit at 4 s"
      ],
      [
       "eventlet",
       {
        "value": "ran to the end",
        "tone": "warn"
       },
       "limits ignored: all 6 s"
      ],
      [
       "threads",
       {
        "value": "ran to the end",
        "tone": "warn"
       },
       "limits ignored: all 6 s"
      ]
     ]
    },
    "prefork": "TimeLimitExceeded: TimeLimitExceeded(4,)",
    "gevent": "TimeLimitExceeded: TimeLimitExceeded(4,)",
    "eventlet": "ran to the end (6 s): limits ignored",
    "threads": "ran to the end (6 s): limits ignored"
   },
   "error": null,
   "tasks": [
    {
     "uuid": "6ed2be53-db98-4ebc-b1a1-5d4f0ee79a0e",
     "state": "FAILED",
     "name": "demo.errors.slow",
     "hostname": "prefork@vm",
     "at": 1795717283.02098,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "802e0b57-871d-4d60-a286-989ca1f1df0f",
     "state": "FAILED",
     "name": "demo.errors.slow",
     "hostname": "gevent@vm",
     "pool": "gevent",
     "at": 1795717283.0278304,
     "event": "task-failed",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "21c65840-da8c-43d7-b26e-08508f106b0a",
     "state": "SUCCEEDED",
     "name": "demo.errors.slow",
     "hostname": "eventlet@vm",
     "pool": "eventlet",
     "at": 1795717285.085241,
     "event": "task-succeeded",
     "runtime": 6.013783935999527,
     "result": "{'slept': 6.0}"
    },
    {
     "uuid": "09381c2d-9d6c-4b94-92e6-d80774bae559",
     "state": "SUCCEEDED",
     "name": "demo.errors.slow",
     "hostname": "threads@vm",
     "pool": "threads",
     "at": 1795717285.157141,
     "event": "task-succeeded",
     "runtime": 6.090249856999435,
     "result": "{'slept': 6.0}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:31379/0",
   "started": 1795717278.9798243,
   "finished": 1795717285.3516102,
   "duration": 6.372,
   "timestamp": 1795717285.351637
  }
 ]
};
