"""A page's load in parts (bench/load.py): its figures are the whole time's."""

import math

from bench.load import NOTHING, Figures, combined, parts, read


def _figures(requests, rps, p50, p95, failures=0):
    return Figures(requests=requests, failures=failures, rps=rps, p50=p50, p95=p95, p99=p95)


def test_the_parts_add_up_to_the_seconds_asked():
    assert parts(20, 4) == [5, 5, 5, 5]
    assert parts(22, 4) == [6, 6, 5, 5]
    assert parts(2, 4) == [1, 1, 1, 1]  # locust needs at least a second


def test_two_halves_give_the_whole_times_rate_and_the_worse_p95():
    first, second = _figures(3000, 300.0, 20, 40), _figures(2000, 200.0, 30, 70, failures=4)
    whole = combined([(first, 10), (second, 10)])
    assert whole.requests == 5000 and whole.failures == 4
    assert whole.rps == 250.0
    assert whole.p50 == (20 * 3000 + 30 * 2000) / 5000
    assert whole.p95 == 70 and whole.p99 == 70


def test_a_half_without_requests_counts_as_time_without_requests():
    whole = combined([(_figures(1000, 100.0, 20, 50), 10), (NOTHING, 10)])
    assert whole.rps == 50.0
    assert whole.p95 == 50 and whole.p50 == 20
    assert math.isnan(combined([(NOTHING, 5), (NOTHING, 5)]).p95)


def _entry(name, times, start=100.0, last=110.0, failures=0):
    requests = sum(times.values())
    return {
        "name": name, "start_time": start, "last_request_timestamp": last,
        "num_requests": requests, "num_failures": failures,
        "response_times": {str(ms): count for ms, count in times.items()},
    }  # fmt: skip


def test_locusts_final_statistics_give_rate_over_the_run_and_its_percentiles():
    figures = read([
        _entry("home", {10: 90, 50: 5, 100: 5}),
        _entry("intake", {20: 50}, start=102.0, failures=1),
    ])  # fmt: skip
    home = figures["home"]
    assert home.requests == 100 and home.rps == 10.0  # 100 requests in the run's 10 s
    assert (home.p50, home.p95, home.p99) == (10, 100, 100)
    everything = figures["Aggregated"]
    assert everything.requests == 150 and everything.failures == 1 and everything.rps == 15.0
    assert everything.p50 == 10 and everything.p95 == 50


def test_a_run_without_requests_reads_as_nothing():
    assert read([]) == {}


def test_the_floors_lead_in_is_read_over_its_own_seconds_and_left_out_of_the_rest():
    figures = read(
        [
            _entry("vloer", {5: 300}, start=100.0, last=103.0),
            _entry("intake", {20: 1000}, start=103.0, last=113.0),
        ],
        apart=("vloer",),
    )
    assert figures["vloer"].rps == 100.0  # 300 requests in its own 3 s
    assert figures["intake"].rps == 100.0  # 1,000 in its own 10 s, not in 13
    assert figures["Aggregated"].requests == 1000


def test_a_lead_in_alone_gives_only_the_floor():
    figures = read([_entry("vloer", {5: 300}, start=100.0, last=103.0)], apart=("vloer",))
    assert list(figures) == ["vloer"]
