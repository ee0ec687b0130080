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
 "recorded": "2026-11-26T23:31:12+00:00",
 "broker": "amqp://127.0.0.1:25672//",
 "broker_name": "rabbitmq",
 "follow": "events",
 "pools": [
  "orders"
 ],
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
   "run_id": "d15822f2a57b",
   "demo": "delivery.quorum",
   "title": "Quorum queues: RabbitMQ holds the countdown, not the worker",
   "params": {
    "countdown": 6
   },
   "broker": "amqp://127.0.0.1:25672//",
   "follow": "events",
   "command": "invoke demo delivery.quorum",
   "timestamp": 1795735872.1420023
  },
  {
   "kind": "note",
   "text": "RabbitMQ 3.10.8: queue orders is quorum; the worker declared 28 delayed queues (28 quorum) and 29 exchanges",
   "data": null,
   "timestamp": 1795735873.348657
  },
  {
   "kind": "note",
   "text": "t= 0.0 s: message in celery_delayed_2; the worker holds 0; reminders sent: 0",
   "data": null,
   "timestamp": 1795735873.3694265
  },
  {
   "kind": "note",
   "text": "t= 4.0 s: message in celery_delayed_1; the worker holds 0; reminders sent: 0",
   "data": null,
   "timestamp": 1795735877.3804355
  },
  {
   "kind": "note",
   "text": "t= 6.2 s: message in orders, then ran; the worker holds 0; reminders sent: 1",
   "data": null,
   "timestamp": 1795735879.5207953
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "147ffa24-b719-4fc6-ba22-b2db2e7b9ed0",
   "name": "demo.delivery.send_reminder",
   "hostname": "orders@vm",
   "timestamp": 1795735881.5219173,
   "result": "1",
   "source": "result-backend",
   "pool": "orders"
  },
  {
   "kind": "summary",
   "run_id": "d15822f2a57b",
   "demo": "delivery.quorum",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "table",
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
     ],
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
       "4.0",
       "celery_delayed_1",
       0,
       0
      ],
      [
       "6.2",
       "orders, then ran",
       0,
       1
      ]
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
      "t": 4.0,
      "in RabbitMQ": "celery_delayed_1",
      "worker holds": 0,
      "sent": 0
     },
     {
      "t": 6.2,
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
   "tasks": [
    {
     "uuid": "147ffa24-b719-4fc6-ba22-b2db2e7b9ed0",
     "state": "SUCCEEDED",
     "name": "demo.delivery.send_reminder",
     "hostname": "orders@vm",
     "pool": "orders",
     "result": "1",
     "at": 1795735881.5219173,
     "event": "task-succeeded"
    }
   ],
   "follow": "events",
   "broker": "amqp://127.0.0.1:25672//",
   "started": 1795735872.1420023,
   "finished": 1795735881.53859,
   "duration": 9.397,
   "timestamp": 1795735881.5386312
  }
 ]
};
