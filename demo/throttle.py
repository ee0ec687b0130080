"""Rate limits: a limit on one task holds the prefetched tasks of others behind it.

    $ celery -A demo worker -Q shop -c 2 --prefetch-multiplier 4
    >>> for customer in range(12): sync_crm.apply_async((customer,), queue="shop")
    >>> send_receipt.apply_async((1,), queue="shop")    # waits: the pool is idle

The worker keeps a rate-limited task in its own memory until the limit lets it
run: received, unacknowledged, holding one of its prefetch slots. With enough of
them every slot is taken, the worker fetches nothing else, and the receipt waits
in the broker behind them. The fix: the limited task on its own queue and worker.

    $ celery -A demo worker -Q crm -c 1       # sync_crm only: its limit delays only itself
    $ celery -A demo worker -Q shop -c 2      # everything else
"""

import time

from .celery import app


@app.task(rate_limit="20/m")  # the CRM allows 20 calls a minute: one every 3 s per worker
def sync_crm(customer_id):
    return {"customer_id": customer_id, "synced_at": time.time()}


@app.task
def send_receipt(order_id):
    return {"order_id": order_id, "sent_at": time.time()}


# Route the limited task away from the rest: the fix.
ROUTES = {"demo.throttle.sync_crm": {"queue": "crm"}}
