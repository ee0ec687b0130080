"""invoke test: the README's test command, and what .ci/run calls.

It lints first (``ruff check`` over the checkout, configured in pyproject.toml),
then runs pytest. The suite starts its own stack on free ports under a temporary
home (see tests/conftest.py) and stops it at the end, so it never touches the
stack you present from.
"""

import importlib.util
import sys
from pathlib import Path

from invoke import task

from .output import fail

CHECKOUT = Path(__file__).resolve().parents[2]


@task(help={"args": "extra pytest arguments, e.g. -k flower or -m faults",
            "lint": "run `ruff check` before pytest (default); --no-lint for a quick focused run"})
def test(c, args="", lint=True):
    """Lint with ruff, then run the test suite against real servers."""
    if lint:
        if importlib.util.find_spec("ruff") is None:
            fail("ruff is not installed: pip install -e '.[test]' (or invoke test --no-lint)")
        # Lint failures stop here: a suite that takes minutes waits for a check that takes one second.
        linted = c.run(f"{sys.executable} -m ruff check {CHECKOUT}", pty=False, warn=True)
        if linted.exited:
            fail("ruff check found the problems above (`ruff check --fix` mends the import order)",
                 code=linted.exited)
    result = c.run(f"{sys.executable} -m pytest {args}", pty=False, warn=True)
    # pytest exits 5 when it collected no test: that is a failure, not a pass.
    if result.exited:
        fail(f"pytest exited {result.exited}" + (" (no tests ran)" if result.exited == 5 else ""),
             code=result.exited)
