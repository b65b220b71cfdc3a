"""Edition 2021: the praatplaat as printed in "Het Gronings model voor wijk- en dorpsdemocratie"
(seed 001), word for word. Never edit a question's text or key here: add a new edition instead."""

from .types import Archetype, Editie, Onderdeel, Vraag

ARCHETYPEN = (
    Archetype(
        1,
        "Adviseren en inspreken",
        "Dit model ligt het dichtst bij de aard van het huidige covenant met de "
        "bewonersorganisaties. Bewoners kunnen advies uitbrengen over de zaken die de wijk "
        "aangaan. En men kan uiteraard gebruik maken van de formele inspraakmogelijkheden. "
        "Hierbij telt dan minder zwaar namens wie de betrokkenen spreken en of de hele wijk/dorp "
        "daarvoor geraadpleegd is. De status is ook helder: advies. College en raad betrekken de "
        "adviezen bij hun afwegingen, maar zullen zelf ook moeite doen meer geluiden uit de "
        "wijk/dorp bij de afwegingen te betrekken. In dit archetype blijft de zeggenschap over de "
        "wijk/dorp primair bij de raad liggen. En wordt dit bestendigd met het vaststellen van de "
        "gemeentebegroting en het gebiedsprogramma.",
    ),
    Archetype(
        2,
        "Aanjagen en initiëren",
        "In dit archetype nemen (collectieven van) wijkbewoners het voortouw in het aanjagen van "
        "het gesprek over (onderdelen van) de wijkagenda. Ze agenderen, benoemen en analyseren "
        "vraagstukken die spelen, brengen mensen bijeen, mobiliseren en ontwikkelen initiatieven. "
        "De gemeente (gebiedsteams) sluit hierbij aan en ondersteunt dit proces waar gewenst. De "
        "gemeente draagt er zorg voor dat de gewenste expertise aan tafel komt en doet mee in door "
        "de wijk of in co-productie georganiseerde processen en vertaalt zonedig naar de "
        "uitvoering. Zo wordt gezamenlijk een zo breed mogelijk gedragen gebiedsprogramma "
        "ontwikkeld en uitgevoerd.",
    ),
    Archetype(
        3,
        "Verdelen en besluiten",
        "In dit model heeft de wijk of het dorp de zeggenschap over (delen van) de wijk- en "
        "dorpsagenda (dat geldt niet voor wijk- of dorpsoverstijgende vraagstukken) of over "
        "specifieke thema's. Dat stelt stevige eisen aan de democratische kwaliteit van het "
        "proces en de organisatie in de wijk. Daarover worden met de gemeente afspraken gemaakt, "
        "zodat de gemeente in vertrouwen de zeggenschap aan de wijk kan laten. De wijk/het dorp "
        "legt hierover aan gemeente en aan wijk/dorp verantwoording af.",
    ),
)

BOUWSTENEN = (
    Onderdeel(
        "b1",
        "1 DNA: het eigene van de wijk/dorp",
        "bouwsteen",
        (
            Vraag(
                "b1.dna",
                "Wat is het eigene, 'het DNA' van onze wijk/dorp, waar vanuit we samenwerken? "
                "Hoe kan de gemeente daarbij aansluiten?",
            ),
        ),
    ),
    Onderdeel(
        "b2",
        "2 Zeggenschap en rol- en taakverdeling",
        "bouwsteen",
        (
            Vraag(
                "b2.samenwerking",
                "Hoe werken we samen met raad, college, ambtenaren, bewoners, organisaties, "
                "ondernemers, belanghebbenden? Wie zit wanneer aan tafel?",
            ),
            Vraag(
                "b2.wie_wat",
                "Wie, wat, waar, wanneer, waarom en hoe? Dit (samen denken, beslissen, doen en "
                "leren) kan variëren per onderwerp en fase (voorbereiding, uitvoering en "
                "evaluatie) waarin het zich bevindt.",
            ),
        ),
        toelichting="Inclusief de rol van de gemeenteraad: sturen op inhoud of sturen op proces "
        "(vastgelegd bij de deelnemers en archetypen).",
    ),
    Onderdeel(
        "b3",
        "3 Democratische waarden",
        "bouwsteen",
        (
            Vraag(
                "b3.waarden",
                "Hoe zorgen we voor transparantie, inclusie, efficiency, deliberatie, "
                "democratische vaardigheden en zeggenschap (zie de vragen in het kompas voor "
                "wijkdemocratie).",
            ),
        ),
    ),
    Onderdeel(
        "b4",
        "4 Realisatiekracht",
        "bouwsteen",
        (
            Vraag("b4.financieel", "Hoeveel geld is er? Is de begroting inzichtelijk?"),
            Vraag(
                "b4.organisatorisch",
                "Wie doet wat? Hoe is de gemeente en hoe is de wijk/dorp georganiseerd?",
            ),
            Vraag(
                "b4.planvorming",
                "Hoe ziet ons proces eruit? Wie regisseert, organiseert, beslist en voert uit?",
            ),
        ),
        toelichting="Financieel · Organisatorisch · Planvorming & uitvoering",
    ),
    Onderdeel(
        "b5",
        "5 Samen leren",
        "bouwsteen",
        (
            Vraag(
                "b5.samen_leren",
                "Hoe zorgen we voor omgeving waarin we constructief samenwerken en samen leren? "
                "Hoe betrekken we kennis van binnen en buiten de wijk.",
            ),
        ),
    ),
)

