"""Django settings of the job site: the admin, django-celery-beat, django-celery-results.

Production-style: no DEBUG, the secret key from the environment (``invoke up``
generates it and keeps it with the other credentials), SQLite and the collected
static files under the stack's home, static files served by WhiteNoise.
"""

import os
from urllib.parse import urlsplit

from demo import environment

HOME = environment.home()

try:
    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
except KeyError:
    raise RuntimeError("DJANGO_SECRET_KEY is not set: `invoke up` sets it for the stack's "
                       "processes; by hand, export your own") from None
DEBUG = False
# The site listens where the deck does (``invoke up`` binds both to ``brownbag.bind``).
ALLOWED_HOSTS = [urlsplit(environment.deck_origin()).hostname, "127.0.0.1", "localhost"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_celery_beat",     # PeriodicTask, IntervalSchedule, CrontabSchedule... in the admin
    "django_celery_results",  # TaskResult: the results of tasks whose backend is the database
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "demo.jobsite.framing.FramedByTheDeck",
]

ROOT_URLCONF = "demo.jobsite.urls"
WSGI_APPLICATION = "demo.jobsite.wsgi.application"
TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "APP_DIRS": True,
    "OPTIONS": {"context_processors": [
        "django.template.context_processors.request",
        "django.contrib.auth.context_processors.auth",
        "django.contrib.messages.context_processors.messages",
    ]},
}]

DATABASES = {"default": {
    "ENGINE": "django.db.backends.sqlite3",
    "NAME": HOME / "jobsite.sqlite3",
    # Beat, the worker and the admin write to it at once, so each waits up to 20 s for the
    # lock. IMMEDIATE: a transaction takes the write lock when it begins. A deferred one
    # (the default) that read first, as the admin's save does, gets "database is locked"
    # at once if another process is committing: SQLite won't wait there, it could deadlock.
    "OPTIONS": {"timeout": 20, "transaction_mode": "IMMEDIATE"},
}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

STATIC_URL = "/static/"
STATIC_ROOT = HOME / "jobsite-static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

TIME_ZONE = "UTC"  # the same as the Celery app's: schedules read the same in both
USE_TZ = True

# The deck (on the live server's port) shows this admin in a frame: allow that origin only.
DECK_ORIGIN = environment.deck_origin()
