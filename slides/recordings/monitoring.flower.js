/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["monitoring.flower"] = {
 "id": "monitoring.flower",
 "title": "Flower: the cluster as Flower sees it",
 "scenario": {
  "id": "monitoring.flower",
  "title": "Flower: the cluster as Flower sees it",
  "slide": "Ecosystem / Flower",
  "description": "Sends a few tasks, then asks Flower's API (with the stack's credentials, kept\n    server-side) which workers it knows and what it saw of those tasks.",
  "command": "invoke demo monitoring.flower",
  "timeout": 60.0,
  "params": [
   {
    "name": "tasks",
    "type": "integer",
    "default": 5,
    "min": 1,
    "max": 50,
    "choices": null,
    "limits": "between 1 and 50",
    "help": "add() tasks to send first"
   }
  ]
 },
 "recorded": "2026-11-26T18:21:16+00:00",
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
  "tasks": 5
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "5a7e01192ef8",
   "demo": "monitoring.flower",
   "title": "Flower: the cluster as Flower sees it",
   "params": {
    "tasks": 5
   },
   "broker": "redis://127.0.0.1:31379/0",
   "follow": "events",
   "command": "invoke demo monitoring.flower",
   "timestamp": 1795717276.0403893
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "3900b656-06fc-4308-83c5-b51ab6861d71",
   "name": "demo.basics.add",
   "hostname": "gen21816@vm",
   "timestamp": 1795717276.0477166,
   "args": "(0, 0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "3900b656-06fc-4308-83c5-b51ab6861d71",
   "parent_id": null,
   "pid": 21816,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "3900b656-06fc-4308-83c5-b51ab6861d71",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795717276.0484834,
   "args": "(0, 0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "3900b656-06fc-4308-83c5-b51ab6861d71",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "3900b656-06fc-4308-83c5-b51ab6861d71",
   "hostname": "prefork@vm",
   "timestamp": 1795717276.0571544,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "31eb223a-33bf-43f3-97ce-25810e363696",
   "name": "demo.basics.add",
   "hostname": "gen21816@vm",
   "timestamp": 1795717276.0634272,
   "args": "(1, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "31eb223a-33bf-43f3-97ce-25810e363696",
   "parent_id": null,
   "pid": 21816,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "31eb223a-33bf-43f3-97ce-25810e363696",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795717276.0708551,
   "args": "(1, 1)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "31eb223a-33bf-43f3-97ce-25810e363696",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "3900b656-06fc-4308-83c5-b51ab6861d71",
   "hostname": "prefork@vm",
   "timestamp": 1795717276.0770829,
   "pid": 16420,
   "runtime": 0.01329311500012409,
   "result": "0",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "5d1c605a-2e51-436b-9d8b-77f180a5edb0",
   "name": "demo.basics.add",
   "hostname": "gen21816@vm",
   "timestamp": 1795717276.0816765,
   "args": "(2, 2)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "5d1c605a-2e51-436b-9d8b-77f180a5edb0",
   "parent_id": null,
   "pid": 21816,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "31eb223a-33bf-43f3-97ce-25810e363696",
   "hostname": "prefork@vm",
   "timestamp": 1795717276.0810618,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "5d1c605a-2e51-436b-9d8b-77f180a5edb0",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795717276.096412,
   "args": "(2, 2)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "5d1c605a-2e51-436b-9d8b-77f180a5edb0",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "d42e9e29-4b49-47c1-abfa-83569bdb8a97",
   "name": "demo.basics.add",
   "hostname": "gen21816@vm",
   "timestamp": 1795717276.101407,
   "args": "(3, 3)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d42e9e29-4b49-47c1-abfa-83569bdb8a97",
   "parent_id": null,
   "pid": 21816,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "31eb223a-33bf-43f3-97ce-25810e363696",
   "hostname": "prefork@vm",
   "timestamp": 1795717276.1056082,
   "pid": 16420,
   "runtime": 0.025676131999716745,
   "result": "2",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "d42e9e29-4b49-47c1-abfa-83569bdb8a97",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795717276.1091301,
   "args": "(3, 3)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d42e9e29-4b49-47c1-abfa-83569bdb8a97",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "4b41c3e4-3ced-4e01-a7a2-dd11ff6712aa",
   "name": "demo.basics.add",
   "hostname": "gen21816@vm",
   "timestamp": 1795717276.1263127,
   "args": "(4, 4)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "4b41c3e4-3ced-4e01-a7a2-dd11ff6712aa",
   "parent_id": null,
   "pid": 21816,
   "queue": "celery",
   "routing_key": "celery",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "5d1c605a-2e51-436b-9d8b-77f180a5edb0",
   "hostname": "prefork@vm",
   "timestamp": 1795717276.118438,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "d42e9e29-4b49-47c1-abfa-83569bdb8a97",
   "hostname": "prefork@vm",
   "timestamp": 1795717276.1184945,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "5d1c605a-2e51-436b-9d8b-77f180a5edb0",
   "hostname": "prefork@vm",
   "timestamp": 1795717276.137805,
   "pid": 16420,
   "runtime": 0.01471715600018797,
   "result": "4",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "d42e9e29-4b49-47c1-abfa-83569bdb8a97",
   "hostname": "prefork@vm",
   "timestamp": 1795717276.1380296,
   "pid": 16420,
   "runtime": 0.015006505000201287,
   "result": "6",
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "4b41c3e4-3ced-4e01-a7a2-dd11ff6712aa",
   "name": "demo.basics.add",
   "hostname": "prefork@vm",
   "timestamp": 1795717276.1436718,
   "args": "(4, 4)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "4b41c3e4-3ced-4e01-a7a2-dd11ff6712aa",
   "parent_id": null,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "4b41c3e4-3ced-4e01-a7a2-dd11ff6712aa",
   "hostname": "prefork@vm",
   "timestamp": 1795717276.1514466,
   "pid": 16420,
   "pool": "prefork"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "4b41c3e4-3ced-4e01-a7a2-dd11ff6712aa",
   "hostname": "prefork@vm",
   "timestamp": 1795717276.1630695,
   "pid": 16420,
   "runtime": 0.010745808998763096,
   "result": "8",
   "pool": "prefork"
  },
  {
   "kind": "note",
   "text": "Flower at http://127.0.0.1:31555/ (user brownbag; password: invoke status)",
   "data": null,
   "timestamp": 1795717276.1802132
  },
  {
   "kind": "summary",
   "run_id": "5a7e01192ef8",
   "demo": "monitoring.flower",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "facts",
     "facts": [
      {
       "label": "Flower",
       "value": "http://127.0.0.1:31555/",
       "href": "http://127.0.0.1:31555/"
      },
      {
       "label": "workers it knows",
       "value": "engines@vm, eventlet@vm, gevent@vm, jobsite@vm, prefork@vm, threads@vm"
      },
      {
       "label": "our tasks it saw",
       "value": "5 of 5",
       "tone": "good"
      }
     ]
    },
    "url": "http://127.0.0.1:31555/",
    "workers": [
     "engines@vm",
     "eventlet@vm",
     "gevent@vm",
     "jobsite@vm",
     "prefork@vm",
     "threads@vm"
    ],
    "tasks seen by Flower": 5,
    "tasks sent": 5
   },
   "error": null,
   "tasks": [
    {
     "uuid": "3900b656-06fc-4308-83c5-b51ab6861d71",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "at": 1795717276.0770829,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.01329311500012409,
     "result": "0"
    },
    {
     "uuid": "31eb223a-33bf-43f3-97ce-25810e363696",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "at": 1795717276.1056082,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.025676131999716745,
     "result": "2"
    },
    {
     "uuid": "5d1c605a-2e51-436b-9d8b-77f180a5edb0",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "at": 1795717276.137805,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.01471715600018797,
     "result": "4"
    },
    {
     "uuid": "d42e9e29-4b49-47c1-abfa-83569bdb8a97",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "at": 1795717276.1380296,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.015006505000201287,
     "result": "6"
    },
    {
     "uuid": "4b41c3e4-3ced-4e01-a7a2-dd11ff6712aa",
     "state": "SUCCEEDED",
     "name": "demo.basics.add",
     "hostname": "prefork@vm",
     "at": 1795717276.1630695,
     "event": "task-succeeded",
     "pool": "prefork",
     "runtime": 0.010745808998763096,
     "result": "8"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:31379/0",
   "started": 1795717276.0403893,
   "finished": 1795717278.3792527,
   "duration": 2.339,
   "timestamp": 1795717278.379287
  }
 ]
};
