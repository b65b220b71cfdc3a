"""What the map pages, the vakantiecheck and follow-your-address read: mijlpalen of the kind
their title says (a bezwaartermijn a resident can act on), a point for three in five
initiatives and two followed addresses for the first inwoners with an initiative (the bench's
logged-in residents). In SQL over the rows already there, so a run with --reuse gets them too;
each step leaves rows it filled before as they are."""

from django.db import connection

from .words import MIJLPALEN

# The kinds of the generated titles (initiatieven/mijlpaalsoorten.py); "Eerste gesprek" stays
# "overig".
SOORT_VAN_TITEL = dict(zip(MIJLPALEN[1:], ["inloopavond", "raadsbesluit", "bezwaartermijn",
                                           "start_uitvoering"], strict=True))  # fmt: skip
# Groningen and its villages, roughly: where the points fall at scale 1. A larger city covers
# more ground (each side times the root of the scale), so a street is as busy as at scale 1.
ZUID, WEST, HOOGTE, BREEDTE = 53.17, 6.48, 0.10, 0.17
VOLGERS = 50
STRAAL_M = 500
METER_PER_GRAAD = 111_320

SOORTEN_SQL = """
UPDATE initiatieven_mijlpaal SET soort = %(soort)s WHERE titel = %(titel)s AND soort = 'overig'
"""
PUNTEN_SQL = """
WITH punt AS (
    SELECT id, %(zuid)s + (id * 7919 %% 1000) / 1000.0 * %(hoogte)s AS breedte,
           %(west)s + (id * 104729 %% 1000) / 1000.0 * %(breedte)s AS lengte
    FROM initiatieven_initiatief WHERE locatie IS NULL AND id %% 5 < 3
)
UPDATE initiatieven_initiatief i SET
    locatie = jsonb_build_object('type', 'Point', 'coordinates',
                                 jsonb_build_array(punt.lengte, punt.breedte)),
    locatie_min_breedte = punt.breedte, locatie_max_breedte = punt.breedte,
    locatie_min_lengte = punt.lengte, locatie_max_lengte = punt.lengte,
    locatie_breedte = punt.breedte, locatie_lengte = punt.lengte
FROM punt WHERE i.id = punt.id
"""
VOLGERS_SQL = """
WITH volger AS (
    SELECT u.id, row_number() OVER (ORDER BY u.id) AS nummer
    FROM accounts_user u
    WHERE u.rol = 'inwoner'
      AND EXISTS (SELECT 1 FROM initiatieven_initiatief i WHERE i.indiener_id = u.id)
    ORDER BY u.id LIMIT %(volgers)s
), adres AS (
    SELECT volger.id AS gebruiker_id, n,
           %(zuid)s + ((volger.nummer * 31 + n * 17) %% 100) / 100.0 * %(hoogte)s AS breedte,
           %(west)s + ((volger.nummer * 57 + n * 23) %% 100) / 100.0 * %(breedte)s AS lengte
    FROM volger CROSS JOIN generate_series(1, 2) AS n
    WHERE NOT EXISTS (SELECT 1 FROM initiatieven_adresvolg a WHERE a.gebruiker_id = volger.id)
)
INSERT INTO initiatieven_adresvolg (gebruiker_id, gemeente_id, breedte, lengte, straal_m, adres,
    min_breedte, max_breedte, min_lengte, max_lengte, aangemaakt_op)
SELECT gebruiker_id, (SELECT id FROM gebieden_gemeente WHERE is_standaard), breedte, lengte,
       %(straal)s, '', breedte - %(graden)s, breedte + %(graden)s,
       lengte - %(graden)s / cos(radians(breedte)), lengte + %(graden)s / cos(radians(breedte)),
       now()
FROM adres
"""


def generate(ctx) -> None:
    ctx.count("mijlpalen met een soort", _soorten())
    ctx.count("initiatieven op de kaart", _punten(ctx))
    ctx.count("gevolgde adressen", _volgers(ctx))


def _soorten() -> int:
    with connection.cursor() as cursor:
        for titel, soort in SOORT_VAN_TITEL.items():
            cursor.execute(SOORTEN_SQL, {"titel": titel, "soort": soort})
        cursor.execute("SELECT count(*) FROM initiatieven_mijlpaal WHERE soort <> 'overig'")
        return cursor.fetchone()[0]


def _gebied(ctx) -> dict:
    zijde = max(1.0, ctx.scale) ** 0.5
    return {"zuid": ZUID, "west": WEST, "hoogte": HOOGTE * zijde, "breedte": BREEDTE * zijde}


def _punten(ctx) -> int:
    with connection.cursor() as cursor:
        cursor.execute(PUNTEN_SQL, _gebied(ctx))
        cursor.execute("SELECT count(*) FROM initiatieven_initiatief WHERE locatie IS NOT NULL")
        return cursor.fetchone()[0]


def _volgers(ctx) -> int:
    parameters = {**_gebied(ctx), "volgers": VOLGERS, "straal": STRAAL_M}
    parameters["graden"] = STRAAL_M / METER_PER_GRAAD
    with connection.cursor() as cursor:
        cursor.execute(VOLGERS_SQL, parameters)
        cursor.execute("SELECT count(*) FROM initiatieven_adresvolg")
        return cursor.fetchone()[0]
