/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["practices.chord_failure"] = {
 "id": "practices.chord_failure",
 "title": "A chord whose header fails: the body never runs",
 "scenario": {
  "id": "practices.chord_failure",
  "title": "A chord whose header fails: the body never runs",
  "slide": "What to keep in mind / Chords",
  "description": "jobs_in_feeds(): a header of three count_jobs() (one raises at once, two take\n    ``seconds``), total() as the body, alert_on_call() linked to the body as its errback.\n    What the caller's get() raises (by default it follows the parent, the header, and\n    raises the header's own error; with follow_parents=False it waits for the body's\n    ChordError), whether the body ever started, and when the errback ran.",
  "command": "invoke demo practices.chord_failure",
  "timeout": 60.0,
  "params": [
   {
    "name": "seconds",
    "type": "number",
    "default": 1.0,
    "min": 0.2,
    "max": 5,
    "choices": null,
    "limits": "between 0.2 and 5",
    "help": "how long each healthy feed takes"
   }
  ]
 },
 "recorded": "2026-11-26T19:04:00+00:00",
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
  "seconds": 1.0
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "b237c8573ff1",
   "demo": "practices.chord_failure",
   "title": "A chord whose header fails: the body never runs",
   "params": {
    "seconds": 1.0
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo practices.chord_failure",
   "timestamp": 1795719840.1707993
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "fad63412-9aec-42c9-81ee-7e5139b9c3ec",
   "name": "demo.chords.count_jobs",
   "hostname": "gen364@vm",
   "timestamp": 1795719840.1771357,
   "args": "('acme', 1.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "fad63412-9aec-42c9-81ee-7e5139b9c3ec",
   "parent_id": null,
   "pid": 364,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "057680ea-25be-42db-a5e3-8221bf1989fa",
   "name": "demo.chords.count_jobs",
   "hostname": "gen364@vm",
   "timestamp": 1795719840.1795547,
   "args": "('down', 1.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "057680ea-25be-42db-a5e3-8221bf1989fa",
   "parent_id": null,
   "pid": 364,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "fad63412-9aec-42c9-81ee-7e5139b9c3ec",
   "name": "demo.chords.count_jobs",
   "hostname": "prefork@vm",
   "timestamp": 1795719840.1809082,
   "args": "('acme', 1.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "fad63412-9aec-42c9-81ee-7e5139b9c3ec",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "7e9fd3d9-9101-4ff1-9f2a-e1fff3f3b067",
   "name": "demo.chords.count_jobs",
   "hostname": "gen364@vm",
   "timestamp": 1795719840.181946,
   "args": "('globex', 1.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "7e9fd3d9-9101-4ff1-9f2a-e1fff3f3b067",
   "parent_id": null,
   "pid": 364,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "note",
   "text": "chord: count_jobs() for acme, down, globex, then total(); alert_on_call() linked to the body",
   "data": null,
   "timestamp": 1795719840.1840024
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "057680ea-25be-42db-a5e3-8221bf1989fa",
   "name": "demo.chords.count_jobs",
   "hostname": "prefork@vm",
   "timestamp": 1795719840.1848915,
   "args": "('down', 1.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "057680ea-25be-42db-a5e3-8221bf1989fa",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "fad63412-9aec-42c9-81ee-7e5139b9c3ec",
   "hostname": "prefork@vm",
   "timestamp": 1795719840.1868412,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "057680ea-25be-42db-a5e3-8221bf1989fa",
   "hostname": "prefork@vm",
   "timestamp": 1795719840.1868763,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "get() raised ValueError: feed 'down' is unreachable",
   "data": null,
   "timestamp": 1795719840.1936684
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "7e9fd3d9-9101-4ff1-9f2a-e1fff3f3b067",
   "name": "demo.chords.count_jobs",
   "hostname": "prefork@vm",
   "timestamp": 1795719840.1944017,
   "args": "('globex', 1.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "7e9fd3d9-9101-4ff1-9f2a-e1fff3f3b067",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "057680ea-25be-42db-a5e3-8221bf1989fa",
   "hostname": "prefork@vm",
   "timestamp": 1795719840.1982512,
   "pid": 32763,
   "exception": "ValueError(\"feed 'down' is unreachable\")",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/demo/chords.py\", line 33, in count_jobs\n    raise ValueError(f\"feed {feed!r} is unreachable\")  # connection refused: at once\n    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\nValueError: feed 'down' is unreachable\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "7e9fd3d9-9101-4ff1-9f2a-e1fff3f3b067",
   "hostname": "prefork@vm",
   "timestamp": 1795719840.2005434,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "fad63412-9aec-42c9-81ee-7e5139b9c3ec",
   "hostname": "prefork@vm",
   "timestamp": 1795719841.1901078,
   "pid": 32763,
   "runtime": 1.0041827820004983,
   "result": "4",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "get(follow_parents=False) raised ChordError: Dependency 057680ea-25be-42db-a5e3-8221bf1989fa raised ValueError(\"feed 'down' is unreachable\")",
   "data": null,
   "timestamp": 1795719841.2092023
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "7e9fd3d9-9101-4ff1-9f2a-e1fff3f3b067",
   "hostname": "prefork@vm",
   "timestamp": 1795719841.210634,
   "pid": 32763,
   "runtime": 1.0079766160015424,
   "result": "6",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "demo.chords.alert_on_call[None]: the feeds summary 176936a7-6aed-429e-9d10-f58f5514fb72 failed: ChordError('Dependency 057680ea-25be-42db-a5e3-8221bf1989fa raised ValueError(\"feed \\'down\\' is unreachable\")')",
   "data": null,
   "timestamp": 1795719841.323256
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "176936a7-6aed-429e-9d10-f58f5514fb72",
   "name": null,
   "hostname": null,
   "timestamp": 1795719844.3241367,
   "exception": "ChordError('Dependency 057680ea-25be-42db-a5e3-8221bf1989fa raised ValueError(\"feed \\'down\\' is unreachable\")')",
   "source": "result-backend",
   "pool": null
  },
  {
   "kind": "summary",
   "run_id": "b237c8573ff1",
   "demo": "practices.chord_failure",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "table",
     "facts": [
      {
       "label": "the body",
       "value": "never started",
       "tone": "bad"
      },
      {
       "label": "get()",
       "value": "ValueError at once (follows the header)"
      },
      {
       "label": "the errback on the body",
       "value": "ran, with the ChordError",
       "tone": "good"
      }
     ],
     "columns": [
      "at s",
      "what",
      "outcome",
      "got"
     ],
     "rows": [
      [
       0.02,
       "count_jobs('down')",
       {
        "value": "failed",
        "tone": "bad"
       },
       "ValueError(\"feed 'down' is unreachable\")"
      ],
      [
       0.02,
       "caller: get()",
       {
        "value": "raised",
        "tone": "bad"
       },
       "ValueError: feed 'down' is unreachable"
      ],
      [
       1.02,
       "count_jobs('acme')",
       {
        "value": "succeeded",
        "tone": "good"
       },
       "4"
      ],
      [
       1.03,
       "count_jobs('globex')",
       {
        "value": "succeeded",
        "tone": "good"
       },
       "6"
      ],
      [
       1.04,
       "",
       {
        "value": "failed",
        "tone": "bad"
       },
       "ChordError('Dependency 057680ea\u2026 raised Val\u2026"
      ],
      [
       1.04,
       "caller: get(follow_parents=False)",
       {
        "value": "raised",
        "tone": "bad"
       },
       "ChordError: Dependency 057680ea\u2026 raised Val\u2026"
      ],
      [
       1.04,
       "alert_on_call (errback)",
       {
        "value": "logged",
        "tone": "good"
       },
       "the feeds summary 176936a7\u2026 failed: ChordEr\u2026"
      ],
      [
       1.04,
       "total (the body)",
       {
        "value": "never started",
        "tone": "warn"
       },
       "FAILURE: ChordError"
      ]
     ]
    },
    "rows": [
     {
      "at s": 0.02,
      "what": "count_jobs('down')",
      "outcome": "failed",
      "got": "ValueError(\"feed 'down' is unreachable\")"
     },
     {
      "at s": 0.02,
      "what": "caller: get()",
      "outcome": "raised",
      "got": "ValueError: feed 'down' is unreachable"
     },
     {
      "at s": 1.02,
      "what": "count_jobs('acme')",
      "outcome": "succeeded",
      "got": "4"
     },
     {
      "at s": 1.03,
      "what": "count_jobs('globex')",
      "outcome": "succeeded",
      "got": "6"
     },
     {
      "at s": 1.04,
      "what": "",
      "outcome": "failed",
      "got": "ChordError('Dependency 057680ea\u2026 raised Val\u2026"
     },
     {
      "at s": 1.04,
      "what": "caller: get(follow_parents=False)",
      "outcome": "raised",
      "got": "ChordError: Dependency 057680ea\u2026 raised Val\u2026"
     },
     {
      "at s": 1.04,
      "what": "alert_on_call (errback)",
      "outcome": "logged",
      "got": "the feeds summary 176936a7\u2026 failed: ChordEr\u2026"
     },
     {
      "at s": 1.04,
      "what": "total (the body)",
      "outcome": "never started",
      "got": "FAILURE: ChordError"
     }
    ],
    "body": "176936a7-6aed-429e-9d10-f58f5514fb72",
    "get()": "ValueError: feed 'down' is unreachable",
    "get(follow_parents=False)": "ChordError: Dependency 057680ea-25be-42db-a5e3-8221bf1989fa raised ValueError(\"feed 'down' is unreachable\")",
    "errback": "the feeds summary 176936a7-6aed-429e-9d10-f58f5514fb72 failed: ChordError('Dependency 057680ea-25be-42db-a5e3-8221bf1989fa raised ValueError(\"feed \\'down\\' is unreachable\")')",
    "verdict": "the body never ran; get() raised the header's own error at once, the body's ChordError came when the whole header had finished"
   },
   "error": null,
   "tasks": [
    {
     "uuid": "fad63412-9aec-42c9-81ee-7e5139b9c3ec",
     "state": "SUCCEEDED",
     "name": "demo.chords.count_jobs",
     "hostname": "prefork@vm",
     "at": 1795719841.1901078,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 1.0041827820004983,
     "result": "4"
    },
    {
     "uuid": "057680ea-25be-42db-a5e3-8221bf1989fa",
     "state": "FAILED",
     "name": "demo.chords.count_jobs",
     "hostname": "prefork@vm",
     "at": 1795719840.1982512,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ValueError(\"feed 'down' is unreachable\")"
    },
    {
     "uuid": "7e9fd3d9-9101-4ff1-9f2a-e1fff3f3b067",
     "state": "SUCCEEDED",
     "name": "demo.chords.count_jobs",
     "hostname": "prefork@vm",
     "at": 1795719841.210634,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 1.0079766160015424,
     "result": "6"
    },
    {
     "uuid": "176936a7-6aed-429e-9d10-f58f5514fb72",
     "state": "FAILED",
     "exception": "ChordError('Dependency 057680ea-25be-42db-a5e3-8221bf1989fa raised ValueError(\"feed \\'down\\' is unreachable\")')",
     "at": 1795719844.3241367,
     "event": "task-failed"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795719840.1707993,
   "finished": 1795719844.3255246,
   "duration": 4.155,
   "timestamp": 1795719844.3255432
  }
 ]
};
