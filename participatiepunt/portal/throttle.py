"""Form submits throttled per user (per IP address for anonymous visitors): every POST on the
site counts, at most FORM_POSTS_PER_MINUTE a minute. 0 switches it off (the test settings do;
the tests that check it switch it on)."""

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

from .clientadres import client_address

WINDOW_SECONDS = 60


def _key(request, name="post-throttle") -> str:
    if request.user.is_authenticated:
        return f"{name}:user:{request.user.pk}"
    return f"{name}:ip:{client_address(request)}"


def over_limit(request, *, name: str, limit: int, window: int) -> bool:
    """Counts this request under `name` for its user or address; True past `limit` within
    `window` seconds. A limit of 0 is off."""
    if not limit:
        return False
    key = _key(request, name)
    if hasattr(cache, "tel"):  # Redis (portal.rediscache): one round trip
        return cache.tel(key, window) > limit
    cache.add(key, 0, window)  # starts the window; a no-op while it runs
    try:
        return cache.incr(key) > limit
    except ValueError:  # the window ended between add and incr
        cache.set(key, 1, window)
        return False


def too_many_posts(request) -> bool:
    return over_limit(
        request,
        name="post-throttle",
        limit=settings.FORM_POSTS_PER_MINUTE,
        window=WINDOW_SECONDS,
    )


class PostThrottleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and too_many_posts(request):
            return render(request, "portal/te_vaak.html", status=429)
        return self.get_response(request)
