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
 "recorded": "2026-11-26T19:04:04+00:00",
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
   "run_id": "dd6337eaa34f",
   "demo": "ecosystem.django",
   "title": "A schedule saved in the Django admin: beat runs it, the admin lists its result",
   "params": {
    "every": 5
   },
   "broker": "redis://127.0.0.1:26379/0",
   "follow": "events",
   "command": "invoke demo ecosystem.django",
   "timestamp": 1795719844.535972
  },
  {
   "kind": "note",
   "text": "saved in the admin: 'count jobs (demo)', demo.jobsite.tasks.count_jobs every 5 s, enabled (edited); beat looks for changes every 5 s",
   "data": null,
   "timestamp": 1795719845.0601027
  },
  {
   "kind": "event",
   "type": "task-sent",
   "uuid": "0640eb0a-5e78-4744-b741-dc21e0f768bb",
   "name": "demo.jobsite.tasks.count_jobs",
   "hostname": "gen303@vm",
   "timestamp": 1795719850.0561492,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "0640eb0a-5e78-4744-b741-dc21e0f768bb",
   "parent_id": null,
   "pid": 303,
   "queue": "jobsite",
   "routing_key": "jobsite",
   "pool": null
  },
  {
   "kind": "event",
   "type": "task-received",
   "uuid": "0640eb0a-5e78-4744-b741-dc21e0f768bb",
   "name": "demo.jobsite.tasks.count_jobs",
   "hostname": "jobsite@vm",
   "timestamp": 1795719850.0597801,
   "args": "()",
   "kwargs": "{}",
   "retries": 0,
   "eta": null,
   "expires": null,
   "root_id": "0640eb0a-5e78-4744-b741-dc21e0f768bb",
   "parent_id": null,
   "pid": 302,
   "pool": "jobsite"
  },
  {
   "kind": "event",
   "type": "task-started",
   "uuid": "0640eb0a-5e78-4744-b741-dc21e0f768bb",
   "hostname": "jobsite@vm",
   "timestamp": 1795719850.0602367,
   "pid": 302,
   "pool": "jobsite"
  },
  {
   "kind": "note",
   "text": "beat sent it 5.0 s after the save",
   "data": null,
   "timestamp": 1795719850.1516616
  },
  {
   "kind": "event",
   "type": "task-succeeded",
   "uuid": "0640eb0a-5e78-4744-b741-dc21e0f768bb",
   "hostname": "jobsite@vm",
   "timestamp": 1795719850.7092218,
   "pid": 302,
   "runtime": 0.6482139649997407,
   "result": "{'jobs': 60, 'counted_at': '2026-11-26T19:04:10Z'}",
   "pool": "jobsite"
  },
  {
   "kind": "note",
   "text": "TaskResult row 0640eb0a: SUCCESS, listed at http://127.0.0.1:28050/admin/django_celery_results/taskresult/; the schedule is switched off again",
   "data": null,
   "timestamp": 1795719850.711605
  },
  {
   "kind": "summary",
   "run_id": "dd6337eaa34f",
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
       "value": "http://127.0.0.1:28050/admin/django_celery_results/taskresult/",
       "href": "http://127.0.0.1:28050/admin/django_celery_results/taskresult/"
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
       "0640eb0a-5e78-4744-b741-dc21e0f768bb",
       "SUCCESS",
       60,
       "19:04:10",
       "jobsite@vm"
      ]
     ]
    },
    "saved": "count jobs (demo): every 5 s",
    "beat sent it after": "5.0 s",
    "task_result": [
     {
      "task_id": "0640eb0a-5e78-4744-b741-dc21e0f768bb",
      "status": "SUCCESS",
      "jobs": 60,
      "done at": "19:04:10",
      "worker": "jobsite@vm"
     }
    ]
   },
   "error": null,
   "tasks": [
    {
     "uuid": "0640eb0a-5e78-4744-b741-dc21e0f768bb",
     "name": "demo.jobsite.tasks.count_jobs",
     "hostname": "jobsite@vm",
     "at": 1795719850.7092218,
     "event": "task-succeeded",
     "state": "SUCCEEDED",
     "pool": "jobsite",
     "runtime": 0.6482139649997407,
     "result": "{'jobs': 60, 'counted_at': '2026-11-26T19:04:10Z'}"
    }
   ],
   "follow": "events",
   "broker": "redis://127.0.0.1:26379/0",
   "started": 1795719844.535972,
   "finished": 1795719850.71175,
   "duration": 6.176,
   "timestamp": 1795719850.7117708
  }
 ]
};
