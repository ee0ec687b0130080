/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["monitoring.flower"] = {
 "id": "monitoring.flower",
 "title": "Flower: the cluster as Flower sees it",
 "scenario": {
  "id": "monitoring.flower",
  "title": "Flower: the cluster as Flower sees it",
  "slide": "Ecosystem / Flower",
  "description": "Sends a few tasks, then asks Flower's API (with the stack's credentials, kept\n    server-side) which workers it knows and what it saw of those tasks.",
  "command": "invoke demo monitoring.flower",
  "timeout": 60.0,
  "params": [
   {
    "name": "tasks",
    "type": "integer",
    "default": 5,
    "min": 1,
    "max": 50,
    "choices": null,
    "limits": "between 1 and 50",
    "help": "add() tasks to send first"
   }
  ]
 },
 "recorded": "2026-11-26T19:04:10+00:00",
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
  "tasks": 5
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "9dadf3cc7ad6",
   "demo": "monitoring.flower",
   "title": "Flower: the cluster as Flower sees it",
   "params": {
    "tasks": 5
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo monitoring.flower",
   "timestamp": 1795719850.92315
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "0d3d562d-f184-407b-b0b6-4326290e82a6",
   "name": "demo.basics.add",
   "hostname": "gen364@vm",
   "timestamp": 1795719850.924755,
   "args": "(0, 0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "0d3d562d-f184-407b-b0b6-4326290e82a6",
   "parent_id": null,
   "pid": 364,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "0d3d562d-f184-407b-b0b6-4326290e82a6",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795719850.9263158,
   "args": "(0, 0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "0d3d562d-f184-407b-b0b6-4326290e82a6",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "2f907f31-08ec-4958-91d7-bcd80e2536cd",
   "name": "demo.basics.add",
   "hostname": "gen364@vm",
   "timestamp": 1795719850.9281585,
   "args": "(1, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "2f907f31-08ec-4958-91d7-bcd80e2536cd",
   "parent_id": null,
   "pid": 364,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "2f907f31-08ec-4958-91d7-bcd80e2536cd",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795719850.9286368,
   "args": "(1, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "2f907f31-08ec-4958-91d7-bcd80e2536cd",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "0d3d562d-f184-407b-b0b6-4326290e82a6",
   "hostname": "prefork@vm",
   "timestamp": 1795719850.9305122,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "2f907f31-08ec-4958-91d7-bcd80e2536cd",
   "hostname": "prefork@vm",
   "timestamp": 1795719850.9305499,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "97525f6a-4e13-4d3c-bb40-c92de54b83da",
   "name": "demo.basics.add",
   "hostname": "gen364@vm",
   "timestamp": 1795719850.931885,
   "args": "(2, 2)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "97525f6a-4e13-4d3c-bb40-c92de54b83da",
   "parent_id": null,
   "pid": 364,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "0d3d562d-f184-407b-b0b6-4326290e82a6",
   "hostname": "prefork@vm",
   "timestamp": 1795719850.9344766,
   "pid": 32763,
   "runtime": 0.004746095000882633,
   "result": "0",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "e71e85f8-7e5a-4be4-9238-422587f971d0",
   "name": "demo.basics.add",
   "hostname": "gen364@vm",
   "timestamp": 1795719850.9354749,
   "args": "(3, 3)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "e71e85f8-7e5a-4be4-9238-422587f971d0",
   "parent_id": null,
   "pid": 364,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "97525f6a-4e13-4d3c-bb40-c92de54b83da",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795719850.936959,
   "args": "(2, 2)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "97525f6a-4e13-4d3c-bb40-c92de54b83da",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "25463338-166c-4df8-8e44-0151b0fdff62",
   "name": "demo.basics.add",
   "hostname": "gen364@vm",
   "timestamp": 1795719850.9374812,
   "args": "(4, 4)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "25463338-166c-4df8-8e44-0151b0fdff62",
   "parent_id": null,
   "pid": 364,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "2f907f31-08ec-4958-91d7-bcd80e2536cd",
   "hostname": "prefork@vm",
   "timestamp": 1795719850.938649,
   "pid": 32763,
   "runtime": 0.00701243500043347,
   "result": "2",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "e71e85f8-7e5a-4be4-9238-422587f971d0",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795719850.941417,
   "args": "(3, 3)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "e71e85f8-7e5a-4be4-9238-422587f971d0",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "97525f6a-4e13-4d3c-bb40-c92de54b83da",
   "hostname": "prefork@vm",
   "timestamp": 1795719850.9420533,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "97525f6a-4e13-4d3c-bb40-c92de54b83da",
   "hostname": "prefork@vm",
   "timestamp": 1795719850.944503,
   "pid": 32763,
   "runtime": 0.002080494001347688,
   "result": "4",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "e71e85f8-7e5a-4be4-9238-422587f971d0",
   "hostname": "prefork@vm",
   "timestamp": 1795719850.9445915,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "25463338-166c-4df8-8e44-0151b0fdff62",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795719850.9458716,
   "args": "(4, 4)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "25463338-166c-4df8-8e44-0151b0fdff62",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "e71e85f8-7e5a-4be4-9238-422587f971d0",
   "hostname": "prefork@vm",
   "timestamp": 1795719850.947118,
   "pid": 32763,
   "runtime": 0.0029735480002273107,
   "result": "6",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "25463338-166c-4df8-8e44-0151b0fdff62",
   "hostname": "prefork@vm",
   "timestamp": 1795719850.947922,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "Flower at http://127.0.0.1:25555/ (user brownbag; password: invoke status)",
   "data": null,
   "timestamp": 1795719850.9503767
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "25463338-166c-4df8-8e44-0151b0fdff62",
   "hostname": "prefork@vm",
   "timestamp": 1795719850.9504354,
   "pid": 32763,
   "runtime": 0.0024350799994863337,
   "result": "8",
   "pool": "prefork"
  },
  {
   "kind": "summary",
   "run_id": "9dadf3cc7ad6",
   "demo": "monitoring.flower",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "facts",
     "facts": [
      {
       "label": "Flower",
       "value": "http://127.0.0.1:25555/",
       "href": "http://127.0.0.1:25555/"
      },
      {
       "label": "workers it knows",
       "value": "engines@vm, eventlet@vm, gevent@vm, jobsite@vm, prefork@vm, threads@vm"
      },
      {
       "label": "our tasks it saw",
       "value": "5 of 5",
       "tone": "good"
      }
     ]
    },
    "url": "http://127.0.0.1:25555/",
    "workers": [
     "engines@vm",
     "eventlet@vm",
     "gevent@vm",
     "jobsite@vm",
     "prefork@vm",
     "threads@vm"
    ],
    "tasks seen by Flower": 5,
    "tasks sent": 5
   },
   "error": null,
   "tasks": [
    {
     "uuid": "0d3d562d-f184-407b-b0b6-4326290e82a6",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "at": 1795719850.9344766,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.004746095000882633,
     "result": "0"
    },
    {
     "uuid": "2f907f31-08ec-4958-91d7-bcd80e2536cd",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "at": 1795719850.938649,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.00701243500043347,
     "result": "2"
    },
    {
     "uuid": "97525f6a-4e13-4d3c-bb40-c92de54b83da",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "at": 1795719850.944503,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.002080494001347688,
     "result": "4"
    },
    {
     "uuid": "e71e85f8-7e5a-4be4-9238-422587f971d0",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "at": 1795719850.947118,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.0029735480002273107,
     "result": "6"
    },
    {
     "uuid": "25463338-166c-4df8-8e44-0151b0fdff62",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "at": 1795719850.9504354,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.0024350799994863337,
     "result": "8"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795719850.92315,
   "finished": 1795719852.52054,
   "duration": 1.597,
   "timestamp": 1795719852.5205653
  }
 ]
};
