"""The ``bench`` directive: a published benchmark chart on a slide, with where it comes from.

    .. bench:: brokers

``invoke bench.brokers`` / ``invoke bench.pools`` (full runs, or ``--publish``)
write ``slides/bench/<name>.svg`` and ``<name>.json``. The directive shows the
chart and one line on the machine it was measured on (cores, load, versions,
date). Until a run has been published, the slide says which command publishes
one instead of failing the build: the numbers come from the presenter's own
machine, never from us.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import Directive, directives

BENCHMARKS = ("brokers", "pools", "peers")


def provenance(meta: dict) -> str:
    """One line: where and when the numbers were measured, and how busy the machine was.

    Runs published before the machine's state was recorded (no ``machine_state``) show
    the load at their start, and say that nothing else was recorded."""
    machine = meta.get("machine") or {}
    state = meta.get("machine_state") or {}
    parts = [f"measured on {machine.get('host', '?')}", f"{state.get('cores') or machine.get('cores', '?')} cores"]
    if state:
        before, during = state.get("before") or {}, state.get("during") or {}
        parts.append(f"load {before.get('load_1m', '?')}")
        if during.get("others_cpu_mean") is not None:
            parts.append(f"other processes {during['others_cpu_mean']:.2f} cores")
        if meta.get("forced"):
            parts.append("BUSY machine, published with --force")
    else:
        parts.append(f"load {machine.get('load_avg_1m', '?')} (no other record: published before runs kept one)")
    parts += [f"celery {machine.get('celery', '?')}",
             f"kombu {machine.get('kombu', '?')}",
             str(machine.get("date", "?"))[:16].replace("T", " ") + " UTC"]
    if meta.get("mode"):
        parts.append(f"{meta['mode']} run")
    return " · ".join(parts)


class BenchDirective(Directive):
    """``.. bench:: brokers|pools`` — the chart from slides/bench/, or how to publish one."""

    required_arguments = 1
    has_content = False

    def run(self):
        name = self.arguments[0].strip()
        if name not in BENCHMARKS:
            raise self.error(f"unknown benchmark {name!r}: use one of {', '.join(BENCHMARKS)}")
        source = Path(self.state.document.current_source or ".").resolve()
        folder = source.parent / "bench"
        chart, data = folder / f"{name}.svg", folder / f"{name}.json"
        command = f"invoke bench.{name} --publish"
        if not chart.is_file():
            return [nodes.raw("", (
                '<div class="bench-missing">No benchmark published on this machine yet: '
                f"<code>{html.escape(command)}</code> measures and publishes one.</div>"),
                format="html")]
        try:
            meta = json.loads(data.read_text(encoding="utf-8")) if data.is_file() else {}
        except (OSError, ValueError) as error:
            raise self.error(f"{data}: not readable JSON ({error})") from None
        self.state.document.settings.record_dependencies.add(str(chart))
        image = nodes.image(uri=f"bench/{name}.svg", alt=f"benchmark: {name}", classes=["bench"])
        caption = nodes.paragraph("", "", classes=["bench-source"])
        caption += nodes.Text(provenance(meta) + " — rerun: ")
        caption += nodes.literal(command, command)
        return [image, caption]


def register() -> None:
    directives.register_directive("bench", BenchDirective)
