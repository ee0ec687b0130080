"""A question on a demo slide: the room predicts, the run answers.

    .. demo:: practices.acks_late
       :question: A pool process dies mid-task; the task has acks_late=True. Does it run again?

       again: Yes: the message goes back, it runs again
       failed: No: it fails with WorkerLostError

Each choice is keyed by an *outcome* the demo's run can produce, and which outcome a
run produced is read from its result by the demo's reader below (``OUTCOMES``), never
typed on the slide: the right answer is whatever the run did, live or recorded. A slide
may only offer outcomes its demo's reader knows (the deck build says which).

Used by the deck build (the ``demo`` directive, the handout: the recorded run answers),
and by the live server (``brownbag.live.votes``: the live run answers). Imports nothing
of Celery: the build reads recordings without it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from brownbag import recording

MAX_QUESTION = 160  # one or two lines on the panel at >= 24 px
MAX_LABEL = 60  # a choice is a button on a phone and a bar on the stage
FILE = "questions.json"  # what the build writes beside index.html, the live server reads


class QuestionError(ValueError):
    """A question the deck cannot show (the message says what to change)."""


def _row(rows: list, **match) -> dict | None:
    return next((r for r in rows if all(r.get(k) == v for k, v in match.items())), None)


# acks_late alone: a lost pool process acks the message as failed, it never runs again.
def _acks_late(result: dict) -> str | None:
    case = _row(result.get("outcomes") or [], task="acks_late")
    return None if case is None else "again" if case["became"].startswith("ran again") else "failed"


# Redis restores a message unacked for visibility_timeout: a countdown past it runs twice.
def _visibility(result: dict) -> str | None:
    runs = result.get("runs")
    return None if not isinstance(runs, int) else "once" if runs == 1 else "more"


# Cold shutdown cancels the running task; acked when it started, it is lost.
def _shutdown(result: dict) -> str | None:
    case = _row(result.get("cases") or [], label="cold: SIGQUIT")
    if case is None:
        return None
    fate = case["fate"]
    return "finished" if fate == "finished" else "lost" if fate.startswith("lost") else "again"


# Redis runs priority 0 first (RabbitMQ: 9).
def _priority(result: dict) -> str | None:
    order = _row(result.get("order") or [], broker="redis")
    return None if order is None else order.get("ran 1")


# A header task that raises fails the chord: the body never starts.
def _chord_failure(result: dict) -> str | None:
    body = _row(result.get("rows") or [], what="total (the body)")
    return None if body is None else "never" if body["outcome"] == "never started" else "ran"


# A worker busy with the long report holds its prefetched short ones: they wait.
def _prefetch(result: dict) -> str | None:
    two = _row(result.get("rounds") or [], round="2 workers, -c 1")
    return None if two is None else "some" if two["waited"] else "none"


@dataclass(frozen=True)
class Outcomes:
    """What a demo's run can show, for a question: its outcomes and the reader that says
    which one a run's result shows (None: the result does not say, e.g. a part was off)."""

    keys: tuple[str, ...]
    read: Callable[[dict], str | None]


OUTCOMES: dict[str, Outcomes] = {
    "practices.acks_late": Outcomes(("again", "failed"), _acks_late),
    "delivery.visibility": Outcomes(("once", "more"), _visibility),
    "delivery.shutdown": Outcomes(("finished", "again", "lost"), _shutdown),
    "overview.priority": Outcomes(("p5", "p0", "p9", "none"), _priority),
    "practices.chord_failure": Outcomes(("ran", "never"), _chord_failure),
    "delivery.prefetch": Outcomes(("none", "some"), _prefetch),
}


@dataclass(frozen=True)
class Question:
    demo: str
    text: str
    choices: tuple[tuple[str, str], ...]  # (outcome key, label), in the slide's order

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(key for key, _ in self.choices)

    def label(self, key: str | None) -> str | None:
        return dict(self.choices).get(key) if key else None

    def answer(self, result) -> str | None:
        """The choice a run's result shows, or None (no result, or one this reader can't
        read: a failed run answers nothing)."""
        if not isinstance(result, dict):
            return None
        try:
            key = OUTCOMES[self.demo].read(result)
        except (KeyError, TypeError, AttributeError):
            return None
        return key if key in self.keys else None

    def recorded_answer(self, folder: Path = recording.FOLDER) -> str | None:
        """What the committed recording of the demo answers (offline, the handout)."""
        data = recording.read(self.demo, folder)
        summary = (data or {}).get("items", [{}])[-1] if data else {}
        return self.answer(summary.get("result")) if summary.get("kind") == "summary" else None

    def as_dict(self) -> dict:
        return {"demo": self.demo, "text": self.text,
                "choices": [{"key": k, "label": label} for k, label in self.choices]}


def parse(demo: str, text: str, lines: list[str]) -> Question:
    """A question from the directive: its text and ``key: label`` lines."""
    if demo not in OUTCOMES:
        raise QuestionError(f"{demo} has no outcome reader for a question: add one to "
                            f"brownbag/questions.py OUTCOMES (has: {', '.join(sorted(OUTCOMES))})")
    known = OUTCOMES[demo].keys
    text = " ".join((text or "").split())
    if not text or len(text) > MAX_QUESTION:
        raise QuestionError(f":question: is 1 to {MAX_QUESTION} characters (got {len(text)})")
    choices = []
    for line in (raw.strip() for raw in lines):
        if not line:
            continue
        key, sep, label = line.partition(":")
        key, label = key.strip(), " ".join(label.split())
        if not sep or not label:
            raise QuestionError(f"a choice is 'outcome: label' (got {line!r})")
        if key not in known:
            raise QuestionError(f"{demo}'s run shows one of {', '.join(known)}: "
                                f"{key!r} is not an outcome it can produce")
        if len(label) > MAX_LABEL:
            raise QuestionError(f"choice {key!r}: at most {MAX_LABEL} characters")
        if key in dict(choices):
            raise QuestionError(f"choice {key!r} is given twice")
        choices.append((key, label))
    if not 2 <= len(choices) <= 4:
        raise QuestionError(f"a question has 2 to 4 choices (got {len(choices)})")
    return Question(demo, text, tuple(choices))


def write(questions: list[Question], into: Path) -> Path:
    target = into / FILE
    target.write_text(json.dumps([q.as_dict() for q in questions], indent=1) + "\n",
                      encoding="utf-8")
    return target


def load(deck: Path) -> dict[str, Question]:
    """The built deck's questions by demo id ({} for a deck without any, or none built)."""
    try:
        raw = json.loads((deck / FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {q["demo"]: Question(q["demo"], q["text"],
                                tuple((c["key"], c["label"]) for c in q["choices"]))
            for q in raw}
