"""An unbound form that allows it is rendered once per prefix, initial values and choices."""

import pytest
from django import forms

from participatiepunt.portal.templatetags import formulieren


class Keuze(forms.Form):
    bewaar_leeg = True
    kleur = forms.ChoiceField(label="Kleur", choices=[("r", "Rood"), ("g", "Groen")])
    tekst = forms.CharField(label="Tekst", required=False)


def test_an_unbound_form_is_rendered_once(monkeypatch):
    formulieren.BEWAARD.clear()
    eerste = formulieren.formulier(Keuze(initial={"tekst": "hallo"}))
    assert 'value="hallo"' in eerste
    monkeypatch.setattr(formulieren, "as_crispy_form", lambda form: "opnieuw")
    assert formulieren.formulier(Keuze(initial={"tekst": "hallo"})) == eerste
    assert formulieren.formulier(Keuze(initial={"tekst": "anders"})) == "opnieuw"


def test_other_choices_are_another_form(monkeypatch):
    formulieren.BEWAARD.clear()
    formulieren.formulier(Keuze())
    monkeypatch.setattr(formulieren, "as_crispy_form", lambda form: "opnieuw")
    form = Keuze()
    form.fields["kleur"].choices = [("b", "Blauw")]
    assert formulieren.formulier(form) == "opnieuw"


def test_a_bound_form_is_always_rendered_with_its_errors():
    html = formulieren.formulier(Keuze(data={"kleur": "x"}))
    assert "Selecteer een geldige keuze" in html


class Periode(forms.Form):
    van = forms.IntegerField(label="Van")
    tot = forms.IntegerField(label="Tot")

    def clean(self):
        data = super().clean()
        if data.get("van", 0) > data.get("tot", 0):
            raise forms.ValidationError("Van ligt na tot.")
        return data


def test_a_non_field_error_is_said_once_in_the_summary():
    from django.template.loader import render_to_string

    html = render_to_string("includes/form.html", {"form": Periode(data={"van": 5, "tot": 1})})
    assert html.count("Van ligt na tot.") == 1
    assert html.index("Van ligt na tot.") < html.index('name="van"')


class MetStempel(Keuze):
    per_weergave = ("stempel",)
    stempel = forms.CharField(widget=forms.HiddenInput, required=False)


def test_a_value_per_render_is_new_in_the_kept_form(monkeypatch):
    formulieren.BEWAARD.clear()
    eerste = formulieren.formulier(MetStempel(initial={"stempel": "a1"}))
    assert 'name="stempel" value="a1"' in eerste
    monkeypatch.setattr(formulieren, "as_crispy_form", lambda form: "opnieuw")
    form = MetStempel(initial={"stempel": '"><b>'})
    tweede = formulieren.formulier(form)
    assert tweede == eerste.replace("a1", "&quot;&gt;&lt;b&gt;")
    assert form.initial == {"stempel": '"><b>'}


class MetWijk(forms.Form):
    bewaar_leeg = True
    wijk = forms.ModelChoiceField(queryset=None)

    def __init__(self, *args, **kwargs):
        from participatiepunt.gebieden.models import Wijk

        super().__init__(*args, **kwargs)
        self.fields["wijk"].queryset = Wijk.objects.all()


@pytest.mark.django_db
def test_a_kept_form_with_choices_from_the_database_reads_them_once(django_assert_num_queries):
    formulieren.BEWAARD.clear()
    formulieren.formulier(MetWijk())
    with django_assert_num_queries(1):  # the choices, for the key; no COUNT
        formulieren.formulier(MetWijk())


class MetWijkInHetKort(MetWijk):
    def __init__(self, *args, kort, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wijk"].keuzes_in_het_kort = kort


@pytest.mark.django_db
def test_choices_given_in_short_are_the_key_without_a_query(django_assert_num_queries):
    formulieren.BEWAARD.clear()
    formulieren.formulier(MetWijkInHetKort(kort=((1, "a", "A"),)))
    with django_assert_num_queries(0):
        formulieren.formulier(MetWijkInHetKort(kort=((1, "a", "A"),)))
    with django_assert_num_queries(1):  # other choices: another form, rendered
        formulieren.formulier(MetWijkInHetKort(kort=((1, "a", "B"),)))
