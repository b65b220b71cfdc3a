"""Invented demo answers to the praatplaat (edition 2021), in question order."""

ANTWOORDEN = {
    "b1.dna": "Een klein wierdedorp waar iedereen elkaar kent. Veel mensen doen vrijwilligerswerk "
    "in het dorpshuis en bij de ijsbaan. De gemeente sluit aan door eerst te luisteren op de "
    "dorpsavond, niet door met kant-en-klare plannen te komen.",
    "b2.samenwerking": "De dorpsvereniging zit aan tafel bij het gebiedsteam; raadsleden en de "
    "wijkwethouder schuiven twee keer per jaar aan op de dorpsavond.",
    "k.zeggenschap.1": "Over het dorpsbudget beslist het dorp zelf; over stedelijke vraagstukken "
    "zoals het warmtenet adviseren we.",
    "b2.wie_wat": "De werkgroep bereidt voor, de dorpsavond beslist, het gebiedsteam voert samen "
    "met het dorp uit. Bij evaluatie schuift iedereen weer aan.",
    "k.stem.2": "Naast de dorpsavond een huis-aan-huisronde en een avond met de jongeren op de "
    "ijsbaan. We vragen nieuwe bewoners persoonlijk.",
    "k.stem.3": "Dorpsavonden, een digitaal dorpspanel en een inloopmiddag in het dorpshuis.",
    "k.transparantie.1": "Een vaste rubriek in de dorpskrant en een pagina op de dorpswebsite "
    "met alle besluiten.",
    "k.transparantie.4": "Besluiten over het dorpsbudget vallen op de openbare dorpsavond in "
    "maart en oktober; de data staan een half jaar vooruit vast.",
    "b3.waarden": "We gebruiken het kompas voor wijkdemocratie als agenda voor de jaarlijkse "
    "evaluatie.",
    "k.zeggenschap.2": "De dorpsvereniging zet de agenda, iedere inwoner kan een punt aandragen.",
    "b4.organisatorisch": "De dorpsvereniging organiseert, het gebiedsteam ondersteunt met "
    "kennis en netwerk; een onafhankelijke procesbegeleider zit de dorpsavond voor.",
    "b4.planvorming": "Ideeën in het voorjaar, keuze op de dorpsavond, uitvoering in de zomer, "
    "terugblik in het najaar.",
    "k.transparantie.5": "Elk jaar een verantwoording in de dorpskrant en aan het gebiedsteam: "
    "wat is besteed, aan wat, en wat leverde het op.",
    "k.transparantie.6": "Een commissie van drie inwoners die zelf geen budget aanvragen, met "
    "het gebiedsteam als vraagbaak.",
    "k.stem.6": "De werkgroep volgt de leergang democratisch vakmanschap; nieuwe leden krijgen "
    "een maatje.",
    "k.stem.1": "Wie niet komt, kan digitaal stemmen of een volmacht geven. Het dorpspanel wordt "
    "door loting samengesteld.",
    "k.stem.4": "Een minderheidsstandpunt komt met naam van de groep in het verslag en bij het "
    "besluit; bij grote verdeeldheid volgt een tweede avond.",
    "k.gesprek.5": "We zoeken eerst overeenstemming; lukt dat niet, dan stemt de dorpsavond "
    "met een gewone meerderheid.",
    "b4.financieel": "Er is een dorpsbudget van 40.000 euro per jaar; de begroting staat op de "
    "website.",
    "k.transparantie.2": "Het gebiedsteam levert een overzicht van wat de gemeente in het dorp "
    "besteedt.",
    "k.transparantie.3": "Een plaat in het dorpshuis toont het proces van idee tot besluit.",
}
