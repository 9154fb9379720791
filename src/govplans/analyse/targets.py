"""The automatic target-versus-actual assessment of one plan, from the report's own words.

Each target (one top-level item of 績效目標及本年度目標值) is split into measurable components
(one per quantity: 「攻防演練1場次、教育訓練2場次及分享交流會議4場次」 has three, numbers read by
:mod:`govplans.analyse.quantity`); each component has a type and its one comparison rule
(:mod:`govplans.analyse.target_types`). Each section's items are aligned one to one with the
targets (:mod:`govplans.analyse.alignment`); figures reported in the attainment text (and, with a
little less weight, in the execution text) are matched to components by measure-word group and by
what is counted (shared character bigrams of the surrounding words), the aligned item weighing
more and an item aligned to another target much less, never by position alone.

Status of a component:

* ``exceeded`` / ``met`` / ``not_met``: the achieved figure by the type's rule (a change from
  the change reported or two printed levels, a rank from the rank reported, a deadline from the
  completion date), or, for a part without a number (or a single deliverable, value 1), an item
  about the same thing that says it was done (完成, 已…, 上線, 公告, 核定, 發布…) or not;
* the agency's own words on the aligned attainment item come first: a negative or partial
  statement (未達成, 延後, 草案, 已決標, 招標中, 已完成65%…) makes a part that reads met
  ``not_met``; work approved or under way makes it ``unclear``;
* ``not_met`` too when the plan's attainment text defers or re-schedules the work (暫緩, 延後,
  修正…期程) and nothing shows the part done;
* ``unclear`` otherwise, with a reason (:data:`UNCLEAR_REASONS`); every status has a reason.

A target is ``not_met`` if any component is, else ``unclear`` if any component is, else
``exceeded`` if every component is, else ``met``. This module never reads reviewed annotations.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from itertools import pairwise

from govplans.analyse.alignment import MIN_CONTENT, Alignment, align, join_continuations
from govplans.analyse.quantities import (
    AMOUNT_WORDS,
    IN_PROGRESS,
    LABEL_LIMIT,
    Quantity,
    bigrams,
    containment,
    extract_quantities,
    is_measurement,
    strip_stopwords,
    thing_similarity,
)
from govplans.analyse.quantity import read_number
from govplans.analyse.target_types import (
    CHANGE_WORD,
    DOWN_WORD,
    FIRST_PLACE,
    FUTURE_ACT,
    FUTURE_DONE,
    LAW_DRAFT,
    QUARTER_NUMBER,
    Deadline,
    TypedPart,
    classify,
    compare,
    deadline_of,
    is_law_target,
    law_stage,
    rank_at,
    rank_of,
    roc_year,
)
from govplans.model.vocab import STATUSES

__all__ = ["STATUSES", "PlanTargets", "Target", "TextItem", "assess_plan_targets"]
SECTION_WEIGHT = {"attainment": 1.0, "execution": 0.9}  # prefer the attainment text
#: Least thing-similarity for another column's figure that reads met where the part reads
#: exceeded (or the reverse) to be a conflict: the same measure named alike on both sides.
DEGREE_CONFLICT_SIMILARITY = 0.5
#: Below this thing-similarity a percentage naming another rate is another measure.
OTHER_RATE_SIMILARITY = 0.2
MIN_MATCH = 0.12  # least thing-similarity to accept a quantity as evidence for a component
#: Least thing-similarity for a time printed in another unit to stand for the part's.
CONVERTED_SIMILARITY = 0.4
#: An item aligned to another target whose text it shares at least this many times as much
#: as this target's is that target's account only (a white paper's publication is not another
#: target's research deepened): its statements are never this target's.
NEIGHBOUR_MARGIN = 1.5
MIN_DONE = 0.34  # least share of a qualitative target's words an item must contain
CUMULATIVE_WEIGHT = 0.5  # a 累計 figure answers a yearly target only when nothing else does
OWN_ITEM_WEIGHT = 1.15  # a figure in the target's aligned item
OTHER_ITEM_WEIGHT = 0.3  # a figure in an item aligned to other targets only
PART_WEIGHT = 0.5  # likewise a figure introduced by 其中 (a part of the one before it)
#: A share computed from two counts (459人 of 612人) against a rate printed.
SHARE_WEIGHT = 0.8
#: A figure in an item aligned to another target that shares words with this one, when this
#: one has an item of its own in that column (新增旱作區…面積 beside 新增灌區面積's own item)
SHARED_ITEM_WEIGHT = 0.85
#: Units whose figures are levels or rates, never summed from parts.
_LEVELS = re.compile(r"^(?:%|[a-zμ/0-9]+)$")

#: (never an act followed by 後 with something to come: 溫室完工後將可提升…, 上線後即可提供…,
#: a condition)
_DONE = re.compile(
    r"(?:完成|完工|竣工|上線|公告|核定|發布|出版|啟用|成功|通過|取得|辦竣|辦畢)"
    r"(?!後[^，,。；;]{0,14}?(?:將|即|便|就|可望|可|始|才|預計))|已"
)
#: Words of a grant or contract approved or awarded, not yet delivered.
_APPROVED = re.compile(r"核定|核准|決標|簽約|簽訂")
#: Words that the thing approved was delivered as well (built, accepted, in service).
_DELIVERED = re.compile(r"完工|竣工|驗收|啟用|上線|開通|營運|交船|交車|交付|建置完成|完成建置")


def _delivered(text: str) -> bool:
    """Whether ``text`` says the thing was delivered (完工, 啟用, 完成建置 …), not that it was
    not (尚未完成建置, 未能啟用)."""
    return any(
        not re.search(r"(?:未(?:能|及)?|尚未|無法)$", text[max(0, m.start() - 3) : m.start()])
        for m in _DELIVERED.finditer(text)
    )


#: Measure words that count cases (a grant, an application, a contract): for a target counted
#: in them the approval is the thing counted, not a step before it (補助…1案: the grant approved
#: is the case; 設施1式: the facility is delivered only when built).
_CASE_WORDS = frozenset({"案"})
#: A target that is a procurement act, and the words that say it was done.
_PROCUREMENT = re.compile(r"發包|決標|招標|簽約|採購案(?![\u4e00-\u9fff])")  # (…採購案 asked last)
_AWARDED = re.compile(r"(?:已|並|於[^，,。；;]{0,12}?)(?:決標|簽約|簽訂契約|完成發包|發包)")


def _awarded(sentence: str) -> bool:
    """Whether the sentence says a procurement was awarded (已決標, 於12月19日決標), not that it
    was not (未能於本年度決標, 尚未決標)."""
    for m in _AWARDED.finditer(sentence):
        clause = _CLAUSE.split(sentence[: m.end()])[-1]
        if not re.search(r"未|無法|尚", clause):
            return True
    return False


#: The words that qualify the deliverable itself as unfinished (a draft, a prototype, a first
#: or partial form, a stage of it: 第一階段, 第1期), whatever activity the target names (評估報告
#: 已完成初稿 for 完成…評估報告; 模型已完成雛型 for 建置…模型).
_UNFINISHED_FORM = re.compile(
    r"草案|初稿|雛型|雛形|初步|部分|第[一二三四五六七八九十\d]{1,2}(?:階段|期)"
)
#: Stages before a deliverable: completing one is not delivering it (and the unfinished forms).
_PREPARATORY = re.compile(
    r"規劃|設計|評估|規格|可行性研究|招標文件|談判|協商|磋商|需求(?:訪談|分析|調查)|系統分析"
    r"|先期作業|前置作業|採購|" + _UNFINISHED_FORM.pattern
)


def _stage_before(clause: str, thing: str) -> bool:
    """Whether what the clause says was completed is a stage before the thing: a preparatory
    word when the thing names none (已完成規劃 for 完成系統建置), or a word of an unfinished
    form the thing does not use (已完成初稿 for 完成…評估報告)."""
    forms = [m.group(0) for m in _PREPARATORY.finditer(clause)]
    if "購" in thing and not re.search(r"採購(?:案)?(?:招標|決標|簽約)", clause):
        forms = [w for w in forms if w != "採購"]  # (添購…設備: the purchase is the thing)
    if not _PREPARATORY.search(thing) and any(not _own_form(w, thing) for w in forms):
        return True
    return any(not _own_form(m.group(0), thing) for m in _UNFINISHED_FORM.finditer(clause))


def _own_form(words: str, thing: str) -> bool:
    """Whether the thing names these words itself; it is read without its digits (第1期 is 第期
    there), so a stage it numbers (完成…平台第1期建置) is its own; a prototype is one by any of
    its names (雛型, 雛形, 原型)."""
    if re.fullmatch(r"雛[型形]|原型", words) and re.search(r"雛[型形]|原型", thing):
        return True
    return words in thing or re.sub(r"\d", "", words) in thing


#: The same words as marked: 已 with the verb after it (已完成), else alone.
_DONE_WORDS = re.compile(
    r"已?(?:完成|完工|竣工|上線|公告|核定|發布|出版|啟用|成功|通過|取得|辦竣|辦畢)|已"
)
#: Words that say a thing was not done, or not done in time: deferral, revision, failure.
_NEGATION = re.compile(
    r"未完成|尚未|未能|未克|未如期|未依限|未按期|難以|未達|暫緩|延後|延宕|延至|順延|展延|流標|廢標|落後|停止|取消|無法|改列"
    r"|未執行|未辦理|未實施|停辦"
    r"|(?:修正|調整|變更|延長)[^。；;]{0,15}?(?:期程|期間|時程)"
)
#: Words that say a thing was approved or started but not delivered: not done (yet).
_UNDER_WAY = re.compile(
    rf"{IN_PROGRESS}|刻正|正辦理"
    r"|辦理[^，,。；;]{0,12}中(?![心央國文小華部南北區醫藥]|案|之|的|者|工程|工地)"
    r"|待[^，,。；;]{0,14}?(?:完工|驗收|查核|核定|撥付|審查|發包|決標)"
    r"|尚待|有待|待[^，,。；;]{0,14}?後"  # 尚待雙方完成內部程序後簽署: the step asked is to come
)
_SENTENCE = re.compile(r"[。；;！？!?]")
DEFERRAL = re.compile(
    r"暫緩|延後|延宕|展延|延至|順延|未達成|未能達成|未達目標|流標|廢標|改列(?:下|次|\d{3})"
    r"|(?:修正|調整|變更|延長)[^。；;]{0,15}?(?:期程|期間|時程|行程)"
    r"|(?:期程|期間|時程|行程)[^。；;]{0,6}?(?:修正|調整|變更|延長)"
)
#: Clause delimiters; never a comma of thousands (4,286個) nor a colon between digits (27001:2022).
_CLAUSE = re.compile(r"[，。；;：！？!?]|(?<!\d),|,(?!\d{3}(?!\d))|(?<!\d):|:(?!\d)")
#: Words of an item that speaks of the whole plan, not of one target.
_PLAN_WIDE = re.compile(r"本計畫|全案|整體|各項|各分項|計畫(?:執行)?(?:期程|期間)")
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
    typed: TypedPart = field(default_factory=lambda: TypedPart("qualitative"))
    reason: str | None = None  # why this status (see REASONS); for unclear, why not decided
    decided_by: str = ""  # the words or number of the evidence that decided
    achieved_bound: str = ""  # 近 (<) or 逾/餘 (>) on the achieved figure
    achieved_ratio: float | None = None  # a rate the agency reports alone (達成率97.2%)
    cumulative_seen: str = ""  # a cumulative figure's clause about this yearly part
    cumulative_item: tuple[str, int] | None = None  # ... and its item (section, number)
    to_month: int | None = None  # the achieved figure runs only to this month (截至10月底)
    to_year: int | None = None  # … of this year, when printed

    @property
    def target_value(self) -> float | None:
        if self.quantity is not None:
            return self.quantity.value
        return float(self.typed.value) if self.typed.value is not None else None

    @property
    def target_type(self) -> str:
        return self.typed.type

    @property
    def reported_value(self) -> float | None:
        """The achieved value as shown: none for a figure printed as below an unknown amount
        (近5,000, 未達5,000: the status reads the bound, the table shows no number)."""
        return None if self.achieved_bound == "<" else self.achieved_value

    @property
    def decided_span(self) -> tuple[int, int] | None:
        """Where :attr:`decided_by` stands in :attr:`evidence_text`, or None."""
        if not self.decided_by:
            return None
        start = self.evidence_text.find(self.decided_by)
        return (start, start + len(self.decided_by)) if start >= 0 else None


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
    alignment: dict[str, Alignment] = field(default_factory=dict)  # section -> aligned item
    aligned_items: dict[str, TextItem] = field(default_factory=dict)
    aligned_positions: dict[str, int] = field(default_factory=dict)  # 1-based among the items
    item_positions: dict[str, dict[int, int]] = field(default_factory=dict)  # item_no -> 1-based
    other_items: set[tuple[str, int]] = field(default_factory=set)  # aligned to others only
    # ... and closer to the text of the target they are aligned to than to this one's: a
    # statement there that something was done is the neighbour's, never this target's
    neighbours_items: set[tuple[str, int]] = field(default_factory=set)
    # items aligned to other targets that name this one too (shared words): below its own item
    shared_items: set[tuple[str, int]] = field(default_factory=set)
    # the attainment item naming the target most when none is aligned to it (an item covering
    # two targets, aligned to the other): it stands for an execution item it repeats
    named_attainment: TextItem | None = None
    #: the other column's account: section, printed item number, sentence (:func:`other_account`)
    other: tuple[str | None, int | None, str] = (None, None, "")
    fiscal_year: int | None = None  # the report's (ROC), when known

    @property
    def target_type(self) -> str:
        """The target's type: its part's, or ``compound`` for a target with several parts."""
        if len(self.components) > 1:
            return "compound"
        return self.components[0].target_type if self.components else "qualitative"

    @property
    def decisive(self) -> Component | None:
        """The part whose status is the target's (the first), else the headline part."""
        return next((c for c in self.components if c.status == self.status), self.headline)

    @property
    def evidence(self) -> tuple[str | None, int | None, str]:
        """The item that decided the target: its section, its 1-based position and how it was
        found (:func:`deciding_item`)."""
        return deciding_item(self)

    @property
    def headline(self) -> Component | None:
        """The component whose value stands for the target (the first with a value: a
        quantity, or a rank printed 第N名)."""
        quantified = [c for c in self.components if c.target_value is not None]
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
    #: the deferral items that speak of one target only (aligned to it, not naming the plan):
    #: they count through that target's status, not for the whole plan
    target_deferral_items: list[int] = field(default_factory=list)

    @property
    def is_deferred(self) -> bool:
        """Whether the plan's work was deferred or re-scheduled: words of deferral in an item
        that speaks of the whole plan or of no one target."""
        return bool(set(self.deferral_items) - set(self.target_deferral_items))


def split_components(text: str) -> list[Component]:
    """The measurable components of a target: one per quantity, else one qualitative one."""
    quantities = extract_quantities(text)
    # 由100提升至400: the target is 400; 8小時平均濃度: 8 says what is measured
    targets = [q for q in quantities if not q.is_from and not q.is_descriptor]
    targets = [q for q in targets if not _qualifies_a_rate(q, targets, text)]
    # 訓後3個月內薪資成長者比率…提高2個百分點, 辦理18小時…培訓，完成培訓300人: a duration
    # before the noun it qualifies says which things are counted, beside the figure to reach
    spans = [q for q in targets if _qualifying_duration(q, text)]
    if spans and len(spans) < len(targets):
        targets = [q for q in targets if q not in spans]
    # 朝UNAIDS 95-95-95目標邁進，…比率達93%以上: the clause of direction names a goal; the
    # figures to reach are the other clause's
    aims = [q for q in targets if _ASPIRATION.match(q.clause_before + q.phrase + q.clause_after)]
    if aims and len(aims) < len(targets):
        targets = [q for q in targets if q not in aims]
    # 50總噸以上客船安全檢查140艘次, 65歲以上長者接種率達60%: a bound right before a noun
    # selects the things counted by a later figure of its clause
    classes = [q for q in targets if _selects_a_class(q, targets, text)]
    if classes:
        targets = [q for q in targets if q not in classes]
    # 降至1萬件以下（113年度為1萬1,600件）: a bracket giving an earlier year's figure is the
    # baseline, no part to reach
    baselines = [q for q in targets if _BASELINE.search(text[: q.start])]
    if baselines and len(baselines) < len(targets):
        targets = [q for q in targets if q not in baselines]
    # 訓練300場，每場2小時: a figure per thing another figure counts describes each of them
    each = [q for q in targets if _each_of_another(q, targets)]
    if each and len(each) < len(targets):
        targets = [q for q in targets if q not in each]
    # 玉山主峰（海拔3,952公尺）線步道: a bracket describing the thing named (its altitude,
    # length or size) sets it apart, it asks nothing
    described = [q for q in targets if _DESCRIBING_BRACKET.search(q.clause_before)]
    if described and len(described) < len(targets):
        targets = [q for q in targets if q not in described]
    # 每季召開1次，全年4次: a count asked a period that the target restates as the year's total
    # is that total, one part
    restated = [
        q
        for q in targets
        if _asked_per_period(q)
        and any(
            o is not q and o.unit == q.unit and _years_total(o) and o.value == _per_year(q).value
            for o in targets
        )
    ]
    targets = [q for q in targets if q not in restated]
    rank = rank_of(text)
    if rank is not None:
        # 前20名: the rank is the one figure of its clause; a figure of another clause (金牌20面
        # 以上，獎牌榜排名前6名) is a part of its own, before the rank's
        at = rank_at(text)
        start, end = _clause_span(text, at) if at is not None else (0, len(text))
        others = [q for q in targets if not start <= q.start < end]
        in_rank = [q for q in targets if start <= q.start < end]
        targets = [*others, *in_rank[:1]] if others and in_rank else targets[:1]
    if not targets:
        return [Component(1, text, strip_stopwords(text), None, typed=classify(text, None))]
    parts: list[tuple[int, str, str, Quantity | None]] = [
        (q.start, _component_text(q, text), q.thing, _per_year(q)) for q in targets
    ]
    if rank is None:
        # a clause of the target with no figure that asks for a thing done (並通過ISO 27001驗證,
        # 維持ISO/IEC 17025認證) is a part of its own: binary
        parts += [
            (start, clause, strip_stopwords(clause), None)
            for start, clause in _done_clauses(text, targets)
        ]
    parts.sort(key=lambda p: p[0])
    several = len(parts) > 1
    return [
        Component(
            i,
            part_text,
            thing,
            q,
            typed=_done_part(part_text)
            if q is None
            else classify(part_text if several else text, q),
        )
        for i, (_, part_text, thing, q) in enumerate(parts, start=1)
    ]


#: An open bracket of words describing a thing (（海拔, （全長, （面積約) before a figure, or a
#: bracket giving a period's length (活動期間（45日）).
_DESCRIBING_BRACKET = re.compile(
    r"[（(]\s?(?:海拔|標高|高度|全長|長度|寬度|面積|樓高)約?\s?$|(?:期間|為期)\s?[（(]\s?$"
)
#: A count asked per period (每季1次, 每月2場, 每半年1次): the times a year it makes.
_PER_PERIOD = {"每季": 4, "每月": 12, "每半年": 2, "每雙月": 6}


#: Each of the year's periods named (四季各1次, 12個月各1場): as many as it names.
_EVERY_PERIOD_EACH = re.compile(
    r"(?<![、，,\d第])(?:(?P<n>四|4)季|(?P<m>十二|12)個?月)各[^，,。；;]{0,4}$"
)
#: … or the periods listed (於第1、2、4季各辦理1次: three quarters).
_PERIODS_LISTED = re.compile(
    r"第(?P<list>[\d一二三四]+(?:[、及和與][\d一二三四]+)*)季各[^，,。；;]{0,4}$"
)


def _period_said(q: Quantity) -> int | None:
    """How many times a year the period a count is reported per makes (每月均辦理…1次: 12; 完成
    四季各1次調查: 4; 第1、2、4季各辦理1次: 3), or None."""
    each = _EVERY_PERIOD_EACH.search(q.clause_before)
    if each is not None:
        return 4 if each.group("n") else 12
    listed = _PERIODS_LISTED.search(q.clause_before)
    if listed is not None:
        return len(re.split(r"[、及和與]", listed.group("list")))
    return next((times for words, times in _PER_PERIOD.items() if words in q.before), None)


def _per_period(q: Quantity) -> bool:
    """Whether a count is reported per quarter or month (每月均辦理…1次)."""
    return _period_said(q) is not None


def _times_a_year(q: Quantity, times: int | None) -> Quantity:
    """A count of a period as the count a year it makes (``times`` a year; None: as it is);
    never a rate, a measurement or a cap (每月…5件以下 holds each month)."""
    if times is None or q.unit in ("%", "百分點") or is_measurement(q.unit) or q.reduces:
        return q
    return replace(q, value=float(Decimal(str(q.value)) * times))


def _per_year_said(q: Quantity) -> Quantity:
    """A count reported per quarter or month (每月均辦理…1次, 每季召開…1次, 每月平均訪視32人次)
    as the count a year it makes, as a target asked so is read (:func:`_per_year`)."""
    return _times_a_year(q, _period_said(q))


def _years_total(q: Quantity) -> bool:
    """Whether a figure is the year's total (全年受理1,245件, 年度合計)."""
    return q.is_total or re.search(r"全年|年度", q.clause_before) is not None


def _asked_per_period(q: Quantity) -> bool:
    """Whether a part's count is asked a quarter or a month (and so read as the year's)."""
    return _per_year(q) is not q


def _per_year(q: Quantity) -> Quantity:
    """A count asked per quarter or month (召開推動會議每季1次, 每月辦理…檢查1次) as the count a
    year it makes (4次, 12次): the year's report answers with the year's count. The period opens
    the words before the number or stands right before it (or its verb: 每季辦理1次, 每月巡檢1次);
    never an average (每月平均) nor a measurement (每月處理量…公噸)."""
    asked = (
        times
        for words, times in _PER_PERIOD.items()
        # (its verb perhaps between: 監測每季辦理1次)
        if re.search(rf"{words}(?!平均)[\u4e00-\u9fff]{{0,2}}$", q.before)
        or (q.before.startswith(words) and not q.before.startswith(f"{words}平均"))
    )
    return _times_a_year(q, next(asked, None))


#: An open bracket naming an earlier year before a figure (（113年度為, (113年:, （基準值).
_BASELINE = re.compile(
    r"[（(]\s?(?:\d{2,4}\s?年(?:度|底)?(?:基準值|實績|值)?|基準值|基期值?|現況值?)"
    r"\s?(?:為|達|計|約|:|：)?\s?$"
)


def _each_of_another(q: Quantity, quantities: list[Quantity]) -> bool:
    """Whether ``q`` is a figure of each thing another figure counts (300場，每場2小時; 培訓
    50班，每班30人): 每 and that figure's measure word right before it."""
    return any(
        o is not q
        and o.word
        and o.start < q.start
        # (每部長度30分鐘以上, 每集長度25分鐘: the length of each; 每場上限30人, the room of
        # each; 每場至少20組 is a condition)
        and re.search(
            "每"
            + re.escape(o.word)
            + r"(?:長度|時數|時間|時長|片長|上限|人數上限|限額|容量)?(?:約|達)?$",
            q.before,
        )
        and q.qualifier in ("", "約", "達")
        for o in quantities
    )


def _selects_a_class(q: Quantity, quantities: list[Quantity], text: str) -> bool:
    """Whether ``q`` (N…以上/以下 right before a noun) selects the things a later figure of its
    clause counts (50總噸以上客船…140艘次)."""
    if not q.phrase.endswith(("以上", "以下")) or not re.match(r"[\u4e00-\u9fff]", text[q.end :]):
        return False
    # a bound before a conjunction or a verb ends a part (輔導企業30家以上及媒合投資案5件,
    # 培訓學員300人以上並有200人取得證照): it selects nothing
    if _JOINS_OR_ACTS.match(text, q.end):
        return False
    return any(
        o.start > q.end
        and o.unit != q.unit  # 歲, 總噸, Gbps select things counted in another word
        and not re.search(r"[，,；;。]", text[q.end : o.start])
        for o in quantities
    )


_JOINS_OR_ACTS = re.compile(r"[及與和並且或、暨]|辦理|完成|達成|取得|提供|協助|輔導")


def _qualifying_duration(q: Quantity, text: str) -> bool:
    """Whether a duration (3個月, 18小時) stands before the noun it qualifies (3個月內薪資成長
    者, 18小時輔具評估人員培訓), not as a figure to reach (課程18小時，…; 縮短為3個月以內)."""
    if q.unit not in ("小時", "分鐘", "天", "個月") or q.qualifier:
        return False
    after = text[q.end :]
    return re.match(r"(?:內|以內)?[\u4e00-\u9fff]", after) is not None and not re.match(
        r"(?:以[上下內]|為限|之內|內完成|內辦結|內結案)?\s*(?:[，,。；;、]|$)", after
    )


#: A clause of direction (朝…目標邁進): it names a goal the target works toward.
_ASPIRATION = re.compile(r"\s*朝[^，,。；;]*(?:邁進|前進|努力)")
#: A clause that asks for a thing done, with no figure: a binary part of a compound target.
_DONE_CLAUSE = re.compile(
    r"^(?:並|且|及)?(?:於(?!\s?\d)[^，,。；;\d]{1,10}?)?"  # (並於國保網站上架: where it is done)
    r"(?:通過|取得|維持|完成|上線|上架|啟用|建置|成立|公告|發布)"
)


def _done_part(text: str) -> TypedPart:
    """A part done with no figure: a deadline part when it sets a date, else binary."""
    deadline = deadline_of(text)
    return TypedPart("deadline", deadline=deadline) if deadline else TypedPart("binary")


def _done_clauses(text: str, quantities: list[Quantity]) -> list[tuple[int, str]]:
    """The clauses of ``text`` (between ，；。, 並, 且, or 及 before a verb of done) holding none
    of ``quantities`` that start, after a deadline if any, with a verb of a thing done (通過,
    取得, 維持, 完成…): each is a part of its own (binary, or deadline: :func:`_done_part`)."""
    out = []
    start = 0
    # 並 and 且 join clauses too (完成資料庫建置上線並登錄人才1,000人: the database is a part)
    # … and 及 before a verb of done (…管線12公里及完成七股海水供水站新建工程)
    for clause in re.split(r"([，,；;。並且]|及(?=完成|建置|通過|取得|上線|啟用))", text):
        end = start + len(clause)
        body = clause.strip()
        # a deadline before the verb (於114年6月底前完成資料庫上線，並登錄品項3萬5千項) leaves
        # the clause a part of its own, a deadline part
        deadline = deadline_of(body)
        act = (
            body[len(deadline.phrase) :] if deadline and body.startswith(deadline.phrase) else body
        )
        if (
            len(body) >= 4
            and not any(start <= q.start < end for q in quantities)
            and _DONE_CLAUSE.search(re.sub(r"^[\w/ -]{0,40}?(?=通過|取得|維持)", "", act))
            # a thing built whose next clause counts what it holds (建置…參考序列庫，收錄物種
            # 1,000種): the count measures the building, no part of its own
            and not (_BUILT.match(act) and _HOLDS.match(text[end:].lstrip("，,；;並且 ")))
        ):
            out.append((start, body))
        start = end
    return out


#: A thing built (建置, 建立, 建構), and a clause of what it holds (收錄, 涵蓋; never 納入 of
#: members joining, which a platform not yet built can have).
_BUILT = re.compile(r"(?:完成)?(?:建置|建立|建構|建檔)")
_HOLDS = re.compile(r"(?:共|計)?(?:收錄|涵蓋)")


def _qualifies_a_rate(q: Quantity, quantities: list[Quantity], text: str) -> bool:
    """Whether ``q`` says what a later rate of the same clause counts: in
    「100Mbps以上寬頻網路涵蓋率達95%」 or 「於48小時內完成比率達90%」 the target is the rate and
    the first number is part of what is measured (a threshold), never a value to reach."""
    for later in quantities:
        if later.start < q.end:
            continue
        between = text[q.end : later.start]
        # 停工逾六個月之案件降至20件以下, 至少16小時之園所數, 達200%以上之保險公司家數占比, 由7天
        # 延長為14天之梯次，占總梯次比率至少50%: a figure before 之/的 says which things a later
        # figure of the target (in its sentence) counts
        if (
            re.match(r"^(?:以上|以下|以內|內)?[之的]", between)
            and not q.is_from
            and not any(d in between for d in "。；;")
        ):
            return True
        if any(d in between for d in "，,。；;、及與和並或且(（"):
            continue  # (an aside in brackets is a clause of its own)
        # 超過20毫西弗人數降至5人以下, 24小時諮詢專線平均回應時間縮短為2小時以內: the target's
        # predicate (達, 至少, 降至…以下, 以內) marks the figure to reach; an earlier figure of the
        # same clause, unmarked or only selecting (超過, 逾), says what is counted
        if (
            _marked(later)
            and not q.is_from
            and (not q.qualifier or q.qualifier in ("超過", "逾"))
            and not (_marked(q) and q.qualifier != later.qualifier)
        ):
            return True
        if later.unit == q.unit:
            continue
        if later.unit == "%" and q.unit != "%" and re.search(r"率|比例", between):
            return True
        # 升級1Gbps達400校以上: a specification in Latin units, unqualified, before the figure
        # the target's verb marks (達, 至少, 以上) says what kind of thing is counted
        if _LEVELS.match(q.unit) and not q.qualifier and later.qualifier:
            return True
    return False


#: Qualifiers by which a target's predicate marks the figure to reach.
_PREDICATE_MARKS = ("達", "至少", "不少於", "不低於", "以上", "以下", "以內")


def _marked(q: Quantity) -> bool:
    """Whether the target's predicate marks ``q`` as the figure to reach (達5人, 至少50%,
    5人以下, 降至5人, 縮短為2小時以內)."""
    return q.comparison in ("<=", "<") or any(m in q.qualifier for m in _PREDICATE_MARKS)


#: Words joining a part to the one before it: no part of the part (且完成辦理…座談會1場次).
_LEADING_JOIN = re.compile(r"^(?:並且|以及|並|且|及|與|和|或|、)")


def _clause_span(text: str, at: int) -> tuple[int, int]:
    """The start and end of the clause of ``text`` (between ，；。) holding position ``at``."""
    return _span_between(text, at, "，,。；;")


def _span_between(text: str, at: int, stops: str) -> tuple[int, int]:
    """The start and end of the stretch of ``text`` holding position ``at`` between any of the
    characters ``stops``."""
    start = max(text.rfind(c, 0, at) for c in stops) + 1
    ends = [i for c in stops if (i := text.find(c, at)) >= 0]
    return start, min(ends) if ends else len(text)


def _component_text(q: Quantity, text: str) -> str:
    """The part of the target a quantity comes from, nouns joined by 及/與/和/或 kept together
    (書畫及器物修護40至50件); its clause when the part is very short."""
    before, after = q.label_before, q.label_after
    if len(before) >= LABEL_LIMIT:  # cut by length, maybe inside a word: the narrow one
        before = q.before
    if len(after) >= LABEL_LIMIT or _LEADING_JOIN.match(after):
        after = q.after  # 報告1份與AFC相關量測標準: what follows the joining word is another thing
    if q.sentence_before.endswith((f"({before}", f"（{before}")) and q.sentence_after.startswith(
        (f"{after})", f"{after}）")
    ):
        # 完成政策推動策略建議(包含研究報告1篇): the one figure in a parenthesis specifies the
        # thing before it
        whole = f"{q.sentence_before}{q.phrase}{after}{q.sentence_after[len(after)]}"
        return _LEADING_JOIN.sub("", whole)
    label = _LEADING_JOIN.sub("", f"{before}{q.phrase}{after}")
    if re.match(r"(?:包含|包括|含)", label) and text[: q.start].endswith(before):
        # 補助通訊備援系統，包含…相關設施1式: what it includes specifies the thing before it
        head = re.split(r"[。；;]", text[: q.start])[-1].lstrip()
        whole = _LEADING_JOIN.sub("", f"{head}{q.phrase}{after}")
        opened = whole.count("(") + whole.count("（") - whole.count(")") - whole.count("）")
        return whole + ("）" if "（" in whole else ")") * max(opened, 0)
    if len(label) >= 8:
        return label
    return f"{q.clause_before}{q.phrase}{q.clause_after}"


_INCLUDES = re.compile(r"[（(](?:含|包含|包括)([^）)]+)[）)]")


def _one_of_included(target_text: str, q: Quantity) -> bool:
    """Whether a figure counts only one of two or more things the target says its count
    includes (（含實兵演練及桌上兵推）: 實兵演練六場 is one of them)."""
    m = _INCLUDES.search(target_text)
    if m is None:
        return False
    things = [t.strip() for t in re.split(r"[及與和、,，]", m.group(1)) if len(t.strip()) >= 2]
    return len(things) >= 2 and any(t in _last_clause_of(q) for t in things)


def _sole_part_of_its_unit(target: Target, comp: Component) -> bool:
    """Whether no other part of the target counts in the part's measure word."""
    assert comp.quantity is not None
    unit = comp.quantity.unit
    return not any(
        c.quantity is not None and c.quantity.unit == unit
        for c in target.components
        if c is not comp
    )


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
    own = target.aligned_items.get("attainment")
    own_no = own.item_no if own is not None else target.item_no
    same_item = [c for c in in_attainment if c.item.item_no == own_no]
    # with no attainment item aligned, the execution item aligned to the target speaks for it
    # (於14個工作天內完成審查者4,152件，占86.0% for 14個工作天內完成審查之比率達85%)
    executed = target.aligned_items.get("execution")
    # (or the attainment item aligned says it was done with no figure of the measure word:
    # 均已辦竣, 已達成)
    says_done = (
        own is not None
        and not same_item
        and (
            _POSITIVE_VERDICT.search(own.text)
            or _ALL_DONE.search(own.text)
            # 辦理情形詳執行情形說明三、四: the agency's account is the execution item's
            or _REFERS_TO_EXECUTION.search(own.text)
        )
        and not (
            _MISSED.search(own.text)
            or _AGENCY_MISSED.search(own.text)
            or _NEGATION.search(own.text)  # 未能全數完成, 無法全數完成
        )
    )
    in_execution = (
        [c for c in same_unit if c.item is executed and not c.quantity.is_total]
        if (own is None or says_done) and executed is not None
        else []
    )
    # … or the total of its figures (高效率馬達612案、空壓機388案、LED照明836案，合計1,836案;
    # 各辦理…一場，計三場)
    totals = [c for c in same_unit if c.item is executed and c.quantity.is_total]
    if (
        (own is None or says_done)
        and len(totals) == 1
        and (not in_execution or (len(in_execution) > 1 and _sums_its_parts(totals[0], same_unit)))
    ):
        in_execution = totals
    for pool in (
        same_item,
        in_attainment if unit_counts[comp.quantity.unit] == 1 else [],
        in_execution,
    ):
        if len(pool) == 1 and (
            thing_similarity(comp.quantity, pool[0].quantity) > 0
            or _same_rate(comp.quantity, pool[0].quantity)
            # the one figure of the measure word in the item aligned to this target alone
            # (全年總計二十場 for 辦理客庄節慶活動20至24場), for a part no other part of the
            # target counts in its measure word (演出56場、觀眾9萬2千人次 for 巡演50場，觀眾8萬人次)
            or (
                (pool is in_execution or (pool is same_item and own is not None))
                and _sole_part_of_its_unit(target, comp)
            )
        ):
            return pool[0]
    return None


def _best_clause(text: str, phrase: str, dated: bool = False) -> str:
    """The clause of ``text`` that answers ``phrase``: one about it saying it was done first
    (for a deadline, one that dates it before one that does not), then the one most about it."""
    clauses = [c.strip() for c in _CLAUSE.split(text) if c.strip()]
    if not clauses:
        return text

    # A clause that says it was done and is about the thing, before one that only names it
    # (「互動式介面」已於114年12月上線 answers 「…互動式介面…完成上線」, not the manual's trial);
    # for a deadline the dated one first (核定208件，並於115年9月24日完成期中審查 for 於10月底前
    # 完成…期中審查: the review's date, not the approval)
    def rank(c: str) -> tuple[bool, bool, float]:
        about = containment(phrase, c)
        done = about > 0 and bool(_DONE.search(c))
        return (dated and done and bool(_DATE.search(c) or _MONTH_ONLY.search(c)), done, about)

    return max(clauses, key=rank)


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
    component: Component,
    thing: str,
    items: list[TextItem],
    item_no: int | None = None,
    dated: bool = False,
    aim: bool = False,
    execution_no: int | None = None,
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
        # The attainment item aligned to the target answers it when it gives a verdict
        # (達成目標, 未達成年度目標) naming the thing more briefly, or, for a deadline, a date.
        # Its own words of failure or deferral (本項未能如期完成) answer it even when it names
        # nothing: the agency's words on the aligned item come first.
        aligned = item.section == "attainment" and item.item_no == item_no
        answers = aligned and (
            (
                # an aim (強化…服務，提升…安全) is answered by its own item's verdict in any words
                (sim > 0 or aim)
                and (
                    _VERDICT.search(item.text) is not None
                    # a date and a word of done on the item aligned to a deadline (論壇已於11月
                    # 辦理完成 for 於115年10月底前主辦…論壇): its own account of the date
                    or (
                        dated
                        and (_DATE.search(item.text) or _MONTH_ONLY.search(item.text))
                        and (sim >= MIN_DONE / 2 or _DONE.search(item.text) is not None)
                    )
                )
            )
            or _NEGATION.search(item.text) is not None
            or _MISSED.search(item.text) is not None
            # its words of work still under way (認證申請文件仍在辦理中) answer it too
            or _UNDER_WAY.search(item.text) is not None
        )
        # with no attainment item of its own, the execution item aligned to it that says the
        # thing was done (施行細則修正條文已於115年10月14日發布施行) answers in shorter words
        answers = answers or (
            item.section == "execution"
            and item.item_no == execution_no
            and sim > 0
            and _DONE_STATED.search(item.text) is not None
        )
        if sim >= MIN_DONE or answers:
            first = item.section == "attainment"
            scored.append((first, sim * SECTION_WEIGHT[item.section], item))
    scored.sort(key=lambda entry: (not entry[0], -entry[1]))
    sent_on = False  # the thing was sent on as asked: review at the other end says nothing
    for _, score, item in scored:
        clause = _best_clause(item.text, thing, dated)
        sentence = _sentence_of(item.text, clause)
        if _PROCUREMENT.search(thing) and _awarded(sentence):
            # the target is the procurement itself (完成…發包): its award is its delivery,
            # earlier failed tenders (兩度流標) are its history
            component.status = "met"
            deciding: tuple[re.Pattern[str], ...] = (_AWARDED,)
        elif _negated(clause, thing) or _MISSED.search(sentence) or _taken_back(sentence, thing):
            component.status = "not_met"
            deciding = (_NEGATION, _MISSED)
        elif (
            (sent := _SENT_ON.search(thing)) is not None
            # … and asks nothing after the sending (報院核定: the approval is asked too)
            and not re.search(r"核定|通過|發布|公告|施行", thing[sent.end() :])
            and re.search(rf"已(?:於[^，,。；;]{{0,12}})?{sent.group(0)}", sentence) is not None
            and (_UNDER_WAY.search(sentence) or _AGENCY_NOT_DELIVERED.search(sentence))
            and not _negated(clause, thing)
        ):
            # a target to send something on (提送…修正建議, 草案並報行政院審議) is met when it has
            # been sent (已提送, 已報行政院), whatever review follows at the other end (審議中)
            component.status = "met"
            deciding = (_DONE_WORDS,)
            sent_on = True
        elif (
            (tender := _AGENCY_NOT_DELIVERED.search(sentence))
            and not _asks_for_stage(thing, tender.group(0))
            and not _history_of_the_done(tender.group(0), sentence)
            and not _delivered(sentence)
            and law_stage(sentence) != "done"  # a 草案 passed (三讀, 公布) is the law made
        ):
            # 已完成需求訪談及系統分析，系統開發採購案招標中: the deliverable is still being
            # procured (or only drafted): not delivered, whatever stage before it was completed
            component.status = "not_met"
            component.reason = "not_delivered"
            deciding = (_AGENCY_NOT_DELIVERED,)
        elif _expected_later(sentence, thing):
            # 已完成系統開發及功能測試，預計116年1月正式上線 for 完成…改版上線: the act the target
            # asks for is still to come
            component.status, component.reason = "not_met", "agency_says_late"
            deciding = (FUTURE_DONE,)
        elif _partial_in(sentence, thing):
            # 升級已完成80%，預計115年第1季完成: a share completed is partial, in any column
            component.status, component.reason = "not_met", "partial"
            deciding = (_AGENCY_PARTIAL,)
        elif (
            "草案" in thing
            and "草案" in sentence
            and (act := re.search(r"完成([\u4e00-\u9fff]{2})", sentence)) is not None
            and act.group(1) in thing
            # … and asks nothing after the draft (函報行政院, 函送立法院, 發布)
            and not _AFTER_DRAFT.search(thing)
            and _UNDER_WAY.search(sentence)
            and not _negated(clause, thing)
        ):
            # a target to draft (完成…草案編修) is met by the draft done by the very act it asks
            # for, whatever review follows it (第五版草案已完成編修，送審議中); never a draft done
            # by another act (修正草案完成預告 for 草案函送立法院)
            component.status = "met"
            deciding = (_DONE_WORDS,)
        elif _UNDER_WAY.search(sentence) and (partly := _partly_done(scored, item, thing)):
            # 仍在辦理中 here, 已完成65% in the other column of the same thing: the share done is
            # the account of the year, a part only (not met, as 65% alone is)
            item, clause = partly
            sentence = _sentence_of(item.text, clause)
            component.status, component.reason = "not_met", "partial"
            deciding = (_AGENCY_PARTIAL,)
        elif _under_way_of(sentence, thing) or _ON_TRACK.search(sentence):
            component.status = "unclear"  # approved or started, not delivered
            deciding = (_UNDER_WAY, _ON_TRACK)
        elif (
            _DONE.search(present := FUTURE_DONE.sub("", item.text))
            or _POSITIVE_VERDICT.search(present)
            or (dated and _held_on(present, thing))
        ):
            component.status = "met"
            deciding = (_POSITIVE_VERDICT, _DONE_WORDS)
            if not dated and (left := _part_left(sentence, clause, thing)) is not None:
                # 完成實驗室驗證，現場驗證…延至116年辦理 for 完成…實驗室及現場驗證: one of the
                # things asked is put off
                component.status, component.reason = "not_met", "agency_says_late"
                clause, deciding = left, (_NEGATION,)
        else:
            continue
        component.decided_by = _deciding_words(clause, deciding)
        component.evidence_section = item.section
        component.evidence_items = [item.item_no]
        component.evidence_text = clause
        component.match_score = round(score, 3)
        component.method = "done_statement"
        if (
            component.status == "met"
            and score < MIN_DONE
            # (the item's own words of a miss, if any, are read as the agency's words later)
            and not any(p.search(item.text) for p in (_AGENCY_MISSED, _AGENCY_LATE))
            and not _AGENCY_NOT_DELIVERED.search(item.text)
            and (later := _other_says_later(scored, item, thing)) is not None
        ):
            # a brief item reads done (已完成開發), an item naming the thing fully puts the very
            # act the target asks for in the future (預計116年1月上線): not delivered this year
            component.status, component.reason = "not_met", "agency_says_late"
            later_item, clause = later
            component.evidence_section = later_item.section
            component.evidence_items = [later_item.item_no]
            component.evidence_text = clause
            component.decided_by = _deciding_words(clause, (FUTURE_DONE,))
        elif (
            component.status == "met"
            and score < MIN_DONE
            and not sent_on
            and _other_says_under_way(scored, item, thing)
        ):
            # a brief item reads done, an item naming the thing fully says it is not delivered
            component.status, component.reason = "unclear", "conflicting_signals"
        elif (
            component.status == "met"
            and _stage_before(clause, thing)
            and not _history_of_the_done(clause, sentence)  # (初稿於8月完成) of 已於11月出版
            and law_stage(sentence) != "done"  # a 草案 passed and promulgated is the law
        ):
            # what was completed is a stage before the deliverable (its design, its
            # specification, a draft): not the deliverable itself
            component.status, component.reason = "unclear", "under_way"
        elif (
            component.status == "met"
            and _APPROVED.search(clause)
            and not _delivered(clause)
            # (done, and then approved: 評估已完成並經核定 is the thing finished)
            and not re.search(r"已完成[並且及]?(?:經[^，,。；;]{0,8}?)?(?:核定|核准)", clause)
            and not _APPROVED.search(thing)
            and not _PROCUREMENT.search(thing)  # a procurement is delivered by its award
            # a report approved (報告已核定) is delivered, unless carrying it out is what is asked;
            # never another document approved (稽核計畫已奉核定 for 稽核報告)
            and not (
                any(d in thing for d in _DOCUMENT.findall(clause)) and not _CARRY_OUT.search(thing)
            )
        ):
            # a grant or contract approved (核定, 決標, 簽約) is the case counted (補助…1案) or
            # the approval asked for (完成…核定), never the facility or the work delivered
            # (設施1式, 完成…建置): approved, not delivered
            if component.quantity is not None and component.quantity.word in _CASE_WORDS:
                component.reason = "case_approved"  # met: the approval is the case counted
            else:
                component.status, component.reason = "unclear", "under_way"
        return


#: Words of a part that asks all the things counted to do it (全數取得資格, 均完成).
_ALL_OF_THEM = re.compile(r"全數|全部|(?<!平)均|皆|每一")


#: The words a clause's subject ends before: done (已), not done (尚未), or under way.
_NOT_YET_OR_DONE = re.compile(r"已|尚未|仍未|未完成|" + IN_PROGRESS)


def _joined_part_undone(target: Target, comp: Component) -> None:
    """A part asking an act of things joined (門診及住院模組上線) whose aligned item says it of
    one (門診模組已上線) and that another it names is still under way or not done (住院模組測試
    中): not all of it, `not_met` (`partial`)."""
    if comp.status not in ("met", "unclear") or not _joined(comp.text):
        return
    for section in ("attainment", "execution"):
        item = target.aligned_items.get(section)
        if item is None:
            continue
        clauses = [c.strip() for c in re.split(r"[，,；;。]", item.text) if c.strip()]
        done = [c for c in clauses if re.search(r"已[^，,。；;]{0,6}?" + _DONE.pattern, c)]
        undone = [c for c in clauses if _UNDER_WAY.search(c) or re.search(r"尚未|仍未|未完成", c)]

        # what each clause speaks of: its words before the word of done or not done, when
        # they name the part's things (at least half of them in its text)
        named = {
            c: s
            for c in {*done, *undone}
            if len(s := strip_stopwords(_NOT_YET_OR_DONE.split(c)[0])) >= 2
            and containment(s, comp.text) >= 0.5
        }
        if any(d in named and u in named and named[d] != named[u] for d in done for u in undone):
            comp.status, comp.reason, comp.method = "not_met", "partial", "done_statement"
            _point_item(comp, item, next(u for u in undone))
            comp.decided_by = next(u for u in undone)
            return


def _not_all(comp: Component, items: list[TextItem]) -> None:
    """A part done, asking that all do it (培訓…6人並全數取得原廠教官資格), whose sentence
    counts fewer of them (6人完成原廠受訓，其中5人取得…，1人複訓中): not all, `not_met`
    (`partial`)."""
    if comp.status != "met" or not _ALL_OF_THEM.search(comp.text) or not comp.evidence_items:
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
    sentence = _sentence_of(item.text, comp.evidence_text.split("；")[0])
    found = extract_quantities(sentence)
    for part in found:
        whole = next(
            (
                w
                for w in reversed(found)
                if w.end <= part.start and w.unit == part.unit and "其中" not in w.clause_before
            ),
            None,
        )
        # a part that did the act asked (其中5人取得資格), never a subgroup described (其中65歲
        # 以上長者40人, 其中3區結合學校辦理)
        asked = _ALL_OF_THEM.search(comp.text)
        act = comp.text[asked.end() : asked.end() + 2] if asked else ""
        tail = re.split(r"[，,。；;]", sentence[part.end :])[0]
        if (
            "其中" in part.clause_before
            and whole is not None
            and part.value < whole.value
            and act
            and act in tail
        ):
            comp.status, comp.reason = "not_met", "partial"
            comp.evidence_text = sentence.strip()
            comp.decided_by = part.phrase
            return


#: A statement that a thing was done, its date perhaps between (已於115年10月14日發布施行).
_DONE_STATED = re.compile(
    r"(?<![未尚])已(?:於[^，,。；;]{0,14}?)?(?:如期|依限|正式)?"
    r"(?:完成|辦竣|辦理完竣|上線|啟用|完工|竣工|發布|公布|公告|施行|開通|揭牌|出版|定稿)"
)


def _partly_done(
    scored: list[tuple[bool, float, TextItem]], item: TextItem, thing: str
) -> tuple[TextItem, str] | None:
    """Another item naming the thing (at least MIN_DONE of its words) whose sentence about it
    gives the share completed (已完成65%): that item and the clause, or None."""
    for _, score, other in scored:
        if other is item or score < MIN_DONE * SECTION_WEIGHT[other.section]:
            continue
        clause = _best_clause(other.text, thing)
        if _partial_in(_sentence_of(other.text, clause), thing):
            return other, clause
    return None


#: An event held on a date (第11屆創業競賽於113年10月辦理決賽, 於6月12日舉行): done on it.
_HELD_ON = re.compile(
    r"(?P<y>\d{2,3})\s?年\s?(?P<m>\d{1,2})\s?月(?:\s?\d{1,2}\s?日)?(?:至\s?\d{1,2}\s?日)?\s?"
    r"(?:辦理|舉行|舉辦|召開)(?!中)"
)


def _held_on(text: str, thing: str) -> bool:
    """Whether ``text`` holds an event on a date that is not one expected (預計…辦理), and the
    event itself, not a step before it the thing does not name (籌備會議, 報名, 說明會)."""
    for m in _HELD_ON.finditer(text):
        if _EXPECTED.search(text[: m.start()]):
            continue
        held = re.split(r"[，,。；;]", text[m.end() :])[0]
        steps = [w for w in _STEP_BEFORE_EVENT.findall(held) if w not in thing]
        if not steps:
            return True
    return False


#: Steps before an event, held on their own dates: no date of the event.
_STEP_BEFORE_EVENT = re.compile(r"籌備|報名|說明會|記者會|預備|前置|規劃|工作會議|協調會|徵件")


def _under_way_of(sentence: str, thing: str) -> bool:
    """Whether the sentence says the thing is under way: words of work under way, except in a
    clause of what follows it that does not name it (清查已完成，後續補強作業持續辦理中)."""
    for m in _UNDER_WAY.finditer(sentence):
        clause = _clause_at(sentence, m.start())
        if re.match(r"\s?(?:後續|另|其餘|其他)", clause) and containment(thing, clause) < 0.5:
            continue
        return True
    return False


def _part_left(sentence: str, clause: str, thing: str) -> str | None:
    """Another clause of the sentence with words of failure or deferral that names words of the
    thing the done clause lacks (現場驗證因合作廠商退出，延至116年辦理 beside 完成實驗室驗證):
    that clause, or None."""
    lacked = bigrams(strip_stopwords(thing)) - bigrams(clause)
    for other in _CLAUSE.split(sentence):
        if (
            other.strip()
            and other not in clause
            and (_NEGATION.search(other) or _future_not_planned_before(other))
        ):
            # the thing's words in the failing clause or in the one just before it
            at = sentence.find(other)
            before = _CLAUSE.split(sentence[:at])[-2] if at > 0 else ""
            if len(lacked & bigrams(before + other)) >= 2:
                return (before + "，" + other).strip("，")
    return None


def _original_plan(text: str, m: re.Match[str]) -> bool:
    """Whether the word of the future at ``m`` is the plan a thing was done against (原預定114年
    10月送…, 已提前於8月函送): 原 right before it."""
    return text[max(0, m.start() - 1) : m.start()] == "原"


def _future_not_planned_before(text: str) -> bool:
    """Whether ``text`` puts an act in the future (預計…上線), never as the plan it was done
    against (原預定114年10月送…, 已提前於8月函送)."""
    return any(not _original_plan(text, m) for m in FUTURE_DONE.finditer(text))


def _expected_later(sentence: str, thing: str) -> bool:
    """Whether ``sentence`` puts the very act the target asks for in the future (預計…上線,
    俟…後發布, 改列…啟用): its last word, when the target uses it too."""
    asked_phases = {p.group(1) for p in _PHASE.finditer(thing)}
    for m in FUTURE_DONE.finditer(sentence):
        if _original_plan(sentence, m):
            continue  # 原預定114年10月送…: the plan it was done ahead of (已提前於8月函送)
        named = [p.group(1) for p in _PHASE.finditer(sentence[: m.start()])]
        if asked_phases and named and named[-1] not in asked_phases:
            continue  # 第二標…預定116年3月竣工 for 第一標竣工: another phase's act
        # every act in the clause after the word of the future (尚待資安檢測通過後上線: 上線
        # as well as 通過)
        window = re.split(r"[，,。；;]", sentence[m.start() : m.start() + 24])[0]
        if any(act.group(0) in thing for act in FUTURE_ACT.finditer(window)):
            return True
    return False


#: A contrast within a sentence: what follows takes back what came before (已完成審定，惟進度落後).
_BUT = re.compile(r"[，,]\s*(?:惟|但|然而|不過)")


def _taken_back(sentence: str, thing: str) -> bool:
    """Whether a contrast in ``sentence`` (惟, 但 …) is followed by words of failure or deferral
    the target does not use itself: 細部設計已完成審定，惟進度落後."""
    m = _BUT.search(sentence)
    return m is not None and _negated(sentence[m.end() :], thing)


def _negated(clause: str, thing: str) -> bool:
    """Whether ``clause`` holds a word of failure or deferral that the target does not use
    itself (完成…認證展延 is done by 完成認證展延: its 展延 is what was asked, not a delay)."""
    return any(
        m.group(0) not in thing and not _names_things(clause[m.end() :])
        for m in _NEGATION.finditer(clause)
    )


#: After 之: no word naming a miss's cause (未達成預定目標之原因: a miss, no relative clause).
_NOT_A_CAUSE = r"(?!原因|主因|因素|理由|緣由)"


def _names_things(after: str) -> bool:
    """Whether the words after a word of failure make it a relative clause naming things
    (未完成結案之申訴案件, 未達成結案之案件: the cases not closed), no statement of a miss
    (未完成之部分 is one)."""
    rest = after[1:] if after.startswith("成") else after  # 未達|成結案之
    # (未達成預定目標之原因: the cause of a miss, a miss)
    return re.match(r"(?:(?!之)[\u4e00-\u9fff]){1,4}之" + _NOT_A_CAUSE, rest) is not None


def _deciding_words(clause: str, patterns: tuple[re.Pattern[str], ...]) -> str:
    """The first words in ``clause`` that decided a status by words (未完成, 辦理中, 已完成…),
    empty when they stand outside it (the span is marked in the clause shown)."""
    for pattern in patterns:
        m = pattern.search(clause)
        if m is not None:
            return m.group(0)
    return ""


def _other_says_under_way(
    scored: list[tuple[bool, float, TextItem]], chosen: TextItem, thing: str
) -> bool:
    """Whether another item naming the thing fully says the work is approved or under way."""
    for _, score, item in scored:
        if item is chosen or score < MIN_DONE * SECTION_WEIGHT["execution"]:
            continue
        sentence = _sentence_of(item.text, _best_clause(item.text, thing))
        if _UNDER_WAY.search(sentence):
            return True
    return False


def _other_says_later(
    scored: list[tuple[bool, float, TextItem]], chosen: TextItem, thing: str
) -> tuple[TextItem, str] | None:
    """Another item naming the thing fully whose sentence puts the target's very act in the
    future (刻正辦理系統驗收，預計116年1月上線): that item and the sentence, or None."""
    for _, score, item in scored:
        if item is chosen or score < MIN_DONE * SECTION_WEIGHT["execution"]:
            continue
        sentence = _sentence_of(item.text, _best_clause(item.text, thing))
        if _expected_later(sentence, thing):
            return item, sentence.strip()
    return None


def assess_plan_targets(
    plan_id: str,
    targets: list[TextItem],
    attainment: list[TextItem],
    execution: list[TextItem],
    exceed_margin: float = 0.10,
    fiscal_year: int | None = None,
) -> PlanTargets:
    """Assess every target of one plan from its attainment and execution items.

    Continuation rows are joined to their items; each section's items are aligned one to one
    with the targets (:mod:`govplans.analyse.alignment`); figures are matched to the parts,
    preferring the aligned item and never borrowing one aligned to another target; each part is
    compared by its type's rule (:mod:`govplans.analyse.target_types`); the agency's own words
    on the aligned item come before a figure; what stays undecided is ``unclear`` with a reason.
    """
    attainment = join_items(attainment)
    execution = join_items(execution)
    result = _build_targets(targets)
    for target in result:
        target.fiscal_year = fiscal_year
    _align(result, "attainment", attainment)
    _align(result, "execution", execution)
    _mark_other_items(result, attainment, execution)
    evidence_items = attainment + execution
    candidates = _collect_candidates(evidence_items)
    unit_counts = _count_units(result)
    pairs = _score_pairs(result, candidates, unit_counts)
    used, chosen = _assign_greedy(pairs)
    _prefer_attainment(pairs, used, chosen)
    _add_reported_parts(pairs, used, result)
    _assess_statuses(result, evidence_items, exceed_margin)
    for target in result:
        _agency_words(target, exceed_margin)
        for comp in target.components:
            _missed_figure_from_execution(target, comp, exceed_margin)
        if fiscal_year is not None:
            _done_in_a_later_year(target, fiscal_year)
            _put_off_in_the_other_column(target, fiscal_year)
            _put_off_inside_a_total(target, fiscal_year, exceed_margin)
            _dated_earlier_in_the_other_column(target, fiscal_year)
            _moved_to_a_later_year(target, fiscal_year)
            _deadline_passed(target, fiscal_year)
        _on_trial_only(target)
    deferral_items, deferral_text = _deferrals(attainment)
    _apply_deferral(result, attainment, deferral_items)
    for target in result:
        _give_reasons(target)
        _mentioned(target, attainment)
        _under_way_at_year_end(target)
    _combine_targets(result)
    for target in result:
        target.other = other_account(target, evidence_items)
        _withhold_unsafe_met(target, fiscal_year, exceed_margin)
    speaks_of = _one_target_items(result, attainment)
    one_target = [n for n in deferral_items if n in speaks_of]
    return PlanTargets(plan_id, result, deferral_items, deferral_text, one_target)


#: An act dated by a year alone (各辦事處114年實施, 115年起上線): done, or to be done, that year.
_YEAR_ACT = re.compile(
    r"(?<!\d)(?P<y>\d{3})\s?年(?:度)?(?:起|初|中|底|內|第\s?[1-4一二三四]\s?季|[上下]半年)?\s?"
    r"(?:實施|施行|上線|啟用|完成|辦理|開辦|推動|加入|完工|營運)"
)


#: The thing put off to a year (上線時程延至116年第2季, 延後至116年).
_PUT_OFF_TO = re.compile(r"(?:延至|延後至|順延至|展延至|延到|延後到)\s?(?P<y>\d{3})\s?年")


def _put_off_in_the_other_column(target: Target, fiscal_year: int) -> None:
    """A thing to deliver said done in one column (分院資訊系統整合已完成上線) whose other column
    puts the act asked off to a later year (上線時程延至116年第2季): the columns disagree, so
    neither decides (`conflicting_signals`)."""
    asked_acts = _LATER_ACT.findall(target.text)
    for comp in target.components:
        if (
            comp.status not in ("met", "exceeded")
            or comp.typed.type not in ("binary", "deadline")
            or comp.evidence_section is None
        ):
            continue
        other = "execution" if comp.evidence_section == "attainment" else "attainment"
        item = target.aligned_items.get(other)
        if item is None:
            continue
        for m in _PUT_OFF_TO.finditer(item.text):
            clause = _clause_at(item.text, m.start())
            if roc_year(m.group("y")) > fiscal_year and (
                any(a in clause for a in asked_acts) or containment(clause, target.text) >= 0.5
            ):
                comp.status, comp.reason = "unclear", "conflicting_signals"
                break


#: Words of a total printed after its parts (合計4次, 共計18班).
_TOTAL_WORD = re.compile(r"(?:合計|共計|總計|計)\s?$")


def _put_off_inside_a_total(target: Target, fiscal_year: int, exceed_margin: float) -> None:
    """A count read as met on a figure that an aligned item shows to hold a part put off to a
    later year (3月、6月、9月辦理3次，第4季…延至117年1月5日辦理，合計4次 in a 116 report): the
    total counts what the year did not do. The year's figure is the one of the same measure word
    before the put-off clause; with none, the columns disagree (`conflicting_signals`)."""
    for comp in target.components:
        if (
            comp.status not in ("met", "exceeded")
            or comp.typed.type != "count"
            or comp.quantity is None
            or comp.achieved_value is None
        ):
            continue
        unit = comp.quantity.unit
        for item in target.aligned_items.values():
            late = next(
                (
                    m
                    for m in _PUT_OFF_TO.finditer(item.text)
                    if roc_year(m.group("y")) > fiscal_year
                ),
                None,
            )
            if late is None:
                continue
            found = [q for q in extract_quantities(item.text) if q.unit == unit]
            total = [
                q
                for q in found
                if q.start > late.end()
                and (q.is_total or _TOTAL_WORD.search(q.clause_before) is not None)
                and q.value == comp.achieved_value
            ]
            if not total:
                continue
            clause = _clause_at(item.text, late.start())
            before = [q for q in found if q.end <= item.text.find(clause)]
            if len(before) == 1:
                comp.achieved_value = before[0].value
                comp.status = compare(comp.typed, before[0].value, exceed_margin)
                comp.reason = "figure_compared" if comp.status != "not_met" else "figures_short"
                comp.decided_by = before[0].phrase
            else:
                comp.status, comp.reason = "unclear", "conflicting_signals"
            _point_item(comp, item, _sentence_of(item.text, clause))
            break


#: A year right before a figure in its clause (115年度調查結果為4.3分).
_YEAR_IN_CLAUSE = re.compile(r"(?<!\d)(\d{3})\s?年(?!\d|\s?\d{1,2}\s?月)")


def _dated_earlier_in_the_other_column(target: Target, fiscal_year: int) -> None:
    """A part read as met on a figure undated in its item (遊客滿意度4.3分，達成) that the other
    column's aligned item prints as an earlier year's while it puts the year's own result later
    (116年度調查將於117年1月辦理；115年度調查結果為4.3分 in a 116 report): the figure is not
    the year's (`other_year`). A cumulative figure dated by the year it counts from (自112年起
    累計) or a cohort's year is not this: the other item must say the year's result is to come."""
    for comp in target.components:
        if (
            comp.status not in ("met", "exceeded")
            or comp.typed.type not in ("level", "ceiling")
            or comp.quantity is None
            or comp.achieved_value is None
            or comp.evidence_section is None
            or str(fiscal_year) in (comp.evidence_text or "")
        ):
            continue
        other = "execution" if comp.evidence_section == "attainment" else "attainment"
        item = target.aligned_items.get(other)
        if item is None or not any(
            roc_year(y) > fiscal_year for y in re.findall(r"(?<!\d)(\d{3})\s?年", item.text)
        ):
            continue
        for q in extract_quantities(item.text):
            years = _YEAR_IN_CLAUSE.findall(q.clause_before)
            if (
                q.unit == comp.quantity.unit
                and q.value == comp.achieved_value
                and years
                and roc_year(years[-1]) < fiscal_year
            ):
                comp.status, comp.reason = "unclear", "other_year"
                comp.achieved_value = None
                _point_item(comp, item, _sentence_of(item.text, q.clause))
                break


#: Words moving the work to a later year (改於116年度辦理, 併入116年度辦理, 移至116年).
_MOVED_TO = re.compile(
    r"(?:改於|改至|併入|併於|移至|移列|改列|延至|順延至|調整至|展延至)\s?(?P<y>\d{3})\s?年"
)


def _moved_to_a_later_year(target: Target, fiscal_year: int) -> None:
    """A part left undecided for want of a figure or a statement (no_figure, no_statement)
    whose aligned attainment item moves the work to a later year (改善工程併入116年度辦理 in a
    115 report), in a sentence naming the target's thing: not done in the year
    (`agency_says_late`)."""
    item = target.aligned_items.get("attainment")
    if item is None:
        return
    for m in _MOVED_TO.finditer(item.text):
        sentence = item.text[slice(*_span_between(item.text, m.start(), "。；;"))]
        if roc_year(m.group("y")) <= fiscal_year or containment(target.text, sentence) == 0:
            continue
        for comp in target.components:
            if comp.status == "unclear" and comp.reason in (
                None,
                "no_figure",
                "no_statement",
                "no_figure_or_statement",
            ):
                comp.status, comp.reason = "not_met", "agency_says_late"
                _point_item(comp, item, sentence)
                comp.decided_by = m.group(0)
        return


def _on_trial_only(target: Target) -> None:
    """A thing asked live in earnest (正式上線) that an aligned item says went live on trial
    only (115年12月28日上線試營運), no item saying it went live in earnest: not delivered
    (`not_delivered`), whatever 已上線 the other column says."""
    if "正式" not in target.text:
        return
    aligned = " ".join(i.text for i in target.aligned_items.values())
    if "正式" in aligned or _ON_TRIAL.search(aligned) is None:
        return
    for comp in target.components:
        if comp.typed.type in ("binary", "deadline") and comp.status != "not_met":
            comp.status, comp.reason = "not_met", "not_delivered"


def _done_in_a_later_year(target: Target, fiscal_year: int) -> None:
    """A part read as met whose aligned attainment item dates part of the thing to a later year
    than the report's (預約制已於本局實施，各辦事處114年實施 in a 113 report, for 本局及各辦事處
    全面實施): that part is done only after the year, so not met (`agency_says_late`)."""
    for section in ("attainment", "execution"):
        item = target.aligned_items.get(section)
        if item is None:
            continue
        # (a quarter or a half year dates the act as a month does: 預計114年第1季上線)
        matches = [
            (m, bool(re.search("季|半年", m.group(0)))) for m in _YEAR_ACT.finditer(item.text)
        ]
        matches += [(m, True) for m in _DONE_ON.finditer(item.text)]
        for m, dated in matches:
            if roc_year(m.group("y")) <= fiscal_year:
                continue
            clause = _clause_at(item.text, m.start())
            # a later year of something the target names; a date with its month, of the very
            # act the target asks for (115年1月完成驗收 for 完成…採購及驗收; never 預計114年5月
            # 完工 for 工程進度達80%)
            acts = _asked_acts(item.text[m.start() : m.end() + 4], target.text)
            # (完工 answers a target to complete works, 完成…擴建工程; never one asking their
            # progress, award or design: 工程進度達80%, 工程發包)
            works = not re.search(r"進度|發包|決標|招標|設計|規劃", target.text)
            if (
                dated
                and not any(
                    a in target.text or (works and _works_done(a, target.text)) for a in acts
                )
                # (… or of one of the things the target joins: 擎天崗及冷水坑遊憩區設施改善,
                # 冷水坑…涼亭整建工程…預計115年4月完工)
                and not _one_of_the_joined_named(
                    item.text[slice(*_span_between(item.text, m.start(), "。；;"))], target.text
                )
            ):
                continue
            if not dated and containment(clause, target.text) < 0.5:
                continue
            if _other_phase(clause, target.text) or _phase_named_before(
                item.text, m.start(), target.text
            ):
                continue  # 115年起辦理…第二期: the next phase, not this one late
            if any(w not in target.text for w in _FOLLOW_UP.findall(clause)):
                continue  # 115年起辦理…工程維護管理: what follows the works, not the works late
            for comp in target.components:
                # … and a part left without a statement of its own, the act it asks for dated
                # to a later year as expected (預計116年1月正式恢復運轉 in a 115 report)
                if comp.status in ("met", "exceeded") or (
                    dated
                    and _undecided_late(comp, item.text[: m.start()], fiscal_year)
                    and _names_the_target(clause, m.start() - item.text.find(clause), target)
                ):
                    comp.status, comp.reason = "not_met", "agency_says_late"
                    _point_item(comp, item, clause)
                    comp.decided_by = m.group(0)
            return


def _one_of_the_joined_named(clause: str, asked: str) -> bool:
    """Whether a clause names one of the things a target joins by 及/與/和/、 (擎天崗及冷水坑
    遊憩區設施改善: 擎天崗, 冷水坑), by the three characters beside the joining word."""
    text = _NOT_JOINING.sub("", re.sub(r"^.*?(?:前|底)?完成", "", asked))
    names = []
    for m in re.finditer(r"[及與和、]", text):
        before, after = text[max(0, m.start() - 3) : m.start()], text[m.end() : m.end() + 3]
        # (a count after the name ends it: 梨山及武陵兩處 names 武陵)
        after = re.split(r"[兩二三四五六七八九十\d等各]", after)[0]
        names += [w for w in (before, after) if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", w)]
    return any(n in clause for n in names)


def _another_things_act(sentence: str, at: int, target: Target) -> bool:
    """Whether the words of the clause before a date (圖書室於9月1日開放使用) name a thing the
    target does not (no pair of characters in common); never words of time (經測試後於…)."""
    start = max(sentence.rfind(c, 0, at) for c in "，,。；;") + 1
    subject = strip_stopwords(re.sub(r"[於在]\s*$", "", sentence[start:at]))
    if len(subject) < 2 or subject.endswith("後"):
        return False
    return not bigrams(subject) & bigrams(target.text)


def _names_the_target(clause: str, at: int, target: Target) -> bool:
    """Whether the words of a clause before a date (周邊管線預計116年5月啟用: 周邊管線) name the
    target's thing, or nothing (預計116年1月正式恢復運轉: the item's own)."""
    subject = strip_stopwords(re.sub(_EXPECT_WORDS + ".*$", "", clause[: max(at, 0)]))
    return len(subject) < 2 or containment(subject, target.text) >= 0.5


def _undecided_late(comp: Component, before: str, fiscal_year: int) -> bool:
    """A part undecided for want of a statement whose act the agency expects (預計, 將於) only
    after the report's year, the part itself due within it."""
    deadline = comp.typed.deadline
    return (
        comp.status == "unclear"
        and comp.reason in (None, "no_statement", "under_way")
        and _EXPECTED.search(before) is not None
        and (deadline is None or deadline.roc_year <= fiscal_year)
    )


#: Work that follows a thing delivered (its upkeep, operation, promotion, next round).
_FOLLOW_UP = re.compile(r"維護|管理|營運|保固|推廣|續辦|擴充|後續")


def _deadline_passed(target: Target, fiscal_year: int) -> None:
    """A deadline within the report's year whose work the agency calls under way or on track
    (實地稽核排定114年2月辦理; 進度符合預期) was missed: the report is written after it. A
    figure exceeded by such a date is met: the date is a part that is met at best."""
    for comp in target.components:
        deadline = comp.typed.deadline
        if (
            comp.typed.type == "deadline"
            and deadline is not None
            and deadline.roc_year <= fiscal_year
            and comp.status == "unclear"
            and comp.method == "done_statement"
            and comp.reason in (None, "under_way")
            # (never when the agency says it was done on time: 規劃設計如期完成)
            and not _ON_TIME.search(" ".join(i.text for i in target.aligned_items.values()))
        ):
            comp.status, comp.reason = "not_met", "deadline_missed"
        elif (
            comp.status == "exceeded"
            and comp.typed.type != "deadline"
            and (dated := deadline_of(comp.text or target.text)) is not None
            and (dated.roc_year, dated.month) < (fiscal_year, 12)
        ):
            # a figure asked by a date inside the year (於116年6月底前完成…5公里): two parts,
            # the date and the figure; a date kept is met, never exceeded, and a target is
            # exceeded only when every part is (the compound rule)
            comp.status = "met"


def _under_way_at_year_end(target: Target) -> None:
    """A thing to deliver (完成…報告, 取得…認證, 發包) that the agency calls under way or under
    review in its year-end report (審議中, 辦理中, 尚未發包) was not delivered in the year: not
    met (``under_way_at_year_end``). An aim (推動…, 強化…) said to go on has no state to miss:
    it stays unclear."""
    aligned = " ".join(i.text for i in target.aligned_items.values())
    asked_acts = _LATER_ACT.findall(target.text)
    for comp in target.components:
        if (
            comp.typed.type == "binary"
            and comp.status == "unclear"
            and comp.reason == "under_way"
            # (never when the act asked is said done: 已完成建置，刻正上線測試 for …建置; nor a
            # sending asked said done, 已於10月函送行政院, whatever review follows there)
            and not (asked_acts and _act_said_done(asked_acts[-1], aligned))
            and not (
                (sent := _SENT_ON.search(target.text)) is not None
                # (to the body the target names, 函送行政院, and nothing asked after it: 報院核定)
                and not re.search(r"核定|通過|發布|公告|施行", target.text[sent.end() :])
                and re.search(
                    rf"已(?:於[^，,。；;]{{0,12}})?{sent.group(0)}"
                    + re.escape(target.text[sent.end() : sent.end() + 3]),
                    aligned,
                )
                is not None
            )
            # the words of work going on are the agency's (on an aligned item), not the
            # engine's default for a statement that decided nothing, and never the review the
            # part asks to send it to (報行政院審議 answered by 審議中)
            and any(
                not _asked_review(g, target.text)
                for g in _STILL_GOING.finditer(f"{comp.evidence_text or ''} {aligned}")
            )
        ):
            comp.status, comp.reason = "not_met", "under_way_at_year_end"


def _act_said_done(act: str, text: str) -> bool:
    """Whether a clause of ``text`` with no word of work going on says ``act`` done (v3.0模式已
    完成建置; 驗證已完成 closing its clause), never a stage of it (驗證已完成外部稽核) nor an act
    awaited (尚待…完成內部程序後簽署)."""
    for clause in re.split(r"[，,。；;]", text):
        if _STILL_GOING.search(clause):
            continue
        if re.search(
            rf"(?:已|完成)[^，,。；;]{{0,8}}?{act}(?!前|測試|申請|文件|時程|期程)"
            rf"|{act}(?:已|均已)?完成\s*$",
            clause,
        ):
            return True
    return False


#: A grade a target asks for, quoted (評定為「優等」, 獲「金質獎」).
_GRADE_ASKED = re.compile(r"(?:評定|評為|評鑑為|列為|獲得?|取得|達)\s?(?:為)?「([^」]{1,8})」")
#: A grade an item gives, quoted (評定結果為「合格」).
_GRADE_GIVEN = re.compile(r"(?:評定|評為|評鑑|結果|列為|獲得?)[^，,。；;「]{0,6}?「[^」]{1,8}」")


def _grade_asked(asked: str) -> str | None:
    """The quoted grade a part asks for (醫院評鑑評定為「優等」: 優等), or None."""
    m = _GRADE_ASKED.search(asked)
    return m.group(1) if m else None


def _works_in_progress(target: Target, evidence: str) -> str | None:
    """A sentence of the target's aligned items, other than the evidence's, that names the
    target's works (擴建工程) with words of progress or work going on (施工進度72%, 延宕):
    its words, else None."""
    asked = strip_stopwords(target.text)
    for item in _aligned_texts(target):
        for sentence in _SENTENCE.split(item.text):
            for clause in re.split(r"[，,]", sentence):
                if evidence and evidence in clause:
                    continue
                if containment(strip_stopwords(clause), asked) < 0.3 or len(clause) < 4:
                    continue
                going = _STILL_GOING.search(clause)
                # (never the review the part asks for: 報行政院審議 answered by 審議中)
                if going and _asked_review(going, target.text):
                    continue
                if re.search(r"進度\s?\d", sentence) or going:
                    return clause.strip()
    return None


def _asked_review(going: re.Match[str], asked: str) -> bool:
    """Whether words of work going on (審議中) name the very review a part asks to send a thing
    to (報行政院審議): at the other end, not the part's own work going on. A review the part
    asks completed (完成都市設計審議) is its own work: 審議中 is that work going on."""
    review = going.group(0)[:2]
    if review not in asked:
        return False
    # (nothing sent between: 完成草案並報行政院審議 asks the sending)
    completed = (
        rf"完成(?:(?!報(?!告)|送|陳|提)[^，,。；;]){{0,12}}{review}"
        r"(?![^，,。；;]{0,4}(?:後|並))"
    )
    return not re.search(completed, asked)


#: Words that work is still going on (審議中, 刻正辦理, 尚待, 預計…完成, 尚未).
_STILL_GOING = re.compile(
    _UNDER_WAY.pattern
    + r"|(?<!原)預計|(?<!原)預定|尚未|仍在|持續|俟|延至|待\s?\d{3}\s?年|(?:撰寫|編撰|彙整)中"
)


def _clause_at(text: str, at: int) -> str:
    """The clause of ``text`` holding position ``at``."""
    start = max(text.rfind(c, 0, at) for c in "，,。；;：:") + 1
    ends = [i for c in "，,。；;" if (i := text.find(c, at)) >= 0]
    return text[start : min(ends) if ends else len(text)].strip()


def _one_target_items(targets: list[Target], attainment: list[TextItem]) -> dict[int, int]:
    """The attainment items that speak of one target only: item number -> target index. An item
    aligned to a target by what it says (a reference, its content, or shared by naming it) and
    not speaking of the whole plan (本計畫, 整體, 各項, 計畫期程…); an item aligned by its number
    alone speaks of its target only when it names it, more than any other target."""
    plan_wide = {i.item_no for i in attainment if _PLAN_WIDE.search(i.text)}
    out: dict[int, int] = {}
    for target in targets:
        item = target.aligned_items.get("attainment")
        found = target.alignment.get("attainment")
        if item is None or found is None:
            continue
        if found.how == "numbering" and not _names_its_target(target, item, targets):
            continue
        if item.item_no not in plan_wide:
            out[item.item_no] = target.target_index
    return out


def _names_its_target(target: Target, item: TextItem, targets: list[Target]) -> bool:
    """Whether an item aligned by its number also names its target's thing, more than any
    other target's (委託案兩次流標 under 完成…規劃設計委託案決標): it speaks of that one."""
    own = _similarity_to_item(strip_stopwords(target.text), item.text)
    others = [
        _similarity_to_item(strip_stopwords(o.text), item.text) for o in targets if o is not target
    ]
    return own >= MIN_MATCH and all(own > o for o in others)


def join_items(items: list[TextItem]) -> list[TextItem]:
    """The items with continuation rows (the number of the item before, or a lead row after
    numbered items) joined to the item they continue."""
    owner = join_continuations(items)
    out: list[TextItem] = []
    for i, item in enumerate(items):
        if owner[i] == i:
            out.append(item)
        else:
            last = out[-1]
            out[-1] = TextItem(
                last.section, last.item_no, f"{last.text}{item.text}", last.source_line,
                last.source_page,
            )  # fmt: skip
    return out


def _mark_other_items(
    targets: list[Target], attainment: list[TextItem], execution: list[TextItem]
) -> None:
    """Each target's items aligned to other targets only and not naming it: a figure there is
    its neighbour's."""
    owners = _owners(targets)
    for target in targets:
        for section, items in (("attainment", attainment), ("execution", execution)):
            a = target.alignment[section]
            for index, item in enumerate(items):
                key = (section, item.item_no)
                if key in owners and target.target_index not in owners[key] and a.names(index):
                    target.shared_items.add(key)
                if key in owners and target.target_index not in owners[key] and not a.names(index):
                    target.other_items.add(key)
                    neighbours = [t for t in targets if t.target_index in owners[key]]
                    if not any(_closer(target, neighbours, s) for s in _SENTENCE.split(item.text)):
                        target.neighbours_items.add(key)


def _closer(target: Target, neighbours: list[Target], sentence: str) -> bool:
    """Whether ``sentence`` (of an item aligned to ``neighbours``) speaks of ``target`` at least
    nearly as much as of them: its share of this target's words is above 1 / NEIGHBOUR_MARGIN
    of theirs (…主機採購案已決標，尚未完成建置；遠距醫療服務據點98處: the first sentence)."""
    if not sentence.strip():
        return False
    own = _similarity_to_item(target.text, sentence)
    return own > 0 and all(
        _similarity_to_item(t.text, sentence) < NEIGHBOUR_MARGIN * own for t in neighbours
    )


def _align(targets: list[Target], section: str, items: list[TextItem]) -> None:
    """Each target's aligned item of the section (one to one, see the module)."""
    found = align([(t.item_no, t.text) for t in targets], [(i.item_no, i.text) for i in items])
    # 1-based among the numbered items: a lead sentence before item 1 (item_no 0) is not counted
    positions: dict[int, int] = {}
    for position, item in enumerate((i for i in items if i.item_no != 0), start=1):
        positions.setdefault(item.item_no, position)
    for target, a in zip(targets, found, strict=True):
        target.alignment[section] = a
        target.item_positions[section] = positions
        if a.item is not None:
            target.aligned_items[section] = items[a.item]
            target.aligned_positions[section] = sum(
                1 for i in items[: a.item + 1] if i.item_no != 0
            )
        elif section == "attainment" and a.content and max(a.content) >= MIN_CONTENT:
            target.named_attainment = items[a.content.index(max(a.content))]


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


#: A works' progress (工程進度達75%): its state since the start by nature, so the cumulative
#: progress printed (累計進度72.4%) answers it and a year's share of it (本年度進度18.2%) does not;
#: a target of the year's progress says so (本年度進度, 年度進度).
_PROGRESS = re.compile(r"進度[^，,。；;]{0,4}$")
#: … of the year (年度工程進度, 115年度施工進度, 本年度預定完成工程進度), or of money, not works
#: (經費執行進度, 預算執行進度).
_YEARS_PROGRESS = re.compile(r"年度|全年|本年|當年|經費|預算")


def _works_progress(quantity: Quantity) -> bool:
    """A percentage of a works' progress with no word making it the year's (or money's)."""
    before = quantity.clause_before
    return (
        quantity.unit == "%"
        and _PROGRESS.search(before) is not None
        and _YEARS_PROGRESS.search(before) is None
    )


def _collect_candidates(items: list[TextItem]) -> list[_Candidate]:
    """Every quantity of every evidence item that reports a value reached, in item order: not
    the start of a change (由65%提升至72%: 65), not one in a clause of delay, failure or work
    under way (已完成3座；另2座因…延遲: 2); with the totals of breakdowns printed with none
    (:func:`_listed_totals`) and the shares computed from a whole and its part
    (:func:`_shares_of_wholes`)."""
    out: list[_Candidate] = []
    for item in items:
        found = [
            q
            for q in extract_quantities(item.text)
            if not q.is_from
            and not q.is_pending
            and not q.is_descriptor
            and not _RATE_BEFORE.search(q.before)  # 達成率97.2%: of the target, not a level
            # a figure estimated (預估占比36%, 推估全年可達…, 依調查初步推估，產值約912億元): no
            # result reached
            and not _estimated(q, item.text)
            # a target value revised (目標值調整為220場): a target, never a result
            and not _TARGET_REVISED.search(q.clause_before)
        ]
        # a bound that names a class (HbA1c達7.0%以下之良好控制比率為41.8%): no value reached
        found = [q for q in found if not _bound_of_a_class(q, found, item.text)]
        # a figure first reported and then corrected (原報列132場次，經核實…後為118場次): the
        # corrected one is the account
        found = [q for q in found if not _withdrawn(q, found, item.text)]
        # (where the item gives the year's own count, 每月辦理…1次，全年共11次, a figure a month
        # is no account of the year)
        # (a figure a month of the year itself, 全年平均每月108人次, is no year's count)
        yearly = {
            o.unit
            for o in found
            if (o.is_total or "全年" in o.clause_before) and not _per_period(o)
        }
        out += [
            _Candidate(item, q)
            for q in found
            if not (q.unit in yearly and _per_period(q) and not q.is_total)
        ]
        out += [_Candidate(item, q) for q in _listed_totals(item.text, found)]
        out += [_Candidate(item, q) for q in _shares_of_wholes(item.text, found)]
    return out


def _bound_of_a_class(q: Quantity, found: list[Quantity], text: str) -> bool:
    """Whether ``q`` is a bound (以上, 以下, 以內) joined by 之 or 的 to the noun a later figure
    of its clause measures (HbA1c達7.0%以下之良好控制比率為41.8%, 50總噸以上之客船140艘次):
    it names the class counted, it is no value reached."""
    if not q.phrase.endswith(("以上", "以下", "以內")):
        return False
    if re.match(r"\s?[之的][\u4e00-\u9fff]", text[q.end :]) is None:
        return False
    return any(
        o.start > q.end and not re.search(r"[，,；;。]", text[q.end : o.start]) for o in found
    )


#: Words between a whole (畢業生612人, 應安置412人) and its part (其中…459人, 已安置412人).
_PART_DONE = re.compile(
    r"(?:其中|已|實際|完成)[^，,。；;]{0,16}$"
    # … or the ones that succeeded, passed (演練20場次，成功搜索18場次; 應考1,840人，合格1,702人),
    # or answered so (有效樣本1,200份，表示滿意及非常滿意者1,080份)
    r"|[，,、]\s?(?:成功|合格|通過|及格|達標|不合格|未通過|不及格|失敗|表示|回答|認為)"
    r"[^，,。；;]{0,12}$"
    # … or those who did the thing, said so (個案1,250人，於出院前3日內完成評估者1,050人; never
    # those who only are such, 篩檢2,140人，陽性者312人) or by a window (結訓3,100人，3個月內
    # 就業2,480人)
    r"|[，,、]\s?[^，,。；;]{0,12}"
    r"(?:完成|就業|通過|取得|參加|參與|回復|答復|接受|實施|結訓|轉介)[^，,。；;]{0,8}者$"
    r"|[，,、]\s?[^，,。；;]{0,8}(?<!以)內[^\d，,。；;]{1,8}$"
)
#: A span of time followed by 內 and a verb (3日內完成, 3個月內就業): the window a part is
#: counted in, no figure of its own.
_WINDOW_AFTER = re.compile(r"\s?內[^\d，,。；;]")


def _window(q: Quantity, text: str) -> bool:
    """Whether ``q`` is a span of time that only says within what window a thing was done."""
    return q.unit in ("天", "個月", "月", "週", "小時", "年", "分鐘") and bool(
        _WINDOW_AFTER.match(text, q.end)
    )


#: After a count: every one of them did the thing (均於30日內答復, 全數完成改善).
_ALL_DID = re.compile(r"\s?(?:均|皆|全數|全部)(?:已)?[^，,。；;]{0,14}")


def _whole_and_part_pairs(text: str, found: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Each figure beside the next one, a window between them passed over (個案1,250人，於出院前
    3日內完成評估者1,050人: 1,250人 beside 1,050人)."""
    counted = [q for q in found if not _window(q, text)]
    return list(pairwise(counted))


def _between(text: str, whole: Quantity, part: Quantity) -> str:
    """The words between a whole and its part, less a sentence break that only opens the part
    (公廁12座全數改善完工；其中9座評定為特優級: 其中 after the break is a part of the whole
    before it)."""
    between = text[whole.end : part.start]
    return re.sub(r"[；;]\s*(?=其中[^，,。；;]*$)", "", between)


def _shares_of_wholes(text: str, found: list[Quantity]) -> list[Quantity]:
    """The share a part is of its whole when only the two counts are printed (畢業生612人，其中
    投入重點產業就業者459人: 75%; 應安置412人，已全數安置412人: 100%), as a percentage named
    by the words of both, for a target asking the rate. A count of one measure word followed in
    its sentence by its part (其中…, 已…, 實際…) after a whole (or one due, 應…)."""
    shares: list[Quantity] = []
    for whole, part in _whole_and_part_pairs(text, found):
        if (
            whole.unit != part.unit
            or whole.unit in ("%", "百分點", "")
            or is_measurement(whole.unit)
            or whole.value <= 0
            or part.value > whole.value
            or whole.is_cumulative != part.is_cumulative
            or re.search(r"[。；;]", _between(text, whole, part))
            or not _PART_DONE.search(text[whole.end : part.start])
        ):
            continue
        share = float(round(Decimal(str(part.value)) / Decimal(str(whole.value)) * 100, 2))
        # what the share is of: the whole's words and the part's (其中 dropped: no part of it)
        words = whole.before + re.sub(r"^(?:其中|已|實際|完成)", "", part.before)
        shares.append(
            replace(
                part,
                value=share,
                word="%",
                unit="%",
                qualifier="",
                is_total=False,
                start=part.end,
                end=part.end,
                phrase=f"{part.phrase}／{whole.phrase}",
                before=words,
                clause_before=words,
                sentence_before=words,
                label_before=words,
                is_share=True,
                # the part's words on either side (其中9座經評定為特優級: 特優級)
                # (… or, saying only 完成, the whole's: 應巡查40段，完成38段)
                share_words=strip_stopwords(part.before + part.after) or strip_stopwords(words),
            )
        )
    # a count all of which did the thing (陳情612件均於30日內答復): the share is 100 %
    for q in found:
        m = _ALL_DID.match(text, q.end)
        if m is None or q.unit in ("%", "百分點", "") or is_measurement(q.unit):
            continue
        words = q.before + m.group(0)
        shares.append(
            replace(
                q,
                value=100.0,
                word="%",
                unit="%",
                qualifier="",
                is_total=False,
                start=q.end,
                end=q.end,
                phrase=f"{q.phrase}{m.group(0)}",
                before=words,
                clause_before=words,
                sentence_before=words,
                label_before=words,
                is_share=True,
                share_words=strip_stopwords(words),
            )
        )
    # two shares in one sentence (應收1,200件，已寄發通知1,200件，實際收繳860件): which whole
    # goes with which part is not said: none is read
    sentences = [text[: s.start].count("。") + text[: s.start].count("；") for s in shares]
    return [s for s, n in zip(shares, sentences, strict=True) if sentences.count(n) == 1]


#: Words of a figure withdrawn by a correction after it (原報列, 原填報, 誤植).
_WITHDRAWN = re.compile(r"(?:原報列|原列報|原填報|原報|前報|誤植|誤報|更正前)[^，,。；;]{0,6}$")
#: A correction after a figure in its sentence (10場（更正：…本年度實際辦理9場）).
_CORRECTION = re.compile(r"更正|訂正|修正為")


def _withdrawn(q: Quantity, found: list[Quantity], text: str) -> bool:
    """Whether a figure is withdrawn by a correction: first reported, a figure of its measure
    word after it (原報列132場次，經核實…後為118場次), or corrected later in its sentence (10場
    （更正：…本年度實際辦理9場）)."""
    return (
        _WITHDRAWN.search(q.clause_before) is not None
        and any(o.unit == q.unit and o.start > q.end for o in found)
    ) or _corrected_after(q, found, text)


def _corrected_after(q: Quantity, found: list[Quantity], text: str) -> bool:
    """Whether a figure is corrected later in its sentence: a word of correction after it, then
    a figure of its measure word said to be the actual one (實際)."""
    end = _span_between(text, q.end, "。；;")[1]
    m = _CORRECTION.search(text, q.end, end)
    return m is not None and any(
        o.unit == q.unit and o.start > m.end() and o.end <= end and "實際" in o.clause_before
        for o in found
    )


#: Words that make the figure after them a target set or revised (目標值調整為220場, 目標下修至),
#: never a result.
_TARGET_REVISED = re.compile(
    r"目標(?:值|數)?(?:調整|修正|下修|上修|變更|訂)(?:為|至)?[^，,。；;\d]{0,4}$"
)
#: Words that make the figure after them an estimate or a forecast, never a result.
_ESTIMATED = re.compile(r"(?:預估|推估|估計|可望|初估|概估|暫估)[^，,。；;]{0,8}$")
#: … or a clause of its own that ends in one (依產業調查初步推估，…): the sentence after it.
_ESTIMATE_CLAUSE = re.compile(r"(?:預估|推估|估計|初估|概估|暫估)\s?[，,：:]")


def _estimated(q: Quantity, text: str) -> bool:
    """Whether a figure is an estimate: a word of one right before it in its clause, or a
    clause of its sentence before it ending in one (初步推估，115年產值約912億元)."""
    if _ESTIMATED.search(q.clause_before):
        return True
    sentence = re.split(r"[。；;]", text[: q.start])[-1]
    return _ESTIMATE_CLAUSE.search(sentence) is not None


#: A list of figures after a colon (完工案件：北部區域3案、中部區域5案、…): the words before the
#: colon name what the figures break down.
_LIST_HEAD = re.compile(
    r"([^，,。；;：:]*)(?:[：:]|[，,]\s?(?:計|共計|分別為|包括))([^\d，,。；;：:]*)$"
)


def _listed_totals(text: str, found: list[Quantity]) -> list[Quantity]:
    """The total of a breakdown printed with no total (完工案件：北部3案、中部5案、南部4案、東部
    2案。: 14案; 赴國外研修，計美國4人、日本3人…: 10人): two figures or more of one measure
    word after a colon (or ，計, ，分別為), joined by 、, ending
    their sentence, with no figure of another word in it. Placed after the list (a part's
    total comes after it), with the words before the colon as what it counts."""
    totals: list[Quantity] = []
    for sentence_start, sentence in _sentences_at(text):
        inside = [q for q in found if sentence_start <= q.start < sentence_start + len(sentence)]
        for unit in {q.unit for q in inside if q.unit and q.unit not in ("%", "百分點")}:
            listed = [q for q in inside if q.unit == unit]
            if len(listed) < 2 or len(listed) != len(inside):
                continue  # one figure, or others of other words (a list of unlike things)
            head = _LIST_HEAD.search(text[sentence_start : listed[0].start])
            joins = [text[a.end : b.start] for a, b in pairwise(listed)]
            tail = text[listed[-1].end : sentence_start + len(sentence)]
            labels = [head.group(2), *joins] if head else []
            if (
                head is None
                or len(strip_stopwords(head.group(1))) < 2
                # 核定120案、不核定30案: figures of opposite outcomes add up to nothing asked
                or any(re.search(r"不|未|非|否|駁回|退件|撤銷", lab) for lab in labels)
                or any(q.is_total or q.qualifier or "其中" in q.before for q in listed)
                or not all(re.fullmatch(r"、[^\d，,。；;：:、]{0,12}", j) for j in joins)
                or tail.strip(" 。；;")
            ):
                continue
            last = listed[-1]
            totals.append(
                replace(
                    last,
                    value=float(sum(Decimal(str(q.value)) for q in listed)),
                    is_total=True,
                    start=last.end,
                    end=last.end,
                    phrase=text[listed[0].start - len(head.group(2)) : last.end],
                    before=head.group(1),
                    clause_before=head.group(1),
                    sentence_before=head.group(1) + "：",
                    after="",
                    clause_after="",
                    sentence_after="",
                    label_before=head.group(1),
                    label_after="",
                )
            )
    return totals


def _sentences_at(text: str) -> list[tuple[int, str]]:
    """The sentences of a text (cut at :data:`_SENTENCE`) with the offset each starts at."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in re.finditer(_SENTENCE.pattern + r"|$", text):
        out.append((start, text[start : m.start()]))
        start = m.end()
    return [(a, t) for a, t in out if t.strip()]


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
    owners = _owners(targets)
    pairs: list[_Pair] = []
    for order, (target, comp) in enumerate(quantified):
        pairs += _score_component(target, comp, order, candidates, unit_counts, owners)
    pairs.sort(key=lambda p: (-p.score, p.order, p.rank))
    return pairs


#: Units that convert into one another exactly: (dimension, size in the smallest). A day is a
#: working day or a calendar one, never converted.
_UNITS = {
    "秒": ("time", 1),
    "分鐘": ("time", 60),
    "小時": ("time", 3600),
    "公斤": ("weight", 1),
    "公噸": ("weight", 1000),
    "公尺": ("length", 1),
    "公里": ("length", 1000),
    "平方公尺": ("area", 1),
    "公頃": ("area", 10_000),
    "平方公里": ("area", 1_000_000),
}


def _in_unit(cand: _Candidate, target: Quantity) -> _Candidate:
    """The candidate in the target's unit when it is printed in another of the same dimension
    (0.3小時 is 18分鐘, 12萬6千公斤 is 126公噸, exactly), or in 個 before a noun ending in the
    target's word (3個分隊 is 3隊), or in the word a target in 個 names (19縣市 for 縣市數…18個),
    else the candidate itself."""
    q = cand.quantity
    noun = re.match(r"[\u4e00-\u9fff]{1,6}", q.after)
    if (
        target.unit == "個"
        and q.unit not in ("%", "百分點", "個")
        and re.search(re.escape(q.word) + r"[\u4e00-\u9fff]?數", target.clause_before)
    ):
        # the reverse: 縣市數累計達18個 counts what 累計19縣市 does
        return _Candidate(cand.item, replace(q, unit=target.unit, word=target.word))
    if (
        q.unit == "個"
        and target.unit != "個"
        and noun is not None
        and noun.group(0).endswith(target.word)
    ):
        return _Candidate(cand.item, replace(q, unit=target.unit, word=target.word))
    if (
        q.unit == target.unit
        or q.unit not in _UNITS
        or target.unit not in _UNITS
        or _UNITS[q.unit][0] != _UNITS[target.unit][0]
    ):
        return cand
    factor = Decimal(_UNITS[q.unit][1]) / Decimal(_UNITS[target.unit][1])
    value = float(Decimal(str(q.value)) * factor)
    high = float(Decimal(str(q.high)) * factor) if q.high is not None else None
    return _Candidate(
        cand.item, replace(q, value=value, high=high, unit=target.unit, word=target.word)
    )


#: A figure per head or per unit (每人, 每戶, 每校): a rate, never a total.
_PER = re.compile(r"每(?:人|戶|校|館|位|名|家|件|場|次|萬人|千人|百萬)")
#: An average (月平均, 平均每日, 年平均): a figure of it is another measure than a total.
_AVERAGE = re.compile(r"平均")
#: Words of a target that counts only the year's new cases (新申請, 新增, 新收).
_INCLUDING_CARRIED = re.compile(r"新申請|新收|新受理")
#: After a figure: the cases carried over from before that it includes (（含113年度結轉案件8件）).
_CARRIED = re.compile(
    r"^\s?[（(]?含[^）)，,。；;]{0,12}?(?:結轉|前一?年度?|上年度?)[^）)，,。；;]{0,8}?"
    r"(?P<n>\d+(?:,\d{3})*)\s?(?P<w>[件案筆人])"
)


#: A figure given against the target (較目標值多辦理3場, 比目標少2家, 超出目標5件).
_AGAINST_TARGET = re.compile(
    r"(?:較|比)(?:年度|本年度)?目標(?:值|數)?(?P<dir>多|增加|超出|少|減少)"
    r"(?:辦理|完成|執行|輔導|核發|受理)?\s?$|超出(?:年度)?目標(?:值|數)?\s?$"
)


def _against_the_target(cand: _Candidate, target: Quantity) -> _Candidate:
    """A figure printed as the difference from the target (較目標值多辦理3場: 20 + 3) as the
    figure reached, in the target's measure word."""
    q = cand.quantity
    m = _AGAINST_TARGET.search(q.before)
    if m is None or q.unit != target.unit or q.is_share:
        return cand
    sign = -1 if m.group("dir") in ("少", "減少") else 1
    value = Decimal(str(target.value)) + sign * Decimal(str(q.value))
    return _Candidate(cand.item, replace(q, value=float(value), qualifier=""))


#: A count of things added in the year (新增8家, 增加5處).
_ADDED = re.compile(r"(?:新增|增加)(?:達|約|至少)?\s?$")


def _added_since(cand: _Candidate) -> _Candidate:
    """The rise to the level ``cand`` reaches from the level its sentence starts it from
    (由14家增加為20家: 6), else ``cand`` as it stands."""
    q = cand.quantity
    if q.is_from:
        return cand
    start = next(
        (
            o
            for o in reversed(extract_quantities(cand.item.text))
            if o.end <= q.start and o.is_from and o.unit == q.unit
        ),
        None,
    )
    if start is None or _SENTENCE.search(cand.item.text[start.end : q.start]):
        return cand
    value = Decimal(str(q.value)) - Decimal(str(start.value))
    return _Candidate(cand.item, replace(q, value=float(value), qualifier=""))


#: Words that put a part off or cancel it (延至, 延後, 取消, 停辦, 暫緩, 未能辦理, 改列).
_PUT_OFF = re.compile(r"延|取消|停辦|暫緩|改列|未(?:能)?(?:完成|辦理|舉辦|執行)")


def _less_parts_put_off(candidates: list[_Candidate]) -> list[_Candidate]:
    """Each figure less the parts of it its sentence puts off right after it (共4場，其中1場…
    延至114年1月辦理: 3); the parts themselves are no candidates."""
    out: list[_Candidate] = []
    parts: set[tuple[int, int]] = set()
    for c in candidates:
        q = c.quantity
        sentence_end = _SENTENCE.search(c.item.text, q.end)
        rest = c.item.text[q.end : sentence_end.start() if sentence_end else None]
        off = Decimal(0)
        for p in extract_quantities(rest):
            if (
                p.unit == q.unit
                and "其中" in p.clause_before
                and p.is_pending
                # put off or not held (延至, 取消), never at a later stage (其中2案審議中)
                and _PUT_OFF.search(p.clause_before + p.phrase + p.clause_after)
            ):
                off += Decimal(str(p.value))
                parts.add((id(c.item), q.end + p.start))
        if off and off < Decimal(str(q.value)):
            c = _Candidate(c.item, replace(q, value=float(Decimal(str(q.value)) - off)))
        out.append(c)
    return [c for c in out if (id(c.item), c.quantity.start) not in parts]


def _carried_totals(candidates: list[_Candidate]) -> dict[tuple[str, float], float]:
    """(measure word, total) -> the total less the cases carried over, for every figure that
    says it includes cases carried over (52件（含113年度結轉案件8件）: 44)."""
    out: dict[tuple[str, float], float] = {}
    for c in candidates:
        q = c.quantity
        m = _CARRIED.match(c.item.text[q.end :])
        if m is not None and m.group("w") == q.word:
            less = float(Decimal(str(q.value)) - Decimal(m.group("n").replace(",", "")))
            out[(q.word, q.value)] = less
    return out


def _less_carried_over(cand: _Candidate, carried: dict[tuple[str, float], float]) -> _Candidate:
    """The candidate less the cases carried over that it, or another item's same total,
    includes (完成審查52件 beside 52件（含…結轉案件8件）)."""
    q = cand.quantity
    less = carried.get((q.word, q.value))
    return cand if less is None else _Candidate(cand.item, replace(q, value=less))


#: Verbs of cutting things (精簡, 整併, 裁併…) before the things a count target counts.
_CUT = re.compile(r"精簡|整併|裁併|裁撤|刪減|合併|減少|縮減")


def _amounts_cut(candidates: list[_Candidate]) -> list[_Candidate]:
    """The candidates with each level left after a cut (由45種精簡為30種, 原有45種，…精簡為30種:
    30) replaced by the amount cut (15); the level before is no candidate."""
    out: list[_Candidate] = []
    starts: set[tuple[int, int]] = set()
    for c in candidates:
        q = c.quantity
        start = next(
            (
                f
                for f in reversed(extract_quantities(c.item.text))
                if f.end <= q.start
                and f.unit == q.unit
                and (f.is_from or _LEVEL_BEFORE.search(f.clause_before))
            ),
            None,
        )
        if start is not None and _CUT.search(q.clause_before) and start.value > q.value:
            cut = float(Decimal(str(start.value)) - Decimal(str(q.value)))
            c = _Candidate(c.item, replace(q, value=cut))
            starts.add((id(c.item), start.start))
        out.append(c)
    return [c for c in out if (id(c.item), c.quantity.start) not in starts]


#: Words before a figure that make it the level before a cut (原有45種, 原先25處).
_LEVEL_BEFORE = re.compile(r"原有|原先|原本|原編制")


def _with_larger_units(candidates: list[_Candidate]) -> list[_Candidate]:
    """Minutes or seconds printed after hours or minutes (1小時45分鐘, 6分40秒) as one time in the
    smaller unit (105分鐘), the larger figure dropped."""
    out: list[_Candidate] = []
    merged: set[tuple[int, int]] = set()
    for c in candidates:
        q = c.quantity
        larger = {"分鐘": ("小時", 60), "秒": ("分", 60)}.get(q.unit)
        before = c.item.text[: q.start]
        m = (
            re.search(r"(\d+(?:\.\d+)?)\s?" + larger[0] + r"(?:鐘)?\s?$", before)
            if larger
            else None
        )
        if m is not None and larger is not None:
            total = float(Decimal(m.group(1)) * larger[1] + Decimal(str(q.value)))
            c = _Candidate(c.item, replace(q, value=total))
            merged.add((id(c.item), m.start()))
        out.append(c)
    return [c for c in out if (id(c.item), c.quantity.start) not in merged]


def _owners(targets: list[Target]) -> dict[tuple[str, int], set[int]]:
    """(section, item number) -> the targets the item is aligned to."""
    owners: dict[tuple[str, int], set[int]] = {}
    for t in targets:
        for section, item in t.aligned_items.items():
            owners.setdefault((section, item.item_no), set()).add(t.target_index)
    return owners


def _alignment_weight(target: Target, item: TextItem) -> float:
    """A figure in the target's own aligned item weighs more; one in an item aligned to other
    targets only much less (a target never borrows its neighbour's sentence)."""
    key = (item.section, item.item_no)
    if any(i.item_no == item.item_no for s, i in target.aligned_items.items() if s == item.section):
        return OWN_ITEM_WEIGHT
    if key in target.shared_items and item.section in target.aligned_items:
        return SHARED_ITEM_WEIGHT  # another's item naming this target, beside its own
    return OTHER_ITEM_WEIGHT if key in target.other_items else 1.0


def _score_component(
    target: Target,
    comp: Component,
    order: int,
    candidates: list[_Candidate],
    unit_counts: dict[str, int],
    owners: dict[tuple[str, int], set[int]] | None = None,
) -> list[_Pair]:
    """The pairs of one quantified component: similar enough candidates, else the fallback."""
    assert comp.quantity is not None
    if not any(c.quantity.unit == comp.quantity.unit for c in candidates):
        # no figure in the part's own unit of time: one in another (0.3小時 for 20分鐘以內),
        # of the same measure (never 回應時間3秒 for 處理時間2小時); 個 before a noun ending in
        # the part's measure word (3個分隊 for 3隊)
        candidates = [
            converted
            for c in candidates
            if (converted := _in_unit(c, comp.quantity)) is c
            or c.quantity.unit == "個"
            or comp.quantity.unit == "個"  # (19縣市 for 縣市數…18個: the word it names)
            or thing_similarity(comp.quantity, c.quantity) >= CONVERTED_SIMILARITY
        ]
    else:
        # … and where only another target's items print the part's unit (後送平均84分鐘), the
        # part's own aligned items in another unit of its measure (0.25小時 for 15分鐘以內)
        aligned = {id(i) for i in target.aligned_items.values()}
        if not any(
            c.quantity.unit == comp.quantity.unit for c in candidates if id(c.item) in aligned
        ):
            candidates = candidates + [
                converted
                for c in candidates
                if id(c.item) in aligned
                and (converted := _in_unit(c, comp.quantity)) is not c
                and converted.quantity.unit == comp.quantity.unit
            ]
    if comp.quantity.unit in ("分鐘", "秒"):
        candidates = _with_larger_units(candidates)
    if (
        comp.typed.type == "count"
        and _CUT.search(comp.quantity.clause_before)
        # never a target of the level left (將服務站由25處整併為15處)
        and not any(q.is_from for q in extract_quantities(target.text))
    ):
        # a count of things cut (精簡申辦表單20種) is answered by how many were cut (由45種精簡
        # 為30種: 15), never by the level left
        candidates = _amounts_cut(candidates)
    if _INCLUDING_CARRIED.search(comp.quantity.clause_before):
        # a count of the year's new cases (114年度新申請…45件) is answered by the year's, the
        # cases carried over a figure includes taken off (52件（含113年度結轉案件8件）: 44)
        carried = _carried_totals(candidates)
        candidates = [_less_carried_over(c, carried) for c in candidates]
    if comp.typed.type == "count":
        # a count whose own part is put off (共4場，其中1場因颱風延至114年1月辦理): 3 were held
        candidates = _less_parts_put_off(candidates)
    # 較目標值多辦理3場: a figure given against the target is the target plus (or less) it
    candidates = [_against_the_target(c, comp.quantity) for c in candidates]
    if comp.typed.type == "count" and _ADDED.search(comp.quantity.before):
        # a count of things added (新增8家) is answered by the rise between two levels
        # (由114年底14家增加為115年底20家: 6), never by the level reached
        candidates = [_added_since(c) for c in candidates]
    # a share computed from two counts answers a rate of what its part names (就業者 of 就業比率),
    # never of a subgroup the target does not name (其中3艘限期改善 for 檢查完成率)
    # (never beside a rate its own item prints: 已完成改善29項，改善比率78.4%)
    printed = {id(c.item) for c in candidates if c.quantity.unit == "%" and not c.quantity.is_share}
    candidates = [
        c
        for c in candidates
        if not c.quantity.is_share
        or (
            id(c.item) not in printed
            and bigrams(c.quantity.share_words)
            & bigrams(strip_stopwords(comp.quantity.clause_before))
        )
    ]
    per_head = _PER.search(comp.quantity.clause_before) is not None
    same_unit = [
        c
        for c in candidates
        if c.quantity.unit == comp.quantity.unit
        and not _other_rate(comp.quantity, c.quantity)
        and not _counts_another_thing(comp, c)
        and not _applied(c.quantity, comp)
        # a figure per head (每人年借閱冊數3.5冊) is never answered by a total (8,650萬冊)
        and (
            not per_head
            or _PER.search(c.quantity.clause_before) is not None
            or "平均" in c.quantity.clause_before
        )
    ]
    if _asked_per_period(comp.quantity):
        # a count asked a month, read as the year's (:func:`_per_year`), is answered by one
        # reported a month as the year's it makes too (每月平均訪視32人次: 384)
        same_unit = [
            _Candidate(c.item, _per_year_said(c.quantity)) if _per_period(c.quantity) else c
            for c in same_unit
        ]
    elif not _AVERAGE.search(comp.quantity.clause_before):
        # … and a count asked for the year (or capped for it) by the year's average a month
        # (全年平均每月108人次 for 全年1,200人次: 1,296; 平均每月1.2件 for 全年不超過12件:
        # 14.4); for any other part such a figure answers nothing
        def years_average(c: _Candidate) -> bool:
            return _per_period(c.quantity) and bool(
                re.search(r"全年[^，,。；;]{0,12}平均每(?:月|季)", c.quantity.clause_before)
            )

        if comp.typed.type in ("count", "ceiling"):
            same_unit = [
                _Candidate(c.item, _per_year_said(c.quantity)) if years_average(c) else c
                for c in same_unit
            ]
        else:
            same_unit = [c for c in same_unit if not years_average(c)]
    average = _AVERAGE.search(comp.quantity.clause_before) is not None
    if average and any(
        _AVERAGE.search(c.quantity.clause_before)
        # (an average of another target's item, 平均誤差12.4%, answers nothing here)
        and (owners is None or _alignment_weight(target, c.item) >= 1.0)
        for c in same_unit
    ):
        # an average asked (月平均呼叫次數達50萬次) is answered by the average printed (月平均
        # 48.7萬次), never by the year's total or one month's figure beside it
        same_unit = [c for c in same_unit if _AVERAGE.search(c.quantity.clause_before)]
    elif average:
        # … and with no average printed, by the year's total only as the average a month or a
        # quarter it makes (全年受理1,245件 for 每月平均100件: 103.75), never as it stands
        per = next(
            (n for w, n in (("月", 12), ("季", 4)) if re.search(rf"{w}平均|每{w}", comp.text)), 0
        )
        same_unit = [
            replace(c, quantity=replace(c.quantity, value=c.quantity.value / per))
            if per and _years_total(c.quantity)
            else c
            for c in same_unit
            if per or not _years_total(c.quantity)
        ]
    if owners is not None:  # figures of items aligned to other targets only are not fallbacks
        free = [c for c in same_unit if _alignment_weight(target, c.item) >= 1.0]
    else:
        free = same_unit
    cumulative = comp.typed.type == "cumulative" or _works_progress(comp.quantity)
    if cumulative and any(_earlier_years_total(c.quantity, target) for c in same_unit):
        # a total to the end of an earlier year (（113年底累計2,540處） in a 114 report) is the
        # level the year started from, never the one it reached; with the year's own figure
        # beside it and no total of this year, nothing answers (the two are never added)
        same_unit = [c for c in same_unit if not _earlier_years_total(c.quantity, target)]
        if not any(c.quantity.is_cumulative for c in same_unit):
            same_unit = []
        free = [c for c in free if c in same_unit]
    if cumulative and any(c.quantity.is_cumulative for c in free):
        # a cumulative target is answered by a cumulative figure, never this year's
        same_unit = [c for c in same_unit if c.quantity.is_cumulative]
    if not cumulative:
        # a total over the years is never a yearly target's achieved value: remember one that
        # speaks of the same thing (the reason when no figure of the year is printed)
        for cand in same_unit:
            similar = thing_similarity(comp.quantity, cand.quantity) >= MIN_MATCH
            if cand.quantity.is_cumulative and not comp.cumulative_seen and similar:
                comp.cumulative_seen = cand.quantity.clause
                comp.cumulative_item = (cand.item.section, cand.item.item_no)
        same_unit = [c for c in same_unit if not c.quantity.is_cumulative]
        free = [c for c in free if not c.quantity.is_cumulative]
    # a figure only planned (數位職類課程已規劃18班), none marked delivered in its item, counts
    # nothing delivered: for a part asking the things themselves it answers nothing
    if not _PLAN_WORD.search(comp.text):
        plans = [c for c in same_unit if _only_planned(c)]
        same_unit = [c for c in same_unit if c not in plans]
        free = [c for c in free if c not in plans]
    # a figure of another stage of the act asked (投稿3篇 for 發表論文) is no figure beside one
    # of the stage asked (其中1篇已接受刊登)
    staged = [c for c in same_unit if _another_stage_act(comp.quantity, c.quantity)]
    if staged and any(_names_the_asked_stage(comp.quantity, c.quantity) for c in same_unit):
        same_unit = [c for c in same_unit if c not in staged]
        free = [c for c in free if c not in staged]
    # … and of a family whose stages have several words (招收160人 for 結訓150人), another
    # stage's figure answers nothing even alone
    several = [c for c in staged if _another_stage_of_several(comp.quantity, c.quantity)]
    same_unit = [c for c in same_unit if c not in several]
    free = [c for c in free if c not in several]
    # a figure whose part (其中…) meets the target's condition while it does not is demoted
    parted = {  # the whole -> its part named
        id(whole): cand
        for cand in same_unit
        if "其中" in cand.quantity.clause_before
        and (whole := _part_named(comp, cand, same_unit)) is not None
    }
    # a figure approved or planned (核定開辦6,720班次) is no achieved value beside the one its
    # item marks as actually delivered (實際開班6,350班次)
    planned: dict[int, _Candidate] = {}  # a figure approved or planned -> the one delivered
    asks_approval = _asks_approval(target, comp)
    for cand in same_unit:
        # also a figure of work undertaken (辦理…改善工程35處) beside one done (已完工31處), or
        # of people admitted (錄取8名) beside those who came (實際報到7名), unless admitting is
        # what the target asks for
        if not (
            _planned(cand.quantity)
            or _UNDERTAKEN.match(_last_clause_of(cand.quantity))
            or _admitted(cand.quantity, comp)
        ) or _asks_the_intake(comp, cand.quantity):
            continue
        actual = next(
            (
                o
                for o in same_unit
                if o.item is cand.item
                and o is not cand
                and (
                    _marked_done(o.quantity)
                    # for a target of approval (核定…提案30至40案) the figure approved is the one
                    # delivered beside one taken in (受理…46案，…核定28案)
                    or (
                        asks_approval
                        and not _approved_only(cand.quantity)
                        and _APPROVED.search(_last_clause_of(o.quantity)) is not None
                        and _approved_only(o.quantity)
                    )
                )
            ),
            None,
        )
        if actual is None and _TAKEN_IN_WORDS.search(_last_clause_of(cand.quantity)):
            # cases taken in (受理…2,400件) against a target to complete them: the figure its
            # other aligned item marks done (完成鑑識2,160件) is the one delivered
            aligned = {id(i) for i in target.aligned_items.values()}
            actual = next(
                (
                    o
                    for o in same_unit
                    if o.item is not cand.item
                    and id(o.item) in aligned
                    and _marked_done(o.quantity)
                    and not re.search(r"受理|收件|新收", comp.text)  # (申請案 names things)
                    and thing_similarity(comp.quantity, o.quantity) >= MIN_MATCH
                ),
                None,
            )
        if actual is not None:
            planned[id(cand)] = actual
    # a target counting things joined by 及/與/和 is answered by the total its item prints
    # (合計50場), not by the figure of one of them (宣導42場、教育訓練8場)
    totals: dict[int, _Candidate] = {}  # a part -> the total after it in its item
    joined = _joined(comp.text)
    # 研討會2場及諮商4場: parts of one target counting in one measure word each take their own
    # figure, never a total of them all (合計7場次)
    split = _split_unit(target, comp)
    for cand in same_unit if not split else ():
        total = next(
            (
                o
                for o in same_unit
                if o.item is cand.item
                and o.quantity.is_total
                and o.quantity.start > cand.quantity.end
                # 其中…合計2,180人次 totals a part of the figure before it, not that figure
                and "其中" not in o.quantity.clause_before
            ),
            None,
        )
        if total is None or cand.quantity.is_total:
            continue
        # a total that adds up the figures before it (投資12案及融資11案，合計23案) answers
        # whatever the target joins; otherwise only a target that joins things by 及/與/和;
        # never when the target names what this part counts and the other parts do not
        # (河川疏濬土石供應 against 河川疏濬…1,380萬、陸上砂石開採…420萬，合計1,800萬)
        # (nor when the parts it sums are kinds apart and the target asks one: 初階…58人、
        # 進階…21人，合計79人 for 初階…60人)
        if joined or (
            _sums_its_parts(total, same_unit)
            and not _names_this_part(comp, cand, total, same_unit)
            and not _total_of_other_kinds(comp.quantity, total)
        ):
            totals[id(cand)] = total
    # … and where an aligned item totals them (合計10台), a figure listed beside another of its
    # measure word in any item (超音波2台、呼吸器8台) is one of the things joined, a part
    listed = (
        {id(c) for c in same_unit if _listed_beside(c, same_unit)}
        if joined
        and not split
        and any(o.quantity.is_total and "其中" not in o.quantity.clause_before for o in same_unit)
        else set()
    )
    pairs: list[_Pair] = []
    for rank, cand in enumerate(same_unit):
        score = thing_similarity(comp.quantity, cand.quantity)
        if joined and _sums_the_things_joined(cand):
            # 優等6館、甲等14館，合計20館 for 優等及甲等館合計達20館: the total of the things
            # the target joins, whose own words are only 合計, names them by its parts
            score = max(score, _summed_similarity(comp.quantity, cand))
        elif (
            comp.quantity.is_total
            and _sums_the_things_joined(cand)
            and cand.item is target.aligned_items.get(cand.item.section)
        ):
            # 四癌篩檢人數合計8,000人 answered on its own item by 子宮頸癌1,850人、…，合計8,700人:
            # a total asked, a total of its parts given
            score = max(score, NAMED_TOTAL)
        if id(cand) in listed and id(cand) not in totals:
            score *= PART_WEIGHT  # (a part its own item totals is weighed below)
        if _EACH.search(cand.quantity.before) and cand.quantity.value < comp.quantity.value:
            score *= PART_WEIGHT  # 3月、6月…各完成…1次: a figure of each, not of them all
        if (
            _another_stage_act(comp.quantity, cand.quantity)
            or _act_named_beside(comp.quantity, cand, same_unit)
            or _total_of_other_kinds(comp.quantity, cand)
            # (… or the same total, its parts printed in another item: 訓練合計20梯次 here,
            # ACLS訓練8梯次、EMT-2複訓12梯次，合計20梯次 there, for ACLS訓練10梯次)
            or any(
                o.item is not cand.item
                and o.quantity.is_total
                and cand.quantity.is_total
                and o.quantity.value == cand.quantity.value
                and _total_of_other_kinds(comp.quantity, o)
                for o in same_unit
            )
        ):
            score *= PART_WEIGHT**2  # 公告招標14案 for 決標十二案: another stage's count
        if cumulative and cand.quantity.is_cumulative and cand in free:
            score = max(score, MIN_MATCH / SECTION_WEIGHT["execution"])
        score *= SECTION_WEIGHT[cand.item.section]
        if owners is not None:
            score *= _alignment_weight(target, cand.item)
        if cand.quantity.is_cumulative != cumulative:
            # a total over the years for a target of this year, or the reverse
            score *= CUMULATIVE_WEIGHT
        if "其中" in cand.quantity.clause_before and _part_named(comp, cand, same_unit) is None:
            whole = _whole_of(cand, same_unit)
            if (
                whole is not None
                and score >= MIN_MATCH
                and (joined or _whole_act(comp, whole, cand))
            ):
                # 其中專案稽查20次 of 定期及專案稽查: one of the things the target joins is a
                # part of the count its whole gives (稽查共64次), which answers with its score
                pairs.append(_Pair(score, order, same_unit.index(whole), comp, whole))
            score *= PART_WEIGHT  # a part of a figure before it (受理3家，其中核准2家)
        if id(cand) in parted:
            # 輔導31家 when only 其中22家 取得標章 as the target asks: the part answers with the
            # score of its whole (its own clause seldom repeats what is counted)
            part = parted[id(cand)]
            if score >= MIN_MATCH:
                pairs.append(_Pair(score, order, same_unit.index(part), comp, part))
            score *= PART_WEIGHT
        if id(cand) in planned:
            # the figure delivered answers with the score of the one approved beside it
            actual = planned[id(cand)]
            if score >= MIN_MATCH:
                pairs.append(_Pair(score, order, same_unit.index(actual), comp, actual))
            score *= PART_WEIGHT
        if cand.quantity.is_share:
            score *= SHARE_WEIGHT  # computed, below a rate printed that matches as well
        if id(cand) in totals or (split and cand.quantity.is_total and not cumulative):
            score *= PART_WEIGHT  # 宣導42場 of 宣導及教育訓練 when the item totals 合計50場
        elif not cand.quantity.is_total and _one_of_included(target.text, cand.quantity):
            # 實兵演練六場 for 演練至少15場（含實兵演練及桌上兵推）: one of the things the target
            # says it includes is a part of its count
            score *= PART_WEIGHT
        if score >= MIN_MATCH:
            pairs.append(_Pair(score, order, rank, comp, cand))
            if id(cand) in totals:  # the total answers with the score of its part
                total = totals[id(cand)]
                pairs.append(_Pair(score / PART_WEIGHT, order, same_unit.index(total), comp, total))
    if not pairs:
        fallback = _fallback(target, comp, free, unit_counts)
        if fallback is not None:
            pairs.append(_Pair(MIN_MATCH / 2, order, 0, comp, fallback))
    elif joined and _is_part((best_pair := max(pairs, key=lambda p: p.score)).cand):
        # a target joining things (道路及排水設施) whose best match is one part (其中道路刨鋪
        # 11.2公里) of a whole the aligned attainment item gives as its one figure of the
        # measure word (完成18.6公里): the agency's whole answers, before the parts
        whole = _whole_of(best_pair.cand, same_unit)
        fallback = _fallback(target, comp, free, unit_counts)
        if (
            fallback is not None
            and fallback.item.section == "attainment"
            and whole is not None
            and whole.quantity.value == fallback.quantity.value
        ):
            pairs.append(_Pair(best_pair.score / PART_WEIGHT, order, 0, comp, fallback))
    return pairs


_YEAR_END = re.compile(r"(?P<y>\d{2,3})\s?年(?:度)?(?:底|末|12月底)")


def _whole_act(comp: Component, whole: _Candidate, part: _Candidate) -> bool:
    """Whether the whole a part is of (提報35處，其中12處已由地方政府登錄…) is counted by the
    act the part asks for (提報…30處), named right before its number: the part is a later
    stage, the whole is the figure."""
    acts = re.findall(r"[\u4e00-\u9fff]{2}", strip_stopwords(whole.quantity.before)[-2:])
    if not acts or acts[0] not in comp.text or _PART_ACT.search(acts[0]) is not None:
        return False
    # … and the part's own words are not what the target asks (其中42家不合格已輔導改善 for
    # 查核並輔導改善不合格業者: the part is the figure), or name nothing of it the whole does
    # not (其中新輔導商圈11處 of 輔導全國商圈二十八處: a subgroup)
    own = strip_stopwords(part.quantity.clause_before.rsplit("其中", 1)[-1] + part.quantity.after)
    whole_words = bigrams(whole.quantity.clause_before + whole.quantity.before)
    lacked = (bigrams(own) & bigrams(comp.text)) - whole_words
    return containment(own, comp.text) < 0.5 or len(lacked) < 2


def _earlier_years_total(q: Quantity, target: Target) -> bool:
    """Whether a cumulative figure is dated to the end of a year before the report's (113年底累計
    in a 114 report, 截至113年12月底)."""
    if not q.is_cumulative or target.fiscal_year is None:
        return False
    m = _YEAR_END.search(q.before[-10:])
    return m is not None and int(m.group("y")) < target.fiscal_year


def _split_unit(target: Target, comp: Component) -> bool:
    """Whether another part of the target counts in the part's measure word (研討會2場及諮商4場):
    each takes its own figure, never a total of them all."""
    return comp.quantity is not None and any(
        o is not comp and o.quantity is not None and o.quantity.unit == comp.quantity.unit
        for o in target.components
    )


#: The stages of a procurement and of an application, each one act of its family.
_STAGE_FAMILIES = (
    re.compile(r"公告|招標|決標|簽約|發包"),
    re.compile(r"申請|受理|審查|核定|核准|核發"),
    # (an examination's: those who applied, sat it, passed it)
    re.compile(r"報名|報檢|報考|到檢|到考|應考|合格|及格"),
)


#: Families whose stages each have several words (a paper submitted, 投稿, then accepted or
#: published, 接受刊登 or 發表): a stage's words stand for each other.
_STAGES_OF_SEVERAL_WORDS = (
    (re.compile(r"投稿|送審"), re.compile(r"接受|刊登|發表|出版")),
    # (a course's: those recruited or enrolled, then those who finished it)
    (re.compile(r"招募|招收|報名|錄取"), re.compile(r"結訓|完訓|結業")),
)


def _another_stage_of_several(asked: Quantity, figure: Quantity) -> bool:
    """Whether the figure's clause names another stage than the target's of a family whose
    stages have several words (招收, 招募 for 結訓; 投稿 for 發表)."""
    own = _last_clause_of(figure)
    for stages in _STAGES_OF_SEVERAL_WORDS:
        wanted_at = _stages_named(stages, _last_clause_of(asked))
        own_at = _stages_named(stages, own)
        if wanted_at and own_at and not wanted_at & own_at:
            return True
    return False


def _stages_named(stages: tuple[re.Pattern[str], ...], words: str) -> set[int]:
    """Which stages of a family (their places in it) ``words`` name."""
    return {n for n, stage in enumerate(stages) if stage.search(words)}


def _names_the_asked_stage(asked: Quantity, figure: Quantity) -> bool:
    """Whether the figure's clause, before or after it, names the stage the target asks of a
    family whose stages have several words (其中2篇已接受刊登 for 發表論文)."""
    own = figure.clause_before + figure.clause_after
    return any(
        _stages_named(stages, _last_clause_of(asked)) & _stages_named(stages, own)
        for stages in _STAGES_OF_SEVERAL_WORDS
    )


def _another_stage_act(asked: Quantity, figure: Quantity) -> bool:
    """Whether the figure's own clause names a stage of the family the target's act belongs to,
    but not the target's (公告設定地上權招標14案 for 決標十二案; 投稿3篇 for 發表論文2篇): it
    counts another stage."""
    own = _last_clause_of(figure)
    for family in _STAGE_FAMILIES:
        wanted = family.findall(_last_clause_of(asked))
        if wanted and family.search(own) and not any(w in own for w in wanted):
            return True
    return _another_stage_of_several(asked, figure)


def _act_named_beside(asked: Quantity, cand: _Candidate, same_unit: list[_Candidate]) -> bool:
    """Whether the figure's clause lacks the act the target asks (上線, 啟用, 取得 …) while
    another figure of its measure word in its sentence names it (完成…模組共9項，…正式上線7項
    for 正式上線8項): that other figure counts the act, this one an earlier or wider thing."""
    acts = _ACT.findall(_last_clause_of(asked))
    if not acts or any(a in _last_clause_of(cand.quantity) for a in acts):
        return False
    sentence = _span_between(cand.item.text, cand.quantity.start, "。；;")
    return any(
        o.item is cand.item
        and o is not cand
        and sentence[0] <= o.quantity.start < sentence[1]
        and any(a in _last_clause_of(o.quantity) for a in acts)
        for o in same_unit
    )


def _listed_beside(cand: _Candidate, same_unit: list[_Candidate]) -> bool:
    """Whether the figure, no total, stands in a list (、) beside another figure of its measure
    word in its sentence (急診高階超音波2台、加護病房呼吸器8台)."""
    if cand.quantity.is_total:
        return False
    for o in same_unit:
        if o is cand or o.item is not cand.item or o.quantity.is_total:
            continue
        a, b = sorted((o.quantity, cand.quantity), key=lambda q: q.start)
        between = cand.item.text[a.end : b.start]
        if "、" in between and not _SENTENCE.search(between):
            return True
    return False


def _is_part(cand: _Candidate) -> bool:
    """Whether the figure is a part of one before it (其中…11.2公里、…7.4公里)."""
    return "其中" in re.split(r"[。；;]", cand.item.text[: cand.quantity.start])[-1]


#: The name of a rate right before its figure: 完成率60%, 再犯率為40.5%, 涵蓋率達95% (never 之 or
#: 的 alone: …（BOD 30 mg/L以下）之比率 names no rate before its bracket).
_RATE_NAME = re.compile(
    r"(?P<name>(?![之的比])[\u4e00-\u9fff])(?:之|的)?(?:比率|比例|率)(?:為|達|約|已達)?\s?$"
)


def _other_rate(target: Quantity, figure: Quantity) -> bool:
    """Whether two percentages name different rates (完成率 against 再犯率): a rate answers a
    rate target only when it is the same rate, or unnamed."""
    if target.unit != "%":
        return False
    a = _RATE_NAME.search(target.before)
    # (a rate named before the change that reaches the figure: 開啟率由8.6%降至4.3%)
    b = _RATE_NAME.search(figure.before) or _RATE_NAME.search(
        re.sub(
            r"由[^，,。；;]*?(?:降至|減至|提升至|提高至|增至|增加至|上升至|下降至)?\s?$",
            "",
            figure.before,
        )
    )
    if a is None or b is None or a.group("name") == b.group("name"):
        return False
    # two words of two characters each right before 率, no character in common (點閱率 against
    # 開啟率): two rates, whatever else they share (演練郵件)
    # (never 比率, 比例 or 之率: the word before them names the rate)
    word_a = re.search(r"([\u4e00-\u9fff]{2})(?<![比之的])率\S{0,3}$", target.before)
    word_b = re.search(r"([\u4e00-\u9fff]{2})(?<![比之的])率", b.string[b.start() - 1 : b.end()])
    # (… nor one in the other's words: 轉介率 for 轉介治療率)
    if (
        word_a
        and word_b
        and not set(word_a.group(1)) & set(word_b.group(1))
        and word_b.group(1) not in target.before
        and word_a.group(1) not in figure.before
    ):
        return True
    # differently named and sharing little else (結案比率 beside 7日內…處理之比率 shares 7日內)
    return thing_similarity(target, figure) < OTHER_RATE_SIMILARITY


def _same_rate(target: Quantity, figure: Quantity) -> bool:
    """Whether two percentages name the same rate (健康檢查完成率 and 完成率)."""
    if target.unit != "%" or figure.unit != "%":
        return False
    a = _RATE_NAME.search(target.before)
    b = _RATE_NAME.search(figure.before)
    return a is not None and b is not None and a.group("name") == b.group("name")


#: Acts that set a stage of the things a part counts (核准, 受理, 取得, 通過…).
_PART_ACT = re.compile(
    r"核准|核定|核發|受理|申請|完成|取得|通過|簽約|決標|完工|上線|啟用|錄取|撥付"
    # a status conferred on the things by another (已由地方政府登錄為歷史建築, 指定為古蹟)
    r"|登錄|指定|列冊|認定|審定"
)
#: Words of a part that counts the things that have not (其中未取得驗證者, 尚未完成者, 其餘).
_NOT_YET = re.compile(r"未|不|其餘|仍|尚")


#: Acts one word names (公告, 核定, 上線): a part's own act the target asks for says enough.
_ONE_ACT = re.compile(_PART_ACT.pattern + r"|公告|公布|發布|出版|開放|營運|驗收|竣工|結案|建置")


def _names_what_is_asked(wanted: frozenset[str] | set[str], own: str) -> bool:
    """Whether a part's own words (其中已公告4項: 已公告) name words of the target that its
    whole lacks: two of them, or the one act the target asks for (公告…檢驗方法8項 against 開發
    8項，其中已公告4項)."""
    shared = wanted & bigrams(own)
    return len(shared) >= 2 or any(_ONE_ACT.fullmatch(b) for b in shared)


def _counts_another_thing(comp: Component, cand: _Candidate) -> bool:
    """Whether the figure's clause lacks words of the part that another sentence of its item
    names beside words of failure or of work to come (完成…耐震初步評估80座；詳細評估委託案因
    招標流標2次，…預計114年辦理 for 完成…耐震詳細評估20座): the figure counts another thing,
    the part's own is the one not done."""
    assert comp.quantity is not None
    q = cand.quantity
    words = strip_stopwords(comp.quantity.clause_before + comp.quantity.after)
    lacked = bigrams(words) - bigrams(q.clause_before + q.phrase + q.clause_after)
    if len(lacked) < 2:
        return False
    # (the figure's own sentence by its place: a share's phrase, 1,068人／1,200人, is computed)
    own = None
    if q.is_share:  # the sentence holding the share's part (it ends where the part ends)
        ends = [m.end() for m in _SENTENCE.finditer(cand.item.text, 0, q.start)]
        own = _SENTENCE.split(cand.item.text[ends[-1] if ends else 0 :], maxsplit=1)[0]
    for sentence in _SENTENCE.split(cand.item.text):
        if q.phrase in sentence or sentence == own or len(lacked & bigrams(sentence)) < 2:
            continue
        if _NEGATION.search(sentence) or _UNDER_WAY.search(sentence):
            return True
    return False


def _part_meeting_the_condition(target: Target, comp: Component, exceed_margin: float) -> None:
    """A figure read as met whose value is, in another aligned item, a whole of which a part
    (其中11次於次月15日前公布) meets the condition the target puts on what it counts (每月於次月
    15日前公布…全年12次) while the whole does not: the part is the figure (全年12次均已公布 is
    the whole)."""
    q = comp.quantity
    if q is None or comp.status not in ("met", "exceeded") or comp.achieved_value is None:
        return
    if _joined(comp.text):
        return  # 定期及專案視察: a part (其中專案視察9次) is one of the things it joins
    for section, item in target.aligned_items.items():
        if section == comp.evidence_section and item.item_no in comp.evidence_items:
            continue
        same_unit = [_Candidate(item, r) for r in extract_quantities(item.text) if r.unit == q.unit]
        for cand in same_unit:
            if "其中" not in cand.quantity.clause_before:
                continue
            whole = _whole_of(cand, same_unit)
            if whole is None or whole.quantity.value != comp.achieved_value:
                continue
            w = whole.quantity
            asked = _INCLUDES.sub("", _asked(target, comp))  # （含…）: included, no condition
            wanted = bigrams(strip_stopwords(asked)) - bigrams(
                w.clause_before + w.phrase + w.clause_after
            )
            # the part's own words: after 其中, and after its figure up to the next delimiter
            tail = re.split(r"[、，,。；;]", item.text[cand.quantity.end :])[0]
            own = strip_stopwords(cand.quantity.clause_before.rsplit("其中", 1)[-1] + tail)
            siblings = [
                c
                for c in same_unit
                if c is not cand and c is not whole and c.quantity.start > w.end
            ]
            # the target names each part (國道1號、國道3號共30處): the whole answers, unless it
            # names a word of this part that no other part has (重度級 beside 中度級、一般級;
            # 甲級 beside 乙級、丙級: one word says enough then)
            theirs = [bigrams(strip_stopwords(c.quantity.before)) for c in siblings]
            distinct = (wanted & bigrams(own)) - set().union(*theirs) if theirs else set()
            if not (_names_what_is_asked(wanted, own) or distinct) or _NOT_YET.search(own):
                continue
            if (not distinct and any(wanted & t for t in theirs)) or any(
                wanted & (t - bigrams(own)) for t in theirs
            ):
                continue  # (北區、南區共20處: it names another part too)
            comp.achieved_value = cand.quantity.value
            comp.achieved_word = cand.quantity.word
            comp.status = compare(comp.typed, cand.quantity.value, exceed_margin)
            comp.reason = "figure_compared"
            _point_item(comp, item, cand.quantity.clause)
            comp.decided_by = cand.quantity.phrase
            return


#: A level to hold all through the period (全年維持8天以上, 每月均維持在95%以上); a year's
#: figure alone (全年辦理24場, 審結率達95%) is never judged by its lowest month or branch.
_THROUGHOUT = re.compile(r"維持|保持")
_LOWEST = re.compile(r"最低(?:值|者|時)?(?:為|達|僅|約)?\s?$")
_HIGHEST = re.compile(r"最高(?:值|者|時)?(?:為|達|約)?\s?$")


_ABOUT = ("約", "大約", "概約", "近", "將近", "逾", "超過")


def _exact_over_about(target: Target, comp: Component, exceed_margin: float) -> None:
    """A figure found as about so many, or near or over it (累計介接資料集約120項, 近900萬張),
    where its own item or the other aligned column prints the same measure exactly (累計介接
    118項, （計899萬6千張）): the exact figure is the account."""
    q = comp.quantity
    if q is None or not comp.decided_by.startswith(_ABOUT) or comp.evidence_section is None:
        return
    about = next(
        (r for r in extract_quantities(comp.evidence_text) if r.phrase == comp.decided_by), None
    )
    if about is None:
        return
    other = "execution" if comp.evidence_section == "attainment" else "attainment"
    own = target.aligned_items.get(comp.evidence_section)
    columns = [i for i in (own, target.aligned_items.get(other)) if i is not None]
    # how many figures of the measure each item prints
    of_measure = {
        id(i): [f.unit for f in extract_quantities(i.text)].count(q.unit) for i in columns
    }
    exact = [
        (item, r)
        for item in columns
        for r in extract_quantities(item.text)
        if r.unit == q.unit
        and not r.bound  # an exact figure (計49萬8千件 is one; 近, 逾, 約 are not)
        and not r.qualifier.startswith(_ABOUT)
        and r.is_cumulative == about.is_cumulative
        and not (r.is_from or r.is_pending or r.is_descriptor)
        and "其中" not in r.clause_before
        and r.value != about.value
        and abs(r.value - about.value) <= 0.1 * about.value  # about 120 is 118, never 26
        and (
            thing_similarity(about, r) >= 0.3
            or _names_a_total(item.text, r)
            # or the one figure of its measure in the other column, that rounds to it (約65%:
            # 64.8%; 約120項: 118項)
            or (item is not own and of_measure[id(item)] == 1 and _rounds_to(r.value, about.value))
        )
    ]
    if len({r.value for _, r in exact}) != 1:
        return
    item, r = exact[0]
    if not _within_bound(r.value, about):
        # over 5萬 against 4萬6,300 printed exactly: the two figures contradict, none decides
        comp.status, comp.reason = "unclear", "conflicting_signals"
        comp.achieved_value = None
        return
    comp.achieved_value, comp.achieved_bound = r.value, ""
    comp.status = compare(comp.typed, r.value, exceed_margin)
    _point_item(comp, item, r.clause)
    comp.decided_by = r.phrase


def _within_bound(exact: float, about: Quantity) -> bool:
    """Whether an exact figure agrees with what a qualified one says of itself: over it (逾5萬,
    超過) is more, near it (近900萬, 未達) is less; about it (約) either."""
    if about.bound == ">":
        return exact > about.value
    if about.bound == "<":
        return exact < about.value
    return True


def _rounds_to(exact: float, about: float) -> bool:
    """Whether ``exact`` rounds to ``about`` at the place of ``about``'s last nonzero digit
    (64.8 to 65, 118 to 120, 8,996,000 to 9,000,000)."""
    value = Decimal(str(about)).normalize()
    exponent = value.as_tuple().exponent
    step = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
    return abs(Decimal(str(exact)) - value) <= step / 2


def _names_a_total(text: str, r: Quantity) -> bool:
    """Whether a figure stands in brackets as the exact count of the one before it
    (近900萬張（計899萬6千張）)."""
    return bool(re.search(r"[（(]\s?(?:計|共|合計|共計|實際)?\s?$", text[: r.start]))


#: A clause of work in progress on the things (後製剪輯中, 施工中), and their release to come.
_IN_THE_MAKING = re.compile(r"[\u4e00-\u9fff]{2,4}中(?=\s*(?:[，,。；;]|$))")
_COMES_OUT = re.compile(
    r"(?:預計|預定|將於|將)[^，,。；;]{0,14}?"
    r"(?:公開|完成|上線|出版|發行|播出|上映|交付|啟用|發布|完工)"
)


def _still_in_the_making(target: Target, comp: Component) -> None:
    """A count of things to complete read met on its figure whose own sentence, in an aligned
    item, says the things are still being worked on and come out later (拍攝12部，後製剪輯中，
    預計115年3月公開): a stage reached, the things not done this year."""
    q = comp.quantity
    if q is None or comp.status not in ("met", "exceeded") or comp.typed.type != "count":
        return
    for item in _aligned_texts(target):
        for sentence in _SENTENCE.split(item.text):
            figures = [r for r in extract_quantities(sentence) if r.unit == q.unit]
            if not any(r.value == comp.achieved_value for r in figures) or "其中" in sentence:
                continue
            under_way = _UNDER_WAY.search(sentence) or _IN_THE_MAKING.search(sentence)
            later = _COMES_OUT.search(sentence)
            if under_way and later and later.start() > under_way.start():
                comp.status, comp.reason = "not_met", "agency_says_late"
                _point_item(comp, item, sentence.strip())
                comp.decided_by = later.group(0)
                return


def _each_of_several(target: Target, comp: Component, exceed_margin: float) -> None:
    """A ceiling or a level answered by the first of figures given for each of several (RTO
    分別為3.5小時及4.5小時 against 不超過4小時): the worst of them decides, as each must hold."""
    q = comp.quantity
    kind = comp.typed.type
    if (
        q is None
        or comp.status not in ("met", "exceeded")
        or kind not in ("ceiling", "level")
        or comp.evidence_section is None
    ):
        return
    item = target.aligned_items.get(comp.evidence_section)
    if item is None or item.item_no not in comp.evidence_items:
        return
    figures = extract_quantities(item.text)
    for i, first in enumerate(figures):
        if first.value != comp.achieved_value or "分別" not in first.clause_before[-8:]:
            continue
        listed = [first]
        for r in figures[i + 1 :]:
            between = item.text[listed[-1].end : r.start]
            if r.unit != first.unit or not re.fullmatch(r"\s?[、及與和,，]\s?", between):
                break
            listed.append(r)
        if len(listed) < 2:
            return
        worst = (
            max(listed, key=lambda r: r.value)
            if kind == "ceiling"
            else min(listed, key=lambda r: r.value)
        )
        comp.achieved_value = worst.value
        comp.status = compare(comp.typed, worst.value, exceed_margin)
        comp.decided_by = worst.phrase
        return


def _held_throughout(target: Target, comp: Component, exceed_margin: float) -> None:
    """A floor (or a ceiling) to hold all through the period (全年維持8天以上) read met on an
    average or a year's figure: the lowest (highest) an aligned item prints (最低為7.6天)
    decides, since the level must hold at every point."""
    q = comp.quantity
    kind = comp.typed.type
    if (
        q is None
        or comp.status not in ("met", "exceeded")
        or kind not in ("level", "count", "ceiling")
        or not _THROUGHOUT.search(q.clause_before + q.phrase)
        or "平均" in q.clause_before  # an average asked is judged by the average
    ):
        return
    extreme = _HIGHEST if kind == "ceiling" else _LOWEST
    for item in _aligned_texts(target):
        for r in extract_quantities(item.text):
            if r.unit != q.unit or not extreme.search(r.before):
                continue
            status = compare(comp.typed, r.value, exceed_margin)
            if status == comp.status:
                return
            comp.achieved_value = r.value
            comp.status, comp.reason = status, "figure_compared"
            _point_item(comp, item, r.clause)
            comp.decided_by = r.phrase
            return


def _whole_of(part: _Candidate, same_unit: list[_Candidate]) -> _Candidate | None:
    """The figure a part (其中…) is a part of: the last of its measure word before it in its
    item, or None."""
    before = [
        c
        for c in same_unit
        if c.item is part.item and c.quantity.start < part.quantity.start and c is not part
    ]
    return before[-1] if before else None


#: Acts that complete a thing (結案 for a study or a case, 完工 or 竣工 for works).
_COMPLETES = re.compile(r"完成|結案|完工|竣工|辦竣|辦理完竣")
#: Words that things were only started or are going on (均已進行, 陸續辦理中, 執行中).
_STARTED_ONLY = re.compile(rf"已(?:啟動|展開|開始|進行)|{IN_PROGRESS}")


def _part_named(
    comp: Component, part: _Candidate, same_unit: list[_Candidate]
) -> _Candidate | None:
    """Whether a part (其中…22家) meets the condition the target puts after its number (至少25家
    取得產品標章或驗證) while the figure it is a part of (輔導31家) does not: then the part is the
    figure (the whole is returned, None otherwise)."""
    assert comp.quantity is not None
    whole = _whole_of(part, same_unit)
    if whole is None:
        return None
    condition = comp.quantity.after  # what the target asks of the things counted
    near = part.quantity.clause_before + part.quantity.phrase + part.quantity.clause_after
    other = whole.quantity
    # (the whole's words stop where its part begins: 完成9項（其中7項已上線）)
    other_near = other.clause_before + other.phrase + re.split(r"[（(]?其中", other.clause_after)[0]
    if len(strip_stopwords(condition)) >= 2:
        named = containment(condition, near) >= 0.5 > containment(condition, other_near)
    else:
        # the condition before the number (通過GMP評鑑達60家 against 輔導65家，其中51家通過評鑑;
        # 取得國家標準驗證30家 against 輔導約150家，其中取得國家標準驗證28家): the part's own words
        # name words of the target that the whole's clause lacks (a part that has not, 其中未取得
        # 驗證者5家, is the rest, never the figure)
        # (a bracket of what the count includes, （含45歲以下青年）, asks no condition)
        lacked = bigrams(strip_stopwords(_INCLUDES.sub("", comp.quantity.clause_before))) - bigrams(
            other_near
        )
        own = strip_stopwords(
            part.quantity.clause_before.rsplit("其中", 1)[-1] + part.quantity.after
        )
        # (or things asked completed, the whole only started: 研究案6案均已進行，其中4案結案)
        completed = (
            "完成" in comp.quantity.clause_before
            and _COMPLETES.search(own) is not None
            and _COMPLETES.search(strip_stopwords(other.clause_before)) is None
            and _STARTED_ONLY.search(other.clause_before + other.clause_after) is not None
        )
        named = completed or (
            _names_what_is_asked(lacked, own)
            and not _NOT_YET.search(own)
            # a part at another stage than the target asks for (受理申請3家，其中核准上路測試2家
            # for 受理…申請達5家) counts other things
            and all(act in comp.text for act in _PART_ACT.findall(own))
            # one of the things a target joins (定期及專案視察: 其中專案視察9次) is a part of it
            and not _joined(comp.quantity.clause_before)
        )
    return whole if named else None


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
    comp.decided_by = pair.cand.quantity.phrase
    comp.achieved_bound = pair.cand.quantity.bound
    comp.to_month = pair.cand.quantity.to_month
    comp.to_year = pair.cand.quantity.to_year


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


def _add_reported_parts(pairs: list[_Pair], used: set[int], targets: list[Target]) -> None:
    """Add unused matches to a target value reported in parts (文件2份 = 文件1份 + 文件1份),
    never from an item aligned to other targets only (完成15處…評鑑 beside 完成8處…改善)."""
    target_of = {id(c): t for t in targets for c in t.components}
    owners = _owners(targets)
    for pair in pairs:
        if not _adds_a_part(pair, used):
            continue
        key = (pair.cand.item.section, pair.cand.item.item_no)
        if key in owners and target_of[id(pair.comp)].target_index not in owners[key]:
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
        # … nor is an average (本年月平均48萬次 and 113年月平均52萬次 are two years' averages)
        or _AVERAGE.search(comp.quantity.clause_before) is not None
        or _AVERAGE.search(cand.quantity.clause_before) is not None
        or comp.typed.type in ("cumulative", "change", "rank", "range")
        or cand.quantity.is_cumulative  # never this year's figure plus the cumulative one
        or cand.quantity.is_total  # a total (合計) sums the figures before it, adds to none
        or _summed_by_a_total(cand)  # 紙質文物96件、織品28件…，合計145件: 96 is in the 145
        or _TOTAL_NOUN.search(cand.quantity.before)  # 供應總量1,800萬: so does a total named
        or cand.quantity.is_pending  # 另3國取消行程: not more of what was done
        or _comes_later(cand)  # 另3個團體已完成簽約，預計114年初加入: not yet done
        # a part the figure before it says it includes (52件（含…結轉案件8件）)
        or re.search(r"[（(]含[^）)]*$", cand.item.text[: cand.quantity.start]) is not None
        or _planned(cand.quantity)  # 核定開辦…6,720班次
        or _admitted(cand.quantity, comp)  # 錄取8名 beside 實際報到7名
        or comp.achieved_value >= comp.quantity.value
        or id(cand) in used
        or cand.item.section != comp.evidence_section
        or pair.score < MIN_MATCH
        # a part of another figure (其中…) is not more of it, nor is another figure more of one
        or "其中" in cand.quantity.clause_before
        or "其中" in comp.evidence_text
        or _other_sentence(comp, cand)
        or _another_kind(comp, cand)
        or _in_breakdown(comp, cand)
        or _another_numbered_one(comp, cand)
    )


#: A thing named with its number (新海研1號, 第3號機組, 2號機): the stem and the number.
_NUMBERED_NAME = re.compile(r"(?P<stem>[\u4e00-\u9fffA-Za-z]{2,6}?)(?P<n>\d{1,3})號")


def _another_numbered_one(comp: Component, cand: _Candidate) -> bool:
    """Whether the target names one thing by its number (新海研1號) and the figure's clause the
    same stem with other numbers only (另新海研2號、3號合計出航242天): another thing's figure,
    never more of this one."""
    asked = _NUMBERED_NAME.search(comp.text)
    if asked is None:
        return False
    clause = re.split(r"[，,；;。]", cand.quantity.clause_before)[-1]
    numbers = re.findall(re.escape(asked.group("stem")) + r"(\d{1,3})號", clause)
    numbers += re.findall(r"[、及與和](\d{1,3})號", clause) if numbers else []
    return bool(numbers) and asked.group("n") not in numbers


def _first_figure(comp: Component, cand: _Candidate) -> Quantity | None:
    """The figure the part was matched with, when ``cand`` stands in the same item."""
    if cand.item.item_no not in comp.evidence_items:
        return None
    return next(
        (q for q in extract_quantities(cand.item.text) if q.phrase == comp.decided_by), None
    )


def _in_breakdown(comp: Component, cand: _Candidate) -> bool:
    """Whether ``cand`` stands in a bracket opened right after the figure the part was matched
    with (醫師7名(內科3名、外科2名…)): a breakdown of that figure, never more of it."""
    first = _first_figure(comp, cand)
    if first is None or cand.quantity.start < first.end:
        return False
    between = cand.item.text[first.end : cand.quantity.start]
    return re.match(r"\s?[（(][^）)]*$", between) is not None


def _another_kind(comp: Component, cand: _Candidate) -> bool:
    """Whether ``cand`` counts another kind than the figure the part was matched with, in the
    same item: both name the target's head noun (論文), the words that set the first figure's
    thing apart are the target's, and those that set the candidate's apart are not
    (SCI期刊論文6篇、研討會論文4篇 for 發表SCI期刊論文8篇: the 4 are not more of the 6). Parts
    the target names neither of (金門4處、馬祖3處, 上半年612場、下半年655場) still add up."""
    first = _first_figure(comp, cand)
    if comp.quantity is None or first is None or first.start == cand.quantity.start:
        return False
    return _kinds_apart(comp.quantity, first, cand.quantity)


def _kinds_apart(asked_q: Quantity, first: Quantity, other: Quantity) -> bool:
    """Whether ``first`` counts the kind the target asks and ``other`` a sibling kind (see
    :func:`_another_kind`)."""
    # (the verb before the list is shared by its items: 發表SCI…、SSCI…)
    lead = r"^(?:發表|完成|辦理|新增|提供|取得|出版|刊登|培訓|輔導)"
    own, its = bigrams(re.sub(lead, "", first.before)), bigrams(other.before)
    # (a kind the target names by its acronym alone, ACLS訓練 for 高級心臟救命術(ACLS)訓練8梯次
    # beside 緊急救護技術員(EMT-2)複訓12梯次: the acronym is the first's only)
    acronyms = re.findall(r"[A-Za-z]{2,}", asked_q.clause_before)
    first_own, other_own = _list_item_words(first), _list_item_words(other)
    if (
        acronyms
        and all(a in first_own and a not in other_own for a in acronyms)
        and re.search(r"[A-Za-z]{2,}", other_own) is not None  # a sibling named alike
    ):
        return True
    first_only, cand_only = own - its, its - own
    if not first_only or not cand_only:
        return False
    asked = bigrams(asked_q.clause_before)
    # … and the candidate repeats the target's head noun (論文, 醫師): a sibling kind named in
    # full, not a part whose noun is left to the first (第二期2件、第三期1件)
    return (
        bool(own & its & asked)
        and len(first_only & asked) >= 0.5 * len(first_only)
        and not cand_only & asked
    )


def _summed_run(cand: _Candidate) -> list[Quantity]:
    """The figures a total sums, right before it in its sentence (96件、28件、21件，合計145件),
    or none."""
    q = cand.quantity
    if not q.is_total:
        return []
    text = cand.item.text
    run = [
        f
        for f in extract_quantities(text)
        if f.unit == q.unit
        and f.end <= q.start
        and not f.is_total
        and not _SENTENCE.search(text[f.end : q.start])
    ]
    for i in range(len(run)):
        if math.isclose(sum(f.value for f in run[i:]), q.value):
            return run[i:]
    return []


def _sums_the_things_joined(cand: _Candidate) -> bool:
    """Whether a total sums two figures or more (the things a target joins are several)."""
    return len(_summed_run(cand)) >= 2


#: The score of a total every one of whose parts the target names (優等6館、甲等14館，合計20館
#: for 優等及甲等館合計達20館): as good a match as a figure naming the thing in full.
NAMED_TOTAL = 0.6


def _summed_similarity(asked: Quantity, cand: _Candidate) -> float:
    """:data:`NAMED_TOTAL` when the target names what sets apart every figure a total sums
    (優等, 甲等 in 評鑑優等及甲等館; 振動台, 反力牆 in 大型試驗（振動台及反力牆）), else 0."""
    wanted = strip_stopwords(asked.clause_before)
    words = [strip_stopwords(f.before) for f in _summed_run(cand)]
    if not words or not all(words):
        return 0.0
    grams = [bigrams(w) for w in words]
    own = [g - frozenset().union(*(o for o in grams if o is not g)) for g in grams]
    named = all(w in wanted or (o and o & bigrams(wanted)) for w, o in zip(words, own, strict=True))
    return NAMED_TOTAL if named else 0.0


def _total_of_other_kinds(asked: Quantity, cand: _Candidate) -> bool:
    """Whether a total (合計79人) sums figures of which one counts the kind the target asks and
    another a sibling kind (初階結訓58人、進階結訓21人 for 初階培訓結訓60人): the total counts
    more than is asked, the part answers."""
    summed = _summed_run(cand)
    return any(
        _kinds_apart(asked, f, g) or _another_lot(asked, f, g)
        for f in summed
        for g in summed
        if f is not g
    )


def _another_lot(asked: Quantity, first: Quantity, other: Quantity) -> bool:
    """Whether, of the figures a total sums, ``other`` is another lot (另代訓…救護技術員14人)
    beside ``first``, whose words the target names (本院醫護人員完成訓練86人 for 本院醫護人員
    完成…訓練90人)."""
    return (
        _list_item_words(other).lstrip().startswith("另")
        and containment(_list_item_words(first), asked.clause_before) >= 0.5
    )


def _list_item_words(q: Quantity) -> str:
    """The words of a figure's own item in a list (its clause before it, from the last 、 or
    comma: 緊急救護技術員(EMT-2)複訓 of …8梯次、緊急救護技術員(EMT-2)複訓12梯次)."""
    return re.split(r"[、，,；;]", q.clause_before)[-1]


def _summed_by_a_total(cand: _Candidate) -> bool:
    """Whether a total of the same measure word (合計, 共計) follows the figure in its sentence
    and sums a run of figures holding it (96件、28件、21件，合計145件): the figure is one of
    those it sums, never more of it (a total of something else, 合計8場 after 15場、12場,
    sums none of them)."""
    text, q = cand.item.text, cand.quantity
    return any(
        not total.is_cumulative
        and total.unit == q.unit
        and total.start > q.end
        and not _SENTENCE.search(text[q.end : total.start])
        and q in _summed_run(_Candidate(cand.item, total))
        for total in extract_quantities(text)
    )


#: A noun of a total right before a figure (土石供應總量1,800萬立方公尺, 總數, 總額).
_TOTAL_NOUN = re.compile(r"(?:總量|總數|總額|總計|合計)(?:為|達|約)?$")


def _admitted(q: Quantity, comp: Component) -> bool:
    """Whether the figure counts people admitted (錄取8名) for a part that does not ask for
    admission (招收…8名): those who came (報到) are the ones counted."""
    return "錄取" in _last_clause_of(q) and "錄取" not in comp.text


def _applied(q: Quantity, comp: Component) -> bool:
    """Whether the figure counts things applied for (提出品種權申請2件) for a part asking them
    obtained (取得品種權2件): only those granted answer it."""
    return (
        "申請" in _last_clause_of(q)
        and "申請" not in comp.text
        and re.search(r"取得|獲得|獲准|核准|核發", comp.text) is not None
    )


def _comes_later(cand: _Candidate) -> bool:
    """Whether the rest of the figure's sentence puts what it counts in the future (另3個團體…，
    預計114年初加入; 將於114年1月起加入)."""
    text = cand.item.text
    rest = _SENTENCE.split(text[cand.quantity.end :], maxsplit=1)[0]
    return FUTURE_DONE.search(rest) is not None or re.search(r"預計|將於|將自", rest) is not None


def _other_sentence(comp: Component, cand: _Candidate) -> bool:
    """Whether ``cand`` stands in the item the part's figure came from, but in another sentence
    (邀請18國…未能達到二十國；已與2國…簽署合作備忘錄: the 2國 is the next target's)."""
    if cand.item.item_no not in comp.evidence_items:
        return False
    if cand.quantity.clause_before.lstrip().startswith("另"):
        return False  # 合計18場；另於12月加開講座5場: 另 says it is more of the same
    first = comp.evidence_text.split("；")[0]
    return first not in _sentence_of(cand.item.text, cand.quantity.clause)


def _assess_statuses(targets: list[Target], items: list[TextItem], exceed_margin: float) -> None:
    """Each component's status: by quantity if one was found, else by a done-statement."""
    for target in targets:
        for comp in target.components:
            _assess_component(target, comp, items, exceed_margin)


def _assess_component(
    target: Target, comp: Component, items: list[TextItem], exceed_margin: float
) -> None:
    """Compare by the part's type: a rank or a change from the aligned item; a figure matched
    by the type's rule; else a statement that the work was done (its date for a deadline)."""
    kind = comp.typed.type
    if kind == "rank":
        _assess_rank(target, comp, exceed_margin)
    elif kind == "change":
        _assess_change(target, comp, exceed_margin)
    elif comp.quantity is not None and comp.achieved_value is not None:
        comp.status = compare(comp.typed, comp.achieved_value, exceed_margin, comp.achieved_bound)
        comp.reason = "figure_compared"
        _exact_over_about(target, comp, exceed_margin)
        _agency_verdict(comp, items)
        if _figure_of_an_earlier_year(target, comp):
            # 113年服務學生1萬2,600人次 in a 114 report: a year before's, not this year's
            comp.status, comp.reason = "unclear", "other_year"
            comp.achieved_value = None
        elif _conflicting_figure(target, comp, exceed_margin) or _average_beside_an_extreme(
            target, comp, exceed_margin
        ):
            comp.status, comp.reason = "unclear", "conflicting_signals"
            comp.achieved_value = None  # two figures, neither decides
        elif _broader_count(target, comp):
            comp.status, comp.reason = "unclear", "broader_count"
            comp.achieved_value = None  # recruited or commissioned: not the recruits alone
        elif _year_so_far(target, comp) and (
            (comp.status == "not_met" and kind in _GROWING)
            or (comp.status in ("met", "exceeded") and kind == "ceiling")
            or (kind in ("ceiling", "level") and comp.quantity.unit in _TIMES_AND_RATES)
            # an amount of the year (廚餘回收量50.2萬公噸 to November) grows as a count does
            or (comp.status == "not_met" and kind == "level" and comp.quantity.unit in AMOUNT_WORDS)
        ):
            # a count short at a date before the year's end (截至10月底結訓1,080人), or a ceiling
            # not passed by then (截至10月底死亡人數98人), or a rate at a month (截至11月底使用率
            # 71.5%: it may go either way by December): the rest of the year is not reported
            # (a count that already reaches its target is met, and a count of a ceiling already
            # past it missed: a count only grows; a time or a rate may go either way)
            comp.status, comp.reason = "unclear", "year_to_date"
            comp.achieved_value = None  # the figure so far, quoted, is not the year's
        else:
            _figure_done_late(target, comp)
            _part_meeting_the_condition(target, comp, exceed_margin)
            _held_throughout(target, comp, exceed_margin)
            _each_of_several(target, comp, exceed_margin)
            _still_in_the_making(target, comp)
    elif comp.quantity is None:
        dated = kind == "deadline"
        aim = kind == "qualitative"
        _assess_done(
            comp,
            comp.thing,
            _ordered(target, items),
            _answering(target),
            dated,
            aim,
            _execution_answering(target),
        )
        _not_all(comp, items)
        _joined_part_undone(target, comp)
        _award_undone(target, comp)
        if dated:
            _check_deadline(comp, items)
            if comp.reason == "done_statement":
                # done, its own words give no date: the date another aligned item gives its
                # completion (於113年11月發布, 預計115年1月正式上線) decides
                _figure_done_late(target, comp)
            if (
                comp.status == "unclear"
                and comp.reason in (None, "no_statement", "under_way")
                and (late := _dated_late(target, comp))
            ):
                # no statement decides, an aligned item dates the act asked after the deadline
                # (採購案…延至115年12月5日決標): missed
                late_item, late_sentence, late_on = late
                comp.status, comp.reason = "not_met", "deadline_missed"
                _point_item(comp, late_item, late_sentence.strip())
                comp.decided_by = late_on.words
            if comp.reason == "done_statement" and (dated_act := _dated_in_time(target, comp)):
                # … and within the deadline (已如期發布 here, 於113年12月16日發布 there): the
                # date is the evidence that decides
                dated_item, dated_sentence, dated_on = dated_act
                comp.reason = "deadline_met"
                _point_item(comp, dated_item, dated_sentence.strip())
                comp.decided_by = dated_on.words
            if comp.reason == "deadline_met":
                # met on one act's date; another aligned item dates an act it asks after it
                _figure_done_late(target, comp, own_only=True)
        if (
            kind == "qualitative"
            and comp.status == "met"
            and comp.evidence_section != "attainment"
            and (
                "attainment" not in target.aligned_items
                or _only_continuing(target.aligned_items["attainment"].text)
            )
        ):
            # an aim (強化水權管理…) the attainment column gives no account of is not met on an
            # execution item that says some work was done (系統功能擴充案已完成驗收)
            comp.status, comp.reason = "unclear", "no_verdict"
        elif (
            kind == "qualitative"
            and comp.status == "unclear"
            and comp.reason is None
            and (item := target.aligned_items.get("attainment")) is not None
            and (clause := _aim_stated(target.text, item.text)) is not None
        ):
            # the aim's own verb and object stated as reached on its item (心理支持團體286場，
            # …，服務品質提升 for 提升…心理支持服務品質): the agency's verdict in the aim's words
            comp.status, comp.reason, comp.method = "met", "aim_stated", "done_statement"
            _point_item(comp, item, clause)
            comp.decided_by = clause
        elif (
            kind == "qualitative"
            and comp.status == "met"
            and (item := target.aligned_items.get("attainment")) is not None
            and (_WATCHING.search(item.text) or _aim_only_pursued(target.text, item.text))
        ):
            # an aim whose own item leaves its effect to be watched (已公開地熱潛能圖資，民間投入
            # 情形持續觀察): the work is done, the aim's outcome is given no verdict
            comp.status, comp.reason = "unclear", "no_verdict"
    elif comp.quantity.value <= 1:
        # A single deliverable (1份, 1式, 1場次): a statement that it was done suffices.
        # A target with one component may be recognised by its whole text.
        thing = _asked(target, comp)
        _assess_done(comp, thing, _ordered(target, items), _answering(target))
    if (
        comp.quantity is not None
        and kind != "change"
        and (comp.status == "unclear" or _rate_beside_a_borrowed_figure(target, comp))
    ):
        _rate_only(target, comp, exceed_margin)
    if comp.status == "unclear" and comp.quantity is not None and comp.achieved_value is None:
        _all_of_them(target, comp, exceed_margin)
    if comp.status == "unclear" and comp.quantity is not None and comp.achieved_value is None:
        _none_of_them(target, comp, exceed_margin)
    if comp.status == "unclear" and comp.quantity is not None and comp.achieved_value is None:
        _not_done_without_figure(target, comp)
    if comp.quantity is None or comp.quantity.value <= 1:
        _assess_law(target, comp, items)


#: A statement that every one of the things was done (篩出326人，均已轉介輔導; 58件均於30日內
#: 處理完成; 全數完成轉銜安置).
_EVERY_ONE_DONE = re.compile(
    r"(?:均|全數|全部|皆)(?:已)?(?:於[^，,。；;]{0,10}?)?"
    r"(?:完成|轉介|處理完成|辦理完成|結案|安置|改善|發包|決標|簽約|完工|上線|啟用)"
)


def _decide_by_words(
    comp: Component, value: float, item: TextItem, clause: str, words: str, exceed_margin: float
) -> None:
    """The part decided by the figure its item's words stand for (均已轉介: 100 %; 全年無…事件:
    0), compared by the part's type, the words cited."""
    comp.achieved_value = value
    comp.status = compare(comp.typed, value, exceed_margin)
    comp.reason = "figure_compared"
    _point_item(comp, item, clause)
    comp.decided_by = words


def _all_of_them(target: Target, comp: Component, exceed_margin: float) -> None:
    """A rate of 100% asked (轉介輔導率達100%, 30日內處理完成率達100%) with no rate printed,
    answered by its item's statement that every one was done (…均已轉介輔導; 58件均於30日內處
    理完成): 100%, when the words after 均 name the target's act."""
    q = comp.quantity
    if q is None or q.unit != "%" or q.value != 100 or comp.typed.type != "level":
        return
    asked = bigrams(strip_stopwords(q.clause_before))
    for section in ("attainment", "execution"):
        item = target.aligned_items.get(section)
        if item is None:
            continue
        for m in _EVERY_ONE_DONE.finditer(item.text):
            clause = _clause_at(item.text, m.start())
            act = m.group(0)[-2:]  # (8標全數發包 for 發包率: the act asked says enough)
            if _NEGATION.search(clause) or (
                len(asked & bigrams(clause)) < 2 and act not in comp.text
            ):
                continue
            _decide_by_words(comp, 100.0, item, clause, m.group(0), exceed_margin)
            return


#: Words that none of a thing happened in the year (全年無重大資安事件, 未發生…事故, 零…).
_NONE_OF = re.compile(r"(?:全年|本年度?|年度內)?(?:無|未發生|未有|零)(?!法|須|需|意|關|論|償)")
#: Words that what is missing is the data, not the things (無…統計資料, 無數據).
_NO_DATA = re.compile(r"資料|統計|數據|資訊|紀錄")
#: A ceiling's predicate before its figure (不超過, 控制在, 降至, 低於, 以下): not the thing.
_CEILING_WORDS = re.compile(
    r"(?:不超過|不高於|未超過|控制在|控制於|降至|降低至|減少至|低於|少於|維持在|在)$"
)


def _none_of_them(target: Target, comp: Component, exceed_margin: float) -> None:
    """A ceiling of a count (重大資安事件不超過2件) with no figure printed, answered by its
    item's words that none happened (全年無重大資安事件): 0, when the words after 無 name the
    target's thing."""
    q = comp.quantity
    if q is None or comp.typed.type != "ceiling" or is_measurement(q.unit):
        return
    thing = strip_stopwords(_CEILING_WORDS.sub("", _last_clause_of(q)))
    if len(thing) < 2:
        return
    for section in ("attainment", "execution"):
        item = target.aligned_items.get(section)
        if item is None:
            continue
        for m in _NONE_OF.finditer(item.text):
            clause = _clause_at(item.text, m.start())
            words = strip_stopwords(re.split(r"[，,。；;]", item.text[m.end() :])[0])
            # (or the thing counted, before 人數 or 件數, named after 無: 無死亡案例 for
            # 山難事故死亡人數)
            head = re.search(r"([\u4e00-\u9fff]{2})(?:人數|件數|次數|人次|數)$", thing)
            named = head is not None and len(words) <= 6 and head.group(1) in words
            if len(words) < 2 or (containment(thing, words) < 0.6 and not named):
                continue
            # (無 of a name the target uses, 無障礙設施; no data, 無…統計資料: nothing said)
            if item.text[m.start() : m.end() + 2] in target.text or _NO_DATA.search(words):
                continue
            _decide_by_words(comp, 0.0, item, clause, m.group(0), exceed_margin)
            return


def _assess_law(target: Target, comp: Component, items: list[TextItem]) -> None:
    """A law or regulation is done only when promulgated, in force or passed: a statement that
    reports only a stage before it (修正草案已報行政院, 草案預告, 送立法院審議, 預計115年發布)
    makes the part ``not_met`` (``not_delivered``), whatever done word it also holds."""
    text = comp.text or target.text
    if comp.status not in ("met", "unclear") or not is_law_target(text) or LAW_DRAFT.search(text):
        return  # not a law, or a target to reach a stage before it (完成…修正草案, 送立法院)
    if _SENT_ON.search(text):
        return  # a target to send a proposal on (提送…準則修正建議): sending it is the stage asked
    if comp.evidence_section is not None and comp.evidence_items:
        texts = [
            (i, _sentence_of(i.text, comp.evidence_text.split("；")[0]))
            for i in items
            if i.section == comp.evidence_section and i.item_no == comp.evidence_items[0]
        ]
    else:
        texts = [(i, i.text) for i in _aligned_texts(target)]
    for item, sentence in texts:
        if law_stage(sentence) != "draft":
            continue
        words = LAW_DRAFT.search(sentence) or FUTURE_DONE.search(sentence)
        comp.status, comp.reason, comp.method = "not_met", "not_delivered", "done_statement"
        _point_item(comp, item, sentence.strip())
        comp.decided_by = words.group(0) if words else ""
        return


def _in_a_list_adding_to(r: Quantity, figures: list[Quantity], text: str, comp: Component) -> bool:
    """Whether ``r`` stands in a list of figures of its measure word joined by 、 in one
    sentence, the list adding up to the figure that decided ``comp``."""
    listed = sorted(
        (f for f in figures if f.unit == r.unit and not f.is_total), key=lambda f: f.start
    )
    runs: list[list[Quantity]] = []
    for f in listed:
        if runs and re.fullmatch(r"[^，,。；;]*、[^，,。；;]*", text[runs[-1][-1].end : f.start]):
            runs[-1].append(f)
        else:
            runs.append([f])
    return any(
        len(run) > 1
        and r in run
        and comp.achieved_value is not None
        and math.isclose(sum(f.value for f in run), comp.achieved_value)
        for run in runs
    )


def _conflicting_figure(target: Target, comp: Component, exceed_margin: float) -> bool:
    """Whether the target's other aligned item prints the same measure of the same thing with
    another outcome (執行情形: 326件, 達成說明: 283件 against 300件; 3億1,200萬元 exceeded
    against 29,600萬元 met): the two columns disagree, so neither decides. Parts (其中…),
    starts of a change, cumulative figures and figures of another thing are not the same
    measure."""
    q = comp.quantity
    if q is None or comp.achieved_value is None or comp.evidence_section is None:
        return False
    if comp.typed.type not in ("count", "level", "ceiling", "range"):
        return False  # a cumulative figure is not rivalled by the year's, nor a change by a level
    other = "execution" if comp.evidence_section == "attainment" else "attainment"
    item = target.aligned_items.get(other)
    if item is None:
        return False
    # each figure less the parts its sentence puts off (實證10處，其中1處…延至114年1月: 9)
    # (and a figure given against the target, 較目標值多辦理3場, as the figure it makes)
    found_there = extract_quantities(item.text)
    # (never a figure withdrawn by a correction: 前報10場, 10場（更正：…實際辦理9場）)
    found_there = [r for r in found_there if not _withdrawn(r, found_there, item.text)]
    figures = [
        _against_the_target(c, q).quantity
        for c in _less_parts_put_off([_Candidate(item, r) for r in found_there])
    ]
    # (and the rate two counts make, for a rate: 52批次，不合格2批次 is 3.85 % 不合格)
    if q.unit == "%":
        figures += [
            share
            for share in _shares_of_wholes(item.text, found_there)
            if bigrams(share.share_words) & bigrams(strip_stopwords(q.clause_before))
        ]
    asks_approval = _asks_approval(target, comp)
    found = _deciding_quantity(comp)
    rivals = [
        r
        for r in figures
        if r.unit == q.unit
        and not (r.is_from or r.is_pending or r.is_descriptor or r.is_cumulative)
        and "其中" not in r.clause_before
        # (a figure its clause dates to a year before the report's, 114年完成率93.5% in a 115
        # report, when the target names no such year: that year's, no rival)
        and not _of_an_earlier_year(r, target)
        and not _RATE_BEFORE.search(r.before)
        # a figure a month (平均每月108人次) is no rival to a count of the year
        and not (_per_period(r) and not _asked_per_period(q) and comp.typed.type == "count")
        # a figure of each of several (6月及12月各辦理1次) is no count of them all
        and not _EACH.search(r.before)
        # a figure approved or under way (核定補助42棟), or taken in (受理3,412筆), is no rival
        # to one delivered (unless the approval is what the target asks for: 方案完成核定)
        and (asks_approval or not _APPROVED.search(r.clause_before + r.phrase + r.clause_after))
        and (not _planned(r) or (asks_approval and _approved_only(r)))
        and not _UNDER_WAY.search(r.clause_before + r.phrase + r.clause_after)
        # … nor a figure of another stage (報檢5萬8,420人 for 到檢人數)
        and not _another_stage_act(q, r)
    ]
    # a part of the very kind asked, of a figure of kinds joined (其中特優級比率為88.4% beside
    # 特優及優等級比率95.6%, for 特優級比率), with another outcome: the two disagree, whatever
    # else the item prints
    if any(
        "其中" in r.clause_before
        and r.unit == q.unit
        and _the_kind_of_a_joint_figure(q, r, found)
        and compare(comp.typed, r.value, exceed_margin, r.bound) != comp.status
        for r in figures
    ):
        return True
    if _AVERAGE.search(q.clause_before) and any(_AVERAGE.search(r.clause_before) for r in rivals):
        rivals = [r for r in rivals if _AVERAGE.search(r.clause_before)]  # an average's rival
    if not rivals:
        return False
    # a whole whose part is the figure found (被告3萬2,416人，其中集團成員2萬4,105人) is no rival
    parts = [
        p
        for p in figures
        if "其中" in p.clause_before and p.value == comp.achieved_value and p.unit == q.unit
    ]
    rivals = [r for r in rivals if not any(p.start > r.end for p in parts)]
    # … nor is the whole the found figure is a part of in its own item (完訓95人，其中取得證書
    # 88人 here, 完訓95人 there)
    own_item = target.aligned_items.get(comp.evidence_section)
    if own_item is not None:
        own_figures = extract_quantities(own_item.text)
        wholes = {
            w.value
            for w, p in pairwise(own_figures)
            if "其中" in p.clause_before and p.value == comp.achieved_value and w.unit == q.unit
        }
        rivals = [r for r in rivals if r.value not in wholes]
    # the figures a total sums (分別為120床、86床、94床，合計300床) are no rivals: the total is
    totals = [
        t
        for t in figures
        if t.is_total and not t.is_cumulative and t.unit == q.unit and "其中" not in t.clause_before
    ]
    rivals = [
        r
        for r in rivals
        if r.is_total
        or not any(t.start > r.end and "。" not in item.text[r.end : t.start] for t in totals)
    ]
    # a figure of one of the things the target says it includes is a part, no rival
    rivals = [r for r in rivals if r.is_total or not _one_of_included(target.text, r)]
    # … nor is the total of the figure found and its siblings in its own item (徵才活動330場
    # beside 大型徵才活動十八場、單一徵才活動312場 for 大型徵才活動20場)
    own = target.aligned_items.get(comp.evidence_section)
    if own is not None and found is not None:
        siblings_there = [
            f for f in extract_quantities(own.text) if f.unit == q.unit and not f.is_total
        ]
        # (the siblings being kinds apart from the one asked: 單一徵才 beside 大型徵才)
        if any(f.value == found.value for f in siblings_there) and any(
            _kinds_apart(q, found, f) for f in siblings_there if f.start != found.start
        ):
            whole = sum(f.value for f in siblings_there)
            rivals = [r for r in rivals if not math.isclose(r.value, whole)]
    # … nor is a figure of a list whose figures add up to the one found (寒假42梯次、暑假86梯次
    # beside 計128梯次: its parts)
    rivals = [r for r in rivals if not _in_a_list_adding_to(r, figures, item.text, comp)]
    # … nor is a figure of a bracketed breakdown of the one before it (約86萬人次（遊客中心52萬
    # 人次、…）)
    rivals = [
        r
        for r in rivals
        if not (
            _in_brackets(r)
            and any(f.unit == r.unit and f.end <= r.start and not _in_brackets(f) for f in figures)
        )
    ]
    # a figure about so many that the exact one found rounds to (約65% beside 64.8%) is the same
    rivals = [
        r
        for r in rivals
        if not (
            r.qualifier.startswith(_ABOUT)
            and _rounds_to(comp.achieved_value, r.value)
            and _within_bound(comp.achieved_value, r)
        )
    ]
    if _split_unit(target, comp):  # a total of the parts (共7場次) rivals none of them
        rivals = [r for r in rivals if not r.is_total]
    # a figure a sibling part names better (回傳率96.4% for 裝設率達98%且…回傳率達95%) is its
    siblings = [o.quantity for o in target.components if o is not comp and o.quantity]
    rivals = [
        r
        for r in rivals
        if not any(thing_similarity(o, r) > thing_similarity(q, r) for o in siblings)
    ]
    # where the other item marks figures as done (辦理…工程20處，已完工18處), they are its account
    # (with any naming the target's own last words: 年底在線運作4座 for 在線運作5座)
    # (never one undertaken, 辦理…道路改善工程35處, nor a total)
    asked_words = strip_stopwords(_last_clause_of(q))[-4:]
    naming = [
        r
        for r in rivals
        if len(asked_words) == 4
        and asked_words in r.before
        and not r.is_total
        and not re.match(r"(?:辦理|補助|執行|推動|受理|核定|輔導)", _last_clause_of(r))
    ]
    done = [r for r in rivals if _marked_done(r)]
    if done:
        rivals = done + [r for r in naming if r not in done]
    else:
        naming = []
    if _joined(comp.text) and _decided_by_a_total(comp):
        # 工讀及急難救助合計3,136人次 for 工讀及急難救助3,000人次: a figure of one of the things
        # joined (急難救助金186人次) is no rival to their total, only another total is
        rivals = [r for r in rivals if r.is_total]
    # the other item prints the figure found too, of the same thing (輔導約150家，…驗證者28家),
    # unless another figure there names the target's own last words and that one does not
    # (佈放5座 beside 年底在線運作4座 for 在線運作5座)
    naming = [r for r in naming if r in rivals]
    if not rivals or any(
        r.value == comp.achieved_value
        and (thing_similarity(q, r) >= 0.3 or _same_act(target.text, r))
        and (not naming or r in naming)
        for r in rivals
    ):
        return False
    best = max(naming or rivals, key=lambda r: (_same_rate(q, r), thing_similarity(q, r)))
    # the same thing, or the same rate named (通過率77% against 認證通過率82%), or the item's one
    # figure of the measure in a sentence that names the thing before it (鐵道觀光列車全年開行
    # 286車次，搭乘12萬6千人次 for 鐵道觀光列車搭乘人次)
    same = (
        thing_similarity(q, best) >= 0.3
        or _same_rate(q, best)
        or best in naming
        # (a total against the total found, 合計145人 against 合計達150人, with no words of
        # its own: the same measure summed)
        or (best.is_total and found is not None and found.is_total and not best.before.strip())
    )
    # (for a count, a cumulative figure beside it, 累計62家, is of another measure)
    if (
        not same
        and [r.unit for r in figures if not (r.is_cumulative and comp.typed.type == "count")].count(
            q.unit
        )
        == 1
    ):
        start = item.text.rfind("。", 0, best.start) + 1
        same = containment(comp.thing, item.text[start : best.start]) >= 0.5
    if not same or best.value == comp.achieved_value:
        return False
    other_status = compare(comp.typed, best.value, exceed_margin, best.bound)
    if other_status == comp.status:
        return False
    if (other_status == "not_met") == (comp.status == "not_met"):
        # met against exceeded: a conflict only of one measure named alike on both sides
        # (成交金額29,600萬元 against 成交金額3億1,200萬元), never a figure of a sibling part or
        # a total beside it (196個站點 of 130 and 66)
        return (
            len(target.components) == 1
            # (a total rivals a total: 計1,120人次 against 計1,020人次)
            and (not best.is_total or (found is not None and found.is_total))
            and thing_similarity(q, best) >= DEGREE_CONFLICT_SIMILARITY
        )
    return True


#: Words of the extreme of a measure (最大誤差, 最高, 最長): the worst case, not the average.
_EXTREME = re.compile(r"最(?:大|高|長|多|低|少|短|差)")


def _average_beside_an_extreme(target: Target, comp: Component, exceed_margin: float) -> bool:
    """Whether an average (平均誤差12.4%) decided a part that names no average (誤差控制在15%
    以內) while its item prints the extreme of the same measure (最大誤差18.6%) with another
    outcome: which one the target means is not said."""
    q, found = comp.quantity, _deciding_quantity(comp)
    if q is None or found is None or _AVERAGE.search(target.text):
        return False
    if not _AVERAGE.search(_last_clause_of(found)):
        return False
    item = next((i for i in _aligned_texts(target) if i.section == comp.evidence_section), None)
    if item is None:
        return False
    return any(
        o.unit == found.unit
        and _EXTREME.search(_last_clause_of(o))
        and compare(comp.typed, o.value, exceed_margin, o.bound) != comp.status
        for o in extract_quantities(item.text)
    )


def _deciding_quantity(comp: Component) -> Quantity | None:
    """The quantity of the evidence that decided the part (at its recorded span), or None."""
    span = comp.decided_span
    if span is None:
        return None
    return next((x for x in extract_quantities(comp.evidence_text) if x.start == span[0]), None)


def _the_kind_of_a_joint_figure(asked: Quantity, part: Quantity, found: Quantity | None) -> bool:
    """Whether ``part`` (其中特優級比率為88.4%) is of the very kind the target asks, while the
    figure found counts kinds joined (特優及優等級比率95.6%): its own words join two with 及, 與,
    和 or 或, the part's do not, and the part's words name the target's thing better."""
    if found is None:
        return False
    joint = re.search(r"[及與和或]", _last_clause_of(found)) is not None
    return (
        joint
        and re.search(r"[及與和或]", _last_clause_of(part).replace("其中", "")) is None
        and thing_similarity(asked, part) > thing_similarity(asked, found)
    )


#: The acts that complete a document: its final text or its issue.
_DOCUMENT_DONE = re.compile(r"定稿|出版|發布|公布|印製完成|付梓")
#: Documents, whose approval (核定) is their completion (第2期報告已核定).
_DOCUMENT = re.compile(r"報告|白皮書|手冊|指引|方案|規範|綱領|藍圖|計畫書")
#: Acts of carrying a document out (推動…方案, 執行…計畫書), not of writing it.
_CARRY_OUT = re.compile(r"推動|執行|落實|實施|輔導|推廣")
#: Progress on track (進度符合預期): the work goes on, it is not said to be done.
_ON_TRACK = re.compile(r"進度(?:符合|如|依)(?:預期|規劃|預定|計畫)|依(?:預定)?進度(?:辦理|執行)")


#: The year's last months still being compiled (12月份資料尚在彙整, 11至12月數據尚待統計).
_LAST_MONTHS_PENDING = re.compile(
    r"(?:1[0-2]|十[一二]?)\s?月份?(?:之|的)?(?:資料|數據|統計|實績)[^，,。；;]{0,4}?"
    r"(?:尚在|仍在|刻正|尚待|有待|正)(?:彙整|統計|彙算|計算)"
)


def _year_so_far(target: Target, comp: Component) -> bool:
    """Whether the figure found runs to a month before the end of the report's year (截至10月底;
    never 截至115年1月底 in a 114 report: the year is over)."""
    if comp.to_month is None and comp.evidence_section is not None:
        # … or its item says the last months' data are still being compiled (12月份資料尚在彙整)
        item = target.aligned_items.get(comp.evidence_section)
        return item is not None and _LAST_MONTHS_PENDING.search(item.text) is not None
    if comp.to_month is None or comp.to_month == 12:
        return False  # (截至12月底: the whole year)
    year = target.fiscal_year
    return comp.to_year is None or year is None or comp.to_year <= year


#: Acts of sending something on to another body (or out for comment, 預告), the last a target
#: may ask for.
_SENT_ON = re.compile(r"提送|提報|報請|函報|函送|陳報|送請|(?<=並)報|報(?=行政院)|預告")
#: A review at the other end of a sending (審議中, 審查中, 核定中).
_REVIEW = re.compile(r"審議|審查|審核|核定|核備")


def _review_asked(text: str, words: str) -> bool:
    """Whether the words under way (審議中) are the review a target to send things on names at
    the other end (提報…予地方政府審議): the sending is what is asked, the review follows it."""
    sent = _SENT_ON.search(text)
    review = _REVIEW.search(words)
    if sent is None or review is None or review.group(0) not in text[sent.end() :]:
        return False
    # … and asks nothing after the review (審議並核定, 審議通過: the approval is asked too)
    after = text[text.index(review.group(0), sent.end()) + len(review.group(0)) :]
    return re.search(r"核定|通過|同意|核准|核備|指定|公告", after) is None


#: Acts after a draft is written: sending it on, enacting or publishing it.
_AFTER_DRAFT = re.compile(
    r"函報|函送|陳報|報請|送請|送交|送立法院|發布|公告|公布|施行(?!細則)|核定|通過|預告|公聽會"
)
#: Types whose figure only grows through the year (a count, a total over the years).
_GROWING = ("count", "cumulative")
#: The verbs of an aim (提升…品質, 深化…合作): stated after its work, the aim's own verdict.
_AIM_VERB = re.compile(r"提升|深化|強化|促進|增進|改善|擴大|精進")
#: Words that make a clause an aim still pursued or a plan, not one stated as reached.
_STILL = re.compile(
    r"持續|將|仍|逐步|尚|未|規劃|預計|^\s*以|^\s*為|以期|以利|期能|冀|俾|待|須|需|再|有限|不足"
    r"|無|不彰|是否|方面|成效不"
)


def _aim_stated(target_text: str, item_text: str) -> str | None:
    """The clause of the item that states the aim as reached in the aim's own words: one of its
    verbs (提升, 深化 …) the target uses, with at least two pairs of characters of the target's
    words besides, and no word of pursuit or plan (持續, 將, 預計 …); None when there is none."""
    for clause, delimiter in re.findall(r"([^，,。；;：:]+)([，,。；;：:]?)", item_text):
        clause = clause.strip()
        if delimiter in "：:" and delimiter:
            continue  # the aim as a heading before its work (提升…品質：辦理訪視120次)
        m = _AIM_VERB.search(clause)
        if m is None or m.group(0) not in target_text or _STILL.search(clause):
            continue
        # the verb opens the clause (深化雙邊領事合作) or closes it (服務品質提升); one inside a
        # name (辦理提升共餐服務品質研習3場, 強化…實施計畫) names the work, not the aim reached
        if m.start() != 0 and m.end() != len(clause):
            continue
        rest = strip_stopwords(clause.replace(m.group(0), ""))
        if len(bigrams(rest) & bigrams(target_text)) >= 2:
            return clause.strip()
    return None


def _aim_only_pursued(target_text: str, item_text: str) -> bool:
    """Whether the target's aim clause (促進研發成果擴散) is answered on its item only by its
    pursuit (持續推動成果擴散, 賡續…), whatever work beside it was done (成果發表會已辦理): the
    aim is given no verdict, unless the item gives the agency's own (持續提升，達成)."""
    if _VERDICT.search(item_text):
        return False
    for clause in re.split(r"[，,；;]", target_text):
        aim = _AIM_VERB.match(clause.strip())
        if aim is None:
            continue
        thing = strip_stopwords(clause.strip()[aim.end() :])
        for said in re.split(r"[，,。；;]", item_text):
            if re.search(r"持續|賡續", said) and len(bigrams(thing) & bigrams(said)) >= 2:
                return True
    return False


#: Words that leave an outcome to be watched or assessed later (持續觀察, 尚待評估, 成效尚難評估).
_WATCHING = re.compile(r"持續觀察|(?:尚|仍|有)待(?:觀察|評估)|(?:尚|仍)難(?:以)?評估")
#: 各 before a figure: it counts each of several things named before it (各辦理1次, 各1場);
#: 各項/各類/各種 (of all kinds: 各項給付計1,126萬人次) counts them all.
_EACH = re.compile(r"各(?![項類種級界式地國縣])(?:(?!合計|共計|總計|累計)[^\d，,。；;、]){0,14}$")


def _asked(target: Target, comp: Component) -> str:
    """What the part asks, in words: its own text, or the whole target's when it is the target's
    one part (the split may cut words off: 全國22個直轄市、縣(市)…完成核定)."""
    return comp.text if len(target.components) > 1 else target.text


def _asks_approval(target: Target, comp: Component) -> bool:
    """Whether the part asks for an approval (方案完成核定, 核定…提案30至40案): a figure
    approved is then the one delivered."""
    return _APPROVED.search(_asked(target, comp)) is not None


def _approved_only(q: Quantity) -> bool:
    """Whether the figure's clause is planned only by an approval (已核定20個), not by a word of
    the future (預計, 預定) or of taking in (受理, 申請): every word of _PLANNED in it approves."""
    return all(w in _APPROVALS for w in _PLANNED.findall(_last_clause_of(q)))


#: The words of _PLANNED that approve (the rest are of the future or of taking in).
_APPROVALS = ("核定", "核准", "核配")


def _same_act(text: str, q: Quantity) -> bool:
    """Whether the figure's clause names an act the target names (已核定20個 for 方案完成核定)."""
    acts = set(_ACT.findall(text))
    return bool(acts & set(_ACT.findall(q.clause_before + q.phrase + q.clause_after)))


#: A rate of the target right before a figure (達成率, 目標完成率): 完成率 alone is a level
#: measured (篩檢完成率88%); only 目標完成率 is of the target.
_RATE_BEFORE = re.compile(r"(?:達成|目標完成|達標)(?:率|度)[為達約]?$|完成度[為達約]?$")
#: A rate of attainment the agency reports alone: 達成率97.2%, 目標達成度108%.
_RATE = re.compile(
    r"(?:目標)?(?:達成|達標)(?:率|度)\s?(?:為|達|約|僅|只有|僅達)?\s?"
    # (or in words: 九成五, 百分之九十五)
    r"(?:(?P<r>\d+(?:\.\d+)?)\s?[%％]|(?P<words>[一二三四五六七八九十]成[一二三四五六七八九]?"
    r"|百分之[\d.零〇一二兩三四五六七八九十百]+))"
    # … or as a multiple of the target (達目標值1.2倍: 120 %)
    r"|(?:達|為)?(?:年度)?目標值?(?:之|的)?\s?(?P<times>\d+(?:\.\d+)?)\s?倍"
)


def _rate_value(m: re.Match[str]) -> Decimal:
    """The percentage a match of :data:`_RATE` gives (97.2%, 九成五: 95)."""
    if m.group("r"):
        return Decimal(m.group("r"))
    if m.group("times"):
        return Decimal(m.group("times")) * 100
    (q,) = extract_quantities(m.group("words"))
    return Decimal(str(q.value))


#: Words of change (the target grammar's, and the nouns of a change reported: 降幅, 增幅).
_CHANGE_WORDS = re.compile(rf"{CHANGE_WORD}|{DOWN_WORD}|降幅|減幅|跌幅|增幅|漲幅")
_DOWN_WORDS = re.compile(rf"{DOWN_WORD}|降幅|減幅|跌幅")
#: A year and month: ROC (114年11月) or Gregorian (2025年8月), never the tail of a longer number.
_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2}|\d{2,3})\s?年\s?(?P<m>\d{1,2})\s?月")


def _ordered(target: Target, items: list[TextItem]) -> list[TextItem]:
    """The items a statement is looked for in: the target's aligned items first, then the
    items aligned to no target, then those aligned to other targets only; an item closer to
    the target it is aligned to than to this one is left out."""
    own = _aligned_texts(target)
    skip = {(i.section, i.item_no) for i in own} | target.neighbours_items
    rest = [i for i in items if (i.section, i.item_no) not in skip]
    return own + sorted(rest, key=lambda i: (i.section, i.item_no) in target.other_items)


#: How many times the next item's content an item not aligned to the target must name to be
#: shown as its other column's account (besides the alignment's own bar, MIN_CONTENT).
CLEARLY = 1.5


def other_account(target: Target, items: list[TextItem]) -> tuple[str | None, int | None, str]:
    """The other column's account of the target when it speaks against the verdict: (section,
    printed item number, the sentence of that item about the target) for the column that did
    not decide (the execution column when the attainment item decided, and the reverse), so a
    reader sees both accounts beside the verdict (已完成建置 in one column, 初步建置 in the
    other; see :func:`_qualifies`). The item aligned to the target
    in that column, else the one naming the target's words clearly most (content at least the
    alignment's MIN_CONTENT and :data:`CLEARLY` times the next item's); empty when none does or
    nothing decided."""
    section = deciding_item(target)[0]
    if section is None:
        return None, None, ""
    other = "execution" if section == "attainment" else "attainment"
    decisive = target.decisive
    thing = decisive.thing if decisive is not None and decisive.thing else target.text
    item = target.aligned_items.get(other)
    found = target.alignment.get(other)
    if item is None and found is not None and found.content:
        # the item naming the target's own words most (weighted by how distinctive they are
        # among the plan's targets, as alignment weighs them)
        ranked = sorted(range(len(found.content)), key=lambda k: -found.content[k])
        best = ranked[0]
        runner_up = found.content[ranked[1]] if len(ranked) > 1 else 0.0
        if found.content[best] >= MIN_CONTENT and found.content[best] >= CLEARLY * runner_up:
            # the items aligned are the section's, in order (assess_plan_targets)
            item = [i for i in items if i.section == other][best]
    if item is None:
        return None, None, ""
    sentence = _sentence_of(item.text, _best_clause(item.text, thing)).strip()
    if not _qualifies(sentence, target.status, target.text):
        return None, None, ""
    return other, item.item_no, sentence


def _qualifies(sentence: str, status: str, target_text: str) -> bool:
    """Whether the other column's sentence speaks against the verdict: words of an unfinished
    form, of failure, delay or work under way beside a met target (初步建置 beside 已完成建置)
    that the target does not use itself (a 草案 answers a target asking for one), or the
    agency's words of success, or that work on it was done, beside a target not met."""
    if status in ("met", "exceeded"):
        return any(
            m.group(0) not in target_text
            for p in (_UNFINISHED_FORM, _NEGATION, _UNDER_WAY, _MISSED, _AGENCY_NOT_DELIVERED)
            for m in p.finditer(sentence)
        )
    if status == "not_met":
        # or that work on it was done (已完成…整體研析 beside a strategy report not delivered)
        return (
            _POSITIVE_VERDICT.search(sentence) is not None
            or _DONE_SAID.search(sentence) is not None
        )
    return False


#: The agency's words that work was done (已完成, 已如期完成, 均已辦竣, 已上線), never 未/尚未.
_DONE_SAID = re.compile(r"(?<![未尚])已(?:如期|依限)?(?:完成|辦竣|辦理完竣|上線|啟用|完工)")


def deciding_item(target: Target) -> tuple[str | None, int | None, str]:
    """The item that decided the target: (section, 1-based position, how it was found).

    The item whose figure, date or words decided the deciding part (:attr:`Target.decisive`):
    the two levels of a change, the completion date of a deadline, the figure compared, the
    statement read. The aligned attainment item (the agency's own account; with none aligned,
    the attainment item naming the target most, one covering two targets) stands for it when
    it prints the same deciding figure or date, or states the same outcome in words; an item
    that only repeats the outcome or the new level does not replace the item with the figures
    that decided. A target left unclear with nothing decided cites its aligned attainment item
    (what the agency says of it), else no item. ``how`` is the alignment's way when the item is
    the aligned one, ``decided`` otherwise (found by its figure or words, not aligned) and when
    an execution item is cited over an aligned attainment item that only repeats the outcome.
    """
    comp = target.decisive
    own = target.aligned_items.get("attainment")
    if comp is not None and comp.evidence_section is not None and comp.evidence_items:
        section, number = comp.evidence_section, comp.evidence_items[0]
        # (none aligned: the attainment item naming the target most, for a figure or a date)
        named = own or target.named_attainment
        if (
            section != "attainment"
            and named is not None
            and _repeats(comp, named, words=own is not None)
        ):
            section, number = "attainment", named.item_no
        elsewhere = _dated_elsewhere(target, comp, section, number)
        if elsewhere is not None:
            section, number = elsewhere
        position = target.item_positions.get(section, {}).get(number)
        aligned = target.aligned_items.get(section)
        found = target.alignment.get(section)
        passed_over = section != "attainment" and own is not None  # the agency's item repeats
        if aligned is not None and aligned.item_no == number and found is not None:
            return section, position, "decided" if passed_over else found.how
        return section, position, "decided"
    if target.status == "unclear" and own is not None:
        return (
            "attainment",
            target.aligned_positions["attainment"],
            target.alignment["attainment"].how,
        )
    return None, None, "none"


def _dated_elsewhere(
    target: Target, comp: Component, section: str, number: int
) -> tuple[str, int] | None:
    """The other column's aligned item when it prints the date that decides a deadline and the
    deciding item only its outcome in words (115年1月20日審議通過 beside 如期完成): every date
    it gives falls on the side of the deadline the status says. None otherwise. (A change
    printed beside two levels in the other column stays cited where it is printed: the sets'
    labellers cite either.)"""
    other = "execution" if section == "attainment" else "attainment"
    item = target.aligned_items.get(other)
    here = target.aligned_items.get(section)
    if item is None or here is None or here.item_no != number:
        return None
    deadline = comp.typed.deadline
    if comp.typed.type == "deadline" and deadline is not None and comp.status in ("met", "not_met"):
        if _DATE.search(here.text) or _MONTH_ONLY.search(here.text):
            return None  # the deciding item is dated itself
        # the dates of the other item (never one begun from, expected or of the agency's own
        # earlier schedule): all on the same side of the deadline as the status
        dates = [
            m
            for m in _DATE_DAY.finditer(item.text)
            if 1 <= int(m.group("m")) <= 12
            and not _STARTS.match(item.text, m.end())
            and not _EXPECTED.search(item.text[: m.start()])
            and not _OWN_SCHEDULE_BEFORE.search(item.text[: m.start()])
        ]
        allowed = {
            deadline.allows(roc_year(m.group("y")), int(m.group("m")), _day(m.group("d")))
            for m in dates
        }
        if allowed == {comp.status == "met"}:
            return other, item.item_no
    return None


def _day(printed: str | None) -> int | None:
    return int(printed) if printed else None


#: A year, a month and a day when printed (115年1月20日).
_DATE_DAY = re.compile(_DATE.pattern + r"(?:\s?(?P<d>\d{1,2})\s?日)?")


def _repeats(comp: Component, item: TextItem, words: bool = True) -> bool:
    """Whether ``item`` prints what decided ``comp`` (found in another item): the change
    itself or both levels for a change, the same figure for a figure compared (to its printed
    decimals, never an approximate one: 約65% is no 64.8%), the same date for a deadline, the
    same outcome in words for a statement (unless ``words`` is false: an item aligned to
    another target repeats a figure or a date only)."""
    if comp.typed.type == "change":
        return comp.quantity is not None and _achieved_change(comp, item.text) is not None
    if comp.method in ("quantity", "quantity_sum", "rate") or comp.typed.type == "deadline":
        if comp.decided_by and comp.decided_by in item.text:
            return True
        rate = _RATE.search(item.text)
        if rate is not None and comp.quantity is not None and comp.achieved_value is not None:
            # the same outcome as a share of the target (達成率108% of 50案: 54案)
            implied = Decimal(str(comp.quantity.value)) * _rate_value(rate) / 100
            if implied == Decimal(str(comp.achieved_value)):
                return True
        return comp.achieved_value is not None and any(
            _printed_as(q, comp.achieved_value)
            and not q.bound
            and not q.qualifier.startswith(("約", "近"))
            and comp.quantity is not None
            and q.unit == comp.quantity.unit
            for q in extract_quantities(item.text)
        )
    if not words:
        return False
    if comp.status in ("met", "exceeded"):
        return bool(_SAYS_MET.search(item.text) or _DONE.search(item.text)) and not (
            _NEGATION.search(item.text) or _AGENCY_MISSED.search(item.text)
        )
    if comp.status == "not_met":
        return any(
            p.search(item.text)
            for p in (_NEGATION, _AGENCY_MISSED, _AGENCY_LATE, _AGENCY_NOT_DELIVERED, LAW_DRAFT)
        )
    return False


def _printed_as(q: Quantity, value: float) -> bool:
    """Whether ``q`` prints ``value`` to its own decimals (60.5% for the share 52 of 86,
    60.47 %; 96% for 96.0)."""
    decimals = re.search(r"[.．](\d+)", q.phrase)
    places = len(decimals.group(1)) if decimals else 0
    return Decimal(str(q.value)) == round(Decimal(str(value)), places)


def _answering(target: Target) -> int | None:
    """The number of the attainment item that answers the target (its aligned one)."""
    item = target.aligned_items.get("attainment")
    return item.item_no if item is not None else None


def _execution_answering(target: Target) -> int | None:
    """The number of the execution item aligned to a target no attainment item answers (the
    attainment column has fewer items than targets): its account is the target's."""
    if "attainment" in target.aligned_items:
        return None
    item = target.aligned_items.get("execution")
    return item.item_no if item is not None else None


def _aligned_texts(target: Target) -> list[TextItem]:
    """The target's aligned items, the attainment one first."""
    return [
        target.aligned_items[s] for s in ("attainment", "execution") if s in target.aligned_items
    ]


def _assess_rank(target: Target, comp: Component, exceed_margin: float) -> None:
    """A rank: the rank the aligned item reports (第15名), lower is better. Of several ranks in
    an item (貨櫃裝卸量第19名；航運中心發展指數第27名), judged by the words that name the part's
    thing: its clause and what leads to it in its sentence since the rank before. A position
    (第27名) naming the thing at least half as well as the best comes before a bracket (維持前20
    名); else the best named; the first at a tie."""
    for item in _aligned_texts(target):
        found: list[tuple[tuple[float, int], int, str]] = []  # ((names, position), rank, clause)
        start = lead_from = 0
        for clause in _CLAUSE.split(item.text):
            end = start + len(clause)
            sentence_start = max(item.text.rfind(c, 0, start) for c in "。；;！？!?") + 1
            rank = rank_of(clause)
            # 仍未進入前25名 restates the rank aimed at, it is no rank reached
            if rank is not None and not _NOT_RANKED.search(clause):
                lead = item.text[max(sentence_start, lead_from) : end]
                position = 1 if re.search(r"第\s?(?:\d|[一二三四五六七八九十])", clause) else 0
                # the words of keeping or entering a bracket (維持前, 進入前) name no thing
                named = containment(_RANK_VERB.sub("", comp.thing), _RANK_VERB.sub("", lead))
                # a first place said in words (奪冠, 居…之冠) counts only of the ranking the
                # part names, and never of one of its sub-items (技能競賽奪冠 is no rank in
                # 國家考試錄取率; 治安分項居六都之冠 none in 城市競爭力評比)
                if _RANK_WORDS.search(clause) is None and (
                    named < 0.5 or re.search(r"分項|單項|子項|類組", clause) is not None
                ):
                    start = end + 1
                    continue
                found.append(((round(named, 2), position), rank, clause))
            if rank is not None:
                lead_from = end + 1
            start = end + 1
        if not found:
            continue
        # a position naming the thing at least half as well as the best words does (臺灣大學名列
        # 第68名 beside 我國6校進入QS世界大學排名前200名), else the best named (never 本港貨櫃裝卸
        # 量全球第19名 for 航運中心發展指數 beside 指數排名下滑至前40名)
        best = max(names for (names, _), _, _ in found)
        positions = [f for f in found if f[0][1] and f[0][0] > 0 and f[0][0] >= best / 2]
        _, rank, clause = max(positions or found, key=lambda f: f[0])
        comp.achieved_value = float(rank)
        comp.status = compare(comp.typed, rank, exceed_margin)
        comp.reason = "figure_compared"
        _point_item(comp, item, clause.strip())
        words = _RANK_WORDS.search(clause) or FIRST_PLACE.search(clause)
        comp.decided_by = words.group(0) if words is not None else ""
        return
    comp.status, comp.reason = "unclear", "no_rank"


_RANK_VERB = re.compile(r"(?:維持|保持|進入|擠進|躋身)(?:在|於)?(?:全國|全球|世界)?(?:前|第)?")
_NOT_RANKED = re.compile(r"未(?:能)?(?:維持|保持|進入|達|列入|擠進|躋身)")
_RANK_WORDS = re.compile(
    r"(?:前|第)\s?(?:\d+|[一二三四五六七八九十百]+)\s?(?:名|位|強)"
    r"|(?<=名列|排名|排行|位居)第\s?(?:\d+|[一二三四五六七八九十百]+)"
    r"(?![\d名位強屆期次版季梯年條項章組等級類群區批階週])"
)


def _point_item(comp: Component, item: TextItem, clause: str) -> None:
    comp.evidence_section = item.section
    comp.evidence_items = [item.item_no]
    comp.evidence_text = clause


def _achieved_change(comp: Component, text: str) -> tuple[float, Quantity] | None:
    """The change an item reports for a change part: a figure of the part's unit after a word
    of change (成長9%, 提高3.2個百分點), or the difference of two printed levels
    (由62.1%提升至64.8%: 2.7 百分點; 由1,200件增至1,310件: 9.17%). Downwards positive.
    Of several, the one whose words name the part's thing best (醫學中心門診件數由…降至…, not
    地區醫院門診件數則增加3.2% beside it); a reported change before levels at a tie."""
    assert comp.quantity is not None
    quantities = extract_quantities(text)
    unit = comp.quantity.unit
    found: list[tuple[float, float, Quantity]] = []  # (how well it names the thing, value, q)
    for q in quantities:
        # (a level after 至, its year between: 增加至113年23家)
        if (
            q.unit != unit
            or q.is_from
            or re.search(r"至\s?(?:\d{2,3}\s?年(?:度|底)?)?\s?$", q.before)
        ):
            continue
        if _TARGET_QUOTED.match(q.after):
            continue  # 未能達成提高1個百分點之目標: the target quoted, not the change reached
        word = _CHANGE_WORDS.search(q.clause_before[-8:])
        if word is None:
            continue
        down = _DOWN_WORDS.search(word.group(0)) is not None
        found.append(
            (_names(comp, q.clause_before), q.value if down == comp.typed.down else -q.value, q)
        )
    found += _level_changes(comp, quantities)
    if not found:
        return None
    best = max(found, key=lambda f: f[0])  # the first of the best (max keeps the first)
    return best[1], best[2]


def _level_changes(
    comp: Component, quantities: list[Quantity]
) -> list[tuple[float, float, Quantity]]:
    """The changes two printed levels make for a change part (how well they name its thing, the
    change, the new level): 由A…至B, B較…A, B（113年為A）, each level with its year."""
    assert comp.quantity is not None
    unit = comp.quantity.unit
    found: list[tuple[float, float, Quantity]] = []
    # two levels: 由A…至B, or B，較<the year before>A (共計1萬3,500人，較114學年度1萬2,500人增加)
    pairs = [(a, b) for a, b in pairwise(quantities) if a.is_from and b.unit == a.unit]
    pairs += [
        (b, a)
        for a, b in pairwise(quantities)
        if _EARLIER.search(b.clause_before) and b.unit == a.unit and not (a.is_from or b.is_from)
    ]
    # or the level before given after this year's (全年載客量168.8萬人次，114年為160萬人次)
    # (the level this year is the last figure before it outside brackets: 獎牌39面（金牌12面、
    # 銀牌12面、銅牌15面），上屆獲得34面 compares 39 with 34)
    pairs += [
        (b, a)
        for i, b in enumerate(quantities)
        for a in [
            next((q for q in reversed(quantities[:i]) if not _in_brackets(q)), quantities[i - 1])
        ]
        if i
        and b.unit == a.unit
        # (or in brackets: 收入6億1,132萬元(113年為5億8,000萬元))
        and (was := _YEAR_BEFORE_WAS.match(re.split(r"[，,；;。(（]", b.clause_before)[-1]))
        # (a figure of its own year is paired by its year below, unless the level before is an
        # edition's: 2025年世界大學運動會…39面，上屆獲得34面)
        and (
            "屆" in was.group(0)
            or (_year_of(a) is None and not re.search(r"\d{2,3}\s?年", _last_clause_of(a)))
        )
        and not (a.is_from or b.is_from)
    ]
    # or each with its year: 114年…結案9件，113年結案6件 (the later year's is the new level)
    dated = [(y, q) for q in quantities if (y := _year_of(q)) is not None]
    yearly = [
        (max(y1, y2), old, new)
        for (y1, a), (y2, b) in pairwise(dated)
        if a.unit == b.unit and abs(y1 - y2) == 1
        for old, new in [((a, b) if y1 < y2 else (b, a))]
    ]
    # (of a run of years, 113年388億元、114年400億元、115年421億元, the latest two)
    latest = max((y for y, _, _ in yearly), default=None)
    pairs += [(old, new) for y, old, new in yearly if y == latest]
    for start, end in pairs:
        if start.value == 0:
            continue
        # (levels of the part's measure: percentage points between rates, a count's change
        # between counts; a relative change, %, between levels of any word)
        if (unit == "百分點" and start.unit != "%") or (
            unit not in ("%", "百分點") and start.unit != unit
        ):
            continue
        value = _change_between(comp, start.value, end.value)
        named = max(_names(comp, start.clause_before), _names(comp, end.clause_before))
        found.append((named, value, end))
    return found


def _in_brackets(q: Quantity) -> bool:
    """Whether a figure stands inside brackets its clause opened (a breakdown: (金牌12面、…))."""
    before = q.clause_before
    return before.count("(") + before.count("（") > before.count(")") + before.count("）")


def _names(comp: Component, words: str) -> float:
    """How much of the part's thing ``words`` name (share of its character bigrams)."""
    return containment(comp.thing, words)


def _figure_of_an_earlier_year(target: Target, comp: Component) -> bool:
    """Whether the figure that decided a count of this year is dated by its own clause to a year
    before the report's (113年服務學生1萬2,600人次 in a 114 report), and the target names no
    such year. (A rate may be of a cohort of an earlier year, 112年輔導青農留農率82.5%: no.)"""
    if comp.typed.type not in ("count", "range"):
        return False
    found = _deciding_quantity(comp)
    return found is not None and _of_an_earlier_year(found, target)


def _of_an_earlier_year(q: Quantity, target: Target) -> bool:
    """Whether a figure's own clause dates it to a year before the report's (:func:`_year_of`)
    that the target does not name."""
    year = _year_of(q)
    return (
        target.fiscal_year is not None
        and year is not None
        and 100 <= year < target.fiscal_year
        and not re.search(rf"(?<!\d){year}\s?年", target.text)
    )


def _year_of(q: Quantity) -> int | None:
    """The year a figure's own clause opens with (114年水路事故調查結案9件 -> 114) or that stands
    right before it (參與率113年為62.0% -> 113), or None."""
    words = _last_clause_of(q)
    # the year right before it first (參與率113年為62.0%, 由114年之24.0日; in a list of years,
    # 113年388億元、114年400億元、115年421億元, each its own): a year of three digits, never a
    # count of years (連續12年達95%)
    m = re.search(r"(?<!\d)(\d{3})\s?年(?:度)?(?:底|同期)?(?:為|是|之|達)?\s?$", words)
    m = m or re.match(r"\s*(?:截至|至)?\s?(\d{2,3})\s?年(?:度)?(?!\d{1,2}\s?月)", words)
    return int(m.group(1)) if m else None


#: A clause giving the level of the year before after this year's: 114年為160萬人次,
#: 上年同期為…, 前一年則為….
_YEAR_BEFORE_WAS = re.compile(
    r"\s*(?:(?:\d{3}\s?年度?|上一?年度?|前一?年度?|去年度?)(?:同期|同一?調查|同一?統計)?(?:則)?(?:為|是)"
    # … or the edition before (上屆為1,000件, 上屆獲得34面: a games', an award's, a fair's)
    r"|(?:上一?|前一?)屆(?:則)?(?:為|是|[^\d，,。；;]{0,4}?))"
)
#: After a figure: it is the target quoted (提高1個百分點之目標, 成長8%的目標值).
_TARGET_QUOTED = re.compile(r"\s?[之的]?(?:年度)?目標")
#: A clause that names the earlier level a change is measured from (較114學年度, 較上年同期,
#: 較前一年之): the figure after it is the level before.
_EARLIER = re.compile(
    r"^較\s?(?:\d{2,4}\s?(?:學)?年度?|前一?(?:學)?年度?|上一?(?:學)?年度?|去年|上年|[上前]一?屆)"
    r"(?:同期)?[之的]?\s?$"
)


def _assess_change(target: Target, comp: Component, exceed_margin: float) -> None:
    """A change: the change an aligned item reports or its two levels give, else the level an
    aligned item reports less the start the target prints."""
    changes = [
        (value, item, q)
        for item in _aligned_texts(target)
        if (change := _achieved_change(comp, item.text)) is not None
        for value, q in [change]
    ]
    # a change from another year than the one before (較111年成長12% in a 113 report) is no
    # change from the year before, which the target asks
    changes = [c for c in changes if not _from_another_base(target, c[2])]
    # an exact change before one said about (降幅約2成 beside levels 1.32→1.06: 19.7 %)
    exact = [c for c in changes if not _APPROXIMATE.search(c[2].qualifier)]
    best = exact or changes
    # the two columns giving changes of different outcomes (成長18% here, 6,400→7,360: 15 %
    # there): neither decides
    outcomes = {
        compare(comp.typed, v, exceed_margin, q.bound if _is_stated(q, i.text) else "")
        for v, i, q in exact
    }
    if len({id(i) for _, i, _ in exact}) > 1 and len(outcomes) > 1:
        comp.achieved_value = None
        comp.status, comp.reason = "unclear", "conflicting_signals"
        _point_item(comp, best[0][1], best[0][2].clause)
        return
    found = best[0] if best else _change_from_the_targets_level(target, comp)
    if found is None:
        comp.achieved_value = None
        comp.status, comp.reason = "unclear", "no_change_figure"
        return
    value, item, q = found
    if _of_another_year(target, q):
        # 111年淨排放量…減少7.8% for 113年…較基準年減少10%: the change of another year
        comp.achieved_value = None
        comp.status, comp.reason = "unclear", "other_year"
        _point_item(comp, item, q.clause)
        return
    comp.achieved_value = value
    comp.achieved_word = comp.quantity.word if comp.quantity else None
    # a change said to be near a figure (成長近1成) is below it, as any figure said so
    comp.achieved_bound = q.bound if _is_stated(q, item.text) else ""
    comp.status = compare(comp.typed, value, exceed_margin, comp.achieved_bound)
    comp.reason = "change_compared"
    _point_item(comp, item, q.clause)
    comp.decided_by = q.phrase
    comp.method = "quantity"


def _from_another_base(target: Target, q: Quantity) -> bool:
    """Whether a change printed names the year it is measured from (較111年成長12%) and that is
    not the year before the report's, for a target that names no base year of its own."""
    if target.fiscal_year is None or re.search(r"較\s?\d{2,3}\s?年|基準年|基期", target.text):
        return False
    base = re.search(r"較\s?(\d{2,3})\s?年(?:度)?[^，,。；;]{0,12}$", q.clause_before)
    return base is not None and int(base.group(1)) != target.fiscal_year - 1


def _is_stated(q: Quantity, text: str) -> bool:
    """Whether ``q`` is a change as printed in ``text`` (成長近1成), not one computed."""
    return text[q.start : q.end] == q.phrase


#: The year a target opens with (113年溫室氣體淨排放量較基準年減少10%).
_TARGET_YEAR = re.compile(r"^\s?(?:於)?(\d{3})\s?年(?:度)?(?!\s?\d{1,2}\s?月)")


def _of_another_year(target: Target, q: Quantity) -> bool:
    """Whether the target opens with its year and the figure's own clause opens with an earlier
    one (111年淨排放量… for 113年…): the latest figure out, not the target year's."""
    m = _TARGET_YEAR.match(target.text)
    year = _year_of(q)
    return m is not None and year is not None and year < int(m.group(1))


#: Qualifiers of a figure said about (約2成, 近10%): not exact.
_APPROXIMATE = re.compile(r"約|近|將近|大約|逾|超過")


def _change_between(comp: Component, start: float, end: float) -> float:
    """The change from level ``start`` to level ``end`` as the part counts it: relative for a
    change in % (成長10%), a difference for 百分點 or the part's own unit (增加2小時); a change
    downwards counts positive."""
    assert comp.quantity is not None
    delta = Decimal(str(end)) - Decimal(str(start))
    if comp.quantity.unit == "%":
        delta = delta / Decimal(str(start)) * 100
    return float(round(-delta if comp.typed.down else delta, 2))


def _change_from_the_targets_level(
    target: Target, comp: Component
) -> tuple[float, TextItem, Quantity] | None:
    """A change whose starting level the target itself prints (調和率由114年之88.0%提高2個
    百分點): the level an aligned item reports (提升至89.6%) less that start (1.6 百分點), or
    relative to it for a change in %, with the item and the level; None when either is
    missing."""
    assert comp.quantity is not None
    start = next((q for q in extract_quantities(comp.text) if q.is_from), None)
    if start is None or start.value == 0:
        return None
    for item in _aligned_texts(target):
        levels = [
            q
            for q in extract_quantities(item.text)
            if q.unit == start.unit
            and not q.is_from
            and not _RATE_BEFORE.search(q.before)
            # the level of the thing itself (調和率89.6%), never of another (滿意度達90%)
            and containment(strip_stopwords(_last_clause_of(q)), comp.text) >= 0.5
        ]
        if len(levels) == 1:
            return _change_between(comp, start.value, levels[0].value), item, levels[0]
    return None


#: Two acts joined by 或 right before a figure: it counts either (招募或委託41名).
_EITHER = re.compile(r"([\u4e00-\u9fff]{2})或([\u4e00-\u9fff]{2})[\s\u3000]*$")


def _broader_count(target: Target, comp: Component) -> bool:
    """Whether the deciding figure counts things done by either of two acts when the target
    asks for one of them only (招募38名 answered by 招募或委託41名): it counts more than the
    target asks, and how many were recruited is not printed."""
    at = comp.evidence_text.find(comp.decided_by) if comp.decided_by else -1
    if at < 0:
        return False
    m = _EITHER.search(comp.evidence_text[:at])
    text = comp.text or target.text
    return m is not None and (m.group(1) in text) != (m.group(2) in text)


def _joined(text: str) -> bool:
    """Whether a target's part counts things joined by 及/與/和 or listed by 、 (宣導及教育訓練
    50場, 初級、中級、高級搶救訓練4,800人次); never the 及/與/和 of a word (參與, 普及, 以及,
    及時, 涉及, 和平, 調和, 緩和, 與會)."""
    return re.search(r"[及與和、]", _NOT_JOINING.sub("", text)) is not None


_NOT_JOINING = re.compile(r"參與|普及|以及|及時|涉及|和平|調和|緩和|與會|給與|和諧")


def _decided_by_a_total(comp: Component) -> bool:
    """Whether the figure that decided the part is a total (合計3,136人次), not a part of one."""
    span = comp.decided_span
    return span is not None and any(
        q.is_total and "其中" not in q.clause_before and q.start <= span[0] < q.end
        for q in extract_quantities(comp.evidence_text)
    )


def _sums_its_parts(total: _Candidate, same_unit: list[_Candidate]) -> bool:
    """Whether ``total`` (合計…) equals the sum of the figures of its measure word before it in
    its sentence."""
    sentence = _sentence_of(total.item.text, total.quantity.clause)
    parts = [
        c.quantity.value
        for c in same_unit
        if c.item is total.item
        and c is not total
        and c.quantity.end <= total.quantity.start
        and c.quantity.clause in sentence
    ]
    return len(parts) >= 2 and abs(sum(parts) - total.quantity.value) < 1e-6


def _names_this_part(
    comp: Component, part: _Candidate, total: _Candidate, same_unit: list[_Candidate]
) -> bool:
    """Whether the part, in a clause of its own (not one of a list joined by 、), shares at
    least three pairs of characters of the target's thing that no other figure the total sums
    shares (河川疏濬 against 另陸上砂石開採): the target counts this part, the total more."""
    assert comp.quantity is not None
    q = part.quantity
    if q.clause_before != q.before or q.clause_after != q.after:
        return False  # one of a list (陶瓷類2,310件、石器類1,480件): the list's words are shared
    wanted = bigrams(strip_stopwords(comp.quantity.clause_before + comp.quantity.after))
    others = [
        c
        for c in same_unit
        if c.item is total.item
        and c is not total
        and c is not part
        and c.quantity.end <= total.quantity.start
    ]
    if not others:
        return False
    theirs = set().union(*(bigrams(c.quantity.clause_before + c.quantity.after) for c in others))
    own = bigrams(part.quantity.clause_before + part.quantity.after)
    return len((wanted & own) - theirs) >= 3


def _not_done_without_figure(target: Target, comp: Component) -> None:
    """A part with a number and no figure reported is not met when an item aligned to the
    target says of its thing that it was put off or not done (使用者教育訓練暫緩辦理，改列113年度
    for 辦理系統使用者教育訓練3場): a statement that it was done proves no number, one that it
    was not needs none."""
    for item in _aligned_texts(target):
        clauses = [c for c in _CLAUSE.split(item.text) if c.strip()]
        if not clauses:
            continue
        clause = max(clauses, key=lambda c: _similarity_to_item(comp.thing, c))
        if _similarity_to_item(comp.thing, clause) < MIN_DONE:
            continue
        if _negated(clause, comp.text or target.text):
            comp.status, comp.method = "not_met", "done_statement"
            comp.evidence_section = item.section
            comp.evidence_items = [item.item_no]
            comp.evidence_text = _sentence_of(item.text, clause)
            comp.decided_by = _deciding_words(clause, (_NEGATION,))
            return


#: A figure approved, planned or taken in (核定開辦, 受理…案件, 報考) is an input: beside the
#: figure its item marks as delivered (實際開班, 審查完成, 通過) it is no achieved value.
_PLANNED = re.compile(
    r"核定|核准|核配|預定|預計|預估|原訂|原定|規劃|計畫(?:開辦|辦理)|受理|報考|報名|申請|開案|收案"
)
_ACTUAL = re.compile(r"實際|實辦|完成|完工|竣工|僅|通過|結業|結訓|結案|交車|交貨|到貨|交船|交機")
#: After a figure: things only bought (6輛已完成採購, 決標): not yet delivered beside a figure of
#: those delivered (交車4輛).
_BOUGHT_ONLY = re.compile(r"^\s?(?:已)?(?:完成採購|採購完成|決標|簽約|訂購)")
#: A clause of work undertaken (辦理…工程35處): beside a figure marked done, not the one done.
_UNDERTAKEN = re.compile(r"\s*(?:辦理|執行|推動)")


def _last_clause_of(q: Quantity) -> str:
    """The words of a figure's own clause before it (up to a comma)."""
    return re.split(r"[，,；;。]", q.clause_before)[-1]


#: Words of cases taken in or applied for, not yet dealt with.
_TAKEN_IN_WORDS = re.compile(r"受理|收件|申請|報名|新收")


def _asks_the_intake(comp: Component, q: Quantity) -> bool:
    """Whether the part asks for the very intake a figure counts (收案…人 answered by 收案186人,
    開案 by 開案): then it is no input to pass over for the ones done."""
    asked = comp.quantity.clause_before if comp.quantity is not None else comp.text
    return any(w in asked for w in _INTAKE.findall(_last_clause_of(q)))


#: Acts of taking cases in: an intake a target may ask for itself.
_INTAKE = re.compile(r"收案|開案|受理")


def _planned(q: Quantity) -> bool:
    """Whether a figure's own clause says it was approved, planned or taken in (_PLANNED); a
    time or a rate is never taken in: 申請, 受理 there name the cases measured (團聚申請案件平均
    審查時間為12個工作天)."""
    words = _PLANNED.findall(_last_clause_of(q))
    if q.unit in _TIMES_AND_RATES:
        words = [w for w in words if w not in _TAKEN_IN]
    # … or a figure of a plan (已完成110槍之建置規劃): planned, not built; or of things only
    # bought (6輛已完成採購)
    return (
        bool(words)
        or _OF_A_PLAN.match(q.after) is not None
        or _BOUGHT_ONLY.match(q.after) is not None
    )


#: Words of a plan or a design, not of the thing built or done.
_PLAN_WORD = re.compile(r"規劃|設計|計畫書")
#: After a figure: it counts what a plan or a design covers (110槍之建置規劃, 20處之規劃設計).
_OF_A_PLAN = re.compile(r"\s?之?[^，,。；;]{0,4}?(?:" + _PLAN_WORD.pattern + ")")
#: The last act of a figure's clause is a plan (已規劃18班, 預定開辦20班): nothing done after.
_PLAN_LAST = re.compile(r"(?:規劃|預定|預計)[^，,。；;]{0,12}$")


def _only_planned(cand: _Candidate) -> bool:
    """Whether a figure's own clause ends on a plan (已規劃18班) and its item says nothing
    delivered (no 實際, 完成, 完工…: 預定2台／實際2台 is an account of delivery)."""
    return (
        _PLAN_LAST.search(_last_clause_of(cand.quantity)) is not None
        and _ACTUAL.search(cand.item.text) is None
    )


_TAKEN_IN = ("受理", "報考", "報名", "申請")
_TIMES_AND_RATES = frozenset({"天", "小時", "分鐘", "秒", "個月", "%", "百分點"})


def _marked_done(q: Quantity) -> bool:
    """Whether a figure's own clause marks it as delivered (實際, 完成, 完工…: _ACTUAL) and
    not as approved or planned."""
    # (or right after it: 6所已完工, 12輛均已交車)
    after = re.match(
        r"\s?(?:均)?(?:已)?(?:完工|竣工|完成|交車|交貨|到貨|結訓|結業)\s*$", q.after
    )  # (never 42場完成沼氣發電設置評估: another act)
    return (_ACTUAL.search(_last_clause_of(q)) is not None or after is not None) and not _planned(q)


def _said_actual(q: Quantity) -> bool:
    """Whether a figure's own clause says it is the actual one (實際交車168輛)."""
    return "實際" in _last_clause_of(q)


def _the_one(found: list[Quantity], test: Callable[[Quantity], bool]) -> list[Quantity]:
    """The one figure of ``found`` that passes ``test``, when exactly one does; else all."""
    passing = [q for q in found if test(q)]
    return passing if len(passing) == 1 else found


def _rate_beside_a_borrowed_figure(target: Target, comp: Component) -> bool:
    """Whether the part was decided by a figure outside its aligned attainment item while that
    item (the agency's own account) gives a rate of attainment and no figure of the part's
    measure word: its rate decides (市場抽驗件數達成率103% over 不符合規範者31件)."""
    item = target.aligned_items.get("attainment")
    if item is None or comp.quantity is None or comp.reason != "figure_compared":
        return False
    if comp.evidence_section == "attainment" and item.item_no in comp.evidence_items:
        return False
    return _RATE.search(item.text) is not None and not any(
        q.unit == comp.quantity.unit for q in extract_quantities(item.text)
    )


def _rate_only(target: Target, comp: Component, exceed_margin: float) -> None:
    """An attainment rate the aligned item reports alone (達成率97.2%): compared with 100 %."""
    item = target.aligned_items.get("attainment")
    quantified = [c for c in target.components if c.quantity is not None]
    if item is None or len(quantified) != 1:
        return
    m = _RATE.search(item.text)
    if m is None:
        return
    if _about_another(target, item.text, m.start()):
        return  # 出監轉銜就業率目標達成率104%；遠距接見服務近萬人次: another target's rate
    if re.search(r"達成率", comp.text or target.text):
        return  # the measure asked is itself a rate of attainment (訪視達成率95%以上)
    if _PLAN_WORD.search(_sentence_of(item.text, m.group(0))) and not _PLAN_WORD.search(
        target.text
    ):
        return  # the rate of a plan or a design (已完成110槍之建置規劃，達成率100%)
    rate = _rate_value(m)
    comp.status = compare(TypedPart("level", Decimal(100)), rate, exceed_margin)
    comp.achieved_ratio = float(rate / 100)
    if comp.quantity is not None:  # the value the rate stands for: 500 × 97.2% = 486
        comp.achieved_value = float(Decimal(str(comp.quantity.value)) * rate / 100)
    comp.reason = "rate_only"
    _point_item(comp, item, _sentence_of(item.text, m.group(0)))
    comp.decided_by = m.group(0)
    comp.method = "rate"


#: Words that the work goes on (持續滾動檢討精進中, 持續推動中), with no account of what it reached.
_CONTINUING = re.compile(
    r"持續[^，,。；;]{0,12}?(?:中|精進|檢討|推動|辦理|進行)|滾動(?:檢討|修正)|精進中"
)


def _only_continuing(text: str) -> bool:
    """Whether an attainment item says only that the work goes on (預警模式持續滾動檢討精進中),
    with no verdict and no figure: no account of an aim."""
    return (
        _CONTINUING.search(text) is not None
        and _VERDICT.search(text) is None
        and not extract_quantities(text)
    )


#: A contract ended after its award (得標廠商合意解約, 終止契約, 解除契約): the award is undone.
_CONTRACT_ENDED = re.compile(r"解約|終止契約|解除契約|契約終止|撤銷決標")


def _award_undone(target: Target, comp: Component) -> None:
    """A procurement asked (完成…建置案決標) read met on its award whose aligned item says the
    contract was then ended (惟得標廠商於115年11月合意解約): not delivered."""
    if comp.status != "met" or not _PROCUREMENT.search(comp.text or target.text):
        return
    for item in _aligned_texts(target):
        for sentence in _SENTENCE.split(item.text):
            ended = _CONTRACT_ENDED.search(sentence)
            if ended is not None and _DECIDED_AWARD.search(sentence[: ended.start()]):
                comp.status, comp.reason = "not_met", "not_delivered"
                _point_item(comp, item, sentence.strip())
                comp.decided_by = ended.group(0)
                return


#: An award (決標, 簽約) before the words that end its contract.
_DECIDED_AWARD = re.compile(r"決標|簽約|簽訂")


def _figure_done_late(target: Target, comp: Component, own_only: bool = False) -> None:
    """A figure reached, for a part with a deadline (於114年9月底前完成十二所…盤查): done after
    the deadline by the date an aligned item gives its completion (於114年11月完成…) is missed.
    ``own_only``: only a date of the very act asked counts (a deadline met on one act's date,
    竣工 on 6月28日, is missed by the later act it asks too, 於7月1日開放參觀)."""
    # the part's own deadline, or the target's when it is the target's one part
    deadline = deadline_of(comp.text) or (
        deadline_of(target.text) if len(target.components) == 1 else None
    )
    if comp.status not in ("met", "exceeded") or deadline is None:
        return
    # the date of the very act the part asks for, where the sentence gives one (完工 in
    # August, 驗收 in November, against 於9月底前完工: August)
    asked = _asked(target, comp)
    # … the act itself: the part's last words (公開展覽), never what follows it (系統建置 asked,
    # 7月起系統開放使用)
    act = re.sub(r"[。．.）)\s]+$", "", strip_stopwords(asked))[-2:]
    for item in _aligned_texts(target):
        for sentence in _SENTENCE.split(item.text):
            # a sentence about the part's thing, its completion date (never one expected)
            about = containment(comp.thing, sentence) >= 0.5
            done = _dated_acts(sentence, deadline.roc_year)
            # never the date of another phase (第2期系統預計115年3月上線 for 第1期系統上線)
            done = [m for m in done if not _other_phase(_clause_at(sentence, m.start), asked)]
            own = [
                m
                for m in done
                # the acts after the date in its clause (完成上線, 完成編印並發布); a document's
                # completion is its final text or its issue (定稿, 出版, 發布)
                if any(a in asked for a in _asked_acts(_clause_at(sentence, m.end), asked))
                or (
                    _DOCUMENT.search(asked) is not None
                    and re.search(r"初稿|草案", asked) is None  # (a draft asked: its own date)
                    and _DOCUMENT_DONE.search(_clause_at(sentence, m.end)) is not None
                    and containment(_DOCUMENT.findall(asked)[-1], sentence) == 1.0
                )
            ]
            # a date of another act whose object the part does not name (114年10月完成教育訓練
            # for 完成資料庫建置) is no date of it, nor is the very act's date of another thing
            # whose head noun the part does not name (12月發布「金融穩定評估」 for …報告)
            done = [m for m in done if _names_its_object(sentence, m.end, asked)]
            own = [m for m in own if _names_its_object(sentence, m.end, asked, head=True)]
            if not about and not own:
                continue  # (on the item aligned to it, the date of its very act says enough)
            # a date expected counts only for the very act asked (預計114年5月完工 is no date of
            # 工程進度達80%)
            done = [m for m in done if not _EXPECTED.search(sentence[: m.start])]
            if own_only:  # … of the part's own thing (never 圖書室於9月1日開放 for 活動中心)
                own = [m for m in own if not _another_things_act(sentence, m.start, target)]
            for m in own if own_only else own or done:
                # a date expected (預計115年1月正式上線) after the deadline is late as well
                expected = _EXPECTED.search(sentence[: m.start]) is not None
                if not deadline.allows(m.year, m.month, m.day):
                    comp.status = "not_met"
                    comp.reason = "agency_says_late" if expected else "deadline_missed"
                    _point_item(comp, item, sentence.strip())
                    comp.decided_by = m.words
                    return
            for began in _STARTED_ON.finditer(sentence):
                # the very act asked began after the deadline (草案於115年6月10日起公開展覽 for
                # 於115年4月30日前完成…草案公開展覽): it was not done by then
                rest = strip_stopwords(re.split(r"[，,。；;]", sentence[began.end() :])[0])
                day = int(began.group("d")) if began.group("d") else None
                if (
                    len(rest) >= 2
                    and len(act) == 2
                    and act in rest
                    and 1 <= int(began.group("m")) <= 12
                    and not deadline.allows(roc_year(began.group("y")), int(began.group("m")), day)
                ):
                    comp.status, comp.reason = "not_met", "deadline_missed"
                    _point_item(comp, item, sentence.strip())
                    comp.decided_by = began.group(0)
                    return


@dataclass(frozen=True)
class _Dated:
    """A completion date found in a sentence (year, month, day when printed) and its span."""

    year: int
    month: int
    day: int | None
    start: int
    end: int
    words: str


def _dated_acts(sentence: str, year: int) -> list[_Dated]:
    """The dates of acts of done in a sentence (於114年11月完成, 114.10.15完成上線, and a month
    with no year, 於7月正式上線, of ``year``, the deadline's), in order."""
    found: list[_Dated] = []
    for pattern in (_DONE_ON, _DONE_ON_DOTTED, _DONE_ON_MONTH):
        for m in pattern.finditer(sentence):
            month = int(m.group("m"))
            if not 1 <= month <= 12:
                continue
            y = roc_year(m.group("y")) if "y" in pattern.groupindex else year
            d = int(m.group("d")) if m.group("d") else None
            found.append(_Dated(y, month, d, m.start(), m.end(), m.group(0)))
    return sorted(found, key=lambda f: f.start)


def _asked_acts(clause: str, asked: str) -> list[str]:
    """The acts in a clause, with 決標 and 簽約 counted as completing a procurement asked
    (完成檢驗儀器採購), and an opening (揭牌, 開幕, 啟用) as founding what is asked set up
    (成立)."""
    # (經核安會審查同意: 同意, the approval's last two characters)
    acts = _ACT.findall(clause) + [m.group(0)[-2:] for m in _APPROVAL_ACT.finditer(clause)]
    if "採購" in asked:
        acts += ["採購" for a in acts if a in ("決標", "簽約")]
    if "成立" in asked:
        subject = strip_stopwords(re.split(r"於|\d", clause)[0])
        if len(subject) < 2 or containment(subject, asked) >= 0.5:
            # a centre set up opens (揭牌運作, 開幕, 啟用): the act of its founding, unless the
            # clause names another thing opening (另附設日照中心於114年8月揭牌)
            acts += ["成立" for a in acts if a in ("揭牌", "開幕", "開館", "啟用", "營運")]
    return acts


#: A month with no year before it (已於11月辦理完成, 於12月20日決標); never 個月, a span (3至5月),
#: a count of months or a day alone.
_MONTH_ONLY = re.compile(r"(?<![\d年至~\-－])(?P<m>\d{1,2})\s?月(?!份?[以之內]|底前|起)(?<!個月)")
#: A phase named, its numeral perhaps taken out (a part's thing: 平台第期建置).
_PHASE_NAMED = re.compile(r"第\s?[\d一二三四五六七八九十]*\s?(?:期|階段)")
_PHASE = re.compile(r"第\s?([\d一二三四五六七八九十]+)\s?(?:期|階段|標)")


def _phase_named_before(text: str, at: int, asked: str) -> bool:
    """Whether the last phase named before ``at`` in its sentence (第二標工程進度82%，預定116年
    3月竣工) is one the part, which names phases, does not (第一標竣工)."""
    mine = {m.group(1) for m in _PHASE.finditer(asked)}
    start = max([m.end() for m in _SENTENCE.finditer(text, 0, at)], default=0)
    named = [m.group(1) for m in _PHASE.finditer(text, start, at)]
    return bool(mine) and bool(named) and named[-1] not in mine


def _other_phase(clause: str, asked: str) -> bool:
    """Whether the clause names a phase (第2期, 第二階段) the part does not."""
    mine = {m.group(1) for m in _PHASE.finditer(asked)}
    return any(m.group(1) not in mine for m in _PHASE.finditer(clause))


def _names_its_object(sentence: str, end: int, asked: str, head: bool = False) -> bool:
    """Whether the words after a dated act (114年10月完成教育訓練: 教育訓練) are empty or share
    words with the part (完成最後1架除役 for …全數除役); with ``head``, whether the part names
    their last word (發布「金融穩定評估」 for 發布年度金融穩定報告: no)."""
    rest = re.split(r"[，,。；;]", sentence[end:])[0]
    # past the day and the verbs of done after a date (6月27日辦竣, 7月正式完成上線)
    rest = re.sub(
        r"^\s?(?:底|初|中旬|上旬|下旬)?(?:\d{1,2}\s?日)?\s?(?:起|已|並|如期|依限|始|才|正式|全面|全數)*\s?"
        # (a review passed is the act: 5月31日審查通過)
        r"(?:經)?(?:(?:審查|審議|審核)(?=通過|核定|同意|核准))?"
        r"(?:完成|辦竣|辦理完成|辦理|實施|舉行|舉辦|" + _ACT.pattern + ")*",
        "",
        rest,
    )
    obj = strip_stopwords(rest)
    if head:
        noun = re.sub(r"[」』\s）)]+$", "", obj)
        return len(noun) < 4 or noun[-2:] in asked
    return len(obj) < 2 or bool(bigrams(obj) & bigrams(asked))


#: Acts a deadline target asks for, one of which its completion date is the date of.
_ACT = re.compile(
    r"決標|發包|簽約|簽署|簽訂|上線|上架|啟用|完工|竣工|驗收|開館|開幕|發布|公告|公布|施行|核定|通車"
    r"|營運|運轉|定稿|開放|開通|開辦|揭牌|成立|取得|通過"
    r"|開床|收治"  # a ward's opening (開床收治)
)


#: Words before a date that put it in the future (預計115年3月完成, 將於…).
_EXPECT_WORDS = r"(?:預計|預定|將於|擬於)"
_EXPECTED = re.compile(_EXPECT_WORDS + r"[^，,。；;]{0,6}$")


#: An approval by another body, dated (116年11月27日經核安會審查同意, 經行政院核定): the act of
#: a target to obtain it (取得…審查同意).
_APPROVED_BY = r"經[^，,。；;\d]{1,10}?(?:審查|審議)?(?:同意|核准|核定|通過)"
_APPROVAL_ACT = re.compile(_APPROVED_BY)


#: A completion date: 於114年11月完成, 114年8月28日完工, 已於115年5月上線, 於113年8月29日發布
#: (the acts a deadline asks for, :data:`_ACT`, with 完成, 辦竣 and 出版).
#: A place between a date and its act (於113年10月15日於12A、12B兩病房啟用, 在各分局上線).
_PLACE = r"(?:(?:於|在)[^，,。；;：:]{1,14}?)?"
_DONE_ON = re.compile(
    _DATE.pattern
    + r"(?:\s?(?P<d>\d{1,2})\s?日)?\s?"
    + _PLACE
    + r"(?:始|才|正式|全[\u4e00-\u9fff])?(?:恢復|對外|對民眾)?"
    r"(?:完成|辦竣|出版|舉行|舉辦|閉幕|落幕|" + _ACT.pattern + "|" + _APPROVED_BY + ")"
)
#: … or dated by a month with no year (於7月正式上線, 於4月決標; never 上年度11月, 3月起).
_DONE_ON_MONTH = re.compile(
    r"(?<![\d年度至~\-－.])(?P<m>\d{1,2})\s?月(?:\s?(?P<d>\d{1,2})\s?日)?\s?"
    + _PLACE
    + r"(?:始|才|正式|全[\u4e00-\u9fff])?(?:恢復|對外|對民眾)?"
    r"(?:完成|辦竣|出版|舉行|舉辦|閉幕|落幕|" + _ACT.pattern + ")"
)
#: After a date: 起 (from then on), perhaps after its day.
_STARTS = re.compile(r"(?:\s?(?P<d>\d{1,2})\s?日)?\s?起")
#: The date an act began (於115年6月10日起公開展覽): it was not done before it.
_STARTED_ON = re.compile(_DATE.pattern + _STARTS.pattern)
#: … or dated with dots (114.10.15完成上線).
_DONE_ON_DOTTED = re.compile(
    r"(?<![\d.])(?P<y>\d{2,3})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})(?![\d.])\s?(?:始|才|正式|全[\u4e00-\u9fff])?"
    r"(?:完成|辦竣|出版|" + _ACT.pattern + ")"
)


def _check_deadline(comp: Component, items: list[TextItem]) -> None:
    """A deadline met on a statement of completion: the completion date it gives decides
    (已於115年5月啟用 against 於115年3月底前: not met). When the sentence gives several dates
    (竣工 in October, 開館 in December), the thing is done at the latest of them."""
    deadline = comp.typed.deadline
    if comp.status != "met" or deadline is None:
        return
    sentence = comp.evidence_text
    for item in items:
        if item.section == comp.evidence_section and item.item_no in comp.evidence_items:
            sentence = _sentence_of(item.text, comp.evidence_text)
            break
    # (never the date something began after it: 114年7月起系統開放民眾使用 beside 已於5月建置完成)
    found = [
        m
        for m in _DATE.finditer(sentence)
        if 1 <= int(m.group("m")) <= 12 and not _STARTS.match(sentence, m.end())
    ]
    # a month with no year (論壇已於11月辦理完成) is of the deadline's year: the report's
    months = [
        m
        for m in _MONTH_ONLY.finditer(sentence)
        if 1 <= int(m.group("m")) <= 12 and not _STARTS.match(sentence, m.end())
    ]
    if not found and not months:
        comp.reason = "done_statement"
        return
    dates = [(roc_year(m.group("y")), int(m.group("m")), m.group(0)) for m in found] or [
        (deadline.roc_year, int(m.group("m")), m.group(0)) for m in months
    ]
    found = found or months
    # the date of the very act the target asks for, where the sentence gives one (公告招標 in
    # July, 完成決標 in September, 開工 in January, against 於10月底前完成…決標: September)
    own = [
        date
        for date, m in zip(dates, found, strict=True)
        if (verb := _ACT.search(_CLAUSE.split(sentence[m.end() :])[0])) is not None
        and (verb.group(0) in comp.text or _works_done(verb.group(0), comp.text))
    ]
    if not own:
        # dates only of acts whose object the part does not name (如期於114年6月完成發包作業,
        # 完成系統教育訓練, 完成測試 for …新建工程, …系統上線): the thing itself is not said done
        named = [
            date
            for date, m in zip(dates, found, strict=True)
            if _names_its_object(sentence, m.end(), comp.text)
            and not _stage_only(sentence[m.end() :], comp.text)
        ]
        if not named:
            comp.status, comp.reason = "unclear", "under_way"
            return
        dates = named
    year, month, words = max(own or dates)
    comp.decided_by = words
    if deadline.allows(year, month):
        comp.reason = "deadline_met"
    else:
        comp.status, comp.reason = "not_met", "deadline_missed"


def _works_done(verb: str, asked: str) -> bool:
    """Whether ``verb`` completes the works a part asks for (完成…補強工程: 竣工, 完工; its
    acceptance, 驗收, is a later step)."""
    return verb in ("完工", "竣工") and "工程" in asked and not re.search(r"驗收|啟用|營運", asked)


#: After a date: an act that is a stage before delivery (完成發包, 完成測試, 完成教育訓練).
_STAGE_ACT = re.compile(
    r"^\s?(?:\d{1,2}\s?日)?\s?(?:完成)?[^，,。；;]{0,6}?"
    r"(?:發包|招標|決標|測試|試營運|教育訓練|規劃|設計|初稿)"
)


def _stage_only(after: str, asked: str) -> bool:
    """Whether the words after a date name only a stage before delivery (完成發包作業, 完成系統
    教育訓練), one the part does not ask for (發包 for …工程發包 is the act asked), with nothing
    after it naming the part (完成測試並正式介接 names 介接)."""
    m = _STAGE_ACT.match(after)
    if m is None or (_PROCUREMENT.search(asked) and re.search(r"發包|決標|招標", m.group(0))):
        return False
    # the stage the part asks for itself (完成基本設計 for 於10月底前完成…基本設計)
    stage = re.search(r"(?:發包|招標|決標|測試|試營運|教育訓練|規劃|設計|初稿)$", m.group(0))
    if stage is not None and re.search(
        r"(?:完成|辦理)[^，,。；;]{0,12}?" + stage.group(0) + r"[。\s]*$", asked
    ):
        return False
    rest = strip_stopwords(re.split(r"[，,。；;]", after[m.end() :])[0])
    return not (bigrams(rest) & bigrams(asked))


#: The agency's statement that the year's work was all done (年度工作已如期完成, 年度工作均已
#: 辦竣): its verdict on an aim with nothing to count.
_YEAR_WORK_DONE = (
    r"(?:年度|本年度?)(?:各項)?工作(?:均|皆|業)?已?(?:如期|依限|依計畫)?(?:完成|辦竣|辦理完竣)"
    # … or that all the works of the aim were (各項節能宣導工作均已辦竣, 友善設施改善均已辦竣)
    r"|(?<!未)(?:工作|改善|措施|事項)(?:均|皆)已(?:如期|依限|依計畫)?(?:完成|辦竣|辦理完竣)"
    # … or that the thing was done on schedule on a date it gives (典禮已如期於115年6月27日辦竣):
    # 如期 with its date is the verdict on the date, whatever words name the thing
    r"|(?<![未能法克以及])如期於?\s?\d{2,3}\s?年\s?\d{1,2}\s?月[^，,。；;]{0,16}?"
    r"(?:完成|辦竣|辦畢|舉行|上線|啟用|公告|發布)"
    # … or that the act itself came on schedule, with no date (如期上線, 已如期開館), said as a
    # fact: opening a clause or after 已/均/並 (never 督促廠商如期完工, 是否如期, 可如期)
    r"|(?<![^，,。；;：:已均皆並])如期(?:完成|辦竣|辦畢|舉行|舉辦|上線|上架|啟用|公告|發布|開館"
    r"|開幕|通車|開通|營運|竣工|完工)"
)
#: The agency's own verdict on a target, either way.
#: A bare 「達成」 closing a clause is a verdict too (維持非疫國地位，達成。), never 達成率.
_VERDICT = re.compile(
    r"(?:達成|超越|優於|符合|未達|未能達成)(?:年度|本年度|[^，,。；;]{1,12}?之|[\u4e00-\u9fff]{1,4}?)?"
    r"(?:目標|預期)"
    r"|達成(?=\s?[，,。；;！!]|\s*$)"
    # a closing clause of its own that the item's work is done (…並辦理品質查核工作坊，已完成。)
    r"|(?<=[，,；;])\s?(?:均|皆)?已(?:如期|依限)?(?:完成|辦竣)\s?[。；;]?\s*$"
    r"|" + _YEAR_WORK_DONE
)
#: The agency's own verdict that a target was reached (not 未達成, 未能達成, 部分達成, nor one
#: to come or in doubt: 可望達成, 預計達成, 難以達成, 無法達成).
_POSITIVE_VERDICT = re.compile(
    r"(?<!未)(?<!未能)(?:達成|超越|優於|符合)(?:年度|本年度|[^，,。；;]{1,12}?之|[\u4e00-\u9fff]{1,4}?)?"
    r"(?:目標|預期)"
    r"|(?<![未能分以法望計可難將會])(?:已)?達成(?=\s?[，,。；;！!]|\s*$)"
    r"|" + _YEAR_WORK_DONE
)
#: An attainment item that sends the reader to the execution column (詳執行情形說明三、四).
_REFERS_TO_EXECUTION = re.compile(r"(?:詳|見|如|參見|請參)(?:執行情形|執行說明)")
#: The agency's statement that all was done (均已辦竣, 皆已完成, 全數達成).
_ALL_DONE = re.compile(
    r"(?<![未法能])(?:均|皆|全數|悉數)已?(?:如期|依限)?(?:完成|辦竣|辦理完竣|達成)"
)
#: The agency's own verdict that a target was missed (本項未能如期完成: 本項 and a negation).
_MISSED = re.compile(
    # 未達下限 of a range, 未達累計目標, 未達預定目標; never 未達目標者 (those who did not)
    r"未(?:能)?達(?:成)?(?:年度|本年度|預定|累計)?(?:目標|預期|下限)(?![者之])|未能達成"
    r"|未(?:能)?(?:如期)?達標|未如預期|不如預期"
    r"|本項[^，,。；;]{0,4}?(?:未能如期|未如期|尚未|無法)"
)


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
        own = _own_figure(comp, item) if item.section == "attainment" else None
        if own is not None:  # the agency's own figure beside its verdict
            comp.achieved_value, comp.achieved_bound = own.value, own.bound
            comp.evidence_text, comp.decided_by = own.clause, own.phrase
    elif (under := _UNDER_WAY.search(sentence)) and not _review_asked(comp.text, under.group(0)):
        # a figure approved or started, awaiting completion (已核定補助25處，待…完工查核): the
        # work is under way and the figure is no amount achieved
        comp.status, comp.reason, comp.achieved_value = "unclear", "under_way", None
        words = _UNDER_WAY.search(comp.evidence_text)
        if words is not None:
            comp.decided_by = words.group(0)


#: The agency's own words that a target was missed, delayed, or not delivered (only drafted,
#: tendered, partly done): they outrank a figure that reads met.
_AGENCY_MISSED = re.compile(
    # (無未達成情形, 並無未完成者: nothing was missed)
    r"(?<!無)(?<!沒有)"
    r"未(?:能)?(?:如期|依限|按期|於期限內|於本?年度內?|於[^，,。；;]{0,8}?前)?(?:達成|完成|達標|達到)"
    # never a relative clause naming things (列管未達成結案之爭議案件: the cases not closed),
    # unless it names the miss's cause (未達成預定目標之原因為…: a miss)
    r"(?![\u4e00-\u9fff]{1,4}之" + _NOT_A_CAUSE + ")"
    r"|未達(?:年度|本年度|預定|累計)?(?:目標|預期|下限)(?![者之])"
    r"|部分達成|尚未完成|未如預期|不如預期|未能如期(?=\s*(?:[，,。；;]|$))|進度落後"
)
_AGENCY_LATE = re.compile(
    r"延後|展延|延宕|延至|順延|改列(?:下|次|\d{3})"
    r"|(?<![較原])預計[^，,。；;]{0,20}?"
    r"(?:完成|完工|上線|啟用|辦理|施行|出版|發布|公布|提出|開放|營運|開館|通車|取得|獲得|開工|動工)"
    r"|調整至\s?\d"
)
#: Types measured by a figure someone publishes (a rank, a level, a ceiling, a change): their
#: result may come out after the year.
_MEASURED_TYPES = ("rank", "level", "ceiling", "change")
#: The result or the statistics a target is measured by are not published yet (結果預計116年12月
#: 公布, 統計資料尚未公布, 預計明年公布排名, 尚無排名資料).
_RESULT = r"(?:結果|資料|數據|統計|排名|名次|成績)"
_RESULT_PENDING = re.compile(
    rf"{_RESULT}[^，,。；;]{{0,12}}?(?:尚未|未|預計|將於|待)[^，,。；;]{{0,12}}?(?:公布|發布|出爐|公告)"
    rf"|(?:預計|將於)[^，,。；;]{{0,12}}?(?:公布|發布)[^，,。；;]{{0,4}}?{_RESULT}"
    rf"|尚無[^，,。；;]{{0,8}}?{_RESULT}"
    # a survey, a rating or an evaluation whose report is not done yet (滿意度調查報告尚未完成,
    # 成效評估報告預計115年3月完成)
    r"|(?:調查|評鑑|評比|評估)(?:報告)?[^，,。；;]{0,8}?(?:尚未|未|預計|將於|待)[^，,。；;]{0,12}?"
    r"(?:完成|公布|發布|出爐)"
    # … or whose figures are still being counted (調查結果刻正統計中, 全年統計數據尚待彙整)
    r"|(?:刻正|正在|尚在|仍在)(?:委託)?(?:辦理)?調查中"
    r"|(?:調查|結果|數據|統計|資料)[^，,。；;]{0,8}?"
    r"(?:(?:刻正|正在|尚在|仍在)(?:統計|彙整|彙算|計算|分析)中?|(?:統計|彙整|彙算|計算|分析)中)"
    # (the year's figures, never those of its parts: 各分項數據尚待彙整 beside the year's 88%)
    r"|(?:全年|年度)[^，,。；;]{0,8}?(?:尚待|有待|仍待)(?:彙整|統計|彙算|確認)"
    # … or whose figure is to be confirmed or known later (俟116年3月追蹤完成後確認, 須俟116年…
    # 勾稽後始能取得)
    r"|(?:俟|待)[^，,。；;]{0,20}?後(?:始|才)?(?:能|可)?(?:確認|確定|定案|取得|得知|公布)"
)
#: A failure bound to the year or the deadline (未能如期完成, 本年度未完成, 未能於本年度完成):
#: missed, whatever is still under way.
_NOT_IN_TIME = re.compile(r"如期|依限|按期|期限|本?年度|年底前|月底前")
_AGENCY_NOT_DELIVERED = re.compile(
    r"草案|初稿|雛型|雛形|已決標|決標|招標中|流標|廢標|重新(?:公告)?招標|辦理招標|(?:仍|尚)在招標"
    # a tender completed (已完成招標, 招標已完成), not one awaited (待地方政府完成招標)
    r"|已完成招標|招標(?:程序)?已完成|於[^，,。；;待]{0,12}?完成招標"
)
#: The first phase done (第一階段(組織盤查模組)已建置完成): a part of a thing asked whole.
_FIRST_PHASE_DONE = re.compile(
    r"第[一1](?:期|階段)[^，,。；;]{0,16}?(?:已)?(?:建置)?(?:完成|竣工|完工)(?!\s?(?:約|達)?\s?\d)"
)
_AGENCY_PARTIAL = re.compile(
    r"(?:已)?完成(?:約|達)?\s?(?P<a>\d{1,2}(?:\.\d+)?)\s?[%％]|(?P<b>\d{1,2}(?:\.\d+)?)\s?[%％]\s?完成"
    r"|進度(?:達|為|約)?\s?(?P<c>\d{1,2}(?:\.\d+)?)\s?[%％]"
    r"|" + _FIRST_PHASE_DONE.pattern
)
_DELIVERY_TYPES = ("binary", "deadline", "count", "qualitative", "cumulative")


#: The stage a word of procurement or drafting says was reached, and the words of a target that
#: asks for that stage (or a later one): a draft answers a target to draft; an award (決標)
#: answers a target to award (發包); a tender under way (招標中) answers only a target to tender;
#: a failed tender (流標) answers none.
_STAGE_ASKED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("草案", ("草案",)),
    ("初稿", ("初稿",)),
    ("雛", ("雛型", "雛形", "原型")),  # a prototype answers only a target asking for one
    ("決標", ("決標", "發包")),
    ("招標", ("招標",)),
)


def _history_of_the_done(words: str, text: str) -> bool:
    """Whether words of a stage not delivered (初稿, 廢標, 重新招標, 流標) stand beside the thing
    done (已於114年11月出版, 已於114年5月決標, 已於114年11月完工): its history, no miss."""
    if re.search(r"雛[型形]|原型", words) and re.search(r"由(?:雛[型形]|原型)(?:階段)?進入", text):
        return True  # 已由雛型進入量產: the prototype was a stage passed
    if not re.search(r"初稿|雛[型形]|原型|廢標|流標|重新(?:公告)?招標", words):
        return False
    return _DELIVERED_STATED.search(text) is not None or (
        re.search(r"廢標|流標|招標", words) is not None and _awarded(text)
    )


#: A statement that the thing itself was delivered (已於114年11月出版, 已完成定稿, 已於11月完工),
#: never one of a stage (已完成初稿).
_DELIVERED_STATED = re.compile(
    r"(?<![未尚])已(?:於[^，,。；;]{0,14}?)?(?:如期|依限|正式)?(?:完成)?"
    r"(?:出版|定稿|發布|公布|公告|施行|上線|啟用|完工|竣工|開通)"
)


def _asks_for_stage(target_text: str, words: str) -> bool:
    """Whether the target itself asks for the stage ``words`` report (a target to draft a bill
    is met by the draft)."""
    for stage, asked in _STAGE_ASKED:
        if stage in words:
            # (a procurement case asked last, 完成…採購案, is done by its award)
            return any(w in target_text for w in asked) or (
                stage == "決標" and _PROCUREMENT.search(target_text) is not None
            )
    return False


def _agency_statement(target: Target) -> tuple[str, re.Match[str], str] | None:
    """The agency's own negative or partial statement on the target's aligned attainment item:
    (reason, the words, their sentence), or None. Words the target itself uses (a target to
    finish a 草案, to 決標) say nothing against it."""
    item = target.aligned_items.get("attainment")
    found = target.alignment.get("attainment")
    if item is None or found is None:
        return None
    # an item shared with another target speaks for this one only in a sentence of its own
    # (one with two sentences, the other about the other target)
    if found.how == "shared" and len([p for p in _SENTENCE.split(item.text) if p.strip()]) < 2:
        return None
    kinds = {c.typed.type for c in target.components}
    amounts = any(
        c.quantity is not None and c.quantity.unit in AMOUNT_WORDS for c in target.components
    )
    if kinds and kinds <= set(_MEASURED_TYPES):
        # the measurement itself is not out yet (PISA結果預計116年12月公布, 統計資料尚未公布): the
        # agency's work is not late, the figure to judge it by is not there
        for m in _RESULT_PENDING.finditer(item.text):
            # (a sentence naming the thing more that is an earlier year's figure, 114年滿意度為
            # 87.2%, is the same measure of another year: the year's own is still pending)
            if not _about_another(target, item.text, m.start()) or _others_of_earlier_years(
                target, item.text, m.start()
            ):
                return "result_not_published", m, _sentence_of(item.text, m.group(0))
    checks: list[tuple[str, re.Pattern[str]]] = [
        ("agency_says_missed", _AGENCY_MISSED),
        ("agency_says_late", _AGENCY_LATE),
    ]
    if kinds & set(_DELIVERY_TYPES) or amounts:  # things, or an amount (公頃, 元) delivered
        checks += [("not_delivered", _AGENCY_NOT_DELIVERED), ("partial", _AGENCY_PARTIAL)]
    for reason, pattern in checks:
        for m in pattern.finditer(item.text):
            # 本項 before the words names the item's own target (…；吉隆坡展示中心已決標，…，
            # 本項未能如期完成)
            own_item = "本項" in item.text[max(0, m.start() - 4) : m.start()]
            if not own_item and _about_another(target, item.text, m.start()):
                continue
            # a draft, a tender or an award awaiting its next step is still not delivered
            # (not done in time, 未能如期完成, is missed whatever is still under way)
            if (
                reason not in ("not_delivered", "partial")
                and not _NOT_IN_TIME.search(item.text[max(0, m.start() - 6) : m.end()])
                and not _closing_verdict(item.text, m)
                and not re.search(r"\d{3}\s?年", m.group(0))  # 預計116年取得: after the year
                and _UNDER_WAY.search(_sentence_of(item.text, m.group(0)))
            ):
                return "under_way", m, _sentence_of(item.text, m.group(0))
            words = m.group(0)
            if (
                reason == "agency_says_late"
                and _PROCUREMENT.search(target.text)
                and _awarded(_sentence_of(item.text, words))
                # the act put later (完工) is none the target asks (發包並開工 asks 開工)
                and re.search(r"[\u4e00-\u9fff]{2}$", words) is not None
                and words[-2:] not in target.text
            ):
                continue  # 已決標，預計117年6月完工 for 完成…工程發包: the works after the award
            if reason == "not_delivered" and _asks_for_stage(target.text, words):
                continue
            if reason == "not_delivered" and _history_of_the_done(words, item.text):
                continue  # (初稿於8月完成) beside 已於11月出版; 廢標 before 已於5月決標
            if reason == "partial" and not _partial_in(words, target.text):
                continue  # 完成第一期工程: the phase done is the one asked
            if reason == "partial" and _asks_a_share_done(target):
                continue  # 累計進度達85% is answered by a progress, not made partial by one
            if words in target.text:  # 完成…認證展延: the target's own words, not a delay
                continue
            if (
                reason == "agency_says_late"
                and words.startswith("調整至")
                and "目標" not in item.text
            ):
                continue
            return reason, m, _sentence_of(item.text, words)
    return None


#: A phase after the first (第二期, 第2階段, 二期).
_LATER_PHASE = re.compile(r"第?\s?(?:[2-9二三四五六七八九]|1\d|十)\s?(?:期|階段)")


def _partial_in(sentence: str, asked: str) -> bool:
    """Whether the sentence gives a share or a first phase done (已完成65%, 第一階段已建置完成),
    never the phase the part itself asks for (完成…第1期建置: 第1期已建置完成)."""
    share = _AGENCY_PARTIAL.search(_FIRST_PHASE_DONE.sub("", sentence))
    # a first phase done is partial unless the first is the one phase asked (完成…第1期建置);
    # of 第一期及第二期 asked it is a part
    later = _LATER_PHASE.search(asked)
    return share is not None or (
        _FIRST_PHASE_DONE.search(sentence) is not None
        and (not _PHASE_NAMED.search(asked) or later is not None)
    )


def _asks_a_share_done(target: Target) -> bool:
    """Whether a part of the target is itself a share of work done (工程累計進度達85%, 完成率
    達90%): a progress printed answers it, as any level does."""
    return any(
        c.quantity is not None
        and c.quantity.unit == "%"
        and re.search(r"進度|完成率|完成度|執行率", c.quantity.clause_before[-8:])
        for c in target.components
    )


def _closing_verdict(text: str, m: re.Match[str]) -> bool:
    """Whether the words found are the agency's verdict on the item (本項未達成, or 未達成
    closing its clause: …尚待取得許可證，暫緩上線，未達成。): missed, whatever is still under
    way, as a failure bound to the year is."""
    verdict = re.fullmatch(r"未(?:能)?達成", m.group(0)) is not None
    closing = re.match(r"\s*(?:[，,。；;！!]|$)", text[m.end() :]) is not None
    return verdict and (closing or "本項" in text[max(0, m.start() - 4) : m.start()])


def _others_of_earlier_years(target: Target, text: str, at: int) -> bool:
    """Whether every other sentence of ``text`` than the one at ``at`` opens with a year before
    the report's (114年滿意度為87.2%；115年調查結果彙整中 in a 115 report)."""
    if target.fiscal_year is None:
        return False
    own = _sentence_of(text, _clause_at(text, at))
    others = [p for p in _SENTENCE.split(text) if p.strip() and p != own]
    years = [re.match(r"\s*(?:依|據)?(\d{3})\s?年", p) for p in others]
    return bool(others) and all(
        y is not None and int(y.group(1)) < target.fiscal_year for y in years
    )


def _about_another(target: Target, text: str, at: int) -> bool:
    """Whether the words at ``at`` stand in a sentence of an item about two targets that speaks
    of another thing than this target (樂團海外展演66場次，超越目標；金曲獎直播…，未如預期)."""
    return _another_sentence_names_more(target.text, text, at)


def _another_sentence_names_more(words: str, text: str, at: int) -> bool:
    """Whether another sentence of ``text`` shares more of ``words`` than the sentence holding
    position ``at`` does: the words there are about something else. For a target, its text;
    for a part of a compound target, its thing ((一)…未達成年度目標。(二)…2站已完成設站)."""
    spans = []
    start = 0
    for piece in _SENTENCE.split(text):
        spans.append((start, start + len(piece), piece))
        start += len(piece) + 1
    if len(spans) < 2:
        return False
    own = next((p for a, b, p in spans if a <= at < b), "")
    score = {p: containment(words, p) for _, _, p in spans if p.strip()}
    return bool(score) and score.get(own, 0.0) < max(score.values())


def _agency_words(target: Target, exceed_margin: float) -> None:
    """The agency's own words first: a negative or partial statement on the aligned item makes
    the target's parts that read met (or found nothing) not met, quoting the statement; an
    「已達成」 whose own figures fall short stays not met, with that reason."""
    del exceed_margin  # the figures were compared already
    statement = _agency_statement(target)
    if statement is None:
        item = target.aligned_items.get("attainment")
        if item is not None and _SAYS_MET.search(item.text):
            for comp in target.components:
                if comp.status == "not_met" and comp.reason == "figure_compared":
                    comp.reason = "figures_short"
        return
    reason, m, sentence = statement
    item = target.aligned_items["attainment"]
    for comp in target.components:
        # a measure read as not done on the words that its result is not out is not judged
        unpublished = reason == "result_not_published" and comp.method == "done_statement"
        if (comp.status not in ("met", "exceeded", "unclear") and not unpublished) or (
            reason == "under_way" and comp.status == "unclear"
        ):
            continue
        if len(target.components) > 1 and _another_sentence_names_more(
            comp.thing, item.text, m.start()
        ):
            continue  # (一)…8站，…未達成年度目標。(二)…2站已完成設站: (二) is not missed
        if (
            reason == "agency_says_late"
            and comp.status == "met"
            and _OWN_SCHEDULE.search(sentence)
            and _dated_in_time(target, comp) is not None
        ):
            continue  # later than its own schedule (較原訂期程延後), dated within the target's
        if comp.reason == "conflicting_signals" and comp.method != "done_statement":
            # two columns print figures that disagree: the agency's words do not settle it (two
            # statements, one reading done and one under way, are settled by its verdict)
            continue
        if (
            comp.evidence_section == "attainment"
            and item.item_no not in comp.evidence_items
            and comp.status != "unclear"
        ):
            continue  # decided on another item of its own
        pending = reason in ("under_way", "result_not_published")
        own = _own_figure(comp, item) if not pending else None
        if (
            own is not None
            and comp.status in ("met", "exceeded")
            and comp.achieved_value is not None
            and own.value != comp.achieved_value
            and not _confirmed(target, own)
            and _from_own_item(target, comp)
            # a figure of the agency's item itself beside its verdict is not another account
            # (補助汰換215輛，實際交車168輛…，未達成: the one delivered is its figure)
            and not (comp.evidence_section == "attainment" and item.item_no in comp.evidence_items)
        ):
            # the agency's item says missed with its own figure, another item prints another
            # figure of the same thing that reads met, and no item confirms either: conflict
            comp.status, comp.reason = "unclear", "conflicting_signals"
            comp.achieved_value, comp.achieved_bound = None, ""
        else:
            comp.status = "unclear" if pending else "not_met"
            comp.reason = reason
            if own is not None:  # the agency's own figure beside its own verdict
                comp.achieved_value, comp.achieved_bound = own.value, own.bound
            # of several in its sentence, the one of this part's thing (not after a conflict,
            # which leaves no achieved value)
            others = [c.quantity for c in target.components if c is not comp and c.quantity]
            _achieved_in_statement(comp, sentence.strip(), others)
        comp.evidence_section = "attainment"
        comp.evidence_items = [item.item_no]
        comp.evidence_text = sentence.strip()
        comp.decided_by = m.group(0)
        if comp.method == "none":
            comp.method = "statement"


#: The agency's own schedule (原訂9月, 較原定期程): a delay against it is not against the target.
_OWN_SCHEDULE = re.compile(r"原(?:訂|定|規劃|預定|排定|訂定)")
_OWN_SCHEDULE_BEFORE = re.compile(_OWN_SCHEDULE.pattern + r"\S{0,3}$")


def _dated_asked_acts(target: Target, comp: Component) -> list[tuple[TextItem, str, _Dated, bool]]:
    """Each date an aligned item gives the very act a part with a deadline asks for (系統於114年
    12月20日上線 for 於114年12月底前完成…上線), with its item, its sentence and whether the
    deadline allows it (never a date of the agency's own earlier schedule, 原訂9月上線, nor one
    expected)."""
    deadline = deadline_of(comp.text) or deadline_of(target.text)
    if deadline is None:
        return []
    asked = _asked(target, comp)
    found: list[tuple[TextItem, str, _Dated, bool]] = []
    for item in _aligned_texts(target):
        for sentence in _SENTENCE.split(item.text):
            for m in _dated_acts(sentence, deadline.roc_year):
                before = sentence[: m.start]
                if _EXPECTED.search(before) or _OWN_SCHEDULE_BEFORE.search(before):
                    continue
                acts = _asked_acts(_clause_at(sentence, m.end), asked)
                if any(a in asked for a in acts):
                    found.append((item, sentence, m, deadline.allows(m.year, m.month, m.day)))
    return found


def _dated_in_time(target: Target, comp: Component) -> tuple[TextItem, str, _Dated] | None:
    """The first date of the act asked within the deadline (:func:`_dated_asked_acts`)."""
    return next(((i, s, m) for i, s, m, ok in _dated_asked_acts(target, comp) if ok), None)


def _dated_late(target: Target, comp: Component) -> tuple[TextItem, str, _Dated] | None:
    """The first date of the act asked after the deadline (延至115年12月5日決標 for 於115年10月
    底前完成…決標), when no date of it falls within."""
    dated = _dated_asked_acts(target, comp)
    if any(ok for *_, ok in dated):
        return None
    return next(((i, s, m) for i, s, m, ok in dated if not ok), None)


def _missed_figure_from_execution(target: Target, comp: Component, exceed_margin: float) -> None:
    """A part the agency's words say was missed, with no exact figure of its own (派赴人數未如
    預期; 近7千人), takes the figure its aligned execution item prints of the same measure
    (實際派赴三十八人; 約6,800人), when there is one and it reads missed too: the value
    shown is the one printed, the status stays the agency's."""
    q = comp.quantity
    if (
        q is None
        or comp.status != "not_met"
        or comp.typed.type not in ("count", "level", "cumulative")
        or not (comp.achieved_value is None or comp.achieved_bound == "<")
    ):
        return
    item = target.aligned_items.get("execution")
    if item is None:
        return
    found = [
        r
        for r in extract_quantities(item.text)
        if r.unit == q.unit
        and not (r.is_from or r.is_pending or r.is_descriptor)
        and r.is_cumulative == (comp.typed.type == "cumulative")
        and "其中" not in r.clause_before
        and not _EARLIER.search(r.clause_before)  # 較114年7,400人: the year before's
        and not _planned(r)
        and not _PLANNED.search(r.clause_after)  # 首批1,200套預計114年3月交貨: to come
    ]
    found = _the_one(found, _said_actual)
    if len(found) != 1:
        return  # none, or several: which one is the part's is not told
    figure = found[0]
    if compare(comp.typed, figure.value, exceed_margin, figure.bound) != "not_met":
        return  # it would read met: the columns disagree, the agency's words stand alone
    if comp.achieved_value is not None and figure.value >= comp.achieved_value:
        return  # 近7千 is below 7,000: a figure not below it is not this one
    comp.achieved_value, comp.achieved_bound = figure.value, figure.bound
    comp.achieved_word = figure.phrase
    comp.evidence_text = (
        f"{comp.evidence_text}；{figure.clause}" if comp.evidence_text else figure.clause
    )


#: Words that mark the figure actually delivered among several of one measure word
#: (核定補助14館，惟完成改善者9館; 僅34校完成驗收).
_MARKED_DELIVERED = re.compile(r"完成|僅|實際|只")


def _achieved_in_statement(comp: Component, sentence: str, others: list[Quantity]) -> None:
    """When the agency's own statement decides, its figure of the part's measure word is the
    achieved value (本年度僅交船1艘…本項未達成: 1), not a figure found elsewhere: the one
    counting the same thing, then the one marked as delivered (完成, 僅), then the last; none
    found leaves the value as it was."""
    q = comp.quantity
    if q is None or comp.typed.type in ("change", "rank"):
        return
    found = [
        r
        for r in extract_quantities(sentence)
        if r.unit == q.unit
        and not (r.is_from or r.is_pending or r.is_descriptor)
        and r.is_cumulative == (comp.typed.type == "cumulative")
        and not _RATE_BEFORE.search(r.before)
    ]
    if others:  # a compound's part takes only a figure closer to its own thing than to another's
        found = [
            r for r in found if thing_similarity(q, r) > max(thing_similarity(o, r) for o in others)
        ]
    if not found:
        return
    # one figure said to be the actual one (補助汰換215輛，實際交車168輛) is the achieved value
    found = _the_one(found, _said_actual)
    # the figure of the same thing first (a compound's parts: 申請9件、獲證2件), then one marked
    # as delivered, then the last
    chosen = max(
        enumerate(found),
        key=lambda e: (
            round(thing_similarity(q, e[1]), 2),
            bool(_MARKED_DELIVERED.search(e[1].clause_before + e[1].phrase + e[1].after)),
            e[0],
        ),
    )[1]
    comp.achieved_value = chosen.value
    comp.achieved_word = chosen.phrase
    comp.achieved_bound = chosen.bound


_SAYS_MET = re.compile(r"(?<!未)(?<!未能)(?:已)?達成(?:年度|本年度)?(?:目標)?")


def _own_figure(comp: Component, item: TextItem) -> Quantity | None:
    """The one figure of the part's measure word the agency's attainment item prints (not a
    start of a change, not a total over the years; of several, the one not merely approved:
    核定補助120輛，完成交車95輛 -> 95), or None."""
    if comp.quantity is None or comp.typed.type in ("change", "rank"):
        return None
    found = [
        q
        for q in extract_quantities(item.text)
        if q.unit == comp.quantity.unit
        and not q.is_from
        and not q.is_cumulative
        and not q.is_pending  # 餘114輛改列下年度: what is still to come
    ]
    if len(found) > 1:  # an amount approved beside the amount delivered: the one delivered
        found = [q for q in found if not _APPROVED.search(q.clause_before + q.clause_after)]
    if len(found) > 1:  # 補助購車412輛，實際交車298輛: the one its clause marks as delivered
        found = _the_one(found, _marked_done)
    return found[0] if len(found) == 1 else None


def _from_own_item(target: Target, comp: Component) -> bool:
    """Whether the part's figure comes from an item aligned to this target (a figure borrowed
    from an item aligned to another target is no rival to the agency's own words)."""
    item = target.aligned_items.get(comp.evidence_section or "")
    return item is not None and item.item_no in comp.evidence_items


def _confirmed(target: Target, figure: Quantity) -> bool:
    """Whether the target's aligned execution item prints the same figure."""
    other = target.aligned_items.get("execution")
    return other is not None and any(
        q.value == figure.value and q.unit == figure.unit for q in extract_quantities(other.text)
    )


#: A deliverable's own act: the last word of a target to complete something (完成…實測: 實測).
_ACT_WORD = re.compile(r"^完成.*?([\u4e00-\u9fff]{2})[。．.）)]*$")


def _names_the_act(text: str, comp: Component) -> bool:
    """Whether the statement that decided names the act a target to complete something asks
    for (完成1個廠牌AP設備實測 answered by 完成輔導3家AP設備製造商導入…: no). A target of
    another shape is named by its statement as it was matched."""
    m = _ACT_WORD.match(text.strip())
    return m is None or m.group(1) in comp.evidence_text


#: Least share of an unclear part's words an attainment item must hold to be said to mention it.
MENTION_MIN = 0.2


def _mentioned(target: Target, attainment: list[TextItem]) -> None:
    """An unclear part that no item answers, but that an attainment item mentions (its thing's
    words, at least :data:`MENTION_MIN`, more than any other item): its reason says so, citing
    that item, instead of saying no text speaks of it (補助…預警系統等告警防護設施1式 against
    「…補助案，補助業者…海纜相關預警及維護措施…」)."""
    for comp in target.components:
        if comp.status != "unclear" or comp.evidence_section is not None:
            continue
        if comp.reason not in ("no_figure", "no_figure_or_statement", "no_statement"):
            continue
        scored = sorted(
            ((_similarity_to_item(comp.thing, i.text), i) for i in attainment),
            key=lambda pair: -pair[0],
        )
        if not scored or scored[0][0] < MENTION_MIN:
            continue
        if len(scored) > 1 and scored[1][0] >= scored[0][0]:
            continue  # two items mention it alike: none is cited
        item = scored[0][1]
        comp.reason = "mentioned_no_outcome"
        comp.evidence_section = "attainment"
        comp.evidence_items = [item.item_no]
        comp.evidence_text = _sentence_of(item.text, _best_clause(item.text, comp.thing))


def _give_reasons(target: Target) -> None:
    """Every part's reason: why it was decided as it was, or why it stays unclear."""
    aligned = bool(target.aligned_items)
    for comp in target.components:
        if comp.reason is not None and (comp.status == "unclear") == (
            comp.reason in UNCLEAR_REASONS
        ):
            continue
        if comp.status == "unclear":
            if comp.method == "done_statement":
                comp.reason = "under_way"
            elif comp.cumulative_seen and comp.achieved_value is None:
                comp.reason = "cumulative_figure_only"
                if comp.cumulative_item is not None and comp.evidence_section is None:
                    # the agency's words cited beside the reason: the total it gives
                    comp.evidence_section, number = comp.cumulative_item
                    comp.evidence_items = [number]
                    comp.evidence_text = comp.cumulative_seen
            elif not aligned and comp.evidence_section is None:
                comp.reason = "no_aligned_item"
            elif comp.typed.type == "qualitative" or comp.quantity is None:
                comp.reason = "no_statement"
            elif comp.quantity.value <= 1:
                comp.reason = "no_figure_or_statement"
            else:
                comp.reason = "no_figure"
        elif comp.method == "deferral":
            comp.reason = "deferral"
        elif comp.method == "done_statement":
            comp.reason = "done_statement" if comp.status == "met" else "not_done_statement"
            if comp.status == "met" and not _names_the_act(comp.text or target.text, comp):
                comp.reason = "done_related"
        elif comp.reason is None:
            comp.reason = "figure_compared"


#: Why a part is ``unclear`` (each has words in present/words.py): the engine looked for a
#: reported figure (a quantity above one), for a figure or a statement that it was done (a single
#: deliverable such as 1式), or for a statement alone (a part without a number), and found none;
#: or no item speaks of the target (no_aligned_item), the work is approved or started but not
#: delivered (under_way), a change or a rank has no figure (no_change_figure, no_rank), the
#: result it is measured by is not published yet (result_not_published), or the signals conflict.
UNCLEAR_REASONS = (
    "no_figure",
    "other_year",
    "year_to_date",
    "no_figure_or_statement",
    "no_statement",
    "no_aligned_item",
    "under_way",
    "cumulative_figure_only",
    "no_change_figure",
    "no_rank",
    "result_not_published",
    "conflicting_signals",
    "broader_count",
    "mentioned_no_outcome",
    "no_verdict",
    "earlier_stage",
    "done_undated",
    "average_only",
    "second_act_unsaid",
    "grade_unsaid",
)
#: Why a part has the status it has (each has words in present/words.py).
DECISION_REASONS = (
    "figure_compared",
    "change_compared",
    "rate_only",
    "figures_short",
    "done_statement",
    "done_related",
    "aim_stated",
    "case_approved",
    "not_done_statement",
    "deadline_met",
    "deadline_missed",
    "agency_says_missed",
    "agency_says_late",
    "not_delivered",
    "partial",
    "deferral",
    "under_way_at_year_end",
    "other_grade",
)


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
    speaks_of = _one_target_items(targets, attainment)
    for target in targets:
        # words of deferral in an item about another target speak of that target only
        own = [
            n
            for n in deferral_items
            if speaks_of.get(n, target.target_index) == target.target_index
        ]
        if not own:
            continue
        phrase = _deferral_phrase(attainment, own)
        for comp in target.components:
            # a part without evidence; one left unclear by its own evidence keeps its reason
            if (
                comp.status == "unclear"
                and comp.reason != "conflicting_signals"
                # an aim (強化…能力) has no state to miss: another item's deferral says
                # nothing of it (as section 63's aims said to go on), unless it speaks of the
                # whole plan (本計畫…各項工作均延後辦理)
                and (comp.typed.type != "qualitative" or _PLAN_WIDE.search(phrase) is not None)
                # a statement on its own attainment item (認證申請文件仍在辦理中) is its own
                # evidence: another item's deferral does not replace it
                and not (
                    comp.method == "done_statement"
                    and comp.evidence_section == "attainment"
                    and comp.evidence_items
                )
            ):
                comp.status = "not_met"
                comp.evidence_section = "attainment"
                comp.evidence_items = list(own)
                comp.evidence_text = phrase
                comp.method = "deferral"
                comp.decided_by = _deciding_words(phrase, (DEFERRAL,))


#: The agency's words that a target fell short or is not done yet (未達, 尚待, 未能, 延後…);
#: never words that name what is done about (取消紙本申請, 停止吸菸, 學習落後學生).
_AGAINST = re.compile(r"未達|尚待|未能|未如期|延後|延至|未完成|尚未|不足|未竟")

#: Least share of a target's words the other column's sentence must hold to speak against a
#: verdict about it (a sentence of another thing aligned by mistake shares none).
OTHER_NAMES_TARGET = 0.1

#: Words that a deadline was kept, with no date (如期, 提前, 依限, 期限內…); a statement of
#: completion carrying none of them and no date cannot answer a deadline before the year's end.
_ON_TIME = re.compile(
    r"(?<![未不無])(?<!未能)(?<!無法)(?:如期|提前|提早|依限|準時|按時|期限[前內]|未逾期|並未逾期"
    r"|未有?延[誤宕]|依(?:原訂|預定)?(?:時程|期程)(?:完成|上線|辦理完成))"
)

#: Stages of work that come before the thing a target asks for is delivered, each a class of
#: words: a draft, a prototype, talks, an application, a test, a tender, an award, a purchase,
#: a submission to another body, a plan.
#: Words of an act done on trial (上線試營運, 試行, 試辦, 試運轉): a test stage.
_TRIAL_WORDS = r"試營運|試行|試辦|試運轉"
_EARLY_STAGES: dict[str, str] = {
    "draft": r"草案|草擬|研擬|初稿|初版",
    "prototype": r"原型|雛形",
    "talks": r"諮商|協商|洽談|洽簽|草約",
    "application": r"申請",
    "test": r"試驗|測試|" + _TRIAL_WORDS,
    "tender": r"招標|招商公告|公告招商",
    "award": r"決標|發包|簽約",
    "purchase": r"採購|交貨|到貨|購置",
    "print": r"編輯|付印|送印|排版|印製中",  # (stages before a book is published)
    "submission": (
        r"陳報|函報|報請|報院|報行政院|報(?:[\u4e00-\u9fff]{1,3})?部(?!分)|送審|函送|提送"
    ),
    "plan": r"規劃",
}
#: Another body's decision on what was submitted (核定, 審議通過, 公告施行): a submission is
#: earlier than these only; it completes a report or a draft asked.
_DECISION_ACT = re.compile(r"核定|核准|同意|通過|公告|發布|施行|立法|訂頒")
_EARLY = re.compile(
    "(?:"
    + "|".join(f"(?P<{k}>{v})" for k, v in _EARLY_STAGES.items())
    # … never a word naming a thing (測試場域, 規劃資訊平台, 採購網, 試驗分所, 諮商服務)
    + r")(?!場域|資訊|平[台臺]|網|系統|分所|所|中心|站|室|服務|會|專線)"
)
#: Acts that deliver a thing or settle it (built, opened, approved, signed, published).
_LATER_ACT = re.compile(
    r"(?:開工|施工|上線|啟用|開放|營運|驗收|完工|竣工|建置|開發|核定|核准|通過|取得|簽署|簽訂|施行"
    r"|發布|公告|認證|驗證|體驗|出版|發行|定稿|開幕|開館|實施|訂定|訂頒|修正|上架|開通|成立)"
    # (never an act naming a document of it: 驗收文件, 施工計畫書, 建置規劃)
    r"(?!文件|計畫書|規劃|程序書)"
)


def _earlier_stage(asked: str, said: str, item: str = "") -> str | None:
    """The stage of work the statement ``said`` reports when it is earlier than what the target
    ``asked`` asks for: the last act the statement names is an early stage (已完成招標,
    報告已完成初稿, 已完成開發測試) whose class the target does not name (…建置並上線), or
    names only before a later act (採購及驗收, 試驗並取得驗證, 報院核定). None when the statement's
    last act is a delivery, the target asks for that very stage (工程發包 answered by 已決標),
    or the statement or its ``item`` says the very act asked (初稿於6月完成，…已於11月完成定稿)."""
    early = [(m.start(), m.end(), m.lastgroup) for m in _EARLY.finditer(said)]
    found = sorted(
        early
        + [
            (m.start(), m.end(), None)
            for m in _LATER_ACT.finditer(said)
            # (never one inside an early word: 營運 of 試營運)
            if not any(a <= m.start() < b for a, b, _ in early)
        ]
    )
    # an early word a few words after a later act, with no word of doing between, is that
    # act's object (開放學生預約諮商: the opening is the act), never a stage of its own
    # (開發測試, 建置案已完成招標)
    acts = [
        (at, stage)
        for k, (at, _end, stage) in enumerate(found)
        if not (
            stage
            and k
            and found[k - 1][2] is None
            and 2 <= at - found[k - 1][1] <= 6
            and not re.search(r"[，,。；;、及並已]|完成", said[found[k - 1][1] : at])
        )
    ]
    if not acts or acts[-1][1] is None:
        return None
    asked_acts = _LATER_ACT.findall(asked)
    # (an act asked in earnest, 正式上線, is not done by the act on trial, 已上線試營運)
    on_trial = "正式" in asked and "正式" not in said and _ON_TRIAL.search(said) is not None
    if asked_acts and _said_done(asked_acts[-1], f"{said} {item}") and not on_trial:
        return None  # the very act asked is said done (已於11月出版（初稿於8月完成）)
    stage = acts[-1][1]
    if stage == "submission" and not _DECISION_ACT.search(asked):
        return None
    if stage == "award" and _PROCUREMENT.search(asked):
        return None  # a procurement asked (完成…採購案, …發包) is done by its award
    named = [m for m in _EARLY.finditer(asked) if m.lastgroup == stage]
    if named and not _LATER_ACT.search(asked, named[-1].end()):
        return None
    return stage


#: An act on trial (上線試營運, 試行, 試辦).
_ON_TRIAL = re.compile(_TRIAL_WORDS)


def _said_done(act: str, text: str) -> bool:
    """Whether ``text`` says the act done (已於11月出版, 出版完成, 均已上線), never as the
    qualifier of an earlier stage (上線前測試, 上線測試, 認證申請, 驗收文件草擬) nor of a plan
    (上線時程)."""
    return (
        re.search(
            rf"(?:已|完成)[^，,。；;]{{0,8}}?{act}(?!前|測試|申請|文件|時程|期程|作業規劃)"
            rf"|{act}(?:已|均已)?完成",
            text,
        )
        is not None
    )


def _all_dated_in_time(text: str, asked: str, deadline: Deadline) -> bool:
    """Whether the target's aligned items (their joined ``text``) print dates (於115年5月20日
    定稿出版, 於113年8月20日通過…驗證, 於7月開放), all of them within the deadline: the
    statement of completion has a date to stand on, and no date there falls after the
    deadline. ``asked`` is the target's text."""
    dated = _delivery_dates(text, asked, deadline)
    return bool(dated) and all(deadline.allows(y, m) for y, m in dated)


def _all_dated_late(text: str, asked: str, deadline: Deadline) -> bool:
    """Whether the aligned items date acts of delivery (115年9月12日驗收完成並啟用), every one
    after the deadline: an undated 已更新啟用 beside them was late."""
    dated = _delivery_dates(text, asked, deadline)
    return bool(dated) and not any(deadline.allows(y, m) for y, m in dated)


def _delivery_dates(text: str, asked: str, deadline: Deadline) -> list[tuple[int, int]]:
    """The (year, month) of each act of delivery the aligned items date (see
    :func:`_all_dated_in_time`)."""
    dates = [
        (roc_year(m.group("y")), int(m.group("m")), m.start(), m.end())
        for m in _DATE.finditer(text)
    ] + [
        (deadline.roc_year, int(m.group("m")), m.start(), m.end())
        for m in _MONTH_ONLY_OR_BY.finditer(text)
    ]
    # a half year or a quarter (115年上半年上線, 於第1季完成): its last month
    dates += [
        (
            deadline.roc_year,
            6 if m.group(1) == "上半年" else 3 * QUARTER_NUMBER[m.group(2)],
            m.start(),
            m.end(),
        )
        for m in _PERIOD_OF_YEAR.finditer(text)
    ]
    # only dates of an act of delivery (or of 完成) in the words right after them, with no
    # earlier stage before it: never a meeting's, an award's (115年1月決標), a test's, nor the
    # deadline restated
    dated = [
        (y, m)
        for y, m, start, end in dates
        if 1 <= m <= 12
        and (after := _CLAUSE.split(text[end : end + 16])[0])
        and (
            act := _LATER_ACT.search(after)
            or re.search("完成", after)
            or _asked_early(after, asked)
            or (_HELD.search(after) if _HELD.search(asked) else None)
        )
        is not None
        and not _EARLY.search(after[: act.start()])
        # by a date (6月底前): only as said done (已於6月底前上線), never a deadline restated
        and (
            not re.match(r"\s?(?:底|初|中)?\s?(?:以)?前", after)
            or "已" in text[max(0, start - 4) : start]
        )
    ]
    return dated


#: Verbs of holding an event (辦理, 舉辦, 召開, 開辦): a date of the event asked when the
#: target asks to hold one (於113年第3季辦理…訓練首梯; 113年10月18日辦理).
_HELD = re.compile(r"辦理|舉辦|舉行|召開|開辦")


def _asked_early(words: str, asked: str) -> re.Match[str] | None:
    """The first early-stage act in ``words`` of a class the target ``asked`` names itself (a
    target to submit a plan, 報農業部, dated by 於116年5月28日函報農業部)."""
    classes = {m.lastgroup for m in _EARLY.finditer(asked)}
    return next((m for m in _EARLY.finditer(words) if m.lastgroup in classes), None)


#: A month with no year, or by the end of it (於6月底前上線: 6).
_MONTH_ONLY_OR_BY = re.compile(r"(?<![\d年至~\-－])(?P<m>\d{1,2})\s?月(?=份|底前|前|[^以之內起])")
#: A half year or a quarter named as when an act was done.
_PERIOD_OF_YEAR = re.compile(r"(上半年|第\s?([1-4一二三四])\s?季)")


#: The agency's own rate of attainment (達成率92%, 達成率為80%).
_RATE_OF_ATTAINMENT = re.compile(r"達成率(?:為|約|達)?\s?(\d{1,3}(?:\.\d+)?)\s?[%％]")


#: The words of talks towards a thing (洽談, 洽簽, 草約; never a service counted, 諮商服務,
#: 協商調解, nor talks concluded, 洽談成功), of people enrolled (報名), or of sites selected
#: (選定, 遴選): an earlier stage than things agreed, people trained or sites built.
_TALKS = re.compile(r"(?<!成功)(?:洽談|洽簽|草約|報名|選定|遴選|勘選|擇定)(?!會|成功|促成)")


def _counted_in_talks(asked: str, comp: Component) -> bool:
    """Whether the figure that decided a count counts things in talks (洽談版權27件,
    備忘錄3案洽簽), the words of its own phrase (from the delimiter before it to the one
    after), for a part that does not ask for talks (促成版權交易10件, 簽署備忘錄3案), or
    people trained (結訓34人) for a part asking the training's outcome (取得證照30人)."""
    text, words = comp.evidence_text or "", comp.decided_by or ""
    at = text.find(words) if words else -1
    if at < 0 or _TALKS.search(asked):
        return False
    starts = [text.rfind(c, 0, at) for c in "，,。；;、及與和"]
    # (to the next delimiter or the next act joined: 完成新製作9檔並遴選…4名 ends at 並)
    ends = [i for c in "，,。；;、並" if (i := text.find(c, at + len(words))) >= 0]
    phrase = text[max(starts) + 1 : min(ends) if ends else len(text)]
    if _TALKS.search(phrase) is not None:
        return True
    # people trained (結訓34人) for a part asking an outcome of the training (取得證照30人):
    # the outcome is a later stage the figure does not count
    return (
        _OUTCOME.search(asked) is not None
        and _TRAINED.search(asked) is None
        and _TRAINED.search(phrase) is not None
        and _OUTCOME.search(phrase) is None
    )


def _second_act_words(asked: str) -> str:
    """The words of the second act of a part asking two joined by 並 (完成…設備安裝並開始治療
    病人: 開始治療病人), without its date; "" when there is none."""
    first, sep, second = asked.partition("並")
    # (並且, 並列, and the words 並重, 並行, 並存, 並用 join no act)
    if not sep or not first.strip() or second.startswith(("且", "列", "重", "行", "存", "用")):
        return ""
    # (its date is the deadline's business: 並於12月31日前完成上線 asks 上線)
    act = re.sub(r"於?[\d零〇一二三四五六七八九十]+[年月日季][^，,。；;]{0,8}?[前底內]", "", second)
    words = strip_stopwords(re.split(r"[，,。；;（(]", act)[0])
    # (two characters that are an act of delivery, 並上線, are words enough)
    return words if len(words) >= 3 or _LATER_ACT.fullmatch(words) else ""


def _second_act_unsaid(asked: str, aligned: str) -> bool:
    """Whether a part asking two acts joined by 並 (完成…設備安裝並開始治療病人) finds the
    words of the second act nowhere on its aligned items: a statement that something was done
    speaks of the first."""
    words = _second_act_words(asked)
    if words in _OPENING_ACTS:  # 並上線 answered by 開放學生預約, 正式啟用: one act of opening
        return re.search("|".join(_OPENING_ACTS), aligned) is None
    return bool(words) and containment(words, aligned) < 0.5


def _act_after_the_figure_going_on(comp: Component, aligned: str) -> re.Match[str] | None:
    """Words of work going on in an aligned clause naming an act the part joins after the
    things it counts (30處自動相機架設及資料分析: 資料分析委託辦理中), else None: the count
    reached does not deliver the act still going on."""
    q = comp.quantity
    if q is None or comp.typed.type not in ("count", "level"):
        return None
    after = re.split(r"[，,。；;]", q.clause_after)[0]
    joined = re.search(r"[及並](?P<act>[\u4e00-\u9fff]{2,8})$", after)
    if joined is None or not _LATER_ACT_OR_WORK.search(joined.group("act")):
        return None
    words = strip_stopwords(joined.group("act"))
    for clause in re.split(r"[，,。；;]", aligned):
        going = _STILL_GOING.search(clause)
        if going and containment(words, clause) >= 0.5:
            return going
    return None


#: The last words of an act of work (資料分析, 成效評估, 系統建置, 上線).
_LATER_ACT_OR_WORK = re.compile(_LATER_ACT.pattern + r"|分析|評估|研析|檢討|報告")


#: A part asking a thing built or installed (建置, 設置, 安裝, 完工).
_BUILT = re.compile(r"建置|建設|設置|安裝|完工|興建|新建")
#: Words that parts of it are still being bought or built (3處感測設備尚在採購中).
_STILL_BOUGHT = re.compile(
    r"(?:尚在|仍在|仍於|尚於|尚待|刻正)[^，,。；;]{0,4}(?:採購|招標|發包|施工|安裝|建置)(?:中)?"
)


def _still_bought(text: str) -> re.Match[str] | None:
    """Words that parts of the thing are still being bought or built (_STILL_BOUGHT), in a
    clause not about another lot or phase (另第二期擴充計畫之感測器刻正辦理採購)."""
    for clause in re.split(r"[，,；;。]", text):
        m = _STILL_BOUGHT.search(clause)
        if m and not re.match(r"\s*另", clause) and not _OTHER_PHASE_WORDS.search(clause):
            return m
    return None


#: Words of another phase or round of a thing (第二期, 擴充, 後續).
_OTHER_PHASE_WORDS = re.compile(r"第\s?[二三四五2-5]\s?期|擴充|後續|下一?期|下階段")


#: Acts of opening a thing to its users, each answering the others.
_OPENING_ACTS = ("上線", "開放", "啟用", "營運", "上架", "開通")


def _second_act_going_on(asked: str, aligned: str) -> re.Match[str] | None:
    """Words of work going on in the clause of the aligned items that names the second act
    of a part joined by 並 (方法確效報告撰寫中 for 建立…方法並完成方法確效), else None."""
    words = _second_act_words(asked)
    if not words:
        return None
    if re.search(rf"已(?:於[^，,。；;]{{0,12}}?)?(?:完成)?{re.escape(words[:4])}", aligned):
        return None  # the second act said done (已於10月函送行政院), whatever follows it
    for clause in re.split(r"[，,。；;]", aligned):
        going = _STILL_GOING.search(clause)
        # (never the review the part asks to send it to: 報行政院審議 answered by 審議中; nor
        # what follows the act, 上線後持續優化功能)
        if (
            going
            and containment(words, clause) >= 0.5
            and not _asked_review(going, words)
            and f"{words[-2:]}後" not in clause
        ):
            return going
    return None


#: A part asking each one of those it counts (每位學員, 每名, 每校) to reach the figure.
_EACH_ONE = re.compile(r"每(?:一)?(?:位|名|人|個|家|所|校|班|戶|場|梯次|梯|期)(?!次)")


def _one_listed_short(target: Target, comp: Component) -> Quantity | None:
    """Of figures of the part's measure word listed one by one (、) on its aligned items (各場
    參與人數依序為2,480人、2,310人、1,380人…), one below the floor each must reach."""
    if comp.quantity is None:
        return None
    for item in target.aligned_items.values():
        found = [q for q in extract_quantities(item.text) if q.unit == comp.quantity.unit]
        listed = [
            b
            for a, b in pairwise(found)
            if re.fullmatch(r"[^，,。；;]{0,30}?、\s?", item.text[a.end : b.start]) is not None
        ]
        if len(listed) >= 2:
            short = [q for q in [found[0], *listed] if q.value < comp.quantity.value]
            if short:
                return short[0]
    return None


#: Words that some fell short of a figure (未滿40小時, 未達標準, 不足).
_SHORT_OF = re.compile(r"(?:未滿|未達|不足|低於)\s?[\d零〇一二兩三四五六七八九十百千]+")


def _each_by_an_average(asked: str, comp: Component) -> bool:
    """Whether a part asks each one it counts to reach its figure (每位學員完成…至少40小時),
    not an average (its words name none), and the figure that decided is an average
    (學員平均飛行訓練時數42小時): an average does not show that each one reached it."""
    q = comp.quantity
    if q is None or _AVERAGE.search(asked) or not _EACH_ONE.search(q.clause_before):
        return False
    if re.search(r"每(?:一)?(?:人|戶|位)每", asked) or comp.typed.type == "ceiling":
        return False  # a measure per head (每人每日用水量): an average is what it measures
    found = _deciding_quantity(comp)
    return found is not None and _AVERAGE.search(_last_clause_of(found)) is not None


#: Words that every one reached the figure (全數學員均達, 各月均達, 皆達).
_ALL_REACHED = re.compile(r"(?:全數|全部|均|皆|都)(?:已)?(?:達|超過|逾)")
#: A part asking at least so many in each period (每月至少召開2次, 每季均辦理1場).
_EACH_PERIOD = re.compile(r"每(?:月|季|週|半年)(?:至少|最少|均|皆)")


def _each_period_by_a_total(asked: str, comp: Component, aligned: str) -> bool:
    """Whether a part asks at least so many in each period (每月至少召開2次) and the figure that
    decided is the year's total or an average (全年召開24次, 平均每月2次), not a count of each
    period, and no aligned item says every period had its share (每月均達2次以上): a total does
    not show that every month had it."""
    found = _deciding_quantity(comp)
    if found is None or not _EACH_PERIOD.search(asked):
        return False
    if re.search(r"(?:每|各)(?:月|季|週)(?:均|皆|都)", aligned):
        return False
    own = _last_clause_of(found)
    return (
        not re.search(r"每(?:月|季|週|半年)|各月|各季|逐月", own)
        or _AVERAGE.search(own) is not None
    )


def _period_short(asked: str, target: Target) -> re.Match[str] | None:
    """Words of an aligned item that a month or a quarter fell short of what a part asks each
    period (每月至少召開2次 against 7月及8月…各召開1次), else None."""
    wanted = next(iter(extract_quantities(asked)), None)
    if wanted is None or not _EACH_PERIOD.search(asked):
        return None
    for item in _aligned_texts(target):
        for q in extract_quantities(item.text):
            if (
                q.unit == wanted.unit
                and q.value < wanted.value
                and re.search(r"\d{1,2}\s?月|第[一二三四1-4]季", _last_clause_of(q))
                # (an extra one, 5月加開臨時會1次, is no month's count)
                and not re.search(r"加開|增開|臨時|另", _last_clause_of(q))
            ):
                return re.search(re.escape(_last_clause_of(q) + q.phrase), item.text)
        # … or a period said to have had none (第3季因颱風停辦, 8月取消)
        none = _PERIOD_WITH_NONE.search(item.text)
        if none is not None:
            return none
    return None


#: A month or a quarter said to have had none of the thing (第3季因颱風停辦, 8月份取消辦理).
_PERIOD_WITH_NONE = re.compile(
    r"(?:第[一二三四1-4]季|\d{1,2}\s?月份?)[^，,。；;\d]{0,10}?(?:停辦|取消|未辦理|暫停)"
)


#: The outcome of training or of an examination (取得證照, 考取, 通過檢定, 獲頒證書).
_OUTCOME = re.compile(r"取得|考取|通過|獲得|獲頒|領有|領得")
#: People trained or sitting an examination, a stage before its outcome.
_TRAINED = re.compile(r"結訓|完訓|參訓|受訓|培訓|報考|應考|到考")


#: Kinds a target may name that exclude another kind a total may include (實體 excludes 線上).
_EXCLUDES: dict[str, str] = {
    "實體": "線上|網路|視訊|直播",
    "國內": "國外|海外|境外",
    "來臺": "出國|國外",
}
#: A total's parenthesis of what it includes (共326場（含線上講座41場）).
_INCLUDING = re.compile(r"[（(]\s?(?:其中)?含(?P<what>[^）)，,。；;]{1,16}?)(?P<n>[\d,，.]+)")


def _total_with_excluded(target: Target, comp: Component) -> float | None:
    """The value asked when the figure that decided is a total printed as including a kind the
    target excludes (辦理實體閱讀推廣活動300場 against 共326場（含線上講座41場）: 285), else
    None."""
    asked = comp.text or target.text
    value = comp.achieved_value
    if value is None or comp.quantity is None:
        return None
    excluded = [v for k, v in _EXCLUDES.items() if k in asked]
    if not excluded:
        return None
    for item in target.aligned_items.values():
        for q in extract_quantities(item.text):
            if q.unit != comp.quantity.unit or abs(q.value - value) > 1e-9:
                continue
            m = _INCLUDING.match(item.text, q.end)
            if m is None or not any(re.search(v, m.group("what")) for v in excluded):
                continue
            part = read_number(m.group("n").replace("，", ","))
            if part is not None and 0 < float(part) < value:
                return value - float(part)
    return None


#: An act said not done yet (尚未上線, 仍未啟用, 未正式開放).
_NOT_YET = re.compile(
    r"(?:尚未|仍未|迄未|未能|未)(?:正式|全面)?(?P<act>" + _LATER_ACT.pattern + ")"
)
#: Done only in part (部分已完成, 部分完成).
_PARTLY = re.compile(r"部分(?:已|業已)?完成|部份(?:已)?完成")
#: A share of the thing said done (完成退稅處理者占98.7%, 98.7%於8月底前完成): below 100 %,
#: done in part.
_DONE_SHARE = re.compile(
    r"完成[^，,。；;\d]{0,14}?(?:占|比率為?|達)\s?(?P<a>\d+(?:\.\d+)?)\s?%"
    r"|(?<![\d.])(?P<b>\d+(?:\.\d+)?)\s?%[^，,。；;%]{0,16}完成"
)


def _done_in_part(target: Target, comp: Component) -> re.Match[str] | None:
    """A share below 100 % of a thing to deliver said done on its aligned items (退稅作業98.7%
    於8月底前完成), for a part asking no rate of its own: done in part."""
    if comp.typed.type not in ("binary", "deadline") or "%" in (comp.text or target.text):
        return None
    for item in target.aligned_items.values():
        for m in _DONE_SHARE.finditer(item.text):
            if float(m.group("a") or m.group("b")) < 100:
                return m
    return None


#: Words of the money of a thing (its budget, payment), not the thing.
_MONEY_WORDS = re.compile(r"預算|經費|請款|付款|執行數|動支|撥款|核銷|估驗|計價")


def _against_the_thing(sentence: str, asked: str) -> bool:
    """Whether a clause of ``sentence`` holds words against a verdict (未達, 延至, 尚未…) about
    the thing the target ``asked`` itself: not one opened by 另 or 其中 (another lot, a part),
    one of money, or one naming nothing of the target (C棟延至116年辦理 for A、B兩棟改善)."""
    return any(
        _AGAINST.search(clause)
        and not re.match(r"\s*(?:另|其中|其餘)", clause)
        and not _MONEY_WORDS.search(clause)
        # (nor a date put off within the year: 原訂11月…延至12月20日辦理)
        and not re.search(r"(?:延至|延後至|順延至|延到)\s?\d{1,2}\s?月", clause)
        and containment(clause, asked) > 0
        for clause in re.split(r"[，,；;。]", sentence)
    )


def _total_beyond_the_named(target: Target, comp: Component) -> float | None:
    """The sum of the parts a target names by joined words (春假及暑假) when an aligned item
    breaks the total that decided it (合計3,300人次) into parts, one naming neither (春假1,146
    人次、暑假1,734人次、跨年晚會420人次: 2,880), else None."""
    text = _NOT_JOINING.sub("", target.text)
    names = {
        w
        for m in re.finditer(r"[及與和、]", text)
        for w in (text[max(0, m.start() - 2) : m.start()], text[m.end() : m.end() + 2])
        if re.fullmatch(r"[\u4e00-\u9fff]{2}", w)
    }
    if len(names) < 2 or comp.quantity is None or comp.achieved_value is None:
        return None
    for item in target.aligned_items.values():
        found = extract_quantities(item.text)
        for total in found:
            if not (
                total.is_total
                and total.unit == comp.quantity.unit
                and total.value == comp.achieved_value
            ):
                continue
            run = _summed_run(_Candidate(item, total))
            if len(run) < 3:
                continue
            starts = [item.text.rfind("：", 0, run[0].start) + 1] + [q.end for q in run[:-1]]
            segments = [
                re.sub(r"[（(][^）)]*[）)]", "", item.text[a : q.start])
                for a, q in zip(starts, run, strict=True)
            ]
            # (a flat list only: never parts of a part, （其中…）)
            if any(re.search(r"其中|[（()）]", seg) for seg in segments):
                continue
            named = [any(n in seg for n in names) for seg in segments]
            if any(named) and not all(named) and sum(named) >= 2:
                return float(sum(q.value for q, n in zip(run, named, strict=True) if n))
    return None


def _short_in_the_attainment_item(target: Target, comp: Component) -> Quantity | None:
    """The figure of the part's measure word on the attainment item aligned to the target when
    it falls short of the part's value (a floor), while the part was met on the execution
    column's figure: the only such figure on the item that is not a part (其中), pending (另四十件
    尚在審理中), a starting level, a share or one of a list."""
    own = target.aligned_items.get("attainment")
    if (
        own is None
        or comp.quantity is None
        or comp.typed.type not in ("count", "level", "cumulative")
        or (own.section, own.item_no) in target.shared_items
    ):
        return None
    found = [
        q
        for q in extract_quantities(own.text)
        if q.unit == comp.quantity.unit
        and not (q.is_from or q.is_pending or q.is_descriptor)
        and "其中" not in q.clause_before
        # (another lot, 另四十件尚在審理中, is no account of the thing done)
        and re.search(r"(?:另|其餘|尚有)\s?$", q.clause_before) is None
        and not _RATE_BEFORE.search(q.before)
    ]
    if len(found) != 1:
        return None
    q = found[0]
    # (of the part's thing: words of its own clause in the target's, 實際成行旅客 for 銷售旅客;
    # never another thing counted, 盤點…22項系統 for 建構軟體物料清單30項)
    same_thing = bigrams(strip_stopwords(q.clause_before)) & bigrams(
        strip_stopwords(comp.text or target.text)
    )
    if (
        same_thing
        and q.value < comp.quantity.value
        and q.is_cumulative == comp.quantity.is_cumulative
    ):
        return q
    return None


def _withhold_unsafe_met(
    target: Target, fiscal_year: int | None, exceed_margin: float = 0.10
) -> None:
    """A met verdict of a shape that proved unsafe on sets nobody had read is withheld
    (``unclear``, with the reason shown), whatever rule produced it (docs/analysis.md §57):

    - **an earlier stage** (``earlier_stage``): a statement of work done decided a thing to
      deliver (a binary or deadline part), but the work it names is a stage before the thing
      asked (已完成招標 for 建置並上線, 報告已完成初稿, 已交貨 for 採購及驗收;
      :func:`_earlier_stage`);
    - **done, undated, before the year's end** (``done_undated``): a deadline inside the
      report's year (於115年6月底前) answered by 已完成 with no date and no word that it was
      on time (如期, 提前, 依限) in the target's aligned items: a year-end report cannot show it
      was on time;
    - **things counted in talks** (``earlier_stage``): a count decided by a figure of things
      in talks (洽談版權27件, 備忘錄3案洽簽) for a part asking them done
      (:func:`_counted_in_talks`);
    - **the agency's own column against the other** (``conflicting_signals``): met on the
      execution column while the attainment column's sentence about the target (holding at
      least :data:`OTHER_NAMES_TARGET` of its words) speaks against it (未達, 尚待, 未能…,
      :func:`other_account`); a date within the deadline is left to the
      deadline's own rule (延後 there is against the agency's first schedule, not the target);
      and the reverse, met on the attainment item while the execution column's sentence speaks
      against it in a clause naming the target's thing (never another lot, 另…; a part,
      其中…; or the money, 尚未請款: :func:`_against_the_thing`).

    The target's status is combined again from its parts; ``target.other`` is kept, so the
    page shows the words that spoke against."""
    changed = False
    aligned_text = " ".join(i.text for i in target.aligned_items.values())
    asked_acts = set(_LATER_ACT.findall(target.text))
    not_yet = next(
        (m for m in _NOT_YET.finditer(aligned_text) if m.group("act") in asked_acts),
        None,
    )
    for comp in target.components:
        if comp.status not in ("met", "exceeded"):
            continue
        if not_yet is not None:
            # the act the target asks said not done yet (系統尚未上線) on its aligned items
            comp.status, comp.reason = "not_met", "not_done_statement"
            comp.decided_by = not_yet.group(0)
            changed = True
            continue
        if comp.reason == "done_statement" and _PARTLY.search(comp.evidence_text or ""):
            # done only in part (修訂志工培訓課程，部分已完成)
            comp.status, comp.reason = "not_met", "partial"
            changed = True
            continue
        if comp.reason in ("done_statement", "deadline_met") and (
            share := _done_in_part(target, comp)
        ):
            # a share of it done (退稅作業98.7%於8月底前完成): done in part
            comp.status, comp.reason = "not_met", "partial"
            comp.decided_by = share.group(0)
            changed = True
            continue
        if (
            comp.reason == "figure_compared"
            and comp.typed.type in ("count", "cumulative")
            and (asked := _total_with_excluded(target, comp)) is not None
        ):
            # a total including a kind the target excludes: what it asks is the rest, compared
            # with the margin of the rest of the assessment (exceeded may fall to met)
            comp.achieved_value = asked
            comp.status = compare(comp.typed, asked, exceed_margin)
            changed = True
            if comp.status == "not_met":
                comp.reason = "figures_short"
                continue
        if comp.reason == "figure_compared" and (
            _each_by_an_average(comp.text or target.text, comp)
            or _each_period_by_a_total(comp.text or target.text, comp, aligned_text)
        ):
            # each one (or each period) asked to reach the figure (每位學員…至少40小時, 每月至少
            # 2次), an average or a total printed (平均42小時, 全年24次): some may fall short;
            # one said to (其中3名未滿40小時, 7月及8月各召開1次) makes it missed
            short = _SHORT_OF.search(aligned_text) or _period_short(
                comp.text or target.text, target
            )
            below = _one_listed_short(target, comp)
            if not short and not below and _ALL_REACHED.search(aligned_text):
                continue  # every one said to reach it (全數學員均達40小時以上): met stands
            if short or below:
                comp.status, comp.reason = "not_met", "figures_short"
                comp.decided_by = short.group(0) if short else below.phrase if below else ""
            else:
                comp.status, comp.reason = "unclear", "average_only"
                comp.achieved_value = None
            changed = True
            continue
        if (
            comp.reason in ("done_statement", "done_related", "deadline_met")
            and comp.typed.type in ("binary", "deadline")
            and _earlier_stage(
                comp.text or target.text,
                comp.evidence_text or "",
                " ".join(
                    i.text
                    for i in target.aligned_items.values()
                    if comp.evidence_text and comp.evidence_text in i.text
                ),
            )
        ) or (
            comp.reason == "figure_compared"
            and comp.typed.type in ("count", "cumulative")
            and _counted_in_talks(comp.text or target.text, comp)
        ):
            # a thing to deliver of which only an earlier stage is said done at the year's end
            # was not delivered in the year (as one under way, section 63); a count of an
            # earlier stage leaves the count asked unknown
            if comp.typed.type in ("binary", "deadline"):
                comp.status, comp.reason = "not_met", "not_delivered"
            else:
                comp.status, comp.reason = "unclear", "earlier_stage"
            if comp.method.startswith("quantity"):
                comp.achieved_value = None  # a figure of an earlier stage: not what is asked
            changed = True
        elif (
            comp.reason == "done_statement"
            and comp.typed.type == "deadline"
            and (deadline := comp.typed.deadline) is not None
            and fiscal_year is not None
            and (deadline.roc_year, deadline.month) < (fiscal_year, 12)
            and not _ON_TIME.search(f"{comp.evidence_text or ''} {aligned_text}")
            and not _all_dated_in_time(aligned_text, target.text, deadline)
        ):
            # (every act of delivery the items date falls after the deadline: late)
            late = _all_dated_late(aligned_text, target.text, deadline)
            comp.status = "not_met" if late else "unclear"
            comp.reason = "deadline_missed" if late else "done_undated"
            changed = True
        elif (
            comp.reason in ("done_statement", "done_related")
            and comp.typed.type in ("binary", "deadline")
            and _BUILT.search(comp.text or target.text)
            and (going := _still_bought(aligned_text))
        ):
            # a thing to build said done (監測系統已上線試營運) while the aligned items say some
            # of its parts are still being bought or built (3處感測設備尚在採購中): not built
            comp.status, comp.reason = "not_met", "under_way_at_year_end"
            comp.decided_by = going.group(0)
            changed = True
        elif (
            comp.reason in ("done_statement", "done_related")
            and comp.typed.type == "binary"
            and (going := _second_act_going_on(comp.text or target.text, aligned_text))
        ):
            # the second act said still going on at the year's end (方法確效報告撰寫中)
            comp.status, comp.reason = "not_met", "under_way_at_year_end"
            comp.decided_by = going.group(0)
            changed = True
        elif (
            comp.reason == "figure_compared"
            and comp.status in ("met", "exceeded")
            and (going := _act_after_the_figure_going_on(comp, aligned_text))
        ):
            # 自動相機架設33處 for 30處自動相機架設及資料分析, the analysis 委託辦理中
            comp.status, comp.reason = "not_met", "under_way_at_year_end"
            comp.decided_by = going.group(0)
            changed = True
        elif (
            comp.reason in ("done_statement", "done_related")
            and comp.typed.type == "binary"
            and _second_act_unsaid(comp.text or target.text, aligned_text)
        ):
            comp.status, comp.reason = "unclear", "second_act_unsaid"
            changed = True
        elif (
            comp.reason in ("done_statement", "done_related")
            and (grade := _grade_asked(comp.text or target.text))
            # (a grade named as not given, 優等從缺, is not given)
            and not re.search(re.escape(grade) + r"(?!從缺|未|不)", aligned_text)
        ):
            # a grade asked (評定為「優等」) that no aligned item gives: another grade given
            # (評定結果為「合格」) misses it, none given leaves it open (醫院評鑑已通過)
            other = _GRADE_GIVEN.search(aligned_text)
            comp.status, comp.reason = (
                ("not_met", "other_grade")
                if other
                else (
                    "unclear",
                    "grade_unsaid",
                )
            )
            if other:
                comp.decided_by = other.group(0)
            changed = True
        elif (
            comp.reason == "figure_compared"
            and comp.typed.type == "count"
            and (named := _total_beyond_the_named(target, comp)) is not None
        ):
            # 春假及暑假…3,000人次 answered by 合計3,300人次 of 春假1,146、暑假1,734、跨年420:
            # the total counts a kind the target does not name; the named ones are its figure
            comp.achieved_value = named
            comp.status = compare(comp.typed, named, exceed_margin)
            if comp.status == "not_met":
                comp.reason = "figures_short"
            changed = True
        elif (
            comp.reason == "done_related"
            and comp.typed.type in ("binary", "deadline")
            and (own_item := target.aligned_items.get("attainment")) is not None
            and not (
                comp.evidence_section == "attainment" and own_item.item_no in comp.evidence_items
            )
            and _earlier_stage(comp.text or target.text, own_item.text, own_item.text)
        ):
            # related work of another item (巡迴醫療門診計480診次) for a thing the target's own
            # item says is at an earlier stage (採購案已決標，預計114年3月交車): not delivered
            comp.status, comp.reason = "not_met", "not_delivered"
            _point_item(comp, own_item, own_item.text)
            changed = True
        elif (
            comp.reason == "figure_compared"
            and comp.evidence_section == "execution"
            and (lower := _short_in_the_attainment_item(target, comp)) is not None
        ):
            # 銷售旅客三千二百人次 in the execution column, 實際成行旅客二千九百人次 on the
            # attainment item: the agency's own account falls short, the columns disagree
            comp.status, comp.reason = "unclear", "conflicting_signals"
            comp.achieved_value = None
            comp.decided_by = lower.phrase
            changed = True
        elif comp.reason == "done_related" and (
            left := _works_in_progress(target, comp.evidence_text or "")
        ):
            # related work done (完成雨水下水道清淤), the works asked said in progress in
            # another sentence of the items (擴建工程…施工進度72%): not done
            comp.status, comp.reason = "not_met", "partial"
            comp.decided_by = left
            changed = True
    own = target.aligned_items.get("attainment")
    rate = _RATE_OF_ATTAINMENT.search(own.text) if own is not None else None
    if (
        not changed
        and rate is not None
        and float(rate.group(1)) < 100
        and "達成率" not in target.text
        and target.status in ("met", "exceeded")
        and own is not None
        and len(_RATE_OF_ATTAINMENT.findall(own.text)) == 1
        and (own.section, own.item_no) not in target.shared_items
        and not _about_another(target, own.text, rate.start())
        # (the rate's sentence names the target's words: 專業訓練達成率95.5% on an item aligned
        # by its number to 錯誤率降至1.5%以下 is another target's rate)
        and bigrams(strip_stopwords(target.text))
        & bigrams(_sentence_of(own.text, rate.group(0)).replace(rate.group(0), ""))
    ):
        # the agency's own rate of attainment below 100 % on the item aligned to the target
        # (編修達成率92%，持續辦理中; App已完成測試版，達成率80%) outranks a figure or a
        # statement that reads met
        for comp in target.components:
            comp.status, comp.reason = "not_met", "partial"
            _point_item(comp, own, _clause_at(own.text, rate.start()))
            comp.decided_by = rate.group(0)
        changed = True
    if (
        not changed
        and target.status in ("met", "exceeded")
        and (
            target.other[0] == "attainment"
            # (the execution column against a verdict of the attainment item: in a clause of
            # the thing itself, never another lot, a part, or the money: 另2處…尚待協調,
            # 其中1項尚待…認可, 尚未請款)
            or (target.other[0] == "execution" and _against_the_thing(target.other[2], target.text))
        )
        and _AGAINST.search(target.other[2])
        and containment(target.text, target.other[2]) >= OTHER_NAMES_TARGET
        and (decisive := target.decisive) is not None
        and decisive.reason != "deadline_met"
    ):
        decisive.status, decisive.reason = "unclear", "conflicting_signals"
        changed = True
    if changed:
        target.status = combine_statuses([c.status for c in target.components])


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
