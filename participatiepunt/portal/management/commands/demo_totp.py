"""Print the current TOTP code of the demo staff accounts (they share DEMO_TOTP_SECRET)."""

import time

from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core.management.base import BaseCommand

from participatiepunt.accounts.demo import DEMO_TOTP_SECRET


class Command(BaseCommand):
    help = "Toont de huidige code voor de tweestapsverificatie van de demo-medewerkers."

    def handle(self, *args, **options):
        remaining = 30 - int(time.time()) % 30
        code = format_hotp_value(hotp_value(DEMO_TOTP_SECRET, int(time.time()) // 30))
        self.stdout.write(f"Code: {code} (nog {remaining} seconden geldig)")
        self.stdout.write(f"Geheim voor een authenticator-app: {DEMO_TOTP_SECRET}")
