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
The ids are the registry's (:mod:`brownbag.scenarios.registry`): a slide may show
any registered scenario, once; the live server's catalogue, the recordings and
``invoke demo <id>`` use the same ids. The talk's order is the order of its slides.
"""

from __future__ import annotations

import html

from docutils import nodes
from docutils.parsers.rst import Directive, directives


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
        # The registry is the one list of demos: a slide may show any scenario it holds.
        # Imported here, by the first demo slide: it imports the demo app and its tasks,
        # which a deck of code and prose alone (and code-of, which reads with ast) never needs.
        from brownbag.scenarios import discover

        known = discover()
        if demo_id not in known:
            raise self.error(
                f"unknown demo id {demo_id!r}: no scenario in brownbag/scenarios/ registers it "
                f"(known: {', '.join(sorted(known))})"
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
