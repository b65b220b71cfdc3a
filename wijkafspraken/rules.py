"""Who may do what with praatplaten. Only gebiedsteam members of the wijk's gebied and
participatiepunt staff edit; everyone reads what is vastgesteld (and, of the answers, what the
wijk chose to publish); drafts are not public. Objects: a Wijk or a Praatplaat."""

import rules

from participatiepunt.accounts.predicates import is_beheerder, is_gebiedsteam, is_gebiedsteam_van


@rules.predicate
def is_gearchiveerd(user, praatplaat):
    return praatplaat is not None and praatplaat.gearchiveerd_op is not None


beheert = is_beheerder | is_gebiedsteam_van

rules.add_perm("wijkafspraken.view_overzicht", rules.always_allow)
rules.add_perm("wijkafspraken.view_dashboard", is_beheerder | is_gebiedsteam)
rules.add_perm("wijkafspraken.add_praatplaat", beheert)
rules.add_perm("wijkafspraken.view_praatplaat", beheert)
rules.add_perm("wijkafspraken.change_praatplaat", beheert & ~is_gearchiveerd)
rules.add_perm("wijkafspraken.vaststellen", beheert & ~is_gearchiveerd)
rules.add_perm("wijkafspraken.view_alle_antwoorden", beheert)
