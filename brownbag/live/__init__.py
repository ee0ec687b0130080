"""The live server (Starlette + uvicorn) and the events bridge behind the demo slides.

    $ python -m brownbag.live          # serves slides/_build at / and the API under /api

Here: the ASGI app and its API (``app``), the request guards (``guard``), the
stack's health as the deck sees it (``health``), the Celery events receiver that
fans events out to runs (``bridge``) and a latency probe (``measure``). The
demos themselves are ``brownbag.scenarios``; the deck's HTML is ``brownbag.deck``.
"""
