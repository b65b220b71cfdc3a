"""GET filter forms of every app's lists, rendered field by field with
templates/includes/filterveld.html instead of crispy: crispy's field templates cost about
0.8 ms per field, the intake's six filters more than its table (bench/, issue 8)."""

from django import forms

from .tekst import SchoneTekstMixin


class Filterveld(forms.BoundField):
    """The widget gets Bootstrap's class, and when invalid `is-invalid` and a reference to the
    error text that filterveld.html writes under it (id `<id>_fout`)."""

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        select = isinstance(widget or self.field.widget, forms.Select)
        klasse = "form-select" if select else "form-control"
        if self.errors:
            klasse += " is-invalid"
            attrs["aria-describedby"] = f"{self.auto_id}_fout"
        attrs["class"] = klasse
        return attrs


class Filterformulier(SchoneTekstMixin, forms.Form):
    bound_field_class = Filterveld
