"""invoke test: the README's test command, and what .ci/run calls.

The suite starts its own stack on free ports under a temporary home (see
tests/conftest.py) and stops it at the end, so it never touches the stack you
present from.
"""

from invoke import task


@task(help={"args": "extra pytest arguments, e.g. -k flower or -m faults"})
def test(c, args=""):
    """Run the test suite against real servers."""
    import sys

    result = c.run(f"{sys.executable} -m pytest {args}", pty=False, warn=True)
    # pytest exits 5 when it collected no test: that is a failure, not a pass.
    if result.exited:
        from .output import fail

        fail(f"pytest exited {result.exited}" + (" (no tests ran)" if result.exited == 5 else ""),
             code=result.exited)
