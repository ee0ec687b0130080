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
 "recorded": "2026-11-26T19:02:28+00:00",
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
   "run_id": "3c9dae200ff4",
   "demo": "errors.timeout",
   "title": "Time limits: soft, then hard -- and which pools honour them",
   "params": {
    "seconds": 6.0
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo errors.timeout",
   "timestamp": 1795719748.3000078
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "3d304628-25fc-480b-890c-1bfbadba75d1",
   "name": "demo.errors.slow",
   "hostname": "gen364@vm",
   "timestamp": 1795719748.3088844,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "3d304628-25fc-480b-890c-1bfbadba75d1",
   "parent_id": null,
   "pid": 364,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "3d304628-25fc-480b-890c-1bfbadba75d1",
   "name": "demo.errors.slow",
   "hostname": "prefork@vm",
   "timestamp": 1795719748.3095107,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "3d304628-25fc-480b-890c-1bfbadba75d1",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "3d304628-25fc-480b-890c-1bfbadba75d1",
   "hostname": "prefork@vm",
   "timestamp": 1795719748.3105378,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "1a48df5f-f304-47ea-a063-853e0264078a",
   "name": "demo.errors.slow",
   "hostname": "gen364@vm",
   "timestamp": 1795719748.3137739,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "1a48df5f-f304-47ea-a063-853e0264078a",
   "parent_id": null,
   "pid": 364,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "9c038bc0-7d0c-4f16-b45f-eeacddf1e60c",
   "name": "demo.errors.slow",
   "hostname": "gen364@vm",
   "timestamp": 1795719748.3165998,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "9c038bc0-7d0c-4f16-b45f-eeacddf1e60c",
   "parent_id": null,
   "pid": 364,
   "queue": "eventlet",
   "routing_key": "eventlet",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "9c038bc0-7d0c-4f16-b45f-eeacddf1e60c",
   "name": "demo.errors.slow",
   "hostname": "eventlet@vm",
   "timestamp": 1795719748.318561,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "9c038bc0-7d0c-4f16-b45f-eeacddf1e60c",
   "parent_id": null,
   "pid": 32765,
   "pool": "eventlet"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "1a48df5f-f304-47ea-a063-853e0264078a",
   "name": "demo.errors.slow",
   "hostname": "gevent@vm",
   "timestamp": 1795719748.3190923,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "1a48df5f-f304-47ea-a063-853e0264078a",
   "parent_id": null,
   "pid": 32764,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "032667ec-8319-4376-92a8-c701d4c205e6",
   "name": "demo.errors.slow",
   "hostname": "gen364@vm",
   "timestamp": 1795719748.319324,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "032667ec-8319-4376-92a8-c701d4c205e6",
   "parent_id": null,
   "pid": 364,
   "queue": "threads",
   "routing_key": "threads",
   "pool": null
  },
  {
   "kind": "note",
   "text": "slow(6) on prefork, gevent, eventlet, threads: soft limit 2 s, hard limit 4 s",
   "data": null,
   "timestamp": 1795719748.3208287
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "032667ec-8319-4376-92a8-c701d4c205e6",
   "name": "demo.errors.slow",
   "hostname": "threads@vm",
   "timestamp": 1795719748.3215263,
   "args": "(6.0,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "032667ec-8319-4376-92a8-c701d4c205e6",
   "parent_id": null,
   "pid": 32766,
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "9c038bc0-7d0c-4f16-b45f-eeacddf1e60c",
   "hostname": "eventlet@vm",
   "timestamp": 1795719748.3224962,
   "pid": 32765,
   "pool": "eventlet"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "1a48df5f-f304-47ea-a063-853e0264078a",
   "hostname": "gevent@vm",
   "timestamp": 1795719748.3245804,
   "pid": 32764,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "032667ec-8319-4376-92a8-c701d4c205e6",
   "hostname": "threads@vm",
   "timestamp": 1795719748.3234327,
   "pid": 32766,
   "pool": "threads"
  },
  {
   "kind": "note",
   "text": "worker-prefork: Soft time limit (2s) exceeded for demo.errors.slow[3d304628-25fc-480b-890c-1bfbadba75d1]",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795719750.338314
  },
  {
   "kind": "note",
   "text": "worker-prefork: demo.errors.slow[3d304628-25fc-480b-890c-1bfbadba75d1]: soft time limit after 2.0 s: cleaning up",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795719750.3385086
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "1a48df5f-f304-47ea-a063-853e0264078a",
   "hostname": "gevent@vm",
   "timestamp": 1795719752.3277578,
   "pid": 32764,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/concurrency/gevent.py\", line 35, in apply_timeout\n    return apply_target(target, args, kwargs, callback,\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/concurrency/base.py\", line 30, in apply_target\n    ret = target(*args, **kwargs)\n          ^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/concurrency/gevent.py\", line 158, in killable_target\n    return target(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 798, in fast_trace_task\n    R, I, T, Rstr = tasks[task].__trace__(\n                    ^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/demo/errors.py\", line 50, in slow\n    time.sleep(0.1)\n  File \"/work/main/.venv/lib/python3.11/site-packages/gevent/hub.py\", line 166, in sleep\n    hub.wait(t)\n  File \"src/gevent/_hub_primitives.py\", line 46, in gevent._gevent_c_hub_primitives.WaitOperationsGreenlet.wait\n  File \"src/gevent/_hub_primitives.py\", line 55, in gevent._gevent_c_hub_primitives.WaitOperationsGreenlet.wait\n  File \"src/gevent/_waiter.py\", line 154, in gevent._gevent_c_waiter.Waiter.get\n  File \"src/gevent/_greenlet_primitives.py\", line 65, in gevent._gevent_c_greenlet_primitives.SwitchOutGreenletWithLoop.switch\n  File \"src/gevent/_gevent_c_greenlet_primitives.pxd\", line 35, in gevent._gevent_c_greenlet_primitives._greenlet_switch\ngevent.timeout.Timeout: 4 seconds\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/worker/request.py\", line 563, in on_timeout\n    raise exc\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "gevent"
  },
  {
   "kind": "note",
   "text": "worker-gevent: Hard time limit (4s) exceeded for demo.errors.slow[1a48df5f-f304-47ea-a063-853e0264078a]",
   "data": {
    "log": "worker-gevent.log"
   },
   "timestamp": 1795719752.3524945
  },
  {
   "kind": "note",
   "text": "worker-prefork: Hard time limit (4s) exceeded for demo.errors.slow[3d304628-25fc-480b-890c-1bfbadba75d1]",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795719752.352523
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "3d304628-25fc-480b-890c-1bfbadba75d1",
   "hostname": "prefork@vm",
   "timestamp": 1795719752.314749,
   "pid": 32763,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/billiard/pool.py\", line 745, in on_hard_timeout\n    raise TimeLimitExceeded(job._timeout)\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "3d304628-25fc-480b-890c-1bfbadba75d1",
   "hostname": "prefork@vm",
   "timestamp": 1795719752.3168814,
   "pid": 32763,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/worker/request.py\", line 563, in on_timeout\n    raise exc\nbilliard.exceptions.TimeLimitExceeded: TimeLimitExceeded(4,)\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "032667ec-8319-4376-92a8-c701d4c205e6",
   "hostname": "threads@vm",
   "timestamp": 1795719754.3375554,
   "pid": 32766,
   "runtime": 6.01386820100015,
   "result": "{'slept': 6.0}",
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "9c038bc0-7d0c-4f16-b45f-eeacddf1e60c",
   "hostname": "eventlet@vm",
   "timestamp": 1795719754.360615,
   "pid": 32765,
   "runtime": 6.035778429999482,
   "result": "{'slept': 6.0}",
   "pool": "eventlet"
  },
  {
   "kind": "summary",
   "run_id": "3c9dae200ff4",
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
     "uuid": "3d304628-25fc-480b-890c-1bfbadba75d1",
     "state": "FAILED",
     "name": "demo.errors.slow",
     "hostname": "prefork@vm",
     "at": 1795719752.3168814,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "1a48df5f-f304-47ea-a063-853e0264078a",
     "state": "FAILED",
     "name": "demo.errors.slow",
     "hostname": "gevent@vm",
     "at": 1795719752.3277578,
     "event": "task-failed",
     "pool": "gevent",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "9c038bc0-7d0c-4f16-b45f-eeacddf1e60c",
     "state": "SUCCEEDED",
     "name": "demo.errors.slow",
     "hostname": "eventlet@vm",
     "at": 1795719754.360615,
     "event": "task-succeeded",
     "pool": "eventlet",
     "runtime": 6.035778429999482,
     "result": "{'slept': 6.0}"
    },
    {
     "uuid": "032667ec-8319-4376-92a8-c701d4c205e6",
     "state": "SUCCEEDED",
     "name": "demo.errors.slow",
     "hostname": "threads@vm",
     "at": 1795719754.3375554,
     "event": "task-succeeded",
     "pool": "threads",
     "runtime": 6.01386820100015,
     "result": "{'slept': 6.0}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795719748.3000078,
   "finished": 1795719754.366643,
   "duration": 6.067,
   "timestamp": 1795719754.3666663
  }
 ]
};
