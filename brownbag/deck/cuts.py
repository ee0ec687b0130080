"""Cuts: one talk, three lengths. Which steps of slides/talk.rst a 30-, 60- or 90-minute talk shows.

In the talk source, a step's ``:data-cuts:`` lists the cuts it belongs to, by minutes::

    ----

    :data-cuts: 60 90

A step with no field inherits the cuts of its section's first step (the step with
the section's ``:data-budget:``); a section's first step with no field belongs to
every cut. The workshop cut is the whole talk, so every step must belong to it.

``:data-budget:`` gives a section's minutes, the same in every cut (``:data-budget: 6``)
or per cut (``:data-budget: 30=3 60=6 90=8``, one for each cut the step is in).
A cut's budgets may not add up to more than its length.

A cut is built from the source with every step outside it blanked out (line for line,
so a message still names the right line of talk.rst) and each budget reduced to the
cut's number, before docutils and hovercraft see it: the built deck, its impress.js
navigation, overview, progress bar and section maps only ever hold the cut's steps.

    source = read(text, "slides/talk.rst")      # CutError: one line, file:line: ...
    text_30, kept = select(source, 30)          # what docutils and hovercraft are given
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .pacing import minutes_above_zero

# The cuts, by minutes, named after what they are for (the console and the README say these).
CUTS = {30: "intro", 60: "brown bag", 90: "workshop"}
FULL = 90   # the whole talk: the seed's outline and order; the offline deck and the handout

# A transition (``----``) alone between blank lines at column 0 starts a step (hovercraft);
# a heading's underline has its title on the line above.
_TRANSITION = re.compile(r"([!-/:-@\[-`{-~])\1{3,}")
_FIELD = re.compile(r":([\w-]+):(?:\s+(.*))?$")


class CutError(ValueError):
    """A cut or a cut field is wrong; the message is one line."""


def choices() -> str:
    return ", ".join(f"{minutes} ({name})" for minutes, name in CUTS.items())


def label(minutes: int) -> str:
    """'intro (30 min)'."""
    return f"{CUTS[minutes]} ({minutes} min)"


def parse(value) -> int:
    """A cut from the command line: its minutes (``30``) or its name (``intro``)."""
    text = str(value).strip().lower()
    for minutes, name in CUTS.items():
        if text in (str(minutes), name, name.replace(" ", "-"), name.replace(" ", "")):
            return minutes
    raise CutError(f"unknown cut {str(value)!r}: choose {choices()}")


@dataclass
class Step:
    index: int                 # from 0, as hovercraft numbers the steps
    line: int                  # the line of its ``----`` (from 1)
    end: int                   # the line after its last one
    fields: dict[str, tuple[int, str]] = field(default_factory=dict)  # name -> (line, value)
    cuts: frozenset[int] = frozenset(CUTS)
    budget: dict[int, float] | None = None   # minutes per cut, on a section's first step


@dataclass
class Source:
    lines: list[str]
    steps: list[Step]

    def budgets(self, cut: int) -> float:
        return sum(s.budget[cut] for s in self.steps if s.budget and cut in s.cuts)


def _where(path: str, step: Step, line: int) -> str:
    return f"{path}:{line}: step {step.index + 1}"


def _steps(lines: list[str]) -> list[Step]:
    starts = [i for i, text in enumerate(lines)
              if _TRANSITION.fullmatch(text)
              and (i == 0 or not lines[i - 1].strip())
              and (i + 1 == len(lines) or not lines[i + 1].strip())]
    steps = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(lines)
        step = Step(index=index, line=start + 1, end=end + 1)
        i = start + 1
        while i < end and not lines[i].strip():
            i += 1
        while i < end and (match := _FIELD.match(lines[i])):  # the step's field list
            step.fields[match[1]] = (i + 1, (match[2] or "").strip())
            i += 1
        steps.append(step)
    return steps


def _cuts(value: str, where: str) -> frozenset[int]:
    words = value.replace(",", " ").split()
    if not words:
        raise CutError(f"{where}: :data-cuts: is empty: give one or more of {choices()}")
    found = set()
    for word in words:
        if not word.isdigit() or int(word) not in CUTS:
            raise CutError(f"{where}: :data-cuts: {word!r} is not a cut: choose {choices()}")
        found.add(int(word))
    return frozenset(found)


def _minutes(value: str, where: str, raw: str) -> float:
    number = minutes_above_zero(value)
    if number is None:
        raise CutError(f"{where}: :data-budget: {raw!r} is not a number of minutes above 0")
    return number


def _budget(value: str, cuts: frozenset[int], where: str) -> dict[int, float]:
    """``6`` (every cut) or ``30=3 60=6 90=8`` (one per cut the step is in)."""
    words = value.replace(",", " ").split()
    if len(words) == 1 and "=" not in words[0]:
        minutes = _minutes(words[0], where, value)
        return dict.fromkeys(sorted(cuts), minutes)
    budget = {}
    for word in words or [""]:
        cut, sep, minutes = word.partition("=")
        if not sep or not cut.isdigit() or int(cut) not in CUTS:
            raise CutError(f"{where}: :data-budget: {word!r} is not minutes or CUT=minutes "
                           f"(e.g. 30=3 60=6 90=8; cuts: {choices()})")
        if int(cut) not in cuts:
            raise CutError(f"{where}: :data-budget: gives {label(int(cut))} a budget, "
                           f"but the step is not in that cut (its :data-cuts:)")
        budget[int(cut)] = _minutes(minutes, where, value)
    missing = sorted(cuts - budget.keys())
    if missing:
        raise CutError(f"{where}: :data-budget: {value!r} has no budget for "
                       f"{', '.join(label(c) for c in missing)}, which shows this section")
    return budget


def read(text: str, path: str = "talk.rst") -> Source:
    """Every step's cuts and budgets; CutError (one line, ``path:line: ...``) on a bad field,
    on a step outside the workshop cut, or on a cut whose budgets exceed its length."""
    lines = text.split("\n")
    steps = _steps(lines)
    section = frozenset(CUTS)
    for step in steps:
        own = step.fields.get("data-cuts")
        cuts = _cuts(own[1], _where(path, step, own[0])) if own else None
        if "data-budget" in step.fields:       # a section starts here
            section = cuts or frozenset(CUTS)
            step.cuts = section
            line, value = step.fields["data-budget"]
            step.budget = _budget(value, step.cuts, _where(path, step, line))
        else:
            step.cuts = cuts or section
        if FULL not in step.cuts:
            raise CutError(f"{_where(path, step, own[0] if own else step.line)}: not in the "
                           f"{label(FULL)} cut, which is the whole talk: add {FULL} to its :data-cuts:")
    source = Source(lines=lines, steps=steps)
    for cut in CUTS:
        total = source.budgets(cut)
        if total > cut + 1e-9:
            sections = " + ".join(f"{s.budget[cut]:g}" for s in steps if s.budget and cut in s.cuts)
            raise CutError(f"{path}: the {label(cut)} cut's section budgets add up to {total:g} min "
                           f"({sections}), more than its {cut} min")
    return source


def select(source: Source, cut: int | None) -> tuple[str, list[Step]]:
    """The talk as the cut shows it (``None``: the whole talk, budgets of the workshop cut),
    line for line, and the steps kept, in order."""
    plan = FULL if cut is None else cut
    lines = list(source.lines)
    kept = []
    for step in source.steps:
        if plan not in step.cuts:
            for i in range(step.line - 1, step.end - 1):
                lines[i] = ""
            continue
        kept.append(step)
        if step.budget:
            line, _ = step.fields["data-budget"]
            lines[line - 1] = f":data-budget: {step.budget[plan]:g}"
    return "\n".join(lines), kept
