/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["practices.acks_late"] = {
 "id": "practices.acks_late",
 "title": "acks_late: a killed worker loses the task, unless it acks late",
 "scenario": {
  "id": "practices.acks_late",
  "title": "acks_late: a killed worker loses the task, unless it acks late",
  "slide": "Program for Celery / Best practices",
  "description": "charge_order_early_ack and charge_order (acks_late, reject_on_worker_lost) each\n    get their pool process SIGKILLed mid-task. The early-acked message is gone; the\n    late-acked one is redelivered and completes.",
  "command": "invoke demo practices.acks_late",
  "timeout": 60,
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
 "recorded": "2026-11-24T14:57:21+00:00",
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
  "seconds": 3.0
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "fa13a21d6c06",
   "demo": "practices.acks_late",
   "title": "acks_late: a killed worker loses the task, unless it acks late",
   "params": {
    "seconds": 3.0
   },
   "broker": "redis://127.0.0.1:54423/0",
   "follow": "events",
   "command": "invoke demo practices.acks_late",
   "timestamp": 1795532241.119949
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "6e67477d-61d8-445b-b5c1-5c9f1f2df84c",
   "name": "demo.practices.charge_order_early_ack",
   "hostname": "gen26244@vm",
   "timestamp": 1795532241.1435628,
   "args": "()",
   "kwargs": "{'order_id': 1, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "6e67477d-61d8-445b-b5c1-5c9f1f2df84c",
   "parent_id": null,
   "pid": 26244,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "6e67477d-61d8-445b-b5c1-5c9f1f2df84c",
   "name": "demo.practices.charge_order_early_ack",
   "hostname": "prefork@vm",
   "timestamp": 1795532241.1488206,
   "args": "()",
   "kwargs": "{'order_id': 1, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "6e67477d-61d8-445b-b5c1-5c9f1f2df84c",
   "parent_id": null,
   "pid": 22144,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "6e67477d-61d8-445b-b5c1-5c9f1f2df84c",
   "hostname": "prefork@vm",
   "timestamp": 1795532241.1543972,
   "pid": 22144,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "early ack: order 1 running in pid 26295 -- kill -9 26295",
   "data": null,
   "timestamp": 1795532241.1587176
  },
  {
   "kind": "note",
   "text": "early ack: FAILURE after 1 deliveries",
   "data": null,
   "timestamp": 1795532241.1781843
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "7f3cecca-19d8-4ef8-88cb-e2ef1a703e58",
   "name": "demo.practices.charge_order",
   "hostname": "gen26244@vm",
   "timestamp": 1795532241.180772,
   "args": "()",
   "kwargs": "{'order_id': 2, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "7f3cecca-19d8-4ef8-88cb-e2ef1a703e58",
   "parent_id": null,
   "pid": 26244,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "6e67477d-61d8-445b-b5c1-5c9f1f2df84c",
   "hostname": "prefork@vm",
   "timestamp": 1795532241.1776798,
   "pid": 22144,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/tmp/venv/lib/python3.11/site-packages/billiard/pool.py\", line 1367, in mark_as_worker_lost\n    raise WorkerLostError(\nbilliard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 188.\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "7f3cecca-19d8-4ef8-88cb-e2ef1a703e58",
   "name": "demo.practices.charge_order",
   "hostname": "prefork@vm",
   "timestamp": 1795532241.2698023,
   "args": "()",
   "kwargs": "{'order_id': 2, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "7f3cecca-19d8-4ef8-88cb-e2ef1a703e58",
   "parent_id": null,
   "pid": 22144,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "7f3cecca-19d8-4ef8-88cb-e2ef1a703e58",
   "hostname": "prefork@vm",
   "timestamp": 1795532241.2746463,
   "pid": 22144,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acks_late: order 2 running in pid 22175 -- kill -9 22175",
   "data": null,
   "timestamp": 1795532241.2885766
  },
  {
   "kind": "event",
   "type": "task-rejected",
   "uuid": "7f3cecca-19d8-4ef8-88cb-e2ef1a703e58",
   "hostname": "prefork@vm",
   "timestamp": 1795532241.3169851,
   "pid": 22144,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "7f3cecca-19d8-4ef8-88cb-e2ef1a703e58",
   "name": "demo.practices.charge_order",
   "hostname": "prefork@vm",
   "timestamp": 1795532241.462239,
   "args": "()",
   "kwargs": "{'order_id': 2, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "7f3cecca-19d8-4ef8-88cb-e2ef1a703e58",
   "parent_id": null,
   "pid": 22144,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "7f3cecca-19d8-4ef8-88cb-e2ef1a703e58",
   "hostname": "prefork@vm",
   "timestamp": 1795532241.4688501,
   "pid": 22144,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acks_late: SUCCESS after 2 deliveries",
   "data": null,
   "timestamp": 1795532244.477916
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "7f3cecca-19d8-4ef8-88cb-e2ef1a703e58",
   "hostname": "prefork@vm",
   "timestamp": 1795532244.4790223,
   "pid": 22144,
   "runtime": 3.0092982799997117,
   "result": "{'order_id': 2, 'charged': True}",
   "pool": "prefork"
  },
  {
   "kind": "summary",
   "run_id": "fa13a21d6c06",
   "demo": "practices.acks_late",
   "status": "succeeded",
   "result": {
    "early ack": {
     "state": "FAILURE",
     "error": "WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 188.",
     "deliveries": 1
    },
    "acks_late": {
     "state": "SUCCESS",
     "result": {
      "order_id": 2,
      "charged": true
     },
     "deliveries": 2
    }
   },
   "error": null,
   "tasks": [
    {
     "uuid": "6e67477d-61d8-445b-b5c1-5c9f1f2df84c",
     "state": "FAILED",
     "name": "demo.practices.charge_order_early_ack",
     "hostname": "prefork@vm",
     "at": 1795532241.1776798,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "7f3cecca-19d8-4ef8-88cb-e2ef1a703e58",
     "state": "SUCCEEDED",
     "name": "demo.practices.charge_order",
     "hostname": "prefork@vm",
     "at": 1795532244.4790223,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 3.0092982799997117,
     "result": "{'order_id': 2, 'charged': True}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:54423/0",
   "started": 1795532241.119949,
   "finished": 1795532244.4816055,
   "duration": 3.362,
   "timestamp": 1795532244.4816535
  }
 ]
};
