"""What followers of a wijk hear about its praatplaat. Called inside the transaction of the
change (services.vaststellen); delivery happens after commit."""


def vastgesteld(versie, *, eerste: bool) -> None:
    pass
