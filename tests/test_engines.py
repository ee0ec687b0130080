"""Engines: real TF-IDF scoring on the engines worker, chunked, with a soft time limit."""

from __future__ import annotations

import sqlite3
import uuid

import pytest

from brownbag.feeds import serving
from demo.engines import cosine, idf, load_candidates, score_chunk, start_matching, tokens, vector
from demo.imports import feed_urls, start_import
from demo.store import open_store


def test_cosine_of_tfidf_vectors():
    docs = [tokens("senior python developer django celery"), tokens("nurse night shifts hospital"),
            tokens("python data engineer airflow")]
    weights = idf(docs)
    python_dev, nurse, data = (vector(d, weights) for d in docs)
    assert cosine(python_dev, python_dev) == pytest.approx(1.0)
    assert cosine(python_dev, nurse) == 0.0
    assert 0 < cosine(python_dev, data) < 1
    assert "the" not in tokens("The job") and "node.js" in tokens("Node.js and C#")


def empty(store) -> None:
    """No job imported: the store of a fresh stack."""
    if store.kind == "sqlite":
        with sqlite3.connect(store.path, timeout=30) as db:
            db.execute("DELETE FROM jobs")
    else:
        store.db.jobs.delete_many({})
    assert store.count_jobs() == 0


def test_engines_on_an_empty_store_imports_first_then_scores_twice_in_a_row(stack):
    """Engines shown before Imports on a fresh stack: the run imports a batch itself
    (the import's own tasks, from the stack's feeds server), says so, and scores."""
    from support.scenarios import run_scenario

    store = open_store()
    empty(store)
    notes = []
    for _ in range(2):
        run = run_scenario("engines.run", chunk_size=10)
        summary = run.summary()
        assert summary["status"] == "succeeded", summary.get("error")
        assert summary["result"]["scored"] == len(load_candidates()) and summary["result"]["top"]
        notes.append([item["text"] for item in run.items if item["kind"] == "note"])
    first, second = notes
    assert first[0].startswith("the job store is empty: importing ") and \
        "first from the stack's partner feeds at http://127.0.0.1:" in first[0], first
    assert any(n.startswith("imported: ") and " new," in n for n in first), first
    # Imported for real, through Celery: the import_feed tasks ran on the workers.
    assert store.count_jobs() > 0
    assert not any("store is empty" in n for n in second), second  # the second run scores at once


@pytest.fixture(scope="module")
def imported(stack):
    if not open_store().count_jobs():
        with serving() as feeds:
            start_import(feed_urls(feeds.url), backoff=0.1).get(timeout=120)
    return open_store()


def test_matching_ranks_and_stores_the_top_matches(imported):
    result = start_matching(chunk_size=7, top_k=2).get(timeout=120)
    candidates = len(load_candidates())
    assert result["chunks"] == -(-candidates // 7) and result["scored"] == candidates
    assert result["timed_out"] == 0 and all(w.startswith("engines@") for w in result["workers"])
    scores = [m["score"] for m in result["top"]]
    assert scores == sorted(scores, reverse=True) and 0 < scores[0] <= 1
    stored = imported.matches(result["run_id"])
    assert len(stored) == candidates * 2 and {m["rank"] for m in stored} == {1, 2}


def test_soft_time_limit_stops_an_oversized_input_cleanly(imported):
    oversized = sorted(load_candidates()) * 10_000  # 300,000 candidates in one chunk
    run_id = f"runaway-{uuid.uuid4().hex[:8]}"
    report = score_chunk.apply_async((run_id, oversized), soft_time_limit=1).get(timeout=60)
    assert report["status"] == "timed_out"
    assert 0 <= report["scored"] < report["of"] == len(oversized)
    assert report["hostname"].startswith("engines@")
    # What it scored before the limit was kept (a candidate scored twice keeps one set of matches).
    assert len(imported.matches(run_id)) == min(report["scored"], len(load_candidates())) * 3


def test_unknown_candidate_is_a_clear_error(imported):
    with pytest.raises(ValueError, match="unknown candidate id"):
        score_chunk.delay("bad", ["CAND-999"]).get(timeout=30)


def test_engines_scenario_shows_top_matches_and_the_runaway_chunk(imported):
    from support.scenarios import run_scenario

    run = run_scenario("engines.run", chunk_size=10, soft_time_limit=1.0, runaway=150_000)
    summary = run.summary()
    assert summary["status"] == "succeeded", summary.get("error")
    result = summary["result"]
    assert result["chunks"] == 4 and result["timed_out"] == 1  # only the runaway chunk was stopped
    notes = [item["text"] for item in run.items if item["kind"] == "note"]
    assert any("hit the soft time limit" in note for note in notes)
    assert any(" -> " in note for note in notes)  # top matches shown
