from participatiepunt.portal.navigation import NavItem

# The unread count is shown next to this item (context_processors.ongelezen, base.html).
ITEMS = [NavItem("Meldingen", "meldingen:lijst", perm="meldingen.view_meldingen", volgorde=90)]
