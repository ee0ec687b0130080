"""The talk's evidence ledger (slides/claims.toml) still holds against what is installed,
and the talk links each behaviour statement to it.

When Celery, kombu or Flower is upgraded and one of these fails, the message names
the claim and its slide: re-read that slide against the new source, then update the
snippet (or the slide). No stack needed.

The link is explicit: a statement in slides/talk.rst ends with ``:claim:`id``` (the
role renders as nothing, brownbag/deck/claim.py). On every slide but those EXEMPT, every
sentence that names a Celery setting, option or mechanism (claim.is_behaviour) must
carry one; everywhere, a mark must name an entry, and an entry quoting the talk must
be marked, its words in the paragraph its mark ends.
"""

from __future__ import annotations

import re
import sysconfig
import tomllib
from pathlib import Path

import pytest

from brownbag.deck.claim import MARK, is_behaviour, statements

ROOT = Path(__file__).resolve().parent.parent
LEDGER = ROOT / "slides" / "claims.toml"
SITE = Path(sysconfig.get_paths()["purelib"])
KINDS = {"id", "slide", "says", "file", "demo", "sources", "docs"}
TALK = "slides/talk.rst"
OURS = ("brownbag/", "demo/")

# Every slide's behaviour statements are linked, except the title and the section
# openers (the steps with ``.. section-map::``): they introduce what the next slides
# claim, and claim nothing of their own.
EXEMPT = {
    "Celery brown bag", "", "Overview / Goal :speaker:`laurent`", "Broker", "Worker",
    "Celerybeat :speaker:`laurent`", "Program for celery :speaker:`laurent`",
    "Ecosystem :speaker:`tewfik`", "Work4Labs usage",
}


def squash(text: str) -> str:
    """Whitespace-insensitive: line breaks, indentation and RST wrapping don't matter,
    nor the ``#`` / ``#:`` that start each line of a wrapped Python comment."""
    return re.sub(r"\s+", " ", re.sub(r"\n\s*#:?", " ", text)).strip()


def load(path: Path = LEDGER) -> list[dict]:
    return tomllib.loads(path.read_text())["claim"]


