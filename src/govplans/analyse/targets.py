"""The automatic target-versus-actual assessment of one plan, from the report's own words.

Each target (one top-level item of 績效目標及本年度目標值) is split into measurable components
(one per quantity: 「攻防演練1場次、教育訓練2場次及分享交流會議4場次」 has three); a target without
a quantity is one qualitative component. Quantities reported in the attainment text (and, with a
little less weight, in the execution text) are matched to components by measure-word group and by
what is counted (shared character bigrams of the surrounding words), never by position alone.

Status of a component:

* ``exceeded``: achieved at least ``exceed_margin`` above the target value;
* ``met``: achieved satisfies the target (``>=``, or ``>`` for 逾/超過), or, for a qualitative
  component (or a single deliverable, value 1), an item about the same thing says it was done
  (完成, 已…, 上線, 公告, 核定, 發布…) without a negation;
* ``not_met``: achieved below target, or the item about it says not done, or the plan's
  explanation defers or re-schedules the work (暫緩, 延後, 修正…期程) and nothing shows it done;
* ``unclear``: no evidence found.

A target is ``not_met`` if any component is, else ``unclear`` if any component is, else
``exceeded`` if every component is, else ``met``. This module never reads reviewed annotations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from govplans.analyse.quantities import (
    Quantity,
    bigrams,
    containment,
    extract_quantities,
    strip_stopwords,
    thing_similarity,
)
from govplans.model.vocab import STATUSES

__all__ = ["STATUSES", "PlanTargets", "Target", "TextItem", "assess_plan_targets"]
SECTION_WEIGHT = {"attainment": 1.0, "execution": 0.9}  # prefer the attainment text
MIN_MATCH = 0.12  # least thing-similarity to accept a quantity as evidence for a component
MIN_DONE = 0.34  # least share of a qualitative target's words an item must contain
CUMULATIVE_WEIGHT = 0.5  # a 累計 figure answers a yearly target only when nothing else does
PART_WEIGHT = 0.5  # likewise a figure introduced by 其中 (a part of the one before it)
#: Units whose figures are levels or rates, never summed from parts.
_LEVELS = re.compile(r"^(?:%|[a-zμ/0-9]+)$")

_DONE = re.compile(r"完成|上線|公告|核定|發布|出版|啟用|成功|已")
#: Words that say a thing was not done, or not done in time: deferral, revision, failure.
_NEGATION = re.compile(
    r"未完成|尚未|未能|未達|暫緩|延後|延宕|延至|順延|展延|流標|落後|停止|取消|無法"
    r"|(?:修正|調整|變更|延長)[^。；;]{0,15}?(?:期程|期間|時程)"
)
#: Words that say a thing was approved or started but not delivered: not done (yet).
_UNDER_WAY = re.compile(
    r"辦理中|施工中|執行中|招標中|規劃中|審查中|興建中|建置中|進行中|刻正|正辦理"
    r"|辦理[^，,。；;]{0,12}中(?![心央國文])"
    r"|待[^，,。；;]{0,14}?(?:完工|驗收|查核|核定|撥付|審查|發包|決標)"
)
_SENTENCE = re.compile(r"[。；;！？!?]")
DEFERRAL = re.compile(
    r"暫緩|延後|延宕|展延|延至|順延|未達成|未能達成|未達目標|流標"
    r"|(?:修正|調整|變更|延長)[^。；;]{0,15}?(?:期程|期間|時程|行程)"
    r"|(?:期程|期間|時程|行程)[^。；;]{0,6}?(?:修正|調整|變更|延長)"
)
_CLAUSE = re.compile(r"[，,。；;：:！？!?]")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9.\-]*[A-Za-z0-9]")


@dataclass(frozen=True)
class TextItem:
    """One top-level item of a section (sub-items folded in)."""

    section: str
    item_no: int  # as printed; 0 for a lead sentence before item 1
    text: str
    source_line: int | None  # extracted-text sources
    source_page: int | None = None  # PDF sources


@dataclass(frozen=True)
class _Candidate:
    item: TextItem
    quantity: Quantity


@dataclass
class Component:
    """One measurable part of a target, with what was found for it."""

    component_index: int  # 1-based within the target
    text: str  # the part of the target it comes from
    thing: str  # what is counted
    quantity: Quantity | None  # None for a qualitative component
    status: str = "unclear"
    achieved_value: float | None = None
    achieved_word: str | None = None
    evidence_section: str | None = None
    evidence_items: list[int] = field(default_factory=list)
    evidence_text: str = ""
    match_score: float | None = None
    method: str = "none"  # quantity | quantity_sum | done_statement | deferral | none

    @property
    def target_value(self) -> float | None:
        return self.quantity.value if self.quantity else None


@dataclass(frozen=True, eq=False)
class _Pair:
    """A scored (component, candidate) pair; ``order`` and ``rank`` break ties."""

    score: float
    order: int  # the component's place among all quantified components
    rank: int  # the candidate's place among the component's same-unit ones (0: fallback)
    comp: Component
    cand: _Candidate


@dataclass
class Target:
    """One target with its components and combined status."""

    target_index: int  # 1-based, report order
    item_no: int
    text: str
    source_line: int | None
    components: list[Component]
    status: str = "unclear"
    source_page: int | None = None

    @property
    def headline(self) -> Component | None:
        """The component whose quantity stands for the target (the first quantified one)."""
        quantified = [c for c in self.components if c.quantity is not None]
        for c in quantified:
            if c.achieved_value is not None:
                return c
        return quantified[0] if quantified else None

    def evidence_items(self, section: str) -> list[int]:
        seen: list[int] = []
        for c in self.components:
            if c.evidence_section == section:
                seen += [n for n in c.evidence_items if n not in seen]
        return sorted(seen)

    @property
    def evidence_text(self) -> str:
        texts: list[str] = []
        for c in self.components:
            if c.evidence_text and c.evidence_text not in texts:
                texts.append(c.evidence_text)
        return "；".join(texts)


@dataclass
class PlanTargets:
    """The automatic assessment of one plan's targets."""

    plan_id: str
    targets: list[Target]
    deferral_items: list[int]  # attainment items with words of deferral or revision
    deferral_text: str

    @property
    def is_deferred(self) -> bool:
        return bool(self.deferral_items)


