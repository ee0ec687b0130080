"""celery beat: the scheduler that replaces cron by sending task messages on time.

    $ celery -A demo beat          # one beat per cluster, or ticks are doubled
    $ celery -A demo worker -E     # someone has to run what beat sends

``tick`` runs on an interval, ``minute`` on a crontab; beat only sends, the
workers run.
"""

from datetime import datetime, timezone

from celery.schedules import crontab

from . import environment
from .celery import app


@app.task(bind=True)
def tick(self, schedule):
    return {"schedule": schedule, "ran_at": datetime.now(timezone.utc).isoformat(),
            "hostname": self.request.hostname}


app.conf.beat_schedule = {
    "tick-every-interval": {
        "task": "demo.periodic.tick",
        "schedule": environment.beat_interval(),  # seconds
        "args": ("interval",),
        "options": {"expires": 30},  # a tick nobody ran in time is pointless
    },
    "tick-every-minute": {
        "task": "demo.periodic.tick",
        "schedule": crontab(minute="*"),  # cron syntax: every minute
        "args": ("crontab",),
    },
}
