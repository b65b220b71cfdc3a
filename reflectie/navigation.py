from participatiepunt.portal.navigation import NavItem

# One entry: every reflectie page lives under /reflectie/ and has the section's own subnav
# (onderwerp voorstellen, griffie-overzicht, planning ...); a second main entry below the same
# path would be marked current together with this one.
ITEMS = [NavItem("Reflectie", "reflectie:lijst")]
