/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["practices.results"] = {
 "id": "practices.results",
 "title": "Results nobody reads: keys piling up in Redis",
 "scenario": {
  "id": "practices.results",
  "title": "Results nobody reads: keys piling up in Redis",
  "slide": "What to keep in mind / Results",
  "description": "count_visit() stores its result, count_visit_quietly() (ignore_result=True) does not.\n    The demo's own worker runs with result_expires lowered to a few seconds (the stack's\n    is an hour, Celery's default a day): the stored keys are counted in Redis as they\n    pile up, then as they expire.",
  "command": "invoke demo practices.results",
  "timeout": 120,
  "params": [
   {
    "name": "tasks",
    "type": "integer",
    "default": 200,
    "min": 10,
    "max": 2000,
    "choices": null,
    "limits": "between 10 and 2000",
    "help": "tasks sent each way"
   },
   {
    "name": "expires",
    "type": "integer",
    "default": 8,
    "min": 1,
    "max": 30,
    "choices": null,
    "limits": "between 1 and 30",
    "help": "result_expires of the demo's worker, in seconds (lowered for the demo)"
   }
  ]
 },
 "recorded": "2026-11-26T18:25:35+00:00",
 "broker": "redis://127.0.0.1:34379/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [],
 "host": "vm",
 "celery": "5.7.0",
 "python": "3.11.7",
 "params": {
  "tasks": 200,
  "expires": 8
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "44364cd3a64f",
   "demo": "practices.results",
   "title": "Results nobody reads: keys piling up in Redis",
   "params": {
    "tasks": 200,
    "expires": 8
   },
   "broker": "redis://127.0.0.1:34379/0",
   "follow": "events",
   "command": "invoke demo practices.results",
   "timestamp": 1795717535.5112128
  },
  {
   "kind": "note",
   "text": "a worker with result_expires=8 s (lowered for the demo; Celery's default is a day)",
   "data": null,
   "timestamp": 1795717535.5212502
  },
  {
   "kind": "note",
   "text": "before sending: 0 keys of count_visit, 0 of count_visit_quietly (193 result keys in Redis)",
   "data": {
    "row": {
     "when": "before sending",
     "count_visit keys": 0,
     "ignore_result keys": 0,
     "all celery-task-meta-* keys": 193
    }
   },
   "timestamp": 1795717538.1245973
  },
  {
   "kind": "note",
   "text": "sent 200 count_visit and 200 count_visit_quietly",
   "data": null,
   "timestamp": 1795717541.5465777
  },
  {
   "kind": "note",
   "text": "3.5 s: 136 keys of count_visit, 0 of count_visit_quietly (330 result keys in Redis)",
   "data": {
    "row": {
     "when": "3.5 s",
     "count_visit keys": 136,
     "ignore_result keys": 0,
     "all celery-task-meta-* keys": 330
    }
   },
   "timestamp": 1795717541.6039932
  },
  {
   "kind": "note",
   "text": "5.3 s: 200 keys of count_visit, 0 of count_visit_quietly (393 result keys in Redis)",
   "data": {
    "row": {
     "when": "5.3 s",
     "count_visit keys": 200,
     "ignore_result keys": 0,
     "all celery-task-meta-* keys": 393
    }
   },
   "timestamp": 1795717543.4723954
  },
  {
   "kind": "note",
   "text": "7.2 s: all ran: 200 keys of count_visit, 0 of count_visit_quietly (393 result keys in Redis)",
   "data": {
    "row": {
     "when": "7.2 s: all ran",
     "count_visit keys": 200,
     "ignore_result keys": 0,
     "all celery-task-meta-* keys": 393
    }
   },
   "timestamp": 1795717545.3370466
  },
  {
   "kind": "note",
   "text": "9.0 s: 161 keys of count_visit, 0 of count_visit_quietly (354 result keys in Redis)",
   "data": {
    "row": {
     "when": "9.0 s",
     "count_visit keys": 161,
     "ignore_result keys": 0,
     "all celery-task-meta-* keys": 354
    }
   },
   "timestamp": 1795717547.1796482
  },
  {
   "kind": "note",
   "text": "10.9 s: 90 keys of count_visit, 0 of count_visit_quietly (282 result keys in Redis)",
   "data": {
    "row": {
     "when": "10.9 s",
     "count_visit keys": 90,
     "ignore_result keys": 0,
     "all celery-task-meta-* keys": 282
    }
   },
   "timestamp": 1795717549.0249627
  },
  {
   "kind": "note",
   "text": "12.7 s: 0 keys of count_visit, 0 of count_visit_quietly (193 result keys in Redis)",
   "data": {
    "row": {
     "when": "12.7 s",
     "count_visit keys": 0,
     "ignore_result keys": 0,
     "all celery-task-meta-* keys": 193
    }
   },
   "timestamp": 1795717550.873276
  },
  {
   "kind": "note",
   "text": "up to 200 keys (~488 bytes each) for results nobody read, gone after result_expires=8 s; ignore_result=True: none at all",
   "data": null,
   "timestamp": 1795717553.8524117
  },
  {
   "kind": "summary",
   "run_id": "44364cd3a64f",
   "demo": "practices.results",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "table",
     "title": "200 tasks each; result_expires=8 s on the demo's worker",
     "facts": [
      {
       "label": "stored, read by nobody",
       "value": "up to 200 keys, ~488 bytes each",
       "tone": "warn"
      },
      {
       "label": "result_expires=8 s",
       "value": "all gone",
       "tone": "good"
      },
      {
       "label": "ignore_result=True",
       "value": "no key at all",
       "tone": "good"
      }
     ],
     "columns": [
      "when",
      "count_visit keys",
      "count_visit_quietly keys",
      "all result keys in Redis"
     ],
     "rows": [
      [
       "before sending",
       {
        "value": 0,
        "tone": "good"
       },
       {
        "value": 0,
        "tone": "good"
       },
       193
      ],
      [
       "3.5 s",
       {
        "value": 136,
        "tone": "warn"
       },
       {
        "value": 0,
        "tone": "good"
       },
       330
      ],
      [
       "5.3 s",
       {
        "value": 200,
        "tone": "warn"
       },
       {
        "value": 0,
        "tone": "good"
       },
       393
      ],
      [
       "7.2 s: all ran",
       {
        "value": 200,
        "tone": "warn"
       },
       {
        "value": 0,
        "tone": "good"
       },
       393
      ],
      [
       "9.0 s",
       {
        "value": 161,
        "tone": "warn"
       },
       {
        "value": 0,
        "tone": "good"
       },
       354
      ],
      [
       "10.9 s",
       {
        "value": 90,
        "tone": "warn"
       },
       {
        "value": 0,
        "tone": "good"
       },
       282
      ],
      [
       "12.7 s",
       {
        "value": 0,
        "tone": "good"
       },
       {
        "value": 0,
        "tone": "good"
       },
       193
      ]
     ]
    },
    "rows": [
     {
      "when": "before sending",
      "count_visit keys": 0,
      "ignore_result keys": 0,
      "all celery-task-meta-* keys": 193
     },
     {
      "when": "3.5 s",
      "count_visit keys": 136,
      "ignore_result keys": 0,
      "all celery-task-meta-* keys": 330
     },
     {
      "when": "5.3 s",
      "count_visit keys": 200,
      "ignore_result keys": 0,
      "all celery-task-meta-* keys": 393
     },
     {
      "when": "7.2 s: all ran",
      "count_visit keys": 200,
      "ignore_result keys": 0,
      "all celery-task-meta-* keys": 393
     },
     {
      "when": "9.0 s",
      "count_visit keys": 161,
      "ignore_result keys": 0,
      "all celery-task-meta-* keys": 354
     },
     {
      "when": "10.9 s",
      "count_visit keys": 90,
      "ignore_result keys": 0,
      "all celery-task-meta-* keys": 282
     },
     {
      "when": "12.7 s",
      "count_visit keys": 0,
      "ignore_result keys": 0,
      "all celery-task-meta-* keys": 193
     }
    ],
    "ran": {
     "count_visit": 200,
     "count_visit_quietly": 200
    },
    "peak": 200,
    "keys before": 193,
    "bytes per key": 488,
    "verdict": "up to 200 keys (~488 bytes each) for results nobody read, gone after result_expires=8 s; ignore_result=True: none at all"
   },
   "error": null,
   "tasks": [],
   "follow": "events",
   "broker": "redis://127.0.0.1:34379/0",
   "started": 1795717535.5112128,
   "finished": 1795717553.8528793,
   "duration": 18.342,
   "timestamp": 1795717553.8529332
  }
 ]
};
