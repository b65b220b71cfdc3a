"""A QR code as inline SVG (segno, no imaging library): for letters on paper that point to a
page. The SVG is decorative; the page always prints the address as text next to it."""

import segno
from django.utils.safestring import mark_safe


def qr_svg(url: str) -> str:
    code = segno.make(url, error="m")
    # segno writes only the path of the code, escaped by itself: safe to place in the page.
    return mark_safe(code.svg_inline(scale=3, border=2, svgclass="qr-code", omitsize=True))  # noqa: S308
