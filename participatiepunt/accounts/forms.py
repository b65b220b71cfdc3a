from django import forms


class SignupForm(forms.Form):
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


class ProfielForm(forms.Form):
    naam = forms.CharField(label="Naam", max_length=150, required=False)
