"""The direction of imports (the contracts in pyproject.toml run in `make lint`), and no import
circle that spans two apps: for every import that leaves a module's app, what leads back to it
passes through no other app (project glue such as participatiepunt.celery belongs to none)."""

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


def _app(module: str) -> str | None:
    return next((app for app in APPS if module == app or module.startswith(f"{app}.")), None)


def test_no_import_circle_spans_two_apps():
    graph = grimp.build_graph("participatiepunt", "initiatieven", "wijkafspraken", "reflectie")
    over_apps = [
        (importer, imported)
        for importer in graph.modules
        for imported in graph.find_modules_directly_imported_by(importer)
        if _app(importer) != _app(imported)
    ]
    assert over_apps
    circles = []
    for importer, imported in over_apps:
        terug = graph.find_shortest_chain(importer=imported, imported=importer) or ()
        if len({_app(module) for module in terug} - {None}) > 1:
            circles.append(terug)
    assert circles == []
