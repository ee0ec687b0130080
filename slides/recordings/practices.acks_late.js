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
 "recorded": "2026-11-24T14:20:05+00:00",
 "broker": "redis://127.0.0.1:54423/0",
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
   "run_id": "0e966e5471e3",
   "demo": "practices.acks_late",
   "title": "acks_late: a killed worker loses the task, unless it acks late",
   "params": {
    "seconds": 3.0
   },
   "broker": "redis://127.0.0.1:54423/0",
   "follow": "events",
   "command": "invoke demo practices.acks_late",
   "timestamp": 1795530005.0952992
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "f6e12f6a-bf67-4d3e-8c86-029a1b925fc8",
   "name": "demo.practices.charge_order_early_ack",
   "hostname": "gen24209@vm",
   "timestamp": 1795530006.107128,
   "args": "()",
   "kwargs": "{'order_id': 1, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f6e12f6a-bf67-4d3e-8c86-029a1b925fc8",
   "parent_id": null,
   "pid": 24209,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "f6e12f6a-bf67-4d3e-8c86-029a1b925fc8",
   "name": "demo.practices.charge_order_early_ack",
   "hostname": "prefork@vm",
   "timestamp": 1795530006.1093535,
   "args": "()",
   "kwargs": "{'order_id': 1, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f6e12f6a-bf67-4d3e-8c86-029a1b925fc8",
   "parent_id": null,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "f6e12f6a-bf67-4d3e-8c86-029a1b925fc8",
   "hostname": "prefork@vm",
   "timestamp": 1795530006.1109016,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "early ack: order 1 running in pid 24165 -- kill -9 24165",
   "data": null,
   "timestamp": 1795530006.1179187
  },
  {
   "kind": "note",
   "text": "early ack: FAILURE after 1 deliveries",
   "data": null,
   "timestamp": 1795530006.1474233
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "b3d70898-8654-47ec-a635-b6638c7087ea",
   "name": "demo.practices.charge_order",
   "hostname": "gen24209@vm",
   "timestamp": 1795530006.1489537,
   "args": "()",
   "kwargs": "{'order_id': 2, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "b3d70898-8654-47ec-a635-b6638c7087ea",
   "parent_id": null,
   "pid": 24209,
   "queue": "prefork",
   "routing_key": "prefork",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-failed",
   "uuid": "f6e12f6a-bf67-4d3e-8c86-029a1b925fc8",
   "hostname": "prefork@vm",
   "timestamp": 1795530006.1469502,
   "pid": 24089,
   "exception": "ExceptionWithTraceback()",
   "traceback": "Traceback (most recent call last):\n  File \"/tmp/venv/lib/python3.11/site-packages/billiard/pool.py\", line 1367, in mark_as_worker_lost\n    raise WorkerLostError(\nbilliard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 77.\n",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "b3d70898-8654-47ec-a635-b6638c7087ea",
   "name": "demo.practices.charge_order",
   "hostname": "prefork@vm",
   "timestamp": 1795530006.2863076,
   "args": "()",
   "kwargs": "{'order_id': 2, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "b3d70898-8654-47ec-a635-b6638c7087ea",
   "parent_id": null,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "b3d70898-8654-47ec-a635-b6638c7087ea",
   "hostname": "prefork@vm",
   "timestamp": 1795530006.2895868,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acks_late: order 2 running in pid 24775 -- kill -9 24775",
   "data": null,
   "timestamp": 1795530006.2966542
  },
  {
   "kind": "event",
   "type": "task-rejected",
   "uuid": "b3d70898-8654-47ec-a635-b6638c7087ea",
   "hostname": "prefork@vm",
   "timestamp": 1795530006.848972,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "b3d70898-8654-47ec-a635-b6638c7087ea",
   "name": "demo.practices.charge_order",
   "hostname": "prefork@vm",
   "timestamp": 1795530006.9240038,
   "args": "()",
   "kwargs": "{'order_id': 2, 'seconds': 3.0}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "b3d70898-8654-47ec-a635-b6638c7087ea",
   "parent_id": null,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "b3d70898-8654-47ec-a635-b6638c7087ea",
   "hostname": "prefork@vm",
   "timestamp": 1795530006.9255917,
   "pid": 24089,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "b3d70898-8654-47ec-a635-b6638c7087ea",
   "hostname": "prefork@vm",
   "timestamp": 1795530009.9313302,
   "pid": 24089,
   "runtime": 3.0045556259999557,
   "result": "{'order_id': 2, 'charged': True}",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "acks_late: SUCCESS after 2 deliveries",
   "data": null,
   "timestamp": 1795530009.933257
  },
  {
   "kind": "summary",
   "run_id": "0e966e5471e3",
   "demo": "practices.acks_late",
   "status": "succeeded",
   "result": {
    "early ack": {
     "state": "FAILURE",
     "error": "WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 77.",
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
     "uuid": "f6e12f6a-bf67-4d3e-8c86-029a1b925fc8",
     "state": "FAILED",
     "name": "demo.practices.charge_order_early_ack",
     "hostname": "prefork@vm",
     "pid": 24089,
     "at": 1795530006.1469502,
     "event": "task-failed",
     "pool": "prefork",
     "exception": "ExceptionWithTraceback()"
    },
    {
     "uuid": "b3d70898-8654-47ec-a635-b6638c7087ea",
     "state": "SUCCEEDED",
     "name": "demo.practices.charge_order",
     "hostname": "prefork@vm",
     "pid": 24089,
     "at": 1795530009.9313302,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 3.0045556259999557,
     "result": "{'order_id': 2, 'charged': True}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:54423/0",
   "started": 1795530005.0952992,
   "finished": 1795530009.9333053,
   "duration": 4.838,
   "timestamp": 1795530009.9333258
  }
 ]
};
