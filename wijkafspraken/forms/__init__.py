from .afspraken import AfspraakForm, StatusForm
from .antwoorden import AntwoordenForm
from .gegevens import ArchetypeFormSet, DeelnemerFormSet, GegevensForm
from .vaststellen import EvaluatieForm, VaststellenForm

__all__ = [
    "AfspraakForm",
    "AntwoordenForm",
    "ArchetypeFormSet",
    "DeelnemerFormSet",
    "EvaluatieForm",
    "GegevensForm",
    "StatusForm",
    "VaststellenForm",
]