def split_components(text: str) -> list[Component]:
    """The measurable components of a target: one per quantity, else one qualitative one."""
    quantities = extract_quantities(text)
    if not quantities:
        return [Component(1, text, strip_stopwords(text), None)]
    # 由100提升至400: the target is 400; 8小時平均濃度: 8 says what is measured
    targets = [q for q in quantities if not q.is_from and not q.is_descriptor]
    return [Component(i, _component_text(q), q.thing, q) for i, q in enumerate(targets, start=1)]


def _component_text(q: Quantity) -> str:
    """The part of the target a quantity comes from; its clause when the part is very short."""
    if len(q.context) >= 8:
        return q.context
    return f"{q.clause_before}{q.phrase}{q.clause_after}"


def _fallback(
    target: Target, comp: Component, same_unit: list[_Candidate], unit_counts: dict[str, int]
) -> _Candidate | None:
    """A weakly similar quantity that is still unambiguous, or None.

    Either the attainment item with the target's own number holds the only quantity of this
    measure word, or the attainment text holds exactly one quantity of a measure word that only
    this component uses; in both cases the things counted must share some words.
    """
    assert comp.quantity is not None
    in_attainment = [c for c in same_unit if c.item.section == "attainment"]
    same_item = [c for c in in_attainment if c.item.item_no == target.item_no]
    for pool in (same_item, in_attainment if unit_counts[comp.quantity.unit] == 1 else []):
        if len(pool) == 1 and thing_similarity(comp.quantity, pool[0].quantity) > 0:
            return pool[0]
    return None


