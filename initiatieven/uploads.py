"""Attachments are judged by their content, not by their name."""

import zipfile
from pathlib import Path

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Sum
from django.template.defaultfilters import filesizeformat

# Detected MIME type -> the extensions a file of that kind may carry.
TOEGESTAAN = {
    "application/pdf": {".pdf"},
    "image/jpeg": {".jpg", ".jpeg"},
    "image/png": {".png"},
    "image/gif": {".gif"},
    "image/webp": {".webp"},
    "application/msword": {".doc"},
    "application/vnd.ms-excel": {".xls"},
    "application/vnd.ms-powerpoint": {".ppt"},
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {".docx"},
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {".xlsx"},
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": {".pptx"},
    "application/vnd.oasis.opendocument.text": {".odt"},
    "application/vnd.oasis.opendocument.spreadsheet": {".ods"},
    "application/vnd.oasis.opendocument.presentation": {".odp"},
}
# Zip-based office formats: the member that must be inside for the file to be what it claims.
OOXML_KERN = {
    ".docx": "word/document.xml",
    ".xlsx": "xl/workbook.xml",
    ".pptx": "ppt/presentation.xml",
}
ODF_MIMETYPE = {
    ".odt": b"application/vnd.oasis.opendocument.text",
    ".ods": b"application/vnd.oasis.opendocument.spreadsheet",
    ".odp": b"application/vnd.oasis.opendocument.presentation",
}
ZIP_MIME = {
    extensie: mime
    for mime, extensies in TOEGESTAAN.items()
    for extensie in extensies
    if extensie in OOXML_KERN or extensie in ODF_MIMETYPE
}
SOORTEN_TEKST = (
    "PDF, afbeeldingen (JPG, PNG, GIF, WebP) en kantoordocumenten "
    "(Word, Excel, PowerPoint, OpenDocument)"
)


# A zip-based document is judged from its central directory, never by unpacking it: at most
# this many members, unpacking to at most this many times its own size in all (declared
# sizes). Office files compress text about tenfold; a zip bomb a thousandfold or more.
ZIP_MAX_LEDEN = 2000
ZIP_MAX_VERHOUDING = 100
MIMETYPE_MAX = 100  # bytes read of an ODF's mimetype member, however large it says it is


ZIP_KLEIN_LID = 1024 * 1024  # a member this small may compress as well as it likes


def _lid_begrensd(lid) -> bool:
    return lid.file_size <= max(ZIP_KLEIN_LID, lid.compress_size * ZIP_MAX_VERHOUDING)


def _zip_begrensd(archief, grootte: int) -> bool:
    """By the declared sizes: the whole archive and each member (a bomb hidden among members
    that do not compress would pass a check of the whole alone)."""
    leden = archief.infolist()
    if len(leden) > ZIP_MAX_LEDEN or not all(map(_lid_begrensd, leden)):
        return False
    uitgepakt = sum(lid.file_size for lid in leden)
    return uitgepakt <= max(grootte, 1) * ZIP_MAX_VERHOUDING


def _odf_mimetype(archief) -> bytes:
    """The first bytes of the mimetype member: a bounded read, whatever its declared size
    (zipfile never inflates more than it is asked for)."""
    with archief.open("mimetype") as lid:
        return lid.read(MIMETYPE_MAX + 1)


def _zip_klopt(upload, extensie: str) -> bool:
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archief:
            if not _zip_begrensd(archief, upload.size):
                return False
            namen = set(archief.namelist())
            if extensie in OOXML_KERN:
                return "[Content_Types].xml" in namen and OOXML_KERN[extensie] in namen
            return "mimetype" in namen and _odf_mimetype(archief).strip() == ODF_MIMETYPE[extensie]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, OSError, EOFError, ValueError):
        return False
    finally:
        upload.seek(0)


def _herken(upload, extensie: str) -> str | None:
    upload.seek(0)
    soort = filetype.guess(upload.read(8192))
    upload.seek(0)
    if soort and soort.mime == "application/zip" and extensie in ZIP_MIME:
        # filetype only reads the first zip member; the zip check below decides.
        return ZIP_MIME[extensie]
    return soort.mime if soort else None


def controleer_bijlage(upload) -> str:
    """Return the detected MIME type, or raise a ValidationError that says why not."""
    if getattr(upload, "te_groot", False) or upload.size > settings.UPLOAD_MAX_BYTES:
        raise ValidationError(
            f"Dit bestand is {filesizeformat(upload.size)}; het mag hoogstens "
            f"{filesizeformat(settings.UPLOAD_MAX_BYTES)} zijn."
        )
    extensie = Path(upload.name).suffix.lower()
    mime = _herken(upload, extensie)
    if mime is None or mime not in TOEGESTAAN:
        raise ValidationError(
            "De inhoud van dit bestand is geen toegestaan bestandstype. "
            f"Toegestaan: {SOORTEN_TEKST}."
        )
    if extensie not in TOEGESTAAN[mime]:
        raise ValidationError(
            f"De naam van dit bestand ({extensie or 'zonder extensie'}) past niet bij de inhoud. "
            "Controleer of u het juiste bestand kiest."
        )
    if extensie in ZIP_MIME and not _zip_klopt(upload, extensie):
        raise ValidationError(
            "Dit kantoordocument is beschadigd, is niet wat de naam zegt of pakt uit tot een "
            "onredelijke grootte. Sla het opnieuw op in uw kantoorprogramma en probeer het "
            "nog eens."
        )
    return mime


def _in_gebruik(bijlagen, berichten) -> int:
    return (bijlagen.aggregate(totaal=Sum("grootte"))["totaal"] or 0) + (
        berichten.aggregate(totaal=Sum("bijlage_grootte"))["totaal"] or 0
    )


def controleer_quotum(upload, initiatief) -> None:
    """Attachments together (of the initiative and of the messages in its conversation) stay
    within UPLOAD_QUOTUM_INITIATIEF per initiative and UPLOAD_QUOTUM_ACCOUNT per account (all
    its initiatives)."""
    from .models import Bericht, Bijlage

    grenzen = [
        (
            Bijlage.objects.filter(initiatief=initiatief),
            Bericht.objects.filter(initiatief=initiatief),
            settings.UPLOAD_QUOTUM_INITIATIEF,
            "Bij dit initiatief",
        ),
        (
            Bijlage.objects.filter(initiatief__indiener_id=initiatief.indiener_id),
            Bericht.objects.filter(initiatief__indiener_id=initiatief.indiener_id),
            settings.UPLOAD_QUOTUM_ACCOUNT,
            "Bij al uw initiatieven samen",
        ),
    ]
    for bijlagen, berichten, grens, waar in grenzen:
        gebruikt = _in_gebruik(bijlagen, berichten)
        if gebruikt + upload.size > grens:
            raise ValidationError(
                f"{waar} staat al {filesizeformat(gebruikt)} aan bijlagen; samen mogen ze "
                f"hoogstens {filesizeformat(grens)} zijn. Verwijder eerst een bijlage die u "
                "niet meer nodig hebt, of kies een kleiner bestand."
            )
