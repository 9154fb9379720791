"""How the variety sets are scored: sets written in parts, rate-only achievements."""

from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

from govplans.testing.variety import VarietyResult, _engine_value, combine


def test_a_set_in_parts_is_scored_as_one():
    a = VarietyResult(
        n_targets=10, n_status=9, n_false_met=1, by_type={"count": Counter(targets=4)}
    )
    b = VarietyResult(n_targets=5, n_status=5, by_type={"count": Counter(targets=2)})
    both = combine([a, b])
    assert (both.n_targets, both.n_status, both.n_false_met) == (15, 14, 1)
    assert both.by_type["count"]["targets"] == 6
    assert both.status_rate == 14 / 15


def test_a_rate_only_achievement_is_compared_as_target_times_rate():
    found = SimpleNamespace(achieved_value=None, achieved_ratio=0.95, target_value=60000.0)
    assert _engine_value(found, "achieved_value") == 57000
    printed = SimpleNamespace(achieved_value=58000.0, achieved_ratio=0.95, target_value=60000.0)
    assert _engine_value(printed, "achieved_value") == 58000
    assert _engine_value(found, "target_value") == 60000
