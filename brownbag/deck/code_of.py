"""The ``code-of`` directive: a slide shows demo code by its dotted name.

    .. code-of:: demo.basics.add demo.basics.sleepy
       :class: small
       :no-docstring:
       :emphasize: return x + y
                   3

Each name is a function, a class, a method (``demo.monitoring.Camera.on_shutter``)
or a module-level assignment (``demo.delivery.QUORUM``,
``demo.periodic.app.conf.beat_schedule``: the target as written); a module's
name alone shows the whole module minus its docstring. Several names are shown
in the order given, separated by a blank line. An object comes with its
decorators and with the comment lines right above it (no blank line between),
since those say why it is written that way.

The source is read with ``ast`` from the file, never imported: building the
deck must not import Celery apps or tasks. Names resolve from the directory
above the deck's own (``slides/../demo/basics.py``), as ``../demo/x.py``
includes did.

Options:

- ``:class:`` — classes for the ``<pre>``, as for ``code-block`` (``small``, ``tiny``).
- ``:no-docstring:`` — drop the docstrings of the named functions and classes.
- ``:emphasize:`` — one item a line: a number is a line of the shown code (from 1),
  any other text emphasises every line containing it. Each such line's tokens
  are wrapped in ``<span class="emphasize">``. An item matching no line is an
  error: emphasis must not silently drift off when the code changes.
- ``:focus:`` — the lines the talk discusses in turn, one group a line; a group is
  items separated by ``|``, each item as for ``:emphasize:`` (a number, a range
  ``3-5``, or a text). The step opens with the whole code plain; each press of next
  highlights the next group and dims the rest; after the last group, next leaves the
  step (prev walks back). Each group is one impress.js substep: an empty
  ``<span class="substep focus-step">`` at the end of the ``<pre>``, so hovercraft's
  own navigation (keys, console, remote) steps through it and the substep count
  travels with the step; slides/theme/focus.js lights the group of the last shown
  marker. Every line of a focus block is a ``<span class="line">`` carrying the
  class ``focus-N`` of each group N that names it.

The output is docutils' own ``code-block`` (``<pre class="highlight code python">``
with Pygments' short token classes), the same as ``.. include:: :code: python``.
A name that does not exist fails the build in one line, at the slide's line.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import Directive, directives
from docutils.parsers.rst.directives.body import CodeBlock

_NAME = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$")
_DEFS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


class NotFound(Exception):
    """A dotted name names nothing; the message is one line."""


@dataclass(frozen=True)
class Module:
    name: str
    where: str  # the file, relative to the root: for messages
    path: Path
    lines: list[str]
    tree: ast.Module


def parse(text: str, filename: str, tries: int = 3) -> ast.Module:
    """``ast.parse``, asked again on CPython 3.11's spurious "AST constructor recursion depth
    mismatch" SystemError: the AST builder's depth counter is shared by the interpreter's
    threads, so a thread that parses while another does can upset it (python/cpython
    gh-106905; a deck build in a CI run beside the live server's threads met it). The same
    text parses on the next try."""
    for attempt in range(1, tries + 1):
        try:
            return ast.parse(text, filename=filename)
        except SystemError as error:
            if "recursion depth mismatch" not in str(error) or attempt == tries:
                raise


def find_module(root: Path, dotted: str) -> tuple[Module, list[str]]:
    """The longest prefix of ``dotted`` that is a module under ``root``, and the rest."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        base = root.joinpath(*parts[:cut])
        for path in (base.with_suffix(".py"), base / "__init__.py"):
            if path.is_file():
                text = path.read_text(encoding="utf-8")
                try:
                    tree = parse(text, str(path))
                except SyntaxError as error:
                    raise NotFound(f"{dotted}: {path.relative_to(root)} does not parse: {error.msg} "
                                   f"(line {error.lineno})") from None
                where = path.relative_to(root).as_posix()
                return Module(".".join(parts[:cut]), where, path, text.splitlines(), tree), parts[cut:]
    raise NotFound(f"no module for {dotted!r} under {root}")


def _targets(node) -> list[str]:
    if isinstance(node, ast.Assign):
        return [ast.unparse(target) for target in node.targets]
    if isinstance(node, (ast.AnnAssign, ast.AugAssign)):
        return [ast.unparse(node.target)]
    return []


def find_node(module: Module, rest: list[str], dotted: str):
    """The def, class or assignment ``rest`` names in ``module``; NotFound otherwise."""
    body = module.tree.body
    for index, part in enumerate(rest):
        wanted = ".".join(rest[index:])
        assigned = [node for node in body if wanted in _targets(node)]
        found = [node for node in body if isinstance(node, _DEFS) and node.name == part]
        if found and index + 1 == len(rest):
            return found[-1]  # the last definition is the one Python keeps
        if found:
            body = found[-1].body
            continue
        if len(assigned) > 1:
            raise NotFound(f"{wanted!r} is assigned {len(assigned)} times in {module.name} "
                           f"({module.where}): name something assigned once")
        if assigned:
            return assigned[0]
        break
    raise NotFound(f"no {'.'.join(rest)!r} in {module.name} ({module.where})")


def _docstring(node) -> ast.AST | None:
    body = getattr(node, "body", None)
    if (isinstance(body, list) and body and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str)):
        return body[0]
    return None


def _first_line(module: Module, node) -> int:
    """1-based first line: the first decorator, or comment lines right above."""
    first = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])
    while first > 1 and module.lines[first - 2].lstrip().startswith("#"):
        first -= 1
    return first


