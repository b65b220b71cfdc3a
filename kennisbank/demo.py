"""Demo kennisbank of the standaardgemeente: a rechtsvorm wijzer, a subsidiewijzer and a few
practical pages. The schemes, amounts and dates are invented (realistic, not real).
Idempotent: a page whose title exists is left alone."""

from participatiepunt.gebieden.huidige import standaardgemeente

from . import services
from .models import Categorie, Pagina

RECHTSVORMWIJZER = """\
Voor veel initiatieven is géén rechtsvorm nodig: een groep buren kan prima samen iets
organiseren. Een rechtsvorm wordt belangrijk als u geld gaat beheren, subsidie aanvraagt,
een contract tekent of iets bezit. Hieronder de vier vormen die wij het vaakst bespreken.

## Informeel collectief

Een groep mensen zonder inschrijving of statuten.

- **Aansprakelijkheid:** ieder lid is persoonlijk aansprakelijk, met het eigen vermogen.
- **KvK:** geen inschrijving nodig.
- **Notaris:** niet nodig.
- **Kosten:** geen.
- **Wanneer:** voor een eenmalige activiteit of een begin, met weinig geld. Veel kleine
  subsidies (zoals het wijkbudget tot € 1.500) kunnen op naam van één bewoner.

## Stichting

Een bestuur (minimaal één, liefst drie mensen) zet zich in voor een doel. Een stichting
heeft geen leden.

- **Aansprakelijkheid:** de stichting is aansprakelijk, niet de bestuurders persoonlijk
  (behalve bij onbehoorlijk bestuur).
- **KvK:** inschrijving verplicht, eenmalig ongeveer € 85.
- **Notaris:** verplicht, voor de akte van oprichting met statuten.
- **Kosten:** notaris ongeveer € 400 tot € 900; daarna een bankrekening (circa € 10 per maand).
- **Wanneer:** voor een blijvend doel met subsidies, fondsen of giften, en een vaste groep
  die het werk draagt. Fondsen vragen vaak om een stichting.

## Vereniging

Leden vormen samen de vereniging; de ledenvergadering is het hoogste orgaan.

- **Aansprakelijkheid:** bij een vereniging met volledige rechtsbevoegdheid (notariële akte)
  is de vereniging aansprakelijk; bij een informele vereniging zijn de bestuurders dat.
- **KvK:** verplicht voor een vereniging met notariële akte.
- **Notaris:** nodig voor volledige rechtsbevoegdheid.
- **Kosten:** notaris ongeveer € 400 tot € 900, KvK ongeveer € 85.
- **Wanneer:** als veel buren mee willen beslissen en lid willen zijn, zoals bij een
  speeltuinvereniging of een bewonersvereniging.

## Coöperatie

Een vereniging die een bedrijf uitoefent voor haar leden, bijvoorbeeld zonnepanelen of een
buurtwinkel.

- **Aansprakelijkheid:** te kiezen in de statuten: W.A. (wettelijke aansprakelijkheid),
  B.A. (beperkt) of U.A. (uitgesloten). De meeste energiecoöperaties kiezen U.A.
- **KvK:** verplicht.
- **Notaris:** verplicht.
- **Kosten:** notaris ongeveer € 600 tot € 1.200, KvK ongeveer € 85; vaak ook een accountant.
- **Wanneer:** als leden samen iets produceren of inkopen en de opbrengst willen delen.

## Welke past bij u?

| Uw situatie | Past vaak |
|---|---|
| Eenmalig feest, weinig geld | Informeel collectief |
| Vast doel, fondsen en subsidies | Stichting |
| Veel buren die mee willen beslissen | Vereniging |
| Samen energie opwekken of inkopen | Coöperatie |

Twijfelt u? Het participatiepunt bespreekt het graag met u, zonder kosten.
"""

