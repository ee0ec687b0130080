"""``python -m brownbag.metrics``: serve the queue exporter on 127.0.0.1 (see exporter.py)."""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time

from prometheus_client import start_http_server
from prometheus_client.core import REGISTRY

from .exporter import QueueWatch


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m brownbag.metrics", description=__doc__)
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--broker", default=os.environ.get("CELERY_BROKER_URL", ""),
                        help="the Redis broker to read (default: $CELERY_BROKER_URL)")
    args = parser.parse_args(argv)
    if not args.broker.startswith(("redis://", "rediss://")):
        print(f"brownbag.metrics: reads a Redis broker's queues; got {args.broker or 'no URL'!r} "
              "(set CELERY_BROKER_URL or --broker redis://...)", file=sys.stderr)
        return 2
    watch = QueueWatch(args.broker)
    REGISTRY.register(watch)
    threading.Thread(target=watch.run, name="queue-watch", daemon=True).start()
    start_http_server(args.port, addr=args.bind)
    print(f"queue exporter on http://{args.bind}:{args.port}/metrics", flush=True)
    while True:
        time.sleep(3600)


if __name__ == "__main__":
    sys.exit(main())
