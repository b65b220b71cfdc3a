"""Uploads cannot exhaust a worker (issue 14): a zip bomb is judged from its directory and read
bounded, a body over the limit never reaches memory or disk, and attachments have a quota per
initiative and per account. Each refusal is said in Dutch at the field."""

import io
import os
import struct
import tracemalloc
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import FileUploadHandler
from django.urls import reverse

from initiatieven.models import Bijlage
from initiatieven.uploads import ZIP_MAX_LEDEN, controleer_bijlage
from tests.factories.initiatieven import BijlageFactory, InitiatiefFactory

pytestmark = pytest.mark.django_db

ODF_TEKST = b"application/vnd.oasis.opendocument.text"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
MB = 1024 * 1024


def _odt_bom(megabytes: int) -> bytes:
    """A real zip bomb: an .odt whose mimetype member inflates to `megabytes` of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archief:
        with archief.open("mimetype", "w") as lid:
            lid.write(ODF_TEKST)
            nullen = bytes(MB)
            for _ in range(megabytes):
                lid.write(nullen)
        archief.writestr("content.xml", b"<x/>")
    return buffer.getvalue()


def _liegend(bom: bytes, naam=b"mimetype", grootte=40) -> bytes:
    """The same bomb with a directory that says the member is small (its sizes patched)."""
    data = bytearray(bom)
    for handtekening, plek in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(handtekening, start)) != -1:
            naam_plek = start + (30 if plek == 22 else 46)
            if data[naam_plek : naam_plek + len(naam)] == naam:
                struct.pack_into("<I", data, start + plek, grootte)
            start += 4
    return bytes(data)


def _piek_bij_controle(naam: str, inhoud: bytes):
    upload = SimpleUploadedFile(naam, inhoud)
    tracemalloc.start()
    try:
        controleer_bijlage(upload)
    except Exception as fout:  # noqa: BLE001 - the test looks at the refusal below
        resultaat = fout
    else:
        resultaat = None
    piek = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return resultaat, piek


def test_a_zip_bomb_is_refused_without_unpacking_it():
    bom = _odt_bom(300)
    assert len(bom) < 2 * MB
    fout, piek = _piek_bij_controle("notitie.odt", bom)
    assert fout is not None and "onredelijke grootte" in str(fout)
    assert piek < 5 * MB


def test_a_bomb_that_lies_about_its_size_is_read_bounded():
    fout, piek = _piek_bij_controle("notitie.odt", _liegend(_odt_bom(300)))
    assert fout is not None
    assert piek < 5 * MB


def test_a_bomb_hidden_among_members_that_do_not_compress_is_refused():
    """The whole archive unpacks to less than 100 times its size; one member does not."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archief:
        archief.writestr("mimetype", ODF_TEKST, compress_type=zipfile.ZIP_STORED)
        archief.writestr("Pictures/foto.png", os.urandom(3 * MB), compress_type=zipfile.ZIP_STORED)
        with archief.open("content.xml", "w") as lid:
            for _ in range(200):
                lid.write(bytes(MB))
    fout, _ = _piek_bij_controle("notitie.odt", buffer.getvalue())
    assert fout is not None and "onredelijke grootte" in str(fout)


def test_a_zip_with_too_many_members_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archief:
        archief.writestr("[Content_Types].xml", b"<Types/>")
        archief.writestr("word/document.xml", b"<w:document/>")
        for nummer in range(ZIP_MAX_LEDEN):
            archief.writestr(f"word/media/{nummer}.xml", b"")
    fout, _ = _piek_bij_controle("brief.docx", buffer.getvalue())
    assert fout is not None


@pytest.fixture
def concept(inwoner):
    return InitiatiefFactory(concept=True, indiener=inwoner)


def _upload(client, initiatief, naam, inhoud):
    url = reverse("initiatieven:stap", args=[initiatief.pk, 5])
    return client.post(url, {"bestand": SimpleUploadedFile(naam, inhoud), "actie": "uploaden"})


def test_the_bomb_is_refused_at_the_field(client, inwoner, concept):
    client.force_login(inwoner)
    antwoord = _upload(client, concept, "notitie.odt", _odt_bom(50))
    assert antwoord.status_code == 200
    assert "onredelijke grootte" in antwoord.text
    assert not Bijlage.objects.exists()


class Teller(FileUploadHandler):
    """Stands where Django's memory and disk handlers stand: counts what reaches them."""

    ontvangen = 0

    def receive_data_chunk(self, raw_data, start):
        Teller.ontvangen += len(raw_data)
        return raw_data

    def file_complete(self, file_size):
        return None


@pytest.fixture
def teller(settings):
    settings.FILE_UPLOAD_HANDLERS = [
        settings.FILE_UPLOAD_HANDLERS[0],
        "tests.initiatieven.test_uploadgrens.Teller",
        *settings.FILE_UPLOAD_HANDLERS[1:],
    ]
    Teller.ontvangen = 0
    return Teller


@pytest.mark.parametrize("velden_max", [10_000, 200_000], ids=["content-length", "stroom"])
def test_a_body_over_the_limit_never_reaches_memory_or_disk(
    client, inwoner, concept, settings, teller, velden_max
):
    """Over the limit by its Content-Length: nothing is passed on; within it by the header but
    over it in the stream: at most the limit."""
    settings.UPLOAD_MAX_BYTES, settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100_000, velden_max
    client.force_login(inwoner)
    antwoord = _upload(client, concept, "plan.pdf", PDF + bytes(250_000))
    assert antwoord.status_code == 200
    assert "het mag hoogstens 97,7\xa0KB zijn" in antwoord.text
    assert 'name="bestand"' in antwoord.text
    assert not Bijlage.objects.exists()
    verwacht = 0 if velden_max == 10_000 else settings.UPLOAD_MAX_BYTES
    assert teller.ontvangen <= verwacht


def test_a_file_within_the_limit_passes_whole(client, inwoner, concept, teller):
    client.force_login(inwoner)
    assert _upload(client, concept, "plan.pdf", PDF).status_code == 302
    assert teller.ontvangen == len(PDF)


def test_quota_per_initiative(client, inwoner, concept, settings):
    settings.UPLOAD_QUOTUM_INITIATIEF = 1000
    BijlageFactory(initiatief=concept, grootte=990)
    client.force_login(inwoner)
    antwoord = _upload(client, concept, "plan.pdf", PDF)
    assert "Bij dit initiatief staat al 990\xa0bytes aan bijlagen" in antwoord.text
    assert Bijlage.objects.count() == 1


def test_quota_per_account_over_all_its_initiatives(client, inwoner, concept, settings):
    settings.UPLOAD_QUOTUM_ACCOUNT = 1000
    BijlageFactory(initiatief=InitiatiefFactory(concept=True, indiener=inwoner), grootte=990)
    BijlageFactory(grootte=10**6)  # someone else's does not count
    client.force_login(inwoner)
    antwoord = _upload(client, concept, "plan.pdf", PDF)
    assert "Bij al uw initiatieven samen staat al 990\xa0bytes" in antwoord.text
    settings.UPLOAD_QUOTUM_ACCOUNT = 2000
    assert _upload(client, concept, "plan.pdf", PDF).status_code == 302
