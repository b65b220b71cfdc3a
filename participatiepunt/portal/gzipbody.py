"""Bodies kept gzip-compressed in the cache (the page cache, the calendar feeds) and sent as
they are to a client that accepts gzip (every browser and calendar app), unpacked for one
that does not. A city's calendar feed is megabytes of text that packs about 15×: reading the
2.1 MB jaarkalender feed out of Redis cost 15 ms of a request at scale 1, its 140 KB packed
under 1 ms, and the size grows with the city."""

import gzip
import re

from django.http import HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.text import compress_string

# Below this, packing saves less than it costs a client that does not accept gzip.
DREMPEL = 16 * 1024
_ACCEPTEERT_GZIP = re.compile(r"\bgzip\b")


def inpakken(body: bytes) -> bytes:
    """gzip with mtime 0, so the same body packs to the same bytes."""
    return compress_string(body)


def accepteert_gzip(request) -> bool:
    return bool(_ACCEPTEERT_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))


def vul(request, response: HttpResponse, ingepakt: bytes) -> HttpResponse:
    """The response's body from a packed one: as is with Content-Encoding gzip (a weak ETag,
    as Django's GZipMiddleware makes it: another encoding of the same content), or unpacked."""
    patch_vary_headers(response, ("Accept-Encoding",))
    if not accepteert_gzip(request):
        response.content = gzip.decompress(ingepakt)
        return response
    response.content = ingepakt
    response["Content-Encoding"] = "gzip"
    etag = response.get("ETag")
    if etag and etag.startswith('"'):
        response["ETag"] = f"W/{etag}"
    return response
