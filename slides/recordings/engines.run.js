/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["engines.run"] = {
 "id": "engines.run",
 "title": "Candidates scored against the imported jobs, in chunks, on the engines worker",
 "scenario": {
  "id": "engines.run",
  "title": "Candidates scored against the imported jobs, in chunks, on the engines worker",
  "slide": "Work4Labs usage / Engines",
  "description": "TF-IDF + cosine in pure Python (CPU-bound), routed to queue engines and its prefork\n    worker, chunked, collected by a chord; a chunk past its soft time limit stops cleanly and\n    keeps what it scored. runaway > 0 adds one oversized chunk to see the limit fire.",
  "command": "invoke demo engines.run",
  "timeout": 120.0,
  "params": [
   {
    "name": "chunk_size",
    "type": "integer",
    "default": 10,
    "min": 1,
    "max": 30,
    "choices": null,
    "limits": "between 1 and 30",
    "help": "candidates per score_chunk task"
   },
   {
    "name": "top_k",
    "type": "integer",
    "default": 3,
    "min": 1,
    "max": 10,
    "choices": null,
    "limits": "between 1 and 10",
    "help": "matches kept per candidate"
   },
   {
    "name": "soft_time_limit",
    "type": "number",
    "default": 10.0,
    "min": 0.5,
    "max": 60.0,
    "choices": null,
    "limits": "between 0.5 and 60.0",
    "help": "seconds a chunk may run before it is stopped"
   },
   {
    "name": "runaway",
    "type": "integer",
    "default": 0,
    "min": 0,
    "max": 200000,
    "choices": null,
    "limits": "between 0 and 200000",
    "help": "add one oversized chunk of this many candidates: the soft time limit must stop it"
   }
  ]
 },
 "recorded": "2026-11-26T18:20:14+00:00",
 "broker": "redis://127.0.0.1:31379/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [
  "engines"
 ],
 "host": "vm",
 "celery": "5.7.0",
 "python": "3.11.7",
 "params": {
  "chunk_size": 10,
  "top_k": 3,
  "soft_time_limit": 10.0,
  "runaway": 0
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "1907eb79baa0",
   "demo": "engines.run",
   "title": "Candidates scored against the imported jobs, in chunks, on the engines worker",
   "params": {
    "chunk_size": 10,
    "top_k": 3,
    "soft_time_limit": 10.0,
    "runaway": 0
   },
   "broker": "redis://127.0.0.1:31379/0",
   "follow": "events",
   "command": "invoke demo engines.run",
   "timestamp": 1795717214.6404626
  },
  {
   "kind": "note",
   "text": "30 candidates x 60 jobs from SQLite at /tmp/panel-home/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag), chunks of 10, soft time limit 10.0 s per chunk",
   "data": null,
   "timestamp": 1795717215.651838
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "063af539-0cf6-4221-9541-d725c02f05fc",
   "name": "demo.engines.score_chunk",
   "hostname": "gen17537@vm",
   "timestamp": 1795717215.655706,
   "args": "('match-cd1f2cea', ['CAND-001', 'CAND-002', 'CAND-003', 'CAND-004', 'CAND-005', 'CAND-006', 'CAND-007', 'CAND-008', 'CAND-009', 'CAND-010'], 3)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "063af539-0cf6-4221-9541-d725c02f05fc",
   "parent_id": null,
   "pid": 17537,
   "queue": "engines",
   "routing_key": "engines",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "2854175a-d433-4628-9a95-f2e454dceecf",
   "name": "demo.engines.score_chunk",
   "hostname": "gen17537@vm",
   "timestamp": 1795717215.6576283,
   "args": "('match-cd1f2cea', ['CAND-011', 'CAND-012', 'CAND-013', 'CAND-014', 'CAND-015', 'CAND-016', 'CAND-017', 'CAND-018', 'CAND-019', 'CAND-020'], 3)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "2854175a-d433-4628-9a95-f2e454dceecf",
   "parent_id": null,
   "pid": 17537,
   "queue": "engines",
   "routing_key": "engines",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "063af539-0cf6-4221-9541-d725c02f05fc",
   "name": "demo.engines.score_chunk",
   "hostname": "engines@vm",
   "timestamp": 1795717215.6589844,
   "args": "('match-cd1f2cea', ['CAND-001', 'CAND-002', 'CAND-003', 'CAND-004', 'CAND-005', 'CAND-006', 'CAND-007', 'CAND-008', 'CAND-009', 'CAND-010'], 3)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "063af539-0cf6-4221-9541-d725c02f05fc",
   "parent_id": null,
   "pid": 16423,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "2854175a-d433-4628-9a95-f2e454dceecf",
   "name": "demo.engines.score_chunk",
   "hostname": "engines@vm",
   "timestamp": 1795717215.6666932,
   "args": "('match-cd1f2cea', ['CAND-011', 'CAND-012', 'CAND-013', 'CAND-014', 'CAND-015', 'CAND-016', 'CAND-017', 'CAND-018', 'CAND-019', 'CAND-020'], 3)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "2854175a-d433-4628-9a95-f2e454dceecf",
   "parent_id": null,
   "pid": 16423,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "063af539-0cf6-4221-9541-d725c02f05fc",
   "hostname": "engines@vm",
   "timestamp": 1795717215.666956,
   "pid": 16423,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "aa221e3a-ab0c-4e56-98dc-b79798ae65b9",
   "name": "demo.engines.score_chunk",
   "hostname": "engines@vm",
   "timestamp": 1795717215.6702728,
   "args": "('match-cd1f2cea', ['CAND-021', 'CAND-022', 'CAND-023', 'CAND-024', 'CAND-025', 'CAND-026', 'CAND-027', 'CAND-028', 'CAND-029', 'CAND-030'], 3)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "aa221e3a-ab0c-4e56-98dc-b79798ae65b9",
   "parent_id": null,
   "pid": 16423,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "2854175a-d433-4628-9a95-f2e454dceecf",
   "hostname": "engines@vm",
   "timestamp": 1795717215.6739404,
   "pid": 16423,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "aa221e3a-ab0c-4e56-98dc-b79798ae65b9",
   "name": "demo.engines.score_chunk",
   "hostname": "gen17537@vm",
   "timestamp": 1795717215.666337,
   "args": "('match-cd1f2cea', ['CAND-021', 'CAND-022', 'CAND-023', 'CAND-024', 'CAND-025', 'CAND-026', 'CAND-027', 'CAND-028', 'CAND-029', 'CAND-030'], 3)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "aa221e3a-ab0c-4e56-98dc-b79798ae65b9",
   "parent_id": null,
   "pid": 17537,
   "queue": "engines",
   "routing_key": "engines",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "063af539-0cf6-4221-9541-d725c02f05fc",
   "hostname": "engines@vm",
   "timestamp": 1795717215.6807792,
   "pid": 16423,
   "runtime": 0.014593071999115637,
   "result": "{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.006, 'hostname': 'engines@vm'}",
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "aa221e3a-ab0c-4e56-98dc-b79798ae65b9",
   "hostname": "engines@vm",
   "timestamp": 1795717215.6859362,
   "pid": 16423,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "2854175a-d433-4628-9a95-f2e454dceecf",
   "hostname": "engines@vm",
   "timestamp": 1795717215.6994586,
   "pid": 16423,
   "runtime": 0.02946952400088776,
   "result": "{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.017, 'hostname': 'engines@vm'}",
   "pool": "engines"
  },
  {
   "kind": "note",
   "text": "Thomas (CAND-020) -> Junior Marketing Manager [jobboard-fr.json:JB-1013]: 0.95",
   "data": {
    "match": {
     "candidate": "CAND-020",
     "name": "Thomas",
     "rank": 1,
     "job_key": "jobboard-fr.json:JB-1013",
     "title": "Junior Marketing Manager",
     "score": 0.9481
    }
   },
   "timestamp": 1795717215.736212
  },
  {
   "kind": "note",
   "text": "Emma (CAND-005) -> Lead Warehouse Operative [startup-hub.json:SH-1004]: 0.95",
   "data": {
    "match": {
     "candidate": "CAND-005",
     "name": "Emma",
     "rank": 1,
     "job_key": "startup-hub.json:SH-1004",
     "title": "Lead Warehouse Operative",
     "score": 0.9473
    }
   },
   "timestamp": 1795717215.7362325
  },
  {
   "kind": "note",
   "text": "Farid (CAND-006) -> Junior Marketing Manager [jobboard-fr.json:JB-1013]: 0.94",
   "data": {
    "match": {
     "candidate": "CAND-006",
     "name": "Farid",
     "rank": 1,
     "job_key": "jobboard-fr.json:JB-1013",
     "title": "Junior Marketing Manager",
     "score": 0.9364
    }
   },
   "timestamp": 1795717215.736244
  },
  {
   "kind": "note",
   "text": "Hugo (CAND-008) -> Junior Marketing Manager [jobboard-fr.json:JB-1013]: 0.93",
   "data": {
    "match": {
     "candidate": "CAND-008",
     "name": "Hugo",
     "rank": 1,
     "job_key": "jobboard-fr.json:JB-1013",
     "title": "Junior Marketing Manager",
     "score": 0.9337
    }
   },
   "timestamp": 1795717215.7362533
  },
  {
   "kind": "note",
   "text": "Cyril (CAND-029) -> Junior Frontend Developer [jobboard-fr.json:JB-1001]: 0.92",
   "data": {
    "match": {
     "candidate": "CAND-029",
     "name": "Cyril",
     "rank": 1,
     "job_key": "jobboard-fr.json:JB-1001",
     "title": "Junior Frontend Developer",
     "score": 0.9207
    }
   },
   "timestamp": 1795717215.7362623
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "c2e72ae7-35c6-404a-89b9-8e3a86ebabbe",
   "name": "demo.engines.rank",
   "hostname": "engines@vm",
   "timestamp": 1795717215.7214832,
   "args": "([{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.006, 'hostname': 'engines@vm'}, {'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.017, 'hostname': 'engines@vm'}, {'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.021, 'hostname': 'engines@vm'}], 'match-cd1f2cea')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "aa221e3a-ab0c-4e56-98dc-b79798ae65b9",
   "parent_id": "aa221e3a-ab0c-4e56-98dc-b79798ae65b9",
   "pid": 16423,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "c2e72ae7-35c6-404a-89b9-8e3a86ebabbe",
   "name": "demo.engines.rank",
   "hostname": "gen16489@vm",
   "timestamp": 1795717215.7210755,
   "args": "([{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.006, 'hostname': 'engines@vm'}, {'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.017, 'hostname': 'engines@vm'}, {'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.021, 'hostname': 'engines@vm'}], 'match-cd1f2cea')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "aa221e3a-ab0c-4e56-98dc-b79798ae65b9",
   "parent_id": "aa221e3a-ab0c-4e56-98dc-b79798ae65b9",
   "pid": 16489,
   "queue": "engines",
   "routing_key": "engines",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "aa221e3a-ab0c-4e56-98dc-b79798ae65b9",
   "hostname": "engines@vm",
   "timestamp": 1795717215.729047,
   "pid": 16423,
   "runtime": 0.0405927839983633,
   "result": "{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.021, 'hostname': 'engines@vm'}",
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "c2e72ae7-35c6-404a-89b9-8e3a86ebabbe",
   "hostname": "engines@vm",
   "timestamp": 1795717215.7291334,
   "pid": 16423,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "c2e72ae7-35c6-404a-89b9-8e3a86ebabbe",
   "hostname": "engines@vm",
   "timestamp": 1795717215.7366664,
   "pid": 16423,
   "runtime": 0.007206842999949004,
   "result": "{'run_id': 'match-cd1f2cea', 'chunks': 3, 'scored': 30, 'timed_out': 0, 'jobs': 60, 'workers': ['engines@vm'], 'store': 'SQLite at /tmp/panel-home/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)', 'top': [{'candidate': 'CAND-020', 'name': 'Thomas', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1013', 'title': 'Junior Marketing Manager', 'score': 0.9481}, {'candidate': 'CAND-005', 'name': 'Emma', 'rank': 1, 'job_key': 'startup-hub.json:SH-1004', 'title': 'Lead Warehouse Operative', 'score': 0.9473}, {'candidate': 'CAND-006', 'name': 'Farid', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1013', 'title': 'Junior Marketing Manager', 'score': 0.9364}, {'candidate': 'CAND-008', 'name': 'Hugo', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1013', 'title': 'Junior Marketing Manager', 'score': 0.9337}, {'candidate': 'CAND-029', 'name': 'Cyril', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1001', 'title': 'Junior Frontend Developer', 'score': 0.9207}, {'candidate': 'CAND-024', 'name': 'Xavier', 'rank': 1, , ...}]}",
   "pool": "engines"
  },
  {
   "kind": "summary",
   "run_id": "1907eb79baa0",
   "demo": "engines.run",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "table",
     "facts": [
      {
       "label": "chunks",
       "value": 3
      },
      {
       "label": "stopped by the soft time limit",
       "value": 0
      }
     ],
     "columns": [
      "candidate",
      "best job",
      "score"
     ],
     "rows": [
      [
       "Thomas",
       "Junior Marketing Manager",
       0.95
      ],
      [
       "Emma",
       "Lead Warehouse Operative",
       0.95
      ],
      [
       "Farid",
       "Junior Marketing Manager",
       0.94
      ],
      [
       "Hugo",
       "Junior Marketing Manager",
       0.93
      ],
      [
       "Cyril",
       "Junior Frontend Developer",
       0.92
      ]
     ]
    },
    "run_id": "match-cd1f2cea",
    "chunks": 3,
    "scored": 30,
    "timed_out": 0,
    "jobs": 60,
    "workers": [
     "engines@vm"
    ],
    "store": "SQLite at /tmp/panel-home/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)",
    "top": [
     {
      "candidate": "CAND-020",
      "name": "Thomas",
      "rank": 1,
      "job_key": "jobboard-fr.json:JB-1013",
      "title": "Junior Marketing Manager",
      "score": 0.9481
     },
     {
      "candidate": "CAND-005",
      "name": "Emma",
      "rank": 1,
      "job_key": "startup-hub.json:SH-1004",
      "title": "Lead Warehouse Operative",
      "score": 0.9473
     },
     {
      "candidate": "CAND-006",
      "name": "Farid",
      "rank": 1,
      "job_key": "jobboard-fr.json:JB-1013",
      "title": "Junior Marketing Manager",
      "score": 0.9364
     },
     {
      "candidate": "CAND-008",
      "name": "Hugo",
      "rank": 1,
      "job_key": "jobboard-fr.json:JB-1013",
      "title": "Junior Marketing Manager",
      "score": 0.9337
     },
     {
      "candidate": "CAND-029",
      "name": "Cyril",
      "rank": 1,
      "job_key": "jobboard-fr.json:JB-1001",
      "title": "Junior Frontend Developer",
      "score": 0.9207
     },
     {
      "candidate": "CAND-024",
      "name": "Xavier",
      "rank": 1,
      "job_key": "jobboard-fr.json:JB-1004",
      "title": "Junior Customer Success Manager",
      "score": 0.9203
     },
     {
      "candidate": "CAND-018",
      "name": "Rania",
      "rank": 1,
      "job_key": "interim-plus.xml:STF-1013",
      "title": "Junior Chef de Partie",
      "score": 0.9194
     },
     {
      "candidate": "CAND-015",
      "name": "Olivier",
      "rank": 1,
      "job_key": "startup-hub.json:SH-1003",
      "title": "Lead Chef de Partie",
      "score": 0.9172
     },
     {
      "candidate": "CAND-023",
      "name": "William",
      "rank": 1,
      "job_key": "interim-plus.xml:STF-1000",
      "title": "Lead Accountant",
      "score": 0.9064
     },
     {
      "candidate": "CAND-022",
      "name": "Val\u00e9rie",
      "rank": 1,
      "job_key": "jobboard-fr.json:JB-1004",
      "title": "Junior Customer Success Manager",
      "score": 0.9039
     }
    ]
   },
   "error": null,
   "tasks": [
    {
     "uuid": "063af539-0cf6-4221-9541-d725c02f05fc",
     "state": "SUCCEEDED",
     "name": "demo.engines.score_chunk",
     "hostname": "engines@vm",
     "at": 1795717215.6807792,
     "event": "task-succeeded",
     "pool": "engines",
     "runtime": 0.014593071999115637,
     "result": "{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.006, 'hostname': 'engines@vm'}"
    },
    {
     "uuid": "2854175a-d433-4628-9a95-f2e454dceecf",
     "state": "SUCCEEDED",
     "name": "demo.engines.score_chunk",
     "hostname": "engines@vm",
     "at": 1795717215.6994586,
     "event": "task-succeeded",
     "pool": "engines",
     "runtime": 0.02946952400088776,
     "result": "{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.017, 'hostname': 'engines@vm'}"
    },
    {
     "uuid": "aa221e3a-ab0c-4e56-98dc-b79798ae65b9",
     "state": "SUCCEEDED",
     "name": "demo.engines.score_chunk",
     "hostname": "engines@vm",
     "pool": "engines",
     "at": 1795717215.729047,
     "event": "task-succeeded",
     "runtime": 0.0405927839983633,
     "result": "{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.021, 'hostname': 'engines@vm'}"
    },
    {
     "uuid": "c2e72ae7-35c6-404a-89b9-8e3a86ebabbe",
     "state": "SUCCEEDED",
     "name": "demo.engines.rank",
     "hostname": "engines@vm",
     "pool": "engines",
     "at": 1795717215.7366664,
     "event": "task-succeeded",
     "runtime": 0.007206842999949004,
     "result": "{'run_id': 'match-cd1f2cea', 'chunks': 3, 'scored': 30, 'timed_out': 0, 'jobs': 60, 'workers': ['engines@vm'], 'store': 'SQLite at /tmp/panel-home/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)', 'top': [{'candidate': 'CAND-020', 'name': 'Thomas', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1013', 'title': 'Junior Marketing Manager', 'score': 0.9481}, {'candidate': 'CAND-005', 'name': 'Emma', 'rank': 1, 'job_key': 'startup-hub.json:SH-1004', 'title': 'Lead Warehouse Operative', 'score': 0.9473}, {'candidate': 'CAND-006', 'name': 'Farid', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1013', 'title': 'Junior Marketing Manager', 'score': 0.9364}, {'candidate': 'CAND-008', 'name': 'Hugo', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1013', 'title': 'Junior Marketing Manager', 'score': 0.9337}, {'candidate': 'CAND-029', 'name': 'Cyril', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1001', 'title': 'Junior Frontend Developer', 'score': 0.9207}, {'candidate': 'CAND-024', 'name': 'Xavier', 'rank': 1, , ...}]}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:31379/0",
   "started": 1795717214.6404626,
   "finished": 1795717215.742079,
   "duration": 1.102,
   "timestamp": 1795717215.7420993
  }
 ]
};
