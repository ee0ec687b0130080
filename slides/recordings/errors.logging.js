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
 "recorded": "2026-11-24T14:20:04+00:00",
 "broker": "redis://127.0.0.1:54423/0",
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
   "run_id": "30c573a02ec1",
   "demo": "errors.logging",
   "title": "get_task_logger: the task's own log lines",
   "params": {
    "steps": 3
   },
   "broker": "redis://127.0.0.1:54423/0",
   "follow": "events",
   "command": "invoke demo errors.logging",
   "timestamp": 1795530004.0742178
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "8b3b1f44-850e-4abc-a5e6-ff28618eb63c",
   "name": "demo.errors.chatty",
   "hostname": "gen24209@vm",
   "timestamp": 1795530004.076784,
   "args": "(3,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "8b3b1f44-850e-4abc-a5e6-ff28618eb63c",
   "parent_id": null,
   "pid": 24209,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "note",
   "text": "chatty(3) logs through get_task_logger(__name__)",
   "data": null,
   "timestamp": 1795530004.079057
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "8b3b1f44-850e-4abc-a5e6-ff28618eb63c",
   "name": "demo.errors.chatty",
   "hostname": "prefork@vm",
   "timestamp": 1795530004.078614,
   "args": "(3,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "8b3b1f44-850e-4abc-a5e6-ff28618eb63c",
   "parent_id": null,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "8b3b1f44-850e-4abc-a5e6-ff28618eb63c",
   "hostname": "prefork@vm",
   "timestamp": 1795530004.0814352,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "Task demo.errors.chatty[8b3b1f44-850e-4abc-a5e6-ff28618eb63c] received",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795530004.2816849
  },
  {
   "kind": "note",
   "text": "demo.errors.chatty[8b3b1f44-850e-4abc-a5e6-ff28618eb63c]: step 1 of 3",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795530004.281709
  },
  {
   "kind": "note",
   "text": "demo.errors.chatty[8b3b1f44-850e-4abc-a5e6-ff28618eb63c]: step 2 of 3",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795530004.4830923
  },
  {
   "kind": "note",
   "text": "demo.errors.chatty[8b3b1f44-850e-4abc-a5e6-ff28618eb63c]: step 3 of 3",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795530004.6843586
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "8b3b1f44-850e-4abc-a5e6-ff28618eb63c",
   "hostname": "prefork@vm",
   "timestamp": 1795530004.6866412,
   "pid": 24089,
   "runtime": 0.6041866359998949,
   "result": "3",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "demo.errors.chatty[8b3b1f44-850e-4abc-a5e6-ff28618eb63c]: done after 3 steps",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795530004.8854957
  },
  {
   "kind": "note",
   "text": "Task demo.errors.chatty[8b3b1f44-850e-4abc-a5e6-ff28618eb63c] succeeded in 0.6041866359998949s: 3",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795530004.8855183
  },
  {
   "kind": "summary",
   "run_id": "30c573a02ec1",
   "demo": "errors.logging",
   "status": "succeeded",
   "result": {
    "steps": 3,
    "log lines": 6
   },
   "error": null,
   "tasks": [
    {
     "uuid": "8b3b1f44-850e-4abc-a5e6-ff28618eb63c",
     "state": "SUCCEEDED",
     "name": "demo.errors.chatty",
     "hostname": "prefork@vm",
     "pid": 24089,
     "at": 1795530004.6866412,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.6041866359998949,
     "result": "3"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:54423/0",
   "started": 1795530004.0742178,
   "finished": 1795530004.8855972,
   "duration": 0.811,
   "timestamp": 1795530004.88562
  }
 ]
};
