from django import template

from .. import plaatsen as _plaatsen

register = template.Library()


@register.simple_tag
def plaatsen(bijeenkomst):
    """The badge of how full a bijeenkomst annotated with `bezet` and `wachtend` is
    (Bijeenkomst.objects.met_bezetting())."""
    return _plaatsen.badge(bijeenkomst.capaciteit, bijeenkomst.bezet, bijeenkomst.wachtend)


@register.simple_tag
def plaatsen_plek(bijeenkomst):
    """Its place holder on a kept page, filled in per request (plaatsen.invullen)."""
    return _plaatsen.plek(bijeenkomst)
