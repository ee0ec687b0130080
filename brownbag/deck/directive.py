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

A demo where intuition fails may ask the room first (``brownbag.questions``)::

    .. demo:: practices.acks_late
       :question: A pool process dies mid-task; the task has acks_late=True. Does it run again?

       again: Yes: the message goes back, it runs again
       failed: No: it fails with WorkerLostError

Then a ``div.demo-question[data-demo]`` follows the panel (outside it: the panel's
contract is unchanged): the question, one ``li.q-choice[data-choice]`` per choice (the
outcome it stands for) and, in ``data-recorded``, the outcome the committed recording
shows (what answers it offline). The live layer draws the votes on it
(``slides/assets/votes.js``); the build writes the questions to ``questions.json``.
The ids are the registry's (:mod:`brownbag.scenarios.registry`): a slide may show
any registered scenario, once; the live server's catalogue, the recordings and
``invoke demo <id>`` use the same ids. The talk's order is the order of its slides.
"""

from __future__ import annotations

import html

from docutils import nodes
from docutils.parsers.rst import Directive, directives

from brownbag import questions


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


def question_html(question: questions.Question) -> str:
    """The question under a panel: its choices, with room for the votes' bars."""
    esc = html.escape
    recorded = question.recorded_answer()
    items = "".join(
        f'<li class="q-choice" data-choice="{esc(key)}"><span class="q-label">{esc(label)}</span>'
        f'<span class="q-bar"><span class="q-fill"></span></span><span class="q-count"></span></li>'
        for key, label in question.choices)
    answered = f' data-recorded="{esc(recorded)}"' if recorded else ""
    return (f'<div class="demo-question" data-demo="{esc(question.demo)}"{answered}>'
            f'<p class="q-text"><span class="q-badge">predict</span> {esc(question.text)}</p>'
            f'<ol class="q-choices">{items}</ol><p class="q-said"></p></div>')


class DemoDirective(Directive):
    """``.. demo:: <id>`` — see the module docstring for the HTML it renders."""

    required_arguments = 1
    optional_arguments = 0
    has_content = True
    option_spec = {"question": directives.unchanged_required}

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
        out = [nodes.raw("", panel_html(demo_id), format="html")]
        if "question" in self.options:
            try:
                question = questions.parse(demo_id, self.options["question"], list(self.content))
            except questions.QuestionError as exc:
                raise self.error(f"{demo_id}: {exc}") from None
            document.__dict__.setdefault("_brownbag_questions", []).append(question)
            out.append(nodes.raw("", question_html(question), format="html"))
        elif self.content:
            raise self.error(f"{demo_id}: choices without a :question:")
        return out


def register() -> None:
    """Make ``.. demo::`` known to docutils (before hovercraft parses the deck)."""
    directives.register_directive("demo", DemoDirective)
