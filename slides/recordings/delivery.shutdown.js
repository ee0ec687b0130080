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
 "recorded": "2026-11-26T19:03:26+00:00",
 "broker": "redis://127.0.0.1:26379/0",
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
   "run_id": "57bc40f69dc9",
   "demo": "delivery.shutdown",
   "title": "Warm, soft and cold shutdown: what becomes of the running task",
   "params": {
    "seconds": 3.0,
    "after": 1.0
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo delivery.shutdown",
   "timestamp": 1795719806.78931
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "81712b24-4505-478c-8ecd-3072d447e3ec",
   "name": "demo.delivery.export",
   "hostname": "gen364@vm",
   "timestamp": 1795719809.897843,
   "args": "(1, 3.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "81712b24-4505-478c-8ecd-3072d447e3ec",
   "parent_id": null,
   "pid": 364,
   "queue": "exports.1",
   "routing_key": "exports.1",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "81712b24-4505-478c-8ecd-3072d447e3ec",
   "name": "demo.delivery.export",
   "hostname": "exports1@vm",
   "timestamp": 1795719809.9006605,
   "args": "(1, 3.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "81712b24-4505-478c-8ecd-3072d447e3ec",
   "parent_id": null,
   "pid": 579,
   "pool": "exports1"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "afc2e6b4-55f5-4ba7-b943-7c7eedb94b7f",
   "name": "demo.delivery.export",
   "hostname": "gen364@vm",
   "timestamp": 1795719809.9030366,
   "args": "(2, 3.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "afc2e6b4-55f5-4ba7-b943-7c7eedb94b7f",
   "parent_id": null,
   "pid": 364,
   "queue": "exports.2",
   "routing_key": "exports.2",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "81712b24-4505-478c-8ecd-3072d447e3ec",
   "hostname": "exports1@vm",
   "timestamp": 1795719809.9043288,
   "pid": 579,
   "pool": "exports1"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "ff7d4bb0-ecec-4505-9ea4-b57185ef7c57",
   "name": "demo.delivery.export_late",
   "hostname": "gen364@vm",
   "timestamp": 1795719809.9061031,
   "args": "(3, 3.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "ff7d4bb0-ecec-4505-9ea4-b57185ef7c57",
   "parent_id": null,
   "pid": 364,
   "queue": "exports.3",
   "routing_key": "exports.3",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "a2b0e32d-c0ea-42f9-baa7-ee15b3478171",
   "name": "demo.delivery.export_late",
   "hostname": "gen364@vm",
   "timestamp": 1795719809.9123025,
   "args": "(4, 3.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "a2b0e32d-c0ea-42f9-baa7-ee15b3478171",
   "parent_id": null,
   "pid": 364,
   "queue": "exports.4",
   "routing_key": "exports.4",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "ff7d4bb0-ecec-4505-9ea4-b57185ef7c57",
   "name": "demo.delivery.export_late",
   "hostname": "exports3@vm",
   "timestamp": 1795719809.9097724,
   "args": "(3, 3.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "ff7d4bb0-ecec-4505-9ea4-b57185ef7c57",
   "parent_id": null,
   "pid": 581,
   "pool": "exports3"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "ff7d4bb0-ecec-4505-9ea4-b57185ef7c57",
   "hostname": "exports3@vm",
   "timestamp": 1795719809.922318,
   "pid": 581,
   "pool": "exports3"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "afc2e6b4-55f5-4ba7-b943-7c7eedb94b7f",
   "name": "demo.delivery.export",
   "hostname": "exports2@vm",
   "timestamp": 1795719809.9160683,
   "args": "(2, 3.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "afc2e6b4-55f5-4ba7-b943-7c7eedb94b7f",
   "parent_id": null,
   "pid": 580,
   "pool": "exports2"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "a2b0e32d-c0ea-42f9-baa7-ee15b3478171",
   "name": "demo.delivery.export_late",
   "hostname": "exports4@vm",
   "timestamp": 1795719809.9205294,
   "args": "(4, 3.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "a2b0e32d-c0ea-42f9-baa7-ee15b3478171",
   "parent_id": null,
   "pid": 582,
   "pool": "exports4"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "a2b0e32d-c0ea-42f9-baa7-ee15b3478171",
   "hostname": "exports4@vm",
   "timestamp": 1795719809.9366412,
   "pid": 582,
   "pool": "exports4"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "afc2e6b4-55f5-4ba7-b943-7c7eedb94b7f",
   "hostname": "exports2@vm",
   "timestamp": 1795719809.9435935,
   "pid": 580,
   "pool": "exports2"
  },
  {
   "kind": "note",
   "text": "1 s into each 3 s export: SIGTERM to exports1, SIGQUIT to exports2, SIGQUIT to exports3, SIGTERM to exports4",
   "data": null,
   "timestamp": 1795719811.0576153
  },
  {
   "kind": "event",
   "type": "task-cancelled",
   "uuid": "ff7d4bb0-ecec-4505-9ea4-b57185ef7c57",
   "hostname": "exports3@vm",
   "timestamp": 1795719811.0603395,
   "pid": 581,
   "pool": "exports3"
  },
  {
   "kind": "event",
   "type": "task-cancelled",
   "uuid": "afc2e6b4-55f5-4ba7-b943-7c7eedb94b7f",
   "hostname": "exports2@vm",
   "timestamp": 1795719811.0582254,
   "pid": 580,
   "pool": "exports2"
  },
  {
   "kind": "event",
   "type": "task-cancelled",
   "uuid": "a2b0e32d-c0ea-42f9-baa7-ee15b3478171",
   "hostname": "exports4@vm",
   "timestamp": 1795719812.560216,
   "pid": 582,
   "pool": "exports4"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "81712b24-4505-478c-8ecd-3072d447e3ec",
   "hostname": "exports1@vm",
   "timestamp": 1795719813.0126824,
   "pid": 579,
   "runtime": 3.0121514200000092,
   "result": "{'order_id': 1, 'exported_by': 'vm'}",
   "pool": "exports1"
  },
  {
   "kind": "note",
   "text": "warm: SIGTERM: worker exited after 3.7 s; task SUCCESS; messages back in exports.1: 0",
   "data": null,
   "timestamp": 1795719814.8335116
  },
  {
   "kind": "note",
   "text": "cold: SIGQUIT: worker exited after 1.4 s; task RETRY; messages back in exports.2: 0",
   "data": null,
   "timestamp": 1795719814.8379173
  },
  {
   "kind": "note",
   "text": "cold: SIGQUIT, acks_late: worker exited after 1.3 s; task STARTED; messages back in exports.3: 1",
   "data": null,
   "timestamp": 1795719814.8410952
  },
  {
   "kind": "note",
   "text": "soft: SIGTERM, acks_late: worker exited after 2.8 s; task STARTED; messages back in exports.4: 1",
   "data": null,
   "timestamp": 1795719814.8444793
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "ff7d4bb0-ecec-4505-9ea4-b57185ef7c57",
   "name": "demo.delivery.export_late",
   "hostname": "exports-next@vm",
   "timestamp": 1795719815.5578322,
   "args": "(3, 3.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "ff7d4bb0-ecec-4505-9ea4-b57185ef7c57",
   "parent_id": null,
   "pid": 599,
   "pool": "exports-next"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "ff7d4bb0-ecec-4505-9ea4-b57185ef7c57",
   "hostname": "exports-next@vm",
   "timestamp": 1795719815.560204,
   "pid": 599,
   "pool": "exports-next"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "ff7d4bb0-ecec-4505-9ea4-b57185ef7c57",
   "hostname": "exports-next@vm",
   "timestamp": 1795719818.5677052,
   "pid": 599,
   "runtime": 3.0059310689994163,
   "result": "{'order_id': 3, 'exported_by': 'vm'}",
   "pool": "exports-next"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "a2b0e32d-c0ea-42f9-baa7-ee15b3478171",
   "name": "demo.delivery.export_late",
   "hostname": "exports-next@vm",
   "timestamp": 1795719818.5703373,
   "args": "(4, 3.0)",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "a2b0e32d-c0ea-42f9-baa7-ee15b3478171",
   "parent_id": null,
   "pid": 599,
   "pool": "exports-next"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "a2b0e32d-c0ea-42f9-baa7-ee15b3478171",
   "hostname": "exports-next@vm",
   "timestamp": 1795719818.571429,
   "pid": 599,
   "pool": "exports-next"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "a2b0e32d-c0ea-42f9-baa7-ee15b3478171",
   "hostname": "exports-next@vm",
   "timestamp": 1795719821.5747035,
   "pid": 599,
   "runtime": 3.0023030700012896,
   "result": "{'order_id': 4, 'exported_by': 'vm'}",
   "pool": "exports-next"
  },
  {
   "kind": "summary",
   "run_id": "57bc40f69dc9",
   "demo": "delivery.shutdown",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "table",
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
     ],
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
       "3.7",
       "SUCCESS",
       0,
       {
        "value": "finished",
        "tone": "good"
       }
      ],
      [
       "cold: SIGQUIT",
       "1.4",
       "RETRY",
       0,
       {
        "value": "lost (left RETRY)",
        "tone": "bad"
       }
      ],
      [
       "cold: SIGQUIT, acks_late",
       "1.3",
       "STARTED",
       1,
       {
        "value": "requeued, ran again",
        "tone": "good"
       }
      ],
      [
       "soft: SIGTERM, acks_late",
       "2.8",
       "STARTED",
       1,
       {
        "value": "requeued, ran again",
        "tone": "good"
       }
      ]
     ]
    },
    "cases": [
     {
      "label": "warm: SIGTERM",
      "queue": "exports.1",
      "exit s": 3.7,
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
      "exit s": 1.4,
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
      "exit s": 1.3,
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
      "exit s": 2.8,
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
     "uuid": "81712b24-4505-478c-8ecd-3072d447e3ec",
     "state": "SUCCEEDED",
     "name": "demo.delivery.export",
     "hostname": "exports1@vm",
     "at": 1795719813.0126824,
     "event": "task-succeeded",
     "pool": "exports1",
     "runtime": 3.0121514200000092,
     "result": "{'order_id': 1, 'exported_by': 'vm'}"
    },
    {
     "uuid": "afc2e6b4-55f5-4ba7-b943-7c7eedb94b7f",
     "state": "CANCELLED",
     "name": "demo.delivery.export",
     "hostname": "exports2@vm",
     "at": 1795719811.0582254,
     "event": "task-cancelled",
     "pool": "exports2"
    },
    {
     "uuid": "ff7d4bb0-ecec-4505-9ea4-b57185ef7c57",
     "state": "SUCCEEDED",
     "name": "demo.delivery.export_late",
     "hostname": "exports-next@vm",
     "at": 1795719818.5677052,
     "event": "task-succeeded",
     "pool": "exports-next",
     "runtime": 3.0059310689994163,
     "result": "{'order_id': 3, 'exported_by': 'vm'}"
    },
    {
     "uuid": "a2b0e32d-c0ea-42f9-baa7-ee15b3478171",
     "state": "SUCCEEDED",
     "name": "demo.delivery.export_late",
     "hostname": "exports-next@vm",
     "at": 1795719821.5747035,
     "event": "task-succeeded",
     "pool": "exports-next",
     "runtime": 3.0023030700012896,
     "result": "{'order_id': 4, 'exported_by': 'vm'}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795719806.78931,
   "finished": 1795719829.9361634,
   "duration": 23.147,
   "timestamp": 1795719829.9361985
  }
 ]
};
