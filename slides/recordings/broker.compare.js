/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["broker.compare"] = {
 "id": "broker.compare",
 "title": "The same workload through every broker, Celery beside raw kombu",
 "scenario": {
  "id": "broker.compare",
  "title": "The same workload through every broker, Celery beside raw kombu",
  "slide": "Broker / Implementation",
  "description": "Each reachable broker gets its own worker on queue bench.brokers: N no-ops at once\n    (throughput), then round trips one at a time (p50/p90/p99); kombu alone moves the same\n    messages through the same broker, so Celery's cost reads as a ratio. SQLite runs twice:\n    at the interval we chose and at kombu's default, so the slide shows what tuning buys.",
  "command": "invoke demo broker.compare",
  "timeout": 60.0,
  "params": [
   {
    "name": "brokers",
    "type": "string",
    "default": "redis,rabbitmq,mongo,sqlite",
    "min": null,
    "max": null,
    "choices": null,
    "limits": "a string",
    "help": "comma-separated: redis, rabbitmq, mongo, sqlite"
   },
   {
    "name": "tasks",
    "type": "integer",
    "default": 60,
    "min": 10,
    "max": 5000,
    "choices": null,
    "limits": "between 10 and 5000",
    "help": "no-op tasks in the throughput batch"
   },
   {
    "name": "round_trips",
    "type": "integer",
    "default": 20,
    "min": 5,
    "max": 1000,
    "choices": null,
    "limits": "between 5 and 1000",
    "help": "tasks sent one at a time for latency"
   },
   {
    "name": "polling_interval",
    "type": "number",
    "default": 0.01,
    "min": 0.001,
    "max": 2.0,
    "choices": null,
    "limits": "between 0.001 and 2.0",
    "help": "seconds between polls (MongoDB, SQLite)"
   }
  ]
 },
 "recorded": "2026-11-26T16:24:35+00:00",
 "broker": "redis://127.0.0.1:26379/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [],
 "host": "vm",
 "celery": "5.7.0",
 "python": "3.11.7",
 "params": {
  "brokers": "redis,rabbitmq,mongo,sqlite",
  "tasks": 60,
  "round_trips": 20,
  "polling_interval": 0.01
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "532368277e0c",
   "demo": "broker.compare",
   "title": "The same workload through every broker, Celery beside raw kombu",
   "params": {
    "brokers": "redis,rabbitmq,mongo,sqlite",
    "tasks": 60,
    "round_trips": 20,
    "polling_interval": 0.01
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo broker.compare",
   "timestamp": 1795710275.4320896
  },
  {
   "kind": "note",
   "text": "measuring redis, rabbitmq, mongo, sqlite: 60 tasks, 20 round trips, about 20 s; polling transports every 0.01 s, and SQLite again at kombu's default (1 s)",
   "data": null,
   "timestamp": 1795710275.4321833
  },
  {
   "kind": "note",
   "text": "redis: 88 tasks/s (raw 791 msg/s), p50 6.0 ms (raw 1.15 ms)",
   "data": {
    "row": {
     "broker": "redis",
     "label": "redis",
     "url": "redis://127.0.0.1:26379/0",
     "polling_interval": null,
     "tasks": 60,
     "round_trips": 20,
     "raw_throughput": 790.9,
     "raw_p50_ms": 1.145,
     "raw_p90_ms": 1.269,
     "raw_p99_ms": 1.289,
     "throughput": 87.6,
     "p50_ms": 5.979,
     "p90_ms": 7.427,
     "p99_ms": 9.51,
     "throughput_ratio": 9.03,
     "p50_ratio": 5.22,
     "overhead_ms": 4.834,
     "status": "ok"
    }
   },
   "timestamp": 1795710278.2918935
  },
  {
   "kind": "note",
   "text": "rabbitmq: 99 tasks/s (raw 5,564 msg/s), p50 2.8 ms (raw 0.34 ms)",
   "data": {
    "row": {
     "broker": "rabbitmq",
     "label": "rabbitmq",
     "url": "amqp://127.0.0.1:25672//",
     "polling_interval": null,
     "tasks": 60,
     "round_trips": 20,
     "raw_throughput": 5564.2,
     "raw_p50_ms": 0.342,
     "raw_p90_ms": 0.454,
     "raw_p99_ms": 0.945,
     "throughput": 98.8,
     "p50_ms": 2.823,
     "p90_ms": 3.446,
     "p99_ms": 7.433,
     "throughput_ratio": 56.32,
     "p50_ratio": 8.25,
     "overhead_ms": 2.481,
     "status": "ok"
    }
   },
   "timestamp": 1795710280.0636313
  },
  {
   "kind": "note",
   "text": "mongo: unreachable (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)",
   "data": {
    "row": {
     "broker": "mongo",
     "label": "mongo",
     "url": "mongodb://127.0.0.1:27017/brownbag",
     "polling_interval": 0.01,
     "tasks": 60,
     "round_trips": 20,
     "status": "unreachable",
     "reason": "no MongoDB answered at mongodb://127.0.0.1:27017/brownbag"
    }
   },
   "timestamp": 1795710280.6235895
  },
  {
   "kind": "note",
   "text": "sqlite (polls every 0.01 s): 58 tasks/s (raw 239 msg/s), p50 16.1 ms (raw 3.65 ms)",
   "data": {
    "row": {
     "broker": "sqlite",
     "label": "sqlite",
     "url": "sqla+sqlite:////tmp/me-home/broker.sqlite",
     "polling_interval": 0.01,
     "tasks": 60,
     "round_trips": 20,
     "raw_throughput": 239.3,
     "raw_p50_ms": 3.651,
     "raw_p90_ms": 4.086,
     "raw_p99_ms": 4.169,
     "throughput": 57.8,
     "p50_ms": 16.054,
     "p90_ms": 18.456,
     "p99_ms": 21.692,
     "throughput_ratio": 4.14,
     "p50_ratio": 4.4,
     "overhead_ms": 12.403,
     "status": "ok"
    }
   },
   "timestamp": 1795710287.9243364
  },
  {
   "kind": "note",
   "text": "sqlite @ kombu default (polls every 1 s): 2 tasks/s (raw 239 msg/s), p50 1005.0 ms (raw 3.65 ms)",
   "data": {
    "row": {
     "broker": "sqlite",
     "label": "sqlite @ kombu default",
     "url": "sqla+sqlite:////tmp/me-home/broker.sqlite",
     "polling_interval": 1.0,
     "variant": "kombu default interval",
     "tasks": 2,
     "round_trips": 3,
     "throughput": 2.0,
     "p50_ms": 1005.028,
     "p90_ms": 1009.017,
     "p99_ms": 1009.914,
     "status": "ok",
     "raw_throughput": 239.3,
     "raw_p50_ms": 3.651,
     "raw_p90_ms": 4.086,
     "raw_p99_ms": 4.169,
     "throughput_ratio": 119.65,
     "p50_ratio": 275.27,
     "overhead_ms": 1001.377
    }
   },
   "timestamp": 1795710287.9244094
  },
  {
   "kind": "summary",
   "run_id": "532368277e0c",
   "demo": "broker.compare",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "bars",
     "series": [
      "Celery",
      "raw kombu"
     ],
     "unit": "p50 round trip, ms",
     "better": "lower",
     "groups": [
      {
       "label": "redis",
       "values": [
        5.979,
        1.145
       ],
       "note": "5.22\u00d7 raw \u00b7 88 tasks/s"
      },
      {
       "label": "rabbitmq",
       "values": [
        2.823,
        0.342
       ],
       "note": "8.25\u00d7 raw \u00b7 99 tasks/s"
      },
      {
       "label": "mongo",
       "values": [
        null,
        null
       ],
       "note": "unreachable"
      },
      {
       "label": "sqlite",
       "values": [
        16.054,
        3.651
       ],
       "note": "4.4\u00d7 raw \u00b7 58 tasks/s"
      },
      {
       "label": "sqlite @ kombu default",
       "values": [
        1005.028,
        3.651
       ],
       "note": "275.27\u00d7 raw \u00b7 2 tasks/s"
      }
     ],
     "facts": [
      {
       "label": "machine",
       "value": "measured on 2 cores, load 0.89 before, 0.9 after, other processes 0.04 cores during, a quiet machine"
      }
     ]
    },
    "table": [
     {
      "broker": "redis",
      "poll s": "push",
      "tasks/s": 87.6,
      "raw msg/s": 790.9,
      "p50 ms": 5.979,
      "p50 \u00f7 raw": 5.22
     },
     {
      "broker": "rabbitmq",
      "poll s": "push",
      "tasks/s": 98.8,
      "raw msg/s": 5564.2,
      "p50 ms": 2.823,
      "p50 \u00f7 raw": 8.25
     },
     {
      "broker": "mongo",
      "poll s": 0.01,
      "tasks/s": "unreachable",
      "raw msg/s": "",
      "p50 ms": "",
      "p50 \u00f7 raw": ""
     },
     {
      "broker": "sqlite",
      "poll s": 0.01,
      "tasks/s": 57.8,
      "raw msg/s": 239.3,
      "p50 ms": 16.054,
      "p50 \u00f7 raw": 4.4
     },
     {
      "broker": "sqlite @ kombu default",
      "poll s": 1.0,
      "tasks/s": 2.0,
      "raw msg/s": 239.3,
      "p50 ms": 1005.028,
      "p50 \u00f7 raw": 275.27
     }
    ],
    "measured": "measured on 2 cores, load 0.89 before, 0.9 after, other processes 0.04 cores during, a quiet machine",
    "_live": {
     "benchmark": "brokers",
     "mode": "quick",
     "settings": {
      "task": "demo.basics.noop",
      "tasks": 60,
      "round_trips": 20,
      "pool": "prefork",
      "concurrency": 2,
      "prefetch_multiplier": 1,
      "acks_late": false,
      "result_backend": "redis://127.0.0.1:26379/1",
      "polling_interval_s": 0.01,
      "kombu_default_polling_interval_s": 1.0,
      "default_interval_tasks": 2,
      "default_interval_round_trips": 3,
      "worker_flags": "--without-gossip --without-mingle --without-heartbeat"
     },
     "rows": [
      {
       "broker": "redis",
       "label": "redis",
       "url": "redis://127.0.0.1:26379/0",
       "polling_interval": null,
       "tasks": 60,
       "round_trips": 20,
       "raw_throughput": 790.9,
       "raw_p50_ms": 1.145,
       "raw_p90_ms": 1.269,
       "raw_p99_ms": 1.289,
       "throughput": 87.6,
       "p50_ms": 5.979,
       "p90_ms": 7.427,
       "p99_ms": 9.51,
       "throughput_ratio": 9.03,
       "p50_ratio": 5.22,
       "overhead_ms": 4.834,
       "status": "ok"
      },
      {
       "broker": "rabbitmq",
       "label": "rabbitmq",
       "url": "amqp://127.0.0.1:25672//",
       "polling_interval": null,
       "tasks": 60,
       "round_trips": 20,
       "raw_throughput": 5564.2,
       "raw_p50_ms": 0.342,
       "raw_p90_ms": 0.454,
       "raw_p99_ms": 0.945,
       "throughput": 98.8,
       "p50_ms": 2.823,
       "p90_ms": 3.446,
       "p99_ms": 7.433,
       "throughput_ratio": 56.32,
       "p50_ratio": 8.25,
       "overhead_ms": 2.481,
       "status": "ok"
      },
      {
       "broker": "mongo",
       "label": "mongo",
       "url": "mongodb://127.0.0.1:27017/brownbag",
       "polling_interval": 0.01,
       "tasks": 60,
       "round_trips": 20,
       "status": "unreachable",
       "reason": "no MongoDB answered at mongodb://127.0.0.1:27017/brownbag"
      },
      {
       "broker": "sqlite",
       "label": "sqlite",
       "url": "sqla+sqlite:////tmp/me-home/broker.sqlite",
       "polling_interval": 0.01,
       "tasks": 60,
       "round_trips": 20,
       "raw_throughput": 239.3,
       "raw_p50_ms": 3.651,
       "raw_p90_ms": 4.086,
       "raw_p99_ms": 4.169,
       "throughput": 57.8,
       "p50_ms": 16.054,
       "p90_ms": 18.456,
       "p99_ms": 21.692,
       "throughput_ratio": 4.14,
       "p50_ratio": 4.4,
       "overhead_ms": 12.403,
       "status": "ok"
      },
      {
       "broker": "sqlite",
       "label": "sqlite @ kombu default",
       "url": "sqla+sqlite:////tmp/me-home/broker.sqlite",
       "polling_interval": 1.0,
       "variant": "kombu default interval",
       "tasks": 2,
       "round_trips": 3,
       "throughput": 2.0,
       "p50_ms": 1005.028,
       "p90_ms": 1009.017,
       "p99_ms": 1009.914,
       "status": "ok",
       "raw_throughput": 239.3,
       "raw_p50_ms": 3.651,
       "raw_p90_ms": 4.086,
       "raw_p99_ms": 4.169,
       "throughput_ratio": 119.65,
       "p50_ratio": 275.27,
       "overhead_ms": 1001.377
      }
     ],
     "machine_state": {
      "cores": 2,
      "before": {
       "load_1m": 0.89,
       "others_cpu": 0.0,
       "services_cpu": 0.02,
       "window_s": 1.0
      },
      "during": {
       "samples": 11,
       "load_1m_max": 0.98,
       "others_cpu_mean": 0.042,
       "others_cpu_max": 0.138,
       "ours_cpu_mean": 0.468,
       "services_cpu_mean": 0.025
      },
      "after": {
       "load_1m": 0.9,
       "others_cpu": 0.077,
       "services_cpu": 0.0,
       "window_s": 0.5
      },
      "quiet_share": 0.1,
      "how": "others_cpu = all busy CPU (/proc/stat) minus this benchmark's processes and the broker/backend servers it uses, in cores",
      "busy": null
     },
     "machine": {
      "host": "vm",
      "cores": 2,
      "load_avg_1m": 0.9,
      "python": "3.11.7",
      "celery": "5.7.0",
      "kombu": "5.7.0",
      "date": "2026-11-26T16:24:48+00:00"
     },
     "anchors": {
      "redis_round_trip_overhead_ms": 8.6,
      "rabbitmq_round_trip_overhead_ms": 6.6,
      "io_ideal_efficiency_at_10": 0.71
     },
     "note": "quick run from the slide, on the presenter's machine"
    },
    "_last_full": {
     "benchmark": "brokers",
     "mode": "full",
     "settings": {
      "task": "demo.basics.noop",
      "tasks": 2000,
      "round_trips": 300,
      "pool": "prefork",
      "concurrency": 2,
      "prefetch_multiplier": 1,
      "acks_late": false,
      "result_backend": "redis://127.0.0.1:26379/1",
      "polling_interval_s": 0.01,
      "kombu_default_polling_interval_s": 1.0,
      "default_interval_tasks": 20,
      "default_interval_round_trips": 20,
      "worker_flags": "--without-gossip --without-mingle --without-heartbeat"
     },
     "rows": [
      {
       "broker": "redis",
       "label": "redis",
       "url": "redis://127.0.0.1:26379/0",
       "polling_interval": null,
       "tasks": 2000,
       "round_trips": 300,
       "raw_throughput": 720.2,
       "raw_p50_ms": 1.652,
       "raw_p90_ms": 1.891,
       "raw_p99_ms": 3.747,
       "throughput": 445.9,
       "p50_ms": 3.772,
       "p90_ms": 5.412,
       "p99_ms": 7.918,
       "throughput_ratio": 1.62,
       "p50_ratio": 2.28,
       "overhead_ms": 2.12,
       "status": "ok"
      },
      {
       "broker": "rabbitmq",
       "label": "rabbitmq",
       "url": "amqp://127.0.0.1:25672//",
       "polling_interval": null,
       "tasks": 2000,
       "round_trips": 300,
       "raw_throughput": 4777.6,
       "raw_p50_ms": 0.365,
       "raw_p90_ms": 0.55,
       "raw_p99_ms": 1.453,
       "throughput": 391.7,
       "p50_ms": 4.262,
       "p90_ms": 6.183,
       "p99_ms": 9.398,
       "throughput_ratio": 12.2,
       "p50_ratio": 11.68,
       "overhead_ms": 3.897,
       "status": "ok"
      },
      {
       "broker": "mongo",
       "label": "mongo",
       "url": "mongodb://127.0.0.1:27017/brownbag",
       "polling_interval": 0.01,
       "tasks": 2000,
       "round_trips": 300,
       "status": "unreachable",
       "reason": "no MongoDB answered at mongodb://127.0.0.1:27017/brownbag"
      },
      {
       "broker": "sqlite",
       "label": "sqlite",
       "url": "sqla+sqlite:////tmp/me-home/broker.sqlite",
       "polling_interval": 0.01,
       "tasks": 2000,
       "round_trips": 300,
       "raw_throughput": 221.4,
       "raw_p50_ms": 3.893,
       "raw_p90_ms": 4.255,
       "raw_p99_ms": 4.861,
       "throughput": 102.0,
       "p50_ms": 18.192,
       "p90_ms": 21.161,
       "p99_ms": 25.354,
       "throughput_ratio": 2.17,
       "p50_ratio": 4.67,
       "overhead_ms": 14.299,
       "status": "ok"
      },
      {
       "broker": "sqlite",
       "label": "sqlite @ kombu default",
       "url": "sqla+sqlite:////tmp/me-home/broker.sqlite",
       "polling_interval": 1.0,
       "variant": "kombu default interval",
       "tasks": 20,
       "round_trips": 20,
       "throughput": 9.7,
       "p50_ms": 1008.06,
       "p90_ms": 1011.8,
       "p99_ms": 1015.431,
       "status": "ok",
       "raw_throughput": 221.4,
       "raw_p50_ms": 3.893,
       "raw_p90_ms": 4.255,
       "raw_p99_ms": 4.861,
       "throughput_ratio": 22.82,
       "p50_ratio": 258.94,
       "overhead_ms": 1004.167
      }
     ],
     "machine_state": {
      "cores": 2,
      "before": {
       "load_1m": 0.48,
       "others_cpu": 0.01,
       "services_cpu": 0.01,
       "window_s": 3.0
      },
      "during": {
       "samples": 76,
       "load_1m_max": 1.1,
       "others_cpu_mean": 0.082,
       "others_cpu_max": 1.007,
       "ours_cpu_mean": 0.719,
       "services_cpu_mean": 0.073
      },
      "after": {
       "load_1m": 0.72,
       "others_cpu": 0.0,
       "services_cpu": 0.01,
       "window_s": 1.0
      },
      "quiet_share": 0.1,
      "how": "others_cpu = all busy CPU (/proc/stat) minus this benchmark's processes and the broker/backend servers it uses, in cores",
      "busy": null
     },
     "machine": {
      "host": "vm",
      "cores": 2,
      "load_avg_1m": 0.72,
      "python": "3.11.7",
      "celery": "5.7.0",
      "kombu": "5.7.0",
      "date": "2026-11-26T16:13:07+00:00"
     },
     "anchors": {
      "redis_round_trip_overhead_ms": 8.6,
      "rabbitmq_round_trip_overhead_ms": 6.6,
      "io_ideal_efficiency_at_10": 0.71
     },
     "note": "numbers from a shared machine: other processes compete for the same cores"
    }
   },
   "error": null,
   "tasks": [],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795710275.4320896,
   "finished": 1795710288.4628532,
   "duration": 13.031,
   "timestamp": 1795710288.4628978
  }
 ]
};
