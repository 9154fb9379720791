"""Evidence aligned one to one: which item of a section speaks of which target.

The score of a (target, item) pair adds three kinds of signs, strongest first:

1. **reference** — the item names the target: 目標1, 第1項(目標), 績效目標(一) (weight
   :data:`REFERENCE`, decisive);
2. **numbering** — the item carries the target's own number (weight :data:`NUMBERING`, enough
   on its own only when nothing else speaks);
3. **content** — the target's words found in the item (share of its character bigrams), the
   same measure word, and a figure of the same unit and magnitude (weight up to about 2).

The pairs are then solved as an *assignment* (the Hungarian method, exact, on at most a few dozen
targets), not greedily: a target borrows no neighbour's item because it was first in line. A
target left without an item may share one already used only when that item names it as well
(content at least :data:`SHARED`). Continuation rows (an item with the number of the item
before it, or a lead row after numbered items) are joined to their item before any of this.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from govplans.analyse.quantities import Quantity, bigrams, extract_quantities
from govplans.analyse.quantity import read_number
from govplans.analyse.target_types import is_law_target, speaks_of_law

__all__ = ["Alignment", "align", "assign", "join_continuations", "referenced_targets"]

REFERENCE = 10.0
NUMBERING = 0.45
MIN_CONTENT = 0.25  # least content for an aligned pair without reference or numbering
SHARED = 0.7  # least content for an item shared by a second target (it names both)
LAW_SIGN = 0.3
#: How much more of another target an item under 「本項」 must name than of the target with its
#: number before 本項 is read as that other target's (items in another order than the targets)
OTHER_SUBJECT = 0.4  # a target of legislation and an item about a law's making: one kind of thing
_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_REFERENCE = re.compile(
    rf"(?:績效)?目標\s?(?:[（(]\s?(?P<a>{_NUM})\s?[)）]|第?\s?(?P<b>{_NUM})(?=[：:、，,。\s）)]|$))"
    rf"|第\s?(?P<c>{_NUM})\s?項(?:目標|績效目標|[：:，,])"
)

#: 「本項」 in an item under a number: the item speaks of the target with that number.
_THIS_ITEM = re.compile(r"本項|本目標|該項目標")


@dataclass(frozen=True)
class Alignment:
    """The item aligned to a target (``None``: none) and how: reference, numbering, content,
    shared (an item naming two targets) or none."""

    item: int | None  # index into the items list
    how: str
    score: float
    content: tuple[float, ...] = ()  # the target's content score for every item

    def names(self, index: int) -> bool:
        """Whether item ``index`` names this target (content at least :data:`SHARED`)."""
        return index < len(self.content) and self.content[index] >= SHARED


def join_continuations(items: Sequence[object], number: str = "item_no") -> list[int]:
    """For each item, the index of the item it belongs to: itself, or the item before it when
    it is a continuation row (the same number as the item before, or a lead row, number 0,
    after numbered items)."""
    owner: list[int] = []
    for i, item in enumerate(items):
        no = getattr(item, number)
        if i and (no == getattr(items[i - 1], number) or (no == 0 and owner)):
            owner.append(owner[-1])
        else:
            owner.append(i)
    return owner


def referenced_targets(text: str) -> set[int]:
    """The target numbers an item names explicitly (目標1, 目標(二), 第3項目標)."""
    out: set[int] = set()
    for m in _REFERENCE.finditer(text):
        raw = m.group("a") or m.group("b") or m.group("c")
        value = read_number(raw) if raw else None
        if value is not None and 0 < value < 100:
            out.add(int(value))
    return out


def _magnitude(target: Sequence[Quantity], item: Sequence[Quantity]) -> float:
    """Signs in the figures: the same measure word (0.3), a figure within a factor of three
    of the target's (0.3 more)."""
    best = 0.0
    for t in target:
        for q in item:
            if q.unit != t.unit:
                continue
            sign = 0.3
            if t.value > 0 and q.value > 0 and 1 / 3 <= q.value / t.value <= 3:
                sign += 0.3
            best = max(best, sign)
    return best


