"""The open deck through faults, in headless Chromium against a scratch stack.

A worker is killed (supervisord starts it again), the broker is stopped and
started again, then the live server. The slide says what is down, in words, and comes
back by itself: no reload, no click needed. Times are recorded, not asserted.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from support.faults import kill_ours, program_pid, record, supervisorctl, supervisord_pid
from support.stack import run_invoke, stack_status

pytestmark = pytest.mark.faults

# Redis is broker and result store; prefork runs the demo (default queue), threads gets killed.
LIVE_ONLY = ("--brokers", "redis", "--pools", "prefork,threads", "--no-beat", "--no-flower",
             "--no-camera", "--no-engines")
DEMO = "canvas.chain"
PANEL = f'.demo-panel[data-demo="{DEMO}"]'


def live_state_becomes(page, state: str, timeout: float = 60) -> float:
    """Seconds until the deck's own health check says ``state`` ("up" or "down")."""
    began = time.monotonic()
    page.wait_for_function(f"document.documentElement.getAttribute('data-live') === '{state}'",
                           timeout=timeout * 1000)
    return round(time.monotonic() - began, 2)


def run_in_panel(page) -> str:
    """Click Run and wait for the panel's outcome."""
    page.evaluate(f"document.querySelector('{PANEL}').removeAttribute('data-result')")
    page.locator(f"{PANEL} .demo-run").click()
    page.wait_for_selector(f"{PANEL}[data-result]", timeout=60000)
    return page.locator(PANEL).get_attribute("data-result")


@pytest.mark.timeout(600)
def test_open_deck_rides_out_a_broker_restart_and_a_live_server_restart(scratch, chromium):
    from brownbag.deck import build

    build.build()  # the live server serves slides/_build
    run_invoke("up", *LIVE_ONLY, env=scratch, check=True, timeout=400)
    home = Path(scratch["INVOKE_BROWNBAG_HOME"])
    status = stack_status(scratch)
    live_url = next(c["url"] for c in status if c["name"] == "live")

    page = chromium.new_page(viewport={"width": 1280, "height": 720})
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(live_url)
    live_state_becomes(page, "up", timeout=90)
    page.evaluate(f"impress().goto(document.querySelector('{PANEL}').closest('.step'))")
    status_text = page.locator(f"{PANEL} .demo-status")
    # what the presenter typed outlives every health check and fault below
    length = page.locator(f'{PANEL} input[name="length"]')
    length.fill("3")
    assert run_in_panel(page) == "succeeded"

    # A worker dies: the slide names it while the demo runs on the other one.
    threads = program_pid(stack_status(scratch), "worker-threads")
    kill_ours(threads, supervisord_pid(home))
    worker_gone = live_state_becomes(page, "degraded")
    # offline if a health check fell while it was down, restarted if it was back already
    worker_text = status_text.inner_text()
    assert re.search(r"threads worker (offline|restarted)", worker_text), worker_text
    assert run_in_panel(page) == "succeeded"
    worker_back = live_state_becomes(page, "up", timeout=120)
    assert status_text.inner_text().endswith("live")

    # The broker goes away: the slide names it and offers the recording instead.
    supervisorctl(home, "stop", "redis")
    seen_down = live_state_becomes(page, "down")
    assert "broker down" in status_text.inner_text()
    assert page.locator(PANEL).get_attribute("data-mode") == "recording"
    supervisorctl(home, "start", "redis")
    back_after_broker = live_state_becomes(page, "up", timeout=120)
    assert status_text.inner_text().endswith("live")
    assert run_in_panel(page) == "succeeded"

    # The live server restarts: stopped long enough for the page to notice, then started.
    old = program_pid(stack_status(scratch), "live")
    supervisorctl(home, "stop", "live")
    seen_gone = live_state_becomes(page, "down")
    gone_text = status_text.inner_text()
    assert "live server unreachable" in gone_text
    supervisorctl(home, "start", "live")
    back_after_live = live_state_becomes(page, "up", timeout=120)
    new = program_pid(stack_status(scratch), "live")
    assert new and new != old
    assert run_in_panel(page) == "succeeded"
    assert length.input_value() == "3"
    assert page.locator(f"{PANEL} .demo-row").count() == 3  # and the last run used it
    assert not errors, errors
    record("open deck through faults", worker_loss_shown_after_s=worker_gone,
           worker_loss_text=worker_text,
           worker_back_shown_after_s=worker_back, broker_down_shown_after_s=seen_down,
           broker_back_shown_after_start_s=back_after_broker,
           live_server_loss_shown_after_s=seen_gone, live_server_loss_text=gone_text,
           live_server_back_shown_after_s=back_after_live)
