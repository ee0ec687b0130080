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
 "recorded": "2026-11-26T18:19:38+00:00",
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
  "seconds": 3.0
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "4b3da59e7934",
   "demo": "practices.acks_late",
   "title": "A pool process dies mid-task: failed, or run again?",
   "params": {
    "seconds": 3.0
   },
   "broker": "redis://127.0.0.1:31379/0",
   "follow": "events",
   "command": "invoke demo practices.acks_late",
   "timestamp": 1795717178.3722339
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "389f30bd-4c03-4c5b-a48c-ddc042c5a504",
   "name": "demo.practices.charge_order_early_ack",
   "hostname": "gen17537@vm",
   "timestamp": 1795717178.4242027,
   "args": "()",
   "kwargs": "{'order_id': 1, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "389f30bd-4c03-4c5b-a48c-ddc042c5a504",
   "parent_id": null,
   "pid": 17537,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "389f30bd-4c03-4c5b-a48c-ddc042c5a504",
   "name": "demo.practices.charge_order_early_ack",
   "hostname": "prefork@vm",
   "timestamp": 1795717178.4275079,
   "args": "()",
   "kwargs": "{'order_id': 1, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "389f30bd-4c03-4c5b-a48c-ddc042c5a504",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "389f30bd-4c03-4c5b-a48c-ddc042c5a504",
   "hostname": "prefork@vm",
   "timestamp": 1795717178.4305012,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "default (early ack): order 1 running in pid 16490 -- kill -9 16490",
   "data": null,
   "timestamp": 1795717178.4376075
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "389f30bd-4c03-4c5b-a48c-ddc042c5a504",
   "hostname": "prefork@vm",
   "timestamp": 1795717178.468092,
   "pid": 16420,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/billiard/pool.py\", line 1367, in mark_as_worker_lost\n    raise WorkerLostError(\nbilliard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 1584.\n",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "default (early ack): FAILURE WorkerLostError, 1 deliveries -> failed: never runs again",
   "data": null,
   "timestamp": 1795717178.891488
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "f101797f-37a5-4a5c-beb6-5f872816ff44",
   "name": "demo.practices.charge_order_acks_late_only",
   "hostname": "gen17537@vm",
   "timestamp": 1795717178.894302,
   "args": "()",
   "kwargs": "{'order_id': 2, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f101797f-37a5-4a5c-beb6-5f872816ff44",
   "parent_id": null,
   "pid": 17537,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "f101797f-37a5-4a5c-beb6-5f872816ff44",
   "name": "demo.practices.charge_order_acks_late_only",
   "hostname": "prefork@vm",
   "timestamp": 1795717178.898831,
   "args": "()",
   "kwargs": "{'order_id': 2, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f101797f-37a5-4a5c-beb6-5f872816ff44",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "f101797f-37a5-4a5c-beb6-5f872816ff44",
   "hostname": "prefork@vm",
   "timestamp": 1795717178.9139993,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acks_late: order 2 running in pid 19129 -- kill -9 19129",
   "data": null,
   "timestamp": 1795717178.9517875
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "f101797f-37a5-4a5c-beb6-5f872816ff44",
   "hostname": "prefork@vm",
   "timestamp": 1795717178.9832048,
   "pid": 16420,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/billiard/pool.py\", line 1367, in mark_as_worker_lost\n    raise WorkerLostError(\nbilliard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 1585.\n",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acks_late: FAILURE WorkerLostError, 1 deliveries -> failed: never runs again",
   "data": null,
   "timestamp": 1795717179.4099586
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "8ed1460a-156e-42ce-8272-dc5a79dd3bd9",
   "name": "demo.practices.charge_order",
   "hostname": "gen17537@vm",
   "timestamp": 1795717179.4120736,
   "args": "()",
   "kwargs": "{'order_id': 3, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "8ed1460a-156e-42ce-8272-dc5a79dd3bd9",
   "parent_id": null,
   "pid": 17537,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "8ed1460a-156e-42ce-8272-dc5a79dd3bd9",
   "name": "demo.practices.charge_order",
   "hostname": "prefork@vm",
   "timestamp": 1795717179.4148624,
   "args": "()",
   "kwargs": "{'order_id': 3, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "8ed1460a-156e-42ce-8272-dc5a79dd3bd9",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "8ed1460a-156e-42ce-8272-dc5a79dd3bd9",
   "hostname": "prefork@vm",
   "timestamp": 1795717179.4174101,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acks_late + reject_on_worker_lost: order 3 running in pid 19134 -- kill -9 19134",
   "data": null,
   "timestamp": 1795717179.4684002
  },
  {
   "kind": "event",
   "type": "task-rejected",
   "uuid": "8ed1460a-156e-42ce-8272-dc5a79dd3bd9",
   "hostname": "prefork@vm",
   "timestamp": 1795717179.5018365,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "8ed1460a-156e-42ce-8272-dc5a79dd3bd9",
   "name": "demo.practices.charge_order",
   "hostname": "prefork@vm",
   "timestamp": 1795717179.638528,
   "args": "()",
   "kwargs": "{'order_id': 3, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "8ed1460a-156e-42ce-8272-dc5a79dd3bd9",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "8ed1460a-156e-42ce-8272-dc5a79dd3bd9",
   "hostname": "prefork@vm",
   "timestamp": 1795717179.6755784,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "8ed1460a-156e-42ce-8272-dc5a79dd3bd9",
   "hostname": "prefork@vm",
   "timestamp": 1795717182.7217436,
   "pid": 16420,
   "runtime": 3.0446121630011476,
   "result": "{'order_id': 3, 'charged': True}",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acks_late + reject_on_worker_lost: SUCCESS, 2 deliveries -> ran again (requeued)",
   "data": null,
   "timestamp": 1795717182.723198
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "6ae4ef26-1fb7-45f3-bf36-8da5c3e6c679",
   "name": "demo.practices.charge_order_retry_lost",
   "hostname": "gen17537@vm",
   "timestamp": 1795717182.7256792,
   "args": "()",
   "kwargs": "{'order_id': 4, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "6ae4ef26-1fb7-45f3-bf36-8da5c3e6c679",
   "parent_id": null,
   "pid": 17537,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "6ae4ef26-1fb7-45f3-bf36-8da5c3e6c679",
   "name": "demo.practices.charge_order_retry_lost",
   "hostname": "prefork@vm",
   "timestamp": 1795717182.7357857,
   "args": "()",
   "kwargs": "{'order_id': 4, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "6ae4ef26-1fb7-45f3-bf36-8da5c3e6c679",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "6ae4ef26-1fb7-45f3-bf36-8da5c3e6c679",
   "hostname": "prefork@vm",
   "timestamp": 1795717182.738675,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "retry_on_worker_lost: order 4 running in pid 19137 -- kill -9 19137",
   "data": null,
   "timestamp": 1795717182.7613134
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "6ae4ef26-1fb7-45f3-bf36-8da5c3e6c679",
   "name": "demo.practices.charge_order_retry_lost",
   "hostname": "gen16420@vm",
   "timestamp": 1795717183.9075584,
   "args": "()",
   "kwargs": "{'order_id': 4, 'seconds': 3.0}",
   "retries": 1,
   "eta": "2026-11-26T18:19:44.905943+00:00",
   "expires": null,
   "root_id": "6ae4ef26-1fb7-45f3-bf36-8da5c3e6c679",
   "parent_id": null,
   "pid": 16420,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-retried",
   "uuid": "6ae4ef26-1fb7-45f3-bf36-8da5c3e6c679",
   "hostname": "prefork@vm",
   "timestamp": 1795717183.9111085,
   "pid": 16420,
   "exception": "WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: 1588.')",
   "traceback": "Traceback (most recent call last):\n  File \"/work/wt/panel/.venv/lib/python3.11/site-packages/billiard/pool.py\", line 1367, in mark_as_worker_lost\n    raise WorkerLostError(\nbilliard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 1588.\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "6ae4ef26-1fb7-45f3-bf36-8da5c3e6c679",
   "name": "demo.practices.charge_order_retry_lost",
   "hostname": "prefork@vm",
   "timestamp": 1795717184.1655798,
   "args": "()",
   "kwargs": "{'order_id': 4, 'seconds': 3.0}",
   "retries": 1,
   "eta": "2026-11-26T18:19:44.905943+00:00",
   "expires": null,
   "root_id": "6ae4ef26-1fb7-45f3-bf36-8da5c3e6c679",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "6ae4ef26-1fb7-45f3-bf36-8da5c3e6c679",
   "hostname": "prefork@vm",
   "timestamp": 1795717184.9080317,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "6ae4ef26-1fb7-45f3-bf36-8da5c3e6c679",
   "hostname": "prefork@vm",
   "timestamp": 1795717187.9123921,
   "pid": 16420,
   "runtime": 3.0037605710003845,
   "result": "{'order_id': 4, 'charged': True}",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "retry_on_worker_lost: SUCCESS, 2 deliveries -> ran again (sent again as a retry)",
   "data": null,
   "timestamp": 1795717187.9165142
  },
  {
   "kind": "summary",
   "run_id": "4b3da59e7934",
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
     "uuid": "389f30bd-4c03-4c5b-a48c-ddc042c5a504",
     "state": "FAILED",
     "name": "demo.practices.charge_order_early_ack",
     "hostname": "prefork@vm",
     "at": 1795717178.468092,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "f101797f-37a5-4a5c-beb6-5f872816ff44",
     "state": "FAILED",
     "name": "demo.practices.charge_order_acks_late_only",
     "hostname": "prefork@vm",
     "at": 1795717178.9832048,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "8ed1460a-156e-42ce-8272-dc5a79dd3bd9",
     "state": "SUCCEEDED",
     "name": "demo.practices.charge_order",
     "hostname": "prefork@vm",
     "at": 1795717182.7217436,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 3.0446121630011476,
     "result": "{'order_id': 3, 'charged': True}"
    },
    {
     "uuid": "6ae4ef26-1fb7-45f3-bf36-8da5c3e6c679",
     "state": "SUCCEEDED",
     "name": "demo.practices.charge_order_retry_lost",
     "hostname": "prefork@vm",
     "at": 1795717187.9123921,
     "event": "task-succeeded",
     "pool": "prefork",
     "exception": "WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: 1588.')",
     "runtime": 3.0037605710003845,
     "result": "{'order_id': 4, 'charged': True}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:31379/0",
   "started": 1795717178.3722339,
   "finished": 1795717187.9166236,
   "duration": 9.544,
   "timestamp": 1795717187.9166462
  }
 ]
};
