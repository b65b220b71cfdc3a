from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "participatiepunt.accounts"
    label = "accounts"
    verbose_name = "Accounts en rollen"
    # Its rows are on public pages: saving one renews the page cache (portal.paginacache).
    op_openbare_paginas = True

    def ready(self):
        from . import signals  # noqa: F401  (User.bediende_gemeenten follows User.gemeenten)
