"""The live demos: one registry (registry.py), one module per talk section.

    >>> from brownbag.scenarios import catalogue, get
    >>> [s.id for s in catalogue()][:3]
    ['beat.ticks', 'broker.queue', 'brokers.available']
    >>> get("canvas.chain").command
    'invoke demo canvas.chain'

See :mod:`brownbag.scenarios.registry` for how to add one. A scenario sends the
talk's own tasks (``demo.*``) and follows them (``runs.py``); the tasks are never
defined here, and neither is how a run is drawn (``slides/assets/live.js`` on a
slide, ``brownbag.cli.demos`` in a terminal).
"""

from .registry import (
                       Expect,
                       Param,
                       ParameterError,
                       Scenario,
                       UnknownScenario,
                       catalogue,
                       discover,
                       get,
                       in_order,
                       scenario,
)
from .runs import Run, RunFailed, Tracker

__all__ = ["Expect", "Param", "ParameterError", "Run", "RunFailed", "Scenario", "Tracker",
           "UnknownScenario", "catalogue", "discover", "get", "in_order", "scenario"]
