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
 "recorded": "2026-11-26T18:19:37+00:00",
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
  "steps": 3
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "1ab22a8ce597",
   "demo": "errors.logging",
   "title": "get_task_logger: the task's own log lines",
   "params": {
    "steps": 3
   },
   "broker": "redis://127.0.0.1:31379/0",
   "follow": "events",
   "command": "invoke demo errors.logging",
   "timestamp": 1795717177.5091715
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "81eb711c-c5f6-4a87-9717-f987f8b8a01d",
   "name": "demo.errors.chatty",
   "hostname": "gen17537@vm",
   "timestamp": 1795717177.5117502,
   "args": "(3,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "81eb711c-c5f6-4a87-9717-f987f8b8a01d",
   "parent_id": null,
   "pid": 17537,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "note",
   "text": "chatty(3) logs through get_task_logger(__name__)",
   "data": null,
   "timestamp": 1795717177.5149667
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "81eb711c-c5f6-4a87-9717-f987f8b8a01d",
   "name": "demo.errors.chatty",
   "hostname": "prefork@vm",
   "timestamp": 1795717177.517668,
   "args": "(3,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "81eb711c-c5f6-4a87-9717-f987f8b8a01d",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "81eb711c-c5f6-4a87-9717-f987f8b8a01d",
   "hostname": "prefork@vm",
   "timestamp": 1795717177.5186825,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "INFO/MainProcess Task demo.errors.chatty[81eb711c-c5f6-4a87-9717-f987f8b8a01d] received",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795717177.7317004
  },
  {
   "kind": "note",
   "text": "INFO/ForkPoolWorker-1 demo.errors.chatty[81eb711c-c5f6-4a87-9717-f987f8b8a01d]: step 1 of 3",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795717177.7317173
  },
  {
   "kind": "note",
   "text": "INFO/ForkPoolWorker-1 demo.errors.chatty[81eb711c-c5f6-4a87-9717-f987f8b8a01d]: step 2 of 3",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795717177.731724
  },
  {
   "kind": "note",
   "text": "INFO/ForkPoolWorker-1 demo.errors.chatty[81eb711c-c5f6-4a87-9717-f987f8b8a01d]: step 3 of 3",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795717177.9347355
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "81eb711c-c5f6-4a87-9717-f987f8b8a01d",
   "hostname": "prefork@vm",
   "timestamp": 1795717178.1280198,
   "pid": 16420,
   "runtime": 0.6084153779993358,
   "result": "3",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "WARNING/ForkPoolWorker-1 demo.errors.chatty[81eb711c-c5f6-4a87-9717-f987f8b8a01d]: done after 3 steps",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795717178.1364124
  },
  {
   "kind": "note",
   "text": "INFO/ForkPoolWorker-1 Task demo.errors.chatty[81eb711c-c5f6-4a87-9717-f987f8b8a01d] succeeded in 0.6084153779993358s: 3",
   "data": {
    "log": "worker-prefork.log"
   },
   "timestamp": 1795717178.1364293
  },
  {
   "kind": "summary",
   "run_id": "1ab22a8ce597",
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
       "text": "Task demo.errors.chatty[81eb711c-c5f6-4a87-9717-f987f8b8a01d] received",
       "source": "prefork",
       "level": "INFO"
      },
      {
       "text": "demo.errors.chatty[81eb711c-c5f6-4a87-9717-f987f8b8a01d]: step 1 of 3",
       "source": "prefork",
       "level": "INFO"
      },
      {
       "text": "demo.errors.chatty[81eb711c-c5f6-4a87-9717-f987f8b8a01d]: step 2 of 3",
       "source": "prefork",
       "level": "INFO"
      },
      {
       "text": "demo.errors.chatty[81eb711c-c5f6-4a87-9717-f987f8b8a01d]: step 3 of 3",
       "source": "prefork",
       "level": "INFO"
      },
      {
       "text": "demo.errors.chatty[81eb711c-c5f6-4a87-9717-f987f8b8a01d]: done after 3 steps",
       "source": "prefork",
       "level": "WARNING"
      },
      {
       "text": "Task demo.errors.chatty[81eb711c-c5f6-4a87-9717-f987f8b8a01d] succeeded in 0.6084153779993358s: 3",
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
     "uuid": "81eb711c-c5f6-4a87-9717-f987f8b8a01d",
     "state": "SUCCEEDED",
     "name": "demo.errors.chatty",
     "hostname": "prefork@vm",
     "at": 1795717178.1280198,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.6084153779993358,
     "result": "3"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:31379/0",
   "started": 1795717177.5091715,
   "finished": 1795717178.1366796,
   "duration": 0.628,
   "timestamp": 1795717178.1366997
  }
 ]
};
