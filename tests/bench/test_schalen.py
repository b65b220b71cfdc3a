"""What --compare-scales (bench/schalen.py) asks of each scale's run: the mixed journeys once at
the first scale, the sweeps once at the second, and --data-only passed on, so that making both
datasets beforehand does not start the load runs."""

from types import SimpleNamespace

from bench.schalen import child_command

ARGS = dict(
    no_mixed=False,
    no_sweeps=False,
    fanout=None,
    seconds=None,
    pages=None,
    reuse=False,
    no_cache=False,
    data_only=False,
)


def _command(first: bool, **given) -> list[str]:
    return child_command(SimpleNamespace(**{**ARGS, **given}), 3.0, first=first)


def test_data_only_is_passed_to_both_runs():
    assert "--data-only" in _command(True, data_only=True)
    assert "--data-only" in _command(False, data_only=True)


def test_a_full_comparison_runs_the_mixed_journeys_first_and_the_sweeps_second():
    assert "--no-sweeps" in _command(True) and "--no-mixed" not in _command(True)
    assert "--no-mixed" in _command(False) and "--no-sweeps" not in _command(False)
    assert "--data-only" not in _command(True)
