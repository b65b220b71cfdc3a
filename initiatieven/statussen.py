"""The lifecycle of an initiatief, declared once as data: every status, where it may go next,
whether it is open (under way after submission), public, a casus for reflection, whether moving
to it needs a written reason or the kaders, and what the initiator can expect next. The model,
the workflow, rules, notify, meldingen, forms, templates (through model properties) and the
tests read this table; what is never public is derived from it."""

from dataclasses import dataclass

from .choices import Status


@dataclass(frozen=True)
class Fase:
    status: str
    verwachting: str  # what the initiator can expect next (when no mijlpaal is planned)
    naar: tuple[str, ...] = ()  # the statuses it may move to; none: it has ended
    open: bool = False  # under way after submission: next steps, reminders, heartbeat
    openbaar: bool = False  # on public pages
    casus: bool = False  # a reflection session or lesson may treat it
    reden_verplicht: bool = False  # moving here needs a written reason (shown on its page)
    kaders_vereist: bool = False  # moving here needs the kaders in writing
    succesvoorbeeld: bool = False  # may be shown as an example of success


AFSLUITEN = (Status.AFGEWEZEN, Status.INGETROKKEN)

FASEN = {
    fase.status: fase
    for fase in [
        Fase(
            Status.CONCEPT,
            "U maakt uw concept af en dient het in.",
            naar=(Status.INGEDIEND,),
        ),
        Fase(
            Status.INGEDIEND,
            "Een medewerker van het participatiepunt neemt contact met u op voor een eerste "
            "gesprek.",
            naar=(Status.IN_GESPREK, *AFSLUITEN),
            open=True,
            casus=True,
        ),
        Fase(
            Status.IN_GESPREK,
            "Samen met u leggen we de kaders schriftelijk vast.",
            naar=(Status.KADERS_VASTGESTELD, *AFSLUITEN),
            open=True,
            openbaar=True,
            casus=True,
        ),
        Fase(
            Status.KADERS_VASTGESTELD,
            "De uitvoering wordt voorbereid.",
            naar=(Status.IN_UITVOERING, *AFSLUITEN),
            open=True,
            openbaar=True,
            casus=True,
            kaders_vereist=True,
        ),
        Fase(
            Status.IN_UITVOERING,
            "Het initiatief wordt uitgevoerd; de volgende mijlpaal volgt.",
            naar=(Status.AFGEROND, *AFSLUITEN),
            open=True,
            openbaar=True,
            casus=True,
        ),
        Fase(
            Status.AFGEROND,
            "Het initiatief is afgerond.",
            openbaar=True,
            casus=True,
            succesvoorbeeld=True,
        ),
        Fase(
            Status.AFGEWEZEN,
            "Het initiatief is afgewezen; de reden staat hierboven.",
            reden_verplicht=True,
        ),
        Fase(Status.INGETROKKEN, "Het initiatief is ingetrokken."),
    ]
}


def _met(kenmerk: str) -> tuple[str, ...]:
    return tuple(status for status, fase in FASEN.items() if getattr(fase, kenmerk))


def _bereikbaar_vanaf(begin) -> set[str]:
    gezien, te_doen = set(), list(begin)
    while te_doen:
        status = te_doen.pop()
        if status not in gezien:
            gezien.add(status)
            te_doen.extend(FASEN[status].naar)
    return gezien


OVERGANGEN = {status: fase.naar for status, fase in FASEN.items() if fase.naar}
VERWACHTING = {status: fase.verwachting for status, fase in FASEN.items()}
OPEN_STATUSSEN = _met("open")
OPENBARE_STATUSSEN = _met("openbaar")
CASUS_STATUSSEN = _met("casus")
REDEN_VERPLICHT = _met("reden_verplicht")
KADERS_VEREIST = _met("kaders_vereist")
SUCCESVOORBEELD_STATUSSEN = _met("succesvoorbeeld")
# Before every public status: no transition leads back to them, so an initiative in one of them
# has never been on a public page (what the page cache needs to know, portal.paginacache).
NOOIT_OPENBAAR = tuple(
    status for status in FASEN if status not in _bereikbaar_vanaf(OPENBARE_STATUSSEN)
)
