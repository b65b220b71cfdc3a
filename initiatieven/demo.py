"""Demo initiatieven across Groningen: invented people and plans, every state of the workflow.
Created directly (not through notify) so loading demo data sends no mail. Idempotent: an
initiatief whose title exists is left alone."""

import datetime

from django.utils import formats, timezone

from participatiepunt.accounts.models import Bewonersorganisatie
from participatiepunt.gebieden.geometrie import Punt
from participatiepunt.gebieden.huidige import standaardgemeente
from participatiepunt.gebieden.models import Gemeente, Wijk
from participatiepunt.meldingen import demo as meldingen_demo
from participatiepunt.meldingen import volgen
from participatiepunt.meldingen.models import Reden

from . import adresvolgen, kadersoverleg
from .choices import Kant, Oordeel, Participatieniveau, Rechtsvorm, Soort, Status, Thema
from .models import (
    AdresVolg,
    Bericht,
    GesprekGelezen,
    Initiatief,
    KadersReactie,
    KadersVersie,
    Mijlpaal,
    StatusWijziging,
    Terugkoppeling,
    Update,
)


def zomervakantie(dagen_na_begin=0) -> datetime.date:
    """A day in the coming summer holidays (from the first Monday of July)."""
    vandaag = timezone.localdate()
    jaar = vandaag.year if vandaag < datetime.date(vandaag.year, 7, 1) else vandaag.year + 1
    eerste_juli = datetime.date(jaar, 7, 1)
    maandag = eerste_juli + datetime.timedelta(days=(7 - eerste_juli.weekday()) % 7)
    return maandag + datetime.timedelta(days=dagen_na_begin)


PAD = [Status.INGEDIEND, Status.IN_GESPREK, Status.KADERS_VASTGESTELD, Status.IN_UITVOERING]

