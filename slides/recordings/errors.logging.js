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
 "recorded": "2026-11-26T19:02:34+00:00",
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
  "steps": 3
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "2d8cd7e1b2d0",
   "demo": "errors.logging",
   "title": "get_task_logger: the task's own log lines",
   "params": {
    "steps": 3
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo errors.logging",
   "timestamp": 1795719754.5762997
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "5f7f952b-c647-4fd0-846a-ca6c85297cb3",
   "name": "demo.errors.chatty",
   "hostname": "gen364@vm",
   "timestamp": 1795719754.5796363,
   "args": "(3,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "5f7f952b-c647-4fd0-846a-ca6c85297cb3",
   "parent_id": null,
   "pid": 364,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "note",
   "text": "chatty(3) logs through get_task_logger(__name__)",
   "data": null,
   "timestamp": 1795719754.5818732
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "5f7f952b-c647-4fd0-846a-ca6c85297cb3",
   "name": "demo.errors.chatty",
   "hostname": "prefork@vm",
   "timestamp": 1795719754.5838964,
   "args": "(3,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "5f7f952b-c647-4fd0-846a-ca6c85297cb3",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "5f7f952b-c647-4fd0-846a-ca6c85297cb3",
   "hostname": "prefork@vm",
   "timestamp": 1795719754.5879514,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "INFO/MainProcess Task demo.errors.chatty[5f7f952b-c647-4fd0-846a-ca6c85297cb3] received",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795719754.7840865
  },
  {
   "kind": "note",
   "text": "INFO/ForkPoolWorker-1 demo.errors.chatty[5f7f952b-c647-4fd0-846a-ca6c85297cb3]: step 1 of 3",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795719754.784105
  },
  {
   "kind": "note",
   "text": "INFO/ForkPoolWorker-1 demo.errors.chatty[5f7f952b-c647-4fd0-846a-ca6c85297cb3]: step 2 of 3",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795719754.9853961
  },
  {
   "kind": "note",
   "text": "INFO/ForkPoolWorker-1 demo.errors.chatty[5f7f952b-c647-4fd0-846a-ca6c85297cb3]: step 3 of 3",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795719755.186458
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "5f7f952b-c647-4fd0-846a-ca6c85297cb3",
   "hostname": "prefork@vm",
   "timestamp": 1795719755.1955574,
   "pid": 32763,
   "runtime": 0.607086697998966,
   "result": "3",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "WARNING/ForkPoolWorker-1 demo.errors.chatty[5f7f952b-c647-4fd0-846a-ca6c85297cb3]: done after 3 steps",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795719755.3877635
  },
  {
   "kind": "note",
   "text": "INFO/ForkPoolWorker-1 Task demo.errors.chatty[5f7f952b-c647-4fd0-846a-ca6c85297cb3] succeeded in 0.607086697998966s: 3",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795719755.3877804
  },
  {
   "kind": "summary",
   "run_id": "2d8cd7e1b2d0",
   "demo": "errors.logging",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "log",
     "facts": [
      {
       "label": "chatty() returned",
       "value": 3
      },
      {
       "label": "log lines",
       "value": 6
      }
     ],
     "lines": [
      {
       "text": "Task demo.errors.chatty[5f7f952b-c647-4fd0-846a-ca6c85297cb3] received",
       "source": "prefork",
       "level": "INFO"
      },
      {
       "text": "demo.errors.chatty[5f7f952b-c647-4fd0-846a-ca6c85297cb3]: step 1 of 3",
       "source": "prefork",
       "level": "INFO"
      },
      {
       "text": "demo.errors.chatty[5f7f952b-c647-4fd0-846a-ca6c85297cb3]: step 2 of 3",
       "source": "prefork",
       "level": "INFO"
      },
      {
       "text": "demo.errors.chatty[5f7f952b-c647-4fd0-846a-ca6c85297cb3]: step 3 of 3",
       "source": "prefork",
       "level": "INFO"
      },
      {
       "text": "demo.errors.chatty[5f7f952b-c647-4fd0-846a-ca6c85297cb3]: done after 3 steps",
       "source": "prefork",
       "level": "WARNING"
      },
      {
       "text": "Task demo.errors.chatty[5f7f952b-c647-4fd0-846a-ca6c85297cb3] succeeded in 0.607086697998966s: 3",
       "source": "prefork",
       "level": "INFO"
      }
     ]
    },
    "steps": 3,
    "log lines": 6
   },
   "error": null,
   "tasks": [
    {
     "uuid": "5f7f952b-c647-4fd0-846a-ca6c85297cb3",
     "state": "SUCCEEDED",
     "name": "demo.errors.chatty",
     "hostname": "prefork@vm",
     "at": 1795719755.1955574,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.607086697998966,
     "result": "3"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795719754.5762997,
   "finished": 1795719755.3880365,
   "duration": 0.812,
   "timestamp": 1795719755.3880568
  }
 ]
};
