import pytest
from django.core.paginator import Paginator
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext

from participatiepunt.accounts.models import User
from participatiepunt.portal.paginering import BegrensdePaginator
from tests.factories.accounts import UserFactory

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


@pytest.mark.django_db
def test_a_limited_paginator_counts_exactly_up_to_its_pages():
    UserFactory.create_batch(4)
    paginator = BegrensdePaginator(User.objects.order_by("pk"), 2, 2)
    assert paginator.count == 4 and not paginator.begrensd and paginator.num_pages == 2


@pytest.mark.django_db
def test_a_limited_paginator_stops_counting_one_row_past_its_pages():
    UserFactory.create_batch(7)
    paginator = BegrensdePaginator(User.objects.order_by("pk"), 2, 2)
    with CaptureQueriesContext(connection) as queries:
        assert paginator.count == 4 and paginator.begrensd
    (count,) = queries.captured_queries
    assert "LIMIT 5" in count["sql"] and "ORDER BY" not in count["sql"]
    assert paginator.num_pages == 2
    assert [u.pk for u in paginator.page(2)] == [u.pk for u in User.objects.order_by("pk")[2:4]]
