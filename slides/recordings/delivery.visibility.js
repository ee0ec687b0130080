/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["delivery.visibility"] = {
 "id": "delivery.visibility",
 "title": "Redis visibility_timeout: the countdown that runs twice",
 "scenario": {
  "id": "delivery.visibility",
  "title": "Redis visibility_timeout: the countdown that runs twice",
  "slide": "What to keep in mind / Redis visibility timeout",
  "description": "One worker on Redis with visibility_timeout lowered to 3 s (the stack uses 60 s,\n    kombu's default is an hour). A reminder is sent with a countdown longer than that: the\n    worker holds the message unacked until it is due; after 3 s Redis's unacked message is\n    restored to the queue and delivered again; at the due time both copies run. Beside it,\n    a reminder due within the timeout (2 s) runs once.",
  "command": "invoke demo delivery.visibility",
  "timeout": 90,
  "params": [
   {
    "name": "countdown",
    "type": "number",
    "default": 5.0,
    "min": 4,
    "max": 20,
    "choices": null,
    "limits": "between 4 and 20",
    "help": "seconds until the reminder is due (the demo worker's visibility timeout is 3 s)"
   }
  ]
 },
 "recorded": "2026-11-26T18:35:54+00:00",
 "broker": "redis://127.0.0.1:33379/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [
  "reminders"
 ],
 "host": "vm",
 "celery": "5.7.0",
 "python": "3.11.7",
 "params": {
  "countdown": 5.0
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "cf096af876e2",
   "demo": "delivery.visibility",
   "title": "Redis visibility_timeout: the countdown that runs twice",
   "params": {
    "countdown": 5.0
   },
   "broker": "redis://127.0.0.1:33379/0",
   "follow": "events",
   "command": "invoke demo delivery.visibility",
   "timestamp": 1795718154.7231815
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "17ba60bb-2f1e-4065-9bc8-115c21872db7",
   "name": "demo.delivery.send_reminder",
   "hostname": "gen11758@vm",
   "timestamp": 1795718160.902846,
   "args": "(154728,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": "2026-11-26T18:36:05.899685+00:00",
   "expires": null,
   "root_id": "17ba60bb-2f1e-4065-9bc8-115c21872db7",
   "parent_id": null,
   "pid": 11758,
   "queue": "reminders",
   "routing_key": "reminders",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "46018fe6-fbc3-4c06-81a3-69a0594f1420",
   "name": "demo.delivery.send_reminder",
   "hostname": "gen11758@vm",
   "timestamp": 1795718160.9187317,
   "args": "(154729,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": "2026-11-26T18:36:02.907765+00:00",
   "expires": null,
   "root_id": "46018fe6-fbc3-4c06-81a3-69a0594f1420",
   "parent_id": null,
   "pid": 11758,
   "queue": "reminders",
   "routing_key": "reminders",
   "pool": null
  },
  {
   "kind": "note",
   "text": "sent reminders for order 154728 (countdown=5 s) and 154729 (countdown=2 s); the worker's visibility_timeout is 3 s",
   "data": null,
   "timestamp": 1795718160.9226785
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "17ba60bb-2f1e-4065-9bc8-115c21872db7",
   "name": "demo.delivery.send_reminder",
   "hostname": "reminders@vm",
   "timestamp": 1795718160.9059112,
   "args": "(154728,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": "2026-11-26T18:36:05.899685+00:00",
   "expires": null,
   "root_id": "17ba60bb-2f1e-4065-9bc8-115c21872db7",
   "parent_id": null,
   "pid": 12096,
   "pool": "reminders"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "46018fe6-fbc3-4c06-81a3-69a0594f1420",
   "name": "demo.delivery.send_reminder",
   "hostname": "reminders@vm",
   "timestamp": 1795718160.9367719,
   "args": "(154729,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": "2026-11-26T18:36:02.907765+00:00",
   "expires": null,
   "root_id": "46018fe6-fbc3-4c06-81a3-69a0594f1420",
   "parent_id": null,
   "pid": 12096,
   "pool": "reminders"
  },
  {
   "kind": "note",
   "text": "t= 0.1 s: the worker holds 1 copy of the reminder; reminders sent: 0",
   "data": null,
   "timestamp": 1795718160.9901927
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "46018fe6-fbc3-4c06-81a3-69a0594f1420",
   "hostname": "reminders@vm",
   "timestamp": 1795718162.9210052,
   "pid": 12096,
   "pool": "reminders"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "46018fe6-fbc3-4c06-81a3-69a0594f1420",
   "hostname": "reminders@vm",
   "timestamp": 1795718162.9595616,
   "pid": 12096,
   "runtime": 0.037263718999383855,
   "result": "1",
   "pool": "reminders"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "17ba60bb-2f1e-4065-9bc8-115c21872db7",
   "name": "demo.delivery.send_reminder",
   "hostname": "reminders@vm",
   "timestamp": 1795718164.3890686,
   "args": "(154728,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": "2026-11-26T18:36:05.899685+00:00",
   "expires": null,
   "root_id": "17ba60bb-2f1e-4065-9bc8-115c21872db7",
   "parent_id": null,
   "pid": 12096,
   "pool": "reminders"
  },
  {
   "kind": "note",
   "text": "t= 3.5 s: the worker holds 2 copies of the reminder; reminders sent: 0",
   "data": null,
   "timestamp": 1795718164.4207256
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "17ba60bb-2f1e-4065-9bc8-115c21872db7",
   "hostname": "reminders@vm",
   "timestamp": 1795718165.9033215,
   "pid": 12096,
   "pool": "reminders"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "17ba60bb-2f1e-4065-9bc8-115c21872db7",
   "hostname": "reminders@vm",
   "timestamp": 1795718165.9077528,
   "pid": 12096,
   "runtime": 0.005518591000509332,
   "result": "1",
   "pool": "reminders"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "17ba60bb-2f1e-4065-9bc8-115c21872db7",
   "hostname": "reminders@vm",
   "timestamp": 1795718165.9233406,
   "pid": 12096,
   "pool": "reminders"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "17ba60bb-2f1e-4065-9bc8-115c21872db7",
   "hostname": "reminders@vm",
   "timestamp": 1795718165.9603403,
   "pid": 12096,
   "runtime": 0.03896098499899381,
   "result": "2",
   "pool": "reminders"
  },
  {
   "kind": "note",
   "text": "t= 5.3 s: the worker holds 0 copies of the reminder; reminders sent: 2",
   "data": null,
   "timestamp": 1795718166.2107866
  },
  {
   "kind": "note",
   "text": "the 5 s reminder ran 2 times; the 2 s one 1 time",
   "data": null,
   "timestamp": 1795718167.625898
  },
  {
   "kind": "summary",
   "run_id": "cf096af876e2",
   "demo": "delivery.visibility",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "table",
     "columns": [
      "seconds after sending",
      "copies the worker holds",
      "reminders sent"
     ],
     "rows": [
      [
       "0.1",
       1,
       0
      ],
      [
       "3.5",
       2,
       0
      ],
      [
       "5.3",
       0,
       {
        "value": 2,
        "tone": "bad"
       }
      ]
     ],
     "title": "the 5 s reminder",
     "facts": [
      {
       "label": "verdict",
       "value": "countdown 5 s > visibility_timeout 3 s: sent 2 times",
       "tone": "bad"
      },
      {
       "label": "within the timeout",
       "value": "countdown 2 s: sent 1 time",
       "tone": "good"
      }
     ]
    },
    "runs": 2,
    "within": {
     "countdown": 2,
     "runs": 1
    },
    "timeline": [
     {
      "t": 0.1,
      "copies held": 1,
      "sent": 0
     },
     {
      "t": 3.5,
      "copies held": 2,
      "sent": 0
     },
     {
      "t": 5.3,
      "copies held": 0,
      "sent": 2
     }
    ],
    "countdown": 5.0,
    "visibility_timeout": 3,
    "verdict": "countdown 5 s > visibility_timeout 3 s: sent 2 times"
   },
   "error": null,
   "tasks": [
    {
     "uuid": "17ba60bb-2f1e-4065-9bc8-115c21872db7",
     "state": "SUCCEEDED",
     "name": "demo.delivery.send_reminder",
     "hostname": "reminders@vm",
     "at": 1795718165.9603403,
     "event": "task-succeeded",
     "pool": "reminders",
     "runtime": 0.03896098499899381,
     "result": "2"
    },
    {
     "uuid": "46018fe6-fbc3-4c06-81a3-69a0594f1420",
     "state": "SUCCEEDED",
     "name": "demo.delivery.send_reminder",
     "hostname": "reminders@vm",
     "at": 1795718162.9595616,
     "event": "task-succeeded",
     "pool": "reminders",
     "runtime": 0.037263718999383855,
     "result": "1"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:33379/0",
   "started": 1795718154.7231815,
   "finished": 1795718167.6261678,
   "duration": 12.903,
   "timestamp": 1795718167.626197
  }
 ]
};
