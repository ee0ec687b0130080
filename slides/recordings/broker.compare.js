/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["broker.compare"] = {
 "id": "broker.compare",
 "title": "The same workload through every broker, Celery beside raw kombu",
 "scenario": {
  "id": "broker.compare",
  "title": "The same workload through every broker, Celery beside raw kombu",
  "slide": "Broker / Implementation",
  "description": "Each reachable broker gets its own worker on queue bench.brokers: N no-ops at once\n    (throughput), then round trips one at a time (p50/p90/p99); kombu alone moves the same\n    messages through the same broker, so Celery's cost reads as a ratio.",
  "command": "invoke demo broker.compare",
  "timeout": 240.0,
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
    "default": 200,
    "min": 10,
    "max": 5000,
    "choices": null,
    "limits": "between 10 and 5000",
    "help": "no-op tasks in the throughput batch"
   },
   {
    "name": "round_trips",
    "type": "integer",
    "default": 50,
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
 "recorded": "2026-11-24T14:34:40+00:00",
 "broker": "redis://127.0.0.1:54423/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [],
 "host": "vm",
 "celery": "5.7.0",
 "python": "3.11.7",
 "params": {
  "brokers": "redis,rabbitmq,mongo,sqlite",
  "tasks": 200,
  "round_trips": 50,
  "polling_interval": 0.01
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "4e3f944995ce",
   "demo": "broker.compare",
   "title": "The same workload through every broker, Celery beside raw kombu",
   "params": {
    "brokers": "redis,rabbitmq,mongo,sqlite",
    "tasks": 200,
    "round_trips": 50,
    "polling_interval": 0.01
   },
   "broker": "redis://127.0.0.1:54423/0",
   "follow": "events",
   "command": "invoke demo broker.compare",
   "timestamp": 1795530880.0444798
  },
  {
   "kind": "note",
   "text": "measuring redis, rabbitmq, mongo, sqlite: 200 tasks, 50 round trips; polling transports every 0.01 s (kombu's default is 1 s)",
   "data": null,
   "timestamp": 1795530880.0445583
  },
  {
   "kind": "note",
   "text": "redis: 81 tasks/s (raw 662 msg/s), p50 14.6 ms (raw 1.54 ms)",
   "data": {
    "row": {
     "broker": "redis",
     "url": "redis://127.0.0.1:54423/0",
     "polling_interval": null,
     "tasks": 200,
     "round_trips": 50,
     "raw_throughput": 661.5,
     "raw_p50_ms": 1.537,
     "raw_p90_ms": 2.839,
     "raw_p99_ms": 5.754,
     "throughput": 81.0,
     "p50_ms": 14.614,
     "p90_ms": 47.881,
     "p99_ms": 66.234,
     "throughput_ratio": 8.17,
     "p50_ratio": 9.51,
     "overhead_ms": 13.077,
     "status": "ok"
    }
   },
   "timestamp": 1795530887.5826674
  },
  {
   "kind": "note",
   "text": "rabbitmq: 117 tasks/s (raw 1,307 msg/s), p50 6.8 ms (raw 0.59 ms)",
   "data": {
    "row": {
     "broker": "rabbitmq",
     "url": "amqp://127.0.0.1:42131//",
     "polling_interval": null,
     "tasks": 200,
     "round_trips": 50,
     "raw_throughput": 1307.2,
     "raw_p50_ms": 0.594,
     "raw_p90_ms": 2.198,
     "raw_p99_ms": 10.445,
     "throughput": 117.3,
     "p50_ms": 6.814,
     "p90_ms": 13.724,
     "p99_ms": 116.306,
     "throughput_ratio": 11.14,
     "p50_ratio": 11.47,
     "overhead_ms": 6.22,
     "status": "ok"
    }
   },
   "timestamp": 1795530896.912009
  },
  {
   "kind": "note",
   "text": "mongo: unreachable (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)",
   "data": {
    "row": {
     "broker": "mongo",
     "url": "mongodb://127.0.0.1:27017/brownbag",
     "polling_interval": 0.01,
     "tasks": 200,
     "round_trips": 50,
     "status": "unreachable",
     "reason": "no MongoDB answered at mongodb://127.0.0.1:27017/brownbag"
    }
   },
   "timestamp": 1795530898.0328488
  },
  {
   "kind": "note",
   "text": "sqlite: 22 tasks/s (raw 80 msg/s), p50 39.3 ms (raw 21.77 ms)",
   "data": {
    "row": {
     "broker": "sqlite",
     "url": "sqla+sqlite:////tmp/w4/stackhome/broker.sqlite",
     "polling_interval": 0.01,
     "tasks": 200,
     "round_trips": 50,
     "raw_throughput": 79.8,
     "raw_p50_ms": 21.769,
     "raw_p90_ms": 46.113,
     "raw_p99_ms": 76.008,
     "throughput": 21.7,
     "p50_ms": 39.346,
     "p90_ms": 63.72,
     "p99_ms": 113.55,
     "throughput_ratio": 3.68,
     "p50_ratio": 1.81,
     "overhead_ms": 17.577,
     "status": "ok"
    }
   },
   "timestamp": 1795530921.862881
  },
  {
   "kind": "summary",
   "run_id": "4e3f944995ce",
   "demo": "broker.compare",
   "status": "succeeded",
   "result": {
    "live": {
     "benchmark": "brokers",
     "mode": "quick",
     "settings": {
      "task": "demo.basics.noop",
      "tasks": 200,
      "round_trips": 50,
      "pool": "prefork",
      "concurrency": 2,
      "prefetch_multiplier": 1,
      "acks_late": false,
      "result_backend": "redis://127.0.0.1:54423/1",
      "polling_interval_s": 0.01,
      "kombu_default_polling_interval_s": 1.0,
      "worker_flags": "--without-gossip --without-mingle --without-heartbeat"
     },
     "rows": [
      {
       "broker": "redis",
       "url": "redis://127.0.0.1:54423/0",
       "polling_interval": null,
       "tasks": 200,
       "round_trips": 50,
       "raw_throughput": 661.5,
       "raw_p50_ms": 1.537,
       "raw_p90_ms": 2.839,
       "raw_p99_ms": 5.754,
       "throughput": 81.0,
       "p50_ms": 14.614,
       "p90_ms": 47.881,
       "p99_ms": 66.234,
       "throughput_ratio": 8.17,
       "p50_ratio": 9.51,
       "overhead_ms": 13.077,
       "status": "ok"
      },
      {
       "broker": "rabbitmq",
       "url": "amqp://127.0.0.1:42131//",
       "polling_interval": null,
       "tasks": 200,
       "round_trips": 50,
       "raw_throughput": 1307.2,
       "raw_p50_ms": 0.594,
       "raw_p90_ms": 2.198,
       "raw_p99_ms": 10.445,
       "throughput": 117.3,
       "p50_ms": 6.814,
       "p90_ms": 13.724,
       "p99_ms": 116.306,
       "throughput_ratio": 11.14,
       "p50_ratio": 11.47,
       "overhead_ms": 6.22,
       "status": "ok"
      },
      {
       "broker": "mongo",
       "url": "mongodb://127.0.0.1:27017/brownbag",
       "polling_interval": 0.01,
       "tasks": 200,
       "round_trips": 50,
       "status": "unreachable",
       "reason": "no MongoDB answered at mongodb://127.0.0.1:27017/brownbag"
      },
      {
       "broker": "sqlite",
       "url": "sqla+sqlite:////tmp/w4/stackhome/broker.sqlite",
       "polling_interval": 0.01,
       "tasks": 200,
       "round_trips": 50,
       "raw_throughput": 79.8,
       "raw_p50_ms": 21.769,
       "raw_p90_ms": 46.113,
       "raw_p99_ms": 76.008,
       "throughput": 21.7,
       "p50_ms": 39.346,
       "p90_ms": 63.72,
       "p99_ms": 113.55,
       "throughput_ratio": 3.68,
       "p50_ratio": 1.81,
       "overhead_ms": 17.577,
       "status": "ok"
      }
     ],
     "machine": {
      "host": "vm",
      "cores": 2,
      "load_avg_1m": 6.73,
      "python": "3.11.7",
      "celery": "5.7.0",
      "kombu": "5.7.0",
      "date": "2026-11-24T14:35:21+00:00"
     },
     "anchors": {
      "redis_round_trip_overhead_ms": 8.6,
      "rabbitmq_round_trip_overhead_ms": 6.6,
      "io_ideal_efficiency_at_10": 0.71
     },
     "note": "quick run from the slide, on the presenter's machine"
    },
    "last_full": {
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
      "result_backend": "redis://127.0.0.1:16391/1",
      "polling_interval_s": 0.01,
      "kombu_default_polling_interval_s": 1.0,
      "worker_flags": "--without-gossip --without-mingle --without-heartbeat"
     },
     "rows": [
      {
       "broker": "redis",
       "url": "redis://127.0.0.1:16391/0",
       "polling_interval": null,
       "tasks": 2000,
       "round_trips": 300,
       "raw_throughput": 398.6,
       "raw_p50_ms": 1.344,
       "raw_p90_ms": 2.211,
       "raw_p99_ms": 6.356,
       "throughput": 121.0,
       "p50_ms": 16.59,
       "p90_ms": 40.174,
       "p99_ms": 77.64,
       "throughput_ratio": 3.29,
       "p50_ratio": 12.34,
       "overhead_ms": 15.246,
       "status": "ok"
      },
      {
       "broker": "rabbitmq",
       "url": "amqp://127.0.0.1:15699//",
       "polling_interval": null,
       "tasks": 2000,
       "round_trips": 300,
       "raw_throughput": 1737.2,
       "raw_p50_ms": 0.467,
       "raw_p90_ms": 0.975,
       "raw_p99_ms": 2.715,
       "throughput": 149.1,
       "p50_ms": 8.885,
       "p90_ms": 17.688,
       "p99_ms": 50.196,
       "throughput_ratio": 11.65,
       "p50_ratio": 19.03,
       "overhead_ms": 8.418,
       "status": "ok"
      },
      {
       "broker": "mongo",
       "url": "mongodb://127.0.0.1:17017/brownbag",
       "polling_interval": 0.01,
       "tasks": 2000,
       "round_trips": 300,
       "status": "unreachable",
       "reason": "no MongoDB answered at mongodb://127.0.0.1:17017/brownbag"
      },
      {
       "broker": "sqlite",
       "url": "sqla+sqlite:////tmp/w5/home/broker.sqlite",
       "polling_interval": 0.01,
       "tasks": 2000,
       "round_trips": 300,
       "raw_throughput": 62.2,
       "raw_p50_ms": 9.723,
       "raw_p90_ms": 41.357,
       "raw_p99_ms": 64.082,
       "throughput": 59.3,
       "p50_ms": 40.629,
       "p90_ms": 58.432,
       "p99_ms": 90.223,
       "throughput_ratio": 1.05,
       "p50_ratio": 4.18,
       "overhead_ms": 30.906,
       "status": "ok"
      }
     ],
     "machine": {
      "host": "vm",
      "cores": 2,
      "load_avg_1m": 7.59,
      "python": "3.11.7",
      "celery": "5.7.0",
      "kombu": "5.7.0",
      "date": "2026-11-24T14:31:37+00:00"
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
   "broker": "redis://127.0.0.1:54423/0",
   "started": 1795530880.0444798,
   "finished": 1795530921.864544,
   "duration": 41.82,
   "timestamp": 1795530921.8645842
  }
 ]
};
