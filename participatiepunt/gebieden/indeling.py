"""The gemeente Groningen as an installation starts with it: the standaardgemeente and its
gebieden with their wijken and dorpen. The migrations create it; the demo creates it again
where a test flushed the tables."""

GRONINGEN = {
    "naam": "Groningen",
    "slug": "groningen",
    "is_standaard": True,
    "adres": "Stadhuis, Grote Markt 1, 9711 LV Groningen",
    "postadres": "Postbus 30026, 9700 RM Groningen",
    "telefoon": "14 050",
    "email": "participatiepunt@participatiepunt.local",
    "openingstijden": "Maandag tot en met vrijdag 9.00–17.00 uur; donderdag tot 20.00 uur",
    "verordening_titel": "Participatieverordening gemeente Groningen 2025",
    "praatplaat_editie": "Gronings model, praatplaat 2024",
}


GEBIEDEN = {
    "Centrum": {
        "wijken": [
            "Binnenstad",
            "Hortusbuurt-Ebbingekwartier",
            "Stationsgebied",
            "Binnenstad-Oost",
        ],
        "dorpen": [],
    },
    "Oude Wijken": {
        "wijken": [
            "Schildersbuurt",
            "Oranjebuurt",
            "Noorderplantsoenbuurt",
            "Kostverloren",
            "Zeeheldenbuurt",
            "Korrewegwijk",
            "De Hoogte",
            "Indische Buurt",
            "Oosterparkwijk",
            "Oosterpoort",
            "Herewegbuurt",
            "Rivierenbuurt",
        ],
        "dorpen": [],
    },
    "Noord": {
        "wijken": ["Selwerd", "Paddepoel", "Tuinwijk", "Zernike", "Vinkhuizen"],
        "dorpen": [],
    },
    "Oost": {
        "wijken": ["Beijum", "Lewenborg", "Ulgersmaborg", "Meerstad", "Drielanden", "Euvelgunne"],
        "dorpen": ["Noorddijk", "Engelbert", "Middelbert", "Oosterhoogebrug"],
    },
    "West": {
        "wijken": ["Reitdiep", "De Held", "Gravenburg", "Buitenhof"],
        "dorpen": ["Hoogkerk", "Dorkwerd", "Leegkerk", "Den Horn"],
    },
    "Zuid": {
        "wijken": [
            "Helpman",
            "Corpus den Hoorn",
            "De Wijert",
            "Hoornse Park",
            "Coendersborg",
            "Van Swieten",
            "Piccardthof",
            "Laanhuizen",
            "Villabuurt",
            "De Linie",
        ],
        "dorpen": [],
    },
    "Haren": {
        "wijken": ["Haren-Noord", "Haren-Zuid"],
        "dorpen": ["Glimmen", "Onnen", "Noordlaren", "Essen", "Harenermolen", "Felland"],
    },
    "Ten Boer": {
        "wijken": [],
        "dorpen": [
            "Ten Boer",
            "Garmerwolde",
            "Thesinge",
            "Ten Post",
            "Woltersum",
            "Sint Annen",
            "Winneweer",
            "Wittewierum",
            "Lellens",
        ],
    },
}
