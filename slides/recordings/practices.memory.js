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
 "recorded": "2026-11-26T18:13:24+00:00",
 "broker": "redis://127.0.0.1:34379/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [
  "recycle-memory-10d676",
  "recycle-tasks-10d676"
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
   "run_id": "016edb7e6062",
   "demo": "practices.memory",
   "title": "Memory: a leaking task, and the pool process recycled",
   "params": {
    "megabytes": 50,
    "tasks": 4
   },
   "broker": "redis://127.0.0.1:34379/0",
   "follow": "events",
   "command": "invoke demo practices.memory",
   "timestamp": 1795716804.105412
  },
  {
   "kind": "note",
   "text": "worker 1: prefork -c 1 --max-tasks-per-child 2",
   "data": null,
   "timestamp": 1795716804.1189132
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "864c52d5-821d-4a61-abb0-2bd2b7e7af07",
   "name": "demo.resources.leaky",
   "hostname": "recycle-tasks-10d676@vm",
   "timestamp": 1795716808.129559,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "864c52d5-821d-4a61-abb0-2bd2b7e7af07",
   "parent_id": null,
   "pid": 7424,
   "pool": "recycle-tasks-10d676"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "864c52d5-821d-4a61-abb0-2bd2b7e7af07",
   "hostname": "recycle-tasks-10d676@vm",
   "timestamp": 1795716808.1336977,
   "pid": 7424,
   "pool": "recycle-tasks-10d676"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "864c52d5-821d-4a61-abb0-2bd2b7e7af07",
   "name": "demo.resources.leaky",
   "hostname": "gen7274@vm",
   "timestamp": 1795716808.135292,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "864c52d5-821d-4a61-abb0-2bd2b7e7af07",
   "parent_id": null,
   "pid": 7274,
   "queue": "recycle-tasks",
   "routing_key": "recycle-tasks",
   "pool": null
  },
  {
   "kind": "note",
   "text": "2 tasks: task 1 ran in pid 7551: peak RSS 122.1 MB, 50 MB kept",
   "data": {
    "row": {
     "limit": "2 tasks",
     "task": 1,
     "pool pid": 7551,
     "peak RSS MB": 122.1,
     "kept MB": 50,
     "process": "first"
    }
   },
   "timestamp": 1795716808.429137
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "de0d68e7-f989-45b9-9c4b-b6226272e397",
   "name": "demo.resources.leaky",
   "hostname": "gen7274@vm",
   "timestamp": 1795716808.432106,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "de0d68e7-f989-45b9-9c4b-b6226272e397",
   "parent_id": null,
   "pid": 7274,
   "queue": "recycle-tasks",
   "routing_key": "recycle-tasks",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "de0d68e7-f989-45b9-9c4b-b6226272e397",
   "name": "demo.resources.leaky",
   "hostname": "recycle-tasks-10d676@vm",
   "timestamp": 1795716808.4530632,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "de0d68e7-f989-45b9-9c4b-b6226272e397",
   "parent_id": null,
   "pid": 7424,
   "pool": "recycle-tasks-10d676"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "864c52d5-821d-4a61-abb0-2bd2b7e7af07",
   "hostname": "recycle-tasks-10d676@vm",
   "timestamp": 1795716808.4792547,
   "pid": 7424,
   "runtime": 0.308072257999811,
   "result": "{'pid': 7551, 'rss_mb': 122.1, 'kept_mb': 50}",
   "pool": "recycle-tasks-10d676"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "de0d68e7-f989-45b9-9c4b-b6226272e397",
   "hostname": "recycle-tasks-10d676@vm",
   "timestamp": 1795716808.4849427,
   "pid": 7424,
   "pool": "recycle-tasks-10d676"
  },
  {
   "kind": "note",
   "text": "2 tasks: task 2 ran in pid 7551: peak RSS 172.2 MB, 100 MB kept",
   "data": {
    "row": {
     "limit": "2 tasks",
     "task": 2,
     "pool pid": 7551,
     "peak RSS MB": 172.2,
     "kept MB": 100,
     "process": "same"
    }
   },
   "timestamp": 1795716808.697266
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "3b1b32a0-1785-4a28-b9af-82b9f94abbf6",
   "name": "demo.resources.leaky",
   "hostname": "gen7274@vm",
   "timestamp": 1795716808.7088392,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "3b1b32a0-1785-4a28-b9af-82b9f94abbf6",
   "parent_id": null,
   "pid": 7274,
   "queue": "recycle-tasks",
   "routing_key": "recycle-tasks",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "3b1b32a0-1785-4a28-b9af-82b9f94abbf6",
   "name": "demo.resources.leaky",
   "hostname": "recycle-tasks-10d676@vm",
   "timestamp": 1795716808.7112339,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "3b1b32a0-1785-4a28-b9af-82b9f94abbf6",
   "parent_id": null,
   "pid": 7424,
   "pool": "recycle-tasks-10d676"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "de0d68e7-f989-45b9-9c4b-b6226272e397",
   "hostname": "recycle-tasks-10d676@vm",
   "timestamp": 1795716808.7189498,
   "pid": 7424,
   "runtime": 0.2329840790007438,
   "result": "{'pid': 7551, 'rss_mb': 172.2, 'kept_mb': 100}",
   "pool": "recycle-tasks-10d676"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "3b1b32a0-1785-4a28-b9af-82b9f94abbf6",
   "hostname": "recycle-tasks-10d676@vm",
   "timestamp": 1795716812.7519763,
   "pid": 7424,
   "pool": "recycle-tasks-10d676"
  },
  {
   "kind": "note",
   "text": "2 tasks: task 3 ran in pid 7758 (a new process): peak RSS 122.9 MB, 50 MB kept",
   "data": {
    "row": {
     "limit": "2 tasks",
     "task": 3,
     "pool pid": 7758,
     "peak RSS MB": 122.9,
     "kept MB": 50,
     "process": "new"
    }
   },
   "timestamp": 1795716812.8622603
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "5dddc5c7-1849-4f9b-b300-f806f3f70e8b",
   "name": "demo.resources.leaky",
   "hostname": "gen7274@vm",
   "timestamp": 1795716812.8634577,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "5dddc5c7-1849-4f9b-b300-f806f3f70e8b",
   "parent_id": null,
   "pid": 7274,
   "queue": "recycle-tasks",
   "routing_key": "recycle-tasks",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "5dddc5c7-1849-4f9b-b300-f806f3f70e8b",
   "name": "demo.resources.leaky",
   "hostname": "recycle-tasks-10d676@vm",
   "timestamp": 1795716812.8673737,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "5dddc5c7-1849-4f9b-b300-f806f3f70e8b",
   "parent_id": null,
   "pid": 7424,
   "pool": "recycle-tasks-10d676"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "3b1b32a0-1785-4a28-b9af-82b9f94abbf6",
   "hostname": "recycle-tasks-10d676@vm",
   "timestamp": 1795716812.8677711,
   "pid": 7424,
   "runtime": 0.10560589699889533,
   "result": "{'pid': 7758, 'rss_mb': 122.9, 'kept_mb': 50}",
   "pool": "recycle-tasks-10d676"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "5dddc5c7-1849-4f9b-b300-f806f3f70e8b",
   "hostname": "recycle-tasks-10d676@vm",
   "timestamp": 1795716812.8735063,
   "pid": 7424,
   "pool": "recycle-tasks-10d676"
  },
  {
   "kind": "note",
   "text": "2 tasks: task 4 ran in pid 7758: peak RSS 172.9 MB, 100 MB kept",
   "data": {
    "row": {
     "limit": "2 tasks",
     "task": 4,
     "pool pid": 7758,
     "peak RSS MB": 172.9,
     "kept MB": 100,
     "process": "same"
    }
   },
   "timestamp": 1795716812.9849324
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "5dddc5c7-1849-4f9b-b300-f806f3f70e8b",
   "hostname": "recycle-tasks-10d676@vm",
   "timestamp": 1795716812.9987574,
   "pid": 7424,
   "runtime": 0.11134717800086946,
   "result": "{'pid': 7758, 'rss_mb': 172.9, 'kept_mb': 100}",
   "pool": "recycle-tasks-10d676"
  },
  {
   "kind": "note",
   "text": "worker 2: prefork -c 1 --max-memory-per-child 150528 (KiB: 147 MB)",
   "data": null,
   "timestamp": 1795716816.4065142
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "8f391068-0b69-4689-8f2f-1a6ecabea4b5",
   "name": "demo.resources.leaky",
   "hostname": "gen7274@vm",
   "timestamp": 1795716820.0986392,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "8f391068-0b69-4689-8f2f-1a6ecabea4b5",
   "parent_id": null,
   "pid": 7274,
   "queue": "recycle-memory",
   "routing_key": "recycle-memory",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "8f391068-0b69-4689-8f2f-1a6ecabea4b5",
   "name": "demo.resources.leaky",
   "hostname": "recycle-memory-10d676@vm",
   "timestamp": 1795716820.1015232,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "8f391068-0b69-4689-8f2f-1a6ecabea4b5",
   "parent_id": null,
   "pid": 7830,
   "pool": "recycle-memory-10d676"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "8f391068-0b69-4689-8f2f-1a6ecabea4b5",
   "hostname": "recycle-memory-10d676@vm",
   "timestamp": 1795716820.1395676,
   "pid": 7830,
   "pool": "recycle-memory-10d676"
  },
  {
   "kind": "note",
   "text": "147 MB: task 1 ran in pid 7896: peak RSS 122.1 MB, 50 MB kept",
   "data": {
    "row": {
     "limit": "147 MB",
     "task": 1,
     "pool pid": 7896,
     "peak RSS MB": 122.1,
     "kept MB": 50,
     "process": "first"
    }
   },
   "timestamp": 1795716820.30755
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "e83c4dd6-bfa6-4d95-9b03-519012afc3e7",
   "name": "demo.resources.leaky",
   "hostname": "gen7274@vm",
   "timestamp": 1795716820.313737,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "e83c4dd6-bfa6-4d95-9b03-519012afc3e7",
   "parent_id": null,
   "pid": 7274,
   "queue": "recycle-memory",
   "routing_key": "recycle-memory",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "e83c4dd6-bfa6-4d95-9b03-519012afc3e7",
   "name": "demo.resources.leaky",
   "hostname": "recycle-memory-10d676@vm",
   "timestamp": 1795716820.3158374,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "e83c4dd6-bfa6-4d95-9b03-519012afc3e7",
   "parent_id": null,
   "pid": 7830,
   "pool": "recycle-memory-10d676"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "8f391068-0b69-4689-8f2f-1a6ecabea4b5",
   "hostname": "recycle-memory-10d676@vm",
   "timestamp": 1795716820.317274,
   "pid": 7830,
   "runtime": 0.17436683699997957,
   "result": "{'pid': 7896, 'rss_mb': 122.1, 'kept_mb': 50}",
   "pool": "recycle-memory-10d676"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "e83c4dd6-bfa6-4d95-9b03-519012afc3e7",
   "hostname": "recycle-memory-10d676@vm",
   "timestamp": 1795716820.3278959,
   "pid": 7830,
   "pool": "recycle-memory-10d676"
  },
  {
   "kind": "note",
   "text": "147 MB: task 2 ran in pid 7896: peak RSS 172.1 MB, 100 MB kept",
   "data": {
    "row": {
     "limit": "147 MB",
     "task": 2,
     "pool pid": 7896,
     "peak RSS MB": 172.1,
     "kept MB": 100,
     "process": "same"
    }
   },
   "timestamp": 1795716820.4652982
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "e83c4dd6-bfa6-4d95-9b03-519012afc3e7",
   "hostname": "recycle-memory-10d676@vm",
   "timestamp": 1795716820.4659808,
   "pid": 7830,
   "runtime": 0.1370942939993256,
   "result": "{'pid': 7896, 'rss_mb': 172.1, 'kept_mb': 100}",
   "pool": "recycle-memory-10d676"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "f61a2c46-e44e-46b9-ae39-7f78239ecb56",
   "name": "demo.resources.leaky",
   "hostname": "gen7274@vm",
   "timestamp": 1795716820.4681458,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f61a2c46-e44e-46b9-ae39-7f78239ecb56",
   "parent_id": null,
   "pid": 7274,
   "queue": "recycle-memory",
   "routing_key": "recycle-memory",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "f61a2c46-e44e-46b9-ae39-7f78239ecb56",
   "name": "demo.resources.leaky",
   "hostname": "recycle-memory-10d676@vm",
   "timestamp": 1795716820.4755256,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "f61a2c46-e44e-46b9-ae39-7f78239ecb56",
   "parent_id": null,
   "pid": 7830,
   "pool": "recycle-memory-10d676"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "f61a2c46-e44e-46b9-ae39-7f78239ecb56",
   "hostname": "recycle-memory-10d676@vm",
   "timestamp": 1795716821.114225,
   "pid": 7830,
   "pool": "recycle-memory-10d676"
  },
  {
   "kind": "note",
   "text": "147 MB: task 3 ran in pid 7905 (a new process): peak RSS 123.0 MB, 50 MB kept",
   "data": {
    "row": {
     "limit": "147 MB",
     "task": 3,
     "pool pid": 7905,
     "peak RSS MB": 123.0,
     "kept MB": 50,
     "process": "new"
    }
   },
   "timestamp": 1795716821.2304144
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "f61a2c46-e44e-46b9-ae39-7f78239ecb56",
   "hostname": "recycle-memory-10d676@vm",
   "timestamp": 1795716821.2291338,
   "pid": 7830,
   "runtime": 0.11205248299847881,
   "result": "{'pid': 7905, 'rss_mb': 123.0, 'kept_mb': 50}",
   "pool": "recycle-memory-10d676"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "a8b5246c-9577-43a8-b0f5-c17738566b94",
   "name": "demo.resources.leaky",
   "hostname": "gen7274@vm",
   "timestamp": 1795716821.2320135,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "a8b5246c-9577-43a8-b0f5-c17738566b94",
   "parent_id": null,
   "pid": 7274,
   "queue": "recycle-memory",
   "routing_key": "recycle-memory",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "a8b5246c-9577-43a8-b0f5-c17738566b94",
   "name": "demo.resources.leaky",
   "hostname": "recycle-memory-10d676@vm",
   "timestamp": 1795716821.2410111,
   "args": "()",
   "kwargs": "{'megabytes': 50}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "a8b5246c-9577-43a8-b0f5-c17738566b94",
   "parent_id": null,
   "pid": 7830,
   "pool": "recycle-memory-10d676"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "a8b5246c-9577-43a8-b0f5-c17738566b94",
   "hostname": "recycle-memory-10d676@vm",
   "timestamp": 1795716821.2484152,
   "pid": 7830,
   "pool": "recycle-memory-10d676"
  },
  {
   "kind": "note",
   "text": "147 MB: task 4 ran in pid 7905: peak RSS 173.0 MB, 100 MB kept",
   "data": {
    "row": {
     "limit": "147 MB",
     "task": 4,
     "pool pid": 7905,
     "peak RSS MB": 173.0,
     "kept MB": 100,
     "process": "same"
    }
   },
   "timestamp": 1795716821.5511763
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "a8b5246c-9577-43a8-b0f5-c17738566b94",
   "hostname": "recycle-memory-10d676@vm",
   "timestamp": 1795716821.5521758,
   "pid": 7830,
   "runtime": 0.3084807439990982,
   "result": "{'pid': 7905, 'rss_mb': 173.0, 'kept_mb': 100}",
   "pool": "recycle-memory-10d676"
  },
  {
   "kind": "note",
   "text": "a new process after task 2 (every 2 tasks), and after task 2, the first to end over 147 MB: that task finished, the next one got a new process",
   "data": null,
   "timestamp": 1795716824.8301451
  },
  {
   "kind": "summary",
   "run_id": "016edb7e6062",
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
        122.1
       ],
       "note": "pid 7551"
      },
      {
       "label": "max 2 tasks \u00b7 2",
       "values": [
        172.2
       ],
       "note": "pid 7551"
      },
      {
       "label": "max 2 tasks \u00b7 3",
       "values": [
        122.9
       ],
       "note": "pid 7758 new"
      },
      {
       "label": "max 2 tasks \u00b7 4",
       "values": [
        172.9
       ],
       "note": "pid 7758"
      },
      {
       "label": "max 147 MB \u00b7 1",
       "values": [
        122.1
       ],
       "note": "pid 7896"
      },
      {
       "label": "max 147 MB \u00b7 2",
       "values": [
        172.1
       ],
       "note": "pid 7896"
      },
      {
       "label": "max 147 MB \u00b7 3",
       "values": [
        123.0
       ],
       "note": "pid 7905 new"
      },
      {
       "label": "max 147 MB \u00b7 4",
       "values": [
        173.0
       ],
       "note": "pid 7905"
      }
     ]
    },
    "rows": [
     {
      "limit": "2 tasks",
      "task": 1,
      "pool pid": 7551,
      "peak RSS MB": 122.1,
      "kept MB": 50,
      "process": "first"
     },
     {
      "limit": "2 tasks",
      "task": 2,
      "pool pid": 7551,
      "peak RSS MB": 172.2,
      "kept MB": 100,
      "process": "same"
     },
     {
      "limit": "2 tasks",
      "task": 3,
      "pool pid": 7758,
      "peak RSS MB": 122.9,
      "kept MB": 50,
      "process": "new"
     },
     {
      "limit": "2 tasks",
      "task": 4,
      "pool pid": 7758,
      "peak RSS MB": 172.9,
      "kept MB": 100,
      "process": "same"
     },
     {
      "limit": "147 MB",
      "task": 1,
      "pool pid": 7896,
      "peak RSS MB": 122.1,
      "kept MB": 50,
      "process": "first"
     },
     {
      "limit": "147 MB",
      "task": 2,
      "pool pid": 7896,
      "peak RSS MB": 172.1,
      "kept MB": 100,
      "process": "same"
     },
     {
      "limit": "147 MB",
      "task": 3,
      "pool pid": 7905,
      "peak RSS MB": 123.0,
      "kept MB": 50,
      "process": "new"
     },
     {
      "limit": "147 MB",
      "task": 4,
      "pool pid": 7905,
      "peak RSS MB": 173.0,
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
     "uuid": "864c52d5-821d-4a61-abb0-2bd2b7e7af07",
     "state": "SUCCEEDED",
     "name": "demo.resources.leaky",
     "hostname": "recycle-tasks-10d676@vm",
     "pool": "recycle-tasks-10d676",
     "at": 1795716808.4792547,
     "event": "task-succeeded",
     "runtime": 0.308072257999811,
     "result": "{'pid': 7551, 'rss_mb': 122.1, 'kept_mb': 50}"
    },
    {
     "uuid": "de0d68e7-f989-45b9-9c4b-b6226272e397",
     "state": "SUCCEEDED",
     "name": "demo.resources.leaky",
     "hostname": "recycle-tasks-10d676@vm",
     "at": 1795716808.7189498,
     "event": "task-succeeded",
     "pool": "recycle-tasks-10d676",
     "runtime": 0.2329840790007438,
     "result": "{'pid': 7551, 'rss_mb': 172.2, 'kept_mb': 100}"
    },
    {
     "uuid": "3b1b32a0-1785-4a28-b9af-82b9f94abbf6",
     "state": "SUCCEEDED",
     "name": "demo.resources.leaky",
     "hostname": "recycle-tasks-10d676@vm",
     "at": 1795716812.8677711,
     "event": "task-succeeded",
     "pool": "recycle-tasks-10d676",
     "runtime": 0.10560589699889533,
     "result": "{'pid': 7758, 'rss_mb': 122.9, 'kept_mb': 50}"
    },
    {
     "uuid": "5dddc5c7-1849-4f9b-b300-f806f3f70e8b",
     "state": "SUCCEEDED",
     "name": "demo.resources.leaky",
     "hostname": "recycle-tasks-10d676@vm",
     "at": 1795716812.9987574,
     "event": "task-succeeded",
     "pool": "recycle-tasks-10d676",
     "runtime": 0.11134717800086946,
     "result": "{'pid': 7758, 'rss_mb': 172.9, 'kept_mb': 100}"
    },
    {
     "uuid": "8f391068-0b69-4689-8f2f-1a6ecabea4b5",
     "state": "SUCCEEDED",
     "name": "demo.resources.leaky",
     "hostname": "recycle-memory-10d676@vm",
     "at": 1795716820.317274,
     "event": "task-succeeded",
     "pool": "recycle-memory-10d676",
     "runtime": 0.17436683699997957,
     "result": "{'pid': 7896, 'rss_mb': 122.1, 'kept_mb': 50}"
    },
    {
     "uuid": "e83c4dd6-bfa6-4d95-9b03-519012afc3e7",
     "state": "SUCCEEDED",
     "name": "demo.resources.leaky",
     "hostname": "recycle-memory-10d676@vm",
     "at": 1795716820.4659808,
     "event": "task-succeeded",
     "pool": "recycle-memory-10d676",
     "runtime": 0.1370942939993256,
     "result": "{'pid': 7896, 'rss_mb': 172.1, 'kept_mb': 100}"
    },
    {
     "uuid": "f61a2c46-e44e-46b9-ae39-7f78239ecb56",
     "state": "SUCCEEDED",
     "name": "demo.resources.leaky",
     "hostname": "recycle-memory-10d676@vm",
     "at": 1795716821.2291338,
     "event": "task-succeeded",
     "pool": "recycle-memory-10d676",
     "runtime": 0.11205248299847881,
     "result": "{'pid': 7905, 'rss_mb': 123.0, 'kept_mb': 50}"
    },
    {
     "uuid": "a8b5246c-9577-43a8-b0f5-c17738566b94",
     "state": "SUCCEEDED",
     "name": "demo.resources.leaky",
     "hostname": "recycle-memory-10d676@vm",
     "at": 1795716821.5521758,
     "event": "task-succeeded",
     "pool": "recycle-memory-10d676",
     "runtime": 0.3084807439990982,
     "result": "{'pid': 7905, 'rss_mb': 173.0, 'kept_mb': 100}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:34379/0",
   "started": 1795716804.105412,
   "finished": 1795716824.8303638,
   "duration": 20.725,
   "timestamp": 1795716824.8304052
  }
 ]
};
