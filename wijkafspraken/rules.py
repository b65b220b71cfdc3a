"""Who may do what with praatplaten. Only gebiedsteam members of the wijk's gebied and
participatiepunt staff edit; everyone reads what is vastgesteld (and, of the answers, what the
wijk chose to publish); drafts are not public. Objects: a Wijk or a Praatplaat."""

import rules

from participatiepunt.accounts.predicates import is_gebiedsteam, is_medewerker, is_superuser


def _gebied_id(obj):
    if obj is None:
        return None
    return obj.gebied_id if hasattr(obj, "gebied_id") else obj.wijk.gebied_id


def _gebied_ids(user) -> frozenset[int]:
    """The member's gebieden, asked once per user object: a page checks several permissions
    on the same praatplaat. Like Django's own permission cache on the user, a request sees the
    gebieden it started with."""
    try:
        return user._wijkafspraken_gebied_ids
    except AttributeError:
        user._wijkafspraken_gebied_ids = frozenset(user.gebieden.values_list("pk", flat=True))
        return user._wijkafspraken_gebied_ids


@rules.predicate
def is_gebiedsteam_van_wijk(user, obj):
    gebied_id = _gebied_id(obj)
    if gebied_id is None or not is_gebiedsteam(user):
        return False
    return gebied_id in _gebied_ids(user)


@rules.predicate
def is_gearchiveerd(user, praatplaat):
    return praatplaat is not None and praatplaat.gearchiveerd_op is not None


is_beheerder = is_medewerker | is_superuser
beheert = is_beheerder | is_gebiedsteam_van_wijk

rules.add_perm("wijkafspraken.view_overzicht", rules.always_allow)
rules.add_perm("wijkafspraken.view_dashboard", is_beheerder | is_gebiedsteam)
rules.add_perm("wijkafspraken.add_praatplaat", beheert)
rules.add_perm("wijkafspraken.view_praatplaat", beheert)
rules.add_perm("wijkafspraken.change_praatplaat", beheert & ~is_gearchiveerd)
rules.add_perm("wijkafspraken.vaststellen", beheert & ~is_gearchiveerd)
rules.add_perm("wijkafspraken.view_alle_antwoorden", beheert)
