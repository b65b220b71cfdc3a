import rules

from participatiepunt.accounts.predicates import is_bestuur, is_staff_role

# The werkvoorraad: staff, gebiedsteams, griffie and bestuur (each sees its own tasks).
rules.add_perm("portal.view_werkvoorraad", is_staff_role | is_bestuur)
