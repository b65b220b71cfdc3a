"""Page numbers around the current page, with … for the rest: a list of 20,000 rows must not
render a thousand page links (bench/ found that)."""

from django import template

register = template.Library()


@register.filter
def paginanummers(pagina):
    """{% for nummer in pagina|paginanummers %}: 1 … 4 5 [6] 7 8 … 1167."""
    return pagina.paginator.get_elided_page_range(pagina.number, on_each_side=2, on_ends=1)


@register.filter
def is_weggelaten(nummer) -> bool:
    return not isinstance(nummer, int)
