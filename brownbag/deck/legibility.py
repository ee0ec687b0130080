"""Is every step readable from the back of the room? Measured in headless Chromium.

    >>> from brownbag.deck import legibility
    >>> steps = legibility.measure(url)            # the built deck, served over HTTP
    >>> worst = legibility.smallest(steps), legibility.faintest(steps)

For each step, shown the way a presenter shows it (``impress().goto``, no
transition, 1280x720 by default), every visible text node is measured:

- its size as displayed: the computed font size times the scale the camera and
  the step apply (the step's box on screen over its 1600 px canvas width);
- its WCAG 2 contrast against its effective background: the text colour
  composed over the background colours of its ancestors, up to the first opaque one;
- text inside an SVG (diagrams and benchmark charts shown with ``<img>``, inline
  SVG in a panel): the SVG is laid over the image, inline, at the same place and
  size, and each ``<text>`` is measured there: font size in user units times
  the user-unit-to-screen ratio of its box; its background is the filled shape
  under it, or the image's own HTML background.

``::before``/``::after`` content counts as text too. On an overview step every
step is on screen, so every step's visible text counts there.

Each step also says whether it fits: its box inside the viewport, its content
inside its box (no code block, table or panel overflowing, nothing nested sticking out,
no image missing) and how much of its height the content fills (a step under half full
reads as empty on a projector).

And whether it keeps the theme's type scale and balance (slides/theme/README.md):

- no code block (a ``pre`` of the slide, not of a demo panel) in a font smaller than
  the step's body text (the step's own font size, ``--size-body``);
- its content reaches at least 60 % of the step's inner height (no empty bottom
  third by accident), unless its ``data-layout`` says it is short on purpose
  (``statement``, ``title``: then it need not be half full either).

And whether each demo panel, showing its recorded run, is stage-grade
(``panel_fit.CHECK``: a headline of at least 28 px, no word broken across lines,
no UUID, epoch timestamp, Python repr or path, a timeline the run fills).

The thresholds are the guide's: 18 px and 4.5:1 at 1280x720.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..chromium import CHROMIUM, CHROMIUM_ARGS
from . import build, serve
from .panel_fit import panel_problems

MIN_PX = 18.0
MIN_CONTRAST = 4.5
MIN_FILL = 0.5          # content height over the step's inner height
MIN_END = 0.6           # where the content's bottom must reach, over the step's inner height
SHORT_ON_PURPOSE = {"statement", "title"}   # data-layout words that make a step short by design
VIEWPORT = (1280, 720)

# Runs in the page with the step to measure active. Returns
# {id, overview, fill, ends, layout, problems: [...], texts: [{px, contrast, text, where, fg, bg}]}.
MEASURE_JS = r"""
async (args) => {
  const {minPx, minContrast} = args;
  const active = document.querySelector('.step.active');
  const overview = active.hasAttribute('data-overview');
  const steps = overview ? [...document.querySelectorAll('.step')] : [active];
  const W = window.innerWidth, H = window.innerHeight;

  // --- colours ---------------------------------------------------------------------
  const probe = document.createElement('canvas').getContext('2d', {willReadFrequently: true});
  const rgba = (css) => {            // any CSS colour -> [r, g, b, a], a in 0..1
    if (!css || css === 'none' || css === 'transparent') return [0, 0, 0, 0];
    const m = css.match(/^rgba?\(([^)]+)\)$/);
    if (m) {
      const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    }
    probe.clearRect(0, 0, 1, 1); probe.fillStyle = '#000'; probe.fillStyle = css;
    probe.fillRect(0, 0, 1, 1);
    const d = probe.getImageData(0, 0, 1, 1).data;
    return [d[0], d[1], d[2], d[3] / 255];
  };
  const over = (top, bottom) => {    // top colour (with alpha) over an opaque bottom
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1);
  };
  const lum = (c) => {
    const l = c.slice(0, 3).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  };
  const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  const hex = (c) => '#' + c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');

  // The background an element's text sits on: ancestors' background colours, composed.
  const background = (el) => {
    const layers = [];
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
    }
    let bg = [255, 255, 255, 1];                      // the canvas behind everything
    for (const c of layers.reverse()) bg = over(c, bg);
    return bg;
  };
  // Opacity applied to an element by itself and its ancestors.
  const opacity = (el) => {
    let o = 1;
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
    return o;
  };
  const visible = (el) => {
    if (el.closest('.notes') || el.getClientRects().length === 0) return false;
    const s = getComputedStyle(el);
    return s.visibility === 'visible' && s.display !== 'none' && opacity(el) > 0.01;
  };
  const onScreen = (r) => r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < W && r.top < H;
  // Clipped away by an overflow box (a panel scrolled, an ellipsis).
  const clipped = (el, r) => {
    for (let e = el.parentElement; e && e.nodeType === 1; e = e.parentElement) {
      if (getComputedStyle(e).overflow === 'visible') continue;
      const b = e.getBoundingClientRect();
      if (r.bottom <= b.top + 1 || r.top >= b.bottom - 1 || r.right <= b.left + 1 || r.left >= b.right - 1) return true;
    }
    return false;
  };
  const where = (el) => {
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && !e.classList.contains('step'); e = e.parentElement) {
      parts.unshift(e.tagName.toLowerCase() + (e.classList.length ? '.' + [...e.classList].join('.') : ''));
      if (parts.length >= 3) break;
    }
    return parts.join(' > ');
  };

  const texts = [];
  const scaleOf = (step) => step.getBoundingClientRect().width / step.offsetWidth;

  for (const step of steps) {
    const scale = scaleOf(step);
    const stepRect = step.getBoundingClientRect();
    if (!onScreen(stepRect)) continue;
    // HTML text nodes.
    const walker = document.createTreeWalker(step, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!node.textContent.trim() || el.closest('svg') || !visible(el)) continue;
      const range = document.createRange(); range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (!onScreen(r) || clipped(el, r)) continue;
      const s = getComputedStyle(el);
      const bg = background(el);
      const fg = rgba(s.color); fg[3] *= opacity(el);
      const shown = over(fg, bg);
      texts.push({step: step.id, px: parseFloat(s.fontSize) * scale, contrast: ratio(shown, bg),
                  text: node.textContent.trim().slice(0, 50), where: where(el), fg: hex(shown), bg: hex(bg),
                  panel: !!el.closest('.demo-panel')});
    }
    // Generated content (::before / ::after), e.g. a placeholder.
    for (const el of step.querySelectorAll('*')) {
      for (const pseudo of ['::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        const content = s.content;
        if (!content || content === 'none' || content === 'normal' || !/[A-Za-z0-9]/.test(content)) continue;
        if (!visible(el) || s.display === 'none' || s.visibility !== 'visible') continue;
        const r = el.getBoundingClientRect();
        if (!onScreen(r) || clipped(el, r)) continue;
        const bg = background(el);
        const fg = rgba(s.color); fg[3] *= opacity(el) * Number(s.opacity);
        const shown = over(fg, bg);
        texts.push({step: step.id, px: parseFloat(s.fontSize) * scale, contrast: ratio(shown, bg),
                    text: content.replace(/^"|"$/g, '').slice(0, 50), where: where(el) + pseudo,
                    fg: hex(shown), bg: hex(bg), panel: !!el.closest('.demo-panel')});
      }
    }
    // SVG text: inline SVGs as they are, SVG images laid over their <img> inline.
    const svgs = [];
    for (const svg of step.querySelectorAll('svg')) if (visible(svg)) svgs.push({root: svg, host: svg, src: 'inline svg'});
    const overlays = [];
    for (const img of step.querySelectorAll('img')) {
      const src = img.getAttribute('src') || '';
      if (!/\.svg(\?|$)/.test(src) || !visible(img)) continue;
      const r = img.getBoundingClientRect();
      if (!onScreen(r)) continue;
      let markup;
      try { markup = await (await fetch(img.src)).text(); } catch (e) { continue; }
      const holder = document.createElement('div');
      holder.style.cssText = `position:fixed;left:${r.left}px;top:${r.top}px;width:${r.width}px;` +
        `height:${r.height}px;z-index:2147483647;margin:0;padding:0;border:0;background:transparent`;
      holder.innerHTML = markup;
      const svg = holder.querySelector('svg');
      if (!svg) continue;
      svg.setAttribute('width', r.width); svg.setAttribute('height', r.height);
      svg.style.display = 'block';
      document.body.appendChild(holder);
      overlays.push(holder);
      svgs.push({root: svg, host: img, src});
    }
    for (const {root, host, src} of svgs) {
      for (const t of root.querySelectorAll('text, tspan')) {
        // A tspan with its own text counts on its own; a text counts for its direct text.
        const own = [...t.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
        if (!own) continue;
        const s = getComputedStyle(t);
        if (s.visibility !== 'visible' || s.display === 'none' || Number(s.opacity) === 0) continue;
        const r = t.getBoundingClientRect();
        if (!onScreen(r)) continue;
        const box = t.getBBox();
        const userToScreen = box.height > 0 ? r.height / box.height : 0;
        const px = parseFloat(s.fontSize) * userToScreen;
        // The shape it is drawn on: the first filled shape under its middle.
        let bg = null;
        const hits = document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        for (const hit of hits) {
          if (!root.contains(hit) || hit === root || /^(text|tspan|line|polyline)$/.test(hit.tagName)) continue;
          const hs = getComputedStyle(hit);
          const fill = rgba(hs.fill);
          if (fill[3] === 0) continue;
          fill[3] *= Number(hs.fillOpacity) * Number(hs.opacity);
          bg = fill[3] >= 1 ? fill : over(fill, background(host));
          break;
        }
        bg = bg || background(host);
        const fg = rgba(s.fill); fg[3] *= Number(s.fillOpacity) * opacity(host) * Number(s.opacity);
        const shown = over(fg, bg);
        texts.push({step: step.id, px, contrast: ratio(shown, bg), text: own.slice(0, 50),
                    where: `${src.split('/').slice(-2).join('/')} <${t.tagName}>`, fg: hex(shown), bg: hex(bg),
                    panel: !!host.closest('.demo-panel')});
      }
    }
    overlays.forEach((o) => o.remove());
  }

  // --- fit ---------------------------------------------------------------------------
  const problems = [];
  const r = active.getBoundingClientRect();
  if (r.left < -2 || r.top < -2 || r.right > W + 2 || r.bottom > H + 2) {
    problems.push(`step box [${[r.left, r.top, r.right, r.bottom].map(Math.round)}] outside the ${W}x${H} viewport`);
  }
  const overflows = (el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
  if (!overview && overflows(active)) {
    problems.push(`content ${active.scrollWidth}x${active.scrollHeight} overflows the step ${active.clientWidth}x${active.clientHeight}`);
  }
  active.querySelectorAll('pre, table, .demo-panel, .split > *, img').forEach((el) => {
    if (el.tagName === 'IMG' && (!el.complete || el.naturalWidth === 0)) {
      problems.push(`image not loaded: ${el.getAttribute('src')}`);
    } else if (el.tagName !== 'IMG' && overflows(el)) {
      problems.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} overflows its box (${el.scrollWidth}x${el.scrollHeight} > ${el.clientWidth}x${el.clientHeight})`);
    }
  });
  // Nothing nested sticks out of the step; inside a box that clips or scrolls (a long
  // run, an ellipsis) that box is what must stay inside.
  const inClipBox = (el) => {
    for (let up = el.parentElement; up && up !== active; up = up.parentElement) {
      if (getComputedStyle(up).overflow !== 'visible') return true;
    }
    return false;
  };
  const sticking = new Set();
  active.querySelectorAll('*').forEach((el) => {
    if (el.closest('.notes') || inClipBox(el)) return;
    const e = el.getBoundingClientRect();
    if (e.width && (e.right > r.right + 2 || e.bottom > r.bottom + 2)) sticking.add(el.tagName.toLowerCase());
  });
  sticking.forEach((tag) => problems.push(`${tag} sticks out of the step`));
  // Code blocks at body size at least: the step's own font size is its body text.
  const bodyPx = parseFloat(getComputedStyle(active).fontSize);
  active.querySelectorAll('pre').forEach((pre) => {
    if (pre.closest('.notes, .demo-panel') || !visible(pre)) return;
    let px = parseFloat(getComputedStyle(pre).fontSize);
    pre.querySelectorAll('*').forEach((e) => {
      if (e.textContent.trim() && visible(e)) px = Math.min(px, parseFloat(getComputedStyle(e).fontSize));
    });
    if (px < bodyPx - 0.05) {
      const scale = scaleOf(active);
      problems.push(`code block smaller than body text: pre${pre.classList.length ? '.' + [...pre.classList].join('.') : ''} ` +
                    `at ${(px * scale).toFixed(1)} px, body text ${(bodyPx * scale).toFixed(1)} px`);
    }
  });
  // How much of the step's height the content takes, and where it ends.
  let fill = null, ends = null;
  if (!overview) {
    const s = getComputedStyle(active);
    const innerTop = r.top + parseFloat(s.paddingTop) * scaleOf(active);
    const innerBottom = r.bottom - parseFloat(s.paddingBottom) * scaleOf(active);
    let top = Infinity, bottom = -Infinity;
    for (const child of active.children) {
      if (child.classList.contains('notes') || !visible(child)) continue;
      const c = child.getBoundingClientRect();
      if (!c.height) continue;
      top = Math.min(top, c.top); bottom = Math.max(bottom, c.bottom);
    }
    fill = bottom > top ? (bottom - top) / (innerBottom - innerTop) : 0;
    ends = bottom > top ? (bottom - innerTop) / (innerBottom - innerTop) : 0;
    // A centred column spills over the top as well as the bottom: scrollHeight misses half of it.
    if (top < r.top - 2 || bottom > r.bottom + 2) {
      problems.push(`content runs past the step's ${top < r.top - 2 ? 'top' : 'bottom'} edge`);
    }
  }
  return {id: active.id, overview, fill, ends, layout: active.getAttribute('data-layout') || '', problems, texts};
}
"""


@dataclass
class Text:
    step: str
    px: float
    contrast: float
    text: str
    where: str
    fg: str
    bg: str
    panel: bool = False     # inside a demo panel (slides/assets/live.css), not the slide's own text

    def __str__(self) -> str:
        return (f"{self.px:.1f} px, {self.contrast:.2f}:1 ({self.fg} on {self.bg}) "
                f"{self.where}: {self.text!r}")


@dataclass
class Step:
    index: int
    id: str
    overview: bool
    fill: float | None
    problems: list[str] = field(default_factory=list)
    texts: list[Text] = field(default_factory=list)
    ends: float | None = None   # where the content's bottom is, over the step's inner height
    layout: str = ""            # the step's data-layout
    panel_problems: list[str] = field(default_factory=list)   # its demo panels' (panel_fit.CHECK)

    @property
    def smallest(self) -> Text | None:
        return min(self.texts, key=lambda t: t.px, default=None)

    @property
    def faintest(self) -> Text | None:
        return min(self.texts, key=lambda t: t.contrast, default=None)

    def failures(self, panel: bool | None = None, min_px: float = MIN_PX, min_contrast: float = MIN_CONTRAST,
                 min_fill: float = MIN_FILL, min_end: float = MIN_END) -> list[str]:
        """What is wrong with this step; ``panel``: only the demo panels' text (True), only the rest (False)."""
        texts = [t for t in self.texts if panel is None or t.panel == panel]
        found = [] if panel else list(self.problems)
        if panel is not False:
            found += self.panel_problems
        found += [f"text under {min_px:g} px: {t}" for t in texts if t.px < min_px - 0.05]
        found += [f"contrast under {min_contrast:g}:1: {t}" for t in texts if t.contrast < min_contrast - 0.005]
        short = bool(SHORT_ON_PURPOSE & set(self.layout.split()))
        if not panel and self.fill is not None and self.fill < min_fill and not short:
            found.append(f"half empty: the content fills {self.fill:.0%} of the step's height")
        if not panel and self.ends is not None and self.ends < min_end and not short:
            found.append(f"unbalanced: the content ends at {self.ends:.0%} of the step's height, above "
                         f"{min_end:.0%}: centre it, or mark a short step :data-layout: statement")
        return found


def measure_page(page, shots: Path | None = None) -> list[Step]:
    """Every step of the deck loaded in ``page`` (a playwright page), in talk order.

    ``shots``: a folder to save a screenshot of each step in (``NN-<step id>.png``)."""
    page.wait_for_function("document.body.classList.contains('impress-enabled')", timeout=10_000)
    page.add_style_tag(content="*, *::before, *::after { transition: none !important; }")
    page.evaluate("document.fonts.ready")
    ids = page.evaluate("[...document.querySelectorAll('.step')].map((s) => s.id)")
    steps = []
    for index, step_id in enumerate(ids):
        page.evaluate("(id) => impress().goto(id, 0)", step_id)
        page.wait_for_function("(id) => document.querySelector('.step.active')?.id === id",
                               arg=step_id, timeout=5_000)
        page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
        seen = page.evaluate(MEASURE_JS, {"minPx": MIN_PX, "minContrast": MIN_CONTRAST})
        steps.append(Step(index=index, id=seen["id"], overview=seen["overview"], fill=seen["fill"],
                          problems=seen["problems"], ends=seen["ends"], layout=seen["layout"],
                          panel_problems=[] if seen["overview"] else panel_problems(page),
                          texts=[Text(**{k: t[k] for k in Text.__dataclass_fields__}) for t in seen["texts"]]))
        if shots is not None:
            page.screenshot(path=str(Path(shots) / f"{index:02d}-{step_id}.png"))
    return steps


def measure(url: str, browser, size: tuple[int, int] = VIEWPORT, shots: Path | None = None) -> list[Step]:
    """The deck at ``url`` in a fresh page of ``browser`` (playwright) at ``size``."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout  # [test] extra, checked by check_deck()

    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    try:
        page = context.new_page()
        page.goto(url, wait_until="load")
        try:  # the panels' recorded runs arrive as scripts after load; a page that polls never idles
            page.wait_for_load_state("networkidle", timeout=5_000)
        except PlaywrightTimeout:
            pass
        return measure_page(page, shots)
    finally:
        context.close()


def table(steps: list[Step]) -> list[str]:
    """One line per step: its smallest text, lowest contrast, how full it is, what fails (slide | panel)."""
    lines = [f"{'#':>3} {'step':<16} {'texts':>5} {'min px':>7} {'min contrast':>12} {'fill':>5} {'ends':>5}  "
             "failures: slide | panel"]
    for step in steps:
        small, faint = step.smallest, step.faintest
        slide, panel = step.failures(panel=False), step.failures(panel=True)
        lines.append(f"{step.index:>3} {step.id[:16]:<16} {len(step.texts):>5} "
                     f"{small.px if small else float('nan'):>7.1f} "
                     f"{faint.contrast if faint else float('nan'):>10.2f}:1 "
                     f"{'' if step.fill is None else f'{step.fill:.0%}':>5} "
                     f"{'' if step.ends is None else f'{step.ends:.0%}':>5}  "
                     f"{len(slide) or '-':>5} | {len(panel) or '-'}")
        for failure in (slide + panel)[:4]:
            lines.append(f"      - {failure}")
        if len(slide + panel) > 4:
            lines.append(f"      - … and {len(slide + panel) - 4} more")
    for label, which in (("slides", False), ("demo panels", True)):
        texts = [t for s in steps for t in s.texts if t.panel == which]
        if texts:
            low = min(texts, key=lambda t: t.px)
            faint = min(texts, key=lambda t: t.contrast)
            lines.append(f"{label}: smallest text {low.px:.1f} px on {low.step} ({low}); "
                         f"lowest contrast {faint.contrast:.2f}:1 on {faint.step} ({faint})")
    return lines




class CheckError(Exception):
    """The deck could not be measured; the message is one line."""


def check_deck(size: tuple[int, int] = VIEWPORT, shots: Path | None = None,
               chromium: str = CHROMIUM, theme: str = "light", cut=None) -> list[Step]:
    """Build the deck (``cut``: one cut of the talk) into a temporary folder, serve it on
    127.0.0.1 and measure every step."""
    try:  # playwright comes with [test]: `slides.check` says so in one line without it
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise CheckError("playwright is not installed: pip install -e '.[test]'") from None
    if not Path(chromium).exists():
        raise CheckError(f"no Chromium at {chromium}: apt install chromium")
    with tempfile.TemporaryDirectory(prefix="deck-check-") as folder:
        build.build(target=Path(folder), theme=theme, cut=cut)
        server = serve.serve(Path(folder), "127.0.0.1", 0)
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
                try:
                    return measure(f"http://127.0.0.1:{server.server_port}/index.html", browser, size, shots)
                finally:
                    browser.close()
        except PlaywrightError as error:
            raise CheckError(f"Chromium failed: {str(error).strip().splitlines()[0]}") from None
        finally:
            server.shutdown()
            server.server_close()