KOMPAS = (
    Onderdeel(
        "k.transparantie",
        "Kompas: transparantie",
        "kompas",
        (
            Vraag(
                "k.transparantie.1",
                "Welke informatie is nodig en gewenst? Hoe zorgen we voor de goede informatie? "
                "Welke communicatie(-middelen) gebruiken we?",
            ),
            Vraag(
                "k.transparantie.2",
                "Hoe hebben en geven we inzicht in het geld dat rondgaat in de wijk en dorp?",
            ),
            Vraag(
                "k.transparantie.3",
                "Hoe maken we zichtbaar hoe het proces rondom de verdeling van (gemeentelijk) "
                "geld en beslissingen over beleid in elkaar steekt?",
            ),
            Vraag(
                "k.transparantie.4",
                "Hoe maken we zichtbaar wanneer en hoe er in dit proces besluiten worden genomen?",
            ),
            Vraag(
                "k.transparantie.5",
                "Hoe verantwoordt we aan gemeentebestuur en aan de bewoners van de wijk/dorp?",
            ),
            Vraag("k.transparantie.6", "Wie bewaakt de democratische kwaliteit van het proces?"),
        ),
    ),
    Onderdeel(
        "k.gesprek",
        "Kompas: het goede gesprek (deliberatie en efficiency)",
        "kompas",
        (
            Vraag(
                "k.gesprek.1",
                "Wat maakt een dorp democratisch? Hoe kan iedereen invloed uitoefenen op zijn "
                "leefomgeving op wijk- en dorpsniveau?",
            ),
            Vraag(
                "k.gesprek.2",
                "Hoe zorgen we voor een eerlijk, open gesprek met alle belanghebbenden?",
            ),
            Vraag(
                "k.gesprek.3",
                "Hoe organiseren we 'een goed gesprek' waarin deelnemers meer begrip voor "
                "verschillende perspectieven krijgen?",
            ),
            Vraag("k.gesprek.4", "Hoe draagt het gesprek bij aan constructieve samenwerking?"),
            Vraag(
                "k.gesprek.5",
                "Hoe zorgen we ervoor dat we besluiten kunnen nemen die worden gedragen door "
                "alle betrokkenen?",
            ),
            Vraag(
                "k.gesprek.6",
                "Hoeveel geld, tijd en energie vraagt het? Weegt de investering op tegen de "
                "opbrengst (voor inwoners, ondernemers, belanghebbenden)?",
            ),
        ),
    ),
    Onderdeel(
        "k.zeggenschap",
        "Kompas: zeggenschap",
        "kompas",
        (
            Vraag(
                "k.zeggenschap.1",
                "Waar kunnen en willen de bewoners over adviseren, aan meedelen en over "
                "(mee-)beslissen? (bijv. de wijk-agenda, stedelijke vraagstukken, specifieke "
                "thema's)",
            ),
            Vraag(
                "k.zeggenschap.2",
                "Hoe is (het delen van) zeggenschap en eigenaarschap over de agenda van de eigen "
                "wijk of dorp geregeld? Wie zet de agenda?",
            ),
        ),
    ),
    Onderdeel(
        "k.stem",
        "Kompas: ieders stem telt (inclusie en democratische vaardigheden)",
        "kompas",
        (
            Vraag(
                "k.stem.1",
                "Hoe laten we iedereen stem tellen? Als niet iedereen meedoet: Wie representeert "
                "diegene(n)? Handelt die formeel namens de ander (na het uitbrengen van een stem, "
                "geven van mandaat, lidmaatschap o.i.d.)? Herkent de vertegenwoordigde zich in "
                "zijn vertegenwoordiger? Zijn alle groepen goed vertegenwoordigd? Worden de "
                "belangen van iedereen goed vertegenwoordigd?",
            ),
            Vraag(
                "k.stem.2",
                "Hoe betrekken we zoveel mogelijk mensen/groepen bij denken, doen en beslissen? "
                "Hoe betrekken we bijzondere groepen, zoals niet vertegenwoordigde, afzijdige of "
                "boze inwoners? Hoe zorgen we dat zij zich gehoord weten? Hebben we aandacht voor "
                "jongeren, verschillende culturen, lager opgeleiden, 'stille groepen'?",
            ),
            Vraag(
                "k.stem.3",
                "Welke vormen passen het beste om bewoners mee te laten doen en praten? Om te "
                "bouwen aan draagvlak en eigenaarschap? Denk aan digitale wijkpanels, "
                "straatberaden, inloopmarkten, kampeurbijeenkomsten, online participatie, loting, "
                "buurtbijeenkomsten. (zie Groninger participatieboek en de evaluaties van de "
                "experimenten)",
            ),
            Vraag(
                "k.stem.4",
                "Hoe gaan we om met afwijkende meningen en de mening van de minderheid? Hoe kan "
                "het minderheidsstandpunt een plek krijgen in het besluit?",
            ),
            Vraag(
                "k.stem.5",
                "Hoe gaan we om met verschillen tussen bijv. hoog- en laagopgeleide mensen, "
                "mensen van verschillende generaties of mensen uit verschillende culturen of "
                "andere verschillen?",
            ),
            Vraag(
                "k.stem.6",
                "Is iedereen voldoende toegerust om mee te kunnen doen en verantwoordelijkheid "
                "te dragen? Wat is daar extra voor nodig?",
            ),
        ),
    ),
)

EDITIE = Editie(
    id="2021",
    naam="Gronings model voor wijk- en dorpsdemocratie (2021)",
    archetypen=ARCHETYPEN,
    onderdelen=BOUWSTENEN + KOMPAS,
)
