"""What the search finds in the kennisbank: the pages of the current gemeente and those shared
with it, by title, samenvatting and text (Pagina.zoekvector, GIN-indexed)."""

import re

from django.contrib.postgres.search import SearchRank
from django.db.models import F, TextField, Value
from django.db.models.functions import Concat

from participatiepunt.portal.zoeken import Bron, Treffer, gemarkeerd, markering

from .models import Pagina

# Markdown's marks say nothing in a fragment of a few lines.
_MARKDOWN = re.compile(r"[#*_|>`]+|\[|\]\([^)]*\)")


def zoek_paginas(request, vraag, limiet) -> list[Treffer]:
    qs = Pagina.objects.zichtbaar_in(request.gemeente).filter(zoekvector=vraag)
    qs = (
        qs.only("pk", "categorie")
        .annotate(
            rang=SearchRank(F("zoekvector"), vraag),
            titel_gemarkeerd=markering("titel", vraag, alles=True),
            fragment=markering(
                Concat("samenvatting", Value("\n"), "tekst", output_field=TextField()), vraag
            ),
        )
        .order_by("-rang", "pk")[:limiet]
    )
    return [
        Treffer(
            titel=gemarkeerd(p.titel_gemarkeerd),
            url=p.get_absolute_url(),
            fragment=gemarkeerd(_MARKDOWN.sub("", p.fragment)),
            rang=p.rang,
            kenmerken=(p.get_categorie_display(),),
        )
        for p in qs
    ]


BRONNEN = [Bron("kennisbank", "Kennisbank", zoek_paginas, volgorde=10)]
