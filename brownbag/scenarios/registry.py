"""The demo registry: every live demo of the deck, declared once.

A scenario is a plain function that sends real Celery work through a
:class:`~brownbag.scenarios.runs.Run` and returns the run's result. The same
scenario runs from a slide (``POST /api/demos/<id>/runs``) and from the
terminal (``invoke demo <id> --param k=v``). This registry is the only list of
demos: the deck's ``.. demo::`` directive, the live server, ``invoke demo``,
``invoke slides.record`` and the tests all ask it. A new demo is four things,
and nothing else needs editing:

1. its tasks in ``demo/`` (a task added to a module ``demo/celery.py`` already
   includes, on a queue a worker of the stack consumes);
2. its scenario, in any module of ``brownbag/scenarios/`` (:func:`discover`
   imports them all), with ``expect=``: what a good run shows, which
   ``tests/test_present.py`` checks, for every demo, by clicking its panel on the
   stack ``invoke present`` brings up (one demo: ``pytest tests/test_live.py -m one_demo -k <id>``);
3. its slide: ``.. demo:: <id>`` in ``slides/talk.rst`` (the build refuses an id
   no scenario registers; ``tests/test_deck.py`` fails a scenario without a slide);
4. its recording, replayed when no backend answers: ``invoke slides.record --only <id>``.

For example, Celery's ``map`` (one message, one task, the function called for
each item) -- in ``demo/canvas.py``::

    @app.task
    def square(x):
        return x * x

then, in ``brownbag/scenarios/canvas.py``::

    @scenario(
        "canvas.map", "map: one message, one task, many calls",
        slide="Program for Celery / Map",
        # the claim its slide makes, and the (quick) parameters the test runs it with
        expect=Expect(lambda result, items: result["squares"] == [0, 1, 4, 9]
                      and event_types(items).count("task-succeeded") == 1, params={"size": 4}),
        params=[Param("size", int, 5, min=1, max=100, help="how many numbers")],
    )
    def map_demo(run, size):
        squares = run.wait(run.send(square.map(range(size))))
        run.note(f"one celery.map task called square() {size} times")
        return {"payoff": timeline(fact("squares", squares)), "squares": squares}  # -> the summary

and ``.. demo:: canvas.map`` on a slide, then ``invoke slides.record --only canvas.map``.

``run.send`` registers every task id of the signature (chains, groups and
chords included) before the message leaves, so the events bridge can hand
every Celery event of those tasks -- and of the tasks they spawn, by
``root_id``/``parent_id`` -- to this run. ``run.note`` streams a line of
commentary; raising fails the run with that error. The result's ``"payoff"``
says how the point of the demo is drawn, on the slide and in the terminal: a
bar chart, a table, a log view or the task timeline (the format, and the
helpers that build it: :mod:`brownbag.scenarios.payoff`); ``run.payoff(view)``
streams one that fills in while the run lasts. Parameters arrive
validated: a bad value is rejected before anything is sent, with a message
naming the parameter and its limits. A demo that needs a part the stack may
lack declares it (``needs=("engines",)``; ``broker="rabbitmq"`` implies it), or
``wants={"rabbitmq": "what is skipped without it"}`` when it runs without:
the panel says so before Run, naming the command (``_parts.py``). A demo that
reads what another stored names it (``after=("imports.run",)``): the recorder
and the tests run that one first.
"""

from __future__ import annotations

import graphlib
import importlib
import pkgutil
import re
from dataclasses import dataclass, field
from typing import Any, Callable

from ._parts import PARTS, known

TYPES = {int: "integer", float: "number", str: "string", bool: "boolean"}
# A demo id: the slide's ``.. demo::`` argument, the API's path, a recording's file name.
_ID = re.compile(r"^[a-z][a-z_]*\.[a-z][a-z_]*$")


class ParameterError(ValueError):
    """A parameter value outside its declared type or limits (HTTP 422)."""

    def __init__(self, name: str, message: str):
        super().__init__(f"parameter {name!r} {message}")
        self.name = name


class UnknownScenario(LookupError):
    """No scenario with that id (HTTP 404); ``known`` lists the ids there are."""

    def __init__(self, scenario_id: str, known: list[str]):
        super().__init__(f"unknown demo {scenario_id!r}; known: {', '.join(known)}")
        self.id, self.known = scenario_id, known


