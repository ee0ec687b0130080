"""Work4Labs imports: partner job feeds fetched, parsed and upserted, one task per feed.

    $ python -m brownbag.feeds --latency 0.3 --fail-rate 0.3 &  # the partners, played locally
    >>> from demo.imports import start_import
    >>> summary = start_import().get(timeout=60)                  # group of feeds, chord summary
    >>> summary["totals"]
    {'feeds': 4, 'ok': 4, 'failed': 0, 'new': 60, 'updated': 0, 'invalid': 2}
    >>> start_import().get(timeout=60)["totals"]                  # again: updates, no duplicates
    {'feeds': 4, 'ok': 4, 'failed': 0, 'new': 0, 'updated': 60, 'invalid': 2}
    >>> summary["store"]
    'SQLite at .brownbag/store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)'

Fetching is IO-bound, so ``import_feed`` is routed to the ``gevent`` queue
(``task_routes`` in demo/celery.py): twenty greenlets wait on twenty partners at
once. A partner answering 5xx or timing out is retried with exponential back-off;
when the retries run out the feed is *reported* as failed, the others carry on,
and the chord's summary says new / updated / invalid / failed per feed.
Beat runs the same import every quarter of an hour (``imports-every-15-minutes``).
"""

from __future__ import annotations

import json
import random
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

from celery import chord
from celery.schedules import crontab
from celery.utils.log import get_task_logger

from . import (
    environment,
    periodic,  # noqa: F401  its beat_schedule must exist before we add to it
)
from .celery import app
from .store import open_store

logger = get_task_logger(__name__)

FETCH_TIMEOUT = 10  # seconds: a partner that never answers is a failure, not a hang


class FeedUnavailable(Exception):
    """The partner did not answer usefully this time (5xx, timeout, refused): worth a retry."""


class FeedRejected(Exception):
    """The partner answered with something we will never accept (4xx, unparsable): no retry."""


def fetch(url: str) -> tuple[str, str]:
    """GET a feed: (content type, text). Blocking urllib: gevent's monkey patching makes it cooperative."""
    try:
        with urllib.request.urlopen(url, timeout=FETCH_TIMEOUT) as response:
            return response.headers.get("Content-Type", ""), response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        if exc.code >= 500:
            raise FeedUnavailable(f"HTTP {exc.code} from {url}") from None
        raise FeedRejected(f"HTTP {exc.code} from {url}") from None
    except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
        reason = getattr(exc, "reason", exc)
        raise FeedUnavailable(f"{url}: {reason}") from None


# --- parsing: four partners, four formats, one job shape --------------------------------

def _job(source, ref, title, **fields) -> dict:
    return {"source": source, "ref": (ref or "").strip(), "title": (title or "").strip(), **fields}


def _parse_indeed_xml(root, source):
    for el in root.iter("job"):
        text = {child.tag: (child.text or "").strip() for child in el}
        yield _job(source, text.get("referencenumber"), text.get("title"), company=text.get("company", ""),
                   city=text.get("city", ""), country=text.get("country", ""), contract=text.get("jobtype", ""),
                   description=text.get("description", ""), posted=text.get("date", ""), skills=[])


def _parse_position_feed(root, source):
    ns = {"f": root.tag[1:].split("}")[0]} if root.tag.startswith("{") else {"f": ""}
    for el in root.findall("f:PositionOpening", ns):
        location = el.find("f:Location", ns)
        yield _job(source, el.get("id"), el.findtext("f:PositionTitle", "", ns),
                   company=el.findtext("f:Organization", "", ns),
                   city=location.get("city", "") if location is not None else "",
                   country=location.get("country", "") if location is not None else "",
                   contract=el.findtext("f:ContractType", "", ns),
                   description=el.findtext("f:Description", "", ns),
                   posted=el.findtext("f:PublishedOn", "", ns),
                   skills=[c.text for c in el.iterfind("f:Competencies/f:Competency", ns) if c.text])


def _parse_offers_json(doc, source):
    for offer in doc["offers"]:
        yield _job(source, offer.get("reference"), offer.get("name"),
                   company=(offer.get("employer") or {}).get("name", ""),
                   city=(offer.get("place") or {}).get("city", ""),
                   country=(offer.get("place") or {}).get("country_code", ""),
                   contract=offer.get("contract_type", ""), description=offer.get("body", ""),
                   posted=(offer.get("published_at") or "")[:10], skills=offer.get("tags") or [])


def _parse_list_json(doc, source):
    for item in doc:
        city, _, country = (item.get("location") or "").partition(", ")
        yield _job(source, item.get("job_id"), item.get("title"), company=item.get("company_name", ""),
                   city=city, country=country, contract=item.get("employment", ""),
                   description=item.get("summary", ""), posted=item.get("created", ""),
                   skills=item.get("stack") or [])


