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
 "recorded": "2026-11-26T19:03:09+00:00",
 "broker": "redis://127.0.0.1:26379/0",
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
   "run_id": "95279fbc6171",
   "demo": "delivery.visibility",
   "title": "Redis visibility_timeout: the countdown that runs twice",
   "params": {
    "countdown": 5.0
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo delivery.visibility",
   "timestamp": 1795719789.2921374
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "0998fc4a-b7c0-4198-b07c-095154a8a07d",
   "name": "demo.delivery.send_reminder",
   "hostname": "gen364@vm",
   "timestamp": 1795719790.3305511,
   "args": "(789294,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": "2026-11-26T19:03:15.328809+00:00",
   "expires": null,
   "root_id": "0998fc4a-b7c0-4198-b07c-095154a8a07d",
   "parent_id": null,
   "pid": 364,
   "queue": "reminders",
   "routing_key": "reminders",
   "pool": null
  },
  {
   "kind": "note",
   "text": "sent reminders for order 789294 (countdown=5 s) and 789295 (countdown=2 s); the worker's visibility_timeout is 3 s",
   "data": null,
   "timestamp": 1795719790.333265
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "26167c7f-4e27-47e1-8647-c418d57fb4f8",
   "name": "demo.delivery.send_reminder",
   "hostname": "gen364@vm",
   "timestamp": 1795719790.3326995,
   "args": "(789295,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": "2026-11-26T19:03:12.331188+00:00",
   "expires": null,
   "root_id": "26167c7f-4e27-47e1-8647-c418d57fb4f8",
   "parent_id": null,
   "pid": 364,
   "queue": "reminders",
   "routing_key": "reminders",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "0998fc4a-b7c0-4198-b07c-095154a8a07d",
   "name": "demo.delivery.send_reminder",
   "hostname": "reminders@vm",
   "timestamp": 1795719790.3329031,
   "args": "(789294,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": "2026-11-26T19:03:15.328809+00:00",
   "expires": null,
   "root_id": "0998fc4a-b7c0-4198-b07c-095154a8a07d",
   "parent_id": null,
   "pid": 527,
   "pool": "reminders"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "26167c7f-4e27-47e1-8647-c418d57fb4f8",
   "name": "demo.delivery.send_reminder",
   "hostname": "reminders@vm",
   "timestamp": 1795719790.340919,
   "args": "(789295,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": "2026-11-26T19:03:12.331188+00:00",
   "expires": null,
   "root_id": "26167c7f-4e27-47e1-8647-c418d57fb4f8",
   "parent_id": null,
   "pid": 527,
   "pool": "reminders"
  },
  {
   "kind": "note",
   "text": "t= 0.0 s: the worker holds 1 copy of the reminder; reminders sent: 0",
   "data": null,
   "timestamp": 1795719790.3425562
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "26167c7f-4e27-47e1-8647-c418d57fb4f8",
   "hostname": "reminders@vm",
   "timestamp": 1795719792.3327188,
   "pid": 527,
   "pool": "reminders"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "26167c7f-4e27-47e1-8647-c418d57fb4f8",
   "hostname": "reminders@vm",
   "timestamp": 1795719792.3388371,
   "pid": 527,
   "runtime": 0.005006751998735126,
   "result": "1",
   "pool": "reminders"
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "0998fc4a-b7c0-4198-b07c-095154a8a07d",
   "name": "demo.delivery.send_reminder",
   "hostname": "reminders@vm",
   "timestamp": 1795719794.0132518,
   "args": "(789294,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": "2026-11-26T19:03:15.328809+00:00",
   "expires": null,
   "root_id": "0998fc4a-b7c0-4198-b07c-095154a8a07d",
   "parent_id": null,
   "pid": 527,
   "pool": "reminders"
  },
  {
   "kind": "note",
   "text": "t= 4.0 s: the worker holds 2 copies of the reminder; reminders sent: 0",
   "data": null,
   "timestamp": 1795719794.3178248
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "0998fc4a-b7c0-4198-b07c-095154a8a07d",
   "hostname": "reminders@vm",
   "timestamp": 1795719795.33124,
   "pid": 527,
   "pool": "reminders"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "0998fc4a-b7c0-4198-b07c-095154a8a07d",
   "hostname": "reminders@vm",
   "timestamp": 1795719795.3349025,
   "pid": 527,
   "runtime": 0.003382978999070474,
   "result": "1",
   "pool": "reminders"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "0998fc4a-b7c0-4198-b07c-095154a8a07d",
   "hostname": "reminders@vm",
   "timestamp": 1795719795.3370981,
   "pid": 527,
   "pool": "reminders"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "0998fc4a-b7c0-4198-b07c-095154a8a07d",
   "hostname": "reminders@vm",
   "timestamp": 1795719795.340882,
   "pid": 527,
   "runtime": 0.0037475749995792285,
   "result": "2",
   "pool": "reminders"
  },
  {
   "kind": "note",
   "text": "t= 5.2 s: the worker holds 0 copies of the reminder; reminders sent: 2",
   "data": null,
   "timestamp": 1795719795.5426338
  },
  {
   "kind": "note",
   "text": "the 5 s reminder ran 2 times; the 2 s one 1 time",
   "data": null,
   "timestamp": 1795719797.0764847
  },
  {
   "kind": "summary",
   "run_id": "95279fbc6171",
   "demo": "delivery.visibility",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "table",
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
     ],
     "columns": [
      "seconds after sending",
      "copies the worker holds",
      "reminders sent"
     ],
     "rows": [
      [
       "0.0",
       1,
       0
      ],
      [
       "4.0",
       2,
       0
      ],
      [
       "5.2",
       0,
       {
        "value": 2,
        "tone": "bad"
       }
      ]
     ]
    },
    "runs": 2,
    "within": {
     "countdown": 2,
     "runs": 1
    },
    "timeline": [
     {
      "t": 0.0,
      "copies held": 1,
      "sent": 0
     },
     {
      "t": 4.0,
      "copies held": 2,
      "sent": 0
     },
     {
      "t": 5.2,
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
     "uuid": "0998fc4a-b7c0-4198-b07c-095154a8a07d",
     "state": "SUCCEEDED",
     "name": "demo.delivery.send_reminder",
     "hostname": "reminders@vm",
     "at": 1795719795.340882,
     "event": "task-succeeded",
     "pool": "reminders",
     "runtime": 0.0037475749995792285,
     "result": "2"
    },
    {
     "uuid": "26167c7f-4e27-47e1-8647-c418d57fb4f8",
     "state": "SUCCEEDED",
     "name": "demo.delivery.send_reminder",
     "hostname": "reminders@vm",
     "at": 1795719792.3388371,
     "event": "task-succeeded",
     "pool": "reminders",
     "runtime": 0.005006751998735126,
     "result": "1"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795719789.2921374,
   "finished": 1795719797.0767534,
   "duration": 7.785,
   "timestamp": 1795719797.0767708
  }
 ]
};
