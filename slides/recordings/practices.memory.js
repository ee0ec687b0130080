/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["practices.memory"] = {
 "id": "practices.memory",
 "title": "Memory: a leaking task, and the pool process recycled",
 "scenario": {
  "id": "practices.memory",
  "title": "Memory: a leaking task, and the pool process recycled",
  "slide": "What to keep in mind / Memory",
  "description": "leaky() keeps memory in a module-level list. A prefork worker (-c 1) with\n    --max-tasks-per-child 2 replaces its pool process every two tasks; a second one, whose\n    --max-memory-per-child sits half a leak above the first task's peak, replaces it\n    after the task that crossed the limit (billiard checks between tasks, never during one).",
  "command": "invoke demo practices.memory",
  "timeout": 120,
  "params": [
   {
    "name": "megabytes",
    "type": "integer",
    "default": 50,
    "min": 10,
    "max": 200,
    "choices": null,
    "limits": "between 10 and 200",
    "help": "what each leaky() call keeps for good"
   },
   {
    "name": "tasks",
    "type": "integer",
    "default": 4,
    "min": 2,
    "max": 4,
    "choices": null,
    "limits": "between 2 and 4",
    "help": "leaky() calls under each limit"
   }
  ]
 },
 "recorded": "2026-11-26T19:03:50+00:00",
 "broker": "redis://127.0.0.1:26379/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [
  "recycle-memory-c5b1e9",
  "recycle-tasks-c5b1e9"
 ],
 "host": "vm",
 "celery": "5.7.0",
 "python": "3.11.7",
 "params": {
  "megabytes": 50,
  "tasks": 4
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "bfe4637f11d1",
   "demo": "practices.memory",
   "title": "Memory: a leaking task, and the pool process recycled",
   "params": {
    "megabytes": 50,
    "tasks": 4
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo practices.memory",
   "timestamp": 1795719830.145874
  },
  {
   "kind": "note",
   "text": "worker 1: prefork -c 1 --max-tasks-per-child 2",
   "data": null,
   "timestamp": 1795719830.15362
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "5e237613-11aa-4689-9ba7-6129eb12d3b5",
   "name": "demo.resources.leaky",
   "hostname": "gen364@vm",
   "timestamp": 1795719832.1751692,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "5e237613-11aa-4689-9ba7-6129eb12d3b5",
   "parent_id": null,
   "pid": 364,
   "queue": "recycle-tasks",
   "routing_key": "recycle-tasks",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "5e237613-11aa-4689-9ba7-6129eb12d3b5",
   "name": "demo.resources.leaky",
   "hostname": "recycle-tasks-c5b1e9@vm",
   "timestamp": 1795719832.1773472,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "5e237613-11aa-4689-9ba7-6129eb12d3b5",
   "parent_id": null,
   "pid": 613,
   "pool": "recycle-tasks-c5b1e9"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "5e237613-11aa-4689-9ba7-6129eb12d3b5",
   "hostname": "recycle-tasks-c5b1e9@vm",
   "timestamp": 1795719832.1808746,
   "pid": 613,
   "pool": "recycle-tasks-c5b1e9"
  },
  {
   "kind": "note",
   "text": "2 tasks: task 1 ran in pid 615: peak RSS 122.2 MB, 50 MB kept",
   "data": {
    "row": {
     "limit": "2 tasks",
     "task": 1,
     "pool pid": 615,
     "peak RSS MB": 122.2,
     "kept MB": 50,
     "process": "first"
    }
   },
   "timestamp": 1795719832.2147915
  },
  {
   "kind": "payoff",
   "payoff": {
    "kind": "bars",
    "series": [
     "peak RSS after leaky(50)"
    ],
    "unit": "MB",
    "better": "lower",
    "groups": [
     {
      "label": "max 2 tasks \u00b7 1",
      "values": [
       122.2
      ],
      "note": "pid 615"
     }
    ]
   },
   "timestamp": 1795719832.2148373
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "5e237613-11aa-4689-9ba7-6129eb12d3b5",
   "hostname": "recycle-tasks-c5b1e9@vm",
   "timestamp": 1795719832.2153487,
   "pid": 613,
   "runtime": 0.033560649999344605,
   "result": "{'pid': 615, 'rss_mb': 122.2, 'kept_mb': 50}",
   "pool": "recycle-tasks-c5b1e9"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "a71b0fbc-fa5c-4b66-9e39-3240f866c02e",
   "name": "demo.resources.leaky",
   "hostname": "gen364@vm",
   "timestamp": 1795719832.2175272,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "a71b0fbc-fa5c-4b66-9e39-3240f866c02e",
   "parent_id": null,
   "pid": 364,
   "queue": "recycle-tasks",
   "routing_key": "recycle-tasks",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "a71b0fbc-fa5c-4b66-9e39-3240f866c02e",
   "name": "demo.resources.leaky",
   "hostname": "recycle-tasks-c5b1e9@vm",
   "timestamp": 1795719832.2177255,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "a71b0fbc-fa5c-4b66-9e39-3240f866c02e",
   "parent_id": null,
   "pid": 613,
   "pool": "recycle-tasks-c5b1e9"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "a71b0fbc-fa5c-4b66-9e39-3240f866c02e",
   "hostname": "recycle-tasks-c5b1e9@vm",
   "timestamp": 1795719832.219593,
   "pid": 613,
   "pool": "recycle-tasks-c5b1e9"
  },
  {
   "kind": "note",
   "text": "2 tasks: task 2 ran in pid 615: peak RSS 172.4 MB, 100 MB kept",
   "data": {
    "row": {
     "limit": "2 tasks",
     "task": 2,
     "pool pid": 615,
     "peak RSS MB": 172.4,
     "kept MB": 100,
     "process": "same"
    }
   },
   "timestamp": 1795719832.2536967
  },
  {
   "kind": "payoff",
   "payoff": {
    "kind": "bars",
    "series": [
     "peak RSS after leaky(50)"
    ],
    "unit": "MB",
    "better": "lower",
    "groups": [
     {
      "label": "max 2 tasks \u00b7 1",
      "values": [
       122.2
      ],
      "note": "pid 615"
     },
     {
      "label": "max 2 tasks \u00b7 2",
      "values": [
       172.4
      ],
      "note": "pid 615"
     }
    ]
   },
   "timestamp": 1795719832.25375
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "a71b0fbc-fa5c-4b66-9e39-3240f866c02e",
   "hostname": "recycle-tasks-c5b1e9@vm",
   "timestamp": 1795719832.2529652,
   "pid": 613,
   "runtime": 0.03163916099947528,
   "result": "{'pid': 615, 'rss_mb': 172.4, 'kept_mb': 100}",
   "pool": "recycle-tasks-c5b1e9"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "0506e14b-8d2f-4419-9ed4-ca13198ff9bf",
   "name": "demo.resources.leaky",
   "hostname": "gen364@vm",
   "timestamp": 1795719832.2555032,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "0506e14b-8d2f-4419-9ed4-ca13198ff9bf",
   "parent_id": null,
   "pid": 364,
   "queue": "recycle-tasks",
   "routing_key": "recycle-tasks",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "0506e14b-8d2f-4419-9ed4-ca13198ff9bf",
   "name": "demo.resources.leaky",
   "hostname": "recycle-tasks-c5b1e9@vm",
   "timestamp": 1795719832.2563796,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "0506e14b-8d2f-4419-9ed4-ca13198ff9bf",
   "parent_id": null,
   "pid": 613,
   "pool": "recycle-tasks-c5b1e9"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "0506e14b-8d2f-4419-9ed4-ca13198ff9bf",
   "hostname": "recycle-tasks-c5b1e9@vm",
   "timestamp": 1795719832.4511697,
   "pid": 613,
   "pool": "recycle-tasks-c5b1e9"
  },
  {
   "kind": "note",
   "text": "2 tasks: task 3 ran in pid 617 (a new process): peak RSS 123.1 MB, 50 MB kept",
   "data": {
    "row": {
     "limit": "2 tasks",
     "task": 3,
     "pool pid": 617,
     "peak RSS MB": 123.1,
     "kept MB": 50,
     "process": "new"
    }
   },
   "timestamp": 1795719832.4862177
  },
  {
   "kind": "payoff",
   "payoff": {
    "kind": "bars",
    "series": [
     "peak RSS after leaky(50)"
    ],
    "unit": "MB",
    "better": "lower",
    "groups": [
     {
      "label": "max 2 tasks \u00b7 1",
      "values": [
       122.2
      ],
      "note": "pid 615"
     },
     {
      "label": "max 2 tasks \u00b7 2",
      "values": [
       172.4
      ],
      "note": "pid 615"
     },
     {
      "label": "max 2 tasks \u00b7 3",
      "values": [
       123.1
      ],
      "note": "pid 617 new"
     }
    ]
   },
   "timestamp": 1795719832.4862869
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "0506e14b-8d2f-4419-9ed4-ca13198ff9bf",
   "hostname": "recycle-tasks-c5b1e9@vm",
   "timestamp": 1795719832.4866185,
   "pid": 613,
   "runtime": 0.034861878000810975,
   "result": "{'pid': 617, 'rss_mb': 123.1, 'kept_mb': 50}",
   "pool": "recycle-tasks-c5b1e9"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "52638683-771b-400e-83f1-26171f0de412",
   "name": "demo.resources.leaky",
   "hostname": "gen364@vm",
   "timestamp": 1795719832.4895065,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "52638683-771b-400e-83f1-26171f0de412",
   "parent_id": null,
   "pid": 364,
   "queue": "recycle-tasks",
   "routing_key": "recycle-tasks",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "52638683-771b-400e-83f1-26171f0de412",
   "name": "demo.resources.leaky",
   "hostname": "recycle-tasks-c5b1e9@vm",
   "timestamp": 1795719832.4899178,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "52638683-771b-400e-83f1-26171f0de412",
   "parent_id": null,
   "pid": 613,
   "pool": "recycle-tasks-c5b1e9"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "52638683-771b-400e-83f1-26171f0de412",
   "hostname": "recycle-tasks-c5b1e9@vm",
   "timestamp": 1795719832.4911427,
   "pid": 613,
   "pool": "recycle-tasks-c5b1e9"
  },
  {
   "kind": "note",
   "text": "2 tasks: task 4 ran in pid 617: peak RSS 173.2 MB, 100 MB kept",
   "data": {
    "row": {
     "limit": "2 tasks",
     "task": 4,
     "pool pid": 617,
     "peak RSS MB": 173.2,
     "kept MB": 100,
     "process": "same"
    }
   },
   "timestamp": 1795719832.5239282
  },
  {
   "kind": "payoff",
   "payoff": {
    "kind": "bars",
    "series": [
     "peak RSS after leaky(50)"
    ],
    "unit": "MB",
    "better": "lower",
    "groups": [
     {
      "label": "max 2 tasks \u00b7 1",
      "values": [
       122.2
      ],
      "note": "pid 615"
     },
     {
      "label": "max 2 tasks \u00b7 2",
      "values": [
       172.4
      ],
      "note": "pid 615"
     },
     {
      "label": "max 2 tasks \u00b7 3",
      "values": [
       123.1
      ],
      "note": "pid 617 new"
     },
     {
      "label": "max 2 tasks \u00b7 4",
      "values": [
       173.2
      ],
      "note": "pid 617"
     }
    ]
   },
   "timestamp": 1795719832.5239928
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "52638683-771b-400e-83f1-26171f0de412",
   "hostname": "recycle-tasks-c5b1e9@vm",
   "timestamp": 1795719832.5233867,
   "pid": 613,
   "runtime": 0.03135981699961121,
   "result": "{'pid': 617, 'rss_mb': 173.2, 'kept_mb': 100}",
   "pool": "recycle-tasks-c5b1e9"
  },
  {
   "kind": "note",
   "text": "worker 2: prefork -c 1 --max-memory-per-child 150528 (KiB: 147 MB)",
   "data": null,
   "timestamp": 1795719833.8472881
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "63766ebd-9a07-4b79-baa7-c1482a8fc7e1",
   "name": "demo.resources.leaky",
   "hostname": "gen364@vm",
   "timestamp": 1795719834.86896,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "63766ebd-9a07-4b79-baa7-c1482a8fc7e1",
   "parent_id": null,
   "pid": 364,
   "queue": "recycle-memory",
   "routing_key": "recycle-memory",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "63766ebd-9a07-4b79-baa7-c1482a8fc7e1",
   "name": "demo.resources.leaky",
   "hostname": "recycle-memory-c5b1e9@vm",
   "timestamp": 1795719834.8706148,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "63766ebd-9a07-4b79-baa7-c1482a8fc7e1",
   "parent_id": null,
   "pid": 620,
   "pool": "recycle-memory-c5b1e9"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "63766ebd-9a07-4b79-baa7-c1482a8fc7e1",
   "hostname": "recycle-memory-c5b1e9@vm",
   "timestamp": 1795719834.8734348,
   "pid": 620,
   "pool": "recycle-memory-c5b1e9"
  },
  {
   "kind": "note",
   "text": "147 MB: task 1 ran in pid 622: peak RSS 122.1 MB, 50 MB kept",
   "data": {
    "row": {
     "limit": "147 MB",
     "task": 1,
     "pool pid": 622,
     "peak RSS MB": 122.1,
     "kept MB": 50,
     "process": "first"
    }
   },
   "timestamp": 1795719834.9097576
  },
  {
   "kind": "payoff",
   "payoff": {
    "kind": "bars",
    "series": [
     "peak RSS after leaky(50)"
    ],
    "unit": "MB",
    "better": "lower",
    "groups": [
     {
      "label": "max 2 tasks \u00b7 1",
      "values": [
       122.2
      ],
      "note": "pid 615"
     },
     {
      "label": "max 2 tasks \u00b7 2",
      "values": [
       172.4
      ],
      "note": "pid 615"
     },
     {
      "label": "max 2 tasks \u00b7 3",
      "values": [
       123.1
      ],
      "note": "pid 617 new"
     },
     {
      "label": "max 2 tasks \u00b7 4",
      "values": [
       173.2
      ],
      "note": "pid 617"
     },
     {
      "label": "max 147 MB \u00b7 1",
      "values": [
       122.1
      ],
      "note": "pid 622"
     }
    ]
   },
   "timestamp": 1795719834.9106586
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "63766ebd-9a07-4b79-baa7-c1482a8fc7e1",
   "hostname": "recycle-memory-c5b1e9@vm",
   "timestamp": 1795719834.9101198,
   "pid": 620,
   "runtime": 0.035599090999312466,
   "result": "{'pid': 622, 'rss_mb': 122.1, 'kept_mb': 50}",
   "pool": "recycle-memory-c5b1e9"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "99dfe96d-5899-4ea2-96bb-44c4f53885e3",
   "name": "demo.resources.leaky",
   "hostname": "gen364@vm",
   "timestamp": 1795719834.9126122,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "99dfe96d-5899-4ea2-96bb-44c4f53885e3",
   "parent_id": null,
   "pid": 364,
   "queue": "recycle-memory",
   "routing_key": "recycle-memory",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "99dfe96d-5899-4ea2-96bb-44c4f53885e3",
   "name": "demo.resources.leaky",
   "hostname": "recycle-memory-c5b1e9@vm",
   "timestamp": 1795719834.9146934,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "99dfe96d-5899-4ea2-96bb-44c4f53885e3",
   "parent_id": null,
   "pid": 620,
   "pool": "recycle-memory-c5b1e9"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "99dfe96d-5899-4ea2-96bb-44c4f53885e3",
   "hostname": "recycle-memory-c5b1e9@vm",
   "timestamp": 1795719834.9160423,
   "pid": 620,
   "pool": "recycle-memory-c5b1e9"
  },
  {
   "kind": "note",
   "text": "147 MB: task 2 ran in pid 622: peak RSS 172.3 MB, 100 MB kept",
   "data": {
    "row": {
     "limit": "147 MB",
     "task": 2,
     "pool pid": 622,
     "peak RSS MB": 172.3,
     "kept MB": 100,
     "process": "same"
    }
   },
   "timestamp": 1795719834.9473076
  },
  {
   "kind": "payoff",
   "payoff": {
    "kind": "bars",
    "series": [
     "peak RSS after leaky(50)"
    ],
    "unit": "MB",
    "better": "lower",
    "groups": [
     {
      "label": "max 2 tasks \u00b7 1",
      "values": [
       122.2
      ],
      "note": "pid 615"
     },
     {
      "label": "max 2 tasks \u00b7 2",
      "values": [
       172.4
      ],
      "note": "pid 615"
     },
     {
      "label": "max 2 tasks \u00b7 3",
      "values": [
       123.1
      ],
      "note": "pid 617 new"
     },
     {
      "label": "max 2 tasks \u00b7 4",
      "values": [
       173.2
      ],
      "note": "pid 617"
     },
     {
      "label": "max 147 MB \u00b7 1",
      "values": [
       122.1
      ],
      "note": "pid 622"
     },
     {
      "label": "max 147 MB \u00b7 2",
      "values": [
       172.3
      ],
      "note": "pid 622"
     }
    ]
   },
   "timestamp": 1795719834.9474018
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "99dfe96d-5899-4ea2-96bb-44c4f53885e3",
   "hostname": "recycle-memory-c5b1e9@vm",
   "timestamp": 1795719834.9488842,
   "pid": 620,
   "runtime": 0.03129789500053448,
   "result": "{'pid': 622, 'rss_mb': 172.3, 'kept_mb': 100}",
   "pool": "recycle-memory-c5b1e9"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "d79c9e7c-38e1-4b98-af34-89f7a27ab7b4",
   "name": "demo.resources.leaky",
   "hostname": "gen364@vm",
   "timestamp": 1795719834.9496582,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d79c9e7c-38e1-4b98-af34-89f7a27ab7b4",
   "parent_id": null,
   "pid": 364,
   "queue": "recycle-memory",
   "routing_key": "recycle-memory",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "d79c9e7c-38e1-4b98-af34-89f7a27ab7b4",
   "name": "demo.resources.leaky",
   "hostname": "recycle-memory-c5b1e9@vm",
   "timestamp": 1795719834.9529366,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "d79c9e7c-38e1-4b98-af34-89f7a27ab7b4",
   "parent_id": null,
   "pid": 620,
   "pool": "recycle-memory-c5b1e9"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "d79c9e7c-38e1-4b98-af34-89f7a27ab7b4",
   "hostname": "recycle-memory-c5b1e9@vm",
   "timestamp": 1795719835.1499193,
   "pid": 620,
   "pool": "recycle-memory-c5b1e9"
  },
  {
   "kind": "note",
   "text": "147 MB: task 3 ran in pid 623 (a new process): peak RSS 122.9 MB, 50 MB kept",
   "data": {
    "row": {
     "limit": "147 MB",
     "task": 3,
     "pool pid": 623,
     "peak RSS MB": 122.9,
     "kept MB": 50,
     "process": "new"
    }
   },
   "timestamp": 1795719835.1917906
  },
  {
   "kind": "payoff",
   "payoff": {
    "kind": "bars",
    "series": [
     "peak RSS after leaky(50)"
    ],
    "unit": "MB",
    "better": "lower",
    "groups": [
     {
      "label": "max 2 tasks \u00b7 1",
      "values": [
       122.2
      ],
      "note": "pid 615"
     },
     {
      "label": "max 2 tasks \u00b7 2",
      "values": [
       172.4
      ],
      "note": "pid 615"
     },
     {
      "label": "max 2 tasks \u00b7 3",
      "values": [
       123.1
      ],
      "note": "pid 617 new"
     },
     {
      "label": "max 2 tasks \u00b7 4",
      "values": [
       173.2
      ],
      "note": "pid 617"
     },
     {
      "label": "max 147 MB \u00b7 1",
      "values": [
       122.1
      ],
      "note": "pid 622"
     },
     {
      "label": "max 147 MB \u00b7 2",
      "values": [
       172.3
      ],
      "note": "pid 622"
     },
     {
      "label": "max 147 MB \u00b7 3",
      "values": [
       122.9
      ],
      "note": "pid 623 new"
     }
    ]
   },
   "timestamp": 1795719835.1918733
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "d79c9e7c-38e1-4b98-af34-89f7a27ab7b4",
   "hostname": "recycle-memory-c5b1e9@vm",
   "timestamp": 1795719835.1918545,
   "pid": 620,
   "runtime": 0.041345820000060485,
   "result": "{'pid': 623, 'rss_mb': 122.9, 'kept_mb': 50}",
   "pool": "recycle-memory-c5b1e9"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "e338c769-d800-4cdd-863e-e5874c6a2387",
   "name": "demo.resources.leaky",
   "hostname": "gen364@vm",
   "timestamp": 1795719835.193584,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "e338c769-d800-4cdd-863e-e5874c6a2387",
   "parent_id": null,
   "pid": 364,
   "queue": "recycle-memory",
   "routing_key": "recycle-memory",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "e338c769-d800-4cdd-863e-e5874c6a2387",
   "name": "demo.resources.leaky",
   "hostname": "recycle-memory-c5b1e9@vm",
   "timestamp": 1795719835.196707,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "e338c769-d800-4cdd-863e-e5874c6a2387",
   "parent_id": null,
   "pid": 620,
   "pool": "recycle-memory-c5b1e9"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "e338c769-d800-4cdd-863e-e5874c6a2387",
   "hostname": "recycle-memory-c5b1e9@vm",
   "timestamp": 1795719835.1978533,
   "pid": 620,
   "pool": "recycle-memory-c5b1e9"
  },
  {
   "kind": "note",
   "text": "147 MB: task 4 ran in pid 623: peak RSS 173.1 MB, 100 MB kept",
   "data": {
    "row": {
     "limit": "147 MB",
     "task": 4,
     "pool pid": 623,
     "peak RSS MB": 173.1,
     "kept MB": 100,
     "process": "same"
    }
   },
   "timestamp": 1795719835.2301397
  },
  {
   "kind": "payoff",
   "payoff": {
    "kind": "bars",
    "series": [
     "peak RSS after leaky(50)"
    ],
    "unit": "MB",
    "better": "lower",
    "groups": [
     {
      "label": "max 2 tasks \u00b7 1",
      "values": [
       122.2
      ],
      "note": "pid 615"
     },
     {
      "label": "max 2 tasks \u00b7 2",
      "values": [
       172.4
      ],
      "note": "pid 615"
     },
     {
      "label": "max 2 tasks \u00b7 3",
      "values": [
       123.1
      ],
      "note": "pid 617 new"
     },
     {
      "label": "max 2 tasks \u00b7 4",
      "values": [
       173.2
      ],
      "note": "pid 617"
     },
     {
      "label": "max 147 MB \u00b7 1",
      "values": [
       122.1
      ],
      "note": "pid 622"
     },
     {
      "label": "max 147 MB \u00b7 2",
      "values": [
       172.3
      ],
      "note": "pid 622"
     },
     {
      "label": "max 147 MB \u00b7 3",
      "values": [
       122.9
      ],
      "note": "pid 623 new"
     },
     {
      "label": "max 147 MB \u00b7 4",
      "values": [
       173.1
      ],
      "note": "pid 623"
     }
    ]
   },
   "timestamp": 1795719835.2302237
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "e338c769-d800-4cdd-863e-e5874c6a2387",
   "hostname": "recycle-memory-c5b1e9@vm",
   "timestamp": 1795719835.230171,
   "pid": 620,
   "runtime": 0.03152277900153422,
   "result": "{'pid': 623, 'rss_mb': 173.1, 'kept_mb': 100}",
   "pool": "recycle-memory-c5b1e9"
  },
  {
   "kind": "note",
   "text": "a new process after task 2 (every 2 tasks), and after task 2, the first to end over 147 MB: that task finished, the next one got a new process",
   "data": null,
   "timestamp": 1795719836.600188
  },
  {
   "kind": "summary",
   "run_id": "bfe4637f11d1",
   "demo": "practices.memory",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "bars",
     "facts": [
      {
       "label": "max 2 tasks",
       "value": "new process after task 2",
       "tone": "good"
      },
      {
       "label": "max 147 MB",
       "value": "after task 2, which finished over it",
       "tone": "good"
      }
     ],
     "series": [
      "peak RSS after leaky(50)"
     ],
     "unit": "MB",
     "better": "lower",
     "groups": [
      {
       "label": "max 2 tasks \u00b7 1",
       "values": [
        122.2
       ],
       "note": "pid 615"
      },
      {
       "label": "max 2 tasks \u00b7 2",
       "values": [
        172.4
       ],
       "note": "pid 615"
      },
      {
       "label": "max 2 tasks \u00b7 3",
       "values": [
        123.1
       ],
       "note": "pid 617 new"
      },
      {
       "label": "max 2 tasks \u00b7 4",
       "values": [
        173.2
       ],
       "note": "pid 617"
      },
      {
       "label": "max 147 MB \u00b7 1",
       "values": [
        122.1
       ],
       "note": "pid 622"
      },
      {
       "label": "max 147 MB \u00b7 2",
       "values": [
        172.3
       ],
       "note": "pid 622"
      },
      {
       "label": "max 147 MB \u00b7 3",
       "values": [
        122.9
       ],
       "note": "pid 623 new"
      },
      {
       "label": "max 147 MB \u00b7 4",
       "values": [
        173.1
       ],
       "note": "pid 623"
      }
     ]
    },
    "rows": [
     {
      "limit": "2 tasks",
      "task": 1,
      "pool pid": 615,
      "peak RSS MB": 122.2,
      "kept MB": 50,
      "process": "first"
     },
     {
      "limit": "2 tasks",
      "task": 2,
      "pool pid": 615,
      "peak RSS MB": 172.4,
      "kept MB": 100,
      "process": "same"
     },
     {
      "limit": "2 tasks",
      "task": 3,
      "pool pid": 617,
      "peak RSS MB": 123.1,
      "kept MB": 50,
      "process": "new"
     },
     {
      "limit": "2 tasks",
      "task": 4,
      "pool pid": 617,
      "peak RSS MB": 173.2,
      "kept MB": 100,
      "process": "same"
     },
     {
      "limit": "147 MB",
      "task": 1,
      "pool pid": 622,
      "peak RSS MB": 122.1,
      "kept MB": 50,
      "process": "first"
     },
     {
      "limit": "147 MB",
      "task": 2,
      "pool pid": 622,
      "peak RSS MB": 172.3,
      "kept MB": 100,
      "process": "same"
     },
     {
      "limit": "147 MB",
      "task": 3,
      "pool pid": 623,
      "peak RSS MB": 122.9,
      "kept MB": 50,
      "process": "new"
     },
     {
      "limit": "147 MB",
      "task": 4,
      "pool pid": 623,
      "peak RSS MB": 173.1,
      "kept MB": 100,
      "process": "same"
     }
    ],
    "limit MB": 147,
    "verdict": "a new process after task 2 (every 2 tasks), and after task 2, the first to end over 147 MB: that task finished, the next one got a new process"
   },
   "error": null,
   "tasks": [
    {
     "uuid": "5e237613-11aa-4689-9ba7-6129eb12d3b5",
     "state": "SUCCEEDED",
     "name": "demo.resources.leaky",
     "hostname": "recycle-tasks-c5b1e9@vm",
     "at": 1795719832.2153487,
     "event": "task-succeeded",
     "pool": "recycle-tasks-c5b1e9",
     "runtime": 0.033560649999344605,
     "result": "{'pid': 615, 'rss_mb': 122.2, 'kept_mb': 50}"
    },
    {
     "uuid": "a71b0fbc-fa5c-4b66-9e39-3240f866c02e",
     "state": "SUCCEEDED",
     "name": "demo.resources.leaky",
     "hostname": "recycle-tasks-c5b1e9@vm",
     "at": 1795719832.2529652,
     "event": "task-succeeded",
     "pool": "recycle-tasks-c5b1e9",
     "runtime": 0.03163916099947528,
     "result": "{'pid': 615, 'rss_mb': 172.4, 'kept_mb': 100}"
    },
    {
     "uuid": "0506e14b-8d2f-4419-9ed4-ca13198ff9bf",
     "state": "SUCCEEDED",
     "name": "demo.resources.leaky",
     "hostname": "recycle-tasks-c5b1e9@vm",
     "at": 1795719832.4866185,
     "event": "task-succeeded",
     "pool": "recycle-tasks-c5b1e9",
     "runtime": 0.034861878000810975,
     "result": "{'pid': 617, 'rss_mb': 123.1, 'kept_mb': 50}"
    },
    {
     "uuid": "52638683-771b-400e-83f1-26171f0de412",
     "state": "SUCCEEDED",
     "name": "demo.resources.leaky",
     "hostname": "recycle-tasks-c5b1e9@vm",
     "at": 1795719832.5233867,
     "event": "task-succeeded",
     "pool": "recycle-tasks-c5b1e9",
     "runtime": 0.03135981699961121,
     "result": "{'pid': 617, 'rss_mb': 173.2, 'kept_mb': 100}"
    },
    {
     "uuid": "63766ebd-9a07-4b79-baa7-c1482a8fc7e1",
     "state": "SUCCEEDED",
     "name": "demo.resources.leaky",
     "hostname": "recycle-memory-c5b1e9@vm",
     "at": 1795719834.9101198,
     "event": "task-succeeded",
     "pool": "recycle-memory-c5b1e9",
     "runtime": 0.035599090999312466,
     "result": "{'pid': 622, 'rss_mb': 122.1, 'kept_mb': 50}"
    },
    {
     "uuid": "99dfe96d-5899-4ea2-96bb-44c4f53885e3",
     "state": "SUCCEEDED",
     "name": "demo.resources.leaky",
     "hostname": "recycle-memory-c5b1e9@vm",
     "at": 1795719834.9488842,
     "event": "task-succeeded",
     "pool": "recycle-memory-c5b1e9",
     "runtime": 0.03129789500053448,
     "result": "{'pid': 622, 'rss_mb': 172.3, 'kept_mb': 100}"
    },
    {
     "uuid": "d79c9e7c-38e1-4b98-af34-89f7a27ab7b4",
     "state": "SUCCEEDED",
     "name": "demo.resources.leaky",
     "hostname": "recycle-memory-c5b1e9@vm",
     "at": 1795719835.1918545,
     "event": "task-succeeded",
     "pool": "recycle-memory-c5b1e9",
     "runtime": 0.041345820000060485,
     "result": "{'pid': 623, 'rss_mb': 122.9, 'kept_mb': 50}"
    },
    {
     "uuid": "e338c769-d800-4cdd-863e-e5874c6a2387",
     "state": "SUCCEEDED",
     "name": "demo.resources.leaky",
     "hostname": "recycle-memory-c5b1e9@vm",
     "at": 1795719835.230171,
     "event": "task-succeeded",
     "pool": "recycle-memory-c5b1e9",
     "runtime": 0.03152277900153422,
     "result": "{'pid': 623, 'rss_mb': 173.1, 'kept_mb': 100}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795719830.145874,
   "finished": 1795719836.600448,
   "duration": 6.455,
   "timestamp": 1795719836.6004739
  }
 ]
};
