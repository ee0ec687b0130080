"""What "the panel fits the stage" means, measured in the page: by ``invoke slides.check``
(every panel of the offline deck, showing its recording) and by the tests after a live run
(tests/test_present.py's deck walk, test_live.py, test_panel_browser.py).

``page.evaluate(CHECK, demo_id)`` on the step showing that demo's panel returns the
problems found, the smallest text and lowest contrast seen, and the panel's state.
A problem is any of:

- the panel scrolls or leaves the viewport; an element of the payoff, the top line, the
  legend or a note sticks out or is cut, or a task row's state or time is cut;
- text under 18 px on screen, contrast under 4.5:1;
- the payoff's headline under 28 px on screen (the payoff is the largest thing on the panel);
- a line break inside a word (``FAILUR`` / ``E``): a run of letters and digits on two lines;
- raw data a room cannot read: a task UUID, an epoch timestamp, a Python repr
  (``<crontab: …>``, ``<… object at 0x…>``), a filesystem path, a duration printed as a
  float (``0.6062289960027556s``) or a broker's URL (``mongodb://…``; but on the steps
  about URLs, ABOUT_URLS);
- a timeline whose run fills less than half of its track.
"""

import json

MIN_HEADLINE_PX = 28
MIN_TRACK_FILL = 0.5

# What no panel shows raw (the step's text around it is the legibility check's).
RAW_DATA = {
    "a task UUID": r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
    "an epoch timestamp": r"\b1[5-9]\d{8}(?:\.\d+)?\b",
    "a Python repr": r"<[A-Za-z_][\w.]*(?::| object at 0x)[^>]*>",
    "a filesystem path": r"(?:^|[\s(\"'=])(?:/tmp|/home|/var|/Users|/root)/\S*|\.brownbag/\S*",
    "an unrounded duration": r"\b\d+\.\d{4,} ?s\b",
    "a broker URL": r"\b(?:redis|rediss|amqp|pyamqp|mongodb|sqla\+sqlite|sqlite|sqs)://\S+",
}
# The demos whose step is about reaching brokers by their URLs ("What can this machine
# reach, right now?": its notes name each URL it connects to): their panel may show one.
ABOUT_URLS = {"brokers.available"}

