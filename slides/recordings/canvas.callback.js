/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["canvas.callback"] = {
 "id": "canvas.callback",
 "title": "Callbacks: link on success, link_error on failure",
 "scenario": {
  "id": "canvas.callback",
  "title": "Callbacks: link on success, link_error on failure",
  "slide": "Program for Celery / Callback",
  "description": "double(x) links on_success (a task fed the result); explode() links two errbacks:\n    on_error(request, exc, traceback) runs inside the worker that saw the failure,\n    report_failure(task_id) is sent as a task of its own.",
  "command": "invoke demo canvas.callback",
  "timeout": 60.0,
  "params": [
   {
    "name": "x",
    "type": "integer",
    "default": 21,
    "min": -1000,
    "max": 1000,
    "choices": null,
    "limits": "between -1000 and 1000",
    "help": "what double() gets"
   }
  ]
 },
 "recorded": "2026-11-26T19:02:21+00:00",
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
  "x": 21
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "64ee962d719e",
   "demo": "canvas.callback",
   "title": "Callbacks: link on success, link_error on failure",
   "params": {
    "x": 21
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo canvas.callback",
   "timestamp": 1795719741.5862212
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "70662d02-88ac-4860-9cec-0b2b60043a24",
   "name": "demo.canvas.double",
   "hostname": "gen364@vm",
   "timestamp": 1795719741.5883174,
   "args": "(21,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "70662d02-88ac-4860-9cec-0b2b60043a24",
   "parent_id": null,
   "pid": 364,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "70662d02-88ac-4860-9cec-0b2b60043a24",
   "name": "demo.canvas.double",
   "hostname": "prefork@vm",
   "timestamp": 1795719741.5901124,
   "args": "(21,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "70662d02-88ac-4860-9cec-0b2b60043a24",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "70662d02-88ac-4860-9cec-0b2b60043a24",
   "hostname": "prefork@vm",
   "timestamp": 1795719741.5914624,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "4ef18a40-397b-485a-8e62-a4386496b4dd",
   "name": "demo.canvas.explode",
   "hostname": "gen364@vm",
   "timestamp": 1795719741.5926805,
   "args": "('boom',)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "4ef18a40-397b-485a-8e62-a4386496b4dd",
   "parent_id": null,
   "pid": 364,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "note",
   "text": "double(x) with link=on_success; explode() with link_error=[on_error, report_failure]",
   "data": null,
   "timestamp": 1795719741.5939062
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "4ef18a40-397b-485a-8e62-a4386496b4dd",
   "name": "demo.canvas.explode",
   "hostname": "prefork@vm",
   "timestamp": 1795719741.5957446,
   "args": "('boom',)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "4ef18a40-397b-485a-8e62-a4386496b4dd",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "4ef18a40-397b-485a-8e62-a4386496b4dd",
   "hostname": "prefork@vm",
   "timestamp": 1795719741.5966296,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "97688cdc-091f-41d6-8b00-872419ff4275",
   "name": "demo.canvas.on_success",
   "hostname": "gen329@vm",
   "timestamp": 1795719741.5995748,
   "args": "(42,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "70662d02-88ac-4860-9cec-0b2b60043a24",
   "parent_id": "70662d02-88ac-4860-9cec-0b2b60043a24",
   "pid": 329,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "97688cdc-091f-41d6-8b00-872419ff4275",
   "name": "demo.canvas.on_success",
   "hostname": "prefork@vm",
   "timestamp": 1795719741.600916,
   "args": "(42,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "70662d02-88ac-4860-9cec-0b2b60043a24",
   "parent_id": "70662d02-88ac-4860-9cec-0b2b60043a24",
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "70662d02-88ac-4860-9cec-0b2b60043a24",
   "hostname": "prefork@vm",
   "timestamp": 1795719741.6023626,
   "pid": 32763,
   "runtime": 0.010050769000372384,
   "result": "42",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "on_error(request, exc, traceback) ran inline in the worker: no task row for it",
   "data": null,
   "timestamp": 1795719741.6050003
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "97688cdc-091f-41d6-8b00-872419ff4275",
   "hostname": "prefork@vm",
   "timestamp": 1795719741.6046216,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "97688cdc-091f-41d6-8b00-872419ff4275",
   "hostname": "prefork@vm",
   "timestamp": 1795719741.6096594,
   "pid": 32763,
   "runtime": 0.004471819000173127,
   "result": "'callback got 42'",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "185b9fbd-9e36-4c15-ace3-28db82fb3fec",
   "name": "demo.canvas.report_failure",
   "hostname": "gen325@vm",
   "timestamp": 1795719741.6136966,
   "args": "('4ef18a40-397b-485a-8e62-a4386496b4dd',)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "4ef18a40-397b-485a-8e62-a4386496b4dd",
   "parent_id": "4ef18a40-397b-485a-8e62-a4386496b4dd",
   "pid": 325,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "185b9fbd-9e36-4c15-ace3-28db82fb3fec",
   "name": "demo.canvas.report_failure",
   "hostname": "prefork@vm",
   "timestamp": 1795719741.6146548,
   "args": "('4ef18a40-397b-485a-8e62-a4386496b4dd',)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "4ef18a40-397b-485a-8e62-a4386496b4dd",
   "parent_id": "4ef18a40-397b-485a-8e62-a4386496b4dd",
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "185b9fbd-9e36-4c15-ace3-28db82fb3fec",
   "hostname": "prefork@vm",
   "timestamp": 1795719741.616748,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "4ef18a40-397b-485a-8e62-a4386496b4dd",
   "hostname": "prefork@vm",
   "timestamp": 1795719741.6202567,
   "pid": 32763,
   "exception": "ValueError('boom')",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/demo/canvas.py\", line 45, in explode\n    raise ValueError(message)\nValueError: boom\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "185b9fbd-9e36-4c15-ace3-28db82fb3fec",
   "hostname": "prefork@vm",
   "timestamp": 1795719741.6221306,
   "pid": 32763,
   "runtime": 0.004597474999172846,
   "result": "'report: task 4ef18a40-397b-485a-8e62-a4386496b4dd failed with ValueError(\\'boom\\')'",
   "pool": "prefork"
  },
  {
   "kind": "summary",
   "run_id": "64ee962d719e",
   "demo": "canvas.callback",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "timeline",
     "facts": [
      {
       "label": "double",
       "value": 42
      },
      {
       "label": "link",
       "value": "callback got 42"
      },
      {
       "label": "explode",
       "value": "FAILURE: ValueError('boom')",
       "tone": "bad"
      },
      {
       "label": "link_error",
       "value": "report: task 4ef18a40-397b-485a-8e62-a4386496b4dd failed with ValueError('boom')"
      }
     ]
    },
    "double": 42,
    "link": "callback got 42",
    "explode": "FAILURE: ValueError('boom')",
    "link_error": "report: task 4ef18a40-397b-485a-8e62-a4386496b4dd failed with ValueError('boom')"
   },
   "error": null,
   "tasks": [
    {
     "uuid": "70662d02-88ac-4860-9cec-0b2b60043a24",
     "state": "SUCCEEDED",
     "name": "demo.canvas.double",
     "hostname": "prefork@vm",
     "at": 1795719741.6023626,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.010050769000372384,
     "result": "42"
    },
    {
     "uuid": "4ef18a40-397b-485a-8e62-a4386496b4dd",
     "state": "FAILED",
     "name": "demo.canvas.explode",
     "hostname": "prefork@vm",
     "at": 1795719741.6202567,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ValueError('boom')"
    },
    {
     "uuid": "97688cdc-091f-41d6-8b00-872419ff4275",
     "name": "demo.canvas.on_success",
     "hostname": "prefork@vm",
     "at": 1795719741.6096594,
     "event": "task-succeeded",
     "state": "SUCCEEDED",
     "pool": "prefork",
     "runtime": 0.004471819000173127,
     "result": "'callback got 42'"
    },
    {
     "uuid": "185b9fbd-9e36-4c15-ace3-28db82fb3fec",
     "name": "demo.canvas.report_failure",
     "hostname": "prefork@vm",
     "at": 1795719741.6221306,
     "event": "task-succeeded",
     "state": "SUCCEEDED",
     "pool": "prefork",
     "runtime": 0.004597474999172846,
     "result": "'report: task 4ef18a40-397b-485a-8e62-a4386496b4dd failed with ValueError(\\'boom\\')'"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795719741.5862212,
   "finished": 1795719741.6236293,
   "duration": 0.037,
   "timestamp": 1795719741.623647
  }
 ]
};
