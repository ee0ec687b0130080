"""Pictures of Flower and of the Django admin, taken from the running stack for the offline deck.

    $ invoke slides.record --only monitoring.flower --only ecosystem.django
    ...
    pictured Flower's tasks -> slides/recordings/monitoring.flower.png

A recording replays what a demo's panel drew; but the point of the Flower and admin slides is
what those web UIs look like, and a deck opened without a stack has none to show. So
``slides.record``, after recording either demo, photographs the real page, in a window as wide as
its table (nothing cut at the right edge: checked before the picture is kept), with the
tasks and schedule that run just left in it (logged in with the stack's generated credentials,
which the picture never shows), and the slides show that picture where the live page would be.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from brownbag import settings
from brownbag.chromium import CHROMIUM, CHROMIUM_ARGS  # Debian's, or BROWNBAG_CHROMIUM
from brownbag.stack import credentials

# Taken at twice the pixels, so the picture stays sharp drawn larger on the slide.
SHARPNESS = 2


class PictureError(Exception):
    """The picture could not be taken; one line, ready to print."""


@dataclass(frozen=True)
class Picture:
    demo: str          # the demo whose slide it belongs to: <demo>.png beside its recording
    what: str          # for the console line
    path: str          # the page, on the stack's server
    server: str        # "flower" or "django": whose port, whose credentials
    size: tuple[int, int]   # the browser window, in CSS px


PICTURES = (
    # Windows as wide as the pages' tables need (the slide draws them across the step: the
    # wider, the smaller their text): Flower's tasks table is 1,377 px with its six columns;
    # the admin's list, beside its filters, is whole from a 1,300 px window but wraps its
    # schedules onto two lines below 1,440. As tall as the step's room allows (2.2:1,
    # deck.css .ui-picture): only the bottom strip is cut, never the right edge.
    Picture("monitoring.flower", "Flower's tasks", "/tasks", "flower", (1440, 700)),
    Picture("ecosystem.django", "the admin's periodic tasks", "/admin/django_celery_beat/periodictask/",
            "django", (1440, 700)),
)

# A table of the page cut by the window: its right edge past the window's, or scrolled
# inside its box (the admin's list scrolls rather than overflow).
CUT_TABLES = """() => [...document.querySelectorAll('table')].filter((t) =>
    t.getBoundingClientRect().right > innerWidth + 1 || t.scrollWidth > t.parentElement.clientWidth + 1)
  .map((t) => Math.round(Math.max(t.getBoundingClientRect().right, t.scrollWidth)))"""


def for_demo(demo: str) -> Picture | None:
    return next((p for p in PICTURES if p.demo == demo), None)


def take(picture: Picture, folder: Path) -> Path:
    """Photograph ``picture``'s page on the running stack into ``folder``/<demo>.png."""
    try:  # the [test] and [handout] extras bring playwright; record works without it
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        raise PictureError("playwright is not installed (pip install -e '.[handout]'): "
                           "no picture taken") from None
    if not Path(CHROMIUM).exists():
        raise PictureError(f"no Chromium at {CHROMIUM} (apt install chromium): no picture taken")
    cfg = settings.load()
    base = f"http://{cfg['bind']}:{cfg['ports'][picture.server]}"
    creds = credentials.load(settings.home(cfg)).get(picture.server) or {}
    target = folder / f"{picture.demo}.png"
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                # Flower asks for HTTP basic auth; the admin for its login form.
                context = browser.new_context(
                    viewport={"width": picture.size[0], "height": picture.size[1]}, device_scale_factor=SHARPNESS, http_credentials=(
                    {"username": creds.get("user", ""), "password": creds.get("password", "")}
                    if picture.server == "flower" else None))
                page = context.new_page()
                if picture.server == "django":
                    page.goto(base + "/admin/login/", timeout=15_000)
                    page.fill("#id_username", creds.get("user", ""))
                    page.fill("#id_password", creds.get("password", ""))
                    page.click("input[type=submit]")
                    page.wait_for_url("**/admin/", timeout=15_000)
                    # The list, not the app menu beside it: the admin keeps that choice here.
                    page.evaluate("localStorage.setItem('django.admin.navSidebarIsOpen', 'false')")
                page.goto(base + picture.path, wait_until="networkidle", timeout=30_000)
                cut = page.evaluate(CUT_TABLES)
                if cut:
                    raise PictureError(f"{picture.what}: a table {max(cut)} px wide is cut by the "
                                       f"{picture.size[0]} px window: widen it in brownbag/pictures.py")
                page.screenshot(path=str(target))
            finally:
                browser.close()
    except Error as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise PictureError(f"{picture.what} at {base}: {first}") from None
    return target
