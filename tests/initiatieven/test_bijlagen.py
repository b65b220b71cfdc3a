"""Attachments: judged by content, size-limited, served only to who may see them."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from initiatieven.models import Bijlage
from tests.factories.initiatieven import InitiatiefFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
EXE = b"MZ\x90\x00" + b"\x00" * 64


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


DOCX = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
XLSX = _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
ODT = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"})
FAKE_DOCX = _zip({"[Content_Types].xml": b"<Types/>", "evil.js": b"alert(1)"})


@pytest.fixture
def concept(inwoner):
    return InitiatiefFactory(concept=True, indiener=inwoner)


def _upload(client, initiatief, name, content):
    url = reverse("initiatieven:stap", args=[initiatief.pk, 5])
    bestand = SimpleUploadedFile(name, content)
    return client.post(url, {"bestand": bestand, "actie": "uploaden"})


@pytest.mark.parametrize(
    "name,content",
    [
        ("plan.pdf", PDF),
        ("foto.png", PNG),
        ("brief.docx", DOCX),
        ("begroting.xlsx", XLSX),
        ("notitie.odt", ODT),
    ],
)
def test_accepted_by_content(client, inwoner, concept, name, content):
    client.force_login(inwoner)
    response = _upload(client, concept, name, content)
    assert response.status_code == 302
    assert Bijlage.objects.get(initiatief=concept).naam == name


@pytest.mark.parametrize(
    "name,content,reden",
    [
        ("plan.pdf", EXE, "geen toegestaan bestandstype"),
        ("virus.exe", EXE, "geen toegestaan bestandstype"),
        ("foto.pdf", PNG, "past niet bij de inhoud"),
        ("brief.docx", FAKE_DOCX, "niet wat de naam zegt"),
        ("brief.docx", PDF, "past niet bij de inhoud"),
        ("notitie.txt", b"gewoon tekst", "geen toegestaan bestandstype"),
    ],
)
def test_disguised_uploads_are_refused_with_the_reason(
    client, inwoner, concept, name, content, reden
):
    client.force_login(inwoner)
    response = _upload(client, concept, name, content)
    assert response.status_code == 200
    assert reden in response.content.decode()
    assert not Bijlage.objects.exists()


def test_oversized_upload_is_refused(client, inwoner, concept, settings):
    settings.UPLOAD_MAX_BYTES = 1024
    client.force_login(inwoner)
    response = _upload(client, concept, "plan.pdf", PDF + b"0" * 2048)
    assert "het mag hoogstens 1,0" in response.content.decode()
    assert not Bijlage.objects.exists()


def test_served_as_attachment_only_to_who_may_see_it(client, inwoner, concept, medewerker):
    client.force_login(inwoner)
    _upload(client, concept, "plan.pdf", PDF)
    bijlage = Bijlage.objects.get()
    url = reverse("initiatieven:bijlage", args=[concept.pk, bijlage.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content) == PDF
    assert "initiatieven/bijlagen/" in bijlage.bestand.name and "plan" not in bijlage.bestand.name
    client.force_login(medewerker)
    assert client.get(url).status_code == 404  # a draft is the resident's alone
    concept.status = "in_gesprek"
    concept.save()
    assert client.get(url).status_code == 200
    client.logout()
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(InitiatiefFactory().indiener)
    assert client.get(url).status_code == 404


def test_remove_an_attachment(client, inwoner, concept):
    client.force_login(inwoner)
    _upload(client, concept, "plan.pdf", PDF)
    bijlage = Bijlage.objects.get()
    client.post(reverse("initiatieven:bijlage_verwijderen", args=[concept.pk, bijlage.pk]))
    assert not Bijlage.objects.exists()
