"""Predict, then run (brownbag/questions.py, brownbag/live/votes.py, slides/assets/votes.js):
questions on demo slides, the room's votes through the audience listener, Run closing
the vote and the run's result answering it.

The browser test needs the test stack (a real run answers the question); the rest needs
only a live server with its audience socket on 127.0.0.2. Set BROWNBAG_SHOTS=<dir> for
screenshots of the presenter's deck and an attendee's view.
"""

from __future__ import annotations

import json
import os

import httpx
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from support.audience_server import AudienceServer, bridged_audience_server
from support.deck_page import goto_demo
from support.faults import wait_for

SHOTS = os.environ.get("BROWNBAG_SHOTS")
# What the committed recordings answer: checked against Celery's source in the claims
# (slides/claims.toml) and here against the recordings the offline deck replays.
RECORDED = {"practices.acks_late": "failed", "delivery.visibility": "more",
            "delivery.shutdown": "lost", "overview.priority": "p0",
            "practices.chord_failure": "never", "delivery.prefetch": "some"}
FAST = "practices.chord_failure"  # the quickest of them to run for real (about a second)


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    from brownbag.deck import build

    target = tmp_path_factory.mktemp("deck")
    build.build(target=target)
    return target


# -- the questions ------------------------------------------------------------------

def test_six_demos_ask_and_their_recordings_answer(deck):
    from brownbag import questions

    asked = questions.load(deck)
    assert set(RECORDED) <= set(asked)
    for demo, key in RECORDED.items():
        assert asked[demo].recorded_answer() == key, demo
    html = (deck / "index.html").read_text()
    for demo, key in RECORDED.items():
        assert f'<div class="demo-question" data-demo="{demo}" data-recorded="{key}">' in html


def test_a_run_that_shows_nothing_answers_nothing():
    from brownbag import questions

    q = questions.parse("delivery.visibility", "How many runs?", ["once: Once", "more: More"])
    assert q.answer({"runs": 1}) == "once" and q.answer({"runs": 3}) == "more"
    for result in (None, "boom", {}, {"runs": "2"}, {"outcomes": []}):
        assert q.answer(result) is None


@pytest.mark.parametrize("lines, message", [
    (["again: Yes", "maybe: Who knows"], "'maybe' is not an outcome it can produce"),
    (["again: Yes"], "2 to 4 choices"),
    (["again Yes", "failed: No"], "a choice is 'outcome: label'"),
    (["again: Yes", "again: Yes again"], "given twice"),
])
def test_a_question_offers_only_outcomes_its_run_can_show(tmp_path, lines, message):
    from brownbag.deck.build import DeckError, check

    body = "\n".join(f"   {line}" for line in lines)
    source = tmp_path / "talk.rst"
    source.write_text(f"----\n\nA slide\n=======\n\n.. demo:: practices.acks_late\n"
                      f"   :question: Does it run again?\n\n{body}\n", encoding="utf-8")
    with pytest.raises(DeckError, match=message):
        check(source)


# -- votes over HTTP -----------------------------------------------------------------

@pytest.fixture(scope="module")
def server(deck):
    server = AudienceServer(deck, burst=100_000, rate=100_000)
    yield server
    server.stop()


def crowd_client(server, **headers) -> httpx.Client:
    return httpx.Client(base_url=server.crowd, timeout=10, headers={
        "Cookie": f"brownbag_audience={server.audience_token}", **headers})


