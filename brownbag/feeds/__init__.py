"""The partners' side, played locally: job feeds and a slow endpoint over real HTTP.

    $ python -m brownbag.feeds --port 8041 --latency 0.2 --fail-rate 0.3
    serving 4 partner feeds on http://127.0.0.1:8041 (latency 0.2 s, failure rate 30%)
    $ curl -s http://127.0.0.1:8041/feeds
    ["acme-careers.xml", "interim-plus.xml", "jobboard-fr.json", "startup-hub.json"]
    $ curl -s "http://127.0.0.1:8041/feeds/acme-careers.xml?fail=1"
    partner feed unavailable (simulated), retry later       # HTTP 503
    $ curl -s "http://127.0.0.1:8041/slow?seconds=0.5"
    {"waited": 0.5}

Latency and failure rate are server-wide defaults; ``?latency=`` and ``?fail=``
on a request override them, so a demo can make one partner flaky and leave the
others alone. Binds 127.0.0.1 unless told otherwise. This is the partners, not
us: the import tasks that fetch these feeds are ``demo.imports``, which finds them
at ``demo.environment.feeds_url()`` (``BROWNBAG_FEEDS_URL``) and asks ``/feeds`` which ones there are.
"""

from .server import FEEDS_DIR, FeedServer, base_url, feed_names, serving

__all__ = ("FEEDS_DIR", "FeedServer", "base_url", "feed_names", "serving")
