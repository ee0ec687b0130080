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
 "recorded": "2026-11-26T18:21:25+00:00",
 "broker": "redis://127.0.0.1:31379/0",
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
   "run_id": "4cb109b3a844",
   "demo": "errors.retry",
   "title": "Retry with exponential back-off and jitter; max_retries",
   "params": {
    "fail_times": 2
   },
   "broker": "redis://127.0.0.1:31379/0",
   "follow": "events",
   "command": "invoke demo errors.retry",
   "timestamp": 1795717285.5926313
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
   "name": "demo.errors.flaky",
   "hostname": "prefork@vm",
   "timestamp": 1795717285.6113129,
   "args": "()",
   "kwargs": "{'fail_times': 2}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
   "hostname": "prefork@vm",
   "timestamp": 1795717285.6150315,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
   "name": "demo.errors.flaky",
   "hostname": "gen16420@vm",
   "timestamp": 1795717285.6283407,
   "args": "()",
   "kwargs": "{'fail_times': 2}",
   "retries": 1,
   "eta": null,
   "expires": null,
   "root_id": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
   "parent_id": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
   "pid": 16420,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
   "name": "demo.errors.flaky",
   "hostname": "prefork@vm",
   "timestamp": 1795717285.630987,
   "args": "()",
   "kwargs": "{'fail_times': 2}",
   "retries": 1,
   "eta": null,
   "expires": null,
   "root_id": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
   "parent_id": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-retried",
   "uuid": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
   "hostname": "prefork@vm",
   "timestamp": 1795717285.638196,
   "pid": 16420,
   "exception": "ConnectionError('feed unavailable (attempt 1)')",
   "traceback": "Traceback (most recent call last):\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 38, in run\n    return task._orig_run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/demo/errors.py\", line 37, in flaky\n    raise ConnectionError(f\"feed unavailable (attempt {attempt})\")\nConnectionError: feed unavailable (attempt 1)\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 60, in run\n    ret = task.retry(exc=exc, **retry_kwargs_for_attempt)\n          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/task.py\", line 963, in retry\n    raise ret\ncelery.exceptions.Retry: Retry in 0s: ConnectionError('feed unavailable (attempt 1)')\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
   "name": "demo.errors.flaky",
   "hostname": "gen21816@vm",
   "timestamp": 1795717285.6490557,
   "args": "()",
   "kwargs": "{'fail_times': 2}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
   "parent_id": null,
   "pid": 21816,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "note",
   "text": "flaky(fail_times=2) and flaky(fail_times=10); max_retries=3",
   "data": null,
   "timestamp": 1795717285.737161
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "name": "demo.errors.flaky",
   "hostname": "prefork@vm",
   "timestamp": 1795717285.6571214,
   "args": "()",
   "kwargs": "{'fail_times': 10}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
   "hostname": "prefork@vm",
   "timestamp": 1795717285.660625,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "hostname": "prefork@vm",
   "timestamp": 1795717285.667125,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "name": "demo.errors.flaky",
   "hostname": "gen16420@vm",
   "timestamp": 1795717285.6681325,
   "args": "()",
   "kwargs": "{'fail_times': 10}",
   "retries": 1,
   "eta": null,
   "expires": null,
   "root_id": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "parent_id": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "pid": 16420,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "name": "demo.errors.flaky",
   "hostname": "prefork@vm",
   "timestamp": 1795717285.67231,
   "args": "()",
   "kwargs": "{'fail_times': 10}",
   "retries": 1,
   "eta": null,
   "expires": null,
   "root_id": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "parent_id": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-retried",
   "uuid": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "hostname": "prefork@vm",
   "timestamp": 1795717285.6853878,
   "pid": 16420,
   "exception": "ConnectionError('feed unavailable (attempt 1)')",
   "traceback": "Traceback (most recent call last):\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 38, in run\n    return task._orig_run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/demo/errors.py\", line 37, in flaky\n    raise ConnectionError(f\"feed unavailable (attempt {attempt})\")\nConnectionError: feed unavailable (attempt 1)\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 60, in run\n    ret = task.retry(exc=exc, **retry_kwargs_for_attempt)\n          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/task.py\", line 963, in retry\n    raise ret\ncelery.exceptions.Retry: Retry in 0s: ConnectionError('feed unavailable (attempt 1)')\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "hostname": "prefork@vm",
   "timestamp": 1795717285.6903193,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "name": "demo.errors.flaky",
   "hostname": "gen16420@vm",
   "timestamp": 1795717285.6953757,
   "args": "()",
   "kwargs": "{'fail_times': 10}",
   "retries": 2,
   "eta": null,
   "expires": null,
   "root_id": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "parent_id": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "pid": 16420,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "name": "demo.errors.flaky",
   "hostname": "prefork@vm",
   "timestamp": 1795717285.697077,
   "args": "()",
   "kwargs": "{'fail_times': 10}",
   "retries": 2,
   "eta": null,
   "expires": null,
   "root_id": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "parent_id": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
   "name": "demo.errors.flaky",
   "hostname": "gen16420@vm",
   "timestamp": 1795717285.7021737,
   "args": "()",
   "kwargs": "{'fail_times': 2}",
   "retries": 2,
   "eta": "2026-11-26T18:21:27.666327+00:00",
   "expires": null,
   "root_id": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
   "parent_id": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
   "pid": 16420,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
   "name": "demo.errors.flaky",
   "hostname": "prefork@vm",
   "timestamp": 1795717285.7093613,
   "args": "()",
   "kwargs": "{'fail_times': 2}",
   "retries": 2,
   "eta": "2026-11-26T18:21:27.666327+00:00",
   "expires": null,
   "root_id": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
   "parent_id": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-retried",
   "uuid": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "hostname": "prefork@vm",
   "timestamp": 1795717285.7199306,
   "pid": 16420,
   "exception": "ConnectionError('feed unavailable (attempt 2)')",
   "traceback": "Traceback (most recent call last):\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 38, in run\n    return task._orig_run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/demo/errors.py\", line 37, in flaky\n    raise ConnectionError(f\"feed unavailable (attempt {attempt})\")\nConnectionError: feed unavailable (attempt 2)\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 60, in run\n    ret = task.retry(exc=exc, **retry_kwargs_for_attempt)\n          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/task.py\", line 963, in retry\n    raise ret\ncelery.exceptions.Retry: Retry in 0s: ConnectionError('feed unavailable (attempt 2)')\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "hostname": "prefork@vm",
   "timestamp": 1795717285.7273586,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-retried",
   "uuid": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
   "hostname": "prefork@vm",
   "timestamp": 1795717285.7301598,
   "pid": 16420,
   "exception": "ConnectionError('feed unavailable (attempt 2)')",
   "traceback": "Traceback (most recent call last):\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 38, in run\n    return task._orig_run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/demo/errors.py\", line 37, in flaky\n    raise ConnectionError(f\"feed unavailable (attempt {attempt})\")\nConnectionError: feed unavailable (attempt 2)\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 60, in run\n    ret = task.retry(exc=exc, **retry_kwargs_for_attempt)\n          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/task.py\", line 963, in retry\n    raise ret\ncelery.exceptions.Retry: Retry in 2s: ConnectionError('feed unavailable (attempt 2)')\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "name": "demo.errors.flaky",
   "hostname": "gen21816@vm",
   "timestamp": 1795717285.7332442,
   "args": "()",
   "kwargs": "{'fail_times': 10}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "parent_id": null,
   "pid": 21816,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "name": "demo.errors.flaky",
   "hostname": "prefork@vm",
   "timestamp": 1795717285.7398536,
   "args": "()",
   "kwargs": "{'fail_times': 10}",
   "retries": 3,
   "eta": "2026-11-26T18:21:27.737889+00:00",
   "expires": null,
   "root_id": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "parent_id": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "name": "demo.errors.flaky",
   "hostname": "gen16420@vm",
   "timestamp": 1795717285.7563274,
   "args": "()",
   "kwargs": "{'fail_times': 10}",
   "retries": 3,
   "eta": "2026-11-26T18:21:27.737889+00:00",
   "expires": null,
   "root_id": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "parent_id": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "pid": 16420,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-retried",
   "uuid": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "hostname": "prefork@vm",
   "timestamp": 1795717285.7718933,
   "pid": 16420,
   "exception": "ConnectionError('feed unavailable (attempt 3)')",
   "traceback": "Traceback (most recent call last):\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 38, in run\n    return task._orig_run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/demo/errors.py\", line 37, in flaky\n    raise ConnectionError(f\"feed unavailable (attempt {attempt})\")\nConnectionError: feed unavailable (attempt 3)\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 60, in run\n    ret = task.retry(exc=exc, **retry_kwargs_for_attempt)\n          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/task.py\", line 963, in retry\n    raise ret\ncelery.exceptions.Retry: Retry in 2s: ConnectionError('feed unavailable (attempt 3)')\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
   "hostname": "prefork@vm",
   "timestamp": 1795717287.6675637,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
   "hostname": "prefork@vm",
   "timestamp": 1795717287.6725278,
   "pid": 16420,
   "runtime": 0.003983824999522767,
   "result": "{'attempts': 3}",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "hostname": "prefork@vm",
   "timestamp": 1795717287.7438374,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
   "hostname": "prefork@vm",
   "timestamp": 1795717287.768791,
   "pid": 16420,
   "exception": "ConnectionError('feed unavailable (attempt 4)')",
   "traceback": "Traceback (most recent call last):\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 60, in run\n    ret = task.retry(exc=exc, **retry_kwargs_for_attempt)\n          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/task.py\", line 942, in retry\n    raise_with_context(exc)\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/autoretry.py\", line 38, in run\n    return task._orig_run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/demo/errors.py\", line 37, in flaky\n    raise ConnectionError(f\"feed unavailable (attempt {attempt})\")\nConnectionError: feed unavailable (attempt 4)\n",
   "pool": "prefork"
  },
  {
   "kind": "summary",
   "run_id": "4cb109b3a844",
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
       "value": "recovered: 0.1 s, 2.0 s \u00b7 gave up: 0.0 s, 0.0 s, 2.0 s"
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
      0.05,
      2.01
     ],
     [
      0.02,
      0.04,
      2.02
     ]
    ]
   },
   "error": null,
   "tasks": [
    {
     "uuid": "1383c8c6-9392-4081-ae5f-d31a36f59b99",
     "state": "SUCCEEDED",
     "name": "demo.errors.flaky",
     "hostname": "prefork@vm",
     "pool": "prefork",
     "at": 1795717287.6725278,
     "event": "task-succeeded",
     "exception": "ConnectionError('feed unavailable (attempt 2)')",
     "runtime": 0.003983824999522767,
     "result": "{'attempts': 3}"
    },
    {
     "uuid": "f80d9e05-589c-49f7-94ee-d7947ad0c995",
     "state": "FAILED",
     "name": "demo.errors.flaky",
     "hostname": "prefork@vm",
     "pool": "prefork",
     "at": 1795717287.768791,
     "event": "task-failed",
     "exception": "ConnectionError('feed unavailable (attempt 4)')"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:31379/0",
   "started": 1795717285.5926313,
   "finished": 1795717287.7767107,
   "duration": 2.184,
   "timestamp": 1795717287.7767255
  }
 ]
};
