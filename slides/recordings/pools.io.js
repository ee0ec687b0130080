/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["pools.io"] = {
 "id": "pools.io",
 "title": "IO-bound batch on every pool: wall time against the ideal",
 "scenario": {
  "id": "pools.io",
  "title": "IO-bound batch on every pool: wall time against the ideal",
  "slide": "Worker / Concurrency",
  "description": "Each task waits on a real socket (brownbag.feeds' /slow endpoint); the ideal is\n    tasks / concurrency x wait. Greenlets and threads overlap the waits; solo cannot.",
  "command": "invoke demo pools.io",
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
    "default": 30,
    "min": 1,
    "max": 500,
    "choices": null,
    "limits": "between 1 and 500",
    "help": "tasks in the batch"
   },
   {
    "name": "wait",
    "type": "number",
    "default": 0.5,
    "min": 0.01,
    "max": 5.0,
    "choices": null,
    "limits": "between 0.01 and 5.0",
    "help": "seconds each task waits on the slow endpoint's socket"
   }
  ]
 },
 "recorded": "2026-11-26T16:24:54+00:00",
 "broker": "redis://127.0.0.1:26379/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [],
 "host": "vm",
 "celery": "5.7.0",
 "python": "3.11.7",
 "params": {
  "pools": "prefork,threads,gevent,eventlet,solo",
  "concurrency": 10,
  "tasks": 30,
  "wait": 0.5
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "2daa1f5c78f7",
   "demo": "pools.io",
   "title": "IO-bound batch on every pool: wall time against the ideal",
   "params": {
    "pools": "prefork,threads,gevent,eventlet,solo",
    "concurrency": 10,
    "tasks": 30,
    "wait": 0.5
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo pools.io",
   "timestamp": 1795710294.8268967
  },
  {
   "kind": "note",
   "text": "IO batch on prefork, threads, gevent, eventlet, solo, each alone on its own worker, 10 budget each (solo: 1); about 36 s on a quiet machine",
   "data": null,
   "timestamp": 1795710294.8272033
  },
  {
   "kind": "note",
   "text": "prefork: 1.59 s, 1.06x ideal (94% of ideal)",
   "data": {
    "row": {
     "pool": "prefork",
     "concurrency": 10,
     "startup_s": [
      1.5
     ],
     "io_concurrency": 10,
     "io_wall_s": 1.588,
     "io_ideal_s": 1.5,
     "io_x_ideal": 1.06,
     "io_efficiency": 0.945,
     "status": "ok"
    }
   },
   "timestamp": 1795710299.991285
  },
  {
   "kind": "note",
   "text": "threads: 1.57 s, 1.05x ideal (96% of ideal)",
   "data": {
    "row": {
     "pool": "threads",
     "concurrency": 10,
     "startup_s": [
      0.66
     ],
     "io_concurrency": 10,
     "io_wall_s": 1.571,
     "io_ideal_s": 1.5,
     "io_x_ideal": 1.05,
     "io_efficiency": 0.955,
     "status": "ok"
    }
   },
   "timestamp": 1795710302.2507353
  },
  {
   "kind": "note",
   "text": "gevent: 1.63 s, 1.09x ideal (92% of ideal)",
   "data": {
    "row": {
     "pool": "gevent",
     "concurrency": 10,
     "startup_s": [
      0.82
     ],
     "io_concurrency": 10,
     "io_wall_s": 1.634,
     "io_ideal_s": 1.5,
     "io_x_ideal": 1.09,
     "io_efficiency": 0.918,
     "status": "ok"
    }
   },
   "timestamp": 1795710304.721989
  },
  {
   "kind": "note",
   "text": "eventlet: 1.60 s, 1.07x ideal (94% of ideal)",
   "data": {
    "row": {
     "pool": "eventlet",
     "concurrency": 10,
     "startup_s": [
      0.92
     ],
     "io_concurrency": 10,
     "io_wall_s": 1.604,
     "io_ideal_s": 1.5,
     "io_x_ideal": 1.07,
     "io_efficiency": 0.935,
     "status": "ok"
    }
   },
   "timestamp": 1795710307.2658453
  },
  {
   "kind": "note",
   "text": "solo: 15.18 s, 10.12x ideal (10% of ideal)",
   "data": {
    "row": {
     "pool": "solo",
     "concurrency": 1,
     "startup_s": [
      0.71
     ],
     "io_concurrency": 1,
     "io_wall_s": 15.18,
     "io_ideal_s": 1.5,
     "io_x_ideal": 10.12,
     "io_efficiency": 0.099,
     "status": "ok"
    }
   },
   "timestamp": 1795710323.180575
  },
  {
   "kind": "summary",
   "run_id": "2daa1f5c78f7",
   "demo": "pools.io",
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
        1.588,
        1.5
       ],
       "note": "1.06\u00d7 ideal"
      },
      {
       "label": "threads",
       "values": [
        1.571,
        1.5
       ],
       "note": "1.05\u00d7 ideal"
      },
      {
       "label": "gevent",
       "values": [
        1.634,
        1.5
       ],
       "note": "1.09\u00d7 ideal"
      },
      {
       "label": "eventlet",
       "values": [
        1.604,
        1.5
       ],
       "note": "1.07\u00d7 ideal"
      },
      {
       "label": "solo",
       "values": [
        15.18,
        1.5
       ],
       "note": "10.12\u00d7 ideal"
      }
     ],
     "facts": [
      {
       "label": "machine",
       "value": "measured on 2 cores, load 0.84 before, 0.51 after, other processes 0.03 cores during, a quiet machine"
      }
     ]
    },
    "table": [
     {
      "pool": "prefork",
      "conc.": 10,
      "wall s": 1.588,
      "ideal s": 1.5,
      "\u00d7 ideal": 1.06
     },
     {
      "pool": "threads",
      "conc.": 10,
      "wall s": 1.571,
      "ideal s": 1.5,
      "\u00d7 ideal": 1.05
     },
     {
      "pool": "gevent",
      "conc.": 10,
      "wall s": 1.634,
      "ideal s": 1.5,
      "\u00d7 ideal": 1.09
     },
     {
      "pool": "eventlet",
      "conc.": 10,
      "wall s": 1.604,
      "ideal s": 1.5,
      "\u00d7 ideal": 1.07
     },
     {
      "pool": "solo",
      "conc.": 1,
      "wall s": 15.18,
      "ideal s": 1.5,
      "\u00d7 ideal": 10.12
     }
    ],
    "measured": "measured on 2 cores, load 0.84 before, 0.51 after, other processes 0.03 cores during, a quiet machine",
    "_live": {
     "benchmark": "pools",
     "mode": "quick",
     "batches": [
      "io"
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
      "cpu_rounds": 0,
      "cpu_task_s": 0.0,
      "cpu_ideal_s": 0.0,
      "cpu_reference": "one task timed once in the benchmark process, best of 2, before any pool ran; the same ideal for every pool",
      "isolation": "one benchmark worker at a time, started for its batch and stopped before the next"
     },
     "rows": [
      {
       "pool": "prefork",
       "concurrency": 10,
       "startup_s": [
        1.5
       ],
       "io_concurrency": 10,
       "io_wall_s": 1.588,
       "io_ideal_s": 1.5,
       "io_x_ideal": 1.06,
       "io_efficiency": 0.945,
       "status": "ok"
      },
      {
       "pool": "threads",
       "concurrency": 10,
       "startup_s": [
        0.66
       ],
       "io_concurrency": 10,
       "io_wall_s": 1.571,
       "io_ideal_s": 1.5,
       "io_x_ideal": 1.05,
       "io_efficiency": 0.955,
       "status": "ok"
      },
      {
       "pool": "gevent",
       "concurrency": 10,
       "startup_s": [
        0.82
       ],
       "io_concurrency": 10,
       "io_wall_s": 1.634,
       "io_ideal_s": 1.5,
       "io_x_ideal": 1.09,
       "io_efficiency": 0.918,
       "status": "ok"
      },
      {
       "pool": "eventlet",
       "concurrency": 10,
       "startup_s": [
        0.92
       ],
       "io_concurrency": 10,
       "io_wall_s": 1.604,
       "io_ideal_s": 1.5,
       "io_x_ideal": 1.07,
       "io_efficiency": 0.935,
       "status": "ok"
      },
      {
       "pool": "solo",
       "concurrency": 1,
       "startup_s": [
        0.71
       ],
       "io_concurrency": 1,
       "io_wall_s": 15.18,
       "io_ideal_s": 1.5,
       "io_x_ideal": 10.12,
       "io_efficiency": 0.099,
       "status": "ok"
      }
     ],
     "machine_state": {
      "cores": 2,
      "before": {
       "load_1m": 0.84,
       "others_cpu": 0.01,
       "services_cpu": 0.0,
       "window_s": 2.0
      },
      "during": {
       "samples": 26,
       "load_1m_max": 0.84,
       "others_cpu_mean": 0.028,
       "others_cpu_max": 0.177,
       "ours_cpu_mean": 0.233,
       "services_cpu_mean": 0.008
      },
      "after": {
       "load_1m": 0.51,
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
      "load_avg_1m": 0.51,
      "python": "3.11.7",
      "celery": "5.7.0",
      "kombu": "5.7.0",
      "date": "2026-11-26T16:25:24+00:00"
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
   "started": 1795710294.8268967,
   "finished": 1795710324.7000535,
   "duration": 29.873,
   "timestamp": 1795710324.7001023
  }
 ]
};
