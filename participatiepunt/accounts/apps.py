from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "participatiepunt.accounts"
    label = "accounts"
    verbose_name = "Accounts en rollen"
