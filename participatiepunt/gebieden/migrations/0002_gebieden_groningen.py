"""The gebieden of the gemeente Groningen with their wijken and dorpen (dorpen flagged)."""

from django.db import migrations
from django.utils.text import slugify

GEBIEDEN = {
    "Centrum": {
        "wijken": ["Binnenstad", "Hortusbuurt-Ebbingekwartier", "Stationsgebied", "Binnenstad-Oost"],
        "dorpen": [],
    },
    "Oude Wijken": {
        "wijken": [
            "Schildersbuurt", "Oranjebuurt", "Noorderplantsoenbuurt", "Kostverloren",
            "Zeeheldenbuurt", "Korrewegwijk", "De Hoogte", "Indische Buurt", "Oosterparkwijk",
            "Oosterpoort", "Herewegbuurt", "Rivierenbuurt",
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
            "Helpman", "Corpus den Hoorn", "De Wijert", "Hoornse Park", "Coendersborg",
            "Van Swieten", "Piccardthof", "Laanhuizen", "Villabuurt", "De Linie",
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
            "Ten Boer", "Garmerwolde", "Thesinge", "Ten Post", "Woltersum", "Sint Annen",
            "Winneweer", "Wittewierum", "Lellens",
        ],
    },
}


def load(apps, schema_editor):
    Gebied = apps.get_model("gebieden", "Gebied")
    Wijk = apps.get_model("gebieden", "Wijk")
    for naam, delen in GEBIEDEN.items():
        gebied, _ = Gebied.objects.get_or_create(naam=naam, defaults={"slug": slugify(naam)})
        for is_dorp, namen in ((False, delen["wijken"]), (True, delen["dorpen"])):
            for wijknaam in namen:
                Wijk.objects.get_or_create(
                    gebied=gebied,
                    naam=wijknaam,
                    defaults={"slug": slugify(wijknaam), "is_dorp": is_dorp},
                )


class Migration(migrations.Migration):
    dependencies = [("gebieden", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
