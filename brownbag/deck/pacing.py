"""The talk's pacing plan, as the presenter console (slides/assets/console.js) reads it.

In the built deck, ``data-talk-minutes`` on the first step is the talk's length (the
cut's, ``brownbag.deck.cuts``; ``:data-talk-minutes:`` on the title step of a talk with
no cuts) and ``data-budget`` (minutes, the cut's number of a ``:data-budget:``) on a step
starts a section that runs until the next step with a budget. This reads them back from
the built HTML, so a typo is a build error rather than a console that silently shows
no clock:

    >>> plan = read(html)
    >>> plan.talk_minutes, [(s.title, s.minutes) for s in plan.sections][:2]
    (55.0, [('Celery brown bag', 2.0), ('Overview / Goal', 6.0)])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import html as lxml_html


class PacingError(ValueError):
    """A pacing field is wrong; the message is one line."""


@dataclass
class Section:
    step: int       # index of the step that starts it
    title: str
    minutes: float


@dataclass
class Plan:
    talk_minutes: float | None
    sections: list[Section] = field(default_factory=list)

    @property
    def budgeted(self) -> float:
        return sum(s.minutes for s in self.sections)


def lines(plan: Plan, cut_name: str | None = None) -> list[str]:
    """The plan as the terminal shows it: a heading line, then one line per section."""
    what = f"{cut_name} cut" if cut_name else "the talk"
    length = f"{plan.talk_minutes:g} min" if plan.talk_minutes else "no length"
    width = max((len(s.title) for s in plan.sections), default=0)
    return ([f"pacing plan, {what}, {length}: {plan.budgeted:g} min in {len(plan.sections)} sections"]
            + [f"  {s.title:<{width}}  {s.minutes:>4g} min  from step {s.step + 1}" for s in plan.sections])


def minutes_above_zero(value: str) -> float | None:
    """``value`` as a number of minutes, or None when it is not one above 0 (nan included):
    the one rule for :data-budget: and :data-talk-minutes:, here and in cuts.py."""
    try:
        number = float(value)
    except ValueError:
        return None
    return number if number > 0 else None


def _minutes(value: str, what: str) -> float:
    number = minutes_above_zero(value)
    if number is None:
        raise PacingError(f"{what} {value!r} is not a number of minutes above 0")
    return number


def _title(step) -> str:
    for heading in step.iter("h1", "h2", "h3", "h4"):
        for speaker in heading.xpath('.//*[contains(concat(" ", @class, " "), " speaker ")]'):
            speaker.drop_tree()
        return re.sub(r"\s+", " ", heading.text_content()).strip()
    return step.get("id") or f"step {int(step.get('step', 0)) + 1}"


def read(html: str) -> Plan:
    """The plan in a built deck; PacingError when a field is not a positive number,
    when the talk's length is given twice, or when the budgets add up to more than it."""
    root = lxml_html.fromstring(html)
    steps = root.xpath('//div[@id="impress"]//div[contains(concat(" ", @class, " "), " step ")]')
    plan = Plan(talk_minutes=None)
    for index, step in enumerate(steps):
        where = f"step {index + 1}" + (f" ({step.get('id')})" if step.get("id") else "")
        talk = step.get("data-talk-minutes")
        if talk is not None:
            if plan.talk_minutes is not None:
                raise PacingError(f"{where}: :data-talk-minutes: is given twice (once on the title step)")
            plan.talk_minutes = _minutes(talk, f"{where}: :data-talk-minutes:")
        budget = step.get("data-budget")
        if budget is not None:
            plan.sections.append(Section(index, _title(step), _minutes(budget, f"{where}: :data-budget:")))
    if plan.talk_minutes is not None and plan.budgeted > plan.talk_minutes + 1e-9:
        raise PacingError(f"the sections' :data-budget: add up to {plan.budgeted:g} min, more than "
                          f"the talk's :data-talk-minutes: {plan.talk_minutes:g}")
    return plan
