"""The participatieparagraaf of the demo traject prints on A4 (issue 17: "the
participatieparagraaf of a demo traject prints on A4"): Chromium's PDF of it, as the griffie
opens it, has A4 pages that hold its sections and none of the page's navigation."""

import re

import pytest

pytestmark = pytest.mark.e2e

A4_PUNTEN = (595.3, 841.9)  # 210 x 297 mm in PostScript points, as a PDF MediaBox says it


def _paginas(pdf: bytes) -> list[tuple[float, float]]:
    kaders = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    return [(float(b), float(h)) for b, h in kaders]


def _is_a4(maat) -> bool:
    # Chromium rounds the points up to whole ones (596 x 843); Letter would be 612 x 792.
    return all(abs(a - b) < 2 for a, b in zip(maat, A4_PUNTEN, strict=True))


def test_demo_participatieparagraaf_prints_on_a4(page, browser_login, tmp_path):
    from initiatieven import demo
    from initiatieven.models import Initiatief
    from participatiepunt.accounts import demo as account_demo

    accounts = account_demo.load()
    demo.load(accounts)
    traject = Initiatief.objects.get(titel="Herinrichting dorpsplein Oosterhoogebrug")
    browser_login(page, accounts["griffie"])
    page.goto(f"/initiatieven/{traject.pk}/participatieparagraaf/")
    page.emulate_media(media="print")
    assert page.locator(".site-header").first.is_hidden()
    for kop in [
        "Wie deden mee",
        "Wat is er met de inbreng gedaan",
        "Kaders per fase",
        "Heroverleg",
    ]:
        assert page.get_by_role("heading", name=kop).is_visible()
    assert "vastgesteld door de raad op" in page.inner_text("main")
    pdf = page.pdf(format="A4", print_background=False)
    paginas = _paginas(pdf)
    assert paginas and all(_is_a4(maat) for maat in paginas), paginas
    assert 1 <= len(paginas) <= 4, f"{len(paginas)} pagina's"
