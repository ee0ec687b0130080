/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["delivery.quorum"] = {
 "id": "delivery.quorum",
 "title": "Quorum queues: RabbitMQ holds the countdown, not the worker",
 "scenario": {
  "id": "delivery.quorum",
  "title": "Quorum queues: RabbitMQ holds the countdown, not the worker",
  "slide": "What to keep in mind / Quorum queues",
  "description": "One worker on RabbitMQ whose queue 'orders' is a quorum queue on a topic exchange\n    (task_create_missing_queue_type=quorum): Celery 5.5+ sends a countdown task through\n    the celery_delayed_* exchanges and queues (native delayed delivery); the message waits\n    there, the worker holds nothing (inspect scheduled) until it is due.",
  "command": "invoke demo delivery.quorum",
  "timeout": 90,
  "params": [
   {
    "name": "countdown",
    "type": "integer",
    "default": 6,
    "min": 2,
    "max": 30,
    "choices": null,
    "limits": "between 2 and 30",
    "help": "seconds until the reminder is due"
   }
  ]
 },
 "recorded": "2026-11-26T18:40:50+00:00",
 "broker": "redis://127.0.0.1:33379/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [],
 "host": "vm",
 "celery": "5.7.0",
 "python": "3.11.7",
 "params": {
  "countdown": 6
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "4f0aa32f78a3",
   "demo": "delivery.quorum",
   "title": "Quorum queues: RabbitMQ holds the countdown, not the worker",
   "params": {
    "countdown": 6
   },
   "broker": "redis://127.0.0.1:33379/0",
   "follow": "events",
   "command": "invoke demo delivery.quorum",
   "timestamp": 1795718450.3257782
  },
  {
   "kind": "note",
   "text": "RabbitMQ 3.10.8: queue orders is quorum; the worker declared 28 delayed queues (28 quorum) and 29 exchanges",
   "data": null,
   "timestamp": 1795718452.83751
  },
  {
   "kind": "note",
   "text": "t= 0.0 s: message in celery_delayed_2; the worker holds 0; reminders sent: 0",
   "data": null,
   "timestamp": 1795718452.873001
  },
  {
   "kind": "note",
   "text": "t= 4.5 s: message in celery_delayed_1; the worker holds 0; reminders sent: 0",
   "data": null,
   "timestamp": 1795718457.3421562
  },
  {
   "kind": "note",
   "text": "t= 6.7 s: message in orders, then ran; the worker holds 0; reminders sent: 1",
   "data": null,
   "timestamp": 1795718459.5595627
  },
  {
   "kind": "summary",
   "run_id": "4f0aa32f78a3",
   "demo": "delivery.quorum",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "table",
     "columns": [
      "seconds after sending",
      "message is in",
      "worker holds",
      "reminders sent"
     ],
     "rows": [
      [
       "0.0",
       "celery_delayed_2",
       0,
       0
      ],
      [
       "4.5",
       "celery_delayed_1",
       0,
       0
      ],
      [
       "6.7",
       "orders, then ran",
       0,
       1
      ]
     ],
     "facts": [
      {
       "label": "management API",
       "value": "RabbitMQ 3.10.8: 28 celery_delayed_* quorum queues, 29 exchanges"
      },
      {
       "label": "verdict",
       "value": "held by RabbitMQ in celery_delayed_2, celery_delayed_1; the worker held it: never; sent 1 time",
       "tone": "good"
      }
     ]
    },
    "timeline": [
     {
      "t": 0.0,
      "in RabbitMQ": "celery_delayed_2",
      "worker holds": 0,
      "sent": 0
     },
     {
      "t": 4.5,
      "in RabbitMQ": "celery_delayed_1",
      "worker holds": 0,
      "sent": 0
     },
     {
      "t": 6.7,
      "in RabbitMQ": "orders, then ran",
      "worker holds": 0,
      "sent": 1
     }
    ],
    "topology": {
     "rabbitmq": "3.10.8",
     "queue type": "quorum",
     "delayed queues": 28,
     "quorum": 28,
     "delayed exchanges": 29
    },
    "runs": 1,
    "verdict": "held by RabbitMQ in celery_delayed_2, celery_delayed_1; the worker held it: never; sent 1 time"
   },
   "error": null,
   "tasks": [],
   "follow": "events",
   "broker": "redis://127.0.0.1:33379/0",
   "started": 1795718450.3257782,
   "finished": 1795718459.6793282,
   "duration": 9.354,
   "timestamp": 1795718459.6793613
  }
 ]
};
