/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["monitoring.camera"] = {
 "id": "monitoring.camera",
 "title": "celery events --camera: snapshots as they are taken",
 "scenario": {
  "id": "monitoring.camera",
  "title": "celery events --camera: snapshots as they are taken",
  "slide": "Ecosystem / Monitoring",
  "description": "The stack runs ``celery events --camera demo.monitoring.Camera --frequency 2``;\n    each shutter writes a JSON snapshot. Sends work, then shows the next snapshots.",
  "command": "invoke demo monitoring.camera",
  "timeout": 60,
  "params": [
   {
    "name": "snapshots",
    "type": "integer",
    "default": 2,
    "min": 1,
    "max": 10,
    "choices": null,
    "limits": "between 1 and 10",
    "help": "snapshots to wait for"
   }
  ]
 },
 "recorded": "2026-11-24T14:35:53+00:00",
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
  "snapshots": 2
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "a173c07bc6d2",
   "demo": "monitoring.camera",
   "title": "celery events --camera: snapshots as they are taken",
   "params": {
    "snapshots": 2
   },
   "broker": "redis://127.0.0.1:54423/0",
   "follow": "events",
   "command": "invoke demo monitoring.camera",
   "timestamp": 1795530953.8331468
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "44bf8176-a589-4d4f-b17a-ba7a0da88ec9",
   "name": "demo.basics.add",
   "hostname": "gen7196@vm",
   "timestamp": 1795530953.8346674,
   "args": "(0, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "44bf8176-a589-4d4f-b17a-ba7a0da88ec9",
   "parent_id": null,
   "pid": 7196,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "3d141226-ca7e-4008-bb00-2a7eb707efb8",
   "name": "demo.basics.add",
   "hostname": "gen7196@vm",
   "timestamp": 1795530953.836679,
   "args": "(1, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "3d141226-ca7e-4008-bb00-2a7eb707efb8",
   "parent_id": null,
   "pid": 7196,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "44bf8176-a589-4d4f-b17a-ba7a0da88ec9",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795530953.8390808,
   "args": "(0, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "44bf8176-a589-4d4f-b17a-ba7a0da88ec9",
   "parent_id": null,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "b0292538-9a63-4f8f-abbd-d9d29aad663b",
   "name": "demo.basics.add",
   "hostname": "gen7196@vm",
   "timestamp": 1795530953.8403363,
   "args": "(2, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "b0292538-9a63-4f8f-abbd-d9d29aad663b",
   "parent_id": null,
   "pid": 7196,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "9ddc6664-d531-40b8-a88e-cc402efb9bc1",
   "name": "demo.basics.add",
   "hostname": "gen7196@vm",
   "timestamp": 1795530953.8425758,
   "args": "(3, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "9ddc6664-d531-40b8-a88e-cc402efb9bc1",
   "parent_id": null,
   "pid": 7196,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "a742391a-1a54-428a-9b59-de73f79e22b6",
   "name": "demo.basics.add",
   "hostname": "gen7196@vm",
   "timestamp": 1795530953.8447616,
   "args": "(4, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "a742391a-1a54-428a-9b59-de73f79e22b6",
   "parent_id": null,
   "pid": 7196,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "3d141226-ca7e-4008-bb00-2a7eb707efb8",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795530953.8467498,
   "args": "(1, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "3d141226-ca7e-4008-bb00-2a7eb707efb8",
   "parent_id": null,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "44bf8176-a589-4d4f-b17a-ba7a0da88ec9",
   "hostname": "prefork@vm",
   "timestamp": 1795530953.847033,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "b0292538-9a63-4f8f-abbd-d9d29aad663b",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795530953.8515186,
   "args": "(2, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "b0292538-9a63-4f8f-abbd-d9d29aad663b",
   "parent_id": null,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "44bf8176-a589-4d4f-b17a-ba7a0da88ec9",
   "hostname": "prefork@vm",
   "timestamp": 1795530953.8517616,
   "pid": 6809,
   "runtime": 0.006868082999972103,
   "result": "1",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "3d141226-ca7e-4008-bb00-2a7eb707efb8",
   "hostname": "prefork@vm",
   "timestamp": 1795530953.8531532,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "b0292538-9a63-4f8f-abbd-d9d29aad663b",
   "hostname": "prefork@vm",
   "timestamp": 1795530953.8531957,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "9ddc6664-d531-40b8-a88e-cc402efb9bc1",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795530953.856858,
   "args": "(3, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "9ddc6664-d531-40b8-a88e-cc402efb9bc1",
   "parent_id": null,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "3d141226-ca7e-4008-bb00-2a7eb707efb8",
   "hostname": "prefork@vm",
   "timestamp": 1795530953.8583353,
   "pid": 6809,
   "runtime": 0.003741094999895722,
   "result": "2",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "b0292538-9a63-4f8f-abbd-d9d29aad663b",
   "hostname": "prefork@vm",
   "timestamp": 1795530953.85841,
   "pid": 6809,
   "runtime": 0.004041356000016094,
   "result": "3",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "a742391a-1a54-428a-9b59-de73f79e22b6",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795530953.8600276,
   "args": "(4, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "a742391a-1a54-428a-9b59-de73f79e22b6",
   "parent_id": null,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "a742391a-1a54-428a-9b59-de73f79e22b6",
   "hostname": "prefork@vm",
   "timestamp": 1795530953.8613632,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "9ddc6664-d531-40b8-a88e-cc402efb9bc1",
   "hostname": "prefork@vm",
   "timestamp": 1795530953.8614063,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "9ddc6664-d531-40b8-a88e-cc402efb9bc1",
   "hostname": "prefork@vm",
   "timestamp": 1795530953.8641841,
   "pid": 6809,
   "runtime": 0.003029727000011917,
   "result": "4",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "a742391a-1a54-428a-9b59-de73f79e22b6",
   "hostname": "prefork@vm",
   "timestamp": 1795530953.8650107,
   "pid": 6809,
   "runtime": 0.002811007999753201,
   "result": "5",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "snapshot: 29 events, 6 tasks {'SUCCESS': 6}",
   "data": {
    "file": "snapshot-1795530955.823.json",
    "events": 29,
    "tasks": 6,
    "states": {
     "SUCCESS": 6
    },
    "workers": [
     "engines@vm",
     "eventlet@vm",
     "gevent@vm",
     "prefork@vm",
     "threads@vm"
    ]
   },
   "timestamp": 1795530955.9571056
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "db3477cf-1400-4503-a51b-4b9c77b56fb4",
   "name": "demo.basics.add",
   "hostname": "gen7196@vm",
   "timestamp": 1795530955.9588673,
   "args": "(1, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "db3477cf-1400-4503-a51b-4b9c77b56fb4",
   "parent_id": null,
   "pid": 7196,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "db3477cf-1400-4503-a51b-4b9c77b56fb4",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795530955.960456,
   "args": "(1, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "db3477cf-1400-4503-a51b-4b9c77b56fb4",
   "parent_id": null,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "db3477cf-1400-4503-a51b-4b9c77b56fb4",
   "hostname": "prefork@vm",
   "timestamp": 1795530955.9623382,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "db3477cf-1400-4503-a51b-4b9c77b56fb4",
   "hostname": "prefork@vm",
   "timestamp": 1795530955.9666958,
   "pid": 6809,
   "runtime": 0.003816686999925878,
   "result": "2",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "snapshot: 13 events, 2 tasks {'SUCCESS': 2}",
   "data": {
    "file": "snapshot-1795530957.825.json",
    "events": 13,
    "tasks": 2,
    "states": {
     "SUCCESS": 2
    },
    "workers": [
     "engines@vm",
     "eventlet@vm",
     "gevent@vm",
     "prefork@vm",
     "threads@vm"
    ]
   },
   "timestamp": 1795530957.846481
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "56cc82b2-2aaa-45a7-b344-3e63383d6c79",
   "name": "demo.basics.add",
   "hostname": "gen7196@vm",
   "timestamp": 1795530957.8487666,
   "args": "(2, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "56cc82b2-2aaa-45a7-b344-3e63383d6c79",
   "parent_id": null,
   "pid": 7196,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "56cc82b2-2aaa-45a7-b344-3e63383d6c79",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795530957.8506367,
   "args": "(2, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "56cc82b2-2aaa-45a7-b344-3e63383d6c79",
   "parent_id": null,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "56cc82b2-2aaa-45a7-b344-3e63383d6c79",
   "hostname": "prefork@vm",
   "timestamp": 1795530957.8553746,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "56cc82b2-2aaa-45a7-b344-3e63383d6c79",
   "hostname": "prefork@vm",
   "timestamp": 1795530957.8614948,
   "pid": 6809,
   "runtime": 0.007105517000127293,
   "result": "3",
   "pool": "prefork"
  },
  {
   "kind": "summary",
   "run_id": "a173c07bc6d2",
   "demo": "monitoring.camera",
   "status": "succeeded",
   "result": {
    "snapshots": [
     {
      "file": "snapshot-1795530955.823.json",
      "events": 29,
      "tasks": 6,
      "states": {
       "SUCCESS": 6
      },
      "workers": [
       "engines@vm",
       "eventlet@vm",
       "gevent@vm",
       "prefork@vm",
       "threads@vm"
      ]
     },
     {
      "file": "snapshot-1795530957.825.json",
      "events": 13,
      "tasks": 2,
      "states": {
       "SUCCESS": 2
      },
      "workers": [
       "engines@vm",
       "eventlet@vm",
       "gevent@vm",
       "prefork@vm",
       "threads@vm"
      ]
     }
    ]
   },
   "error": null,
   "tasks": [
    {
     "uuid": "44bf8176-a589-4d4f-b17a-ba7a0da88ec9",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "pid": 6809,
     "at": 1795530953.8517616,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.006868082999972103,
     "result": "1"
    },
    {
     "uuid": "3d141226-ca7e-4008-bb00-2a7eb707efb8",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "pid": 6809,
     "at": 1795530953.8583353,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.003741094999895722,
     "result": "2"
    },
    {
     "uuid": "b0292538-9a63-4f8f-abbd-d9d29aad663b",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "pid": 6809,
     "at": 1795530953.85841,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.004041356000016094,
     "result": "3"
    },
    {
     "uuid": "9ddc6664-d531-40b8-a88e-cc402efb9bc1",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "pid": 6809,
     "at": 1795530953.8641841,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.003029727000011917,
     "result": "4"
    },
    {
     "uuid": "a742391a-1a54-428a-9b59-de73f79e22b6",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "pid": 6809,
     "at": 1795530953.8650107,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.002811007999753201,
     "result": "5"
    },
    {
     "uuid": "db3477cf-1400-4503-a51b-4b9c77b56fb4",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "pid": 6809,
     "at": 1795530955.9666958,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.003816686999925878,
     "result": "2"
    },
    {
     "uuid": "56cc82b2-2aaa-45a7-b344-3e63383d6c79",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "pid": 6809,
     "at": 1795530957.8614948,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.007105517000127293,
     "result": "3"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:54423/0",
   "started": 1795530953.8331468,
   "finished": 1795530958.1575572,
   "duration": 4.324,
   "timestamp": 1795530958.1576452
  }
 ]
};
