import rules

from .predicates import is_beheerder, is_inwoner, is_logged_in, is_medewerker, is_superuser

rules.add_perm("accounts.view_own_profile", is_logged_in)
rules.add_perm("accounts.assign_roles", is_superuser | is_medewerker)
rules.add_perm("accounts.export_own_data", is_logged_in)
# Staff and bestuur accounts are managed by the gemeente (beheer); residents delete their own.
rules.add_perm("accounts.delete_own_account", is_inwoner)
# A gemeente's settings (portal/gemeentebeheer.py): a beheerder who works for it.
rules.add_perm("gebieden.change_gemeente", is_beheerder)
