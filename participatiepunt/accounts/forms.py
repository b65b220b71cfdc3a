from django import forms

from participatiepunt.portal.tekst import SchoneTekstMixin


class SignupForm(SchoneTekstMixin, forms.Form):
    """Extra field on allauth's sign-up form."""

    naam = forms.CharField(
        label="Naam",
        max_length=150,
        required=False,
        help_text="Niet verplicht. Zo spreken we u aan; openbaar wordt hij alleen als u dat kiest.",
    )

    def signup(self, request, user):
        user.naam = self.cleaned_data["naam"]
        user.save(update_fields=["naam"])


class ProfielForm(SchoneTekstMixin, forms.Form):
    naam = forms.CharField(label="Naam", max_length=150, required=False)


class AccountVerwijderenForm(SchoneTekstMixin, forms.Form):
    """Deleting an account cannot be undone: the password and an explicit yes."""

    wachtwoord = forms.CharField(
        label="Uw wachtwoord",
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    bevestig = forms.BooleanField(
        label="Ik begrijp dat mijn account en persoonsgegevens definitief worden verwijderd",
        error_messages={"required": "Vink aan dat u uw account definitief wilt verwijderen."},
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_wachtwoord(self):
        wachtwoord = self.cleaned_data["wachtwoord"]
        if not self.user.check_password(wachtwoord):
            raise forms.ValidationError("Dit wachtwoord klopt niet.")
        return wachtwoord
