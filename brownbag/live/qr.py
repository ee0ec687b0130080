"""QR codes of the audience's link: an SVG for the title slide, text for the terminal."""

from __future__ import annotations

import io

import segno


def qr_svg(text: str, scale: int = 8) -> str:
    """A standalone SVG document (with its namespace, so an <img> can show it)."""
    out = io.BytesIO()
    segno.make(text, error="m").save(out, kind="svg", scale=scale, border=2, dark="#111",
                                     light="#fff", xmldecl=False)
    return out.getvalue().decode()


def qr_terminal(text: str) -> str:
    """The QR code as text for a terminal (two rows per line)."""
    out = io.StringIO()
    segno.make(text, error="m").terminal(out, compact=True, border=2)
    return out.getvalue()
