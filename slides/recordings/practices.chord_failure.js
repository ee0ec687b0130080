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
 "recorded": "2026-11-26T18:25:33+00:00",
 "broker": "redis://127.0.0.1:34379/0",
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
   "run_id": "6cbd78a7e8f7",
   "demo": "practices.chord_failure",
   "title": "A chord whose header fails: the body never runs",
   "params": {
    "seconds": 1.0
   },
   "broker": "redis://127.0.0.1:34379/0",
   "follow": "events",
   "command": "invoke demo practices.chord_failure",
   "timestamp": 1795717533.999613
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "c100e5c0-2427-4240-b929-477338608ed2",
   "name": "demo.chords.count_jobs",
   "hostname": "gen29006@vm",
   "timestamp": 1795717534.0565152,
   "args": "('acme', 1.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "c100e5c0-2427-4240-b929-477338608ed2",
   "parent_id": null,
   "pid": 29006,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "4d8c17c8-8e7f-4ad2-877a-9ea470197cb7",
   "name": "demo.chords.count_jobs",
   "hostname": "gen29006@vm",
   "timestamp": 1795717534.0636883,
   "args": "('down', 1.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "4d8c17c8-8e7f-4ad2-877a-9ea470197cb7",
   "parent_id": null,
   "pid": 29006,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "34b8d7e3-fbff-4cca-99b0-c7640b0c39b3",
   "name": "demo.chords.count_jobs",
   "hostname": "gen29006@vm",
   "timestamp": 1795717534.0711548,
   "args": "('globex', 1.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "34b8d7e3-fbff-4cca-99b0-c7640b0c39b3",
   "parent_id": null,
   "pid": 29006,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "note",
   "text": "chord: count_jobs() for acme, down, globex, then total(); alert_on_call() linked to the body",
   "data": null,
   "timestamp": 1795717534.0726042
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "c100e5c0-2427-4240-b929-477338608ed2",
   "name": "demo.chords.count_jobs",
   "hostname": "prefork@vm",
   "timestamp": 1795717534.123515,
   "args": "('acme', 1.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "c100e5c0-2427-4240-b929-477338608ed2",
   "parent_id": null,
   "pid": 29002,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "4d8c17c8-8e7f-4ad2-877a-9ea470197cb7",
   "name": "demo.chords.count_jobs",
   "hostname": "prefork@vm",
   "timestamp": 1795717534.1256986,
   "args": "('down', 1.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "4d8c17c8-8e7f-4ad2-877a-9ea470197cb7",
   "parent_id": null,
   "pid": 29002,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "c100e5c0-2427-4240-b929-477338608ed2",
   "hostname": "prefork@vm",
   "timestamp": 1795717534.1268811,
   "pid": 29002,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "4d8c17c8-8e7f-4ad2-877a-9ea470197cb7",
   "hostname": "prefork@vm",
   "timestamp": 1795717534.1280007,
   "pid": 29002,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "34b8d7e3-fbff-4cca-99b0-c7640b0c39b3",
   "name": "demo.chords.count_jobs",
   "hostname": "prefork@vm",
   "timestamp": 1795717534.1286736,
   "args": "('globex', 1.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "34b8d7e3-fbff-4cca-99b0-c7640b0c39b3",
   "parent_id": null,
   "pid": 29002,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "get() raised ValueError: feed 'down' is unreachable",
   "data": null,
   "timestamp": 1795717534.1462944
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "4d8c17c8-8e7f-4ad2-877a-9ea470197cb7",
   "hostname": "prefork@vm",
   "timestamp": 1795717534.1500602,
   "pid": 29002,
   "exception": "ValueError(\"feed 'down' is unreachable\")",
   "traceback": "Traceback (most recent call last):\n  File \"/work/wt/prod2/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/prod2/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/prod2/demo/chords.py\", line 31, in count_jobs\n    raise ValueError(f\"feed {feed!r} is unreachable\")  # connection refused: at once\n    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\nValueError: feed 'down' is unreachable\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "34b8d7e3-fbff-4cca-99b0-c7640b0c39b3",
   "hostname": "prefork@vm",
   "timestamp": 1795717534.1515136,
   "pid": 29002,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "c100e5c0-2427-4240-b929-477338608ed2",
   "hostname": "prefork@vm",
   "timestamp": 1795717535.147257,
   "pid": 29002,
   "runtime": 1.0203342349996092,
   "result": "4",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "34b8d7e3-fbff-4cca-99b0-c7640b0c39b3",
   "hostname": "prefork@vm",
   "timestamp": 1795717535.1627436,
   "pid": 29002,
   "runtime": 1.0102421560004586,
   "result": "6",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "get(follow_parents=False) raised ChordError: Dependency 4d8c17c8-8e7f-4ad2-877a-9ea470197cb7 raised ValueError(\"feed 'down' is unreachable\")",
   "data": null,
   "timestamp": 1795717535.1703854
  },
  {
   "kind": "note",
   "text": "demo.chords.alert_on_call[None]: the feeds summary 2dfdf430-e4c9-41d5-91ea-6ef05055d289 failed: ChordError('Dependency 4d8c17c8-8e7f-4ad2-877a-9ea470197cb7 raised ValueError(\"feed \\'down\\' is unreachable\")')",
   "data": null,
   "timestamp": 1795717535.2741168
  },
  {
   "kind": "summary",
   "run_id": "6cbd78a7e8f7",
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
       0.15,
       "count_jobs('down')",
       {
        "value": "failed",
        "tone": "bad"
       },
       "ValueError(\"feed 'down' is unreachable\")"
      ],
      [
       0.15,
       "caller: get()",
       {
        "value": "raised",
        "tone": "bad"
       },
       "ValueError: feed 'down' is unreachable"
      ],
      [
       1.14,
       "count_jobs('acme')",
       {
        "value": "succeeded",
        "tone": "good"
       },
       "4"
      ],
      [
       1.16,
       "count_jobs('globex')",
       {
        "value": "succeeded",
        "tone": "good"
       },
       "6"
      ],
      [
       1.16,
       "alert_on_call (errback)",
       {
        "value": "logged",
        "tone": "good"
       },
       "the feeds summary 2dfdf430\u2026 failed: ChordEr\u2026"
      ],
      [
       1.16,
       "total (the body)",
       {
        "value": "never started",
        "tone": "warn"
       },
       "FAILURE: ChordError"
      ],
      [
       1.17,
       "caller: get(follow_parents=False)",
       {
        "value": "raised",
        "tone": "bad"
       },
       "ChordError: Dependency 4d8c17c8\u2026 raised Val\u2026"
      ]
     ]
    },
    "rows": [
     {
      "at s": 0.15,
      "what": "count_jobs('down')",
      "outcome": "failed",
      "got": "ValueError(\"feed 'down' is unreachable\")"
     },
     {
      "at s": 0.15,
      "what": "caller: get()",
      "outcome": "raised",
      "got": "ValueError: feed 'down' is unreachable"
     },
     {
      "at s": 1.14,
      "what": "count_jobs('acme')",
      "outcome": "succeeded",
      "got": "4"
     },
     {
      "at s": 1.16,
      "what": "count_jobs('globex')",
      "outcome": "succeeded",
      "got": "6"
     },
     {
      "at s": 1.16,
      "what": "alert_on_call (errback)",
      "outcome": "logged",
      "got": "the feeds summary 2dfdf430\u2026 failed: ChordEr\u2026"
     },
     {
      "at s": 1.16,
      "what": "total (the body)",
      "outcome": "never started",
      "got": "FAILURE: ChordError"
     },
     {
      "at s": 1.17,
      "what": "caller: get(follow_parents=False)",
      "outcome": "raised",
      "got": "ChordError: Dependency 4d8c17c8\u2026 raised Val\u2026"
     }
    ],
    "body": "2dfdf430-e4c9-41d5-91ea-6ef05055d289",
    "get()": "ValueError: feed 'down' is unreachable",
    "get(follow_parents=False)": "ChordError: Dependency 4d8c17c8-8e7f-4ad2-877a-9ea470197cb7 raised ValueError(\"feed 'down' is unreachable\")",
    "errback": "the feeds summary 2dfdf430-e4c9-41d5-91ea-6ef05055d289 failed: ChordError('Dependency 4d8c17c8-8e7f-4ad2-877a-9ea470197cb7 raised ValueError(\"feed \\'down\\' is unreachable\")')",
    "verdict": "the body never ran; get() raised the header's own error at once, the body's ChordError came when the whole header had finished"
   },
   "error": null,
   "tasks": [
    {
     "uuid": "c100e5c0-2427-4240-b929-477338608ed2",
     "state": "SUCCEEDED",
     "name": "demo.chords.count_jobs",
     "hostname": "prefork@vm",
     "at": 1795717535.147257,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 1.0203342349996092,
     "result": "4"
    },
    {
     "uuid": "4d8c17c8-8e7f-4ad2-877a-9ea470197cb7",
     "state": "FAILED",
     "name": "demo.chords.count_jobs",
     "hostname": "prefork@vm",
     "at": 1795717534.1500602,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ValueError(\"feed 'down' is unreachable\")"
    },
    {
     "uuid": "34b8d7e3-fbff-4cca-99b0-c7640b0c39b3",
     "state": "SUCCEEDED",
     "name": "demo.chords.count_jobs",
     "hostname": "prefork@vm",
     "at": 1795717535.1627436,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 1.0102421560004586,
     "result": "6"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:34379/0",
   "started": 1795717533.999613,
   "finished": 1795717535.2798533,
   "duration": 1.28,
   "timestamp": 1795717535.2798839
  }
 ]
};
