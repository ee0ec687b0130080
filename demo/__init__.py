"""The Celery brown bag demo: one Celery app and the tasks the talk runs.

``celery -A demo worker`` finds the app here, the Celery convention.
"""

from .celery import app

__all__ = ("app",)