@dataclass(frozen=True)
class Param:
    """One validated parameter of a scenario."""

    name: str
    type: type
    default: Any
    min: float | None = None
    max: float | None = None
    choices: tuple | None = None
    help: str = ""

    def __post_init__(self):
        if self.type not in TYPES:
            raise TypeError(f"parameter {self.name!r}: type must be one of int, float, str, bool")
        if self.choices is not None:
            object.__setattr__(self, "choices", tuple(self.choices))

    def limits(self) -> str:
        """The limits in words, for error messages and the catalogue."""
        if self.choices is not None:
            return "one of " + ", ".join(map(str, self.choices))
        if self.min is not None and self.max is not None:
            return f"between {self.min} and {self.max}"
        if self.min is not None:
            return f"at least {self.min}"
        if self.max is not None:
            return f"at most {self.max}"
        return f"a {TYPES[self.type]}"

    def parse(self, raw: Any) -> Any:
        """``raw`` (JSON value or command-line string) -> a valid value, or ParameterError."""
        expected = f"must be {'an' if self.type is int else 'a'} {TYPES[self.type]}"
        expected += f" {self.limits()}" if (self.choices or self.min is not None
                                             or self.max is not None) else ""
        value = self._coerce(raw, expected)
        if self.choices is not None and value not in self.choices:
            raise ParameterError(self.name, f"must be {self.limits()} (got {raw!r})")
        if self.min is not None and value < self.min or self.max is not None and value > self.max:
            raise ParameterError(self.name, f"{expected} (got {raw!r})")
        return value

    def _coerce(self, raw: Any, expected: str) -> Any:
        if self.type is bool:
            if isinstance(raw, bool):
                return raw
            if isinstance(raw, str) and raw.lower() in ("true", "yes", "1", "false", "no", "0"):
                return raw.lower() in ("true", "yes", "1")
            raise ParameterError(self.name, f"{expected} (got {raw!r})")
        if self.type is str:
            if isinstance(raw, str):
                return raw
            raise ParameterError(self.name, f"{expected} (got {raw!r})")
        # Numbers: JSON numbers as they are, strings from the command line parsed.
        if isinstance(raw, bool):
            raise ParameterError(self.name, f"{expected} (got {raw!r})")
        if isinstance(raw, (int, float)) and not (self.type is int and isinstance(raw, float)
                                                  and not raw.is_integer()):
            return self.type(raw)
        if isinstance(raw, str):
            try:
                return self.type(raw)
            except ValueError:
                pass
        raise ParameterError(self.name, f"{expected} (got {raw!r})")

    def as_dict(self) -> dict:
        return {"name": self.name, "type": TYPES[self.type], "default": self.default,
                "min": self.min, "max": self.max,
                "choices": list(self.choices) if self.choices is not None else None,
                "limits": self.limits(), "help": self.help}


def event_types(items: list[dict]) -> list[str]:
    """The Celery event types of a run's items, in order (for an :class:`Expect`'s outcome)."""
    return [i["type"] for i in items if i["kind"] == "event"]


def notes(items: list[dict]) -> list[str]:
    """The commentary lines of a run's items, in order."""
    return [i.get("text", "") for i in items if i["kind"] == "note"]


@dataclass(frozen=True)
class Expect:
    """What a good run of a demo shows: the claim its slide makes, checked on the real stack.

    ``outcome(result, items)`` is true of the run's result (the summary's ``result``) and its
    item stream when the demo did what its slide says; ``params`` are the values the test runs
    it with (quick ones; the defaults where left out). ``events`` is false for a demo whose
    work the events bridge does not follow (broker probes, benchmarks and workers on brokers
    of their own): its run has no Celery events and its panel no task rows.
    ``tests/test_present.py``'s deck walk runs every demo in its panel against this.
    """

    outcome: Callable[[dict, list], bool]
    params: dict = field(default_factory=dict)
    events: bool = True


