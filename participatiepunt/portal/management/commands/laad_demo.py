"""Load invented demo data: one account per role plus each app's demo content.
Safe to run twice: every loader looks up before it creates."""

from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

from participatiepunt.accounts import demo as account_demo

APP_DEMO_MODULES = [
    "initiatieven.demo",
    "wijkafspraken.demo",
    "reflectie.demo",
    "participatiepunt.meldingen.demo",
]


def _app_loaders():
    for module_name in APP_DEMO_MODULES:
        try:
            yield import_module(module_name).load
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise


class Command(BaseCommand):
    help = "Laadt verzonnen demogegevens en één demo-account per rol."

    @transaction.atomic
    def handle(self, *args, **options):
        accounts = account_demo.load()
        for load in _app_loaders():
            load(accounts)
        self.stdout.write(
            f"Demo-accounts (wachtwoord voor allemaal: {account_demo.DEMO_PASSWORD}):"
        )
        for key, user in accounts.items():
            self.stdout.write(f"  {user.get_rol_display():<35} {user.email}  ({key})")
        self.stdout.write(
            "Medewerker, gebiedsteam en griffie loggen daarna in met een code: "
            "`python manage.py demo_totp` toont hem "
            f"(geheim voor een authenticator-app: {account_demo.DEMO_TOTP_SECRET})."
        )
