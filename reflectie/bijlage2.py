"""The seven sporen of Bijlage 2 (seed 000, 'Het kán in Groningen') with their activities,
word for word. Which months each activity runs is left to staff (the bijlage's cells are empty
in the source). The migrations create them; the demo again where a test flushed the tables."""

SPOREN = [
    ("I", "Inrichten participatiepunt", [
        "Vaststellen samenstelling en taken participatiepunt, starten met activiteiten, formaliseren",  # noqa: E501
        "Inrichten adviesraad tbv besturing participatiepunt (college, ambtelijke organisatie en "
        "ervaringsdeskundige)",
        "Bijeenkomsten adviesraad",
    ]),
    ("II", "Reflectiesessies college", [
        "Bespreken nieuwe rollen, wijkwethouderschap en onderwerpen die extra aandacht krijgen",
        "Experimenteren met rollen en onderwerpen",
        "Reflecteren op nieuwe rollen, wijkwethouderschap en geselecteerde onderwerpen",
    ]),
    ("III", "Concretiseren rol ambtelijke organisatie", [
        "Sessies over rol ambtelijke organisatie",
        "Afstemming met leidinggevend",
        "HRM acties (o.m. participatie in ontwikkelgesprekken en ervaringsdeskundigheid aanname "
        "personeel)",
        "Reflectiesessies ambtelijke organisatie",
        "Trainingen (intercollegiaal)",
    ]),
    ("IV", "Reflectiesessies raad", [
        "Interne sessies over rol van de raad",
    ]),
    ("V", "Organisatiekundige inzet", [
        "Analyse van drie casussen",
        "Bespreken uitkomsten in diverse gremia",
        "Bespreken in het management van vervolgmaatregelen incl. inbedding in andere activiteiten",
    ]),
    ("VI", "Elkaar vasthouden", [
        "Sessies reflectiegroep met twee raadsleden, collegelid en lid ambtelijke leiding",
    ]),
    ("VII", "Ondersteunende activiteiten", [
        "Inspiratie- en werkbijeenkomsten (raad, college, ambtelijke org., inwoners)",
        "Stages ambtenaren bij ervaringsdeskundigen",
        "Bezien inzet op het gebied van communicatie in participatietrajecten",
        "Activiteiten en maatregelen communicatie in participatietrajecten",
    ]),
]  # fmt: skip


def laad_sporen(Spoor, Activiteit) -> None:
    """Creates what is missing, with the models given (a migration passes its historical ones)."""
    for volgorde, (nummer, titel, activiteiten) in enumerate(SPOREN, start=1):
        spoor, _ = Spoor.objects.get_or_create(
            nummer=nummer, defaults={"titel": titel, "volgorde": volgorde}
        )
        for positie, omschrijving in enumerate(activiteiten, start=1):
            Activiteit.objects.get_or_create(
                spoor=spoor, omschrijving=omschrijving, defaults={"volgorde": positie}
            )
