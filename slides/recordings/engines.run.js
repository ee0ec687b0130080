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
 "recorded": "2026-11-24T14:37:42+00:00",
 "broker": "redis://127.0.0.1:54423/0",
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
   "run_id": "e1c45f630994",
   "demo": "engines.run",
   "title": "Candidates scored against the imported jobs, in chunks, on the engines worker",
   "params": {
    "chunk_size": 10,
    "top_k": 3,
    "soft_time_limit": 10.0,
    "runaway": 0
   },
   "broker": "redis://127.0.0.1:54423/0",
   "follow": "events",
   "command": "invoke demo engines.run",
   "timestamp": 1795531062.9515233
  },
  {
   "kind": "note",
   "text": "30 candidates x 60 jobs from SQLite at /tmp/w4/stackhome/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag), chunks of 10, soft time limit 10.0 s per chunk",
   "data": null,
   "timestamp": 1795531063.840281
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "56161c0f-1b4f-4ca1-9f68-a2c58ce4b484",
   "name": "demo.engines.score_chunk",
   "hostname": "engines@vm",
   "timestamp": 1795531063.8978488,
   "args": "('match-632abf67', ['CAND-001', 'CAND-002', 'CAND-003', 'CAND-004', 'CAND-005', 'CAND-006', 'CAND-007', 'CAND-008', 'CAND-009', 'CAND-010'], 3)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "56161c0f-1b4f-4ca1-9f68-a2c58ce4b484",
   "parent_id": null,
   "pid": 6814,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "56161c0f-1b4f-4ca1-9f68-a2c58ce4b484",
   "hostname": "engines@vm",
   "timestamp": 1795531063.9020793,
   "pid": 6814,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "56161c0f-1b4f-4ca1-9f68-a2c58ce4b484",
   "name": "demo.engines.score_chunk",
   "hostname": "gen9936@vm",
   "timestamp": 1795531063.9059598,
   "args": "('match-632abf67', ['CAND-001', 'CAND-002', 'CAND-003', 'CAND-004', 'CAND-005', 'CAND-006', 'CAND-007', 'CAND-008', 'CAND-009', 'CAND-010'], 3)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "56161c0f-1b4f-4ca1-9f68-a2c58ce4b484",
   "parent_id": null,
   "pid": 9936,
   "queue": "engines",
   "routing_key": "engines",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "d9fd3c3e-ec29-469f-a18a-d3bb1b444dd0",
   "name": "demo.engines.score_chunk",
   "hostname": "engines@vm",
   "timestamp": 1795531063.911532,
   "args": "('match-632abf67', ['CAND-011', 'CAND-012', 'CAND-013', 'CAND-014', 'CAND-015', 'CAND-016', 'CAND-017', 'CAND-018', 'CAND-019', 'CAND-020'], 3)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d9fd3c3e-ec29-469f-a18a-d3bb1b444dd0",
   "parent_id": null,
   "pid": 6814,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "d9fd3c3e-ec29-469f-a18a-d3bb1b444dd0",
   "hostname": "engines@vm",
   "timestamp": 1795531063.922877,
   "pid": 6814,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "d9fd3c3e-ec29-469f-a18a-d3bb1b444dd0",
   "name": "demo.engines.score_chunk",
   "hostname": "gen9936@vm",
   "timestamp": 1795531063.9497788,
   "args": "('match-632abf67', ['CAND-011', 'CAND-012', 'CAND-013', 'CAND-014', 'CAND-015', 'CAND-016', 'CAND-017', 'CAND-018', 'CAND-019', 'CAND-020'], 3)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d9fd3c3e-ec29-469f-a18a-d3bb1b444dd0",
   "parent_id": null,
   "pid": 9936,
   "queue": "engines",
   "routing_key": "engines",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "90842923-1288-4bb7-b21d-ae52bbdaf348",
   "name": "demo.engines.score_chunk",
   "hostname": "gen9936@vm",
   "timestamp": 1795531063.9822729,
   "args": "('match-632abf67', ['CAND-021', 'CAND-022', 'CAND-023', 'CAND-024', 'CAND-025', 'CAND-026', 'CAND-027', 'CAND-028', 'CAND-029', 'CAND-030'], 3)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "90842923-1288-4bb7-b21d-ae52bbdaf348",
   "parent_id": null,
   "pid": 9936,
   "queue": "engines",
   "routing_key": "engines",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "90842923-1288-4bb7-b21d-ae52bbdaf348",
   "name": "demo.engines.score_chunk",
   "hostname": "engines@vm",
   "timestamp": 1795531063.9887981,
   "args": "('match-632abf67', ['CAND-021', 'CAND-022', 'CAND-023', 'CAND-024', 'CAND-025', 'CAND-026', 'CAND-027', 'CAND-028', 'CAND-029', 'CAND-030'], 3)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "90842923-1288-4bb7-b21d-ae52bbdaf348",
   "parent_id": null,
   "pid": 6814,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "56161c0f-1b4f-4ca1-9f68-a2c58ce4b484",
   "hostname": "engines@vm",
   "timestamp": 1795531064.8556457,
   "pid": 6814,
   "runtime": 0.9519448559999546,
   "result": "{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.061, 'hostname': 'engines@vm'}",
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "90842923-1288-4bb7-b21d-ae52bbdaf348",
   "hostname": "engines@vm",
   "timestamp": 1795531064.8595705,
   "pid": 6814,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "90842923-1288-4bb7-b21d-ae52bbdaf348",
   "hostname": "engines@vm",
   "timestamp": 1795531065.0573096,
   "pid": 6814,
   "runtime": 0.1977432300000146,
   "result": "{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.183, 'hostname': 'engines@vm'}",
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "8875f101-8f82-42a5-aa45-7484993e305c",
   "name": "demo.engines.rank",
   "hostname": "gen7131@vm",
   "timestamp": 1795531065.6558268,
   "args": "([{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.061, 'hostname': 'engines@vm'}, {'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.069, 'hostname': 'engines@vm'}, {'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.183, 'hostname': 'engines@vm'}], 'match-632abf67')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d9fd3c3e-ec29-469f-a18a-d3bb1b444dd0",
   "parent_id": "d9fd3c3e-ec29-469f-a18a-d3bb1b444dd0",
   "pid": 7131,
   "queue": "engines",
   "routing_key": "engines",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "8875f101-8f82-42a5-aa45-7484993e305c",
   "name": "demo.engines.rank",
   "hostname": "engines@vm",
   "timestamp": 1795531065.660403,
   "args": "([{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.061, 'hostname': 'engines@vm'}, {'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.069, 'hostname': 'engines@vm'}, {'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.183, 'hostname': 'engines@vm'}], 'match-632abf67')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d9fd3c3e-ec29-469f-a18a-d3bb1b444dd0",
   "parent_id": "d9fd3c3e-ec29-469f-a18a-d3bb1b444dd0",
   "pid": 6814,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "d9fd3c3e-ec29-469f-a18a-d3bb1b444dd0",
   "hostname": "engines@vm",
   "timestamp": 1795531065.6655102,
   "pid": 6814,
   "runtime": 1.7430305490001956,
   "result": "{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.069, 'hostname': 'engines@vm'}",
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "8875f101-8f82-42a5-aa45-7484993e305c",
   "hostname": "engines@vm",
   "timestamp": 1795531065.6694007,
   "pid": 6814,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "8875f101-8f82-42a5-aa45-7484993e305c",
   "hostname": "engines@vm",
   "timestamp": 1795531065.6785529,
   "pid": 6814,
   "runtime": 0.011823396000181674,
   "result": "{'run_id': 'match-632abf67', 'chunks': 3, 'scored': 30, 'timed_out': 0, 'jobs': 60, 'workers': ['engines@vm'], 'store': 'SQLite at /tmp/w4/stackhome/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)', 'top': [{'candidate': 'CAND-020', 'name': 'Thomas', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1013', 'title': 'Junior Marketing Manager', 'score': 0.9481}, {'candidate': 'CAND-005', 'name': 'Emma', 'rank': 1, 'job_key': 'startup-hub.json:SH-1004', 'title': 'Lead Warehouse Operative', 'score': 0.9473}, {'candidate': 'CAND-006', 'name': 'Farid', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1013', 'title': 'Junior Marketing Manager', 'score': 0.9364}, {'candidate': 'CAND-008', 'name': 'Hugo', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1013', 'title': 'Junior Marketing Manager', 'score': 0.9337}, {'candidate': 'CAND-029', 'name': 'Cyril', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1001', 'title': 'Junior Frontend Developer', 'score': 0.9207}, {'candidate': 'CAND-024', 'name': 'Xavier', 'rank': , ...}]}",
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
   "timestamp": 1795531065.6841033
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
   "timestamp": 1795531065.6841328
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
   "timestamp": 1795531065.6841536
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
   "timestamp": 1795531065.6841729
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
   "timestamp": 1795531065.6841912
  },
  {
   "kind": "summary",
   "run_id": "e1c45f630994",
   "demo": "engines.run",
   "status": "succeeded",
   "result": {
    "run_id": "match-632abf67",
    "chunks": 3,
    "scored": 30,
    "timed_out": 0,
    "jobs": 60,
    "workers": [
     "engines@vm"
    ],
    "store": "SQLite at /tmp/w4/stackhome/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)",
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
     "uuid": "56161c0f-1b4f-4ca1-9f68-a2c58ce4b484",
     "state": "SUCCEEDED",
     "name": "demo.engines.score_chunk",
     "hostname": "engines@vm",
     "pool": "engines",
     "pid": 6814,
     "at": 1795531064.8556457,
     "event": "task-succeeded",
     "runtime": 0.9519448559999546,
     "result": "{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.061, 'hostname': 'engines@vm'}"
    },
    {
     "uuid": "d9fd3c3e-ec29-469f-a18a-d3bb1b444dd0",
     "state": "SUCCEEDED",
     "name": "demo.engines.score_chunk",
     "hostname": "engines@vm",
     "pool": "engines",
     "pid": 6814,
     "at": 1795531065.6655102,
     "event": "task-succeeded",
     "runtime": 1.7430305490001956,
     "result": "{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.069, 'hostname': 'engines@vm'}"
    },
    {
     "uuid": "90842923-1288-4bb7-b21d-ae52bbdaf348",
     "state": "SUCCEEDED",
     "name": "demo.engines.score_chunk",
     "hostname": "engines@vm",
     "pid": 6814,
     "at": 1795531065.0573096,
     "event": "task-succeeded",
     "pool": "engines",
     "runtime": 0.1977432300000146,
     "result": "{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.183, 'hostname': 'engines@vm'}"
    },
    {
     "uuid": "8875f101-8f82-42a5-aa45-7484993e305c",
     "state": "SUCCEEDED",
     "name": "demo.engines.rank",
     "hostname": "engines@vm",
     "pid": 6814,
     "at": 1795531065.6785529,
     "event": "task-succeeded",
     "pool": "engines",
     "runtime": 0.011823396000181674,
     "result": "{'run_id': 'match-632abf67', 'chunks': 3, 'scored': 30, 'timed_out': 0, 'jobs': 60, 'workers': ['engines@vm'], 'store': 'SQLite at /tmp/w4/stackhome/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)', 'top': [{'candidate': 'CAND-020', 'name': 'Thomas', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1013', 'title': 'Junior Marketing Manager', 'score': 0.9481}, {'candidate': 'CAND-005', 'name': 'Emma', 'rank': 1, 'job_key': 'startup-hub.json:SH-1004', 'title': 'Lead Warehouse Operative', 'score': 0.9473}, {'candidate': 'CAND-006', 'name': 'Farid', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1013', 'title': 'Junior Marketing Manager', 'score': 0.9364}, {'candidate': 'CAND-008', 'name': 'Hugo', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1013', 'title': 'Junior Marketing Manager', 'score': 0.9337}, {'candidate': 'CAND-029', 'name': 'Cyril', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1001', 'title': 'Junior Frontend Developer', 'score': 0.9207}, {'candidate': 'CAND-024', 'name': 'Xavier', 'rank': , ...}]}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:54423/0",
   "started": 1795531062.9515233,
   "finished": 1795531065.6843257,
   "duration": 2.733,
   "timestamp": 1795531065.6843631
  }
 ]
};
