"""``:claim:`id``` names the ledger entry (slides/claims.toml) behind the statement it ends.

    - A worker takes concurrency × ``worker_prefetch_multiplier`` (default **4**)
      messages ahead: *reserved*, not running. :claim:`prefetch-reserved-not-running`

The role renders as nothing: the id is for tests/test_claims.py, not the room. It
goes right after the sentence it backs (several ids: space-separated), so the
sentence keeps reading as it did and grep still finds it whole.

``statements(text)`` reads the talk's source the way a reader sees it: slide by
slide, each paragraph, list item or table cell split into sentences, with the
ids that end each one. ``is_behaviour(sentence)`` is the rule the test holds the
slides in its scope to: a sentence that names a Celery setting or option
(a ``literal`` that is one, a ``--flag``) or one of its mechanisms (acks,
prefetch, retries, pools, events, results...) makes a claim about Celery's
behaviour, and needs an id. It is a rule of thumb, on purpose broad: a sentence
it flags that states nothing checkable still gets an entry, citing the demo that
shows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from docutils.parsers.rst import roles

MARK = re.compile(r":claim:`([^`]+)`")
_SENTINEL = re.compile(r"\u27e6([^\u27e7]*)\u27e7")
# A sentence ends at . ! ? (maybe closed by a quote, a bracket or emphasis) before a capital,
# or at a claim mark, which belongs to the sentence before it (whatever starts the next).
_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"')*]))\s+(?=[A-Z\"(*`])|(?<=\u27e7)\s+(?=\S)")
_HEADING = re.compile(r"^([=~\-#^])\1{3,}\s*$")
_ITEM = re.compile(r"^(\s*)(?:\* - |- |\* |\d+\. )")
_SKIP_BODY = ("raw", "code", "code-block", "image", "figure", "demo", "bench", "code-of", "section-map", "role")

# What makes a sentence a statement about Celery's behaviour (see the module's docstring).
MECHANISMS = re.compile(
    r"\b(acks?|acked|acking|ack_late|prefetch\w*|reserved|redeliver\w*|requeue\w*|visibility|quorum|QoS|"
    r"shutdown|SIGTERM|SIGQUIT|SIGKILL|recycl\w*|expir\w*|time limits?|soft limit|hard limit|"
    r"events?|result backend|results?|poll\w*|priorit\w*|retr(?:y|ies|ied)|chord|group|chain|"
    r"pool process|pools?|prefork|gevent|eventlet|threads|solo|greenlets?|fanout|broker\w*|"
    r"countdown|eta|errbacks?|callback|serializ\w*|pickle|json|beat|scheduler|monkey-patch\w*|"
    r"throughput|latency|tasks/s|no-ops?|drain\w*|round trips?|ideal|memory|RSS|leak\w*)\b",
    re.IGNORECASE)
LITERAL = re.compile(r"``([^`]+)``")
FLAG = re.compile(r"(?<![\w-])--?[a-zA-Z][\w-]*")


def claim_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    return [], []


def register() -> None:
    roles.register_canonical_role("claim", claim_role)


@dataclass
class Statement:
    slide: str
    line: int
    text: str                       # the sentence, claim marks removed
    ids: list[str] = field(default_factory=list)
    block: str = ""                 # the whole paragraph / item, marks removed


def _blocks(text: str):
    """(slide title, first line number, joined text) for each paragraph, list item or cell."""
    lines = text.splitlines()
    slide, block, start, skip_deeper = "", [], 0, None
    out = []

    def flush():
        nonlocal block
        if block:
            out.append((slide, start, " ".join(part.strip() for part in block)))
        block = []

    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if skip_deeper is not None:
            if not stripped or indent > skip_deeper:
                continue
            skip_deeper = None
        if stripped == "----":
            flush()
            slide = ""
            continue
        if not stripped:
            flush()
            continue
        if _HEADING.match(stripped):
            if block and number >= 2:
                # the line above was a title: it is this slide's name, not a statement
                slide = block[-1].strip()
                block = block[:-1]
            flush()
            continue
        if stripped.startswith(".. "):
            flush()
            name = stripped[3:].split("::", 1)[0].strip()
            if "::" not in stripped or name in _SKIP_BODY:
                skip_deeper = indent   # a comment, or a directive whose body is not prose
            continue   # a directive's argument (``split``, ``small``) is not prose either
        if re.match(r"^:[\w-]+:( |$)", stripped) and not MARK.match(stripped):
            flush()   # a field (:id:, :class:, :alt: ...)
            continue
        item = _ITEM.match(line)
        if item:
            flush()
            line = line[item.end():]
        if not block:
            start = number
        block.append(line)
    flush()
    return out


def statements(text: str) -> list[Statement]:
    found = []
    for slide, line, block in _blocks(text):
        marked = MARK.sub(lambda m: f"\u27e6{m.group(1)}\u27e7", block)
        plain_block = " ".join(MARK.sub("", block).split())
        for sentence in _SPLIT.split(marked):
            ids = [i for group in _SENTINEL.findall(sentence) for i in group.split()]
            plain = " ".join(_SENTINEL.sub("", sentence).split())
            if plain or ids:
                found.append(Statement(slide, line, plain, ids, plain_block))
    # a mark alone at the start of a sentence belongs to the one before it
    merged: list[Statement] = []
    for statement in found:
        if not statement.text and merged:
            merged[-1].ids += statement.ids
        else:
            merged.append(statement)
    return merged


def is_behaviour(sentence: str, settings: set[str]) -> bool:
    """Does this sentence name a Celery setting, option or mechanism? (Two words or
    fewer is a table's label, not a statement.)"""
    if len(sentence.split()) < 3:
        return False
    literals = LITERAL.findall(sentence)
    if any(word.strip("=()") in settings for lit in literals for word in re.split(r"[\s.=(),]+", lit)):
        return True
    if any(FLAG.fullmatch(lit.split()[0]) for lit in literals if lit.split()):
        return True
    return bool(MECHANISMS.search(LITERAL.sub(" ", sentence)))
