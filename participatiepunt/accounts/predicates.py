"""Role predicates shared by every app's rules.py (combine them with & and |)."""

import rules

from participatiepunt.gebieden.huidige import gemeente_ids

from .models import Rol


def bedient_gemeente(user, obj=None) -> bool:
    """Whether the user works for the gemeente at hand: the object's (every domain object says
    its `gemeente_id`), else the request's (GemeenteMiddleware sets `huidige_gemeente_id` on the
    user), else, outside a request and without an object (a task), the role alone counts."""
    gemeente_id = getattr(obj, "gemeente_id", None) if obj is not None else None
    if gemeente_id is None:
        gemeente_id = getattr(user, "huidige_gemeente_id", None)
    if gemeente_id is None or user.is_superuser:
        return True
    return gemeente_id in gemeente_ids(user)


def _has_role(role):
    """A resident is one anywhere; every other role is held for the gemeenten one works for:
    a raadslid or medewerker of gemeente A is nobody special in gemeente B."""

    @rules.predicate(name=f"is_{role}")
    def predicate(user, obj=None):
        if not (user.is_authenticated and user.is_active and user.rol == role):
            return False
        return role == Rol.INWONER or bedient_gemeente(user, obj)

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


is_beheerder = is_medewerker | is_superuser


def gebied_ids(user) -> frozenset[int]:
    """The member's gebieden, asked once per user object: a page checks several permissions on
    the same object. Like Django's own permission cache on the user, a request sees the gebieden
    it started with."""
    try:
        return user._gebied_ids
    except AttributeError:
        # The link table alone: the ids need no join with the gebieden, nor their order.
        links = user.gebieden.through.objects.filter(user_id=user.pk)
        user._gebied_ids = frozenset(links.values_list("gebied_id", flat=True))
        return user._gebied_ids


@rules.predicate
def is_gebiedsteam_van(user, obj):
    """A gebiedsteam member of the gebied this object belongs to: every object that can have a
    gebiedsteam says so with its `gebied_id` (a Wijk; a praatplaat or initiative through its
    wijk; None when it has no wijk)."""
    gebied_id = None if obj is None else obj.gebied_id
    if gebied_id is None or not is_gebiedsteam(user):
        return False
    return gebied_id in gebied_ids(user)


def bewoners_wijk_ids(user) -> frozenset[int]:
    """The wijken whose bewonersorganisatie this account speaks for, asked once per user object
    (as gebied_ids)."""
    try:
        return user._bewoners_wijk_ids
    except AttributeError:
        # Leden are residents' accounts (staff speak for the gemeente): no query for staff.
        if not (user.is_authenticated and user.is_active and user.rol == Rol.INWONER):
            user._bewoners_wijk_ids = frozenset()
        else:
            user._bewoners_wijk_ids = frozenset(
                user.bewonersorganisaties.values_list("wijken", flat=True).exclude(wijken=None)
            )
        return user._bewoners_wijk_ids


@rules.predicate
def is_bewonersorganisatie(user):
    """A lid of any bewonersorganisatie: the bewonersorganisatie role."""
    return bool(bewoners_wijk_ids(user))


@rules.predicate
def is_bewonersorganisatie_van(user, obj):
    """A lid of a bewonersorganisatie of the wijk this object belongs to (a Wijk, or an object
    with a `wijk_id`, such as a praatplaat)."""
    wijk_id = getattr(obj, "wijk_id", None)
    return wijk_id is not None and wijk_id in bewoners_wijk_ids(user)
