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
 "recorded": "2026-11-26T19:04:15+00:00",
 "broker": "redis://127.0.0.1:26379/0",
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
   "run_id": "e342692a3401",
   "demo": "engines.run",
   "title": "Candidates scored against the imported jobs, in chunks, on the engines worker",
   "params": {
    "chunk_size": 10,
    "top_k": 3,
    "soft_time_limit": 10.0,
    "runaway": 0
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo engines.run",
   "timestamp": 1795719855.679949
  },
  {
   "kind": "note",
   "text": "30 candidates x 60 jobs from SQLite at /tmp/me-home/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag), chunks of 10, soft time limit 10.0 s per chunk",
   "data": null,
   "timestamp": 1795719856.1865373
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "6a6bdd97-acb9-4e16-83e8-6ebf1054d8cf",
   "name": "demo.engines.score_chunk",
   "hostname": "gen364@vm",
   "timestamp": 1795719856.1899185,
   "args": "('match-b58d0b71', ['CAND-001', 'CAND-002', 'CAND-003', 'CAND-004', 'CAND-005', 'CAND-006', 'CAND-007', 'CAND-008', 'CAND-009', 'CAND-010'], 3)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "6a6bdd97-acb9-4e16-83e8-6ebf1054d8cf",
   "parent_id": null,
   "pid": 364,
   "queue": "engines",
   "routing_key": "engines",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "cf8ba4a1-3f84-4924-bec8-d4cdc8691584",
   "name": "demo.engines.score_chunk",
   "hostname": "gen364@vm",
   "timestamp": 1795719856.1918955,
   "args": "('match-b58d0b71', ['CAND-011', 'CAND-012', 'CAND-013', 'CAND-014', 'CAND-015', 'CAND-016', 'CAND-017', 'CAND-018', 'CAND-019', 'CAND-020'], 3)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "cf8ba4a1-3f84-4924-bec8-d4cdc8691584",
   "parent_id": null,
   "pid": 364,
   "queue": "engines",
   "routing_key": "engines",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "6a6bdd97-acb9-4e16-83e8-6ebf1054d8cf",
   "name": "demo.engines.score_chunk",
   "hostname": "engines@vm",
   "timestamp": 1795719856.192879,
   "args": "('match-b58d0b71', ['CAND-001', 'CAND-002', 'CAND-003', 'CAND-004', 'CAND-005', 'CAND-006', 'CAND-007', 'CAND-008', 'CAND-009', 'CAND-010'], 3)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "6a6bdd97-acb9-4e16-83e8-6ebf1054d8cf",
   "parent_id": null,
   "pid": 32767,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "6a6bdd97-acb9-4e16-83e8-6ebf1054d8cf",
   "hostname": "engines@vm",
   "timestamp": 1795719856.1945424,
   "pid": 32767,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "0f5824e3-316b-46e2-b35a-45f073039d93",
   "name": "demo.engines.score_chunk",
   "hostname": "gen364@vm",
   "timestamp": 1795719856.1981113,
   "args": "('match-b58d0b71', ['CAND-021', 'CAND-022', 'CAND-023', 'CAND-024', 'CAND-025', 'CAND-026', 'CAND-027', 'CAND-028', 'CAND-029', 'CAND-030'], 3)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "0f5824e3-316b-46e2-b35a-45f073039d93",
   "parent_id": null,
   "pid": 364,
   "queue": "engines",
   "routing_key": "engines",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "cf8ba4a1-3f84-4924-bec8-d4cdc8691584",
   "name": "demo.engines.score_chunk",
   "hostname": "engines@vm",
   "timestamp": 1795719856.201985,
   "args": "('match-b58d0b71', ['CAND-011', 'CAND-012', 'CAND-013', 'CAND-014', 'CAND-015', 'CAND-016', 'CAND-017', 'CAND-018', 'CAND-019', 'CAND-020'], 3)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "cf8ba4a1-3f84-4924-bec8-d4cdc8691584",
   "parent_id": null,
   "pid": 32767,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "0f5824e3-316b-46e2-b35a-45f073039d93",
   "name": "demo.engines.score_chunk",
   "hostname": "engines@vm",
   "timestamp": 1795719856.206047,
   "args": "('match-b58d0b71', ['CAND-021', 'CAND-022', 'CAND-023', 'CAND-024', 'CAND-025', 'CAND-026', 'CAND-027', 'CAND-028', 'CAND-029', 'CAND-030'], 3)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "0f5824e3-316b-46e2-b35a-45f073039d93",
   "parent_id": null,
   "pid": 32767,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "cf8ba4a1-3f84-4924-bec8-d4cdc8691584",
   "hostname": "engines@vm",
   "timestamp": 1795719856.207149,
   "pid": 32767,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "6a6bdd97-acb9-4e16-83e8-6ebf1054d8cf",
   "hostname": "engines@vm",
   "timestamp": 1795719856.776275,
   "pid": 32767,
   "runtime": 0.5805727549995936,
   "result": "{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.003, 'hostname': 'engines@vm'}",
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "0f5824e3-316b-46e2-b35a-45f073039d93",
   "hostname": "engines@vm",
   "timestamp": 1795719856.7781115,
   "pid": 32767,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "0f5824e3-316b-46e2-b35a-45f073039d93",
   "hostname": "engines@vm",
   "timestamp": 1795719856.7876,
   "pid": 32767,
   "runtime": 0.00887995800076169,
   "result": "{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.004, 'hostname': 'engines@vm'}",
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "f35037d6-e7a3-45c1-b5c8-d4f5204989d0",
   "name": "demo.engines.rank",
   "hostname": "gen326@vm",
   "timestamp": 1795719856.800808,
   "args": "([{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.003, 'hostname': 'engines@vm'}, {'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.004, 'hostname': 'engines@vm'}, {'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.004, 'hostname': 'engines@vm'}], 'match-b58d0b71')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "cf8ba4a1-3f84-4924-bec8-d4cdc8691584",
   "parent_id": "cf8ba4a1-3f84-4924-bec8-d4cdc8691584",
   "pid": 326,
   "queue": "engines",
   "routing_key": "engines",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "f35037d6-e7a3-45c1-b5c8-d4f5204989d0",
   "name": "demo.engines.rank",
   "hostname": "engines@vm",
   "timestamp": 1795719856.8024802,
   "args": "([{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.003, 'hostname': 'engines@vm'}, {'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.004, 'hostname': 'engines@vm'}, {'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.004, 'hostname': 'engines@vm'}], 'match-b58d0b71')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "cf8ba4a1-3f84-4924-bec8-d4cdc8691584",
   "parent_id": "cf8ba4a1-3f84-4924-bec8-d4cdc8691584",
   "pid": 32767,
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "cf8ba4a1-3f84-4924-bec8-d4cdc8691584",
   "hostname": "engines@vm",
   "timestamp": 1795719856.803652,
   "pid": 32767,
   "runtime": 0.5993613020000339,
   "result": "{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.004, 'hostname': 'engines@vm'}",
   "pool": "engines"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "f35037d6-e7a3-45c1-b5c8-d4f5204989d0",
   "hostname": "engines@vm",
   "timestamp": 1795719856.8045745,
   "pid": 32767,
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
   "timestamp": 1795719856.80792
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
   "timestamp": 1795719856.8079357
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
   "timestamp": 1795719856.8079464
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
   "timestamp": 1795719856.8079555
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
   "timestamp": 1795719856.8079638
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "f35037d6-e7a3-45c1-b5c8-d4f5204989d0",
   "hostname": "engines@vm",
   "timestamp": 1795719856.8083081,
   "pid": 32767,
   "runtime": 0.003721836999829975,
   "result": "{'run_id': 'match-b58d0b71', 'chunks': 3, 'scored': 30, 'timed_out': 0, 'jobs': 60, 'workers': ['engines@vm'], 'store': 'SQLite at /tmp/me-home/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)', 'top': [{'candidate': 'CAND-020', 'name': 'Thomas', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1013', 'title': 'Junior Marketing Manager', 'score': 0.9481}, {'candidate': 'CAND-005', 'name': 'Emma', 'rank': 1, 'job_key': 'startup-hub.json:SH-1004', 'title': 'Lead Warehouse Operative', 'score': 0.9473}, {'candidate': 'CAND-006', 'name': 'Farid', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1013', 'title': 'Junior Marketing Manager', 'score': 0.9364}, {'candidate': 'CAND-008', 'name': 'Hugo', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1013', 'title': 'Junior Marketing Manager', 'score': 0.9337}, {'candidate': 'CAND-029', 'name': 'Cyril', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1001', 'title': 'Junior Frontend Developer', 'score': 0.9207}, {'candidate': 'CAND-024', 'name': 'Xavier', 'rank': 1, 'jo...', ...}]}",
   "pool": "engines"
  },
  {
   "kind": "summary",
   "run_id": "e342692a3401",
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
    "run_id": "match-b58d0b71",
    "chunks": 3,
    "scored": 30,
    "timed_out": 0,
    "jobs": 60,
    "workers": [
     "engines@vm"
    ],
    "store": "SQLite at /tmp/me-home/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)",
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
     "uuid": "6a6bdd97-acb9-4e16-83e8-6ebf1054d8cf",
     "state": "SUCCEEDED",
     "name": "demo.engines.score_chunk",
     "hostname": "engines@vm",
     "at": 1795719856.776275,
     "event": "task-succeeded",
     "pool": "engines",
     "runtime": 0.5805727549995936,
     "result": "{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.003, 'hostname': 'engines@vm'}"
    },
    {
     "uuid": "cf8ba4a1-3f84-4924-bec8-d4cdc8691584",
     "state": "SUCCEEDED",
     "name": "demo.engines.score_chunk",
     "hostname": "engines@vm",
     "at": 1795719856.803652,
     "event": "task-succeeded",
     "pool": "engines",
     "runtime": 0.5993613020000339,
     "result": "{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.004, 'hostname': 'engines@vm'}"
    },
    {
     "uuid": "0f5824e3-316b-46e2-b35a-45f073039d93",
     "state": "SUCCEEDED",
     "name": "demo.engines.score_chunk",
     "hostname": "engines@vm",
     "at": 1795719856.7876,
     "event": "task-succeeded",
     "pool": "engines",
     "runtime": 0.00887995800076169,
     "result": "{'status': 'ok', 'scored': 10, 'of': 10, 'jobs': 60, 'seconds': 0.004, 'hostname': 'engines@vm'}"
    },
    {
     "uuid": "f35037d6-e7a3-45c1-b5c8-d4f5204989d0",
     "state": "SUCCEEDED",
     "name": "demo.engines.rank",
     "hostname": "engines@vm",
     "at": 1795719856.8083081,
     "event": "task-succeeded",
     "pool": "engines",
     "runtime": 0.003721836999829975,
     "result": "{'run_id': 'match-b58d0b71', 'chunks': 3, 'scored': 30, 'timed_out': 0, 'jobs': 60, 'workers': ['engines@vm'], 'store': 'SQLite at /tmp/me-home/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)', 'top': [{'candidate': 'CAND-020', 'name': 'Thomas', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1013', 'title': 'Junior Marketing Manager', 'score': 0.9481}, {'candidate': 'CAND-005', 'name': 'Emma', 'rank': 1, 'job_key': 'startup-hub.json:SH-1004', 'title': 'Lead Warehouse Operative', 'score': 0.9473}, {'candidate': 'CAND-006', 'name': 'Farid', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1013', 'title': 'Junior Marketing Manager', 'score': 0.9364}, {'candidate': 'CAND-008', 'name': 'Hugo', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1013', 'title': 'Junior Marketing Manager', 'score': 0.9337}, {'candidate': 'CAND-029', 'name': 'Cyril', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1001', 'title': 'Junior Frontend Developer', 'score': 0.9207}, {'candidate': 'CAND-024', 'name': 'Xavier', 'rank': 1, 'jo...', ...}]}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795719855.679949,
   "finished": 1795719856.8094008,
   "duration": 1.129,
   "timestamp": 1795719856.8094175
  }
 ]
};
