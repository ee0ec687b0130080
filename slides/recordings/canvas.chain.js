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
 "recorded": "2026-11-26T19:02:22+00:00",
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
  "start": 1,
  "length": 4
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "b5e893501886",
   "demo": "canvas.chain",
   "title": "A chain: each result feeds the next task",
   "params": {
    "start": 1,
    "length": 4
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo canvas.chain",
   "timestamp": 1795719742.5734506
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "0bb79815-4f2d-41e4-9b1a-021ed5f9900e",
   "name": "demo.canvas.double",
   "hostname": "gen364@vm",
   "timestamp": 1795719742.5752568,
   "args": "(1,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "0bb79815-4f2d-41e4-9b1a-021ed5f9900e",
   "parent_id": null,
   "pid": 364,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "note",
   "text": "chain of 4: double(1) | double() ...",
   "data": null,
   "timestamp": 1795719742.576756
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "0bb79815-4f2d-41e4-9b1a-021ed5f9900e",
   "name": "demo.canvas.double",
   "hostname": "prefork@vm",
   "timestamp": 1795719742.576932,
   "args": "(1,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "0bb79815-4f2d-41e4-9b1a-021ed5f9900e",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "0bb79815-4f2d-41e4-9b1a-021ed5f9900e",
   "hostname": "prefork@vm",
   "timestamp": 1795719742.579162,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "ea17d9c2-4764-43f4-a226-6b845394a50b",
   "name": "demo.canvas.double",
   "hostname": "gen329@vm",
   "timestamp": 1795719742.581218,
   "args": "(2,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "0bb79815-4f2d-41e4-9b1a-021ed5f9900e",
   "parent_id": "0bb79815-4f2d-41e4-9b1a-021ed5f9900e",
   "pid": 329,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "ea17d9c2-4764-43f4-a226-6b845394a50b",
   "name": "demo.canvas.double",
   "hostname": "prefork@vm",
   "timestamp": 1795719742.5830634,
   "args": "(2,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "0bb79815-4f2d-41e4-9b1a-021ed5f9900e",
   "parent_id": "0bb79815-4f2d-41e4-9b1a-021ed5f9900e",
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "0bb79815-4f2d-41e4-9b1a-021ed5f9900e",
   "hostname": "prefork@vm",
   "timestamp": 1795719742.5845056,
   "pid": 32763,
   "runtime": 0.004137222998906509,
   "result": "2",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "ea17d9c2-4764-43f4-a226-6b845394a50b",
   "hostname": "prefork@vm",
   "timestamp": 1795719742.5860407,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "2b30f6cb-48c8-4b89-93bc-ef6c269ecdef",
   "name": "demo.canvas.double",
   "hostname": "gen329@vm",
   "timestamp": 1795719742.5868943,
   "args": "(4,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "0bb79815-4f2d-41e4-9b1a-021ed5f9900e",
   "parent_id": "ea17d9c2-4764-43f4-a226-6b845394a50b",
   "pid": 329,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "2b30f6cb-48c8-4b89-93bc-ef6c269ecdef",
   "name": "demo.canvas.double",
   "hostname": "prefork@vm",
   "timestamp": 1795719742.588407,
   "args": "(4,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "0bb79815-4f2d-41e4-9b1a-021ed5f9900e",
   "parent_id": "ea17d9c2-4764-43f4-a226-6b845394a50b",
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "2b30f6cb-48c8-4b89-93bc-ef6c269ecdef",
   "hostname": "prefork@vm",
   "timestamp": 1795719742.5895035,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "ea17d9c2-4764-43f4-a226-6b845394a50b",
   "hostname": "prefork@vm",
   "timestamp": 1795719742.5906537,
   "pid": 32763,
   "runtime": 0.004962516999512445,
   "result": "4",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "465dbbb8-5af0-406c-a1a5-db81920c64fa",
   "name": "demo.canvas.double",
   "hostname": "gen325@vm",
   "timestamp": 1795719742.5922048,
   "args": "(8,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "0bb79815-4f2d-41e4-9b1a-021ed5f9900e",
   "parent_id": "2b30f6cb-48c8-4b89-93bc-ef6c269ecdef",
   "pid": 325,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "465dbbb8-5af0-406c-a1a5-db81920c64fa",
   "name": "demo.canvas.double",
   "hostname": "prefork@vm",
   "timestamp": 1795719742.593849,
   "args": "(8,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "0bb79815-4f2d-41e4-9b1a-021ed5f9900e",
   "parent_id": "2b30f6cb-48c8-4b89-93bc-ef6c269ecdef",
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "465dbbb8-5af0-406c-a1a5-db81920c64fa",
   "hostname": "prefork@vm",
   "timestamp": 1795719742.5954208,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "2b30f6cb-48c8-4b89-93bc-ef6c269ecdef",
   "hostname": "prefork@vm",
   "timestamp": 1795719742.5972617,
   "pid": 32763,
   "runtime": 0.005749812999056303,
   "result": "8",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "465dbbb8-5af0-406c-a1a5-db81920c64fa",
   "hostname": "prefork@vm",
   "timestamp": 1795719742.5987737,
   "pid": 32763,
   "runtime": 0.00254626400055713,
   "result": "16",
   "pool": "prefork"
  },
  {
   "kind": "summary",
   "run_id": "b5e893501886",
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
     "uuid": "465dbbb8-5af0-406c-a1a5-db81920c64fa",
     "state": "SUCCEEDED",
     "name": "demo.canvas.double",
     "hostname": "prefork@vm",
     "at": 1795719742.5987737,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.00254626400055713,
     "result": "16"
    },
    {
     "uuid": "0bb79815-4f2d-41e4-9b1a-021ed5f9900e",
     "state": "SUCCEEDED",
     "name": "demo.canvas.double",
     "hostname": "prefork@vm",
     "at": 1795719742.5845056,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.004137222998906509,
     "result": "2"
    },
    {
     "uuid": "ea17d9c2-4764-43f4-a226-6b845394a50b",
     "state": "SUCCEEDED",
     "name": "demo.canvas.double",
     "hostname": "prefork@vm",
     "at": 1795719742.5906537,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.004962516999512445,
     "result": "4"
    },
    {
     "uuid": "2b30f6cb-48c8-4b89-93bc-ef6c269ecdef",
     "state": "SUCCEEDED",
     "name": "demo.canvas.double",
     "hostname": "prefork@vm",
     "at": 1795719742.5972617,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.005749812999056303,
     "result": "8"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795719742.5734506,
   "finished": 1795719742.5995543,
   "duration": 0.026,
   "timestamp": 1795719742.5995739
  }
 ]
};
