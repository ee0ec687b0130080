"""Work4Labs' job site, the Django side: the admin where the team manages Celery.

django-celery-beat keeps beat's schedule in this site's database, so a periodic
task added or edited in the admin takes effect without restarting beat;
django-celery-results keeps the results of the tasks that ask for it
(``tasks.py``) in a table the admin lists::

    $ export DJANGO_SETTINGS_MODULE=demo.jobsite.settings DJANGO_SECRET_KEY=...
    $ python -m django migrate && python -m django createsuperuser
    $ gunicorn demo.jobsite.wsgi --bind 127.0.0.1:8050             # the admin at /admin/
    $ celery -A demo beat -S django_celery_beat.schedulers:DatabaseScheduler
    $ celery -A demo worker -Q jobsite -I demo.jobsite.tasks

``invoke up`` does all of that (``--no-django`` leaves it out). With
``DJANGO_SETTINGS_MODULE`` set, Celery's Django fixup calls ``django.setup()``
in beat and the worker before they import any task module.
"""
