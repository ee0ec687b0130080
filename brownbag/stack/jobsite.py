"""The Django job site (``demo.jobsite``) in the stack: prepared by ``up``, run by supervisord.

    >>> seconds = prepare(cfg, env, creds)      # migrations, static files, the admin user
    >>> [p.name for p in programs(cfg, env)]
    ['django', 'worker-jobsite']

``prepare`` runs Django's own management commands in a subprocess with the
site's environment, so this process never sets Django up.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

from .errors import StackError
from .programs import WARM_SHUTDOWN_GRACE, Program, celery

SETTINGS_MODULE = "demo.jobsite.settings"
SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"

# In one Django process (each start costs about a second): the migrations, the static
# files, and the admin user made or mended from the generated credentials, which come
# in the environment (ps shows argv to every user). Only a password that differs is set
# again, so `up` twice changes nothing.
PREPARE = """
import os
from django.contrib.auth import get_user_model
from django.core.management import call_command
call_command("migrate", interactive=False, verbosity=0)
call_command("collectstatic", interactive=False, verbosity=0)
user, _ = get_user_model().objects.get_or_create(username=os.environ["BROWNBAG_ADMIN_USER"])
changed = not (user.is_staff and user.is_superuser and user.is_active)
user.is_staff = user.is_superuser = user.is_active = True
if not user.check_password(os.environ["BROWNBAG_ADMIN_PASSWORD"]):
    user.set_password(os.environ["BROWNBAG_ADMIN_PASSWORD"])
    changed = True
if changed:
    user.save()
"""


def django_env(env: dict, creds: dict) -> dict[str, str]:
    """A Celery process's environment plus what Django needs: with it, Celery's Django
    fixup sets Django up in beat and in the worker before any task module is imported."""
    return {**env, "DJANGO_SETTINGS_MODULE": SETTINGS_MODULE,
            "DJANGO_SECRET_KEY": creds["django"]["secret_key"]}


def prepare(cfg: dict, env: dict, creds: dict, timeout: float = 120) -> float:
    """Migrations, static files and the admin user; returns the seconds it took.
    A failure is one line: the last line Django printed."""
    started = time.monotonic()
    admin = {"BROWNBAG_ADMIN_USER": creds["django"]["user"],
             "BROWNBAG_ADMIN_PASSWORD": creds["django"]["password"]}
    result = subprocess.run([sys.executable, "-m", "django", "shell", "--no-imports",
                             "--command", PREPARE], capture_output=True, text=True,
                            timeout=timeout, env={**os.environ, **env, **admin})
    if result.returncode:
        lines = [line for line in (result.stderr or result.stdout).splitlines() if line.strip()]
        raise StackError(f"preparing the Django job site failed: {lines[-1] if lines else 'no output'}")
    return time.monotonic() - started


def site(cfg: dict, env: dict) -> Program:
    """The admin under gunicorn (a production server, not runserver); WhiteNoise serves
    its static files from what collectstatic gathered."""
    port = cfg["ports"]["django"]
    return Program("django", [sys.executable, "-m", "gunicorn", "demo.jobsite.wsgi",
                              "--bind", f"{cfg['bind']}:{port}", "--workers", "2",
                              "--access-logfile", "-", "--error-logfile", "-"],
                   kind="service", env=env, port=port,
                   url=f"http://{cfg['bind']}:{port}/admin/")


def worker(cfg: dict, env: dict) -> Program:
    """The one worker with Django set up: it runs the site's tasks and stores their results
    in the site's database. Named after its queue, like every worker of the stack (the
    readiness round trip on the SQLite broker sends to the queue named after the worker)."""
    return Program("worker-jobsite", celery(
        "worker", "-P", "threads", "-c", "2", "-Q", "jobsite", "-I", "demo.jobsite.tasks",
        "-n", "jobsite@%h", "-E", "--loglevel=INFO",
    ), kind="worker", env=env, stopwaitsecs=WARM_SHUTDOWN_GRACE, stopasgroup=False)


def programs(cfg: dict, env: dict) -> list[Program]:
    return [site(cfg, env), worker(cfg, env)]
