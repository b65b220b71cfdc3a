"""Who may do what with praatplaten. Only gebiedsteam members of the wijk's gebied and
participatiepunt staff edit; everyone reads what is vastgesteld (and, of the answers, what the
wijk chose to publish); drafts are not public, except to the leden of a bewonersorganisatie of
the wijk, who read the draft, comment per question, mark answers complete and co-sign.
Objects: a Wijk, a Praatplaat or a Bewonersorganisatie."""

import rules

from participatiepunt.accounts.predicates import (
    gebied_ids,
    is_beheerder,
    is_bewonersorganisatie,
    is_bewonersorganisatie_van,
    is_gebiedsteam,
    is_gebiedsteam_van,
)


@rules.predicate
def is_gearchiveerd(user, praatplaat):
    return praatplaat is not None and praatplaat.gearchiveerd_op is not None


@rules.predicate
def is_gebiedsteam_van_organisatie(user, organisatie):
    """A gebiedsteam member of a gebied where one of the organisation's wijken lies."""
    if organisatie is None or not is_gebiedsteam(user):
        return False
    return any(wijk.gebied_id in gebied_ids(user) for wijk in organisatie.wijken.all())


beheert = is_beheerder | is_gebiedsteam_van
aan_tafel = is_bewonersorganisatie_van

rules.add_perm("wijkafspraken.view_overzicht", rules.always_allow)
rules.add_perm("wijkafspraken.view_dashboard", is_beheerder | is_gebiedsteam)
rules.add_perm("wijkafspraken.add_praatplaat", beheert)
rules.add_perm("wijkafspraken.view_praatplaat", beheert)
rules.add_perm("wijkafspraken.change_praatplaat", beheert & ~is_gearchiveerd)
rules.add_perm("wijkafspraken.vaststellen", beheert & ~is_gearchiveerd)
rules.add_perm("wijkafspraken.ter_ondertekening", beheert & ~is_gearchiveerd)
rules.add_perm("wijkafspraken.voorleggen_aan_raad", beheert)
rules.add_perm("wijkafspraken.view_alle_antwoorden", beheert)
rules.add_perm("wijkafspraken.print_bewonersbrief", beheert)  # object: the wijk

# The bewonersorganisatie at the table.
rules.add_perm("wijkafspraken.meelezen", beheert | aan_tafel)
rules.add_perm("wijkafspraken.meepraten", aan_tafel & ~is_gearchiveerd)
rules.add_perm("wijkafspraken.view_mijn_bewonersorganisatie", is_bewonersorganisatie)

# Who speaks for which bewonersorganisatie: the gebiedsteam of its wijken, or a beheerder.
rules.add_perm("wijkafspraken.view_bewonersorganisaties", is_beheerder | is_gebiedsteam)
rules.add_perm(
    "wijkafspraken.change_bewonersorganisatie", is_beheerder | is_gebiedsteam_van_organisatie
)
