"""A page's load in parts (bench/load.py): its figures are the whole time's."""

import math
from collections import Counter
from dataclasses import replace

from bench.load import NOTHING, Figures, combined, parts, read, with_server_cpu


def _figures(times: dict, rps: float, failures=0) -> Figures:
    requests = sum(times.values())
    return Figures(requests, failures, rps, p50=0.0, p95=0.0, p99=0.0, times=Counter(times))


def test_the_parts_add_up_to_the_seconds_asked():
    assert parts(20, 4) == [5, 5, 5, 5]
    assert parts(22, 4) == [6, 6, 5, 5]
    assert parts(2, 4) == [1, 1, 1, 1]  # locust needs at least a second


def test_the_parts_give_the_whole_times_rate_and_percentiles_over_all_requests():
    first = _figures({20: 2000, 40: 1000}, 300.0)
    second = _figures({30: 1900, 70: 100}, 200.0, failures=4)
    whole = combined([(first, 10), (second, 10)])
    assert whole.requests == 5000 and whole.failures == 4
    assert whole.rps == 250.0
    assert whole.p50 == 30 and whole.p95 == 40 and whole.p99 == 70


def test_one_slow_part_among_four_is_not_the_pages_p95():
    # Its own p95 is 200 ms, but it holds 60 of 4,000 requests: 1.5%, under the 5% of a p95.
    quick = [_figures({20: 1000}, 200.0) for _ in range(3)]
    slow = _figures({20: 940, 200: 60}, 200.0)
    assert combined([(part, 5) for part in [*quick, slow]]).p95 == 20


def test_a_part_without_requests_counts_as_time_without_requests():
    whole = combined([(_figures({20: 900, 50: 100}, 100.0), 10), (NOTHING, 10)])
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


def test_the_servers_cpu_time_goes_to_the_page_not_the_lead_in():
    figures = read([_entry("vloer", {5: 300}), _entry("intake", {20: 500})], apart=("vloer",))
    figures = with_server_cpu(figures, {"server_s": 2.5, "steal": 0.1})
    assert figures["intake"].cpu_ms == 5.0 and figures["Aggregated"].cpu_ms == 5.0
    assert figures["intake"].steal == 0.1
    assert figures["vloer"].server_s is None


def test_in_a_mixed_run_the_cpu_time_is_all_pages_together():
    entries = [_entry("home", {5: 300}), _entry("intake", {20: 100})]
    figures = with_server_cpu(read(entries), {"server_s": 2.0, "steal": 0.0})
    assert figures["Aggregated"].cpu_ms == 5.0
    assert figures["home"].server_s is None and figures["intake"].server_s is None


def test_the_parts_cpu_time_adds_up_unless_a_part_has_none():
    measured = [replace(_figures({20: 100}, 10.0), server_s=0.5, steal=0.0) for _ in range(3)]
    measured.append(replace(measured[0], steal=0.2))
    assert combined([(part, 5) for part in measured]).cpu_ms == 5.0
    assert combined([(part, 5) for part in measured]).steal == 0.05
    assert combined([(measured[0], 5), (NOTHING, 5)]).cpu_ms is None


def test_without_a_reading_the_figures_have_no_cpu_time():
    figures = with_server_cpu(read([_entry("intake", {20: 500})]), {})
    assert figures["intake"].cpu_ms is None and figures["intake"].steal is None
