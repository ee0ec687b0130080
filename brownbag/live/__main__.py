"""``python -m brownbag.live``: the live server on brownbag.bind:brownbag.ports.live."""

import argparse
import logging
import sys

import uvicorn

from brownbag import settings

from .app import create_app


def main(argv=None) -> int:
    cfg = settings.load()
    parser = argparse.ArgumentParser(prog="python -m brownbag.live", description=__doc__)
    parser.add_argument("--host", default=cfg["bind"])
    parser.add_argument("--port", type=int, default=int(cfg["ports"]["live"]))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        uvicorn.run(create_app(cfg=cfg), host=args.host, port=args.port, log_level="info",
                    timeout_graceful_shutdown=3)
    except OSError as exc:  # port taken: one line, not a traceback
        print(f"live server: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