def test_votes_come_only_through_the_audience_listener_with_its_token(server):
    demo = "delivery.prefetch"
    vote = {"voter": "refusals-1", "choice": "some"}
    with httpx.Client(base_url=server.crowd, timeout=10) as anon:
        assert anon.post(f"/votes/{demo}", json=vote).status_code == 403
        assert anon.get(f"/votes/{demo}").status_code == 403
    with crowd_client(server) as crowd:
        evil = crowd.post(f"/votes/{demo}", json=vote, headers={"Origin": "https://evil.example"})
        assert evil.status_code == 403 and "cross-origin" in evil.json()["error"]
        assert crowd.get("/api/votes").status_code == 403  # the tally is the presenter's
        big = crowd.post(f"/votes/{demo}", content=iter([b"x" * 300] * 3))  # chunked, no length
        assert big.status_code == 413, big.text
        unknown = crowd.post("/votes/canvas.group", json=vote)
        assert unknown.status_code == 404 and "no question on 'canvas.group'" in unknown.json()["error"]
        bad = crowd.post(f"/votes/{demo}", json={**vote, "choice": "all"})
        assert bad.status_code == 422 and "one of none, some" in bad.json()["error"]
        assert crowd.get(f"/votes/{demo}", params={"voter": "refusals-1"}).json()["mine"] is None
    with httpx.Client(base_url=server.deck_url, timeout=10) as deck:
        # the presenter's app only reads the tally: a vote there is no route
        assert deck.post(f"/api/votes/{demo}", json=vote).status_code in (404, 405)
        assert deck.get(f"/api/votes/{demo}").json()["total"] == 0
        assert deck.get("/api/votes/nope").status_code == 404


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8)
FUZZ_DEMOS = ["practices.acks_late", "overview.priority"]
VOTERS = ["attendee-01", "attendee-02", "attendee-03", "x" * 64]
BAD_VOTERS = ["short", "x" * 65, "no spaces here", "", "ünïcode-id", 7, None]
CHOICES = ["again", "failed", "p0", "p9", "none", "nope", "", None, 1]


def well_formed(demo: str, body, raw: bytes) -> bool:
    from brownbag.live.votes import MAX_BODY, VOTER

    keys = {"practices.acks_late": ("again", "failed"),
            "overview.priority": ("p9", "p0", "p5", "none")}.get(demo)
    return (keys is not None and len(raw) <= MAX_BODY and isinstance(body, dict)
            and set(body) == {"voter", "choice"} and isinstance(body["voter"], str)
            and bool(VOTER.fullmatch(body["voter"])) and body["choice"] in keys)


@pytest.fixture(scope="module")
def model():
    return {demo: {} for demo in FUZZ_DEMOS}  # demo -> voter -> choice, as it should be


@hsettings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(demo=st.one_of(st.sampled_from(FUZZ_DEMOS + ["canvas.group", "nope", "..", "%2e%2e"]),
                      st.text(alphabet="abcdefghijklmnopqrstuvwxyz._-", max_size=24)),
       body=st.one_of(
           st.fixed_dictionaries({"voter": st.sampled_from(VOTERS + BAD_VOTERS),
                                  "choice": st.sampled_from(CHOICES)},
                                 optional={"extra": json_values}),
           json_values, st.binary(max_size=60),
           st.just({"voter": "attendee-01", "choice": "failed", "pad": "x" * 600})))
def test_fuzzed_votes_never_500_and_count_exactly_what_they_should(server, model, demo, body):
    before, stage = server.runs(), server.presenter.state.stage.version
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    with crowd_client(server) as crowd:
        try:
            answer = crowd.post(f"/votes/{demo}", content=raw)
        except httpx.InvalidURL:
            return
    # 405: a path that is no vote ("/votes/.." is "/"): the deck's files only read
    assert answer.status_code in (200, 400, 404, 405, 413, 422), (demo, raw, answer.text)
    assert answer.headers["content-type"].startswith("application/json")
    ok = well_formed(demo, body, raw)
    assert (answer.status_code == 200) == ok, (demo, raw, answer.text)
    if ok:
        model[demo][body["voter"]] = body["choice"]
    ballot = server.presenter.state.votes
    for name in FUZZ_DEMOS:
        tally = ballot.tally(name)
        expected = [list(model[name].values()).count(c["key"]) for c in tally["choices"]]
        assert tally["counts"] == expected and tally["total"] == len(model[name])
    assert server.runs() == before, "a vote started a run"
    assert server.presenter.state.stage.version == stage, "a vote moved the stage"


def test_votes_share_the_audience_rate_limit(deck):
    small = AudienceServer(deck, burst=5, rate=0.5)
    try:
        with crowd_client(small) as crowd:
            answers = [crowd.post("/votes/delivery.visibility",
                                  json={"voter": f"flooder-{i:04d}", "choice": "once"})
                       for i in range(12)]
        codes = [a.status_code for a in answers]
        assert codes[:5] == [200] * 5 and 429 in codes and set(codes) <= {200, 429}
        assert small.presenter.state.votes.tally("delivery.visibility")["total"] == codes.count(200)
    finally:
        small.stop()


# -- the room, the stage and a real run ----------------------------------------------

