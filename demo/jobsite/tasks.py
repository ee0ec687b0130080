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

``sign_up`` and ``welcome``: a task sent inside a transaction, before and after
its commit (``delay()`` against ``delay_on_commit()``)::

    >>> sign_up.delay("ada", on_commit=False).get(timeout=10)   # with a DatabaseBackend result
    {'user': 'ada', 'sent with': 'delay()'}
"""

import os
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "demo.jobsite.settings")
django.setup()  # a no-op where Celery's Django fixup did it already (worker, beat)

from celery.contrib.django.task import DjangoTask  # noqa: E402
from django.contrib.auth.models import User  # noqa: E402  needs setup()
from django.db import transaction  # noqa: E402
from django_celery_results.backends.database import DatabaseBackend  # noqa: E402  needs setup()

from ..celery import app  # noqa: E402
from ..store import open_store  # noqa: E402


@app.task(backend=DatabaseBackend(app))  # its results: TaskResult rows
def count_jobs():
    """How many jobs the imports have stored: what the team watches in the admin."""
    return {"jobs": open_store().count_jobs(),
            "counted_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}


@app.task(base=DjangoTask)  # what Celery's Django fixup makes every task; said here
def welcome(user_id):
    """Welcome a new user: reads the row the sign-up wrote."""
    user = User.objects.get(pk=user_id)  # DoesNotExist while it is not committed
    return f"welcome, {user.username}"


@app.task(base=DjangoTask, backend=DatabaseBackend(app))  # its report: a TaskResult row
def sign_up(username, on_commit):
    """A sign-up view's work: one transaction writes the user and sends ``welcome``."""
    with transaction.atomic():
        user = User.objects.create_user(username)
        if on_commit:
            welcome.delay_on_commit(user.pk)  # sent after the COMMIT
        else:
            sent = welcome.delay(user.pk)  # sent now, inside the transaction
            # The view works on until welcome has run: the race, lost every time.
            sent.get(propagate=False, disable_sync_subtasks=False, timeout=30)
    return {"user": username, "sent with": "delay_on_commit()" if on_commit else "delay()"}
