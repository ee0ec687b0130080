"""The demo stack: brokers, a worker per pool, beat, Flower, the live server.

    >>> from brownbag import settings, stack
    >>> cfg = settings.load()
    >>> components, warnings = stack.up(cfg, ["redis", "rabbitmq"], ["prefork", "gevent"], "redis")
    >>> [c.name for c in stack.status(cfg)]
    ['redis', 'rabbitmq', 'epmd', 'worker-prefork', 'worker-gevent', 'beat', 'flower', ...]
    >>> stack.down(cfg)

supervisord runs the processes (``supervisor.py``); ``brokers.py`` decides how
each broker is provided; ``programs.py`` holds the command lines; ``readiness.py``
waits until each part answers. The Celery app and its tasks are not here: the
workers run ``celery -A demo``, and this package only starts, checks and stops them.
"""

from .errors import StackError
from .lifecycle import Component, down, status, up

__all__ = ("Component", "StackError", "down", "status", "up")