def _status_for(target: Quantity, achieved: float, exceed_margin: float) -> str:
    """The status of an achieved value against a target quantity: at or above it (``>=``;
    above for 逾 ``>``), or at or below it for a ceiling (降至…以下 ``<=``; below for 低於
    ``<``); exceeded when it beats the target by the exceed margin."""
    value = target.value
    slack = 1e-9 * max(1.0, abs(value))
    if target.reduces:
        ok = achieved < value if target.comparison == "<" else achieved <= value + slack
        bar = value * (1 - exceed_margin)
        beats = achieved < value and achieved <= bar + slack
    else:
        ok = achieved > value if target.comparison == ">" else achieved >= value - slack
        # "At least 10 % above" in decimal terms: 100 * 1.1 is 110.00000000000001 in binary,
        # which would make 110 against 100 merely "met" while 22 against 20 is "exceeded".
        bar = value * (1 + exceed_margin)
        beats = achieved > value and achieved >= bar - 1e-9 * max(1.0, abs(bar))
    if not ok:
        return "not_met"
    return "exceeded" if beats else "met"


def _best_clause(text: str, phrase: str) -> str:
    """The clause of ``text`` that answers ``phrase``: one about it saying it was done first,
    then the one most about it."""
    clauses = [c.strip() for c in _CLAUSE.split(text) if c.strip()]
    if not clauses:
        return text
    # A clause that says it was done and is about the thing, before one that only names it
    # (「互動式介面」已於114年12月上線 answers 「…互動式介面…完成上線」, not the manual's trial).
    return max(
        clauses,
        key=lambda c: (
            containment(phrase, c) > 0 and bool(_DONE.search(c)),
            containment(phrase, c),
        ),
    )


def _latin_names(text: str) -> set[str]:
    """The Latin-script names in ``text``, lower-cased."""
    return {w.lower() for w in _LATIN_NAME.findall(text)}


def _similarity_to_item(thing: str, item_text: str) -> float:
    """Share of the target's words found in the item (the best of the whole and its clauses).

    A shared Latin-script name of three or more letters (``Signal``, ``C-NOC``, ``T-Road``)
    names the same system, so it counts as enough on its own.
    """
    best = containment(thing, item_text)
    for clause in _CLAUSE.split(thing):
        if len(bigrams(clause)) >= 5:
            best = max(best, containment(clause, item_text))
    if best < MIN_DONE and _latin_names(thing) & _latin_names(item_text):
        best = MIN_DONE
    return best


def _sentence_of(text: str, clause: str) -> str:
    """The sentence of ``text`` (up to 。；) that holds ``clause``."""
    for sentence in _SENTENCE.split(text):
        if clause in sentence:
            return sentence
    return clause


def _assess_done(
    component: Component, thing: str, items: list[TextItem], item_no: int | None = None
) -> None:
    """Qualitative check: is there an item about the same thing that says it was done?

    The attainment column answers first; the execution column only when the attainment column
    says nothing about the thing. Words of failure or deferral in the clause make it
    ``not_met``; words of work approved or under way in its sentence (初稿已完成，刻正辦理…中)
    make it ``unclear``.
    """
    scored = []
    for item in items:
        sim = _similarity_to_item(thing, item.text)
        # The attainment item with the target's own number that gives a verdict (達成目標,
        # 未達成年度目標) answers it even when it names the thing more briefly.
        answers = (
            item.section == "attainment"
            and item.item_no == item_no
            and sim >= MIN_DONE / 2
            and _VERDICT.search(item.text) is not None
        )
        if sim >= MIN_DONE or answers:
            first = item.section == "attainment"
            scored.append((first, sim * SECTION_WEIGHT[item.section], item))
    scored.sort(key=lambda entry: (not entry[0], -entry[1]))
    for _, score, item in scored:
        clause = _best_clause(item.text, thing)
        sentence = _sentence_of(item.text, clause)
        if _NEGATION.search(clause) or _MISSED.search(sentence):
            component.status = "not_met"
        elif _UNDER_WAY.search(sentence):
            component.status = "unclear"  # approved or started, not delivered
        elif _DONE.search(item.text):
            component.status = "met"
        else:
            continue
        component.evidence_section = item.section
        component.evidence_items = [item.item_no]
        component.evidence_text = clause
        component.match_score = round(score, 3)
        component.method = "done_statement"
        return


