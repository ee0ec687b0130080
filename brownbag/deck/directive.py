"""The ``demo`` directive: one line of reStructuredText puts a live demo on a slide.

    .. demo:: canvas.chord

It renders this HTML, and nothing else (the contract ``slides/assets/live.js``
is written against; keep it stable)::

    <div class="demo-panel" data-demo="canvas.chord">
      <div class="demo-head">
        <span class="demo-badge">live demo</span>
        <span class="demo-id">canvas.chord</span>
      </div>
      <div class="demo-live"></div>
      <div class="demo-cmd">
        <span class="demo-prompt">$</span> <code>invoke demo canvas.chord</code>
      </div>
    </div>

- ``div.demo-panel[data-demo]`` — one per demo id in the whole deck (ids are unique).
- ``div.demo-head`` — the title row; the live layer may put the scenario's title,
  a Run button and a status in it.
- ``div.demo-live`` — empty; the live layer fills it (events, results, charts,
  or the recorded run when no backend answers).
- ``div.demo-cmd`` — the terminal command that runs the same scenario for real.

Without JavaScript (the static deck) the panel still names the command.
The ids are stable: the live server's catalogue, the recordings and
``invoke demo <id>`` all use them.
"""

from __future__ import annotations

import html
import re

from docutils import nodes
from docutils.parsers.rst import Directive, directives

# Every demo the talk shows, in talk order. Adding one here is how a slide may use it.
DEMO_IDS = (
    "overview.async",
    "overview.priority",
    "overview.distributed",
    "broker.queue",
    "brokers.available",
    "broker.compare",
    "worker.inspect",
    "pools.io",
    "pools.cpu",
    "beat.ticks",
    "canvas.delay",
    "canvas.callback",
    "canvas.group",
    "canvas.chain",
    "canvas.chord",
    "errors.retry",
    "errors.timeout",
    "errors.logging",
    "practices.acks_late",
    "delivery.prefetch",
    "delivery.visibility",
    "delivery.quorum",
    "delivery.shutdown",
    "practices.memory",
    "practices.results",
    "practices.chord_failure",
    "ecosystem.django",
    "monitoring.flower",
    "monitoring.camera",
    "peers.compare",
    "engines.run",
    "imports.run",
)

_ID = re.compile(r"^[a-z][a-z_]*\.[a-z][a-z_]*$")


def panel_html(demo_id: str) -> str:
    """The panel for one demo; ``demo_id`` is already validated."""
    safe = html.escape(demo_id, quote=True)
    return (
        f'<div class="demo-panel" data-demo="{safe}">'
        f'<div class="demo-head"><span class="demo-badge">live demo</span>'
        f'<span class="demo-id">{safe}</span></div>'
        f'<div class="demo-live"></div>'
        f'<div class="demo-cmd"><span class="demo-prompt">$</span> '
        f'<code>invoke demo {safe}</code></div>'
        f"</div>"
    )


class DemoDirective(Directive):
    """``.. demo:: <id>`` — see the module docstring for the HTML it renders."""

    required_arguments = 1
    optional_arguments = 0
    has_content = False

    def run(self):
        demo_id = self.arguments[0].strip()
        document = self.state.document
        if not _ID.match(demo_id) or demo_id not in DEMO_IDS:
            raise self.error(
                f"unknown demo id {demo_id!r}: add it to DEMO_IDS in brownbag/deck/directive.py "
                f"(known: {', '.join(DEMO_IDS)})"
            )
        # One panel per id: the live layer finds a demo's panel by its id.
        seen = document.__dict__.setdefault("_brownbag_demo_ids", set())
        if demo_id in seen:
            raise self.error(f"demo id {demo_id!r} is used twice in the deck")
        seen.add(demo_id)
        return [nodes.raw("", panel_html(demo_id), format="html")]


def register() -> None:
    """Make ``.. demo::`` known to docutils (before hovercraft parses the deck)."""
    directives.register_directive("demo", DemoDirective)