DEMO = [
    {
        "titel": "Pluktuin aan de Beijumer Kolk",
        "wijk": "beijum",
        "indiener": "inwoner",
        "soort": Soort.INWONER,
        "thema": Thema.GROEN,
        "status": Status.IN_UITVOERING,
        "naam_tonen": True,
        "steun": ["subsidie", "procesbegeleiding"],
        "budget": 4500,
        "samenvatting": "Een pluktuin met fruitbomen en bessenstruiken op het grasveld aan de "
        "Beijumer Kolk, onderhouden door buurtbewoners en de basisschool.",
        "kaders": [
            (
                "Het grasveld blijft openbaar toegankelijk; de speelplek blijft waar hij is.",
                "Maximaal € 4.000 uit het wijkbudget Oost.",
                "APV; geen vaste bouwwerken hoger dan 1 meter.",
                Participatieniveau.COPRODUCEREN,
                "De wijkwethouder van Oost",
                "Vastgelegd in het intakegesprek met de initiatiefnemers.",
            ),
            (
                "Het grasveld blijft openbaar toegankelijk; de speelplek blijft waar hij is.",
                "Maximaal € 5.500: wijkbudget Oost plus een bijdrage van de woningcorporatie.",
                "APV; geen vaste bouwwerken hoger dan 1 meter.",
                Participatieniveau.COPRODUCEREN,
                "De wijkwethouder van Oost",
                "De woningcorporatie draagt bij; het budget is daarom verhoogd.",
            ),
            (
                "Het grasveld blijft openbaar toegankelijk; de speelplek blijft waar hij is.",
                "Maximaal € 5.500, plus de opbrengst van de oogstmarkt voor onderhoud.",
                "APV; een schuurtje voor gereedschap tot 2,5 meter hoog mag.",
                Participatieniveau.COPRODUCEREN,
                "De wijkwethouder van Oost",
                "Zonder afsluitbaar schuurtje raakt het gereedschap zoek; de oogstmarkt betaalt "
                "het onderhoud.",
            ),
            (
                "Het grasveld blijft openbaar toegankelijk; de speelplek blijft waar hij is.",
                "Maximaal € 5.500, plus de opbrengst van de oogstmarkt voor onderhoud.",
                "APV; een schuurtje tot 2,5 meter mag, aan de kant van de Kolk, zonder fundering.",
                Participatieniveau.COPRODUCEREN,
                "De wijkwethouder van Oost",
                "Het schuurtje kan, maar niet midden op het veld: zo blijft het zicht op de "
                "speelplek vrij.",
            ),
        ],
        # Who proposed each version, and the other side's answer: the fourth awaits the
        # initiator, so the kaders are in heroverleg.
        "kanten": [Kant.GEMEENTE, Kant.GEMEENTE, Kant.INITIATIEFNEMER, Kant.GEMEENTE],
        "reacties": {
            1: (Oordeel.AKKOORD, ""),
            2: (Oordeel.AKKOORD, ""),
            3: (
                Oordeel.BETWIST,
                "Een schuurtje midden op het veld neemt het zicht op de speelplek weg.",
            ),
        },
        "mijlpalen": [
            ("Bewonersavond in De Wending", -40, True, "informatieavond"),
            ("Plantdag met de basisschool", 25, False, "start_uitvoering"),
            ("Eerste oogstfeest", 230, False, "oplevering"),
        ],
        "updates": [
            ("Op de bewonersavond kwamen 35 buren; bijna iedereen is positief.", True),
            ("Gemeentelijk groenbeheer akkoord met de plek van de bomen.", False),
        ],
    },
    {
        "titel": "Herinrichting dorpsplein Oosterhoogebrug",
        "wijk": "oosterhoogebrug",
        "indiener": "medewerker",
        "soort": Soort.GEMEENTE,
        "thema": Thema.VERKEER,
        "status": Status.KADERS_VASTGESTELD,
        "steun": ["communicatie"],
        "samenvatting": "De gemeente richt het dorpsplein opnieuw in en wil vooraf met "
        "inwoners vastleggen waarover zij kunnen meebeslissen.",
        "aan_tafel": ["Dorpsbelangen Oosterhoogebrug"],
        # The traject whose participatieparagraaf is complete: kaders per phase held by both
        # sides after one heroverleg, adopted by the raad, and a collegebesluit with its
        # terugkoppeling.
        "waarvoor": "Samen met het dorp kiezen hoe het plein wordt ingericht: waar de bankjes, "
        "het groen en de plek voor de kerstboom komen. De keuze van het dorp is een zwaarwegend "
        "advies aan het college.",
        "per_fase": {
            "voorbereiding": "Het dorp kiest uit twee ontwerpen; de rijbaan ligt vast.",
            "uitvoering": "De aannemer werkt in de zomervakantie; het dorp beslist mee over de "
            "volgorde van de werkzaamheden.",
            "evaluatie": "Een jaar na de oplevering lopen dorp en gemeente samen over het plein.",
        },
        "kaders": [
            (
                "De rijbaan en de bushalte blijven op hun plaats.",
                "€ 120.000 voor de inrichting, vastgesteld in de begroting.",
                "Wegenverkeerswet; richtlijnen toegankelijkheid openbare ruimte.",
                Participatieniveau.RAADPLEGEN,
                "Het college",
                "Eerste vastlegging, voor de start van de participatie.",
            ),
            (
                "De rijbaan en de bushalte blijven op hun plaats.",
                "€ 120.000 voor de inrichting, vastgesteld in de begroting.",
                "Wegenverkeerswet; richtlijnen toegankelijkheid openbare ruimte.",
                Participatieniveau.ADVISEREN,
                "Het college, na advies van het dorp",
                "Het dorp kiest tussen twee ontwerpen; het college volgt die keuze tenzij het "
                "zwaarwegende redenen heeft en die opschrijft.",
            ),
        ],
        "reacties": {
            1: (
                Oordeel.BETWIST,
                "Alleen geraadpleegd worden is te weinig: het plein is van het dorp. Wij willen "
                "kiezen tussen ontwerpen.",
            ),
            2: (Oordeel.AKKOORD, "Zo kunnen we verder."),
        },
        "raad": (-30, "https://gemeenteraad.groningen.nl/besluiten/dorpsplein-oosterhoogebrug"),
        "mijlpalen": [
            # The kaders, adopted before the design work (their terugkoppeling is published).
            ("Informatieavond over de kaders", -60, True, "informatieavond"),
            ("Collegebesluit over de kaders", -10, True, "collegebesluit"),
            ("Ontwerpavond in het dorpshuis", 14, False, "inloopavond"),
            # In the summer holidays: what the vakantiecheck is for.
            ("Ontwerp ter inzage", zomervakantie(), False, "zienswijzetermijn"),
            ("Collegebesluit over het ontwerp", zomervakantie(70), False, "collegebesluit"),
            ("Bezwaar tegen het besluit", zomervakantie(77), False, "bezwaartermijn"),
        ],
        "terugkoppelingen": {
            "Collegebesluit over de kaders": "Op de informatieavond vroegen 41 van de 55 "
            "aanwezigen om te mogen kiezen tussen ontwerpen, niet alleen geraadpleegd te worden. "
            "Het college heeft de kaders daarop aangepast: het dorp kiest tussen twee ontwerpen. "
            "De wens om de bushalte te verplaatsen kon niet: die ligt vast in de kaders."
        },
        "updates": [("De uitnodiging voor de ontwerpavond is huis-aan-huis verspreid.", True)],
    },
    {
        "titel": "Ontmoetingsruimte in het dorpshuis van Thesinge",
        "wijk": "thesinge",
        "indiener": "inwoner2",
        "soort": Soort.INSTELLING,
        "thema": Thema.CULTUUR,
        "status": Status.KADERS_VASTGESTELD,
        "steun": ["rechtsvorm", "subsidie"],
        "budget": 18000,
        "samenvatting": "Stichting Dorpshuis wil de kelder ombouwen tot ontmoetingsruimte "
        "voor jongeren en ouderen.",
        "kaders": [
            (
                "Het dorpshuis blijft eigendom van de stichting.",
                "Tot € 15.000 subsidie leefbaarheid; de rest via fondsen.",
                "Bouwbesluit en brandveiligheid; omgevingsvergunning nodig.",
                Participatieniveau.MEEBESLISSEN,
                "Het bestuur van de stichting, met de gemeente",
                "Afgesproken na twee gesprekken met het bestuur.",
            ),
        ],
        "reacties": {1: (Oordeel.AKKOORD, "Zo hebben we het samen besproken.")},
        "mijlpalen": [
            ("Aanvraag omgevingsvergunning", 30, False, "overig"),
            ("Inspraak op het bouwplan", 40, False, "inspraakreactie"),
            ("Raad besluit over de subsidie leefbaarheid", 95, False, "raadsbesluit"),
        ],
        "updates": [],
    },
    {
        "titel": "Repair Café Vinkhuizen",
        "wijk": "vinkhuizen",
        "indiener": "inwoner",
        "soort": Soort.INWONER,
        "thema": Thema.ENERGIE,
        "status": Status.AFGEROND,
        "succesvoorbeeld": True,
        "verhaal": {
            "rechtsvorm": Rechtsvorm.VERENIGING,
            "subsidie_ontvangen": "Wijkbudget West: € 1.200 voor gereedschap en een werkbank; "
            "het wijkcentrum geeft de ruimte om niet.",
            "lessen": "Begin met een vaste dag, dan weten mensen je te vinden.\n"
            "Een vereniging maakte de verzekering voor vrijwilligers eenvoudig.\n"
            "Vraag de kringloopwinkel om onderdelen: dat scheelt veel geld.",
            "contact_toegestaan": True,
        },
        "steun": ["rechtsvorm", "ruimte"],
        "budget": 1200,
        "samenvatting": "Elke tweede zaterdag repareren vrijwilligers kapotte spullen in het "
        "wijkcentrum. Inmiddels een vereniging met twintig leden.",
        "kaders": [],
        "mijlpalen": [
            ("Oprichting vereniging", -200, True, "overig"),
            ("Eerste reparatiemiddag", -150, True, "start_uitvoering"),
        ],
        "updates": [("Het Repair Café draait zelfstandig; het traject is afgerond.", True)],
    },
    {
        "titel": "Deelbakfietsen voor ondernemers in de Korrewegwijk",
        "wijk": "korrewegwijk",
        "indiener": "inwoner2",
        "soort": Soort.ONDERNEMER,
        "thema": Thema.ECONOMIE,
        "status": Status.INGEDIEND,
        "steun": ["subsidie", "succesvoorbeelden"],
        "budget": 9000,
        "samenvatting": "Vijf elektrische bakfietsen die winkeliers samen gebruiken voor "
        "bezorging in de wijk.",
        "kaders": [],
        "mijlpalen": [],
        "updates": [],
    },
    {
        "titel": "Skatebaan bij De Wijert-Zuid",
        "wijk": "de-wijert",
        "indiener": "inwoner",
        "soort": Soort.INWONER,
        "thema": Thema.SPORT,
        "status": Status.AFGEWEZEN,
        "reden": "Op deze plek is geen ruimte: het veld is nodig voor waterberging. Wij helpen "
        "u graag een andere plek te zoeken (ja, tenzij).",
        "steun": ["ruimte"],
        "samenvatting": "Een kleine skatebaan op het veld achter de sporthal.",
        "kaders": [],
        "mijlpalen": [],
        "updates": [],
    },
]

