"""Heartbeat and reminder sweeps over the follows, and the fan-out of bench/fanout.py, when the
notifications app has them."""


def run(scale, say) -> list[str]:
    return ["Sweeps: meldingen heeft nog geen sweeps; fan-out: bench/fanout.py ontbreekt nog"]
