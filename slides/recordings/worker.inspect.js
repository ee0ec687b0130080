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
 "recorded": "2026-11-26T19:02:01+00:00",
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
  "busy": 4
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "67f490bec79a",
   "demo": "worker.inspect",
   "title": "Inspect the workers: active, reserved, stats",
   "params": {
    "busy": 4
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo worker.inspect",
   "timestamp": 1795719721.3712347
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "944055f6-6dd2-4dcd-9877-4bbedb30f13f",
   "name": "demo.basics.sleepy",
   "hostname": "gen364@vm",
   "timestamp": 1795719721.3732011,
   "args": "(2.0, 'busy 0')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "944055f6-6dd2-4dcd-9877-4bbedb30f13f",
   "parent_id": null,
   "pid": 364,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "944055f6-6dd2-4dcd-9877-4bbedb30f13f",
   "name": "demo.basics.sleepy",
   "hostname": "prefork@vm",
   "timestamp": 1795719721.3756802,
   "args": "(2.0, 'busy 0')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "944055f6-6dd2-4dcd-9877-4bbedb30f13f",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "c55611b2-c567-41c3-868f-b63eaba01d42",
   "name": "demo.basics.sleepy",
   "hostname": "gen364@vm",
   "timestamp": 1795719721.3791907,
   "args": "(2.0, 'busy 1')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "c55611b2-c567-41c3-868f-b63eaba01d42",
   "parent_id": null,
   "pid": 364,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "c55611b2-c567-41c3-868f-b63eaba01d42",
   "name": "demo.basics.sleepy",
   "hostname": "prefork@vm",
   "timestamp": 1795719721.381335,
   "args": "(2.0, 'busy 1')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "c55611b2-c567-41c3-868f-b63eaba01d42",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "944055f6-6dd2-4dcd-9877-4bbedb30f13f",
   "hostname": "prefork@vm",
   "timestamp": 1795719721.384291,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "c55611b2-c567-41c3-868f-b63eaba01d42",
   "hostname": "prefork@vm",
   "timestamp": 1795719721.384337,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "27052de2-d7ed-4b72-8ca1-d681c674589b",
   "name": "demo.basics.sleepy",
   "hostname": "gen364@vm",
   "timestamp": 1795719721.3859894,
   "args": "(2.0, 'busy 2')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "27052de2-d7ed-4b72-8ca1-d681c674589b",
   "parent_id": null,
   "pid": 364,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "9f31c726-3b15-4911-a410-a1a01e05f54b",
   "name": "demo.basics.sleepy",
   "hostname": "gen364@vm",
   "timestamp": 1795719721.3891044,
   "args": "(2.0, 'busy 3')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "9f31c726-3b15-4911-a410-a1a01e05f54b",
   "parent_id": null,
   "pid": 364,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "27052de2-d7ed-4b72-8ca1-d681c674589b",
   "name": "demo.basics.sleepy",
   "hostname": "prefork@vm",
   "timestamp": 1795719721.3912568,
   "args": "(2.0, 'busy 2')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "27052de2-d7ed-4b72-8ca1-d681c674589b",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "9f31c726-3b15-4911-a410-a1a01e05f54b",
   "name": "demo.basics.sleepy",
   "hostname": "prefork@vm",
   "timestamp": 1795719721.393876,
   "args": "(2.0, 'busy 3')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "9f31c726-3b15-4911-a410-a1a01e05f54b",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "944055f6-6dd2-4dcd-9877-4bbedb30f13f",
   "hostname": "prefork@vm",
   "timestamp": 1795719723.3898747,
   "pid": 32763,
   "runtime": 2.0067913009988843,
   "result": "{'label': 'busy 0', 'slept': 2.0}",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "c55611b2-c567-41c3-868f-b63eaba01d42",
   "hostname": "prefork@vm",
   "timestamp": 1795719723.3912702,
   "pid": 32763,
   "runtime": 2.0061008679986116,
   "result": "{'label': 'busy 1', 'slept': 2.0}",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "9f31c726-3b15-4911-a410-a1a01e05f54b",
   "hostname": "prefork@vm",
   "timestamp": 1795719723.3937922,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "27052de2-d7ed-4b72-8ca1-d681c674589b",
   "hostname": "prefork@vm",
   "timestamp": 1795719723.3938353,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "9f31c726-3b15-4911-a410-a1a01e05f54b",
   "hostname": "prefork@vm",
   "timestamp": 1795719725.3966775,
   "pid": 32763,
   "runtime": 2.0034287070011487,
   "result": "{'label': 'busy 3', 'slept': 2.0}",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "27052de2-d7ed-4b72-8ca1-d681c674589b",
   "hostname": "prefork@vm",
   "timestamp": 1795719725.3976653,
   "pid": 32763,
   "runtime": 2.003857101999529,
   "result": "{'label': 'busy 2', 'slept': 2.0}",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "engines@vm: 0 active, 0 reserved",
   "data": null,
   "timestamp": 1795719725.4420955
  },
  {
   "kind": "note",
   "text": "eventlet@vm: 0 active, 0 reserved",
   "data": null,
   "timestamp": 1795719725.442106
  },
  {
   "kind": "note",
   "text": "gevent@vm: 0 active, 0 reserved",
   "data": null,
   "timestamp": 1795719725.4421113
  },
  {
   "kind": "note",
   "text": "jobsite@vm: 0 active, 0 reserved",
   "data": null,
   "timestamp": 1795719725.4421158
  },
  {
   "kind": "note",
   "text": "prefork@vm: 2 active, 0 reserved",
   "data": null,
   "timestamp": 1795719725.44213
  },
  {
   "kind": "note",
   "text": "threads@vm: 0 active, 0 reserved",
   "data": null,
   "timestamp": 1795719725.4421358
  },
  {
   "kind": "summary",
   "run_id": "67f490bec79a",
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
       0
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
       6
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
       21
      ],
      [
       "threads@vm",
       "thread",
       4,
       0,
       0,
       22
      ]
     ]
    },
    "workers": {
     "engines@vm": {
      "pool": "prefork",
      "concurrency": 2,
      "processes": [
       326,
       328
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
      "total": 6
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
       325,
       329
      ],
      "active": [
       "demo.basics.sleepy(2.0, 'busy 1')",
       "demo.basics.sleepy(2.0, 'busy 0')"
      ],
      "reserved": 0,
      "total": 21
     },
     "threads@vm": {
      "pool": "thread",
      "concurrency": 4,
      "processes": null,
      "active": [],
      "reserved": 0,
      "total": 22
     }
    }
   },
   "error": null,
   "tasks": [
    {
     "uuid": "944055f6-6dd2-4dcd-9877-4bbedb30f13f",
     "state": "SUCCEEDED",
     "name": "demo.basics.sleepy",
     "hostname": "prefork@vm",
     "at": 1795719723.3898747,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 2.0067913009988843,
     "result": "{'label': 'busy 0', 'slept': 2.0}"
    },
    {
     "uuid": "c55611b2-c567-41c3-868f-b63eaba01d42",
     "state": "SUCCEEDED",
     "name": "demo.basics.sleepy",
     "hostname": "prefork@vm",
     "at": 1795719723.3912702,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 2.0061008679986116,
     "result": "{'label': 'busy 1', 'slept': 2.0}"
    },
    {
     "uuid": "27052de2-d7ed-4b72-8ca1-d681c674589b",
     "state": "SUCCEEDED",
     "name": "demo.basics.sleepy",
     "hostname": "prefork@vm",
     "at": 1795719725.3976653,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 2.003857101999529,
     "result": "{'label': 'busy 2', 'slept': 2.0}"
    },
    {
     "uuid": "9f31c726-3b15-4911-a410-a1a01e05f54b",
     "state": "SUCCEEDED",
     "name": "demo.basics.sleepy",
     "hostname": "prefork@vm",
     "at": 1795719725.3966775,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 2.0034287070011487,
     "result": "{'label': 'busy 3', 'slept': 2.0}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795719721.3712347,
   "finished": 1795719725.4440691,
   "duration": 4.073,
   "timestamp": 1795719725.4441042
  }
 ]
};
