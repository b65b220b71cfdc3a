from django.core.paginator import Paginator
from django.template import Context, Template

TEMPLATE = Template(
    "{% load paginering %}{% for n in pagina|paginanummers %}"
    "{% if n|is_weggelaten %}_{% else %}{{ n }}{% endif %} {% endfor %}"
)


def _nummers(aantal_paginas, huidige):
    pagina = Paginator(range(aantal_paginas), 1).get_page(huidige)
    return TEMPLATE.render(Context({"pagina": pagina})).split()


def test_few_pages_are_all_shown():
    assert _nummers(5, 3) == ["1", "2", "3", "4", "5"]


def test_many_pages_show_the_neighbours_and_the_ends():
    assert _nummers(1000, 500) == ["1", "_", "498", "499", "500", "501", "502", "_", "1000"]
