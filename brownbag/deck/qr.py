"""The ``qr`` directive: a link as a QR code the room can scan, drawn when the deck is built.

    .. qr:: https://example.org/handout.pdf
       :caption: The handout

    .. qr:: repository
       :caption: The repository

A bare name is read from ``invoke.yaml``'s ``brownbag.links`` (where each presenter
puts their own fork's or company's address); a link left empty there leaves its
code out of the slide rather than sending the room to an address nobody checked, and
``invoke slides.build`` says so in one line (``unset_links_notice``).

A figure with the code (segno, through ``brownbag.live.qr``: the same codes the
audience view uses) as an SVG inside the page, so it shows from file:// and asks
nothing of any server; beneath it the caption and, when short, the link written out.
"""

from __future__ import annotations

import base64
import html
import re

from docutils import nodes
from docutils.parsers.rst import Directive, directives

from brownbag import settings
from brownbag.live.qr import qr_svg

_LINK = re.compile(r"^https?://[^\s/]+(/\S*)?$")


class QrDirective(Directive):
    required_arguments = 1
    has_content = False
    option_spec = {"caption": directives.unchanged_required}

    def run(self):
        link = self.arguments[0].strip()
        if re.fullmatch(r"[a-z_]+", link):
            links = settings.load().get("links") or {}
            if link not in links:
                raise self.error(f"qr: no link {link!r} in invoke.yaml's brownbag.links "
                                 f"(known: {', '.join(sorted(links)) or 'none'})")
            if not links[link]:
                # Not configured: the room gets no code rather than a wrong one, and the build
                # says so (build.Report.notices: one line for all of them).
                self.state.document.__dict__.setdefault("_brownbag_unset_links", []).append(link)
                return []
            link = links[link]
        if not _LINK.match(link):
            raise self.error(f"qr: {link!r} is not an http(s) link a phone can open")
        caption = self.options.get("caption", "")
        svg = base64.b64encode(qr_svg(link, scale=4).encode()).decode()
        # The link written out too, for who cannot scan, while it stays short enough to copy by eye.
        shown = re.sub(r"^https?://", "", link)
        written = f'<span class="qr-url">{html.escape(shown)}</span>' if len(shown) <= 48 else ""
        return [nodes.raw("", (
            '<figure class="qr">'
            f'<img src="data:image/svg+xml;base64,{svg}" alt="QR code: {html.escape(link)}">'
            f"<figcaption>{html.escape(caption)}{written}</figcaption></figure>"), format="html")]


def register() -> None:
    directives.register_directive("qr", QrDirective)


def unset_links_notice(names: list[str]) -> str | None:
    """The build's one line about the ``.. qr::`` names whose link is empty, or None."""
    names = sorted(set(names))
    if not names:
        return None
    keys = ", ".join(f"brownbag.links.{name}" for name in names)
    return (f"no QR code for {', '.join(names)} on the closing slide: {keys} empty in invoke.yaml "
            "(set your own addresses there, or INVOKE_BROWNBAG_LINKS_<NAME>)")
