"""brownbag's modules import each other one way only, and only each other's public names.

Read from the source (ast), every import counted, the ones inside functions too: a
circle hidden in a function-level import is still a circle.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIRST_PARTY = ("brownbag", "demo")


def modules(root: Path = ROOT) -> dict[str, Path]:
    found = {}
    for package in FIRST_PARTY:
        for path in (root / package).rglob("*.py"):
            parts = list(path.relative_to(root).with_suffix("").parts)
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def imports(name: str, path: Path, known: dict[str, Path]):
    """(module imported, name taken from it or None, line) for every import in ``path``."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, None, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[:len(package.split(".")) - node.level + 1] if node.level else []
            target = ".".join([*base, *([node.module] if node.module else [])])
            for alias in node.names:
                submodule = f"{target}.{alias.name}"
                if submodule in known:  # ``from . import build``: the module build, not a name
                    yield submodule, None, node.lineno
                else:
                    yield target, alias.name, node.lineno


def graph(root: Path = ROOT) -> tuple[dict[str, set[str]], list[str]]:
    known = modules(root)
    edges: dict[str, set[str]] = {name: set() for name in known}
    private = []
    for name, path in known.items():
        for target, taken, line in imports(name, path, known):
            if target in known and target != name:
                edges[name].add(target)
                if taken and taken.startswith("_") and not taken.startswith("__"):
                    private.append(f"{path.relative_to(root)}:{line} takes {target}.{taken}")
    return edges, private


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Each circle once, as the path that closes it."""
    found, done = [], set()

    def visit(name, path):
        if name in path:
            circle = path[path.index(name):]
            if set(circle) not in [set(c) for c in found]:
                found.append([*circle, name])
            return
        if name in done:
            return
        for target in sorted(edges[name]):
            visit(target, [*path, name])
        done.add(name)

    for name in sorted(edges):
        visit(name, [])
    return found


def test_no_import_circle():
    edges, _ = graph()
    assert not cycles(edges), "import circles: " + "; ".join(" -> ".join(c) for c in cycles(edges))


def test_no_module_takes_another_modules_private_name():
    _, private = graph()
    assert not private, "\n".join(private)


def test_the_checks_see_a_circle_and_a_private_import(tmp_path):
    """The two checks fail on a tree built to fail them."""
    (tmp_path / "brownbag").mkdir()
    (tmp_path / "demo").mkdir()
    (tmp_path / "brownbag" / "__init__.py").write_text("")
    (tmp_path / "demo" / "__init__.py").write_text("")
    (tmp_path / "brownbag" / "a.py").write_text("from . import b\n")
    (tmp_path / "brownbag" / "b.py").write_text("def f():\n    from .a import _helper\n")
    edges, private = graph(tmp_path)
    assert cycles(edges) == [["brownbag.a", "brownbag.b", "brownbag.a"]]
    assert private == ["brownbag/b.py:2 takes brownbag.a._helper"]
