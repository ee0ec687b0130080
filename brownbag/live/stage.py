"""What is on stage: the presenter's current step, the live run of that slide, and the
commands the phone remote sends to the deck.

    deck (presenter.js)  --POST /api/stage {step, index, substep, demo, notes}-->  Stage.report()
    api_start            --a run of demo X started------------------->  Stage.ran()
    Stage.watch()        --stage changes--> the audience view and the remote (SSE)
    remote               --POST /remote/command {"action": "next"}-->  Stage.command()
    Stage.listen()       --commands--> the presenter's deck (SSE), which moves or runs

Everything here lives on the server's event loop: no locks, no threads. The audience
only ever *reads* a Stage; nothing in it can start a run (the deck starts runs, through
the same API and guard as a click on Run).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

ACTIONS = ("next", "prev", "run", "goto")
MAX_NOTES = 8000  # characters of speaker notes the remote shows
MAX_TEXT = 200  # a step id, a title, a demo id


class StageError(ValueError):
    """A report or a command the server refuses (the message says why)."""


def _text(report: dict, name: str, limit: int = MAX_TEXT, required: bool = False) -> str | None:
    value = report.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise StageError(f"{name!r} must be a non-empty string" if required
                         else f"{name!r} must be a string or null")
    return value[:limit]


def _count(report: dict, name: str) -> int | None:
    value = report.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 100_000:
        raise StageError(f"{name!r} must be an integer from 0 to 99999")
    return value


@dataclass
class Step:
    """One step of the deck as the presenter's deck reported it."""

    step: str
    index: int | None = None
    total: int | None = None
    substep: int | None = None  # substeps shown: a build's items, a code focus group
    demo: str | None = None
    title: str | None = None
    notes: str | None = None

    @classmethod
    def parse(cls, report) -> "Step":
        if not isinstance(report, dict):
            raise StageError('the body must be a JSON object: {"step": "<step id>", ...}')
        extra = set(report) - {"step", "index", "total", "substep", "demo", "title", "notes"}
        if extra:
            raise StageError(f"unknown field(s): {', '.join(sorted(map(str, extra)))}")
        return cls(step=_text(report, "step", required=True), index=_count(report, "index"),
                   total=_count(report, "total"), substep=_count(report, "substep"),
                   demo=_text(report, "demo"),
                   title=_text(report, "title"), notes=_text(report, "notes", MAX_NOTES))


@dataclass
class Stage:
    current: Step | None = None
    version: int = 0
    changed_at: float | None = None  # server's wall clock, for the follow latency
    latest_run: dict[str, str] = field(default_factory=dict)  # demo id -> its last run's id
    _watchers: set[asyncio.Queue] = field(default_factory=set)
    _listeners: set[asyncio.Queue] = field(default_factory=set)

    # -- the presenter's deck reports -------------------------------------------------

    def report(self, report) -> dict:
        step = Step.parse(report)
        if step == self.current:
            return self.public()
        self.current = step
        self._changed()
        return self.public()

    def ran(self, demo_id: str, run_id: str) -> None:
        """A run started (from the deck, the remote's "run", or a script): the slide of
        that demo now shows it, so whoever follows the stage must see it too."""
        self.latest_run[demo_id] = run_id
        if self.current and self.current.demo == demo_id:
            self._changed()

    @property
    def run_id(self) -> str | None:
        demo = self.current.demo if self.current else None
        return self.latest_run.get(demo) if demo else None

    def public(self) -> dict:
        """What the audience sees: where the talk is, never the speaker's notes."""
        cur = self.current
        return {"version": self.version, "at": self.changed_at,
                "step": cur.step if cur else None, "index": cur.index if cur else None,
                "total": cur.total if cur else None,
                "substep": cur.substep if cur else None, "demo": cur.demo if cur else None,
                "title": cur.title if cur else None, "run": self.run_id}

    def private(self) -> dict:
        """What the presenter's remote sees: the same, with the notes and who listens."""
        return {**self.public(), "notes": self.current.notes if self.current else None,
                "decks": len(self._listeners)}

    def _changed(self) -> None:
        self.version += 1
        self.changed_at = time.time()
        for queue in self._watchers:
            queue.put_nowait(("stage", self.version))

    def watch(self, queue: asyncio.Queue) -> None:
        """``queue`` gets ``("stage", version)`` at each change (``unwatch`` it after)."""
        self._watchers.add(queue)

    def unwatch(self, queue: asyncio.Queue) -> None:
        self._watchers.discard(queue)

    # -- the remote commands, the deck obeys ------------------------------------------

    def command(self, body) -> dict:
        if not isinstance(body, dict) or body.get("action") not in ACTIONS:
            raise StageError(f'the body must be {{"action": one of {", ".join(ACTIONS)}}}')
        extra = set(body) - {"action", "step"}
        if extra:
            raise StageError(f"unknown field(s): {', '.join(sorted(map(str, extra)))}")
        command = {"action": body["action"]}
        if body["action"] == "goto":
            command["step"] = _text(body, "step", required=True)
        for queue in self._listeners:
            queue.put_nowait(command)
        return {**command, "decks": len(self._listeners)}

    def listen(self) -> asyncio.Queue:
        queue: asyncio.Queue = asyncio.Queue()
        self._listeners.add(queue)
        self._changed()  # the remote shows how many decks listen
        return queue

    def unlisten(self, queue: asyncio.Queue) -> None:
        if queue in self._listeners:
            self._listeners.discard(queue)
            self._changed()
