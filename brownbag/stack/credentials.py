"""Generated secrets (Flower, supervisord, the live API and its audience view, docker's
brokers), kept under the stack's home, user-only.

Made once and reused, so the password ``invoke up`` printed keeps working.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path

from .. import settings


def fresh() -> dict:
    return {
        "flower": {"user": "brownbag", "password": secrets.token_urlsafe(12)},
        "supervisor": {"user": "brownbag", "password": secrets.token_urlsafe(16)},
        # the live API's token, required when it listens beyond loopback
        "live": {"token": secrets.token_urlsafe(24)},
        # the audience view's (`invoke present --audience`): in the QR code on the title
        # slide, so it lets attendees follow and nothing more; never the presenter's token
        "audience": {"token": secrets.token_urlsafe(12)},
        # The brokers docker compose runs. Their images let the default user in from
        # anywhere (a published port looks remote to them), so never guest there.
        "rabbitmq": {"user": "brownbag", "password": secrets.token_urlsafe(16)},
        "mongo": {"user": "brownbag", "password": secrets.token_urlsafe(16)},
        # the job site: its admin user, and Django's SECRET_KEY (sessions, CSRF tokens)
        "django": {"user": "brownbag", "password": secrets.token_urlsafe(12),
                   "secret_key": secrets.token_urlsafe(50)},
    }


def load(home: Path) -> dict:
    path = home / "credentials.json"
    kept = json.loads(path.read_text()) if path.exists() else {}
    creds = {**fresh(), **kept}
    if creds != kept:  # new, or made by an older version without every entry
        settings.write_private(path, creds)
    return creds