def assess_plan_targets(
    plan_id: str,
    targets: list[TextItem],
    attainment: list[TextItem],
    execution: list[TextItem],
    exceed_margin: float = 0.10,
) -> PlanTargets:
    """Assess every target of one plan from its attainment and execution items."""
    result = _build_targets(targets)
    evidence_items = attainment + execution
    candidates = _collect_candidates(evidence_items)
    unit_counts = _count_units(result)
    pairs = _score_pairs(result, candidates, unit_counts)
    used, chosen = _assign_greedy(pairs)
    _prefer_attainment(pairs, used, chosen)
    _add_reported_parts(pairs, used)
    _assess_statuses(result, evidence_items, exceed_margin)
    deferral_items, deferral_text = _deferrals(attainment)
    _apply_deferral(result, attainment, deferral_items)
    _combine_targets(result)
    return PlanTargets(plan_id, result, deferral_items, deferral_text)


def _build_targets(targets: list[TextItem]) -> list[Target]:
    """One Target per target item, numbered in report order, split into components."""
    return [
        Target(
            i,
            t.item_no,
            t.text,
            t.source_line,
            split_components(t.text),
            source_page=t.source_page,
        )
        for i, t in enumerate(targets, start=1)
    ]


def _collect_candidates(items: list[TextItem]) -> list[_Candidate]:
    """Every quantity of every evidence item that reports a value reached, in item order: not
    the start of a change (由65%提升至72%: 65), not one in a clause of delay, failure or work
    under way (已完成3座；另2座因…延遲: 2)."""
    return [
        _Candidate(item, q)
        for item in items
        for q in extract_quantities(item.text)
        if not q.is_from and not q.is_pending and not q.is_descriptor
    ]


def _count_units(targets: list[Target]) -> dict[str, int]:
    """How many quantified components use each measure word."""
    unit_counts: dict[str, int] = {}
    for target in targets:
        for comp in target.components:
            if comp.quantity is not None:
                unit_counts[comp.quantity.unit] = unit_counts.get(comp.quantity.unit, 0) + 1
    return unit_counts


def _score_pairs(
    targets: list[Target], candidates: list[_Candidate], unit_counts: dict[str, int]
) -> list[_Pair]:
    """Every acceptable (component, candidate) pair of the same measure word, best first."""
    quantified = [(t, c) for t in targets for c in t.components if c.quantity is not None]
    pairs: list[_Pair] = []
    for order, (target, comp) in enumerate(quantified):
        pairs += _score_component(target, comp, order, candidates, unit_counts)
    pairs.sort(key=lambda p: (-p.score, p.order, p.rank))
    return pairs


def _score_component(
    target: Target,
    comp: Component,
    order: int,
    candidates: list[_Candidate],
    unit_counts: dict[str, int],
) -> list[_Pair]:
    """The pairs of one quantified component: similar enough candidates, else the fallback."""
    assert comp.quantity is not None
    same_unit = [c for c in candidates if c.quantity.unit == comp.quantity.unit]
    pairs: list[_Pair] = []
    for rank, cand in enumerate(same_unit):
        score = thing_similarity(comp.quantity, cand.quantity)
        score *= SECTION_WEIGHT[cand.item.section]
        if cand.quantity.is_cumulative and not comp.quantity.is_cumulative:
            score *= CUMULATIVE_WEIGHT  # a total over the years, for a target of this year
        if "其中" in cand.quantity.clause_before:
            score *= PART_WEIGHT  # a part of a figure before it (受理3家，其中核准2家)
        if score >= MIN_MATCH:
            pairs.append(_Pair(score, order, rank, comp, cand))
    if not pairs:
        fallback = _fallback(target, comp, same_unit, unit_counts)
        if fallback is not None:
            pairs.append(_Pair(MIN_MATCH / 2, order, 0, comp, fallback))
    return pairs


