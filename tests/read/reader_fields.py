"""What every reader of the report must give exactly as the text edition does: the plan
columns and the item keys the PDF tests (producers, layout variants, rows cut across pages)
compare. One list, so a reader test never checks less than the others."""

PLAN_COLUMNS = [
    "plan_id",
    "name",
    "category",
    "period_text",
    "start_date",
    "end_date",
    "total_budget_thousand_twd",
    "appropriated_thousand_twd",
    "executed_thousand_twd",
    "n_planned_work",
    "n_execution",
    "n_targets",
    "n_attainment",
]
ITEM_KEYS = ["plan_id", "section", "item_no", "sub_item_no", "marker"]
