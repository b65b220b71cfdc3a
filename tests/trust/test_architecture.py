"""The direction of imports (the contracts in pyproject.toml run in `make lint`), and no import
circle that spans two apps: for every import from one app into another, nothing leads back."""

import grimp

APPS = (
    "initiatieven",
    "wijkafspraken",
    "reflectie",
    "participatiepunt.meldingen",
    "participatiepunt.portal",
    "participatiepunt.accounts",
    "participatiepunt.gebieden",
)


def _app(module: str) -> str:
    return next((app for app in APPS if module == app or module.startswith(f"{app}.")), module)


def test_no_import_circle_spans_two_apps():
    graph = grimp.build_graph("participatiepunt", "initiatieven", "wijkafspraken", "reflectie")
    over_apps = [
        (importer, imported)
        for importer in graph.modules
        for imported in graph.find_modules_directly_imported_by(importer)
        if _app(importer) != _app(imported)
    ]
    assert over_apps
    circles = [
        (importer, graph.find_shortest_chain(importer=imported, imported=importer))
        for importer, imported in over_apps
        if graph.find_shortest_chain(importer=imported, imported=importer)
    ]
    assert circles == []
