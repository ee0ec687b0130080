/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["beat.ticks"] = {
 "id": "beat.ticks",
 "title": "Beat sends tick() on schedule; workers run it",
 "scenario": {
  "id": "beat.ticks",
  "title": "Beat sends tick() on schedule; workers run it",
  "slide": "Celerybeat",
  "description": "Adopts every periodic.tick beat sends while the run lasts. The interval entry\n    ticks every beat_interval seconds; the crontab entry once a minute.",
  "command": "invoke demo beat.ticks",
  "timeout": 90,
  "params": [
   {
    "name": "seconds",
    "type": "number",
    "default": 12.0,
    "min": 1,
    "max": 70,
    "choices": null,
    "limits": "between 1 and 70",
    "help": "how long to watch"
   }
  ]
 },
 "recorded": "2026-11-26T18:19:01+00:00",
 "broker": "redis://127.0.0.1:31379/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [
  "prefork"
 ],
 "host": "vm",
 "celery": "5.7.0",
 "python": "3.11.7",
 "params": {
  "seconds": 12.0
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "3861fd5ede6b",
   "demo": "beat.ticks",
   "title": "Beat sends tick() on schedule; workers run it",
   "params": {
    "seconds": 12.0
   },
   "broker": "redis://127.0.0.1:31379/0",
   "follow": "events",
   "command": "invoke demo beat.ticks",
   "timestamp": 1795717141.687892
  },
  {
   "kind": "note",
   "text": "interval: every 10 s; crontab: <crontab: * * * * * (m/h/dM/MY/d)> (next in 58 s)",
   "data": null,
   "timestamp": 1795717141.6884296
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "dad3e9f3-ab42-48ea-ad31-60af622a0c1b",
   "name": "demo.periodic.tick",
   "hostname": "gen17079@vm",
   "timestamp": 1795717144.6766288,
   "args": "['interval']",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "dad3e9f3-ab42-48ea-ad31-60af622a0c1b",
   "parent_id": null,
   "pid": 17079,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "dad3e9f3-ab42-48ea-ad31-60af622a0c1b",
   "name": "demo.periodic.tick",
   "hostname": "prefork@vm",
   "timestamp": 1795717144.6791232,
   "args": "['interval']",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "dad3e9f3-ab42-48ea-ad31-60af622a0c1b",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "dad3e9f3-ab42-48ea-ad31-60af622a0c1b",
   "hostname": "prefork@vm",
   "timestamp": 1795717144.6824346,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "dad3e9f3-ab42-48ea-ad31-60af622a0c1b",
   "hostname": "prefork@vm",
   "timestamp": 1795717144.6859868,
   "pid": 16420,
   "runtime": 0.0033132809985545464,
   "result": "{'schedule': 'interval', 'ran_at': '2026-11-26T18:19:04.683358+00:00', 'hostname': 'prefork@vm'}",
   "pool": "prefork"
  },
  {
   "kind": "summary",
   "run_id": "3861fd5ede6b",
   "demo": "beat.ticks",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "timeline",
     "facts": [
      {
       "label": "ticks",
       "value": 1
      },
      {
       "label": "schedules",
       "value": "interval"
      },
      {
       "label": "last",
       "value": {
        "schedule": "interval",
        "ran_at": "2026-11-26T18:19:04.683358+00:00",
        "hostname": "prefork@vm"
       }
      }
     ]
    },
    "ticks": 1,
    "schedules": [
     "interval"
    ],
    "last": {
     "schedule": "interval",
     "ran_at": "2026-11-26T18:19:04.683358+00:00",
     "hostname": "prefork@vm"
    }
   },
   "error": null,
   "tasks": [
    {
     "uuid": "dad3e9f3-ab42-48ea-ad31-60af622a0c1b",
     "name": "demo.periodic.tick",
     "hostname": "prefork@vm",
     "at": 1795717144.6859868,
     "event": "task-succeeded",
     "state": "SUCCEEDED",
     "pool": "prefork",
     "runtime": 0.0033132809985545464,
     "result": "{'schedule': 'interval', 'ran_at': '2026-11-26T18:19:04.683358+00:00', 'hostname': 'prefork@vm'}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:31379/0",
   "started": 1795717141.687892,
   "finished": 1795717154.1893215,
   "duration": 12.501,
   "timestamp": 1795717154.1893494
  }
 ]
};