# Measured in the page, for the panel on the active step: CSS pixels of the screen.
CHECK = """
id => {
  const MIN_HEADLINE_PX = @HEADLINE@, MIN_TRACK_FILL = @FILL@;
  const RAW = @RAW@, ABOUT_URLS = @ABOUT@;
  const panel = document.querySelector(`.demo-panel[data-demo="${id}"]`);
  const step = panel.closest('.step');
  const scale = step.getBoundingClientRect().width / step.offsetWidth;
  const live = panel.querySelector('.demo-live');
  const box = live.getBoundingClientRect();
  const problems = [];
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  if (live.scrollHeight > live.clientHeight + 1) problems.push(`panel scrolls: ${live.scrollHeight} > ${live.clientHeight}`);
  const p = panel.getBoundingClientRect();
  if (p.top < 0 || p.bottom > innerHeight + 1 || p.left < 0 || p.right > innerWidth + 1)
    problems.push(`panel outside the viewport: ${[p.left, p.top, p.right, p.bottom].map(Math.round)}`);
  // Every element of the payoff and the top line whole: inside the panel, not cut.
  live.querySelectorAll('.demo-payoff *, .demo-top *, .demo-legend *, .demo-fold *, .demo-note').forEach((el) => {
    if (!shown(el) || el.closest('[hidden]')) return;
    const r = el.getBoundingClientRect();
    if (r.bottom > box.bottom + 1 || r.right > box.right + 1) problems.push(`${el.className || el.tagName} sticks out of the panel`);
    if (getComputedStyle(el).display !== 'inline' && el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'SELECT' && el.tagName !== 'INPUT')
      problems.push(`${el.className || el.tagName} cut: "${el.textContent.slice(0, 60)}"`);
  });
  // A task row's state and time whole: one word each, and "succee…" says nothing. Their
  // text's own width, not scrollWidth, which rounds a fraction of a pixel cut away.
  live.querySelectorAll('.demo-row > .demo-state, .demo-row > .demo-time').forEach((el) => {
    if (!shown(el) || el.closest('[hidden]')) return;
    const text = document.createRange();
    text.selectNodeContents(el);
    if (text.getBoundingClientRect().width / scale > el.clientWidth + 0.01)
      problems.push(`a task row's ${el.className} cut: "${el.textContent}"`);
  });
  const payoff = panel.querySelector('.demo-payoff');
  if (payoff && payoff.childNodes.length) {
    const r = payoff.getBoundingClientRect();
    if (r.top < 0 || r.bottom > innerHeight) problems.push('payoff outside the viewport');
  }
  // Text: size on screen and contrast against the first opaque background.
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
                                       .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
  const background = (el) => {
    for (let up = el; up; up = up.parentElement) {
      const c = rgb(getComputedStyle(up).backgroundColor);
      if (c.length === 3 || c[3] > 0.5) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  let smallest = 99, lowest = 99;
  const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.textContent.trim() || !shown(el) || el.closest('[hidden]') || el.closest('option')) continue;
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize) * scale;
    const a = lum(rgb(style.color)), b = lum(background(el));
    const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    smallest = Math.min(smallest, size); lowest = Math.min(lowest, contrast);
    if (size < 17.95) problems.push(`${size.toFixed(1)} px: "${node.textContent.trim().slice(0, 40)}"`);
    if (contrast < 4.5) problems.push(`contrast ${contrast.toFixed(2)}: "${node.textContent.trim().slice(0, 40)}"`);
  }
  // The payoff's headline: the largest thing on the panel once a run (or its recording) is drawn.
  const head = panel.querySelector('.demo-headline');
  if (head && shown(head) && head.textContent.trim()) {
    const size = parseFloat(getComputedStyle(head).fontSize) * scale;
    if (size < MIN_HEADLINE_PX - 0.05) problems.push(`headline ${size.toFixed(1)} px, under ${MIN_HEADLINE_PX} px: "${head.textContent.trim().slice(0, 40)}"`);
  }
  // A word cut in two by a line break: each run of letters and digits on one line.
  const words = document.createTreeWalker(live, NodeFilter.SHOW_TEXT);
  for (let node = words.nextNode(); node; node = words.nextNode()) {
    const el = node.parentElement;
    if (!shown(el) || el.closest('[hidden]') || el.closest('option, select, input')) continue;
    for (const m of node.textContent.matchAll(/[\\p{L}\\p{N}_]{2,}/gu)) {
      const range = document.createRange();
      range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) problems.push(`a line break inside the word "${m[0].slice(0, 30)}"`);
    }
  }
  // Raw data: what the room would have to decode.
  const said = live.innerText;
  for (const [what, pattern] of Object.entries(RAW)) {
    if (what === 'a broker URL' && ABOUT_URLS.includes(id)) continue;
    const m = said.match(new RegExp(pattern, 'm'));
    if (m) problems.push(`${what} on screen: "${m[0].trim().slice(0, 50)}"`);
  }
  // The run fills at least half of its timeline's track (the axis fits the run).
  const marks = [...live.querySelectorAll('.demo-rows .demo-track > i')].filter(shown);
  if (marks.length) {
    const end = Math.max(...marks.map((i) => parseFloat(i.style.left || 0) + parseFloat(i.style.width || 0)));
    if (end < MIN_TRACK_FILL * 100) problems.push(`the run fills ${end.toFixed(0)}% of its timeline's track`);
  }
  return {problems: [...new Set(problems)], smallest, lowest,
          payoff: panel.getAttribute('data-payoff'), prerun: panel.hasAttribute('data-prerun'),
          banner: panel.querySelector('.demo-banner').textContent,
          rows: panel.querySelectorAll('.demo-row').length, result: panel.getAttribute('data-result')};
}
"""
CHECK = (CHECK.replace("@HEADLINE@", str(MIN_HEADLINE_PX)).replace("@FILL@", str(MIN_TRACK_FILL))
         .replace("@RAW@", json.dumps(RAW_DATA)).replace("@ABOUT@", json.dumps(sorted(ABOUT_URLS))))


def panel_problems(page) -> list[str]:
    """What CHECK finds wrong with each demo panel of the active step, as it shows now
    (offline: its recording), each problem prefixed with the demo's id."""
    # the panels live.js has drawn (a .demo-live inside); a bare placeholder has nothing to check
    demos = page.evaluate("[...document.querySelectorAll('.step.active .demo-panel[data-demo]')]"
                          ".filter((p) => p.querySelector('.demo-live')).map((p) => p.dataset.demo)")
    found = []
    for demo in demos:
        found += [f"panel {demo}: {problem}" for problem in page.evaluate(CHECK, demo)["problems"]]
    return found
