from participatiepunt.portal.navigation import NavItem

# A lid of a bewonersorganisatie finds its praatplaat on the overview of wijken and on its
# wijk's page, not here: the navigation costs a resident no queries (tests/accounts).

ITEMS = [
    NavItem("Wijken en dorpen", "wijkafspraken:overzicht"),
    NavItem("Wijkafspraken", "wijkafspraken:dashboard", perm="wijkafspraken.view_dashboard"),
    NavItem(
        "Bewonersorganisaties",
        "wijkafspraken:bewonersorganisaties",
        perm="wijkafspraken.view_bewonersorganisaties",
    ),
]
