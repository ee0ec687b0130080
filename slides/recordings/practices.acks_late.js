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
 "recorded": "2026-11-26T15:19:41+00:00",
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
   "run_id": "a2ec18db61e6",
   "demo": "practices.acks_late",
   "title": "A pool process dies mid-task: failed, or run again?",
   "params": {
    "seconds": 3.0
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo practices.acks_late",
   "timestamp": 1795706381.3685675
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "1c075454-9dd9-41e6-850f-4748f730c59b",
   "name": "demo.practices.charge_order_early_ack",
   "hostname": "gen11960@vm",
   "timestamp": 1795706381.3802345,
   "args": "()",
   "kwargs": "{'order_id': 1, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "1c075454-9dd9-41e6-850f-4748f730c59b",
   "parent_id": null,
   "pid": 11960,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "1c075454-9dd9-41e6-850f-4748f730c59b",
   "name": "demo.practices.charge_order_early_ack",
   "hostname": "prefork@vm",
   "timestamp": 1795706381.381213,
   "args": "()",
   "kwargs": "{'order_id': 1, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "1c075454-9dd9-41e6-850f-4748f730c59b",
   "parent_id": null,
   "pid": 10808,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "1c075454-9dd9-41e6-850f-4748f730c59b",
   "hostname": "prefork@vm",
   "timestamp": 1795706381.3840878,
   "pid": 10808,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "default (early ack): order 1 running in pid 11294 -- kill -9 11294",
   "data": null,
   "timestamp": 1795706381.391906
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "1c075454-9dd9-41e6-850f-4748f730c59b",
   "hostname": "prefork@vm",
   "timestamp": 1795706381.4093604,
   "pid": 10808,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/billiard/pool.py\", line 1367, in mark_as_worker_lost\n    raise WorkerLostError(\nbilliard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 32.\n",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "default (early ack): FAILURE WorkerLostError, 1 deliveries -> failed: never runs again",
   "data": null,
   "timestamp": 1795706381.4998271
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "8a356d4c-07f1-493b-931e-efda70375f8e",
   "name": "demo.practices.charge_order_acks_late_only",
   "hostname": "gen11960@vm",
   "timestamp": 1795706381.5056355,
   "args": "()",
   "kwargs": "{'order_id': 2, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "8a356d4c-07f1-493b-931e-efda70375f8e",
   "parent_id": null,
   "pid": 11960,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "8a356d4c-07f1-493b-931e-efda70375f8e",
   "name": "demo.practices.charge_order_acks_late_only",
   "hostname": "prefork@vm",
   "timestamp": 1795706381.5085914,
   "args": "()",
   "kwargs": "{'order_id': 2, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "8a356d4c-07f1-493b-931e-efda70375f8e",
   "parent_id": null,
   "pid": 10808,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "8a356d4c-07f1-493b-931e-efda70375f8e",
   "hostname": "prefork@vm",
   "timestamp": 1795706381.5104337,
   "pid": 10808,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acks_late: order 2 running in pid 12055 -- kill -9 12055",
   "data": null,
   "timestamp": 1795706381.5201287
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "8a356d4c-07f1-493b-931e-efda70375f8e",
   "hostname": "prefork@vm",
   "timestamp": 1795706381.5373547,
   "pid": 10808,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/billiard/pool.py\", line 1367, in mark_as_worker_lost\n    raise WorkerLostError(\nbilliard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 33.\n",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acks_late: FAILURE WorkerLostError, 1 deliveries -> failed: never runs again",
   "data": null,
   "timestamp": 1795706381.608725
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "059e7982-4196-49d6-ac61-635c5e926a5b",
   "name": "demo.practices.charge_order",
   "hostname": "gen11960@vm",
   "timestamp": 1795706381.6114895,
   "args": "()",
   "kwargs": "{'order_id': 3, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "059e7982-4196-49d6-ac61-635c5e926a5b",
   "parent_id": null,
   "pid": 11960,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "059e7982-4196-49d6-ac61-635c5e926a5b",
   "name": "demo.practices.charge_order",
   "hostname": "prefork@vm",
   "timestamp": 1795706381.613427,
   "args": "()",
   "kwargs": "{'order_id': 3, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "059e7982-4196-49d6-ac61-635c5e926a5b",
   "parent_id": null,
   "pid": 10808,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "059e7982-4196-49d6-ac61-635c5e926a5b",
   "hostname": "prefork@vm",
   "timestamp": 1795706381.6148145,
   "pid": 10808,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acks_late + reject_on_worker_lost: order 3 running in pid 12056 -- kill -9 12056",
   "data": null,
   "timestamp": 1795706381.6235406
  },
  {
   "kind": "event",
   "type": "task-rejected",
   "uuid": "059e7982-4196-49d6-ac61-635c5e926a5b",
   "hostname": "prefork@vm",
   "timestamp": 1795706381.6388884,
   "pid": 10808,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "059e7982-4196-49d6-ac61-635c5e926a5b",
   "name": "demo.practices.charge_order",
   "hostname": "prefork@vm",
   "timestamp": 1795706381.707159,
   "args": "()",
   "kwargs": "{'order_id': 3, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "059e7982-4196-49d6-ac61-635c5e926a5b",
   "parent_id": null,
   "pid": 10808,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "059e7982-4196-49d6-ac61-635c5e926a5b",
   "hostname": "prefork@vm",
   "timestamp": 1795706381.7095432,
   "pid": 10808,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "059e7982-4196-49d6-ac61-635c5e926a5b",
   "hostname": "prefork@vm",
   "timestamp": 1795706384.7141628,
   "pid": 10808,
   "runtime": 3.004144836000023,
   "result": "{'order_id': 3, 'charged': True}",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acks_late + reject_on_worker_lost: SUCCESS, 2 deliveries -> ran again (requeued)",
   "data": null,
   "timestamp": 1795706384.7169023
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "7e5877b6-7c47-4b48-91cf-f0a7d5467fe1",
   "name": "demo.practices.charge_order_retry_lost",
   "hostname": "gen11960@vm",
   "timestamp": 1795706384.7189949,
   "args": "()",
   "kwargs": "{'order_id': 4, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "7e5877b6-7c47-4b48-91cf-f0a7d5467fe1",
   "parent_id": null,
   "pid": 11960,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "7e5877b6-7c47-4b48-91cf-f0a7d5467fe1",
   "name": "demo.practices.charge_order_retry_lost",
   "hostname": "prefork@vm",
   "timestamp": 1795706384.7219908,
   "args": "()",
   "kwargs": "{'order_id': 4, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "7e5877b6-7c47-4b48-91cf-f0a7d5467fe1",
   "parent_id": null,
   "pid": 10808,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "7e5877b6-7c47-4b48-91cf-f0a7d5467fe1",
   "hostname": "prefork@vm",
   "timestamp": 1795706384.7245,
   "pid": 10808,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "retry_on_worker_lost: order 4 running in pid 12057 -- kill -9 12057",
   "data": null,
   "timestamp": 1795706384.7330015
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "7e5877b6-7c47-4b48-91cf-f0a7d5467fe1",
   "name": "demo.practices.charge_order_retry_lost",
   "hostname": "gen10808@vm",
   "timestamp": 1795706388.7135565,
   "args": "()",
   "kwargs": "{'order_id': 4, 'seconds': 3.0}",
   "retries": 1,
   "eta": "2026-11-26T15:19:49.712515+00:00",
   "expires": null,
   "root_id": "7e5877b6-7c47-4b48-91cf-f0a7d5467fe1",
   "parent_id": null,
   "pid": 10808,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-retried",
   "uuid": "7e5877b6-7c47-4b48-91cf-f0a7d5467fe1",
   "hostname": "prefork@vm",
   "timestamp": 1795706388.715335,
   "pid": 10808,
   "exception": "WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: 36.')",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/billiard/pool.py\", line 1367, in mark_as_worker_lost\n    raise WorkerLostError(\nbilliard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 36.\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "7e5877b6-7c47-4b48-91cf-f0a7d5467fe1",
   "name": "demo.practices.charge_order_retry_lost",
   "hostname": "prefork@vm",
   "timestamp": 1795706388.7869105,
   "args": "()",
   "kwargs": "{'order_id': 4, 'seconds': 3.0}",
   "retries": 1,
   "eta": "2026-11-26T15:19:49.712515+00:00",
   "expires": null,
   "root_id": "7e5877b6-7c47-4b48-91cf-f0a7d5467fe1",
   "parent_id": null,
   "pid": 10808,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "7e5877b6-7c47-4b48-91cf-f0a7d5467fe1",
   "hostname": "prefork@vm",
   "timestamp": 1795706389.714203,
   "pid": 10808,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "7e5877b6-7c47-4b48-91cf-f0a7d5467fe1",
   "hostname": "prefork@vm",
   "timestamp": 1795706392.722749,
   "pid": 10808,
   "runtime": 3.00711598099997,
   "result": "{'order_id': 4, 'charged': True}",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "retry_on_worker_lost: SUCCESS, 2 deliveries -> ran again (sent again as a retry)",
   "data": null,
   "timestamp": 1795706392.7245495
  },
  {
   "kind": "summary",
   "run_id": "a2ec18db61e6",
   "demo": "practices.acks_late",
   "status": "succeeded",
   "result": {
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
     "uuid": "1c075454-9dd9-41e6-850f-4748f730c59b",
     "state": "FAILED",
     "name": "demo.practices.charge_order_early_ack",
     "hostname": "prefork@vm",
     "at": 1795706381.4093604,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "8a356d4c-07f1-493b-931e-efda70375f8e",
     "state": "FAILED",
     "name": "demo.practices.charge_order_acks_late_only",
     "hostname": "prefork@vm",
     "at": 1795706381.5373547,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "059e7982-4196-49d6-ac61-635c5e926a5b",
     "state": "SUCCEEDED",
     "name": "demo.practices.charge_order",
     "hostname": "prefork@vm",
     "at": 1795706384.7141628,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 3.004144836000023,
     "result": "{'order_id': 3, 'charged': True}"
    },
    {
     "uuid": "7e5877b6-7c47-4b48-91cf-f0a7d5467fe1",
     "state": "SUCCEEDED",
     "name": "demo.practices.charge_order_retry_lost",
     "hostname": "prefork@vm",
     "at": 1795706392.722749,
     "event": "task-succeeded",
     "pool": "prefork",
     "exception": "WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: 36.')",
     "runtime": 3.00711598099997,
     "result": "{'order_id': 4, 'charged': True}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795706381.3685675,
   "finished": 1795706392.7246144,
   "duration": 11.356,
   "timestamp": 1795706392.7246394
  }
 ]
};