@dataclass(frozen=True)
class Scenario:
    """A demo: what the slide shows and the function that runs it for real."""

    id: str
    title: str
    slide: str
    run: Callable[..., Any]
    params: tuple[Param, ...] = ()
    description: str = ""
    # Seconds a run may take before it is failed as stuck (never hang a slide).
    timeout: float = 60.0
    # The broker (its name) a demo always runs on, whatever the stack's: its runs say so.
    broker: str = ""
    # What a good run shows (tests/test_present.py checks every demo against it).
    expect: Expect | None = None
    # Demos whose work this one reads (engines.run scores what imports.run stored): run first.
    after: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)
    # Parts of the stack it cannot run without, and those it runs without but leaves
    # something out (part -> what is skipped): _parts.py; the panel says so before Run.
    needs: tuple[str, ...] = ()
    wants: dict = field(default_factory=dict)

    @property
    def command(self) -> str:
        return f"invoke demo {self.id}"

    def validate(self, given: dict | None) -> dict:
        """Given parameters (partial, raw) -> every parameter, valid; or ParameterError."""
        given = dict(given or {})
        known = {p.name: p for p in self.params}
        for name in given:
            if name not in known:
                names = ", ".join(known) or "none"
                raise ParameterError(name, f"is not a parameter of {self.id} (parameters: {names})")
        return {p.name: p.parse(given[p.name]) if p.name in given else p.default
                for p in self.params}

    def as_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "slide": self.slide,
                "description": self.description, "command": self.command,
                "timeout": self.timeout, "params": [p.as_dict() for p in self.params],
                "needs": list(self.needs), "wants": dict(self.wants)}


_CATALOGUE: dict[str, Scenario] = {}


def scenario(id: str, title: str, *, slide: str, expect: Expect, params=(),
             description: str | None = None, timeout: float = 60.0, broker: str = "",
             after: tuple[str, ...] = (), needs=(), wants=None, **extra):
    """Decorator registering ``fn(run, **params)`` as the scenario ``id``.

    ``broker``: the broker it always runs on (a needed part when the stack may lack it)."""
    needs = known([*needs, *([broker] if broker in PARTS and broker not in needs else [])], id)
    wants = dict(wants or {})
    known(wants, id)

    def register(fn):
        if id in _CATALOGUE and _CATALOGUE[id].run is not fn:
            raise ValueError(f"demo id {id!r} registered twice ({fn.__module__})")
        if not _ID.match(id):
            raise ValueError(f"demo id {id!r} ({fn.__module__}): write it section.name, "
                             f"lower case and underscores")
        doc = description if description is not None else (fn.__doc__ or "").strip()
        _CATALOGUE[id] = Scenario(id, title, slide, fn, tuple(params), doc, timeout, broker,
                                  expect=expect, after=tuple(after), extra=extra,
                                  needs=needs, wants=wants)
        return fn

    return register


def discover() -> dict[str, Scenario]:
    """Import every module of ``brownbag.scenarios`` once, so each registers its scenarios."""
    package = importlib.import_module(__package__)
    for module in pkgutil.iter_modules(package.__path__):
        if module.name not in ("registry", "runs", "payoff") and not module.name.startswith("_"):
            importlib.import_module(f"{__package__}.{module.name}")
    return _CATALOGUE


def catalogue() -> list[Scenario]:
    """Every scenario, in id order, except that a demo comes after those it reads (``after``)."""
    return in_order(s for _, s in sorted(discover().items()))


def in_order(scenarios) -> list[Scenario]:
    """``scenarios`` in their order, each moved after the ones among them it reads (``after``)."""
    scenarios = list(scenarios)
    by_id = {s.id: s for s in scenarios}
    graph = graphlib.TopologicalSorter()
    for s in scenarios:
        graph.add(s.id, *(a for a in s.after if a in by_id))
    order = []
    graph.prepare()  # a circle of after= raises graphlib.CycleError, naming it
    while graph.is_active():
        ready = sorted(graph.get_ready(), key=[s.id for s in scenarios].index)
        order += ready
        graph.done(*ready)
    return [by_id[i] for i in order]


def get(scenario_id: str) -> Scenario:
    found = discover().get(scenario_id)
    if found is None:
        raise UnknownScenario(scenario_id, sorted(_CATALOGUE))
    return found