def _dedent(lines: list[str]) -> list[str]:
    """A method is shown at the left margin, like a function."""
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    cut = min(indents, default=0)
    return [line[cut:] for line in lines]


def source_of(root: Path, dotted: str, docstring: bool = True) -> tuple[Path, str]:
    """(file, source text) of one dotted name under ``root``."""
    if not _NAME.match(dotted):
        raise NotFound(f"{dotted!r} is not a dotted Python name")
    module, rest = find_module(root, dotted)
    if not rest:  # the whole module, minus its docstring
        doc = _docstring(module.tree)
        start = doc.end_lineno if doc else 0
        return module.path, "\n".join(module.lines[start:]).strip("\n")
    node = find_node(module, rest, dotted)
    first = _first_line(module, node)
    skip = set()
    doc = _docstring(node)
    if doc is not None and not docstring:
        skip = set(range(doc.lineno, doc.end_lineno + 1))
    lines = [module.lines[number - 1] for number in range(first, node.end_lineno + 1)
             if number not in skip]
    return module.path, "\n".join(_dedent(lines))


_RANGE = re.compile(r"^(\d+)-(\d+)$")


def emphasized_lines(code: str, items: list[str], option: str = "emphasize") -> set[int]:
    """0-based indexes of the lines ``items`` pick; ValueError for an item that picks none."""
    lines = code.split("\n")
    picked = set()
    for item in items:
        span = _RANGE.match(item)
        if item.isdigit() or span:
            first, last = (int(item), int(item)) if item.isdigit() else (int(span[1]), int(span[2]))
            for number in (first, last):
                if not 1 <= number <= len(lines):
                    raise ValueError(f"{option}: line {number} is outside the code's 1-{len(lines)}")
            if last < first:
                raise ValueError(f"{option}: range {item!r} runs backwards")
            picked |= set(range(first - 1, last))
            continue
        hits = {index for index, line in enumerate(lines) if item in line}
        if not hits:
            raise ValueError(f"{option}: no line contains {item!r}")
        picked |= hits
    return picked


def focus_groups(code: str, option: str) -> list[set[int]]:
    """The ``:focus:`` option's groups, each the 0-based lines it picks, in order."""
    groups = []
    for row in option.split("\n"):
        items = [item.strip() for item in row.split("|") if item.strip()]
        if items:
            groups.append(emphasized_lines(code, items, "focus"))
    if not groups:
        raise ValueError("focus: give at least one group of lines")
    return groups


def _emphasize(block: nodes.literal_block, picked: set[int],
               groups: list[set[int]] | None = None) -> None:
    """Wrap each picked line's tokens in ``inline.emphasize``; newlines stay outside.

    With focus ``groups``, every line is wrapped (``inline.line``, plus ``emphasize``
    and ``focus-N`` as they apply: the dimming reaches every line) and one empty
    ``inline.substep.focus-step`` per group ends the block."""
    lines: list[list[nodes.Node]] = [[]]
    for child in list(block.children):
        classes = child.get("classes", []) if isinstance(child, nodes.Element) else []
        for index, piece in enumerate(child.astext().split("\n")):
            if index:
                lines.append([])
            if piece:
                lines[-1].append(nodes.inline(piece, piece, classes=classes) if classes
                                 else nodes.Text(piece))
    block.children = []
    for number, tokens in enumerate(lines):
        if number:
            block += nodes.Text("\n")
        classes = ["emphasize"] if number in picked else []
        if groups is not None:
            classes = ["line", *classes] + [f"focus-{index}" for index, group
                                            in enumerate(groups, start=1) if number in group]
        if classes and tokens:
            block += nodes.inline("", "", *tokens, classes=classes)
        else:
            for token in tokens:
                block += token
    for _ in groups or []:
        block += nodes.inline("", "", classes=["substep", "focus-step"])
    if groups:
        block["classes"].append("code-focus")


class CodeOfDirective(Directive):
    """``.. code-of:: <dotted name> [<dotted name> ...]`` — see the module docstring."""

    required_arguments = 1
    final_argument_whitespace = True  # one argument: the names, split on whitespace
    has_content = False
    option_spec = {
        "class": directives.class_option,
        "no-docstring": directives.flag,
        "emphasize": directives.unchanged_required,
        "focus": directives.unchanged_required,
    }

    def run(self):
        document = self.state.document
        root = Path(document.current_source or document["source"]).resolve().parent.parent
        names = self.arguments[0].split()
        texts = []
        for dotted in names:
            try:
                path, text = source_of(root, dotted, docstring="no-docstring" not in self.options)
            except NotFound as error:
                raise self.error(f"code-of: {error}") from None
            document.settings.record_dependencies.add(str(path))  # `slides.watch` rebuilds on edits
            texts.append(text)
        code = "\n\n".join(texts)
        options = {"class": self.options["class"]} if "class" in self.options else {}
        block = CodeBlock(self.name, ["python"], options, [code], self.lineno,
                          self.content_offset, self.block_text, self.state,
                          self.state_machine).run()
        items = [item.strip() for item in self.options.get("emphasize", "").split("\n") if item.strip()]
        try:
            picked = emphasized_lines(code, items)
            groups = focus_groups(code, self.options["focus"]) if "focus" in self.options else None
        except ValueError as error:
            raise self.error(f"code-of {' '.join(names)}: {error}") from None
        if picked or groups:
            _emphasize(block[0], picked, groups)
        return block


def register() -> None:
    """Make ``.. code-of::`` known to docutils (before hovercraft parses the deck)."""
    directives.register_directive("code-of", CodeOfDirective)