# Dijkmeer, the invented second gemeente (gebieden/demo.py): the same medewerker handles these.
DEMO += [
    {
        "titel": "Vlonder en aanlegsteiger in het Havenkwartier",
        "wijk": "dijkmeer-havenkwartier",
        "indiener": "inwoner2",
        "soort": Soort.ONDERNEMER,
        "thema": Thema.GROEN,
        "status": Status.IN_GESPREK,
        "steun": ["procesbegeleiding"],
        "budget": 12000,
        "samenvatting": "Een houten vlonder langs het meer met een aanlegsteiger voor kano's "
        "en roeiboten, aangelegd met de watersportvereniging en de ondernemers aan de haven.",
        "kaders": [],
        "mijlpalen": [],
        "updates": [],
    },
    {
        "titel": "Dorpsbus tussen Oosterdijk en Wieringhuizen",
        "wijk": "oosterdijk",
        "indiener": "inwoner",
        "soort": Soort.INWONER,
        "thema": Thema.VERKEER,
        "status": Status.INGEDIEND,
        "steun": ["rechtsvorm", "subsidie"],
        "budget": 8000,
        "samenvatting": "Vrijwilligers rijden twee dagen per week een dorpsbusje naar de "
        "huisarts en de supermarkt in Wieringhuizen, voor wie geen auto heeft.",
        "kaders": [],
        "mijlpalen": [],
        "updates": [],
    },
]


