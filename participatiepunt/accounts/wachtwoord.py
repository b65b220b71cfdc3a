"""Passwords that are long enough but guessed at once: one character over and over, a short
part repeated, or a run along the alphabet, the digits or a keyboard row."""

import re

from django.core.exceptions import ValidationError

MINSTE_VERSCHILLENDE_TEKENS = 5
HERHAALD = re.compile(r"(.+?)\1+", re.DOTALL)
RIJEN = (
    "abcdefghijklmnopqrstuvwxyz",
    "1234567890",
    "qwertyuiopasdfghjklzxcvbnm",
    "azertyuiopqsdfghjklmwxcvbn",
    "qwertzuiopasdfghjklyxcvbnm",
)


def _langs_een_rij(wachtwoord: str) -> bool:
    """The whole password follows one row, forwards or backwards, wrapping round."""
    for rij in RIJEN:
        rond = rij * (len(wachtwoord) // len(rij) + 2)
        if wachtwoord in rond or wachtwoord[::-1] in rond:
            return True
    return False


def te_eenvoudig(wachtwoord: str) -> bool:
    klein = wachtwoord.lower()
    return (
        len(set(klein)) < MINSTE_VERSCHILLENDE_TEKENS
        or HERHAALD.fullmatch(klein) is not None
        or _langs_een_rij(klein)
    )


class EenvoudigWachtwoordValidator:
    def validate(self, password, user=None):
        if te_eenvoudig(password):
            raise ValidationError(
                "Dit wachtwoord is te eenvoudig: het herhaalt steeds dezelfde tekens of volgt "
                "het alfabet, de cijfers of het toetsenbord. Kies een wachtwoord met "
                "verschillende woorden of tekens.",
                code="password_too_simple",
            )

    def get_help_text(self):
        return (
            "Uw wachtwoord mag niet steeds dezelfde tekens herhalen of het alfabet, de cijfers "
            "of het toetsenbord volgen."
        )
