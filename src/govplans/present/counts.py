"""The count of met targets, and the words every page gives with it.

A target met on the agency's word that related work was done (``status_reason ==
"done_related"``: the agency does not name the item itself as done) is counted as met and said
apart wherever a page states how many targets were met: the index, the overview narrative, the
agency and corpus pages, the target page's count table and a plan's narrative. This module is
the one place that decides which targets those are and how they are said.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from govplans.present.words import MET_INFERRED, ZH, pick

#: The reason of a met target inferred from related work (the engine's ``status_reason``).
INFERRED_REASON = "done_related"


def inferred(targets: pd.DataFrame) -> pd.DataFrame:
    """The targets met on related work only: status ``met`` with reason ``done_related``."""
    if targets.empty or "status_reason" not in targets.columns:
        return targets.iloc[0:0]
    return targets[(targets["status"] == "met") & (targets["status_reason"] == INFERRED_REASON)]


def met_inferred(targets: pd.DataFrame) -> int:
    """How many of the met targets are inferred from related work."""
    return len(inferred(targets))


def qualifier(status: str, n_inferred: int, lang: str = ZH) -> str:
    """The words after the count of ``status`` (「（其中2項依相關工作推定）」); empty for any
    status but ``met`` and when no met target is inferred."""
    if status != "met" or not n_inferred:
        return ""
    return pick(MET_INFERRED["qualifier"], lang).format(n=n_inferred)


def target_names(targets: pd.DataFrame, lang: str = ZH) -> list[str]:
    """The inferred targets named as a reader finds them (「114-02目標4」)."""
    return [
        pick(MET_INFERRED["target"], lang).format(plan_id=t.plan_id, index=int(t.target_index))
        for t in inferred(targets).itertuples()
    ]


def note(names: Iterable[str], lang: str = ZH, n: int | None = None, grouped: bool = False) -> str:
    """The sentence under a count table naming the inferred targets (``n`` of them: one per
    name unless the names are groups, ``grouped``, such as an agency-year's); empty when there
    are none."""
    shown = list(names)
    if not shown:
        return ""
    n = len(shown) if n is None else n
    return pick(MET_INFERRED["note"], lang).format(
        n=n,
        are="is" if n == 1 else "are",
        targets=(("；" if grouped else "、") if lang == ZH else ("; " if grouped else ", ")).join(
            shown
        ),
    )
