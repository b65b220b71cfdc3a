"""Generated when the wijkafspraken models land."""


def generate(ctx) -> None:
    ctx.missing.append("wijkafspraken (nog geen generator)")
