"""What "the panel fits" means, measured in the page (tests/test_panel_browser.py, test_live.py).

``page.evaluate(CHECK, demo_id)`` on the step showing that demo's panel returns the
problems found (the panel scrolls or leaves the viewport, an element of the payoff,
the top line, the legend or a note sticks out or is cut, text under 18 px on screen,
contrast under 4.5:1), the smallest text and lowest contrast seen, and the panel's state.
"""

# Measured in the page, for the panel on the active step: CSS pixels of the screen.
CHECK = """
id => {
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
  return {problems: [...new Set(problems)], smallest, lowest,
          payoff: panel.getAttribute('data-payoff'), prerun: panel.hasAttribute('data-prerun'),
          banner: panel.querySelector('.demo-banner').textContent,
          rows: panel.querySelectorAll('.demo-row').length, result: panel.getAttribute('data-result')};
}
"""
