"""Terminal output shared by the invoke tasks: rich tables, one-line errors."""

from __future__ import annotations

import re
import sys

from invoke.exceptions import Exit
from rich.console import Console
from rich.table import Table

# Piped or logged output gets room for URLs instead of a folded 80-column table.
console = Console(width=None if sys.stdout.isatty() else 140)
errors = Console(stderr=True)

STATE_STYLE = {"RUNNING": "green", "STARTING": "yellow", "BACKOFF": "yellow",
               "STOPPED": "dim", "DOWN": "red", "FATAL": "red", "EXITED": "red"}


def fail(message: str, code: int = 1):
    """A one-line error the user can act on, and a non-zero exit. Never a traceback."""
    errors.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise Exit(code=code)


def warn(message: str) -> None:
    errors.print(f"[bold yellow]warning:[/] {message}", highlight=False, soft_wrap=True)


def masked(url: str | None) -> str | None:
    """A URL with its password hidden: docker's brokers have generated ones (they are in
    .brownbag/credentials.json). guest:guest stays: RabbitMQ's loopback-only default."""
    return url and re.sub(r"(//[^:/@]+:)(?!guest@)[^@/]+@", r"\1***@", url)


def status_table(components) -> Table:
    table = Table(title="brown bag stack", title_justify="left")
    for column in ("component", "kind", "state", "how", "url / port", "pid"):
        # URLs are for copying: fold them, never cut them with an ellipsis
        table.add_column(column, overflow="fold")
    for c in components:
        style = STATE_STYLE.get(c.state, "")
        where = masked(c.url) or (str(c.port) if c.port else "")
        table.add_row(c.name, c.kind, f"[{style}]{c.state}[/]", c.how, where,
                      str(c.pid or ""))
    return table

