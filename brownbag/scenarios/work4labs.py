"""Work4Labs case studies, live: the partner feed imports and the matching engine."""

from __future__ import annotations

from contextlib import ExitStack

from celery import chord

from brownbag import settings
from brownbag.feeds.server import feed_names, serving
from demo.engines import load_candidates, matching, rank, score_chunk
from demo.imports import FeedUnavailable, feed_urls, import_all
from demo.store import open_store

from .payoff import cell, fact, plural, table
from .registry import Expect, Param, scenario
from .runs import RunFailed

FEEDS = tuple(feed_names())


@scenario(
    "imports.run", "Partner feeds fetched on gevent, upserted, summarised by a chord",
    slide="Work4Labs usage / Imports",
    expect=Expect(lambda r, i: (r["totals"]["ok"], r["totals"]["failed"]) == (3, 1),
                  params={"latency": 0.0, "flaky": "none", "broken": "startup-hub.json", "backoff": 0.1}),
    params=[
        Param("latency", float, 0.3, min=0.0, max=5.0, help="seconds each partner takes to answer"),
        Param("flaky", str, "jobboard-fr.json", choices=("none", *FEEDS), help="the partner that often answers 503"),
        Param("flaky_rate", float, 0.5, min=0.0, max=1.0, help="share of the flaky partner's answers that are 503"),
        Param("broken", str, "none", choices=("none", *FEEDS), help="a partner that always answers 503"),
        Param("backoff", float, 0.5, min=0.1, max=5.0, help="first retry delay in seconds (doubles each retry)"),
    ],
    timeout=90.0,
)
def imports_run(run, latency, flaky, flaky_rate, broken, backoff):
    """The partners are played by brownbag.feeds on a free local port for the run. One import_feed
    per feed on the gevent queue (retries with back-off on 5xx), a chord summarises new /
    updated / invalid / failed per feed. Running it twice updates, never duplicates."""
    store = open_store()
    run.note(f"store: {store.describe()}", store=store.kind)
    with serving(latency=latency) as feeds:
        urls = []
        for name in FEEDS:
            fail = 1.0 if name == broken else flaky_rate if name == flaky else 0.0
            urls += feed_urls(feeds.url, [name], fail=fail or None)
        run.note(f"{len(urls)} partner feeds on {feeds.url}, {latency} s latency; "
                 f"flaky: {flaky} ({flaky_rate:.0%} 503s); always failing: {broken}")
        summary = run.wait(run.send(import_all(urls, backoff=backoff)))
    for report in summary["feeds"]:
        if report["status"] == "ok":
            run.note(f"{report['feed']}: {report['new']} new, {report['updated']} updated, "
                     f"{report['invalid']} invalid, after {report['attempts']} attempt(s)", feed=report)
        else:
            run.note(f"{report['feed']}: FAILED after {report['attempts']} attempts ({report['error']})",
                     feed=report)
    rows = [[r["feed"], cell("ok", "good") if r["status"] == "ok" else cell("failed", "bad"),
             r.get("new", ""), r.get("updated", ""), r.get("invalid", ""), r["attempts"]]
            for r in summary["feeds"][:8]]
    totals = summary.get("totals") or {}
    return {"payoff": table(["partner feed", "status", "new", "updated", "invalid", "attempts"], rows,
                            fact("totals", ", ".join(f"{v} {k}" for k, v in totals.items())),
                            fact("store", store_name(store)),
                            headline=f"{totals.get('ok', 0)} of {len(summary['feeds'])} feeds imported "
                                     f"({totals.get('new', 0)} new, {totals.get('updated', 0)} updated)"
                                     + (f"; {totals['failed']} failed after its retries" if totals.get("failed") else "")),
            **summary}


def store_name(store) -> str:
    """The store as the room reads it, "SQLite (MongoDB not running)": its URL and file are
    in the run's notes and in describe(), not on a step about importing feeds."""
    if store.kind == "mongo":
        return "MongoDB"
    return "SQLite" + (" (MongoDB not running)" if getattr(store, "why", "") else "")


