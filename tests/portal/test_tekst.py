"""Control characters never get in through a form, and never out through a header: a CR/LF in a
title once reached a mail's Subject and stopped the delivery (issue 14)."""

import importlib
import pkgutil

import pytest
from django import forms
from django.apps import apps as django_apps
from django.conf import settings
from django.urls import reverse

from initiatieven.models import Initiatief
from participatiepunt.portal.tekst import SchoneTekstMixin, eenregelig, meerregelig
from tests.factories.accounts import UserFactory

# The project's own packages: the top-level folders of this checkout that hold an installed app.
APPS = sorted(
    {
        app.name.split(".")[0]
        for app in django_apps.get_app_configs()
        if (settings.BASE_DIR / app.name.split(".")[0] / "__init__.py").exists()
    }
)
OVERSLAAN = [".migrations", ".management", ".settings", "sgi"]


@pytest.mark.parametrize(
    ("invoer", "uit"),
    [
        ("Speeltuin\r\nBcc: iemand@example.org", "Speeltuin Bcc: iemand@example.org"),
        ("a\x00b\x1bc\x7fd", "a b c d"),
        ("een\x85twee\u2028drie\u2029vier", "een twee drie vier"),
        ("\t Lewenborg \n", "Lewenborg"),
        ("Café 👩🏽‍🌾 ‘citaat’", "Café 👩🏽‍🌾 ‘citaat’"),
    ],
)
def test_one_line_has_no_control_characters(invoer, uit):
    assert eenregelig(invoer) == uit


def test_several_lines_keep_line_feeds_and_tabs_only():
    assert meerregelig("a\r\nb\rc\x85d\u2028e\tf\x00g\x1b") == "a\nb\nc\nd\ne\tfg"


class Voorbeeld(SchoneTekstMixin, forms.Form):
    titel = forms.CharField()
    tekst = forms.CharField(widget=forms.Textarea)
    wachtwoord = forms.CharField(widget=forms.PasswordInput)
    extra = forms.CharField(required=False)


def test_the_mixin_cleans_each_kind_of_text_field():
    form = Voorbeeld(
        data={"titel": "Nieuws\r\nuit\x0bVinkhuizen", "tekst": "a\r\nb\x07", "wachtwoord": "x\ty"}
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data == {
        "titel": "Nieuws uit Vinkhuizen",
        "tekst": "a\nb",
        "wachtwoord": "x\ty",
        "extra": "",
    }


def test_only_control_characters_is_an_empty_required_field():
    form = Voorbeeld(data={"titel": "\x01\x02", "tekst": "t", "wachtwoord": "w"})
    assert not form.is_valid()
    assert form.errors["titel"] == ["Dit veld is verplicht."]


def _formulieren():
    for app in APPS:
        pakket = importlib.import_module(app)
        for module in pkgutil.walk_packages(pakket.__path__, f"{app}."):
            if any(deel in module.name for deel in OVERSLAAN):
                continue
            importlib.import_module(module.name)
    gezien, wachtrij = set(), [forms.BaseForm]
    while wachtrij:
        for klasse in wachtrij.pop().__subclasses__():
            wachtrij.append(klasse)
            if klasse.__module__.split(".")[0] in APPS:
                gezien.add(klasse)
    return gezien


def test_every_form_of_every_app_cleans_its_text():
    gevonden = _formulieren()
    assert len(gevonden) > 30
    zonder = sorted(
        f"{k.__module__}.{k.__qualname__}" for k in gevonden if not issubclass(k, SchoneTekstMixin)
    )
    assert zonder == []


@pytest.mark.django_db
def test_a_hand_made_post_cannot_store_a_line_break_in_a_title(client):
    inwoner = UserFactory()
    client.force_login(inwoner)
    client.post(
        reverse("initiatieven:nieuw"),
        {"titel": "Speeltuin\r\nBcc: iemand@example.org", "samenvatting": "s", "actie": "verder"},
    )
    assert Initiatief.objects.get(indiener=inwoner).titel == "Speeltuin Bcc: iemand@example.org"