@pytest.fixture
def live_server(stack, deck):
    """A server of its own, started once the stack is up (bridged_audience_server)."""
    with bridged_audience_server(deck) as server:
        yield server


def card(page, demo: str) -> str:
    return f'.demo-question[data-demo="{demo}"]'


@pytest.mark.browser
@pytest.mark.redis
def test_the_room_votes_the_run_answers(live_server, chromium):
    from brownbag import questions

    server, demo = live_server, FAST
    contexts = [chromium.new_context(viewport={"width": 1280, "height": 720}) for _ in range(4)]
    try:
        deck = contexts[0].new_page()
        deck.goto(server.deck_url + "/")
        deck.wait_for_function("document.documentElement.getAttribute('data-live') === 'up'",
                               timeout=30_000)
        crowd = []
        for ctx in contexts[1:]:
            page = ctx.new_page()
            page.goto(f"{server.crowd}/?token={server.audience_token}")
            page.wait_for_function("window.Brownbag && Brownbag.follow && Brownbag.follow.state === 'live'")
            crowd.append(page)
        goto_demo(deck, demo)
        for page in crowd:  # the attendees follow to the question, open
            page.wait_for_function("""id => Brownbag.votes.cards[id].step.classList.contains('active')
                && Brownbag.votes.cards[id].tally""", arg=demo, timeout=10_000)
            assert page.get_attribute(card(page, demo), "data-phase") == "ask"

        # three votes, one changed before Run: never, ran -> never, ran
        picks = [["never"], ["ran", "never"], ["ran"]]
        for page, keys in zip(crowd, picks, strict=True):
            for key in keys:
                page.click(f'{card(page, demo)} .q-choice[data-choice="{key}"]')
                page.wait_for_function("""([id, key]) => Brownbag.votes.cards[id].tally
                    && Brownbag.votes.cards[id].tally.mine === key""", arg=[demo, key])
        deck.wait_for_function("id => (Brownbag.votes.cards[id].tally || {}).total === 3",
                               arg=demo, timeout=10_000)
        counts = deck.eval_on_selector_all(f"{card(deck, demo)} .q-count",
                                           "nodes => nodes.map(n => n.textContent)")
        assert counts == ["33% \u00b7 1", "67% \u00b7 2"], counts
        if SHOTS:
            deck.screenshot(path=f"{SHOTS}/votes-open-1280x720.png")
            crowd[0].screenshot(path=f"{SHOTS}/votes-attendee-1280x720.png")

        # Run: the vote closes at once; the run's result answers it
        before = server.runs()
        deck.wait_for_function(f"!document.querySelector('.demo-panel[data-demo=\"{demo}\"] .demo-run').disabled",
                               timeout=30_000)
        deck.click(f'.demo-panel[data-demo="{demo}"] .demo-run')
        late = httpx.post(f"{server.crowd}/votes/{demo}", json={"voter": "latecomer-1", "choice": "ran"},
                          headers={"Cookie": f"brownbag_audience={server.audience_token}"}, timeout=10)
        assert late.status_code == 409 and "closed" in late.json()["error"]
        deck.wait_for_selector(f'{card(deck, demo)}[data-phase="answered"]', timeout=60_000)
        assert server.runs() == before + 1
        run = server.presenter.state.runs.get(server.presenter.state.stage.latest_run[demo])
        derived = questions.load(server.presenter.state.deck)[demo].answer(run.summary()["result"])
        assert derived == "never"
        right = deck.eval_on_selector_all(f"{card(deck, demo)} .q-choice[data-right]",
                                          "nodes => nodes.map(n => n.dataset.choice)")
        assert right == [derived]
        said = deck.inner_text(f"{card(deck, demo)} .q-said")
        assert said == "67% said \u201cNo, it never starts\u201d \u2014 right", said
        assert deck.evaluate("id => Brownbag.votes.line(document.querySelector("
                             "`.demo-panel[data-demo=\"${id}\"]`))", demo) == said  # the console's line
        tally = httpx.get(f"{server.deck_url}/api/votes/{demo}", timeout=10).json()
        assert tally["counts"] == [1, 2] and tally["answer"] == "never" and tally["run"] == run.id
        if SHOTS:
            deck.screenshot(path=f"{SHOTS}/votes-answered-1280x720.png")

        # each attendee: right or not
        for page, keys in zip(crowd, picks, strict=True):
            page.wait_for_selector(f"{card(page, demo)}[data-verdict]", timeout=30_000)
            verdict = page.get_attribute(card(page, demo), "data-verdict")
            text = page.inner_text(f"{card(page, demo)} .q-said")
            assert verdict == ("right" if keys[-1] == "never" else "wrong"), text
            assert text.startswith("You said"), text
        if SHOTS:
            crowd[2].screenshot(path=f"{SHOTS}/votes-attendee-wrong-1280x720.png")
        # the summary the presenter keeps: questions, tallies, outcomes, no voter
        kept = wait_for(lambda: sorted((server.home / "votes").glob("*.json")), 10,
                        interval=0.1, what="the votes' summary")
        summary = json.loads(kept[-1].read_text())
        mine = next(q for q in summary["questions"] if q["demo"] == demo)
        assert mine["counts"] == [1, 2] and mine["answer"] == "never"
        assert "attendee" not in kept[-1].read_text() and "voter" not in kept[-1].read_text()
    finally:
        for ctx in contexts:
            ctx.close()


