from participatiepunt.portal.navigation import NavItem

ITEMS = [
    NavItem("Reflectie", "reflectie:lijst"),
    NavItem("Onderwerp voorstellen", "reflectie:voorstellen", perm="reflectie.propose_onderwerp"),
    NavItem("Griffie-overzicht", "reflectie:griffie", perm="reflectie.view_griffie"),
]
