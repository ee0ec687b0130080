"""The shape of the code, read from its syntax trees (nothing is imported or run).

- no import circle between the modules of brownbag/ and demo/, counting the imports
  inside functions too (moving one into a function defers a circle, it does not remove
  it); only ``if TYPE_CHECKING:`` imports, which never run, are left out;
- no module imports another's private name (``from x import _name``, or ``x._name``
  on a module it imported);
- no function in brownbag/ over 60 lines, unless LONG_FUNCTIONS says why;
- demo/, what attendees read, imports nothing of brownbag/.

Each problem is one line: where, and what. The files read are those git tracks
(support.paths.tracked): a module not yet ``git add``-ed is checked once it is.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from support.paths import ROOT, tracked

PACKAGES = ("brownbag", "demo")
MAX_FUNCTION_LINES = 60
# "brownbag.module.function" (or "...Class.method") -> why it may stay longer than the limit.
LONG_FUNCTIONS: dict[str, str] = {
    "brownbag.scenarios.chords.chord_failure": "one demo's story told top to bottom (send, break, observe, report); to be split with the design issue's payoff work",
    "brownbag.scenarios.delivery.shutdown": "one demo's story told top to bottom (send, break, observe, report); to be split with the design issue's payoff work",
    "brownbag.scenarios.jobsite.django_admin": "one demo's story told top to bottom (send, break, observe, report); to be split with the design issue's payoff work",
    "brownbag.scenarios.resources.results": "one demo's story told top to bottom (send, break, observe, report); to be split with the design issue's payoff work",
}


@dataclass
class Module:
    name: str  # dotted: brownbag.live.app; a package is its __init__: brownbag.live
    path: Path
    tree: ast.Module
    is_package: bool
    # (module imported, line) for each import of ours that can run
    imports: list[tuple[str, int]] = field(default_factory=list)


def load(root: Path, packages=PACKAGES, files: list[Path] | None = None) -> dict[str, Module]:
    """Every module of ``packages`` under ``root`` (or those of ``files``), parsed, with its
    imports of one another."""
    modules = {}
    if files is None:
        files = [path for package in packages for path in sorted((root / package).rglob("*.py"))]
    for path in files:
        if path.relative_to(root).parts[0] in packages:
            parts = list(path.relative_to(root).with_suffix("").parts)
            is_package = parts[-1] == "__init__"
            if is_package:
                parts.pop()
            name = ".".join(parts)
            modules[name] = Module(name, path, ast.parse(path.read_text(), str(path)), is_package)
    for module in modules.values():
        module.imports = [(target, line) for target, line, _ in imported(module, modules)]
    return modules


def base_of(module: Module, node: ast.ImportFrom) -> str:
    """The absolute module a ``from ... import`` names, its dots resolved."""
    if not node.level:
        return node.module or ""
    package = module.name.split(".") if module.is_package else module.name.split(".")[:-1]
    package = package[: len(package) - (node.level - 1)]
    return ".".join(package + ([node.module] if node.module else []))


def running_nodes(tree: ast.AST):
    """Every node that can run: all but the bodies of ``if TYPE_CHECKING:``."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            yield from (n for child in node.orelse for n in [child, *running_nodes(child)])
            continue
        yield node
        yield from running_nodes(node)


def imported(module: Module, modules: dict[str, Module]):
    """(our module imported, line, names taken from it) for each import of one of ours.

    ``from pkg import sub`` where pkg/sub.py exists imports the module pkg.sub;
    ``from pkg import name`` imports pkg and takes ``name`` from it.
    """
    for node in running_nodes(module.tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in modules:
                    yield alias.name, node.lineno, []
        elif isinstance(node, ast.ImportFrom):
            base = base_of(module, node)
            taken = []
            for alias in node.names:
                if f"{base}.{alias.name}" in modules:
                    yield f"{base}.{alias.name}", node.lineno, []
                else:
                    taken.append(alias.name)
            if taken and base in modules:
                yield base, node.lineno, taken


def circles(modules: dict[str, Module]) -> list[list[tuple[str, int]]]:
    """One shortest circle per strongly connected group of modules (Tarjan's algorithm),
    as [(module, line of its import of the next one), ...]."""
    graph = {name: sorted({target for target, _ in m.imports if target != name})
             for name, m in modules.items()}
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node):  # recursive: our import graph is a few dozen modules deep at most
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    for name in sorted(graph):
        if name not in index:
            visit(name)
    found = []
    for group in groups:
        start = min(group)
        path = shortest_path_back(graph, group, start)
        found.append([(name, line_of(modules[name], nxt)) for name, nxt in zip(path, path[1:] + [start], strict=True)])
    return sorted(found)