def _maak(gegevens, accounts):
    indiener = accounts[gegevens["indiener"]]
    wijk = Wijk.objects.select_related("gebied__gemeente").get(slug=gegevens["wijk"])
    initiatief = Initiatief.objects.create(
        gemeente=wijk.gebied.gemeente,
        titel=gegevens["titel"],
        samenvatting=gegevens["samenvatting"],
        beschrijving=gegevens["samenvatting"],
        thema=gegevens["thema"],
        wijk=wijk,
        soort_initiatiefnemer=gegevens["soort"],
        verwacht_budget=gegevens.get("budget"),
        naam_tonen=gegevens.get("naam_tonen", False),
        privacy_akkoord=True,
        status=gegevens["status"],
        reden_afwijzing=gegevens.get("reden", ""),
        indiener=indiener,
        casemanager=accounts["medewerker"] if gegevens["status"] != Status.INGEDIEND else None,
        is_succesvoorbeeld=gegevens.get("succesvoorbeeld", False),
        **gegevens.get("verhaal", {}),
        concept_stap=6,
        ingediend_op=timezone.now() - datetime.timedelta(days=120),
    )
    initiatief.gevraagde_steun.bulk_create(
        initiatief.gevraagde_steun.model(initiatief=initiatief, soort=s) for s in gegevens["steun"]
    )
    initiatief.belanghebbenden.create(
        naam="Omwonenden", belang="Wonen er direct naast", ervaart_hinder=True,
        hoe_betrokken="Persoonlijke uitnodiging voor een avond in de buurt",
    )  # fmt: skip
    return initiatief


def _pad_naar(status) -> list[str]:
    volledig = [*PAD, Status.AFGEROND]
    if status in volledig:
        return volledig[: volledig.index(status) + 1]
    return [Status.INGEDIEND, status]


def _geschiedenis(initiatief, accounts):
    van = Status.CONCEPT
    for naar in _pad_naar(initiatief.status):
        door = initiatief.indiener if van == Status.CONCEPT else accounts["medewerker"]
        toelichting = initiatief.reden_afwijzing if naar == Status.AFGEWEZEN else ""
        StatusWijziging.objects.create(
            initiatief=initiatief, van=van, naar=naar, door=door, toelichting=toelichting
        )
        van = naar


