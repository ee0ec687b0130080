"""celery beat: its messages arriving live; an interval and a crontab entry."""

import time
from datetime import datetime, timezone

from brownbag import settings

from .payoff import fact, plural, timeline
from .registry import Expect, Param, scenario
from .runs import RunFailed


@scenario(
    "beat.ticks", "Beat sends tick() on schedule; workers run it",
    slide="Celerybeat",
    expect=Expect(lambda r, i: r["ticks"] >= 2 and "interval" in r["schedules"], params={"seconds": 3.5}),
    params=[Param("seconds", float, 12.0, min=1, max=70, help="how long to watch")],
    timeout=90,
)
def ticks(run, seconds):
    """Adopts every periodic.tick beat sends while the run lasts. The interval entry
    ticks every beat_interval seconds; the crontab entry once a minute."""
    if run.follow != "events":
        raise RunFailed("beat's ticks are found through Celery events, and this broker carries "
                        "none: switch to redis or rabbitmq (invoke up --broker redis)")
    schedule = run.app.conf.beat_schedule
    cron = schedule["tick-every-minute"]["schedule"]
    next_cron = cron.remaining_estimate(datetime.now(timezone.utc)).total_seconds()
    run.note(f"interval: every {settings.beat_interval():g} s; crontab: {cron} "
             f"(next in {next_cron:.0f} s)")
    run.watch("demo.periodic.tick")
    run.sleep(seconds)
    time.sleep(0.5)  # the last tick's result
    ticks = [i for i in run.items if i["kind"] == "event" and i["type"] == "task-succeeded"]
    if not ticks:
        raise RunFailed(f"no tick arrived in {seconds:g} s: is beat running (invoke status)?")
    results = []
    for item in ticks:
        value = run.app.AsyncResult(item["uuid"]).result
        results.append(value if isinstance(value, dict) else {"result": item.get("result")})
    schedules = sorted({r.get("schedule", "?") for r in results})
    by = {name: sum(1 for r in results if r.get("schedule") == name) for name in ("interval", "crontab")}
    said = (f"{plural(len(results), 'tick')} in {seconds:g} s: {by['interval']} every "
            f"{settings.beat_interval():g} s, {by['crontab']} on the minute")
    return {"payoff": timeline(fact("ticks", len(results)), fact("schedules", ", ".join(map(str, schedules))),
                               fact("last", last_tick(results[-1])), headline=said),
            "ticks": len(results), "schedules": schedules, "last": results[-1]}


def last_tick(result: dict) -> str:
    """The last tick as the room reads it: "interval at 17:04:02 on prefork@vm" (its
    ISO time with microseconds and its dict stay in the run's result)."""
    if "ran_at" not in result:  # a result read from its event only: the repr as it came
        return str(result.get("result", result))
    ran_at = str(result["ran_at"])
    try:
        ran_at = datetime.fromisoformat(ran_at).strftime("%H:%M:%S")
    except ValueError:
        pass
    return f"{result.get('schedule', '?')} at {ran_at} on {result.get('hostname', '?')}"
