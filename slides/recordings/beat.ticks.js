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
 "recorded": "2026-11-26T16:28:18+00:00",
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
   "run_id": "f4e45c3ca023",
   "demo": "beat.ticks",
   "title": "Beat sends tick() on schedule; workers run it",
   "params": {
    "seconds": 12.0
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo beat.ticks",
   "timestamp": 1795710498.0560787
  },
  {
   "kind": "note",
   "text": "interval: every 10 s; crontab: <crontab: * * * * * (m/h/dM/MY/d)> (next in 42 s)",
   "data": null,
   "timestamp": 1795710498.0565453
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "e9067e61-a17d-4e22-bb9b-eb524af1d36e",
   "name": "demo.periodic.tick",
   "hostname": "gen20314@vm",
   "timestamp": 1795710502.7212896,
   "args": "['interval']",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "e9067e61-a17d-4e22-bb9b-eb524af1d36e",
   "parent_id": null,
   "pid": 20314,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "e9067e61-a17d-4e22-bb9b-eb524af1d36e",
   "name": "demo.periodic.tick",
   "hostname": "prefork@vm",
   "timestamp": 1795710502.7255807,
   "args": "['interval']",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "e9067e61-a17d-4e22-bb9b-eb524af1d36e",
   "parent_id": null,
   "pid": 2724,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "e9067e61-a17d-4e22-bb9b-eb524af1d36e",
   "hostname": "prefork@vm",
   "timestamp": 1795710502.7280934,
   "pid": 2724,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "e9067e61-a17d-4e22-bb9b-eb524af1d36e",
   "hostname": "prefork@vm",
   "timestamp": 1795710502.7305493,
   "pid": 2724,
   "runtime": 0.002429240999845206,
   "result": "{'schedule': 'interval', 'ran_at': '2026-11-26T16:28:22.729711+00:00', 'hostname': 'prefork@vm'}",
   "pool": "prefork"
  },
  {
   "kind": "summary",
   "run_id": "f4e45c3ca023",
   "demo": "beat.ticks",
   "status": "succeeded",
   "result": {
    "ticks": 1,
    "schedules": [
     "interval"
    ],
    "last": {
     "schedule": "interval",
     "ran_at": "2026-11-26T16:28:22.729711+00:00",
     "hostname": "prefork@vm"
    }
   },
   "error": null,
   "tasks": [
    {
     "uuid": "e9067e61-a17d-4e22-bb9b-eb524af1d36e",
     "name": "demo.periodic.tick",
     "hostname": "prefork@vm",
     "at": 1795710502.7305493,
     "event": "task-succeeded",
     "state": "SUCCEEDED",
     "pool": "prefork",
     "runtime": 0.002429240999845206,
     "result": "{'schedule': 'interval', 'ran_at': '2026-11-26T16:28:22.729711+00:00', 'hostname': 'prefork@vm'}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795710498.0560787,
   "finished": 1795710510.5738955,
   "duration": 12.518,
   "timestamp": 1795710510.573933
  }
 ]
};
