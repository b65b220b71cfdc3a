from django import template

register = template.Library()


@register.filter
def vrije_plaatsen(bijeenkomst) -> int:
    """Free places of a bijeenkomst annotated with `bezet` (views._met_bezetting)."""
    return max(bijeenkomst.capaciteit - bijeenkomst.bezet, 0)
