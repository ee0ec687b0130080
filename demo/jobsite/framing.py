"""Who may show the admin in a frame: this site and the deck, nobody else.

Django's own XFrameOptionsMiddleware can only say DENY or SAMEORIGIN, and the
deck is another origin (another port), so the CSP ``frame-ancestors`` directive
names it instead.
"""

from django.conf import settings


class FramedByTheDeck:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = f"frame-ancestors 'self' {settings.DECK_ORIGIN}"

    def __call__(self, request):
        response = self.get_response(request)
        response["Content-Security-Policy"] = self.policy
        return response
