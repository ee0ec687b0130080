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
 "recorded": "2026-11-26T18:18:57+00:00",
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
  "busy": 4
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "df0479cc8468",
   "demo": "worker.inspect",
   "title": "Inspect the workers: active, reserved, stats",
   "params": {
    "busy": 4
   },
   "broker": "redis://127.0.0.1:31379/0",
   "follow": "events",
   "command": "invoke demo worker.inspect",
   "timestamp": 1795717137.2516558
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "7c30d56e-6719-47a7-ba1f-f5f5f38ee76d",
   "name": "demo.basics.sleepy",
   "hostname": "gen17537@vm",
   "timestamp": 1795717137.2538388,
   "args": "(2.0, 'busy 0')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "7c30d56e-6719-47a7-ba1f-f5f5f38ee76d",
   "parent_id": null,
   "pid": 17537,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "7c30d56e-6719-47a7-ba1f-f5f5f38ee76d",
   "name": "demo.basics.sleepy",
   "hostname": "prefork@vm",
   "timestamp": 1795717137.2592053,
   "args": "(2.0, 'busy 0')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "7c30d56e-6719-47a7-ba1f-f5f5f38ee76d",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "7c30d56e-6719-47a7-ba1f-f5f5f38ee76d",
   "hostname": "prefork@vm",
   "timestamp": 1795717137.261617,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "78fcc4f2-6ef0-4124-87c3-3ce1da153980",
   "name": "demo.basics.sleepy",
   "hostname": "prefork@vm",
   "timestamp": 1795717137.2674112,
   "args": "(2.0, 'busy 1')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "78fcc4f2-6ef0-4124-87c3-3ce1da153980",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "78fcc4f2-6ef0-4124-87c3-3ce1da153980",
   "hostname": "prefork@vm",
   "timestamp": 1795717137.2682562,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "78fcc4f2-6ef0-4124-87c3-3ce1da153980",
   "name": "demo.basics.sleepy",
   "hostname": "gen17537@vm",
   "timestamp": 1795717137.26672,
   "args": "(2.0, 'busy 1')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "78fcc4f2-6ef0-4124-87c3-3ce1da153980",
   "parent_id": null,
   "pid": 17537,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "97b90b25-afa6-4140-95eb-e441281a7f09",
   "name": "demo.basics.sleepy",
   "hostname": "gen17537@vm",
   "timestamp": 1795717137.2765334,
   "args": "(2.0, 'busy 2')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "97b90b25-afa6-4140-95eb-e441281a7f09",
   "parent_id": null,
   "pid": 17537,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "97b90b25-afa6-4140-95eb-e441281a7f09",
   "name": "demo.basics.sleepy",
   "hostname": "prefork@vm",
   "timestamp": 1795717137.2774782,
   "args": "(2.0, 'busy 2')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "97b90b25-afa6-4140-95eb-e441281a7f09",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "7375b7ad-9c3e-4f37-9864-50c3346fc7a1",
   "name": "demo.basics.sleepy",
   "hostname": "gen17537@vm",
   "timestamp": 1795717137.2835605,
   "args": "(2.0, 'busy 3')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "7375b7ad-9c3e-4f37-9864-50c3346fc7a1",
   "parent_id": null,
   "pid": 17537,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "7375b7ad-9c3e-4f37-9864-50c3346fc7a1",
   "name": "demo.basics.sleepy",
   "hostname": "prefork@vm",
   "timestamp": 1795717137.2922952,
   "args": "(2.0, 'busy 3')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "7375b7ad-9c3e-4f37-9864-50c3346fc7a1",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "7c30d56e-6719-47a7-ba1f-f5f5f38ee76d",
   "hostname": "prefork@vm",
   "timestamp": 1795717139.2685308,
   "pid": 16420,
   "runtime": 2.0068215470000723,
   "result": "{'label': 'busy 0', 'slept': 2.0}",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "97b90b25-afa6-4140-95eb-e441281a7f09",
   "hostname": "prefork@vm",
   "timestamp": 1795717139.2742577,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "78fcc4f2-6ef0-4124-87c3-3ce1da153980",
   "hostname": "prefork@vm",
   "timestamp": 1795717139.2744188,
   "pid": 16420,
   "runtime": 2.0052722499985975,
   "result": "{'label': 'busy 1', 'slept': 2.0}",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "7375b7ad-9c3e-4f37-9864-50c3346fc7a1",
   "hostname": "prefork@vm",
   "timestamp": 1795717139.276493,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "97b90b25-afa6-4140-95eb-e441281a7f09",
   "hostname": "prefork@vm",
   "timestamp": 1795717141.2806115,
   "pid": 16420,
   "runtime": 2.0057660519996716,
   "result": "{'label': 'busy 2', 'slept': 2.0}",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "7375b7ad-9c3e-4f37-9864-50c3346fc7a1",
   "hostname": "prefork@vm",
   "timestamp": 1795717141.2815957,
   "pid": 16420,
   "runtime": 2.0050300610000704,
   "result": "{'label': 'busy 3', 'slept': 2.0}",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "engines@vm: 0 active, 0 reserved",
   "data": null,
   "timestamp": 1795717141.4562948
  },
  {
   "kind": "note",
   "text": "eventlet@vm: 0 active, 0 reserved",
   "data": null,
   "timestamp": 1795717141.4563057
  },
  {
   "kind": "note",
   "text": "gevent@vm: 0 active, 0 reserved",
   "data": null,
   "timestamp": 1795717141.456315
  },
  {
   "kind": "note",
   "text": "jobsite@vm: 0 active, 0 reserved",
   "data": null,
   "timestamp": 1795717141.4563198
  },
  {
   "kind": "note",
   "text": "prefork@vm: 2 active, 0 reserved",
   "data": null,
   "timestamp": 1795717141.4563332
  },
  {
   "kind": "note",
   "text": "threads@vm: 0 active, 0 reserved",
   "data": null,
   "timestamp": 1795717141.4563382
  },
  {
   "kind": "summary",
   "run_id": "df0479cc8468",
   "demo": "worker.inspect",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "table",
     "facts": [
      {
       "label": "active on prefork@vm",
       "value": "demo.basics.sleepy(2.0, 'busy 1'), demo.basics.sleepy(2.0, 'busy 0')"
      }
     ],
     "columns": [
      "worker",
      "pool",
      "concurrency",
      "active",
      "reserved",
      "tasks so far"
     ],
     "rows": [
      [
       "engines@vm",
       "prefork",
       2,
       0,
       0,
       4
      ],
      [
       "eventlet@vm",
       "eventlet",
       20,
       0,
       0,
       2
      ],
      [
       "gevent@vm",
       "gevent",
       20,
       0,
       0,
       23
      ],
      [
       "jobsite@vm",
       "thread",
       2,
       0,
       0,
       0
      ],
      [
       "prefork@vm",
       "prefork",
       2,
       {
        "value": 2,
        "tone": "good"
       },
       0,
       1545
      ],
      [
       "threads@vm",
       "thread",
       4,
       0,
       0,
       107
      ]
     ]
    },
    "workers": {
     "engines@vm": {
      "pool": "prefork",
      "concurrency": 2,
      "processes": [
       16487,
       16489
      ],
      "active": [],
      "reserved": 0,
      "total": 4
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
      "total": 23
     },
     "jobsite@vm": {
      "pool": "thread",
      "concurrency": 2,
      "processes": null,
      "active": [],
      "reserved": 0,
      "total": 0
     },
     "prefork@vm": {
      "pool": "prefork",
      "concurrency": 2,
      "processes": [
       16490,
       384
      ],
      "active": [
       "demo.basics.sleepy(2.0, 'busy 1')",
       "demo.basics.sleepy(2.0, 'busy 0')"
      ],
      "reserved": 0,
      "total": 1545
     },
     "threads@vm": {
      "pool": "thread",
      "concurrency": 4,
      "processes": null,
      "active": [],
      "reserved": 0,
      "total": 107
     }
    }
   },
   "error": null,
   "tasks": [
    {
     "uuid": "7c30d56e-6719-47a7-ba1f-f5f5f38ee76d",
     "state": "SUCCEEDED",
     "name": "demo.basics.sleepy",
     "hostname": "prefork@vm",
     "at": 1795717139.2685308,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 2.0068215470000723,
     "result": "{'label': 'busy 0', 'slept': 2.0}"
    },
    {
     "uuid": "78fcc4f2-6ef0-4124-87c3-3ce1da153980",
     "state": "SUCCEEDED",
     "name": "demo.basics.sleepy",
     "hostname": "prefork@vm",
     "pool": "prefork",
     "at": 1795717139.2744188,
     "event": "task-succeeded",
     "runtime": 2.0052722499985975,
     "result": "{'label': 'busy 1', 'slept': 2.0}"
    },
    {
     "uuid": "97b90b25-afa6-4140-95eb-e441281a7f09",
     "state": "SUCCEEDED",
     "name": "demo.basics.sleepy",
     "hostname": "prefork@vm",
     "at": 1795717141.2806115,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 2.0057660519996716,
     "result": "{'label': 'busy 2', 'slept': 2.0}"
    },
    {
     "uuid": "7375b7ad-9c3e-4f37-9864-50c3346fc7a1",
     "state": "SUCCEEDED",
     "name": "demo.basics.sleepy",
     "hostname": "prefork@vm",
     "at": 1795717141.2815957,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 2.0050300610000704,
     "result": "{'label': 'busy 3', 'slept': 2.0}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:31379/0",
   "started": 1795717137.2516558,
   "finished": 1795717141.458196,
   "duration": 4.207,
   "timestamp": 1795717141.4582183
  }
 ]
};
