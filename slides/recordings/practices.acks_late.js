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
 "recorded": "2026-11-26T16:27:15+00:00",
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
   "run_id": "6ed282bf6156",
   "demo": "practices.acks_late",
   "title": "A pool process dies mid-task: failed, or run again?",
   "params": {
    "seconds": 3.0
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo practices.acks_late",
   "timestamp": 1795710435.4036276
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "13a6ff02-6792-4024-a6cc-dc2e2580b20d",
   "name": "demo.practices.charge_order_early_ack",
   "hostname": "gen20412@vm",
   "timestamp": 1795710435.426733,
   "args": "()",
   "kwargs": "{'order_id': 1, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "13a6ff02-6792-4024-a6cc-dc2e2580b20d",
   "parent_id": null,
   "pid": 20412,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "13a6ff02-6792-4024-a6cc-dc2e2580b20d",
   "name": "demo.practices.charge_order_early_ack",
   "hostname": "prefork@vm",
   "timestamp": 1795710435.4283302,
   "args": "()",
   "kwargs": "{'order_id': 1, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "13a6ff02-6792-4024-a6cc-dc2e2580b20d",
   "parent_id": null,
   "pid": 2724,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "13a6ff02-6792-4024-a6cc-dc2e2580b20d",
   "hostname": "prefork@vm",
   "timestamp": 1795710435.4306126,
   "pid": 2724,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "default (early ack): order 1 running in pid 2727 -- kill -9 2727",
   "data": null,
   "timestamp": 1795710435.4327838
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "13a6ff02-6792-4024-a6cc-dc2e2580b20d",
   "hostname": "prefork@vm",
   "timestamp": 1795710435.4522994,
   "pid": 2724,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/billiard/pool.py\", line 1367, in mark_as_worker_lost\n    raise WorkerLostError(\nbilliard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 18.\n",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "default (early ack): FAILURE WorkerLostError, 1 deliveries -> failed: never runs again",
   "data": null,
   "timestamp": 1795710435.5351136
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "42a4bb0a-df71-40cd-abb0-6270ed0ddd0d",
   "name": "demo.practices.charge_order_acks_late_only",
   "hostname": "gen20412@vm",
   "timestamp": 1795710435.5373774,
   "args": "()",
   "kwargs": "{'order_id': 2, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "42a4bb0a-df71-40cd-abb0-6270ed0ddd0d",
   "parent_id": null,
   "pid": 20412,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "42a4bb0a-df71-40cd-abb0-6270ed0ddd0d",
   "name": "demo.practices.charge_order_acks_late_only",
   "hostname": "prefork@vm",
   "timestamp": 1795710435.5407357,
   "args": "()",
   "kwargs": "{'order_id': 2, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "42a4bb0a-df71-40cd-abb0-6270ed0ddd0d",
   "parent_id": null,
   "pid": 2724,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "42a4bb0a-df71-40cd-abb0-6270ed0ddd0d",
   "hostname": "prefork@vm",
   "timestamp": 1795710435.5425823,
   "pid": 2724,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acks_late: order 2 running in pid 20416 -- kill -9 20416",
   "data": null,
   "timestamp": 1795710435.5536635
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "42a4bb0a-df71-40cd-abb0-6270ed0ddd0d",
   "hostname": "prefork@vm",
   "timestamp": 1795710439.218889,
   "pid": 2724,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/billiard/pool.py\", line 1367, in mark_as_worker_lost\n    raise WorkerLostError(\nbilliard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 19.\n",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acks_late: FAILURE WorkerLostError, 1 deliveries -> failed: never runs again",
   "data": null,
   "timestamp": 1795710439.29696
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "356aad60-3838-4067-9b81-ab6b23b0dd13",
   "name": "demo.practices.charge_order",
   "hostname": "gen20412@vm",
   "timestamp": 1795710439.2995374,
   "args": "()",
   "kwargs": "{'order_id': 3, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "356aad60-3838-4067-9b81-ab6b23b0dd13",
   "parent_id": null,
   "pid": 20412,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "356aad60-3838-4067-9b81-ab6b23b0dd13",
   "name": "demo.practices.charge_order",
   "hostname": "prefork@vm",
   "timestamp": 1795710439.3003879,
   "args": "()",
   "kwargs": "{'order_id': 3, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "356aad60-3838-4067-9b81-ab6b23b0dd13",
   "parent_id": null,
   "pid": 2724,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "356aad60-3838-4067-9b81-ab6b23b0dd13",
   "hostname": "prefork@vm",
   "timestamp": 1795710439.3029065,
   "pid": 2724,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acks_late + reject_on_worker_lost: order 3 running in pid 20418 -- kill -9 20418",
   "data": null,
   "timestamp": 1795710439.3140752
  },
  {
   "kind": "event",
   "type": "task-rejected",
   "uuid": "356aad60-3838-4067-9b81-ab6b23b0dd13",
   "hostname": "prefork@vm",
   "timestamp": 1795710444.2992015,
   "pid": 2724,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "356aad60-3838-4067-9b81-ab6b23b0dd13",
   "name": "demo.practices.charge_order",
   "hostname": "prefork@vm",
   "timestamp": 1795710444.399556,
   "args": "()",
   "kwargs": "{'order_id': 3, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "356aad60-3838-4067-9b81-ab6b23b0dd13",
   "parent_id": null,
   "pid": 2724,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "356aad60-3838-4067-9b81-ab6b23b0dd13",
   "hostname": "prefork@vm",
   "timestamp": 1795710444.4011302,
   "pid": 2724,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "356aad60-3838-4067-9b81-ab6b23b0dd13",
   "hostname": "prefork@vm",
   "timestamp": 1795710447.4073222,
   "pid": 2724,
   "runtime": 3.0045831399993403,
   "result": "{'order_id': 3, 'charged': True}",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acks_late + reject_on_worker_lost: SUCCESS, 2 deliveries -> ran again (requeued)",
   "data": null,
   "timestamp": 1795710447.4090378
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "433b8925-d9bb-4cc8-83db-5fa39c5a5c15",
   "name": "demo.practices.charge_order_retry_lost",
   "hostname": "prefork@vm",
   "timestamp": 1795710447.4120133,
   "args": "()",
   "kwargs": "{'order_id': 4, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "433b8925-d9bb-4cc8-83db-5fa39c5a5c15",
   "parent_id": null,
   "pid": 2724,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "433b8925-d9bb-4cc8-83db-5fa39c5a5c15",
   "name": "demo.practices.charge_order_retry_lost",
   "hostname": "gen20412@vm",
   "timestamp": 1795710447.411727,
   "args": "()",
   "kwargs": "{'order_id': 4, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "433b8925-d9bb-4cc8-83db-5fa39c5a5c15",
   "parent_id": null,
   "pid": 20412,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "433b8925-d9bb-4cc8-83db-5fa39c5a5c15",
   "hostname": "prefork@vm",
   "timestamp": 1795710447.4143646,
   "pid": 2724,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "retry_on_worker_lost: order 4 running in pid 20419 -- kill -9 20419",
   "data": null,
   "timestamp": 1795710447.4213088
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "433b8925-d9bb-4cc8-83db-5fa39c5a5c15",
   "name": "demo.practices.charge_order_retry_lost",
   "hostname": "gen2724@vm",
   "timestamp": 1795710449.4052038,
   "args": "()",
   "kwargs": "{'order_id': 4, 'seconds': 3.0}",
   "retries": 1,
   "eta": "2026-11-26T16:27:30.402208+00:00",
   "expires": null,
   "root_id": "433b8925-d9bb-4cc8-83db-5fa39c5a5c15",
   "parent_id": null,
   "pid": 2724,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-retried",
   "uuid": "433b8925-d9bb-4cc8-83db-5fa39c5a5c15",
   "hostname": "prefork@vm",
   "timestamp": 1795710449.4077165,
   "pid": 2724,
   "exception": "WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: 23.')",
   "traceback": "Traceback (most recent call last):\n  File \"/work/main/.venv/lib/python3.11/site-packages/billiard/pool.py\", line 1367, in mark_as_worker_lost\n    raise WorkerLostError(\nbilliard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 23.\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "433b8925-d9bb-4cc8-83db-5fa39c5a5c15",
   "name": "demo.practices.charge_order_retry_lost",
   "hostname": "prefork@vm",
   "timestamp": 1795710449.4932098,
   "args": "()",
   "kwargs": "{'order_id': 4, 'seconds': 3.0}",
   "retries": 1,
   "eta": "2026-11-26T16:27:30.402208+00:00",
   "expires": null,
   "root_id": "433b8925-d9bb-4cc8-83db-5fa39c5a5c15",
   "parent_id": null,
   "pid": 2724,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "433b8925-d9bb-4cc8-83db-5fa39c5a5c15",
   "hostname": "prefork@vm",
   "timestamp": 1795710450.4046664,
   "pid": 2724,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "433b8925-d9bb-4cc8-83db-5fa39c5a5c15",
   "hostname": "prefork@vm",
   "timestamp": 1795710453.41253,
   "pid": 2724,
   "runtime": 3.006149748000098,
   "result": "{'order_id': 4, 'charged': True}",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "retry_on_worker_lost: SUCCESS, 2 deliveries -> ran again (sent again as a retry)",
   "data": null,
   "timestamp": 1795710453.414117
  },
  {
   "kind": "summary",
   "run_id": "6ed282bf6156",
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
     "uuid": "13a6ff02-6792-4024-a6cc-dc2e2580b20d",
     "state": "FAILED",
     "name": "demo.practices.charge_order_early_ack",
     "hostname": "prefork@vm",
     "at": 1795710435.4522994,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "42a4bb0a-df71-40cd-abb0-6270ed0ddd0d",
     "state": "FAILED",
     "name": "demo.practices.charge_order_acks_late_only",
     "hostname": "prefork@vm",
     "at": 1795710439.218889,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "356aad60-3838-4067-9b81-ab6b23b0dd13",
     "state": "SUCCEEDED",
     "name": "demo.practices.charge_order",
     "hostname": "prefork@vm",
     "at": 1795710447.4073222,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 3.0045831399993403,
     "result": "{'order_id': 3, 'charged': True}"
    },
    {
     "uuid": "433b8925-d9bb-4cc8-83db-5fa39c5a5c15",
     "state": "SUCCEEDED",
     "name": "demo.practices.charge_order_retry_lost",
     "hostname": "prefork@vm",
     "pool": "prefork",
     "at": 1795710453.41253,
     "event": "task-succeeded",
     "exception": "WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: 23.')",
     "runtime": 3.006149748000098,
     "result": "{'order_id': 4, 'charged': True}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795710435.4036276,
   "finished": 1795710453.4142072,
   "duration": 18.011,
   "timestamp": 1795710453.4142447
  }
 ]
};
