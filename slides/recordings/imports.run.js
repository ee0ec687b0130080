/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["imports.run"] = {
 "id": "imports.run",
 "title": "Partner feeds fetched on gevent, upserted, summarised by a chord",
 "scenario": {
  "id": "imports.run",
  "title": "Partner feeds fetched on gevent, upserted, summarised by a chord",
  "slide": "Work4Labs usage / Imports",
  "description": "The partners are played by demo.feeds on a free local port for the run. One import_feed\n    per feed on the gevent queue (retries with back-off on 5xx), a chord summarises new /\n    updated / invalid / failed per feed. Running it twice updates, never duplicates.",
  "command": "invoke demo imports.run",
  "timeout": 90.0,
  "params": [
   {
    "name": "latency",
    "type": "number",
    "default": 0.3,
    "min": 0.0,
    "max": 5.0,
    "choices": null,
    "limits": "between 0.0 and 5.0",
    "help": "seconds each partner takes to answer"
   },
   {
    "name": "flaky",
    "type": "string",
    "default": "jobboard-fr.json",
    "min": null,
    "max": null,
    "choices": [
     "none",
     "acme-careers.xml",
     "interim-plus.xml",
     "jobboard-fr.json",
     "startup-hub.json"
    ],
    "limits": "one of none, acme-careers.xml, interim-plus.xml, jobboard-fr.json, startup-hub.json",
    "help": "the partner that often answers 503"
   },
   {
    "name": "flaky_rate",
    "type": "number",
    "default": 0.5,
    "min": 0.0,
    "max": 1.0,
    "choices": null,
    "limits": "between 0.0 and 1.0",
    "help": "share of the flaky partner's answers that are 503"
   },
   {
    "name": "broken",
    "type": "string",
    "default": "none",
    "min": null,
    "max": null,
    "choices": [
     "none",
     "acme-careers.xml",
     "interim-plus.xml",
     "jobboard-fr.json",
     "startup-hub.json"
    ],
    "limits": "one of none, acme-careers.xml, interim-plus.xml, jobboard-fr.json, startup-hub.json",
    "help": "a partner that always answers 503"
   },
   {
    "name": "backoff",
    "type": "number",
    "default": 0.5,
    "min": 0.1,
    "max": 5.0,
    "choices": null,
    "limits": "between 0.1 and 5.0",
    "help": "first retry delay in seconds (doubles each retry)"
   }
  ]
 },
 "recorded": "2026-11-24T14:37:45+00:00",
 "broker": "redis://127.0.0.1:54423/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [
  "gevent",
  "prefork"
 ],
 "host": "vm",
 "celery": "5.7.0",
 "python": "3.11.7",
 "params": {
  "latency": 0.3,
  "flaky": "jobboard-fr.json",
  "flaky_rate": 0.5,
  "broken": "none",
  "backoff": 0.5
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "51d380223d60",
   "demo": "imports.run",
   "title": "Partner feeds fetched on gevent, upserted, summarised by a chord",
   "params": {
    "latency": 0.3,
    "flaky": "jobboard-fr.json",
    "flaky_rate": 0.5,
    "broken": "none",
    "backoff": 0.5
   },
   "broker": "redis://127.0.0.1:54423/0",
   "follow": "events",
   "command": "invoke demo imports.run",
   "timestamp": 1795531065.9228156
  },
  {
   "kind": "note",
   "text": "store: SQLite at /tmp/w4/stackhome/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)",
   "data": {
    "store": "sqlite"
   },
   "timestamp": 1795531065.9229658
  },
  {
   "kind": "note",
   "text": "4 partner feeds on http://127.0.0.1:43925, 0.3 s latency; flaky: jobboard-fr.json (50% 503s); always failing: none",
   "data": null,
   "timestamp": 1795531065.9467945
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "7c7998fe-c157-4578-a286-82f484d1bebc",
   "name": "demo.imports.import_feed",
   "hostname": "gen9936@vm",
   "timestamp": 1795531065.986992,
   "args": "('http://127.0.0.1:43925/feeds/acme-careers.xml',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "7c7998fe-c157-4578-a286-82f484d1bebc",
   "parent_id": null,
   "pid": 9936,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "7c7998fe-c157-4578-a286-82f484d1bebc",
   "name": "demo.imports.import_feed",
   "hostname": "gevent@vm",
   "timestamp": 1795531065.9929569,
   "args": "('http://127.0.0.1:43925/feeds/acme-careers.xml',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "7c7998fe-c157-4578-a286-82f484d1bebc",
   "parent_id": null,
   "pid": 6810,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "7c7998fe-c157-4578-a286-82f484d1bebc",
   "hostname": "gevent@vm",
   "timestamp": 1795531065.9974086,
   "pid": 6810,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "7550b0e5-e613-4618-83a5-e52adf36a1dc",
   "name": "demo.imports.import_feed",
   "hostname": "gevent@vm",
   "timestamp": 1795531066.0168135,
   "args": "('http://127.0.0.1:43925/feeds/interim-plus.xml',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "7550b0e5-e613-4618-83a5-e52adf36a1dc",
   "parent_id": null,
   "pid": 6810,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "7550b0e5-e613-4618-83a5-e52adf36a1dc",
   "name": "demo.imports.import_feed",
   "hostname": "gen9936@vm",
   "timestamp": 1795531066.0194516,
   "args": "('http://127.0.0.1:43925/feeds/interim-plus.xml',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "7550b0e5-e613-4618-83a5-e52adf36a1dc",
   "parent_id": null,
   "pid": 9936,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "7550b0e5-e613-4618-83a5-e52adf36a1dc",
   "hostname": "gevent@vm",
   "timestamp": 1795531066.0222366,
   "pid": 6810,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "74a7247d-d73d-4e7e-9356-9b4474e1465f",
   "name": "demo.imports.import_feed",
   "hostname": "gevent@vm",
   "timestamp": 1795531066.0322993,
   "args": "('http://127.0.0.1:43925/feeds/jobboard-fr.json?fail=0.5',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "74a7247d-d73d-4e7e-9356-9b4474e1465f",
   "parent_id": null,
   "pid": 6810,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "74a7247d-d73d-4e7e-9356-9b4474e1465f",
   "hostname": "gevent@vm",
   "timestamp": 1795531066.0368793,
   "pid": 6810,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "74a7247d-d73d-4e7e-9356-9b4474e1465f",
   "name": "demo.imports.import_feed",
   "hostname": "gen9936@vm",
   "timestamp": 1795531066.0427954,
   "args": "('http://127.0.0.1:43925/feeds/jobboard-fr.json?fail=0.5',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "74a7247d-d73d-4e7e-9356-9b4474e1465f",
   "parent_id": null,
   "pid": 9936,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "f015b926-c366-400f-84c4-1452426e5a0f",
   "name": "demo.imports.import_feed",
   "hostname": "gen9936@vm",
   "timestamp": 1795531066.0604482,
   "args": "('http://127.0.0.1:43925/feeds/startup-hub.json',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f015b926-c366-400f-84c4-1452426e5a0f",
   "parent_id": null,
   "pid": 9936,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "f015b926-c366-400f-84c4-1452426e5a0f",
   "name": "demo.imports.import_feed",
   "hostname": "gevent@vm",
   "timestamp": 1795531066.0701835,
   "args": "('http://127.0.0.1:43925/feeds/startup-hub.json',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f015b926-c366-400f-84c4-1452426e5a0f",
   "parent_id": null,
   "pid": 6810,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "f015b926-c366-400f-84c4-1452426e5a0f",
   "hostname": "gevent@vm",
   "timestamp": 1795531066.079828,
   "pid": 6810,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "7c7998fe-c157-4578-a286-82f484d1bebc",
   "hostname": "gevent@vm",
   "timestamp": 1795531066.3938494,
   "pid": 6810,
   "runtime": 0.38726602099995944,
   "result": "{'feed': 'acme-careers.xml', 'status': 'ok', 'attempts': 1, 'jobs': 19, 'invalid': 1, 'new': 0, 'updated': 18, 'store': 'sqlite'}",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "74a7247d-d73d-4e7e-9356-9b4474e1465f",
   "hostname": "gevent@vm",
   "timestamp": 1795531066.493759,
   "pid": 6810,
   "runtime": 0.4485875750001469,
   "result": "{'feed': 'jobboard-fr.json', 'status': 'ok', 'attempts': 1, 'jobs': 17, 'invalid': 1, 'new': 0, 'updated': 16, 'store': 'sqlite'}",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "7550b0e5-e613-4618-83a5-e52adf36a1dc",
   "hostname": "gevent@vm",
   "timestamp": 1795531066.4971478,
   "pid": 6810,
   "runtime": 0.47006897700021,
   "result": "{'feed': 'interim-plus.xml', 'status': 'ok', 'attempts': 1, 'jobs': 14, 'invalid': 0, 'new': 0, 'updated': 14, 'store': 'sqlite'}",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "82c33fdf-36fc-452d-b5f8-59d8761e45bf",
   "name": "demo.imports.summarise",
   "hostname": "gen6810@vm",
   "timestamp": 1795531066.694268,
   "args": "([{'feed': 'acme-careers.xml', 'status': 'ok', 'attempts': 1, 'jobs': 19, 'invalid': 1, 'new': 0, 'updated': 18, 'store': 'sqlite'}, {'feed': 'interim-plus.xml', 'status': 'ok', 'attempts': 1, 'jobs': 14, 'invalid': 0, 'new': 0, 'updated': 14, 'store': 'sqlite'}, {'feed': 'jobboard-fr.json', 'status': 'ok', 'attempts': 1, 'jobs': 17, 'invalid': 1, 'new': 0, 'updated': 16, 'store': 'sqlite'}, {'feed': 'startup-hub.json', 'status': 'ok', 'attempts': 1, 'jobs': 12, 'invalid': 0, 'new': 0, 'updated': 12, 'store': 'sqlite'}],)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f015b926-c366-400f-84c4-1452426e5a0f",
   "parent_id": "f015b926-c366-400f-84c4-1452426e5a0f",
   "pid": 6810,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "82c33fdf-36fc-452d-b5f8-59d8761e45bf",
   "name": "demo.imports.summarise",
   "hostname": "prefork@vm",
   "timestamp": 1795531066.696296,
   "args": "([{'feed': 'acme-careers.xml', 'status': 'ok', 'attempts': 1, 'jobs': 19, 'invalid': 1, 'new': 0, 'updated': 18, 'store': 'sqlite'}, {'feed': 'interim-plus.xml', 'status': 'ok', 'attempts': 1, 'jobs': 14, 'invalid': 0, 'new': 0, 'updated': 14, 'store': 'sqlite'}, {'feed': 'jobboard-fr.json', 'status': 'ok', 'attempts': 1, 'jobs': 17, 'invalid': 1, 'new': 0, 'updated': 16, 'store': 'sqlite'}, {'feed': 'startup-hub.json', 'status': 'ok', 'attempts': 1, 'jobs': 12, 'invalid': 0, 'new': 0, 'updated': 12, 'store': 'sqlite'}],)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f015b926-c366-400f-84c4-1452426e5a0f",
   "parent_id": "f015b926-c366-400f-84c4-1452426e5a0f",
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "82c33fdf-36fc-452d-b5f8-59d8761e45bf",
   "hostname": "prefork@vm",
   "timestamp": 1795531066.7016017,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "f015b926-c366-400f-84c4-1452426e5a0f",
   "hostname": "gevent@vm",
   "timestamp": 1795531066.707802,
   "pid": 6810,
   "runtime": 0.5715774409995902,
   "result": "{'feed': 'startup-hub.json', 'status': 'ok', 'attempts': 1, 'jobs': 12, 'invalid': 0, 'new': 0, 'updated': 12, 'store': 'sqlite'}",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "82c33fdf-36fc-452d-b5f8-59d8761e45bf",
   "hostname": "prefork@vm",
   "timestamp": 1795531067.4709213,
   "pid": 6809,
   "runtime": 0.7690971530000752,
   "result": "{'totals': {'feeds': 4, 'ok': 4, 'failed': 0, 'new': 0, 'updated': 60, 'invalid': 2}, 'feeds': [{'feed': 'acme-careers.xml', 'status': 'ok', 'attempts': 1, 'jobs': 19, 'invalid': 1, 'new': 0, 'updated': 18, 'store': 'sqlite'}, {'feed': 'interim-plus.xml', 'status': 'ok', 'attempts': 1, 'jobs': 14, 'invalid': 0, 'new': 0, 'updated': 14, 'store': 'sqlite'}, {'feed': 'jobboard-fr.json', 'status': 'ok', 'attempts': 1, 'jobs': 17, 'invalid': 1, 'new': 0, 'updated': 16, 'store': 'sqlite'}, {'feed': 'startup-hub.json', 'status': 'ok', 'attempts': 1, 'jobs': 12, 'invalid': 0, 'new': 0, 'updated': 12, 'store': 'sqlite'}], 'store': 'SQLite at /tmp/w4/stackhome/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)', 'finished_at': '2026-11-24T14:37:47Z'}",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acme-careers.xml: 0 new, 18 updated, 1 invalid, after 1 attempt(s)",
   "data": {
    "feed": {
     "feed": "acme-careers.xml",
     "status": "ok",
     "attempts": 1,
     "jobs": 19,
     "invalid": 1,
     "new": 0,
     "updated": 18,
     "store": "sqlite"
    }
   },
   "timestamp": 1795531067.9515967
  },
  {
   "kind": "note",
   "text": "interim-plus.xml: 0 new, 14 updated, 0 invalid, after 1 attempt(s)",
   "data": {
    "feed": {
     "feed": "interim-plus.xml",
     "status": "ok",
     "attempts": 1,
     "jobs": 14,
     "invalid": 0,
     "new": 0,
     "updated": 14,
     "store": "sqlite"
    }
   },
   "timestamp": 1795531067.9516268
  },
  {
   "kind": "note",
   "text": "jobboard-fr.json: 0 new, 16 updated, 1 invalid, after 1 attempt(s)",
   "data": {
    "feed": {
     "feed": "jobboard-fr.json",
     "status": "ok",
     "attempts": 1,
     "jobs": 17,
     "invalid": 1,
     "new": 0,
     "updated": 16,
     "store": "sqlite"
    }
   },
   "timestamp": 1795531067.9516447
  },
  {
   "kind": "note",
   "text": "startup-hub.json: 0 new, 12 updated, 0 invalid, after 1 attempt(s)",
   "data": {
    "feed": {
     "feed": "startup-hub.json",
     "status": "ok",
     "attempts": 1,
     "jobs": 12,
     "invalid": 0,
     "new": 0,
     "updated": 12,
     "store": "sqlite"
    }
   },
   "timestamp": 1795531067.951662
  },
  {
   "kind": "summary",
   "run_id": "51d380223d60",
   "demo": "imports.run",
   "status": "succeeded",
   "result": {
    "totals": {
     "feeds": 4,
     "ok": 4,
     "failed": 0,
     "new": 0,
     "updated": 60,
     "invalid": 2
    },
    "feeds": [
     {
      "feed": "acme-careers.xml",
      "status": "ok",
      "attempts": 1,
      "jobs": 19,
      "invalid": 1,
      "new": 0,
      "updated": 18,
      "store": "sqlite"
     },
     {
      "feed": "interim-plus.xml",
      "status": "ok",
      "attempts": 1,
      "jobs": 14,
      "invalid": 0,
      "new": 0,
      "updated": 14,
      "store": "sqlite"
     },
     {
      "feed": "jobboard-fr.json",
      "status": "ok",
      "attempts": 1,
      "jobs": 17,
      "invalid": 1,
      "new": 0,
      "updated": 16,
      "store": "sqlite"
     },
     {
      "feed": "startup-hub.json",
      "status": "ok",
      "attempts": 1,
      "jobs": 12,
      "invalid": 0,
      "new": 0,
      "updated": 12,
      "store": "sqlite"
     }
    ],
    "store": "SQLite at /tmp/w4/stackhome/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)",
    "finished_at": "2026-11-24T14:37:47Z"
   },
   "error": null,
   "tasks": [
    {
     "uuid": "7c7998fe-c157-4578-a286-82f484d1bebc",
     "state": "SUCCEEDED",
     "name": "demo.imports.import_feed",
     "hostname": "gevent@vm",
     "pid": 6810,
     "at": 1795531066.3938494,
     "event": "task-succeeded",
     "pool": "gevent",
     "runtime": 0.38726602099995944,
     "result": "{'feed': 'acme-careers.xml', 'status': 'ok', 'attempts': 1, 'jobs': 19, 'invalid': 1, 'new': 0, 'updated': 18, 'store': 'sqlite'}"
    },
    {
     "uuid": "7550b0e5-e613-4618-83a5-e52adf36a1dc",
     "state": "SUCCEEDED",
     "name": "demo.imports.import_feed",
     "hostname": "gevent@vm",
     "pool": "gevent",
     "pid": 6810,
     "at": 1795531066.4971478,
     "event": "task-succeeded",
     "runtime": 0.47006897700021,
     "result": "{'feed': 'interim-plus.xml', 'status': 'ok', 'attempts': 1, 'jobs': 14, 'invalid': 0, 'new': 0, 'updated': 14, 'store': 'sqlite'}"
    },
    {
     "uuid": "74a7247d-d73d-4e7e-9356-9b4474e1465f",
     "state": "SUCCEEDED",
     "name": "demo.imports.import_feed",
     "hostname": "gevent@vm",
     "pool": "gevent",
     "pid": 6810,
     "at": 1795531066.493759,
     "event": "task-succeeded",
     "runtime": 0.4485875750001469,
     "result": "{'feed': 'jobboard-fr.json', 'status': 'ok', 'attempts': 1, 'jobs': 17, 'invalid': 1, 'new': 0, 'updated': 16, 'store': 'sqlite'}"
    },
    {
     "uuid": "f015b926-c366-400f-84c4-1452426e5a0f",
     "state": "SUCCEEDED",
     "name": "demo.imports.import_feed",
     "hostname": "gevent@vm",
     "pid": 6810,
     "at": 1795531066.707802,
     "event": "task-succeeded",
     "pool": "gevent",
     "runtime": 0.5715774409995902,
     "result": "{'feed': 'startup-hub.json', 'status': 'ok', 'attempts': 1, 'jobs': 12, 'invalid': 0, 'new': 0, 'updated': 12, 'store': 'sqlite'}"
    },
    {
     "uuid": "82c33fdf-36fc-452d-b5f8-59d8761e45bf",
     "state": "SUCCEEDED",
     "name": "demo.imports.summarise",
     "hostname": "prefork@vm",
     "pid": 6809,
     "at": 1795531067.4709213,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.7690971530000752,
     "result": "{'totals': {'feeds': 4, 'ok': 4, 'failed': 0, 'new': 0, 'updated': 60, 'invalid': 2}, 'feeds': [{'feed': 'acme-careers.xml', 'status': 'ok', 'attempts': 1, 'jobs': 19, 'invalid': 1, 'new': 0, 'updated': 18, 'store': 'sqlite'}, {'feed': 'interim-plus.xml', 'status': 'ok', 'attempts': 1, 'jobs': 14, 'invalid': 0, 'new': 0, 'updated': 14, 'store': 'sqlite'}, {'feed': 'jobboard-fr.json', 'status': 'ok', 'attempts': 1, 'jobs': 17, 'invalid': 1, 'new': 0, 'updated': 16, 'store': 'sqlite'}, {'feed': 'startup-hub.json', 'status': 'ok', 'attempts': 1, 'jobs': 12, 'invalid': 0, 'new': 0, 'updated': 12, 'store': 'sqlite'}], 'store': 'SQLite at /tmp/w4/stackhome/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)', 'finished_at': '2026-11-24T14:37:47Z'}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:54423/0",
   "started": 1795531065.9228156,
   "finished": 1795531067.9517508,
   "duration": 2.029,
   "timestamp": 1795531067.9517937
  }
 ]
};
