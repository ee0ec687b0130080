"""Imports: real feeds over real HTTP, real workers on gevent, a real store."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from brownbag.feeds import FEEDS_DIR, feed_names, serving
from demo.celery import app
from demo.imports import FeedRejected, feed_urls, is_valid, parse, start_import
from demo.store import open_store

from support.scenarios import run_scenario


def test_every_partner_format_parses_to_one_shape():
    for name in feed_names():
        jobs = parse(name, "", (FEEDS_DIR / name).read_text())
        valid = [job for job in jobs if is_valid(job)]
        assert len(valid) >= 10, name
        for job in valid:
            assert job["source"] == name and job["ref"] and job["title"]
            assert job["company"] and job["city"] and job["description"], job
        assert len({job["ref"] for job in valid}) == len(valid), f"{name}: duplicate references"
    # Partners send broken records; they are kept apart, not imported.
    assert any(not is_valid(job) for job in parse("acme-careers.xml", "", (FEEDS_DIR / "acme-careers.xml").read_text()))


@pytest.mark.parametrize("text", ["<source><job>", "{\"offers\": 3}", "not a feed at all"])
def test_unreadable_feed_is_rejected_with_a_reason(text):
    with pytest.raises(FeedRejected, match="unreadable feed"):
        parse("partner.xml", "", text)


def test_feed_server_latency_and_failures_are_configurable():
    with serving(latency=0.0) as feeds:
        listed = json.load(urllib.request.urlopen(f"{feeds.url}/feeds", timeout=5))
        assert listed == feed_names()
        with pytest.raises(urllib.error.HTTPError) as failed:
            urllib.request.urlopen(feeds.feed_url("acme-careers.xml", fail=1), timeout=5)
        assert failed.value.code == 503
        body = urllib.request.urlopen(feeds.feed_url("jobboard-fr.json", fail=0), timeout=5).read()
        assert json.loads(body)["meta"]["partner"] == "JobBoard FR"
        assert feeds.server_address[0] == "127.0.0.1"


def test_beat_schedules_the_import_without_dropping_other_entries():
    schedule = app.conf.beat_schedule
    assert schedule["imports-every-15-minutes"]["task"] == "demo.imports.scheduled_import"
    assert "tick-every-interval" in schedule  # demo.periodic's entries are still there


def test_routes_send_fetching_to_gevent():
    assert app.amqp.router.route({}, "demo.imports.import_feed")["queue"].name == "gevent"
    assert app.amqp.router.route({}, "demo.engines.score_chunk")["queue"].name == "engines"


def test_import_twice_updates_never_duplicates(stack):
    store = open_store()
    with serving(latency=0.05) as feeds:
        first = start_import(feed_urls(feeds.url), backoff=0.1).get(timeout=120)
        count = store.count_jobs()
        second = start_import(feed_urls(feeds.url), backoff=0.1).get(timeout=120)
    assert first["totals"]["failed"] == 0 and second["totals"]["failed"] == 0
    imported = first["totals"]["new"] + first["totals"]["updated"]
    assert imported == 60 and first["totals"]["invalid"] == 2
    assert second["totals"]["new"] == 0 and second["totals"]["updated"] == imported
    assert store.count_jobs() == count >= imported
    assert {job["version"] for job in store.jobs() if job["source"] in feed_names()} - {1} , "no row was updated"
    assert second["store"] == store.describe()


def test_failing_feed_is_reported_and_does_not_block_the_others(stack):
    broken, *healthy = feed_names()
    with serving(latency=0.0) as feeds:
        urls = [feeds.feed_url(broken, fail=1)] + [feeds.feed_url(name, fail=0) for name in healthy]
        summary = start_import(urls, backoff=0.1).get(timeout=120)
        hits = dict(feeds.hits)
    by_feed = {report["feed"]: report for report in summary["feeds"]}
    assert by_feed[broken]["status"] == "failed" and "503" in by_feed[broken]["error"]
    assert by_feed[broken]["attempts"] == 4 == hits[broken]  # 1 try + 3 retries with back-off
    assert all(by_feed[name]["status"] == "ok" and hits[name] == 1 for name in healthy)
    assert summary["totals"]["failed"] == 1 and summary["totals"]["ok"] == len(healthy)


def check_upserts_are_idempotent(store):
    jobs = [{"source": "test-feed.xml", "ref": f"T-{i}", "title": f"Job {i}"} for i in range(3)]
    before = store.count_jobs()
    assert store.upsert_jobs(jobs) == {"new": 3, "updated": 0}
    assert store.upsert_jobs(jobs) == {"new": 0, "updated": 3}
    assert store.count_jobs() == before + 3
    assert {job["version"] for job in store.jobs() if job["source"] == "test-feed.xml"} == {2}


def test_sqlite_store_upserts_and_says_why_it_is_used(tmp_path):
    from demo.store import SQLiteStore

    store = SQLiteStore(tmp_path / "store.sqlite", why="no MongoDB answered at mongodb://nowhere")
    check_upserts_are_idempotent(store)
    assert store.describe().startswith("SQLite store.sqlite") and "no MongoDB answered" in store.describe()


def test_mongo_store_upserts_when_a_mongodb_answers():
    from demo.store import MongoStore, _mongo_client, mongo_url

    from support.skips import need

    url = mongo_url()
    client = _mongo_client(url)
    if client is None:
        need("mongo", f"no MongoDB answers at {url} (it has no Debian package here): the store falls back to SQLite")
    store = MongoStore(client, url)
    store.db.jobs.delete_many({"source": "test-feed.xml"})
    check_upserts_are_idempotent(store)
    assert store.describe() == f"MongoDB at {url}"


def test_imports_scenario_names_the_store_and_the_failed_feed(stack):
    run = run_scenario("imports.run", latency=0.0, flaky="none", broken="startup-hub.json", backoff=0.1)
    summary = run.summary()
    assert summary["status"] == "succeeded", summary.get("error")
    notes = [item["text"] for item in run.items if item["kind"] == "note"]
    assert notes[0].startswith("store: ") and open_store().describe() in notes[0]
    assert any(note.startswith("startup-hub.json: FAILED after 4 attempts") for note in notes)
    assert summary["result"]["totals"]["failed"] == 1 and summary["result"]["totals"]["ok"] == 3
