/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["errors.logging"] = {
 "id": "errors.logging",
 "title": "get_task_logger: the task's own log lines",
 "scenario": {
  "id": "errors.logging",
  "title": "get_task_logger: the task's own log lines",
  "slide": "Program for Celery / Logging",
  "description": "chatty() logs with get_task_logger: each line carries the task's name and id,\n    so the worker's log can be followed per task. Streamed from the worker's log file.",
  "command": "invoke demo errors.logging",
  "timeout": 60.0,
  "params": [
   {
    "name": "steps",
    "type": "integer",
    "default": 3,
    "min": 1,
    "max": 10,
    "choices": null,
    "limits": "between 1 and 10",
    "help": "log lines chatty() writes"
   }
  ]
 },
 "recorded": "2026-11-24T14:35:36+00:00",
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
  "steps": 3
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "892d6db174ea",
   "demo": "errors.logging",
   "title": "get_task_logger: the task's own log lines",
   "params": {
    "steps": 3
   },
   "broker": "redis://127.0.0.1:54423/0",
   "follow": "events",
   "command": "invoke demo errors.logging",
   "timestamp": 1795530936.6417568
  },
  {
   "kind": "note",
   "text": "chatty(3) logs through get_task_logger(__name__)",
   "data": null,
   "timestamp": 1795530936.6448514
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "917f4282-5040-4938-a1c7-53157b53ee24",
   "name": "demo.errors.chatty",
   "hostname": "gen7196@vm",
   "timestamp": 1795530936.6441643,
   "args": "(3,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "917f4282-5040-4938-a1c7-53157b53ee24",
   "parent_id": null,
   "pid": 7196,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "917f4282-5040-4938-a1c7-53157b53ee24",
   "name": "demo.errors.chatty",
   "hostname": "prefork@vm",
   "timestamp": 1795530936.6514127,
   "args": "(3,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "917f4282-5040-4938-a1c7-53157b53ee24",
   "parent_id": null,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "917f4282-5040-4938-a1c7-53157b53ee24",
   "hostname": "prefork@vm",
   "timestamp": 1795530936.6529758,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "Task demo.errors.chatty[917f4282-5040-4938-a1c7-53157b53ee24] received",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795530936.847319
  },
  {
   "kind": "note",
   "text": "demo.errors.chatty[917f4282-5040-4938-a1c7-53157b53ee24]: step 1 of 3",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795530936.847344
  },
  {
   "kind": "note",
   "text": "demo.errors.chatty[917f4282-5040-4938-a1c7-53157b53ee24]: step 2 of 3",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795530937.0487626
  },
  {
   "kind": "note",
   "text": "demo.errors.chatty[917f4282-5040-4938-a1c7-53157b53ee24]: step 3 of 3",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795530937.2498534
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "917f4282-5040-4938-a1c7-53157b53ee24",
   "hostname": "prefork@vm",
   "timestamp": 1795530937.2575421,
   "pid": 6809,
   "runtime": 0.6044997210001384,
   "result": "3",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "demo.errors.chatty[917f4282-5040-4938-a1c7-53157b53ee24]: done after 3 steps",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795530937.4510853
  },
  {
   "kind": "note",
   "text": "Task demo.errors.chatty[917f4282-5040-4938-a1c7-53157b53ee24] succeeded in 0.6044997210001384s: 3",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795530937.4511096
  },
  {
   "kind": "summary",
   "run_id": "892d6db174ea",
   "demo": "errors.logging",
   "status": "succeeded",
   "result": {
    "steps": 3,
    "log lines": 6
   },
   "error": null,
   "tasks": [
    {
     "uuid": "917f4282-5040-4938-a1c7-53157b53ee24",
     "state": "SUCCEEDED",
     "name": "demo.errors.chatty",
     "hostname": "prefork@vm",
     "pid": 6809,
     "at": 1795530937.2575421,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.6044997210001384,
     "result": "3"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:54423/0",
   "started": 1795530936.6417568,
   "finished": 1795530937.4512773,
   "duration": 0.81,
   "timestamp": 1795530937.451303
  }
 ]
};
