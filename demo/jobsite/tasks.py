"""The job site's periodic task: scheduled in the admin, its results listed there.

    $ celery -A demo worker -Q jobsite -I demo.jobsite.tasks      # DJANGO_SETTINGS_MODULE set
    >>> from demo.jobsite.tasks import count_jobs
    >>> count_jobs.delay().get(timeout=10)
    {'jobs': 60, 'counted_at': '2026-11-26T15:40:00Z'}

Beat sends it on the schedule the admin holds (a PeriodicTask row); the worker
that runs it stores its result as a TaskResult row, because this task's
``backend`` is django-celery-results' database backend. Every other task of
the talk keeps the app's Redis result backend: a backend is per task, not all or
nothing. The task is routed to the ``jobsite`` queue (demo/celery.py), whose
worker is the one process besides beat that sets Django up.
"""

import os
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "demo.jobsite.settings")
django.setup()  # a no-op where Celery's Django fixup did it already (worker, beat)

from django_celery_results.backends.database import DatabaseBackend  # noqa: E402  needs setup()

from ..celery import app  # noqa: E402
from ..store import open_store  # noqa: E402


@app.task(backend=DatabaseBackend(app))  # its results: TaskResult rows
def count_jobs():
    """How many jobs the imports have stored: what the team watches in the admin."""
    return {"jobs": open_store().count_jobs(),
            "counted_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
