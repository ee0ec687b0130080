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
 "recorded": "2026-11-26T19:04:17+00:00",
 "broker": "redis://127.0.0.1:26379/0",
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
   "run_id": "56777976297d",
   "demo": "imports.run",
   "title": "Partner feeds fetched on gevent, upserted, summarised by a chord",
   "params": {
    "latency": 0.3,
    "flaky": "jobboard-fr.json",
    "flaky_rate": 0.5,
    "broken": "none",
    "backoff": 0.5
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo imports.run",
   "timestamp": 1795719857.0176952
  },
  {
   "kind": "note",
   "text": "store: SQLite at /tmp/me-home/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)",
   "data": {
    "store": "sqlite"
   },
   "timestamp": 1795719857.0178576
  },
  {
   "kind": "note",
   "text": "4 partner feeds on http://127.0.0.1:33257, 0.3 s latency; flaky: jobboard-fr.json (50% 503s); always failing: none",
   "data": null,
   "timestamp": 1795719857.0185554
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "586efae3-2a6f-4ca1-b143-695f40fb97c3",
   "name": "demo.imports.import_feed",
   "hostname": "gen364@vm",
   "timestamp": 1795719857.0218709,
   "args": "('http://127.0.0.1:33257/feeds/acme-careers.xml',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "586efae3-2a6f-4ca1-b143-695f40fb97c3",
   "parent_id": null,
   "pid": 364,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "586efae3-2a6f-4ca1-b143-695f40fb97c3",
   "name": "demo.imports.import_feed",
   "hostname": "gevent@vm",
   "timestamp": 1795719857.0239747,
   "args": "('http://127.0.0.1:33257/feeds/acme-careers.xml',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "586efae3-2a6f-4ca1-b143-695f40fb97c3",
   "parent_id": null,
   "pid": 32764,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "586efae3-2a6f-4ca1-b143-695f40fb97c3",
   "hostname": "gevent@vm",
   "timestamp": 1795719857.025098,
   "pid": 32764,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "f6a817b9-7e07-4061-a79e-a9f8b40def26",
   "name": "demo.imports.import_feed",
   "hostname": "gen364@vm",
   "timestamp": 1795719857.0242856,
   "args": "('http://127.0.0.1:33257/feeds/interim-plus.xml',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f6a817b9-7e07-4061-a79e-a9f8b40def26",
   "parent_id": null,
   "pid": 364,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "f6a817b9-7e07-4061-a79e-a9f8b40def26",
   "name": "demo.imports.import_feed",
   "hostname": "gevent@vm",
   "timestamp": 1795719857.0285687,
   "args": "('http://127.0.0.1:33257/feeds/interim-plus.xml',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f6a817b9-7e07-4061-a79e-a9f8b40def26",
   "parent_id": null,
   "pid": 32764,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "f6a817b9-7e07-4061-a79e-a9f8b40def26",
   "hostname": "gevent@vm",
   "timestamp": 1795719857.029577,
   "pid": 32764,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "name": "demo.imports.import_feed",
   "hostname": "gen364@vm",
   "timestamp": 1795719857.0312328,
   "args": "('http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "parent_id": null,
   "pid": 364,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "name": "demo.imports.import_feed",
   "hostname": "gevent@vm",
   "timestamp": 1795719857.032984,
   "args": "('http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "parent_id": null,
   "pid": 32764,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "hostname": "gevent@vm",
   "timestamp": 1795719857.0343518,
   "pid": 32764,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "1ced006d-c6b3-424c-ac0d-8167c3dc3d90",
   "name": "demo.imports.import_feed",
   "hostname": "gen364@vm",
   "timestamp": 1795719857.0368636,
   "args": "('http://127.0.0.1:33257/feeds/startup-hub.json',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "1ced006d-c6b3-424c-ac0d-8167c3dc3d90",
   "parent_id": null,
   "pid": 364,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "1ced006d-c6b3-424c-ac0d-8167c3dc3d90",
   "name": "demo.imports.import_feed",
   "hostname": "gevent@vm",
   "timestamp": 1795719857.0388405,
   "args": "('http://127.0.0.1:33257/feeds/startup-hub.json',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "1ced006d-c6b3-424c-ac0d-8167c3dc3d90",
   "parent_id": null,
   "pid": 32764,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "1ced006d-c6b3-424c-ac0d-8167c3dc3d90",
   "hostname": "gevent@vm",
   "timestamp": 1795719857.0398772,
   "pid": 32764,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "586efae3-2a6f-4ca1-b143-695f40fb97c3",
   "hostname": "gevent@vm",
   "timestamp": 1795719857.3488083,
   "pid": 32764,
   "runtime": 0.3222960929997498,
   "result": "{'feed': 'acme-careers.xml', 'status': 'ok', 'attempts': 1, 'jobs': 19, 'invalid': 1, 'new': 0, 'updated': 18, 'store': 'sqlite'}",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "f6a817b9-7e07-4061-a79e-a9f8b40def26",
   "hostname": "gevent@vm",
   "timestamp": 1795719857.3588192,
   "pid": 32764,
   "runtime": 0.32467507000001206,
   "result": "{'feed': 'interim-plus.xml', 'status': 'ok', 'attempts': 1, 'jobs': 14, 'invalid': 0, 'new': 0, 'updated': 14, 'store': 'sqlite'}",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "1ced006d-c6b3-424c-ac0d-8167c3dc3d90",
   "hostname": "gevent@vm",
   "timestamp": 1795719857.361853,
   "pid": 32764,
   "runtime": 0.3208681460000662,
   "result": "{'feed': 'startup-hub.json', 'status': 'ok', 'attempts': 1, 'jobs': 12, 'invalid': 0, 'new': 0, 'updated': 12, 'store': 'sqlite'}",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "name": "demo.imports.import_feed",
   "hostname": "gen32764@vm",
   "timestamp": 1795719857.3622975,
   "args": "('http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 1,
   "eta": "2026-11-26T19:04:17.871896+00:00",
   "expires": null,
   "root_id": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "parent_id": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "pid": 32764,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "name": "demo.imports.import_feed",
   "hostname": "gevent@vm",
   "timestamp": 1795719857.3639607,
   "args": "('http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 1,
   "eta": "2026-11-26T19:04:17.871896+00:00",
   "expires": null,
   "root_id": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "parent_id": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "pid": 32764,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-retried",
   "uuid": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "hostname": "gevent@vm",
   "timestamp": 1795719857.3697097,
   "pid": 32764,
   "exception": "Retry(Retry(...), FeedUnavailable('HTTP 503 from http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5'), 0.5139705507015757)",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/demo/imports.py\", line 140, in import_feed\n    content_type, text = fetch(url)\n                         ^^^^^^^^^^\n  File \"/work/main/demo/imports.py\", line 61, in fetch\n    raise FeedUnavailable(f\"HTTP {exc.code} from {url}\") from None\ndemo.imports.FeedUnavailable: HTTP 503 from http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/demo/imports.py\", line 147, in import_feed\n    raise self.retry(exc=exc, countdown=countdown)\n          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/task.py\", line 963, in retry\n    raise ret\ncelery.exceptions.Retry: Retry in 0.5139705507015757s: FeedUnavailable('HTTP 503 from http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5')\n",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "hostname": "gevent@vm",
   "timestamp": 1795719857.8728733,
   "pid": 32764,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "name": "demo.imports.import_feed",
   "hostname": "gen32764@vm",
   "timestamp": 1795719858.1810348,
   "args": "('http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 2,
   "eta": "2026-11-26T19:04:19.076806+00:00",
   "expires": null,
   "root_id": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "parent_id": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "pid": 32764,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "name": "demo.imports.import_feed",
   "hostname": "gevent@vm",
   "timestamp": 1795719858.187747,
   "args": "('http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 2,
   "eta": "2026-11-26T19:04:19.076806+00:00",
   "expires": null,
   "root_id": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "parent_id": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "pid": 32764,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-retried",
   "uuid": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "hostname": "gevent@vm",
   "timestamp": 1795719858.1903636,
   "pid": 32764,
   "exception": "Retry(Retry(...), FeedUnavailable('HTTP 503 from http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5'), 0.8969986072736463)",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/demo/imports.py\", line 140, in import_feed\n    content_type, text = fetch(url)\n                         ^^^^^^^^^^\n  File \"/work/main/demo/imports.py\", line 61, in fetch\n    raise FeedUnavailable(f\"HTTP {exc.code} from {url}\") from None\ndemo.imports.FeedUnavailable: HTTP 503 from http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/demo/imports.py\", line 147, in import_feed\n    raise self.retry(exc=exc, countdown=countdown)\n          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/task.py\", line 963, in retry\n    raise ret\ncelery.exceptions.Retry: Retry in 0.8969986072736463s: FeedUnavailable('HTTP 503 from http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5')\n",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "hostname": "gevent@vm",
   "timestamp": 1795719859.078654,
   "pid": 32764,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "name": "demo.imports.import_feed",
   "hostname": "gen32764@vm",
   "timestamp": 1795719859.3865833,
   "args": "('http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 3,
   "eta": "2026-11-26T19:04:21.212162+00:00",
   "expires": null,
   "root_id": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "parent_id": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "pid": 32764,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "name": "demo.imports.import_feed",
   "hostname": "gevent@vm",
   "timestamp": 1795719859.38876,
   "args": "('http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5',)",
   "kwargs": "{'backoff': 0.5}",
   "retries": 3,
   "eta": "2026-11-26T19:04:21.212162+00:00",
   "expires": null,
   "root_id": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "parent_id": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "pid": 32764,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-retried",
   "uuid": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "hostname": "gevent@vm",
   "timestamp": 1795719859.3938837,
   "pid": 32764,
   "exception": "Retry(Retry(...), FeedUnavailable('HTTP 503 from http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5'), 1.8268807864455439)",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/demo/imports.py\", line 140, in import_feed\n    content_type, text = fetch(url)\n                         ^^^^^^^^^^\n  File \"/work/main/demo/imports.py\", line 61, in fetch\n    raise FeedUnavailable(f\"HTTP {exc.code} from {url}\") from None\ndemo.imports.FeedUnavailable: HTTP 503 from http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 564, in trace_task\n    R = retval = fun(*args, **kwargs)\n                 ^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/trace.py\", line 883, in __protected_call__\n    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/demo/imports.py\", line 147, in import_feed\n    raise self.retry(exc=exc, countdown=countdown)\n          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/work/main/.venv/lib/python3.11/site-packages/celery/app/task.py\", line 963, in retry\n    raise ret\ncelery.exceptions.Retry: Retry in 1.8268807864455439s: FeedUnavailable('HTTP 503 from http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5')\n",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "hostname": "gevent@vm",
   "timestamp": 1795719861.2134945,
   "pid": 32764,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "44bc2a26-ae62-4da5-aa7a-3a6e119489bf",
   "name": "demo.imports.summarise",
   "hostname": "gen32764@vm",
   "timestamp": 1795719861.5236087,
   "args": "([{'feed': 'acme-careers.xml', 'status': 'ok', 'attempts': 1, 'jobs': 19, 'invalid': 1, 'new': 0, 'updated': 18, 'store': 'sqlite'}, {'feed': 'interim-plus.xml', 'status': 'ok', 'attempts': 1, 'jobs': 14, 'invalid': 0, 'new': 0, 'updated': 14, 'store': 'sqlite'}, {'feed': 'jobboard-fr.json', 'status': 'failed', 'attempts': 4, 'error': 'HTTP 503 from http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5', 'jobs': 0, 'invalid': 0, 'new': 0, 'updated': 0}, {'feed': 'startup-hub.json', 'status': 'ok', 'attempts': 1, 'jobs': 12, 'invalid': 0, 'new': 0, 'updated': 12, 'store': 'sqlite'}],)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "parent_id": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "pid": 32764,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "44bc2a26-ae62-4da5-aa7a-3a6e119489bf",
   "name": "demo.imports.summarise",
   "hostname": "prefork@vm",
   "timestamp": 1795719861.5258515,
   "args": "([{'feed': 'acme-careers.xml', 'status': 'ok', 'attempts': 1, 'jobs': 19, 'invalid': 1, 'new': 0, 'updated': 18, 'store': 'sqlite'}, {'feed': 'interim-plus.xml', 'status': 'ok', 'attempts': 1, 'jobs': 14, 'invalid': 0, 'new': 0, 'updated': 14, 'store': 'sqlite'}, {'feed': 'jobboard-fr.json', 'status': 'failed', 'attempts': 4, 'error': 'HTTP 503 from http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5', 'jobs': 0, 'invalid': 0, 'new': 0, 'updated': 0}, {'feed': 'startup-hub.json', 'status': 'ok', 'attempts': 1, 'jobs': 12, 'invalid': 0, 'new': 0, 'updated': 12, 'store': 'sqlite'}],)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "parent_id": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
   "hostname": "gevent@vm",
   "timestamp": 1795719861.527261,
   "pid": 32764,
   "runtime": 0.3115799520001019,
   "result": "{'feed': 'jobboard-fr.json', 'status': 'failed', 'attempts': 4, 'error': 'HTTP 503 from http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5', 'jobs': 0, 'invalid': 0, 'new': 0, 'updated': 0}",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "44bc2a26-ae62-4da5-aa7a-3a6e119489bf",
   "hostname": "prefork@vm",
   "timestamp": 1795719861.5307927,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "44bc2a26-ae62-4da5-aa7a-3a6e119489bf",
   "hostname": "prefork@vm",
   "timestamp": 1795719862.0937166,
   "pid": 32763,
   "runtime": 0.5627636659992277,
   "result": "{'totals': {'feeds': 4, 'ok': 3, 'failed': 1, 'new': 0, 'updated': 44, 'invalid': 1}, 'feeds': [{'feed': 'acme-careers.xml', 'status': 'ok', 'attempts': 1, 'jobs': 19, 'invalid': 1, 'new': 0, 'updated': 18, 'store': 'sqlite'}, {'feed': 'interim-plus.xml', 'status': 'ok', 'attempts': 1, 'jobs': 14, 'invalid': 0, 'new': 0, 'updated': 14, 'store': 'sqlite'}, {'feed': 'jobboard-fr.json', 'status': 'failed', 'attempts': 4, 'error': 'HTTP 503 from http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5', 'jobs': 0, 'invalid': 0, 'new': 0, 'updated': 0}, {'feed': 'startup-hub.json', 'status': 'ok', 'attempts': 1, 'jobs': 12, 'invalid': 0, 'new': 0, 'updated': 12, 'store': 'sqlite'}], 'store': 'SQLite at /tmp/me-home/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)', 'finished_at': '2026-11-26T19:04:22Z'}",
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
   "timestamp": 1795719862.2200289
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
   "timestamp": 1795719862.220065
  },
  {
   "kind": "note",
   "text": "jobboard-fr.json: FAILED after 4 attempts (HTTP 503 from http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5)",
   "data": {
    "feed": {
     "feed": "jobboard-fr.json",
     "status": "failed",
     "attempts": 4,
     "error": "HTTP 503 from http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5",
     "jobs": 0,
     "invalid": 0,
     "new": 0,
     "updated": 0
    }
   },
   "timestamp": 1795719862.220086
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
   "timestamp": 1795719862.220108
  },
  {
   "kind": "summary",
   "run_id": "56777976297d",
   "demo": "imports.run",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "table",
     "facts": [
      {
       "label": "totals",
       "value": "4 feeds, 3 ok, 1 failed, 0 new, 44 updated, 1 invalid"
      },
      {
       "label": "store",
       "value": "SQLite at /tmp/me-home/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)"
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
        "value": "failed",
        "tone": "bad"
       },
       0,
       0,
       0,
       4
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
     "ok": 3,
     "failed": 1,
     "new": 0,
     "updated": 44,
     "invalid": 1
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
      "status": "failed",
      "attempts": 4,
      "error": "HTTP 503 from http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5",
      "jobs": 0,
      "invalid": 0,
      "new": 0,
      "updated": 0
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
    "store": "SQLite at /tmp/me-home/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)",
    "finished_at": "2026-11-26T19:04:22Z"
   },
   "error": null,
   "tasks": [
    {
     "uuid": "586efae3-2a6f-4ca1-b143-695f40fb97c3",
     "state": "SUCCEEDED",
     "name": "demo.imports.import_feed",
     "hostname": "gevent@vm",
     "at": 1795719857.3488083,
     "event": "task-succeeded",
     "pool": "gevent",
     "runtime": 0.3222960929997498,
     "result": "{'feed': 'acme-careers.xml', 'status': 'ok', 'attempts': 1, 'jobs': 19, 'invalid': 1, 'new': 0, 'updated': 18, 'store': 'sqlite'}"
    },
    {
     "uuid": "f6a817b9-7e07-4061-a79e-a9f8b40def26",
     "state": "SUCCEEDED",
     "name": "demo.imports.import_feed",
     "hostname": "gevent@vm",
     "at": 1795719857.3588192,
     "event": "task-succeeded",
     "pool": "gevent",
     "runtime": 0.32467507000001206,
     "result": "{'feed': 'interim-plus.xml', 'status': 'ok', 'attempts': 1, 'jobs': 14, 'invalid': 0, 'new': 0, 'updated': 14, 'store': 'sqlite'}"
    },
    {
     "uuid": "8b3700e0-ceeb-4004-859e-9170fd1ed55b",
     "state": "SUCCEEDED",
     "name": "demo.imports.import_feed",
     "hostname": "gevent@vm",
     "at": 1795719861.527261,
     "event": "task-succeeded",
     "pool": "gevent",
     "exception": "Retry(Retry(...), FeedUnavailable('HTTP 503 from http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5'), 1.8268807864455439)",
     "runtime": 0.3115799520001019,
     "result": "{'feed': 'jobboard-fr.json', 'status': 'failed', 'attempts': 4, 'error': 'HTTP 503 from http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5', 'jobs': 0, 'invalid': 0, 'new': 0, 'updated': 0}"
    },
    {
     "uuid": "1ced006d-c6b3-424c-ac0d-8167c3dc3d90",
     "state": "SUCCEEDED",
     "name": "demo.imports.import_feed",
     "hostname": "gevent@vm",
     "at": 1795719857.361853,
     "event": "task-succeeded",
     "pool": "gevent",
     "runtime": 0.3208681460000662,
     "result": "{'feed': 'startup-hub.json', 'status': 'ok', 'attempts': 1, 'jobs': 12, 'invalid': 0, 'new': 0, 'updated': 12, 'store': 'sqlite'}"
    },
    {
     "uuid": "44bc2a26-ae62-4da5-aa7a-3a6e119489bf",
     "state": "SUCCEEDED",
     "name": "demo.imports.summarise",
     "hostname": "prefork@vm",
     "at": 1795719862.0937166,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.5627636659992277,
     "result": "{'totals': {'feeds': 4, 'ok': 3, 'failed': 1, 'new': 0, 'updated': 44, 'invalid': 1}, 'feeds': [{'feed': 'acme-careers.xml', 'status': 'ok', 'attempts': 1, 'jobs': 19, 'invalid': 1, 'new': 0, 'updated': 18, 'store': 'sqlite'}, {'feed': 'interim-plus.xml', 'status': 'ok', 'attempts': 1, 'jobs': 14, 'invalid': 0, 'new': 0, 'updated': 14, 'store': 'sqlite'}, {'feed': 'jobboard-fr.json', 'status': 'failed', 'attempts': 4, 'error': 'HTTP 503 from http://127.0.0.1:33257/feeds/jobboard-fr.json?fail=0.5', 'jobs': 0, 'invalid': 0, 'new': 0, 'updated': 0}, {'feed': 'startup-hub.json', 'status': 'ok', 'attempts': 1, 'jobs': 12, 'invalid': 0, 'new': 0, 'updated': 12, 'store': 'sqlite'}], 'store': 'SQLite at /tmp/me-home/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)', 'finished_at': '2026-11-26T19:04:22Z'}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795719857.0176952,
   "finished": 1795719862.2208266,
   "duration": 5.203,
   "timestamp": 1795719862.2208698
  }
 ]
};
