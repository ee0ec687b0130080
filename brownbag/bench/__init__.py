"""Measured claims: the same workload through every broker, the same batches on every pool,
and Celery beside the queues people pick instead.

    $ invoke bench.brokers --quick     # Celery beside raw kombu on each broker; SQLite at 10 ms and at kombu's 1 s
    $ invoke bench.pools --quick       # IO batch (budget 10) and CPU batch (a slot per core), each pool alone
    $ invoke bench.peers --quick       # Celery, Dramatiq, RQ, Huey, Taskiq on one Redis
    $ invoke bench.pools               # full run: published to slides/bench/ if the machine stayed quiet

Each benchmark starts its own workers (``celery -A demo worker`` subprocesses on
a dedicated ``bench.*`` queue, or each peer library's own worker command), one
at a time, and stops them by pid. ``lock`` lets one benchmark run at a time
(a second one waits, and says so); ``machine`` records the load and the CPU of
other processes before, during and after the run, and a full run on a busy
machine is not published unless forced. Results: JSON plus an SVG chart in
``<home>/bench/`` and, for full runs, ``slides/bench/`` where the deck shows
them. The tasks measured are the talk's own (``demo.concurrency``) plus the
benchmark-only tasks in ``tasks.py`` and ``peer_apps/``; the live demos that run
a quick benchmark on a slide are in ``brownbag.scenarios.measured`` and
``brownbag.scenarios.peers``.
"""
