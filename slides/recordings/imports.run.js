/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["imports.run"] = {
 "id": "imports.run",
 "title": "Partner feeds fetched on gevent, upserted, summarised by a chord",
 "scenario": {
  "id": "imports.run",
  "title": "Partner feeds fetched on gevent, upserted, summarised by a chord",
  "slide": "Work4Labs usage / Imports",
  "description": "The partners are played by brownbag.feeds on a free local port for the run. One import_feed\n    per feed on the gevent queue (retries with back-off on 5xx), a chord summarises new /\n    updated / invalid / failed per feed. Running it twice updates, never duplicates.",
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
 "recorded": "2026-11-26T18:20:15+00:00",
 "broker": "redis://127.0.0.1:31379/0",
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
   "run_id": "b36969f3eee3",
   "demo": "imports.run",
   "title": "Partner feeds fetched on gevent, upserted, summarised by a chord",
   "params": {
    "latency": 0.3,
    "flaky": "jobboard-fr.json",
    "flaky_rate": 0.5,
    "broken": "none",
    "backoff": 0.5
   },
   "broker": "redis://127.0.0.1:31379/0",
   "follow": "events",
   "command": "invoke demo imports.run",
   "timestamp": 1795717215.9550884
  },
  {
   "kind": "note",
   "text": "store: SQLite at /tmp/panel-home/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)",
   "data": {
    "store": "sqlite"
   },
   "timestamp": 1795717215.9552088
  },
  {
   "kind": "note",
   "text": "4 partner feeds on http://127.0.0.1:37569, 0.3 s latency; flaky: jobboard-fr.json (50% 503s); always failing: none",
   "data": null,
   "timestamp": 1795717215.955808
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "c7275bac-54bd-4019-8851-0b3f6f9e8974",
   "name": "demo.imports.import_feed",
   "hostname": "gen17537@vm",
   "timestamp": 1795717215.958326,
   "args": "('http://127.0.0.1:37569/feeds/acme-careers.xml',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "c7275bac-54bd-4019-8851-0b3f6f9e8974",
   "parent_id": null,
   "pid": 17537,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "b59bb957-e4e0-4b6c-9c3d-e47ed029ab49",
   "name": "demo.imports.import_feed",
   "hostname": "gen17537@vm",
   "timestamp": 1795717215.9621503,
   "args": "('http://127.0.0.1:37569/feeds/interim-plus.xml',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "b59bb957-e4e0-4b6c-9c3d-e47ed029ab49",
   "parent_id": null,
   "pid": 17537,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "c7275bac-54bd-4019-8851-0b3f6f9e8974",
   "name": "demo.imports.import_feed",
   "hostname": "gevent@vm",
   "timestamp": 1795717215.9641268,
   "args": "('http://127.0.0.1:37569/feeds/acme-careers.xml',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "c7275bac-54bd-4019-8851-0b3f6f9e8974",
   "parent_id": null,
   "pid": 16421,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "name": "demo.imports.import_feed",
   "hostname": "gen17537@vm",
   "timestamp": 1795717215.96717,
   "args": "('http://127.0.0.1:37569/feeds/jobboard-fr.json?fail=0.5',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "parent_id": null,
   "pid": 17537,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "0dedd17d-5307-4e9f-a223-6700a2603143",
   "name": "demo.imports.import_feed",
   "hostname": "gen17537@vm",
   "timestamp": 1795717215.9725707,
   "args": "('http://127.0.0.1:37569/feeds/startup-hub.json',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "0dedd17d-5307-4e9f-a223-6700a2603143",
   "parent_id": null,
   "pid": 17537,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "c7275bac-54bd-4019-8851-0b3f6f9e8974",
   "hostname": "gevent@vm",
   "timestamp": 1795717215.9650655,
   "pid": 16421,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "b59bb957-e4e0-4b6c-9c3d-e47ed029ab49",
   "name": "demo.imports.import_feed",
   "hostname": "gevent@vm",
   "timestamp": 1795717215.9789753,
   "args": "('http://127.0.0.1:37569/feeds/interim-plus.xml',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "b59bb957-e4e0-4b6c-9c3d-e47ed029ab49",
   "parent_id": null,
   "pid": 16421,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "b59bb957-e4e0-4b6c-9c3d-e47ed029ab49",
   "hostname": "gevent@vm",
   "timestamp": 1795717215.979782,
   "pid": 16421,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "name": "demo.imports.import_feed",
   "hostname": "gevent@vm",
   "timestamp": 1795717215.9862387,
   "args": "('http://127.0.0.1:37569/feeds/jobboard-fr.json?fail=0.5',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "parent_id": null,
   "pid": 16421,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "hostname": "gevent@vm",
   "timestamp": 1795717215.9871757,
   "pid": 16421,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "0dedd17d-5307-4e9f-a223-6700a2603143",
   "name": "demo.imports.import_feed",
   "hostname": "gevent@vm",
   "timestamp": 1795717215.9937382,
   "args": "('http://127.0.0.1:37569/feeds/startup-hub.json',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "0dedd17d-5307-4e9f-a223-6700a2603143",
   "parent_id": null,
   "pid": 16421,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "0dedd17d-5307-4e9f-a223-6700a2603143",
   "hostname": "gevent@vm",
   "timestamp": 1795717215.99498,
   "pid": 16421,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "0dedd17d-5307-4e9f-a223-6700a2603143",
   "hostname": "gevent@vm",
   "timestamp": 1795717216.320446,
   "pid": 16421,
   "runtime": 0.32408227100131626,
   "result": "{'feed': 'startup-hub.json', 'status': 'ok', 'attempts': 1, 'jobs': 12, 'invalid': 0, 'new': 0, 'updated': 12, 'store': 'sqlite'}",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "name": "demo.imports.import_feed",
   "hostname": "gen16421@vm",
   "timestamp": 1795717216.322335,
   "args": "('http://127.0.0.1:37569/feeds/jobboard-fr.json?fail=0.5',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 1,
   "eta": "2026-11-26T18:20:16.709194+00:00",
   "expires": null,
   "root_id": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "parent_id": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "pid": 16421,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "b59bb957-e4e0-4b6c-9c3d-e47ed029ab49",
   "hostname": "gevent@vm",
   "timestamp": 1795717216.324147,
   "pid": 16421,
   "runtime": 0.34290856799998437,
   "result": "{'feed': 'interim-plus.xml', 'status': 'ok', 'attempts': 1, 'jobs': 14, 'invalid': 0, 'new': 0, 'updated': 14, 'store': 'sqlite'}",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "c7275bac-54bd-4019-8851-0b3f6f9e8974",
   "hostname": "gevent@vm",
   "timestamp": 1795717216.3255417,
   "pid": 16421,
   "runtime": 0.34978907799995795,
   "result": "{'feed': 'acme-careers.xml', 'status': 'ok', 'attempts': 1, 'jobs': 19, 'invalid': 1, 'new': 0, 'updated': 18, 'store': 'sqlite'}",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-retried",
   "uuid": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "hostname": "gevent@vm",
   "timestamp": 1795717216.3310819,
   "pid": 16421,
   "exception": "Retry(Retry(...), FeedUnavailable('HTTP 503 from http://127.0.0.1:37569/feeds/jobboard-fr.json?fail=0.5'), 0.40214600255683197)",
   "traceback": "Traceback (most recent call last):\n  File \"/work/wt/panel/demo/imports.py\", line 140, in import_feed\n    content_type, text = fetch(url)\n                         ^^^^^^^^^^\n  File \"/work/wt/panel/demo/imports.py\", line 61, in fetch\n    raise FeedUnavailable(f\"HTTP {exc.code} from {url}\") from None\ndemo.imports.FeedUnavailable: HTTP 503 from http://127.0.0.1:37569/feeds/jobboard-fr.json?fail=0.5\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/demo/imports.py\", line 147, in import_feed\n    raise self.retry(exc=exc, countdown=countdown)\n          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/task.py\", line 963, in retry\n    raise ret\ncelery.exceptions.Retry: Retry in 0.40214600255683197s: FeedUnavailable('HTTP 503 from http://127.0.0.1:37569/feeds/jobboard-fr.json?fail=0.5')\n",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "name": "demo.imports.import_feed",
   "hostname": "gevent@vm",
   "timestamp": 1795717216.3326814,
   "args": "('http://127.0.0.1:37569/feeds/jobboard-fr.json?fail=0.5',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 1,
   "eta": "2026-11-26T18:20:16.709194+00:00",
   "expires": null,
   "root_id": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "parent_id": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "pid": 16421,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "hostname": "gevent@vm",
   "timestamp": 1795717216.7088046,
   "pid": 16421,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "name": "demo.imports.import_feed",
   "hostname": "gen16421@vm",
   "timestamp": 1795717217.0213528,
   "args": "('http://127.0.0.1:37569/feeds/jobboard-fr.json?fail=0.5',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 2,
   "eta": "2026-11-26T18:20:18.052103+00:00",
   "expires": null,
   "root_id": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "parent_id": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "pid": 16421,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "name": "demo.imports.import_feed",
   "hostname": "gevent@vm",
   "timestamp": 1795717217.0266654,
   "args": "('http://127.0.0.1:37569/feeds/jobboard-fr.json?fail=0.5',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 2,
   "eta": "2026-11-26T18:20:18.052103+00:00",
   "expires": null,
   "root_id": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "parent_id": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "pid": 16421,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-retried",
   "uuid": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "hostname": "gevent@vm",
   "timestamp": 1795717217.0344656,
   "pid": 16421,
   "exception": "Retry(Retry(...), FeedUnavailable('HTTP 503 from http://127.0.0.1:37569/feeds/jobboard-fr.json?fail=0.5'), 1.0325932860960223)",
   "traceback": "Traceback (most recent call last):\n  File \"/work/wt/panel/demo/imports.py\", line 140, in import_feed\n    content_type, text = fetch(url)\n                         ^^^^^^^^^^\n  File \"/work/wt/panel/demo/imports.py\", line 61, in fetch\n    raise FeedUnavailable(f\"HTTP {exc.code} from {url}\") from None\ndemo.imports.FeedUnavailable: HTTP 503 from http://127.0.0.1:37569/feeds/jobboard-fr.json?fail=0.5\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/demo/imports.py\", line 147, in import_feed\n    raise self.retry(exc=exc, countdown=countdown)\n          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/celery/app/task.py\", line 963, in retry\n    raise ret\ncelery.exceptions.Retry: Retry in 1.0325932860960223s: FeedUnavailable('HTTP 503 from http://127.0.0.1:37569/feeds/jobboard-fr.json?fail=0.5')\n",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "hostname": "gevent@vm",
   "timestamp": 1795717218.0512955,
   "pid": 16421,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "8cab472e-b35f-4582-901c-c19137ab0d64",
   "name": "demo.imports.summarise",
   "hostname": "gen16421@vm",
   "timestamp": 1795717218.3900728,
   "args": "([{'feed': 'acme-careers.xml', 'status': 'ok', 'attempts': 1, 'jobs': 19, 'invalid': 1, 'new': 0, 'updated': 18, 'store': 'sqlite'}, {'feed': 'interim-plus.xml', 'status': 'ok', 'attempts': 1, 'jobs': 14, 'invalid': 0, 'new': 0, 'updated': 14, 'store': 'sqlite'}, {'feed': 'jobboard-fr.json', 'status': 'ok', 'attempts': 3, 'jobs': 17, 'invalid': 1, 'new': 0, 'updated': 16, 'store': 'sqlite'}, {'feed': 'startup-hub.json', 'status': 'ok', 'attempts': 1, 'jobs': 12, 'invalid': 0, 'new': 0, 'updated': 12, 'store': 'sqlite'}],)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "parent_id": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "pid": 16421,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "8cab472e-b35f-4582-901c-c19137ab0d64",
   "name": "demo.imports.summarise",
   "hostname": "prefork@vm",
   "timestamp": 1795717218.3981726,
   "args": "([{'feed': 'acme-careers.xml', 'status': 'ok', 'attempts': 1, 'jobs': 19, 'invalid': 1, 'new': 0, 'updated': 18, 'store': 'sqlite'}, {'feed': 'interim-plus.xml', 'status': 'ok', 'attempts': 1, 'jobs': 14, 'invalid': 0, 'new': 0, 'updated': 14, 'store': 'sqlite'}, {'feed': 'jobboard-fr.json', 'status': 'ok', 'attempts': 3, 'jobs': 17, 'invalid': 1, 'new': 0, 'updated': 16, 'store': 'sqlite'}, {'feed': 'startup-hub.json', 'status': 'ok', 'attempts': 1, 'jobs': 12, 'invalid': 0, 'new': 0, 'updated': 12, 'store': 'sqlite'}],)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "parent_id": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "8cab472e-b35f-4582-901c-c19137ab0d64",
   "hostname": "prefork@vm",
   "timestamp": 1795717218.4058855,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
   "hostname": "gevent@vm",
   "timestamp": 1795717218.4081004,
   "pid": 16421,
   "runtime": 0.3524463520006975,
   "result": "{'feed': 'jobboard-fr.json', 'status': 'ok', 'attempts': 3, 'jobs': 17, 'invalid': 1, 'new': 0, 'updated': 16, 'store': 'sqlite'}",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "8cab472e-b35f-4582-901c-c19137ab0d64",
   "hostname": "prefork@vm",
   "timestamp": 1795717219.4850156,
   "pid": 16420,
   "runtime": 1.0802773330015043,
   "result": "{'totals': {'feeds': 4, 'ok': 4, 'failed': 0, 'new': 0, 'updated': 60, 'invalid': 2}, 'feeds': [{'feed': 'acme-careers.xml', 'status': 'ok', 'attempts': 1, 'jobs': 19, 'invalid': 1, 'new': 0, 'updated': 18, 'store': 'sqlite'}, {'feed': 'interim-plus.xml', 'status': 'ok', 'attempts': 1, 'jobs': 14, 'invalid': 0, 'new': 0, 'updated': 14, 'store': 'sqlite'}, {'feed': 'jobboard-fr.json', 'status': 'ok', 'attempts': 3, 'jobs': 17, 'invalid': 1, 'new': 0, 'updated': 16, 'store': 'sqlite'}, {'feed': 'startup-hub.json', 'status': 'ok', 'attempts': 1, 'jobs': 12, 'invalid': 0, 'new': 0, 'updated': 12, 'store': 'sqlite'}], 'store': 'SQLite at /tmp/panel-home/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)', 'finished_at': '2026-11-26T18:20:19Z'}",
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
   "timestamp": 1795717219.578541
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
   "timestamp": 1795717219.5785675
  },
  {
   "kind": "note",
   "text": "jobboard-fr.json: 0 new, 16 updated, 1 invalid, after 3 attempt(s)",
   "data": {
    "feed": {
     "feed": "jobboard-fr.json",
     "status": "ok",
     "attempts": 3,
     "jobs": 17,
     "invalid": 1,
     "new": 0,
     "updated": 16,
     "store": "sqlite"
    }
   },
   "timestamp": 1795717219.578582
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
   "timestamp": 1795717219.5785973
  },
  {
   "kind": "summary",
   "run_id": "b36969f3eee3",
   "demo": "imports.run",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "table",
     "facts": [
      {
       "label": "totals",
       "value": "4 feeds, 4 ok, 0 failed, 0 new, 60 updated, 2 invalid"
      },
      {
       "label": "store",
       "value": "SQLite at /tmp/panel-home/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)"
      }
     ],
     "columns": [
      "partner feed",
      "status",
      "new",
      "updated",
      "invalid",
      "attempts"
     ],
     "rows": [
      [
       "acme-careers.xml",
       {
        "value": "ok",
        "tone": "good"
       },
       0,
       18,
       1,
       1
      ],
      [
       "interim-plus.xml",
       {
        "value": "ok",
        "tone": "good"
       },
       0,
       14,
       0,
       1
      ],
      [
       "jobboard-fr.json",
       {
        "value": "ok",
        "tone": "good"
       },
       0,
       16,
       1,
       3
      ],
      [
       "startup-hub.json",
       {
        "value": "ok",
        "tone": "good"
       },
       0,
       12,
       0,
       1
      ]
     ]
    },
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
      "attempts": 3,
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
    "store": "SQLite at /tmp/panel-home/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)",
    "finished_at": "2026-11-26T18:20:19Z"
   },
   "error": null,
   "tasks": [
    {
     "uuid": "c7275bac-54bd-4019-8851-0b3f6f9e8974",
     "state": "SUCCEEDED",
     "name": "demo.imports.import_feed",
     "hostname": "gevent@vm",
     "at": 1795717216.3255417,
     "event": "task-succeeded",
     "pool": "gevent",
     "runtime": 0.34978907799995795,
     "result": "{'feed': 'acme-careers.xml', 'status': 'ok', 'attempts': 1, 'jobs': 19, 'invalid': 1, 'new': 0, 'updated': 18, 'store': 'sqlite'}"
    },
    {
     "uuid": "b59bb957-e4e0-4b6c-9c3d-e47ed029ab49",
     "state": "SUCCEEDED",
     "name": "demo.imports.import_feed",
     "hostname": "gevent@vm",
     "at": 1795717216.324147,
     "event": "task-succeeded",
     "pool": "gevent",
     "runtime": 0.34290856799998437,
     "result": "{'feed': 'interim-plus.xml', 'status': 'ok', 'attempts': 1, 'jobs': 14, 'invalid': 0, 'new': 0, 'updated': 14, 'store': 'sqlite'}"
    },
    {
     "uuid": "206c8933-0e7d-4b24-b6f6-6f9f4e9e4fbc",
     "state": "SUCCEEDED",
     "name": "demo.imports.import_feed",
     "hostname": "gevent@vm",
     "at": 1795717218.4081004,
     "event": "task-succeeded",
     "pool": "gevent",
     "exception": "Retry(Retry(...), FeedUnavailable('HTTP 503 from http://127.0.0.1:37569/feeds/jobboard-fr.json?fail=0.5'), 1.0325932860960223)",
     "runtime": 0.3524463520006975,
     "result": "{'feed': 'jobboard-fr.json', 'status': 'ok', 'attempts': 3, 'jobs': 17, 'invalid': 1, 'new': 0, 'updated': 16, 'store': 'sqlite'}"
    },
    {
     "uuid": "0dedd17d-5307-4e9f-a223-6700a2603143",
     "state": "SUCCEEDED",
     "name": "demo.imports.import_feed",
     "hostname": "gevent@vm",
     "at": 1795717216.320446,
     "event": "task-succeeded",
     "pool": "gevent",
     "runtime": 0.32408227100131626,
     "result": "{'feed': 'startup-hub.json', 'status': 'ok', 'attempts': 1, 'jobs': 12, 'invalid': 0, 'new': 0, 'updated': 12, 'store': 'sqlite'}"
    },
    {
     "uuid": "8cab472e-b35f-4582-901c-c19137ab0d64",
     "state": "SUCCEEDED",
     "name": "demo.imports.summarise",
     "hostname": "prefork@vm",
     "at": 1795717219.4850156,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 1.0802773330015043,
     "result": "{'totals': {'feeds': 4, 'ok': 4, 'failed': 0, 'new': 0, 'updated': 60, 'invalid': 2}, 'feeds': [{'feed': 'acme-careers.xml', 'status': 'ok', 'attempts': 1, 'jobs': 19, 'invalid': 1, 'new': 0, 'updated': 18, 'store': 'sqlite'}, {'feed': 'interim-plus.xml', 'status': 'ok', 'attempts': 1, 'jobs': 14, 'invalid': 0, 'new': 0, 'updated': 14, 'store': 'sqlite'}, {'feed': 'jobboard-fr.json', 'status': 'ok', 'attempts': 3, 'jobs': 17, 'invalid': 1, 'new': 0, 'updated': 16, 'store': 'sqlite'}, {'feed': 'startup-hub.json', 'status': 'ok', 'attempts': 1, 'jobs': 12, 'invalid': 0, 'new': 0, 'updated': 12, 'store': 'sqlite'}], 'store': 'SQLite at /tmp/panel-home/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)', 'finished_at': '2026-11-26T18:20:19Z'}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:31379/0",
   "started": 1795717215.9550884,
   "finished": 1795717219.6054845,
   "duration": 3.65,
   "timestamp": 1795717219.605524
  }
 ]
};
