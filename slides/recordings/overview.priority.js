/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["overview.priority"] = {
 "id": "overview.priority",
 "title": "Priority: the same burst on Redis and on RabbitMQ",
 "scenario": {
  "id": "overview.priority",
  "title": "Priority: the same burst on Redis and on RabbitMQ",
  "slide": "Overview / Goal",
  "description": "One prefork worker (-c 1) per broker on queue 'priority'; two sleepy blockers fill it\n    (one runs, one waits in its prefetch buffer); then p5, p0, p9 and a task with no priority\n    are sent, in that order. Redis runs the lowest number first, RabbitMQ the highest.",
  "command": "invoke demo overview.priority",
  "timeout": 180,
  "params": [
   {
    "name": "brokers",
    "type": "string",
    "default": "redis,rabbitmq",
    "min": null,
    "max": null,
    "choices": null,
    "limits": "a string",
    "help": "comma-separated: redis, rabbitmq"
   },
   {
    "name": "work",
    "type": "number",
    "default": 0.3,
    "min": 0.1,
    "max": 2,
    "choices": null,
    "limits": "between 0.1 and 2",
    "help": "seconds each task of the burst sleeps"
   }
  ]
 },
 "recorded": "2026-11-26T19:01:41+00:00",
 "broker": "redis://127.0.0.1:26379/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [],
 "host": "vm",
 "celery": "5.7.0",
 "python": "3.11.7",
 "params": {
  "brokers": "redis,rabbitmq",
  "work": 0.3
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "3b28e606c122",
   "demo": "overview.priority",
   "title": "Priority: the same burst on Redis and on RabbitMQ",
   "params": {
    "brokers": "redis,rabbitmq",
    "work": 0.3
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo overview.priority",
   "timestamp": 1795719701.9536035
  },
  {
   "kind": "note",
   "text": "starting a prefork worker (-c 1, prefetch multiplier 1) on redis, rabbitmq",
   "data": null,
   "timestamp": 1795719701.9813552
  },
  {
   "kind": "note",
   "text": "redis: priority-redis@vm runs blocker 1 and holds blocker 2; sent p5, p0, p9, none to the broker",
   "data": null,
   "timestamp": 1795719703.0800133
  },
  {
   "kind": "note",
   "text": "redis: ran p0 -> none -> p5 -> p9",
   "data": null,
   "timestamp": 1795719706.3017428
  },
  {
   "kind": "note",
   "text": "rabbitmq: priority-rabbitmq@vm runs blocker 1 and holds blocker 2; sent p5, p0, p9, none to the broker",
   "data": null,
   "timestamp": 1795719706.3332055
  },
  {
   "kind": "note",
   "text": "rabbitmq: ran p9 -> p5 -> p0 -> none",
   "data": null,
   "timestamp": 1795719709.535444
  },
  {
   "kind": "summary",
   "run_id": "3b28e606c122",
   "demo": "overview.priority",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "table",
     "facts": [
      {
       "label": "sent",
       "value": "p5 -> p0 -> p9 -> none"
      }
     ],
     "columns": [
      "broker",
      "ran 1",
      "ran 2",
      "ran 3",
      "ran 4"
     ],
     "rows": [
      [
       "redis",
       "p0",
       "none",
       "p5",
       "p9"
      ],
      [
       "rabbitmq",
       "p9",
       "p5",
       "p0",
       "none"
      ]
     ]
    },
    "sent": "p5 -> p0 -> p9 -> none",
    "order": [
     {
      "broker": "redis",
      "ran 1": "p0",
      "ran 2": "none",
      "ran 3": "p5",
      "ran 4": "p9"
     },
     {
      "broker": "rabbitmq",
      "ran 1": "p9",
      "ran 2": "p5",
      "ran 3": "p0",
      "ran 4": "none"
     }
    ],
    "first": "redis: p0 \u00b7 rabbitmq: p9"
   },
   "error": null,
   "tasks": [],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795719701.9536035,
   "finished": 1795719716.602626,
   "duration": 14.649,
   "timestamp": 1795719716.6026635
  }
 ]
};