def problems(claim: dict, demo_ids: set[str], site: Path = SITE, root: Path = ROOT) -> list[str]:
    """Everything wrong with one claim, in words a person editing the talk can act on."""
    where = f"claim {claim.get('id')!r} (slide {claim.get('slide')!r})"
    found = []
    unknown = set(claim) - KINDS
    if unknown:
        found.append(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    if not claim.get("says"):
        found.append(f"{where}: no 'says' quoting the claim")
    else:
        quoted_in = root / claim.get("file", "slides/talk.rst")
        if squash(claim["says"]) not in squash(MARK.sub("", quoted_in.read_text())):
            found.append(f"{where}: the words {claim['says']!r} are no longer in "
                         f"{quoted_in.relative_to(root)}: update or drop the claim")
    if not (claim.get("demo") or claim.get("sources") or claim.get("docs")):
        found.append(f"{where}: no evidence (demo, sources or docs)")
    if claim.get("demo") and claim["demo"] not in demo_ids:
        found.append(f"{where}: demo {claim['demo']!r} does not exist")
    for source in claim.get("sources", []):
        # the talk's own code (what a benchmark does) is cited from the repository
        path = (root if source["file"].startswith(OURS) else site) / source["file"]
        if not path.is_file():
            found.append(f"{where}: {source['file']} is not in the installed packages ({site})")
        elif squash(source["snippet"]) not in squash(path.read_text(errors="replace")):
            found.append(f"{where}: {source['file']} no longer contains {source['snippet']!r}: "
                         "re-check the claim against the installed version")
    return found


def vocabulary() -> set[str]:
    """Names that make a ``literal`` a Celery setting: every setting (new and old names),
    every plain Task attribute (``acks_late``, ``max_retries``...), and the transport
    options the talk names."""
    from celery.app.defaults import NAMESPACES, flatten
    from celery.app.task import Task

    names = set()
    for key, option in flatten(NAMESPACES):
        names.add(key)
        names.update(old.lower() for old in option.old or ())
    names.update(name for name, value in vars(Task).items() if not name.startswith("_") and not callable(value))
    names.update({"visibility_timeout", "unacked_restore_interval", "unacked_restore_throttle",
                  "priority_steps", "polling_interval", "max_interval", "clear_after"})
    return names


def link_problems(talk: str, claims: list[dict], settings: set[str], scope: set[str]) -> list[str]:
    """Marks without entries, behaviour statements in scope without marks, entries without
    marks or whose words left the paragraph their mark ends."""
    found = []
    by_id = {claim.get("id"): claim for claim in claims}
    marked: dict[str, list] = {}
    for statement in statements(talk):
        for claim_id in statement.ids:
            marked.setdefault(claim_id, []).append(statement)
            if claim_id not in by_id:
                found.append(f"{TALK}:{statement.line} ({statement.slide!r}): :claim:`{claim_id}` "
                             "has no entry in slides/claims.toml")
        if statement.slide in scope and not statement.ids and is_behaviour(statement.text, settings):
            found.append(f"{TALK}:{statement.line} ({statement.slide!r}): a behaviour statement with no "
                         f":claim: mark: {statement.text[:140]!r}; add its entry and mark it")
    for claim in claims:
        if claim.get("file", TALK) != TALK:
            continue
        places = marked.get(claim.get("id"))
        if not places:
            found.append(f"claim {claim.get('id')!r}: no :claim:`{claim.get('id')}` in {TALK}: "
                         "mark the statement it backs")
        elif claim.get("says") and not any(squash(claim["says"]) in squash(s.block) for s in places):
            found.append(f"claim {claim.get('id')!r}: its words {claim['says']!r} are not in the paragraph "
                         f"its mark ends ({TALK}:{places[0].line}): the statement changed, re-check the entry")
    return found


@pytest.fixture(scope="module")
def demo_ids() -> set[str]:
    from brownbag.scenarios import catalogue

    return {s.id for s in catalogue()}


def test_every_claim_still_holds_against_the_installed_packages(demo_ids):
    claims = load()
    ids = [c.get("id") for c in claims]
    assert len(ids) == len(set(ids)), f"claim ids repeat: {sorted(i for i in ids if ids.count(i) > 1)}"
    found = [p for claim in claims for p in problems(claim, demo_ids)]
    assert not found, "\n".join(found)


def test_every_behaviour_statement_is_linked_to_the_ledger():
    talk = (ROOT / TALK).read_text()
    titles = {statement.slide for statement in statements(talk)}
    assert EXEMPT <= titles, f"EXEMPT names slides the talk no longer has: {sorted(EXEMPT - titles)}"
    found = link_problems(talk, load(), vocabulary(), titles - EXEMPT)
    assert not found, "\n".join(found)


def test_an_unlinked_statement_a_dangling_mark_and_a_drifted_entry_are_each_caught():
    """A planted talk: each way the link can break is reported, and nothing else."""
    talk = """\
Acks
~~~~

- ``acks_late``: acked after the task ran. :claim:`late`
- A worker prefetches four messages ahead.
- Nothing about Celery here.

.. note::

   Redis keeps a copy in its unacked hash. :claim:`ghost`

----

Elsewhere
~~~~~~~~~

Out of scope, a prefetch statement needs no mark.
"""
    settings = {"acks_late"}
    late = {"id": "late", "says": "acked after the task ran", "demo": "x"}
    found = link_problems(talk, [late], settings, {"Acks"})
    assert len(found) == 2, found
    assert "A worker prefetches four messages ahead." in found[0] and "no :claim: mark" in found[0]
    assert ":claim:`ghost` has no entry" in found[1]
    drifted = {**late, "says": "acked before the task ran"}
    assert any("are not in the paragraph" in p for p in link_problems(talk, [drifted], settings, set()))
    unmarked = {"id": "nowhere", "says": "Nothing about Celery here.", "demo": "x"}
    assert any("no :claim:`nowhere`" in p for p in link_problems(talk, [late, unmarked], settings, set()))
    assert not is_behaviour("Nothing about Celery here.", settings)


def test_every_rebuilt_demo_and_most_behaviour_claims_have_machine_checked_evidence():
    """Docs-only claims are the exception (history, support tables), not the rule."""
    claims = load()
    checked = [c for c in claims if c.get("demo") or c.get("sources")]
    assert len(checked) >= 0.8 * len(claims)
    cited = {c.get("demo") for c in claims}
    assert {"overview.priority", "practices.acks_late"} <= cited


def test_a_stale_claim_is_reported_with_its_slide(tmp_path):
    """The checker itself: each way a claim can go stale is caught and named."""
    (tmp_path / "slides").mkdir()
    (tmp_path / "slides" / "talk.rst").write_text("Redis runs 0\n   first.\n")
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "mod.py").write_text("def f():\n    return  1\n")
    good = {"id": "ok", "slide": "S", "says": "Redis runs 0 first.",
            "sources": [{"file": "pkg/mod.py", "snippet": "def f(): return 1"}]}
    assert problems(good, set(), site=tmp_path, root=tmp_path) == []
    stale = {**good, "sources": [{"file": "pkg/mod.py", "snippet": "return 2"}]}
    assert "no longer contains 'return 2'" in problems(stale, set(), tmp_path, tmp_path)[0]
    gone = {**good, "sources": [{"file": "pkg/other.py", "snippet": "x"}]}
    assert "is not in the installed packages" in problems(gone, set(), tmp_path, tmp_path)[0]
    moved = {**good, "says": "RabbitMQ runs 9 first."}
    assert "are no longer in slides/talk.rst" in problems(moved, set(), tmp_path, tmp_path)[0]
    no_demo = {**good, "demo": "overview.nope"}
    assert "demo 'overview.nope' does not exist" in problems(no_demo, {"x.y"}, tmp_path, tmp_path)[0]
    bare = {"id": "bare", "slide": "S", "says": "Redis runs 0 first."}
    assert "no evidence" in problems(bare, set(), tmp_path, tmp_path)[0]
