"""Who may do what with follows and notifications."""

import rules

from participatiepunt.accounts.predicates import is_logged_in

from . import volgen


@rules.predicate
def mag_onderwerp_zien(user, onderwerp):
    return onderwerp is not None and volgen.is_volgbaar(user, onderwerp)


rules.add_perm("meldingen.view_meldingen", is_logged_in)
rules.add_perm("meldingen.change_voorkeuren", is_logged_in)
rules.add_perm("meldingen.volgen", is_logged_in & mag_onderwerp_zien)
