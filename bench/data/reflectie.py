"""Generated when the reflectie models land."""


def generate(ctx) -> None:
    ctx.missing.append("reflectie (nog geen generator)")