def content_score(
    target_text: str,
    item_text: str,
    weights: dict[str, float] | None = None,
    quantities: tuple[list[Quantity], list[Quantity]] | None = None,
) -> float:
    """How much the item speaks of the target: its words (up to 1.4) and its figures (0.6).

    The words are the target's character bigrams found in the item, each weighted by how
    distinctive it is among the plan's targets (``weights``: 1 / the number of targets using
    it), so words every target of the plan shares (the programme's name) decide nothing.
    """
    own = bigrams(target_text)
    if not own:
        words = 0.0
    else:
        w = weights or {}
        found = bigrams(item_text)
        total = sum(w.get(b, 1.0) for b in own)
        words = sum(w.get(b, 1.0) for b in own if b in found) / total
    if quantities is None:
        quantities = (extract_quantities(target_text), extract_quantities(item_text))
    figures = _magnitude(*quantities)
    # the same kind of deliverable, like the same measure word: a target of legislation and an
    # item about a law's making or its stage (修正草案已報行政院 for 完成…法修法)
    law = LAW_SIGN if is_law_target(target_text) and speaks_of_law(item_text) else 0.0
    return 1.4 * words + max(figures, law)


def distinctiveness(texts: Sequence[str]) -> dict[str, float]:
    """1 / the number of ``texts`` each character bigram occurs in."""
    counts: dict[str, int] = {}
    for text in texts:
        for b in bigrams(text):
            counts[b] = counts.get(b, 0) + 1
    return {b: 1.0 / n for b, n in counts.items()}


def assign(scores: list[list[float]]) -> list[int | None]:
    """The assignment of rows to columns with the highest total score, one to one (a row may
    stay unassigned at score 0). Exact: the Hungarian method on the square matrix padded with
    zero-score columns."""
    n = len(scores)
    if n == 0:
        return []
    m = len(scores[0]) if scores[0] else 0
    size = n + m
    big = max([0.0, *(s for row in scores for s in row)])
    # cost = big - score; the padded columns (no item) cost big (score 0)
    cost = [[big - (scores[i][j] if i < n and j < m else 0.0) for j in range(size)]
            for i in range(size)]  # fmt: skip
    inf = float("inf")
    u = [0.0] * (size + 1)
    v = [0.0] * (size + 1)
    p = [0] * (size + 1)
    way = [0] * (size + 1)
    for i in range(1, size + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (size + 1)
        used = [False] * (size + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, size + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(size + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    out: list[int | None] = [None] * n
    for j in range(1, size + 1):
        i = p[j] - 1
        if i < n and j - 1 < m and scores[i][j - 1] > 0:
            out[i] = j - 1
    return out


def align(targets: Sequence[tuple[int, str]], items: Sequence[tuple[int, str]]) -> list[Alignment]:
    """Align targets (their number as printed, their text) with items (number, text).

    Items that are continuation rows must be joined first (:func:`join_continuations`).
    """
    refs = [referenced_targets(text) for _, text in items]
    weights = distinctiveness([t for _, t in targets])
    found = [extract_quantities(text) for _, text in items]
    content = [
        [content_score(t, text, weights, (own, found[i])) for i, (_, text) in enumerate(items)]
        for (_, t), own in zip(targets, (extract_quantities(t) for _, t in targets), strict=True)
    ]
    scores: list[list[float]] = []
    kinds: list[list[str]] = []
    for ti, (t_no, _) in enumerate(targets):
        row: list[float] = []
        kind: list[str] = []
        for ii, (i_no, _) in enumerate(items):
            c = content[ti][ii]
            number = t_no or ti + 1
            # 「本項」 is the item's own subject: the target with its number, unless the item
            # names another target and not this one (items in another order than the targets)
            this_item = (
                number == i_no
                and _THIS_ITEM.search(items[ii][1]) is not None
                and not (
                    c < MIN_CONTENT
                    and any(
                        content[o][ii] >= c + OTHER_SUBJECT for o in range(len(targets)) if o != ti
                    )
                )
            )
            if number in refs[ii] or this_item:
                row.append(REFERENCE + c)
                kind.append("reference")
            elif refs[ii]:  # the item names other targets only
                row.append(0.0)
                kind.append("none")
            elif t_no == i_no and t_no > 0:
                row.append(NUMBERING + c)
                kind.append("numbering" if c < 2 * MIN_CONTENT else "content")
            elif c >= MIN_CONTENT:
                row.append(c)
                kind.append("content")
            else:
                row.append(0.0)
                kind.append("none")
        scores.append(row)
        kinds.append(kind)
    chosen = assign(scores)
    out: list[Alignment] = []
    for ti, pick in enumerate(chosen):
        named = tuple(content[ti])
        if pick is not None:
            out.append(Alignment(pick, kinds[ti][pick], round(scores[ti][pick], 3), named))
            continue
        shared = max(range(len(items)), key=lambda j: content[ti][j], default=None)
        if shared is not None and content[ti][shared] >= SHARED and not refs[shared]:
            out.append(Alignment(shared, "shared", round(content[ti][shared], 3), named))
        else:
            out.append(Alignment(None, "none", 0.0, named))
    return out
