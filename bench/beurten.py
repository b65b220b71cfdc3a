"""Turns between the runs of --compare-scales (bench.schalen), which run at the same time: each
step that loads the machine (making or reusing the data, warming up, each page's load, the mixed
journeys, the sweeps) waits for its turn, and the runs take turns step by step. Both scales' figures
for a page are then measured minutes apart, not half an hour, so what the machine does meanwhile
(another program, a warmer CPU) falls on both alike and their req/s can be compared directly.

The order turns round every round (A B, B A, A B, …): a page measured in parts, one step each,
is then measured A B B A A B B A, so a steady drift and whatever favours the later of two runs fall
on both scales alike.

A run alone (no BENCH_TURNS in its environment) never waits. A run that has finished, or failed,
is marked done, so the other does not wait for it."""

import fcntl
import json
import os
import time
from contextlib import contextmanager
from pathlib import Path

POLL_S = 0.2


def _state(path: Path) -> dict:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    return json.loads(text) if text else {"turn": 0, "done": []}


@contextmanager
def _locked(path: Path):
    with open(path.with_suffix(".lock"), "a", encoding="utf-8") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            state = _state(path)
            yield state
            path.write_text(json.dumps(state), encoding="utf-8")
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


class Beurten:
    def __init__(self, path: str | None, index: int = 0, count: int = 1):
        self.path = Path(path) if path else None
        self.index, self.count = index, count

    @classmethod
    def from_environment(cls) -> "Beurten":
        return cls(
            os.environ.get("BENCH_TURNS"),
            index=int(os.environ.get("BENCH_TURN_INDEX", "0")),
            count=int(os.environ.get("BENCH_TURN_COUNT", "1")),
        )

    def _mine(self, state: dict) -> bool:
        waiting_for = {i for i in range(self.count) if i != self.index} - set(state["done"])
        return _owner(state["turn"], self.count) == self.index or not waiting_for

    @contextmanager
    def beurt(self):
        if self.path is None:
            yield
            return
        while True:
            with _locked(self.path) as state:
                if self._mine(state):
                    break
            time.sleep(POLL_S)
        try:
            yield
        finally:
            self._next()

    def _next(self) -> None:
        with _locked(self.path) as state:
            state["turn"] += 1
            _skip_done(state, self.count)

    def klaar(self) -> None:
        if self.path is None:
            return
        with _locked(self.path) as state:
            state["done"] = sorted({*state["done"], self.index})
            _skip_done(state, self.count)


def _owner(turn: int, count: int) -> int:
    """Whose turn it is: in order in even rounds, in reverse in odd ones."""
    place = turn % count
    return place if (turn // count) % 2 == 0 else count - 1 - place


def _skip_done(state: dict, count: int) -> None:
    """The turn never rests with a run that is done: it would never be taken."""
    while _owner(state["turn"], count) in state["done"] and len(state["done"]) < count:
        state["turn"] += 1
