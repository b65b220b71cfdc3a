"""The health report on the command line, for a container's health check: exit code 1 when a
named part (or, without names, any part) is not healthy. `gezondheid beat` for the beat
container, `gezondheid worker` for a worker's."""

import json

from django.core.management.base import BaseCommand, CommandError

from participatiepunt.portal import health


class Command(BaseCommand):
    help = "Toont de gezondheid van database, broker, worker, beat en statische bestanden."

    def add_arguments(self, parser):
        parser.add_argument("onderdelen", nargs="*", help="bv. worker of beat; leeg = alles")

    def handle(self, *args, onderdelen, **options):
        checks = health.report()
        gekozen = {naam: checks[naam] for naam in onderdelen or checks}
        self.stdout.write(json.dumps(gekozen, ensure_ascii=False))
        if not health.is_healthy(gekozen):
            raise CommandError("niet gezond: " + ", ".join(sorted(gekozen)))
