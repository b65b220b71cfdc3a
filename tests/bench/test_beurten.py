"""The turns of --compare-scales (bench/beurten.py): two runs at once measure one after the
other, step by step; a run that is done or failed holds up no one."""

import threading
import time

from bench.beurten import Beurten


def _run(path, index, steps, log):
    beurten = Beurten(str(path), index=index, count=2)
    try:
        for step in range(steps):
            with beurten.beurt():
                log.append((index, step, "begin"))
                time.sleep(0.01)
                log.append((index, step, "eind"))
    finally:
        beurten.klaar()


def _together(path, steps_per_run):
    log = []
    threads = [
        threading.Thread(target=_run, args=(path, index, steps, log))
        for index, steps in enumerate(steps_per_run)
    ]
    for thread in reversed(threads):  # the second starts first: it still waits its turn
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return log


def test_two_runs_take_turns_step_by_step_the_order_turning_round_each_round(tmp_path):
    log = _together(tmp_path / "beurten.json", [4, 4])
    order = [(index, step) for index, step, moment in log if moment == "begin"]
    # A B, B A, A B, B A: a page in two halves (two steps) is measured A B B A.
    assert order == [(0, 0), (1, 0), (1, 1), (0, 1), (0, 2), (1, 2), (1, 3), (0, 3)]
    # Never two steps at once: every begin is followed by its own end.
    assert all(log[i][:2] == log[i + 1][:2] for i in range(0, len(log), 2))


def test_a_run_with_more_steps_goes_on_alone_when_the_other_is_done(tmp_path):
    log = _together(tmp_path / "beurten.json", [2, 4])
    order = [(index, step) for index, step, moment in log if moment == "begin"]
    assert order == [(0, 0), (1, 0), (1, 1), (0, 1), (1, 2), (1, 3)]


def test_a_run_that_fails_before_its_turn_does_not_hold_up_the_other(tmp_path):
    path = tmp_path / "beurten.json"
    Beurten(str(path), index=0, count=2).klaar()  # failed before its first step
    log = []
    _run(path, 1, 2, log)
    assert [step for _, step, moment in log if moment == "begin"] == [0, 1]


def test_a_run_alone_never_waits(tmp_path):
    log = []
    beurten = Beurten(None)
    with beurten.beurt():
        log.append("stap")
    beurten.klaar()
    assert log == ["stap"]
