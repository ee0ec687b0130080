/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["delivery.shutdown"] = {
 "id": "delivery.shutdown",
 "title": "Warm, soft and cold shutdown: what becomes of the running task",
 "scenario": {
  "id": "delivery.shutdown",
  "title": "Warm, soft and cold shutdown: what becomes of the running task",
  "slide": "What to keep in mind / Shutdown",
  "description": "Four workers (prefork, one process) on Redis, each running one export when it gets\n    a signal: SIGTERM (warm), SIGQUIT (cold), SIGQUIT with acks_late, and SIGTERM under\n    REMAP_SIGTERM=SIGQUIT with worker_soft_shutdown_timeout (5.5+) and acks_late. Then a\n    fresh worker reads all four queues: what each task became (finished, handed back to\n    the broker and run again, or lost).",
  "command": "invoke demo delivery.shutdown",
  "timeout": 120,
  "params": [
   {
    "name": "seconds",
    "type": "number",
    "default": 3.0,
    "min": 2,
    "max": 10,
    "choices": null,
    "limits": "between 2 and 10",
    "help": "how long each export takes"
   },
   {
    "name": "after",
    "type": "number",
    "default": 1.0,
    "min": 0.5,
    "max": 5,
    "choices": null,
    "limits": "between 0.5 and 5",
    "help": "seconds into the export the signal is sent"
   }
  ]
 },
 "recorded": "2026-11-26T18:19:44+00:00",
 "broker": "redis://127.0.0.1:33379/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [
  "exports-next",
  "exports1",
  "exports2",
  "exports3",
  "exports4"
 ],
 "host": "vm",
 "celery": "5.7.0",
 "python": "3.11.7",
 "params": {
  "seconds": 3.0,
  "after": 1.0
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "2336c21cc617",
   "demo": "delivery.shutdown",
   "title": "Warm, soft and cold shutdown: what becomes of the running task",
   "params": {
    "seconds": 3.0,
    "after": 1.0
   },
   "broker": "redis://127.0.0.1:33379/0",
   "follow": "events",
   "command": "invoke demo delivery.shutdown",
   "timestamp": 1795717184.6047478
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "2894e967-3a65-4408-9e93-e44f9a599d47",
   "name": "demo.delivery.export",
   "hostname": "gen18209@vm",
   "timestamp": 1795717192.0964622,
   "args": "(1, 3.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "2894e967-3a65-4408-9e93-e44f9a599d47",
   "parent_id": null,
   "pid": 18209,
   "queue": "exports.1",
   "routing_key": "exports.1",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "2894e967-3a65-4408-9e93-e44f9a599d47",
   "name": "demo.delivery.export",
   "hostname": "exports1@vm",
   "timestamp": 1795717192.0945241,
   "args": "(1, 3.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "2894e967-3a65-4408-9e93-e44f9a599d47",
   "parent_id": null,
   "pid": 19293,
   "pool": "exports1"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "2894e967-3a65-4408-9e93-e44f9a599d47",
   "hostname": "exports1@vm",
   "timestamp": 1795717192.1076906,
   "pid": 19293,
   "pool": "exports1"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "4ab933a2-cabc-4d5c-b001-0d4dfe9621fd",
   "name": "demo.delivery.export",
   "hostname": "gen18209@vm",
   "timestamp": 1795717192.1114,
   "args": "(2, 3.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "4ab933a2-cabc-4d5c-b001-0d4dfe9621fd",
   "parent_id": null,
   "pid": 18209,
   "queue": "exports.2",
   "routing_key": "exports.2",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "4ab933a2-cabc-4d5c-b001-0d4dfe9621fd",
   "name": "demo.delivery.export",
   "hostname": "exports2@vm",
   "timestamp": 1795717192.1125317,
   "args": "(2, 3.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "4ab933a2-cabc-4d5c-b001-0d4dfe9621fd",
   "parent_id": null,
   "pid": 19294,
   "pool": "exports2"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "4ab933a2-cabc-4d5c-b001-0d4dfe9621fd",
   "hostname": "exports2@vm",
   "timestamp": 1795717192.135658,
   "pid": 19294,
   "pool": "exports2"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "e1fccdb0-959a-4993-b1c2-31c08810fea6",
   "name": "demo.delivery.export_late",
   "hostname": "gen18209@vm",
   "timestamp": 1795717192.1363828,
   "args": "(3, 3.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "e1fccdb0-959a-4993-b1c2-31c08810fea6",
   "parent_id": null,
   "pid": 18209,
   "queue": "exports.3",
   "routing_key": "exports.3",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "e1fccdb0-959a-4993-b1c2-31c08810fea6",
   "name": "demo.delivery.export_late",
   "hostname": "exports3@vm",
   "timestamp": 1795717192.1346111,
   "args": "(3, 3.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "e1fccdb0-959a-4993-b1c2-31c08810fea6",
   "parent_id": null,
   "pid": 19296,
   "pool": "exports3"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "26ddd802-0b6e-4f27-8dbf-bad465d1c731",
   "name": "demo.delivery.export_late",
   "hostname": "gen18209@vm",
   "timestamp": 1795717192.1672904,
   "args": "(4, 3.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "26ddd802-0b6e-4f27-8dbf-bad465d1c731",
   "parent_id": null,
   "pid": 18209,
   "queue": "exports.4",
   "routing_key": "exports.4",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "e1fccdb0-959a-4993-b1c2-31c08810fea6",
   "hostname": "exports3@vm",
   "timestamp": 1795717192.171976,
   "pid": 19296,
   "pool": "exports3"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "26ddd802-0b6e-4f27-8dbf-bad465d1c731",
   "name": "demo.delivery.export_late",
   "hostname": "exports4@vm",
   "timestamp": 1795717192.1683977,
   "args": "(4, 3.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "26ddd802-0b6e-4f27-8dbf-bad465d1c731",
   "parent_id": null,
   "pid": 19297,
   "pool": "exports4"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "26ddd802-0b6e-4f27-8dbf-bad465d1c731",
   "hostname": "exports4@vm",
   "timestamp": 1795717192.1884348,
   "pid": 19297,
   "pool": "exports4"
  },
  {
   "kind": "note",
   "text": "1 s into each 3 s export: SIGTERM to exports1, SIGQUIT to exports2, SIGQUIT to exports3, SIGTERM to exports4",
   "data": null,
   "timestamp": 1795717193.2359383
  },
  {
   "kind": "event",
   "type": "task-cancelled",
   "uuid": "e1fccdb0-959a-4993-b1c2-31c08810fea6",
   "hostname": "exports3@vm",
   "timestamp": 1795717193.2396889,
   "pid": 19296,
   "pool": "exports3"
  },
  {
   "kind": "event",
   "type": "task-cancelled",
   "uuid": "4ab933a2-cabc-4d5c-b001-0d4dfe9621fd",
   "hostname": "exports2@vm",
   "timestamp": 1795717193.2375836,
   "pid": 19294,
   "pool": "exports2"
  },
  {
   "kind": "event",
   "type": "task-cancelled",
   "uuid": "26ddd802-0b6e-4f27-8dbf-bad465d1c731",
   "hostname": "exports4@vm",
   "timestamp": 1795717194.7375243,
   "pid": 19297,
   "pool": "exports4"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "2894e967-3a65-4408-9e93-e44f9a599d47",
   "hostname": "exports1@vm",
   "timestamp": 1795717195.3936455,
   "pid": 19293,
   "runtime": 3.0517115330003435,
   "result": "{'order_id': 1, 'exported_by': 'vm'}",
   "pool": "exports1"
  },
  {
   "kind": "note",
   "text": "warm: SIGTERM: worker exited after 6.4 s; task SUCCESS; messages back in exports.1: 0",
   "data": null,
   "timestamp": 1795717199.677007
  },
  {
   "kind": "note",
   "text": "cold: SIGQUIT: worker exited after 2.7 s; task RETRY; messages back in exports.2: 0",
   "data": null,
   "timestamp": 1795717199.680596
  },
  {
   "kind": "note",
   "text": "cold: SIGQUIT, acks_late: worker exited after 2.7 s; task STARTED; messages back in exports.3: 1",
   "data": null,
   "timestamp": 1795717199.7219493
  },
  {
   "kind": "note",
   "text": "soft: SIGTERM, acks_late: worker exited after 3.8 s; task STARTED; messages back in exports.4: 1",
   "data": null,
   "timestamp": 1795717199.7359238
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "e1fccdb0-959a-4993-b1c2-31c08810fea6",
   "name": "demo.delivery.export_late",
   "hostname": "exports-next@vm",
   "timestamp": 1795717205.5491095,
   "args": "(3, 3.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "e1fccdb0-959a-4993-b1c2-31c08810fea6",
   "parent_id": null,
   "pid": 19634,
   "pool": "exports-next"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "e1fccdb0-959a-4993-b1c2-31c08810fea6",
   "hostname": "exports-next@vm",
   "timestamp": 1795717205.5557258,
   "pid": 19634,
   "pool": "exports-next"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "e1fccdb0-959a-4993-b1c2-31c08810fea6",
   "hostname": "exports-next@vm",
   "timestamp": 1795717208.562284,
   "pid": 19634,
   "runtime": 3.004787063000549,
   "result": "{'order_id': 3, 'exported_by': 'vm'}",
   "pool": "exports-next"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "26ddd802-0b6e-4f27-8dbf-bad465d1c731",
   "name": "demo.delivery.export_late",
   "hostname": "exports-next@vm",
   "timestamp": 1795717208.5653799,
   "args": "(4, 3.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "26ddd802-0b6e-4f27-8dbf-bad465d1c731",
   "parent_id": null,
   "pid": 19634,
   "pool": "exports-next"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "26ddd802-0b6e-4f27-8dbf-bad465d1c731",
   "hostname": "exports-next@vm",
   "timestamp": 1795717208.566798,
   "pid": 19634,
   "pool": "exports-next"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "26ddd802-0b6e-4f27-8dbf-bad465d1c731",
   "hostname": "exports-next@vm",
   "timestamp": 1795717211.6058462,
   "pid": 19634,
   "runtime": 3.0313684859993373,
   "result": "{'order_id': 4, 'exported_by': 'vm'}",
   "pool": "exports-next"
  },
  {
   "kind": "summary",
   "run_id": "2336c21cc617",
   "demo": "delivery.shutdown",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "table",
     "columns": [
      "shutdown",
      "exit (s)",
      "task then",
      "on broker",
      "became"
     ],
     "rows": [
      [
       "warm: SIGTERM",
       "6.4",
       "SUCCESS",
       0,
       {
        "value": "finished",
        "tone": "good"
       }
      ],
      [
       "cold: SIGQUIT",
       "2.7",
       "RETRY",
       0,
       {
        "value": "lost (left RETRY)",
        "tone": "bad"
       }
      ],
      [
       "cold: SIGQUIT, acks_late",
       "2.7",
       "STARTED",
       1,
       {
        "value": "requeued, ran again",
        "tone": "good"
       }
      ],
      [
       "soft: SIGTERM, acks_late",
       "3.8",
       "STARTED",
       1,
       {
        "value": "requeued, ran again",
        "tone": "good"
       }
      ]
     ],
     "facts": [
      {
       "label": "soft",
       "value": "REMAP_SIGTERM=SIGQUIT, worker_soft_shutdown_timeout=1.5"
      },
      {
       "label": "verdict",
       "value": "lost: cold (acked when it started); acks_late: back on the broker, run again",
       "tone": "warn"
      }
     ]
    },
    "cases": [
     {
      "label": "warm: SIGTERM",
      "queue": "exports.1",
      "exit s": 6.4,
      "state": "SUCCESS",
      "back on broker": 0,
      "worker said": [
       "worker: Warm shutdown (MainProcess)"
      ],
      "final": "SUCCESS",
      "fate": "finished",
      "ran_on": "exports1@vm",
      "signal": "SIGTERM"
     },
     {
      "label": "cold: SIGQUIT",
      "queue": "exports.2",
      "exit s": 2.7,
      "state": "RETRY",
      "back on broker": 0,
      "worker said": [
       "worker: Cold shutdown (MainProcess)"
      ],
      "final": "RETRY",
      "fate": "lost (left RETRY)",
      "ran_on": "exports2@vm",
      "signal": "SIGQUIT"
     },
     {
      "label": "cold: SIGQUIT, acks_late",
      "queue": "exports.3",
      "exit s": 2.7,
      "state": "STARTED",
      "back on broker": 1,
      "worker said": [
       "worker: Cold shutdown (MainProcess)",
       "Restoring 1 unacknowledged message(s)"
      ],
      "final": "SUCCESS",
      "fate": "requeued, ran again",
      "ran_on": "exports-next@vm",
      "signal": "SIGQUIT"
     },
     {
      "label": "soft: SIGTERM, acks_late",
      "queue": "exports.4",
      "exit s": 3.8,
      "state": "STARTED",
      "back on broker": 1,
      "worker said": [
       "Initiating Soft Shutdown, terminating in 1.5 seconds",
       "worker: Cold shutdown (MainProcess)",
       "Restoring 1 unacknowledged message(s)"
      ],
      "final": "SUCCESS",
      "fate": "requeued, ran again",
      "ran_on": "exports-next@vm",
      "signal": "SIGTERM"
     }
    ],
    "verdict": "lost: cold (acked when it started); acks_late: back on the broker, run again"
   },
   "error": null,
   "tasks": [
    {
     "uuid": "2894e967-3a65-4408-9e93-e44f9a599d47",
     "state": "SUCCEEDED",
     "name": "demo.delivery.export",
     "hostname": "exports1@vm",
     "at": 1795717195.3936455,
     "event": "task-succeeded",
     "pool": "exports1",
     "runtime": 3.0517115330003435,
     "result": "{'order_id': 1, 'exported_by': 'vm'}"
    },
    {
     "uuid": "4ab933a2-cabc-4d5c-b001-0d4dfe9621fd",
     "state": "CANCELLED",
     "name": "demo.delivery.export",
     "hostname": "exports2@vm",
     "at": 1795717193.2375836,
     "event": "task-cancelled",
     "pool": "exports2"
    },
    {
     "uuid": "e1fccdb0-959a-4993-b1c2-31c08810fea6",
     "state": "SUCCEEDED",
     "name": "demo.delivery.export_late",
     "hostname": "exports-next@vm",
     "at": 1795717208.562284,
     "event": "task-succeeded",
     "pool": "exports-next",
     "runtime": 3.004787063000549,
     "result": "{'order_id': 3, 'exported_by': 'vm'}"
    },
    {
     "uuid": "26ddd802-0b6e-4f27-8dbf-bad465d1c731",
     "state": "SUCCEEDED",
     "name": "demo.delivery.export_late",
     "hostname": "exports-next@vm",
     "at": 1795717211.6058462,
     "event": "task-succeeded",
     "pool": "exports-next",
     "runtime": 3.0313684859993373,
     "result": "{'order_id': 4, 'exported_by': 'vm'}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:33379/0",
   "started": 1795717184.6047478,
   "finished": 1795717220.250653,
   "duration": 35.646,
   "timestamp": 1795717220.2506962
  }
 ]
};