@pytest.mark.browser
@pytest.mark.redis
def test_on_a_phone_the_question_is_a_sheet_a_thumb_can_tap(live_server, chromium):
    """In portrait the slide is drawn at a quarter of its size (its choices 6 px tall):
    the question of the step on screen is mirrored below it at 20 px, in 52 px buttons."""
    server, demo = live_server, "delivery.shutdown"
    presenter = chromium.new_context(viewport={"width": 1280, "height": 720})
    phone = chromium.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                 has_touch=True, device_scale_factor=2)
    try:
        deck = presenter.new_page()
        deck.goto(server.deck_url + "/")
        deck.wait_for_function("document.documentElement.getAttribute('data-live') === 'up'",
                               timeout=30_000)
        page = phone.new_page()
        page.goto(f"{server.crowd}/?token={server.audience_token}")
        page.wait_for_function("window.Brownbag && Brownbag.follow && Brownbag.follow.state === 'live'")
        assert page.is_hidden(".q-sheet"), "a step without a question shows no sheet"
        goto_demo(deck, demo)
        page.wait_for_selector(".q-sheet:not([hidden])", timeout=10_000)
        asked = page.inner_text(".q-sheet-text")
        assert asked.startswith("Cold shutdown (SIGQUIT)"), asked
        sizes = page.eval_on_selector_all(".q-sheet-choice", """nodes => nodes.map(n => [
            parseFloat(getComputedStyle(n).fontSize), n.getBoundingClientRect().height,
            n.getBoundingClientRect().bottom <= innerHeight])""")
        assert len(sizes) == 3 and all(px >= 18 and tall >= 44 and seen for px, tall, seen in sizes), sizes

        page.tap('.q-sheet-choice[data-choice="lost"]')
        page.wait_for_selector('.q-sheet-choice[data-choice="lost"][data-mine]', timeout=10_000)
        deck.wait_for_function("id => (Brownbag.votes.cards[id].tally || {}).total === 1",
                               arg=demo, timeout=10_000)
        tally = httpx.get(f"{server.deck_url}/api/votes/{demo}", timeout=10).json()
        keys = [choice["key"] for choice in tally["choices"]]
        assert tally["counts"][keys.index("lost")] == 1 and tally["total"] == 1, tally
        if SHOTS:
            page.screenshot(path=f"{SHOTS}/votes-phone-sheet.png")
    finally:
        presenter.close()
        phone.close()


@pytest.mark.browser
def test_the_handout_prints_the_question_and_what_the_recording_answers(deck, chromium, tmp_path):
    from pypdf import PdfReader

    from brownbag.deck import handout

    html = (deck / "index.html").read_text()
    steps = html.split('<div class="step')[1:]
    index = next(i for i, step in enumerate(steps) if 'data-demo="practices.acks_late"' in step)
    made = handout.make(output=tmp_path / "handout.pdf", only=[index], browser=chromium)
    text = " ".join(PdfReader(str(made.path)).pages[0].extract_text().split())
    assert "Predict: The pool process dies mid-task" in text, text[:600]
    assert "the recorded run answers: No: it fails, WorkerLostError" in text, text[:600]
