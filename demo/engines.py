"""Work4Labs engines: score candidates against the imported jobs, CPU-bound, on its own queue.

    $ celery -A demo worker -P prefork -Q engines -n engines@%h      # `invoke up` starts it
    >>> from demo.engines import start_matching
    >>> result = start_matching(chunk_size=10).get(timeout=120)      # chunks in a chord
    >>> result["chunks"], result["scored"], result["timed_out"]
    (3, 30, 0)
    >>> result["top"][0]
    {'candidate': 'CAND-020', 'name': 'Thomas', 'rank': 1, 'job_key': 'jobboard-fr.json:JB-1013',
     'title': 'Junior Marketing Manager', 'score': 0.9481}
    >>> from demo.engines import score_chunk
    >>> score_chunk.apply_async(("run-x", ["CAND-001"] * 50_000), soft_time_limit=2).get()
    {'status': 'timed_out', 'scored': 11019, 'of': 50000, ...}    # stopped cleanly at 2 s

Scoring is real text retrieval in pure Python: TF-IDF vectors over the jobs,
cosine similarity with each candidate's profile. Pure Python holds the GIL, so
only processes run it in parallel: ``task_routes`` sends every ``demo.engines``
task to the ``engines`` queue, served by a prefork worker of its own so a big
matching run never starves the imports. Candidates go out in chunks (one task
each, a chord collects them) so work spreads over the processes and one chunk's
soft time limit bounds what a runaway input can cost.
"""

from __future__ import annotations

import heapq
import json
import math
import re
import time
import uuid
from collections import Counter
from pathlib import Path

from celery import chord
from celery.exceptions import SoftTimeLimitExceeded
from celery.utils.log import get_task_logger

from .celery import app
from .store import open_store

logger = get_task_logger(__name__)

CANDIDATES = Path(__file__).resolve().parent / "data" / "candidates.json"
STOPWORDS = frozenset(
    "a an and are as at be by every for from in is it of on or our the to we will with you your "
    "years year experience expected hiring based looking role some work day plus value".split()
)


def load_candidates() -> dict[str, dict]:
    return {c["id"]: c for c in json.loads(CANDIDATES.read_text(encoding="utf-8"))}


def tokens(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9][a-z0-9+#./-]*[a-z0-9+#]|[a-z0-9]", text.lower())
            if w not in STOPWORDS]


def job_text(job: dict) -> str:
    # The title and the skills say more than the prose: count them twice.
    return " ".join([job["title"]] * 2 + job.get("skills", []) * 2 + [job.get("description", "")])


def candidate_text(candidate: dict) -> str:
    return " ".join([candidate["headline"]] * 2 + candidate.get("skills", []) * 2 + [candidate["summary"]])


def idf(documents: list[list[str]]) -> dict[str, float]:
    df = Counter(term for doc in documents for term in set(doc))
    n = len(documents)
    return {term: math.log((1 + n) / (1 + count)) + 1 for term, count in df.items()}


def vector(terms: list[str], weights: dict[str, float]) -> dict[str, float]:
    """A unit-length TF-IDF vector; terms the jobs never use weigh nothing."""
    tf = Counter(terms)
    vec = {t: (1 + math.log(c)) * weights[t] for t, c in tf.items() if t in weights}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


@app.task(bind=True, soft_time_limit=10, time_limit=20)
def score_chunk(self, run_id: str, candidate_ids: list[str], top_k: int = 3):
    """Score one chunk of candidates against every job; a soft time limit ends it cleanly."""
    jobs = open_store().jobs()
    if not jobs:
        raise ValueError("no jobs imported yet: run the import first (invoke demo imports.run)")
    known = load_candidates()
    unknown = sorted(set(candidate_ids) - known.keys())
    if unknown:
        raise ValueError(f"unknown candidate id(s): {', '.join(unknown[:5])}")
    job_terms = [tokens(job_text(job)) for job in jobs]
    weights = idf(job_terms)
    job_vectors = [vector(terms, weights) for terms in job_terms]
    started, matches, scored = time.monotonic(), [], 0
    try:
        for candidate_id in candidate_ids:
            candidate = known[candidate_id]
            cvec = vector(tokens(candidate_text(candidate)), weights)
            best = heapq.nlargest(top_k, ((cosine(cvec, jvec), i) for i, jvec in enumerate(job_vectors)))
            matches += [{"candidate": candidate_id, "name": candidate["name"], "rank": rank,
                         "job_key": jobs[i]["key"], "title": jobs[i]["title"], "score": round(score, 4)}
                        for rank, (score, i) in enumerate(best, 1)]
            scored += 1
        status = "ok"
    except SoftTimeLimitExceeded:
        # The soft limit is an exception raised inside the task: keep what is
        # scored, say so, and free the process before the hard limit kills it.
        status = "timed_out"
        logger.warning("soft time limit: scored %d of %d candidates", scored, len(candidate_ids))
    open_store().save_matches(run_id, matches)
    return {"status": status, "scored": scored, "of": len(candidate_ids), "jobs": len(jobs),
            "seconds": round(time.monotonic() - started, 3), "hostname": self.request.hostname}


@app.task
def rank(chunk_reports: list[dict], run_id: str, top: int = 10) -> dict:
    """The chord's body: what the whole run did, and its best matches from the store."""
    matches = open_store().matches(run_id)
    best_per_candidate = {}
    for m in matches:  # sorted by score: the first seen is the candidate's best
        best_per_candidate.setdefault(m["candidate"], m)
    return {"run_id": run_id, "chunks": len(chunk_reports),
            "scored": sum(r["scored"] for r in chunk_reports),
            "timed_out": sum(r["status"] == "timed_out" for r in chunk_reports),
            "jobs": max((r["jobs"] for r in chunk_reports), default=0),
            "workers": sorted({r["hostname"] for r in chunk_reports}),
            "store": open_store().describe(),
            "top": sorted(best_per_candidate.values(), key=lambda m: -m["score"])[:top]}


def matching(candidate_ids: list[str] | None = None, chunk_size: int = 10, top_k: int = 3,
             soft_time_limit: float | None = None):
    """Chunks of candidates, one ``score_chunk`` each, collected by ``rank`` in a chord.

    Returns (run id, chord)."""
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    ids = candidate_ids or sorted(load_candidates())
    run_id = f"match-{uuid.uuid4().hex[:8]}"
    options = {"soft_time_limit": soft_time_limit} if soft_time_limit else {}
    header = [score_chunk.s(run_id, ids[i:i + chunk_size], top_k).set(**options)
              for i in range(0, len(ids), chunk_size)]
    return run_id, chord(header, rank.s(run_id))


def start_matching(*args, **kwargs):
    return matching(*args, **kwargs)[1].apply_async()
