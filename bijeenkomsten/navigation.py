from participatiepunt.portal.navigation import NavItem

ITEMS = [NavItem("Bijeenkomsten", "bijeenkomsten:lijst")]
