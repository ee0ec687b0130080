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
 "recorded": "2026-11-26T18:21:12+00:00",
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
  "snapshots": 2
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "aae2c553df41",
   "demo": "monitoring.camera",
   "title": "celery events --camera: snapshots as they are taken",
   "params": {
    "snapshots": 2
   },
   "broker": "redis://127.0.0.1:31379/0",
   "follow": "events",
   "command": "invoke demo monitoring.camera",
   "timestamp": 1795717272.5619388
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "f82f9a0b-4f3f-4406-8bbc-71e8c278bf35",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795717272.564796,
   "args": "(0, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f82f9a0b-4f3f-4406-8bbc-71e8c278bf35",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "f82f9a0b-4f3f-4406-8bbc-71e8c278bf35",
   "hostname": "prefork@vm",
   "timestamp": 1795717272.5689118,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "f82f9a0b-4f3f-4406-8bbc-71e8c278bf35",
   "hostname": "prefork@vm",
   "timestamp": 1795717272.573981,
   "pid": 16420,
   "runtime": 0.004940172999340575,
   "result": "1",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "f82f9a0b-4f3f-4406-8bbc-71e8c278bf35",
   "name": "demo.basics.add",
   "hostname": "gen21816@vm",
   "timestamp": 1795717272.5779724,
   "args": "(0, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f82f9a0b-4f3f-4406-8bbc-71e8c278bf35",
   "parent_id": null,
   "pid": 21816,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "d63ac102-d4c7-43f1-9bf2-bba2c1e1c2d5",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795717272.5848317,
   "args": "(1, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d63ac102-d4c7-43f1-9bf2-bba2c1e1c2d5",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "d63ac102-d4c7-43f1-9bf2-bba2c1e1c2d5",
   "hostname": "prefork@vm",
   "timestamp": 1795717272.5889375,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "d63ac102-d4c7-43f1-9bf2-bba2c1e1c2d5",
   "hostname": "prefork@vm",
   "timestamp": 1795717272.5940356,
   "pid": 16420,
   "runtime": 0.00490298800104938,
   "result": "2",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "d63ac102-d4c7-43f1-9bf2-bba2c1e1c2d5",
   "name": "demo.basics.add",
   "hostname": "gen21816@vm",
   "timestamp": 1795717272.5983927,
   "args": "(1, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d63ac102-d4c7-43f1-9bf2-bba2c1e1c2d5",
   "parent_id": null,
   "pid": 21816,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "d159ba02-f031-4437-887e-30a39c202bc5",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795717272.610191,
   "args": "(2, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d159ba02-f031-4437-887e-30a39c202bc5",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "d159ba02-f031-4437-887e-30a39c202bc5",
   "hostname": "prefork@vm",
   "timestamp": 1795717272.614283,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "d159ba02-f031-4437-887e-30a39c202bc5",
   "hostname": "prefork@vm",
   "timestamp": 1795717272.61911,
   "pid": 16420,
   "runtime": 0.00464840099994035,
   "result": "3",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "d159ba02-f031-4437-887e-30a39c202bc5",
   "name": "demo.basics.add",
   "hostname": "gen21816@vm",
   "timestamp": 1795717272.6225202,
   "args": "(2, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d159ba02-f031-4437-887e-30a39c202bc5",
   "parent_id": null,
   "pid": 21816,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "9ef8f5da-4cfc-430c-8476-d2684b58468b",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795717272.6387858,
   "args": "(3, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "9ef8f5da-4cfc-430c-8476-d2684b58468b",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "9ef8f5da-4cfc-430c-8476-d2684b58468b",
   "hostname": "prefork@vm",
   "timestamp": 1795717272.6425858,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "9ef8f5da-4cfc-430c-8476-d2684b58468b",
   "name": "demo.basics.add",
   "hostname": "gen21816@vm",
   "timestamp": 1795717272.664432,
   "args": "(3, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "9ef8f5da-4cfc-430c-8476-d2684b58468b",
   "parent_id": null,
   "pid": 21816,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "9ef8f5da-4cfc-430c-8476-d2684b58468b",
   "hostname": "prefork@vm",
   "timestamp": 1795717272.667931,
   "pid": 16420,
   "runtime": 0.02432602500084613,
   "result": "4",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "e826c7b9-7cec-40c9-8325-bdc932159164",
   "name": "demo.basics.add",
   "hostname": "gen21816@vm",
   "timestamp": 1795717272.6807196,
   "args": "(4, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "e826c7b9-7cec-40c9-8325-bdc932159164",
   "parent_id": null,
   "pid": 21816,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "e826c7b9-7cec-40c9-8325-bdc932159164",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795717272.6810834,
   "args": "(4, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "e826c7b9-7cec-40c9-8325-bdc932159164",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "e826c7b9-7cec-40c9-8325-bdc932159164",
   "hostname": "prefork@vm",
   "timestamp": 1795717272.6860383,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "e826c7b9-7cec-40c9-8325-bdc932159164",
   "hostname": "prefork@vm",
   "timestamp": 1795717272.691408,
   "pid": 16420,
   "runtime": 0.003808655999819166,
   "result": "5",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "snapshot: 62 events, 37 tasks {'STARTED': 21, 'PENDING': 4, 'RECEIVED': 1, 'SUCCESS': 11}",
   "data": {
    "file": "snapshot-1795717273.196.json",
    "events": 62,
    "tasks": 37,
    "states": {
     "STARTED": 21,
     "PENDING": 4,
     "RECEIVED": 1,
     "SUCCESS": 11
    },
    "workers": [
     "engines@vm",
     "eventlet@vm",
     "gevent@vm",
     "jobsite@vm",
     "prefork@vm",
     "threads@vm"
    ]
   },
   "timestamp": 1795717273.2854047
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "41151a6b-4087-4ce0-acf6-2bc62602810c",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795717273.2941978,
   "args": "(1, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "41151a6b-4087-4ce0-acf6-2bc62602810c",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "41151a6b-4087-4ce0-acf6-2bc62602810c",
   "name": "demo.basics.add",
   "hostname": "gen21816@vm",
   "timestamp": 1795717273.3053799,
   "args": "(1, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "41151a6b-4087-4ce0-acf6-2bc62602810c",
   "parent_id": null,
   "pid": 21816,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "41151a6b-4087-4ce0-acf6-2bc62602810c",
   "hostname": "prefork@vm",
   "timestamp": 1795717273.3076782,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "41151a6b-4087-4ce0-acf6-2bc62602810c",
   "hostname": "prefork@vm",
   "timestamp": 1795717273.3242388,
   "pid": 16420,
   "runtime": 0.016941493999183876,
   "result": "2",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "snapshot: 14 events, 28 tasks {'STARTED': 21, 'PENDING': 4, 'RECEIVED': 1, 'SUCCESS': 2}",
   "data": {
    "file": "snapshot-1795717275.200.json",
    "events": 14,
    "tasks": 28,
    "states": {
     "STARTED": 21,
     "PENDING": 4,
     "RECEIVED": 1,
     "SUCCESS": 2
    },
    "workers": [
     "engines@vm",
     "eventlet@vm",
     "gevent@vm",
     "jobsite@vm",
     "prefork@vm",
     "threads@vm"
    ]
   },
   "timestamp": 1795717275.4454372
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "f06c8aae-66ec-4de8-b6b4-f8dbda9791f0",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795717275.4640203,
   "args": "(2, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f06c8aae-66ec-4de8-b6b4-f8dbda9791f0",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "f06c8aae-66ec-4de8-b6b4-f8dbda9791f0",
   "name": "demo.basics.add",
   "hostname": "gen21816@vm",
   "timestamp": 1795717275.4658527,
   "args": "(2, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f06c8aae-66ec-4de8-b6b4-f8dbda9791f0",
   "parent_id": null,
   "pid": 21816,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "f06c8aae-66ec-4de8-b6b4-f8dbda9791f0",
   "hostname": "prefork@vm",
   "timestamp": 1795717275.4721246,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "f06c8aae-66ec-4de8-b6b4-f8dbda9791f0",
   "hostname": "prefork@vm",
   "timestamp": 1795717275.4816124,
   "pid": 16420,
   "runtime": 0.009202610999636818,
   "result": "3",
   "pool": "prefork"
  },
  {
   "kind": "summary",
   "run_id": "aae2c553df41",
   "demo": "monitoring.camera",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "table",
     "facts": [
      {
       "label": "workers",
       "value": "engines@vm, eventlet@vm, gevent@vm, jobsite@vm, prefork@vm, threads@vm"
      }
     ],
     "columns": [
      "snapshot",
      "events",
      "tasks",
      "states"
     ],
     "rows": [
      [
       "snapshot-1795717273.196.json",
       62,
       37,
       "4 PENDING, 1 RECEIVED, 21 STARTED, 11 SUCCESS"
      ],
      [
       "snapshot-1795717275.200.json",
       14,
       28,
       "4 PENDING, 1 RECEIVED, 21 STARTED, 2 SUCCESS"
      ]
     ]
    },
    "snapshots": [
     {
      "file": "snapshot-1795717273.196.json",
      "events": 62,
      "tasks": 37,
      "states": {
       "STARTED": 21,
       "PENDING": 4,
       "RECEIVED": 1,
       "SUCCESS": 11
      },
      "workers": [
       "engines@vm",
       "eventlet@vm",
       "gevent@vm",
       "jobsite@vm",
       "prefork@vm",
       "threads@vm"
      ]
     },
     {
      "file": "snapshot-1795717275.200.json",
      "events": 14,
      "tasks": 28,
      "states": {
       "STARTED": 21,
       "PENDING": 4,
       "RECEIVED": 1,
       "SUCCESS": 2
      },
      "workers": [
       "engines@vm",
       "eventlet@vm",
       "gevent@vm",
       "jobsite@vm",
       "prefork@vm",
       "threads@vm"
      ]
     }
    ]
   },
   "error": null,
   "tasks": [
    {
     "uuid": "f82f9a0b-4f3f-4406-8bbc-71e8c278bf35",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "gen21816@vm",
     "pool": "prefork",
     "at": 1795717272.573981,
     "event": "task-succeeded",
     "runtime": 0.004940172999340575,
     "result": "1"
    },
    {
     "uuid": "d63ac102-d4c7-43f1-9bf2-bba2c1e1c2d5",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "gen21816@vm",
     "pool": "prefork",
     "at": 1795717272.5940356,
     "event": "task-succeeded",
     "runtime": 0.00490298800104938,
     "result": "2"
    },
    {
     "uuid": "d159ba02-f031-4437-887e-30a39c202bc5",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "gen21816@vm",
     "pool": "prefork",
     "at": 1795717272.61911,
     "event": "task-succeeded",
     "runtime": 0.00464840099994035,
     "result": "3"
    },
    {
     "uuid": "9ef8f5da-4cfc-430c-8476-d2684b58468b",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "pool": "prefork",
     "at": 1795717272.667931,
     "event": "task-succeeded",
     "runtime": 0.02432602500084613,
     "result": "4"
    },
    {
     "uuid": "e826c7b9-7cec-40c9-8325-bdc932159164",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "at": 1795717272.691408,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.003808655999819166,
     "result": "5"
    },
    {
     "uuid": "41151a6b-4087-4ce0-acf6-2bc62602810c",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "pool": "prefork",
     "at": 1795717273.3242388,
     "event": "task-succeeded",
     "runtime": 0.016941493999183876,
     "result": "2"
    },
    {
     "uuid": "f06c8aae-66ec-4de8-b6b4-f8dbda9791f0",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "pool": "prefork",
     "at": 1795717275.4816124,
     "event": "task-succeeded",
     "runtime": 0.009202610999636818,
     "result": "3"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:31379/0",
   "started": 1795717272.5619388,
   "finished": 1795717275.8041477,
   "duration": 3.242,
   "timestamp": 1795717275.8041995
  }
 ]
};
