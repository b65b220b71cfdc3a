"""Form submits throttled per user (per IP address for anonymous visitors): every POST on the
site counts, at most FORM_POSTS_PER_MINUTE a minute. 0 switches it off (the test settings do;
the tests that check it switch it on)."""

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

from .clientadres import client_address

WINDOW_SECONDS = 60


def _key(request) -> str:
    if request.user.is_authenticated:
        return f"post-throttle:user:{request.user.pk}"
    return f"post-throttle:ip:{client_address(request)}"


def too_many_posts(request) -> bool:
    limit = settings.FORM_POSTS_PER_MINUTE
    if not limit:
        return False
    key = _key(request)
    cache.add(key, 0, WINDOW_SECONDS)  # starts the window; a no-op while it runs
    try:
        return cache.incr(key) > limit
    except ValueError:  # the window ended between add and incr
        cache.set(key, 1, WINDOW_SECONDS)
        return False


class PostThrottleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and too_many_posts(request):
            return render(request, "portal/te_vaak.html", status=429)
        return self.get_response(request)
