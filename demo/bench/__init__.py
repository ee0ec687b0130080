"""Measured claims: the same workload through every broker, the same batches on every pool.

    $ invoke bench.brokers --quick
    broker    tasks/s  raw msgs/s  raw÷celery   p50 ms  p90 ms  p99 ms  raw p50 ms  p50÷raw
    redis       412      9 870       24.0x        2.9     3.6     5.8      0.12     24x
    rabbitmq    ...
    $ invoke bench.pools --quick
    pool      IO wall  IO ideal  ×ideal   CPU wall  CPU ideal  ×ideal
    prefork    1.31 s   1.00 s   1.31x     1.2 s     1.0 s     1.2x
    gevent     ...

Each benchmark starts its own workers (``celery -A demo worker`` subprocesses on
a dedicated ``bench.*`` queue, the broker under test in ``BROWNBAG_BROKER_URL``),
stops them by pid afterwards, and writes JSON plus an SVG chart to
``<home>/bench/`` and, for full runs, ``slides/bench/`` where the deck shows them.
"""
