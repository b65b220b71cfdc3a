"""Who may do what in reflectie. The griffie reads everything and changes nothing; bestuur sees
the sessions it is invited to and public ones; residents see public sessions and their own
proposals; medewerkers of the participatiepunt manage. Views and templates check these perms."""

import rules

from participatiepunt.accounts.models import Bestuursfunctie
from participatiepunt.accounts.predicates import is_beheerder, is_bestuur, is_griffie, is_logged_in
from participatiepunt.gebieden.huidige import gemeente_ids

from .choices import OnderwerpStatus, Status

ziet_alle_sessies = is_beheerder | is_griffie


def ziet_alle_sessies_van(user, gemeente) -> bool:
    """Every session of this gemeente, public or not: what the lists of such readers show is
    the same for all of them."""
    return user.is_superuser or (ziet_alle_sessies(user) and gemeente.pk in gemeente_ids(user))


@rules.predicate
def is_raadslid(user):
    return is_bestuur(user) and user.bestuursfunctie == Bestuursfunctie.RAADSLID


@rules.predicate
def is_openbare_sessie(user, sessie):
    return sessie is not None and sessie.openbaar


@rules.predicate
def is_genodigde(user, sessie):
    if sessie is None or not user.is_authenticated:
        return False
    return type(sessie).objects.uitgenodigd(user).filter(pk=sessie.pk).exists()


@rules.predicate
def is_komend(user, sessie):
    """Still to take place: planned or moved (not held, not cancelled)."""
    return sessie is not None and sessie.status in (Status.GEPLAND, Status.VERPLAATST)


@rules.predicate
def is_geannuleerd(user, sessie):
    return sessie is not None and sessie.status == Status.GEANNULEERD


@rules.predicate
def is_voorsteller(user, onderwerp):
    return onderwerp is not None and onderwerp.voorgesteld_door_id == user.pk


@rules.predicate
def is_voorgesteld(user, onderwerp):
    return onderwerp is not None and onderwerp.status == OnderwerpStatus.VOORGESTELD


rules.add_perm("reflectie.view_sessie", ziet_alle_sessies | is_openbare_sessie | is_genodigde)
rules.add_perm("reflectie.view_werkversie", ziet_alle_sessies)
rules.add_perm("reflectie.view_griffie", ziet_alle_sessies)
rules.add_perm("reflectie.add_sessie", is_beheerder)
rules.add_perm("reflectie.change_sessie", is_beheerder & ~is_geannuleerd)
rules.add_perm("reflectie.move_sessie", is_beheerder & is_komend)
rules.add_perm("reflectie.cancel_sessie", is_beheerder & is_komend)
rules.add_perm("reflectie.change_agenda", is_beheerder & ~is_geannuleerd)
rules.add_perm("reflectie.change_verslag", is_beheerder & ~is_geannuleerd)

rules.add_perm("reflectie.propose_onderwerp", is_logged_in)
# Topics are selected with the raad: raadsleden read the proposals (not who made them) and
# give their reaction and advice; staff decide.
rules.add_perm("reflectie.view_onderwerpen", ziet_alle_sessies | is_raadslid)
rules.add_perm("reflectie.view_terras", rules.always_allow)  # read-only, nothing personal
rules.add_perm("reflectie.view_onderwerp", ziet_alle_sessies | is_raadslid | is_voorsteller)
rules.add_perm("reflectie.react_onderwerp", is_raadslid)
rules.add_perm("reflectie.decide_onderwerp", is_beheerder & is_voorgesteld)

rules.add_perm("reflectie.view_leren", is_logged_in)
rules.add_perm("reflectie.view_planning", ziet_alle_sessies | is_bestuur)
rules.add_perm("reflectie.change_planning", is_beheerder)
rules.add_perm("reflectie.view_kalender", is_logged_in)
