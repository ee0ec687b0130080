"""The talk's evidence ledger (slides/claims.toml) still holds against what is installed.

When Celery, kombu or Flower is upgraded and one of these fails, the message names
the claim and its slide: re-read that slide against the new source, then update the
snippet (or the slide). No stack needed.
"""

from __future__ import annotations

import re
import sysconfig
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LEDGER = ROOT / "slides" / "claims.toml"
SITE = Path(sysconfig.get_paths()["purelib"])
KINDS = {"id", "slide", "says", "file", "demo", "sources", "docs"}


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
        if squash(claim["says"]) not in squash(quoted_in.read_text()):
            found.append(f"{where}: the words {claim['says']!r} are no longer in "
                         f"{quoted_in.relative_to(root)}: update or drop the claim")
    if not (claim.get("demo") or claim.get("sources") or claim.get("docs")):
        found.append(f"{where}: no evidence (demo, sources or docs)")
    if claim.get("demo") and claim["demo"] not in demo_ids:
        found.append(f"{where}: demo {claim['demo']!r} does not exist")
    for source in claim.get("sources", []):
        path = site / source["file"]
        if not path.is_file():
            found.append(f"{where}: {source['file']} is not in the installed packages ({site})")
        elif squash(source["snippet"]) not in squash(path.read_text(errors="replace")):
            found.append(f"{where}: {source['file']} no longer contains {source['snippet']!r}: "
                         "re-check the claim against the installed version")
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
