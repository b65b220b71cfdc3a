"""The version of initiatieven's data (participatiepunt.portal.cacheversie) for the cached
bodies of mijn initiatieven and the intake queue, kept per user: every saved or deleted
initiative, mijlpaal, update, kaders version, wijk or account (casemanagers' names, a team's
gebieden) renews them."""

from django.middleware.csrf import get_token
from django.utils.safestring import mark_safe

from participatiepunt.portal.cacheversie import CacheVersie

INITIATIEVEN = CacheVersie("initiatieven", ("initiatieven", "gebieden", "accounts"))

# Kept HTML with forms holds this instead of the CSRF token, filled in per request (private-use
# characters: no token or text on a page holds them).
CSRF_PLEK = "\ue002csrf\ue003"


def met_csrf(html: str, request) -> str:
    return mark_safe(html.replace(CSRF_PLEK, get_token(request)))  # noqa: S308 (our templates' HTML)
