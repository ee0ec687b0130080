/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["ecosystem.django"] = {
 "id": "ecosystem.django",
 "title": "A schedule saved in the Django admin: beat runs it, the admin lists its result",
 "scenario": {
  "id": "ecosystem.django",
  "title": "A schedule saved in the Django admin: beat runs it, the admin lists its result",
  "slide": "Ecosystem / django-celery",
  "description": "Logs in to the job site's admin with the generated password and saves the periodic task\n    \"count jobs (demo)\" through the admin's own form: count_jobs every N seconds, one-off, enabled.\n    Beat's DatabaseScheduler sees the change (it looks every 5 s) and sends the task; the\n    django worker runs it and stores its result as a TaskResult row, which the run reads back.",
  "command": "invoke demo ecosystem.django",
  "timeout": 90,
  "params": [
   {
    "name": "every",
    "type": "integer",
    "default": 5,
    "min": 2,
    "max": 60,
    "choices": null,
    "limits": "between 2 and 60",
    "help": "seconds between runs of the schedule"
   }
  ]
 },
 "recorded": "2026-11-26T15:36:54+00:00",
 "broker": "redis://127.0.0.1:26379/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [
  "django"
 ],
 "host": "vm",
 "celery": "5.7.0",
 "python": "3.11.7",
 "params": {
  "every": 5
 },
 "status": "succeeded",
 "items": [
  {
   "kind": "run",
   "run_id": "513c49bc4b8f",
   "demo": "ecosystem.django",
   "title": "A schedule saved in the Django admin: beat runs it, the admin lists its result",
   "params": {
    "every": 5
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo ecosystem.django",
   "timestamp": 1795707414.078088
  },
  {
   "kind": "note",
   "text": "saved in the admin: 'count jobs (demo)', demo.jobsite.tasks.count_jobs every 5 s, one-off (edited); beat looks for changes every 5 s",
   "data": null,
   "timestamp": 1795707414.7052422
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "e9231795-ddd8-4335-a6e8-cb2df7180c92",
   "name": "demo.jobsite.tasks.count_jobs",
   "hostname": "gen20689@vm",
   "timestamp": 1795707419.6963153,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "e9231795-ddd8-4335-a6e8-cb2df7180c92",
   "parent_id": null,
   "pid": 20689,
   "queue": "jobsite",
   "routing_key": "jobsite",
   "pool": null
  },
  {
   "kind": "note",
   "text": "beat sent it 5.0 s after the save",
   "data": null,
   "timestamp": 1795707419.699394
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "e9231795-ddd8-4335-a6e8-cb2df7180c92",
   "name": "demo.jobsite.tasks.count_jobs",
   "hostname": "django@vm",
   "timestamp": 1795707419.6991541,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "e9231795-ddd8-4335-a6e8-cb2df7180c92",
   "parent_id": null,
   "pid": 20688,
   "pool": "django"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "e9231795-ddd8-4335-a6e8-cb2df7180c92",
   "hostname": "django@vm",
   "timestamp": 1795707419.7001543,
   "pid": 20688,
   "pool": "django"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "e9231795-ddd8-4335-a6e8-cb2df7180c92",
   "hostname": "django@vm",
   "timestamp": 1795707419.7484958,
   "pid": 20688,
   "runtime": 0.047116879999975936,
   "result": "{'jobs': 0, 'counted_at': '2026-11-26T15:36:59Z'}",
   "pool": "django"
  },
  {
   "kind": "note",
   "text": "TaskResult row e9231795: SUCCESS, listed at http://127.0.0.1:28050/admin/django_celery_results/taskresult/",
   "data": null,
   "timestamp": 1795707419.7529414
  },
  {
   "kind": "summary",
   "run_id": "513c49bc4b8f",
   "demo": "ecosystem.django",
   "status": "succeeded",
   "result": {
    "saved": "count jobs (demo): every 5 s, one-off",
    "beat sent it after": "5.0 s",
    "task_result": [
     {
      "task_id": "e9231795-ddd8-4335-a6e8-cb2df7180c92",
      "status": "SUCCESS",
      "jobs": 0,
      "done at": "15:36:59",
      "worker": "django@vm"
     }
    ]
   },
   "error": null,
   "tasks": [
    {
     "uuid": "e9231795-ddd8-4335-a6e8-cb2df7180c92",
     "name": "demo.jobsite.tasks.count_jobs",
     "hostname": "django@vm",
     "at": 1795707419.7484958,
     "event": "task-succeeded",
     "state": "SUCCEEDED",
     "pool": "django",
     "runtime": 0.047116879999975936,
     "result": "{'jobs': 0, 'counted_at': '2026-11-26T15:36:59Z'}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795707414.078088,
   "finished": 1795707419.753066,
   "duration": 5.675,
   "timestamp": 1795707419.7531066
  }
 ]
};
