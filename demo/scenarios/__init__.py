"""The live demos: one registry (registry.py), one module per talk section.

    >>> from demo.scenarios import catalogue, get
    >>> [s.id for s in catalogue()][:3]
    ['beat.ticks', 'broker.queue', 'brokers.available']
    >>> get("canvas.chain").command
    'invoke demo canvas.chain'

See :mod:`demo.scenarios.registry` for how to add one.
"""

from .registry import (Param, ParameterError, Scenario, UnknownScenario, catalogue, discover,
                       get, scenario)
from .runs import Run, RunFailed, Tracker

__all__ = ["Param", "ParameterError", "Run", "RunFailed", "Scenario", "Tracker",
           "UnknownScenario", "catalogue", "discover", "get", "scenario"]