def _assign_greedy(pairs: list[_Pair]) -> tuple[set[int], dict[int, int]]:
    """Greedy one-to-one assignment in the pairs' order (best match first).

    Returns the ids of the candidates used and, per component id, the id of its candidate.
    """
    used: set[int] = set()
    assigned: set[int] = set()
    chosen: dict[int, int] = {}  # component -> candidate assigned
    for pair in pairs:
        comp, cand = pair.comp, pair.cand
        if id(comp) in assigned or id(cand) in used:
            continue
        assigned.add(id(comp))
        used.add(id(cand))
        chosen[id(comp)] = id(cand)
        comp.achieved_value = cand.quantity.value
        comp.achieved_word = cand.quantity.word
        _point_evidence(comp, pair)
        comp.method = "quantity"
    return used, chosen


def _point_evidence(comp: Component, pair: _Pair) -> None:
    """Make the pair's candidate the component's (only) evidence."""
    comp.evidence_section = pair.cand.item.section
    comp.evidence_items = [pair.cand.item.item_no]
    comp.evidence_text = pair.cand.quantity.clause
    comp.match_score = round(pair.score, 3)


def _prefer_attainment(pairs: list[_Pair], used: set[int], chosen: dict[int, int]) -> None:
    """Move evidence from an execution item to an unused attainment one with the same figure.

    The attainment text is the agency's own account of the targets: the value, hence the
    status, is the same; the evidence points where a reader looks first.
    """
    for pair in pairs:
        comp, cand = pair.comp, pair.cand
        if (
            comp.method == "quantity"
            and comp.evidence_section == "execution"
            and cand.item.section == "attainment"
            and id(cand) not in used
            and cand.quantity.value == comp.achieved_value
        ):
            used.discard(chosen[id(comp)])
            used.add(id(cand))
            chosen[id(comp)] = id(cand)
            _point_evidence(comp, pair)


def _add_reported_parts(pairs: list[_Pair], used: set[int]) -> None:
    """Add unused matches to a target value reported in parts (文件2份 = 文件1份 + 文件1份)."""
    for pair in pairs:
        if not _adds_a_part(pair, used):
            continue
        comp, cand = pair.comp, pair.cand
        assert comp.achieved_value is not None
        used.add(id(cand))
        comp.achieved_value += cand.quantity.value
        comp.evidence_items = sorted({*comp.evidence_items, cand.item.item_no})
        if cand.quantity.clause not in comp.evidence_text:
            comp.evidence_text = f"{comp.evidence_text}；{cand.quantity.clause}"
        comp.method = "quantity_sum"


def _adds_a_part(pair: _Pair, used: set[int]) -> bool:
    """Whether the pair's unused candidate may add to its short, matched component."""
    comp, cand = pair.comp, pair.cand
    return not (
        comp.method not in ("quantity", "quantity_sum")
        or comp.achieved_value is None
        or comp.quantity is None
        or comp.quantity.reduces
        or _LEVELS.match(comp.quantity.unit)  # a rate or a level is never a sum of parts
        or comp.achieved_value >= comp.quantity.value
        or id(cand) in used
        or cand.item.section != comp.evidence_section
        or pair.score < MIN_MATCH
        # a part of another figure (其中…) is not more of it, nor is another figure more of one
        or "其中" in cand.quantity.clause_before
        or "其中" in comp.evidence_text
    )


def _assess_statuses(targets: list[Target], items: list[TextItem], exceed_margin: float) -> None:
    """Each component's status: by quantity if one was found, else by a done-statement."""
    for target in targets:
        for comp in target.components:
            _assess_component(target, comp, items, exceed_margin)


