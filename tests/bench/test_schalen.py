"""What --compare-scales (bench/schalen.py) asks of each scale's run: the mixed journeys once at
the first scale, the sweeps once at the second, and --data-only passed on, so that making both
datasets beforehand does not start the load runs; and the comparison's verdict, on plain req/s
(the issue's), part against part."""

from types import SimpleNamespace

from bench.schalen import child_command, table

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


def _figures(floor: float, rps: float, parts=None) -> dict:
    page = {"rps": rps, "floor": floor, "ratio": rps / floor}
    page |= {"parts": parts} if parts else {}
    return {"floor": floor, "data": "schaal", "pages": {"home": page}}


def test_without_parts_the_verdict_is_on_the_whole_times_plain_req_s():
    # A floor slice of 100 against 125 (the aftermath of the page before) does not turn a
    # 16% loss into a gain.
    lines = table(1, 3, _figures(floor=125.0, rps=500.0), _figures(floor=100.0, rps=420.0))
    assert lines[-1].split()[3:7] == ["-16.0%", "-16.0%", "4.00×", "4.20×"]
    assert lines[-1].endswith("MISS")


def test_a_page_within_ten_percent_at_the_larger_scale_passes_whatever_its_floor():
    lines = table(1, 3, _figures(floor=100.0, rps=500.0), _figures(floor=125.0, rps=460.0))
    assert lines[-1].split()[4] == "-8.0%" and lines[-1].endswith("PASS")


def test_one_slow_pair_does_not_decide_the_verdict():
    # The third pair fell in a slow phase of the machine at scale 3 only: -40% there.
    small = _figures(floor=100.0, rps=500.0, parts=[500.0, 500.0, 500.0, 500.0])
    large = _figures(floor=100.0, rps=430.0, parts=[490.0, 500.0, 300.0, 480.0])
    line = table(1, 3, small, large)[-1].split()
    assert line[3] == "-14.0%" and line[4] == "-3.0%" and line[-1] == "PASS"


def test_a_loss_in_most_pairs_is_a_miss():
    small = _figures(floor=100.0, rps=500.0, parts=[500.0, 500.0, 500.0, 500.0])
    large = _figures(floor=100.0, rps=450.0, parts=[420.0, 440.0, 440.0, 500.0])
    line = table(1, 3, small, large)[-1]
    assert line.split()[4:7] == ["-12.0%", "5.00×", "4.50×"] and line.endswith("MISS")


def _with_cpu(small_ms: float, large_ms: float, small_parts, large_parts):
    small = _figures(floor=100.0, rps=sum(small_parts) / 4, parts=small_parts)
    large = _figures(floor=100.0, rps=sum(large_parts) / 4, parts=large_parts)
    small["pages"]["home"]["cpu_ms"], large["pages"]["home"]["cpu_ms"] = small_ms, large_ms
    return table(1, 3, small, large)[-1].split()


def test_the_verdict_is_on_the_servers_work_per_request():
    # 2.5 ms of work against 2.0: a fifth fewer requests a second on the same CPU, a loss the
    # median of the pairs (-2%) does not show (the calendar feed's case).
    line = _with_cpu(2.0, 2.5, [500.0] * 4, [300.0, 490.0, 490.0, 490.0])
    assert line[4] == "-2.0%" and line[-5:] == ["2.00", "2.50", "-20.0%", "-", "MISS"]


def test_a_slow_phase_of_the_machine_with_the_same_work_passes():
    # The VM's neighbours took the cores in every part at scale 3: req/s -16%, work the same.
    line = _with_cpu(8.0, 8.2, [200.0] * 4, [168.0] * 4)
    assert line[3] == "-16.0%" and line[-5:] == ["8.00", "8.20", "-2.4%", "-", "PASS"]


def test_older_figures_without_cpu_show_a_dash():
    line = table(1, 3, _figures(floor=100.0, rps=500.0), _figures(floor=100.0, rps=480.0))[-1]
    assert line.split()[-5:] == ["-", "-", "-", "-", "PASS"]


def test_the_spread_of_the_work_pair_by_pair_is_printed_beside_the_verdict():
    small = _figures(floor=100.0, rps=500.0, parts=[500.0] * 4)
    large = _figures(floor=100.0, rps=480.0, parts=[480.0] * 4)
    small["pages"]["home"] |= {"cpu_ms": 2.0, "cpu_parts": [2.0, 2.0, 2.0, 2.0]}
    large["pages"]["home"] |= {"cpu_ms": 2.1, "cpu_parts": [2.5, 2.0, 1.6, 2.2]}
    line = table(1, 3, small, large)[-1].split()
    # the whole time's work -4.8% decides; one pair lost 20%, another gained 25%
    assert line[-3:] == ["-4.8%", "-20..+25%", "PASS"]


def test_a_part_without_cpu_figures_shows_no_spread():
    small = _figures(floor=100.0, rps=500.0, parts=[500.0] * 2)
    large = _figures(floor=100.0, rps=480.0, parts=[480.0] * 2)
    small["pages"]["home"] |= {"cpu_ms": 2.0, "cpu_parts": [2.0, None]}
    large["pages"]["home"] |= {"cpu_ms": 2.0, "cpu_parts": [2.0, 2.0]}
    assert table(1, 3, small, large)[-1].split()[-2] == "-"
