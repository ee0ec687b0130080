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
 "recorded": "2026-11-24T14:56:49+00:00",
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
   "run_id": "354b8aca3f40",
   "demo": "errors.logging",
   "title": "get_task_logger: the task's own log lines",
   "params": {
    "steps": 3
   },
   "broker": "redis://127.0.0.1:54423/0",
   "follow": "events",
   "command": "invoke demo errors.logging",
   "timestamp": 1795532209.4166543
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "127ad5b5-39dc-4568-a7d3-84c31c217712",
   "name": "demo.errors.chatty",
   "hostname": "gen25805@vm",
   "timestamp": 1795532209.4216468,
   "args": "(3,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "127ad5b5-39dc-4568-a7d3-84c31c217712",
   "parent_id": null,
   "pid": 25805,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "127ad5b5-39dc-4568-a7d3-84c31c217712",
   "name": "demo.errors.chatty",
   "hostname": "prefork@vm",
   "timestamp": 1795532209.4228342,
   "args": "(3,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "127ad5b5-39dc-4568-a7d3-84c31c217712",
   "parent_id": null,
   "pid": 22144,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "chatty(3) logs through get_task_logger(__name__)",
   "data": null,
   "timestamp": 1795532209.425314
  },
  {
   "kind": "note",
   "text": "Task demo.errors.chatty[127ad5b5-39dc-4568-a7d3-84c31c217712] received",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795532209.4272912
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "127ad5b5-39dc-4568-a7d3-84c31c217712",
   "hostname": "prefork@vm",
   "timestamp": 1795532209.4256647,
   "pid": 22144,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "demo.errors.chatty[127ad5b5-39dc-4568-a7d3-84c31c217712]: step 1 of 3",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795532209.62906
  },
  {
   "kind": "note",
   "text": "demo.errors.chatty[127ad5b5-39dc-4568-a7d3-84c31c217712]: step 2 of 3",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795532209.629089
  },
  {
   "kind": "note",
   "text": "demo.errors.chatty[127ad5b5-39dc-4568-a7d3-84c31c217712]: step 3 of 3",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795532209.8302205
  },
  {
   "kind": "note",
   "text": "demo.errors.chatty[127ad5b5-39dc-4568-a7d3-84c31c217712]: done after 3 steps",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795532210.032363
  },
  {
   "kind": "note",
   "text": "Task demo.errors.chatty[127ad5b5-39dc-4568-a7d3-84c31c217712] succeeded in 0.6062327409999853s: 3",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795532210.0323923
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "127ad5b5-39dc-4568-a7d3-84c31c217712",
   "hostname": "prefork@vm",
   "timestamp": 1795532210.0323582,
   "pid": 22144,
   "runtime": 0.6062327409999853,
   "result": "3",
   "pool": "prefork"
  },
  {
   "kind": "summary",
   "run_id": "354b8aca3f40",
   "demo": "errors.logging",
   "status": "succeeded",
   "result": {
    "steps": 3,
    "log lines": 6
   },
   "error": null,
   "tasks": [
    {
     "uuid": "127ad5b5-39dc-4568-a7d3-84c31c217712",
     "state": "SUCCEEDED",
     "name": "demo.errors.chatty",
     "hostname": "prefork@vm",
     "at": 1795532210.0323582,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.6062327409999853,
     "result": "3"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:54423/0",
   "started": 1795532209.4166543,
   "finished": 1795532210.2349727,
   "duration": 0.818,
   "timestamp": 1795532210.235022
  }
 ]
};