def _assess_component(
    target: Target, comp: Component, items: list[TextItem], exceed_margin: float
) -> None:
    """Compare the achieved quantity, or look for a statement that the work was done."""
    if comp.quantity is not None and comp.achieved_value is not None:
        comp.status = _status_for(comp.quantity, comp.achieved_value, exceed_margin)
        _agency_verdict(comp, items)
    elif comp.quantity is None:
        _assess_done(comp, comp.thing, items, target.item_no)
    elif comp.quantity.value <= 1:
        # A single deliverable (1份, 1式, 1場次): a statement that it was done suffices.
        # A target with one component may be recognised by its whole text.
        thing = comp.text if len(target.components) > 1 else target.text
        _assess_done(comp, thing, items, target.item_no)


#: The agency's own verdict on a target, either way.
_VERDICT = re.compile(r"(?:達成|超越|優於|符合|未達|未能達成)(?:年度|本年度)?(?:目標|預期)")
#: The agency's own verdict that a target was missed.
_MISSED = re.compile(r"未(?:能)?達(?:成)?(?:年度|本年度)?(?:目標|預期)|未能達成")


def _agency_verdict(comp: Component, items: list[TextItem]) -> None:
    """A number compared is checked against what the agency says of it in the same sentence:
    a target it says was missed (未達年度目標) is not met whatever the number; a number in a
    sentence of work approved or under way (已核定補助25處，待…完工查核) is not delivered yet."""
    if comp.status not in ("met", "exceeded") or not comp.evidence_items:
        return
    item = next(
        (
            i
            for i in items
            if i.section == comp.evidence_section and i.item_no == comp.evidence_items[0]
        ),
        None,
    )
    if item is None:
        return
    first_clause = comp.evidence_text.split("；")[0].strip("…")
    sentence = _sentence_of(item.text, first_clause) if first_clause else item.text
    if _MISSED.search(sentence):
        comp.status = "not_met"
    elif _UNDER_WAY.search(sentence):
        comp.status = "unclear"


def _deferrals(attainment: list[TextItem]) -> tuple[list[int], str]:
    """The attainment items with words of deferral or revision, and their joined text."""
    deferral_items = [i.item_no for i in attainment if DEFERRAL.search(i.text)]
    deferral_text = "".join(i.text for i in attainment if i.item_no in deferral_items)
    return deferral_items, deferral_text


def _apply_deferral(
    targets: list[Target], attainment: list[TextItem], deferral_items: list[int]
) -> None:
    """With the work deferred, a component without evidence is not met."""
    if not deferral_items:
        return
    phrase = _deferral_phrase(attainment, deferral_items)
    for target in targets:
        for comp in target.components:
            if comp.status == "unclear":
                comp.status = "not_met"
                comp.evidence_section = "attainment"
                comp.evidence_items = list(deferral_items)
                comp.evidence_text = phrase
                comp.method = "deferral"


def _combine_targets(targets: list[Target]) -> None:
    """Each target's status from its components' statuses."""
    for target in targets:
        target.status = combine_statuses([c.status for c in target.components])


def _deferral_phrase(items: list[TextItem], numbers: list[int]) -> str:
    """The clauses of deferral or revision in the numbered items, joined."""
    phrases: list[str] = []
    for item in items:
        if item.item_no in numbers:
            for clause in _CLAUSE.split(item.text):
                if DEFERRAL.search(clause):
                    phrases.append(clause.strip())
    return "；".join(phrases)


def combine_statuses(statuses: list[str]) -> str:
    """One status for several: any not_met, else any unclear, else all exceeded, else met."""
    if not statuses:
        return "unclear"
    if "not_met" in statuses:
        return "not_met"
    if "unclear" in statuses:
        return "unclear"
    if all(s == "exceeded" for s in statuses):
        return "exceeded"
    return "met"


def plan_verdict(target_statuses: list[str], is_deferred: bool) -> str:
    """A plan's verdict: its targets combined, and ``not_met`` whenever the work was deferred."""
    if is_deferred:
        return "not_met"
    return combine_statuses(target_statuses)
