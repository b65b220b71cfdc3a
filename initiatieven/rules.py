"""Who may do what with initiatieven. Views and templates check these same permissions."""

import rules

from participatiepunt.accounts.predicates import (
    is_beheerder,
    is_bestuur,
    is_gebiedsteam,
    is_gebiedsteam_van,
    is_griffie,
    is_inwoner,
    is_logged_in,
)

from .choices import SOORTEN_VOOR_MEDEWERKERS, Kant


@rules.predicate
def is_indiener(user, initiatief):
    return initiatief is not None and user.is_authenticated and initiatief.indiener_id == user.pk


@rules.predicate
def is_concept(user, initiatief):
    return initiatief is not None and initiatief.is_concept


@rules.predicate
def is_openbaar(user, initiatief):
    return initiatief is not None and initiatief.is_openbaar


@rules.predicate
def is_lopend(user, initiatief):
    return initiatief is not None and initiatief.is_open


@rules.predicate
def is_initiatiefnemer_kant(user, initiatief):
    """Speaks for the initiator's side of the kaders: the initiator, or for a traject the
    gemeente started, a member of a bewonersorganisatie at its table."""
    if initiatief is None or not user.is_authenticated:
        return False
    if initiatief.soort_initiatiefnemer in SOORTEN_VOOR_MEDEWERKERS:
        return user.bewonersorganisaties.filter(initiatieven=initiatief).exists()
    return initiatief.indiener_id == user.pk


def kaders_wacht_op(initiatief) -> str | None:
    """The side whose answer the current kaders version awaits, or None. A page may have set it
    on the object (`kaders_wacht_op`, the management page keeps it with its body); else from the
    versions and their reacties, which may be prefetched."""
    if hasattr(initiatief, "kaders_wacht_op"):
        return initiatief.kaders_wacht_op
    versie = max(initiatief.kaders_versies.all(), key=lambda v: v.versie, default=None)
    if versie is None or versie.reactie() is not None:
        return None
    return versie.andere_kant


@rules.predicate
def wacht_op_mijn_reactie(user, initiatief):
    """The current kaders version awaits the answer of the user's side."""
    wacht_op = kaders_wacht_op(initiatief)
    if wacht_op is None:
        return False
    if wacht_op == Kant.GEMEENTE:
        return is_beheerder(user)
    return is_initiatiefnemer_kant(user, initiatief)


@rules.predicate
def is_benaderbaar_succesvoorbeeld(user, initiatief):
    return (
        initiatief is not None
        and initiatief.is_succesvoorbeeld
        and initiatief.kan_succesvoorbeeld_zijn
        and initiatief.contact_toegestaan
    )


@rules.predicate
def is_succesvoorbeeld(user, initiatief):
    return initiatief is not None and initiatief.is_succesvoorbeeld


@rules.predicate
def deelt_gesprek_met_gebiedsteam(user, initiatief):
    return initiatief is not None and initiatief.gesprek_delen_met_gebiedsteam


leest_ingediend = ~is_concept & (is_beheerder | is_gebiedsteam_van)
# The conversation: the initiator and the participatiepunt write in it; the gebiedsteam of the
# wijk reads along only when the initiator allows it.
in_gesprek = ~is_concept & (is_indiener | is_beheerder)

rules.add_perm("initiatieven.add_initiatief", is_logged_in)
rules.add_perm("initiatieven.register_traject", is_beheerder)
rules.add_perm("initiatieven.view_mijn", is_logged_in)
rules.add_perm("initiatieven.view_intake", is_beheerder | is_gebiedsteam)
rules.add_perm("initiatieven.view_initiatief", is_openbaar | is_indiener | leest_ingediend)
rules.add_perm("initiatieven.view_details", is_indiener | leest_ingediend)
rules.add_perm("initiatieven.view_ingediend", is_indiener)
rules.add_perm("initiatieven.view_internal", leest_ingediend)
rules.add_perm("initiatieven.change_concept", is_indiener & is_concept)
rules.add_perm("initiatieven.manage_initiatief", is_beheerder & ~is_concept)
rules.add_perm("initiatieven.withdraw_initiatief", is_indiener & is_lopend)
# The gemeente's side proposes on the management page (manage_initiatief).
rules.add_perm("initiatieven.propose_kaders", is_lopend & is_initiatiefnemer_kant)
rules.add_perm("initiatieven.respond_kaders", is_lopend & wacht_op_mijn_reactie)
rules.add_perm("initiatieven.view_succesvoorbeeld", is_succesvoorbeeld & is_openbaar)
# A resident writes to the initiators of a succesvoorbeeld who agreed to it (never to their own).
rules.add_perm(
    "initiatieven.contact_succesvoorbeeld",
    is_inwoner & ~is_indiener & is_benaderbaar_succesvoorbeeld,
)
rules.add_perm("initiatieven.change_contacttoestemming", is_indiener & is_succesvoorbeeld)
rules.add_perm("initiatieven.view_initiatiefnemer", is_beheerder & ~is_concept)
rules.add_perm(
    "initiatieven.view_gesprek",
    in_gesprek | (~is_concept & is_gebiedsteam_van & deelt_gesprek_met_gebiedsteam),
)
rules.add_perm("initiatieven.add_bericht", in_gesprek)
rules.add_perm("initiatieven.share_gesprek", is_indiener & ~is_concept)
# Public for a public traject (it holds only what its page shows); the griffie and the raad
# also for a submitted one that is not public yet (a raadsvoorstel may come early).
rules.add_perm(
    "initiatieven.view_participatieparagraaf",
    is_openbaar
    | is_indiener & ~is_concept
    | leest_ingediend
    | ~is_concept & (is_griffie | is_bestuur),
)
