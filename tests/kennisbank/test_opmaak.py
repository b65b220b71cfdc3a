from kennisbank.opmaak import naar_html


def test_markdown_becomes_html():
    html = naar_html("## Kosten\n\n- notaris **€ 400**\n\n| a | b |\n|---|---|\n| 1 | 2 |")
    assert "<h2>Kosten</h2>" in html
    assert "<strong>€ 400</strong>" in html
    assert "<table>" in html and "<td>1</td>" in html


def test_script_and_event_handlers_are_removed():
    html = naar_html('<script>alert(1)</script>\n\n<p onclick="x()">klik</p><img src=x onerror=y>')
    assert "<script" not in html and "onclick" not in html and "onerror" not in html
    assert "<img" not in html


def test_javascript_links_lose_their_target():
    html = naar_html("[klik](javascript:alert(1)) en [site](https://groningen.nl)")
    assert "javascript:" not in html
    assert 'href="https://groningen.nl"' in html and 'rel="noopener noreferrer"' in html


def test_a_first_level_heading_becomes_a_second_level_one():
    # The page title is the one h1 of the page.
    assert naar_html("# Kop") == "<h2>Kop</h2>"
