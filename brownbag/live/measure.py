"""How long a slide waits, against the bare round trip: ``invoke bench.live``.

    $ invoke up && invoke bench.live                 # 50 runs each, chains of 1 and 4 tasks
    $ invoke bench.live --runs 20 --lengths 1

For each workload (a canvas.chain of ``length`` double() tasks, the canvas.chain demo):

* ``bare``  -- ``chain(...).apply_async().get()`` in this process: Celery alone;
* ``api``   -- the same demo through the live server: POST /api/demos/canvas.chain/runs
  asking for its stream (``Accept: text/event-stream``), read to the summary (httpx);
* ``click`` -- headless Chromium on the deck the live server serves: a click on the
  panel's Run button to the final state drawn (live.js stamps ``data-final-ms``);
* ``event->drawn`` -- for every Celery event of those clicked runs, the time from the
  worker stamping it (its ``timestamp``) to the panel drawing it (``Date.now()``, same
  machine clock), from ``panel.lags`` in live.js.

Where the time went before (traced with each item's server timestamp against the page's
clock): a second connection, the EventSource the page opened only once the POST had
answered (5-100 ms on a busy machine; the run now streams in the POST's own answer),
and a requestAnimationFrame wait before an event was drawn (now drawn as soon as the
chunk that carried it is read). What remains is the browser's fetch (4-6 ms click to
server), each chunk's way to the page (3-11 ms against 1 ms for httpx) and the run
itself competing with the browser for the cores.

p50 and p90 of each, taken round robin (one of each per round) in one run, with the machine's load before, during
and after (brownbag/bench/machine.py). Nothing is published: the numbers are printed
and returned.
"""

from __future__ import annotations

import json
import time

import httpx
from celery import chain
from kombu.utils.url import maybe_sanitize_url

from brownbag.bench.machine import Monitor
from demo.canvas import double
from demo.celery import app

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
DEMO = "canvas.chain"


def percentile(values, p):
    ordered = sorted(values)
    if not ordered:
        return None
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def bare_once(length: int) -> float:
    """``chain(double.s(1), ...).apply_async().get()`` in this process, in ms."""
    started = time.perf_counter()
    chain(double.s(1), *[double.s() for _ in range(length - 1)]).apply_async().get(timeout=10)
    return (time.perf_counter() - started) * 1000


def api_once(client, length: int) -> float:
    """Start the demo through the live API and read its stream to the summary, in ms."""
    started = time.perf_counter()
    with client.stream("POST", f"/api/demos/{DEMO}/runs", json={"params": {"length": length}},
                       headers={"Accept": "text/event-stream"}) as stream:
        if stream.status_code != 202:
            raise RuntimeError(f"the live server refused the run: HTTP {stream.status_code} {stream.read()!r}")
        for line in stream.iter_lines():
            if line.startswith("data: ") and json.loads(line[6:])["kind"] == "summary":
                break
    return (time.perf_counter() - started) * 1000


class Page:
    """The deck in headless Chromium, on the demo's slide, clicking Run."""

    def __init__(self, pw, url: str, length: int, chromium: str):
        self.browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        self.page = self.browser.new_page(viewport={"width": 1280, "height": 720})
        self.page.goto(url)
        self.page.wait_for_function("document.documentElement.getAttribute('data-live') === 'up'",
                                    timeout=30000)
        self.page.evaluate("""id => impress().goto(document.querySelector(
            `.demo-panel[data-demo="${id}"]`).closest('.step'), 0)""", DEMO)
        self.panel = self.page.locator(f'.demo-panel[data-demo="{DEMO}"]')
        self.panel.locator('input[name="length"]').fill(str(length))

    def click(self) -> tuple[float, float, list[float]]:
        """One click: (to the first event drawn, to the final state drawn, each event's lag), ms."""
        previous = self.panel.get_attribute("data-run")
        self.panel.locator(".demo-run").click()
        self.page.wait_for_function(
            """([id, prev]) => { const n = document.querySelector(`.demo-panel[data-demo="${id}"]`);
                 return n.dataset.run && n.dataset.run !== prev && n.dataset.finalMs
                        && !n.querySelector('.demo-run').disabled; }""",
            arg=[DEMO, previous], timeout=30000)
        lags = self.page.evaluate("id => window.Brownbag.live.panels.filter(p => p.id === id)[0].lags", DEMO)
        return (float(self.panel.get_attribute("data-first-event-ms")),
                float(self.panel.get_attribute("data-final-ms")), lags)

    def close(self):
        self.browser.close()


def run(url: str, runs: int = 50, lengths=(1, 4), on_row=None, chromium: str = "/usr/bin/chromium") -> dict:
    """Every measure for every chain length, with the machine's record."""
    from playwright.sync_api import sync_playwright  # an optional extra: only this benchmark needs it

    rows = []
    with Monitor(services=[app.conf.broker_url, app.conf.result_backend], before=1.0) as monitor, \
            sync_playwright() as pw, httpx.Client(base_url=url, timeout=30) as client:
        for length in lengths:
            page = Page(pw, url, length, chromium)
            try:
                # Round robin, one of each per round: the machine's ups and downs hit all three
                # alike. Round 0 warms connections up and is not counted.
                values = {"bare": [], "api": [], "first_event": [], "click": [], "event_to_drawn": []}
                for index in range(runs + 1):
                    bare, api = bare_once(length), api_once(client, length)
                    first, final, lags = page.click()
                    if index:
                        for name, value in (("bare", bare), ("api", api), ("first_event", first),
                                            ("click", final)):
                            values[name].append(value)
                        values["event_to_drawn"] += lags
            finally:
                page.close()
            row = {"length": length, "runs": runs, "events": len(values["event_to_drawn"])}
            for name, measured in values.items():
                row[f"{name}_p50_ms"] = round(percentile(measured, 50), 1)
                row[f"{name}_p90_ms"] = round(percentile(measured, 90), 1)
            row["api_over_bare_p50_ms"] = round(row["api_p50_ms"] - row["bare_p50_ms"], 1)
            row["click_over_bare_p50_ms"] = round(row["click_p50_ms"] - row["bare_p50_ms"], 1)
            rows.append(row)
            if on_row:
                on_row(row)
    return {"benchmark": "live", "broker": maybe_sanitize_url(app.conf.broker_url), "demo": DEMO,
            "rows": rows, "machine_state": monitor.record(),
            "goals": {"click_over_bare_p50_ms": 15, "event_to_drawn_p50_ms": 20}}
