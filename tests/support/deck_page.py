"""The deck in a Playwright page: opened on a live server, moved to a demo's slide,
each step awaited on what the deck itself shows (attributes, classes), never a pause."""

from __future__ import annotations


def open_live_deck(page, url: str, timeout: float = 30_000) -> None:
    """``url``'s deck, once it has found its live server (``data-live="up"``)."""
    page.goto(url + "/")
    page.wait_for_function("document.documentElement.getAttribute('data-live') === 'up'",
                           timeout=timeout)


def goto_demo(page, demo: str, timeout: float = 5_000) -> None:
    """To ``demo``'s slide, at once; returns when impress.js has entered it (the step is
    ``present``: its stepenter handlers have run)."""
    page.evaluate("""id => impress().goto(document.querySelector(
        `.demo-panel[data-demo="${id}"]`).closest('.step'), 0)""", demo)
    page.wait_for_function("""id => document.querySelector(`.demo-panel[data-demo="${id}"]`)
        .closest('.step').classList.contains('present')""", arg=demo, timeout=timeout)
