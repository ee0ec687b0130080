"""The deck builds, follows the seed outline, and stays tied to the real code.

Built with the installed hovercraft (pinned, see pyproject.toml) into a temporary
directory: nothing here touches slides/_build.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.dom.minidom
from pathlib import Path

import pytest
from docutils import nodes
from docutils.core import publish_doctree
from lxml import html

from brownbag.deck import build, layout
from brownbag.scenarios import catalogue

ROOT = Path(__file__).resolve().parents[1]
# The registry is the one list of demos; each has one slide.
DEMO_IDS = sorted(s.id for s in catalogue())
SEED = ROOT.parent / "shared" / "seed" / "000_a8e35b2170b0b5bd.txt"
# `invoke ...` the way a user types it, from the repo root (tasks.py wires slides.*).
INVOKE = [sys.executable, "-m", "invoke"]
# ``.. code-of::`` and its names, continuation lines included.
CODE_OF = re.compile(r"^[ \t]*\.\. code-of::(?P<names>[^\n]*(?:\n[ \t]+[\w.]+[ \t]*(?=\n))*)",
                     re.MULTILINE)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    report = build.build(target=tmp_path_factory.mktemp("deck"))
    tree = html.parse(str(report.index)).getroot()
    steps = [div for div in tree.iter("div") if "step" in (div.get("class") or "").split()]
    return report, tree, steps


def seed_sections():
    """(title, speaker, depth) for every section of the seed, in order; depth 1 = a talk section."""
    if not SEED.exists():
        pytest.skip(f"the seed outline is not at {SEED}")
    doctree = publish_doctree(SEED.read_text(encoding="utf-8"),
                              settings_overrides={"report_level": 5, "halt_level": 5})
    found = []
    for section in doctree.findall(nodes.section):
        depth = 1 + sum(1 for parent in _ancestors(section) if isinstance(parent, nodes.section))
        title, speaker = split_credit(section[0].astext())
        found.append((title, speaker, depth))
    return doctree.get("title"), found


def _ancestors(node):
    node = node.parent
    while node is not None:
        yield node
        node = node.parent


def split_credit(text: str) -> tuple[str, str | None]:
    """'Role (laurent)' -> ('Role', 'laurent'): the seed credits speakers in parentheses."""
    match = re.match(r"^(.*?)\s*\((\w+)\)\s*$", text.strip())
    return (match[1], match[2]) if match else (text.strip(), None)


def deck_headings(tree):
    """(level, title, speaker) for every heading of the built deck, in document order."""
    found = []
    for heading in tree.iter("h1", "h2", "h3", "h4"):
        speaker = heading.find(".//span[@class='speaker']")
        speaker_text = speaker.text_content().strip() if speaker is not None else None
        title = "".join(heading.itertext())
        if speaker_text:
            title = title.replace(speaker_text, "")
        found.append((int(heading.tag[1]), " ".join(title.split()), speaker_text))
    return found


def test_builds_with_steps_and_demos(built):
    report, _, steps = built
    assert report.index.exists()
    assert report.steps == len(steps) > 40
    assert len(report.demos) == len(DEMO_IDS)
    assert (report.index.parent / "assets" / "live.js").exists()
    assert (report.index.parent / "assets" / "live.css").exists()
    assert (report.index.parent / "theme" / "deck.css").exists()


def test_every_seed_section_title_appears_in_order_with_its_speaker(built):
    _, tree, _ = built
    title, sections = seed_sections()
    headings = deck_headings(tree)
    assert headings[0][:2] == (1, title)
    position = 0
    for name, speaker, depth in sections:
        # The talk's title is the deck's h1, so seed depth 1 is h2, depth 2 is h3.
        wanted = (depth + 1, name, speaker)
        for index in range(position, len(headings)):
            if headings[index] == wanted:
                position = index + 1
                break
        else:
            later = [h for h in headings if h[1] == name]
            pytest.fail(f"seed section {wanted} missing or out of order (deck has {later})")


def test_every_step_has_speaker_notes(built):
    _, _, steps = built
    silent = [index for index, step in enumerate(steps)
              if not any(div.text_content().strip() for div in step.iter("div")
                         if div.get("class") == "notes")]
    assert not silent, f"steps without notes: {silent}"


def test_demo_ids_are_unique_and_known(built):
    report, tree, _ = built
    ids = [div.get("data-demo") for div in tree.iter("div") if div.get("class") == "demo-panel"]
    assert len(ids) == len(set(ids)), f"duplicated demo ids: {sorted(i for i in ids if ids.count(i) > 1)}"
    assert sorted(ids) == DEMO_IDS, "every slide's demo is a scenario, every scenario has its slide"
    for div in tree.iter("div"):
        if div.get("class") == "demo-panel":
            command = div.find(".//div[@class='demo-cmd']").text_content()
            assert f"invoke demo {div.get('data-demo')}" in command
            assert div.find(".//div[@class='demo-live']") is not None


def test_slide_code_names_demo_objects_and_demo_has_no_markers():
    """Code reaches a slide by dotted name (``code-of``), never by an include between markers."""
    text = build.SOURCE.read_text(encoding="utf-8")
    assert not re.search(r"^\s*\.\. include::", text, re.MULTILINE), "use .. code-of:: instead"
    names = [name for match in CODE_OF.finditer(text) for name in match["names"].split()]
    assert len(names) >= 27
    assert all(name.startswith("demo.") for name in names), names
    markers = [f"{path.relative_to(ROOT)}:{number}"
               for folder in ("demo", "brownbag") for path in sorted((ROOT / folder).rglob("*.py"))
               for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
               if re.search(r"#\s*\[(start|end):", line)]
    assert not markers, f"marker comments left: {markers}"


def copy_deck(tmp_path) -> Path:
    """slides/ and demo/*.py side by side, as in the repo, so relative includes resolve."""
    shutil.copytree(build.SLIDES, tmp_path / "slides", ignore=shutil.ignore_patterns("_build"))
    shutil.copytree(ROOT / "demo", tmp_path / "demo", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path / "slides" / "talk.rst"


def test_a_slide_naming_a_missing_object_fails_the_build_in_one_line(tmp_path):
    source = copy_deck(tmp_path)
    basics = tmp_path / "demo" / "basics.py"
    basics.write_text(basics.read_text().replace("def add(", "def add_numbers("))
    line = next(number for number, text in enumerate(source.read_text().splitlines(), 1)
                if text == ".. code-of:: demo.basics.add")
    with pytest.raises(build.DeckError) as error:
        build.build(source=source, target=tmp_path / "out")
    message = str(error.value)
    assert "\n" not in message
    assert re.fullmatch(rf"\S*/talk\.rst:{line}: error: code-of: no 'add' in demo\.basics "
                        r"\(demo/basics\.py\)", message), message
    done = subprocess.run([*INVOKE, "slides.build", "--source", str(source),
                           "--target", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 1
    assert f"talk.rst:{line}: error: code-of: no 'add' in demo.basics (demo/basics.py)" in done.stderr
    assert "Traceback" not in done.stderr


def test_broken_rst_is_one_clear_line_and_a_non_zero_exit(tmp_path):
    source = copy_deck(tmp_path)
    lines = source.read_text().splitlines()
    lines += ["", "----", "", "Broken", "~~~~~~", "", ".. no-such-directive::", ""]
    source.write_text("\n".join(lines) + "\n")
    broken_line = len(lines) - 1
    with pytest.raises(build.DeckError, match=rf"talk\.rst:{broken_line}: error: "
                                              r'Unknown directive type "no-such-directive"'):
        build.build(source=source, target=tmp_path / "out")
    # The same through the invoke task: a one-line error on stderr, exit 1, no traceback.
    done = subprocess.run([*INVOKE, "slides.build", "--source", str(source),
                           "--target", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr + done.stdout
    assert re.search(rf"error: .*talk\.rst:{broken_line}: error: Unknown directive", done.stderr)


def test_an_unknown_or_repeated_demo_id_is_refused(tmp_path):
    source = copy_deck(tmp_path)
    text = source.read_text()
    source.write_text(text.replace(".. demo:: pools.cpu", ".. demo:: pools.gpu", 1))
    with pytest.raises(build.DeckError, match=r"talk\.rst:\d+: \w+: unknown demo id 'pools.gpu'"):
        build.build(source=source, target=tmp_path / "out")
    source.write_text(text.replace(".. demo:: pools.cpu", ".. demo:: pools.io", 1))
    with pytest.raises(build.DeckError, match=r"demo id 'pools.io' is used twice"):
        build.build(source=source, target=tmp_path / "out")


def test_steps_of_words_only_get_the_text_layout_and_no_other_step_does(built):
    _, _, steps = built
    text = [s for s in steps if s.get("data-layout") == "text"]
    assert text, "no step got the text layout"
    titles = {s.findtext(".//h4").strip() for s in text}
    assert {"A task may run late, twice, or never", "The main backends"} <= titles
    for step in text:
        assert step.find("h4") is not None
        assert not step.xpath(".//pre | .//img | .//table | .//iframe | .//figure | "
                              ".//div[contains(@class, 'demo-panel')] | .//div[contains(@class, 'split')]"), \
            f"{step.findtext('.//h4')}: a text step with more than words"
    # A layout the author chose stays.
    assert all(s.get("data-layout") != "text" for s in steps if s.get("id") in ("title", "closing"))


def test_the_overview_steps_carry_the_map_of_the_talk_every_part_a_link_to_its_step(built):
    _, tree, steps = built
    ids = {s.get("id") for s in steps} | {f"step-{n}" for n in range(1, len(steps) + 1)}
    for overview in (s for s in steps if s.get("data-overview")):
        sections = overview.xpath(".//nav[@class='talk-map']//section[@class='talk-map-section']")
        names = [s.findtext("a").strip() for s in sections]
        assert len(names) == 7 and names[0] == "Overview / Goal" and names[-1] == "Work4Labs usage", names
        links = overview.xpath(".//nav[@class='talk-map']//a/@href")
        assert links and all(link.startswith("#/") and link[2:] in ids for link in links), links
        parts = [a.xpath("string(span[@class='talk-map-part'])") for a in sections[4].xpath(".//li/a")]
        assert "What to keep in mind?" in parts


def test_the_build_says_which_qr_links_are_empty_in_one_line(built):
    from brownbag import settings

    report, _, _ = built
    empty = sorted(name for name, link in (settings.load().get("links") or {}).items() if not link)
    if not empty:
        assert report.notices == []
    else:
        assert len(report.notices) == 1 and "\n" not in report.notices[0]
        assert all(f"brownbag.links.{name}" in report.notices[0] for name in empty)


def test_nothing_is_loaded_from_the_internet(built):
    report, tree, _ = built
    for element in tree.iter("script", "link", "img", "source", "iframe"):
        for attribute in ("src", "href"):
            value = element.get(attribute) or ""
            assert not re.match(r"^(https?:)?//", value), f"remote {element.tag}: {value}"
    assert "mathjax" not in report.index.read_text().lower()
    for css in report.index.parent.rglob("*.css"):
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", css.read_text()), css
        assert "@import" not in css.read_text(), css


def test_sections_are_regions_and_the_overview_sees_them_all(built):
    _, _, steps = built
    overview = [s for s in steps if s.get("data-overview")]
    assert [s.get("id") for s in overview] == ["overview", "overview-end"]
    openers = [s for s in steps if s.find("h2") is not None and s[0].tag == "h2"]
    assert len(openers) == 7
    assert {s.get("data-scale") for s in openers} == {str(layout.OPENER_SCALE)}
    assert float(overview[0].get("data-scale")) > 10
    positions = [(float(s.get("data-x")), float(s.get("data-y"))) for s in steps]
    assert len(set(positions)) == len(positions) - 1, "only the two overview steps share a spot"


def test_diagrams_are_valid_svg_in_the_theme_colours():
    css = (build.SLIDES / "theme" / "deck.css").read_text()
    roles = {}
    for role, colour in re.findall(r"--(producer|broker|worker|result|beat):\s*(#[0-9a-f]{6})", css):
        roles.setdefault(role, colour)   # the light theme's, first: the diagrams are drawn on white
    assert set(roles) == {"producer", "broker", "worker", "result", "beat"}
    svgs = sorted((build.SLIDES / "diagrams").glob("*.svg"))
    assert {p.stem for p in svgs} >= {"architecture", "routing", "pools", "beat"}
    for svg in svgs:
        xml.dom.minidom.parse(str(svg))  # well-formed, or the browser shows nothing
    architecture = (build.SLIDES / "diagrams" / "architecture.svg").read_text().lower()
    for role, colour in roles.items():
        assert colour in architecture, f"{role} colour {colour} not used in architecture.svg"


def test_watch_serves_on_localhost_rebuilds_on_save_and_survives_a_broken_slide(tmp_path):
    import queue
    import signal
    import threading
    import time
    import urllib.request

    source = copy_deck(tmp_path)
    process = subprocess.Popen(
        [*INVOKE, "slides.watch", "--port", "0",
         "--source", str(source), "--target", str(tmp_path / "out")],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()

    def wait_for(pattern, timeout=60):
        deadline = time.monotonic() + timeout
        seen = []
        while time.monotonic() < deadline:
            try:
                line = lines.get(timeout=0.5)
            except queue.Empty:
                continue
            seen.append(line)
            if match := re.search(pattern, line):
                return match
        pytest.fail(f"no {pattern!r} from slides.watch within {timeout} s; said: {seen}")

    def fetch(url):
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")

    try:
        url = wait_for(r"serving \S+ on (http://127\.0\.0\.1:\d+/)")[1]
        wait_for(r"deck built: \d+ steps")
        assert "demo-panel" in fetch(url + "index.html")

        text = source.read_text()
        source.write_text(text + "\n----\n\nAdded while watching\n~~~~~~~~~~~~~~~~~~~~\n\n"
                          "Hello.\n\n.. note::\n\n   n\n")
        wait_for(r"deck built")
        assert "Added while watching" in fetch(url + "index.html")

        source.write_text(text + "\n----\n\nBroken\n~~~~~~\n\n.. no-such-directive::\n")
        wait_for(r"error: .*talk\.rst:\d+: error: Unknown directive")
        assert process.poll() is None, "a broken slide must not stop the watcher"
        assert "Added while watching" in fetch(url + "index.html"), "the last good build stays served"

        process.send_signal(signal.SIGINT)  # Ctrl-C: stop serving, exit cleanly
        wait_for(r"^stopped")
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:  # only if the clean stop failed: ours, by pid
            process.kill()
            process.wait(timeout=10)


def test_only_the_json_form_of_a_recording_is_committed():
    scripts = sorted(p.name for p in (build.SLIDES / "recordings").glob("*.js"))
    assert not scripts, f"the deck build writes these from the JSON; delete them: {scripts}"


def test_recordings_travel_with_the_deck_as_the_scripts_live_js_loads(tmp_path):
    source = copy_deck(tmp_path)
    recordings = source.parent / "recordings"
    pictures = sorted((ROOT / "slides" / "recordings").glob("*.png"))  # the slides show them (pictures.py)
    kept = {p.name: p.read_bytes() for p in pictures}
    shutil.rmtree(recordings, ignore_errors=True)
    recordings.mkdir()
    for name, data in kept.items():
        (recordings / name).write_bytes(data)
    # A line separator and non-ASCII text: JSON allows them raw, a script must not get them so.
    chord = {"id": "canvas.chord", "note": "caf\u00e9 \u2028 </script>",
             "items": [{"kind": "summary", "status": "succeeded"}]}
    (recordings / "canvas.chord.json").write_text(json.dumps(chord, ensure_ascii=False))
    out = tmp_path / "out"
    build.build(source=source, target=out)
    assert sorted(p.name for p in (out / "recordings").iterdir()) == sorted(["canvas.chord.js", *kept])
    assert {"ecosystem.django.png", "monitoring.flower.png"} <= set(kept)
    script = (out / "recordings" / "canvas.chord.js").read_text(encoding="ascii")
    head = '(window.BROWNBAG_RECORDINGS = window.BROWNBAG_RECORDINGS || {})["canvas.chord"] = '
    last = script.splitlines()[-1]
    assert last.startswith(head) and last.endswith(";"), script[:300]
    assert json.loads(last[len(head):-1]) == chord

    (recordings / "canvas.group.json").write_text('{"id": "canvas.group", "items": [')
    with pytest.raises(build.DeckError) as error:
        build.build(source=source, target=out)
    assert re.fullmatch(r".*recordings/canvas\.group\.json: not JSON: .+", str(error.value)), error.value
    (recordings / "canvas.group.json").write_text(json.dumps(chord))  # canvas.chord's, misnamed
    with pytest.raises(build.DeckError, match=r"canvas\.group\.json: holds the recording of 'canvas\.chord'"):
        build.build(source=source, target=out)

    for stale in recordings.glob("*.json"):  # a stale copy must not outlive its source
        stale.unlink()
    build.build(source=source, target=out)
    assert sorted(p.name for p in (out / "recordings").iterdir()) == sorted(kept)


def test_a_page_asked_for_during_a_build_is_a_whole_one(tmp_path, monkeypatch):
    """The live server serves slides/_build while `invoke present` or `slides.watch` builds it:
    the page it reads mid-build is the last whole build's, never hovercraft's output before
    the build has finished it (no theme, no 16:9 canvas)."""
    out = tmp_path / "out"
    build.build(target=out, theme="dark")
    served = []
    finish = build._finish

    def finish_and_look(index, *args, **kwargs):
        served.append((out / "index.html").read_text(encoding="utf-8"))  # what a reader gets now
        finish(index, *args, **kwargs)

    monkeypatch.setattr(build, "_finish", finish_and_look)
    report = build.build(target=out, theme="light")
    assert len(served) == 1 and 'data-theme="dark"' in served[0] and 'data-width=' in served[0]
    assert report.index == out / "index.html" and 'data-theme="light"' in report.index.read_text()
    assert not [p for p in out.iterdir() if p.name.startswith(".staging-")], "a staging dir was left"


def test_the_pins_that_keep_hovercraft_2_7_building_are_installed():
    """hovercraft 2.7 is abandoned: it imports pkg_resources and breaks with svg.path 7."""
    from importlib.metadata import version

    def major_minor(name):
        return tuple(int(part) for part in re.findall(r"\d+", version(name))[:2])

    assert version("hovercraft") == "2.7"
    assert major_minor("svg.path") < (7, 0)
    assert major_minor("setuptools") < (81, 0)
    import pkg_resources  # noqa: F401  what hovercraft needs at import


def test_camera_moves_without_rotation(built):
    """Transitions that help, not dizzy: pans and zooms only."""
    _, _, steps = built
    for step in steps:
        for axis in ("data-rotate-x", "data-rotate-y", "data-rotate-z"):
            assert float(step.get(axis, "0")) == 0, (step.get("id"), axis)
        assert float(step.get("data-z", "0")) == 0


def test_a_missing_image_is_a_clear_error(tmp_path):
    source = copy_deck(tmp_path)
    (source.parent / "diagrams" / "pools.svg").unlink()
    with pytest.raises(build.DeckError, match=r"talk\.rst:\d+: error: image not found: diagrams/pools\.svg"):
        build.build(source=source, target=tmp_path / "out")


def test_published_benchmarks_show_with_their_provenance_or_the_command(tmp_path):
    source = copy_deck(tmp_path)
    bench = source.parent / "bench"
    shutil.rmtree(bench, ignore_errors=True)
    report = build.build(source=source, target=tmp_path / "without")
    page = report.index.read_text()
    assert page.count('class="bench-missing"') == 3
    assert "invoke bench.brokers --publish" in page and "invoke bench.pools --publish" in page
    assert "invoke bench.peers --publish" in page

    bench.mkdir()
    (bench / "brokers.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>')
    (bench / "brokers.json").write_text('{"mode": "full", "machine": {"host": "lab", "cores": 8, '
                                        '"celery": "5.7.0", "kombu": "5.7.0", '
                                        '"date": "2026-11-24T14:31:37+00:00"}, "machine_state": {"cores": 8, '
                                        '"before": {"load_1m": 0.4}, "during": {"others_cpu_mean": 0.05}}}')
    report = build.build(source=source, target=tmp_path / "with")
    page = report.index.read_text()
    assert '<img src="bench/brokers.svg"' in page
    assert (tmp_path / "with" / "bench" / "brokers.svg").exists()
    text = html.parse(str(report.index)).getroot().text_content()
    assert "measured on lab · 8 cores · load 0.4 · other processes 0.05 cores" in text
    assert "2026-11-24 14:31 UTC" in text
    assert page.count('class="bench-missing"') == 2  # pools and peers not published in this copy


def test_invoke_slides_build_says_what_it_built_and_where(tmp_path):
    done = subprocess.run([*INVOKE, "slides.build", "--target", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert re.search(rf"deck built: \d+ steps, {len(DEMO_IDS)} live demos, [\d.]+ s, \d+ kB -> "
                     rf"{re.escape(str(tmp_path / 'out' / 'index.html'))}", done.stdout), done.stdout
    assert (tmp_path / "out" / "index.html").as_uri() in done.stdout
