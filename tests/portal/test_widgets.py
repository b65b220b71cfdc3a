"""The select written in Python gives the same HTML as Django's own Select."""

import pytest
from django import forms

from participatiepunt.portal.widgets import Keuzelijst

KEUZES = [
    ("", "Alle"),
    ("a&b", "Tom & Jerry <b>"),
    ("2", "Twee"),
    ("Groep 'x'", [("3", "Drie"), ("4", "Vier")]),
]


@pytest.mark.parametrize("waarde", [None, "", "a&b", "4", ["2"]])
@pytest.mark.parametrize(
    "attrs",
    [
        {"id": "id_veld"},
        {"id": "id_veld", "class": "form-select", "required": True, "disabled": False},
        {"id": "id_veld", "aria-describedby": "id_veld_helptext id_veld_error"},
    ],
)
def test_same_html_as_django(waarde, attrs):
    django_select = forms.Select(choices=KEUZES)
    keuzelijst = Keuzelijst(choices=KEUZES)
    verwacht = django_select.render("veld", waarde, attrs=attrs)
    verwacht = "".join(regel.strip() for regel in verwacht.splitlines())
    assert keuzelijst.render("veld", waarde, attrs=attrs) == verwacht


def test_only_the_first_match_is_selected():
    keuzelijst = Keuzelijst(choices=[("1", "Een"), ("1", "Nog een")])
    assert keuzelijst.render("veld", "1").count(" selected") == 1
