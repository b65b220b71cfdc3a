import rules

from .predicates import is_logged_in, is_medewerker, is_superuser

rules.add_perm("accounts.view_own_profile", is_logged_in)
rules.add_perm("accounts.assign_roles", is_superuser | is_medewerker)
