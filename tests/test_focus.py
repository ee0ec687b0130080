"""Code focus steps with the presenter's keys, the phone remote, and the audience view
(brownbag/deck/code_of.py :focus:, slides/theme/focus.js, presenter.js, follow.js,
brownbag/live/stage.py): a real live server and its audience listener, the presenter,
an attendee and the phone in separate Chromium contexts.

Set BROWNBAG_SHOTS=<dir> for a 1280x720 screenshot of the focus step before and after a press.
"""

from __future__ import annotations

import os

import pytest

from support.audience_server import bridged_audience_server

SHOTS = os.environ.get("BROWNBAG_SHOTS")

# The lit lines of the step's focus block, or [] when no group is lit.
LIT = """id => Array.from(document.querySelectorAll(`#${id} pre.code-focus .line.focused`))
    .map(line => line.textContent.trim())"""


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    from brownbag.deck import build

    target = tmp_path_factory.mktemp("deck")
    build.build(target=target)
    return target


@pytest.fixture
def server(stack, deck):
    """The presenter's deck reports its steps once it found a live server with a stack
    (presenter.js waits for data-live="up")."""
    with bridged_audience_server(deck) as server:
        yield server


def active(page) -> str:
    return page.evaluate("document.querySelector('#impress .step.active').id")


def group(page, step: str, n: int) -> list[str]:
    """What group ``n`` of the step's (first) focus block should light: from the build."""
    return page.evaluate("""([id, n]) => Array.from(document.querySelectorAll(
        `#${id} pre.code-focus .line.focus-${n}`)).map(line => line.textContent.trim())""", [step, n])


def lit_becomes(page, step: str, lines: list[str]) -> None:
    page.wait_for_function(f"([id, want]) => JSON.stringify(({LIT})(id)) === JSON.stringify(want)",
                           arg=[step, lines], timeout=10_000)


@pytest.mark.browser
@pytest.mark.redis
def test_focus_steps_on_stage_on_the_remote_and_in_the_audience_view(server, chromium):
    contexts = [chromium.new_context(viewport={"width": 1280, "height": 720}) for _ in range(2)]
    contexts.append(chromium.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                         has_touch=True))
    try:
        deck = contexts[0].new_page()
        deck.goto(server.deck_url)
        deck.wait_for_function("window.Brownbag && Brownbag.stage && Brownbag.stage.reported.length")
        crowd = contexts[1].new_page()
        crowd.goto(f"{server.crowd}/?token={server.audience_token}")
        crowd.wait_for_function("window.Brownbag && Brownbag.follow && Brownbag.follow.state === 'live'")

        # The engines' chord: the block with the most groups.
        step, groups = deck.evaluate("""() => {
            const pres = Array.from(document.querySelectorAll('pre.code-focus'));
            const most = pres.sort((a, b) => b.querySelectorAll('.focus-step').length -
                                             a.querySelectorAll('.focus-step').length)[0];
            return [most.closest('.step').id, most.querySelectorAll('.focus-step').length];
        }""")
        assert groups >= 3
        assert deck.evaluate(f"document.querySelectorAll('#{step} pre.code-focus').length") == 1
        deck.evaluate(f"impress().goto('{step}', 0)")
        # impress.js hides the substeps when it enters a step: press only once it has.
        deck.wait_for_function(f"document.getElementById('{step}').classList.contains('present')")
        crowd.wait_for_function(f"document.getElementById('{step}').classList.contains('present')")
        assert deck.evaluate(LIT, step) == [] and crowd.evaluate(LIT, step) == []
        if SHOTS:
            deck.screenshot(path=f"{SHOTS}/focus-before-1280x720.png", animations="disabled")

        # 1. the presenter's key: group 1 lit, the rest dimmed, on stage and in the room
        first, second = group(deck, step, 1), group(deck, step, 2)
        assert first and second and first != second
        deck.keyboard.press("ArrowRight")
        lit_becomes(deck, step, first)
        assert active(deck) == step, "a focus group is a substep: the step stays"
        assert deck.evaluate(f"document.querySelector('#{step} pre').classList.contains('focusing')")
        lit_becomes(crowd, step, first)
        if SHOTS:
            deck.wait_for_timeout(400)  # the dimming's transition
            deck.screenshot(path=f"{SHOTS}/focus-after-1280x720.png", animations="disabled")
        deck.keyboard.press("ArrowRight")
        lit_becomes(deck, step, second)
        lit_becomes(crowd, step, second)
        assert server.presenter.state.stage.public()["substep"] == 2

        # 2. the phone remote's next and prev go through the same groups
        phone = contexts[2].new_page()
        phone.goto(f"{server.crowd}/remote?token={server.presenter_token}")
        phone.wait_for_function("document.getElementById('status').dataset.kind === 'ok'")
        phone.wait_for_function("document.getElementById('where').textContent.endsWith(' \u00b7 2')")
        phone.click("#next")
        third = group(deck, step, 3)
        lit_becomes(deck, step, third)
        lit_becomes(crowd, step, third)
        phone.click("#prev")
        lit_becomes(deck, step, second)
        lit_becomes(crowd, step, second)

        # 3. after the last group, next leaves the step; the room follows there too
        for n in range(3, groups + 1):
            deck.keyboard.press("ArrowRight")
            lit_becomes(deck, step, group(deck, step, n))
        deck.keyboard.press("ArrowRight")
        deck.wait_for_function(f"document.querySelector('#impress .step.active').id !== '{step}'")
        after = active(deck)
        crowd.wait_for_function(f"document.querySelector('#impress .step.active').id === '{after}'")
        # 4. coming back, the step opens plain: nothing lit, here or in the room
        deck.keyboard.press("ArrowLeft")
        deck.wait_for_function(f"document.getElementById('{step}').classList.contains('present')")
        crowd.wait_for_function(f"document.getElementById('{step}').classList.contains('present')")
        lit_becomes(deck, step, [])
        lit_becomes(crowd, step, [])
    finally:
        for ctx in contexts:
            ctx.close()
