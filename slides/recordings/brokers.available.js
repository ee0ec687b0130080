/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["brokers.available"] = {
 "id": "brokers.available",
 "title": "Which brokers this machine can reach now",
 "scenario": {
  "id": "brokers.available",
  "title": "Which brokers this machine can reach now",
  "slide": "Supported brokers",
  "description": "The seed's 2013 list against this kombu's transports, then a real connection\n    attempt to every broker the stack knows.",
  "command": "invoke demo brokers.available",
  "timeout": 60.0,
  "params": []
 },
 "recorded": "2026-11-26T19:01:58+00:00",
 "broker": "redis://127.0.0.1:26379/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [],
 "host": "vm",
 "celery": "5.7.0",
 "python": "3.11.7",
 "params": {},
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "c454c2276e6e",
   "demo": "brokers.available",
   "title": "Which brokers this machine can reach now",
   "params": {},
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo brokers.available",
   "timestamp": 1795719718.1575885
  },
  {
   "kind": "note",
   "text": "kombu 5.7.0 ships 27 transport aliases",
   "data": null,
   "timestamp": 1795719718.1576715
  },
  {
   "kind": "note",
   "text": "redis: reachable (answers)",
   "data": null,
   "timestamp": 1795719718.1691077
  },
  {
   "kind": "note",
   "text": "rabbitmq: reachable (answers)",
   "data": null,
   "timestamp": 1795719718.17135
  },
  {
   "kind": "note",
   "text": "mongo: not reachable (no answer within 3 s)",
   "data": null,
   "timestamp": 1795719721.1579554
  },
  {
   "kind": "note",
   "text": "sqlite: reachable (answers)",
   "data": null,
   "timestamp": 1795719721.1581676
  },
  {
   "kind": "summary",
   "run_id": "c454c2276e6e",
   "demo": "brokers.available",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "table",
     "facts": [
      {
       "label": "kombu",
       "value": "5.7.0"
      }
     ],
     "columns": [
      "2013's broker",
      "kombu transport",
      "status today",
      "reachable here"
     ],
     "rows": [
      [
       "RabbitMQ",
       "amqp",
       {
        "value": "stable",
        "tone": "good"
       },
       {
        "value": "yes",
        "tone": "good"
       }
      ],
      [
       "Redis",
       "redis",
       {
        "value": "stable",
        "tone": "good"
       },
       {
        "value": "yes",
        "tone": "good"
       }
      ],
      [
       "MongoDB",
       "mongodb",
       {
        "value": "unofficial",
        "tone": "warn"
       },
       {
        "value": "no",
        "tone": "bad"
       }
      ],
      [
       "SQLAlchemy",
       "sqlalchemy",
       {
        "value": "unofficial",
        "tone": "warn"
       },
       {
        "value": "yes",
        "tone": "good"
       }
      ],
      [
       "Beanstalk",
       "beanstalk",
       {
        "value": "removed",
        "tone": "bad"
       },
       "not in this stack"
      ],
      [
       "CouchDB",
       "couchdb",
       {
        "value": "removed",
        "tone": "bad"
       },
       "not in this stack"
      ],
      [
       "Django ORM",
       "django",
       {
        "value": "removed",
        "tone": "bad"
       },
       "not in this stack"
      ]
     ]
    },
    "kombu": "5.7.0",
    "seed": [
     {
      "broker": "RabbitMQ",
      "transport": "amqp",
      "in this kombu": true,
      "status": "stable"
     },
     {
      "broker": "Redis",
      "transport": "redis",
      "in this kombu": true,
      "status": "stable"
     },
     {
      "broker": "MongoDB",
      "transport": "mongodb",
      "in this kombu": true,
      "status": "unofficial"
     },
     {
      "broker": "SQLAlchemy",
      "transport": "sqlalchemy",
      "in this kombu": true,
      "status": "unofficial"
     },
     {
      "broker": "Beanstalk",
      "transport": "beanstalk",
      "in this kombu": false,
      "status": "removed"
     },
     {
      "broker": "CouchDB",
      "transport": "couchdb",
      "in this kombu": false,
      "status": "removed"
     },
     {
      "broker": "Django ORM",
      "transport": "django",
      "in this kombu": false,
      "status": "removed"
     }
    ],
    "reachable": [
     {
      "broker": "redis",
      "url": "redis://127.0.0.1:26379/0",
      "reachable": true,
      "why": "answers"
     },
     {
      "broker": "rabbitmq",
      "url": "amqp://127.0.0.1:25672//",
      "reachable": true,
      "why": "answers"
     },
     {
      "broker": "mongo",
      "url": "mongodb://127.0.0.1:27017/brownbag",
      "reachable": false,
      "why": "no answer within 3 s"
     },
     {
      "broker": "sqlite",
      "url": "sqla+sqlite:////tmp/me-home/broker.sqlite",
      "reachable": true,
      "why": "answers"
     }
    ]
   },
   "error": null,
   "tasks": [],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795719718.1575885,
   "finished": 1795719721.1584356,
   "duration": 3.001,
   "timestamp": 1795719721.1584663
  }
 ]
};
