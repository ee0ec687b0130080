"""``invoke present``: the deck first, the rest of the stack behind it.

The command opens the deck as soon as the live server answers and brings up the rest
after; the live server's health follows the stack until it has settled. How long each
takes is measured by ``invoke bench.present``, not asserted here.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from brownbag.scenarios import catalogue
from brownbag.scenarios.registry import get

from support.deck_page import goto_demo
from support.faults import wait_for
from support.live_server import answers
from support.outcome import check_finished_panel, set_param
from support.paths import ROOT

ARTIFACTS = ROOT / "tests" / "_artifacts" / "present"


# How long a readiness wait may take on a saturated machine (CI beside other work: a load of
# 40 on 2 cores made the console's first paint miss 30 s). Each wait returns as soon as what it
# waits for is there, so a long bound costs nothing when the machine is quick.
SATURATED_MS = 90_000


def open_deck(chromium, url: str):
    """The deck in Chromium, with the presenter console (P) open beside it."""
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    context.set_default_timeout(SATURATED_MS)  # every wait below and in the walk without its own
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    with context.expect_page(timeout=SATURATED_MS) as opened:
        page.keyboard.press("p")
    console = opened.value
    console.wait_for_selector("#pace-section .pace-time", timeout=SATURATED_MS)
    console.on("pageerror", lambda error: errors.append(f"console: {error}"))
    # the console says the stack is coming (or, on a fast machine, that it has come)
    console.wait_for_function("document.getElementById('stack-state').dataset.state !== 'none'",
                              timeout=SATURATED_MS)
    return page, console, errors


def watch_panels_turn_live(page, console) -> None:
    """Every panel whose parts this stack runs ends live, without a reload."""
    for demo in ("delivery.quorum", "engines.run", "canvas.chain"):
        page.wait_for_selector(f'.demo-panel[data-demo="{demo}"][data-mode="live"]',
                               timeout=SATURATED_MS)  # RabbitMQ's missed 60 s at a load of 97
    page.wait_for_function("Brownbag.pace.stack() && Brownbag.pace.stack()[0] === 'settled'",
                           timeout=SATURATED_MS)
    line = page.evaluate("Brownbag.pace.stack()[1]")
    assert "every panel live" in line, line


# A run has ended when its result is drawn (data-result) or the panel says why it could not
# start (the summary's failed line); data-run changes with every run the panel starts.
ENDED = """([id, before]) => {
    const panel = document.querySelector(`.demo-panel[data-demo="${id}"]`);
    if (panel.hasAttribute('data-running')) return false;
    if (panel.querySelector('.demo-summary.failed')) return true;
    return panel.hasAttribute('data-result') && panel.getAttribute('data-run') !== before;
}"""


# Where the walk's time goes, one row per click: (pass, demo, seconds to its slide and
# params, seconds from Run to its end, seconds checking its panel). Printed at the end.
TIMINGS: list[tuple[str, str, float, float, float]] = []


def timings_summary(phases: dict[str, float]) -> str:
    """The walk's time per phase and per click, slowest first (``pytest -s`` shows it; it is
    also written next to the screenshots)."""
    lines = [f"{name:<28} {seconds:7.1f} s" for name, seconds in phases.items()]
    lines.append(f"{'pass':<8} {'demo':<26} {'goto':>6} {'run':>7} {'check':>6}")
    for label, demo, goto, run, check in sorted(TIMINGS, key=lambda t: -(t[3] + t[4])):
        lines.append(f"{label:<8} {demo:<26} {goto:6.1f} {run:7.1f} {check:6.1f}")
    return "\n".join(lines)


def click_every_demo(page, url: str, order: list[str], check: bool = False,
                     label: str = "") -> list[tuple[str, str]]:
    """Each demo of ``order`` clicked in its panel as a presenter would (its slide, Run), each
    awaited to its end: what each ended as, in order. A panel whose stack lacks a part must say
    so before Run (data-lacks) and then offers only its recording. With ``check``, each is run
    with its scenario's ``expect=`` parameters (typed into its panel) and a run that succeeded
    must also show what its slide claims (support.outcome.check_finished_panel): that, or the
    assertion that failed, is what it ended as."""
    ended = []
    for demo in order:
        t0 = time.monotonic()
        goto_demo(page, demo, timeout=SATURATED_MS)  # its 5 s missed once at a load of 47
        panel = page.locator(f'.demo-panel[data-demo="{demo}"]')
        if panel.get_attribute("data-lacks") is not None:
            assert panel.locator(".demo-lacks").is_visible(), demo
            ended.append((demo, "lacks " + panel.locator(".demo-lacks").inner_text()))
            continue
        if check:
            assert panel.get_attribute("data-result") is None, demo  # nothing ran on slide entry
            for name, value in get(demo).expect.params.items():
                set_param(panel, name, value)
        before = panel.get_attribute("data-run")
        t1 = time.monotonic()
        panel.locator(".demo-run").click()
        page.wait_for_function(ENDED, arg=[demo, before], timeout=get(demo).timeout * 1000 + 60_000)
        t2 = time.monotonic()
        result = panel.get_attribute("data-result") or "failed"
        how = result if result == "succeeded" else f"{result}: {panel.locator('.demo-summary').inner_text()}"
        if check and how == "succeeded":
            try:
                check_finished_panel(page, url, demo, ARTIFACTS / f"present-{demo}.png")
            except AssertionError as claim:
                how = f"succeeded, but not as its slide says: {claim}"
        TIMINGS.append((label, demo, t1 - t0, t2 - t1, time.monotonic() - t2))
        ended.append((demo, how))
        page.evaluate("window.scrollTo(0, 0)")  # playwright scrolled to click; a presenter doesn't
    return ended


# The reverse pass clicks only the demos whose outcome can depend on what ran before them
# (see the test's docstring for why each is here); the deck pass runs them all.
READS_ANOTHERS_WORK = {s.id for s in catalogue() if s.after} | {a for s in catalogue() for a in s.after}
LEAVES_STATE = {"ecosystem.django", "broker.queue"}
TWICE_IN_A_ROW = ("engines.run", "ecosystem.django")


@pytest.mark.timeout(1800)
def test_present_opens_the_deck_before_the_workers_and_settles(scratch, tmp_path, chromium):
    """The deck answers before the workers do, the stack settles, and then every demo runs from
    its panel in any order on this fresh stack, none ending red.

    Deck order, every demo, each with its ``expect=`` parameters: its run must show what its
    slide claims (this is the suite's one run of each demo from its panel). Reverse order, only
    the demos whose outcome can depend on what ran before (a full reverse pass doubled the
    walk's 15 minutes for demos that share nothing):

    - ``after=`` in the registry and what they read: engines.run and imports.run (Engines on a
      fresh store imports a batch itself in deck order; reversed, imports.run runs after it and
      must update, not duplicate, what Engines imported);
    - ecosystem.django: it makes its "every N seconds" schedule through the admin's form only
      if none exists, so a run after another takes the other path;
    - broker.queue: it cancels a shared pool worker's consumer and adds it back, so every demo
      on that worker after it depends on the restore.

    The others prepare what they use and clean it up themselves (delivery.shutdown and
    metrics.backlog start their own workers and purge their own queues; django_commit's users
    have fresh names), so their order was never the point.

    Twice in a row, within the reverse pass: engines.run (its second run finds the store it
    filled) and ecosystem.django (its schedule from the run just before). A separate pass after
    the reverse one ran them on the same state, for two more runs.

    Where the time went is printed at the end (``-s``) and written to
    tests/_artifacts/present/timings.txt: each phase, and each click's goto, run and check.
    """
    phases: dict[str, float] = {}
    TIMINGS.clear()
    try:
        present_and_walk(scratch, tmp_path, chromium, phases)
    finally:  # where the time went, a failed run too
        summary = timings_summary(phases)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / "timings.txt").write_text(summary + "\n")
        print(summary)


def present_and_walk(scratch, tmp_path, chromium, phases: dict[str, float]) -> None:
    """The test's body; ``phases`` gets the seconds each part took as it ends."""
    url = f"http://127.0.0.1:{scratch['INVOKE_BROWNBAG_PORTS_LIVE']}/"
    log = tmp_path / "present.log"
    start = time.monotonic()

    def phase(name: str) -> None:
        phases[name] = time.monotonic() - start - sum(phases.values())

    with log.open("w") as out:
        command = subprocess.Popen([sys.executable, "-m", "invoke", "present", "--no-browser"],
                                   cwd=ROOT, env={**os.environ, **scratch, "COLUMNS": "200"},
                                   stdout=out, stderr=subprocess.STDOUT, text=True)
        try:
            deck = wait_for(lambda: (r := answers(url)) is not None and r.status_code == 200 and r,
                            120, 0.05, what=f"the deck on {url}")
            # The command returns once every worker answers: still running, it has not yet.
            still_running = command.poll() is None
            # (polled: on a saturated machine one answer can take longer than answers()' 5 s)
            first = wait_for(lambda: answers(url + "api/health"), 60, 0.2,
                             what="the live server's health while the stack comes up").json()
            page, console, errors = open_deck(chromium, url)
            phase("deck answers, console open")
            code = command.wait(timeout=400)
            phase("invoke present returns")
            watch_panels_turn_live(page, console)
            phase("panels live, pace settled")
        finally:
            if command.poll() is None:
                command.kill()
    said = log.read_text()
    assert "<title>" in deck.text and "demo-panel" in deck.text
    assert still_running, f"the command ended before the deck answered:\n{said}"
    assert code == 0, said
    # The deck is said (and opened) before any worker is up, and before they all answer.
    lines = said.splitlines()
    deck_line = next(i for i, line in enumerate(lines) if line.startswith("the deck, live:"))
    for name in ("worker-prefork", "worker-engines", "rabbitmq", "workers answer"):
        later = next(i for i, line in enumerate(lines) if line.startswith(name))
        assert later > deck_line, said
    assert "stack" in first and first["stack"]["programs"], first
    assert errors == []

    health = wait_for(lambda: (h := answers(url + "api/health").json())["stack"]["settled"] and h,
                      120, 0.5, what="the stack to settle")
    programs = {p["name"]: p for p in health["stack"]["programs"]}
    assert {"live", "redis", "rabbitmq", "worker-prefork", "worker-engines", "beat"} <= set(programs)
    assert all(p["up"] for p in programs.values()), programs
    assert health["stack"]["failed"] == [] and health["stack"]["waiting"] == []
    assert all(w["up"] for w in health["workers"]), health["workers"]
    for part in ("rabbitmq", "engines", "jobsite"):
        assert health["parts"][part]["up"], health["parts"]
    assert not [d for d, v in health["demos"].items() if v["missing"]], health["demos"]
    phase("health settled")

    # On stage: every demo clicked in the deck's order on this fresh stack (Engines before
    # Imports, as the outline has it), each checked against its slide; then those whose outcome
    # can depend on order in reverse, two of them twice in a row. None may end red.
    order = page.evaluate("[...document.querySelectorAll('.demo-panel')].map(p => p.dataset.demo)")
    assert len(order) == len(set(order)) >= 30, order
    assert set(order) == {s.id for s in catalogue()}, set(order) ^ {s.id for s in catalogue()}
    again = READS_ANOTHERS_WORK | LEAVES_STATE
    assert again <= set(order) and set(TWICE_IN_A_ROW) <= again, again - set(order)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    ended = walk(page, url, order, again, phase)
    red = [(demo, how) for demo, how in ended if how != "succeeded" and not how.startswith("lacks")]
    assert red == [], "\n".join(f"{demo}: {how}" for demo, how in red)
    assert errors == []


def walk(page, url: str, order: list[str], again: set[str], phase) -> list[tuple[str, str]]:
    """The deck pass, checked, then the reverse pass: what each click ended as."""
    ended = click_every_demo(page, url, order, check=True, label="deck")
    phase("deck order, checked")
    # The reverse pass runs each of TWICE_IN_A_ROW twice where it comes: its second run
    # follows its first at once, on the same state a separate pass after it would find.
    backwards = [d for d in order[::-1] if d in again]
    ended += click_every_demo(page, url, [twice for d in backwards
                                          for twice in ([d, d] if d in TWICE_IN_A_ROW else [d])],
                              label="reverse")
    phase("reverse order, two twice")
    return ended


def test_a_failed_part_is_named_with_its_logs_last_line(tmp_path):
    from brownbag import settings
    from brownbag.stack import credentials
    from brownbag.stack.progress import describe
    from brownbag.stack.supervisor import Supervisor

    cfg = {**settings.load(), "home": str(tmp_path)}
    sup = Supervisor(cfg, credentials.load(Path(tmp_path)))
    sup.logs.mkdir(parents=True)
    (sup.logs / "flower.log").write_text(
        "starting\nERROR: address already in use\nshutting down\n")
    failed = describe(sup, "flower", {"statename": "FATAL", "description": "Exited too quickly"})
    assert failed["failed"] and not failed["up"]
    assert failed["why"] == "fatal: ERROR: address already in use (invoke logs flower)"
    coming = describe(sup, "rabbitmq", None)
    assert coming == {"name": "rabbitmq", "state": "STOPPED", "up": False, "failed": False,
                      "why": "not started yet", "uptime": 0}


def test_the_panels_say_a_part_is_starting_or_failed_not_missing():
    from brownbag.live import health

    programs = [{"name": "rabbitmq", "state": "STARTING", "up": False, "failed": False,
                 "why": "starting"},
                {"name": "worker-engines", "state": "FATAL", "up": False, "failed": True,
                 "why": "fatal: ImportError: no module named x (invoke logs worker-engines)"}]
    has = {"rabbitmq": {"up": False, "why": "Connection refused"},
           "engines": {"up": False, "why": "no engines worker answers"},
           "jobsite": {"up": True, "why": "answers ping"}}
    pending = health.coming(has, programs)
    assert pending == {"rabbitmq": "starting", "engines": "failed"}
    verdicts = health.demo_verdicts(has)
    health.settle_lines(verdicts, pending)
    # the quorum demo needs RabbitMQ, the engines demo its worker (scenarios' needs=)
    assert verdicts["delivery.quorum"]["line"].startswith("Waits for RabbitMQ, starting now")
    assert verdicts["delivery.quorum"]["starting"] == ["rabbitmq"]
    engines = verdicts["engines.run"]["line"]
    assert "failed to start" in engines and "ImportError: no module named x" in engines
    assert "ecosystem.django" not in verdicts  # its worker answers
