"""The checks an analyst makes beyond the engine's statuses, each decided here once.

* :func:`is_set_low`: a part achieved at least ``k`` times its target value (the target may have
  been set too low; ``k`` is :attr:`Thresholds.low_target_multiple`).
* :func:`unclear_reason`: why a part has no status (what the engine looked for and did not find).
* :func:`executed_equals_appropriated`: the executed amount equals the appropriation to the
  thousand, so it may include 保留數 (carried over) or 應付數 (payables).
* :func:`find_revised_period`: a revised plan period stated in the attainment or execution text
  (「修正計畫期程至116年12月」, 「由原112年1月至115年12月修正為112年1月至116年12月」), used for the
  schedule elapsed.

Pure functions of values and text items: no table, no words for a reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from govplans.analyse.targets import UNCLEAR_REASONS, TextItem
from govplans.model.values import is_missing

__all__ = [
    "RevisedPeriod",
    "executed_equals_appropriated",
    "find_revised_period",
    "is_set_low",
    "period_end",
    "unclear_reason",
]

#: Comparisons of a part counted upwards (more is better); a ceiling (``<=``, ``<``) never is.
_UPWARDS = (">=", ">")


def is_set_low(
    target_value: float | None, achieved_value: float | None, comparison: str | None, k: float
) -> bool:
    """Whether a part was achieved at least ``k`` times its target value (``k`` ≥ 1).

    Only for a part counted upwards with a positive target value and an achieved value; the
    comparison is made in decimal terms (40 × 3 = 120 is reached by 120, whatever the binary
    float of the product).
    """
    if is_missing(target_value) or is_missing(achieved_value) or comparison not in _UPWARDS:
        return False
    target = Decimal(str(float(target_value)))  # type: ignore[arg-type]
    achieved = Decimal(str(float(achieved_value)))  # type: ignore[arg-type]
    if target <= 0:
        return False
    return achieved >= target * Decimal(str(k))  # exact: 40 × 3 is 120


def unclear_reason(
    status: str, target_value: float | None, engine_reason: str | None = None
) -> str | None:
    """The reason code of an ``unclear`` part (:data:`UNCLEAR_REASONS`), None for any other:
    the engine's own where it gave one, else what was looked for by the part's value."""
    if status != "unclear":
        return None
    if engine_reason in UNCLEAR_REASONS:
        return engine_reason
    if is_missing(target_value):
        return "no_statement"
    return "no_figure_or_statement" if float(target_value) <= 1 else "no_figure"  # type: ignore[arg-type]


def executed_equals_appropriated(appropriated: float, executed: float) -> bool:
    """Something was appropriated and the executed amount equals it to the thousand (the
    report's unit): such a figure may include 保留數 or 應付數, not only money spent."""
    if is_missing(appropriated) or is_missing(executed) or float(appropriated) <= 0:
        return False
    return abs(float(executed) - float(appropriated)) < 0.5


# ---------------------------------------------------------------- a revised plan period


@dataclass(frozen=True)
class RevisedPeriod:
    """A revised plan period as the report's text states it.

    ``start_*`` are None when the text gives only the new end (「修正計畫期程至116年12月」).
    ``section`` and ``item_no`` say where it was found, ``evidence`` is the phrase.
    """

    start_roc_year: int | None
    start_month: int | None
    end_roc_year: int
    end_month: int
    section: str
    item_no: int
    evidence: str

    @property
    def text(self) -> str:
        """The period in the report's style: ``112年1月至116年12月`` or ``至116年12月``."""
        end = f"{self.end_roc_year}年{self.end_month}月"
        if self.start_roc_year is None:
            return f"至{end}"
        return f"{self.start_roc_year}年{self.start_month}月至{end}"


_VERB = r"(?:修正|調整|變更|延長|展延)"
_SPAN = r"(?:期程|(?:計畫)?執行期間|計畫期間)"
#: The words that say the plan's period was revised: 修正計畫期程, 計畫執行期間修正, 計畫展延.
_REVISION = re.compile(
    rf"{_VERB}(?:後)?(?:之|的)?(?:本)?(?:計畫)?{_SPAN}"
    rf"|(?:計畫)?{_SPAN}(?:業經?|已|奉)?(?:核定)?{_VERB}"
    rf"|計畫(?:業經?|已|奉)?(?:核定)?{_VERB}"
)
_DAY = r"(?:\s*\d{1,2}\s*日)?"
_TO = r"\s*(?:至|到|～|~|－|-|—)\s*"


def _month(year: str = "", month: str = "") -> str:
    """``114年10月`` (a day may follow), capturing year and month under these names if given."""
    y = f"(?P<{year}>" if year else "(?:"
    m = f"(?P<{month}>" if month else "(?:"
    return rf"{y}\d{{2,3}})\s*年\s*{m}\d{{1,2}})\s*月{_DAY}"


_PERIOD = _month("sy", "sm") + _TO + _month("ey", "em")
#: The original period the text may quote first: 「，由原112年1月至115年12月」.
_ORIGINAL = re.compile(
    rf"^[，,]?\s*(?:由原?|原)(?:計畫)?(?:期程)?\s*{_month()}{_TO}{_month()}\s*[，,]?\s*"
)
#: The new period right after the words of revision: (修正)為/至 a period, or 至 an end
#: (a year alone is its December; 「延長1年至116年12月」 names the length first).
_NEW = re.compile(
    rf"^[，,]?\s*(?:{_VERB})?(?:\d+\s*個?(?:年|月))?\s*(?:為|至|到)\s*"
    rf"(?:{_PERIOD}|(?P<ey2>\d{{2,3}})\s*年\s*(?:(?P<em2>\d{{1,2}})\s*月{_DAY}|底)?)"
)
_REVISION_SECTIONS = ("attainment", "execution")


def _revised_in(text: str) -> tuple[int | None, int | None, int, int, str] | None:
    """The first revised period stated in ``text``: start year and month (or None), end year
    and month, and the phrase."""
    for found in _REVISION.finditer(text):
        rest = text[found.end() :]
        original = _ORIGINAL.match(rest)
        offset = original.end() if original else 0
        new = _NEW.match(rest[offset:])
        if new is None:
            continue
        if new["ey"] is not None:
            start: tuple[int | None, int | None] = (int(new["sy"]), int(new["sm"]))
            end = (int(new["ey"]), int(new["em"]))
        else:
            start = (None, None)
            end = (int(new["ey2"]), int(new["em2"]) if new["em2"] else 12)
        if not 1 <= end[1] <= 12 or (start[1] is not None and not 1 <= start[1] <= 12):
            continue
        if start[0] is not None and (start[0], start[1]) > end:
            continue
        phrase = text[found.start() : found.end() + offset + new.end()]
        return (*start, *end, phrase.strip())
    return None


def period_end(plan: Mapping[str, Any]) -> tuple[int | None, bool]:
    """The ROC year a plan ends and whether it is the revised end, from a row of
    ``plan_assessment`` (``end_roc_year`` as printed, ``revised_end_roc_year`` where stated);
    None where neither is known (a period that could not be read)."""
    year = plan.get("revised_end_roc_year")
    if not is_missing(year):
        return int(year), True  # type: ignore[arg-type]
    printed = plan.get("end_roc_year")
    return (None if is_missing(printed) else int(printed)), False  # type: ignore[arg-type]


def find_revised_period(items: Iterable[TextItem]) -> RevisedPeriod | None:
    """The revised plan period stated in a plan's attainment or execution items, or None.

    Only words that revise the plan's period count (修正／調整／變更／延長／展延 with 計畫期程,
    計畫執行期間 or 計畫), followed at once by the new period (「修正為112年1月至116年12月」,
    「至116年12月」; the original period quoted first, 「由原…」, is skipped). A task moved to a
    later year (「配合修正計畫期程，平臺建置順延至114年辦理」) is not a period. The attainment text
    is read first, then the execution text, each in item order; the first statement wins.
    """
    pool = list(items)
    for section in _REVISION_SECTIONS:
        for item in pool:
            if item.section != section:
                continue
            found = _revised_in(item.text)
            if found is not None:
                start_year, start_month, end_year, end_month, phrase = found
                return RevisedPeriod(
                    start_year, start_month, end_year, end_month, section, item.item_no, phrase
                )
    return None
