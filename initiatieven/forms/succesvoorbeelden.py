"""The public library's filters, the message to a succesvoorbeeld's initiators and their
consent to receive one."""

from django import forms

from participatiepunt.portal.tekst import SchoneTekstMixin

from ..choices import Rechtsvorm, Steun, Thema
from .filters import _keuzeveld, _met_leeg, _PerGemeente, _wijk_veld


class BibliotheekFilterForm(_PerGemeente):
    thema = _keuzeveld(_met_leeg(Thema.choices), label="Thema")
    wijk = _wijk_veld()
    rechtsvorm = _keuzeveld(_met_leeg(Rechtsvorm.choices), label="Rechtsvorm")
    steun = _keuzeveld(_met_leeg(Steun.choices), label="Soort steun")


class ContactForm(SchoneTekstMixin, forms.Form):
    bericht = forms.CharField(
        label="Uw bericht",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Vertel kort wie u bent en wat u van hen wilt weten. Hoogstens 2000 tekens.",
        error_messages={
            "required": "Schrijf uw bericht.",
            "max_length": "Uw bericht is te lang: hoogstens %(limit_value)d tekens.",
        },
    )
    akkoord = forms.BooleanField(
        label="De initiatiefnemers mogen mijn naam en e-mailadres zien, zodat zij mij kunnen "
        "antwoorden.",
        error_messages={"required": "Zonder uw naam en e-mailadres kunnen zij u niet antwoorden."},
    )


class ContactToestemmingForm(SchoneTekstMixin, forms.Form):
    toegestaan = forms.BooleanField(
        label="Andere inwoners mogen ons via het portaal een bericht sturen over dit "
        "succesvoorbeeld",
        required=False,
        help_text="Uw e-mailadres blijft verborgen; u kiest zelf of u antwoordt. U kunt dit "
        "altijd weer uitzetten.",
    )
