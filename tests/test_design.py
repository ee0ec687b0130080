"""The deck's design, in headless Chromium: the shipped typefaces, the dark theme, overview
mode, the progress bar and the closing slide's QR codes (slides/theme/README.md).

The deck is built from the working tree and opened from file://, as an attendee opens
the offline deck: the fonts must load from there, with no request leaving the folder.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from brownbag.deck import build

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Two builds: the default (light) and --theme dark."""
    light, dark = tmp_path_factory.mktemp("light"), tmp_path_factory.mktemp("dark")
    build.build(target=light)
    build.build(target=dark, theme="dark")
    return light, dark


@pytest.fixture
def page(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 720})
    yield context.new_page()
    context.close()


def _open(page, folder):
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto((folder / "index.html").as_uri())
    page.wait_for_function("document.body.classList.contains('impress-enabled')")
    page.evaluate("document.fonts.ready")
    page.add_style_tag(content="*, *::before, *::after { transition: none !important; }")
    return requests


def test_the_typefaces_ship_with_the_deck_and_load_from_file(page, built):
    light, _ = built
    for name in ("inter-latin-wght-normal.woff2", "iosevka-latin-400.woff2", "OFL-Inter.txt", "OFL-Iosevka.txt"):
        assert (light / "theme" / "fonts" / name).is_file(), name
    requests = _open(page, light)
    loaded = page.evaluate("""async () => {
        await document.fonts.load('28px "Inter Brownbag"'); await document.fonts.load('28px "Iosevka Brownbag"');
        return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, ''));
    }""")
    assert {"Inter Brownbag", "Iosevka Brownbag"} <= set(loaded), loaded
    outside = [u for u in requests if not u.startswith(("file://", "data:"))]
    assert not outside, outside


def test_code_is_at_body_size_in_the_scale(page, built):
    light, _ = built
    _open(page, light)
    sizes = page.evaluate("""() => {
        const root = getComputedStyle(document.documentElement);
        const pre = [...document.querySelectorAll('#impress .step pre')].filter((p) => !p.closest('.notes'));
        return {body: parseFloat(root.getPropertyValue('--size-body')), code: parseFloat(root.getPropertyValue('--size-code')),
                pres: pre.map((p) => parseFloat(getComputedStyle(p).fontSize)),
                mono: getComputedStyle(pre[0]).fontFamily};
    }""")
    assert sizes["code"] >= sizes["body"] > 0
    assert sizes["pres"] and min(sizes["pres"]) >= sizes["body"], sizes["pres"]
    assert sizes["mono"].startswith('"Iosevka Brownbag"')


def test_d_toggles_the_theme_and_the_build_chooses_the_default(page, built):
    light, dark = built
    _open(page, dark)
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    surface = page.evaluate("getComputedStyle(document.querySelector('.step.active')).backgroundColor")
    page.keyboard.press("d")
    assert page.evaluate("document.documentElement.dataset.theme") == "light"
    assert page.evaluate("getComputedStyle(document.querySelector('.step.active')).backgroundColor") != surface
    page.reload()
    page.wait_for_function("document.body.classList.contains('impress-enabled')")
    assert page.evaluate("document.documentElement.dataset.theme") == "light", "the choice survives a reload"
    # A deck built with the other default starts from its own default, not from that choice.
    page.goto((light / "index.html").as_uri())
    page.wait_for_function("document.body.classList.contains('impress-enabled')")
    assert page.evaluate("document.documentElement.dataset.theme") == "light"
    page.keyboard.press("d")
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    with pytest.raises(build.DeckError, match="unknown theme 'sepia'"):
        build.build(target=light, theme="sepia")


