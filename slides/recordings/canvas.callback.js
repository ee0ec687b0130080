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
 "recorded": "2026-11-26T18:19:20+00:00",
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
  "x": 21
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "3b32dc0df163",
   "demo": "canvas.callback",
   "title": "Callbacks: link on success, link_error on failure",
   "params": {
    "x": 21
   },
   "broker": "redis://127.0.0.1:31379/0",
   "follow": "events",
   "command": "invoke demo canvas.callback",
   "timestamp": 1795717160.6526458
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "c459038a-6b53-4910-854a-83d1f2da91fc",
   "name": "demo.canvas.double",
   "hostname": "gen17537@vm",
   "timestamp": 1795717160.655331,
   "args": "(21,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "c459038a-6b53-4910-854a-83d1f2da91fc",
   "parent_id": null,
   "pid": 17537,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "c459038a-6b53-4910-854a-83d1f2da91fc",
   "name": "demo.canvas.double",
   "hostname": "prefork@vm",
   "timestamp": 1795717160.6567712,
   "args": "(21,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "c459038a-6b53-4910-854a-83d1f2da91fc",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "c459038a-6b53-4910-854a-83d1f2da91fc",
   "hostname": "prefork@vm",
   "timestamp": 1795717160.6609652,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "86544fd2-3528-432c-b08b-5e9c6c184ebc",
   "name": "demo.canvas.explode",
   "hostname": "gen17537@vm",
   "timestamp": 1795717160.6633823,
   "args": "('boom',)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "86544fd2-3528-432c-b08b-5e9c6c184ebc",
   "parent_id": null,
   "pid": 17537,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "note",
   "text": "double(x) with link=on_success; explode() with link_error=[on_error, report_failure]",
   "data": null,
   "timestamp": 1795717160.665474
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "86544fd2-3528-432c-b08b-5e9c6c184ebc",
   "name": "demo.canvas.explode",
   "hostname": "prefork@vm",
   "timestamp": 1795717160.6659267,
   "args": "('boom',)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "86544fd2-3528-432c-b08b-5e9c6c184ebc",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "2fad9432-35d6-4806-8e1c-4817cc2efb83",
   "name": "demo.canvas.on_success",
   "hostname": "gen16420@vm",
   "timestamp": 1795717160.666613,
   "args": "(42,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "c459038a-6b53-4910-854a-83d1f2da91fc",
   "parent_id": "c459038a-6b53-4910-854a-83d1f2da91fc",
   "pid": 16420,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "2fad9432-35d6-4806-8e1c-4817cc2efb83",
   "name": "demo.canvas.on_success",
   "hostname": "prefork@vm",
   "timestamp": 1795717160.6694827,
   "args": "(42,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "c459038a-6b53-4910-854a-83d1f2da91fc",
   "parent_id": "c459038a-6b53-4910-854a-83d1f2da91fc",
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "c459038a-6b53-4910-854a-83d1f2da91fc",
   "hostname": "prefork@vm",
   "timestamp": 1795717160.671364,
   "pid": 16420,
   "runtime": 0.009104746999582858,
   "result": "42",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "86544fd2-3528-432c-b08b-5e9c6c184ebc",
   "hostname": "prefork@vm",
   "timestamp": 1795717160.6714406,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "2fad9432-35d6-4806-8e1c-4817cc2efb83",
   "hostname": "prefork@vm",
   "timestamp": 1795717160.6755495,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "on_error(request, exc, traceback) ran inline in the worker: no task row for it",
   "data": null,
   "timestamp": 1795717160.680541
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "2fad9432-35d6-4806-8e1c-4817cc2efb83",
   "hostname": "prefork@vm",
   "timestamp": 1795717160.679626,
   "pid": 16420,
   "runtime": 0.003883987999870442,
   "result": "'callback got 42'",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "419977ab-5645-41ed-a3f5-f97d01c7e776",
   "name": "demo.canvas.report_failure",
   "hostname": "gen16490@vm",
   "timestamp": 1795717160.6807234,
   "args": "('86544fd2-3528-432c-b08b-5e9c6c184ebc',)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "86544fd2-3528-432c-b08b-5e9c6c184ebc",
   "parent_id": "86544fd2-3528-432c-b08b-5e9c6c184ebc",
   "pid": 16490,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "419977ab-5645-41ed-a3f5-f97d01c7e776",
   "name": "demo.canvas.report_failure",
   "hostname": "prefork@vm",
   "timestamp": 1795717160.6831112,
   "args": "('86544fd2-3528-432c-b08b-5e9c6c184ebc',)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "86544fd2-3528-432c-b08b-5e9c6c184ebc",
   "parent_id": "86544fd2-3528-432c-b08b-5e9c6c184ebc",
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "86544fd2-3528-432c-b08b-5e9c6c184ebc",
   "hostname": "prefork@vm",
   "timestamp": 1795717160.6862528,
   "pid": 16420,
   "exception": "ValueError('boom')",
   "traceback": "Traceback (most recent call last):\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/demo/canvas.py\", line 45, in explode\n    raise ValueError(message)\nValueError: boom\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "419977ab-5645-41ed-a3f5-f97d01c7e776",
   "hostname": "prefork@vm",
   "timestamp": 1795717160.6887593,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "419977ab-5645-41ed-a3f5-f97d01c7e776",
   "hostname": "prefork@vm",
   "timestamp": 1795717160.690729,
   "pid": 16420,
   "runtime": 0.0027467620002425974,
   "result": "'report: task 86544fd2-3528-432c-b08b-5e9c6c184ebc failed with ValueError(\\'boom\\')'",
   "pool": "prefork"
  },
  {
   "kind": "summary",
   "run_id": "3b32dc0df163",
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
       "value": "report: task 86544fd2-3528-432c-b08b-5e9c6c184ebc failed with ValueError('boom')"
      }
     ]
    },
    "double": 42,
    "link": "callback got 42",
    "explode": "FAILURE: ValueError('boom')",
    "link_error": "report: task 86544fd2-3528-432c-b08b-5e9c6c184ebc failed with ValueError('boom')"
   },
   "error": null,
   "tasks": [
    {
     "uuid": "c459038a-6b53-4910-854a-83d1f2da91fc",
     "state": "SUCCEEDED",
     "name": "demo.canvas.double",
     "hostname": "prefork@vm",
     "at": 1795717160.671364,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.009104746999582858,
     "result": "42"
    },
    {
     "uuid": "86544fd2-3528-432c-b08b-5e9c6c184ebc",
     "state": "FAILED",
     "name": "demo.canvas.explode",
     "hostname": "prefork@vm",
     "at": 1795717160.6862528,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ValueError('boom')"
    },
    {
     "uuid": "2fad9432-35d6-4806-8e1c-4817cc2efb83",
     "name": "demo.canvas.on_success",
     "hostname": "prefork@vm",
     "at": 1795717160.679626,
     "event": "task-succeeded",
     "state": "SUCCEEDED",
     "pool": "prefork",
     "runtime": 0.003883987999870442,
     "result": "'callback got 42'"
    },
    {
     "uuid": "419977ab-5645-41ed-a3f5-f97d01c7e776",
     "name": "demo.canvas.report_failure",
     "hostname": "prefork@vm",
     "at": 1795717160.690729,
     "event": "task-succeeded",
     "state": "SUCCEEDED",
     "pool": "prefork",
     "runtime": 0.0027467620002425974,
     "result": "'report: task 86544fd2-3528-432c-b08b-5e9c6c184ebc failed with ValueError(\\'boom\\')'"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:31379/0",
   "started": 1795717160.6526458,
   "finished": 1795717160.7312202,
   "duration": 0.079,
   "timestamp": 1795717160.731244
  }
 ]
};
