"""Where imported jobs and engine matches live: MongoDB when one answers, else SQLite.

    >>> from demo.store import open_store
    >>> store = open_store()
    >>> store.describe()
    'SQLite store.sqlite (no MongoDB answered at mongodb://127.0.0.1:27017/brownbag)'
    >>> store.upsert_jobs([{"source": "acme-careers.xml", "ref": "ACME-1000", "title": "Nurse"}])
    {'new': 1, 'updated': 0}
    >>> store.upsert_jobs([{"source": "acme-careers.xml", "ref": "ACME-1000", "title": "Nurse"}])
    {'new': 0, 'updated': 1}

Work4us kept its jobs in MongoDB, so the import upserts there when it can
(``BROWNBAG_STORE=auto``, the default). ``mongo`` or ``sqlite`` forces one
(``invoke up`` passes ``brownbag.store`` from invoke.yaml). A job's identity is its
partner and the partner's reference, so importing a feed twice updates rows and
never duplicates them.
"""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from . import environment
from .environment import mongo_url

KINDS = ("auto", "mongo", "sqlite")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def job_key(job: dict) -> str:
    return f"{job['source']}:{job['ref']}"


class SQLiteStore:
    kind = "sqlite"

    def __init__(self, path: Path, why: str = ""):
        self.path, self.why = Path(path), why
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.executescript(
                """
                PRAGMA journal_mode=WAL;
                CREATE TABLE IF NOT EXISTS jobs (
                    key TEXT PRIMARY KEY, source TEXT NOT NULL, doc TEXT NOT NULL,
                    version INTEGER NOT NULL DEFAULT 1, first_seen TEXT NOT NULL, updated_at TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS matches (
                    run_id TEXT NOT NULL, candidate TEXT NOT NULL, rank INTEGER NOT NULL,
                    job_key TEXT NOT NULL, score REAL NOT NULL, doc TEXT NOT NULL,
                    PRIMARY KEY (run_id, candidate, rank));
                """
            )

    @contextmanager
    def _connect(self):
        # One short-lived connection per call: safe across prefork's fork and
        # gevent's greenlets; the timeout waits out another writer instead of failing.
        db = sqlite3.connect(self.path, timeout=30)
        try:
            with db:  # commit on success, roll back on error
                yield db
        finally:
            db.close()

    def describe(self) -> str:
        # The file's name only: this line is shown on a slide, where a home path says nothing.
        return f"SQLite {self.path.name}" + (f" ({self.why})" if self.why else "")

    def upsert_jobs(self, jobs: list[dict]) -> dict:
        counts = {"new": 0, "updated": 0}
        now = _now()
        with self._connect() as db:
            for job in jobs:
                # RETURNING version tells an insert (1) from an update (>1) in one statement.
                (version,) = db.execute(
                    """INSERT INTO jobs (key, source, doc, first_seen, updated_at) VALUES (?, ?, ?, ?, ?)
                       ON CONFLICT(key) DO UPDATE SET doc = excluded.doc, updated_at = excluded.updated_at,
                                                      version = jobs.version + 1
                       RETURNING version""",
                    (job_key(job), job["source"], json.dumps(job), now, now),
                ).fetchone()
                counts["new" if version == 1 else "updated"] += 1
        return counts

    def jobs(self) -> list[dict]:
        with self._connect() as db:
            rows = db.execute("SELECT key, doc, version FROM jobs ORDER BY key").fetchall()
        return [{**json.loads(doc), "key": key, "version": version} for key, doc, version in rows]

    def count_jobs(self) -> int:
        with self._connect() as db:
            return db.execute("SELECT COUNT(*) FROM jobs").fetchone()[0]

    def save_matches(self, run_id: str, matches: list[dict]) -> int:
        with self._connect() as db:
            db.executemany(
                "INSERT OR REPLACE INTO matches VALUES (?, ?, ?, ?, ?, ?)",
                [(run_id, m["candidate"], m["rank"], m["job_key"], m["score"], json.dumps(m)) for m in matches],
            )
        return len(matches)

    def matches(self, run_id: str) -> list[dict]:
        with self._connect() as db:
            rows = db.execute("SELECT doc FROM matches WHERE run_id = ? ORDER BY score DESC", (run_id,))
            return [json.loads(doc) for (doc,) in rows]


class MongoStore:
    kind = "mongo"

    def __init__(self, client, url: str):
        self.client, self.url = client, url
        self.db = client.get_default_database(default="brownbag")

    def describe(self) -> str:
        return f"MongoDB at {self.url}"

    def upsert_jobs(self, jobs: list[dict]) -> dict:
        counts = {"new": 0, "updated": 0}
        now = _now()
        for job in jobs:
            result = self.db.jobs.update_one(
                {"_id": job_key(job)},
                {"$set": {"doc": job, "source": job["source"], "updated_at": now},
                 "$setOnInsert": {"first_seen": now}, "$inc": {"version": 1}},
                upsert=True,
            )
            counts["new" if result.upserted_id is not None else "updated"] += 1
        return counts

    def jobs(self) -> list[dict]:
        return [{**row["doc"], "key": row["_id"], "version": row["version"]}
                for row in self.db.jobs.find().sort("_id")]

    def count_jobs(self) -> int:
        return self.db.jobs.count_documents({})

    def save_matches(self, run_id: str, matches: list[dict]) -> int:
        for m in matches:
            self.db.matches.replace_one({"_id": f"{run_id}:{m['candidate']}:{m['rank']}"},
                                        {**m, "run_id": run_id}, upsert=True)
        return len(matches)

    def matches(self, run_id: str) -> list[dict]:
        return [{k: v for k, v in row.items() if k not in ("_id", "run_id")}
                for row in self.db.matches.find({"run_id": run_id}).sort("score", -1)]


def _mongo_client(url: str, timeout_ms: int = 500):
    """A client when a MongoDB answers a ping within ``timeout_ms``, else None."""
    try:
        import pymongo
        from pymongo.errors import PyMongoError
    except ImportError:
        return None
    client = pymongo.MongoClient(url, serverSelectionTimeoutMS=timeout_ms, connectTimeoutMS=timeout_ms)
    try:
        client.admin.command("ping")
    except PyMongoError:
        client.close()
        return None
    return client


_opened: dict[tuple, object] = {}


def open_store(kind: str | None = None):
    """The configured store; ``auto`` probes MongoDB once per process and falls back to SQLite."""
    kind = kind or environment.store_kind()
    if kind not in KINDS:
        raise ValueError(f"unknown store {kind!r}: use one of {', '.join(KINDS)}")
    # Per process id: a MongoClient must not cross prefork's fork.
    cache_key = (kind, os.getpid())
    if cache_key in _opened:
        return _opened[cache_key]
    sqlite_path = environment.home() / "store.sqlite"
    store = None
    if kind in ("auto", "mongo"):
        url = mongo_url()
        client = _mongo_client(url)
        if client is not None:
            store = MongoStore(client, url)
        elif kind == "mongo":
            raise ConnectionError(f"no MongoDB answered at {url}: start one, or use store: sqlite")
        else:
            store = SQLiteStore(sqlite_path, why=f"no MongoDB answered at {url}")
    else:
        store = SQLiteStore(sqlite_path, why="store: sqlite configured")
    _opened[cache_key] = store
    return store
