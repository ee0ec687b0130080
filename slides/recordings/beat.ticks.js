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
 "recorded": "2026-11-26T19:02:05+00:00",
 "broker": "redis://127.0.0.1:26379/0",
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
   "run_id": "96e86f72c892",
   "demo": "beat.ticks",
   "title": "Beat sends tick() on schedule; workers run it",
   "params": {
    "seconds": 12.0
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo beat.ticks",
   "timestamp": 1795719725.6532736
  },
  {
   "kind": "note",
   "text": "interval: every 10 s; crontab: <crontab: * * * * * (m/h/dM/MY/d)> (next in 54 s)",
   "data": null,
   "timestamp": 1795719725.6536615
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "427ae6df-f547-4fb1-9f31-53b5d6c58689",
   "name": "demo.periodic.tick",
   "hostname": "gen303@vm",
   "timestamp": 1795719734.1564572,
   "args": "['interval']",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "427ae6df-f547-4fb1-9f31-53b5d6c58689",
   "parent_id": null,
   "pid": 303,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "427ae6df-f547-4fb1-9f31-53b5d6c58689",
   "name": "demo.periodic.tick",
   "hostname": "prefork@vm",
   "timestamp": 1795719734.1590989,
   "args": "['interval']",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "427ae6df-f547-4fb1-9f31-53b5d6c58689",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "427ae6df-f547-4fb1-9f31-53b5d6c58689",
   "hostname": "prefork@vm",
   "timestamp": 1795719734.1613615,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "427ae6df-f547-4fb1-9f31-53b5d6c58689",
   "hostname": "prefork@vm",
   "timestamp": 1795719734.1646466,
   "pid": 32763,
   "runtime": 0.0022570950004592305,
   "result": "{'schedule': 'interval', 'ran_at': '2026-11-26T19:02:14.163421+00:00', 'hostname': 'prefork@vm'}",
   "pool": "prefork"
  },
  {
   "kind": "summary",
   "run_id": "96e86f72c892",
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
        "ran_at": "2026-11-26T19:02:14.163421+00:00",
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
     "ran_at": "2026-11-26T19:02:14.163421+00:00",
     "hostname": "prefork@vm"
    }
   },
   "error": null,
   "tasks": [
    {
     "uuid": "427ae6df-f547-4fb1-9f31-53b5d6c58689",
     "name": "demo.periodic.tick",
     "hostname": "prefork@vm",
     "at": 1795719734.1646466,
     "event": "task-succeeded",
     "state": "SUCCEEDED",
     "pool": "prefork",
     "runtime": 0.0022570950004592305,
     "result": "{'schedule': 'interval', 'ran_at': '2026-11-26T19:02:14.163421+00:00', 'hostname': 'prefork@vm'}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795719725.6532736,
   "finished": 1795719738.1547217,
   "duration": 12.501,
   "timestamp": 1795719738.1547513
  }
 ]
};
