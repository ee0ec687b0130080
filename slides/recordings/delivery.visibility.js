/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["delivery.visibility"] = {
 "id": "delivery.visibility",
 "title": "Redis visibility_timeout: the countdown that runs twice",
 "scenario": {
  "id": "delivery.visibility",
  "title": "Redis visibility_timeout: the countdown that runs twice",
  "slide": "What to keep in mind / Redis visibility timeout",
  "description": "One worker on Redis with visibility_timeout lowered to 3 s (the stack uses 60 s,\n    kombu's default is an hour). A reminder is sent with a countdown longer than that: the\n    worker holds the message unacked until it is due; after 3 s Redis's unacked message is\n    restored to the queue and delivered again; at the due time both copies run.",
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
 "recorded": "2026-11-26T18:19:25+00:00",
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
   "run_id": "027873f60fdc",
   "demo": "delivery.visibility",
   "title": "Redis visibility_timeout: the countdown that runs twice",
   "params": {
    "countdown": 5.0
   },
   "broker": "redis://127.0.0.1:33379/0",
   "follow": "events",
   "command": "invoke demo delivery.visibility",
   "timestamp": 1795717165.7933955
  },
  {
   "kind": "note",
   "text": "sent reminder for order 165799 with countdown=5 s; the worker's visibility_timeout is 3 s",
   "data": null,
   "timestamp": 1795717168.4092543
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "74b4f1c5-b2a2-4152-a00b-9f3e2c0a283d",
   "name": "demo.delivery.send_reminder",
   "hostname": "gen18209@vm",
   "timestamp": 1795717168.4048948,
   "args": "(165799,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": "2026-11-26T18:19:33.380129+00:00",
   "expires": null,
   "root_id": "74b4f1c5-b2a2-4152-a00b-9f3e2c0a283d",
   "parent_id": null,
   "pid": 18209,
   "queue": "reminders",
   "routing_key": "reminders",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "74b4f1c5-b2a2-4152-a00b-9f3e2c0a283d",
   "name": "demo.delivery.send_reminder",
   "hostname": "reminders@vm",
   "timestamp": 1795717168.411076,
   "args": "(165799,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": "2026-11-26T18:19:33.380129+00:00",
   "expires": null,
   "root_id": "74b4f1c5-b2a2-4152-a00b-9f3e2c0a283d",
   "parent_id": null,
   "pid": 19031,
   "pool": "reminders"
  },
  {
   "kind": "note",
   "text": "t= 0.1 s: the worker holds 1 copy of the reminder; reminders sent: 0",
   "data": null,
   "timestamp": 1795717168.4375024
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "74b4f1c5-b2a2-4152-a00b-9f3e2c0a283d",
   "name": "demo.delivery.send_reminder",
   "hostname": "reminders@vm",
   "timestamp": 1795717172.114238,
   "args": "(165799,)",
   "kwargs": "{}",
   "retries": 0,
   "eta": "2026-11-26T18:19:33.380129+00:00",
   "expires": null,
   "root_id": "74b4f1c5-b2a2-4152-a00b-9f3e2c0a283d",
   "parent_id": null,
   "pid": 19031,
   "pool": "reminders"
  },
  {
   "kind": "note",
   "text": "t= 3.9 s: the worker holds 2 copies of the reminder; reminders sent: 0",
   "data": null,
   "timestamp": 1795717172.2960153
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "74b4f1c5-b2a2-4152-a00b-9f3e2c0a283d",
   "hostname": "reminders@vm",
   "timestamp": 1795717173.3839927,
   "pid": 19031,
   "pool": "reminders"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "74b4f1c5-b2a2-4152-a00b-9f3e2c0a283d",
   "hostname": "reminders@vm",
   "timestamp": 1795717173.419504,
   "pid": 19031,
   "runtime": 0.03193086299870629,
   "result": "1",
   "pool": "reminders"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "74b4f1c5-b2a2-4152-a00b-9f3e2c0a283d",
   "hostname": "reminders@vm",
   "timestamp": 1795717173.4205244,
   "pid": 19031,
   "pool": "reminders"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "74b4f1c5-b2a2-4152-a00b-9f3e2c0a283d",
   "hostname": "reminders@vm",
   "timestamp": 1795717173.427399,
   "pid": 19031,
   "runtime": 0.0013485290000971872,
   "result": "2",
   "pool": "reminders"
  },
  {
   "kind": "note",
   "text": "t= 5.3 s: the worker holds 0 copies of the reminder; reminders sent: 2",
   "data": null,
   "timestamp": 1795717173.6748085
  },
  {
   "kind": "note",
   "text": "the reminder ran 2 times",
   "data": null,
   "timestamp": 1795717174.9983861
  },
  {
   "kind": "summary",
   "run_id": "027873f60fdc",
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
       "3.9",
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
     "facts": [
      {
       "label": "verdict",
       "value": "countdown 5 s > visibility_timeout 3 s: sent 2 times",
       "tone": "bad"
      }
     ]
    },
    "runs": 2,
    "timeline": [
     {
      "t": 0.1,
      "copies held": 1,
      "sent": 0
     },
     {
      "t": 3.9,
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
     "uuid": "74b4f1c5-b2a2-4152-a00b-9f3e2c0a283d",
     "state": "SUCCEEDED",
     "name": "demo.delivery.send_reminder",
     "hostname": "reminders@vm",
     "at": 1795717173.427399,
     "event": "task-succeeded",
     "pool": "reminders",
     "runtime": 0.0013485290000971872,
     "result": "2"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:33379/0",
   "started": 1795717165.7933955,
   "finished": 1795717174.9986136,
   "duration": 9.205,
   "timestamp": 1795717174.9986384
  }
 ]
};
