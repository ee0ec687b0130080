/* Recorded by `invoke slides.record`: a real run, replayed when no live server answers. */
(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["ecosystem.django"] = {
 "id": "ecosystem.django",
 "title": "A schedule saved in the Django admin: beat runs it, the admin lists its result",
 "scenario": {
  "id": "ecosystem.django",
  "title": "A schedule saved in the Django admin: beat runs it, the admin lists its result",
  "slide": "Ecosystem / django-celery",
  "description": "Logs in to the job site's admin with the generated password and saves the periodic task\n    \"count jobs (demo)\" through the admin's own form: count_jobs every N seconds, enabled.\n    Beat's DatabaseScheduler sees the change (it looks every 5 s) and sends the task; the\n    jobsite worker runs it and stores its result as a TaskResult row, which the run reads back.\n    Then the same form switches the schedule off again, so it doesn't run all talk long.",
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
 "recorded": "2026-11-26T16:10:39+00:00",
 "broker": "redis://127.0.0.1:26379/0",
 "broker_name": "redis",
 "follow": "events",
 "pools": [
  "jobsite"
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
   "run_id": "a94eda446e3c",
   "demo": "ecosystem.django",
   "title": "A schedule saved in the Django admin: beat runs it, the admin lists its result",
   "params": {
    "every": 5
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo ecosystem.django",
   "timestamp": 1795709439.8254478
  },
  {
   "kind": "note",
   "text": "saved in the admin: 'count jobs (demo)', demo.jobsite.tasks.count_jobs every 5 s, enabled (edited); beat looks for changes every 5 s",
   "data": null,
   "timestamp": 1795709440.2071917
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "c16cdb5e-1d9f-4440-b25e-714faffed078",
   "name": "demo.jobsite.tasks.count_jobs",
   "hostname": "jobsite@vm",
   "timestamp": 1795709445.2056887,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "c16cdb5e-1d9f-4440-b25e-714faffed078",
   "parent_id": null,
   "pid": 26846,
   "pool": "jobsite"
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "c16cdb5e-1d9f-4440-b25e-714faffed078",
   "name": "demo.jobsite.tasks.count_jobs",
   "hostname": "gen20689@vm",
   "timestamp": 1795709445.207117,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "c16cdb5e-1d9f-4440-b25e-714faffed078",
   "parent_id": null,
   "pid": 20689,
   "queue": "jobsite",
   "routing_key": "jobsite",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "c16cdb5e-1d9f-4440-b25e-714faffed078",
   "hostname": "jobsite@vm",
   "timestamp": 1795709445.2068298,
   "pid": 26846,
   "pool": "jobsite"
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "c16cdb5e-1d9f-4440-b25e-714faffed078",
   "hostname": "jobsite@vm",
   "timestamp": 1795709445.2201335,
   "pid": 26846,
   "runtime": 0.012649581000005128,
   "result": "{'jobs': 60, 'counted_at': '2026-11-26T16:10:45Z'}",
   "pool": "jobsite"
  },
  {
   "kind": "note",
   "text": "beat sent it 5.0 s after the save",
   "data": null,
   "timestamp": 1795709445.2747788
  },
  {
   "kind": "note",
   "text": "TaskResult row c16cdb5e: SUCCESS, listed at http://127.0.0.1:28050/admin/django_celery_results/taskresult/; the schedule is switched off again",
   "data": null,
   "timestamp": 1795709445.2752552
  },
  {
   "kind": "summary",
   "run_id": "a94eda446e3c",
   "demo": "ecosystem.django",
   "status": "succeeded",
   "result": {
    "saved": "count jobs (demo): every 5 s",
    "beat sent it after": "5.0 s",
    "task_result": [
     {
      "task_id": "c16cdb5e-1d9f-4440-b25e-714faffed078",
      "status": "SUCCESS",
      "jobs": 60,
      "done at": "16:10:45",
      "worker": "jobsite@vm"
     }
    ]
   },
   "error": null,
   "tasks": [
    {
     "uuid": "c16cdb5e-1d9f-4440-b25e-714faffed078",
     "name": "demo.jobsite.tasks.count_jobs",
     "hostname": "jobsite@vm",
     "pool": "jobsite",
     "at": 1795709445.2201335,
     "event": "task-succeeded",
     "state": "SUCCEEDED",
     "runtime": 0.012649581000005128,
     "result": "{'jobs': 60, 'counted_at': '2026-11-26T16:10:45Z'}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795709439.8254478,
   "finished": 1795709445.2753372,
   "duration": 5.45,
   "timestamp": 1795709445.275363
  }
 ]
};
