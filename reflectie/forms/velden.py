"""Form fields shared by the reflectie forms: dates and times entered apart, stored as one
aware moment in Europe/Amsterdam."""

import datetime
from functools import reduce
from operator import or_

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone

from participatiepunt.accounts.models import Rol
from participatiepunt.portal.tekst import SchoneTekstMixin

DATUM = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIJD = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


def moment(datum: datetime.date, tijd: datetime.time) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(datum, tijd))


class GebruikerKeuze(forms.ModelMultipleChoiceField):
    def label_from_instance(self, user):
        functie = user.get_bestuursfunctie_display() or user.get_rol_display()
        return f"{user} ({functie})"


class EenGebruikerKeuze(forms.ModelChoiceField):
    label_from_instance = GebruikerKeuze.label_from_instance


def uitnodigbare_gebruikers(gemeente):
    """Staff, griffie and bestuur of the gemeente; residents join through open sessions and the
    adviesraad."""
    users = get_user_model().objects.filter(
        bediende_gemeenten__contains=[gemeente.pk], is_active=True
    )
    users = users.exclude(rol=Rol.INWONER)
    return users.order_by("naam", "email")


def gebruikers_met_email(adressen: list[str]) -> list:
    if not adressen:
        return []
    voorwaarde = reduce(or_, (Q(email__iexact=adres) for adres in adressen))
    return list(get_user_model().objects.filter(voorwaarde, is_active=True))


class TijdvakForm(SchoneTekstMixin, forms.Form):
    """Date, start and end time; checks the end lies after the start."""

    datum = forms.DateField(label="Datum", widget=DATUM)
    begintijd = forms.TimeField(label="Begintijd", widget=TIJD)
    eindtijd = forms.TimeField(label="Eindtijd", widget=TIJD)

    def tijdvak(self):
        data = self.cleaned_data
        if not all(data.get(key) for key in ("datum", "begintijd", "eindtijd")):
            return None
        start, eind = (
            moment(data["datum"], data["begintijd"]),
            moment(data["datum"], data["eindtijd"]),
        )
        if eind <= start:
            self.add_error("eindtijd", "De eindtijd moet na de begintijd liggen.")
            return None
        return start, eind
