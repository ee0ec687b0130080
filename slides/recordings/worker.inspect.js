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
 "recorded": "2026-11-24T14:19:29+00:00",
 "broker": "redis://127.0.0.1:54423/0",
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
   "run_id": "7991058aa8c9",
   "demo": "worker.inspect",
   "title": "Inspect the workers: active, reserved, stats",
   "params": {
    "busy": 4
   },
   "broker": "redis://127.0.0.1:54423/0",
   "follow": "events",
   "command": "invoke demo worker.inspect",
   "timestamp": 1795529969.6812916
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "b3092199-7d6c-4c96-aecb-8b8d4abef7bc",
   "name": "demo.basics.sleepy",
   "hostname": "gen24209@vm",
   "timestamp": 1795529969.6835618,
   "args": "(2.0, 'busy 0')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "b3092199-7d6c-4c96-aecb-8b8d4abef7bc",
   "parent_id": null,
   "pid": 24209,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "b3092199-7d6c-4c96-aecb-8b8d4abef7bc",
   "name": "demo.basics.sleepy",
   "hostname": "prefork@vm",
   "timestamp": 1795529969.6869261,
   "args": "(2.0, 'busy 0')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "b3092199-7d6c-4c96-aecb-8b8d4abef7bc",
   "parent_id": null,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "dadf8791-daa3-48a1-ba4b-0905e2904bdf",
   "name": "demo.basics.sleepy",
   "hostname": "prefork@vm",
   "timestamp": 1795529969.6894765,
   "args": "(2.0, 'busy 1')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "dadf8791-daa3-48a1-ba4b-0905e2904bdf",
   "parent_id": null,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "dadf8791-daa3-48a1-ba4b-0905e2904bdf",
   "hostname": "prefork@vm",
   "timestamp": 1795529969.6912146,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "b3092199-7d6c-4c96-aecb-8b8d4abef7bc",
   "hostname": "prefork@vm",
   "timestamp": 1795529969.6912615,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "dadf8791-daa3-48a1-ba4b-0905e2904bdf",
   "name": "demo.basics.sleepy",
   "hostname": "gen24209@vm",
   "timestamp": 1795529969.6945574,
   "args": "(2.0, 'busy 1')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "dadf8791-daa3-48a1-ba4b-0905e2904bdf",
   "parent_id": null,
   "pid": 24209,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "60307524-3628-4caf-801e-b0ffe68e77da",
   "name": "demo.basics.sleepy",
   "hostname": "prefork@vm",
   "timestamp": 1795529969.697579,
   "args": "(2.0, 'busy 2')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "60307524-3628-4caf-801e-b0ffe68e77da",
   "parent_id": null,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "60307524-3628-4caf-801e-b0ffe68e77da",
   "name": "demo.basics.sleepy",
   "hostname": "gen24209@vm",
   "timestamp": 1795529969.699397,
   "args": "(2.0, 'busy 2')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "60307524-3628-4caf-801e-b0ffe68e77da",
   "parent_id": null,
   "pid": 24209,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "1ff47d77-04ae-40e7-9556-6c1ce9953f8e",
   "name": "demo.basics.sleepy",
   "hostname": "prefork@vm",
   "timestamp": 1795529969.702655,
   "args": "(2.0, 'busy 3')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "1ff47d77-04ae-40e7-9556-6c1ce9953f8e",
   "parent_id": null,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "1ff47d77-04ae-40e7-9556-6c1ce9953f8e",
   "name": "demo.basics.sleepy",
   "hostname": "gen24209@vm",
   "timestamp": 1795529969.7045405,
   "args": "(2.0, 'busy 3')",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "1ff47d77-04ae-40e7-9556-6c1ce9953f8e",
   "parent_id": null,
   "pid": 24209,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "dadf8791-daa3-48a1-ba4b-0905e2904bdf",
   "hostname": "prefork@vm",
   "timestamp": 1795529971.6960235,
   "pid": 24089,
   "runtime": 2.0051437750000787,
   "result": "{'label': 'busy 1', 'slept': 2.0}",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "60307524-3628-4caf-801e-b0ffe68e77da",
   "hostname": "prefork@vm",
   "timestamp": 1795529971.700026,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "b3092199-7d6c-4c96-aecb-8b8d4abef7bc",
   "hostname": "prefork@vm",
   "timestamp": 1795529971.7065156,
   "pid": 24089,
   "runtime": 2.015198604000034,
   "result": "{'label': 'busy 0', 'slept': 2.0}",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "1ff47d77-04ae-40e7-9556-6c1ce9953f8e",
   "hostname": "prefork@vm",
   "timestamp": 1795529971.7120879,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "60307524-3628-4caf-801e-b0ffe68e77da",
   "hostname": "prefork@vm",
   "timestamp": 1795529973.7050915,
   "pid": 24089,
   "runtime": 2.005041517000109,
   "result": "{'label': 'busy 2', 'slept': 2.0}",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "1ff47d77-04ae-40e7-9556-6c1ce9953f8e",
   "hostname": "prefork@vm",
   "timestamp": 1795529973.718271,
   "pid": 24089,
   "runtime": 2.0057893349999176,
   "result": "{'label': 'busy 3', 'slept': 2.0}",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "engines@vm: 0 active, 0 reserved",
   "data": null,
   "timestamp": 1795529973.767454
  },
  {
   "kind": "note",
   "text": "eventlet@vm: 0 active, 0 reserved",
   "data": null,
   "timestamp": 1795529973.7674727
  },
  {
   "kind": "note",
   "text": "gevent@vm: 0 active, 0 reserved",
   "data": null,
   "timestamp": 1795529973.7674825
  },
  {
   "kind": "note",
   "text": "prefork@vm: 2 active, 1 reserved",
   "data": null,
   "timestamp": 1795529973.767509
  },
  {
   "kind": "note",
   "text": "threads@vm: 0 active, 0 reserved",
   "data": null,
   "timestamp": 1795529973.76752
  },
  {
   "kind": "summary",
   "run_id": "7991058aa8c9",
   "demo": "worker.inspect",
   "status": "succeeded",
   "result": {
    "workers": {
     "engines@vm": {
      "pool": "prefork",
      "concurrency": 2,
      "processes": [
       24167,
       24172
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
      "total": 2
     },
     "prefork@vm": {
      "pool": "prefork",
      "concurrency": 2,
      "processes": [
       24165,
       24170
      ],
      "active": [
       "demo.basics.sleepy(2.0, 'busy 1')",
       "demo.basics.sleepy(2.0, 'busy 0')"
      ],
      "reserved": 1,
      "total": 24
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
     "uuid": "b3092199-7d6c-4c96-aecb-8b8d4abef7bc",
     "state": "SUCCEEDED",
     "name": "demo.basics.sleepy",
     "hostname": "prefork@vm",
     "pid": 24089,
     "at": 1795529971.7065156,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 2.015198604000034,
     "result": "{'label': 'busy 0', 'slept': 2.0}"
    },
    {
     "uuid": "dadf8791-daa3-48a1-ba4b-0905e2904bdf",
     "state": "SUCCEEDED",
     "name": "demo.basics.sleepy",
     "hostname": "prefork@vm",
     "pool": "prefork",
     "pid": 24089,
     "at": 1795529971.6960235,
     "event": "task-succeeded",
     "runtime": 2.0051437750000787,
     "result": "{'label': 'busy 1', 'slept': 2.0}"
    },
    {
     "uuid": "60307524-3628-4caf-801e-b0ffe68e77da",
     "state": "SUCCEEDED",
     "name": "demo.basics.sleepy",
     "hostname": "prefork@vm",
     "pool": "prefork",
     "pid": 24089,
     "at": 1795529973.7050915,
     "event": "task-succeeded",
     "runtime": 2.005041517000109,
     "result": "{'label': 'busy 2', 'slept': 2.0}"
    },
    {
     "uuid": "1ff47d77-04ae-40e7-9556-6c1ce9953f8e",
     "state": "SUCCEEDED",
     "name": "demo.basics.sleepy",
     "hostname": "prefork@vm",
     "pool": "prefork",
     "pid": 24089,
     "at": 1795529973.718271,
     "event": "task-succeeded",
     "runtime": 2.0057893349999176,
     "result": "{'label': 'busy 3', 'slept': 2.0}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:54423/0",
   "started": 1795529969.6812916,
   "finished": 1795529973.7711267,
   "duration": 4.09,
   "timestamp": 1795529973.7711642
  }
 ]
};
