"""The room's votes on a demo's question (``brownbag.questions``), held by the live server.

    attendee (votes.js)  --POST /votes/<demo> {"voter", "choice"}-->  audience listener
                                                    (token, rate limit: audience.py)
    deck's Run           --a run of <demo> starts-->  Ballot.close(): no vote after it
    the run's summary    --its result-->              the outcome it shows: the answer
    presenter's deck     --GET /api/votes/<demo>-->   the tally (live app, loopback)

One vote per voter per question: a voter is an anonymous id the attendee's browser
makes up and keeps (no name, no login, no address kept); voting again changes the
vote until the presenter runs the demo. Nothing here starts a run or talks to Celery:
a ballot only ever *reads* the runs the deck started. After the talk ``summary()``
(questions, tallies, outcomes; no voter ids) is what ``invoke present`` keeps.
"""

from __future__ import annotations

import json
import re
import threading
import time
from pathlib import Path

from brownbag import questions

VOTER = re.compile(r"[A-Za-z0-9_-]{8,64}")
MAX_VOTERS = 5000  # per question: a room is hundreds; past it a script is stuffing
MAX_BODY = 512  # {"voter": 64 chars, "choice": a key}


class VoteError(ValueError):
    """A vote refused; ``status`` is its HTTP status, the message one line."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


class Poll:
    """One question's votes: open until its demo runs, answered when a run's result says."""

    def __init__(self, question: questions.Question):
        self.question = question
        self.votes: dict[str, str] = {}  # voter id -> outcome key
        self.closed_at: float | None = None
        self.run_id: str | None = None
        self.answer: str | None = None

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(self.question.keys, 0)
        for key in self.votes.values():
            out[key] += 1
        return out

    def said(self) -> str | None:
        """The line the stage shows once answered: "62% said X — the run: Y"."""
        if self.answer is None:
            return None
        counts, total = self.counts(), len(self.votes)
        right = self.question.label(self.answer)
        if not total:
            return f"the run: {right}"
        top = max(self.question.keys, key=lambda k: counts[k])  # the slide's order breaks ties
        share = round(100 * counts[top] / total)
        if top == self.answer:
            return f"{share}% said “{right}” — right"
        return f"{share}% said “{self.question.label(top)}” — the run: {right}"

    def public(self) -> dict:
        counts = self.counts()
        return {**self.question.as_dict(), "state": self.state,
                "counts": [counts[k] for k in self.question.keys], "total": len(self.votes),
                "answer": self.answer, "said": self.said(), "run": self.run_id}

    @property
    def state(self) -> str:
        return "answered" if self.answer else "closed" if self.closed_at else "open"


class Ballot:
    """Every question of the deck and its votes. Votes arrive on the server's event loop,
    a run's summary on the run's thread: one lock keeps a count and its close in step."""

    def __init__(self, deck: Path, on_change=None):
        self.deck = Path(deck)
        self.polls: dict[str, Poll] = {}
        self.version = 0
        self._lock = threading.Lock()
        self._mtime: float | None = None
        self.on_change = on_change  # called (outside the lock) after a close or an answer

    def _load(self) -> None:
        """The deck's questions, again when the deck was rebuilt (new questions open;
        those the room already voted on keep their votes)."""
        try:
            mtime = (self.deck / questions.FILE).stat().st_mtime
        except OSError:
            mtime = None
        if mtime == self._mtime:
            return
        self._mtime = mtime
        for demo, question in questions.load(self.deck).items():
            poll = self.polls.get(demo)
            if poll is None or poll.question != question:
                self.polls[demo] = Poll(question)

    def poll(self, demo: str) -> Poll:
        with self._lock:
            self._load()
            poll = self.polls.get(demo)
        if poll is None:
            raise VoteError(404, f"no question on {demo!r}: the deck asks on "
                                 f"{', '.join(sorted(self.polls)) or 'no demo'}")
        return poll

    def vote(self, demo: str, body) -> dict:
        """``body``: ``{"voter": id, "choice": outcome key}`` (JSON, already parsed)."""
        poll = self.poll(demo)
        if not isinstance(body, dict) or set(body) != {"voter", "choice"}:
            raise VoteError(400, 'the body is {"voter": "<your id>", "choice": "<choice>"}')
        voter, choice = body["voter"], body["choice"]
        if not isinstance(voter, str) or not VOTER.fullmatch(voter):
            raise VoteError(400, "voter: 8 to 64 letters, digits, - or _")
        if not isinstance(choice, str) or choice not in poll.question.keys:
            raise VoteError(422, f"choice: one of {', '.join(poll.question.keys)}")
        with self._lock:
            if poll.closed_at is not None:
                raise VoteError(409, "the vote is closed: the demo has run")
            if voter not in poll.votes and len(poll.votes) >= MAX_VOTERS:
                raise VoteError(429, f"{MAX_VOTERS} voters already: no more on this question")
            poll.votes[voter] = choice
            self.version += 1
            return {"demo": demo, "choice": choice, "state": poll.state}

    def mine(self, demo: str, voter: str | None) -> dict:
        """What an attendee sees: the question, its state, their vote; the counts and the
        answer only once closed (an open tally would herd the room)."""
        poll = self.poll(demo)
        with self._lock:
            out = poll.public()
            out["mine"] = poll.votes.get(voter) if voter else None
        if out["state"] == "open":
            out["counts"], out["total"] = None, None
        return out

    def tally(self, demo: str) -> dict:
        poll = self.poll(demo)
        with self._lock:
            return poll.public()

    def close(self, demo: str, run) -> None:
        """``demo`` runs (``run``): its vote closes; the run's summary answers it. Any later
        run answers it again (a failed run says nothing; the next one may)."""
        with self._lock:
            self._load()
            poll = self.polls.get(demo)
            if poll is None:
                return
            if poll.closed_at is None:
                poll.closed_at = time.time()
            poll.run_id = run.id
            self.version += 1

        def deliver(item):
            if item.get("kind") == "summary":
                run.unsubscribe(deliver)
                self.settle(demo, run.id, item.get("result"))

        for item in run.subscribe(deliver):  # a run that ended already: its summary is here
            deliver(item)
        self._changed()

    def settle(self, demo: str, run_id: str, result) -> None:
        with self._lock:
            poll = self.polls.get(demo)
            if poll is None or poll.run_id != run_id:
                return  # a later run of the demo answers now
            answer = poll.question.answer(result)
            if answer is None:
                return
            poll.answer = answer
            self.version += 1
        self._changed()

    def _changed(self) -> None:
        if self.on_change:
            self.on_change(self.summary())

    def keep(self) -> None:
        """The summary once more (the server stops), if the room voted on anything."""
        if any(p.votes or p.closed_at for p in self.polls.values()):
            self._changed()

    def summary(self) -> dict:
        """Questions, tallies, outcomes: nothing about who voted."""
        with self._lock:
            self._load()
            polls = [p.public() for p in self.polls.values() if p.votes or p.closed_at]
        return {"written": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "questions": [{k: p[k] for k in ("demo", "text", "choices", "counts", "total",
                                                 "state", "answer", "said")} for p in polls]}


def keeper(path: Path):
    """An ``on_change`` that keeps the summary in ``path`` (written whole, then renamed:
    a reader never sees half a file)."""

    def keep(summary: dict) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        scratch = path.with_suffix(".tmp")
        scratch.write_text(json.dumps(summary, indent=1, ensure_ascii=False) + "\n",
                           encoding="utf-8")
        scratch.replace(path)

    return keep
