/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["pools.io"] = {
 "id": "pools.io",
 "title": "IO-bound batch on every pool: wall time against the ideal",
 "scenario": {
  "id": "pools.io",
  "title": "IO-bound batch on every pool: wall time against the ideal",
  "slide": "Worker / Concurrency",
  "description": "Each task waits on a real socket (demo.feeds' /slow endpoint); the ideal is\n    tasks / concurrency x wait. Greenlets and threads overlap the waits; solo cannot.",
  "command": "invoke demo pools.io",
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
    "default": 0.2,
    "min": 0.01,
    "max": 5.0,
    "choices": null,
    "limits": "between 0.01 and 5.0",
    "help": "seconds each task waits on the slow endpoint's socket"
   }
  ]
 },
 "recorded": "2026-11-24T14:36:36+00:00",
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
  "tasks": 30,
  "wait": 0.2
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "72198f26196c",
   "demo": "pools.io",
   "title": "IO-bound batch on every pool: wall time against the ideal",
   "params": {
    "pools": "prefork,threads,gevent,eventlet,solo",
    "concurrency": 10,
    "tasks": 30,
    "wait": 0.2
   },
   "broker": "redis://127.0.0.1:54423/0",
   "follow": "events",
   "command": "invoke demo pools.io",
   "timestamp": 1795530996.4407833
  },
  {
   "kind": "note",
   "text": "IO batch on prefork, threads, gevent, eventlet, solo, concurrency budget 10 each (solo: 1)",
   "data": null,
   "timestamp": 1795530996.4408646
  },
  {
   "kind": "note",
   "text": "prefork: 1.40 s, 2.34x ideal (43% of ideal)",
   "data": {
    "row": {
     "pool": "prefork",
     "concurrency": 10,
     "io_wall_s": 1.401,
     "io_ideal_s": 0.6,
     "io_x_ideal": 2.34,
     "io_efficiency": 0.428,
     "status": "ok"
    }
   },
   "timestamp": 1795531008.5030422
  },
  {
   "kind": "note",
   "text": "threads: 1.02 s, 1.69x ideal (59% of ideal)",
   "data": {
    "row": {
     "pool": "threads",
     "concurrency": 10,
     "io_wall_s": 1.017,
     "io_ideal_s": 0.6,
     "io_x_ideal": 1.69,
     "io_efficiency": 0.59,
     "status": "ok"
    }
   },
   "timestamp": 1795531010.810336
  },
  {
   "kind": "note",
   "text": "gevent: 1.05 s, 1.75x ideal (57% of ideal)",
   "data": {
    "row": {
     "pool": "gevent",
     "concurrency": 10,
     "io_wall_s": 1.051,
     "io_ideal_s": 0.6,
     "io_x_ideal": 1.75,
     "io_efficiency": 0.571,
     "status": "ok"
    }
   },
   "timestamp": 1795531017.3310895
  },
  {
   "kind": "note",
   "text": "eventlet: 1.29 s, 2.15x ideal (47% of ideal)",
   "data": {
    "row": {
     "pool": "eventlet",
     "concurrency": 10,
     "io_wall_s": 1.289,
     "io_ideal_s": 0.6,
     "io_x_ideal": 2.15,
     "io_efficiency": 0.466,
     "status": "ok"
    }
   },
   "timestamp": 1795531024.4605706
  },
  {
   "kind": "note",
   "text": "solo: 7.88 s, 13.13x ideal (8% of ideal)",
   "data": {
    "row": {
     "pool": "solo",
     "concurrency": 1,
     "io_wall_s": 7.876,
     "io_ideal_s": 0.6,
     "io_x_ideal": 13.13,
     "io_efficiency": 0.076,
     "status": "ok"
    }
   },
   "timestamp": 1795531034.5707533
  },
  {
   "kind": "summary",
   "run_id": "72198f26196c",
   "demo": "pools.io",
   "status": "succeeded",
   "result": {
    "live": {
     "benchmark": "pools",
     "mode": "quick",
     "batches": [
      "io"
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
      "cpu_rounds": 0,
      "cpu_task_s": 0.0,
      "cpu_ideal_s": 0.0
     },
     "rows": [
      {
       "pool": "prefork",
       "concurrency": 10,
       "io_wall_s": 1.401,
       "io_ideal_s": 0.6,
       "io_x_ideal": 2.34,
       "io_efficiency": 0.428,
       "status": "ok"
      },
      {
       "pool": "threads",
       "concurrency": 10,
       "io_wall_s": 1.017,
       "io_ideal_s": 0.6,
       "io_x_ideal": 1.69,
       "io_efficiency": 0.59,
       "status": "ok"
      },
      {
       "pool": "gevent",
       "concurrency": 10,
       "io_wall_s": 1.051,
       "io_ideal_s": 0.6,
       "io_x_ideal": 1.75,
       "io_efficiency": 0.571,
       "status": "ok"
      },
      {
       "pool": "eventlet",
       "concurrency": 10,
       "io_wall_s": 1.289,
       "io_ideal_s": 0.6,
       "io_x_ideal": 2.15,
       "io_efficiency": 0.466,
       "status": "ok"
      },
      {
       "pool": "solo",
       "concurrency": 1,
       "io_wall_s": 7.876,
       "io_ideal_s": 0.6,
       "io_x_ideal": 13.13,
       "io_efficiency": 0.076,
       "status": "ok"
      }
     ],
     "machine": {
      "host": "vm",
      "cores": 2,
      "load_avg_1m": 8.77,
      "python": "3.11.7",
      "celery": "5.7.0",
      "kombu": "5.7.0",
      "date": "2026-11-24T14:37:14+00:00"
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
   "started": 1795530996.4407833,
   "finished": 1795531034.9800763,
   "duration": 38.539,
   "timestamp": 1795531034.9801013
  }
 ]
};
