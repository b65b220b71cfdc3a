"""The notifications' periodic work at full size, called directly (no worker): the heartbeat
over every follow and the reminders; then the fan-out benchmark of bench/fanout.py (issue 6),
run as its own program because it brings its own database, worker and SMTP sink."""

import subprocess
import sys
import time
from datetime import timedelta
from importlib import import_module

from django.utils import timezone

from .environment import ORIGINAL, ROOT

HEARTBEAT_LIMIT_S = 60
FANOUT_FOLLOWERS = 20_000


def _follows() -> int:
    """All follows, their 'last heard' put back as generated (aangemaakt_op + 30 days: half of
    them quiet for over 30 days), so a run on reused data sweeps the same."""
    from django.db.models import F

    from participatiepunt.meldingen.models import Volg

    Volg.objects.update(laatst_gehoord_op=F("aangemaakt_op") + timedelta(days=30))
    _uitgerust(Volg._meta.db_table)
    return Volg.objects.count()


def _uitgerust(table) -> None:
    """The reset rewrote every follow (1.5 million rows at scale 3), which no installation does
    before its heartbeat: vacuumed and written to disk before the clock starts, so neither its
    dead rows nor the checkpoint it brings on fall in the sweep's time (at scale 3 on reused
    data the sweep took 69–77 s without this, 20.7 s with it)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"VACUUM ANALYZE {table}")
        cursor.execute("CHECKPOINT")


def _heartbeat(say) -> list[str]:
    hartslag = import_module("participatiepunt.meldingen.hartslag")
    follows = _follows()
    say(f"  hartslag over {follows:,} volgers")
    started, nu = time.monotonic(), timezone.now()
    written = hartslag.verstuur(nu)
    took = time.monotonic() - started
    _forget_heartbeat(nu)
    verdict = "PASS" if took < HEARTBEAT_LIMIT_S else "MISS"
    return [
        f"Hartslag: {follows:,} volgers in {took:.1f} s = {follows / took:,.0f} volgers/s; "
        f"{written:,} meldingen geschreven ({written / took:,.0f}/s). "
        f"Doel < {HEARTBEAT_LIMIT_S} s: {verdict}"
    ]


def _forget_heartbeat(nu) -> None:
    """What the sweep wrote is removed again, so the reused data of the next run (its meldingen
    page, its next sweep) is the data that was generated, not half a million rows more per run."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "DELETE FROM meldingen_melding WHERE gebeurtenis_id IN "
            "(SELECT id FROM meldingen_gebeurtenis WHERE aangemaakt_op >= %s)",
            [nu],
        )
        cursor.execute("DELETE FROM meldingen_gebeurtenis WHERE aangemaakt_op >= %s", [nu])


def _reminders(say) -> list[str]:
    """Reminders an earlier run sent are forgotten first, so a run on reused data sends the
    same (the real sweep never sends one twice)."""
    from participatiepunt.meldingen.models import Herinnering

    herinneringen = import_module("participatiepunt.meldingen.herinneringen")
    Herinnering.objects.all().delete()
    say("  herinneringen")
    started = time.monotonic()
    sent = herinneringen.verstuur(herinneringen.regels(), timezone.localdate())
    took = time.monotonic() - started
    return [f"Herinneringen: {sent:,} meldingen in {took:.1f} s ({sent / took:,.0f}/s)"]


def _settle(say) -> None:
    """The heartbeat updated every follow and wrote 166,000 notifications: vacuum them now, so
    autovacuum does not take the cores in the middle of the fan-out measurement after it."""
    from django.db import connection

    say("  opruimen na de sweeps (VACUUM ANALYZE)")
    with connection.cursor() as cursor:
        for table in ("meldingen_volg", "meldingen_melding", "meldingen_gebeurtenis"):
            cursor.execute(f"VACUUM ANALYZE {table}")


def _fanout(followers, say) -> list[str]:
    if not (ROOT / "bench" / "fanout.py").exists():
        return ["Fan-out: bench/fanout.py ontbreekt"]
    say(f"  fan-out naar {followers:,} volgers (bench/fanout.py)")
    command = [sys.executable, "-m", "bench.fanout", "--volgers", str(followers)]
    result = subprocess.run(command, cwd=ROOT, env=ORIGINAL, capture_output=True, text=True)
    if result.returncode:
        return [f"Fan-out: mislukt (code {result.returncode}): {result.stderr.strip()[-300:]}"]
    return result.stdout.strip().splitlines()


def run(fanout_followers, say) -> list[str]:
    lines = [""]
    for step in (_heartbeat, _reminders):
        try:
            lines += step(say)
        except ImportError as error:
            lines.append(f"{step.__name__[1:]}: nog niet gebouwd ({error})")
    _settle(say)
    return [*lines, *_fanout(max(100, fanout_followers), say)]
