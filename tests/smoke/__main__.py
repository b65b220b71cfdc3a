"""`make smoke`: the image's steps without Docker, then every page as each demo role.

Static files are built exactly as the Dockerfile builds them; gunicorn serves the production
settings on 127.0.0.1 against PostgreSQL and Redis with a Celery worker and beat; anonymous
visitors and every demo account (logged in through the real login, with the TOTP code for
staff) request every page of the access table that the demo data reaches, and every page those
link to. It fails on any 5xx, on a static file that does not answer 200, on an HTML page without
lang="nl", and when /gezondheid/ does not see the worker and beat; it lists the routes that the
demo data does not reach (POST-only, or behind a key from a mail)."""

import sys
import time

from tests.smoke.bezoek import bezoek_alle_rollen
from tests.smoke.stack import Stack


def main() -> int:
    started = time.monotonic()
    with Stack() as stack:
        stack.bereid_voor()
        stack.start()
        rapport = bezoek_alle_rollen(stack)
        rapport.gezondheid = stack.wacht_op_hartslag(rapport.browsers["beheerder"])
    print(rapport.samenvatting(time.monotonic() - started))
    return 0 if rapport.geslaagd() else 1


if __name__ == "__main__":
    sys.exit(main())
