"""Measured claims: the same workload through every broker, the same batches on every pool.

    $ invoke bench.brokers                  # full: 2000 no-ops, 300 round trips per broker
    broker    poll s  tasks/s  raw msg/s  raw÷celery  p50 ms  p90 ms  p99 ms  raw p50 ms  p50÷raw
    redis       push      254        511        2.0x    6.28    7.76    9.42        2.58     2.4x
    rabbitmq    push      254      2,991       11.8x    5.96    8.82   10.57        0.56    10.7x
    mongo       0.01  unreachable
    sqlite      0.01       81        148        1.8x   18.54   22.25   31.41        6.59     2.8x
    $ invoke bench.pools                    # full: 200 IO tasks x 0.5 s, 24 CPU tasks x ~0.5 s, budget 10
    pool      conc.  IO wall s  IO ×ideal  CPU wall s  CPU ×ideal
    prefork      10      10.89      1.09x       13.56       1.54x
    threads      10      10.52      1.05x       10.40       2.23x
    gevent       10      11.28      1.13x       10.58       2.36x
    solo          1     101.91     10.19x        7.70       2.23x

(2 cores shared with other busy processes, load about 2 at the start: the CPU
column moves with the neighbours. ``--quick`` is the under-a-minute version.)

Each benchmark starts its own workers (``celery -A demo worker`` subprocesses on
a dedicated ``bench.*`` queue, the broker under test in ``BROWNBAG_BROKER_URL``),
stops them by pid afterwards, and writes JSON plus an SVG chart to
``<home>/bench/`` and, for full runs, ``slides/bench/`` where the deck shows them.
The tasks measured are the talk's own (``demo.concurrency``) plus the one
benchmark-only task in ``tasks.py``; the live demos that run a quick benchmark
on a slide are in ``brownbag.scenarios.measured``.
"""
