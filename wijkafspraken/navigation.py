from participatiepunt.portal.navigation import NavItem

ITEMS = [
    NavItem("Wijken en dorpen", "wijkafspraken:overzicht"),
    NavItem("Wijkafspraken", "wijkafspraken:dashboard", perm="wijkafspraken.view_dashboard"),
]
