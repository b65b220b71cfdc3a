from participatiepunt.portal.navigation import NavItem

ITEMS = [NavItem("Kennisbank", "kennisbank:lijst")]
