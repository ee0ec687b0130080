/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["canvas.chain"] = {
 "id": "canvas.chain",
 "title": "A chain: each result feeds the next task",
 "scenario": {
  "id": "canvas.chain",
  "title": "A chain: each result feeds the next task",
  "slide": "Program for Celery / Chain",
  "description": "",
  "command": "invoke demo canvas.chain",
  "timeout": 60.0,
  "params": [
   {
    "name": "start",
    "type": "integer",
    "default": 1,
    "min": 0,
    "max": 1000,
    "choices": null,
    "limits": "between 0 and 1000",
    "help": "the first value"
   },
   {
    "name": "length",
    "type": "integer",
    "default": 4,
    "min": 1,
    "max": 10,
    "choices": null,
    "limits": "between 1 and 10",
    "help": "how many double() steps"
   }
  ]
 },
 "recorded": "2026-11-26T18:19:24+00:00",
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
  "start": 1,
  "length": 4
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "e58057bcf2dc",
   "demo": "canvas.chain",
   "title": "A chain: each result feeds the next task",
   "params": {
    "start": 1,
    "length": 4
   },
   "broker": "redis://127.0.0.1:31379/0",
   "follow": "events",
   "command": "invoke demo canvas.chain",
   "timestamp": 1795717164.862967
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "d38eac65-907e-4e01-8ae9-8d2f0ae66d67",
   "name": "demo.canvas.double",
   "hostname": "gen17537@vm",
   "timestamp": 1795717164.864783,
   "args": "(1,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d38eac65-907e-4e01-8ae9-8d2f0ae66d67",
   "parent_id": null,
   "pid": 17537,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "note",
   "text": "chain of 4: double(1) | double() ...",
   "data": null,
   "timestamp": 1795717164.8666975
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "d38eac65-907e-4e01-8ae9-8d2f0ae66d67",
   "name": "demo.canvas.double",
   "hostname": "prefork@vm",
   "timestamp": 1795717164.8683991,
   "args": "(1,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d38eac65-907e-4e01-8ae9-8d2f0ae66d67",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "d38eac65-907e-4e01-8ae9-8d2f0ae66d67",
   "hostname": "prefork@vm",
   "timestamp": 1795717164.8723745,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "319131aa-490d-458e-8581-597da571e2bb",
   "name": "demo.canvas.double",
   "hostname": "gen16420@vm",
   "timestamp": 1795717164.8751054,
   "args": "(2,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d38eac65-907e-4e01-8ae9-8d2f0ae66d67",
   "parent_id": "d38eac65-907e-4e01-8ae9-8d2f0ae66d67",
   "pid": 16420,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "319131aa-490d-458e-8581-597da571e2bb",
   "name": "demo.canvas.double",
   "hostname": "prefork@vm",
   "timestamp": 1795717164.8754144,
   "args": "(2,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d38eac65-907e-4e01-8ae9-8d2f0ae66d67",
   "parent_id": "d38eac65-907e-4e01-8ae9-8d2f0ae66d67",
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "319131aa-490d-458e-8581-597da571e2bb",
   "hostname": "prefork@vm",
   "timestamp": 1795717164.8780994,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "ade36fab-bfe3-4c7f-a7d4-290665546aa6",
   "name": "demo.canvas.double",
   "hostname": "gen16490@vm",
   "timestamp": 1795717164.889514,
   "args": "(4,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d38eac65-907e-4e01-8ae9-8d2f0ae66d67",
   "parent_id": "319131aa-490d-458e-8581-597da571e2bb",
   "pid": 16490,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "d38eac65-907e-4e01-8ae9-8d2f0ae66d67",
   "hostname": "prefork@vm",
   "timestamp": 1795717164.8890507,
   "pid": 16420,
   "runtime": 0.006510240998977679,
   "result": "2",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "ade36fab-bfe3-4c7f-a7d4-290665546aa6",
   "name": "demo.canvas.double",
   "hostname": "prefork@vm",
   "timestamp": 1795717164.8920622,
   "args": "(4,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d38eac65-907e-4e01-8ae9-8d2f0ae66d67",
   "parent_id": "319131aa-490d-458e-8581-597da571e2bb",
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "ade36fab-bfe3-4c7f-a7d4-290665546aa6",
   "hostname": "prefork@vm",
   "timestamp": 1795717164.8975115,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "d544fb69-35ee-4485-8d56-640ab8f347de",
   "name": "demo.canvas.double",
   "hostname": "gen16420@vm",
   "timestamp": 1795717164.9014206,
   "args": "(8,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d38eac65-907e-4e01-8ae9-8d2f0ae66d67",
   "parent_id": "ade36fab-bfe3-4c7f-a7d4-290665546aa6",
   "pid": 16420,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "319131aa-490d-458e-8581-597da571e2bb",
   "hostname": "prefork@vm",
   "timestamp": 1795717164.900152,
   "pid": 16420,
   "runtime": 0.020412888999999268,
   "result": "4",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "d544fb69-35ee-4485-8d56-640ab8f347de",
   "name": "demo.canvas.double",
   "hostname": "prefork@vm",
   "timestamp": 1795717164.9025407,
   "args": "(8,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d38eac65-907e-4e01-8ae9-8d2f0ae66d67",
   "parent_id": "ade36fab-bfe3-4c7f-a7d4-290665546aa6",
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "d544fb69-35ee-4485-8d56-640ab8f347de",
   "hostname": "prefork@vm",
   "timestamp": 1795717164.905319,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "ade36fab-bfe3-4c7f-a7d4-290665546aa6",
   "hostname": "prefork@vm",
   "timestamp": 1795717164.907357,
   "pid": 16420,
   "runtime": 0.008429896999587072,
   "result": "8",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "d544fb69-35ee-4485-8d56-640ab8f347de",
   "hostname": "prefork@vm",
   "timestamp": 1795717164.908971,
   "pid": 16420,
   "runtime": 0.0033448389986006077,
   "result": "16",
   "pool": "prefork"
  },
  {
   "kind": "summary",
   "run_id": "e58057bcf2dc",
   "demo": "canvas.chain",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "timeline",
     "facts": [
      {
       "label": "1 doubled 4 times",
       "value": 16
      }
     ]
    },
    "value": 16
   },
   "error": null,
   "tasks": [
    {
     "uuid": "d544fb69-35ee-4485-8d56-640ab8f347de",
     "state": "SUCCEEDED",
     "name": "demo.canvas.double",
     "hostname": "prefork@vm",
     "at": 1795717164.908971,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.0033448389986006077,
     "result": "16"
    },
    {
     "uuid": "d38eac65-907e-4e01-8ae9-8d2f0ae66d67",
     "state": "SUCCEEDED",
     "name": "demo.canvas.double",
     "hostname": "prefork@vm",
     "at": 1795717164.8890507,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.006510240998977679,
     "result": "2"
    },
    {
     "uuid": "319131aa-490d-458e-8581-597da571e2bb",
     "state": "SUCCEEDED",
     "name": "demo.canvas.double",
     "hostname": "prefork@vm",
     "at": 1795717164.900152,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.020412888999999268,
     "result": "4"
    },
    {
     "uuid": "ade36fab-bfe3-4c7f-a7d4-290665546aa6",
     "state": "SUCCEEDED",
     "name": "demo.canvas.double",
     "hostname": "prefork@vm",
     "at": 1795717164.907357,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.008429896999587072,
     "result": "8"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:31379/0",
   "started": 1795717164.862967,
   "finished": 1795717164.9131727,
   "duration": 0.05,
   "timestamp": 1795717164.9131923
  }
 ]
};
