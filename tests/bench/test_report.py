"""The verdicts of the bench table (bench/report.py): a page against the floor and the issue's
targets; the floor itself is the yardstick, judged only on errors."""

from types import SimpleNamespace

from bench.report import Row, line, verdict

FLOOR_RPS = 125.0


def _row(
    role: str, rps: float, p95: float, failures: int = 0, queries: int = 3, floor_rps=None
) -> Row:
    figures = SimpleNamespace(
        rps=rps,
        p50=p95 / 2,
        p95=p95,
        p99=p95,
        failures=failures,
        error_rate=failures / 1000,
        cpu_ms=2.4,
        steal=0.031,
    )
    page = SimpleNamespace(name=role, role=role)
    return Row(page=page, figures=figures, queries=queries, floor_rps=floor_rps)


def test_the_floor_is_the_yardstick_whatever_its_p95():
    assert verdict(_row("vloer", 118.0, 100.0), FLOOR_RPS)[1] == []
    assert line(_row("vloer", 118.0, 100.0), FLOOR_RPS).endswith("maatstaf")


def test_the_floor_with_errors_is_a_miss():
    assert verdict(_row("vloer", 118.0, 90.0, failures=3), FLOOR_RPS)[1] == ["fouten"]


def test_a_page_below_the_floor_or_at_100_ms_is_a_miss():
    assert verdict(_row("inwoner", 120.0, 80.0), FLOOR_RPS)[1] == ["<1.0×"]
    assert verdict(_row("inwoner", 200.0, 100.0), FLOOR_RPS)[1] == ["p95"]
    assert line(_row("inwoner", 200.0, 99.0), FLOOR_RPS).endswith("PASS")


def test_more_than_twelve_queries_is_a_miss():
    assert verdict(_row("inwoner", 200.0, 50.0, queries=13), FLOOR_RPS)[1] == ["queries"]


def test_a_page_is_judged_against_the_floor_measured_right_before_it():
    # The run's mean floor is 125; a slow phase of the machine gave 100 before this page.
    assert verdict(_row("indiener", 110.0, 90.0, floor_rps=100.0), FLOOR_RPS) == (1.1, [])
    assert " 100.0   1.10× " in line(_row("indiener", 110.0, 90.0, floor_rps=100.0), FLOOR_RPS)
    assert verdict(_row("indiener", 110.0, 90.0, floor_rps=120.0), FLOOR_RPS)[1] == ["<1.0×"]


def test_the_line_shows_the_servers_cpu_ms_per_request_and_the_steal():
    assert line(_row("inwoner", 200.0, 99.0), FLOOR_RPS).split()[-4:-2] == ["2.4", "3%"]
