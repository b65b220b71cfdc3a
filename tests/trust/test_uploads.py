"""Uploads (built in initiatieven) checked from the outside: by content not by name, limited
in size, served only as attachments to whoever may see them (the URL matrix covers who)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from initiatieven.models import Bijlage
from tests.trust.crawl import client_for
from tests.trust.world import PDF, make_world

pytestmark = pytest.mark.django_db


def _upload(world, name, content):
    client = client_for(world.users["inwoner_a"])
    url = reverse("initiatieven:stap", kwargs={"pk": world.concept.pk, "nummer": 5})
    upload = SimpleUploadedFile(name, content, content_type="application/pdf")
    return client.post(url, {"bestand": upload, "actie": "uploaden"})


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("plan.pdf", b"<html><script>alert(1)</script></html>"),
        ("plan.pdf", b"MZ\x90\x00\x03\x00\x00\x00"),  # a Windows program
        ("foto.jpg", PDF[:4] + b"nep"),
    ],
)
def test_upload_with_wrong_content_is_refused_whatever_its_name(name, content):
    world = make_world()
    before = Bijlage.objects.count()
    response = _upload(world, name, content)
    assert response.status_code == 200
    assert "alert-danger" in response.content.decode() or "invalid-feedback" in (
        response.content.decode()
    )
    assert Bijlage.objects.count() == before


def test_too_large_upload_is_refused(settings):
    settings.UPLOAD_MAX_BYTES = 100
    world = make_world()
    before = Bijlage.objects.count()
    _upload(world, "plan.pdf", PDF + b"0" * 200)
    assert Bijlage.objects.count() == before


def test_a_good_pdf_is_stored_and_served_only_as_attachment():
    world = make_world()
    assert _upload(world, "plan.pdf", PDF).status_code == 302
    client = client_for(world.users["inwoner_a"])
    response = client.get(
        reverse(
            "initiatieven:bijlage", kwargs={"pk": world.openbaar.pk, "bijlage_pk": world.bijlage.pk}
        )
    )
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
