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
 "recorded": "2026-11-26T18:21:18+00:00",
 "broker": "redis://127.0.0.1:31379/0",
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
   "run_id": "131611744338",
   "demo": "overview.distributed",
   "title": "Distributed: any worker that reaches the broker runs tasks",
   "params": {
    "per_pool": 2
   },
   "broker": "redis://127.0.0.1:31379/0",
   "follow": "events",
   "command": "invoke demo overview.distributed",
   "timestamp": 1795717278.6359472
  },
  {
   "kind": "note",
   "text": "workers answering: prefork, gevent, eventlet, threads",
   "data": null,
   "timestamp": 1795717278.645982
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "fe1c0706-0321-4168-9afa-7734fed895bc",
   "name": "demo.concurrency.whoami",
   "hostname": "gen21816@vm",
   "timestamp": 1795717278.6475458,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "fe1c0706-0321-4168-9afa-7734fed895bc",
   "parent_id": null,
   "pid": 21816,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "fe1c0706-0321-4168-9afa-7734fed895bc",
   "name": "demo.concurrency.whoami",
   "hostname": "prefork@vm",
   "timestamp": 1795717278.6507869,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "fe1c0706-0321-4168-9afa-7734fed895bc",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "dcf3665a-0796-416a-b84f-5a959458390c",
   "name": "demo.concurrency.whoami",
   "hostname": "gen21816@vm",
   "timestamp": 1795717278.6513352,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "dcf3665a-0796-416a-b84f-5a959458390c",
   "parent_id": null,
   "pid": 21816,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "dcf3665a-0796-416a-b84f-5a959458390c",
   "name": "demo.concurrency.whoami",
   "hostname": "prefork@vm",
   "timestamp": 1795717278.6543107,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "dcf3665a-0796-416a-b84f-5a959458390c",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "0cb455c3-2f05-4ecc-9943-b68160c6d90b",
   "name": "demo.concurrency.whoami",
   "hostname": "gen21816@vm",
   "timestamp": 1795717278.6599016,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "0cb455c3-2f05-4ecc-9943-b68160c6d90b",
   "parent_id": null,
   "pid": 21816,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "0cb455c3-2f05-4ecc-9943-b68160c6d90b",
   "name": "demo.concurrency.whoami",
   "hostname": "gevent@vm",
   "timestamp": 1795717278.6614802,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "0cb455c3-2f05-4ecc-9943-b68160c6d90b",
   "parent_id": null,
   "pid": 16421,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "fe1c0706-0321-4168-9afa-7734fed895bc",
   "hostname": "prefork@vm",
   "timestamp": 1795717278.6596751,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "dcf3665a-0796-416a-b84f-5a959458390c",
   "hostname": "prefork@vm",
   "timestamp": 1795717278.6597085,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "0cb455c3-2f05-4ecc-9943-b68160c6d90b",
   "hostname": "gevent@vm",
   "timestamp": 1795717278.6668293,
   "pid": 16421,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "dcf3665a-0796-416a-b84f-5a959458390c",
   "hostname": "prefork@vm",
   "timestamp": 1795717278.6706276,
   "pid": 16420,
   "runtime": 0.010512353999729385,
   "result": "{'hostname': 'prefork@vm', 'pool': 'prefork', 'pid': 19131}",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "fe1c0706-0321-4168-9afa-7734fed895bc",
   "hostname": "prefork@vm",
   "timestamp": 1795717278.6730635,
   "pid": 16420,
   "runtime": 0.011416494000513921,
   "result": "{'hostname': 'prefork@vm', 'pool': 'prefork', 'pid': 19286}",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "f10686fc-7a19-443a-8ad8-b7bbb6e20dae",
   "name": "demo.concurrency.whoami",
   "hostname": "gen21816@vm",
   "timestamp": 1795717278.677159,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f10686fc-7a19-443a-8ad8-b7bbb6e20dae",
   "parent_id": null,
   "pid": 21816,
   "queue": "gevent",
   "routing_key": "gevent",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "27a83eed-4239-4951-be26-aa5c378d6acd",
   "name": "demo.concurrency.whoami",
   "hostname": "eventlet@vm",
   "timestamp": 1795717278.6824913,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "27a83eed-4239-4951-be26-aa5c378d6acd",
   "parent_id": null,
   "pid": 17076,
   "pool": "eventlet"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "27a83eed-4239-4951-be26-aa5c378d6acd",
   "hostname": "eventlet@vm",
   "timestamp": 1795717278.6857984,
   "pid": 17076,
   "pool": "eventlet"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "f10686fc-7a19-443a-8ad8-b7bbb6e20dae",
   "name": "demo.concurrency.whoami",
   "hostname": "gevent@vm",
   "timestamp": 1795717278.6910431,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f10686fc-7a19-443a-8ad8-b7bbb6e20dae",
   "parent_id": null,
   "pid": 16421,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "27a83eed-4239-4951-be26-aa5c378d6acd",
   "hostname": "eventlet@vm",
   "timestamp": 1795717278.692092,
   "pid": 17076,
   "runtime": 0.0045721679998678155,
   "result": "{'hostname': 'eventlet@vm', 'pool': 'eventlet', 'pid': 17076}",
   "pool": "eventlet"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "27a83eed-4239-4951-be26-aa5c378d6acd",
   "name": "demo.concurrency.whoami",
   "hostname": "gen21816@vm",
   "timestamp": 1795717278.6986802,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "27a83eed-4239-4951-be26-aa5c378d6acd",
   "parent_id": null,
   "pid": 21816,
   "queue": "eventlet",
   "routing_key": "eventlet",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "f10686fc-7a19-443a-8ad8-b7bbb6e20dae",
   "hostname": "gevent@vm",
   "timestamp": 1795717278.7032874,
   "pid": 16421,
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "4c82982e-8db1-404d-bed4-b7be5a90a84e",
   "name": "demo.concurrency.whoami",
   "hostname": "eventlet@vm",
   "timestamp": 1795717278.703395,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "4c82982e-8db1-404d-bed4-b7be5a90a84e",
   "parent_id": null,
   "pid": 17076,
   "pool": "eventlet"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "4c82982e-8db1-404d-bed4-b7be5a90a84e",
   "hostname": "eventlet@vm",
   "timestamp": 1795717278.708095,
   "pid": 17076,
   "pool": "eventlet"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "4c82982e-8db1-404d-bed4-b7be5a90a84e",
   "hostname": "eventlet@vm",
   "timestamp": 1795717278.7141707,
   "pid": 17076,
   "runtime": 0.004206555000564549,
   "result": "{'hostname': 'eventlet@vm', 'pool': 'eventlet', 'pid': 17076}",
   "pool": "eventlet"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "4c82982e-8db1-404d-bed4-b7be5a90a84e",
   "name": "demo.concurrency.whoami",
   "hostname": "gen21816@vm",
   "timestamp": 1795717278.716479,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "4c82982e-8db1-404d-bed4-b7be5a90a84e",
   "parent_id": null,
   "pid": 21816,
   "queue": "eventlet",
   "routing_key": "eventlet",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "0cb455c3-2f05-4ecc-9943-b68160c6d90b",
   "hostname": "gevent@vm",
   "timestamp": 1795717278.7175815,
   "pid": 16421,
   "runtime": 0.04215969599863456,
   "result": "{'hostname': 'gevent@vm', 'pool': 'gevent', 'pid': 16421}",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "f10686fc-7a19-443a-8ad8-b7bbb6e20dae",
   "hostname": "gevent@vm",
   "timestamp": 1795717278.722235,
   "pid": 16421,
   "runtime": 0.01760560299953795,
   "result": "{'hostname': 'gevent@vm', 'pool': 'gevent', 'pid': 16421}",
   "pool": "gevent"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "3b3a4823-7abc-4210-8ecc-c9692a4ff65b",
   "name": "demo.concurrency.whoami",
   "hostname": "gen21816@vm",
   "timestamp": 1795717278.7258,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "3b3a4823-7abc-4210-8ecc-c9692a4ff65b",
   "parent_id": null,
   "pid": 21816,
   "queue": "threads",
   "routing_key": "threads",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "8f278a32-1989-4c9c-b81a-e2344145a59c",
   "name": "demo.concurrency.whoami",
   "hostname": "gen21816@vm",
   "timestamp": 1795717278.7293837,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "8f278a32-1989-4c9c-b81a-e2344145a59c",
   "parent_id": null,
   "pid": 21816,
   "queue": "threads",
   "routing_key": "threads",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "3b3a4823-7abc-4210-8ecc-c9692a4ff65b",
   "name": "demo.concurrency.whoami",
   "hostname": "threads@vm",
   "timestamp": 1795717278.7311,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "3b3a4823-7abc-4210-8ecc-c9692a4ff65b",
   "parent_id": null,
   "pid": 16422,
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "3b3a4823-7abc-4210-8ecc-c9692a4ff65b",
   "hostname": "threads@vm",
   "timestamp": 1795717278.7316942,
   "pid": 16422,
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "3b3a4823-7abc-4210-8ecc-c9692a4ff65b",
   "hostname": "threads@vm",
   "timestamp": 1795717278.755389,
   "pid": 16422,
   "runtime": 0.02200214600088657,
   "result": "{'hostname': 'threads@vm', 'pool': 'threads', 'pid': 16422}",
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "8f278a32-1989-4c9c-b81a-e2344145a59c",
   "name": "demo.concurrency.whoami",
   "hostname": "threads@vm",
   "timestamp": 1795717278.7560825,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "8f278a32-1989-4c9c-b81a-e2344145a59c",
   "parent_id": null,
   "pid": 16422,
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "8f278a32-1989-4c9c-b81a-e2344145a59c",
   "hostname": "threads@vm",
   "timestamp": 1795717278.7564898,
   "pid": 16422,
   "pool": "threads"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "8f278a32-1989-4c9c-b81a-e2344145a59c",
   "hostname": "threads@vm",
   "timestamp": 1795717278.761737,
   "pid": 16422,
   "runtime": 0.005011399000068195,
   "result": "{'hostname': 'threads@vm', 'pool': 'threads', 'pid': 16422}",
   "pool": "threads"
  },
  {
   "kind": "summary",
   "run_id": "131611744338",
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
       "value": "eventlet 17076, gevent 16421, prefork 19131, prefork 19286, threads 16422"
      }
     ]
    },
    "replies": [
     {
      "hostname": "prefork@vm",
      "pool": "prefork",
      "pid": 19286
     },
     {
      "hostname": "prefork@vm",
      "pool": "prefork",
      "pid": 19131
     },
     {
      "hostname": "gevent@vm",
      "pool": "gevent",
      "pid": 16421
     },
     {
      "hostname": "gevent@vm",
      "pool": "gevent",
      "pid": 16421
     },
     {
      "hostname": "eventlet@vm",
      "pool": "eventlet",
      "pid": 17076
     },
     {
      "hostname": "eventlet@vm",
      "pool": "eventlet",
      "pid": 17076
     },
     {
      "hostname": "threads@vm",
      "pool": "threads",
      "pid": 16422
     },
     {
      "hostname": "threads@vm",
      "pool": "threads",
      "pid": 16422
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
     "uuid": "fe1c0706-0321-4168-9afa-7734fed895bc",
     "state": "SUCCEEDED",
     "name": "demo.concurrency.whoami",
     "hostname": "prefork@vm",
     "at": 1795717278.6730635,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.011416494000513921,
     "result": "{'hostname': 'prefork@vm', 'pool': 'prefork', 'pid': 19286}"
    },
    {
     "uuid": "dcf3665a-0796-416a-b84f-5a959458390c",
     "state": "SUCCEEDED",
     "name": "demo.concurrency.whoami",
     "hostname": "prefork@vm",
     "at": 1795717278.6706276,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.010512353999729385,
     "result": "{'hostname': 'prefork@vm', 'pool': 'prefork', 'pid': 19131}"
    },
    {
     "uuid": "0cb455c3-2f05-4ecc-9943-b68160c6d90b",
     "state": "SUCCEEDED",
     "name": "demo.concurrency.whoami",
     "hostname": "gevent@vm",
     "at": 1795717278.7175815,
     "event": "task-succeeded",
     "pool": "gevent",
     "runtime": 0.04215969599863456,
     "result": "{'hostname': 'gevent@vm', 'pool': 'gevent', 'pid': 16421}"
    },
    {
     "uuid": "f10686fc-7a19-443a-8ad8-b7bbb6e20dae",
     "state": "SUCCEEDED",
     "name": "demo.concurrency.whoami",
     "hostname": "gevent@vm",
     "at": 1795717278.722235,
     "event": "task-succeeded",
     "pool": "gevent",
     "runtime": 0.01760560299953795,
     "result": "{'hostname': 'gevent@vm', 'pool': 'gevent', 'pid': 16421}"
    },
    {
     "uuid": "27a83eed-4239-4951-be26-aa5c378d6acd",
     "state": "SUCCEEDED",
     "name": "demo.concurrency.whoami",
     "hostname": "gen21816@vm",
     "pool": "eventlet",
     "at": 1795717278.692092,
     "event": "task-succeeded",
     "runtime": 0.0045721679998678155,
     "result": "{'hostname': 'eventlet@vm', 'pool': 'eventlet', 'pid': 17076}"
    },
    {
     "uuid": "4c82982e-8db1-404d-bed4-b7be5a90a84e",
     "state": "SUCCEEDED",
     "name": "demo.concurrency.whoami",
     "hostname": "gen21816@vm",
     "pool": "eventlet",
     "at": 1795717278.7141707,
     "event": "task-succeeded",
     "runtime": 0.004206555000564549,
     "result": "{'hostname': 'eventlet@vm', 'pool': 'eventlet', 'pid': 17076}"
    },
    {
     "uuid": "3b3a4823-7abc-4210-8ecc-c9692a4ff65b",
     "state": "SUCCEEDED",
     "name": "demo.concurrency.whoami",
     "hostname": "threads@vm",
     "at": 1795717278.755389,
     "event": "task-succeeded",
     "pool": "threads",
     "runtime": 0.02200214600088657,
     "result": "{'hostname': 'threads@vm', 'pool': 'threads', 'pid': 16422}"
    },
    {
     "uuid": "8f278a32-1989-4c9c-b81a-e2344145a59c",
     "state": "SUCCEEDED",
     "name": "demo.concurrency.whoami",
     "hostname": "threads@vm",
     "at": 1795717278.761737,
     "event": "task-succeeded",
     "pool": "threads",
     "runtime": 0.005011399000068195,
     "result": "{'hostname': 'threads@vm', 'pool': 'threads', 'pid': 16422}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:31379/0",
   "started": 1795717278.6359472,
   "finished": 1795717278.7636685,
   "duration": 0.128,
   "timestamp": 1795717278.7636971
  }
 ]
};
