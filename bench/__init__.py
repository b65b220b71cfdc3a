"""Benchmark of the participatiepunt at the scale of a city (issue 8). Not part of the tests:
run it with `make bench` or `python -m bench --help`. See bench/README.md."""
