"""The vocabularies every layer shares, each defined once: sections, categories, target statuses,
flag codes and their weights, and the amount columns.

Codes only: the words a reader sees for them live in :mod:`govplans.present.words`, except the
report's own printed headers and category names, which are data of the layout.
"""

from __future__ import annotations

#: The four text sections of a plan, in report order, with their zh-TW header as printed and an
#: English label.
SECTIONS: dict[str, tuple[str, str]] = {
    "planned_work": ("本年度預定工作摘要", "Planned work this year"),
    "execution": ("本年度執行情形說明", "Execution this year"),
    "targets": ("績效目標及本年度目標值", "Performance targets and this year's values"),
    "attainment": ("年度績效目標已達成或未達成之說明", "Whether the targets were met"),
}

#: The sections of the right-hand table, in column order.
RIGHT_SECTIONS = ("execution", "targets", "attainment")

#: 計畫類型 as printed -> English.
CATEGORIES: dict[str, str] = {"社會發展": "Social development", "科技發展": "Science & technology"}

#: Target statuses, best first.
STATUSES = ("exceeded", "met", "not_met", "unclear")
#: Statuses that count as the target being reached.
MET_STATUSES = ("met", "exceeded")

#: Where a target's status comes from.
STATUS_SOURCES = ("auto", "reviewed")

#: How the report numbers a plan's section, and so how a page cites its items: ``numbered``
#: (a marker such as 1. before each item; item 0 is a lead sentence before item 1),
#: ``paragraphs`` (unnumbered paragraphs, counted 1..n by the reader) or ``one_paragraph``
#: (a single unnumbered paragraph: the whole cell).
NUMBERINGS = ("numbered", "paragraphs", "one_paragraph")

#: Flag codes, in order of display: warnings first, then notes. The numbers in the execution
#: codes are names: they stay the same when the thresholds change.
FLAG_CODES = (
    "execution_below_70",
    "execution_below_80",
    "execution_below_90",
    "targets_not_met",
    "targets_met_despite_low_execution",
    "appropriation_behind_schedule",
    "ends_with_unappropriated_budget",
    "targets_set_low",
    "targets_unquantified",
)

#: What each flag is about. Execution and target attainment are warnings; the pace of
#: appropriation and how the targets were set are notes, counted apart from the warnings in
#: every headline (a plan in its first year with a year's money appropriated is not late).
FLAG_GROUPS = {
    "execution_below_70": "execution",
    "execution_below_80": "execution",
    "execution_below_90": "execution",
    "targets_not_met": "targets",
    "targets_met_despite_low_execution": "targets",
    "appropriation_behind_schedule": "pace",
    "ends_with_unappropriated_budget": "pace",
    "targets_set_low": "target_setting",
    "targets_unquantified": "target_setting",
}
#: Flag groups -> kind: ``warning`` or ``note``.
GROUP_KINDS = {
    "execution": "warning",
    "targets": "warning",
    "pace": "note",
    "target_setting": "note",
}
FLAG_KINDS = ("warning", "note")

#: How much a flag weighs when ranking the plans that need attention first. Notes weigh
#: nothing: only warnings rank a plan.
SEVERITY = {
    "execution_below_70": 3,
    "execution_below_80": 2,
    "execution_below_90": 1,
    "targets_not_met": 3,
    "targets_met_despite_low_execution": 2,
    "appropriation_behind_schedule": 0,
    "ends_with_unappropriated_budget": 0,
    "targets_set_low": 0,
    "targets_unquantified": 0,
}


def flag_kind(code: str) -> str:
    """``warning`` or ``note`` for a flag code."""
    return GROUP_KINDS[FLAG_GROUPS[code]]


def flags_of(codes: list[str], kind: str | None = None, groups: tuple[str, ...] = ()) -> list[str]:
    """The codes of one kind (``warning`` / ``note``) and/or in these groups, in their order."""
    return [
        code
        for code in codes
        if (kind is None or flag_kind(code) == kind) and (not groups or FLAG_GROUPS[code] in groups)
    ]


#: Execution band of a rate -> the execution flag it raises (``ok`` raises none).
EXECUTION_BANDS = {
    "ok": None,
    "warn": "execution_below_90",
    "low": "execution_below_80",
    "critical": "execution_below_70",
}
#: The execution flag codes, strictest first (the order of :data:`FLAG_CODES`).
EXECUTION_CODES = tuple(code for code in FLAG_CODES if code in EXECUTION_BANDS.values())

#: The three amounts of a plan as printed, in report order (thousand TWD).
AMOUNTS = ("total_budget_thousand_twd", "appropriated_thousand_twd", "executed_thousand_twd")

#: Per-plan target counts, one per status, plus the total.
TARGET_COUNTS = ("n_targets", *(f"n_{status}" for status in STATUSES))
#: The counts an agency-year takes from its report's ``portfolio`` (all plans).
AGENCY_YEAR_COUNTS = ("n_warning_plans", "n_pace_note_plans", *TARGET_COUNTS)


def join_flags(codes: list[str]) -> str:
    """Flag codes as a table cell stores them: ``;``-joined, in :data:`FLAG_CODES` order."""
    return ";".join(codes)


def split_flags(text: object) -> list[str]:
    """A table cell's flag codes back as a list (empty cell: no flags)."""
    return [code for code in str(text or "").split(";") if code]