def import_first(run, store) -> int:
    """An empty store (a fresh stack, the Engines slide shown before Imports): run the real
    import once, through Celery, from the partner feeds the stack serves, so the demo
    scores real jobs instead of failing. Returns how many jobs the store then holds."""
    with ExitStack() as stack:
        base = settings.feeds_url()
        try:
            urls = feed_urls(base)
            where = f"the stack's partner feeds at {base}"
        except FeedUnavailable:
            # `invoke up --no-engines` has no feeds server: play the partners for this run.
            base = stack.enter_context(serving()).url
            urls = feed_urls(base)
            where = f"partner feeds played for this run at {base} (none answered at the stack's)"
        run.note(f"the job store is empty: importing {len(urls)} feeds first from {where}, "
                 f"with the import demo's own tasks", store=store.kind)
        summary = run.wait(run.send(import_all(urls, backoff=0.1)))
    totals = summary["totals"]
    run.note(f"imported: {totals['new']} new, {totals['updated']} updated, {totals['invalid']} invalid "
             f"from {totals['ok']} of {totals['feeds']} feeds")
    jobs = store.count_jobs()
    if not jobs:
        failed = "; ".join(f"{r['feed']}: {r.get('error', r['status'])}" for r in summary["feeds"])
        raise RunFailed(f"the import brought no jobs, nothing to score ({failed})")
    return jobs


@scenario(
    "engines.run", "Candidates scored against the imported jobs, in chunks, on the engines worker",
    slide="Work4Labs usage / Engines",
    # Every chunk scored within its limit, the best matches ranked (the runaway chunk, whose
    # timing a busy machine blurs, is tests/test_engines.py's).
    expect=Expect(lambda r, i: r["timed_out"] == 0 and r["chunks"] == -(-r["scored"] // 10)
                  and [m["score"] for m in r["top"]] == sorted((m["score"] for m in r["top"]), reverse=True)
                  and r["top"][0]["score"] > 0, params={"chunk_size": 10}),
    after=("imports.run",),
    params=[
        Param("chunk_size", int, 10, min=1, max=30, help="candidates per score_chunk task"),
        Param("top_k", int, 3, min=1, max=10, help="matches kept per candidate"),
        Param("soft_time_limit", float, 10.0, min=0.5, max=60.0, help="seconds a chunk may run before it is stopped"),
        Param("runaway", int, 0, min=0, max=200_000,
              help="add one oversized chunk of this many candidates: the soft time limit must stop it"),
    ],
    timeout=120.0,
    needs=("engines",),
)
def engines_run(run, chunk_size, top_k, soft_time_limit, runaway):
    """TF-IDF + cosine in pure Python (CPU-bound), routed to queue engines and its prefork
    worker, chunked, collected by a chord; a chunk past its soft time limit stops cleanly and
    keeps what it scored. runaway > 0 adds one oversized chunk to see the limit fire."""
    store = open_store()
    jobs = store.count_jobs() or import_first(run, store)
    ids = sorted(load_candidates())
    run.note(f"{len(ids)} candidates x {jobs} jobs from {store.describe()}, chunks of {chunk_size}, "
             f"soft time limit {soft_time_limit} s per chunk")
    match_id, signature = matching(ids, chunk_size=chunk_size, top_k=top_k, soft_time_limit=soft_time_limit)
    if runaway:
        # A partner sent a huge batch: one chunk far bigger than the others.
        oversized = [ids[i % len(ids)] for i in range(runaway)]
        header = [*signature.tasks, score_chunk.s(match_id, oversized, top_k).set(soft_time_limit=soft_time_limit)]
        signature = chord(header, rank.s(match_id))
        run.note(f"plus one runaway chunk of {runaway} candidates")
    result = run.wait(run.send(signature))
    if result["timed_out"]:
        run.note(f"{result['timed_out']} chunk(s) hit the soft time limit and stopped cleanly")
    for match in result["top"][:5]:
        run.note(f"{match['name']} ({match['candidate']}) -> {match['title']} [{match['job_key']}]: "
                 f"{match['score']:.2f}", match=match)
    rows = [[m["name"], m["title"], round(m["score"], 2)] for m in result["top"][:5]]
    return {"payoff": table(["candidate", "best job", "score"], rows,
                            fact("chunks", result["chunks"]),
                            fact("stopped by the soft time limit", result["timed_out"],
                                 tone="warn" if result["timed_out"] else None),
                            headline=(f"best match: {rows[0][0]} for {rows[0][1]} ({rows[0][2]:.2f}), "
                                      if rows else "no match scored, ")
                                     + f"{plural(result['chunks'], 'chunk')}"
                                     + (f", {result['timed_out']} cut by the soft limit" if result["timed_out"] else "")),
            **result}
