"""Generated secrets (Flower, supervisord), kept under the stack's home, user-only.

Made once and reused, so the password ``invoke up`` printed keeps working.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path


def load(home: Path) -> dict:
    path = home / "credentials.json"
    if path.exists():
        return json.loads(path.read_text())
    creds = {
        "flower": {"user": "brownbag", "password": secrets.token_urlsafe(12)},
        "supervisor": {"user": "brownbag", "password": secrets.token_urlsafe(16)},
    }
    home.mkdir(parents=True, exist_ok=True)
    # Created 0600 from the start: never world-readable, not even for a moment.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as out:
        json.dump(creds, out, indent=2)
    return creds