def parse(source: str, content_type: str, text: str) -> list[dict]:
    """Any of the partners' formats -> a list of jobs in one shape (invalid ones included, flagged later)."""
    try:
        if "xml" in content_type or text.lstrip().startswith("<"):
            root = ET.fromstring(text)
            parser = _parse_indeed_xml if root.tag == "source" else _parse_position_feed
            return list(parser(root, source))
        doc = json.loads(text)
        return list(_parse_offers_json(doc, source) if isinstance(doc, dict) else _parse_list_json(doc, source))
    except (ET.ParseError, json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
        raise FeedRejected(f"{source}: unreadable feed ({exc.__class__.__name__}: {exc})") from None


def is_valid(job: dict) -> bool:
    return bool(job["ref"] and job["title"])


@app.task(bind=True, max_retries=3, acks_late=True)
def import_feed(self, url: str, backoff: float = 0.5):
    """Fetch, parse and upsert one partner feed. Always returns a report, even on failure."""
    source = urlsplit(url).path.rsplit("/", 1)[-1]
    attempt = self.request.retries + 1
    try:
        content_type, text = fetch(url)
        jobs = parse(source, content_type, text)
    except FeedUnavailable as exc:
        if self.request.retries < self.max_retries:
            # Exponential back-off with jitter: 0.5 s, 1 s, 2 s ... flaky partners get room.
            countdown = backoff * 2 ** self.request.retries * random.uniform(0.8, 1.2)
            logger.warning("%s: %s, retry %d in %.1f s", source, exc, attempt, countdown)
            # self.retry() raises Retry itself (chained to exc); `raise` is Celery's documented idiom.
            raise self.retry(exc=exc, countdown=countdown)  # noqa: B904
        return failed(source, url, exc, attempt)
    except FeedRejected as exc:
        return failed(source, url, exc, attempt)
    valid = [job for job in jobs if is_valid(job)]
    store = open_store()
    counts = store.upsert_jobs(valid)
    logger.info("%s: %d new, %d updated, %d invalid", source, counts["new"], counts["updated"],
                len(jobs) - len(valid))
    return {"feed": source, "status": "ok", "attempts": attempt, "jobs": len(jobs),
            "invalid": len(jobs) - len(valid), **counts, "store": store.kind}


def failed(source, url, exc, attempt) -> dict:
    """A feed that gave up: a report in the summary, never an exception that would sink the chord."""
    logger.error("%s: giving up after %d attempt(s): %s", source, attempt, exc)
    return {"feed": source, "status": "failed", "attempts": attempt, "error": str(exc),
            "jobs": 0, "invalid": 0, "new": 0, "updated": 0}


@app.task
def summarise(reports: list[dict]) -> dict:
    """The chord's body: runs once every feed has reported."""
    totals = {"feeds": len(reports), "ok": 0, "failed": 0, "new": 0, "updated": 0, "invalid": 0}
    for report in reports:
        totals[report["status"]] += 1
        for key in ("new", "updated", "invalid"):
            totals[key] += report[key]
    return {"totals": totals, "feeds": reports, "store": open_store().describe(),
            "finished_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}


def feed_urls(base: str | None = None, names: list[str] | None = None, **overrides) -> list[str]:
    """Each feed's URL; without ``names``, every feed the partners list at ``/feeds``."""
    base = (base or environment.feeds_url()).rstrip("/")
    names = names or json.loads(fetch(f"{base}/feeds")[1])
    query = "&".join(f"{key}={value}" for key, value in overrides.items() if value is not None)
    return [f"{base}/feeds/{name}" + (f"?{query}" if query else "") for name in names]


def import_all(urls: list[str] | None = None, backoff: float = 0.5):
    """One ``import_feed`` per feed (a group), summarised once all have reported
    (the chord's body)."""
    header = [import_feed.s(url, backoff=backoff) for url in urls or feed_urls()]
    return chord(header, summarise.s())


def start_import(urls: list[str] | None = None, backoff: float = 0.5):
    return import_all(urls, backoff).apply_async()


@app.task
def scheduled_import(base: str | None = None):
    """What beat sends: start the chord and return its id (never wait on subtasks inside a task)."""
    return start_import(feed_urls(base)).id


app.conf.beat_schedule = {
    **(app.conf.beat_schedule or {}),
    "imports-every-15-minutes": {
        "task": "demo.imports.scheduled_import",
        "schedule": crontab(minute="*/15"),
        "options": {"expires": 600},  # a stale import is replaced by the next one
    },
}
