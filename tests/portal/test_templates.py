"""Template source rules: Django's {# #} comment ends at the end of its line, so a comment
spread over two lines is printed on the page as text."""

import re

from django.conf import settings

OPEN_COMMENT = re.compile(r"\{#(?:(?!#\}).)*$", re.MULTILINE)


def test_no_template_has_a_comment_over_more_than_one_line():
    broken = [
        f"{path.relative_to(settings.BASE_DIR)}:{source[: match.start()].count(chr(10)) + 1}"
        for path in (settings.BASE_DIR / "templates").rglob("*")
        if path.is_file()
        for source in [path.read_text(encoding="utf-8")]
        for match in OPEN_COMMENT.finditer(source)
    ]
    assert not broken, f"{{# #}} over meer regels (gebruik {{% comment %}}): {broken}"
