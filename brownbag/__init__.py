"""The machinery that runs the show; the talk's Celery project itself is ``demo``.

What lives here, one subpackage each:

- ``stack``: brings brokers, a worker per pool, beat, Flower and the rest up and down under supervisord;
- ``live``: the live server (the deck at ``/``, the demo API under ``/api``) and its events bridge;
- ``scenarios``: the demo catalogue, one module per talk section, and how a run is followed;
- ``deck``: the ``.. demo::`` directive, the layout and the build around hovercraft;
- ``bench``: the broker and pool benchmarks, with their own workers;
- ``feeds``: the partners' job feeds and slow endpoint, played locally over HTTP;
- ``cli``: the invoke task collections that ``tasks.py`` wires together;
- ``settings``: the stack's settings, and what it tells the Celery processes it starts.

It imports ``demo``; ``demo`` never imports it, so an attendee reading the task
modules and a worker started with ``celery -A demo worker`` see none of this.
"""

from . import settings

settings.configure_demo()
