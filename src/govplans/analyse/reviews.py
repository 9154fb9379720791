"""Merging an analyst's reviewed statuses into the automatic ones, after the engine has run.

The reviews arrive as data (a table loaded by :mod:`govplans.read.reference`, or built by the
caller); nothing here reads files. The automatic engine (:mod:`govplans.analyse.targets`) never
imports this module.
"""

from __future__ import annotations

import pandas as pd

from govplans.model.text import despace


def check_against_targets(reviews: pd.DataFrame, targets: pd.DataFrame, origin: str) -> None:
    """Every review names an existing target, and its text (when given) is that target's."""
    known = {(r.plan_id, int(r.target_index)): r.text for r in targets.itertuples()}
    for row in reviews.itertuples():
        key = (row.plan_id, int(row.target_index))
        if key not in known:
            raise ValueError(
                f"{origin}: plan {row.plan_id} has no target {row.target_index} in this report"
            )
        text = str(row.target_text or "")
        if text and despace(text) != despace(known[key]):
            raise ValueError(
                f"{origin}: plan {row.plan_id} target {row.target_index}: the reviewed text "
                f"{text[:30]!r}… is not the report's {known[key][:30]!r}…"
            )


def merge_reviews(targets: pd.DataFrame, reviews: pd.DataFrame, origin: str) -> pd.DataFrame:
    """``targets`` with the reviewed status and reason beside the automatic status, and the
    status used (reviewed where given) with where it came from."""
    check_against_targets(reviews, targets, origin)
    lookup = {
        (r.plan_id, int(r.target_index)): (r.status_reviewed, r.reason)
        for r in reviews.itertuples()
    }
    keys = list(zip(targets["plan_id"], targets["target_index"].astype(int), strict=True))
    out = targets.copy()
    out["status_reviewed"] = pd.array(
        [lookup.get(k, (None, None))[0] for k in keys], dtype="string"
    )
    out["review_reason"] = pd.array([lookup.get(k, (None, None))[1] for k in keys], dtype="string")
    if "reviewed_on" in reviews.columns:  # the day each row was reviewed, where the file says
        days = {
            (r.plan_id, int(r.target_index)): (
                None if pd.isna(r.reviewed_on) or not str(r.reviewed_on) else str(r.reviewed_on)
            )
            for r in reviews.itertuples()
        }
        out["reviewed_on"] = pd.array([days.get(k) for k in keys], dtype="string")
    has_review = out["status_reviewed"].notna()
    out["status"] = out["status_reviewed"].where(has_review, out["status_auto"])
    out["status_source"] = has_review.map({True: "reviewed", False: "auto"}).astype("string")
    return out
