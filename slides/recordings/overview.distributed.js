/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["overview.distributed"] = {
 "id": "overview.distributed",
 "title": "Distributed: any worker that reaches the broker runs tasks",
 "scenario": {
  "id": "overview.distributed",
  "title": "Distributed: any worker that reaches the broker runs tasks",
  "slide": "Overview / Goal",
  "description": "whoami() sent to the queue of every worker that answers: each replies with its\n    hostname, pool and process id.",
  "command": "invoke demo overview.distributed",
  "timeout": 60.0,
  "params": [
   {
    "name": "per_pool",
    "type": "integer",
    "default": 2,
    "min": 1,
    "max": 10,
    "choices": null,
    "limits": "between 1 and 10",
    "help": "tasks sent to each worker's queue"
   }
  ]
 },
 "recorded": "2026-11-26T19:01:56+00:00",
 "broker": "redis://127.0.0.1:26379/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [
  "eventlet",
  "gevent",
  "prefork",
  "threads"
 ],
 "host": "vm",
 "celery": "5.7.0",
 "python": "3.11.7",
 "params": {
  "per_pool": 2
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "5c94da895757",
   "demo": "overview.distributed",
   "title": "Distributed: any worker that reaches the broker runs tasks",
   "params": {
    "per_pool": 2
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo overview.distributed",
   "timestamp": 1795719716.8117433
  },
  {
   "kind": "note",
   "text": "workers answering: prefork, gevent, eventlet, threads",
   "data": null,
   "timestamp": 1795719716.8200905
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "ed6f9b4f-3e9f-48d5-8e48-f80754181258",
   "name": "demo.concurrency.whoami",
   "hostname": "gen364@vm",
   "timestamp": 1795719716.8214004,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "ed6f9b4f-3e9f-48d5-8e48-f80754181258",
   "parent_id": null,
   "pid": 364,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "ed6f9b4f-3e9f-48d5-8e48-f80754181258",
   "name": "demo.concurrency.whoami",
   "hostname": "prefork@vm",
   "timestamp": 1795719716.8240318,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "ed6f9b4f-3e9f-48d5-8e48-f80754181258",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "a32506b1-4b6e-4d0f-87f2-48427465c6af",
   "name": "demo.concurrency.whoami",
   "hostname": "gen364@vm",
   "timestamp": 1795719716.8253698,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "a32506b1-4b6e-4d0f-87f2-48427465c6af",
   "parent_id": null,
   "pid": 364,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "a32506b1-4b6e-4d0f-87f2-48427465c6af",
   "name": "demo.concurrency.whoami",
   "hostname": "prefork@vm",
   "timestamp": 1795719716.8278024,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "a32506b1-4b6e-4d0f-87f2-48427465c6af",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "bb5b7e8d-a27a-4a74-8163-c99be2388868",
   "name": "demo.concurrency.whoami",
   "hostname": "gen364@vm",
   "timestamp": 1795719716.8295667,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "bb5b7e8d-a27a-4a74-8163-c99be2388868",
   "parent_id": null,
   "pid": 364,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "ccb2ea21-22ef-4b98-9c9c-d5dcf3f9af09",
   "name": "demo.concurrency.whoami",
   "hostname": "gen364@vm",
   "timestamp": 1795719716.832305,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "ccb2ea21-22ef-4b98-9c9c-d5dcf3f9af09",
   "parent_id": null,
   "pid": 364,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "ed6f9b4f-3e9f-48d5-8e48-f80754181258",
   "hostname": "prefork@vm",
   "timestamp": 1795719716.8303103,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "a32506b1-4b6e-4d0f-87f2-48427465c6af",
   "hostname": "prefork@vm",
   "timestamp": 1795719716.830342,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "bb5b7e8d-a27a-4a74-8163-c99be2388868",
   "name": "demo.concurrency.whoami",
   "hostname": "gevent@vm",
   "timestamp": 1795719716.8325582,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "bb5b7e8d-a27a-4a74-8163-c99be2388868",
   "parent_id": null,
   "pid": 32764,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "70be4928-3e75-4d7c-98d0-f2565d18b4d0",
   "name": "demo.concurrency.whoami",
   "hostname": "gen364@vm",
   "timestamp": 1795719716.8379712,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "70be4928-3e75-4d7c-98d0-f2565d18b4d0",
   "parent_id": null,
   "pid": 364,
   "queue": "eventlet",
   "routing_key": "eventlet",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "bb5b7e8d-a27a-4a74-8163-c99be2388868",
   "hostname": "gevent@vm",
   "timestamp": 1795719716.8397162,
   "pid": 32764,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "aefe20f5-46e6-4146-8ec4-035ed6b0bf5e",
   "name": "demo.concurrency.whoami",
   "hostname": "gen364@vm",
   "timestamp": 1795719716.8409226,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "aefe20f5-46e6-4146-8ec4-035ed6b0bf5e",
   "parent_id": null,
   "pid": 364,
   "queue": "eventlet",
   "routing_key": "eventlet",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "ed6f9b4f-3e9f-48d5-8e48-f80754181258",
   "hostname": "prefork@vm",
   "timestamp": 1795719716.8371985,
   "pid": 32763,
   "runtime": 0.006276975000218954,
   "result": "{'hostname': 'prefork@vm', 'pool': 'prefork', 'pid': 329}",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "a32506b1-4b6e-4d0f-87f2-48427465c6af",
   "hostname": "prefork@vm",
   "timestamp": 1795719716.8373034,
   "pid": 32763,
   "runtime": 0.005589406000581221,
   "result": "{'hostname': 'prefork@vm', 'pool': 'prefork', 'pid': 325}",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "70be4928-3e75-4d7c-98d0-f2565d18b4d0",
   "name": "demo.concurrency.whoami",
   "hostname": "eventlet@vm",
   "timestamp": 1795719716.8448796,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "70be4928-3e75-4d7c-98d0-f2565d18b4d0",
   "parent_id": null,
   "pid": 32765,
   "pool": "eventlet"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "ccb2ea21-22ef-4b98-9c9c-d5dcf3f9af09",
   "name": "demo.concurrency.whoami",
   "hostname": "gevent@vm",
   "timestamp": 1795719716.845758,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "ccb2ea21-22ef-4b98-9c9c-d5dcf3f9af09",
   "parent_id": null,
   "pid": 32764,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "dfa3b41f-5b4a-43ce-80a1-d342dc8fc6e3",
   "name": "demo.concurrency.whoami",
   "hostname": "gen364@vm",
   "timestamp": 1795719716.846886,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "dfa3b41f-5b4a-43ce-80a1-d342dc8fc6e3",
   "parent_id": null,
   "pid": 364,
   "queue": "threads",
   "routing_key": "threads",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "28c51850-b64e-481c-8edb-56ac687f74c8",
   "name": "demo.concurrency.whoami",
   "hostname": "gen364@vm",
   "timestamp": 1795719716.848507,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "28c51850-b64e-481c-8edb-56ac687f74c8",
   "parent_id": null,
   "pid": 364,
   "queue": "threads",
   "routing_key": "threads",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "ccb2ea21-22ef-4b98-9c9c-d5dcf3f9af09",
   "hostname": "gevent@vm",
   "timestamp": 1795719716.851058,
   "pid": 32764,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "bb5b7e8d-a27a-4a74-8163-c99be2388868",
   "hostname": "gevent@vm",
   "timestamp": 1795719716.8574314,
   "pid": 32764,
   "runtime": 0.014387217001058161,
   "result": "{'hostname': 'gevent@vm', 'pool': 'gevent', 'pid': 32764}",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "ccb2ea21-22ef-4b98-9c9c-d5dcf3f9af09",
   "hostname": "gevent@vm",
   "timestamp": 1795719716.8599157,
   "pid": 32764,
   "runtime": 0.00794796200170822,
   "result": "{'hostname': 'gevent@vm', 'pool': 'gevent', 'pid': 32764}",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "dfa3b41f-5b4a-43ce-80a1-d342dc8fc6e3",
   "name": "demo.concurrency.whoami",
   "hostname": "threads@vm",
   "timestamp": 1795719716.8542182,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "dfa3b41f-5b4a-43ce-80a1-d342dc8fc6e3",
   "parent_id": null,
   "pid": 32766,
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "dfa3b41f-5b4a-43ce-80a1-d342dc8fc6e3",
   "hostname": "threads@vm",
   "timestamp": 1795719716.8547873,
   "pid": 32766,
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "70be4928-3e75-4d7c-98d0-f2565d18b4d0",
   "hostname": "eventlet@vm",
   "timestamp": 1795719716.8559759,
   "pid": 32765,
   "pool": "eventlet"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "aefe20f5-46e6-4146-8ec4-035ed6b0bf5e",
   "name": "demo.concurrency.whoami",
   "hostname": "eventlet@vm",
   "timestamp": 1795719716.865198,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "aefe20f5-46e6-4146-8ec4-035ed6b0bf5e",
   "parent_id": null,
   "pid": 32765,
   "pool": "eventlet"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "28c51850-b64e-481c-8edb-56ac687f74c8",
   "name": "demo.concurrency.whoami",
   "hostname": "threads@vm",
   "timestamp": 1795719716.867433,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "28c51850-b64e-481c-8edb-56ac687f74c8",
   "parent_id": null,
   "pid": 32766,
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "28c51850-b64e-481c-8edb-56ac687f74c8",
   "hostname": "threads@vm",
   "timestamp": 1795719716.8682985,
   "pid": 32766,
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "aefe20f5-46e6-4146-8ec4-035ed6b0bf5e",
   "hostname": "eventlet@vm",
   "timestamp": 1795719716.8740687,
   "pid": 32765,
   "pool": "eventlet"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "dfa3b41f-5b4a-43ce-80a1-d342dc8fc6e3",
   "hostname": "threads@vm",
   "timestamp": 1795719716.8763602,
   "pid": 32766,
   "runtime": 0.02128174800054694,
   "result": "{'hostname': 'threads@vm', 'pool': 'threads', 'pid': 32766}",
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "28c51850-b64e-481c-8edb-56ac687f74c8",
   "hostname": "threads@vm",
   "timestamp": 1795719716.8811936,
   "pid": 32766,
   "runtime": 0.01264726800036442,
   "result": "{'hostname': 'threads@vm', 'pool': 'threads', 'pid': 32766}",
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "70be4928-3e75-4d7c-98d0-f2565d18b4d0",
   "hostname": "eventlet@vm",
   "timestamp": 1795719716.883924,
   "pid": 32765,
   "runtime": 0.016408793999289628,
   "result": "{'hostname': 'eventlet@vm', 'pool': 'eventlet', 'pid': 32765}",
   "pool": "eventlet"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "aefe20f5-46e6-4146-8ec4-035ed6b0bf5e",
   "hostname": "eventlet@vm",
   "timestamp": 1795719716.889646,
   "pid": 32765,
   "runtime": 0.013204944998506107,
   "result": "{'hostname': 'eventlet@vm', 'pool': 'eventlet', 'pid': 32765}",
   "pool": "eventlet"
  },
  {
   "kind": "summary",
   "run_id": "5c94da895757",
   "demo": "overview.distributed",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "timeline",
     "facts": [
      {
       "label": "answered",
       "value": "eventlet@vm, gevent@vm, prefork@vm, threads@vm"
      },
      {
       "label": "processes",
       "value": "eventlet 32765, gevent 32764, prefork 325, prefork 329, threads 32766"
      }
     ]
    },
    "replies": [
     {
      "hostname": "prefork@vm",
      "pool": "prefork",
      "pid": 329
     },
     {
      "hostname": "prefork@vm",
      "pool": "prefork",
      "pid": 325
     },
     {
      "hostname": "gevent@vm",
      "pool": "gevent",
      "pid": 32764
     },
     {
      "hostname": "gevent@vm",
      "pool": "gevent",
      "pid": 32764
     },
     {
      "hostname": "eventlet@vm",
      "pool": "eventlet",
      "pid": 32765
     },
     {
      "hostname": "eventlet@vm",
      "pool": "eventlet",
      "pid": 32765
     },
     {
      "hostname": "threads@vm",
      "pool": "threads",
      "pid": 32766
     },
     {
      "hostname": "threads@vm",
      "pool": "threads",
      "pid": 32766
     }
    ],
    "hostnames": [
     "eventlet@vm",
     "gevent@vm",
     "prefork@vm",
     "threads@vm"
    ]
   },
   "error": null,
   "tasks": [
    {
     "uuid": "ed6f9b4f-3e9f-48d5-8e48-f80754181258",
     "state": "SUCCEEDED",
     "name": "demo.concurrency.whoami",
     "hostname": "prefork@vm",
     "at": 1795719716.8371985,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.006276975000218954,
     "result": "{'hostname': 'prefork@vm', 'pool': 'prefork', 'pid': 329}"
    },
    {
     "uuid": "a32506b1-4b6e-4d0f-87f2-48427465c6af",
     "state": "SUCCEEDED",
     "name": "demo.concurrency.whoami",
     "hostname": "prefork@vm",
     "at": 1795719716.8373034,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.005589406000581221,
     "result": "{'hostname': 'prefork@vm', 'pool': 'prefork', 'pid': 325}"
    },
    {
     "uuid": "bb5b7e8d-a27a-4a74-8163-c99be2388868",
     "state": "SUCCEEDED",
     "name": "demo.concurrency.whoami",
     "hostname": "gevent@vm",
     "at": 1795719716.8574314,
     "event": "task-succeeded",
     "pool": "gevent",
     "runtime": 0.014387217001058161,
     "result": "{'hostname': 'gevent@vm', 'pool': 'gevent', 'pid': 32764}"
    },
    {
     "uuid": "ccb2ea21-22ef-4b98-9c9c-d5dcf3f9af09",
     "state": "SUCCEEDED",
     "name": "demo.concurrency.whoami",
     "hostname": "gevent@vm",
     "at": 1795719716.8599157,
     "event": "task-succeeded",
     "pool": "gevent",
     "runtime": 0.00794796200170822,
     "result": "{'hostname': 'gevent@vm', 'pool': 'gevent', 'pid': 32764}"
    },
    {
     "uuid": "70be4928-3e75-4d7c-98d0-f2565d18b4d0",
     "state": "SUCCEEDED",
     "name": "demo.concurrency.whoami",
     "hostname": "eventlet@vm",
     "at": 1795719716.883924,
     "event": "task-succeeded",
     "pool": "eventlet",
     "runtime": 0.016408793999289628,
     "result": "{'hostname': 'eventlet@vm', 'pool': 'eventlet', 'pid': 32765}"
    },
    {
     "uuid": "aefe20f5-46e6-4146-8ec4-035ed6b0bf5e",
     "state": "SUCCEEDED",
     "name": "demo.concurrency.whoami",
     "hostname": "eventlet@vm",
     "at": 1795719716.889646,
     "event": "task-succeeded",
     "pool": "eventlet",
     "runtime": 0.013204944998506107,
     "result": "{'hostname': 'eventlet@vm', 'pool': 'eventlet', 'pid': 32765}"
    },
    {
     "uuid": "dfa3b41f-5b4a-43ce-80a1-d342dc8fc6e3",
     "state": "SUCCEEDED",
     "name": "demo.concurrency.whoami",
     "hostname": "threads@vm",
     "at": 1795719716.8763602,
     "event": "task-succeeded",
     "pool": "threads",
     "runtime": 0.02128174800054694,
     "result": "{'hostname': 'threads@vm', 'pool': 'threads', 'pid': 32766}"
    },
    {
     "uuid": "28c51850-b64e-481c-8edb-56ac687f74c8",
     "state": "SUCCEEDED",
     "name": "demo.concurrency.whoami",
     "hostname": "threads@vm",
     "at": 1795719716.8811936,
     "event": "task-succeeded",
     "pool": "threads",
     "runtime": 0.01264726800036442,
     "result": "{'hostname': 'threads@vm', 'pool': 'threads', 'pid': 32766}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795719716.8117433,
   "finished": 1795719716.8906736,
   "duration": 0.079,
   "timestamp": 1795719716.890707
  }
 ]
};
