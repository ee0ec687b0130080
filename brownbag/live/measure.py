"""How long a slide waits: click Run -> first event shown -> final result shown,
against a bare ``delay().get()`` round trip on the same broker.

    $ invoke up --broker rabbitmq --brokers redis,rabbitmq
    $ python -m brownbag.live.measure --runs 20
    broker amqp://127.0.0.1:5672//, 20 runs of canvas.chain (length 1)
                              p50      p90
    delay().get()            4.1 ms   5.3 ms
    click -> first event    38.0 ms  45.2 ms
    click -> final result   52.3 ms  61.0 ms

The browser side is real: headless Chromium on the deck served by the live
server, clicking the panel's Run button; live.js stamps ``data-first-event-ms``
and ``data-final-ms`` on the panel with ``performance.now()`` deltas.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def bare_round_trips(runs: int) -> list[float]:
    from demo.canvas import double

    double.delay(1).get(timeout=10)  # warm connections
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        double.delay(1).get(timeout=10)
        out.append((time.perf_counter() - started) * 1000)
    return out


def clicks(url: str, runs: int, demo: str = "canvas.chain", chromium="/usr/bin/chromium"):
    from playwright.sync_api import sync_playwright

    first, final = [], []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1600, "height": 900})
        page.goto(url)
        page.wait_for_function("document.documentElement.getAttribute('data-live') === 'up'",
                               timeout=30000)
        page.evaluate("""id => impress().goto(document.querySelector(
            `.demo-panel[data-demo="${id}"]`).closest('.step'))""", demo)
        panel = page.locator(f'.demo-panel[data-demo="{demo}"]')
        panel.locator('input[name="length"]').fill("1")
        for index in range(runs + 1):
            previous = panel.get_attribute("data-run")
            panel.locator(".demo-run").click()
            page.wait_for_function(
                """([id, prev]) => { const n = document.querySelector(`.demo-panel[data-demo="${id}"]`);
                     return n.dataset.run && n.dataset.run !== prev && n.dataset.finalMs; }""",
                arg=[demo, previous], timeout=30000)
            if index:  # the first click warms up connections
                first.append(float(panel.get_attribute("data-first-event-ms")))
                final.append(float(panel.get_attribute("data-final-ms")))
            page.wait_for_function(f"""() => !document.querySelector(
                '.demo-panel[data-demo="{demo}"] .demo-run').disabled""")
        browser.close()
    return first, final


def main(argv=None) -> int:
    from brownbag import settings
    from demo.celery import app

    cfg = settings.load()
    parser = argparse.ArgumentParser(prog="python -m brownbag.live.measure", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--url", default=f"http://{cfg['bind']}:{cfg['ports']['live']}/")
    args = parser.parse_args(argv)
    bare = bare_round_trips(args.runs)
    first, final = clicks(args.url, args.runs)
    from brownbag.live.health import redact

    print(f"broker {redact(app.conf.broker_url)}, {args.runs} runs of canvas.chain (length 1)")
    print(f"{'':24}{'p50':>9}{'p90':>9}")
    for label, values in (("delay().get()", bare), ("click -> first event", first),
                          ("click -> final result", final)):
        print(f"{label:24}{percentile(values, 50):7.1f} ms{percentile(values, 90):7.1f} ms")
    print(f"(mean final {statistics.mean(final):.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
