/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["practices.chord_failure"] = {
 "id": "practices.chord_failure",
 "title": "A chord whose header fails: the body never runs",
 "scenario": {
  "id": "practices.chord_failure",
  "title": "A chord whose header fails: the body never runs",
  "slide": "What to keep in mind / Chords",
  "description": "jobs_in_feeds(): a header of three count_jobs() (one raises at once, two take\n    ``seconds``), total() as the body, report_failure() linked to the body as its errback.\n    What the caller's get() raises (by default it follows the parent, the header, and\n    raises the header's own error; with follow_parents=False it waits for the body's\n    ChordError), whether the body ever started, and when the errback ran.",
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
 "recorded": "2026-11-26T18:12:42+00:00",
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
   "run_id": "8f8ec8ca605a",
   "demo": "practices.chord_failure",
   "title": "A chord whose header fails: the body never runs",
   "params": {
    "seconds": 1.0
   },
   "broker": "redis://127.0.0.1:34379/0",
   "follow": "events",
   "command": "invoke demo practices.chord_failure",
   "timestamp": 1795716762.5505562
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "74de86a8-9b7a-4265-84a8-f903d92e8892",
   "name": "demo.chords.count_jobs",
   "hostname": "gen4187@vm",
   "timestamp": 1795716762.5603807,
   "args": "('acme', 1.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "74de86a8-9b7a-4265-84a8-f903d92e8892",
   "parent_id": null,
   "pid": 4187,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "96472d00-dd30-482e-9977-1900eae317d4",
   "name": "demo.chords.count_jobs",
   "hostname": "gen4187@vm",
   "timestamp": 1795716762.5681098,
   "args": "('down', 1.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "96472d00-dd30-482e-9977-1900eae317d4",
   "parent_id": null,
   "pid": 4187,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "74de86a8-9b7a-4265-84a8-f903d92e8892",
   "name": "demo.chords.count_jobs",
   "hostname": "prefork@vm",
   "timestamp": 1795716762.5703373,
   "args": "('acme', 1.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "74de86a8-9b7a-4265-84a8-f903d92e8892",
   "parent_id": null,
   "pid": 26340,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "96472d00-dd30-482e-9977-1900eae317d4",
   "name": "demo.chords.count_jobs",
   "hostname": "prefork@vm",
   "timestamp": 1795716762.573099,
   "args": "('down', 1.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "96472d00-dd30-482e-9977-1900eae317d4",
   "parent_id": null,
   "pid": 26340,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "96472d00-dd30-482e-9977-1900eae317d4",
   "hostname": "prefork@vm",
   "timestamp": 1795716762.5742047,
   "pid": 26340,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "74de86a8-9b7a-4265-84a8-f903d92e8892",
   "hostname": "prefork@vm",
   "timestamp": 1795716762.5742366,
   "pid": 26340,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "550522ce-05ea-4999-a70f-eba11289e6ab",
   "name": "demo.chords.count_jobs",
   "hostname": "prefork@vm",
   "timestamp": 1795716762.5793364,
   "args": "('globex', 1.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "550522ce-05ea-4999-a70f-eba11289e6ab",
   "parent_id": null,
   "pid": 26340,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "96472d00-dd30-482e-9977-1900eae317d4",
   "hostname": "prefork@vm",
   "timestamp": 1795716762.5808542,
   "pid": 26340,
   "exception": "ValueError(\"feed 'down' is unreachable\")",
   "traceback": "Traceback (most recent call last):\n  File \"/work/wt/prod2/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/prod2/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/prod2/demo/chords.py\", line 26, in count_jobs\n    raise ValueError(f\"feed {feed!r} is unreachable\")  # connection refused: at once\n    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\nValueError: feed 'down' is unreachable\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "550522ce-05ea-4999-a70f-eba11289e6ab",
   "name": "demo.chords.count_jobs",
   "hostname": "gen4187@vm",
   "timestamp": 1795716762.573074,
   "args": "('globex', 1.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "550522ce-05ea-4999-a70f-eba11289e6ab",
   "parent_id": null,
   "pid": 4187,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "note",
   "text": "chord: count_jobs() for acme, down, globex, then total(); report_failure() linked to the body",
   "data": null,
   "timestamp": 1795716762.5841382
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "550522ce-05ea-4999-a70f-eba11289e6ab",
   "hostname": "prefork@vm",
   "timestamp": 1795716762.5823805,
   "pid": 26340,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "get() raised ValueError: feed 'down' is unreachable",
   "data": null,
   "timestamp": 1795716762.5899177
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "74de86a8-9b7a-4265-84a8-f903d92e8892",
   "hostname": "prefork@vm",
   "timestamp": 1795716763.5784926,
   "pid": 26340,
   "runtime": 1.003859693000777,
   "result": "4",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "get(follow_parents=False) raised ChordError: Dependency 96472d00-dd30-482e-9977-1900eae317d4 raised ValueError(\"feed 'down' is unreachable\")",
   "data": null,
   "timestamp": 1795716763.6075501
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "c54b1ce5-d332-4998-8eda-2b44265c2a29",
   "name": "demo.canvas.report_failure",
   "hostname": "gen26467@vm",
   "timestamp": 1795716763.601907,
   "args": "('deb14ff9-0ec6-4e89-88ca-f052b629ca49',)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "deb14ff9-0ec6-4e89-88ca-f052b629ca49",
   "parent_id": "deb14ff9-0ec6-4e89-88ca-f052b629ca49",
   "pid": 26467,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "c54b1ce5-d332-4998-8eda-2b44265c2a29",
   "name": "demo.canvas.report_failure",
   "hostname": "prefork@vm",
   "timestamp": 1795716763.6033792,
   "args": "('deb14ff9-0ec6-4e89-88ca-f052b629ca49',)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "deb14ff9-0ec6-4e89-88ca-f052b629ca49",
   "parent_id": "deb14ff9-0ec6-4e89-88ca-f052b629ca49",
   "pid": 26340,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "c54b1ce5-d332-4998-8eda-2b44265c2a29",
   "hostname": "prefork@vm",
   "timestamp": 1795716763.6052585,
   "pid": 26340,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "550522ce-05ea-4999-a70f-eba11289e6ab",
   "hostname": "prefork@vm",
   "timestamp": 1795716763.6061828,
   "pid": 26340,
   "runtime": 1.0228975850004645,
   "result": "6",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "c54b1ce5-d332-4998-8eda-2b44265c2a29",
   "hostname": "prefork@vm",
   "timestamp": 1795716763.6114652,
   "pid": 26340,
   "runtime": 0.00596539299840515,
   "result": "'report: task deb14ff9-0ec6-4e89-88ca-f052b629ca49 failed with ChordError(\\'Dependency 96472d00-dd30-482e-9977-1900eae317d4 raised ValueError(\"feed \\\\'down\\\\' is unreachable\")\\')'",
   "pool": "prefork"
  },
  {
   "kind": "summary",
   "run_id": "8f8ec8ca605a",
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
       0.03,
       "count_jobs('down')",
       {
        "value": "failed",
        "tone": "bad"
       },
       "ValueError(\"feed 'down' is unreachable\")"
      ],
      [
       0.04,
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
       1.04,
       "count_jobs('globex')",
       {
        "value": "succeeded",
        "tone": "good"
       },
       "6"
      ],
      [
       1.05,
       "total (the body)",
       {
        "value": "never started",
        "tone": "warn"
       },
       "FAILURE: ChordError"
      ],
      [
       1.06,
       "report_failure (errback)",
       {
        "value": "succeeded",
        "tone": "good"
       },
       "report: task deb14ff9\u2026 failed with ChordErr\u2026"
      ],
      [
       1.06,
       "caller: get(follow_parents=False)",
       {
        "value": "raised",
        "tone": "bad"
       },
       "ChordError: Dependency 96472d00\u2026 raised Val\u2026"
      ]
     ]
    },
    "rows": [
     {
      "at s": 0.03,
      "what": "count_jobs('down')",
      "outcome": "failed",
      "got": "ValueError(\"feed 'down' is unreachable\")"
     },
     {
      "at s": 0.04,
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
      "at s": 1.04,
      "what": "count_jobs('globex')",
      "outcome": "succeeded",
      "got": "6"
     },
     {
      "at s": 1.05,
      "what": "total (the body)",
      "outcome": "never started",
      "got": "FAILURE: ChordError"
     },
     {
      "at s": 1.06,
      "what": "report_failure (errback)",
      "outcome": "succeeded",
      "got": "report: task deb14ff9\u2026 failed with ChordErr\u2026"
     },
     {
      "at s": 1.06,
      "what": "caller: get(follow_parents=False)",
      "outcome": "raised",
      "got": "ChordError: Dependency 96472d00\u2026 raised Val\u2026"
     }
    ],
    "get()": "ValueError: feed 'down' is unreachable",
    "get(follow_parents=False)": "ChordError: Dependency 96472d00-dd30-482e-9977-1900eae317d4 raised ValueError(\"feed 'down' is unreachable\")",
    "errback": "report: task deb14ff9-0ec6-4e89-88ca-f052b629ca49 failed with ChordError('Dependency 96472d00-dd30-482e-9977-1900eae317d4 raised ValueError(\"feed \\'down\\' is unreachable\")')",
    "verdict": "the body never ran; get() raised the header's own error at once, the body's ChordError came when the whole header had finished"
   },
   "error": null,
   "tasks": [
    {
     "uuid": "74de86a8-9b7a-4265-84a8-f903d92e8892",
     "state": "SUCCEEDED",
     "name": "demo.chords.count_jobs",
     "hostname": "prefork@vm",
     "at": 1795716763.5784926,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 1.003859693000777,
     "result": "4"
    },
    {
     "uuid": "96472d00-dd30-482e-9977-1900eae317d4",
     "state": "FAILED",
     "name": "demo.chords.count_jobs",
     "hostname": "prefork@vm",
     "at": 1795716762.5808542,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ValueError(\"feed 'down' is unreachable\")"
    },
    {
     "uuid": "550522ce-05ea-4999-a70f-eba11289e6ab",
     "state": "SUCCEEDED",
     "name": "demo.chords.count_jobs",
     "hostname": "prefork@vm",
     "pool": "prefork",
     "at": 1795716763.6061828,
     "event": "task-succeeded",
     "runtime": 1.0228975850004645,
     "result": "6"
    },
    {
     "uuid": "c54b1ce5-d332-4998-8eda-2b44265c2a29",
     "name": "demo.canvas.report_failure",
     "hostname": "prefork@vm",
     "at": 1795716763.6114652,
     "event": "task-succeeded",
     "state": "SUCCEEDED",
     "pool": "prefork",
     "runtime": 0.00596539299840515,
     "result": "'report: task deb14ff9-0ec6-4e89-88ca-f052b629ca49 failed with ChordError(\\'Dependency 96472d00-dd30-482e-9977-1900eae317d4 raised ValueError(\"feed \\\\'down\\\\' is unreachable\")\\')'"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:34379/0",
   "started": 1795716762.5505562,
   "finished": 1795716763.6252484,
   "duration": 1.075,
   "timestamp": 1795716763.6252823
  }
 ]
};
