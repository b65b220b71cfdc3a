"""{% vast naam=waarde … %}…{% endvast %}: a piece of a template rendered once per process for
each combination of its values, for the shell every page shares (base.html): its stylesheets,
main menu and footer, with their {% url %}s and {% static %}s, were about 0.7 ms of every
request.

The piece sees its named values and nothing else of the page (no request, user, csrf_token or
block), so what it shows follows from them and the process (urls, static files) alone. A model
instance counts with its own field values and a list or dict with its contents: a change is
another key and shows at once."""

from itertools import count

from django import template
from django.core.signals import setting_changed
from django.db.models import Model
from django.urls import get_script_prefix, get_urlconf

register = template.Library()
BEWAARD: dict[tuple, str] = {}
MAX_BEWAARD = 512
_stukken = count()  # each {% vast %} parsed is its own piece


class VastNode(template.Node):
    def __init__(self, nodelist, waarden):
        self.nodelist, self.waarden = nodelist, waarden
        self.stuk = next(_stukken)

    def render(self, context):
        waarden = {naam: waarde.resolve(context) for naam, waarde in self.waarden.items()}
        sleutel = (self.stuk, get_script_prefix(), get_urlconf(), *map(_bevroren, waarden.values()))
        html = BEWAARD.get(sleutel)
        if html is None:
            if len(BEWAARD) >= MAX_BEWAARD:
                BEWAARD.clear()
            # A context of the page's kind (its autoescape, its template for includes) holding
            # only the piece's values.
            html = BEWAARD[sleutel] = self.nodelist.render(context.new(waarden))
        return html


def _bevroren(waarde):
    if isinstance(waarde, Model):
        velden = waarde._meta.concrete_fields
        return (type(waarde), *(_bevroren(veld.value_from_object(waarde)) for veld in velden))
    if isinstance(waarde, dict):
        return tuple((sleutel, _bevroren(w)) for sleutel, w in waarde.items())
    if isinstance(waarde, list | tuple):
        return tuple(_bevroren(w) for w in waarde)
    return waarde


@register.tag
def vast(parser, token):
    bits = token.split_contents()[1:]
    waarden = template.base.token_kwargs(bits, parser)
    if bits:
        raise template.TemplateSyntaxError(f"{{% vast %}} takes naam=waarde only, not {bits[0]!r}")
    nodelist = parser.parse(("endvast",))
    parser.delete_first_token()
    return VastNode(nodelist, waarden)


def vergeet(**kwargs) -> None:
    """Tests change settings (the urlconf, static files) between renders of the same piece."""
    BEWAARD.clear()


setting_changed.connect(vergeet, dispatch_uid="vast_vergeet")
