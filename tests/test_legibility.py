"""Legible from the back of the room: every step of the built deck at 1280x720, measured.

The static deck (no live server: every demo panel in the state it shows before
Run) is opened in headless Chromium; each step is shown the way a presenter
shows it and every visible text node is measured by ``brownbag.deck.legibility``:
its size as displayed (computed font size x the step's scale; SVG text in
diagrams and charts through its on-screen box) at least 18 px, its contrast
against its effective background at least 4.5:1, and each step fits the
viewport and is at least half full. The per-step table (smallest text, lowest
contrast, fill) goes to tests/_artifacts/legibility/report.txt and to the test
output (``pytest -rP``); the screenshots of every step sit beside it. The same
table, for a presenter checking their own edits: ``invoke slides.check``.

The demo panels' text (slides/assets/live.css, styled by the panel's own
work) is checked by its own test, so a failure says whose it is.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from brownbag.deck import build, legibility, serve

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).parent / "_artifacts" / "legibility"


def measure_folder(folder, chromium, **options):
    """Every step of ``folder``'s index.html measured, served on 127.0.0.1 while it lasts."""
    server = serve.serve(folder, "127.0.0.1", 0)
    try:
        return legibility.measure(f"http://127.0.0.1:{server.server_port}/index.html", chromium, **options)
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def steps(chromium, tmp_path_factory):
    """The deck built from the working tree, served on 127.0.0.1, every step measured once."""
    target = tmp_path_factory.mktemp("deck")
    build.build(target=target)
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True)
    measured = measure_folder(target, chromium, shots=ARTIFACTS)
    report = "\n".join(legibility.table(measured))
    (ARTIFACTS / "report.txt").write_text(report + "\n")
    print(report)
    return measured


def _failures(steps, panel: bool) -> list[str]:
    return [f"step {s.index} ({s.id}): {failure}" for s in steps for failure in s.failures(panel=panel)]


def test_every_step_is_legible_and_fits(steps):
    assert len(steps) > 40
    assert all(s.texts for s in steps if not s.overview), "a step with no text measured: the walk is broken"
    assert any(t.where.startswith(("diagrams/", "bench/")) for s in steps for t in s.texts), \
        "no SVG text measured: diagrams and charts went unchecked"
    failures = _failures(steps, panel=False)
    assert not failures, f"{len(failures)} problems (report: {ARTIFACTS / 'report.txt'}):\n" + "\n".join(failures)


def test_demo_panels_are_legible(steps):
    assert any(t.panel for s in steps for t in s.texts), "no demo panel text measured"
    failures = _failures(steps, panel=True)
    assert not failures, f"{len(failures)} problems (report: {ARTIFACTS / 'report.txt'}):\n" + "\n".join(failures)


# --- the measure itself, on a page made to fail it --------------------------------------

BAD_PAGE = """<!doctype html>
<html><head><style>
  body { margin: 0; background: #faf8f2; }
  .step { position: absolute; left: 0; top: 0; width: 1600px; height: 900px; padding: 20px;
          box-sizing: border-box; transform-origin: 0 0; transform: scale(0.8); background: #fff; }
  .step:not(.active) { display: none; }
  .small { font-size: 20px; }        /* 16 px at x0.8 */
  .faint { font-size: 40px; color: #999999; }
  .band { background: #14161b; padding: 10px; }
  .band span { font-size: 40px; color: #333333; }   /* dark on dark: walk the ancestors */
  .tall { height: 1200px; font-size: 40px; }
  .empty { font-size: 40px; }
</style></head>
<body class="impress-enabled">
  <div class="step active" id="bad">
    <p class="small">too small</p>
    <p class="faint">too faint</p>
    <div class="band"><span>dark on dark</span></div>
    <img src="chart.svg" width="400" height="100">
    <p style="font-size:40px">fine text that fills the step</p>
    <div style="height:500px"></div>
  </div>
  <div class="step" id="overflowing"><div class="tall">taller than the step</div>
    <div><b style="position: absolute; left: 1700px; top: 40px">nested, past the edge</b></div></div>
  <div class="step" id="empty"><p class="empty">one line</p><img src="missing.png" alt=""></div>
  <script>
    window.impress = () => ({ goto(id) {
      document.querySelectorAll('.step').forEach((s) => s.classList.toggle('active', s.id === id));
    } });
  </script>
</body></html>
"""
# 800 units shown 400 px wide, x0.8: a 24-unit label is 9.6 px; a 60-unit one 24 px, white on a light fill.
BAD_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 200">
  <rect width="800" height="200" fill="#ffffff"/>
  <text x="10" y="40" font-size="24">tiny label</text>
  <rect x="0" y="100" width="800" height="100" fill="#a0c4ff"/>
  <text x="10" y="170" font-size="60" fill="#ffffff">pale on blue</text>
