"""Generated when the meldingen models land."""


def generate(ctx) -> None:
    ctx.missing.append("meldingen (nog geen generator)")
