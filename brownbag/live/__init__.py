"""The live server (Starlette + uvicorn) and the events bridge behind the demo slides.

    $ python -m brownbag.live          # serves slides/_build at / and the API under /api

Here: the presenter's ASGI app, only wiring (``app``), its endpoints under /api
(``api``), the audience's app (``audience``), the deck files and recordings both
serve (``files``), QR codes (``qr``), the one way to start a run (``launch``, also
``invoke demo``'s), the SSE streams (``streams``) of the stage (``stage``), the
request guards (``guard``), the stack's health as the deck sees it (``health``),
the Celery events receiver that fans events out to runs (``bridge``) and a latency
probe (``measure``). The demos themselves are ``brownbag.scenarios``; the deck's HTML is ``brownbag.deck``.
"""
