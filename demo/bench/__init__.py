"""Measured claims: the same workload through every broker, the same batches on every pool.

    $ invoke bench.brokers                  # full: 2000 no-ops, 300 round trips per broker
    broker    poll s  tasks/s  raw msg/s  raw÷celery  p50 ms  p90 ms  p99 ms  raw p50 ms  p50÷raw
    redis       push      116        510        4.4x    7.59   17.02   40.09        1.32     5.8x
    rabbitmq    push      144      1,657       11.5x    9.74   18.42   42.08        0.49    19.9x
    mongo       0.01  unreachable
    sqlite      0.01       67         78        1.2x   43.88   94.98  210.03        5.78     7.6x
    $ invoke bench.pools                    # full: 200 IO tasks x 0.5 s, 24 CPU tasks x 0.4 s, budget 10
    pool      conc.  IO wall s  IO ×ideal  CPU wall s  CPU ×ideal
    prefork      10      10.45      1.04x       10.70       2.20x
    gevent       10      11.05      1.10x       10.91       2.24x
    solo          1     102.34     10.23x       23.31       4.79x

(A 2-core machine shared with other busy processes, load 6-8: the CPU column
mostly measures the neighbours. ``--quick`` is the under-a-minute version.)

Each benchmark starts its own workers (``celery -A demo worker`` subprocesses on
a dedicated ``bench.*`` queue, the broker under test in ``BROWNBAG_BROKER_URL``),
stops them by pid afterwards, and writes JSON plus an SVG chart to
``<home>/bench/`` and, for full runs, ``slides/bench/`` where the deck shows them.
"""
