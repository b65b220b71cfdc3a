"""The gemeente's house colour is the background of white text (the header, the mail's button):
it must reach WCAG 2.1's 4.5:1 contrast against white."""

from django.core.exceptions import ValidationError

MINIMUM_CONTRAST = 4.5


def _kanaal(waarde: int) -> float:
    s = waarde / 255
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


def luminantie(kleur: str) -> float:
    """Relative luminance (WCAG 2.1) of #rrggbb."""
    r, g, b = (int(kleur[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _kanaal(r) + 0.7152 * _kanaal(g) + 0.0722 * _kanaal(b)


def contrast_met_wit(kleur: str) -> float:
    return 1.05 / (luminantie(kleur) + 0.05)


def leesbaar_op_wit(kleur: str) -> None:
    """Validator: refuses a colour whose contrast with white is below 4.5:1."""
    try:
        contrast = contrast_met_wit(kleur)
    except (ValueError, IndexError, TypeError):
        return  # the format's own validator says what is wrong
    if contrast < MINIMUM_CONTRAST:
        raise ValidationError(
            "Deze kleur is te licht: witte tekst erop heeft een contrast van %(contrast).1f:1, "
            "en dat moet minstens 4,5:1 zijn. Kies een donkerdere kleur.",
            params={"contrast": contrast},
            code="te_weinig_contrast",
        )
