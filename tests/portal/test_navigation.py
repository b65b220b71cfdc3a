from participatiepunt.portal.navigation import _active_url


def test_only_the_most_specific_item_is_current():
    urls = ["/initiatieven/", "/initiatieven/mijn/", "/reflectie/"]
    assert _active_url(urls, "/initiatieven/mijn/3/") == "/initiatieven/mijn/"
    assert _active_url(urls, "/initiatieven/12/") == "/initiatieven/"
    assert _active_url(urls, "/") is None
