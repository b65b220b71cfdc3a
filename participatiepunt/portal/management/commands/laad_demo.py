"""Load invented demo data: one account per role plus each app's demo content, which every app
declares in its own `<app>/demo.py` as `load(accounts)` (in INSTALLED_APPS order).
Safe to run twice: every loader looks up before it creates."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from participatiepunt.accounts import demo as account_demo
from participatiepunt.discovery import modules


def _app_loaders():
    """Every app's demo but the accounts', which makes the accounts the others are given."""
    return [module.load for module in modules("demo") if module is not account_demo]


class Command(BaseCommand):
    help = "Laadt verzonnen demogegevens en één demo-account per rol (alleen met DEMO=true)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--alleen-als-demo",
            action="store_true",
            help="zonder DEMO=true niets doen in plaats van een fout (voor een startscript)",
        )

    def handle(self, *args, alleen_als_demo=False, **options):
        if not settings.DEMO:
            if alleen_als_demo:
                self.stdout.write("Geen demodata: DEMO=true is niet gezet.")
                return
            raise CommandError(
                "Demo-accounts hebben een gepubliceerd wachtwoord en TOTP-geheim: alleen met "
                "DEMO=true, nooit in productie."
            )
        self._load()

    @transaction.atomic
    def _load(self):
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
