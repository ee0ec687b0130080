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
 "recorded": "2026-11-26T19:04:12+00:00",
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
  "snapshots": 2
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "d862f81a0013",
   "demo": "monitoring.camera",
   "title": "celery events --camera: snapshots as they are taken",
   "params": {
    "snapshots": 2
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo monitoring.camera",
   "timestamp": 1795719852.729951
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "7f5319d1-3005-403b-9641-70129336405b",
   "name": "demo.basics.add",
   "hostname": "gen364@vm",
   "timestamp": 1795719852.731552,
   "args": "(0, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "7f5319d1-3005-403b-9641-70129336405b",
   "parent_id": null,
   "pid": 364,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "7f5319d1-3005-403b-9641-70129336405b",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795719852.733824,
   "args": "(0, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "7f5319d1-3005-403b-9641-70129336405b",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "f820a848-24c8-4ae6-a54c-c7c1aff25440",
   "name": "demo.basics.add",
   "hostname": "gen364@vm",
   "timestamp": 1795719852.7360358,
   "args": "(1, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f820a848-24c8-4ae6-a54c-c7c1aff25440",
   "parent_id": null,
   "pid": 364,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "f820a848-24c8-4ae6-a54c-c7c1aff25440",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795719852.7377284,
   "args": "(1, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f820a848-24c8-4ae6-a54c-c7c1aff25440",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "95b9c142-e441-4078-b18d-5f178512eb5a",
   "name": "demo.basics.add",
   "hostname": "gen364@vm",
   "timestamp": 1795719852.7399747,
   "args": "(2, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "95b9c142-e441-4078-b18d-5f178512eb5a",
   "parent_id": null,
   "pid": 364,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "7f5319d1-3005-403b-9641-70129336405b",
   "hostname": "prefork@vm",
   "timestamp": 1795719852.7398336,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "afbeb31a-6415-4efe-951a-5d60fcd7f3fe",
   "name": "demo.basics.add",
   "hostname": "gen364@vm",
   "timestamp": 1795719852.7434936,
   "args": "(3, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "afbeb31a-6415-4efe-951a-5d60fcd7f3fe",
   "parent_id": null,
   "pid": 364,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "7f5319d1-3005-403b-9641-70129336405b",
   "hostname": "prefork@vm",
   "timestamp": 1795719852.7429547,
   "pid": 32763,
   "runtime": 0.0037774289994558785,
   "result": "1",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "f820a848-24c8-4ae6-a54c-c7c1aff25440",
   "hostname": "prefork@vm",
   "timestamp": 1795719852.7438495,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "f820a848-24c8-4ae6-a54c-c7c1aff25440",
   "hostname": "prefork@vm",
   "timestamp": 1795719852.7464256,
   "pid": 32763,
   "runtime": 0.004057174999616109,
   "result": "2",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "95b9c142-e441-4078-b18d-5f178512eb5a",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795719852.7472208,
   "args": "(2, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "95b9c142-e441-4078-b18d-5f178512eb5a",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "663f8b8c-203a-4d13-8388-667fd89063f1",
   "name": "demo.basics.add",
   "hostname": "gen364@vm",
   "timestamp": 1795719852.7474875,
   "args": "(4, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "663f8b8c-203a-4d13-8388-667fd89063f1",
   "parent_id": null,
   "pid": 364,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "afbeb31a-6415-4efe-951a-5d60fcd7f3fe",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795719852.750292,
   "args": "(3, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "afbeb31a-6415-4efe-951a-5d60fcd7f3fe",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "95b9c142-e441-4078-b18d-5f178512eb5a",
   "hostname": "prefork@vm",
   "timestamp": 1795719852.7504249,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "663f8b8c-203a-4d13-8388-667fd89063f1",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795719852.7532601,
   "args": "(4, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "663f8b8c-203a-4d13-8388-667fd89063f1",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "95b9c142-e441-4078-b18d-5f178512eb5a",
   "hostname": "prefork@vm",
   "timestamp": 1795719852.7533565,
   "pid": 32763,
   "runtime": 0.0037324530003388645,
   "result": "3",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "afbeb31a-6415-4efe-951a-5d60fcd7f3fe",
   "hostname": "prefork@vm",
   "timestamp": 1795719852.7549248,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "663f8b8c-203a-4d13-8388-667fd89063f1",
   "hostname": "prefork@vm",
   "timestamp": 1795719852.7549655,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "afbeb31a-6415-4efe-951a-5d60fcd7f3fe",
   "hostname": "prefork@vm",
   "timestamp": 1795719852.7574747,
   "pid": 32763,
   "runtime": 0.0020911799983878154,
   "result": "4",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "663f8b8c-203a-4d13-8388-667fd89063f1",
   "hostname": "prefork@vm",
   "timestamp": 1795719852.7575355,
   "pid": 32763,
   "runtime": 0.0024222299998655217,
   "result": "5",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "snapshot: 32 events, 6 tasks {'CANCELLED': 1, 'SUCCESS': 5}",
   "data": {
    "file": "snapshot-1795719853.111.json",
    "events": 32,
    "tasks": 6,
    "states": {
     "CANCELLED": 1,
     "SUCCESS": 5
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
   "timestamp": 1795719853.3546114
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "9a8a506e-4e2f-4ea2-83f8-ad450b1ca9be",
   "name": "demo.basics.add",
   "hostname": "gen364@vm",
   "timestamp": 1795719853.3560522,
   "args": "(1, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "9a8a506e-4e2f-4ea2-83f8-ad450b1ca9be",
   "parent_id": null,
   "pid": 364,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "9a8a506e-4e2f-4ea2-83f8-ad450b1ca9be",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795719853.358735,
   "args": "(1, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "9a8a506e-4e2f-4ea2-83f8-ad450b1ca9be",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "9a8a506e-4e2f-4ea2-83f8-ad450b1ca9be",
   "hostname": "prefork@vm",
   "timestamp": 1795719853.3610516,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "9a8a506e-4e2f-4ea2-83f8-ad450b1ca9be",
   "hostname": "prefork@vm",
   "timestamp": 1795719853.3638446,
   "pid": 32763,
   "runtime": 0.002740912999797729,
   "result": "2",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "snapshot: 14 events, 3 tasks {'CANCELLED': 1, 'SUCCESS': 2}",
   "data": {
    "file": "snapshot-1795719855.113.json",
    "events": 14,
    "tasks": 3,
    "states": {
     "CANCELLED": 1,
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
   "timestamp": 1795719855.1627762
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "b42962d0-a5c3-4546-8d3f-746f889262a9",
   "name": "demo.basics.add",
   "hostname": "gen364@vm",
   "timestamp": 1795719855.1645496,
   "args": "(2, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "b42962d0-a5c3-4546-8d3f-746f889262a9",
   "parent_id": null,
   "pid": 364,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "b42962d0-a5c3-4546-8d3f-746f889262a9",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795719855.1673942,
   "args": "(2, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "b42962d0-a5c3-4546-8d3f-746f889262a9",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "b42962d0-a5c3-4546-8d3f-746f889262a9",
   "hostname": "prefork@vm",
   "timestamp": 1795719855.1693888,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "b42962d0-a5c3-4546-8d3f-746f889262a9",
   "hostname": "prefork@vm",
   "timestamp": 1795719855.1719801,
   "pid": 32763,
   "runtime": 0.0022072219999245135,
   "result": "3",
   "pool": "prefork"
  },
  {
   "kind": "summary",
   "run_id": "d862f81a0013",
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
       "snapshot-1795719853.111.json",
       32,
       6,
       "1 CANCELLED, 5 SUCCESS"
      ],
      [
       "snapshot-1795719855.113.json",
       14,
       3,
       "1 CANCELLED, 2 SUCCESS"
      ]
     ]
    },
    "snapshots": [
     {
      "file": "snapshot-1795719853.111.json",
      "events": 32,
      "tasks": 6,
      "states": {
       "CANCELLED": 1,
       "SUCCESS": 5
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
      "file": "snapshot-1795719855.113.json",
      "events": 14,
      "tasks": 3,
      "states": {
       "CANCELLED": 1,
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
     "uuid": "7f5319d1-3005-403b-9641-70129336405b",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "at": 1795719852.7429547,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.0037774289994558785,
     "result": "1"
    },
    {
     "uuid": "f820a848-24c8-4ae6-a54c-c7c1aff25440",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "at": 1795719852.7464256,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.004057174999616109,
     "result": "2"
    },
    {
     "uuid": "95b9c142-e441-4078-b18d-5f178512eb5a",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "at": 1795719852.7533565,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.0037324530003388645,
     "result": "3"
    },
    {
     "uuid": "afbeb31a-6415-4efe-951a-5d60fcd7f3fe",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "at": 1795719852.7574747,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.0020911799983878154,
     "result": "4"
    },
    {
     "uuid": "663f8b8c-203a-4d13-8388-667fd89063f1",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "at": 1795719852.7575355,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.0024222299998655217,
     "result": "5"
    },
    {
     "uuid": "9a8a506e-4e2f-4ea2-83f8-ad450b1ca9be",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "at": 1795719853.3638446,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.002740912999797729,
     "result": "2"
    },
    {
     "uuid": "b42962d0-a5c3-4546-8d3f-746f889262a9",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "at": 1795719855.1719801,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.0022072219999245135,
     "result": "3"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795719852.729951,
   "finished": 1795719855.4691727,
   "duration": 2.739,
   "timestamp": 1795719855.4692082
  }
 ]
};