</svg>"""


def test_the_measure_catches_small_faint_svg_overflow_and_empty(chromium, tmp_path):
    (tmp_path / "index.html").write_text(BAD_PAGE)
    (tmp_path / "chart.svg").write_text(BAD_SVG)
    found = measure_folder(tmp_path, chromium)
    bad, overflowing, empty = found
    by_text = {t.text: t for t in bad.texts}
    assert by_text["too small"].px == pytest.approx(16.0, abs=0.1)
    assert by_text["too faint"].contrast == pytest.approx(2.85, abs=0.01)
    assert by_text["dark on dark"].contrast < 2 and by_text["dark on dark"].bg == "#14161b"
    assert by_text["tiny label"].px == pytest.approx(9.6, abs=0.3)
    assert by_text["pale on blue"].px == pytest.approx(24.0, abs=0.5)
    assert by_text["pale on blue"].bg == "#a0c4ff" and by_text["pale on blue"].contrast < 2
    assert by_text["fine text that fills the step"].px == pytest.approx(32.0, abs=0.1)
    failures = "\n".join(bad.failures())
    for text in ("too small", "too faint", "dark on dark", "tiny label", "pale on blue"):
        assert text in failures
    assert "fine text" not in failures
    assert any("overflows the step" in p or "past the step" in p for p in overflowing.problems), overflowing.problems
    assert "b sticks out of the step" in overflowing.problems, overflowing.problems
    assert any("half empty" in f for f in empty.failures())
    assert "image not loaded: missing.png" in empty.problems


# --- the type scale and the balance, on a page made to fail them -------------------------

SCALE_PAGE = """<!doctype html>
<html><head><style>
  body { margin: 0; background: #faf8f2; }
  .step { position: absolute; left: 0; top: 0; width: 1600px; height: 900px; padding: 50px;
          box-sizing: border-box; transform-origin: 0 0; transform: scale(0.8); background: #fff;
          font-size: 40px; display: flex; flex-direction: column; }
  .step:not(.active) { display: none; }
  p, pre { margin: 0; line-height: 1.2; }
  pre { font-size: 40px; }
  pre.small { font-size: 24px; }               /* 19.2 px at x0.8: legible, but under the body's 32 px */
  pre .shrunk { font-size: 0.5em; }            /* a block at body size with its code inside shrunk */
  .block { height: 400px; }
  .demo-panel pre { font-size: 24px; }         /* a panel's log: the panel's own business */
</style></head>
<body class="impress-enabled">
  <div class="step active" id="small-code">
    <p>Body text at 40 px</p>
    <pre class="small">def small(): pass</pre>
    <pre>def body_size(): <span class="shrunk">return 1</span></pre>
    <div class="demo-panel"><pre>panel log line</pre></div>
    <div style="height:500px"></div>
  </div>
  <div class="step" id="top-heavy"><p>A title</p><div class="block">content that stops above 60 % of the page</div></div>
  <div class="step" id="statement" data-layout="statement"><p>One sentence.</p></div>
  <div class="step" id="balanced"><p>A title</p><pre>def fine(): pass</pre><div class="block"></div>
    <div style="height:200px"></div>
    <p>and a last line low on the page</p></div>
  <script>
    window.impress = () => ({ goto(id) {
      document.querySelectorAll('.step').forEach((s) => s.classList.toggle('active', s.id === id));
    } });
  </script>
</body></html>
"""


def test_the_measure_catches_small_code_and_an_empty_bottom(chromium, tmp_path):
    (tmp_path / "index.html").write_text(SCALE_PAGE)
    found = measure_folder(tmp_path, chromium)
    small_code, top_heavy, statement, balanced = found
    code = [p for p in small_code.problems if p.startswith("code block smaller than body text")]
    assert len(code) == 2, small_code.problems          # pre.small and the shrunk span; not the panel's
    assert "pre.small at 19.2 px, body text 32.0 px" in code[0]
    assert "at 16.0 px" in code[1]
    # 48 px of title and a 400 px block from the top of an 800 px inner box: 56 %, more than half full.
    assert top_heavy.ends == pytest.approx(448 / 800, abs=0.01) and top_heavy.fill >= legibility.MIN_FILL
    assert [f for f in top_heavy.failures() if f.startswith("unbalanced")] == [
        "unbalanced: the content ends at 56% of the step's height, above 60%: centre it, "
        "or mark a short step :data-layout: statement"], top_heavy.failures()
    assert statement.layout == "statement" and statement.ends < 0.2
    assert statement.failures() == [], "a statement is short on purpose"
    assert balanced.ends > 0.9 and balanced.failures() == [], balanced.failures()
