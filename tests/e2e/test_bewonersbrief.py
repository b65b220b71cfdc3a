"""A bewonersbrief prints as an A4 PDF in Chromium: the letter only (no navigation), its QR
code, and it passes axe on screen."""

import re

import pytest

from tests.factories.accounts import UserFactory
from tests.factories.initiatieven import InitiatiefFactory, KadersVersieFactory, MijlpaalFactory

pytestmark = pytest.mark.e2e
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
A4_PUNTEN = (595, 842)  # 210 x 297 mm in PDF points


def test_staff_print_a_bewonersbrief_as_a4_pdf(page, browser_login):
    from axe_playwright_python.sync_playwright import Axe

    initiatief = InitiatiefFactory(in_gesprek=True, titel="Nieuwe speeltuin Oosterpoort")
    KadersVersieFactory(initiatief=initiatief, versie=1)
    MijlpaalFactory(initiatief=initiatief, titel="Inloopavond")
    browser_login(page, UserFactory(medewerker=True))
    page.goto(f"/initiatieven/{initiatief.pk}/beheer/")
    page.get_by_role("link", name="Bewonersbrief afdrukken").click()
    assert page.get_by_role("heading", name="Nieuwe speeltuin Oosterpoort").is_visible()
    assert page.locator("svg.qr-code path").count() == 1
    resultaat = Axe().run(page, options=WCAG)
    assert not resultaat.violations_count, resultaat.generate_report()

    page.emulate_media(media="print")
    assert not page.locator("p.no-print").is_visible()
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    assert pdf.startswith(b"%PDF")
    formaten = {
        tuple(round(float(g)) for g in m.groups())
        for m in re.finditer(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf)
    }
    assert formaten == {A4_PUNTEN}
    assert 1 <= len(re.findall(rb"/Type /Page\b", pdf)) <= 2
