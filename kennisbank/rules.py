"""Who may do what in the kennisbank: everyone reads it, the participatiepunt writes it."""

import rules

from participatiepunt.accounts.predicates import is_beheerder

rules.add_perm("kennisbank.change_pagina", is_beheerder)
