"""What a demo's run must show: its events in order and its scenario's ``expect=`` outcome
(the claim its slide makes), read from the run's items as the live server streams them."""

from __future__ import annotations

import json

from support.live_server import result_of

TERMINAL = {"task-succeeded", "task-failed", "task-revoked", "task-rejected"}


def check_order(items: list[dict]) -> None:
    """Per task, as the workers stamped them: received <= started <= its end."""
    assert items[0]["kind"] == "run" and items[-1]["kind"] == "summary"
    assert sum(1 for i in items if i["kind"] == "summary") == 1
    by_task: dict[str, list[dict]] = {}
    for item in items:
        if item["kind"] == "event":
            by_task.setdefault(item["uuid"], []).append(item)
    for uuid, events in by_task.items():
        first = {}
        for event in events:
            first.setdefault(event["type"], event["timestamp"])
        slack = 0.05  # different processes stamp them
        if "task-received" in first and "task-started" in first:
            assert first["task-received"] <= first["task-started"] + slack, (uuid, events)
        ends = [first[t] for t in TERMINAL if t in first]
        if ends and "task-started" in first:
            assert first["task-started"] <= max(ends) + slack, (uuid, events)


def check_outcome(demo: str, items: list[dict]) -> None:
    """The run's events in order, and the outcome its slide claims (the scenario's ``expect``)."""
    from brownbag.scenarios import get

    expect = get(demo).expect
    check_order(items)
    result = result_of(items)
    assert expect.outcome(result, items), f"{demo}: {json.dumps(result)[:2000]}"
    if expect.events:
        assert any(i["kind"] == "event" for i in items), f"{demo}: no Celery event reached the run"


def set_param(panel, name: str, value) -> None:
    """Type a value into a panel's parameter as a presenter would: field, list or box."""
    field = panel.locator(f'[name="{name}"]')
    if field.evaluate("n => n.tagName") == "SELECT":
        field.select_option(str(value))
    elif field.get_attribute("type") == "checkbox":
        field.set_checked(bool(value))
    else:
        field.fill(str(value))


def check_finished_panel(page, url: str, demo: str, shot) -> None:
    """``demo``'s panel after a run that succeeded: what it drew came from that run (the API
    replays it, and it shows the slide's claim), and at 1280x720 the whole payoff is on screen,
    nothing scrolled or cut, no raw JSON. ``shot``: where its screenshot goes."""
    from brownbag.deck.panel_fit import CHECK
    from brownbag.scenarios import get
    from brownbag.scenarios.payoff import KINDS

    from support.live_server import stream

    panel = page.locator(f'.demo-panel[data-demo="{demo}"]')
    check_outcome(demo, stream(url.rstrip("/"), panel.get_attribute("data-run")))
    if get(demo).expect.events:  # the others draw a table or chart, not task rows
        assert panel.locator(".demo-row").count() >= 1, f"{demo}: no task rows"
    page.evaluate("window.scrollTo(0, 0)")  # playwright scrolled to click; a presenter doesn't
    page.wait_for_function("""id => !document.querySelector(
        `.demo-panel[data-demo="${id}"] .demo-run`).disabled""", arg=demo)
    seen = page.evaluate(CHECK, demo)
    page.screenshot(path=str(shot))
    assert not seen["prerun"] and seen["payoff"] in KINDS, (demo, seen)
    assert not seen["problems"], f"{demo}: " + json.dumps(seen["problems"], indent=1)
    drawn = panel.locator(".demo-payoff").inner_text()
    assert not any(ch in drawn for ch in "{}"), f"{demo}: raw JSON in its payoff: {drawn}"
