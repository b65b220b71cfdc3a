"""A text field's length limit said out loud instead of enforced silently: the browser's
maxlength cut off what the user typed (the review then showed it cut mid-word). The limit is
stated in the help text, checked on the server with a Dutch message at the field, and counted
while typing by static/js/portal.js (data-tekenlimiet; without JavaScript nothing is lost)."""

from django import forms


def met_tekenlimiet(field: forms.CharField, onderwerp: str) -> None:
    """`onderwerp` completes "… mag hoogstens N tekens lang zijn", e.g. "De titel"."""
    limiet = field.max_length
    field.widget.attrs.pop("maxlength", None)
    field.widget.attrs["data-tekenlimiet"] = limiet
    uitleg = f"Hoogstens {limiet} tekens."
    field.help_text = f"{field.help_text} {uitleg}" if field.help_text else uitleg
    field.error_messages["max_length"] = (
        f"{onderwerp} mag hoogstens %(limit_value)d tekens lang zijn; u gebruikt er nu "
        "%(show_value)d. Maak de tekst korter: er is nog niets weggelaten."
    )
