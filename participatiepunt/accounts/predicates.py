"""Role predicates shared by every app's rules.py (combine them with & and |)."""

import rules

from .models import Rol


def _has_role(role):
    @rules.predicate(name=f"is_{role}")
    def predicate(user):
        return user.is_authenticated and user.is_active and user.rol == role

    return predicate


is_inwoner = _has_role(Rol.INWONER)
is_medewerker = _has_role(Rol.MEDEWERKER)
is_gebiedsteam = _has_role(Rol.GEBIEDSTEAM)
is_griffie = _has_role(Rol.GRIFFIE)
is_bestuur = _has_role(Rol.BESTUUR)
is_logged_in = rules.is_authenticated & rules.is_active


@rules.predicate
def is_superuser(user):
    return user.is_superuser


is_staff_role = is_medewerker | is_gebiedsteam | is_griffie | is_superuser


@rules.predicate
def is_gebiedsteam_of(user, gebied):
    """True when the user is a gebiedsteam member of this gebied (objects pass their gebied)."""
    if gebied is None or not is_gebiedsteam(user):
        return False
    return user.gebieden.filter(pk=gebied.pk).exists()
