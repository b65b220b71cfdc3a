"""One small world with every role and an object behind every URL parameter, made once per
test: resident A owns things, resident B owns nothing of A's, gebiedsteam X works in gebied X
(where A's wijk lies), gebiedsteam Y in gebied Y; bewonersorganisatie X is a lid of the
bewonersorganisatie of A's wijk."""

from types import SimpleNamespace

from django.core.files.base import ContentFile

from initiatieven.models import Bericht, Bijlage
from reflectie.models import Activiteit, AgendaVersie, Document, FeedToken
from tests.factories.accounts import BewonersorganisatieFactory, UserFactory
from tests.factories.bijeenkomsten import BijeenkomstFactory
from tests.factories.gebieden import GebiedFactory, WijkFactory
from tests.factories.initiatieven import (
    AdresVolgFactory,
    InitiatiefFactory,
    KadersVersieFactory,
    MijlpaalFactory,
)
from tests.factories.kennisbank import PaginaFactory
from tests.factories.meldingen import MeldingFactory
from tests.factories.reflectie import (
    AgendapuntFactory,
    LesFactory,
    OnderwerpFactory,
    SessieFactory,
)
from tests.factories.wijkafspraken import (
    AfspraakFactory,
    EvaluatieFactory,
    PraatplaatFactory,
    VersieFactory,
)

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _bijlage(initiatief):
    return Bijlage.objects.create(
        initiatief=initiatief,
        bestand=ContentFile(PDF, name="plan.pdf"),
        naam="plan.pdf",
        content_type="application/pdf",
        grootte=len(PDF),
    )


def _users(gebied_x, gebied_y):
    return {
        "anoniem": None,
        "inwoner_a": UserFactory(),
        "inwoner_b": UserFactory(),
        "medewerker": UserFactory(medewerker=True),
        "gebiedsteam_x": UserFactory(gebiedsteam=True, gebieden=[gebied_x]),
        "gebiedsteam_y": UserFactory(gebiedsteam=True, gebieden=[gebied_y]),
        "griffie": UserFactory(griffie=True),
        "bestuur": UserFactory(raadslid=True),
        "bewonersorganisatie_x": UserFactory(),
    }


def _initiatieven(w):
    a, wijk = w.users["inwoner_a"], w.wijk_x
    w.concept = InitiatiefFactory(indiener=a, wijk=wijk, concept=True)
    w.concept_bijlage = _bijlage(w.concept)
    w.ingediend = InitiatiefFactory(indiener=a, wijk=wijk)
    w.openbaar = InitiatiefFactory(indiener=a, wijk=wijk, in_gesprek=True)
    w.bijlage = _bijlage(w.openbaar)
    w.mijlpaal = MijlpaalFactory(initiatief=w.openbaar)
    w.succesvoorbeeld = InitiatiefFactory(
        indiener=a, wijk=wijk, succesvoorbeeld=True, contact_toegestaan=True
    )
    # Proposed by the gemeente: it awaits resident A's answer.
    w.kaders = KadersVersieFactory(initiatief=w.openbaar, versie=1)
    w.bericht = Bericht.objects.create(
        initiatief=w.ingediend,
        afzender=a,
        van_initiatiefnemer=True,
        tekst="Wanneer hoor ik iets?",
        bijlage=ContentFile(PDF, name="schets.pdf"),
        bijlage_naam="schets.pdf",
        bijlage_content_type="application/pdf",
        bijlage_grootte=len(PDF),
    )
    w.besluit = MijlpaalFactory(initiatief=w.openbaar, soort="raadsbesluit")


def _wijkafspraken(w):
    w.praatplaat_x = PraatplaatFactory(wijk=w.wijk_x)
    w.praatplaat_y = PraatplaatFactory(wijk=w.wijk_y)
    w.bewonersorganisatie = BewonersorganisatieFactory(
        gemeente=w.gebied_x.gemeente,
        wijken=[w.wijk_x],
        leden=[w.users["bewonersorganisatie_x"]],
    )
    w.afspraak = AfspraakFactory(praatplaat=w.praatplaat_x)
    w.versie = VersieFactory(praatplaat=w.praatplaat_x)
    w.evaluatie = EvaluatieFactory(praatplaat=w.praatplaat_x)


def _reflectie(w):
    w.sessie = SessieFactory(genodigden=[w.users["bestuur"]])
    w.agendapunt = AgendapuntFactory(sessie=w.sessie)
    w.document = Document.objects.create(
        agendapunt=w.agendapunt, titel="Raadsvoorstel", url="https://ris.example.nl/1"
    )
    w.agendaversie = AgendaVersie.objects.create(sessie=w.sessie, nummer=1, inhoud=[])
    w.les = LesFactory()
    w.onderwerp = OnderwerpFactory(voorgesteld_door=w.users["inwoner_a"])
    w.activiteit = Activiteit.objects.first()
    w.feed = FeedToken.objects.create(user=w.users["bestuur"])


def make_world():
    gebied_x, gebied_y = GebiedFactory(), GebiedFactory()
    w = SimpleNamespace(gebied_x=gebied_x, gebied_y=gebied_y, users=_users(gebied_x, gebied_y))
    w.wijk_x, w.wijk_y = WijkFactory(gebied=gebied_x), WijkFactory(gebied=gebied_y)
    _initiatieven(w)
    _wijkafspraken(w)
    _reflectie(w)
    w.bijeenkomst = BijeenkomstFactory(capaciteit=50)
    w.melding = MeldingFactory(ontvanger=w.users["inwoner_a"])
    w.adresvolg = AdresVolgFactory(gebruiker=w.users["inwoner_a"])
    w.kennisbankpagina = PaginaFactory()
    return w
