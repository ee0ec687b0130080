"""The in-process demo Celery app, pointed at another broker for a while."""

from __future__ import annotations

from contextlib import contextmanager


@contextmanager
def celery_app_on(url: str):
    """The in-process demo app on another broker for a while. Its connection and producer
    pools keep the URL they were made with, so they are dropped going in and coming back
    (``_after_fork`` is how Celery itself drops them), or later tests would inherit them."""
    # Imported here, not at the top: conftest exports the test stack's environment before
    # anything imports demo (the app reads its broker URL at import).
    from demo.celery import app

    original = app.conf.broker_url
    app.conf.broker_url = url
    app._after_fork()
    try:
        yield app
    finally:
        app.conf.broker_url = original
        app._after_fork()
