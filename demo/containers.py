"""How many pool processes a worker starts, against the CPUs it may use.

    $ taskset -c 0 celery -A demo worker -P prefork -Q pinned                    # 1 CPU of 2
    $ taskset -c 0 celery -A demo worker -P prefork -Q pinned --concurrency auto
    >>> cpus_seen.apply_async(queue="pinned").get(timeout=10)
    {'os.cpu_count()': 2, 'sched_getaffinity': [0]}

Without ``--concurrency`` a prefork worker starts ``os.cpu_count()`` processes: the
machine's CPUs, whatever a container's cpuset (an affinity, as taskset sets) or CPU quota
allows. Celery 5.7's ``--concurrency auto`` counts the CPUs the process may run on and,
for prefork, caps that to a cgroup CPU quota (celery/utils/sysinfo.py).
"""

import os

from .celery import app


@app.task
def cpus_seen():
    """What a pool process sees: the machine's CPUs, and the ones it may run on."""
    return {"os.cpu_count()": os.cpu_count(), "sched_getaffinity": sorted(os.sched_getaffinity(0))}
