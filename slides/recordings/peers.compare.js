/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["peers.compare"] = {
 "id": "peers.compare",
 "title": "Celery and the queues people pick instead, on one Redis",
 "scenario": {
  "id": "peers.compare",
  "title": "Celery and the queues people pick instead, on one Redis",
  "slide": "Ecosystem / What would you pick instead?",
  "description": "Each library gets its own workers (started for it, stopped by pid), configured as its\n    docs show for IO-bound work at concurrency 10: N no-ops drained, round trips through\n    its result API, and an IO batch against its ideal.",
  "command": "invoke demo peers.compare",
  "timeout": 120.0,
  "params": [
   {
    "name": "libraries",
    "type": "string",
    "default": "celery,dramatiq,rq,huey,taskiq",
    "min": null,
    "max": null,
    "choices": null,
    "limits": "a string",
    "help": "comma-separated: celery, dramatiq, rq, huey, taskiq"
   },
   {
    "name": "noops",
    "type": "integer",
    "default": 200,
    "min": 10,
    "max": 5000,
    "choices": null,
    "limits": "between 10 and 5000",
    "help": "no-op tasks drained"
   },
   {
    "name": "round_trips",
    "type": "integer",
    "default": 20,
    "min": 5,
    "max": 500,
    "choices": null,
    "limits": "between 5 and 500",
    "help": "tasks sent one at a time, result read back"
   },
   {
    "name": "io_tasks",
    "type": "integer",
    "default": 50,
    "min": 10,
    "max": 500,
    "choices": null,
    "limits": "between 10 and 500",
    "help": "tasks each waiting 0.1 s on the slow endpoint"
   }
  ]
 },
 "recorded": "2026-11-26T16:25:26+00:00",
 "broker": "redis://127.0.0.1:26379/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [],
 "host": "vm",
 "celery": "5.7.0",
 "python": "3.11.7",
 "params": {
  "libraries": "celery,dramatiq,rq,huey,taskiq",
  "noops": 200,
  "round_trips": 20,
  "io_tasks": 50
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "c7574b6151cb",
   "demo": "peers.compare",
   "title": "Celery and the queues people pick instead, on one Redis",
   "params": {
    "libraries": "celery,dramatiq,rq,huey,taskiq",
    "noops": 200,
    "round_trips": 20,
    "io_tasks": 50
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo peers.compare",
   "timestamp": 1795710326.0668993
  },
  {
   "kind": "note",
   "text": "celery, dramatiq, rq, huey, taskiq on the same Redis, one at a time: 200 no-ops, 20 round trips, 50 waits of 0.1 s at concurrency 10; about 30 s",
   "data": null,
   "timestamp": 1795710326.0670688
  },
  {
   "kind": "note",
   "text": "celery 5.7.0: 200 no-ops in 0.62 s, round trip p50 7.0 ms, IO 83% of ideal",
   "data": {
    "row": {
     "library": "celery",
     "settings": "gevent pool, -c 10, prefetch x1, results in Redis (pub/sub wait)",
     "concurrency": 10,
     "version": "5.7.0",
     "startup_s": 0.71,
     "noops": 200,
     "drain_s": 0.62,
     "enqueue_s": 0.112,
     "throughput": 322.6,
     "round_trips": 20,
     "p50_ms": 7.02,
     "p90_ms": 7.567,
     "p99_ms": 9.197,
     "io_tasks": 50,
     "io_wall_s": 0.6,
     "io_ideal_s": 0.5,
     "io_x_ideal": 1.2,
     "io_efficiency": 0.833,
     "status": "ok"
    }
   },
   "timestamp": 1795710330.197056
  },
  {
   "kind": "note",
   "text": "dramatiq 2.2.1: 200 no-ops in 0.14 s, round trip p50 8.8 ms, IO 92% of ideal",
   "data": {
    "row": {
     "library": "dramatiq",
     "settings": "1 process x 10 threads, RedisBroker, Results middleware (RedisBackend, blocking get)",
     "concurrency": 10,
     "version": "2.2.1",
     "startup_s": 0.24,
     "noops": 200,
     "drain_s": 0.145,
     "enqueue_s": 0.064,
     "throughput": 1375.9,
     "round_trips": 20,
     "p50_ms": 8.825,
     "p90_ms": 10.71,
     "p99_ms": 10.911,
     "io_tasks": 50,
     "io_wall_s": 0.54,
     "io_ideal_s": 0.5,
     "io_x_ideal": 1.08,
     "io_efficiency": 0.925,
     "status": "ok"
    }
   },
   "timestamp": 1795710331.3357778
  },
  {
   "kind": "note",
   "text": "rq 3.0.0: 200 no-ops in 2.63 s, round trip p50 14.5 ms, IO 52% of ideal",
   "data": {
    "row": {
     "library": "rq",
     "settings": "worker-pool of 10 workers, a forked work horse per job (RQ's default), latest_result(timeout) on a stream",
     "concurrency": 10,
     "version": "3.0.0",
     "startup_s": 0.41,
     "noops": 200,
     "drain_s": 2.631,
     "enqueue_s": 0.167,
     "throughput": 76.0,
     "round_trips": 20,
     "p50_ms": 14.507,
     "p90_ms": 15.668,
     "p99_ms": 16.058,
     "io_tasks": 50,
     "io_wall_s": 0.954,
     "io_ideal_s": 0.5,
     "io_x_ideal": 1.91,
     "io_efficiency": 0.524,
     "status": "ok"
    }
   },
   "timestamp": 1795710335.642123
  },
  {
   "kind": "note",
   "text": "huey 3.5.4: 200 no-ops in 0.18 s, round trip p50 51.8 ms, IO 92% of ideal",
   "data": {
    "row": {
     "library": "huey",
     "settings": "RedisHuey, 10 thread workers, result.get(blocking=True) polls (from 0.05 s, backoff x1.15; notify_result=True would block on BLPOP instead)",
     "concurrency": 10,
     "version": "3.5.4",
     "startup_s": 0.2,
     "noops": 200,
     "drain_s": 0.18,
     "enqueue_s": 0.039,
     "throughput": 1110.1,
     "round_trips": 20,
     "p50_ms": 51.751,
     "p90_ms": 52.008,
     "p99_ms": 55.416,
     "io_tasks": 50,
     "io_wall_s": 0.547,
     "io_ideal_s": 0.5,
     "io_x_ideal": 1.09,
     "io_efficiency": 0.915,
     "status": "ok"
    }
   },
   "timestamp": 1795710337.6349201
  },
  {
   "kind": "note",
   "text": "taskiq 0.13.0: 200 no-ops in 0.22 s, round trip p50 203.1 ms, IO 58% of ideal",
   "data": {
    "row": {
     "library": "taskiq",
     "settings": "RedisStreamBroker (group read from the stream's start), 1 worker process, --max-async-tasks 10, wait_result() polls every 0.2 s",
     "concurrency": 10,
     "version": "0.13.0",
     "startup_s": 0.64,
     "noops": 200,
     "drain_s": 0.224,
     "enqueue_s": 0.117,
     "throughput": 892.4,
     "round_trips": 20,
     "p50_ms": 203.063,
     "p90_ms": 203.799,
     "p99_ms": 204.327,
     "io_tasks": 50,
     "io_wall_s": 0.861,
     "io_ideal_s": 0.5,
     "io_x_ideal": 1.72,
     "io_efficiency": 0.581,
     "status": "ok"
    }
   },
   "timestamp": 1795710343.341992
  },
  {
   "kind": "summary",
   "run_id": "c7574b6151cb",
   "demo": "peers.compare",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "table",
     "columns": [
      "library",
      "drain s",
      "p50 ms",
      "IO % ideal"
     ],
     "rows": [
      [
       "celery",
       0.62,
       7.02,
       83
      ],
      [
       "dramatiq",
       0.145,
       8.825,
       92
      ],
      [
       "rq",
       2.631,
       14.507,
       52
      ],
      [
       "huey",
       0.18,
       51.751,
       92
      ],
      [
       "taskiq",
       0.224,
       203.063,
       58
      ]
     ],
     "facts": [
      {
       "label": "machine",
       "value": "measured on 2 cores, load 0.51 before, 1.04 after, other processes 0.11 cores during, a quiet machine"
      }
     ]
    },
    "table": [
     {
      "library": "celery",
      "drain s": 0.62,
      "p50 ms": 7.02,
      "IO % ideal": 83
     },
     {
      "library": "dramatiq",
      "drain s": 0.145,
      "p50 ms": 8.825,
      "IO % ideal": 92
     },
     {
      "library": "rq",
      "drain s": 2.631,
      "p50 ms": 14.507,
      "IO % ideal": 52
     },
     {
      "library": "huey",
      "drain s": 0.18,
      "p50 ms": 51.751,
      "IO % ideal": 92
     },
     {
      "library": "taskiq",
      "drain s": 0.224,
      "p50 ms": 203.063,
      "IO % ideal": 58
     }
    ],
    "measured": "measured on 2 cores, load 0.51 before, 1.04 after, other processes 0.11 cores during, a quiet machine",
    "_live": {
     "benchmark": "peers",
     "mode": "quick",
     "settings": {
      "redis": "redis://127.0.0.1:26379/9",
      "noops": 200,
      "round_trips": 20,
      "io_tasks": 50,
      "io_wait_s": 0.1,
      "concurrency": 10,
      "io_ideal_s": 0.5,
      "noop": "one INCR in Redis (how the benchmark sees it done), results off",
      "isolation": "one library's workers at a time, started for it and stopped by pid"
     },
     "rows": [
      {
       "library": "celery",
       "settings": "gevent pool, -c 10, prefetch x1, results in Redis (pub/sub wait)",
       "concurrency": 10,
       "version": "5.7.0",
       "startup_s": 0.71,
       "noops": 200,
       "drain_s": 0.62,
       "enqueue_s": 0.112,
       "throughput": 322.6,
       "round_trips": 20,
       "p50_ms": 7.02,
       "p90_ms": 7.567,
       "p99_ms": 9.197,
       "io_tasks": 50,
       "io_wall_s": 0.6,
       "io_ideal_s": 0.5,
       "io_x_ideal": 1.2,
       "io_efficiency": 0.833,
       "status": "ok"
      },
      {
       "library": "dramatiq",
       "settings": "1 process x 10 threads, RedisBroker, Results middleware (RedisBackend, blocking get)",
       "concurrency": 10,
       "version": "2.2.1",
       "startup_s": 0.24,
       "noops": 200,
       "drain_s": 0.145,
       "enqueue_s": 0.064,
       "throughput": 1375.9,
       "round_trips": 20,
       "p50_ms": 8.825,
       "p90_ms": 10.71,
       "p99_ms": 10.911,
       "io_tasks": 50,
       "io_wall_s": 0.54,
       "io_ideal_s": 0.5,
       "io_x_ideal": 1.08,
       "io_efficiency": 0.925,
       "status": "ok"
      },
      {
       "library": "rq",
       "settings": "worker-pool of 10 workers, a forked work horse per job (RQ's default), latest_result(timeout) on a stream",
       "concurrency": 10,
       "version": "3.0.0",
       "startup_s": 0.41,
       "noops": 200,
       "drain_s": 2.631,
       "enqueue_s": 0.167,
       "throughput": 76.0,
       "round_trips": 20,
       "p50_ms": 14.507,
       "p90_ms": 15.668,
       "p99_ms": 16.058,
       "io_tasks": 50,
       "io_wall_s": 0.954,
       "io_ideal_s": 0.5,
       "io_x_ideal": 1.91,
       "io_efficiency": 0.524,
       "status": "ok"
      },
      {
       "library": "huey",
       "settings": "RedisHuey, 10 thread workers, result.get(blocking=True) polls (from 0.05 s, backoff x1.15; notify_result=True would block on BLPOP instead)",
       "concurrency": 10,
       "version": "3.5.4",
       "startup_s": 0.2,
       "noops": 200,
       "drain_s": 0.18,
       "enqueue_s": 0.039,
       "throughput": 1110.1,
       "round_trips": 20,
       "p50_ms": 51.751,
       "p90_ms": 52.008,
       "p99_ms": 55.416,
       "io_tasks": 50,
       "io_wall_s": 0.547,
       "io_ideal_s": 0.5,
       "io_x_ideal": 1.09,
       "io_efficiency": 0.915,
       "status": "ok"
      },
      {
       "library": "taskiq",
       "settings": "RedisStreamBroker (group read from the stream's start), 1 worker process, --max-async-tasks 10, wait_result() polls every 0.2 s",
       "concurrency": 10,
       "version": "0.13.0",
       "startup_s": 0.64,
       "noops": 200,
       "drain_s": 0.224,
       "enqueue_s": 0.117,
       "throughput": 892.4,
       "round_trips": 20,
       "p50_ms": 203.063,
       "p90_ms": 203.799,
       "p99_ms": 204.327,
       "io_tasks": 50,
       "io_wall_s": 0.861,
       "io_ideal_s": 0.5,
       "io_x_ideal": 1.72,
       "io_efficiency": 0.581,
       "status": "ok"
      }
     ],
     "machine_state": {
      "cores": 2,
      "before": {
       "load_1m": 0.51,
       "others_cpu": 0.005,
       "services_cpu": 0.005,
       "window_s": 2.0
      },
      "during": {
       "samples": 14,
       "load_1m_max": 1.23,
       "others_cpu_mean": 0.11,
       "others_cpu_max": 0.766,
       "ours_cpu_mean": 0.735,
       "services_cpu_mean": 0.065
      },
      "after": {
       "load_1m": 1.04,
       "others_cpu": 0.01,
       "services_cpu": 0.0,
       "window_s": 1.0
      },
      "quiet_share": 0.1,
      "how": "others_cpu = all busy CPU (/proc/stat) minus this benchmark's processes and the broker/backend servers it uses, in cores",
      "busy": null
     },
     "machine": {
      "host": "vm",
      "cores": 2,
      "load_avg_1m": 1.04,
      "python": "3.11.7",
      "celery": "5.7.0",
      "kombu": "5.7.0",
      "date": "2026-11-26T16:25:44+00:00"
     },
     "anchors": {
      "redis_round_trip_overhead_ms": 8.6,
      "rabbitmq_round_trip_overhead_ms": 6.6,
      "io_ideal_efficiency_at_10": 0.71
     },
     "note": "quick run from the slide, on the presenter's machine"
    },
    "_last_full": {
     "benchmark": "peers",
     "mode": "full",
     "settings": {
      "redis": "redis://127.0.0.1:26379/9",
      "noops": 5000,
      "round_trips": 200,
      "io_tasks": 300,
      "io_wait_s": 0.1,
      "concurrency": 10,
      "io_ideal_s": 3.0,
      "noop": "one INCR in Redis (how the benchmark sees it done), results off",
      "isolation": "one library's workers at a time, started for it and stopped by pid"
     },
     "rows": [
      {
       "library": "celery",
       "settings": "gevent pool, -c 10, prefetch x1, results in Redis (pub/sub wait)",
       "concurrency": 10,
       "version": "5.7.0",
       "startup_s": 0.72,
       "noops": 5000,
       "drain_s": 11.291,
       "enqueue_s": 2.906,
       "throughput": 442.8,
       "round_trips": 200,
       "p50_ms": 5.948,
       "p90_ms": 7.501,
       "p99_ms": 12.784,
       "io_tasks": 300,
       "io_wall_s": 3.388,
       "io_ideal_s": 3.0,
       "io_x_ideal": 1.13,
       "io_efficiency": 0.885,
       "status": "ok"
      },
      {
       "library": "dramatiq",
       "settings": "1 process x 10 threads, RedisBroker, Results middleware (RedisBackend, blocking get)",
       "concurrency": 10,
       "version": "2.2.1",
       "startup_s": 0.23,
       "noops": 5000,
       "drain_s": 2.889,
       "enqueue_s": 1.68,
       "throughput": 1730.5,
       "round_trips": 200,
       "p50_ms": 8.191,
       "p90_ms": 10.526,
       "p99_ms": 11.195,
       "io_tasks": 300,
       "io_wall_s": 3.149,
       "io_ideal_s": 3.0,
       "io_x_ideal": 1.05,
       "io_efficiency": 0.953,
       "status": "ok"
      },
      {
       "library": "rq",
       "settings": "worker-pool of 10 workers, a forked work horse per job (RQ's default), latest_result(timeout) on a stream",
       "concurrency": 10,
       "version": "3.0.0",
       "startup_s": 0.36,
       "noops": 5000,
       "drain_s": 66.429,
       "enqueue_s": 2.985,
       "throughput": 75.3,
       "round_trips": 200,
       "p50_ms": 18.73,
       "p90_ms": 23.997,
       "p99_ms": 30.191,
       "io_tasks": 300,
       "io_wall_s": 5.539,
       "io_ideal_s": 3.0,
       "io_x_ideal": 1.85,
       "io_efficiency": 0.542,
       "status": "ok"
      },
      {
       "library": "huey",
       "settings": "RedisHuey, 10 thread workers, result.get(blocking=True) polls (from 0.05 s, backoff x1.15; notify_result=True would block on BLPOP instead)",
       "concurrency": 10,
       "version": "3.5.4",
       "startup_s": 0.26,
       "noops": 5000,
       "drain_s": 3.892,
       "enqueue_s": 1.091,
       "throughput": 1284.7,
       "round_trips": 200,
       "p50_ms": 51.735,
       "p90_ms": 52.399,
       "p99_ms": 61.603,
       "io_tasks": 300,
       "io_wall_s": 3.26,
       "io_ideal_s": 3.0,
       "io_x_ideal": 1.09,
       "io_efficiency": 0.92,
       "status": "ok"
      },
      {
       "library": "taskiq",
       "settings": "RedisStreamBroker (group read from the stream's start), 1 worker process, --max-async-tasks 10, wait_result() polls every 0.2 s",
       "concurrency": 10,
       "version": "0.13.0",
       "startup_s": 0.69,
       "noops": 5000,
       "drain_s": 4.021,
       "enqueue_s": 2.044,
       "throughput": 1243.6,
       "round_trips": 200,
       "p50_ms": 203.287,
       "p90_ms": 204.156,
       "p99_ms": 216.294,
       "io_tasks": 300,
       "io_wall_s": 4.551,
       "io_ideal_s": 3.0,
       "io_x_ideal": 1.52,
       "io_efficiency": 0.659,
       "status": "ok"
      }
     ],
     "machine_state": {
      "cores": 2,
      "before": {
       "load_1m": 0.98,
       "others_cpu": 0.005,
       "services_cpu": 0.005,
       "window_s": 2.0
      },
      "during": {
       "samples": 149,
       "load_1m_max": 8.02,
       "others_cpu_mean": 0.04,
       "others_cpu_max": 1.629,
       "ours_cpu_mean": 1.059,
       "services_cpu_mean": 0.104
      },
      "after": {
       "load_1m": 2.63,
       "others_cpu": 0.0,
       "services_cpu": 0.0,
       "window_s": 1.0
      },
      "quiet_share": 0.1,
      "how": "others_cpu = all busy CPU (/proc/stat) minus this benchmark's processes and the broker/backend servers it uses, in cores",
      "busy": null
     },
     "machine": {
      "host": "vm",
      "cores": 2,
      "load_avg_1m": 2.63,
      "python": "3.11.7",
      "celery": "5.7.0",
      "kombu": "5.7.0",
      "date": "2026-11-26T16:22:30+00:00"
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
   "started": 1795710326.0668993,
   "finished": 1795710344.6172185,
   "duration": 18.55,
   "timestamp": 1795710344.6172528
  }
 ]
};