SUBSIDIEWIJZER = """\
Een overzicht van regelingen die initiatieven in onze gemeente vaak gebruiken. Bedragen en
data gelden voor 2027.

## Wijkbudget

- **Voor wie:** bewoners en bewonersgroepen van een wijk of dorp, ook zonder rechtsvorm.
- **Hoeveel:** tot € 1.500 per activiteit; tot € 5.000 voor plannen die de wijk langer
  versterken.
- **Aanvragen tot:** doorlopend; het gebiedsteam beslist binnen zes weken.

## Fonds Groene Buurt

- **Voor wie:** groepen van minstens drie huishoudens die een stuk openbaar groen gaan
  aanleggen of onderhouden.
- **Hoeveel:** tot € 7.500, met de helft aan eigen inzet (uren tellen mee).
- **Aanvragen tot:** 1 maart en 1 september 2027.

## Energie in de Buurt

- **Voor wie:** energiecoöperaties en stichtingen die buren helpen energie te besparen of
  op te wekken.
- **Hoeveel:** tot € 20.000 voor voorbereiding (haalbaarheid, juridisch advies).
- **Aanvragen tot:** 15 mei 2027.

## Meedoen en Ontmoeten

- **Voor wie:** stichtingen en verenigingen die ontmoeting organiseren voor mensen die
  minder makkelijk meedoen.
- **Hoeveel:** tot € 10.000 per jaar.
- **Aanvragen tot:** 1 november 2027, voor activiteiten in 2028.

Let op: bij grotere bedragen vragen fondsen een begroting en een rekeningnummer op naam van
een stichting of vereniging. Zie de
[rechtsvorm wijzer](/kennisbank/categorie/rechtsvorm/) in de kennisbank.
"""

BUREN = """\
Een initiatief slaagt vaker als u vroeg praat met de mensen die er iets van merken.

## Wie zijn uw belanghebbenden?

- Directe buren en mensen die er dagelijks langskomen
- Mensen die hinder kunnen ervaren (geluid, parkeren, uitzicht)
- De ‘onverwachte’ betrokkenen: jongeren, ouderen, ondernemers, de school

## Zo pakt u het aan

1. Maak een lijst en vraag bij elke naam: wat is hun belang?
2. Ga langs of nodig uit voor een kop koffie, liever dan alleen een brief.
3. Schrijf op wat u hoort en wat u ermee doet, en laat dat weten.
"""

VERGUNNINGEN = """\
Voor veel activiteiten in de openbare ruimte hebt u toestemming nodig.

- **Buurtfeest op straat:** een melding volstaat tot 250 bezoekers, minstens vier weken vooraf.
- **Iets plaatsen in het openbaar groen** (bankje, moestuinbak): overleg met groenbeheer;
  vaak is een gebruiksovereenkomst genoeg.
- **Bouwwerken hoger dan 1 meter:** meestal een omgevingsvergunning.

Het participatiepunt zoekt met u uit wat er voor uw plan nodig is.
"""

PAGINAS = [
    (Categorie.RECHTSVORM, "Rechtsvorm wijzer: stichting, vereniging, coöperatie of informeel?",
     "Welke rechtsvorm past bij uw initiatief? Aansprakelijkheid, KvK, notaris en kosten "
     "naast elkaar.", RECHTSVORMWIJZER),
    (Categorie.SUBSIDIE, "Subsidiewijzer: regelingen voor initiatieven",
     "Welke regelingen zijn er, voor wie, hoeveel en tot wanneer kunt u aanvragen?",
     SUBSIDIEWIJZER),
    (Categorie.SAMENWERKEN, "Buren en belanghebbenden betrekken",
     "Wie merkt iets van uw plan en hoe betrekt u hen op tijd?", BUREN),
    (Categorie.REGELS, "Vergunningen voor activiteiten in de buitenruimte",
     "Een buurtfeest, een bankje of een moestuinbak: wat moet u regelen?", VERGUNNINGEN),
]  # fmt: skip


def load(accounts):
    gemeente = standaardgemeente()
    if gemeente is None:
        return
    for categorie, titel, samenvatting, tekst in PAGINAS:
        if Pagina.objects.filter(gemeente=gemeente, titel=titel).exists():
            continue
        services.maak_pagina(
            gemeente=gemeente,
            door=accounts.get("medewerker"),
            categorie=categorie,
            titel=titel,
            samenvatting=samenvatting,
            tekst=tekst,
        )
