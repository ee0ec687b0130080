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
 "recorded": "2026-11-26T18:19:48+00:00",
 "broker": "redis://127.0.0.1:31379/0",
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
   "run_id": "5b989bf94ab3",
   "demo": "ecosystem.django",
   "title": "A schedule saved in the Django admin: beat runs it, the admin lists its result",
   "params": {
    "every": 5
   },
   "broker": "redis://127.0.0.1:31379/0",
   "follow": "events",
   "command": "invoke demo ecosystem.django",
   "timestamp": 1795717188.2032824
  },
  {
   "kind": "note",
   "text": "saved in the admin: 'count jobs (demo)', demo.jobsite.tasks.count_jobs every 5 s, enabled (added); beat looks for changes every 5 s",
   "data": null,
   "timestamp": 1795717194.1271079
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "15e22018-4870-46d3-ad71-bc9186b643fd",
   "name": "demo.jobsite.tasks.count_jobs",
   "hostname": "gen17079@vm",
   "timestamp": 1795717199.1035006,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "15e22018-4870-46d3-ad71-bc9186b643fd",
   "parent_id": null,
   "pid": 17079,
   "queue": "jobsite",
   "routing_key": "jobsite",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "15e22018-4870-46d3-ad71-bc9186b643fd",
   "name": "demo.jobsite.tasks.count_jobs",
   "hostname": "jobsite@vm",
   "timestamp": 1795717199.1062276,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "15e22018-4870-46d3-ad71-bc9186b643fd",
   "parent_id": null,
   "pid": 17078,
   "pool": "jobsite"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "15e22018-4870-46d3-ad71-bc9186b643fd",
   "hostname": "jobsite@vm",
   "timestamp": 1795717199.1069322,
   "pid": 17078,
   "pool": "jobsite"
  },
  {
   "kind": "note",
   "text": "beat sent it 5.0 s after the save",
   "data": null,
   "timestamp": 1795717200.6002557
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "15e22018-4870-46d3-ad71-bc9186b643fd",
   "hostname": "jobsite@vm",
   "timestamp": 1795717201.2970254,
   "pid": 17078,
   "runtime": 2.189535936999164,
   "result": "{'jobs': 60, 'counted_at': '2026-11-26T18:20:01Z'}",
   "pool": "jobsite"
  },
  {
   "kind": "note",
   "text": "TaskResult row 15e22018: SUCCESS, listed at http://127.0.0.1:31050/admin/django_celery_results/taskresult/; the schedule is switched off again",
   "data": null,
   "timestamp": 1795717201.2992988
  },
  {
   "kind": "summary",
   "run_id": "5b989bf94ab3",
   "demo": "ecosystem.django",
   "status": "succeeded",
   "result": {
    "payoff": {
     "kind": "table",
     "facts": [
      {
       "label": "saved in the admin",
       "value": "count jobs (demo): every 5 s"
      },
      {
       "label": "beat sent it after",
       "value": "5.0 s"
      },
      {
       "label": "listed at",
       "value": "http://127.0.0.1:31050/admin/django_celery_results/taskresult/",
       "href": "http://127.0.0.1:31050/admin/django_celery_results/taskresult/"
      }
     ],
     "columns": [
      "TaskResult row",
      "status",
      "jobs",
      "done at",
      "worker"
     ],
     "rows": [
      [
       "15e22018-4870-46d3-ad71-bc9186b643fd",
       "SUCCESS",
       60,
       "18:20:01",
       "jobsite@vm"
      ]
     ]
    },
    "saved": "count jobs (demo): every 5 s",
    "beat sent it after": "5.0 s",
    "task_result": [
     {
      "task_id": "15e22018-4870-46d3-ad71-bc9186b643fd",
      "status": "SUCCESS",
      "jobs": 60,
      "done at": "18:20:01",
      "worker": "jobsite@vm"
     }
    ]
   },
   "error": null,
   "tasks": [
    {
     "uuid": "15e22018-4870-46d3-ad71-bc9186b643fd",
     "name": "demo.jobsite.tasks.count_jobs",
     "hostname": "jobsite@vm",
     "at": 1795717201.2970254,
     "event": "task-succeeded",
     "state": "SUCCEEDED",
     "pool": "jobsite",
     "runtime": 2.189535936999164,
     "result": "{'jobs': 60, 'counted_at': '2026-11-26T18:20:01Z'}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:31379/0",
   "started": 1795717188.2032824,
   "finished": 1795717201.2994082,
   "duration": 13.096,
   "timestamp": 1795717201.2994263
  }
 ]
};
