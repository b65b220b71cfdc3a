"""Who may do what with praatplaten. Only gebiedsteam members of the wijk's gebied and
participatiepunt staff edit; everyone reads what is vastgesteld (and, of the answers, what the
wijk chose to publish); drafts are not public. Objects: a Wijk or a Praatplaat."""

import rules

from participatiepunt.accounts.predicates import is_gebiedsteam, is_medewerker, is_superuser


def _gebied_id(obj):
    if obj is None:
        return None
    return obj.gebied_id if hasattr(obj, "gebied_id") else obj.wijk.gebied_id


@rules.predicate
def is_gebiedsteam_van_wijk(user, obj):
    gebied_id = _gebied_id(obj)
    if gebied_id is None or not is_gebiedsteam(user):
        return False
    return user.gebieden.filter(pk=gebied_id).exists()


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
