"""The benchmarks' one timing rule: the best of several runs (the least-disturbed time on a
shared, noisy machine)."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_time(action: Callable[[], object], repeats: int = 3) -> float:
    """The shortest of ``repeats`` runs of ``action``, in seconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)
