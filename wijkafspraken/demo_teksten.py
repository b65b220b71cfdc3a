"""Invented demo answers to the praatplaat (edition 2021), per wijk, in question order: each
wijk its own (Thesinge a wierdedorp with a dorpsbudget, Lewenborg a wijk of the seventies in
Oost, Garmerwolde a dorp between the Eemskanaal and the waterzuivering). Invented but plausible;
no real organisations or people."""

THESINGE = {
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

LEWENBORG = {
    "b1.dna": "Een wijk uit de jaren zeventig aan de oostkant van de stad, met hoogbouw rond het "
    "winkelcentrum, eengezinswoningen in woonerven en veel groen richting Kardinge. Er wonen "
    "mensen met meer dan zestig nationaliteiten; veel jonge gezinnen en een groeiende groep "
    "ouderen. Het buurthuis en de moestuinen zijn de plekken waar mensen elkaar treffen.",
    "b2.samenwerking": "De wijkraad praat maandelijks met het gebiedsteam Oost. Bewoners van de "
    "flats doen nog weinig mee; daar willen we de komende tijd op inzetten.",
    "k.zeggenschap.1": "Over de inrichting van de woonerven en het groen willen bewoners het "
    "voortouw nemen; over het winkelcentrum en de verkeersaanpak denken we mee.",
    "b2.wie_wat": "De wijkraad jaagt aan en brengt bewoners bij elkaar, het gebiedsteam zorgt "
    "dat de juiste ambtenaren aan tafel zitten. Wie wat uitvoert, spreken we per project af.",
}

GARMERWOLDE = {
    "b1.dna": "Een lintdorp langs de oude weg naar Ten Boer, tussen het Eemskanaal en de "
    "waterzuivering. Rond de kerk en de school kent men elkaar; de versterking van huizen na "
    "de aardbevingen houdt veel inwoners al jaren bezig.",
    "b2.samenwerking": "Dorpsbelangen spreekt twee keer per jaar met het gebiedsteam Ten Boer; "
    "de wijkwethouder komt op de jaarvergadering.",
    "k.zeggenschap.1": "Het dorp adviseert over alles wat het dorp aangaat, zoals de "
    "versterkingsaanpak en het onderhoud van de dijk; de raad beslist.",
    "b2.wie_wat": "Dorpsbelangen verzamelt wat er leeft en brengt advies uit; het gebiedsteam "
    "zegt binnen zes weken wat ermee gebeurt.",
    "k.stem.2": "Een enquête huis aan huis en een koffieochtend in de kerk voor wie niet op "
    "avonden komt.",
    "k.stem.3": "De jaarvergadering, de enquête en het spreekuur van Dorpsbelangen.",
    "k.transparantie.1": "Het dorpsblad en het prikbord bij de supermarkt.",
    "k.transparantie.4": "Wanneer de raad besluit, staat in het dorpsblad zodra de agenda van "
    "de raad bekend is.",
    "b3.waarden": "We letten vooral op of iedereen gehoord wordt, ook de mensen in de "
    "buitengebieden.",
    "k.zeggenschap.2": "Het bestuur van Dorpsbelangen stelt de agenda op; leden kunnen punten "
    "inbrengen tot een week voor de vergadering.",
    "b4.organisatorisch": "Vijf vrijwilligers in het bestuur; voor grotere vragen huren we via "
    "het gebiedsteam een procesbegeleider in.",
    "b4.planvorming": "Adviezen gaan via het gebiedsteam naar het college; Dorpsbelangen volgt "
    "ze tot het besluit.",
    "k.transparantie.5": "Op de jaarvergadering vertelt het bestuur wat er met de adviezen is "
    "gebeurd.",
    "k.transparantie.6": "Twee leden van Dorpsbelangen die geen bestuursfunctie hebben.",
    "k.stem.6": "Het bestuur volgt eens per jaar een avond van het participatiepunt.",
    "k.stem.1": "Wie niet kan komen, kan schriftelijk reageren op de enquête.",
    "k.stem.4": "Een afwijkend geluid staat apart in het advies.",
    "k.gesprek.5": "Het bestuur weegt de reacties en schrijft het advies; de jaarvergadering "
    "stemt ermee in.",
    "b4.financieel": "Een klein budget van Dorpsbelangen voor activiteiten; geen dorpsbudget.",
    "k.transparantie.2": "Het gebiedsteam deelt elk jaar wat er in Garmerwolde is uitgegeven.",
    "k.transparantie.3": "Op de website van Dorpsbelangen staat hoe een advies tot stand komt.",
}

ANTWOORDEN = {"thesinge": THESINGE, "lewenborg": LEWENBORG, "garmerwolde": GARMERWOLDE}
