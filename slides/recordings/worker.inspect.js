/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["worker.inspect"] = {
 "id": "worker.inspect",
 "title": "Inspect the workers: active, reserved, stats",
 "scenario": {
  "id": "worker.inspect",
  "title": "Inspect the workers: active, reserved, stats",
  "slide": "Worker",
  "description": "Keeps the prefork worker busy, then asks every worker (a broadcast) what it runs,\n    what it has reserved, and its pool and counters.",
  "command": "invoke demo worker.inspect",
  "timeout": 60.0,
  "params": [
   {
    "name": "busy",
    "type": "integer",
    "default": 4,
    "min": 0,
    "max": 20,
    "choices": null,
    "limits": "between 0 and 20",
    "help": "sleepy tasks to keep the workers busy"
   }
  ]
 },
 "recorded": "2026-11-24T14:37:22+00:00",
 "broker": "redis://127.0.0.1:54423/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [
  "prefork"
 ],
 "host": "vm",
 "celery": "5.7.0",
 "python": "3.11.7",
 "params": {
  "busy": 4
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "7259d6533215",
   "demo": "worker.inspect",
   "title": "Inspect the workers: active, reserved, stats",
   "params": {
    "busy": 4
   },
   "broker": "redis://127.0.0.1:54423/0",
   "follow": "events",
   "command": "invoke demo worker.inspect",
   "timestamp": 1795531042.0665922
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "06a2e55c-9f00-46a6-8652-979cafa18946",
   "name": "demo.basics.sleepy",
   "hostname": "prefork@vm",
   "timestamp": 1795531042.0690515,
   "args": "(2.0, 'busy 0')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "06a2e55c-9f00-46a6-8652-979cafa18946",
   "parent_id": null,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "06a2e55c-9f00-46a6-8652-979cafa18946",
   "name": "demo.basics.sleepy",
   "hostname": "gen7196@vm",
   "timestamp": 1795531042.0702784,
   "args": "(2.0, 'busy 0')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "06a2e55c-9f00-46a6-8652-979cafa18946",
   "parent_id": null,
   "pid": 7196,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "06a2e55c-9f00-46a6-8652-979cafa18946",
   "hostname": "prefork@vm",
   "timestamp": 1795531042.072615,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "05801488-42f5-4550-affa-c952f060bbac",
   "name": "demo.basics.sleepy",
   "hostname": "gen7196@vm",
   "timestamp": 1795531042.0766861,
   "args": "(2.0, 'busy 1')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "05801488-42f5-4550-affa-c952f060bbac",
   "parent_id": null,
   "pid": 7196,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "05801488-42f5-4550-affa-c952f060bbac",
   "name": "demo.basics.sleepy",
   "hostname": "prefork@vm",
   "timestamp": 1795531042.078273,
   "args": "(2.0, 'busy 1')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "05801488-42f5-4550-affa-c952f060bbac",
   "parent_id": null,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "05801488-42f5-4550-affa-c952f060bbac",
   "hostname": "prefork@vm",
   "timestamp": 1795531042.0809712,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "36f7a455-a034-4a69-a0cb-19f1df235f05",
   "name": "demo.basics.sleepy",
   "hostname": "prefork@vm",
   "timestamp": 1795531042.0816836,
   "args": "(2.0, 'busy 2')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "36f7a455-a034-4a69-a0cb-19f1df235f05",
   "parent_id": null,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "36f7a455-a034-4a69-a0cb-19f1df235f05",
   "name": "demo.basics.sleepy",
   "hostname": "gen7196@vm",
   "timestamp": 1795531042.0827975,
   "args": "(2.0, 'busy 2')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "36f7a455-a034-4a69-a0cb-19f1df235f05",
   "parent_id": null,
   "pid": 7196,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "3c54c2bd-e63a-47ed-ada7-c570072ba69e",
   "name": "demo.basics.sleepy",
   "hostname": "prefork@vm",
   "timestamp": 1795531042.0856574,
   "args": "(2.0, 'busy 3')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "3c54c2bd-e63a-47ed-ada7-c570072ba69e",
   "parent_id": null,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "3c54c2bd-e63a-47ed-ada7-c570072ba69e",
   "name": "demo.basics.sleepy",
   "hostname": "gen7196@vm",
   "timestamp": 1795531042.0865529,
   "args": "(2.0, 'busy 3')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "3c54c2bd-e63a-47ed-ada7-c570072ba69e",
   "parent_id": null,
   "pid": 7196,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "06a2e55c-9f00-46a6-8652-979cafa18946",
   "hostname": "prefork@vm",
   "timestamp": 1795531044.076497,
   "pid": 6809,
   "runtime": 2.0036865239999315,
   "result": "{'label': 'busy 0', 'slept': 2.0}",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "36f7a455-a034-4a69-a0cb-19f1df235f05",
   "hostname": "prefork@vm",
   "timestamp": 1795531044.0795262,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "05801488-42f5-4550-affa-c952f060bbac",
   "hostname": "prefork@vm",
   "timestamp": 1795531044.0979602,
   "pid": 6809,
   "runtime": 2.016976588000034,
   "result": "{'label': 'busy 1', 'slept': 2.0}",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "3c54c2bd-e63a-47ed-ada7-c570072ba69e",
   "hostname": "prefork@vm",
   "timestamp": 1795531044.1006825,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "engines@vm: 0 active, 0 reserved",
   "data": null,
   "timestamp": 1795531046.214763
  },
  {
   "kind": "note",
   "text": "eventlet@vm: 0 active, 0 reserved",
   "data": null,
   "timestamp": 1795531046.2147813
  },
  {
   "kind": "note",
   "text": "gevent@vm: 0 active, 0 reserved",
   "data": null,
   "timestamp": 1795531046.214792
  },
  {
   "kind": "note",
   "text": "prefork@vm: 2 active, 1 reserved",
   "data": null,
   "timestamp": 1795531046.2148159
  },
  {
   "kind": "note",
   "text": "threads@vm: 0 active, 0 reserved",
   "data": null,
   "timestamp": 1795531046.2148252
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "36f7a455-a034-4a69-a0cb-19f1df235f05",
   "hostname": "prefork@vm",
   "timestamp": 1795531046.2924864,
   "pid": 6809,
   "runtime": 2.131668842000181,
   "result": "{'label': 'busy 2', 'slept': 2.0}",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "3c54c2bd-e63a-47ed-ada7-c570072ba69e",
   "hostname": "prefork@vm",
   "timestamp": 1795531046.2926111,
   "pid": 6809,
   "runtime": 2.1115314730000136,
   "result": "{'label': 'busy 3', 'slept': 2.0}",
   "pool": "prefork"
  },
  {
   "kind": "summary",
   "run_id": "7259d6533215",
   "demo": "worker.inspect",
   "status": "succeeded",
   "result": {
    "workers": {
     "engines@vm": {
      "pool": "prefork",
      "concurrency": 2,
      "processes": [
       7131,
       7136
      ],
      "active": [],
      "reserved": 0,
      "total": 0
     },
     "eventlet@vm": {
      "pool": "eventlet",
      "concurrency": 20,
      "processes": null,
      "active": [],
      "reserved": 0,
      "total": 2
     },
     "gevent@vm": {
      "pool": "gevent",
      "concurrency": 20,
      "processes": null,
      "active": [],
      "reserved": 0,
      "total": 25
     },
     "prefork@vm": {
      "pool": "prefork",
      "concurrency": 2,
      "processes": [
       9408,
       9409
      ],
      "active": [
       "demo.basics.sleepy(2.0, 'busy 1')",
       "demo.basics.sleepy(2.0, 'busy 0')"
      ],
      "reserved": 1,
      "total": 163
     },
     "threads@vm": {
      "pool": "thread",
      "concurrency": 4,
      "processes": null,
      "active": [],
      "reserved": 0,
      "total": 23
     }
    }
   },
   "error": null,
   "tasks": [
    {
     "uuid": "06a2e55c-9f00-46a6-8652-979cafa18946",
     "state": "SUCCEEDED",
     "name": "demo.basics.sleepy",
     "hostname": "prefork@vm",
     "pool": "prefork",
     "pid": 6809,
     "at": 1795531044.076497,
     "event": "task-succeeded",
     "runtime": 2.0036865239999315,
     "result": "{'label': 'busy 0', 'slept': 2.0}"
    },
    {
     "uuid": "05801488-42f5-4550-affa-c952f060bbac",
     "state": "SUCCEEDED",
     "name": "demo.basics.sleepy",
     "hostname": "prefork@vm",
     "pid": 6809,
     "at": 1795531044.0979602,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 2.016976588000034,
     "result": "{'label': 'busy 1', 'slept': 2.0}"
    },
    {
     "uuid": "36f7a455-a034-4a69-a0cb-19f1df235f05",
     "state": "SUCCEEDED",
     "name": "demo.basics.sleepy",
     "hostname": "prefork@vm",
     "pool": "prefork",
     "pid": 6809,
     "at": 1795531046.2924864,
     "event": "task-succeeded",
     "runtime": 2.131668842000181,
     "result": "{'label': 'busy 2', 'slept': 2.0}"
    },
    {
     "uuid": "3c54c2bd-e63a-47ed-ada7-c570072ba69e",
     "state": "SUCCEEDED",
     "name": "demo.basics.sleepy",
     "hostname": "prefork@vm",
     "pool": "prefork",
     "pid": 6809,
     "at": 1795531046.2926111,
     "event": "task-succeeded",
     "runtime": 2.1115314730000136,
     "result": "{'label': 'busy 3', 'slept': 2.0}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:54423/0",
   "started": 1795531042.0665922,
   "finished": 1795531046.2948573,
   "duration": 4.228,
   "timestamp": 1795531046.2948823
  }
 ]
};
