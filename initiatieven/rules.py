"""Who may do what with initiatieven. Views and templates check these same permissions."""

import rules

from participatiepunt.accounts.predicates import (
    is_beheerder,
    is_gebiedsteam,
    is_gebiedsteam_van,
    is_logged_in,
)


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


leest_ingediend = ~is_concept & (is_beheerder | is_gebiedsteam_van)

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
