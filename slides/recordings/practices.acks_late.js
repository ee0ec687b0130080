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
 "recorded": "2026-11-24T14:37:15+00:00",
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
   "run_id": "bde9df57e286",
   "demo": "practices.acks_late",
   "title": "acks_late: a killed worker loses the task, unless it acks late",
   "params": {
    "seconds": 3.0
   },
   "broker": "redis://127.0.0.1:54423/0",
   "follow": "events",
   "command": "invoke demo practices.acks_late",
   "timestamp": 1795531035.22859
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "24653391-a988-45ba-884d-433c7aeea309",
   "name": "demo.practices.charge_order_early_ack",
   "hostname": "prefork@vm",
   "timestamp": 1795531036.2524257,
   "args": "()",
   "kwargs": "{'order_id': 1, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "24653391-a988-45ba-884d-433c7aeea309",
   "parent_id": null,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "24653391-a988-45ba-884d-433c7aeea309",
   "hostname": "prefork@vm",
   "timestamp": 1795531036.2569318,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "24653391-a988-45ba-884d-433c7aeea309",
   "name": "demo.practices.charge_order_early_ack",
   "hostname": "gen7196@vm",
   "timestamp": 1795531036.2598705,
   "args": "()",
   "kwargs": "{'order_id': 1, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "24653391-a988-45ba-884d-433c7aeea309",
   "parent_id": null,
   "pid": 7196,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "note",
   "text": "early ack: order 1 running in pid 8027 -- kill -9 8027",
   "data": null,
   "timestamp": 1795531036.2638202
  },
  {
   "kind": "note",
   "text": "early ack: FAILURE after 1 deliveries",
   "data": null,
   "timestamp": 1795531038.3529956
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "1496a112-e74c-487c-9681-19d22d29c6be",
   "name": "demo.practices.charge_order",
   "hostname": "gen7196@vm",
   "timestamp": 1795531038.3552437,
   "args": "()",
   "kwargs": "{'order_id': 2, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "1496a112-e74c-487c-9681-19d22d29c6be",
   "parent_id": null,
   "pid": 7196,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "24653391-a988-45ba-884d-433c7aeea309",
   "hostname": "prefork@vm",
   "timestamp": 1795531038.3524783,
   "pid": 6809,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/tmp/venv/lib/python3.11/site-packages/billiard/pool.py\", line 1367, in mark_as_worker_lost\n    raise WorkerLostError(\nbilliard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 153.\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "1496a112-e74c-487c-9681-19d22d29c6be",
   "name": "demo.practices.charge_order",
   "hostname": "prefork@vm",
   "timestamp": 1795531038.6112704,
   "args": "()",
   "kwargs": "{'order_id': 2, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "1496a112-e74c-487c-9681-19d22d29c6be",
   "parent_id": null,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "1496a112-e74c-487c-9681-19d22d29c6be",
   "hostname": "prefork@vm",
   "timestamp": 1795531038.6148362,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acks_late: order 2 running in pid 7086 -- kill -9 7086",
   "data": null,
   "timestamp": 1795531038.6238186
  },
  {
   "kind": "event",
   "type": "task-rejected",
   "uuid": "1496a112-e74c-487c-9681-19d22d29c6be",
   "hostname": "prefork@vm",
   "timestamp": 1795531038.6470077,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "1496a112-e74c-487c-9681-19d22d29c6be",
   "name": "demo.practices.charge_order",
   "hostname": "prefork@vm",
   "timestamp": 1795531038.8345938,
   "args": "()",
   "kwargs": "{'order_id': 2, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "1496a112-e74c-487c-9681-19d22d29c6be",
   "parent_id": null,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "1496a112-e74c-487c-9681-19d22d29c6be",
   "hostname": "prefork@vm",
   "timestamp": 1795531038.8378005,
   "pid": 6809,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acks_late: SUCCESS after 2 deliveries",
   "data": null,
   "timestamp": 1795531041.84557
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "1496a112-e74c-487c-9681-19d22d29c6be",
   "hostname": "prefork@vm",
   "timestamp": 1795531041.842657,
   "pid": 6809,
   "runtime": 3.0036086339996473,
   "result": "{'order_id': 2, 'charged': True}",
   "pool": "prefork"
  },
  {
   "kind": "summary",
   "run_id": "bde9df57e286",
   "demo": "practices.acks_late",
   "status": "succeeded",
   "result": {
    "early ack": {
     "state": "FAILURE",
     "error": "WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 153.",
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
     "uuid": "24653391-a988-45ba-884d-433c7aeea309",
     "state": "FAILED",
     "name": "demo.practices.charge_order_early_ack",
     "hostname": "prefork@vm",
     "pool": "prefork",
     "pid": 6809,
     "at": 1795531038.3524783,
     "event": "task-failed",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "1496a112-e74c-487c-9681-19d22d29c6be",
     "state": "SUCCEEDED",
     "name": "demo.practices.charge_order",
     "hostname": "prefork@vm",
     "pid": 6809,
     "at": 1795531041.842657,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 3.0036086339996473,
     "result": "{'order_id': 2, 'charged': True}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:54423/0",
   "started": 1795531035.22859,
   "finished": 1795531041.8460088,
   "duration": 6.617,
   "timestamp": 1795531041.846029
  }
 ]
};
