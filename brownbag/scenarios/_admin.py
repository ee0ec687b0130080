"""The Django admin driven over HTTP the way a browser does: log in, fill a form, save.

The demo changes a schedule through the admin's own forms (CSRF token, session
cookie, every field the page holds sent back) rather than through the ORM, so
what beat picks up is exactly what a person saving that page would have saved.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import httpx


class AdminError(RuntimeError):
    """The admin refused or did not answer: one line that says which."""


class FormFields(HTMLParser):
    """The successful controls of the page's main form, as a browser would submit them:
    text inputs and textareas with their value, checked boxes, each select's selected option."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.fields: dict[str, str] = {}
        self.in_form = False
        self.select: str | None = None
        self.select_first: str | None = None
        self.textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("method", "").lower() == "post" and not self.in_form:
            self.in_form = True
        if not self.in_form or "name" not in a and tag not in ("option",):
            return
        if tag == "input":
            kind = a.get("type", "text").lower()
            if kind in ("submit", "button", "image", "reset", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields[a["name"]] = a.get("value") or ("on" if kind == "checkbox" else "")
        elif tag == "select":
            self.select, self.select_first = a["name"], None
        elif tag == "option" and self.select:
            value = a.get("value", "")
            if self.select_first is None:
                self.select_first = value
            if "selected" in a:
                self.fields[self.select] = value
        elif tag == "textarea":
            self.textarea = a["name"]
            self.fields[self.textarea] = ""

    def handle_endtag(self, tag):
        if tag == "select" and self.select:
            # no option marked selected: a browser submits the first one
            self.fields.setdefault(self.select, self.select_first or "")
            self.select = None
        elif tag == "textarea" and self.textarea:
            # a browser drops the one newline that may follow <textarea>
            self.fields[self.textarea] = self.fields[self.textarea].removeprefix("\n")
            self.textarea = None
        elif tag == "form":
            self.in_form = False

    def handle_data(self, data):
        if self.textarea:
            self.fields[self.textarea] += data


def form_fields(html: str) -> dict[str, str]:
    parser = FormFields()
    parser.feed(html)
    return parser.fields


def options(html: str, select: str) -> dict[str, str]:
    """A select's options: {label: value}."""
    block = re.search(rf'<select[^>]*name="{re.escape(select)}".*?</select>', html, re.S)
    if not block:
        return {}
    return {label.strip(): value for value, label in
            re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', block.group(0))}


class Admin:
    """A logged-in admin session on the job site."""

    def __init__(self, base_url: str, user: str, password: str, timeout: float = 10.0):
        self.base = base_url.rstrip("/")
        self.http = httpx.Client(base_url=self.base, timeout=timeout)
        try:
            page = self.http.get("/admin/login/")
        except httpx.HTTPError as exc:
            raise AdminError(f"the Django admin at {self.base} does not answer "
                             f"({type(exc).__name__}): invoke up, without --no-django") from None
        fields = form_fields(page.text)
        fields.update(username=user, password=password, next="/admin/")
        answer = self.http.post("/admin/login/", data=fields)
        if answer.status_code != 302:
            raise AdminError(f"the admin refused the login of {user!r} (HTTP {answer.status_code}): "
                             "is .brownbag/credentials.json the one `invoke up` printed?")

    def close(self) -> None:
        self.http.close()

    def find(self, model: str, name: str) -> str | None:
        """The change page of the object of ``model`` (``app/model``) named exactly ``name``."""
        page = self.http.get(f"/admin/{model}/", params={"q": name}).text
        for object_id, label in re.findall(rf'href="/admin/{model}/(\d+)/change/[^"]*">([^<]*)<', page):
            if label.strip().startswith(name):
                return f"/admin/{model}/{object_id}/change/"
        return None

    def save(self, page: str, changes: dict[str, str], drop: tuple[str, ...] = ()) -> str:
        """Open ``page`` (an add or change form), change some fields, press Save.
        Returns the page the admin redirected to; an error list on the page is an AdminError."""
        html = self.http.get(page).text
        fields = {**form_fields(html), **changes, "_save": "Save"}
        for name in drop:  # an unchecked checkbox is not sent at all
            fields.pop(name, None)
        answer = self.http.post(page, data=fields)
        if answer.status_code != 302:
            errors = re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', answer.text, re.S)
            said = "; ".join(re.sub(r"<[^>]+>", " ", e).strip() for e in errors) or f"HTTP {answer.status_code}"
            raise AdminError(f"the admin did not save {page}: {said}")
        return answer.headers["location"]
