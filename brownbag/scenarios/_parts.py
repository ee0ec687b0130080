"""The parts of the stack a demo may need, and the one command that brings each up.

A scenario declares ``needs`` (it cannot run without them: its panel offers the
recording instead) and ``wants`` (it runs without them, leaving part of its point
out). The live server's health says which parts answer (brownbag/live/health.py),
so a panel says what is missing before Run, never after a red run.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Part:
    name: str
    label: str    # as the slide names it
    kind: str     # "broker": probed by its URL; "worker": a worker answering under that name;
                  # "service": a program of the stack answering its own health check;
                  # "package": an extra of this checkout, installed when ``module`` imports
    command: str  # what brings it up
    module: str = ""


PARTS = {p.name: p for p in (
    Part("rabbitmq", "RabbitMQ", "broker", "invoke up --brokers redis,rabbitmq"),
    Part("mongo", "MongoDB", "broker", "invoke up --brokers redis,mongo"),
    Part("sqlite", "the SQLite broker", "broker", "invoke up --brokers redis,sqlite"),
    Part("engines", "the engines worker", "worker", "invoke up (without --no-engines)"),
    Part("jobsite", "the Django job site's worker", "worker", "invoke up (without --no-django)"),
    Part("prometheus", "Prometheus", "service",
         "apt-get install prometheus, then invoke up (without --no-metrics)"),
    Part("trace", "OpenTelemetry (the [trace] extra)", "package", "pip install -e '.[trace]'",
         module="opentelemetry.instrumentation.celery"),
)}


def known(names, scenario_id: str) -> tuple[str, ...]:
    """Declared part names, checked once at registration: a typo fails at import, by name."""
    unknown = [n for n in names if n not in PARTS]
    if unknown:
        raise ValueError(f"demo {scenario_id!r} needs unknown part(s) {', '.join(unknown)}; "
                         f"known: {', '.join(PARTS)}")
    return tuple(names)


def commands(parts: list[Part]) -> str:
    """One command where one does it: the missing brokers go in one --brokers list."""
    brokers = [p.name for p in parts if p.kind == "broker"]
    out = [f"invoke up --brokers {','.join(['redis', *brokers])}"] if brokers else []
    return "; ".join(dict.fromkeys([*out, *(p.command for p in parts if p.kind != "broker")]))


def verdict(needs, wants: dict, has: dict) -> dict | None:
    """What a demo lacks on this stack, and the one line its panel says before Run.

    ``has``: part name -> {"up": bool, "why": str}. A part the health check could not
    tell about (absent from ``has``) is not called missing: never cry wolf."""
    def lacking(names):
        return [n for n in names if n in has and not has[n]["up"]]

    missing, skipped = lacking(needs), lacking(wants)
    if not missing and not skipped:
        return None
    if missing:
        parts = [PARTS[n] for n in missing]
        line = (f"Needs {' and '.join(p.label for p in parts)}, which this stack lacks: "
                f"{commands(parts)}.")
    else:
        parts = [PARTS[n] for n in skipped]
        line = (f"No {' or '.join(p.label for p in parts)} on this stack: "
                f"{'; '.join(wants[n] for n in skipped)}. To run it all: {commands(parts)}.")
    return {"missing": missing, "skipped": skipped, "line": line,
            "why": {n: has[n]["why"] for n in missing + skipped}}
