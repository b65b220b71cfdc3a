"""Who may do what with bijeenkomsten. Everyone sees the catalogue of bijeenkomsten for
residents; those for ambtenaren only people with a role in the gemeente. Anyone may sign up for
a coming one for residents (with an account or an address), ambtenaren with their account.
Medewerkers of the participatiepunt plan them and keep the attendance list."""

import rules
from django.utils import timezone

from participatiepunt.accounts.predicates import is_beheerder, is_bestuur, is_staff_role

from .models import Doelgroep

is_ambtenaar = is_staff_role | is_bestuur


@rules.predicate
def is_voor_inwoners(user, bijeenkomst):
    return bijeenkomst is not None and bijeenkomst.doelgroep == Doelgroep.INWONERS


@rules.predicate
def is_open_voor_aanmelding(user, bijeenkomst):
    return (
        bijeenkomst is not None
        and not bijeenkomst.geannuleerd
        and bijeenkomst.start > timezone.now()
    )


kan_bekijken = is_voor_inwoners | is_ambtenaar

rules.add_perm("bijeenkomsten.view_bijeenkomst", kan_bekijken)
rules.add_perm("bijeenkomsten.aanmelden", kan_bekijken & is_open_voor_aanmelding)
rules.add_perm("bijeenkomsten.add_bijeenkomst", is_beheerder)
rules.add_perm("bijeenkomsten.view_presentielijst", is_beheerder)
rules.add_perm("bijeenkomsten.cancel_bijeenkomst", is_beheerder & is_open_voor_aanmelding)
