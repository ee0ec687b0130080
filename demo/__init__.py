"""The talk's Celery project: one app and the task modules the slides include.

``celery -A demo worker`` finds the app here, the Celery convention. Here and
nowhere else: the app (``celery``), its configuration (``celeryconfig``) and what
it reads from the environment beyond Celery's settings (``environment``), one task
module per part of the talk (``basics``, ``canvas``, ``errors``, ``concurrency``,
``periodic``, ``practices``, ``monitoring``, ``imports``, ``engines``), the
job store the Work4Labs tasks write to (``store``) and the Django job site whose
admin manages beat's schedule and lists results (``jobsite``). What runs the show (the
stack, the live server, the deck, the demo scenarios, the benchmarks) is the
``brownbag`` package, which imports this one; this one never imports it.
"""

from .celery import app

__all__ = ("app",)