def _kaders(initiatief, gegevens, accounts):
    kanten = gegevens.get("kanten", [Kant.GEMEENTE] * len(gegevens["kaders"]))
    # On a gemeente-traject the initiator's side are its bewonersorganisaties (no demo lid).
    bewoners = None if kadersoverleg.is_gemeentetraject(initiatief) else initiatief.indiener
    namens = {Kant.GEMEENTE: accounts["medewerker"], Kant.INITIATIEFNEMER: bewoners}
    for nummer, kader in enumerate(gegevens["kaders"], 1):
        vast, budget, regels, niveau, wie, reden = kader
        kant = kanten[nummer - 1]
        versie = KadersVersie.objects.create(
            initiatief=initiatief, versie=nummer, vast_en_niet_beinvloedbaar=vast,
            budgetruimte=budget, regels=regels, participatieniveau=niveau, wie_besluit=wie,
            reden=reden, kant=kant, gewijzigd_door=namens[kant],
            waarvoor=gegevens.get("waarvoor", ""), per_fase=gegevens.get("per_fase", {}),
        )  # fmt: skip
        if nummer == len(gegevens["kaders"]) and "raad" in gegevens:
            dagen, url = gegevens["raad"]
            versie.raad_vastgesteld_op = timezone.localdate() + datetime.timedelta(days=dagen)
            versie.raadsbesluit_url = url
            versie.save(update_fields=["raad_vastgesteld_op", "raadsbesluit_url"])
        if nummer in gegevens.get("reacties", {}):
            oordeel, toelichting = gegevens["reacties"][nummer]
            KadersReactie.objects.create(
                versie=versie, kant=versie.andere_kant, oordeel=oordeel,
                toelichting=toelichting, door=namens[versie.andere_kant],
            )  # fmt: skip
    for naam in gegevens.get("aan_tafel", []) if initiatief.wijk else []:
        organisatie, _ = Bewonersorganisatie.objects.get_or_create(
            gemeente=initiatief.wijk.gebied.gemeente, naam=naam
        )
        organisatie.wijken.add(initiatief.wijk)
        initiatief.bewonersorganisaties.add(organisatie)


def _kaders_en_meer(initiatief, gegevens, accounts):
    vandaag = timezone.localdate()
    _kaders(initiatief, gegevens, accounts)
    for titel, wanneer, gereed, soort in gegevens["mijlpalen"]:
        if isinstance(wanneer, int):
            wanneer = vandaag + datetime.timedelta(days=wanneer)
        mijlpaal = Mijlpaal.objects.create(
            initiatief=initiatief, titel=titel, verwachte_datum=wanneer, gereed=gereed, soort=soort
        )
        if titel in gegevens.get("terugkoppelingen", {}):
            Terugkoppeling.objects.create(
                mijlpaal=mijlpaal,
                tekst=gegevens["terugkoppelingen"][titel],
                door=accounts["medewerker"],
            )
    for tekst, openbaar in gegevens["updates"]:
        Update.objects.create(
            initiatief=initiatief, tekst=tekst, openbaar=openbaar, auteur=accounts["medewerker"]
        )


def _concept(accounts):
    Initiatief.objects.get_or_create(
        titel="Buurtbieb in de Oosterpoort",
        indiener=accounts["inwoner"],
        defaults={
            "gemeente": standaardgemeente(),
            "samenvatting": "Een kastje met boeken op de hoek van de Meeuwerderweg.",
            "wijk": Wijk.objects.filter(slug="oosterpoort").first(),
            "thema": Thema.CULTUUR,
            "concept_stap": 3,
        },
    )


def load(accounts) -> None:
    for gegevens in DEMO:
        if Initiatief.objects.filter(titel=gegevens["titel"]).exists():
            continue
        if not Wijk.objects.filter(slug=gegevens["wijk"]).exists():
            continue  # Dijkmeer's, when gebieden' demo has not made it
        initiatief = _maak(gegevens, accounts)
        _geschiedenis(initiatief, accounts)
        _kaders_en_meer(initiatief, gegevens, accounts)
    _concept(accounts)
    _pluktuin_meldingen(accounts["inwoner"])
    _plekken()
    _adres_van_inwoner(accounts["inwoner"])
    _volgt_dorpsplein(accounts["inwoner"])
    _pluktuin_gesprek(accounts["inwoner"], accounts["medewerker"])


def _vlak(zuid, west, noord, oost) -> dict:
    ring = [[west, zuid], [oost, zuid], [oost, noord], [west, noord], [west, zuid]]
    return {"type": "Polygon", "coordinates": [ring]}


# Where the demo trajecten are: invented, in the real geography of Groningen.
PLEKKEN = {
    "Pluktuin aan de Beijumer Kolk": Punt(53.2447, 6.6092).geojson,
    "Herinrichting dorpsplein Oosterhoogebrug": _vlak(53.2282, 6.6058, 53.2296, 6.6082),
    "Ontmoetingsruimte in het dorpshuis van Thesinge": Punt(53.2662, 6.6285).geojson,
    "Repair Café Vinkhuizen": Punt(53.2295, 6.5215).geojson,
    "Deelbakfietsen voor ondernemers in de Korrewegwijk": _vlak(53.2330, 6.5750, 53.2370, 6.5850),
    "Skatebaan bij De Wijert-Zuid": Punt(53.1955, 6.5600).geojson,
}
ZILVERMEEUW_7 = Punt(53.24188, 6.60412)  # the demo inwoner's address in Beijum


