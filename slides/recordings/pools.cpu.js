/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["pools.cpu"] = {
 "id": "pools.cpu",
 "title": "CPU-bound batch on every pool: wall time against the ideal",
 "scenario": {
  "id": "pools.cpu",
  "title": "CPU-bound batch on every pool: wall time against the ideal",
  "slide": "Worker / Concurrency",
  "description": "Each task hashes in a pure-Python loop (holds the GIL); one task is timed once, in this\n    process, and the ideal is the batch over the cores: the same for every pool. Each pool gets\n    one slot per core. Only processes (prefork) use more than one core.",
  "command": "invoke demo pools.cpu",
  "timeout": 120.0,
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
    "default": 2,
    "min": 1,
    "max": 50,
    "choices": null,
    "limits": "between 1 and 50",
    "help": "processes/threads per pool (default: one per core)"
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
    "default": 0.25,
    "min": 0.01,
    "max": 5.0,
    "choices": null,
    "limits": "between 0.01 and 5.0",
    "help": "CPU seconds per task on one core"
   }
  ]
 },
 "recorded": "2026-11-26T16:24:17+00:00",
 "broker": "redis://127.0.0.1:26379/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [],
 "host": "vm",
 "celery": "5.7.0",
 "python": "3.11.7",
 "params": {
  "pools": "prefork,threads,gevent,eventlet,solo",
  "concurrency": 2,
  "tasks": 8,
  "task_seconds": 0.25
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "52b0bbf8165b",
   "demo": "pools.cpu",
   "title": "CPU-bound batch on every pool: wall time against the ideal",
   "params": {
    "pools": "prefork,threads,gevent,eventlet,solo",
    "concurrency": 2,
    "tasks": 8,
    "task_seconds": 0.25
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo pools.cpu",
   "timestamp": 1795710257.1770384
  },
  {
   "kind": "note",
   "text": "CPU batch on prefork, threads, gevent, eventlet, solo, each alone on its own worker, 2 slots each (solo: 1); about 25 s on a quiet machine",
   "data": null,
   "timestamp": 1795710257.1772072
  },
  {
   "kind": "note",
   "text": "prefork: 1.10 s, 1.09x ideal (92% of ideal)",
   "data": {
    "row": {
     "pool": "prefork",
     "concurrency": 10,
     "startup_s": [
      0.84
     ],
     "cpu_concurrency": 2,
     "cpu_wall_s": 1.098,
     "cpu_task_s": 0.2524,
     "cpu_ideal_s": 1.01,
     "cpu_x_ideal": 1.09,
     "cpu_efficiency": 0.92,
     "status": "ok"
    }
   },
   "timestamp": 1795710261.7471278
  },
  {
   "kind": "note",
   "text": "threads: 2.12 s, 2.10x ideal (48% of ideal)",
   "data": {
    "row": {
     "pool": "threads",
     "concurrency": 10,
     "startup_s": [
      0.71
     ],
     "cpu_concurrency": 2,
     "cpu_wall_s": 2.125,
     "cpu_task_s": 0.2524,
     "cpu_ideal_s": 1.01,
     "cpu_x_ideal": 2.1,
     "cpu_efficiency": 0.475,
     "status": "ok"
    }
   },
   "timestamp": 1795710264.6070483
  },
  {
   "kind": "note",
   "text": "gevent: 2.09 s, 2.07x ideal (48% of ideal)",
   "data": {
    "row": {
     "pool": "gevent",
     "concurrency": 10,
     "startup_s": [
      0.76
     ],
     "cpu_concurrency": 2,
     "cpu_wall_s": 2.091,
     "cpu_task_s": 0.2524,
     "cpu_ideal_s": 1.01,
     "cpu_x_ideal": 2.07,
     "cpu_efficiency": 0.483,
     "status": "ok"
    }
   },
   "timestamp": 1795710267.4842243
  },
  {
   "kind": "note",
   "text": "eventlet: 2.12 s, 2.10x ideal (48% of ideal)",
   "data": {
    "row": {
     "pool": "eventlet",
     "concurrency": 10,
     "startup_s": [
      0.81
     ],
     "cpu_concurrency": 2,
     "cpu_wall_s": 2.12,
     "cpu_task_s": 0.2524,
     "cpu_ideal_s": 1.01,
     "cpu_x_ideal": 2.1,
     "cpu_efficiency": 0.476,
     "status": "ok"
    }
   },
   "timestamp": 1795710270.4388945
  },
  {
   "kind": "note",
   "text": "solo: 2.12 s, 2.10x ideal (48% of ideal)",
   "data": {
    "row": {
     "pool": "solo",
     "concurrency": 1,
     "startup_s": [
      0.66
     ],
     "cpu_concurrency": 1,
     "cpu_wall_s": 2.12,
     "cpu_task_s": 0.2524,
     "cpu_ideal_s": 1.01,
     "cpu_x_ideal": 2.1,
     "cpu_efficiency": 0.476,
     "status": "ok"
    }
   },
   "timestamp": 1795710273.2421412
  },
  {
   "kind": "summary",
   "run_id": "52b0bbf8165b",
   "demo": "pools.cpu",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "bars",
     "series": [
      "wall time",
      "ideal"
     ],
     "unit": "seconds",
     "better": "lower",
     "groups": [
      {
       "label": "prefork",
       "values": [
        1.098,
        1.01
       ],
       "note": "1.09\u00d7 ideal"
      },
      {
       "label": "threads",
       "values": [
        2.125,
        1.01
       ],
       "note": "2.10\u00d7 ideal"
      },
      {
       "label": "gevent",
       "values": [
        2.091,
        1.01
       ],
       "note": "2.07\u00d7 ideal"
      },
      {
       "label": "eventlet",
       "values": [
        2.12,
        1.01
       ],
       "note": "2.10\u00d7 ideal"
      },
      {
       "label": "solo",
       "values": [
        2.12,
        1.01
       ],
       "note": "2.10\u00d7 ideal"
      }
     ],
     "facts": [
      {
       "label": "machine",
       "value": "measured on 2 cores, load 0.85 before, 0.88 after, other processes 0.15 cores during, a quiet machine"
      }
     ]
    },
    "table": [
     {
      "pool": "prefork",
      "conc.": 2,
      "wall s": 1.098,
      "ideal s": 1.01,
      "\u00d7 ideal": 1.09
     },
     {
      "pool": "threads",
      "conc.": 2,
      "wall s": 2.125,
      "ideal s": 1.01,
      "\u00d7 ideal": 2.1
     },
     {
      "pool": "gevent",
      "conc.": 2,
      "wall s": 2.091,
      "ideal s": 1.01,
      "\u00d7 ideal": 2.07
     },
     {
      "pool": "eventlet",
      "conc.": 2,
      "wall s": 2.12,
      "ideal s": 1.01,
      "\u00d7 ideal": 2.1
     },
     {
      "pool": "solo",
      "conc.": 1,
      "wall s": 2.12,
      "ideal s": 1.01,
      "\u00d7 ideal": 2.1
     }
    ],
    "measured": "measured on 2 cores, load 0.85 before, 0.88 after, other processes 0.15 cores during, a quiet machine",
    "_live": {
     "benchmark": "pools",
     "mode": "quick",
     "batches": [
      "cpu"
     ],
     "settings": {
      "broker": "redis://127.0.0.1:26379/0",
      "concurrency": 10,
      "cores": 2,
      "io_concurrency": 10,
      "cpu_concurrency": 2,
      "prefetch_multiplier": 1,
      "acks_late": false,
      "result_backend": "redis://127.0.0.1:26379/1",
      "io_tasks": 30,
      "io_wait_s": 0.5,
      "io_ideal_s": 1.5,
      "cpu_tasks": 8,
      "cpu_rounds": 804497,
      "cpu_task_s": 0.2524,
      "cpu_ideal_s": 1.01,
      "cpu_reference": "one task timed once in the benchmark process, best of 2, before any pool ran; the same ideal for every pool",
      "isolation": "one benchmark worker at a time, started for its batch and stopped before the next"
     },
     "rows": [
      {
       "pool": "prefork",
       "concurrency": 10,
       "startup_s": [
        0.84
       ],
       "cpu_concurrency": 2,
       "cpu_wall_s": 1.098,
       "cpu_task_s": 0.2524,
       "cpu_ideal_s": 1.01,
       "cpu_x_ideal": 1.09,
       "cpu_efficiency": 0.92,
       "status": "ok"
      },
      {
       "pool": "threads",
       "concurrency": 10,
       "startup_s": [
        0.71
       ],
       "cpu_concurrency": 2,
       "cpu_wall_s": 2.125,
       "cpu_task_s": 0.2524,
       "cpu_ideal_s": 1.01,
       "cpu_x_ideal": 2.1,
       "cpu_efficiency": 0.475,
       "status": "ok"
      },
      {
       "pool": "gevent",
       "concurrency": 10,
       "startup_s": [
        0.76
       ],
       "cpu_concurrency": 2,
       "cpu_wall_s": 2.091,
       "cpu_task_s": 0.2524,
       "cpu_ideal_s": 1.01,
       "cpu_x_ideal": 2.07,
       "cpu_efficiency": 0.483,
       "status": "ok"
      },
      {
       "pool": "eventlet",
       "concurrency": 10,
       "startup_s": [
        0.81
       ],
       "cpu_concurrency": 2,
       "cpu_wall_s": 2.12,
       "cpu_task_s": 0.2524,
       "cpu_ideal_s": 1.01,
       "cpu_x_ideal": 2.1,
       "cpu_efficiency": 0.476,
       "status": "ok"
      },
      {
       "pool": "solo",
       "concurrency": 1,
       "startup_s": [
        0.66
       ],
       "cpu_concurrency": 1,
       "cpu_wall_s": 2.12,
       "cpu_task_s": 0.2524,
       "cpu_ideal_s": 1.01,
       "cpu_x_ideal": 2.1,
       "cpu_efficiency": 0.476,
       "status": "ok"
      }
     ],
     "machine_state": {
      "cores": 2,
      "before": {
       "load_1m": 0.85,
       "others_cpu": 0.01,
       "services_cpu": 0.005,
       "window_s": 2.0
      },
      "during": {
       "samples": 13,
       "load_1m_max": 0.88,
       "others_cpu_mean": 0.154,
       "others_cpu_max": 1.855,
       "ours_cpu_mean": 0.947,
       "services_cpu_mean": 0.007
      },
      "after": {
       "load_1m": 0.88,
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
      "load_avg_1m": 0.88,
      "python": "3.11.7",
      "celery": "5.7.0",
      "kombu": "5.7.0",
      "date": "2026-11-26T16:24:34+00:00"
     },
     "anchors": {
      "redis_round_trip_overhead_ms": 8.6,
      "rabbitmq_round_trip_overhead_ms": 6.6,
      "io_ideal_efficiency_at_10": 0.71
     },
     "note": "quick run from the slide, on the presenter's machine"
    },
    "_last_full": {
     "benchmark": "pools",
     "mode": "full",
     "batches": [
      "io",
      "cpu"
     ],
     "settings": {
      "broker": "redis://127.0.0.1:26379/0",
      "concurrency": 10,
      "cores": 2,
      "io_concurrency": 10,
      "cpu_concurrency": 2,
      "prefetch_multiplier": 1,
      "acks_late": false,
      "result_backend": "redis://127.0.0.1:26379/1",
      "io_tasks": 200,
      "io_wait_s": 0.5,
      "io_ideal_s": 10.0,
      "cpu_tasks": 24,
      "cpu_rounds": 679078,
      "cpu_task_s": 0.2289,
      "cpu_ideal_s": 2.746,
      "cpu_reference": "one task timed once in the benchmark process, best of 2, before any pool ran; the same ideal for every pool",
      "isolation": "one benchmark worker at a time, started for its batch and stopped before the next"
     },
     "rows": [
      {
       "pool": "prefork",
       "concurrency": 10,
       "startup_s": [
        1.39,
        0.91
       ],
       "io_concurrency": 10,
       "io_wall_s": 10.2,
       "io_ideal_s": 10.0,
       "io_x_ideal": 1.02,
       "io_efficiency": 0.98,
       "cpu_concurrency": 2,
       "cpu_wall_s": 2.931,
       "cpu_task_s": 0.2289,
       "cpu_ideal_s": 2.746,
       "cpu_x_ideal": 1.07,
       "cpu_efficiency": 0.937,
       "status": "ok"
      },
      {
       "pool": "threads",
       "concurrency": 10,
       "startup_s": [
        0.76,
        0.61
       ],
       "io_concurrency": 10,
       "io_wall_s": 10.161,
       "io_ideal_s": 10.0,
       "io_x_ideal": 1.02,
       "io_efficiency": 0.984,
       "cpu_concurrency": 2,
       "cpu_wall_s": 5.732,
       "cpu_task_s": 0.2289,
       "cpu_ideal_s": 2.746,
       "cpu_x_ideal": 2.09,
       "cpu_efficiency": 0.479,
       "status": "ok"
      },
      {
       "pool": "gevent",
       "concurrency": 10,
       "startup_s": [
        0.87,
        0.87
       ],
       "io_concurrency": 10,
       "io_wall_s": 10.588,
       "io_ideal_s": 10.0,
       "io_x_ideal": 1.06,
       "io_efficiency": 0.944,
       "cpu_concurrency": 2,
       "cpu_wall_s": 5.444,
       "cpu_task_s": 0.2289,
       "cpu_ideal_s": 2.746,
       "cpu_x_ideal": 1.98,
       "cpu_efficiency": 0.504,
       "status": "ok"
      },
      {
       "pool": "eventlet",
       "concurrency": 10,
       "startup_s": [
        1.02,
        0.97
       ],
       "io_concurrency": 10,
       "io_wall_s": 10.441,
       "io_ideal_s": 10.0,
       "io_x_ideal": 1.04,
       "io_efficiency": 0.958,
       "cpu_concurrency": 2,
       "cpu_wall_s": 5.381,
       "cpu_task_s": 0.2289,
       "cpu_ideal_s": 2.746,
       "cpu_x_ideal": 1.96,
       "cpu_efficiency": 0.51,
       "status": "ok"
      },
      {
       "pool": "solo",
       "concurrency": 1,
       "startup_s": [
        0.72,
        0.76
       ],
       "io_concurrency": 1,
       "io_wall_s": 101.3,
       "io_ideal_s": 10.0,
       "io_x_ideal": 10.13,
       "io_efficiency": 0.099,
       "cpu_concurrency": 1,
       "cpu_wall_s": 5.485,
       "cpu_task_s": 0.2289,
       "cpu_ideal_s": 2.746,
       "cpu_x_ideal": 2.0,
       "cpu_efficiency": 0.501,
       "status": "ok"
      }
     ],
     "machine_state": {
      "cores": 2,
      "before": {
       "load_1m": 0.66,
       "others_cpu": 0.005,
       "services_cpu": 0.0,
       "window_s": 2.0
      },
      "during": {
       "samples": 173,
       "load_1m_max": 0.69,
       "others_cpu_mean": 0.028,
       "others_cpu_max": 0.893,
       "ours_cpu_mean": 0.26,
       "services_cpu_mean": 0.008
      },
      "after": {
       "load_1m": 0.23,
       "others_cpu": 0.02,
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
      "load_avg_1m": 0.23,
      "python": "3.11.7",
      "celery": "5.7.0",
      "kombu": "5.7.0",
      "date": "2026-11-26T16:16:11+00:00"
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
   "started": 1795710257.1770384,
   "finished": 1795710274.3322556,
   "duration": 17.155,
   "timestamp": 1795710274.3322892
  }
 ]
};
