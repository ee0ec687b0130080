"""``need()``: skip a test that lacks a server or a browser, or fail it in CI."""

from __future__ import annotations

import os

import pytest

# In CI nothing that can run here may skip: a skip there is a failure.
NO_SKIP = os.environ.get("BROWNBAG_NO_SKIP") == "1"


def need(kind: str, reason: str) -> None:
    """Skip with ``reason`` — or fail, in CI, for what must run there."""
    if NO_SKIP and kind != "mongo":
        pytest.fail(f"{reason} (BROWNBAG_NO_SKIP=1: {kind} tests must run here)", pytrace=False)
    pytest.skip(reason)
