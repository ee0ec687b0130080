"""The deck's files and the recordings, as both live apps serve them.

The presenter's app (``app``) and the audience's (``audience``) serve the same
built deck and the same ``slides/recordings``; what may be served is said here once.
"""

from __future__ import annotations

from pathlib import Path

from starlette.responses import JSONResponse
from starlette.staticfiles import StaticFiles

from brownbag import settings

DECK = settings.ROOT / "slides" / "_build"
RECORDINGS = settings.ROOT / "slides" / "recordings"


def recording_file(name: str) -> Path | None:
    """``slides/recordings/<name>``, or None when ``name`` is not one of them (no paths, no dotfiles)."""
    path = RECORDINGS / name
    if "/" in name or name.startswith(".") or not path.is_file():
        return None
    return path


class DeckFiles(StaticFiles):
    """The built deck's files; a plain 404 (not a 500) while it is not built."""

    async def __call__(self, scope, receive, send):
        if not Path(self.directory).is_dir():
            await JSONResponse({"error": "the deck is not built: invoke slides.build"},
                               status_code=404)(scope, receive, send)
            return
        await super().__call__(scope, receive, send)
