/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["practices.acks_late"] = {
 "id": "practices.acks_late",
 "title": "A pool process dies mid-task: failed, or run again?",
 "scenario": {
  "id": "practices.acks_late",
  "title": "A pool process dies mid-task: failed, or run again?",
  "slide": "Program for Celery / Best practices",
  "description": "The same charge task, acknowledged four ways (default early ack, acks_late,\n    acks_late + reject_on_worker_lost, retry_on_worker_lost), each sent to the prefork\n    worker; its pool process is SIGKILLed mid-task and the worker's main process reports\n    the loss. What became of each: FAILURE (WorkerLostError) and never run again, or run\n    again to SUCCESS.",
  "command": "invoke demo practices.acks_late",
  "timeout": 90,
  "params": [
   {
    "name": "seconds",
    "type": "number",
    "default": 3.0,
    "min": 1,
    "max": 10,
    "choices": null,
    "limits": "between 1 and 10",
    "help": "how long charging an order takes"
   }
  ]
 },
 "recorded": "2026-11-26T19:02:35+00:00",
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
  "seconds": 3.0
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "b21d4a72cdef",
   "demo": "practices.acks_late",
   "title": "A pool process dies mid-task: failed, or run again?",
   "params": {
    "seconds": 3.0
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo practices.acks_late",
   "timestamp": 1795719755.5966933
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "def121d7-ef71-4072-9df5-4e474108df1b",
   "name": "demo.practices.charge_order_early_ack",
   "hostname": "gen364@vm",
   "timestamp": 1795719755.6060383,
   "args": "()",
   "kwargs": "{'order_id': 1, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "def121d7-ef71-4072-9df5-4e474108df1b",
   "parent_id": null,
   "pid": 364,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "def121d7-ef71-4072-9df5-4e474108df1b",
   "name": "demo.practices.charge_order_early_ack",
   "hostname": "prefork@vm",
   "timestamp": 1795719755.6119034,
   "args": "()",
   "kwargs": "{'order_id': 1, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "def121d7-ef71-4072-9df5-4e474108df1b",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "def121d7-ef71-4072-9df5-4e474108df1b",
   "hostname": "prefork@vm",
   "timestamp": 1795719755.6152594,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "default (early ack): order 1 running in pid 479 -- kill -9 479",
   "data": null,
   "timestamp": 1795719755.6242185
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "def121d7-ef71-4072-9df5-4e474108df1b",
   "hostname": "prefork@vm",
   "timestamp": 1795719760.1826835,
   "pid": 32763,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/billiard/pool.py\", line 1367, in mark_as_worker_lost\n    raise WorkerLostError(\nbilliard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 59.\n",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "default (early ack): FAILURE WorkerLostError, 1 deliveries -> failed: never runs again",
   "data": null,
   "timestamp": 1795719760.261209
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "32140b44-194a-4ad3-89d9-65452c73c42f",
   "name": "demo.practices.charge_order_acks_late_only",
   "hostname": "gen364@vm",
   "timestamp": 1795719760.2632422,
   "args": "()",
   "kwargs": "{'order_id': 2, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "32140b44-194a-4ad3-89d9-65452c73c42f",
   "parent_id": null,
   "pid": 364,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "32140b44-194a-4ad3-89d9-65452c73c42f",
   "name": "demo.practices.charge_order_acks_late_only",
   "hostname": "prefork@vm",
   "timestamp": 1795719760.264911,
   "args": "()",
   "kwargs": "{'order_id': 2, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "32140b44-194a-4ad3-89d9-65452c73c42f",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "32140b44-194a-4ad3-89d9-65452c73c42f",
   "hostname": "prefork@vm",
   "timestamp": 1795719760.2662332,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acks_late: order 2 running in pid 486 -- kill -9 486",
   "data": null,
   "timestamp": 1795719760.2740264
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "32140b44-194a-4ad3-89d9-65452c73c42f",
   "hostname": "prefork@vm",
   "timestamp": 1795719760.291147,
   "pid": 32763,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/billiard/pool.py\", line 1367, in mark_as_worker_lost\n    raise WorkerLostError(\nbilliard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 60.\n",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acks_late: FAILURE WorkerLostError, 1 deliveries -> failed: never runs again",
   "data": null,
   "timestamp": 1795719760.3526247
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "2f472b28-62ce-4f34-b977-9f0c64d260cf",
   "name": "demo.practices.charge_order",
   "hostname": "gen364@vm",
   "timestamp": 1795719760.3544054,
   "args": "()",
   "kwargs": "{'order_id': 3, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "2f472b28-62ce-4f34-b977-9f0c64d260cf",
   "parent_id": null,
   "pid": 364,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "2f472b28-62ce-4f34-b977-9f0c64d260cf",
   "name": "demo.practices.charge_order",
   "hostname": "prefork@vm",
   "timestamp": 1795719760.3565142,
   "args": "()",
   "kwargs": "{'order_id': 3, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "2f472b28-62ce-4f34-b977-9f0c64d260cf",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "2f472b28-62ce-4f34-b977-9f0c64d260cf",
   "hostname": "prefork@vm",
   "timestamp": 1795719760.3577306,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acks_late + reject_on_worker_lost: order 3 running in pid 487 -- kill -9 487",
   "data": null,
   "timestamp": 1795719760.3673675
  },
  {
   "kind": "event",
   "type": "task-rejected",
   "uuid": "2f472b28-62ce-4f34-b977-9f0c64d260cf",
   "hostname": "prefork@vm",
   "timestamp": 1795719765.2634578,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "2f472b28-62ce-4f34-b977-9f0c64d260cf",
   "name": "demo.practices.charge_order",
   "hostname": "prefork@vm",
   "timestamp": 1795719765.3228881,
   "args": "()",
   "kwargs": "{'order_id': 3, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "2f472b28-62ce-4f34-b977-9f0c64d260cf",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "2f472b28-62ce-4f34-b977-9f0c64d260cf",
   "hostname": "prefork@vm",
   "timestamp": 1795719765.3243349,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "2f472b28-62ce-4f34-b977-9f0c64d260cf",
   "hostname": "prefork@vm",
   "timestamp": 1795719768.329582,
   "pid": 32763,
   "runtime": 3.00422065299972,
   "result": "{'order_id': 3, 'charged': True}",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acks_late + reject_on_worker_lost: SUCCESS, 2 deliveries -> ran again (requeued)",
   "data": null,
   "timestamp": 1795719768.3308642
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "e36a32d7-3b87-4c4d-ab3a-7bd3516abd82",
   "name": "demo.practices.charge_order_retry_lost",
   "hostname": "gen364@vm",
   "timestamp": 1795719768.3329062,
   "args": "()",
   "kwargs": "{'order_id': 4, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "e36a32d7-3b87-4c4d-ab3a-7bd3516abd82",
   "parent_id": null,
   "pid": 364,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "e36a32d7-3b87-4c4d-ab3a-7bd3516abd82",
   "name": "demo.practices.charge_order_retry_lost",
   "hostname": "prefork@vm",
   "timestamp": 1795719768.333481,
   "args": "()",
   "kwargs": "{'order_id': 4, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "e36a32d7-3b87-4c4d-ab3a-7bd3516abd82",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "e36a32d7-3b87-4c4d-ab3a-7bd3516abd82",
   "hostname": "prefork@vm",
   "timestamp": 1795719768.3348265,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "retry_on_worker_lost: order 4 running in pid 490 -- kill -9 490",
   "data": null,
   "timestamp": 1795719768.3365903
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "e36a32d7-3b87-4c4d-ab3a-7bd3516abd82",
   "name": "demo.practices.charge_order_retry_lost",
   "hostname": "gen32763@vm",
   "timestamp": 1795719768.3553388,
   "args": "()",
   "kwargs": "{'order_id': 4, 'seconds': 3.0}",
   "retries": 1,
   "eta": "2026-11-26T19:02:49.353491+00:00",
   "expires": null,
   "root_id": "e36a32d7-3b87-4c4d-ab3a-7bd3516abd82",
   "parent_id": null,
   "pid": 32763,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-retried",
   "uuid": "e36a32d7-3b87-4c4d-ab3a-7bd3516abd82",
   "hostname": "prefork@vm",
   "timestamp": 1795719768.3565822,
   "pid": 32763,
   "exception": "WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: 64.')",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/billiard/pool.py\", line 1367, in mark_as_worker_lost\n    raise WorkerLostError(\nbilliard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 64.\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "e36a32d7-3b87-4c4d-ab3a-7bd3516abd82",
   "name": "demo.practices.charge_order_retry_lost",
   "hostname": "prefork@vm",
   "timestamp": 1795719768.4050183,
   "args": "()",
   "kwargs": "{'order_id': 4, 'seconds': 3.0}",
   "retries": 1,
   "eta": "2026-11-26T19:02:49.353491+00:00",
   "expires": null,
   "root_id": "e36a32d7-3b87-4c4d-ab3a-7bd3516abd82",
   "parent_id": null,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "e36a32d7-3b87-4c4d-ab3a-7bd3516abd82",
   "hostname": "prefork@vm",
   "timestamp": 1795719769.3545744,
   "pid": 32763,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "e36a32d7-3b87-4c4d-ab3a-7bd3516abd82",
   "hostname": "prefork@vm",
   "timestamp": 1795719772.362345,
   "pid": 32763,
   "runtime": 3.0061640750009246,
   "result": "{'order_id': 4, 'charged': True}",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "retry_on_worker_lost: SUCCESS, 2 deliveries -> ran again (sent again as a retry)",
   "data": null,
   "timestamp": 1795719772.3641067
  },
  {
   "kind": "summary",
   "run_id": "b21d4a72cdef",
   "demo": "practices.acks_late",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "table",
     "columns": [
      "acknowledged",
      "when the process died",
      "state",
      "deliveries",
      "became"
     ],
     "rows": [
      [
       "default (early ack)",
       "acked when it started",
       {
        "value": "FAILURE",
        "tone": "bad"
       },
       1,
       "failed: never runs again"
      ],
      [
       "acks_late",
       "acked as failed",
       {
        "value": "FAILURE",
        "tone": "bad"
       },
       1,
       "failed: never runs again"
      ],
      [
       "acks_late + reject_on_worker_lost",
       "rejected, requeued",
       {
        "value": "SUCCESS",
        "tone": "good"
       },
       2,
       "ran again (requeued)"
      ],
      [
       "retry_on_worker_lost",
       "acked, retry sent",
       {
        "value": "SUCCESS",
        "tone": "good"
       },
       2,
       "ran again (sent again as a retry)"
      ]
     ]
    },
    "outcomes": [
     {
      "task": "default (early ack)",
      "message": "acked when it started",
      "state": "FAILURE",
      "error": "WorkerLostError",
      "deliveries": 1,
      "became": "failed: never runs again"
     },
     {
      "task": "acks_late",
      "message": "acked as failed",
      "state": "FAILURE",
      "error": "WorkerLostError",
      "deliveries": 1,
      "became": "failed: never runs again"
     },
     {
      "task": "acks_late + reject_on_worker_lost",
      "message": "rejected, requeued",
      "state": "SUCCESS",
      "error": "",
      "deliveries": 2,
      "became": "ran again (requeued)"
     },
     {
      "task": "retry_on_worker_lost",
      "message": "acked, retry sent",
      "state": "SUCCESS",
      "error": "",
      "deliveries": 2,
      "became": "ran again (sent again as a retry)"
     }
    ]
   },
   "error": null,
   "tasks": [
    {
     "uuid": "def121d7-ef71-4072-9df5-4e474108df1b",
     "state": "FAILED",
     "name": "demo.practices.charge_order_early_ack",
     "hostname": "prefork@vm",
     "at": 1795719760.1826835,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "32140b44-194a-4ad3-89d9-65452c73c42f",
     "state": "FAILED",
     "name": "demo.practices.charge_order_acks_late_only",
     "hostname": "prefork@vm",
     "at": 1795719760.291147,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "2f472b28-62ce-4f34-b977-9f0c64d260cf",
     "state": "SUCCEEDED",
     "name": "demo.practices.charge_order",
     "hostname": "prefork@vm",
     "at": 1795719768.329582,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 3.00422065299972,
     "result": "{'order_id': 3, 'charged': True}"
    },
    {
     "uuid": "e36a32d7-3b87-4c4d-ab3a-7bd3516abd82",
     "state": "SUCCEEDED",
     "name": "demo.practices.charge_order_retry_lost",
     "hostname": "prefork@vm",
     "at": 1795719772.362345,
     "event": "task-succeeded",
     "pool": "prefork",
     "exception": "WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: 64.')",
     "runtime": 3.0061640750009246,
     "result": "{'order_id': 4, 'charged': True}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795719755.5966933,
   "finished": 1795719772.364189,
   "duration": 16.767,
   "timestamp": 1795719772.3642075
  }
 ]
};
