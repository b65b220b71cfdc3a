from participatiepunt.portal.navigation import NavItem

ITEMS = [
    NavItem("Initiatieven", "initiatieven:lijst"),
    NavItem("Jaarkalender", "initiatieven:jaarkalender"),
    NavItem("Vakantiecheck", "vakantiecheck:vakantiecheck"),
    NavItem("Succesvoorbeelden", "succesvoorbeelden:lijst"),
    NavItem("Mijn initiatieven", "initiatieven:mijn", perm="initiatieven.view_mijn"),
    NavItem("Intake", "initiatieven:intake", perm="initiatieven.view_intake"),
]
