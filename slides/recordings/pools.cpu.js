/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["pools.cpu"] = {
 "id": "pools.cpu",
 "title": "CPU-bound batch on every pool: wall time against the ideal",
 "scenario": {
  "id": "pools.cpu",
  "title": "CPU-bound batch on every pool: wall time against the ideal",
  "slide": "Worker / Concurrency",
  "description": "Each task hashes in a pure-Python loop (holds the GIL); the ideal is the work over\n    min(cores, concurrency). Only processes (prefork) use more than one core.",
  "command": "invoke demo pools.cpu",
  "timeout": 240.0,
  "params": [
   {
    "name": "pools",
    "type": "string",
    "default": "prefork,threads,gevent,eventlet,solo",
    "min": null,
    "max": null,
    "choices": null,
    "limits": "a string",
    "help": "comma-separated: prefork, threads, gevent, eventlet, solo"
   },
   {
    "name": "concurrency",
    "type": "integer",
    "default": 10,
    "min": 1,
    "max": 50,
    "choices": null,
    "limits": "between 1 and 50",
    "help": "the same budget for every pool"
   },
   {
    "name": "tasks",
    "type": "integer",
    "default": 8,
    "min": 1,
    "max": 200,
    "choices": null,
    "limits": "between 1 and 200",
    "help": "tasks in the batch"
   },
   {
    "name": "task_seconds",
    "type": "number",
    "default": 0.15,
    "min": 0.01,
    "max": 5.0,
    "choices": null,
    "limits": "between 0.01 and 5.0",
    "help": "CPU seconds per task on one core"
   }
  ]
 },
 "recorded": "2026-11-24T14:36:07+00:00",
 "broker": "redis://127.0.0.1:54423/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [],
 "host": "vm",
 "celery": "5.7.0",
 "python": "3.11.7",
 "params": {
  "pools": "prefork,threads,gevent,eventlet,solo",
  "concurrency": 10,
  "tasks": 8,
  "task_seconds": 0.15
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "5178751cfe9f",
   "demo": "pools.cpu",
   "title": "CPU-bound batch on every pool: wall time against the ideal",
   "params": {
    "pools": "prefork,threads,gevent,eventlet,solo",
    "concurrency": 10,
    "tasks": 8,
    "task_seconds": 0.15
   },
   "broker": "redis://127.0.0.1:54423/0",
   "follow": "events",
   "command": "invoke demo pools.cpu",
   "timestamp": 1795530967.5861342
  },
  {
   "kind": "note",
   "text": "CPU batch on prefork, threads, gevent, eventlet, solo, concurrency budget 10 each (solo: 1)",
   "data": null,
   "timestamp": 1795530967.5862026
  },
  {
   "kind": "note",
   "text": "prefork: 1.89 s, 2.97x ideal (34% of ideal)",
   "data": {
    "row": {
     "pool": "prefork",
     "concurrency": 10,
     "cpu_wall_s": 1.893,
     "cpu_ideal_s": 0.638,
     "cpu_x_ideal": 2.97,
     "cpu_efficiency": 0.337,
     "status": "ok"
    }
   },
   "timestamp": 1795530977.2012053
  },
  {
   "kind": "note",
   "text": "threads: 1.24 s, 1.94x ideal (52% of ideal)",
   "data": {
    "row": {
     "pool": "threads",
     "concurrency": 10,
     "cpu_wall_s": 1.235,
     "cpu_ideal_s": 0.638,
     "cpu_x_ideal": 1.94,
     "cpu_efficiency": 0.517,
     "status": "ok"
    }
   },
   "timestamp": 1795530980.1237292
  },
  {
   "kind": "note",
   "text": "gevent: 2.81 s, 4.40x ideal (23% of ideal)",
   "data": {
    "row": {
     "pool": "gevent",
     "concurrency": 10,
     "cpu_wall_s": 2.806,
     "cpu_ideal_s": 0.638,
     "cpu_x_ideal": 4.4,
     "cpu_efficiency": 0.227,
     "status": "ok"
    }
   },
   "timestamp": 1795530987.285438
  },
  {
   "kind": "note",
   "text": "eventlet: 1.15 s, 1.80x ideal (56% of ideal)",
   "data": {
    "row": {
     "pool": "eventlet",
     "concurrency": 10,
     "cpu_wall_s": 1.148,
     "cpu_ideal_s": 0.638,
     "cpu_x_ideal": 1.8,
     "cpu_efficiency": 0.556,
     "status": "ok"
    }
   },
   "timestamp": 1795530993.2947125
  },
  {
   "kind": "note",
   "text": "solo: 1.26 s, 1.98x ideal (50% of ideal)",
   "data": {
    "row": {
     "pool": "solo",
     "concurrency": 1,
     "cpu_wall_s": 1.263,
     "cpu_ideal_s": 0.638,
     "cpu_x_ideal": 1.98,
     "cpu_efficiency": 0.505,
     "status": "ok"
    }
   },
   "timestamp": 1795530996.046399
  },
  {
   "kind": "summary",
   "run_id": "5178751cfe9f",
   "demo": "pools.cpu",
   "status": "succeeded",
   "result": {
    "live": {
     "benchmark": "pools",
     "mode": "quick",
     "batches": [
      "cpu"
     ],
     "settings": {
      "broker": "redis://127.0.0.1:54423/0",
      "concurrency": 10,
      "cores": 2,
      "prefetch_multiplier": 1,
      "acks_late": false,
      "result_backend": "redis://127.0.0.1:54423/1",
      "io_tasks": 30,
      "io_wait_s": 0.2,
      "io_ideal_s": 0.6,
      "cpu_tasks": 8,
      "cpu_rounds": 246985,
      "cpu_task_s": 0.1596,
      "cpu_ideal_s": 0.638
     },
     "rows": [
      {
       "pool": "prefork",
       "concurrency": 10,
       "cpu_wall_s": 1.893,
       "cpu_ideal_s": 0.638,
       "cpu_x_ideal": 2.97,
       "cpu_efficiency": 0.337,
       "status": "ok"
      },
      {
       "pool": "threads",
       "concurrency": 10,
       "cpu_wall_s": 1.235,
       "cpu_ideal_s": 0.638,
       "cpu_x_ideal": 1.94,
       "cpu_efficiency": 0.517,
       "status": "ok"
      },
      {
       "pool": "gevent",
       "concurrency": 10,
       "cpu_wall_s": 2.806,
       "cpu_ideal_s": 0.638,
       "cpu_x_ideal": 4.4,
       "cpu_efficiency": 0.227,
       "status": "ok"
      },
      {
       "pool": "eventlet",
       "concurrency": 10,
       "cpu_wall_s": 1.148,
       "cpu_ideal_s": 0.638,
       "cpu_x_ideal": 1.8,
       "cpu_efficiency": 0.556,
       "status": "ok"
      },
      {
       "pool": "solo",
       "concurrency": 1,
       "cpu_wall_s": 1.263,
       "cpu_ideal_s": 0.638,
       "cpu_x_ideal": 1.98,
       "cpu_efficiency": 0.505,
       "status": "ok"
      }
     ],
     "machine": {
      "host": "vm",
      "cores": 2,
      "load_avg_1m": 6.44,
      "python": "3.11.7",
      "celery": "5.7.0",
      "kombu": "5.7.0",
      "date": "2026-11-24T14:36:36+00:00"
     },
     "anchors": {
      "redis_round_trip_overhead_ms": 8.6,
      "rabbitmq_round_trip_overhead_ms": 6.6,
      "io_ideal_efficiency_at_10": 0.71
     },
     "note": "quick run from the slide, on the presenter's machine"
    },
    "last_full": {
     "benchmark": "pools",
     "mode": "full",
     "batches": [
      "io",
      "cpu"
     ],
     "settings": {
      "broker": "redis://127.0.0.1:16391/0",
      "concurrency": 10,
      "cores": 2,
      "prefetch_multiplier": 1,
      "acks_late": false,
      "result_backend": "redis://127.0.0.1:16391/1",
      "io_tasks": 200,
      "io_wait_s": 0.5,
      "io_ideal_s": 10.0,
      "cpu_tasks": 24,
      "cpu_rounds": 616805,
      "cpu_task_s": 0.3902,
      "cpu_ideal_s": 4.682
     },
     "rows": [
      {
       "pool": "prefork",
       "concurrency": 10,
       "io_wall_s": 10.638,
       "io_ideal_s": 10.0,
       "io_x_ideal": 1.06,
       "io_efficiency": 0.94,
       "cpu_wall_s": 8.247,
       "cpu_ideal_s": 4.682,
       "cpu_x_ideal": 1.76,
       "cpu_efficiency": 0.568,
       "status": "ok"
      },
      {
       "pool": "threads",
       "concurrency": 10,
       "io_wall_s": 10.364,
       "io_ideal_s": 10.0,
       "io_x_ideal": 1.04,
       "io_efficiency": 0.965,
       "cpu_wall_s": 10.311,
       "cpu_ideal_s": 4.682,
       "cpu_x_ideal": 2.2,
       "cpu_efficiency": 0.454,
       "status": "ok"
      },
      {
       "pool": "gevent",
       "concurrency": 10,
       "io_wall_s": 11.189,
       "io_ideal_s": 10.0,
       "io_x_ideal": 1.12,
       "io_efficiency": 0.894,
       "cpu_wall_s": 10.07,
       "cpu_ideal_s": 4.682,
       "cpu_x_ideal": 2.15,
       "cpu_efficiency": 0.465,
       "status": "ok"
      },
      {
       "pool": "eventlet",
       "concurrency": 10,
       "io_wall_s": 10.741,
       "io_ideal_s": 10.0,
       "io_x_ideal": 1.07,
       "io_efficiency": 0.931,
       "cpu_wall_s": 7.42,
       "cpu_ideal_s": 4.682,
       "cpu_x_ideal": 1.58,
       "cpu_efficiency": 0.631,
       "status": "ok"
      },
      {
       "pool": "solo",
       "concurrency": 1,
       "io_wall_s": 104.369,
       "io_ideal_s": 10.0,
       "io_x_ideal": 10.44,
       "io_efficiency": 0.096,
       "cpu_wall_s": 16.684,
       "cpu_ideal_s": 4.682,
       "cpu_x_ideal": 3.56,
       "cpu_efficiency": 0.281,
       "status": "ok"
      }
     ],
     "machine": {
      "host": "vm",
      "cores": 2,
      "load_avg_1m": 7.14,
      "python": "3.11.7",
      "celery": "5.7.0",
      "kombu": "5.7.0",
      "date": "2026-11-24T14:35:19+00:00"
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
   "started": 1795530967.5861342,
   "finished": 1795530996.1999485,
   "duration": 28.614,
   "timestamp": 1795530996.1999667
  }
 ]
};
