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
 "recorded": "2026-11-26T18:12:26+00:00",
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
   "run_id": "8a4215212cbf",
   "demo": "practices.results",
   "title": "Results nobody reads: keys piling up in Redis",
   "params": {
    "tasks": 200,
    "expires": 8
   },
   "broker": "redis://127.0.0.1:34379/0",
   "follow": "events",
   "command": "invoke demo practices.results",
   "timestamp": 1795716746.9599507
  },
  {
   "kind": "note",
   "text": "a worker with result_expires=8 s (lowered for the demo; Celery's default is a day)",
   "data": null,
   "timestamp": 1795716746.9655206
  },
  {
   "kind": "note",
   "text": "before sending: 0 keys of count_visit, 0 of count_visit_quietly (147 result keys in Redis)",
   "data": {
    "row": {
     "when": "before sending",
     "count_visit keys": 0,
     "ignore_result keys": 0,
     "all celery-task-meta-* keys": 147
    }
   },
   "timestamp": 1795716748.505083
  },
  {
   "kind": "note",
   "text": "sent 200 count_visit and 200 count_visit_quietly",
   "data": null,
   "timestamp": 1795716749.4148812
  },
  {
   "kind": "note",
   "text": "0.9 s: 183 keys of count_visit, 0 of count_visit_quietly (334 result keys in Redis)",
   "data": {
    "row": {
     "when": "0.9 s",
     "count_visit keys": 183,
     "ignore_result keys": 0,
     "all celery-task-meta-* keys": 334
    }
   },
   "timestamp": 1795716749.4353638
  },
  {
   "kind": "note",
   "text": "2.8 s: all ran: 200 keys of count_visit, 0 of count_visit_quietly (347 result keys in Redis)",
   "data": {
    "row": {
     "when": "2.8 s: all ran",
     "count_visit keys": 200,
     "ignore_result keys": 0,
     "all celery-task-meta-* keys": 347
    }
   },
   "timestamp": 1795716751.289459
  },
  {
   "kind": "note",
   "text": "4.6 s: 200 keys of count_visit, 0 of count_visit_quietly (347 result keys in Redis)",
   "data": {
    "row": {
     "when": "4.6 s",
     "count_visit keys": 200,
     "ignore_result keys": 0,
     "all celery-task-meta-* keys": 347
    }
   },
   "timestamp": 1795716753.1376631
  },
  {
   "kind": "note",
   "text": "6.5 s: 200 keys of count_visit, 0 of count_visit_quietly (347 result keys in Redis)",
   "data": {
    "row": {
     "when": "6.5 s",
     "count_visit keys": 200,
     "ignore_result keys": 0,
     "all celery-task-meta-* keys": 347
    }
   },
   "timestamp": 1795716754.9808888
  },
  {
   "kind": "note",
   "text": "8.3 s: 145 keys of count_visit, 0 of count_visit_quietly (290 result keys in Redis)",
   "data": {
    "row": {
     "when": "8.3 s",
     "count_visit keys": 145,
     "ignore_result keys": 0,
     "all celery-task-meta-* keys": 290
    }
   },
   "timestamp": 1795716756.8243775
  },
  {
   "kind": "note",
   "text": "10.2 s: 0 keys of count_visit, 0 of count_visit_quietly (147 result keys in Redis)",
   "data": {
    "row": {
     "when": "10.2 s",
     "count_visit keys": 0,
     "ignore_result keys": 0,
     "all celery-task-meta-* keys": 147
    }
   },
   "timestamp": 1795716758.730313
  },
  {
   "kind": "note",
   "text": "up to 200 keys (~488 bytes each) for results nobody read, gone after result_expires=8 s; ignore_result=True: none at all",
   "data": null,
   "timestamp": 1795716762.329522
  },
  {
   "kind": "summary",
   "run_id": "8a4215212cbf",
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
       147
      ],
      [
       "0.9 s",
       {
        "value": 183,
        "tone": "warn"
       },
       {
        "value": 0,
        "tone": "good"
       },
       334
      ],
      [
       "2.8 s: all ran",
       {
        "value": 200,
        "tone": "warn"
       },
       {
        "value": 0,
        "tone": "good"
       },
       347
      ],
      [
       "4.6 s",
       {
        "value": 200,
        "tone": "warn"
       },
       {
        "value": 0,
        "tone": "good"
       },
       347
      ],
      [
       "6.5 s",
       {
        "value": 200,
        "tone": "warn"
       },
       {
        "value": 0,
        "tone": "good"
       },
       347
      ],
      [
       "8.3 s",
       {
        "value": 145,
        "tone": "warn"
       },
       {
        "value": 0,
        "tone": "good"
       },
       290
      ],
      [
       "10.2 s",
       {
        "value": 0,
        "tone": "good"
       },
       {
        "value": 0,
        "tone": "good"
       },
       147
      ]
     ]
    },
    "rows": [
     {
      "when": "before sending",
      "count_visit keys": 0,
      "ignore_result keys": 0,
      "all celery-task-meta-* keys": 147
     },
     {
      "when": "0.9 s",
      "count_visit keys": 183,
      "ignore_result keys": 0,
      "all celery-task-meta-* keys": 334
     },
     {
      "when": "2.8 s: all ran",
      "count_visit keys": 200,
      "ignore_result keys": 0,
      "all celery-task-meta-* keys": 347
     },
     {
      "when": "4.6 s",
      "count_visit keys": 200,
      "ignore_result keys": 0,
      "all celery-task-meta-* keys": 347
     },
     {
      "when": "6.5 s",
      "count_visit keys": 200,
      "ignore_result keys": 0,
      "all celery-task-meta-* keys": 347
     },
     {
      "when": "8.3 s",
      "count_visit keys": 145,
      "ignore_result keys": 0,
      "all celery-task-meta-* keys": 290
     },
     {
      "when": "10.2 s",
      "count_visit keys": 0,
      "ignore_result keys": 0,
      "all celery-task-meta-* keys": 147
     }
    ],
    "peak": 200,
    "keys before": 147,
    "bytes per key": 488,
    "verdict": "up to 200 keys (~488 bytes each) for results nobody read, gone after result_expires=8 s; ignore_result=True: none at all"
   },
   "error": null,
   "tasks": [],
   "follow": "events",
   "broker": "redis://127.0.0.1:34379/0",
   "started": 1795716746.9599507,
   "finished": 1795716762.3297822,
   "duration": 15.37,
   "timestamp": 1795716762.3298159
  }
 ]
};
