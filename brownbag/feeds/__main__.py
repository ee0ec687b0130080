"""``python -m brownbag.feeds``: serve the partner feeds until interrupted."""

import argparse
import sys

from .. import settings
from .server import FeedServer, default_port, feed_names


def main(argv=None) -> int:
    cfg = settings.load()
    parser = argparse.ArgumentParser(prog="python -m brownbag.feeds", description=__doc__)
    parser.add_argument("--host", default=cfg["bind"])
    parser.add_argument("--port", type=int, default=default_port())
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each feed answers")
    parser.add_argument("--fail-rate", type=float, default=0.0, help="share of feed requests that get a 503")
    args = parser.parse_args(argv)
    if not 0 <= args.fail_rate <= 1:
        parser.error("--fail-rate is a share between 0 and 1")
    try:
        server = FeedServer(args.host, args.port, latency=args.latency, fail_rate=args.fail_rate)
    except OSError as exc:
        print(f"cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return 1
    print(f"serving {len(feed_names())} partner feeds on {server.url} "
          f"(latency {args.latency} s, failure rate {args.fail_rate:.0%})", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
