/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["errors.retry"] = {
 "id": "errors.retry",
 "title": "Retry with exponential back-off and jitter; max_retries",
 "scenario": {
  "id": "errors.retry",
  "title": "Retry with exponential back-off and jitter; max_retries",
  "slide": "Program for Celery / Error handling",
  "description": "flaky() raises ConnectionError ``fail_times`` times and is retried (autoretry_for,\n    retry_backoff, retry_jitter); a second flaky() fails more often than max_retries=3.",
  "command": "invoke demo errors.retry",
  "timeout": 60,
  "params": [
   {
    "name": "fail_times",
    "type": "integer",
    "default": 2,
    "min": 0,
    "max": 3,
    "choices": null,
    "limits": "between 0 and 3",
    "help": "failures before the first task succeeds"
   }
  ]
 },
 "recorded": "2026-11-26T19:02:23+00:00",
 "broker": "redis://127.0.0.1:26379/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [
  "prefork"
 ],
 "host": "vm",
 "celery": "5.7.0",
 "python": "3.11.7",
 "params": {
  "fail_times": 2
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "14e097309030",
   "demo": "errors.retry",
   "title": "Retry with exponential back-off and jitter; max_retries",
   "params": {
    "fail_times": 2
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo errors.retry",
   "timestamp": 1795719743.0531092
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
   "name": "demo.errors.flaky",
   "hostname": "gen364@vm",
   "timestamp": 1795719743.054796,
   "args": "()",
   "kwargs": "{'fail_times': 2}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
   "parent_id": null,
   "pid": 364,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "name": "demo.errors.flaky",
   "hostname": "gen364@vm",
   "timestamp": 1795719743.0568824,
   "args": "()",
   "kwargs": "{'fail_times': 10}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "parent_id": null,
   "pid": 364,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "note",
   "text": "flaky(fail_times=2) and flaky(fail_times=10); max_retries=3",
   "data": null,
   "timestamp": 1795719743.0577767
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
   "name": "demo.errors.flaky",
   "hostname": "prefork@vm",
   "timestamp": 1795719743.056882,
   "args": "()",
   "kwargs": "{'fail_times': 2}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "name": "demo.errors.flaky",
   "hostname": "prefork@vm",
   "timestamp": 1795719743.0604193,
   "args": "()",
   "kwargs": "{'fail_times': 10}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "name": "demo.errors.flaky",
   "hostname": "gen325@vm",
   "timestamp": 1795719743.0641882,
   "args": "()",
   "kwargs": "{'fail_times': 10}",
   "retries": 1,
   "eta": null,
   "expires": null,
   "root_id": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "parent_id": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "pid": 325,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "hostname": "prefork@vm",
   "timestamp": 1795719743.061871,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
   "hostname": "prefork@vm",
   "timestamp": 1795719743.0619023,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
   "name": "demo.errors.flaky",
   "hostname": "gen329@vm",
   "timestamp": 1795719743.0646477,
   "args": "()",
   "kwargs": "{'fail_times': 2}",
   "retries": 1,
   "eta": "2026-11-26T19:02:24.063427+00:00",
   "expires": null,
   "root_id": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
   "parent_id": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
   "pid": 329,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "name": "demo.errors.flaky",
   "hostname": "prefork@vm",
   "timestamp": 1795719743.0701752,
   "args": "()",
   "kwargs": "{'fail_times': 10}",
   "retries": 1,
   "eta": null,
   "expires": null,
   "root_id": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "parent_id": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
   "name": "demo.errors.flaky",
   "hostname": "prefork@vm",
   "timestamp": 1795719743.072105,
   "args": "()",
   "kwargs": "{'fail_times': 2}",
   "retries": 1,
   "eta": "2026-11-26T19:02:24.063427+00:00",
   "expires": null,
   "root_id": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
   "parent_id": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-retried",
   "uuid": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "hostname": "prefork@vm",
   "timestamp": 1795719743.074448,
   "pid": 32763,
   "exception": "ConnectionError('feed unavailable (attempt 1)')",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 38, in run\n    return task._orig_run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/demo/errors.py\", line 37, in flaky\n    raise ConnectionError(f\"feed unavailable (attempt {attempt})\")\nConnectionError: feed unavailable (attempt 1)\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 60, in run\n    ret = task.retry(exc=exc, **retry_kwargs_for_attempt)\n          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/task.py\", line 963, in retry\n    raise ret\ncelery.exceptions.Retry: Retry in 0s: ConnectionError('feed unavailable (attempt 1)')\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-retried",
   "uuid": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
   "hostname": "prefork@vm",
   "timestamp": 1795719743.075969,
   "pid": 32763,
   "exception": "ConnectionError('feed unavailable (attempt 1)')",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 38, in run\n    return task._orig_run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/demo/errors.py\", line 37, in flaky\n    raise ConnectionError(f\"feed unavailable (attempt {attempt})\")\nConnectionError: feed unavailable (attempt 1)\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 60, in run\n    ret = task.retry(exc=exc, **retry_kwargs_for_attempt)\n          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/task.py\", line 963, in retry\n    raise ret\ncelery.exceptions.Retry: Retry in 1s: ConnectionError('feed unavailable (attempt 1)')\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "hostname": "prefork@vm",
   "timestamp": 1795719743.0769842,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "name": "demo.errors.flaky",
   "hostname": "gen329@vm",
   "timestamp": 1795719743.0787349,
   "args": "()",
   "kwargs": "{'fail_times': 10}",
   "retries": 2,
   "eta": "2026-11-26T19:02:24.077703+00:00",
   "expires": null,
   "root_id": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "parent_id": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "pid": 329,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "name": "demo.errors.flaky",
   "hostname": "prefork@vm",
   "timestamp": 1795719743.079673,
   "args": "()",
   "kwargs": "{'fail_times': 10}",
   "retries": 2,
   "eta": "2026-11-26T19:02:24.077703+00:00",
   "expires": null,
   "root_id": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "parent_id": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-retried",
   "uuid": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "hostname": "prefork@vm",
   "timestamp": 1795719743.0834973,
   "pid": 32763,
   "exception": "ConnectionError('feed unavailable (attempt 2)')",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 38, in run\n    return task._orig_run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/demo/errors.py\", line 37, in flaky\n    raise ConnectionError(f\"feed unavailable (attempt {attempt})\")\nConnectionError: feed unavailable (attempt 2)\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 60, in run\n    ret = task.retry(exc=exc, **retry_kwargs_for_attempt)\n          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/task.py\", line 963, in retry\n    raise ret\ncelery.exceptions.Retry: Retry in 1s: ConnectionError('feed unavailable (attempt 2)')\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
   "hostname": "prefork@vm",
   "timestamp": 1795719744.0657883,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
   "name": "demo.errors.flaky",
   "hostname": "gen329@vm",
   "timestamp": 1795719744.0689037,
   "args": "()",
   "kwargs": "{'fail_times': 2}",
   "retries": 2,
   "eta": "2026-11-26T19:02:26.066773+00:00",
   "expires": null,
   "root_id": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
   "parent_id": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
   "pid": 329,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
   "name": "demo.errors.flaky",
   "hostname": "prefork@vm",
   "timestamp": 1795719744.0699768,
   "args": "()",
   "kwargs": "{'fail_times': 2}",
   "retries": 2,
   "eta": "2026-11-26T19:02:26.066773+00:00",
   "expires": null,
   "root_id": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
   "parent_id": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-retried",
   "uuid": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
   "hostname": "prefork@vm",
   "timestamp": 1795719744.0747788,
   "pid": 32763,
   "exception": "ConnectionError('feed unavailable (attempt 2)')",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 38, in run\n    return task._orig_run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/demo/errors.py\", line 37, in flaky\n    raise ConnectionError(f\"feed unavailable (attempt {attempt})\")\nConnectionError: feed unavailable (attempt 2)\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 60, in run\n    ret = task.retry(exc=exc, **retry_kwargs_for_attempt)\n          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/task.py\", line 963, in retry\n    raise ret\ncelery.exceptions.Retry: Retry in 2s: ConnectionError('feed unavailable (attempt 2)')\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "hostname": "prefork@vm",
   "timestamp": 1795719744.0785162,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "name": "demo.errors.flaky",
   "hostname": "gen329@vm",
   "timestamp": 1795719744.0809283,
   "args": "()",
   "kwargs": "{'fail_times': 10}",
   "retries": 3,
   "eta": "2026-11-26T19:02:28.080201+00:00",
   "expires": null,
   "root_id": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "parent_id": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "pid": 329,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "name": "demo.errors.flaky",
   "hostname": "prefork@vm",
   "timestamp": 1795719744.0819397,
   "args": "()",
   "kwargs": "{'fail_times': 10}",
   "retries": 3,
   "eta": "2026-11-26T19:02:28.080201+00:00",
   "expires": null,
   "root_id": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "parent_id": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-retried",
   "uuid": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "hostname": "prefork@vm",
   "timestamp": 1795719744.0854728,
   "pid": 32763,
   "exception": "ConnectionError('feed unavailable (attempt 3)')",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 38, in run\n    return task._orig_run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/demo/errors.py\", line 37, in flaky\n    raise ConnectionError(f\"feed unavailable (attempt {attempt})\")\nConnectionError: feed unavailable (attempt 3)\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 60, in run\n    ret = task.retry(exc=exc, **retry_kwargs_for_attempt)\n          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/task.py\", line 963, in retry\n    raise ret\ncelery.exceptions.Retry: Retry in 4s: ConnectionError('feed unavailable (attempt 3)')\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
   "hostname": "prefork@vm",
   "timestamp": 1795719746.0686753,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
   "hostname": "prefork@vm",
   "timestamp": 1795719746.0724797,
   "pid": 32763,
   "runtime": 0.002889674000471132,
   "result": "{'attempts': 3}",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "hostname": "prefork@vm",
   "timestamp": 1795719748.081423,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
   "hostname": "prefork@vm",
   "timestamp": 1795719748.0893788,
   "pid": 32763,
   "exception": "ConnectionError('feed unavailable (attempt 4)')",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 60, in run\n    ret = task.retry(exc=exc, **retry_kwargs_for_attempt)\n          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/task.py\", line 942, in retry\n    raise_with_context(exc)\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 38, in run\n    return task._orig_run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/demo/errors.py\", line 37, in flaky\n    raise ConnectionError(f\"feed unavailable (attempt {attempt})\")\nConnectionError: feed unavailable (attempt 4)\n",
   "pool": "prefork"
  },
  {
   "kind": "summary",
   "run_id": "14e097309030",
   "demo": "errors.retry",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "timeline",
     "facts": [
      {
       "label": "recovered",
       "value": {
        "attempts": 3
       },
       "tone": "good"
      },
      {
       "label": "gave up",
       "value": "FAILURE: ConnectionError('feed unavailable (attempt 4)')",
       "tone": "bad"
      },
      {
       "label": "seconds between attempts",
       "value": "recovered: 1.0 s, 2.0 s \u00b7 gave up: 0.0 s, 1.0 s, 4.0 s"
      }
     ]
    },
    "recovered": {
     "attempts": 3
    },
    "gave_up": "FAILURE: ConnectionError('feed unavailable (attempt 4)')",
    "retries": 5,
    "seconds between attempts": [
     [
      1.0,
      2.0
     ],
     [
      0.02,
      1.0,
      4.0
     ]
    ]
   },
   "error": null,
   "tasks": [
    {
     "uuid": "a0ccf6a8-2e58-4d0e-9e8c-e0950f07c442",
     "state": "SUCCEEDED",
     "name": "demo.errors.flaky",
     "hostname": "prefork@vm",
     "at": 1795719746.0724797,
     "event": "task-succeeded",
     "pool": "prefork",
     "exception": "ConnectionError('feed unavailable (attempt 2)')",
     "runtime": 0.002889674000471132,
     "result": "{'attempts': 3}"
    },
    {
     "uuid": "6bb1556c-72c9-4957-9955-da64a2bf96b3",
     "state": "FAILED",
     "name": "demo.errors.flaky",
     "hostname": "prefork@vm",
     "at": 1795719748.0893788,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ConnectionError('feed unavailable (attempt 4)')"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795719743.0531092,
   "finished": 1795719748.0903234,
   "duration": 5.037,
   "timestamp": 1795719748.0903366
  }
 ]
};
