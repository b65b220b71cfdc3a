"""Markdown as staff write it, to HTML a page may show: rendered by `markdown`, then cleaned by
`nh3` to a short list of tags, so a pasted <script>, an onclick or a javascript: link never
reaches a reader. A page's own title is its h1; the text's headings start at h2."""

import markdown
import nh3
from django.utils.safestring import SafeString, mark_safe

TAGS = {
    "h2", "h3", "h4", "p", "br", "hr", "strong", "em", "ul", "ol", "li", "a", "blockquote",
    "table", "thead", "tbody", "tr", "th", "td", "code",
}  # fmt: skip
ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}}


def naar_html(tekst: str) -> SafeString:
    html = markdown.markdown(tekst, extensions=["tables", "sane_lists"], output_format="html")
    # A Markdown "# kop" would be a second h1 on the page: it becomes an h2.
    html = html.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    schoon = nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
    )
    return mark_safe(schoon)  # noqa: S308 - cleaned by nh3 just above