def _plekken() -> None:
    for initiatief in Initiatief.objects.filter(titel__in=PLEKKEN, locatie__isnull=True):
        initiatief.zet_locatie(PLEKKEN[initiatief.titel])
        initiatief.save(update_fields=Initiatief.LOCATIE_VELDEN)


def _adres_van_inwoner(inwoner) -> None:
    """The demo inwoner follows 500 m around their address (the pluktuin lies within it)."""
    if AdresVolg.objects.filter(gebruiker=inwoner).exists():
        return
    adresvolgen.volg_adres(
        gebruiker=inwoner,
        gemeente=Gemeente.objects.get(is_standaard=True),
        punt=ZILVERMEEUW_7,
        straal_m=500,
        wijk=Wijk.objects.filter(slug="beijum").first(),
    )


def _volgt_dorpsplein(inwoner) -> None:
    """The demo resident follows the dorpsplein too: its zienswijzetermijn in the summer is
    what their vakantiecheck finds."""
    dorpsplein = Initiatief.objects.filter(wijk__slug="oosterhoogebrug").first()
    if dorpsplein is not None:
        volgen.volg(inwoner, dorpsplein)


def _pluktuin_meldingen(inwoner) -> None:
    """The demo resident follows their own Pluktuin and has heard about it."""
    pluktuin = Initiatief.objects.filter(indiener=inwoner, wijk__slug="beijum").first()
    if pluktuin is None:
        return
    volgen.volg(inwoner, pluktuin)
    titel = f"Nieuwe update bij ‘{pluktuin}’"
    tekst = "De fruitbomen zijn besteld; de basisschool plant ze samen met de buurt in maart."
    meldingen_demo.melding(
        inwoner, pluktuin, "initiatief.update", titel, tekst, dagen=10, gelezen=True
    )
    mijlpaal = pluktuin.volgende_mijlpaal()
    if mijlpaal:
        titel = f"Binnenkort: {mijlpaal.titel} ({pluktuin})"
        tekst = (
            f"De mijlpaal ‘{mijlpaal.titel}’ staat gepland op "
            f"{formats.date_format(mijlpaal.verwachte_datum, 'j F Y')}."
        )
        soort = "initiatief.mijlpaal"
        meldingen_demo.melding(
            inwoner, pluktuin, soort, titel, tekst, dagen=1, reden=Reden.ONTVANGER
        )


GESPREK = [
    (True, 30, "Goedemiddag, wij willen graag weten of de fruitbomen onder de subsidie vallen "
     "of dat we die zelf moeten betalen. Kunnen we daar even over bellen?"),
    (False, 29, "Dag Sanne, de fruitbomen vallen onder het wijkbudget, de bessenstruiken ook. "
     "Ik bel u donderdagochtend om 10 uur; past dat?"),
    (True, 29, "Donderdag om 10 uur is prima. Ik stuur na het gesprek de plantlijst."),
    (False, 2, "Dank voor de plantlijst. De groenbeheerder heeft één vraag: kunnen de bomen "
     "twee meter verder van het fietspad? Dan is de plantdag gewoon op de afgesproken datum."),
]  # fmt: skip


def _pluktuin_gesprek(inwoner, medewerker) -> None:
    """A conversation on the demo resident's Pluktuin with their casemanager; the last message
    is still unread for the resident. Created directly: no notifications."""
    pluktuin = Initiatief.objects.filter(indiener=inwoner, wijk__slug="beijum").first()
    if pluktuin is None or pluktuin.berichten.exists():
        return
    nu = timezone.now()
    for van_initiatiefnemer, dagen, tekst in GESPREK:
        Bericht.objects.create(
            initiatief=pluktuin,
            afzender=inwoner if van_initiatiefnemer else medewerker,
            van_initiatiefnemer=van_initiatiefnemer,
            tekst=tekst,
            geplaatst_op=nu - datetime.timedelta(days=dagen),
        )
    GesprekGelezen.objects.create(
        gebruiker=inwoner, initiatief=pluktuin, tot=nu - datetime.timedelta(days=29)
    )
    GesprekGelezen.objects.create(gebruiker=medewerker, initiatief=pluktuin, tot=nu)