def shortest_path_back(graph, group: set[str], start: str) -> list[str]:
    """The modules on a shortest way from ``start`` back to itself, inside ``group``."""
    previous, frontier = {start: None}, [start]
    while frontier:
        following = []
        for node in frontier:
            for nxt in graph[node]:
                if nxt == start:
                    path = [node]
                    while previous[path[-1]] is not None:
                        path.append(previous[path[-1]])
                    return path[::-1]
                if nxt in group and nxt not in previous:
                    previous[nxt] = node
                    following.append(nxt)
        frontier = following
    raise AssertionError(f"{start} is in a circle but no way back was found")


def line_of(module: Module, target: str) -> int:
    return min(line for name, line in module.imports if name == target)


def where(module: Module, line: int, root: Path) -> str:
    return f"{module.path.relative_to(root)}:{line}"


def circle_problems(modules: dict[str, Module], root: Path) -> list[str]:
    return ["import circle: " + " -> ".join(f"{name} ({where(modules[name], line, root)})"
                                            for name, line in circle) + f" -> {circle[0][0]}"
            for circle in circles(modules)]


def is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def private_problems(modules: dict[str, Module], root: Path) -> list[str]:
    problems = []
    for module in modules.values():
        # names this module binds to one of our modules, to catch ``alias._private`` uses
        module_names = {}
        for target, line, taken in imported(module, modules):
            for name in taken:
                if is_private(name) and target != module.name:
                    problems.append(f"{where(module, line, root)}: {module.name} imports the private "
                                    f"name {name} from {target}")
        for node in ast.walk(module.tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name in modules and alias.asname:
                        module_names[alias.asname] = alias.name
            elif isinstance(node, ast.ImportFrom):
                base = base_of(module, node)
                for alias in node.names:
                    if f"{base}.{alias.name}" in modules:
                        module_names[alias.asname or alias.name] = f"{base}.{alias.name}"
                        if is_private(alias.name) and base != module.name:
                            problems.append(f"{where(module, node.lineno, root)}: {module.name} imports "
                                            f"the private module {base}.{alias.name}")
        for node in ast.walk(module.tree):
            if (isinstance(node, ast.Attribute) and is_private(node.attr)
                    and isinstance(node.value, ast.Name) and node.value.id in module_names
                    and module_names[node.value.id] != module.name):
                problems.append(f"{where(module, node.lineno, root)}: {module.name} uses the private name "
                                f"{module_names[node.value.id]}.{node.attr}")
    return sorted(set(problems))


def functions(tree: ast.AST, prefix: str):
    """(qualified name, node) of every function and method, nested ones too."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            name = f"{prefix}.{node.name}"
            if not isinstance(node, ast.ClassDef):
                yield name, node
            yield from functions(node, name)
        else:
            yield from functions(node, prefix)


def long_function_problems(modules: dict[str, Module], root: Path, package: str = "brownbag",
                           allowed: dict[str, str] = LONG_FUNCTIONS) -> list[str]:
    problems = []
    for module in modules.values():
        if module.name.split(".")[0] != package:
            continue
        for name, node in functions(module.tree, module.name):
            lines = node.end_lineno - node.lineno + 1
            if lines > MAX_FUNCTION_LINES and name not in allowed:
                problems.append(f"{where(module, node.lineno, root)}: {name} is {lines} lines "
                                f"(at most {MAX_FUNCTION_LINES}, or a reason in LONG_FUNCTIONS)")
    stale = sorted(set(allowed) - {name for m in modules.values() for name, _ in functions(m.tree, m.name)})
    problems += [f"LONG_FUNCTIONS names {name}, which no longer exists" for name in stale]
    return problems


def demo_problems(modules: dict[str, Module], root: Path) -> list[str]:
    problems = []
    for module in modules.values():
        if module.name.split(".")[0] != "demo":
            continue
        for node in ast.walk(module.tree):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [base_of(module, node)] if isinstance(node, ast.ImportFrom) else [])
            problems += [f"{where(module, node.lineno, root)}: {module.name} imports {name} "
                         f"(demo/ must not import brownbag)" for name in names
                         if name.split(".")[0] == "brownbag"]
    return problems


def report(problems: list[str]) -> None:
    """Fail with the problems, one line each (no traceback: the lines say where)."""
    if problems:
        pytest.fail(f"{len(problems)} found:\n" + "\n".join(problems), pytrace=False)


@pytest.fixture(scope="module")
def modules():
    # The files git tracks, not a walk: one being written under the checkout while this
    # reads it (an editor's, another run's) once failed the suite with a syntax error.
    # Wrapped: pytest would print the whole dict beside a failure.
    return Tree(load(ROOT, files=tracked(*PACKAGES)))


class Tree(dict):
    def __repr__(self):
        return f"<{len(self)} modules of {', '.join(PACKAGES)}>"


def test_no_import_circle(modules):
    problems = circle_problems(modules, ROOT)
    report(problems)


def test_no_private_name_of_another_module(modules):
    problems = private_problems(modules, ROOT)
    report(problems)


def test_no_function_in_brownbag_over_60_lines(modules):
    problems = long_function_problems(modules, ROOT)
    report(problems)


def test_demo_imports_nothing_of_brownbag(modules):
    problems = demo_problems(modules, ROOT)
    report(problems)


# -- the checks themselves, on a small tree built to fail each -------------------------


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_the_checks_find_what_they_are_for(tmp_path):
    long_body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES))
    write(tmp_path, {
        "brownbag/__init__.py": "",
        "brownbag/a.py": "from brownbag.b import thing\n_mine = 1\n",
        "brownbag/b.py": "from . import a\nthing = 1\n\ndef later():\n    from brownbag.c import x\n",
        "brownbag/c.py": "from brownbag.d import _hidden\nimport brownbag.d as d\nx = d._other\n",
        "brownbag/d.py": "from brownbag import c\n_hidden = _other = 1\n"
                         f"def long():\n{long_body}\n",
        "brownbag/e.py": "from brownbag import e\nfrom .a import _mine\nfrom brownbag import d\nd._hidden\n",
        "brownbag/f.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from brownbag.g import G\n",
        "brownbag/g.py": "import brownbag.f\nG = 1\n",
        "demo/__init__.py": "",
        "demo/tasks.py": "def f():\n    from brownbag.settings import x\n",
    })
    modules = load(tmp_path)
    assert circle_problems(modules, tmp_path) == [
        "import circle: brownbag.a (brownbag/a.py:1) -> brownbag.b (brownbag/b.py:1) -> brownbag.a",
        "import circle: brownbag.c (brownbag/c.py:1) -> brownbag.d (brownbag/d.py:1) -> brownbag.c",
    ]  # b -> c counts though inside a function; f -> g never runs; e importing itself is no circle
    assert private_problems(modules, tmp_path) == [
        "brownbag/c.py:1: brownbag.c imports the private name _hidden from brownbag.d",
        "brownbag/c.py:3: brownbag.c uses the private name brownbag.d._other",
        "brownbag/e.py:2: brownbag.e imports the private name _mine from brownbag.a",
        "brownbag/e.py:4: brownbag.e uses the private name brownbag.d._hidden",
    ]
    assert long_function_problems(modules, tmp_path, allowed={"brownbag.gone": "why"}) == [
        f"brownbag/d.py:3: brownbag.d.long is {MAX_FUNCTION_LINES + 1} lines "
        f"(at most {MAX_FUNCTION_LINES}, or a reason in LONG_FUNCTIONS)",
        "LONG_FUNCTIONS names brownbag.gone, which no longer exists",
    ]
    assert long_function_problems(modules, tmp_path, allowed={"brownbag.d.long": "why"}) == []
    assert demo_problems(modules, tmp_path) == [
        "demo/tasks.py:2: demo.tasks imports brownbag.settings (demo/ must not import brownbag)"]


def test_tests_share_helpers_through_support_only():
    """A test takes what it shares from tests/support/, never from conftest or another test."""
    problems = []
    for path in tracked("tests"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            problems += [f"{path.relative_to(ROOT)}:{node.lineno}: imports {name} (put it in tests/support/)"
                         for name in names if name == "conftest" or name.startswith("test_")]
    report(problems)
