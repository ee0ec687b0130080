"""What the demo reads beyond Celery's settings: one environment variable each, and a
default for one machine running everything on the usual ports.

Celery reads the broker and result backend URLs itself (``CELERY_BROKER_URL``,
``CELERY_RESULT_BACKEND``, see ``celeryconfig``). ``invoke up`` sets all of these for
every process it starts; ``invoke env`` prints them for a terminal.

========================== ============================================ =====================
variable                   what                                         default
========================== ============================================ =====================
BROWNBAG_HOME              runtime files: job store, camera snapshots   ``.brownbag/`` of the checkout
BROWNBAG_FEEDS_URL         the partners' feeds the imports fetch        http://127.0.0.1:8041
BROWNBAG_MONGO_URL         the MongoDB the job store tries first        mongodb://127.0.0.1:27017/brownbag
BROWNBAG_STORE             ``auto``, ``mongo`` or ``sqlite``            auto
BROWNBAG_POLLING_INTERVAL  seconds between polls of MongoDB / SQLite    0.1
BROWNBAG_BEAT_INTERVAL     seconds between beat's interval ticks        10
BROWNBAG_DECK_ORIGIN       the deck that frames the job site's admin    http://127.0.0.1:8000
========================== ============================================ =====================
"""

import os
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent


def home() -> Path:
    return Path(os.environ.get("BROWNBAG_HOME") or CHECKOUT / ".brownbag")


def feeds_url() -> str:
    return os.environ.get("BROWNBAG_FEEDS_URL") or "http://127.0.0.1:8041"


def mongo_url() -> str:
    return os.environ.get("BROWNBAG_MONGO_URL") or "mongodb://127.0.0.1:27017/brownbag"


def store_kind() -> str:
    return os.environ.get("BROWNBAG_STORE") or "auto"


def polling_interval() -> float:
    return seconds("BROWNBAG_POLLING_INTERVAL", 0.1)


def beat_interval() -> float:
    return seconds("BROWNBAG_BEAT_INTERVAL", 10.0)


def deck_origin() -> str:
    return os.environ.get("BROWNBAG_DECK_ORIGIN") or "http://127.0.0.1:8000"


def seconds(name: str, default: float) -> float:
    value = os.environ.get(name)
    if not value:
        return default
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"{name}={value!r}: expected a number of seconds") from None
