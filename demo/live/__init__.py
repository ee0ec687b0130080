"""The live server (Starlette + uvicorn) and the events bridge behind the demo slides.

    $ python -m demo.live          # serves slides/_build at / and the API under /api
"""