def test_o_shows_every_step_and_enter_jumps_there(page, built):
    light, _ = built
    _open(page, light)
    count = page.evaluate("document.querySelectorAll('#impress .step').length")
    page.keyboard.press("o")
    tiles = page.locator(".brownbag-overview .overview-tile")
    assert page.locator(".brownbag-overview").is_visible()
    assert tiles.count() == count
    assert page.evaluate("document.activeElement.getAttribute('aria-current')") == "step", "focus on the step shown"
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowDown")   # a row down: as many steps as columns
    target = page.evaluate("[...document.querySelectorAll('.overview-tile')].indexOf(document.activeElement)")
    assert target > 2
    page.keyboard.press("Enter")
    assert not page.locator(".brownbag-overview").is_visible()
    active = page.evaluate("[...document.querySelectorAll('#impress .step')].indexOf(document.querySelector('.step.active'))")
    assert active == target
    # Esc closes without moving; a click jumps.
    page.keyboard.press("o")
    page.keyboard.press("Escape")
    assert not page.locator(".brownbag-overview").is_visible()
    page.keyboard.press("o")
    tiles.nth(count - 2).click()
    assert page.evaluate("document.querySelector('.step.active').id") == "closing"
    # The copies carry no ids of their own: the deck's ids stay unique.
    page.keyboard.press("o")
    dupes = page.evaluate("""() => { const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
                                     return ids.filter((id, i) => ids.indexOf(id) !== i); }""")
    assert dupes == []


def test_the_progress_bar_follows_the_talk(page, built):
    light, _ = built
    _open(page, light)
    width = "() => document.querySelector('.brownbag-progress-done').getBoundingClientRect().width"
    assert page.evaluate(width) == 0
    page.evaluate("impress().goto('closing', 0)")
    page.wait_for_function("document.querySelector('.step.active').id === 'closing'")
    done = page.evaluate(width)
    steps = page.evaluate("document.querySelectorAll('#impress .step').length")
    assert done == pytest.approx(1280 * (steps - 2) / (steps - 1), abs=2)


def test_the_closing_slide_has_the_take_aways_and_a_qr_code_per_configured_link(page, built):
    """invoke.yaml ships the links empty: a code is drawn only for an address the presenter set."""
    from brownbag import settings

    light, _ = built
    _open(page, light)
    page.evaluate("impress().goto('closing', 0)")
    closing = page.locator("#closing")
    assert closing.locator("ul.takeaways li").count() == 4
    configured = [link for link in (settings.load().get("links") or {}).values() if link]
    assert closing.locator("figure.qr img").count() == len(configured)


def test_the_links_set_in_invoke_yaml_become_qr_codes_on_the_closing_slide(tmp_path):
    from lxml import html as lxml_html

    from support.paths import ROOT

    env = {**os.environ, "INVOKE_BROWNBAG_LINKS_REPOSITORY": "https://example.org/talk",
           "INVOKE_BROWNBAG_LINKS_HANDOUT": "https://example.org/talk/handout.pdf"}
    env.pop("BROWNBAG_CONFIG", None)
    script = f"from brownbag.deck import build; build.build(target={str(tmp_path)!r})"
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    closing = lxml_html.parse(str(tmp_path / "index.html")).getroot().get_element_by_id("closing")
    codes = closing.xpath(".//figure[@class='qr']/img")
    assert [img.get("alt") for img in codes] == ["QR code: https://example.org/talk",
                                                 "QR code: https://example.org/talk/handout.pdf"]
    assert all(img.get("src").startswith("data:image/svg+xml;base64,") for img in codes)


def test_a_qr_code_of_a_link_invoke_yaml_does_not_name_fails_the_build(tmp_path):
    talk = tmp_path / "talk.rst"
    talk.write_text("Title\n=====\n\n.. qr:: blog\n")
    with pytest.raises(build.DeckError, match=r"talk.rst:4: error: qr: no link 'blog' in invoke.yaml's "
                                              r"brownbag.links \(known: handout, repository\)"):
        build.check(talk)


def test_a_qr_code_of_something_a_phone_cannot_open_fails_the_build(tmp_path):
    talk = tmp_path / "talk.rst"
    talk.write_text("Title\n=====\n\n.. qr:: file:///etc/passwd\n   :caption: no\n")
    with pytest.raises(build.DeckError, match=r"talk.rst:4: error: qr: 'file:///etc/passwd' is not an http\(s\) link"):
        build.check(talk)
