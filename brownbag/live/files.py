"""The deck's files and the recordings, as both live apps serve them.

The presenter's app (``app``) and the audience's (``audience``) serve the same
built deck and the same ``slides/recordings``; what may be served is said here once.
"""

from __future__ import annotations

from pathlib import Path

from starlette.responses import FileResponse, JSONResponse, Response
from starlette.staticfiles import StaticFiles

from brownbag import recording, settings

DECK = settings.ROOT / "slides" / "_build"
RECORDINGS = recording.FOLDER


def recording_response(name: str) -> Response:
    """``/recordings/<id>.json``, the committed recording, or ``<id>.js``, the script form
    replay.js loads, made from it (``brownbag.recording``): a recording made after the deck
    was built shows without a rebuild. ``<id>.png``: the picture of Flower or of the admin
    taken with it (brownbag/pictures.py), which its slide shows when Flower or the admin
    does not answer. 404 for anything else (no paths, no dotfiles)."""
    demo_id, _, suffix = name.rpartition(".")
    if "/" in name or name.startswith(".") or suffix not in ("js", "json", "png"):
        return _refused(404, f"no recording {name!r}")
    if suffix == "png":
        picture = RECORDINGS / name
        return FileResponse(picture) if picture.is_file() else _refused(404, f"no recording {name!r}")
    try:
        data = recording.read(demo_id, RECORDINGS)
    except recording.RecordingError as exc:
        return _refused(500, str(exc))
    if data is None:
        return _refused(404, f"no recording {name!r}")
    if suffix == "json":
        return FileResponse(recording.path(demo_id, RECORDINGS))
    return Response(recording.script(data), media_type="text/javascript")


def _refused(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


class DeckFiles(StaticFiles):
    """The built deck's files; a plain 404 (not a 500) while it is not built."""

    async def __call__(self, scope, receive, send):
        if not Path(self.directory).is_dir():
            await JSONResponse({"error": "the deck is not built: invoke slides.build"},
                               status_code=404)(scope, receive, send)
            return
        await super().__call__(scope, receive, send)
