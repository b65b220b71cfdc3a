from .afspraken import AfspraakForm, StatusForm
from .antwoorden import AntwoordenForm
from .bewonersorganisaties import BewonersorganisatieForm
from .gegevens import ArchetypeFormSet, DeelnemerFormSet, GegevensForm
from .meelezen import OpmerkingForm
from .raad import OverdrachtForm, RaadForm
from .vaststellen import EvaluatieForm, VaststellenForm

__all__ = [
    "AfspraakForm",
    "AntwoordenForm",
    "BewonersorganisatieForm",
    "ArchetypeFormSet",
    "DeelnemerFormSet",
    "EvaluatieForm",
    "GegevensForm",
    "OpmerkingForm",
    "OverdrachtForm",
    "RaadForm",
    "StatusForm",
    "VaststellenForm",
]
