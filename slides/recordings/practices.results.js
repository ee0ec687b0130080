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
 "recorded": "2026-11-26T19:04:29+00:00",
 "broker": "redis://127.0.0.1:26379/0",
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
   "run_id": "c60275aabfec",
   "demo": "practices.results",
   "title": "Results nobody reads: keys piling up in Redis",
   "params": {
    "tasks": 200,
    "expires": 8
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo practices.results",
   "timestamp": 1795719869.7558217
  },
  {
   "kind": "note",
   "text": "a worker with result_expires=8 s (lowered for the demo; Celery's default is a day)",
   "data": null,
   "timestamp": 1795719869.762368
  },
  {
   "kind": "note",
   "text": "before sending: 0 keys of count_visit, 0 of count_visit_quietly (180 result keys in Redis)",
   "data": {
    "row": {
     "when": "before sending",
     "count_visit keys": 0,
     "ignore_result keys": 0,
     "all celery-task-meta-* keys": 180
    }
   },
   "timestamp": 1795719871.2923613
  },
  {
   "kind": "payoff",
   "payoff": {
    "kind": "table",
    "title": "200 tasks each; result_expires=8 s on the demo's worker",
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
      180
     ]
    ]
   },
   "timestamp": 1795719871.29243
  },
  {
   "kind": "note",
   "text": "sent 200 count_visit and 200 count_visit_quietly",
   "data": null,
   "timestamp": 1795719872.80166
  },
  {
   "kind": "note",
   "text": "1.5 s: 184 keys of count_visit, 0 of count_visit_quietly (366 result keys in Redis)",
   "data": {
    "row": {
     "when": "1.5 s",
     "count_visit keys": 184,
     "ignore_result keys": 0,
     "all celery-task-meta-* keys": 366
    }
   },
   "timestamp": 1795719872.8251832
  },
  {
   "kind": "payoff",
   "payoff": {
    "kind": "table",
    "title": "200 tasks each; result_expires=8 s on the demo's worker",
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
      180
     ],
     [
      "1.5 s",
      {
       "value": 184,
       "tone": "warn"
      },
      {
       "value": 0,
       "tone": "good"
      },
      366
     ]
    ]
   },
   "timestamp": 1795719872.8252392
  },
  {
   "kind": "note",
   "text": "3.4 s: all ran: 200 keys of count_visit, 0 of count_visit_quietly (381 result keys in Redis)",
   "data": {
    "row": {
     "when": "3.4 s: all ran",
     "count_visit keys": 200,
     "ignore_result keys": 0,
     "all celery-task-meta-* keys": 381
    }
   },
   "timestamp": 1795719874.6817386
  },
  {
   "kind": "payoff",
   "payoff": {
    "kind": "table",
    "title": "200 tasks each; result_expires=8 s on the demo's worker",
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
      180
     ],
     [
      "1.5 s",
      {
       "value": 184,
       "tone": "warn"
      },
      {
       "value": 0,
       "tone": "good"
      },
      366
     ],
     [
      "3.4 s: all ran",
      {
       "value": 200,
       "tone": "warn"
      },
      {
       "value": 0,
       "tone": "good"
      },
      381
     ]
    ]
   },
   "timestamp": 1795719874.6818058
  },
  {
   "kind": "note",
   "text": "5.2 s: 200 keys of count_visit, 0 of count_visit_quietly (381 result keys in Redis)",
   "data": {
    "row": {
     "when": "5.2 s",
     "count_visit keys": 200,
     "ignore_result keys": 0,
     "all celery-task-meta-* keys": 381
    }
   },
   "timestamp": 1795719876.5197833
  },
  {
   "kind": "payoff",
   "payoff": {
    "kind": "table",
    "title": "200 tasks each; result_expires=8 s on the demo's worker",
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
      180
     ],
     [
      "1.5 s",
      {
       "value": 184,
       "tone": "warn"
      },
      {
       "value": 0,
       "tone": "good"
      },
      366
     ],
     [
      "3.4 s: all ran",
      {
       "value": 200,
       "tone": "warn"
      },
      {
       "value": 0,
       "tone": "good"
      },
      381
     ],
     [
      "5.2 s",
      {
       "value": 200,
       "tone": "warn"
      },
      {
       "value": 0,
       "tone": "good"
      },
      381
     ]
    ]
   },
   "timestamp": 1795719876.5198474
  },
  {
   "kind": "note",
   "text": "7.1 s: 200 keys of count_visit, 0 of count_visit_quietly (381 result keys in Redis)",
   "data": {
    "row": {
     "when": "7.1 s",
     "count_visit keys": 200,
     "ignore_result keys": 0,
     "all celery-task-meta-* keys": 381
    }
   },
   "timestamp": 1795719878.3573997
  },
  {
   "kind": "payoff",
   "payoff": {
    "kind": "table",
    "title": "200 tasks each; result_expires=8 s on the demo's worker",
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
      180
     ],
     [
      "1.5 s",
      {
       "value": 184,
       "tone": "warn"
      },
      {
       "value": 0,
       "tone": "good"
      },
      366
     ],
     [
      "3.4 s: all ran",
      {
       "value": 200,
       "tone": "warn"
      },
      {
       "value": 0,
       "tone": "good"
      },
      381
     ],
     [
      "5.2 s",
      {
       "value": 200,
       "tone": "warn"
      },
      {
       "value": 0,
       "tone": "good"
      },
      381
     ],
     [
      "7.1 s",
      {
       "value": 200,
       "tone": "warn"
      },
      {
       "value": 0,
       "tone": "good"
      },
      381
     ]
    ]
   },
   "timestamp": 1795719878.35751
  },
  {
   "kind": "note",
   "text": "8.9 s: 101 keys of count_visit, 0 of count_visit_quietly (281 result keys in Redis)",
   "data": {
    "row": {
     "when": "8.9 s",
     "count_visit keys": 101,
     "ignore_result keys": 0,
     "all celery-task-meta-* keys": 281
    }
   },
   "timestamp": 1795719880.1980898
  },
  {
   "kind": "payoff",
   "payoff": {
    "kind": "table",
    "title": "200 tasks each; result_expires=8 s on the demo's worker",
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
      180
     ],
     [
      "1.5 s",
      {
       "value": 184,
       "tone": "warn"
      },
      {
       "value": 0,
       "tone": "good"
      },
      366
     ],
     [
      "3.4 s: all ran",
      {
       "value": 200,
       "tone": "warn"
      },
      {
       "value": 0,
       "tone": "good"
      },
      381
     ],
     [
      "5.2 s",
      {
       "value": 200,
       "tone": "warn"
      },
      {
       "value": 0,
       "tone": "good"
      },
      381
     ],
     [
      "7.1 s",
      {
       "value": 200,
       "tone": "warn"
      },
      {
       "value": 0,
       "tone": "good"
      },
      381
     ],
     [
      "8.9 s",
      {
       "value": 101,
       "tone": "warn"
      },
      {
       "value": 0,
       "tone": "good"
      },
      281
     ]
    ]
   },
   "timestamp": 1795719880.1981986
  },
  {
   "kind": "note",
   "text": "10.7 s: 0 keys of count_visit, 0 of count_visit_quietly (181 result keys in Redis)",
   "data": {
    "row": {
     "when": "10.7 s",
     "count_visit keys": 0,
     "ignore_result keys": 0,
     "all celery-task-meta-* keys": 181
    }
   },
   "timestamp": 1795719882.0371125
  },
  {
   "kind": "payoff",
   "payoff": {
    "kind": "table",
    "title": "200 tasks each; result_expires=8 s on the demo's worker",
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
      180
     ],
     [
      "1.5 s",
      {
       "value": 184,
       "tone": "warn"
      },
      {
       "value": 0,
       "tone": "good"
      },
      366
     ],
     [
      "3.4 s: all ran",
      {
       "value": 200,
       "tone": "warn"
      },
      {
       "value": 0,
       "tone": "good"
      },
      381
     ],
     [
      "5.2 s",
      {
       "value": 200,
       "tone": "warn"
      },
      {
       "value": 0,
       "tone": "good"
      },
      381
     ],
     [
      "7.1 s",
      {
       "value": 200,
       "tone": "warn"
      },
      {
       "value": 0,
       "tone": "good"
      },
      381
     ],
     [
      "8.9 s",
      {
       "value": 101,
       "tone": "warn"
      },
      {
       "value": 0,
       "tone": "good"
      },
      281
     ],
     [
      "10.7 s",
      {
       "value": 0,
       "tone": "good"
      },
      {
       "value": 0,
       "tone": "good"
      },
      181
     ]
    ]
   },
   "timestamp": 1795719882.0371847
  },
  {
   "kind": "note",
   "text": "up to 200 keys (~488 bytes each) for results nobody read, gone after result_expires=8 s; ignore_result=True: none at all",
   "data": null,
   "timestamp": 1795719883.9170825
  },
  {
   "kind": "summary",
   "run_id": "c60275aabfec",
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
       180
      ],
      [
       "1.5 s",
       {
        "value": 184,
        "tone": "warn"
       },
       {
        "value": 0,
        "tone": "good"
       },
       366
      ],
      [
       "3.4 s: all ran",
       {
        "value": 200,
        "tone": "warn"
       },
       {
        "value": 0,
        "tone": "good"
       },
       381
      ],
      [
       "5.2 s",
       {
        "value": 200,
        "tone": "warn"
       },
       {
        "value": 0,
        "tone": "good"
       },
       381
      ],
      [
       "7.1 s",
       {
        "value": 200,
        "tone": "warn"
       },
       {
        "value": 0,
        "tone": "good"
       },
       381
      ],
      [
       "8.9 s",
       {
        "value": 101,
        "tone": "warn"
       },
       {
        "value": 0,
        "tone": "good"
       },
       281
      ],
      [
       "10.7 s",
       {
        "value": 0,
        "tone": "good"
       },
       {
        "value": 0,
        "tone": "good"
       },
       181
      ]
     ]
    },
    "rows": [
     {
      "when": "before sending",
      "count_visit keys": 0,
      "ignore_result keys": 0,
      "all celery-task-meta-* keys": 180
     },
     {
      "when": "1.5 s",
      "count_visit keys": 184,
      "ignore_result keys": 0,
      "all celery-task-meta-* keys": 366
     },
     {
      "when": "3.4 s: all ran",
      "count_visit keys": 200,
      "ignore_result keys": 0,
      "all celery-task-meta-* keys": 381
     },
     {
      "when": "5.2 s",
      "count_visit keys": 200,
      "ignore_result keys": 0,
      "all celery-task-meta-* keys": 381
     },
     {
      "when": "7.1 s",
      "count_visit keys": 200,
      "ignore_result keys": 0,
      "all celery-task-meta-* keys": 381
     },
     {
      "when": "8.9 s",
      "count_visit keys": 101,
      "ignore_result keys": 0,
      "all celery-task-meta-* keys": 281
     },
     {
      "when": "10.7 s",
      "count_visit keys": 0,
      "ignore_result keys": 0,
      "all celery-task-meta-* keys": 181
     }
    ],
    "ran": {
     "count_visit": 200,
     "count_visit_quietly": 200
    },
    "peak": 200,
    "keys before": 180,
    "bytes per key": 488,
    "verdict": "up to 200 keys (~488 bytes each) for results nobody read, gone after result_expires=8 s; ignore_result=True: none at all"
   },
   "error": null,
   "tasks": [],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795719869.7558217,
   "finished": 1795719883.9173374,
   "duration": 14.162,
   "timestamp": 1795719883.917371
  }
 ]
};
