"""Measure the automatic engine, and write ``docs/analysis.md`` with the measured figures.

Two measurements, both computed here (the doc is generated, never typed):

1. **Agreement with the reviewed file**: automatic target statuses of the bundled report against
   the statuses an analyst set in ``govplans/annotations/reviewed_targets_*.csv``.
2. **Accuracy on labelled synthetic plans**: plans written for the purpose, in varied phrasings
   (qualifiers, 場/場次, 輛/臺, 名/位/人, compound targets, numbers before or after the noun,
   shuffled attainment items, distracting quantities of the same measure word, qualitative
   targets done / not done / not reported, deferred plans), laid out as a real report,
   parsed, assessed, and compared with the status each case was built to have.

Run ``python -m govplans.testing.evaluation`` to rewrite ``docs/analysis.md``.
"""

from __future__ import annotations

import random
import sys
import tempfile
from collections import Counter
from dataclasses import asdict, dataclass
from fractions import Fraction
from pathlib import Path

from govplans.analyse.assessment import Assessment
from govplans.analyse.measures import MULTIPLES, Thresholds
from govplans.analyse.quantities import MEASURE_GROUPS
from govplans.analyse.targets import combine_statuses, plan_verdict
from govplans.model.vocab import FLAG_CODES, SEVERITY, flag_kind
from govplans.present import fmt
from govplans.present.words import FLAG_LABELS
from govplans.read.source import read_report
from govplans.run import paths
from govplans.run.api import assess_report
from govplans.testing.synthetic import SyntheticPlan, write_report
from govplans.testing.variety import VARIETY2_DIR, VarietyResult, type_table, variety_accuracy

DOC_PATH = paths.DOCS_DIR / "analysis.md"
LABELLED_PLANS = 300
LABELLED_SEED = 20251231

_TOPICS = ["資安", "衛星", "寬頻", "數位治理", "人工智慧", "開放資料", "韌性", "雲端"]
# Things counted, each with the measure words (one group) it may be counted in.
_THINGS = [
    ("教育訓練", ["場次", "場"]),
    ("說明會", ["場", "場次"]),
    ("研析報告", ["份"]),
    ("補助案", ["案"]),
    ("資訊系統", ["個"]),
    ("專業人才", ["名", "位", "人"]),
    ("參與民眾", ["人次"]),
    ("通報事件", ["件"]),
    ("基地臺站點", ["站"]),
    ("行動基地車", ["輛", "臺"]),
    ("主題策展", ["項"]),
    ("國內外新聞", ["則"]),
]
_DISTRACTORS = {"場": "媒體專訪", "人": "志工", "件": "陳情案", "份": "會議紀錄", "項": "行政作業"}
_SYSTEMS = ["服務平臺", "監控中心", "入口網", "資料交換平臺", "客服系統"]


@dataclass(frozen=True)
class LabelledCase:
    """A synthetic plan and the status each of its targets was built to have."""

    plan: SyntheticPlan
    kinds: list[str]  # kind of each target (quantity, compound, qualitative, unreported)
    expected: list[str]  # expected status of each target
    deferred: bool

    @property
    def verdict(self) -> str:
        return plan_verdict(self.expected, self.deferred)


def _expected(goal: int, got: int, strict: bool, margin: float) -> str:
    ok = got > goal if strict else got >= goal
    if not ok:
        return "not_met"
    # Exact arithmetic for the ground truth: 100 * 1.1 is 110.00000000000001 in binary floats.
    bar = goal * (1 + Fraction(str(margin)))
    return "exceeded" if got > goal and got >= bar else "met"


def _achieved(rng: random.Random, goal: int) -> int:
    outcome = rng.choice(["below", "equal", "slightly_above", "far_above"])
    if outcome == "below":
        return max(0, goal - rng.randrange(1, max(2, goal // 2 + 1)))
    if outcome == "equal":
        return goal
    if outcome == "slightly_above" and goal >= 20:
        return goal + max(1, goal // 20)  # +5 %: met, not exceeded
    return goal * 2


def _target_phrase(rng: random.Random, topic: str, thing: str, goal: int, word: str) -> tuple:
    form = rng.randrange(5)
    if form == 0:
        return f"辦理{topic}{thing}{goal}{word}", False
    if form == 1:
        return f"完成{topic}{thing}至少{goal}{word}", False
    if form == 2:
        return f"{topic}{thing}達{goal}{word}以上", False
    if form == 3:
        return f"{topic}{thing}逾{goal}{word}", True
    return f"培育或辦理{goal}{word}{topic}{thing}", False


def _reported_phrase(rng: random.Random, topic: str, thing: str, got: int, word: str) -> str:
    form = rng.randrange(3)
    if form == 0:
        return f"已完成{topic}{thing}共{got:,}{word}，成效良好"
    if form == 1:
        return f"辦理{got:,}{word}{topic}{thing}，參與踴躍"
    return f"{topic}{thing}本年度達{got:,}{word}"  # a 累計 figure never answers a yearly target


def labelled_cases(
    n: int = LABELLED_PLANS, seed: int = LABELLED_SEED, margin: float = 0.10
) -> list[LabelledCase]:
    """``n`` deterministic labelled plans (see the module docstring)."""
    rng = random.Random(seed)
    cases = []
    for i in range(n):
        topic = rng.choice(_TOPICS)
        things = rng.sample(_THINGS, 8)  # targets k < 4 use things[k] (and things[k + 4])
        targets: list[str] = []
        reports: list[str] = []
        kinds: list[str] = []
        expected: list[str] = []
        deferred = rng.random() < 0.1
        for k in range(rng.randrange(2, 5)):
            kind = rng.choices(["quantity", "compound", "qualitative", "unreported"], [5, 2, 2, 1])[
                0
            ]
            kinds.append(kind)
            if kind == "quantity":
                thing, words = things[k]
                goal = rng.randrange(1, 80)
                got = _achieved(rng, goal)
                phrase, strict = _target_phrase(rng, topic, thing, goal, rng.choice(words))
                targets.append(phrase + "。")
                reports.append(_reported_phrase(rng, topic, thing, got, rng.choice(words)) + "。")
                expected.append(_expected(goal, got, strict, margin))
            elif kind == "compound":
                (t1, w1), (t2, w2) = things[k], things[k + 4]
                g1, g2 = rng.randrange(1, 30), rng.randrange(1, 30)
                a1, a2 = _achieved(rng, g1), _achieved(rng, g2)
                word1, word2 = rng.choice(w1), rng.choice(w2)
                targets.append(f"辦理{topic}{t1}{g1}{word1}、{t2}{g2}{word2}。")
                # Reported the other way round, in one item.
                reports.append(
                    f"完成{t2}{a2:,}{rng.choice(w2)}；另辦理{topic}{t1}{a1:,}{rng.choice(w1)}。"
                )
                expected.append(
                    combine_statuses(
                        [_expected(g1, a1, False, margin), _expected(g2, a2, False, margin)]
                    )
                )
            elif kind == "qualitative":
                system = rng.choice(_SYSTEMS)
                targets.append(f"完成{topic}{system}建置並上線。")
                outcome = rng.choice(["done", "not_done", "silent"])
                if outcome == "done":
                    reports.append(f"{topic}{system}已於12月完成建置並正式上線。")
                    expected.append("met")
                elif outcome == "not_done":
                    reports.append(f"{topic}{system}尚未完成上線，刻正辦理測試。")
                    expected.append("not_met")
                else:
                    expected.append("not_met" if deferred else "unclear")
            else:
                thing, words = things[k]
                targets.append(f"辦理{topic}{thing}{rng.randrange(2, 40)}{rng.choice(words)}。")
                expected.append("not_met" if deferred else "unclear")
        # A quantity of a measure word some target uses, counting something else.
        used_units = [MEASURE_GROUPS[w] for _, ws in things for w in ws]
        for unit, other in _DISTRACTORS.items():
            if unit in used_units and rng.random() < 0.5:
                word = next(w for w, g in MEASURE_GROUPS.items() if g == unit)
                reports.append(f"另配合辦理{other}{rng.randrange(1, 90)}{word}。")
                break
        rng.shuffle(reports)
        if deferred:
            reports.append("部分工作因經費調整配合暫緩，並修正計畫期程。")
        if not reports:
            reports.append("持續推動相關工作。")
        plan = SyntheticPlan(
            name=f"{topic}標註測試第{i + 1}號計畫",
            category=rng.choice(["社會發展", "科技發展"]),
            period="113年1月至116年12月",
            total=1_000_000,
            appropriated=500_000,
            executed=450_000,
            planned_work=["推動相關工作。", "辦理成果推廣。"],
            execution=["持續辦理計畫各項工作。"],
            targets=targets,
            attainment=reports,
        )
        cases.append(LabelledCase(plan, kinds, expected, deferred))
    return cases


def labelled_accuracy(
    n: int = LABELLED_PLANS, seed: int = LABELLED_SEED, thresholds: Thresholds | None = None
) -> dict:
    """Accuracy of the automatic statuses on labelled synthetic plans, overall and per kind."""
    th = thresholds or Thresholds()
    cases = labelled_cases(n, seed, th.exceed_margin)
    with tempfile.TemporaryDirectory() as tmp:
        path = write_report(Path(tmp) / "labelled.txt", [c.plan for c in cases])
        a = assess_report(read_report(path), th, annotations=None)
    got = list(a.targets["status_auto"])
    expected = [s for c in cases for s in c.expected]
    kinds = [k for c in cases for k in c.kinds]
    if len(got) != len(expected):
        raise ValueError(f"{len(got)} targets assessed, {len(expected)} labelled")
    per_kind: dict[str, list[int]] = {}
    for kind, g, e in zip(kinds, got, expected, strict=True):
        tally = per_kind.setdefault(kind, [0, 0])
        tally[0] += g == e
        tally[1] += 1
    verdicts = list(a.plans["verdict_auto"])
    n_agree = sum(g == e for g, e in zip(got, expected, strict=True))
    return {
        "n_plans": len(cases),
        "n_targets": len(expected),
        "n_agree": n_agree,
        "rate": n_agree / len(expected),
        "per_kind": {k: {"n": v[1], "n_agree": v[0]} for k, v in sorted(per_kind.items())},
        "expected_counts": dict(sorted(Counter(expected).items())),
        "confusion": dict(
            sorted(Counter(f"{e}→{g}" for g, e in zip(got, expected, strict=True)).items())
        ),
        "n_plans_agree": sum(v == c.verdict for v, c in zip(verdicts, cases, strict=True)),
    }


#: One example per target type (issue 15): the target, the evidence, what the rule gives.
TYPE_EXAMPLES: tuple[tuple[str, str, str, str], ...] = (
    ("level", "空氣品質良好日數比率達85%以上", "良好日數比率86.3%", "met (86.3 ≥ 85)"),
    ("ceiling", "平均等候時間降至15分鐘以下", "平均等候18分鐘，未達成", "not_met (18 > 15)"),
    ("count", "辦理說明會十五場", "辦理說明會１８場", "exceeded (18 ≥ 15 × 1.1)"),
    ("cumulative", "充電站累計達500座", "本年新增60座，累計達512座", "met (512, never 60 + 512)"),
    (
        "change",
        "數位服務使用率提高3個百分點",
        "使用率由62.1%提升至64.8%",
        "not_met (64.8 − 62.1 = 2.7 points)",
    ),
    ("range", "輔導新創企業20至25家", "輔導新創企業20家", "met (at the lower bound)"),
    ("rank", "國際評比排名前20名", "排名第15名", "exceeded (15 ≤ 20 × 0.9)"),
    (
        "deadline",
        "於115年3月底前完成系統建置並啟用",
        "系統已於115年5月啟用",
        "not_met (completed after the deadline)",
    ),
    ("binary", "完成數位中介服務法修法", "修正草案已報行政院審查", "not_met (a draft)"),
    (
        "qualitative",
        "推動跨域數位治理合作",
        "已與3部會完成合作協議，達成目標",
        "met (the statement)",
    ),
    (
        "compound",
        "辦理說明會10場及輔導廠商至少30家",
        "說明會12場，輔導廠商28家",
        "not_met (any part not met)",
    ),
)


def grammar_markdown(exceed_margin: float) -> list[str]:
    """The section on the quantity reader, the typed grammar, the alignment and the reasons."""
    from govplans.analyse.alignment import NUMBERING, REFERENCE, SHARED
    from govplans.analyse.checks import UNCLEAR_REASONS
    from govplans.analyse.targets import DECISION_REASONS, OTHER_ITEM_WEIGHT, OWN_ITEM_WEIGHT

    lines = [
        "## Targets: the grammar, the evidence and the statuses",
        "",
        "### 1. One quantity reader (`govplans.analyse.quantity`)",
        "",
        "Every number is read by one pure function, `read_number`: Arabic with separators "
        "(5,994), full-width (２５０, read one character for one so every span still indexes "
        "the text as printed), Chinese numerals (十, 二十五, 三百六十, 兩, 五千), and any of these "
        "with the multipliers 萬/億/千 (2.4萬, 3億4,560萬, 1萬2千), as exact decimals. A Chinese "
        "numeral counts any measure word, listed or not (十五場, 五十職類, 二十五職種); one "
        "numeral character before a word not listed forms a word more often than it counts "
        "(三讀, 兩岸, 六都) and is not read. A range "
        "(20至25, 20~25, 20-25, 20家至25家) keeps both bounds. Qualifiers keep their meaning: "
        "至少/以上/不少於 at least, 逾/超過/餘/多 more than, 近/未達/不足 less than (近5,000 is "
        "below 5,000), 以下/以內/不超過 at most, 約 about, 共計/計/僅 a figure as printed. "
        "A number that names, dates or versions a thing is never a quantity: a date or year "
        "(114年, 3月底), a hotline or a code (110報案, 113保護專線, 撥打1957, a number directly "
        "followed by 專線/熱線/報案/電話/號碼), a Latin name (5G, 6G, IPv6, ISO 27001, CNS "
        "15408), an ordinal (第3期, and every number of a list that opened with 第: 第一、二期, "
        "第3至5屆), a set named by its size (前20大品牌, 五大產業: 大 is no measure word), a "
        "version (3.0版), a rate's denominator (每十萬人口); a lone "
        "一/零 forms words (一次性, 零組件) and is not read alone. Every quantity keeps its "
        "character span, so the page can mark what decided. Property tests (hypothesis) write "
        "integers as Chinese numerals, full width, grouped and with 萬 and read them back.",
        "",
        "`govplans.analyse.quantities` adds the measure word (normalised: 場 = 場次, 輛 = 臺 = "
        "台, 名 = 位 = 人; 人次 apart from 人, 件次 from 件; 百分點 and 個百分點 are percentage "
        "points; a measure word not listed is its own group; Latin units such as ppm, Gbps, TB, "
        "μg/m3), the words around the number that say what is counted, whether it is the start "
        "of a change (由65%提升至72%: 65), in a clause of delay or work under way, cumulative, "
        "or a descriptor (臭氧8小時平均濃度: 8). A number with no measure word is a level (an "
        "index, a rate per thousand) when a word of a level stands right before it (…率, …指數, "
        "…值, 為, 達, 至, 由, 從, 約, a year: 降至2.5以下, 千人率2.38, 由111年12.0提升至…) and "
        "only 以上/以下/以內, a delimiter or a word of change after it; its measure word is empty. "
        "**Cumulative** has one list of words, `quantities.CUMULATIVE` (累計, 累積, 截至, 迄今, "
        "至今, 歷年, …以來), read everywhere: a quantity's `is_cumulative`, a target part's type "
        "and the evidence rule `cumulative_figure_only`; 總計/合計 alone total the items listed, "
        "not the years. **Level or count** is one rule, from the measure word's kind "
        "(`quantities.is_measurement`): a quantity of measurement — area (公頃, 平方公里), "
        "length (公里, 公尺), money (元), weight, volume, energy (公噸, 公升, 度), time "
        "(小時, 天), a rate (%, 百分點), a Latin unit, or none (an index) — is a level; "
        "discrete things (場, 件, 家, 座, 職類 …) are counts. An amount (area, length, money, "
        "weight, volume: `quantities.AMOUNT_WORDS`) is delivered like things are, so an "
        "agency's statement that it is only tendered or partly done speaks against it. A "
        "threshold inside a rate target "
        "(100Mbps以上寬頻網路涵蓋率達95%, 48小時內完成比率達90%) is what the rate counts, not a "
        "value: the target is the rate.",
        "",
        "### 2. Typed targets (`govplans.analyse.target_types`)",
        "",
        "Each target is split into parts (one per quantity: 「辦理攻防演練1場次、教育訓練2場次及"
        "分享交流會議4場次」 has three); each part has one type, and each type one comparison "
        "rule, written once (`compare`), in exact decimals (110 × 1.1 is 121, not "
        "121.00000000000001). A target with several parts is `compound`: `not_met` if any part "
        "is, else `unclear` if any is, else `exceeded` if all are, else `met`.",
        "",
        "| type | recognised by | met when (a achieved, t target) |",
        "| --- | --- | --- |",
        "| `level` | a measurement to reach (%, ppm, Gbps, hours, 公頃, 公里, 元, an index with "
        "no measure word): 達/至少/以上 | a ≥ t (逾/超過: a > t) |",
        "| `ceiling` | 降至/減少至/不超過/控制在/以下/以內/低於/未達 before or after the number | "
        "a ≤ t (低於/未達: a < t) |",
        "| `count` | a number of discrete things to complete (場, 件, 家, 座, 職類 …) | a ≥ t |",
        "| `cumulative` | 累計/累積/截至/迄今/至今/歷年/…以來 | a ≥ t, a the cumulative figure (a "
        "累計 figure answers "
        "it; this year's figure is never added to it) |",
        "| `change` | 百分點; 成長/增加/提高/減少/降低 N%; 較前一年… | the change ≥ t: the change "
        "reported, or computed from the two levels printed (由A至B: B − A points for 百分點, "
        "(B − A) / A for %; downwards for 減少/降低) |",
        "| `range` | 20至25, 20~25, 20-25 | a ≥ the lower bound |",
        "| `rank` | 前N名 / 第N名 (維持第N名: the rank held, its value N) | a ≤ t (lower is "
        "better) |",
        "| `deadline` | 於…年…月(底)前 with a verb of completion, no number | done, and the "
        "completion date the evidence gives (已於115年5月啟用) in or before the month |",
        "| `binary` | 完成/上線/啟用/修法/通過/公告/建置 … with no number | a statement that the "
        "thing itself is done (not drafted, tendered, awarded or partly done; a law or "
        "regulation only when promulgated, in force or passed) |",
        "| `qualitative` | none of the above, no number | the agency's statement |",
        "",
        f"`exceeded`: a ≥ t × (1 + `exceed_margin` = {_pct(exceed_margin)}) upwards, a ≤ t × "
        "(1 − the margin) for a ceiling or a rank. The qualifier of the achieved figure counts: "
        "近5,000 against 5,000 is not met. A part whose shape fits none of these with a number "
        "it cannot compare is `unclear` with a reason, never guessed.",
        "",
        "One example per type (each is a unit test in `tests/analyse/test_target_kinds.py`):",
        "",
        "| type | target | evidence | status |",
        "| --- | --- | --- | --- |",
        *(f"| `{k}` | {t} | {e} | {r} |" for k, t, e, r in TYPE_EXAMPLES),
        "",
        "### 3. Evidence aligned one to one (`govplans.analyse.alignment`)",
        "",
        "Continuation rows (an item with the number of the item before it, or a lead row after "
        "numbered items) are joined to their item first. Then, per plan and per section "
        "(attainment, execution), every (target, item) pair is scored: an explicit reference "
        "(目標1, 目標(二), 第1項目標, or 「本項」 under the target's own number) weighs "
        f"{REFERENCE:g}; the same number {NUMBERING:g}; the content up to about 2 — the "
        "share of the target's "
        "character bigrams found in the item, each weighted by how distinctive it is among the "
        "plan's targets (1 / the number of targets using it, so the programme's name every "
        "target shares decides nothing), plus 0.3 for the same measure word and 0.3 more for a "
        "figure within a factor of three. The pairs are solved as an assignment (an exact "
        "Hungarian method), not greedily, so no target borrows its neighbour's item by being "
        "first in line; an item naming other targets only is never aligned to this one. A "
        "target left without an item shares one only when that item names it as well (content ≥"
        f" {SHARED:g}). Figures are then matched to parts by measure word and by what is "
        f"counted, a figure in the target's own item weighing ×{OWN_ITEM_WEIGHT:g}, one in an "
        f"item aligned to other targets (and not naming this one) ×{OTHER_ITEM_WEIGHT:g}. "
        "**The evidence is the item that decided** (`targets.evidence_section`/`evidence_item`, "
        "1-based position): the item that supplied the deciding quantity, date or words — the "
        "two levels of a change, the completion date of a deadline, the figure compared, the "
        "statement read. The aligned attainment item (the agency's own account) stands for it "
        "when it prints the same deciding figure or date (or the same value as a rate of "
        "attainment: 達成率108% of 50案 is 54案), or states the same outcome in words; an "
        "attainment item that only repeats the outcome or the new level (申辦比率70.5%，達成) does "
        "not replace the execution item printing both levels (由65.5%提升至70.5%). A target left "
        "unclear with nothing decided cites its aligned attainment item (what the agency says "
        "of it), else no item. `alignment` says how that item was found (reference, numbering, "
        "content, shared; `decided` when it is not the aligned item, or an execution item cited "
        "over an aligned attainment item that only repeats the outcome: the item whose figures, "
        "date or words decided, 判定所依數值、日期或文字所在之項次或段落; none), `decided_by` the "
        "words or number that decided and `decided_start`/`decided_end` their span in "
        "`evidence_text`. The targets table's 「對應」 label cites the items its evidence quotes "
        "(`evidence_items`, `evidence_execution_items`: printed item numbers, the same columns the"
        " quote reads), the aligned item only when nothing is quoted; evidence found with no item"
        " aligned is labelled as evidence, not as an alignment (佐證：…（非對應項目，依數值或"
        "文字比對）). A status decided by words"
        " records them too (`decided_by`: 已完成, 尚未, 辦理中, 暫緩…, the first such words in the"
        " clause shown) and the table marks them as it marks a figure. A grant or contract"
        " approved or awarded (核定, 核准, 決標, 簽約) with no word of delivery (完工, 驗收, 啟用,"
        " 上線 …) is `under_way`, unless the target counts cases (補助…1案: the grant approved is"
        " the case counted) or asks for the approval itself (完成…核定): a facility (1式, 1座) or"
        " a work (完成…建置) is delivered only when built; so is"
        " a done statement whose completed object is a stage before the deliverable (規劃, 設計,"
        " 評估, 規格, 草案, 可行性研究, 招標文件) when the target does not itself ask for that"
        " stage.",
        "",
        "### 4. The agency's own words first",
        "",
        "On the aligned attainment item, a negative or partial statement outranks a figure that "
        "reads met: 未達成, 未能達成, 未達目標, 部分達成, 尚未完成, 未完成 (`agency_says_missed`); "
        "延後, 展延, 延宕, 延至, 順延, 預計…完成, 調整至… (`agency_says_late`); and, for a target "
        "of delivery (binary, deadline, count, cumulative, qualitative), 草案, 已決標, 決標, "
        "招標中, 流標 (`not_delivered`, unless the target itself is to draft or to tender) and "
        "已完成65%, 第一期完成 (`partial`). Work approved or started and awaiting completion "
        "(待…完工查核, 刻正辦理…中) is `unclear` (`under_way`), and a figure in that sentence "
        "(已核定補助25處，待…完工查核) is no amount achieved. An 「已達成」 whose own figures "
        "fall short is `not_met` (`figures_short`). A draft, a tender or an award (草案, 招標中, "
        "已決標) awaiting its next step is still `not_delivered`, never softened to `under_way`; "
        "a target that asks for that stage itself is met by it (a target to draft by the draft, "
        "to award (發包, 決標) by the award; 招標中 answers only a target to tender; 流標 none). "
        "Where the agency's item states its verdict with its own figure of the part's measure "
        "word (就業570人，未達成; of several, the one delivered, not the one approved: "
        "核定補助168輛，完成交車121輛 gives 121), that figure is the achieved value shown; where "
        "another "
        "item prints a different figure of the same thing that reads met and no item confirms "
        "either (媒合就業570人，未達目標 against 媒合…就業640人), the part is `unclear` "
        "(`conflicting_signals`). A bare 「達成」 closing a clause is the agency's verdict too "
        "(維持零事故，達成。), never 部分達成 or 達成率. A word of completion in the future "
        "(預計115年發布, 俟審查後公告) is no statement that the thing is done.",
        "",
        "**A law or regulation** (a target naming a law, an act, rules or a regulation with a "
        "word of making or amending it: 完成…法修法, …規則修正發布, …施行細則修正) is done only "
        "when it is promulgated, in force or passed (公布, 發布, 施行, 生效, 三讀, 立法院…通過, "
        "公告 — never 預告). A statement reporting only a stage before (草案, 預告, 報行政院, "
        "送立法院, 審議中, 審查中, 研擬, a 發布 still to come) makes the part `not_met` "
        "(`not_delivered`), whatever done word it also holds; a target that itself asks for a "
        "draft (完成…修正草案) is met by it. An item about a law's making (修正草案已報行政院) is "
        "a content sign for a target of legislation when they are aligned, like the same "
        "measure word.",
        "",
        "**A rate of attainment alone** (達成率97.2%) decides against 100 %, and the value it "
        "stands for is shown as achieved: target × rate (500 × 97.2% = 486). **A figure printed "
        "as below** an amount (近5,000, 未達5,000) is compared by its bound (not met against "
        "5,000) and shows no achieved value.",
        "",
        "### 5. Abstain rather than guess",
        "",
        "What stays undecided is `unclear` with a reason the page shows in words "
        "(`present/words.py`, zh-TW and English): "
        + ", ".join(f"`{r}`" for r in UNCLEAR_REASONS)
        + ". Every decided part has a reason too: "
        + ", ".join(f"`{r}`" for r in DECISION_REASONS)
        + ". A false 「達成」 is the worst error the tool can make: the variety figures count it "
        "apart (**false met**: labelled not_met or unclear, shown met or exceeded).",
        "",
        "### 6. Plan verdict",
        "",
        "The targets combined the same way, except that words of deferral or revision in the "
        "attainment text (暫緩, 延後, 展延, 未達成, 修正/調整…期程/期間/時程) make it `not_met` "
        "and turn its targets without evidence into `not_met` (reason `deferral`) — where the "
        "words speak for the plan: an item that speaks of one target (aligned to it by a "
        "reference, its content or by naming it, and not speaking of the whole plan: 本計畫, "
        "整體, 各項, 計畫期程…) speaks through that target's status only, and defers neither the "
        "plan nor the other targets. The narrative "
        "quotes the agency's own words for missed targets (their deciding items) and adds no "
        "reason of its own.",
        "",
        *_third_set_rules(),
    ]
    return lines


#: The general rules written after reading the third set's first run (variety3a/b, which is
#: in sample since); one line each, with the shape it covers (never one sentence's wording).
_THIRD_SET_RULES = (
    "不少於/不低於 are floors (at least), never read as the ceilings 少於/低於.",
    "日 counts days (縮短為90日以內, 不超過30日。) only at a clause's end or before a bound; after "
    "a month it is a date's day (12月20日), before a noun it says what is counted "
    "(30日死亡人數).",
    "No quantity: a class (4000噸級), a number quoted alone (「118」), a year naming an event "
    "(2023台北國際書展), a whole number printed N.0 before a noun (記憶庫2.0平臺), a hotline "
    "whose name runs up to eight characters before 專線 (165反詐騙諮詢專線), a rank that says "
    "which things are counted (前200名之大學; 前20名之列 is still a rank), an unqualified "
    "specification in Latin units before the figure the target's verb marks "
    "(升級1Gbps達400校以上).",
    "Range bounds may carry 萬/千 (2萬至2萬5千株); 由A縮短為B / 延長為 / 擴大為 start a change "
    "at A.",
    "A clause with no figure that asks for a thing done (並通過ISO 27001驗證, 維持…認證) is a "
    "binary part of the target beside its figure; 通過 and 取得 state a thing done.",
    "A deadline is checked against the latest date of the sentence that states completion "
    "(竣工 in October, 開館 in December: December).",
    "The aligned attainment item's own words of failure (本項未能如期完成) answer a binary or "
    "deadline target even when the item names nothing of it; a stage of the deliverable "
    "(第一階段, 第1期, 部分, 初步) is not the deliverable.",
    "A target that is itself a procurement (完成…發包, …決標) is delivered by an award stated "
    "without negation (於12月19日決標; not 未能於本年度決標); earlier failed tenders are its "
    "history.",
    "When the agency's statement decides, its own figure of the part's measure word is the "
    "achieved value (核定補助14館，惟完成改善者9館: 9): the one of the same thing (for a "
    "compound's part, closer to it than to any other part), then one marked delivered (完成, 僅, "
    "實際), then the last.",
    "When the other aligned column prints the same measure of the same thing with the opposite "
    "outcome (執行情形 326件, 達成說明 283件, against 300件) neither decides: `unclear` "
    "(`conflicting_signals`), with no achieved value. Not a rival: a part (其中), a start of a "
    "change, a cumulative figure beside the year's, a figure approved or under way.",
    "A percentage answers a rate target only when it names the same rate or none (完成率 is not "
    "answered by 再犯率); 完成率 is a level measured, only 達成率, 目標完成率 and 完成度 rate "
    "the target.",
    "Evidence positions count the numbered items only (a lead sentence before item 1 is not "
    "item 1).",
)


#: The general rules written after reading the fourth set's first run (variety4a/b).
_FOURTH_SET_RULES = (
    "Numbers: 1億2千萬 is 120,000,000 (千萬 is ten million); 七成 and 8成 are 70 % and 80 %; a "
    "range may be written in Chinese numerals (二十五至三十件), and a numeral character is never "
    "a measure word; 工作天/工作日 count days; a version may stand after a spaced name "
    "(GPMnet 3.0系統).",
    "More ways of saying a target was missed: 未(能)(如期)達標, 未如預期, 不如預期.",
    "In an item about two targets, a negative sentence that names the other target's thing "
    "more than this one's is not this target's (展演66場次，超越目標；直播觀看…，未如預期).",
    "A part introduced by 其中 that meets the condition the target puts after its number "
    "(至少25家取得產品標章: 其中取得標章者22家) is the figure, and the whole it is part of "
    "(輔導31家) is demoted.",
    "Two percentages naming the same rate answer each other even when nothing else is shared "
    "(健康檢查完成率 and 完成率); differently named rates are other measures only when they "
    "also share little else (7日內結案比率 does answer 7日內完成處理之比率).",
    "A period printed as a month range inside one year (114年1-12月, 114年1至6月) is read.",
)


#: The general rules written after reading the fifth set's first run (variety5a/b).
_FIFTH_SET_RULES = (
    "A figure right before 之/的 says which things a later figure counts (停工逾六個月之案件降至"
    "20件以下, 至少16小時之園所數不低於120園, 達200%以上之保險公司家數占比): it is no value.",
    "A figure selecting things with 者 (進度落後達5%以上者32項) is no value either.",
    "Numbers: a full-width comma groups full-width digits (８，０００); an acronym and a space "
    "before a number make it a name (IFRS 17, HIS 2.0); 113學年度 is a school year.",
    "Work awaiting a later step (尚待, 有待, 待…後) is not done, and a negotiation (談判, 協商, "
    "磋商) is a stage before the agreement signed.",
    "A share completed (已完成85%) is partial: not met, never softened to under way.",
    "The one figure of a measure word in the attainment item aligned to a one-part target "
    "answers it even when it names nothing (全年總計二十場 for 辦理客庄節慶活動20至24場).",
)


#: The general rules written after reading the sixth set's first run (variety6a/b).
_SIXTH_SET_RULES = (
    "The target's predicate marks the figure to reach (達, 至少, 不少於, 降至…以下, "
    "縮短為…以內); an earlier figure of the same clause, unmarked or only selecting "
    "(超過, 逾), says what is counted (超過20毫西弗人數降至5人以下, "
    "24小時諮詢專線平均回應時間縮短為2小時以內); a figure "
    "before 之 does so across a comma too (由7天延長為14天之梯次，占總梯次比率至少50%).",
    "Numbers: 百萬 and 千萬 stand alone (瀏覽量達百萬人次); a bare figure after a denominator is a "
    "rate (每十萬人8以下); a figure after a comparison sign and before a noun names a class "
    "(AQI>100不良站日數), while <, ≦ before a figure at the clause's end make a ceiling "
    "(濃度<15μg/m3); numerals listed with 、 name phases or classes (一、二期柴油車); a number "
    "followed by 至 and a number is the low bound of a range, never a level of its own "
    "(達6,000至6,500人).",
    "Not done in time (未能如期完成, 未依限完成) is the agency saying it missed, whatever is still "
    "under way; the agency's verdict on its aligned item settles two statements that disagree "
    "(已完成決標 … 本年度未達成), though never two figures that do.",
    "A statement in any column that the deliverable is still tendered, drafted or awarded "
    "without delivery (招標中, 草案, 決標) makes it not delivered, whatever stage before it was "
    "completed (需求訪談, 系統分析, 先期作業 are stages too).",
    "A deadline is judged at the date of the act the target asks for when the sentence gives it "
    "(決標 in September, 開工 in January, against 於10月底前完成…決標: September); else the "
    "latest date of the sentence.",
    "The agency's verdict may name what it reached (已達成凝聚僑心之目標).",
    "A clause joined by 並 or 且 that asks for a thing done with no figure "
    "(完成資料庫建置上線並登錄人才1,000人) is a binary part of the target.",
    "A period printed with 迄 (110年1月迄113年12月) is read.",
)


#: The general rules written after reading the seventh set's first run (variety7a/b).
_SEVENTH_SET_RULES = (
    "Numbers: a score (4.5分) is read, the scale it is read on is not (滿分5分, 5分量表, 5點量表); "
    "株 counts.",
    "A failure bound to the year (未能於本年度完成, 本年度未完成) is missed whatever is "
    "still under way; a thing moved to a later year (改列115年發布) is deferred; an "
    "expected publication, release or opening (預計…出版/發布/開放) is late; a first "
    "draft (初稿) is a stage.",
    "Words the target itself uses are no words against it (完成…認證展延: its 展延 is the "
    "thing asked).",
    "An attainment item shared by two targets speaks for each in a sentence of its own "
    "(…演練5場，優於預定；…機房已決標，…未能於本年度完成).",
    "A rate of attainment in the target's own attainment item (達成率104%, 達成率僅92%) decides "
    "over a figure borrowed from another item that gives none of its measure word.",
    "Things joined by 及/與/和 in a target are answered by the total its item prints (合計70場), "
    "not by the figure of one of them; a total (合計) is never a part added to another figure.",
    "Labels: a part's label keeps nouns joined by 及/與/和/或 together (書畫及器物修護40至50件), "
    "drops a leading 並/且/以及, stops before another thing joined after its figure (報告1份與…), "
    "and a figure alone in a parenthesis is labelled with what it specifies (政策建議(包含研究"
    "報告1篇)); what a part is matched by is still cut at those words.",
)


#: The general rules written after reading the eighth set's first run (variety8a/b).
_EIGHTH_SET_RULES = (
    "A change from the year before counted in the part's own unit (較前一年增加2小時) is a "
    "change: the difference of the two levels printed, never a level (20.1小時).",
    "A rate named alike in the other column (通過率77% against 認證通過率82%) is a rival figure: "
    "two columns that disagree leave the part unclear.",
    "An item aligned to another target, whose text it shares at least 1.5 times as much as this "
    "one's, is that target's account: a statement there is never this target's.",
    "A completion expected on a date after the year (預計116年第1季取得證書) is late, whatever "
    "is still under review; 取得 and 獲得 are acts of completion.",
    "A procurement target (完成…發包作業) is delivered by its award, not held back as approved.",
    "With no attainment item aligned, the execution item aligned to a one-part target answers "
    "it with its one figure of the part's measure word (…者4,152件，占86.0%).",
    "A part with a number and no figure reported is not met when an aligned item says its "
    "thing was put off or not done (教育訓練暫緩辦理，改列113年度).",
    "Parser: an item printed with no space before a figure (3.48小時內…, between items 2 and 4) "
    "is an item when the block numbers the next item later and no other with its number.",
)


#: The general rules written after reading the ninth set's first run (variety9a/b).
_NINTH_SET_RULES = (
    "A share completed (已完成80%) is partial in any column, not only in the aligned "
    "attainment item.",
    "未(能)達到 is missed; a figure of things cancelled or still pending (另3國取消行程) adds "
    "nothing to what was done; a figure in another sentence of the same item (…；已與2國簽署…) "
    "is no part of this one's.",
    "An award beside construction not done (已決標，尚未完成建置) is not delivery: a word of "
    "delivery counts only when not negated.",
    "未能如期 closing a clause is missed; a tender still open (仍在招標) is not delivery.",
    "Acronyms that name the things counted (API20項, APP5款) leave their number a count, while "
    "codes (5G, IPv6, SSG3.0) stay names.",
)


#: The general rules written after reading the tenth set's first run (variety10a/b).
_TENTH_SET_RULES = (
    "A statement that puts the very act the target asks for in the future (已完成系統開發，預計"
    "116年1月正式上線 for 完成…上線) is late in any column.",
    "A figure approved or planned (核定開辦6,720班次) is no achieved value beside the one its "
    "item marks as delivered (實際開班6,350班次), and never a part added to it.",
    "Numbers: 度 (kWh) is a measure word (1.2億度); 全年…累計 is the year's own total, not a "
    "cumulative one; 降為/增為 end a change (由280人降為266人).",
)


#: The general rules written after reading the eleventh set's first run (variety11a/b).
_ELEVENTH_SET_RULES = (
    "Numbers: minutes and seconds are one duration (8分30秒 is 8.5 minutes).",
    "A change reported as a decline or a rise (降幅20%, 增幅12%) is the change.",
    "A contrast after a done clause takes it back (細部設計已完成審定，惟進度落後).",
    "Progress given as a share (進度65%) is partial.",
)


#: The general rules written after reading the twelfth set's first run (variety12a/b).
_TWELFTH_SET_RULES = (
    "A figure taken in (受理3,412筆, 報考8,915人, 申請) is an input like one approved: beside "
    "the one its item marks as done (審查完成, 通過, 結業) it is no achieved value and no rival; "
    "進度落後 is the agency saying it missed.",
    "A total that adds up the figures before it in its sentence (投資12案及融資11案，合計23案) "
    "answers the target, whether or not the target joins the things by 及/與/和.",
    "A whole whose part (其中…) is the figure found is no rival to it (被告3萬2,416人，其中集團"
    "成員2萬4,105人).",
    "A 草案 passed and promulgated (三讀通過, 公布) is the law made, not a stage before it.",
)


#: The general rules written after reading the thirteenth set's first run (variety13a/b).
_THIRTEENTH_SET_RULES = (
    "The figures a total sums (分別為120床、86床、94床，合計300床) are no rivals in the other "
    "column: the total is. A cumulative figure (累計) sums the years, not the figures before it.",
    "For a target joining things by 及/與/和 answered by their total, a figure of one of the "
    "things in the other column (急難救助金186人次) is no rival; and a total after 其中 totals a "
    "part of the figure before it, not that figure.",
    "Any act with a deadline is a deadline target (於…10月底前辦理…論壇); 辦竣 and 辦畢 are words "
    "of done.",
    "The agency's verdict closing its item (…暫緩上線，本項未達成。) says missed whatever "
    "words of work under way precede it.",
    "「本項」 is the item's own subject: it refers to the target with the item's number unless "
    "the item names another target clearly more (items printed in another order).",
    "Of several figures of one measure word in the agency's own sentence, the one said to be "
    "the actual one (實際交車168輛 beside 補助汰換215輛) is the achieved value; one still to "
    "come (餘47輛改列下年度) never is.",
    "A change's two levels may be printed as the level and the one before it after 較 "
    "(共計1萬3,500人，較114學年度1萬2,500人): the change is computed from them. A figure "
    "followed by 之目標 is the target quoted, never the change reached.",
    "A concentration is read in every spelling (μg/m³, µg/m3, 微克/立方公尺), so the levels "
    "of the thing itself decide its change, not another pair in the sentence.",
    "A part the agency's words say was missed with no exact figure (未如預期; 近7千人) shows the "
    "one figure of its measure its aligned execution item prints, when that figure reads missed "
    "too (not the year before's after 較, not one still to come after 預計).",
    "In a compound target, the one figure of a measure word no other part counts in, in the "
    "target's own attainment item, answers that part even when the words differ (演出56場 for "
    "巡演50場).",
)


#: The general rules written after reading the fourteenth set's first run (variety14a/b).
_FOURTEENTH_SET_RULES = (
    "A word of an unfinished form (初稿, 草案, 初步, 部分, 第N階段) the target does not use says "
    "the deliverable is unfinished even when the target names an activity (評估報告已完成初稿 "
    "for 完成…評估報告).",
    "The aligned attainment item's words of work under way (仍在辦理中) answer its target before "
    "another item's words of done; another item's deferral does not replace that statement.",
    "An act awaited after another step (尚待資安檢測通過後上線) is the act expected later: every "
    "act in the clause after the word of the future counts, not only the first.",
    "A figure of work undertaken (辦理…工程35處) beside one marked done (已完工31處) gives way to "
    "it, as a figure approved does; where the other column marks figures as done, only those "
    "rival the one found.",
    "Two levels printed each with its year (114年…結案9件，113年結案6件) give a change: the "
    "later year's is the new level.",
    "A verdict naming what was reached (已達成培育目標) is a verdict like 已達成目標.",
)


#: The general rules written after reading the fifteenth set's first run (variety15a/b).
_FIFTEENTH_SET_RULES = (
    "An aim with nothing to count (強化水權管理，保障…權益) that no attainment item speaks of is "
    "not met on an execution item saying some work was done (系統擴充案已完成驗收): unclear, "
    "「執行情形僅列出已辦理的工作，達成說明未說明此項目標是否達成」.",
    "The agency's statement that the year's work was done (年度工作已如期完成, 年度工作均已辦竣) "
    "is its verdict; an aim is answered by its own attainment item's verdict in any words.",
    "A bare figure after 得分 or 分數 is a level (ETS得分0.33); a whole number printed with .0 "
    "after 之 or 的 is a level, not a version (由112年之25.0例).",
    "A figure of one of the things a target says its count includes (（含實兵演練及桌上兵推）: "
    "實兵演練六場) is a part: the total answers, and a part is no rival to it.",
    "A clause of direction (朝UNAIDS 95-95-95目標邁進) names a goal worked toward; its figures "
    "are no part of the target when another clause gives the figure to reach.",
)


#: The general rules written after reading the sixteenth set's first run (variety16a/b).
_SIXTEENTH_SET_RULES = (
    "A tender completed (已完成招標, 於…完成招標) is not delivery, as an award is not; a tender "
    "awaited (待地方政府完成招標) is no word of either.",
    "A level a change starts from may stand further after 由 (由113年每百萬元產值12.50…降至); "
    "levels dated as at a year's end (截至115年底…，114年底為…) give a change as levels dated "
    "by year do.",
    "A range with its measure word on both bounds (1,500瓩至2,000瓩) is a range; 瓩 is a "
    "measure word of capacity.",
    "A duration before the noun it qualifies (訓後3個月內薪資成長者比率, 辦理18小時…培訓) says "
    "which things are counted: beside another figure it is no figure to reach.",
)


#: The general rules written after reading the seventeenth set's first run (variety17a/b).
_SEVENTEENTH_SET_RULES = (
    "An article's number (第52條之2) and a highway's (台9線, 國道3號) are names, never a quantity.",
    "Of several changes an item reports, the one whose words name the part's thing decides "
    "(醫學中心門診件數由1,950萬件降至1,911萬件, not 地區醫院門診件數則增加3.2% beside it); a "
    "reported change comes before levels only at a tie.",
    "完工 and 竣工 are words of done (a deadline for works is met on 於114年5月完工).",
    "m/km is a unit (road roughness, IRI); 改善為 ends a change like 降為 (由3.1 m/km改善為2.7 "
    "m/km).",
)


#: The general rules written after reading the eighteenth set's first run (variety18a/b).
_EIGHTEENTH_SET_RULES = (
    "縮短 is a word of change downwards (較前一年縮短10% is a change, 縮短為30日 a ceiling); a "
    "number of days with a decimal (24.0日) or followed by a word of change (30日降至25日) is a "
    "duration, never the day of a date.",
    "A part (其中…) is the figure when it names the words of the target that the whole it is a "
    "part of lacks, before the number as after it (輔導業者約150家，其中取得國家標準驗證28家 "
    "for 輔導…業者取得國家標準驗證30家).",
    "The other column printing the figure found is no conflict, whatever other figures of the "
    "measure it prints; the other column's one figure of the measure, in a sentence naming the "
    "thing before it (列車全年開行286車次，搭乘12萬6千人次), is the same measure and can conflict.",
    "A rank, level, ceiling or change whose result or statistics are not published yet "
    "(結果預計116年12月公布, 統計資料尚未公布, 尚無排名資料) is unclear, "
    "「衡量此目標的結果或統計尚未公布」, never missed: the agency's work is not late, the figure "
    "to judge it by is not there.",
)


#: The general rules written after reading the nineteenth set's first run (variety19a/b).
_NINETEENTH_SET_RULES = (
    "A part (其中…) is the figure when its own words, after its number as before it, name words "
    "of the target that the whole's clause lacks (通過GMP評鑑達60家 against 輔導65家，其中51家"
    "通過評鑑); never a part that has not (其中未通過者) nor one of the things the target joins "
    "(定期及專案稽查: 其中專案稽查20次 is a part of 稽查共64次, which answers). A part named "
    "answers with its whole's score, in either column.",
    "Where the aligned attainment item gives no figure of the measure word (none aligned, or "
    "均已辦竣 / 已達成 with no figure, never a statement of failure), the aligned execution "
    "item's one figure answers, or the total that sums its figures (高效率馬達612案、空壓機388"
    "案、LED照明836案，合計1,836案).",
    "The statement that all the works of an aim were done (各項節能宣導工作均已辦竣, 友善設施改善"
    "均已辦竣) is the agency's verdict on it, as 年度工作均已辦竣 is.",
    "A clause with a deadline before its verb of done (於114年6月底前完成UDI資料庫上線，並登錄…"
    "3萬5千項以上) is a part of its own, a deadline part, beside the counted one.",
    "Tenths of a base (恢復至108年之八成) are read as 之 does not make them an ordinal (之一 still "
    "is); a rate named only by 之比率 after a bracket names no rate to tell apart (符合率99.2% "
    "answers it).",
)


#: The general rules written after reading the twentieth set's first run (variety20a/b).
_TWENTIETH_SET_RULES = (
    "Of the ranks an item gives, the one whose clause, with what leads to it in its sentence "
    "since the rank before, names the thing (貨櫃裝卸量第19名；航運中心發展指數第27名), words "
    "of keeping or entering a bracket (維持前, 進入前) aside; a position (第68名) naming the "
    "thing at least half as well as the best comes before a bracket (前200名); a bracket not "
    "reached or kept (仍未進入前25名, 未能維持前10名) is no rank reached.",
    "The level of the year before may follow this year's (全年載客量168.8萬人次，114年為160萬"
    "人次), and a year right before a figure dates it (參與率113年為62.0%，114年為66.5%).",
    "A duration followed by 內 is a time to stay within (於考後5個工作天內公告): a ceiling.",
    "A bound right before a noun selects the things a later figure of its clause counts in "
    "another measure word (50總噸以上客船安全檢查140艘次, 1Gbps以上固網寬頻服務之比例): it is no "
    "figure to reach; never one before a conjunction or a verb (輔導企業30家以上及媒合投資案5件).",
    "艘次, 總噸, 機關次 and 機關 are measure words; words of work under way (辦理中, 執行中) "
    "never take the 中 of 中央, 中心 or 中小 (辦理中央及地方機關訪視 is done work).",
)


#: The general rules written after reading the twenty-first set's first run (variety21a/b).
_TWENTY_FIRST_SET_RULES = (
    "A telephone number (0800-889-123, 02-2345-6789, 0800-636363: digits joined by hyphens, "
    "opening with 0 or in three groups) is a name, never a quantity or a range.",
    "A magnitude word printed on a range's high bound only is both bounds' (20至24萬人次 is "
    "200,000 to 240,000).",
    "本項 before the agency's words of failure names the item's own target, whatever another "
    "sentence of the item names (…中心已開幕；…中心已決標，…，本項未能如期完成).",
    "The level of the same survey or statistics a year before (114年同一調查為2.5%) is the "
    "level a change starts from.",
    "With no attainment item aligned, the one total of the aligned execution item answers when "
    "no other figure of its measure word is read (各辦理…一場，計三場).",
)


#: The general rules written after reading the twenty-second set's first run (variety22a/b).
_TWENTY_SECOND_SET_RULES = (
    "Works expected to start (預計114年2月開工) have not: 開工 and 動工 are acts the agency "
    "says are to come, as 完工 and 上線 are.",
    "及 before a verb of done (…管線12公里及完成七股海水供水站新建工程) joins a part of its own.",
    "A level a change starts from may be followed by the amount (由114年之88.0%提高2個百分點); "
    "when only the target prints the start, the level an aligned item reports less that start "
    "is the change (89.6 − 88.0 = 1.6 百分點).",
)


#: The general rules written after reading the twenty-third set's first run (variety23a/b).
_TWENTY_THIRD_SET_RULES = (
    "縮短為, 縮短至, 縮減為 and 降為 before a figure make a ceiling (平均處理時間縮短為1.5個"
    "工作天).",
    "An attainment item that sends the reader to the execution column (辦理情形詳執行情形說明"
    "三、四) leaves the aligned execution item to answer.",
    "A figure whose clause lacks words of the part that another sentence of its item names "
    "beside words of failure or of work to come (初步評估80座；詳細評估委託案…流標…預計114年"
    "辦理 for 詳細評估20座) counts another thing: it never answers the part.",
)


#: The general rules written after reading the twenty-fourth set's first run (variety24a/b).
_TWENTY_FOURTH_SET_RULES = (
    "A figure reached for a part with a deadline (於114年9月底前完成十二所…盤查) is missed when "
    "an aligned item dates its completion after the deadline (於114年11月完成…).",
    "The level of the year before may stand in brackets after this year's (收入6億1,132萬元"
    "(113年為5億8,000萬元)).",
)


#: The general rules written after reading the twenty-fifth set's first run (variety25a/b).
_TWENTY_FIFTH_SET_RULES = (
    "A total that sums the figures before it does not answer a target that names what one of "
    "them counts, in a clause of its own, and no other one does (河川疏濬 against 另陸上砂石開採"
    "…，合計…): the target counts that part; a list joined by 、 shares its words and its total "
    "still answers. A figure named as a total (供應總量, 總數, 總額) adds to no part.",
    "未達下限, 未達預定目標 and 未達累計目標 are the agency's words of a miss, as 未達目標 is "
    "(never 未達目標者, those that did not).",
    "如期 with the completion date (已如期於115年6月27日辦竣) is the agency's verdict on a "
    "deadline, whatever words name the thing; the date is still compared.",
    "A figure after 各 (6月及12月各辦理1次) counts each of several things, never their number: "
    "it is no rival to the count (各項, 各類, 各種 are of all kinds, not each).",
    "幅, 圖幅 and 冊 are measure words, so a Chinese numeral before them is read (兩圖幅).",
    "A rank that selects the things counted (排行前10名者達3部) makes a count, not a rank.",
    "An aim whose own attainment item leaves its outcome to be watched or assessed later "
    "(持續觀察, 尚待評估) is `unclear` (`no_verdict`), whatever work it reports done.",
    "A deliverable one column calls under way (仍在辦理中) while the other gives the share done "
    "(已完成65%) is `not_met` (`partial`), as the share alone is. Under way with no share and "
    "no verdict stays `unclear`: the maintainers' review of the bundled report labels approved-"
    "or-started-not-delivered `unclear`, while the later sets' rule book labels some of it "
    "`not_met`; the engine keeps the cautious reading, which is never a false met.",
)


#: The general rules written after reading the twenty-sixth set's first run (variety26a/b).
_TWENTY_SIXTH_SET_RULES = (
    "A deadline read as done from words without a date (白皮書已完成發布) takes the date another "
    "aligned item gives the act (於113年11月完成編印並發布): a later one, or a date expected "
    "(預計115年1月正式上線) after the deadline, is missed (`deadline_missed`, "
    "`agency_says_late`). The acts a completion date may carry are the deadline acts (發布, "
    "公告, 施行, 簽署, 決標 …) with 完成, 辦竣 and 出版, so a count with a deadline (於6月底前發布"
    "…3項子法) is late by its publication date too.",
    "An event held on a date (第11屆創業競賽於113年10月辦理決賽) is done on it, for a deadline.",
    "Work in a procedure (簽署程序中, 審議中, 協商中, 磋商中, 研議中) is under way: the figure is "
    "pending, never more of what was done (完成簽署1個，另1個簽署程序中 is 1).",
    "申請, 受理, 報名 and 報考 before a time or a rate name the cases it measures (團聚申請案件平均"
    "審查時間為12個工作天), not figures taken in.",
    "A figure of the year so far (截至113年10月底, a month before December, no 累計) is not a "
    "total over the years. A count that already reaches the target by then is met (a count "
    "only grows); one short of it is `unclear` (`year_to_date`): the rest of the year is not "
    "reported. An estimate (預估至年底…) is never a figure achieved.",
    "A numbered stage the target names itself (完成…平台第1期建置) is its deliverable, not a "
    "stage before it.",
    "For a target of approval (方案完成核定, 核定…提案30至40案) a figure approved is the one "
    "delivered: beside one taken in (受理…46案，…核定28案) it answers, it is a rival to another "
    "figure, and one of the same value naming the same act (已核定20個) confirms the figure "
    "found.",
    "A target that opens with its year (113年溫室氣體淨排放量較基準年減少10%) is not answered by "
    "the change of an earlier year (111年…減少7.8%): `unclear` (`other_year`).",
    "A time printed in another unit of time than the target's (0.3小時 for 20分鐘以內) is "
    "converted exactly (18分鐘) when no figure in the target's own unit is printed.",
)


#: The general rules written after reading the twenty-seventh set's first run (variety27a/b).
_TWENTY_SEVENTH_SET_RULES = (
    "A quota allocated (核配員額4,200名) is a figure planned: the one actually delivered beside "
    "it (實際報到服役3,986名) answers.",
    "統計至 and 迄 with a month before December date a figure of the year so far, as 截至 does.",
    "A state that describes the things counted (施工中案件, 審查中之案件) is no work under way.",
    "整併為, 合併為 and 精簡為 after a figure make it the level a change starts from (由45組整併為"
    "38組: 38 is reached).",
    "A document approved (第2期報告已核定) is delivered: for a report, a white paper, a plan or a "
    "guideline (報告, 白皮書, 方案, 規範, 指引, 計畫書) the approval is its completion; a "
    "facility approved is still not built.",
    "A position after a word of ranking needs no 名 (名列第七, 排名第3), never a session or an "
    "edition (排名第12屆).",
    "百 and 千 alone after a word of about are a hundred and a thousand (近百家 is below 100: "
    "not met; 逾千人 is above 1,000).",
    "Another few whose sentence puts them in the future (另3個團體已完成簽約，預計114年初加入) "
    "add nothing to what was done.",
)


#: The general rules written after reading the twenty-eighth set's first run (variety28a/b).
_TWENTY_EIGHTH_SET_RULES = (
    "A target joining things (道路及排水設施更新16公里) whose best match is one part (其中道路"
    "刨鋪11.2公里) of a whole that the aligned attainment item gives as its one figure of the "
    "measure word (完成18.6公里) is answered by that whole.",
    "An item reading done briefly (平台2.0版已完成開發) gives way to another naming the thing "
    "fully that puts the very act the target asks for in the future (刻正辦理系統驗收，預計116年"
    "1月上線): `not_met` (`agency_says_late`), unless the brief item has words of a miss of its "
    "own (read as the agency's words).",
    "Of the changes the aligned items give, an exact one comes before one said about (降幅約2成 "
    "beside the levels 1.32→1.06: 19.7 %).",
    "A month with no year (論壇已於11月辦理完成) is of the deadline's year; a date and a word of "
    "done on the item aligned to a deadline answer it however briefly the item names the thing.",
    "A survey or a rating whose report is not done (滿意度調查報告尚未完成) is a result not yet "
    "published: `unclear`, not missed.",
    "Part of the thing dated by a year after the report's (預約制已於本局實施，各辦事處114年實施 "
    "in a 113 report, for 本局及各辦事處全面實施) is done after the year: a part read met is "
    "`not_met` (`agency_says_late`).",
    "An aim stated as reached in its own words on its item (…，服務品質提升 for 提升…服務品質; "
    "深化雙邊領事合作), with no word of pursuit or plan (持續, 將, 以, 預計), is `met` "
    "(`aim_stated`).",
    "A figure read met whose value is, in another aligned item, a whole of which a part meets "
    "the condition the target puts on what it counts (其中11次於次月15日前公布 for 每月於次月"
    "15日前公布…全年12次) is that part's (never for a target joining things: 定期及專案視察).",
)


#: The general rules written after reading the twenty-ninth set's first run (variety29a/b).
_TWENTY_NINTH_SET_RULES = (
    "Where a sentence dates several acts, the date of the act the deadline asks for decides "
    "(主體工程於8月26日完工，11月完成驗收 for 於9月底前完工: August); on the item aligned to the "
    "target that date says enough, however briefly the sentence names the thing. Dates with "
    "dots (114.10.15完成上線) are dates; 定稿 completes a report.",
    "簽署, 簽訂, 簽約, 決標, 完工 and 定稿 are acts that words of the future put in the future "
    "(預計115年簽署: not signed this year).",
    "A target to draft (完成…草案編修) is met by the draft done by the very act it asks for, "
    "whatever review follows (已完成編修，送審議中); never by a draft done by another act (修正"
    "草案完成預告 for 草案函送立法院).",
    "A part is never the figure when the target names each part (國道1號、國道3號共30處 against "
    "其中國道1號21處、國道3號12處): the whole answers; a part's own words end at the next "
    "delimiter.",
    "A figure of a plan or a design (已完成110槍之建置規劃) is planned, not delivered, and a rate "
    "of attainment beside it (達成率100%) is the plan's, never the target's.",
    "No part is added to a figure from an item aligned to other targets only (完成15處…評鑑 "
    "beside 完成8處…改善).",
    "The formal numerals that are no common word (壹, 貳, 肆, 柒, 捌, 玖, 拾, 佰, 仟: 拾場) are "
    "read as numerals (參, 伍, 陸 are not: 參與, 隊伍, 大陸); 年增率 is a change.",
)


#: The general rules written after reading the thirtieth set's first run (variety30a/b).
_THIRTIETH_SET_RULES = (
    "開放 (opened to users) is an act with a date, for a deadline (115年10月14日正式開放業界"
    "試量產驗證 for 於9月30日前…開放業界使用).",
    "The very act a target asks for dated after the report's year (115年1月完成驗收 in a 114 "
    "report, for 完成…採購及驗收) was not done in the year: `not_met` (`agency_says_late`); a "
    "date expected of another act (預計114年5月完工 for 工程進度達80%) says nothing of it.",
    "A deadline within the report's year whose work the agency calls under way or on track "
    "(進度符合預期; 實地稽核排定114年2月辦理) was missed: the report is written after it.",
    "Those admitted (錄取8名) are not those who came (實際報到7名) unless admitting is what the "
    "target asks for; never added to them.",
    "A part asking that all do it (並全數取得原廠教官資格) is `not_met` (`partial`) when its "
    "sentence counts fewer of them (6人完成受訓，其中5人取得資格).",
    "A digit after 成 counts hundredths (八成五 is 85 %).",
    "個 before a noun ending in the part's measure word counts in that word (3個分隊 for 3隊).",
)


#: The general rules written after reading the thirty-first set's first run (variety31a/b).
_THIRTY_FIRST_SET_RULES = (
    "A deadline may be printed in the Gregorian year (於2026年6月底前: 115年6月) and on a named "
    "day (於115年12月10日世界人權日前: the 10th); a day printed is compared (115年12月13日閉幕 is "
    "late); 前瞻 is no deadline. 閉幕 and 落幕 complete an event.",
    "A done sentence that puts off one of the things the target asks (完成實驗室驗證，現場驗證"
    "…延至116年辦理 for 完成…實驗室及現場驗證) is `not_met` (`agency_says_late`).",
    "A target to send something on (提送…修正建議, 草案並報行政院審議) is met once it is sent "
    "(已提送, 已報行政院), whatever review follows at the other end (審議中); a target to enact "
    "is not.",
    "Weights, lengths and areas convert exactly like times (12萬6千公斤 is 126公噸; 14萬2,000"
    "平方公尺 is 14.2公頃), when the figure names the same measure.",
)


#: The general rules written after reading the thirty-second set's first run (variety32a/b).
_THIRTY_SECOND_SET_RULES = (
    "A count of the year's new cases (114年度新申請…45件) is answered by a figure less the cases "
    "carried over it says it includes (52件（含113年度結轉案件8件）: 44), and by the same total "
    "elsewhere less them too; the cases carried over add to nothing.",
    "A thing asked that its sentence puts in the future (CNS驗證申請已送件，預計116年取得 beside "
    "完成…試驗) is left undone; 取得 is an act words of the future put there; 申請中 is work "
    "under way.",
    "A figure per head (每人年借閱冊數3.5冊) is answered only by a figure per head or an average, "
    "never by a total (借閱冊數8,650萬冊).",
)


#: The general rules written after reading the thirty-third set's first run (variety33a/b).
_THIRTY_THIRD_SET_RULES = (
    "A count asked per quarter or month (召開推動會議每季1次, 每月2場) is the count a year it "
    "makes (4, 24).",
    "千億 after 兆 is read (1兆1千億元 is 1.1 × 10¹²).",
    "A target to send something on for approval (並報院核定) asks the approval too: sending it "
    "(已報行政院，審議中) does not meet it.",
    "A count whose own part its sentence puts off (共4場，其中1場因颱風延至114年1月辦理) is the "
    "count less that part (3).",
)


_THIRTY_FOURTH_SET_RULES = (
    "百 after a digit is a hundred within a numeral (1萬8百公里 is 10,800; never 百分點); 層 "
    "counts layers (圖層200層), never a building's floors (12層樓).",
    "A number inside a quoted title with other words (「含氟牙膏1000ppm」宣導, 「樂齡100分」講座) "
    "names it, measure word and all.",
    "A target of zero (重大職業災害0件) is a ceiling: nobody sets out to do nothing; held at zero "
    "it is exceeded, as the rule book's 0 ≤ 0 × 0.9 says.",
    "A figure of each thing another figure counts (訓練300場，每場2小時; 40班，每班25人) "
    "describes them: no part of its own.",
    "Of a whole and a part (其中…), the part done by the one act the target asks for answers "
    "(公告…8項 against 開發8項，其中已公告4項), as a part naming two of its words did.",
    "A deadline is decided by the date an aligned item gives the act asked, within it: "
    "如期上線 (no date) is the agency's verdict, the date beside it the evidence; a date the act "
    "began after the deadline (於115年6月10日起公開展覽 for 於4月30日前) misses it; lateness "
    "against the agency's own schedule (較原訂期程延後, 原訂9月) is not against the target's.",
    "A target asking a share of work done (累計進度達85%, 完成率達90%) is answered by the progress "
    "printed, never made partial by it; a first phase done (第一階段已建置完成) of a thing asked "
    "whole is partial, the phase asked (完成…第1期建置) is the thing.",
    "A level to hold all through the period (全年維持8天以上) is judged by the lowest figure "
    "printed (最低為7.6天), a ceiling by the highest; an average asked, by the average.",
    "A breakdown after a colon with no total (完工案件：北部3案、中部5案、…) is summed when its "
    "figures are all of one measure word and end the sentence.",
    "初稿 (a first draft) is a draft: not the thing delivered (the first set's 白皮書初稿已完成，"
    "刻正辦理… was labelled unclear there; the rule book and later sets read a draft as not done); "
    "未如期 is a word of a miss.",
)


_THIRTY_FIFTH_SET_RULES = (
    "A tender annulled (廢標) or put out again (重新公告招標) is a failed tender, no award; "
    "開通, 開辦 and 揭牌 are acts a deadline dates (專線於113年4月1日開通 against 3月底前).",
    "Two columns printing different figures of the same thing that give different statuses "
    "decide nothing (`unclear`), exceeded against met as much as met against not met.",
    "A figure in an item aligned to another target that shares words with this one weighs "
    "below one in this target's own aligned item of that column.",
    "A score (85分) is a level; a result still being counted (調查結果刻正統計中) is not out.",
    "A word of failure opening a relative clause (列管未達成結案之爭議案件: the cases not "
    "closed) names things, no miss; 未完成之部分 still is one.",
    "Parts of one target counting in one measure word (研討會2場及諮商4場) each take their own "
    "figure, never a total of them all (合計7場次), which rivals none of them.",
    "A bracket of what a count includes (（含45歲以下青年）) asks no condition: the whole "
    "answers, never its part (其中青年258人次).",
    "A bracket giving an earlier year's figure (（113年度為1萬1,600件）) is the baseline, no part.",
    "An aim whose attainment item says only that the work goes on (持續滾動檢討精進中) has no "
    "verdict, whatever work its execution item lists.",
)


_THIRTY_SIXTH_SET_RULES = (
    "What is set up (成立) is founded by its opening (揭牌運作, 開幕, 啟用): that date decides "
    "its deadline; for a deadline, of an item's clauses the one dating the act asked is read "
    "(…核定208件，並於115年9月24日完成期中審查: the review's date).",
    "無未達成 (nothing missed) is no miss; 預告 (a draft put out for comment) is an act of "
    "sending on: done when put out, whatever comments follow.",
    "Another column's figure that a sibling part names better (回傳率96.4% for 裝設率達98%且"
    "回傳率達95%) rivals no part; a figure less the part its sentence puts off rivals as that.",
    "A rate (截至11月底使用率71.5%) or an amount short of its target (廚餘回收量50.2萬公噸) to a "
    "month before the year's end is not the year's; figures still to be compiled (全年統計數據"
    "尚待彙整) are not out.",
    "A cumulative figure to the end of an earlier year (（113年底累計2,540處） in a 114 report) "
    "is the starting level; with only the year's own figure beside it nothing answers (the two "
    "are never added).",
    "A rate asked with only a whole and its part printed as counts (畢業生612人，其中投入重點"
    "產業就業者459人; 應安置412人，已安置412人) is their share (75%, 100%), when the part names "
    "what the rate counts and its item prints no rate of its own.",
)


_THIRTY_SEVENTH_SET_RULES = (
    "Hours and minutes are one time (1小時20分 is 80 minutes, 分 after 小時 no score); N期 "
    "before a noun (二期園區, 三期工程) names a phase, no count.",
    "A figure given against the target (較目標值多辦理3場, 較目標少2場) is the target plus (or "
    "less) it.",
    "An exact figure of the same measure beats one about, near or over it (約120項 against 累計"
    "118項 in the other column; 近900萬張（計899萬6千張）), within a tenth of it.",
    "增加 right before a count (試辦醫院增加5家) asks a change: two printed levels (由18家增加至"
    "23家) give it; a level after 至 with its year between (增加至113年23家) is no change printed.",
    "Sending on put in the future (預定115年送行政院審查) is not done; a part with no attainment "
    "item of its own is answered by its aligned execution item's statement that it was done "
    "(已於115年10月14日發布施行); 中 before 醫 or 藥 (社區中醫) is no word of work under way.",
)


_THIRTY_EIGHTH_SET_RULES = (
    "Things only bought (6輛已完成採購) are not yet delivered beside a figure of those "
    "delivered (交車4輛, 交貨, 到貨); a date of an act done all at once (於113年11月4日全面"
    "上線) is its date.",
    "A ceiling or a level answered by figures for each of several (RTO分別為3.5小時及4.5小時) is "
    "decided by the worst of them, as each must hold.",
    "A standard's code with its part (ISO 14064-1) is no range and counts nothing.",
    "An exact figure that rounds to one about (64.8% for 約65%), the one of its measure in the "
    "other column, is the account, and no rival to it.",
    "A survey under way (刻正委託調查中) gives no figure yet.",
    "Works (…補強工程) are done when finished (竣工, 完工), not when accepted (驗收); a month "
    "with 底 (8月底竣工) dates the act after it.",
    "A part at a later stage (其中2案審議中) is no part put off; only a part put off or cancelled "
    "(延至, 取消, 停辦) comes off a count.",
    "A length of each (每部長度30分鐘以上, 每集長度25分鐘) is no part.",
    "Things still being made and released later (拍攝12部，後製剪輯中，預計115年3月公開) are not "
    "done: a stage reached.",
    "With no statement deciding, the act asked dated after the deadline (採購案…延至115年12月5日"
    "決標) misses it.",
)


_THIRTY_NINTH_SET_RULES = (
    "新臺幣 names no thing (a part 其中…折合新臺幣4.8億元 is no closer to 不法所得新臺幣30億元 "
    "for it).",
    "Cases taken in (受理…2,400件) against a target to complete them: the figure the other "
    "aligned item marks done (完成鑑識2,160件) answers; 申請案 in a target names things.",
    "A figure is marked done by the words right after it that end its clause (6所已完工, 8處已"
    "完工), never by an act with an object after it (42場完成設置評估).",
    "The whole of which the found figure is a part in its own item (完訓95人，其中取得證書88人) "
    "is no rival to it in the other column.",
)


_FORTIETH_SET_RULES = (
    "A sign (≤, <) makes a ceiling only right before its figure; one defining a class before "
    "it ((AQI≤50)日數比率達55%以上) does not.",
    "A rate of 100% asked is answered by a statement that every one was done (篩出326人，均已轉介"
    "輔導; 58件均於30日內處理完成) in words of the target's act, with no word of a miss.",
    "A count in 個 is answered in the word it names (縣市數…18個: 累計19縣市).",
    "Among graded parts (其中重度級25家、中度級31家、一般級16家; 甲級、乙級、丙級) the one whose "
    "own word the target names answers, not the total.",
)


_FORTY_FIRST_SET_RULES = (
    "零 inside a numeral (1萬零350, 3千零8) is read; a range may end in a word not listed (1萬2千"
    "尾至1萬5千尾) when both bounds carry it.",
    "A rate of 100% asked is answered by every one let, awarded or signed too (8標全數發包 for "
    "發包率達100%): the act asked says enough.",
)


_FORTY_SECOND_SET_RULES = (
    "A figure estimated or forecast (預估占比36%，可望達成) is no result: the target stays "
    "unclear until one is printed.",
    "A clause doing the thing somewhere (並於國保網站上架) is a part of its own; 上架 put in the "
    "future (預計116年1月於網站上架) is not done.",
    "An award whose contract was then ended (第3次招標於9月決標，惟得標廠商於11月合意解約) is "
    "undone: not delivered.",
)


_FORTY_THIRD_SET_RULES = (
    "檔 (runs of a show), 齣 and 首 are measure words, so a Chinese numeral before them is read "
    "(特展四檔); never 首 meaning first (首演, 首次) nor 檔案.",
    "A word of holding (維持在, 控制在) gives no direction: 以上 after the number makes a floor "
    "(維持在4.5分以上), 以下 a ceiling.",
    "A works' progress (工程進度達75%) is its state since the start: the cumulative progress "
    "answers it (累計進度72.4%), the year's share (本年度進度18.2%) only a target of the year's "
    "progress.",
    "A prototype (雛型, 雛形) is an unfinished form like a draft: not the thing, unless the "
    "target asks for the prototype.",
    "A part with no statement of its own whose act the agency expects after the report's year "
    "(預計116年1月正式恢復運轉 in a 115 report) is late; 恢復 before an act (恢復運轉, 恢復開放) "
    "and 運轉 are acts of delivery.",
    "An average asked (月平均…達50萬次) is answered by the average printed, never the year's "
    "total or one month's figure beside it, and only another average rivals it.",
    "The figures a total sums (96件、28件、21件，合計145件) are never added to it.",
    "A figure over or near a bound (逾5萬, 近900萬) is replaced by an exact one only when the "
    "exact figure agrees with the bound; 逾5萬 against 4萬6,300 is a conflict: `unclear`.",
    "A part conferred by another (其中12處已由地方政府登錄) is a later stage: when the whole is "
    "counted by the act asked (提報35處 for 提報…30處) the whole answers.",
    "The review at the other end of a sending the target names (提報…予地方政府審議; 審議中) is "
    "not work under way; 提報 is a sending.",
    "An item closing with its own clause that the work is done (…，已完成。) gives a verdict an "
    "aim is answered by.",
    "Words of deferral on an item aligned by number that names its own target more than any "
    "other (委託案兩次流標 under 完成…委託案決標) speak of that target only, never of a "
    "neighbour left without evidence.",
    "A thing built whose next clause counts what it holds (建置…序列庫，收錄物種1,000種) is one "
    "count: the build is no part of its own.",
)


_FORTY_FOURTH_SET_RULES = (
    "An approval by another body, dated (116年11月27日經核安會審查同意), is the completion date "
    "of a target to obtain it: after the deadline, missed, whatever an undated 已…達成 says.",
    "A count asked each month or quarter that opens the target's words (每月辦理…檢查1次) is "
    "the year's count it makes (12次), as one right before the number always was; never an "
    "average (每月平均) nor a measurement.",
    "An aim (促進研發成果擴散) whose item answers it only by its pursuit (持續推動成果擴散) has "
    "no verdict, whatever work beside it was done, unless the item gives the agency's own "
    "verdict.",
    "Dose rates (微西弗/小時), doses (微西弗, 毫西弗) and sound levels (分貝) are measurements "
    "(never a 微 or a score in 分); a bare number after 比 (減容比3.2) is a ratio read.",
    "A procurement asked (完成…工程發包) is not late by the works after its award (已決標，預計117"
    "年6月完工), unless the target asks that act too (發包並開工).",
)


_FORTY_FIFTH_SET_RULES = (
    "A purchase (已完成採購) is a stage before a thing to build or install, unless the target "
    "asks for the purchase.",
    "A document's final text or issue (定稿, 出版, 發布), dated in an aligned item, is its "
    "completion date for a deadline (初稿 in time, 定稿出版 after it: missed).",
    "A target value revised (目標值調整為220場, 目標下修至…) is a target, never a result; the "
    "printed target decides.",
    "The first place in words (居…之冠, 奪冠, 位居首位) is rank 1.",
)


_FORTY_SIXTH_SET_RULES = (
    "A deadline met on one act's date (竣工 on 6月28日, 如期完成) is missed when an aligned item "
    "dates a later act the target asks too after it (於7月1日開放參觀 for …完成更新並開放參觀).",
    "An act followed by 後 and something to come (溫室完工後將可提升…) is a condition, no "
    "statement that it was done.",
)


_FORTY_SEVENTH_SET_RULES = (
    "Numbers inside title marks (《臺灣電子業的黃金年代(1966-1990)》, 〈…〉) name the title, as "
    "inside 「」.",
    "An issue (發布, 公布) after a word of the future in its clause (預定115年提送…審查後發布) "
    "is to come: a draft, not the rule made.",
    "測試中, 試運轉中, 開發中, 研擬中 and 修訂中 are work under way.",
    "An act asked of things joined (門診及住院模組上線) said of one (門診模組已上線) while the "
    "item says another it names is under way or not done (住院模組測試中) is partial: not met.",
    "Things applied for (提出品種權申請2件) never answer a part asking them obtained (取得, "
    "獲得, 核准, 核發) unless it asks the application.",
)


#: The rules narrowed after the adversarial review of sections 51, 53 and 54 (review 13).
_REVIEW13_RULES = (
    "A count asked a month or a quarter (每月辦理…1次) is answered by one reported a month or a "
    "quarter (每月均辦理…1次, 每月平均訪視32人次) as the year's count it makes too; where the item "
    "gives the year's own count (全年共11次) a figure a month is no account of the year; a cap "
    "each month (每月…5件以下) is never multiplied.",
    "A first place said in words (奪冠, 居…之冠) is a rank only of the ranking the part names "
    "(at least half its words), never of one of its sub-items (治安分項).",
    "A purchase is a stage before the thing only when the thing is not itself bought (添購, "
    "購置), or when the clause says only the purchase's tender or award.",
    "A document's final text or issue dates nothing for a deadline asking its draft (初稿).",
    "A later act dates a deadline missed only when the words before its date name no other "
    "thing than the target's (圖書室於9月1日開放使用 for 活動中心…開放使用 dates nothing).",
    "Older breaks it found, mended too: an act followed by 後 and a word of what it will allow "
    "anywhere in its clause (上線後便可…, 建置完成後即可…, 完工後對於…將可…) is a condition, "
    "no statement of done; a fall by so much in any unit (噪音平均降低3分貝, 處理天數縮短3天) is "
    "a change, never a level (降至, 縮短為 are levels; 減量 names an amount).",
    "Averages are never added up (本年月平均48萬次 and 113年月平均52萬次; 分館加權平均4.3分 and "
    "整體加權平均4.4分); an average a month or a quarter asked, with no average printed, reads "
    "the year's total as the average it makes (全年受理1,245件 for 每月平均100件: 103.75), "
    "never as it stands.",
)


#: The rules narrowed after the adversarial review of section 50 (review 12).
_REVIEW12_RULES = (
    "A works' progress is the year's when a word of the year stands anywhere in its clause "
    "(年度工程進度, 115年度施工進度, 本年度預定完成工程進度), and money's progress (經費執行進度) "
    "is no works' progress.",
    "A prototype is one by any of its names (雛型, 雛形, 原型); one passed (已由雛型進入量產) or "
    "beside the thing delivered is its history.",
    "An act expected after the year makes a part late only when the words before it name the "
    "target's thing or nothing (周邊管線預計116年5月啟用 is another thing's).",
    "A total blocks only the figures it sums (a run before it adding up to it), never those of "
    "another thing (合計8場 after 15場、12場); a figure after it opened by 另 (另於12月加開"
    "講座5場) is more of the same, in any sentence of the item.",
    "The whole counted by the act asked answers before a part only when the part names nothing "
    "of what is asked the whole does not (其中42家不合格已輔導改善 for 查核並輔導改善不合格業者 "
    "is the figure; 其中新輔導商圈11處 is a subgroup).",
    "Review at the other end of a sending is not work under way only when the target asks "
    "nothing after it (審議並核定, 審議通過 ask the approval).",
    "A thing built and counted by what it holds is one count only for 收錄 and 涵蓋 (members "
    "納入 a platform not yet built leave the build a part of its own).",
)


#: The rules written from the adversarial review of sections 40 to 43 (review 11).
_REVIEW11_RULES = (
    "如期 with an act is the agency's verdict only said as a fact (opening a clause, or after "
    "已, 均, 並): never 督促廠商如期完工, 是否如期上線, 預估可如期上線.",
    "A level is judged by its lowest figure only when the target asks to hold it (維持, 保持); a "
    "year's count or rate (全年辦理24場, 審結率達95%) never by its lowest month or branch.",
    "A breakdown after a colon is summed only when no label is of the opposite outcome (核定120案"
    "、不核定30案: nothing to add).",
    "A word of failure opening a relative clause that names the miss's cause (未達成預定目標之原因"
    "為…) is a miss.",
    "A draft or a failed tender beside the thing delivered (已於11月出版（初稿於8月完成）; 廢標後"
    "重新招標，已於5月決標) is its history; 原預定…送 is the plan it was done against (已提前於8月"
    "函送).",
    "A figure per thing with at least (每場至少20組) is a condition, a part of its own; an opening "
    "of another unit (另附設日照中心於8月揭牌) dates nothing asked; 成立 is an act a date "
    "dates.",
    "A first phase done (第一期工程已竣工) is partial where a later phase is asked too "
    "(第一期及第二期).",
    "Two shares in one sentence (應收1,200件，已寄發1,200件，實際收繳860件) leave the rate unread.",
    "A date something began from (114年7月起系統開放使用) is no completion date; an act begun "
    "after the deadline misses it only when it is the very act asked (its last words).",
    "截至12月底 is the whole year; only the year's figures still to be compiled (全年…尚待彙整) "
    "leave a result out, never those of its parts (各分項數據尚待彙整).",
)


#: The rules written from the adversarial review of sections 34 and 35 (review 10).
_REVIEW10_RULES = (
    "A date with a month and no year (於7月正式上線, 於4月決標) is of the deadline's year wherever "
    "it stands, never after 上年度 or before 起; for a procurement asked (完成…採購) the award "
    "(決標) is its act.",
    "A date of another act than the one asked (如期於114年6月完成發包作業, 完成系統教育訓練, "
    "完成測試 for …新建工程, …系統上線) says nothing of the thing: `unclear`; the words after a "
    "date are read past the day and the verbs of done (6月27日辦竣, 10月1日起實施).",
    "Work that follows a thing delivered (115年起辦理…維護管理; 後續補強作業持續辦理中) neither "
    "makes it late nor under way.",
    "A part asking that all do it is missed only by a part that did the act asked (其中5人取得"
    "資格), never by a subgroup described (其中女性8人, 其中3區結合學校辦理); 平均 is no 均.",
    "至 with a month's end (至10月底) dates a figure of the year so far, like 截至.",
    "批, 階段 and 週期 after 名列第 name a tier, no rank.",
    "An aim stated as reached has no word of shortfall or doubt (並無, 不彰, 是否, …方面) and is "
    "no heading before its work (提升…品質：辦理訪視120次).",
    "預告 and 公聽會 are acts after a draft; 籌備中 is work under way.",
    "A document approved answers only a target asking that document (稽核計畫已奉核定 is no "
    "稽核報告).",
    "Minutes after hours (1小時45分鐘) are one time (105分鐘); the level before a cut may be "
    "printed as 原有 in another clause or sentence (原有45種，…精簡為30種: 15 cut); a target of "
    "the level left (將服務站由25處整併為15處) is no count of things cut.",
)


#: The rules written from the adversarial review of sections 29 to 33 (review 9).
_REVIEW9_RULES = (
    "A month with no year is a date only when an act of done follows it (never 自3月起籌備); an "
    "event held on a date is the event, never a step before it the target does not name (籌備"
    "會議, 報名, 說明會).",
    "未克 and 難以 are words of a miss (未克如期於114年6月完成), and never 如期.",
    "A figure to a month (截至10月底) followed in its sentence by the whole year's (全年…1,450件) "
    "leaves the latter the year's; one to a month after the report's year (截至115年1月底 in a "
    "114 report) is the year's. A ceiling below its bound by October is `unclear` "
    "(`year_to_date`): the rest of the year may pass it.",
    "A position followed by 組, 等, 級, 類, 群 or 區 (名列第二組群, 名列第一等) is a tier, no "
    "rank.",
    "Formal numerals are read by runs: 參, 伍 and 陸 in a run of numerals (參拾, 伍拾捌) and never "
    "alone (參與, 隊伍, 大陸); 拾 after 撿 or 收 is a word (撿拾).",
    "A document approved is delivered unless the target asks to carry it out (推動…方案).",
    "An aim stated as reached is a clause opening or closing with the aim's verb and with no "
    "word of pursuit, purpose or shortfall (有待, 須再, 有限, 為…); one naming work after the "
    "aim (辦理提升…研習, 訂定強化…計畫) is no verdict.",
    "A draft done meets a target to draft only when the target asks nothing after the draft "
    "(函報, 函送, 發布…).",
    "A time printed in another unit stands for the part's only when its words name the same "
    "measure (thing-similarity at least 0.4: never 回應時間3秒 for 處理時間2小時).",
    "A count of things cut (精簡申辦表單20種) is answered by how many were cut (由45種精簡為30種: "
    "15), never by the level left.",
    "A later year or a later date of another phase (115年起辦理…第二期; 第2期系統預計115年3月上線) "
    "or of another act whose object the target does not name (114年10月完成教育訓練 for 完成資料"
    "庫建置) makes nothing late; of dated acts in a clause, all acts after the date count "
    "(完成編印並發布).",
)


#: Ordinal words of the sets whose rules have sections of their own (:func:`_rules_section`).
_ORDINALS = {
    13: "thirteenth",
    14: "fourteenth",
    15: "fifteenth",
    16: "sixteenth",
    17: "seventeenth",
    18: "eighteenth",
    19: "nineteenth",
    20: "twentieth",
    21: "twenty-first",
    22: "twenty-second",
    23: "twenty-third",
    24: "twenty-fourth",
    25: "twenty-fifth",
    26: "twenty-sixth",
    27: "twenty-seventh",
    28: "twenty-eighth",
    29: "twenty-ninth",
    30: "thirtieth",
    31: "thirty-first",
    32: "thirty-second",
    33: "thirty-third",
    34: "thirty-fourth",
    35: "thirty-fifth",
    36: "thirty-sixth",
    37: "thirty-seventh",
    38: "thirty-eighth",
    39: "thirty-ninth",
    40: "fortieth",
    41: "forty-first",
    42: "forty-second",
    43: "forty-third",
    44: "forty-fourth",
    45: "forty-fifth",
    46: "forty-sixth",
    47: "forty-seventh",
    48: "forty-eighth",
    49: "forty-ninth",
    50: "fiftieth",
    51: "fifty-first",
    52: "fifty-second",
    53: "fifty-third",
    54: "fifty-fourth",
    55: "fifty-fifth",
    56: "fifty-sixth",
    57: "fifty-seventh",
    58: "fifty-eighth",
    59: "fifty-ninth",
    60: "sixtieth",
    61: "sixty-first",
    62: "sixty-second",
    63: "sixty-third",
    64: "sixty-fourth",
    65: "sixty-fifth",
    66: "sixty-sixth",
    67: "sixty-seventh",
    68: "sixty-eighth",
    69: "sixty-ninth",
    70: "seventieth",
    71: "seventy-first",
    72: "seventy-second",
    73: "seventy-third",
    74: "seventy-fourth",
}


def _rules_section(
    section: int, set_no: int, rules: tuple[str, ...], measured_from: int
) -> list[str]:
    """The section of the rules written from one set's first run, the next set (written before
    it was read) measuring sections ``measured_from`` to ``section`` out of sample; sections up
    to 20 were measured already (past tense), later ones are measured by the sets now."""
    name, following = _ORDINALS[set_no], _ORDINALS[set_no + 1]
    verb = "measured" if section <= 20 else "measures"
    joined = "and" if measured_from == section - 1 else "to"
    return [
        f"### {section}. Rules from the {name} set (variety{set_no}, in sample since)",
        "",
        f"Written after reading the disagreements of the {name} set's first run (recorded "
        f"below), each general and unit-tested "
        f"(`tests/analyse/test_{name.replace('-', '_')}_set_rules.py`); the {following} set, "
        f"written before the {name} was read, {verb} sections {measured_from} {joined} "
        f"{section} out of sample:",
        "",
        *[f"- {rule}" for rule in rules],
        "",
    ]


def _third_set_rules() -> list[str]:
    return [
        "### 7. Rules from the third set (variety3, in sample since)",
        "",
        "Written after reading the disagreements of the third set's first run, each as a "
        "general rule with its own unit test in `tests/analyse/`; the set is in sample since "
        "(its first-run figures are recorded below), and the fourth set measures them out of "
        "sample:",
        "",
        *[f"- {rule}" for rule in _THIRD_SET_RULES],
        "",
        "### 8. Rules from the fourth set (variety4, in sample since)",
        "",
        "Written after reading the disagreements of the fourth set's first run (its figures "
        "are recorded below), each general and unit-tested; the fifth set measures them out "
        "of sample:",
        "",
        *[f"- {rule}" for rule in _FOURTH_SET_RULES],
        "",
        "### 9. Rules from the fifth set (variety5, in sample since)",
        "",
        "Written after reading the disagreements of the fifth set's first run (recorded "
        "below), each general and unit-tested; the sixth set measures them out of sample:",
        "",
        *[f"- {rule}" for rule in _FIFTH_SET_RULES],
        "",
        "### 10. Rules from the sixth set (variety6, in sample since)",
        "",
        "Written after reading the disagreements of the sixth set's first run (recorded "
        "below), each general and unit-tested (`tests/analyse/test_sixth_set_rules.py`); the "
        "seventh set measures them out of sample:",
        "",
        *[f"- {rule}" for rule in _SIXTH_SET_RULES],
        "",
        "### 11. Rules from the seventh set (variety7, in sample since)",
        "",
        "Written after reading the disagreements of the seventh set's first run (recorded "
        "below), each general and unit-tested (`tests/analyse/test_seventh_set_rules.py`); the "
        "eighth set measures them out of sample:",
        "",
        *[f"- {rule}" for rule in _SEVENTH_SET_RULES],
        "",
        "### 12. Rules from the eighth set (variety8, in sample since)",
        "",
        "Written after reading the disagreements of the eighth set's first run (recorded "
        "below), each general and unit-tested (`tests/analyse/test_eighth_set_rules.py`); the "
        "ninth set measured them out of sample:",
        "",
        *[f"- {rule}" for rule in _EIGHTH_SET_RULES],
        "",
        "### 13. Rules from the ninth set (variety9, in sample since)",
        "",
        "Written after reading the disagreements of the ninth set's first run (recorded "
        "below), each general and unit-tested (`tests/analyse/test_ninth_set_rules.py`); the "
        "tenth set measured sections 12 and 13 out of sample:",
        "",
        *[f"- {rule}" for rule in _NINTH_SET_RULES],
        "",
        "### 14. Rules from the tenth set (variety10, in sample since)",
        "",
        "Written after reading the disagreements of the tenth set's first run (recorded "
        "below), each general and unit-tested (`tests/analyse/test_tenth_set_rules.py`); the "
        "eleventh set measured sections 13 and 14 out of sample:",
        "",
        *[f"- {rule}" for rule in _TENTH_SET_RULES],
        "",
        "### 15. Rules from the eleventh set (variety11, in sample since)",
        "",
        "Written after reading the disagreements of the eleventh set's first run (recorded "
        "below), each general and unit-tested (`tests/analyse/test_eleventh_set_rules.py`); the "
        "twelfth set measured sections 14 and 15 out of sample:",
        "",
        *[f"- {rule}" for rule in _ELEVENTH_SET_RULES],
        "",
        "### 16. Rules from the twelfth set (variety12, in sample since)",
        "",
        "Written after reading the disagreements of the twelfth set's first run (recorded "
        "below), each general and unit-tested (`tests/analyse/test_twelfth_set_rules.py`); the "
        "thirteenth set measured sections 15 and 16 out of sample:",
        "",
        *[f"- {rule}" for rule in _TWELFTH_SET_RULES],
        "",
        # sections 17 on: each from one set, the next written before it was read
        *[
            line
            for section, set_no, rules, measured_from in (
                (17, 13, _THIRTEENTH_SET_RULES, 16),
                (18, 14, _FOURTEENTH_SET_RULES, 17),
                (19, 15, _FIFTEENTH_SET_RULES, 18),
                (20, 16, _SIXTEENTH_SET_RULES, 19),
                (21, 17, _SEVENTEENTH_SET_RULES, 20),
                (22, 18, _EIGHTEENTH_SET_RULES, 21),
                (23, 19, _NINETEENTH_SET_RULES, 22),
                (24, 20, _TWENTIETH_SET_RULES, 22),
                (25, 21, _TWENTY_FIRST_SET_RULES, 22),
                (26, 22, _TWENTY_SECOND_SET_RULES, 22),
                (27, 23, _TWENTY_THIRD_SET_RULES, 22),
                (28, 24, _TWENTY_FOURTH_SET_RULES, 22),
                (29, 25, _TWENTY_FIFTH_SET_RULES, 22),
                (30, 26, _TWENTY_SIXTH_SET_RULES, 22),
                (31, 27, _TWENTY_SEVENTH_SET_RULES, 22),
                (32, 28, _TWENTY_EIGHTH_SET_RULES, 22),
                (33, 29, _TWENTY_NINTH_SET_RULES, 22),
                (34, 30, _THIRTIETH_SET_RULES, 22),
            )
            for line in _rules_section(section, set_no, rules, measured_from)
        ],
        "### 35. Rules from an adversarial review (review 9)",
        "",
        "A helper who wrote no set read the rules of sections 29 to 33 and wrote 54 sentences "
        "to break them (`tests/analyse/test_rules_reviewed9.py`); 31 broke the engine, 23 of "
        "them a false met. Each was fixed by a general rule before the thirty-first set's first "
        "run (that set was commissioned before and not read):",
        "",
        *[f"- {rule}" for rule in _REVIEW9_RULES],
        "",
        *_rules_section(36, 31, _THIRTY_FIRST_SET_RULES, 22),
        "### 37. Rules from a second adversarial review (review 10)",
        "",
        "Another helper who wrote no set read the rules of sections 34 and 35 and their "
        "interactions with older ones and wrote 75 sentences (`tests/analyse/"
        "test_rules_reviewed10.py`); 32 broke the engine, 22 of them a false met. 30 were fixed "
        "by general rules before the thirty-second set's first run (that set was commissioned "
        "before and not read); two stay marked, the reviewer's least certain labels (a count of "
        "個 before a compound noun: 12個商圈店家, 22個社區成立巡守隊):",
        "",
        *[f"- {rule}" for rule in _REVIEW10_RULES],
        "",
        *_rules_section(38, 32, _THIRTY_SECOND_SET_RULES, 22),
        *_rules_section(39, 33, _THIRTY_THIRD_SET_RULES, 22),
        *_rules_section(40, 34, _THIRTY_FOURTH_SET_RULES, 22),
        *_rules_section(41, 35, _THIRTY_FIFTH_SET_RULES, 22),
        *_rules_section(42, 36, _THIRTY_SIXTH_SET_RULES, 22),
        *_rules_section(43, 37, _THIRTY_SEVENTH_SET_RULES, 22),
        *_rules_section(44, 38, _THIRTY_EIGHTH_SET_RULES, 22),
        "### 45. Rules from a third adversarial review (review 11)",
        "",
        "A helper who wrote no set read the rules of sections 40 to 43 and their interactions "
        "with older ones and wrote 94 sentences (`tests/analyse/test_rules_reviewed11.py`); 39 "
        "broke the engine, 23 of them through this session's rules (14 a false met), 16 already "
        "wrong before them (6 a false met). 27, all 14 new false mets among them, were fixed by "
        "general rules before the fortieth set's first run (that set was commissioned before "
        "and not read); 12 stay marked:",
        "",
        *[f"- {rule}" for rule in _REVIEW11_RULES],
        "",
        "### 46. Rules from the thirty-ninth set (variety39, in sample since)",
        "",
        "Written after reading the disagreements of the thirty-ninth set's first run (recorded "
        "below), each general and unit-tested (`tests/analyse/test_thirty_ninth_set_rules.py`)."
        " The fortieth set was first run before these rules were written (with those of "
        "section 45); the forty-first, commissioned before the thirty-ninth was read, measures "
        "them out of sample:",
        "",
        *[f"- {rule}" for rule in _THIRTY_NINTH_SET_RULES],
        "",
        *_rules_section(47, 40, _FORTIETH_SET_RULES, 22),
        *_rules_section(48, 41, _FORTY_FIRST_SET_RULES, 22),
        *_rules_section(49, 42, _FORTY_SECOND_SET_RULES, 22),
        *_rules_section(50, 43, _FORTY_THIRD_SET_RULES, 22),
        *_rules_section(51, 44, _FORTY_FOURTH_SET_RULES, 22),
        "### 52. Rules from a fourth adversarial review (review 12)",
        "",
        "A helper who wrote no set read the rules of section 50 and their interactions with "
        "older ones and wrote 94 sentences (`tests/analyse/test_rules_reviewed12.py`); 27 broke "
        "the engine, 14 of them through section 50's rules (7 a false met), 13 already wrong "
        "before them (7 a false met). The rules were narrowed before the forty-fifth set's "
        "first run (that set was commissioned before and not read): all 7 new false mets and "
        "12 of the 14 new breaks mended (the other 2 now give unclear, as before section 50); "
        "15 stay marked:",
        "",
        *[f"- {rule}" for rule in _REVIEW12_RULES],
        "",
        *_rules_section(53, 45, _FORTY_FIFTH_SET_RULES, 22),
        *_rules_section(54, 46, _FORTY_SIXTH_SET_RULES, 22),
        *_rules_section(55, 47, _FORTY_SEVENTH_SET_RULES, 22),
        "### 56. Rules from a fifth adversarial review (review 13)",
        "",
        "A helper who wrote no set read the rules of sections 51, 53 and 54 and wrote 114 "
        "sentences (`tests/analyse/test_rules_reviewed13.py`); 27 broke the engine, 14 through "
        "those rules (5 a false met or exceeded), 13 older (7 a false met or exceeded). The "
        "rules were narrowed before the forty-eighth set's first run (that set was commissioned "
        "before and not read): all 5 new false results and 13 of the 14 new breaks mended, and 4 "
        "older false results; after it, 3 more older false results of both reviews (averages) "
        "were mended; 10 stay marked here:",
        "",
        *[f"- {rule}" for rule in _REVIEW13_RULES],
        "",
        "Every round of rules is checked against every labelled target and the bundled "
        "report's reviewed statuses before it lands: `python -m govplans.testing.regress dump "
        "before.csv` with the engine it starts from, `dump after.csv` with the changed one, "
        "then `compare before.csv after.csv` (the statuses gained and lost). `shapes DUMP.csv` "
        "counts the met verdicts by evidence shape (reason, evidence column, alignment) beside "
        "the false mets among them: on the first runs of the forty-fourth to forty-seventh "
        "sets, a met read from a figure of the execution column was false 3 times in 6 and "
        "one read from the attainment item's figure 5 times in 184. A policy sending the "
        "first kind to `unclear` was tried and left out: in sample it cost 8 right statuses, "
        "2 of them in the bundled report, for 2 false mets.",
        "",
        "### 57. Met verdicts withheld by evidence shape (session 12)",
        "",
        "Rules written after reading a set hold on that set and carry over little to the next "
        "(section 56's sets: the session's rules changed 2 statuses in 675 on sets their "
        "authors had not read). So this section asks instead which *kinds* of met verdict "
        "were wrong when a set was new, whatever rule made them. `scripts/first_runs.py` "
        "rebuilds every set's first run: each of the sets 14 to 47 run by the engine of the "
        "commit that merged it (3,828 targets; 3,490 statuses right, 82 false mets: the "
        "recorded first-run figures, reproduced). By reason and target type, a met read from a "
        "figure of the attainment column was false 26 times in 1,519; one read from a statement "
        "of done on a target with a deadline 13 times in 39; on related work only "
        "(`done_related`) 10 times in 21; from a figure of the execution column 14 times in 81. "
        "Three general policies, each in one place (`_withhold_unsafe_met` in "
        "`analyse/targets.py`), send such a met to `unclear` with a reason the page shows:",
        "",
        "- **An earlier stage** (`earlier_stage`): a statement of work done decides a thing to "
        "deliver (a binary or deadline part), but the last act it names is a stage before the "
        "thing asked: a draft (草案, 初稿), a prototype, talks (諮商), an application, a test "
        "(測試, 試驗), a tender, an award, a purchase (採購, 交貨) or a submission to another "
        "body when the target asks that body's decision (報院 for 報院核定). It stands when "
        "the target asks that very stage with no later act after it (工程發包 answered by "
        "已決標), or when the statement or its item also says the very act asked (已於11月出版"
        "（初稿於8月完成）). On the first runs it would have withheld 13 mets, all 13 false.",
        "- **Done, undated, before the year's end** (`done_undated`): a deadline inside the "
        "report's year (於115年6月底前) answered by 已完成 with no date of the act, and no word "
        "that it was on time (如期, 提前, 依限, 期限內) in the target's aligned items: a "
        "year-end report saying it is done cannot show it was done in time. A deadline at the "
        "year's end is answered by the year-end report itself.",
        "- **The agency's own column against the other** (`conflicting_signals`): met on a "
        "figure or statement of the execution column while the attainment item aligned to the "
        "target speaks against it (未達, 尚待, 未能…; the words `other_account` shows beside "
        "every verdict). A date within the deadline is left to the deadline's rule: 延後 "
        "there is against the agency's first schedule, not the target.",
        "",
        "With them, the date reader takes Gregorian years (2026年5月28日 is 115年5月28日; before, "
        "the last three digits were read as the year 26, which is before any deadline), and "
        "簽訂 and 對外開放 are acts a date can be given to. In sample (every labelled target but "
        "the forty-eighth and forty-ninth sets): statuses 2 gained and 1 lost, false mets 7 to "
        "4; the bundled report 48 of 48. **Out of sample**, on the forty-eighth and forty-ninth "
        "sets, unread and run before and after: statuses 201 and 200 of 224, false mets 8 and 8: "
        "on them the policies changed nothing that mattered. Those two sets were read after "
        "that measurement (in sample since); from them: a count decided by a figure of things in "
        "talks (洽談版權27件, 備忘錄3案洽簽) for a part asking them done is an earlier stage too; "
        "any date the aligned items print, all within the deadline, stands for the date of a "
        "statement of done (於113年8月20日通過…驗證); and the other column's sentence speaks "
        "against a verdict when it holds at least a tenth of the target's words, aligned or "
        "not (before, only the aligned item). On the two sets: statuses 202 of 224, false mets "
        "5; every labelled target: statuses 5,424 of 5,580 (5,422 at the session's start), "
        "false mets 9 (15). Rerun: `python scripts/first_runs.py "
        "first.csv` then `--shapes first.csv`; tests in `tests/analyse/test_withheld_mets.py`.",
        "",
        "### 59. Rules from a sixth adversarial review (review 14)",
        "",
        "A helper who wrote no set read section 57's policies and wrote 74 sentences "
        "(`tests/analyse/test_rules_reviewed14.py`); 40 broke the engine: 20 through section "
        "57, each a clear met withheld as `unclear` (心理諮商服務 read as talks, 測試場域 and "
        "採購網 as stages, 於6月底前上線 and 上半年 as no date, 取消紙本申請 as the agency's "
        "word against), and 20 older false results on its boundaries (上線前測試, 認證申請, "
        "未能如期 read as on time, a meeting's or an award's date standing for a launch). "
        "Narrowed after the fifty-second set's first run, before it was read: all 20 new breaks "
        "and 11 older mended, 9 stay marked; no labelled target changed, and the fifty-second "
        "set, still unread, went from 102 to 101 of 111 statuses, false met 1 to 1. After the "
        "fifty-fifth set's first run (that set unread) 4 more older ones were mended: an act "
        "naming a document of it (驗收文件, 施工計畫書) is no act, 依預定時程 is the schedule "
        "kept, and a later year's 完工 answers a target to complete works (never one asking "
        "their progress or award); and the act a target asks, said not done yet on its "
        "aligned items (系統尚未上線), makes it not met whatever figure of it reads met "
        "(review 12's older false met); no labelled target changed, 5 stay marked:",
        "",
        "- A word of a stage that names a thing (測試場域, 規劃資訊平台, 採購網, 試驗分所, "
        "諮商服務, 洽談會) is no stage; an early word a few words after a later act, with "
        "no word of doing between, is that act's object (開放學生預約諮商).",
        "- The very act asked counts as said only when said done (已於11月出版, 上線完成), never "
        "as the qualifier of an earlier stage (上線前測試, 認證申請, 驗收文件草擬) or a plan "
        "(上線時程).",
        "- Talks counted are only 洽談, 洽簽, 草約 and 報名, never a service (諮商, 協商調解) nor "
        "talks concluded (洽談成功).",
        "- A date stands for a statement of done only when an act of delivery (or 完成) follows "
        "it with no earlier stage before it; by a date (已於6月底前), a half year or a quarter "
        "counts; words of being on time are 如期, 提前, 提早, 依限, 未逾期, 依原訂時程完成…, "
        "never after 未/未能/無法, never 依計畫推動 or …前完成 alone.",
        "- The other column speaks against a verdict only in words of falling short or not "
        "done yet (未達, 尚待, 未能, 延後, 尚未…), never words naming what is done about "
        "(取消紙本申請, 停止吸菸, 學習落後學生).",
        "",
        "### 58. Rules from the fiftieth and fifty-first sets (in sample since)",
        "",
        "Written after reading the disagreements of the two sets' first runs (recorded below; "
        "six false mets), each general and unit-tested "
        "(`tests/analyse/test_fiftieth_set_rules.py`); the fifty-second set, written before "
        "either was read, measures them out of sample:",
        "",
        "- A change said to be near a figure (成長近1成) is below it, as any figure said so "
        "(近5,000): compared by its bound.",
        "- 上架 (an app put on the store) is an act to deliver: a target asking it is binary, "
        "so section 57's earlier stage (已完成測試版) reaches it.",
        "- The agency's own rate of attainment below a whole (達成率92%) on the item aligned to "
        "the target, and about it (not a sentence of another target in the same item), "
        "outranks a figure or a statement that reads met: not met (`partial`).",
        "- People enrolled (報名32人) are an earlier stage than people trained, as things in "
        "talks are than things agreed (section 57's counts in talks).",
        "- Tried and left out again: a figure of the part the target names (原原種38.2公噸, "
        "實體7,620人次, 僅公告1,850則) preferred over the agency's broader total or another act "
        "(合計45.0公噸, 參與12,450人次, 已編製3,000則). It is the commonest false met of the "
        "forty-eighth to fifty-first sets (four of them), but a rule reading the words before "
        "each figure broke 23 labelled targets for the 4 it mended, and a narrower one (the "
        "total printed with its breakdown, one part named by the target alone) 15 for 1 "
        "(國內外專利 names 國內 and every other country too): which words make a part is not "
        "decided by the words alone.",
        "",
        "### 60. Rules from the fifty-second set (in sample since)",
        "",
        "Written after reading the disagreements of the fifty-second set (its first run and the "
        "run after section 59, recorded below), each general and unit-tested "
        "(`tests/analyse/test_fiftieth_set_rules.py`); the fifty-third set, written before it "
        "was read, measures them out of sample:",
        "",
        "- ‰ (per mille) is a unit of its own (跌倒發生率由0.50‰降至0.45‰: a change of 10 %).",
        "- A later year's quarter or half year dates an act as its month does (預計114年第1季上線 "
        "in a 113 report: not done this year).",
        "- A target to submit something (於…前報農業部) is dated by the date of its own "
        "submission (於116年5月28日函報農業部); 報…部 is a submission.",
        "",
        "### 61. Rules from the fifty-third set (in sample since)",
        "",
        "Written after reading the disagreements of the fifty-third set's first run (recorded "
        "below), unit-tested (`tests/analyse/test_fiftieth_set_rules.py`); the fifty-fourth "
        "set, written before it was read, measures them out of sample:",
        "",
        "- The whole a part is counted of (6個病房中5個, 8間教室中7間) is no count reached: the "
        "figure before 中 and a figure after it is a denominator.",
        "- A target whose measure is itself a rate of attainment (訪視達成率95%以上) is never "
        "read as a rate of attainment of its own figure (section 4's 達成率 × target).",
        "",
        "### 62. Rules from the fifty-fourth set (in sample since)",
        "",
        "Written after reading the disagreements of the fifty-fourth set's first run (recorded "
        "below), unit-tested (`tests/analyse/test_fiftieth_set_rules.py`); the fifty-fifth "
        "set, written before it was read, measures them out of sample:",
        "",
        "- 千分之0.80 is 0.80 ‰, as 百分之 is %.",
        "- A quarter an act is set in (於113年第3季辦理…) is its deadline: the quarter's last "
        "month.",
        "- A total printed as including a kind the target excludes (實體 against 線上, 國內 "
        "against 國外, 來臺 against 出國: 共326場（含線上講座41場） for 實體…300場) counts the "
        "rest (285): the narrow, printed case of the part-of-a-total trap of section 58.",
        "- A date followed by the verb of holding an event (辦理, 舉辦, 召開) dates the event "
        "when the target asks to hold one (首梯訓練於113年10月18日辦理).",
        "",
        "### 63. Rules from the fifty-fifth and fifty-sixth sets (in sample since)",
        "",
        "Written after reading the disagreements of the fifty-fifth and fifty-sixth sets' first "
        "runs (recorded below), unit-tested (`tests/analyse/test_rules_from_sets55_56.py`); the "
        "fifty-seventh set, written before it was read, measures them out of sample:",
        "",
        "- **Under way at the year's end is not delivered.** A thing to deliver (a binary part: "
        "完成…報告, 取得…認證, 發包) that the agency calls under way or under review in its "
        "year-end report (審議中, 辦理中, 尚未發包) is `not_met` "
        "(`under_way_at_year_end`); an aim (推動…, 強化…) said to go on stays `unclear`. The "
        "rule book lists 招標中 among the agency's negative statements; the labels of every set "
        "since the fourteenth agree on binary parts (33 not met, 2 unclear), and split only on "
        "aims.",
        "- **Each one against an average** (`average_only`): a part asking each one it counts "
        "(每位學員…至少40小時) answered only by an average (平均42小時) is unclear; words that "
        "some fell short (其中3名未滿40小時) make it not met.",
        "- **People trained are not people who passed**: a figure of people trained or sitting "
        "(結訓, 完訓, 參訓, 報考) for a part asking the outcome (取得證照, 考取, 通過) is an "
        "earlier stage (`earlier_stage`), like people enrolled (section 58).",
        "- **Parts that are not more of the figure**: a sibling kind in the same list (SCI期刊論文"
        "6篇、研討會論文4篇 for SCI期刊論文8篇: both name the head noun, the target names the "
        "first's kind only) and a breakdown in brackets after the figure (醫師7名(內科3名…)) "
        "are never added to it. Parts the target names neither of (金門4處、馬祖3處) still add.",
        "- **A total for things joined** answers before one of them listed in any aligned item "
        "(超音波2台、呼吸器8台 there, 合計10台 here, for 急診及加護病房設備10台); things listed "
        "with 、 in the target (初級、中級、高級訓練) are joined as 及 joins them.",
        "- **A figure asked by a date inside the year** (於116年6月底前完成…5公里) is two parts, "
        "the date and the figure: met at best, never exceeded (the compound rule).",
        "- **Reading**: an acronym before a number and a measure word of things names what is "
        "counted (CMS十五面, CCTV 30處, AP六十台; never ISO 27001, 5G, PM2.5); 類 is a measure "
        "word (十類); 一成 is 10 % (一 alone stays a word: 一般, 一成不變); 由388床調整為412床 "
        "starts a change at 388; a rate is computed from a whole and those that succeeded "
        "(演練20場次，成功搜索18場次: 90 %); a bound joined by 之 to the noun a later figure "
        "measures names a class, it is no value reached (HbA1c達7.0%以下之良好控制比率為41.8%: "
        "41.8). A figure of an earlier stage that withholds a met is not shown as achieved.",
        "",
        "### 64. Rules from the fifty-seventh set (variety57, in sample since)",
        "",
        "Written after reading the disagreements of the fifty-seventh set's first run (recorded "
        "below), unit-tested (`tests/analyse/test_fifty_seventh_set_rules.py`); the "
        "fifty-eighth set, written before it was read, measures sections 63 and 64 out of "
        "sample:",
        "",
        "- **A second act joined by 並** (完成…設備安裝並開始治療病人) must be said too: a "
        "statement that the first was done, with the second act's words nowhere on the "
        "aligned items, is unclear (`second_act_unsaid`).",
        "- **A count dated to an earlier year** by its own clause (113年服務學生1萬2,600人次 in "
        "a 114 report) is not this year's (`other_year`); a rate may be of an earlier cohort "
        "(112年輔導青農留農率) and is read as reported.",
        "- **The very act's date on another thing** (12月發布「金融穩定評估」 for 發布…金融穩定"
        "報告) dates nothing the target asks: the head noun after the date must be the "
        "target's.",
        "- **Reading**: Chinese digits in a row are read by position (一〇八萬 = 1,080,000); a "
        "figure reported 低於/少於 a value is below it (均低於2% meets 低於2%); a rate of "
        "attainment in words (達成率為九成五) is read as 95 %; a figure of each of several "
        "dates (3月、6月、9月、12月各完成…1次) is no count of them all.",
        "",
        "### 65. Rules from the fifty-eighth set (variety58, in sample since)",
        "",
        "Written after reading the disagreements of the fifty-eighth set's first run (recorded "
        "below), unit-tested (`tests/analyse/test_fifty_eighth_set_rules.py`); the fifty-ninth "
        "set, written before it was read, measures sections 63 to 65 out of sample:",
        "",
        "- Sites selected (選定, 遴選) are an earlier stage than sites built, as talks and "
        "enrolment are (section 58).",
        "- An early estimate (初估, 概估, 暫估) is no result, and a figure to be confirmed later "
        "(俟…追蹤完成後確認) is a result not published yet.",
        "- A part of the very kind asked (其中特優級比率為88.4%) rivals a figure of kinds joined "
        "(特優及優等級比率95.6%) for a target naming that kind: with another outcome the two "
        "disagree (`conflicting_signals`), whatever else the item prints.",
        "- A rate computed from a figure planned and the one reached (預定收案1,200人，實際收案"
        "1,068人: 89 %) answers a rate asked; its own sentence is never read as another's.",
        "- 取得 and 通過 date an act a deadline asks (於115年8月取得…認證 against 於115年6月底前"
        "取得: late).",
        "- A deadline the agency says was kept (如期, 提前, 依限) is never read as missed for want "
        "of a dated act.",
        "",
        "### 66. Rules from the fifty-ninth set (variety59, in sample since)",
        "",
        "Written after reading the disagreements of the fifty-ninth set's first run (recorded "
        "below), unit-tested (`tests/analyse/test_fifty_ninth_set_rules.py`); the sixtieth set, "
        "written before it was read, measures sections 63 to 66 out of sample:",
        "",
        "- A count of things added (新增8家) is answered by the rise between two levels printed "
        "(由114年底14家增加為115年底20家: 6), never by the level reached.",
        "- The whole before 中之 is a denominator (座椅2,074席中之1,200席), as before 中 "
        "(section 61).",
        "- An aside in brackets is a clause of its own: a count before it (10所法院…(每所設置容量"
        "100瓩以上)) is no threshold of the figure inside.",
        "- An act dated with a word of its extent (於116年10月20日全院上線, 全館, 全線) is dated.",
        "- The stage a target itself asks for (完成…基本設計) is no mere stage when the agency "
        "dates it (已於10月15日完成基本設計); for works asked it still is.",
        "- A phrase of an earlier stage ends at the next act joined by 並 (完成新製作9檔並遴選…: "
        "the 9檔 were made, not selected).",
        "",
        "### 67. Rules from the sixtieth set (variety60, in sample since)",
        "",
        "Written after reading the disagreements of the sixtieth set's first run (recorded "
        "below), unit-tested (`tests/analyse/test_sixtieth_set_rules.py`); the sixty-first "
        "set, written before it was read, measures sections 63 to 67 out of sample:",
        "",
        "- An average asked (年平均可用率) is answered by an average printed only on items not "
        "aligned to other targets only (平均誤差 of the next target answers nothing here).",
        "- A thing to deliver under way at the year's end (section 63) is not so when a clause "
        "with no words of work going on says the act asked done (v3.0模式已完成建置，刻正上線"
        "測試); an act awaited after another's step (尚待…完成內部程序後簽署) is not done.",
        "- An average beside a worse extreme of the same measure (平均誤差12.4%，最大誤差18.6%) "
        "does not decide a target naming neither (誤差控制在15%以內): `conflicting_signals`.",
        "- A formal numeral alone before a measure word of things is read (入圍伍項, 演練陸場; "
        "never 大陸人, 隊伍, 促參案件).",
        "- A list opened by ，計 or ，分別為 (計美國4人、日本3人…) is summed as one after a colon "
        "is.",
        "- A thing done and then approved (評估已完成並經核定) is done; an approval alone of works "
        "is not.",
        "",
        "### 68. Rules from the sixty-first set (variety61, in sample since)",
        "",
        "Written after reading the disagreements of the sixty-first set's first run (recorded "
        "below), unit-tested (`tests/analyse/test_sixty_first_set_rules.py`); the sixty-second "
        "set, written before it was read, measures sections 63 to 68 out of sample:",
        "",
        "- A change in percentage points is computed from two rates only, a count's change from "
        "two counts (自製品項38→47項 beside 自製率72%→76.8% for 自製率提高5個百分點: 4.8).",
        "- A figure planned first (原訂10個縣市) is no part to add to the one done.",
        "- A result known only later (須俟116年…勾稽後始能取得) is a result not published.",
        "- None of a thing in the year (全年無重大資安事件) is 0 against a ceiling of that thing "
        "(重大資安事件不超過2件).",
        "- Reading: a period printed with days keeps them as its start and end dates "
        "(116年3月1日至117年2月28日 ends on 2028-02-28, not the month's last).",
        "",
        "### 69. Rules from the sixty-second set (variety62, in sample since)",
        "",
        "Written after reading the disagreements of the sixty-second set's first run (recorded "
        "below), unit-tested (`tests/analyse/test_sixty_second_set_rules.py`); the sixty-third "
        "set, written before it was read, measures sections 63 to 69 out of sample:",
        "",
        "- A survey's result being compiled (調查結果彙整中) is a result not published, even "
        "beside an earlier year's figure of the same measure (114年滿意度為87.2%).",
        "- A count beside a rank in another clause (金牌20面以上，獎牌榜排名前6名) is a part of "
        "its own: the compound rule decides.",
        "- A floor asked each period (每月至少召開2次) is not shown by the year's total or an "
        "average (`average_only`); a month or a quarter said to fall short (7月及8月各召開1次) "
        "makes it missed.",
        "- A count of another stage of the same procurement or application (公告招標14案 for "
        "決標十二案; 受理 for 核定) weighs a quarter: the stage asked answers.",
        "",
        "### 70. Rules from the sixty-third set (variety63, in sample since)",
        "",
        "Written after reading the disagreements of the sixty-third set's first run (recorded "
        "below), unit-tested (`tests/analyse/test_sixty_third_set_rules.py`); the sixty-fourth "
        "set, written before it was read, measures sections 63 to 70 out of sample:",
        "",
        "- A book edited or sent to print (編輯, 付印, 送印, 排版) is an earlier stage than its "
        "publication.",
        "- A later phase's date (第二標…預定116年3月竣工) does not make the phase asked "
        "(第一標竣工) late: the last phase named before a date is the one it dates (第N期, 第N"
        "階段, 第N標).",
        "- A procurement case asked last (完成…採購案) is done by its award (已決標), as 發包 is; "
        "one asked to be accepted as well (採購案完成驗收) is not.",
        "- A multiple of the target (達目標值1.2倍) is a rate of attainment (120 %).",
        "",
        "### 71. Rules from the sixty-fourth set (variety64, in sample since)",
        "",
        "Written after reading the disagreements of the sixty-fourth set's first run (recorded "
        "below), unit-tested (`tests/analyse/test_sixty_fourth_set_rules.py`); the sixty-fifth "
        "set, written before it was read, measures sections 63 to 71 out of sample:",
        "",
        "- The agency's rate of attainment below 100 % (section 57) speaks of a target only when "
        "its sentence shares the target's words (專業訓練達成率95.5% on an item aligned by number "
        "to 錯誤率降至1.5%以下 is another target's).",
        "- The rate two counts make in the other column (完成批次檢驗52批次，不合格2批次: "
        "3.85 %) rivals a rate printed (不合格率1.9%) for a rate asked: two outcomes, "
        "`conflicting_signals`.",
        "",
        "### 72. Rules from the sixty-fifth set (variety65, in sample since)",
        "",
        "Written after reading the disagreements of the sixty-fifth set's first run (recorded "
        "below), unit-tested (`tests/analyse/test_sixty_fifth_set_rules.py`); the sixty-sixth "
        "set, written before it was read, measures sections 63 to 72 out of sample:",
        "",
        "- A second act joined by 並 said still going on (方法確效報告撰寫中) is not done "
        "(`under_way_at_year_end`); the review a part asks to send something to (報行政院審議 "
        "answered by 審議中) is never read as its work going on, here or in section 63.",
        "- Related work done (完成雨水下水道清淤) beside a sentence naming the works asked in "
        "progress (擴建工程…施工進度72%) is not done (`partial`).",
        "- A grade asked (評定為「優等」) needs that grade: another grade given "
        "(評定結果為「合格」) misses it (`other_grade`), none given leaves it open "
        "(`grade_unsaid`).",
        "- Two totals of the same measure that disagree in degree (計1,120人次 against "
        "計1,020人次, exceeded against met) are a conflict as two plain figures are.",
        "",
        "### 73. Adversarial review 15 (sections 63 to 72)",
        "",
        "A helper who wrote no set wrote 46 cases against sections 63 to 72 "
        "(`tests/analyse/test_rules_reviewed15.py`); 13 broke the engine, 7 of them this "
        "session's doing (two false exceeded: 無 of 無障礙 and 無…統計資料 read as none happened). "
        "Mended after the sixty-sixth set's first run, without reading that set (its figures are "
        "unchanged): 無 of a name the target uses and 無 of data say nothing; a grade named as not "
        "given (優等從缺) is not given; a measure per head (每人每日用水量) is an average by "
        "nature, and every one said to reach a figure (全數學員均達40小時以上) stands; an extra "
        "meeting (5月加開臨時會1次) is no month's count; the verb before a list is shared by its "
        "items (發表SCI…、SSCI…); 並重, 並行 join no act, and an act of two characters (並上線) is "
        "asked, any act of opening answering it (開放學生預約); what follows the act "
        "(上線後持續優化) is not the act going on; a sending said done "
        "to the body the target names (已於10月函送行政院) is done whatever review follows. Four "
        "older breaks stay strict xfails (a quarter skipped, 及格72人, 開放式意見彙整中, "
        "防治計畫 with 並重).",
        "",
        "### 74. Rules from the sixty-sixth set (variety66, in sample since), and the item cited",
        "",
        "Written after reading the disagreements of the sixty-sixth set's first run (recorded "
        "below) and the evidence items of sets 26 to 66 whose status was right, unit-tested "
        "(`tests/analyse/test_sixty_sixth_set_rules.py`); the sixty-seventh set, written before "
        "it was read, measures sections 63 to 74 out of sample:",
        "",
        "- A part opened by 其中 right after a semicolon is a part of the whole before it "
        "(公廁12座全數改善；其中9座評定為特優級), and what the part is may be said after its "
        "number (特優級): the share answers a rate of that (特優級評定比率).",
        "- The ones answering so (表示滿意者1,080份 of 有效樣本1,200份) are a part as the ones "
        "passing are (合格1,702人 of 應考1,840人).",
        "- An average with no measure word (CTSI年平均45.0) is a level, as 指數 or 比 before a "
        "bare number is.",
        "- A service number before the service (119勤務指揮中心) names it, as 110報案 does.",
        "- The edition before (上屆為1,000件, 上屆獲得34面) is the level a change is measured "
        "from, as the year before is; the level this year is the last figure before it outside "
        "brackets (獎牌39面（金牌12面、…）: 39); a change in tenths (產量提高一成) is a change.",
        "- **The item cited.** A deadline met or missed on the agency's words (如期完成) cites the "
        "other column's item when that prints the date that decides (115年1月20日審議通過), every "
        "date in it on the status's side of the deadline. An attainment item covering two "
        "targets and aligned to the other stands for an execution item whose figure or date it "
        "repeats (never for words alone: 達成 there is the other target's). A figure repeats "
        "another to its own decimals (回復率60.5% for 52 of 86), never when approximate "
        "(約65% is no 64.8%). A change printed beside two levels in the other column stays cited "
        "where it is printed: the labellers of sets 2 to 25 cite the printed change, those of "
        "sets 40 to 66 either, so no rule is written for it.",
        "",
        "### 75. Rules from the sixty-seventh set (variety67, in sample since)",
        "",
        "Written after reading the disagreements of the sixty-seventh set's first run (recorded "
        "below), unit-tested (`tests/analyse/test_sixty_seventh_set_rules.py`); the sixty-eighth "
        "set, written before it was read, measures sections 63 to 75 out of sample:",
        "",
        "- A figure after a clause of estimate in its sentence (依產業調查初步推估，產值約912億元) "
        "is an estimate, as one right after 預估 is.",
        "- A count asked a period that the target restates as the year's total (每季召開1次，全年"
        "4次) is one part, the total; a period with its verb between (監測每季辦理1次) is still a "
        "count asked a period (4 a year); reported, each of the year's periods (四季各1次) makes "
        "4, and the periods listed (第1、2、4季各辦理1次) as many as are named (3).",
        "- A date and its act may have a place between (於113年10月15日於12A、12B兩病房啟用); a "
        "comma of thousands (4,286個) or a colon between digits (27001:2022) ends no clause.",
        "- Taiwan's nationwide service numbers (110, 119, 165, 1999 …) before a word that is no "
        "measure word of things name the service (119轉介); before one they count (110班).",
        "- A figure of the act the target asks (正式上線7項) outranks a wider total in its "
        "sentence that lacks the act (完成…共9項), as another stage's count does (section 69); "
        "the words of a whole stop where its part begins (完成9項（其中7項已上線）: 上線 is the "
        "part's).",
        "- A thing to deliver (binary or with a deadline) of which only an earlier stage is said "
        "done at the year's end (認證已提出申請) was not delivered: not met (`not_delivered`), as "
        "one under way is (section 63); a count of an earlier stage stays unclear. The labels "
        "agree (4 of 4 such binary parts in sets 46 to 63 not met).",
        "- A rate per so many with a long denominator (每千住院人日2.4) is read as a level.",
        "",
        "### 76. Rules from the sixty-eighth set (variety68, in sample since)",
        "",
        "Written after reading the disagreements of the sixty-eighth set's first run (recorded "
        "below), unit-tested (`tests/analyse/test_sixty_eighth_set_rules.py`); the sixty-ninth "
        "set, written before it was read, measures sections 63 to 76 out of sample:",
        "",
        "- Things asked completed (完成研究案6案) are counted by the part completed (其中4案結案) "
        "of a whole only started or going on (均已進行).",
        "- A total summing kinds apart (初階結訓58人、進階結訓21人，合計79人) counts more than a "
        "target asking one kind (初階…60人): the part of that kind answers. A total of the "
        "things a target joins (優等6館、甲等14館，合計20館 for 優等及甲等館合計達20館), its "
        "own words only 合計, is named by its parts.",
        "- An evaluation's report still to come (成效評估報告預計115年3月完成) publishes no "
        "result, as a survey's does (section 58's `result_not_published`).",
        "- An act asked in earnest (正式上線) is not done by the act on trial (已上線試營運, 試行, "
        "試運轉): an earlier stage, not delivered; a target asking the trial (上線試行) is done "
        "by it. A later act inside an early word (營運 of 試營運) is no act.",
        "- The room of each (每場上限30人) describes each thing counted, as 每場2小時 does.",
        "- A figure of a bracketed breakdown of the one before it (約86萬人次（遊客中心52萬…）) "
        "rivals nothing.",
        "- A review passed right after a date (5月31日審查通過) is the act that completes what "
        "was reviewed (細部設計), the review asked itself (完成…審查) keeping its object.",
        "- Not carried out (未執行, 未辦理, 未實施, 停辦) is a word of a thing not done.",
        "",
        "### 77. Rules from the sixty-ninth set (variety69, in sample since)",
        "",
        "Written after reading the disagreements of the sixty-ninth set's first run (recorded "
        "below), unit-tested (`tests/analyse/test_sixty_ninth_set_rules.py`); the seventieth "
        "set, written before it was read, measures sections 63 to 77 out of sample:",
        "",
        "- A thing to deliver said done in one column (已完成上線) whose other column puts the "
        "act asked off to a later year (上線時程延至116年第2季): the columns disagree "
        "(`conflicting_signals`).",
        "- An act asked in earnest (正式上線) that an aligned item says went live on trial only "
        "(上線試營運), none saying in earnest: not delivered, whatever 已上線 the other column "
        "says (section 76).",
        "- A selection going on (評選中, 甄選中, 議價中) is work under way; a call for tenders "
        "(招商公告) is the tender stage.",
        "- The last months' data still being compiled (12月份資料尚在彙整) make the figure the "
        "year's so far (`year_to_date`), as 截至11月底 does.",
        "- Reading: 分 before 院, 會, 校, 行, 店, 隊, 站, 所, 社 names a branch (斗六分院), no "
        "score; an acronym may qualify a measure word (1,200萬GPU小時: hours).",
        "- Figures: a list adding up to the figure found (寒假42梯次、暑假86梯次 beside 128梯次) "
        "rivals nothing; a total is named by what sets its parts apart (振動台試驗28組、反力牆"
        "試驗14組，合計42組 for 大型試驗（振動台及反力牆）40組); another numbered one "
        "(另新海研2號、3號…242天) is no more of the one the target names (新海研1號); beside a "
        "figure marked done of another act (佈放5座), the other column's figure of the very "
        "state asked (年底在線運作4座 for 在線運作5座) rivals the figure found.",
        "",
        "### 78. Rules from the seventieth set (variety70, in sample since)",
        "",
        "Written after reading the disagreements of the seventieth set's first run (recorded "
        "below), unit-tested (`tests/analyse/test_seventieth_set_rules.py`); the seventy-first "
        "set, written before it was read, measures sections 63 to 78 out of sample:",
        "",
        "- An act joined after the things counted (30處自動相機架設及資料分析) said still going "
        "on (資料分析委託辦理中) is not delivered by the count reached (`under_way_at_year_end`).",
        "- A figure first reported and then corrected (原報列132場次，經核實…後為118場次): the "
        "corrected one is the account.",
        "- None of the thing counted (全年無死亡案例 for 死亡人數) is 0, its noun before 人數 "
        "named after 無 (section 68).",
        "- A bracket describing the thing (（海拔3,952公尺）, 活動期間（45日）) asks nothing; a "
        "count a period is asked with any verb between (每月巡檢1次).",
        "- An aim (強化…能力) takes no other item's deferral: it has no state to miss.",
        "- The stages of an examination (報名, 報檢, 到檢, 合格) are a family as those of a "
        "procurement are (section 69): another stage's figure neither answers nor rivals the "
        "stage asked.",
        "- The total of the kind asked and its siblings in the other column (徵才活動330場 beside "
        "大型十八場、單一312場) is no rival; cases opened (開案) are an intake, beside those "
        "placed (結案推介), unless the target asks the intake itself (收案…人).",
        "- Done out of those due (應巡查40段，完成38段) is a share (95 %).",
        "",
        "### 79. Rules from the seventy-first set (variety71, in sample since)",
        "",
        "Written after reading the disagreements of the seventy-first set's first run (recorded "
        "below), unit-tested (`tests/analyse/test_seventy_first_set_rules.py`); the "
        "seventy-second set, written before it was read, measures sections 63 to 79 out of "
        "sample:",
        "",
        "- A change printed from another base year (較111年成長12% in a 113 report) is not the "
        "change from the year before a target asks; the two columns giving changes of different "
        "outcomes (成長18% against 6,400→7,360: 15 %) conflict; of a run of years (113年388億元、"
        "114年400億元、115年421億元) the latest two make the change, each figure dated by the year "
        "right before it.",
        "- A review the part asks completed (完成都市設計審議) is its own work: 審議中 is that "
        "work going on at the year's end (`under_way_at_year_end`), unlike the review a part "
        "asks to send a thing to (報行政院審議). The first set's labeller called one such case "
        "(環境影響差異分析報告送環境部審查中) unclear; the later sets' call it not met.",
        "- A total asked (四癌篩檢人數合計8,000人) is answered on its own item by a total of its "
        "parts (子宮頸癌1,850人、…，合計8,700人).",
        "- After the seventy-second set's first run, without reading it (its figures are "
        "unchanged): review 15's older break 'a quarter skipped' is mended, a month or a "
        "quarter said to have had none (第3季因颱風停辦) missing a floor asked each period "
        "(每季至少辦理1場), as one said short does (section 69).",
        "",
        "### 80. Rules from the seventy-second set (variety72, in sample since)",
        "",
        "Written after reading the disagreements of the seventy-second set's first run (recorded "
        "below), unit-tested (`tests/analyse/test_seventy_second_set_rules.py`); the "
        "seventy-third set, commissioned before it was read, measures them out of sample:",
        "",
        "- A share is read from a whole and its part past the window the part is counted in "
        "(個案1,250人，於出院前3日內完成評估者1,050人: 84 %; "
        "結訓3,100人，3個月內就業2,480人: 80 %): a span of time followed by 內 and a verb is "
        "no figure between them, and a part is those who did the thing (…者) or did it within "
        "the window.",
        "- 班 is a measure word (職訓專班六班: six classes), read after Chinese numerals too.",
        "- A figure only planned (已規劃18班), its item saying nothing delivered (no 實際, 完成…), "
        "counts nothing delivered for a part asking the things themselves; the other column's "
        "figure of those delivered answers (其中14班已開訓).",
        "- A count met on a total that an aligned item shows holding a part put off to a later "
        "year (3次，第4季…延至117年1月5日辦理，合計4次) is answered by the figure before the "
        "put-off (3); with none, the columns disagree.",
        "- A level met on a figure the other column prints as an earlier year's while it puts the "
        "year's own result later (116年度調查將於117年1月辦理；115年度調查結果為4.3分) is not the "
        "year's figure (`other_year`).",
        "",
        "### 81. Rules from the seventy-third set (variety73, in sample since)",
        "",
        "Written after reading the disagreements of the seventy-third set's first run (recorded "
        "below), unit-tested (`tests/analyse/test_seventy_third_set_rules.py`); the "
        "seventy-fourth set, commissioned before it was read, measures sections 80 and 81 out "
        "of sample:",
        "",
        "- A paper submitted (投稿, 送審) is another stage than one accepted or published (接受, "
        "刊登, 發表, 出版): beside a figure of the stage asked (其中1篇已接受刊登), a figure of "
        "another stage of the act (section 69's families) is no figure at all, not only a weaker "
        "one.",
        "- The agency's own account against the other column: a part met on the execution "
        "column's figure while the attainment item's only figure of its measure word falls short "
        "(銷售三千二百人次 against 實際成行二千九百人次) is `conflicting_signals`. Another lot "
        "beside it (另四十件尚在審理中) is no second account, and a figure net of what was "
        "cancelled (已扣除取消訂單) is not pending.",
        "- A scale is no figure: 5星制, 10分制 (as 5分量表, 滿分5分).",
        "- A share below 100 % of a thing to deliver said done (退稅作業98.7%於8月底前完成; "
        "完成…者占98.7%) is done in part (`partial`).",
        "- A floor each event must reach (每場參與人數2,000人以上) answered by an average is "
        "missed when the events' figures listed one by one (依序為2,480人、…、1,380人) "
        "hold one below it; 每場, 每梯, 每期 ask each one as 每位 does.",
        "- 廿 and 卅 are 20 and 30 (廿六梯次).",
        "- A deadline part said done with no date (設備已更新啟用) while every act of delivery "
        "the aligned items date falls after the deadline (115年9月12日驗收完成) is missed, not "
        "`done_undated`.",
        "- A thing to build said done (監測系統已上線試營運) while the aligned items say some of "
        "its parts are still being bought or built (3處感測設備尚在採購中) is not built "
        "(`under_way_at_year_end`).",
        "- A count all of which did the thing (陳情612件均於30日內答復) is a share of 100 %.",
        "",
        "### 82. Rules from the seventy-fourth set (variety74, in sample since)",
        "",
        "Written after reading the disagreements of the seventy-fourth set's first run (recorded "
        "below), unit-tested (`tests/analyse/test_seventy_fourth_set_rules.py`); the "
        "seventy-fifth set, commissioned before it was read, measures sections 80 to 82 out of "
        "sample:",
        "",
        "- A thing to deliver by a deadline that joins two (擎天崗及冷水坑遊憩區設施改善), one of "
        "them dated to a later year by an aligned item (冷水坑…涼亭整建工程…預計115年4月完工), "
        "is late (`agency_says_late`), whatever the other's date: the sentence names one of the "
        "things joined, by the three characters beside the joining word.",
        "- A figure corrected later in its sentence (10場（更正：前報10場含116年1月補辦1場，"
        "本年度實際辦理9場）) is no account and no rival; 前報 withdraws the figure after it as "
        "原報列 does.",
        "- A figure its clause dates to a year before the report's (114年完成率93.5% in a 115 "
        "report) is no rival to the year's.",
        "- A bus route's number is a name (108遊園公車, 1815客運), never a count.",
        "- Tried and left out: a stage word (已決標) in a clause of one sentence that names "
        "nothing of the target while another clause does (AI系統已決標，攝影機汰換336具) read as "
        "about another thing: 1 status gained, 19 lost elsewhere, 7 false mets more.",
        "",
        "### 83. The execution column against an attainment verdict (session 15)",
        "",
        "Section 57 withholds a met read on the execution column when the attainment item "
        "speaks against it. The first runs of this session's sets (the seventy-second to "
        "seventy-fifth) showed the reverse as often: met on the attainment item while the "
        "execution column said part was put off (延至117年), still bought (尚在採購中) or short. "
        "Rebuilt first runs of the fourteenth to seventy-first sets (`python "
        "scripts/first_runs.py OUT.csv 48 71`, and the earlier file of section 57) measure the "
        "reverse rule before it was written: withholding a met of the attainment item whose "
        "execution sentence about the target speaks against it (the words of section 57) in a "
        "clause naming the target's thing (never one opened by 另 or 其中, another lot or a part, "
        "nor one of money, 尚未請款, 未辦理估驗計價) catches 4 false mets of 3,735 met verdicts "
        "and withholds no right one; in sample, on every labelled target, it costs 2 right "
        "statuses (a rate whose shortfall the sentence explains, 2段…未能巡查 beside 完成率95%; a "
        "publication's delay beside a count of meetings) and changes no false met. It stays, "
        "as a false 「達成」 is the worst error the tool can make "
        "(`tests/analyse/test_withheld_mets.py`).",
        "",
        "### 84. Rules from the seventy-fifth set (variety75, in sample since)",
        "",
        "Written after reading the disagreements of the seventy-fifth set's first run (recorded "
        "below), unit-tested (`tests/analyse/test_seventy_fifth_set_rules.py`); the "
        "seventy-sixth set, commissioned before it was read, measures sections 80 to 84 out of "
        "sample:",
        "",
        "- Those recruited or enrolled (招募, 招收, 報名, 錄取) are another stage than those who "
        "finished (結訓, 完訓, 結業), as a paper submitted is than one published (section 81).",
        "- For a count, a cumulative figure beside the year's (本年新增7家…，累計62家) is of "
        "another measure: the year's figure is the other column's one figure of the count, and "
        "rivals the figure found (新增8家) as a conflict.",
        "- Two rates named by words of two characters with none in common right before 率 "
        "(點閱率 against 開啟率) are different rates, also when the figure's rate is named "
        "before a change (開啟率由8.6%降至4.3%); 比率, 比例 and 之率 are named by the words "
        "before them, as before.",
        "- A total (訓練合計20梯次) whose equal total in another item sums kinds apart (ACLS訓練"
        "8梯次、EMT-2複訓12梯次，合計20梯次) counts more than the kind asked, as a total in its "
        "own item does (section 76); a kind named by its acronym alone (ACLS訓練) is apart from "
        "a sibling named by another acronym.",
        "",
        "### 85. Rules from the seventy-sixth set (variety76, in sample since)",
        "",
        "Written after reading the disagreements of the seventy-sixth set's first run (recorded "
        "below), unit-tested (`tests/analyse/test_seventy_sixth_set_rules.py`); the "
        "seventy-seventh set, commissioned before it was read, measures sections 80 to 85 out "
        "of sample. The first run lost one status the session's first engine had, to two "
        "rules of this session (sections 80 and 84); both are narrowed here:",
        "",
        "- A part of a whole marked by 者 is those who did an act (完成評估者, 就業者), never "
        "those who only are such (篩檢2,140人，陽性者312人: the share of positives is no rate "
        "of referral).",
        "- Two rates named by different words before 率 are the same when one's word stands in "
        "the other's name (轉介率 for 轉介治療率).",
        "- A rate of attainment in a sentence about another thing (出監轉銜就業率目標達成率104%；"
        "遠距接見服務近萬人次) is not the part's.",
        "- A ward's opening (開床, 收治) is an act a date is given to, as 啟用 is.",
        "- A part left undecided for want of a figure or a statement whose aligned attainment "
        "item moves the work to a later year (改善工程併入116年度辦理; 改於, 移至, 延至…) in a "
        "sentence naming its thing is not done in the year (`agency_says_late`).",
        "",
        "### 86. Rules from the seventy-seventh set (variety77, in sample since)",
        "",
        "Written after reading the disagreements of the seventy-seventh set's first run "
        "(recorded below), unit-tested (`tests/analyse/test_seventy_seventh_set_rules.py`); the "
        "seventy-eighth set, commissioned before it was read, measures sections 80 to 86 out "
        "of sample:",
        "",
        "- A total summing another lot (本院醫護人員完成訓練86人，另代訓…救護技術員14人，合計"
        "100人) beside the figure whose words the target names (本院醫護人員…90人) counts more "
        "than is asked, as a total of kinds apart does (sections 76 and 84).",
        "- A part whose own aligned items print it only in another unit of its measure "
        "(0.25小時 for 15分鐘以內) is read in that unit, even when another target's items print "
        "the part's unit (後送平均84分鐘).",
        "- A count asked for the year is answered by the year's average a month (全年平均每月"
        "108人次: 1,296 for 1,200): such a figure is no year's count that drops the monthly "
        "ones, and a figure a month is no rival to a count of the year.",
        "- Left as labelled elsewhere: two figures of the same outcome in the two columns (逾九成 "
        "against 476 of 560, 85 %, both met for 85 %) are no conflict for the engine; the "
        "labeller called them one.",
        "",
        "### 87. Adversarial review 16 (sections 80 to 86)",
        "",
        "A helper who wrote no set and did not read the engine wrote 53 cases against sections "
        "80 to 86 (`tests/analyse/test_rules_reviewed16.py`), each asserting the verdict the "
        "labelling rules give: 18 broke the engine, 5 of them this session's doing. Mended after "
        "the seventy-eighth set's first run, without reading that set (its figures are "
        "unchanged, 100/111, false met 4), and with no labelled status changed: a date put off "
        "within the year (延至12月20日) is not against a count; another lot or phase still bought "
        "(另第二期…刻正辦理採購) leaves the thing built; the year's average a month answers a "
        "ceiling for the year too (平均每月1.2件: 14.4 against 不超過12件, a false met before), "
        "and a part of any other kind not at all; a share said done with its date between "
        "(98.2%已於115年9月底前完成) is done in part; a joined name ends at a count (梨山及武陵兩處"
        " names 武陵); those enrolled (招收) answer no count of those who finished, even alone. "
        "Eleven stay strict xfails, each reason saying which engine got it wrong first.",
        "",
        "### 88. Rules from the seventy-eighth set (variety78, in sample since)",
        "",
        "Written after reading the disagreements of the seventy-eighth set's first run "
        "(recorded below), unit-tested (`tests/analyse/test_seventy_eighth_set_rules.py`); the "
        "seventy-ninth set, commissioned before it was read, measures sections 80 to 88 out of "
        "sample:",
        "",
        "- A half year is a deadline (於113年上半年完成: the end of June), as a quarter is.",
        "- Related work of another item (巡迴醫療門診計480診次) does not answer a thing to "
        "deliver whose own aligned item says it is at an earlier stage (採購案已決標，預計114年"
        "3月交車): not delivered.",
        "- A count asked of things the target names by joined words (春假及暑假) answered by a "
        "total whose flat list of parts holds one naming none of them (春假1,146人次、暑假1,734"
        "人次、跨年晚會420人次，合計3,300人次) is the sum of the named parts (2,880).",
        "- A total against the total found, with no words of its own (合計145人 against 合計達150"
        "人), is the same measure summed: of another outcome, a conflict.",
        "",
    ]


def _pct(x: float | None) -> str:
    return fmt.format_rate(x, fmt.EN)


def variety_markdown(result: VarietyResult) -> list[str]:
    """The section on the out-of-sample variety set (tests/fixtures/variety/)."""
    lines = [
        "## Measured agreement on reports of other agencies (out of sample)",
        "",
        f"{len(result.by_report)} reports in this layout written the way other agencies write "
        "(`tests/fixtures/variety/`: 環境部 113, 衛生福利部 114 in 萬元, 國科會 112, 交通部 114 "
        "in 元), labelled target by target from the text and the rules above before the engine "
        "was run on them (see that folder's README). Assessed with no reviewed statuses "
        "(`python -m govplans.testing.variety -v` lists every disagreement):",
        "",
        f"- Targets: **{result.n_status} of {result.n_targets} ({_pct(result.status_rate)})** "
        "automatic statuses equal the label.",
        f"- Values: {result.n_values} of {result.n_targets} ({_pct(result.value_rate)}) targets "
        "with the labelled target value and achieved value (magnitude words multiplied out, "
        "percentages as percent).",
        f"- Plan verdicts: {result.n_verdicts} of {result.n_plans} ({_pct(result.verdict_rate)}).",
        "",
        "| report | targets | statuses agree | values agree | plans | verdicts agree |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for report, counts in result.by_report.items():
        lines.append(
            f"| `{report}` | {counts['targets']} | {counts['status']} | {counts['values']} | "
            f"{counts['plans']} | {counts['verdicts']} |"
        )
    for report, error in result.errors.items():
        lines.append(f"\n`{report}` could not be read: {error}")
    lines += ["", "| label → automatic | targets |", "| --- | --- |"]
    for (label, engine), count in sorted(result.confusion.items()):
        lines.append(f"| {label} → {engine} | {count} |")
    lines += [
        "",
        "How these figures came about, honestly: the reports and labels were committed before "
        "the engine first ran on them; that first run read two of the four reports and agreed "
        "on 26 of 100 targets. The rules for magnitude words, percentages, units, ceilings, "
        "changes, delays and work under way (written from the kinds listed in the issue, not "
        "from these reports) raised it to 46; the parser reading other agencies' numbering and "
        "amounts to 93. The last rules (件次 apart from 件, the end of a change counting what its "
        "start counts, the agency's stated verdict, 其中 parts, the numbered attainment item "
        "with a verdict) were written while reading the remaining disagreements, so the figure "
        "above is partly in-sample as well; each is a general rule with a unit test, and a "
        "fresh set of reports is the next honest measurement (the second set, below). Issue "
        "15's last round (branch `engine15`) read this set's remaining value disagreements too "
        "and wrote two general rules from them (of several figures beside the agency's verdict, "
        "the one delivered and not the one approved is the value; a figure in a sentence of "
        "work awaiting completion is no amount achieved, which moved values 96 → 99, in-sample); "
        "over that whole round statuses went 99 → 100 of 100 (words of deferral about another "
        "target no longer defer this one).",
        "",
        *_extra_figures(result),
    ]
    return lines


def _extra_figures(result: VarietyResult) -> list[str]:
    """False met, evidence items and the per-type table of a set."""
    lines = [
        f"- False met (labelled not_met or unclear, shown met or exceeded): "
        f"**{result.n_false_met} of {result.n_targets} ({_pct(result.false_met_rate)})**.",
    ]
    if result.n_evidence_labelled:
        lines.append(
            f"- Evidence items: {result.n_evidence} of {result.n_evidence_labelled} "
            f"({_pct(result.evidence_rate)}) targets aligned to the labelled item."
        )
    table = type_table(result)
    if len(table) > 1:
        lines += [
            "",
            "| labelled type | targets | statuses | values | evidence | type given | false met |",
            "| --- | --- | --- | --- | --- | --- | --- |",
            *(
                f"| {r['type']} | {r['targets']} | {r['status']} | {r['values']} | "
                f"{r['evidence']} | {r['type_right']} | {r['false_met']} |"
                for r in table
            ),
        ]
    return [*lines, ""]


#: The second set's first run, recorded once (the out-of-sample figure; see variety2_markdown).
VARIETY2_FIRST_RUN = (
    "- First run, 2026-12-07, engine branch at 0740d66 with the frozen set merged: three of the "
    "four reports stopped at their period cell (113年度至116年度, 114年度, 114年1月至12月: the "
    "period reader is issue 15's item 6, another branch); 農業部 112 read: statuses 24 of 26, "
    "values 23 of 26, plan verdicts 8 of 8, evidence items 25 of 26, false met 0.",
    "- One rule was then written after seeing that run's disagreements (a threshold inside a "
    "rate target, 100Mbps以上…涵蓋率達95%: issue 15's two-number kind), so 農業部 112 is partly "
    "in-sample from here on.",
    "- Second run, the same day, with the period branch merged in a scratch tree (the other "
    "three reports read for the first time, nothing changed between the runs but that rule): "
    "**statuses 106 of 112 (94.6%), values 99 of 112 (88.4%), plan verdicts 31 of 32 (96.9%), "
    "evidence items 103 of 112 (92.0%), false met 2 of 112 (1.8%)**; on the three reports "
    "never seen before (86 targets): statuses 82 (95.3%), values 74 (86.0%), evidence items 78 "
    "(90.7%), false met 2 (2.3%). The goals (≥ 95 % statuses, values and evidence items, "
    "≤ 1 % false met) are met for statuses only. No rule was tuned on that run's "
    "disagreements; where they fall: change targets whose two levels are printed in the "
    "execution text (the evidence item labelled there, the engine citing the aligned "
    "attainment item), amended rules and laws read as done (the two false met), Chinese "
    "numerals before a measure word the reader does not list (五十職類), a rank target with "
    "no value recorded (維持全球第2名), and a ceiling with no measure word (千人率降至2.5以下).",
    "- By labelled type at the second run (targets: statuses, values, evidence items, false "
    "met): binary 12: 10, 10, 11, 2; ceiling 7: 6, 6, 7, 0; change 6: 6, 4, 1, 0; compound 2: "
    "2, 2, 2, 0; count 39: 38, 32, 39, 0; cumulative 6: 6, 6, 6, 0; deadline 6: 6, 6, 5, 0; "
    "level 22: 22, 22, 21, 0; qualitative 6: 4, 6, 5, 0; range 3: 3, 3, 3, 0; rank 3: 3, 2, "
    "3, 0.",
    "- After the second run, two rules changed for this page's own examples and the bundled "
    "report (an aligned attainment item with a verdict answers a target naming it briefly; a "
    "deadline's aligned item with a date answers it; a brief item reading done against an "
    "item naming the thing in full that says it is under way is `conflicting_signals`), not "
    "from this set's disagreements; the figures below show their effect. Citing the deciding "
    "part's item (rather than the aligned one) as the target's evidence was tried after the "
    "runs and reverted: it agreed with 87 of the 112 labelled items against 103.",
    "- Then an analyst read the bundled report's pages, and five general rules came from what "
    "that read found there (not from this set): a cumulative figure never answers a yearly "
    "target; a grant or contract approved while the work awaits completion is under way "
    "(unless the target counts cases); a completed preparatory stage is not the deliverable; "
    "the words that decide a status are recorded and marked; the 對應 label cites the item "
    "quoted. Only the summary line of this set was read afterwards: false met went from 2 to "
    "1 of 112 and the other figures did not move, as the figures below show.",
    "- **From here on the set is partly in-sample.** Issue 15's last round (engine branch "
    "`engine15`, 2026-12-07) wrote general rules from that second run's disagreements: the "
    "evidence is the item whose figures, date or words decided; a law is done only when "
    "promulgated, in force or passed; a Chinese numeral counts any measure word; a number with "
    "no measure word after a word of a level is a level; measurements are levels, discrete "
    "things counts; a rank printed 第N名 has its value; one list of cumulative words; an "
    "approval is not delivery; words of deferral in an item about one target speak for that "
    "target only; two columns disagreeing with nothing confirming either are "
    "`conflicting_signals`; the agency's own figure beside its verdict; a rate of attainment "
    "stands for target × rate; a figure printed as below shows no value; a bare 「達成」 is a "
    "verdict. Each is unit-tested with examples of its own (`tests/analyse/"
    "test_engine_rules.py`), none with this set's sentences. Before that round (the figures "
    "above): statuses 106, values 99, evidence items 103, false met 1 of 112; after it, the "
    "figures below. Those figures measure the rules on the text they were written from; the "
    "next out-of-sample figure needs a third set the rules' author has not read.",
)


def variety2_markdown(result: VarietyResult) -> list[str]:
    """The section on the second, frozen set (tests/fixtures/variety2/)."""
    lines = [
        "## Measured agreement on a second, frozen set (out of sample)",
        "",
        "`tests/fixtures/variety2/`: 內政部 113, 經濟部 114 (萬元), 勞動部 114, 農業部 112 — "
        "112 targets written and labelled (status, values, type, the aligned evidence item) by "
        "a helper who had not read the engine, committed before the engine ran on them (see "
        "its README). Run `python -m govplans.testing.variety tests/fixtures/variety2 -v`.",
        "",
        "The out-of-sample figures, recorded at the runs:",
        "",
        *VARIETY2_FIRST_RUN,
        "",
        *_figures_now(result),
    ]
    return lines


def _figures_now(result: VarietyResult) -> list[str]:
    """A frozen set's figures as the engine gives them now: statuses, values, verdicts, the
    reports it could not read, then false met, evidence items and the per-type table."""
    lines = [
        "The figures as this engine gives them now (regenerated with this file):",
        "",
        f"- Targets: {result.n_status} of {result.n_targets} ({_pct(result.status_rate)}) "
        "statuses equal the label.",
        f"- Values: {result.n_values} of {result.n_targets} ({_pct(result.value_rate)}).",
        f"- Plan verdicts: {result.n_verdicts} of {result.n_plans} ({_pct(result.verdict_rate)}).",
    ]
    for report, error in result.errors.items():
        lines.append(f"- `{report}` could not be read: {error}")
    return [*lines, *_extra_figures(result)]


#: The third and fourth sets' first runs, recorded once each (see later_sets_markdown).
VARIETY3_FIRST_RUN = (
    "- First run, 2026-12-07, the engine at session 4's end (97889bf) with the set merged "
    "(`python -m govplans.testing.variety tests/fixtures/variety3a tests/fixtures/variety3b`): "
    "**statuses 90 of 118 (76.3%), values 89 of 118 (75.4%), plan verdicts 28 of 31 (90.3%), "
    "evidence items 107 of 118 (90.7%), false met 7 of 118 (5.9%)**, far below the second "
    "set's 94.6 %: the rules had not generalised. Per part: 3a (教育部 113, 海洋委員會 114 in "
    "元) statuses 45 of 58, false met 3; 3b (文化部 112 in 萬元, 法務部 114) 45 of 60, false "
    "met 4. The false met came from 不少於/不低於 read as ceilings (3), a deadline with two "
    "dates, a stage read as the deliverable, two columns disagreeing, a hotline number read "
    "as the count.",
    "- The `engine15` round, written from the second set's disagreements without seeing this "
    "set, measured on it before merging (so still out of sample for those rules): statuses 89 "
    "of 118 (75.4%), values 92 of 118 (78.0%), evidence items 103 of 118 (87.3%), false met 7 "
    "of 118 (5.9%), while it reached 112 of 112 on the set it was written from. Rules tuned on "
    "one set's sentences did not carry to the next.",
    "- **From here on the set is in sample:** its disagreements were read and the rules of "
    "section 7 written from them (each general, each with its own test).",
)
VARIETY4_FIRST_RUN = (
    "- First run, 2026-12-07, the engine with both rounds merged (engine15 + section 7), the set "
    "never read by the rules' authors (`python -m govplans.testing.variety "
    "tests/fixtures/variety4a tests/fixtures/variety4b`): **statuses 101 of 113 (89.4%), values "
    "101 of 113 (89.4%), plan verdicts 29 of 30 (96.7%), evidence items 102 of 113 (90.3%), "
    "false met 3 of 113 (2.7%)**. Better than the third set's first run (76.3 %), still short "
    "of the goals (≥ 95 %, false met ≤ 1 %). Per report: 財政部 113 29 of 30, 原民會 114 (百萬元) "
    "25 of 29, 國發會 112 23 of 27, 退輔會 114 (萬元) 24 of 27.",
    "- **From here on the set is in sample:** its disagreements were read and the rules of "
    "section 8 written from them.",
)

VARIETY5_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 and 8 (commit e7bedb0), the set never "
    "read by the rules' authors (the one parser gap its writer reported, 114年1-12月, was fixed "
    "before the run; no label or sentence was seen): **statuses 103 of 114 (90.4%), values 104 "
    "of 114 (91.2%), plan verdicts 27 of 31 (87.1%), evidence items 107 of 114 (93.9%), false "
    "met 1 of 114 (0.9%)**. Per report: 客委會 112 26 of 28, 金管會 114 (萬元) 26 of 30, "
    "工程會 113 27 of 29, 外交部 114 (元) 24 of 27. False met is within the goal (≤ 1 %) out of "
    "sample for the first time; statuses stay near 90 % on unseen text (89.4 % and 90.4 % on "
    "the fourth and fifth sets' first runs).",
    "- **From here on the set is in sample:** its disagreements were read and the rules of "
    "section 9 written from them.",
)

VARIETY6_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 9 (commit 5ed519b's parent), "
    "the set never read by the rules' authors: **statuses 97 of 111 (87.4%), values 102 of "
    "111 (91.9%), plan verdicts 28 of 29 (96.6%), evidence items 103 of 111 (92.8%), false met "
    "2 of 111 (1.8%)**. Per report: 僑委會 113 23 of 29, 核安會 114 (萬元) 25 of 27, 國防部 112 "
    "24 of 28, 環境部 115 25 of 27.",
    "- Three rounds of rules (sections 7 to 9) raised each set they were written from to 92–94 % "
    "but left the next unseen set at 87–90 % (fourth 89.4 %, fifth 90.4 %, sixth 87.4 %), with "
    "false met between 0.9 % and 1.8 %. Rules read from labelled sentences have stopped "
    "generalising further: the goals (≥ 95 %, false met ≤ 1 %) are not met out of sample.",
    "- **From here on the set is in sample:** its disagreements were read (session 6) and the "
    "rules of section 10 written from them.",
)


VARIETY7_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 10 (commit a5f89a5), the set never "
    "read by the rules' authors (the one parser gap a writer reported, a period printed with 迄, "
    "was fixed before the run; no label or sentence was seen): **statuses 103 of 116 (88.8%), "
    "values 106 of 116 (91.4%), plan verdicts 31 of 31 (100.0%), evidence items 106 of 116 "
    "(91.4%), false met 2 of 116 (1.7%)**. Per report: 通傳會 113 28 of 30, 中研院 114 (元) "
    "24 of 29, 主計總處 112 (萬元) 26 of 30, 故宮 114 25 of 27.",
    "- The round written from the sixth set raised it from 87.4 % to 97.3 % and left this "
    "unseen set at 88.8 %: the fifth time the next unseen set stays at 87–90 %.",
    "- **From here on the set is in sample:** its disagreements were read (session 6) and the "
    "rules of section 11 written from them.",
)


VARIETY8_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 11 and the F8/F9 reasons (commit "
    "3564278), the set never read by the rules' authors (the one parser gap a writer reported, "
    "an item printed with no space before a figure, 3.48小時內…, was fixed before the run; no "
    "label or sentence was seen): **statuses 103 of 115 (89.6%), values 104 of 115 (90.4%), "
    "plan verdicts 30 of 31 (96.8%), evidence items 104 of 115 (90.4%), false met 3 of 115 "
    "(2.6%)**. Per report: 運動部 115 28 of 30, 陸委會 113 (萬元) 25 of 27, 人事總處 114 (元) 25 "
    "of 29, 公平會 112 25 of 29.",
    "- The round written from the seventh set raised it from 88.8 % to 96.6 % and left this "
    "unseen set at 89.6 %: six first runs in a row between 87.4 % and 90.4 %.",
    "- **From here on the set is in sample:** its disagreements were read (session 6) and the "
    "rules of section 12 written from them.",
)


VARIETY9_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 12 (commit 279fa5b), the set never "
    "read by the rules' authors (the two reader gaps its writers reported, items numbered "
    "inline with no space before a figure and 兆, were fixed before the run; no label or "
    "sentence was seen): **statuses 107 of 116 (92.2%), values 108 of 116 (93.1%), plan "
    "verdicts 31 of 32 (96.9%), evidence items 112 of 116 (96.6%), false met 1 of 116 "
    "(0.9%)**. Per report: 中選會 114 25 of 28, 衛福部 113 (萬元) 27 of 28, 交通部 112 27 of 30, "
    "經濟部 113 (元) 28 of 30.",
    "- The best first run so far (the six before: 76.3 %, then 87.4–90.4 %), with false met "
    "within the goal and evidence items above it; statuses and values still short of 95 %.",
    "- **From here on the set is in sample:** its disagreements were read (session 6) and the "
    "rules of section 13 written from them.",
)


VARIETY10_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 13 (commit 9ae9482), the set never "
    "read by the rules' authors (no reader gap reported; one writer ran a script that compared "
    "its sentences with the other sets' report files to keep its prose new, reading no engine "
    "and no label): **statuses 113 of 120 (94.2%), values 113 of 120 (94.2%), plan verdicts "
    "31 of 31 (100.0%), evidence items 113 of 120 (94.2%), false met 2 of 120 (1.7%)**. Per "
    "report: 國科會 114 28 of 30, 農業部 115 (萬元) 29 of 30, 內政部 115 28 of 30, 勞動部 113 "
    "(元) 28 of 30.",
    "- First runs rose over the last three rounds (eighth 89.6 %, ninth 92.2 %, tenth 94.2 %); "
    "statuses, values and evidence remain just short of 95 % and false met above 1 %.",
    "- **From here on the set is in sample:** its disagreements were read (session 6) and the "
    "rules of section 14 written from them.",
)


VARIETY11_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 14 (commit ed2a02b), the set never "
    "read by the rules' authors (no reader gap reported): **statuses 109 of 118 (92.4%), "
    "values 108 of 118 (91.5%), plan verdicts 31 of 32 (96.9%), evidence items 109 of 118 "
    "(92.4%), false met 1 of 118 (0.8%)**. Per report: 海巡署 114 28 of 30, 消防署 113 (萬元) 26 "
    "of 29, 教育部 115 28 of 30, 財政部 114 (元) 27 of 29.",
    "- Four first runs after the rounds of sections 11 to 14: 89.6 %, 92.2 %, 94.2 %, 92.4 % of "
    "statuses; false met 2.6 %, 0.9 %, 1.7 %, 0.8 %. The goals (≥ 95 %, false met ≤ 1 %) are "
    "not met out of sample.",
    "- **From here on the set is in sample:** its disagreements were read (session 6, after "
    "the twelfth set was commissioned) and the rules of section 15 written from them.",
)


VARIETY12_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 15 (commit 60703a3), the set never "
    "read by the rules' authors (no reader gap reported): **statuses 106 of 113 (93.8%), "
    "values 108 of 113 (95.6%), plan verdicts 31 of 31 (100.0%), evidence items 100 of 113 "
    "(88.5%), false met 1 of 113 (0.9%)**. Per report: 原民會 113 27 of 30, 文化部 115 (萬元) 27 "
    "of 28, 國發會 114 27 of 28, 法務部 113 (元) 25 of 27. Its writers point 11 labels' evidence "
    "at the execution item that prints the figures where the attainment item repeats the "
    "outcome, a convention that costs evidence items here.",
    "- Values and false met within the goals on a first run for the first time; statuses and "
    "evidence items still short of 95 %.",
    "- **From here on the set is in sample:** its disagreements were read (session 6, after "
    "the thirteenth set was commissioned) and the rules of section 16 written from them.",
)


VARIETY13_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 16 (commit effcc18), the set never "
    "read by the rules' authors (the one reader gap a writer reported, an item in a block of "
    "its own starting with a figure, was fixed before the run; no label or sentence was seen): "
    "**statuses 107 of 114 (93.9%), values 103 of 114 (90.4%), plan verdicts 28 of 29 (96.6%), "
    "evidence items 105 of 114 (92.1%), false met 0 of 114 (0.0%)**. Per report: 環境部 114 29 "
    "of 29, 客委會 115 (萬元) 29 of 29, 僑委會 115 23 of 27, 退輔會 113 (元) 26 of 29.",
    "- Statuses on the last five first runs: 92.2 %, 94.2 %, 92.4 %, 93.8 %, 93.9 %; false met "
    "0.9 %, 1.7 %, 0.8 %, 0.9 %, 0.0 %.",
    "- **From here on the set is in sample:** its disagreements were read (session 7, after "
    "the fourteenth set was written and committed unread) and the rules of section 17 written "
    "from them.",
)


VARIETY14_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 17 (commit 3da028e, the rules "
    "of section 17 written from the thirteenth set after this set was committed), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 107 of "
    "112 (95.5%), values 107 of 112 (95.5%), plan verdicts 28 of 28 (100.0%), evidence items "
    "107 of 112 (95.5%), false met 2 of 112 (1.8%)**. Per report: 國防部 114 (萬元) 27 of 28, "
    "國家通訊傳播委員會 115 27 of 28, 原住民族委員會 115 27 of 28, 國家運輸安全調查委員會 114 "
    "(元) 26 of 28; both false met are binary targets.",
    "- Statuses, values and evidence items at or above 95 % on a first run for the first time; "
    "false met (1.8 %) above the 1 % goal.",
    "- **From here on the set is in sample:** its disagreements were read (session 7, after "
    "the fifteenth set was written and committed unread) and the rules of section 18 written "
    "from them.",
)


VARIETY15_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 18 (commit 78f6594, the rules of "
    "section 18 written from the fourteenth set after this set was committed), the set never "
    "read by the rules' authors (its writers reported no reader gap): **statuses 105 of 112 "
    "(93.8%), values 108 of 112 (96.4%), plan verdicts 30 of 31 (96.8%), evidence items 106 of "
    "112 (94.6%), false met 1 of 112 (0.9%)**. Per report: 交通部中央氣象署 114 25 of 27, "
    "經濟部水利署 115 (萬元) 26 of 28, 衛生福利部疾病管制署 113 25 of 28, 內政部警政署 114 (元) "
    "29 of 29.",
    "- Values and false met within the goals; statuses and evidence items short of 95 %. "
    "Pooled with the fourteenth set (the two first runs after the rounds of sections 17 and 18): "
    "statuses 212 of 224 (94.6 %), values 215 of 224 (96.0 %), evidence items 213 of 224 "
    "(95.1 %), false met 3 of 224 (1.3 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 7, after "
    "the sixteenth set was written and committed unread) and the rules of section 19 written "
    "from them.",
)


VARIETY16_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 19 (commit 73b2478, the rules of "
    "section 19 written from the fifteenth set after this set was committed), the set never "
    "read by the rules' authors (its writers reported no reader gap): **statuses 102 of 111 "
    "(91.9%), values 103 of 111 (92.8%), plan verdicts 29 of 30 (96.7%), evidence items 106 of "
    "111 (95.5%), false met 1 of 111 (0.9%)**. Per report: 內政部移民署 115 26 of 28, "
    "勞動部勞動力發展署 114 (萬元) 24 of 27, 經濟部能源署 114 25 of 28, "
    "衛生福利部社會及家庭署 113 (元) 27 of 28.",
    "- False met and evidence items within the goals; statuses and values short of 95 %. The "
    "last three first runs (after the rounds of sections 17, 18 and 19): statuses 95.5 %, "
    "93.8 %, 91.9 %; false met 1.8 %, 0.9 %, 0.9 %. Pooled: statuses 314 of 335 (93.7 %), "
    "values 318 of 335 (94.9 %), evidence items 319 of 335 (95.2 %), false met 4 of 335 "
    "(1.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 7, after "
    "the seventeenth set was written and committed unread) and the rules of section 20 written "
    "from them.",
)


VARIETY17_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 20 (commit 37a7635, the rules of "
    "section 20 written from the sixteenth set after this set was committed), the set never "
    "read by the rules' authors (its writers reported no reader gap): **statuses 104 of 108 "
    "(96.3%), values 100 of 108 (92.6%), plan verdicts 28 of 28 (100.0%), evidence items 104 of "
    "108 (96.3%), false met 0 of 108 (0.0%)**. Per report: 農業部農糧署 115 (萬元) 26 of 27, "
    "經濟部智慧財產局 114 28 of 28, 衛生福利部中央健康保險署 113 25 of 27, 交通部公路局 114 "
    "(元) 25 of 26.",
    "- Statuses, evidence items, plan verdicts and false met within the goals; values (92.6 %) "
    "short of 95 %. The last four first runs (after the rounds of sections 17 to 20): statuses "
    "95.5 %, 93.8 %, 91.9 %, 96.3 %; false met 1.8 %, 0.9 %, 0.9 %, 0.0 %. Pooled: statuses 418 "
    "of 443 (94.4 %), values 418 of 443 (94.4 %), evidence items 423 of 443 (95.5 %), false met "
    "4 of 443 (0.9 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 7, after "
    "the eighteenth set was written and committed unread) and the rules of section 21 written "
    "from them.",
)


VARIETY18_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 21 (commit 1089b69, the rules of "
    "section 21 written from the seventeenth set after this set was committed), the set never "
    "read by the rules' authors (its writers reported no reader gap): **statuses 103 of 107 "
    "(96.3%), values 103 of 107 (96.3%), plan verdicts 27 of 28 (96.4%), evidence items 104 of "
    "107 (97.2%), false met 1 of 107 (0.9%)**. Per report: 農業部林業及自然保育署 113 (萬元) 27 "
    "of 28, 法務部調查局 115 25 of 26, 教育部國民及學前教育署 115 (元) 25 of 26, 交通部觀光署 "
    "114 26 of 27.",
    "- Statuses, values and evidence items at or above 95 % and false met at or below 1 % on "
    "one first run for the first time. The last five first runs (after the rounds of sections "
    "17 to 21): statuses 95.5 %, 93.8 %, 91.9 %, 96.3 %, 96.3 %; false met 1.8 %, 0.9 %, 0.9 %, "
    "0.0 %, 0.9 %. Pooled: statuses 521 of 550 (94.7 %), values 521 of 550 (94.7 %), evidence "
    "items 527 of 550 (95.8 %), false met 5 of 550 (0.9 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 8, after "
    "the nineteenth set was commissioned from writers who had not read the engine) and the "
    "rules of section 22 written from them.",
)


VARIETY19_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 22 (commit 7ab3463, the rules of "
    "section 22 written from the eighteenth set after this set was commissioned), the set never "
    "read by the rules' authors (its writers reported no reader gap): **statuses 104 of 116 "
    "(89.7%), values 107 of 116 (92.2%), plan verdicts 29 of 31 (93.5%), evidence items 111 of "
    "116 (95.7%), false met 1 of 116 (0.9%)**. Per report: 經濟部能源署 115 27 of 29, "
    "衛生福利部食品藥物管理署 114 (萬元) 24 of 28, 交通部民用航空局 113 27 of 30, "
    "內政部國土管理署 115 (元) 26 of 29. The session's first engine (479ce9f, before section 22) "
    "gives statuses 102 of 116 on it.",
    "- False met and evidence items within the goals; statuses, values and plan verdicts short. "
    "The last six first runs (after the rounds of sections 17 to 22): statuses 95.5 %, 93.8 %, "
    "91.9 %, 96.3 %, 96.3 %, 89.7 %; false met 1.8 %, 0.9 %, 0.9 %, 0.0 %, 0.9 %, 0.9 %. "
    "Pooled: statuses 625 of 666 (93.8 %), values 628 of 666 (94.3 %), evidence items 638 of "
    "666 (95.8 %), false met 6 of 666 (0.9 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 8, after "
    "the twentieth set was commissioned from writers who had not read the engine) and the "
    "rules of section 23 written from them.",
)


VARIETY20_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 23 (commit 22226d3, the rules of "
    "sections 22 and 23 written from the eighteenth and nineteenth sets after this set was "
    "commissioned), the set never read by the rules' authors (its writers reported no reader "
    "gap): **statuses 107 of 111 (96.4%), values 106 of 111 (95.5%), plan verdicts 30 of 30 "
    "(100.0%), evidence items 107 of 111 (96.4%), false met 1 of 111 (0.9%)**. Per report: "
    "農業部動植物防疫檢疫署 114 28 of 28, 交通部航港局 115 (萬元) 24 of 27, 經濟部產業發展署 "
    "113 29 of 29, 國家發展委員會檔案管理局 114 (元) 26 of 27. The session's first engine "
    "(479ce9f, before sections 22 and 23) gives the same figures on it: an easier set, no "
    "measure of those sections.",
    "- Every goal met on this frozen set: statuses, values and evidence items at or above 95 %, "
    "false met at or below 1 %, every plan verdict. The last seven first runs (after the rounds "
    "of sections 17 to 23): statuses 95.5 %, 93.8 %, 91.9 %, 96.3 %, 96.3 %, 89.7 %, 96.4 %; "
    "false met 1.8 %, 0.9 %, 0.9 %, 0.0 %, 0.9 %, 0.9 %, 0.9 %. Pooled: statuses 732 of 777 "
    "(94.2 %), values 734 of 777 (94.5 %), evidence items 745 of 777 (95.9 %), false met 7 of "
    "777 (0.9 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 8, after "
    "the twenty-first set was commissioned from writers who had not read the engine) and the "
    "rules of section 24 written from them.",
)


VARIETY21_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 24 (commit 1dfdfbc, the rules of "
    "section 24 written from the twentieth set after this set was commissioned), the set never "
    "read by the rules' authors (its writers reported no reader gap): **statuses 113 of 119 "
    "(95.0%), values 112 of 119 (94.1%), plan verdicts 31 of 32 (96.9%), evidence items 111 of "
    "119 (93.3%), false met 1 of 119 (0.8%)**. Per report: 衛生福利部國民健康署 115 28 of 30, "
    "文化部文化資產局 113 (萬元) 30 of 30, 經濟部國際貿易署 114 27 of 30, 交通部鐵道局 115 (元) "
    "28 of 29. The session's first engine (479ce9f, before sections 22 to 24) gives statuses "
    "111 of 119 on it.",
    "- Statuses at 95 % and false met within 1 %; values, evidence items and one plan verdict "
    "short. The last eight first runs (after the rounds of sections 17 to 24): statuses 95.5 %, "
    "93.8 %, 91.9 %, 96.3 %, 96.3 %, 89.7 %, 96.4 %, 95.0 %; false met 1.8 %, 0.9 %, 0.9 %, "
    "0.0 %, 0.9 %, 0.9 %, 0.9 %, 0.8 %. Pooled: statuses 845 of 896 (94.3 %), values 846 of "
    "896 (94.4 %), evidence items 856 of 896 (95.5 %), false met 8 of 896 (0.9 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 8, after "
    "the twenty-second set was commissioned from writers who had not read the engine) and the "
    "rules of section 25 written from them.",
)


VARIETY22_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 25 (commit c79de51, the rules of "
    "section 25 written from the twenty-first set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 106 of "
    "115 (92.2%), values 108 of 115 (93.9%), plan verdicts 29 of 30 (96.7%), evidence items 110 "
    "of 115 (95.7%), false met 2 of 115 (1.7%)**. Per report: 勞動部職業安全衛生署 113 25 of "
    "27, 經濟部標準檢驗局 115 (萬元) 25 of 28, 農業部漁業署 114 29 of 30, "
    "國家科學及技術委員會新竹科學園區管理局 113 (元) 27 of 30. The session's first engine "
    "(479ce9f, before sections 22 to 25) gives statuses 105 of 115 on it.",
    "- Evidence items within the goal; statuses, values, false met and one plan verdict short. "
    "The last nine first runs (after the rounds of sections 17 to 25): statuses 95.5 %, "
    "93.8 %, 91.9 %, 96.3 %, 96.3 %, 89.7 %, 96.4 %, 95.0 %, 92.2 %; false met 1.8 %, 0.9 %, "
    "0.9 %, 0.0 %, 0.9 %, 0.9 %, 0.9 %, 0.8 %, 1.7 %. Pooled: statuses 951 of 1,011 (94.1 %), "
    "values 954 of 1,011 (94.4 %), evidence items 966 of 1,011 (95.5 %), false met 10 of 1,011 "
    "(1.0 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 8, after "
    "the twenty-third set was commissioned from writers who had not read the engine) and the "
    "rules of section 26 written from them.",
)


VARIETY23_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 26 and a parser fix its writer "
    "reported (commit e9bc46c: a paragraph numbered in sequence opens its item, found on this "
    "set's 經濟部商業發展署 plan 4 before the engine ran on it), the set never read by the rules' "
    "authors: **statuses 110 of 113 (97.3%), values 109 of 113 (96.5%), plan verdicts 29 of 31 "
    "(93.5%), evidence items 109 of 113 (96.5%), false met 1 of 113 (0.9%)**. Per report: "
    "海洋委員會海洋保育署 115 30 of 30, 經濟部商業發展署 114 (萬元) 28 of 29, 交通部運輸研究所 "
    "113 26 of 28, 農業部農業金融署 115 (元) 26 of 26. The session's first engine (479ce9f, "
    "before sections 22 to 26 and the parser fix) gives statuses 106 of 113 on it.",
    "- Statuses, values and evidence items at or above 95 % and false met within 1 %; two plan "
    "verdicts short. The last ten first runs (after the rounds of sections 17 to 26): statuses "
    "95.5 %, 93.8 %, 91.9 %, 96.3 %, 96.3 %, 89.7 %, 96.4 %, 95.0 %, 92.2 %, 97.3 %; false met "
    "1.8 %, 0.9 %, 0.9 %, 0.0 %, 0.9 %, 0.9 %, 0.9 %, 0.8 %, 1.7 %, 0.9 %. Pooled: statuses "
    "1,061 of 1,124 (94.4 %), values 1,063 of 1,124 (94.6 %), evidence items 1,075 of 1,124 "
    "(95.6 %), false met 11 of 1,124 (1.0 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 8, after "
    "the twenty-fourth set was commissioned from writers who had not read the engine) and the "
    "rules of section 27 written from them.",
)


VARIETY24_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 27 (commit 1a2b5b4, the rules of "
    "section 27 written from the twenty-third set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 111 of "
    "115 (96.5%), values 111 of 115 (96.5%), plan verdicts 30 of 31 (96.8%), evidence items 108 "
    "of 115 (93.9%), false met 1 of 115 (0.9%)**. Per report: 法務部矯正署 114 28 of 30, "
    "財政部關務署 115 (萬元) 28 of 29, 勞動部勞工保險局 113 28 of 28, "
    "衛生福利部社會救助及社工司 115 (元) 27 of 28. The session's first engine (479ce9f, before "
    "sections 22 to 27) gives statuses 110 of 115 on it.",
    "- Statuses and values at or above 95 % and false met within 1 %; evidence items and one "
    "plan verdict short. The last eleven first runs (after the rounds of sections 17 to 27): "
    "statuses 95.5 %, 93.8 %, 91.9 %, 96.3 %, 96.3 %, 89.7 %, 96.4 %, 95.0 %, 92.2 %, 97.3 %, "
    "96.5 %; false met 1.8 %, 0.9 %, 0.9 %, 0.0 %, 0.9 %, 0.9 %, 0.9 %, 0.8 %, 1.7 %, 0.9 %, "
    "0.9 %. Pooled: statuses 1,172 of 1,239 (94.6 %), values 1,174 of 1,239 (94.8 %), evidence "
    "items 1,183 of 1,239 (95.5 %), false met 12 of 1,239 (1.0 %). The last four alone (the "
    "twenty-first to twenty-fourth, after sections 24 to 27): statuses 440 of 462 (95.2 %), "
    "false met 5 of 462 (1.1 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 8, after "
    "the twenty-fifth set was commissioned from writers who had not read the engine) and the "
    "rules of section 28 written from them.",
)


VARIETY25_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 28 (commit 840c95f, the rules of "
    "section 28 written from the twenty-fourth set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 103 of "
    "111 (92.8%), values 104 of 111 (93.7%), plan verdicts 26 of 30 (86.7%), evidence items 103 "
    "of 111 (92.8%), false met 3 of 111 (2.7%)**. Per report: 內政部國土測繪中心 114 27 of 28, "
    "經濟部地質調查及礦業管理中心 115 (萬元) 23 of 27, 衛生福利部心理健康司 113 28 of 28, "
    "文化部影視及流行音樂產業局 115 (元) 25 of 28. The session's first engine (479ce9f, before "
    "sections 22 to 28) gives the same figures on it: the rules of this session did not move it.",
    "- No goal met but none far off save false met (2.7 %, three targets shown met that the "
    "labels say are not). The last twelve first runs (after the rounds of sections 17 to 28): "
    "statuses 95.5 %, 93.8 %, 91.9 %, 96.3 %, 96.3 %, 89.7 %, 96.4 %, 95.0 %, 92.2 %, 97.3 %, "
    "96.5 %, 92.8 %; false met 1.8 %, 0.9 %, 0.9 %, 0.0 %, 0.9 %, 0.9 %, 0.9 %, 0.8 %, 1.7 %, "
    "0.9 %, 0.9 %, 2.7 %. Pooled: statuses 1,275 of 1,350 (94.4 %), values 1,278 of 1,350 "
    "(94.7 %), evidence items 1,286 of 1,350 (95.3 %), false met 15 of 1,350 (1.1 %). The last "
    "five alone (the twenty-first to twenty-fifth, after sections 24 to 28): statuses 543 of 573 "
    "(94.8 %), false met 8 of 573 (1.4 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 9, after "
    "the twenty-sixth set was commissioned from writers who had not read the engine) and the "
    "rules of section 29 written from them.",
)


VARIETY26_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 29 (commit f6a2a54, the rules of "
    "section 29 written from the twenty-fifth set after this set was commissioned), the set "
    "never read by the rules' authors (its writers, told this time to invent traps beyond the "
    "listed kinds, reported no reader gap): **statuses 101 of 115 (87.8%), values 102 of 115 "
    "(88.7%), plan verdicts 27 of 31 (87.1%), evidence items 103 of 115 (89.6%), false met 5 of "
    "115 (4.3%)**. Per report: 內政部移民署 114 26 of 30, 經濟部中小及新創企業署 113 (萬元) "
    "25 of 28, 環境部氣候變遷署 113 26 of 30, 財政部賦稅署 115 (元) 24 of 27. The session's "
    "first engine (51fffe9, before section 29) gives the same figures on it.",
    "- The lowest first run since the nineteenth set, and the highest false met of all: four of "
    "the five are deadlines (12 labelled). The last thirteen first runs (after the rounds of "
    "sections 17 to 29): statuses 95.5 %, 93.8 %, 91.9 %, 96.3 %, 96.3 %, 89.7 %, 96.4 %, "
    "95.0 %, 92.2 %, 97.3 %, 96.5 %, 92.8 %, 87.8 %; false met 1.8 %, 0.9 %, 0.9 %, 0.0 %, "
    "0.9 %, 0.9 %, 0.9 %, 0.8 %, 1.7 %, 0.9 %, 0.9 %, 2.7 %, 4.3 %. Pooled: statuses 1,376 of "
    "1,465 (93.9 %), values 1,380 of 1,465 (94.2 %), evidence items 1,389 of 1,465 (94.8 %), "
    "false met 20 of 1,465 (1.4 %). The last six alone (the twenty-first to twenty-sixth, after "
    "sections 24 to 29): statuses 644 of 688 (93.6 %), false met 13 of 688 (1.9 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 9, after "
    "the twenty-seventh set was commissioned from writers who had not read the engine) and the "
    "rules of section 30 written from them.",
)


VARIETY27_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 30 (commit 45aceb6, the rules of "
    "sections 29 and 30 written from the twenty-fifth and twenty-sixth sets after this set was "
    "commissioned), the set never read by the rules' authors (its writers reported no reader "
    "gap): **statuses 105 of 113 (92.9%), values 108 of 113 (95.6%), plan verdicts 29 of 31 "
    "(93.5%), evidence items 105 of 113 (92.9%), false met 1 of 113 (0.9%)**. Per report: "
    "內政部役政署 115 28 of 29, 農業部農村發展及水土保持署 114 (萬元) 26 of 28, "
    "教育部青年發展署 113 (元) 28 of 29, 環境部化學物質管理署 115 23 of 27. The session's first "
    "engine (51fffe9, before sections 29 and 30) gives statuses 102 of 113 (90.3%) and false "
    "met 3 of 113 (2.7%) on it.",
    "- Values and false met within the goals; statuses, evidence items and two plan verdicts "
    "short. The last fourteen first runs (after the rounds of sections 17 to 30): statuses "
    "95.5 %, 93.8 %, 91.9 %, 96.3 %, 96.3 %, 89.7 %, 96.4 %, 95.0 %, 92.2 %, 97.3 %, 96.5 %, "
    "92.8 %, 87.8 %, 92.9 %; false met 1.8 %, 0.9 %, 0.9 %, 0.0 %, 0.9 %, 0.9 %, 0.9 %, 0.8 %, "
    "1.7 %, 0.9 %, 0.9 %, 2.7 %, 4.3 %, 0.9 %. Pooled: statuses 1,481 of 1,578 (93.9 %), "
    "values 1,488 of 1,578 (94.3 %), evidence items 1,494 of 1,578 (94.7 %), false met 21 of "
    "1,578 (1.3 %). The last seven alone (the twenty-first to twenty-seventh, after sections 24 "
    "to 30): statuses 749 of 801 (93.5 %), false met 14 of 801 (1.7 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 9, after "
    "the twenty-eighth set was commissioned from writers who had not read the engine) and the "
    "rules of section 31 written from them.",
)


VARIETY28_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 31 (commit 29139e8, the rules of "
    "sections 29 to 31 written from the twenty-fifth to twenty-seventh sets, the last after "
    "this set was commissioned), the set never read by the rules' authors (its writers "
    "reported no reader gap): **statuses 102 of 114 (89.5%), values 104 of 114 (91.2%), plan "
    "verdicts 27 of 30 (90.0%), evidence items 102 of 114 (89.5%), false met 3 of 114 "
    "(2.6%)**. Per report: 經濟部產業園區管理局 115 (萬元) 24 of 27, 衛生福利部長期照顧司 114 "
    "29 of 30, 外交部領事事務局 113 26 of 29, 勞動部勞動基金運用局 115 (元) 23 of 28. The "
    "session's first engine (51fffe9, before sections 29 to 31) gives statuses 99 of 114 "
    "(86.8%) and false met 6 of 114 (5.3%) on it.",
    "- No goal met. The last fifteen first runs (after the rounds of sections 17 to 31): "
    "statuses 95.5 %, 93.8 %, 91.9 %, 96.3 %, 96.3 %, 89.7 %, 96.4 %, 95.0 %, 92.2 %, 97.3 %, "
    "96.5 %, 92.8 %, 87.8 %, 92.9 %, 89.5 %; false met 1.8 %, 0.9 %, 0.9 %, 0.0 %, 0.9 %, "
    "0.9 %, 0.9 %, 0.8 %, 1.7 %, 0.9 %, 0.9 %, 2.7 %, 4.3 %, 0.9 %, 2.6 %. Pooled: statuses "
    "1,583 of 1,692 (93.6 %), values 1,592 of 1,692 (94.1 %), evidence items 1,596 of 1,692 "
    "(94.3 %), false met 24 of 1,692 (1.4 %). The last eight alone (the twenty-first to "
    "twenty-eighth, after sections 24 to 31): statuses 851 of 915 (93.0 %), false met 17 of 915 "
    "(1.9 %). The writers of the last three sets were told to invent traps beyond the listed "
    "kinds; two of their first runs (87.8 %, 89.5 %) are the lowest of the fifteen.",
    "- **From here on the set is in sample:** its disagreements were read (session 9, after "
    "the twenty-ninth set was commissioned from writers who had not read the engine) and the "
    "rules of section 32 written from them.",
)


VARIETY29_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 32 (commit 9940b26, the rules of "
    "sections 29 to 32 written from the twenty-fifth to twenty-eighth sets, the last after "
    "this set was commissioned), the set never read by the rules' authors (its writers "
    "reported no reader gap): **statuses 97 of 113 (85.8%), values 100 of 113 (88.5%), plan "
    "verdicts 26 of 30 (86.7%), evidence items 99 of 113 (87.6%), false met 5 of 113 "
    "(4.4%)**. Per report: 農業部農業試驗所 114 29 of 30, 國家科學及技術委員會南部科學園區"
    "管理局 113 (萬元) 24 of 27, 交通部高速公路局 115 (元) 21 of 28, 衛生福利部中醫藥司 114 "
    "23 of 28. The session's first engine (51fffe9, before sections 29 to 32) gives statuses 99 "
    "of 113 (87.6%) and false met 4 of 113 (3.5%) on it: **the session's rules lost two "
    "statuses and added one false met on this set.**",
    "- The lowest first run of all, and no goal met. The last sixteen first runs (after the "
    "rounds of sections 17 to 32): statuses 95.5 %, 93.8 %, 91.9 %, 96.3 %, 96.3 %, 89.7 %, "
    "96.4 %, 95.0 %, 92.2 %, 97.3 %, 96.5 %, 92.8 %, 87.8 %, 92.9 %, 89.5 %, 85.8 %; false met "
    "1.8 %, 0.9 %, 0.9 %, 0.0 %, 0.9 %, 0.9 %, 0.9 %, 0.8 %, 1.7 %, 0.9 %, 0.9 %, 2.7 %, 4.3 %, "
    "0.9 %, 2.6 %, 4.4 %. Pooled: statuses 1,680 of 1,805 (93.1 %), values 1,692 of 1,805 "
    "(93.7 %), evidence items 1,695 of 1,805 (93.9 %), false met 29 of 1,805 (1.6 %). The last "
    "nine alone (the twenty-first to twenty-ninth, after sections 24 to 32): statuses 948 of "
    "1,028 (92.2 %), false met 22 of 1,028 (2.1 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 9, after "
    "the thirtieth set was commissioned from writers who had not read the engine), first the "
    "five it lost against the session's first engine, and the rules of section 33 written from "
    "them.",
)


VARIETY30_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 33 (commit cc39991, the rules of "
    "sections 29 to 33 written from the twenty-fifth to twenty-ninth sets, the last after "
    "this set was commissioned), the set never read by the rules' authors (its writers "
    "reported no reader gap): **statuses 99 of 114 (86.8%), values 107 of 114 (93.9%), plan "
    "verdicts 25 of 30 (83.3%), evidence items 98 of 114 (86.0%), false met 5 of 114 "
    "(4.4%)**. Per report: 經濟部產業技術司 115 26 of 28, 法務部法醫研究所 114 (萬元) 24 of 29, "
    "內政部空中勤務總隊 113 (元) 20 of 27, 客家委員會客家文化發展中心 115 29 of 30. The "
    "session's first engine (51fffe9, before sections 29 to 33) gives statuses 97 of 114 "
    "(85.1%) and false met 7 of 114 (6.1%) on it.",
    "- No goal met. The last seventeen first runs (after the rounds of sections 17 to 33): "
    "statuses 95.5 %, 93.8 %, 91.9 %, 96.3 %, 96.3 %, 89.7 %, 96.4 %, 95.0 %, 92.2 %, 97.3 %, "
    "96.5 %, 92.8 %, 87.8 %, 92.9 %, 89.5 %, 85.8 %, 86.8 %; false met 1.8 %, 0.9 %, 0.9 %, "
    "0.0 %, 0.9 %, 0.9 %, 0.9 %, 0.8 %, 1.7 %, 0.9 %, 0.9 %, 2.7 %, 4.3 %, 0.9 %, 2.6 %, "
    "4.4 %, 4.4 %. Pooled: statuses 1,779 of 1,919 (92.7 %), values 1,799 of 1,919 (93.7 %), "
    "evidence items 1,793 of 1,919 (93.4 %), false met 34 of 1,919 (1.8 %). The last ten alone "
    "(the twenty-first to thirtieth, after sections 24 to 33): statuses 1,047 of 1,142 "
    "(91.7 %), false met 27 of 1,142 (2.4 %). Since the writers were asked to invent traps "
    "beyond the listed kinds (the twenty-sixth set on), each fresh set has found new gaps: "
    "87.8 %, 92.9 %, 89.5 %, 85.8 %, 86.8 % at first run, 98–100 % once read.",
    "- **From here on the set is in sample:** its disagreements were read (session 9, after "
    "the thirty-first set was commissioned from writers who had not read the engine) and the "
    "rules of section 34 written from them.",
)


VARIETY31_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 35 (commit b530ab5, the rules of "
    "sections 34 and 35 written from the thirtieth set and from an adversarial review after "
    "this set was commissioned), the set never read by the rules' authors (its writers "
    "reported one reader gap that changes no count: an inline (1)(2)(3) list inside one "
    "attainment item read as one sub-item): **statuses 104 of 111 (93.7%), values 103 of 111 "
    "(92.8%), plan verdicts 27 of 29 (93.1%), evidence items 101 of 111 (91.0%), false met 2 "
    "of 111 (1.8%)**. Per report: 勞動部勞動及職業安全衛生研究所 115 27 of 29, 農業部畜產試驗所 "
    "113 (萬元) 26 of 28, 財政部國有財產署 114 (元) 26 of 27, 文化部國家人權博物館 115 25 of 27. "
    "The session's first engine (51fffe9, before sections 29 to 35) gives statuses 104 of 111 "
    "(93.7%) and false met 3 of 111 (2.7%) on it.",
    "- No goal met, false met nearest (1.8 %). The last eighteen first runs (after the rounds "
    "of sections 17 to 35): statuses 95.5 %, 93.8 %, 91.9 %, 96.3 %, 96.3 %, 89.7 %, 96.4 %, "
    "95.0 %, 92.2 %, 97.3 %, 96.5 %, 92.8 %, 87.8 %, 92.9 %, 89.5 %, 85.8 %, 86.8 %, 93.7 %; "
    "false met 1.8 %, 0.9 %, 0.9 %, 0.0 %, 0.9 %, 0.9 %, 0.9 %, 0.8 %, 1.7 %, 0.9 %, 0.9 %, "
    "2.7 %, 4.3 %, 0.9 %, 2.6 %, 4.4 %, 4.4 %, 1.8 %. Pooled: statuses 1,883 of 2,030 "
    "(92.8 %), values 1,902 of 2,030 (93.7 %), evidence items 1,894 of 2,030 (93.3 %), false "
    "met 36 of 2,030 (1.8 %). The last eleven alone (the twenty-first to thirty-first, after "
    "sections 24 to 35): statuses 1,151 of 1,253 (91.9 %), false met 29 of 1,253 (2.3 %). "
    "Against the session's first engine, the six sets first run in session 9 gained 0, +3, +3, "
    "−2, +2, 0 statuses and lost 0, 2, 3, −1, 2, 1 false met (the twenty-sixth to "
    "thirty-first).",
    "- **From here on the set is in sample:** its disagreements were read (session 9, after "
    "the thirty-second set was commissioned from writers who had not read the engine) and the "
    "rules of section 36 written from them.",
)


VARIETY32_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 37 (commit 28340b9, the rules of "
    "sections 36 and 37 written from the thirty-first set and from a second adversarial review "
    "after this set was commissioned), the set never read by the rules' authors (its writers "
    "reported no reader gap): **statuses 92 of 111 (82.9%), values 91 of 111 (82.0%), plan "
    "verdicts 27 of 29 (93.1%), evidence items 93 of 111 (83.8%), false met 6 of 111 "
    "(5.4%)**. Per report: 內政部建築研究所 114 21 of 26, 農業部林業試驗所 115 (萬元) 24 of 29, "
    "教育部終身教育司 113 (元) 24 of 29, 海洋委員會國家海洋研究院 114 23 of 27. The session's "
    "first engine (51fffe9, before sections 29 to 37) gives statuses 89 of 111 (80.2%) and "
    "false met 9 of 111 (8.1%) on it.",
    "- The lowest first run of all and the highest false met: no goal met. The last nineteen "
    "first runs (after the rounds of sections 17 to 37): statuses 95.5 %, 93.8 %, 91.9 %, "
    "96.3 %, 96.3 %, 89.7 %, 96.4 %, 95.0 %, 92.2 %, 97.3 %, 96.5 %, 92.8 %, 87.8 %, 92.9 %, "
    "89.5 %, 85.8 %, 86.8 %, 93.7 %, 82.9 %; false met 1.8 %, 0.9 %, 0.9 %, 0.0 %, 0.9 %, "
    "0.9 %, 0.9 %, 0.8 %, 1.7 %, 0.9 %, 0.9 %, 2.7 %, 4.3 %, 0.9 %, 2.6 %, 4.4 %, 4.4 %, 1.8 %, "
    "5.4 %. Pooled: statuses 1,975 of 2,141 (92.2 %), values 1,993 of 2,141 (93.1 %), evidence "
    "items 1,987 of 2,141 (92.8 %), false met 42 of 2,141 (2.0 %). The last twelve alone (the "
    "twenty-first to thirty-second, after sections 24 to 37): statuses 1,243 of 1,364 "
    "(91.1 %), false met 35 of 1,364 (2.6 %). Against the session's first engine the seven "
    "sets first run in session 9 gained 0, +3, +3, −2, +2, 0, +3 statuses and cut false met by "
    "0, 2, 3, −1, 2, 1, 3.",
    "- **From here on the set is in sample:** its disagreements were read (session 9, after "
    "the thirty-third set was commissioned from writers who had not read the engine) and the "
    "rules of section 38 written from them.",
)


VARIETY33_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 38 (commit 22595f8, the rules of "
    "section 38 written from the thirty-second set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 97 of "
    "112 (86.6%), values 100 of 112 (89.3%), plan verdicts 28 of 30 (93.3%), evidence items "
    "103 of 112 (92.0%), false met 6 of 112 (5.4%)**. Per report: 衛生福利部護理及健康照護司 "
    "115 25 of 28, 國家發展委員會產業發展處 113 (萬元) 22 of 27, 內政部戶政司 114 (元) 26 of "
    "27, 文化部人文及出版司 115 24 of 30. The session's first engine (51fffe9, before sections "
    "29 to 38) gives statuses 93 of 112 (83.0%) and false met 8 of 112 (7.1%) on it.",
    "- No goal met. The last twenty first runs (after the rounds of sections 17 to 38): "
    "statuses 95.5 %, 93.8 %, 91.9 %, 96.3 %, 96.3 %, 89.7 %, 96.4 %, 95.0 %, 92.2 %, 97.3 %, "
    "96.5 %, 92.8 %, 87.8 %, 92.9 %, 89.5 %, 85.8 %, 86.8 %, 93.7 %, 82.9 %, 86.6 %; false "
    "met 1.8 %, 0.9 %, 0.9 %, 0.0 %, 0.9 %, 0.9 %, 0.9 %, 0.8 %, 1.7 %, 0.9 %, 0.9 %, 2.7 %, "
    "4.3 %, 0.9 %, 2.6 %, 4.4 %, 4.4 %, 1.8 %, 5.4 %, 5.4 %. Pooled: statuses 2,072 of 2,253 "
    "(92.0 %), values 2,093 of 2,253 (92.9 %), evidence items 2,090 of 2,253 (92.8 %), false "
    "met 48 of 2,253 (2.1 %). The last thirteen alone (the twenty-first to thirty-third, after "
    "sections 24 to 38): statuses 1,340 of 1,476 (90.8 %), false met 41 of 1,476 (2.8 %). "
    "Against the session's first engine the eight sets first run in session 9 gained 0, +3, "
    "+3, −2, +2, 0, +3, +4 statuses and cut false met by 0, 2, 3, −1, 2, 1, 3, 2: the rules "
    "help on unseen sets, by about two statuses and two false mets a set, but each new set, "
    "written to invent traps, finds more kinds than a round of rules covers.",
    "- **From here on the set is in sample:** its disagreements were read (session 9, after "
    "the thirty-fourth set was commissioned from writers who had not read the engine) and the "
    "rules of section 39 written from them (its six false mets first): 97 → 100 of 112, false "
    "met 6 → 2.",
)


VARIETY34_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 39 (commit 7e32d03, the rules of "
    "section 39 written from the thirty-third set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 95 of "
    "111 (85.6%), values 103 of 111 (92.8%), plan verdicts 27 of 29 (93.1%), evidence items 99 "
    "of 111 (89.2%), false met 3 of 111 (2.7%)**. Per report: 經濟部國營事業管理司 115 24 of "
    "29, 農業部農業藥物試驗所 114 (萬元) 21 of 27, 衛生福利部口腔健康司 113 (元) 25 of 27, "
    "國家發展委員會國土區域離島發展處 115 25 of 28. The session's first engine (51fffe9, "
    "before sections 29 to 39) gives statuses 96 of 111 (86.5%) and false met 3 of 111 (2.7%) "
    "on it: the session's rules lost one status and no false met changed on this set.",
    "- No goal met. The last twenty-one first runs (after the rounds of sections 17 to 39): "
    "statuses 95.5 %, 93.8 %, 91.9 %, 96.3 %, 96.3 %, 89.7 %, 96.4 %, 95.0 %, 92.2 %, 97.3 %, "
    "96.5 %, 92.8 %, 87.8 %, 92.9 %, 89.5 %, 85.8 %, 86.8 %, 93.7 %, 82.9 %, 86.6 %, 85.6 %; "
    "false met 1.8 %, 0.9 %, 0.9 %, 0.0 %, 0.9 %, 0.9 %, 0.9 %, 0.8 %, 1.7 %, 0.9 %, 0.9 %, "
    "2.7 %, 4.3 %, 0.9 %, 2.6 %, 4.4 %, 4.4 %, 1.8 %, 5.4 %, 5.4 %, 2.7 %. Pooled: statuses "
    "2,167 of 2,364 (91.7 %), values 2,196 of 2,364 (92.9 %), evidence items 2,189 of 2,364 "
    "(92.6 %), false met 51 of 2,364 (2.2 %). The last fourteen alone (the twenty-first to "
    "thirty-fourth, after sections 24 to 39): statuses 1,435 of 1,587 (90.4 %), false met 44 "
    "of 1,587 (2.8 %). Against the session's first engine the nine sets first run in session 9 "
    "gained 0, +3, +3, −2, +2, 0, +3, +4, −1 statuses (+12 in all, of 1,014 targets) and cut "
    "false met by 0, 2, 3, −1, 2, 1, 3, 2, 0 (12 in all).",
    "- **From here on the set is in sample:** its disagreements were read (session 10, after "
    "the thirty-fifth set was commissioned from writers who had not read the engine) and the "
    "rules of section 40 written from them (its three false mets first): 95 → 108 of 111, "
    "false met 3 → 0.",
)


VARIETY35_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 40 (commit 1806d66, the rules of "
    "section 40 written from the thirty-fourth set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 102 of "
    "112 (91.1%), values 108 of 112 (96.4%), plan verdicts 29 of 30 (96.7%), evidence items "
    "102 of 112 (91.1%), false met 4 of 112 (3.6%)**. Per report: 財政部賦稅署 114 28 of 30, "
    "農業部農田水利署 115 (萬元) 23 of 28, 法務部行政執行署 113 24 of 27, 經濟部產業園區管理局 "
    "114 (元) 27 of 27. The session's first engine (e907b88, before section 40) gives the same "
    "on it: statuses 102 of 112 and false met 4 of 112; section 40 neither gained nor lost a "
    "status here.",
    "- No goal met. The last twenty-two first runs (after the rounds of sections 17 to 40): "
    "pooled statuses 2,269 of 2,476 (91.6 %), values 2,304 of 2,476 (93.1 %), evidence items "
    "2,291 of 2,476 (92.5 %), false met 55 of 2,476 (2.2 %). The last fifteen alone (the "
    "twenty-first to thirty-fifth, after sections 24 to 40): statuses 1,537 of 1,699 "
    "(90.5 %), false met 48 of 1,699 (2.8 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 10, after "
    "the thirty-sixth set was commissioned from writers who had not read the engine) and the "
    "rules of section 41 written from them (its four false mets first): 102 → 110 of 112, "
    "false met 4 → 0.",
)


VARIETY36_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 41 (commit bc3ea11, the rules of "
    "section 41 written from the thirty-fifth set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 102 of "
    "115 (88.7%), values 105 of 115 (91.3%), plan verdicts 29 of 31 (93.5%), evidence items "
    "100 of 115 (87.0%), false met 1 of 115 (0.9%)**. Per report: 教育部高等教育司 115 25 of "
    "29, 環境部資源循環署 114 (萬元) 26 of 30, 數位發展部數位產業署 113 26 of 28, 國家科學及"
    "技術委員會中部科學園區管理局 115 (元) 25 of 28. The session's first engine (e907b88, "
    "before sections 40 and 41) gives statuses 101 of 115 and false met 1 of 115 on it.",
    "- Statuses and values short of the goals, false met below 1 % for the first time since the "
    "twenty-seventh set. The last twenty-three first runs (after the rounds of sections 17 to "
    "41): pooled statuses 2,371 of 2,591 (91.5 %), values 2,409 of 2,591 (93.0 %), evidence "
    "items 2,391 of 2,591 (92.3 %), false met 56 of 2,591 (2.2 %). The last sixteen alone (the "
    "twenty-first to thirty-sixth, after sections 24 to 41): statuses 1,639 of 1,814 "
    "(90.4 %), false met 49 of 1,814 (2.7 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 10, after "
    "the thirty-seventh set was commissioned from writers who had not read the engine) and the "
    "rules of section 42 written from them (its false met first): 102 → 113 of 115, false met "
    "1 → 0.",
)


VARIETY37_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 42 (commit 0f3aaff, the rules of "
    "section 42 written from the thirty-sixth set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 101 of "
    "111 (91.0%), values 103 of 111 (92.8%), plan verdicts 30 of 30 (100.0%), evidence items "
    "103 of 111 (92.8%), false met 2 of 111 (1.8%)**. Per report: 內政部國家公園署 114 25 of "
    "28, 衛生福利部中醫藥司 113 (萬元) 25 of 28, 法務部廉政署 115 25 of 27, 內政部地政司 114 "
    "(元) 26 of 28. The session's first engine (e907b88, before sections 40 to 42) gives "
    "statuses 99 of 111 and false met 2 of 111 on it.",
    "- Statuses, values and evidence short of the goals, false met above 1 %. The last "
    "twenty-four first runs (after the rounds of sections 17 to 42): pooled statuses 2,472 of "
    "2,702 (91.5 %), values 2,512 of 2,702 (93.0 %), evidence items 2,494 of 2,702 (92.3 %), "
    "false met 58 of 2,702 (2.1 %). The last seventeen alone (the twenty-first to "
    "thirty-seventh, after sections 24 to 42): statuses 1,740 of 1,925 (90.4 %), false met 51 "
    "of 1,925 (2.6 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 10, after "
    "the thirty-eighth set was commissioned from writers who had not read the engine) and the "
    "rules of section 43 written from them (its two false mets first): 101 → 108 of 111, "
    "false met 2 → 0.",
)


VARIETY38_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 43 (commit 45c43bc, the rules of "
    "section 43 written from the thirty-seventh set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 97 of "
    "113 (85.8%), values 106 of 113 (93.8%), plan verdicts 27 of 30 (90.0%), evidence items 99 "
    "of 113 (87.6%), false met 3 of 113 (2.7%)**. Per report: 經濟部商業發展署 115 27 of 30, "
    "原住民族委員會原住民族文化發展中心 114 (萬元) 22 of 28, 財政部財政資訊中心 113 24 of 28, "
    "國家發展委員會人力發展處 115 (元) 24 of 27. The session's first engine (e907b88, before "
    "sections 40 to 43) gives the same statuses (97 of 113) and false met (3) on it: the "
    "session's rules neither gained nor lost a status here.",
    "- No goal met. The last twenty-five first runs (after the rounds of sections 17 to 43): "
    "pooled statuses 2,569 of 2,815 (91.3 %), values 2,618 of 2,815 (93.0 %), evidence items "
    "2,593 of 2,815 (92.1 %), false met 61 of 2,815 (2.2 %). The last eighteen alone (the "
    "twenty-first to thirty-eighth, after sections 24 to 43): statuses 1,837 of 2,038 "
    "(90.1 %), false met 54 of 2,038 (2.6 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 10, after "
    "the thirty-ninth set was commissioned from writers who had not read the engine) and the "
    "rules of section 44 written from them (its three false mets first): 97 → 108 of 113, "
    "false met 3 → 0.",
)


VARIETY39_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 44 (commit 0b8c2c1, the rules of "
    "section 44 written from the thirty-eighth set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 103 of "
    "112 (92.0%), values 102 of 112 (91.1%), plan verdicts 27 of 29 (93.1%), evidence items "
    "101 of 112 (90.2%), false met 1 of 112 (0.9%)**. Per report: 教育部師資培育及藝術教育司 "
    "114 28 of 29, 農業部動物保護司 115 (萬元) 23 of 28, 內政部警政署刑事警察局 113 25 of 28, "
    "財政部國庫署 115 (元) 27 of 27. The session's first engine (e907b88, before sections 40 "
    "to 44) gives the same statuses (103 of 112) and false met (1) on it, with values 101 and "
    "evidence items 98.",
    "- No goal met but false met. Of the five sets first run in session 10 (the thirty-fifth to "
    "thirty-ninth), the session's rules gained 0, +1, +2, 0, 0 statuses over the session's "
    "first engine and no false met: each round of rules fixes the set it was read from (to 95 "
    "to 98 %) and carries over to the next set barely at all. The last twenty-six first runs "
    "(after the rounds of sections 17 to 44): pooled statuses 2,672 of 2,927 (91.3 %), values "
    "2,720 of 2,927 (92.9 %), evidence items 2,694 of 2,927 (92.0 %), false met 62 of 2,927 "
    "(2.1 %). The last nineteen alone (the twenty-first to thirty-ninth): statuses 1,940 of "
    "2,150 (90.2 %), false met 55 of 2,150 (2.6 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 10, after "
    "the fortieth set was first run and the forty-first commissioned) and the rules of section "
    "46 written from them (its false met first): 103 → 108 of 112, false met 1 → 0.",
)


VARIETY40_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 45 (commit c4c7d57, the rules of "
    "section 45 written from the third adversarial review after this set was commissioned), "
    "the set never read by the rules' authors (its writers reported no reader gap): **statuses "
    "105 of 110 (95.5%), values 105 of 110 (95.5%), plan verdicts 29 of 29 (100.0%), evidence "
    "items 102 of 110 (92.7%), false met 1 of 110 (0.9%)**. Per report: 內政部役政署 114 26 of "
    "28, 文化部文化資源司 113 (萬元) 27 of 27, 環境部大氣環境司 115 26 of 28, 衛生福利部醫事司 "
    "114 (元) 26 of 27. The session's first engine (e907b88, before sections 40 to 45) gives "
    "statuses 102 of 110 (92.7%), plan verdicts 27 of 29 and false met 1 on it.",
    "- On this set every goal but the evidence items is met (statuses and values 95.5 % against "
    "95 %, every plan verdict, false met 0.9 % against 1 %; evidence 92.7 % against 95 %): the "
    "first set since the twenty-fourth to meet the status goal at its first run. One set is no "
    "trend: the last twenty-seven first runs (after the rounds of sections 17 to 45) pool "
    "statuses 2,777 of 3,037 (91.4 %), values 2,825 of 3,037 (93.0 %), evidence items 2,796 of "
    "3,037 (92.1 %), false met 63 of 3,037 (2.1 %); the last twenty alone (the twenty-first to "
    "fortieth): statuses 2,045 of 2,260 (90.5 %), false met 56 of 2,260 (2.5 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 10, after "
    "the forty-first set was written by helpers who had not read the engine) and the rules of "
    "section 47 written from them (its false met first): 105 → 110 of 110, false met 1 → 0.",
)


VARIETY41_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 47 (commit 664c984, the rules of "
    "sections 46 and 47 written from the thirty-ninth and fortieth sets after this set was "
    "commissioned), the set never read by the rules' authors (its writers reported no reader "
    "gap): **statuses 102 of 114 (89.5%), values 104 of 114 (91.2%), plan verdicts 26 of 29 "
    "(89.7%), evidence items 104 of 114 (91.2%), false met 0 of 114 (0.0%)**. Per report: "
    "農業部水產試驗所 115 26 of 29, 交通部民用航空局飛航服務總臺 113 (萬元) 23 of 27, "
    "運動部運動發展署 114 29 of 30, 內政部國土管理署城鄉發展分署 115 (元) 24 of 28. The "
    "session's first engine (e907b88, before sections 40 to 47) gives statuses 100 of 114 "
    "and false met 0 on it.",
    "- False met within the goal, statuses and values short. Over the seven sets first run in "
    "session 10 (the thirty-fifth to forty-first, 787 targets): statuses 712 (90.5 %), false "
    "met 12 (1.5 %); the session's first engine gives 704 (89.5 %) and the same 12 false mets "
    "on them: the session's rules (sections 40 to 47) gained about one status a set on sets "
    "their authors had not read, and no false met. The last twenty-eight first runs (after "
    "the rounds of sections 17 to 47): pooled statuses 2,879 of 3,151 (91.4 %), values 2,929 "
    "of 3,151 (93.0 %), evidence items 2,900 of 3,151 (92.0 %), false met 63 of 3,151 (2.0 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 10, after "
    "the forty-second set was commissioned from writers who had not read the engine) and the "
    "rules of section 48 written from them (102 → 105 of 114); the rest of its disagreements "
    "(drafts and reviews under way, a deadline's trial run, conflicting columns) are left for "
    "a later round.",
)


VARIETY42_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 48 (commit 2c558fd, the rules of "
    "section 48 written from the forty-first set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 101 of "
    "113 (89.4%), values 101 of 113 (89.4%), plan verdicts 27 of 30 (90.0%), evidence items "
    "101 of 113 (89.4%), false met 3 of 113 (2.7%)**. Per report: 國家圖書館 113 28 of 30, "
    "衛生福利部國民年金監理會 115 (萬元) 24 of 28, 農業部農業資訊服務中心 114 26 of 29, "
    "教育部國際及兩岸教育司 113 (元) 23 of 26. The session's first engine (e907b88, before "
    "sections 40 to 48) gives statuses 100 of 113 and false met 3 on it.",
    "- No goal met. Over the eight sets first run in session 10 (the thirty-fifth to "
    "forty-second, 900 targets): statuses 813 (90.3 %), false met 15 (1.7 %); the session's "
    "first engine gives 804 (89.3 %) and the same 15 false mets on them. The last twenty-nine "
    "first runs (after the rounds of sections 17 to 48): pooled statuses 2,980 of 3,264 "
    "(91.3 %), values 3,030 of 3,264 (92.8 %), evidence items 3,001 of 3,264 (91.9 %), false "
    "met 66 of 3,264 (2.0 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 10, after "
    "the forty-third set was commissioned from writers who had not read the engine) and the "
    "rules of section 49 written from them (its three false mets first): 101 → 104 of 113, "
    "false met 3 → 0.",
)


VARIETY43_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 49 (commit d9f1e35, the rules of "
    "section 49 written from the forty-second set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 100 of "
    "113 (88.5%), values 104 of 113 (92.0%), plan verdicts 27 of 29 (93.1%), evidence items "
    "104 of 113 (92.0%), false met 0 of 113 (0.0%)**. Per report: 行政院消費者保護處 115 29 "
    "of 30, 國立臺灣歷史博物館 114 (萬元) 23 of 27, 農業部生物多樣性研究所 113 24 of 28, "
    "交通部鐵道局鐵道文化資產組 115 (元) 24 of 28. The session's first engine (e907b88, "
    "before sections 40 to 49) gives statuses 100 of 113 and false met 1 on it.",
    "- False met within the goal; statuses, values and evidence short. Over the nine sets first "
    "run in session 10 (the thirty-fifth to forty-third, 1,013 targets): statuses 913 "
    "(90.1 %), false met 15 (1.5 %); the session's first engine gives 904 (89.2 %) and 16 "
    "false mets on them. The last thirty first runs (after the rounds of sections 17 to 49): "
    "pooled statuses 3,080 of 3,377 (91.2 %), values 3,134 of 3,377 (92.8 %), evidence items "
    "3,105 of 3,377 (91.9 %), false met 66 of 3,377 (2.0 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 11, after "
    "the forty-fourth set was commissioned from writers who had not read the engine) and the "
    "rules of section 50 written from them: 100 → 111 of 113, false met 0 → 0.",
)


VARIETY44_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 50 (commit 7d957a8, the rules of "
    "section 50 written from the forty-third set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 101 of "
    "113 (89.4%), values 107 of 113 (94.7%), plan verdicts 29 of 30 (96.7%), evidence items "
    "107 of 113 (94.7%), false met 4 of 113 (3.5%)**. Per report: 國立自然科學博物館 114 28 "
    "of 28, 農業部茶及飲料作物改良場 115 (萬元) 26 of 27, 文化部國立臺灣交響樂團 113 28 of 30, "
    "國家原子能科技研究院 116 (元) 19 of 28. The session's first engine (8321bab, before "
    "section 50) gives the same: statuses 101 of 113, false met 4.",
    "- No goal met. The rules of section 50 (eleven statuses gained on the set they were read "
    "from) gained none here. The last thirty-one first runs (after the rounds of sections 17 "
    "to 50): pooled statuses 3,181 of 3,490 (91.1 %), values 3,241 of 3,490 (92.9 %), "
    "evidence items 3,212 of 3,490 (92.0 %), false met 70 of 3,490 (2.0 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 11, after "
    "the forty-fifth set was commissioned from writers who had not read the engine) and the "
    "rules of section 51 written from them: 101 → 107 of 113, false met 4 → 1 (left: a stack's "
    "efficiency read from a single cell's, which both columns print).",
)


VARIETY45_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 52 (commit cc41de6, the rules of "
    "sections 51 and 52 written after this set was commissioned), the set never read by the "
    "rules' authors (its writers reported no reader gap): **statuses 102 of 109 (93.6%), "
    "values 103 of 109 (94.5%), plan verdicts 28 of 29 (96.6%), evidence items 102 of 109 "
    "(93.6%), false met 3 of 109 (2.8%)**. Per report: 國立海洋科技博物館 115 24 of 28, "
    "行政院人事行政總處公務人力發展學院 114 (萬元) 26 of 27, 內政部警政署航空警察局 116 26 of "
    "27, 金融監督管理委員會證券期貨局 113 (元) 26 of 27. The session's first engine (8321bab, "
    "before sections 50 to 52) gives statuses 101 of 109, plan verdicts 29 of 29 and false met "
    "3 on it.",
    "- No goal met (statuses, evidence and values within 1.5 points of 95 %; false met 2.8 %). "
    "Over the two sets first run in session 11 (the forty-fourth and forty-fifth, 222 "
    "targets): statuses 203 (91.4 %), false met 7 (3.2 %); the session's first engine gives "
    "202 and the same 7. The last thirty-two first runs (after the rounds of sections 17 to "
    "52): pooled statuses 3,283 of 3,599 (91.2 %), values 3,344 of 3,599 (92.9 %), evidence "
    "items 3,314 of 3,599 (92.1 %), false met 73 of 3,599 (2.0 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 11, after "
    "the forty-sixth set was commissioned from writers who had not read the engine) and the "
    "rules of section 53 written from them (its three false mets first): 102 → 105 of 109, "
    "false met 3 → 0.",
)


VARIETY46_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 53 (commit 7389868, the rules of "
    "section 53 written from the forty-fifth set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 100 of "
    "113 (88.5%), values 105 of 113 (92.9%), plan verdicts 25 of 29 (86.2%), evidence items "
    "102 of 113 (90.3%), false met 5 of 113 (4.4%)**. Per report: 國立國父紀念館 113 24 of "
    "28, 農業部桃園區農業改良場 116 (萬元) 26 of 30, 國立臺灣美術館 115 25 of 28, "
    "財政部北區國稅局 114 (元) 25 of 27. The session's first engine (8321bab, before sections "
    "50 to 53) gives statuses 99 of 113, plan verdicts 24 of 29 and false met 6 on it.",
    "- No goal met. Over the three sets first run in session 11 (the forty-fourth to "
    "forty-sixth, 335 targets): statuses 303 (90.4 %), false met 12 (3.6 %); the session's "
    "first engine gives 301 (89.9 %) and 13 false mets on them. The last thirty-three first "
    "runs (after the rounds of sections 17 to 53): pooled statuses 3,383 of 3,712 (91.1 %), "
    "values 3,449 of 3,712 (92.9 %), evidence items 3,416 of 3,712 (92.0 %), false met 78 of "
    "3,712 (2.1 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 11, after "
    "the forty-seventh set was commissioned from writers who had not read the engine) and the "
    "rules of section 54 written from them (false mets first): 100 → 102 of 113, false met "
    "5 → 3. Two of its kinds were tried and left out, each breaking more labelled targets "
    "than it mended: a total or an added figure (另…) of things the target does not ask (訪查及"
    "電話輔導共…, 實體 against online), and the target's own attainment item's one figure as "
    "a rival whatever words name it.",
)


VARIETY47_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 54 (commit 75ae71f, the rules of "
    "section 54 written from the forty-sixth set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 107 of "
    "116 (92.2%), values 110 of 116 (94.8%), plan verdicts 27 of 30 (90.0%), evidence items "
    "108 of 116 (93.1%), false met 4 of 116 (3.4%)**. Per report: 國立科學工藝博物館 116 29 "
    "of 30, 農業部臺南區農業改良場 113 (萬元) 24 of 28, 國立公共資訊圖書館 114 27 of 28, "
    "衛生福利部桃園醫院 115 (元) 27 of 30. The session's first engine (8321bab, before "
    "sections 50 to 54) gives the same: statuses 107 of 116, false met 4.",
    "- No goal met. Over the four sets first run in session 11 (the forty-fourth to "
    "forty-seventh, 451 targets): statuses 410 (90.9 %), false met 16 (3.5 %); the session's "
    "first engine gives 408 (90.5 %) and 17 false mets on them. The last thirty-four first "
    "runs (after the rounds of sections 17 to 54): pooled statuses 3,490 of 3,828 (91.2 %), "
    "values 3,559 of 3,828 (93.0 %), evidence items 3,524 of 3,828 (92.1 %), false met 82 of "
    "3,828 (2.1 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 11, after "
    "the forty-eighth set was commissioned from writers who had not read the engine) and the "
    "rules of section 55 written from them (its four false mets first): 107 → 110 of 116, "
    "false met 4 → 0.",
)


VARIETY48_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 56 (commit 872b7e4, the rules of "
    "sections 55 and 56 written after this set was commissioned), the set never read by the "
    "rules' authors (its writers reported no reader gap): **statuses 97 of 113 (85.8%), "
    "values 101 of 113 (89.4%), plan verdicts 24 of 30 (80.0%), evidence items 99 of 113 "
    "(87.6%), false met 6 of 113 (5.3%)**. Per report: 國立臺灣文學館 114 24 of 29, "
    "農業部高雄區農業改良場 115 (萬元) 24 of 27, 國立中正紀念堂管理處 116 25 of 28, "
    "衛生福利部臺中醫院 113 (元) 24 of 29. The session's first engine (8321bab, before "
    "sections 50 to 56) gives the same: statuses 97 of 113, false met 6.",
    "- No goal met. Over the five sets first run in session 11 (the forty-fourth to "
    "forty-eighth, 564 targets): statuses 507 (89.9 %), false met 22 (3.9 %); the session's "
    "first engine gives 505 (89.5 %) and 23 false mets on them: the session's seven rounds of "
    "rules and two reviews changed two statuses and one false met on sets their authors had "
    "not read. The last thirty-five first runs (after the rounds of sections 17 to 56): "
    "pooled statuses 3,587 of 3,941 (91.0 %), values 3,660 of 3,941 (92.9 %), evidence items "
    "3,623 of 3,941 (91.9 %), false met 88 of 3,941 (2.2 %). The set was kept unread through "
    "session 11: with the forty-ninth it measured the engine as it stood at the end of that "
    "session (the rules added after its first run, from review 13's older breaks, change none "
    "of its statuses).",
    "- Section 57's policies, designed on the first runs of sets 14 to 47 only, were run on it "
    "and the forty-ninth before either was read: statuses 97 → 97 here, false met 6 → 6. "
    "**From here on the set is in sample:** its disagreements were read (session 12, after "
    "the fiftieth and fifty-first sets were commissioned) and section 57's rule of counts in "
    "talks written from them.",
)


VARIETY49_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 56 (commit f263942, with review "
    "13's older breaks mended after the forty-eighth set's first run; no set was read "
    "between the two), the set never read by the rules' authors (its writers reported no "
    "reader gap): **statuses 104 of 111 (93.7%), values 109 of 111 (98.2%), plan verdicts 29 "
    "of 30 (96.7%), evidence items 103 of 111 (92.8%), false met 2 of 111 (1.8%)**. Per "
    "report: 國立臺灣工藝研究發展中心 115 27 of 28, 農業部花蓮區農業改良場 114 (萬元) 24 of "
    "27, 國立臺灣史前文化博物館 113 26 of 28, 衛生福利部嘉義醫院 116 (元) 27 of 28. The "
    "session's first engine (8321bab) gives statuses 104 of 111, values 108, evidence items "
    "102 and false met 2 on it.",
    "- Values met their goal (98.2 %); statuses, evidence, false met and plan verdicts did not. "
    "Over the six sets first run in session 11 (the forty-fourth to forty-ninth, 675 "
    "targets): statuses 611 (90.5 %), false met 24 (3.6 %); the session's first engine gives "
    "609 and 25. The last thirty-six first runs (after the rounds of sections 17 to 56): "
    "pooled statuses 3,691 of 4,052 (91.1 %), values 3,769 of 4,052 (93.0 %), evidence items "
    "3,726 of 4,052 (92.0 %), false met 90 of 4,052 (2.2 %).",
    "- Section 57's policies, designed on the first runs of sets 14 to 47 only, were run on it "
    "and the forty-eighth before either was read: statuses 104 → 103 here, false met 2 → 2. "
    "**From here on the set is in sample:** its disagreements were read (session 12) and "
    "section 57's reading of any date in the aligned items written from them.",
)


VARIETY50_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 57 (commit f62b4cb, section 57's "
    "policies designed on the first runs of sets 14 to 47 and the rules written after reading "
    "the forty-eighth and forty-ninth sets; this set was commissioned before either was read), "
    "the set never read by the rules' authors (its writers reported no reader gap): "
    "**statuses 103 of 111 (92.8%), values 105 of 111 (94.6%), plan verdicts 29 of 31 "
    "(93.5%), evidence items 104 of 111 (93.7%), false met 4 of 111 (3.6%)**. Per report: "
    "國立海洋生物博物館 115 27 of 28, 農業部臺中區農業改良場 113 (萬元) 26 of 28, "
    "國家教育研究院 114 24 of 28, 衛生福利部豐原醫院 115 (元) 26 of 27. The session's first "
    "engine (5868d3a, before section 57) gives the same: statuses 103 of 111, false met 4.",
    "- No goal met.",
    "- **From here on the set is in sample:** its disagreements were read (session 12, after "
    "the fifty-second set was commissioned) and the rules of section 58 written from them "
    "(false mets first): 103 → 105 of 111, false met 4 → 1.",
)


VARIETY51_FIRST_RUN = (
    "- First run, 2026-12-07, the same engine as the fiftieth set's (commit f62b4cb), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 105 of "
    "113 (92.9%), values 105 of 113 (92.9%), plan verdicts 28 of 30 (93.3%), evidence items "
    "101 of 113 (89.4%), false met 2 of 113 (1.8%)**. Per report: 國立傳統藝術中心 114 27 of "
    "30, 財政部中區國稅局 115 (萬元) 27 of 27, 國立臺灣科學教育館 113 25 of 27, "
    "農業部種苗改良繁殖場 114 (萬元) 26 of 29. The session's first engine (5868d3a) gives the "
    "same: statuses 105 of 113, false met 2.",
    "- No goal met. Over the two sets first run in session 12 (224 targets): statuses 208 "
    "(92.9 %), false met 6 (2.7 %), the same with the session's first engine: section 57 "
    "changed nothing on them. The last thirty-eight first runs (after the rounds of sections "
    "17 to 57): pooled statuses 3,899 of 4,276 (91.2 %), values 3,979 of 4,276 (93.1 %), "
    "evidence items 3,931 of 4,276 (91.9 %), false met 96 of 4,276 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 12) and the "
    "rules of section 58 written from them: 105 → 106 of 113, false met 2 → 1.",
)


VARIETY52_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 58 (commit 1a9fae3, the rules of "
    "section 58 written from the fiftieth and fifty-first sets after this set was "
    "commissioned), the set never read by the rules' authors (its writers reported no reader "
    "gap): **statuses 102 of 111 (91.9%), values 100 of 111 (90.1%), plan verdicts 29 of 29 "
    "(100.0%), evidence items 103 of 111 (92.8%), false met 1 of 111 (0.9%)**. Per report: "
    "國立臺灣博物館 116 26 of 27, 衛生福利部臺北醫院 114 (萬元) 25 of 28, 財政部高雄國稅局 113 "
    "26 of 29, 農業部臺東區農業改良場 116 (元) 25 of 27. The session's first engine (5868d3a, "
    "before sections 57 and 58) gives the same: statuses 102 of 111, false met 1.",
    "- False met (0.9 %) and plan verdicts met their goals; statuses, values and evidence did "
    "not. Over the three sets first run in session 12 (the fiftieth to fifty-second, 335 "
    "targets): statuses 310 (92.5 %), false met 7 (2.1 %), exactly as the session's first "
    "engine gives them: sections 57 and 58 changed nothing on sets their authors had not "
    "read. The last thirty-nine first runs (after the rounds of sections 17 to 58): pooled "
    "statuses 4,001 of 4,387 (91.2 %), values 4,079 of 4,387 (93.0 %), evidence items 4,034 "
    "of 4,387 (92.0 %), false met 97 of 4,387 (2.2 %).",
    "- Review 14's mends (section 59), made after this first run without reading the set: "
    "statuses 101 of 111, false met 1.",
    "- **From here on the set is in sample:** its disagreements were read (session 12, after "
    "the fifty-third set was commissioned) and the rules of section 60 written from them: "
    "101 → 104 of 111, false met 1 → 0.",
)


VARIETY53_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 60 (commit 624acc9, the rules of "
    "section 60 written from the fifty-second set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 106 of "
    "114 (93.0%), values 109 of 114 (95.6%), plan verdicts 28 of 29 (96.6%), evidence items "
    "109 of 114 (95.6%), false met 1 of 114 (0.9%)**. Per report: 國立歷史博物館 114 27 of "
    "28, 衛生福利部桃園療養院 116 (萬元) 24 of 28, 財政部南區國稅局 115 29 of 30, "
    "農業部苗栗區農業改良場 113 (元) 26 of 28. The session's first engine (5868d3a, before "
    "sections 57 to 60) gives statuses 106 of 114 and false met 2 on it.",
    "- Values, evidence items and false met met their goals; statuses and plan verdicts did "
    "not. Over the four sets first run in session 12 (the fiftieth to fifty-third, 449 "
    "targets): statuses 416 (92.7 %), false met 8 (1.8 %); the session's first engine gives "
    "416 and 9: sections 57 to 60 removed one false met on sets their authors had not read "
    "and changed no right status. The last forty first runs (after the rounds of sections 17 "
    "to 60): pooled statuses 4,107 of 4,501 (91.2 %), values 4,188 of 4,501 (93.0 %), "
    "evidence items 4,143 of 4,501 (92.0 %), false met 98 of 4,501 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 12, after "
    "the fifty-fourth set was commissioned) and the rules of section 61 written from them: "
    "106 → 107 of 114, false met 1 → 0.",
)


VARIETY54_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 61 (commit 55c6757, the rules of "
    "section 61 written from the fifty-third set after this set was commissioned; the reader "
    "mended for the telephone number one of its writers reported), the set never read by the "
    "rules' authors: **statuses 103 of 114 (90.4%), values 104 of 114 (91.2%), plan verdicts "
    "25 of 30 (83.3%), evidence items 100 of 114 (87.7%), false met 3 of 114 (2.6%)**. Per "
    "report: 國立臺灣圖書館 115 28 of 30, 衛生福利部南投醫院 113 (萬元) 22 of 27, "
    "勞動部勞動力發展署桃竹苗分署 114 28 of 30, 國立臺灣藝術教育館 116 (元) 25 of 27. The "
    "session's first engine (5868d3a, before sections 57 to 61) gives statuses 103 of 114 and "
    "false met 4 on it.",
    "- No goal met. Over the five sets first run in session 12 (the fiftieth to fifty-fourth, "
    "563 targets): statuses 519 (92.2 %), false met 11 (2.0 %); the session's first engine "
    "gives 519 and 13: sections 57 to 61 removed two false mets on sets their authors had not "
    "read and changed no right status. The last forty-one first runs (after the rounds of "
    "sections 17 to 61): pooled statuses 4,210 of 4,615 (91.2 %), values 4,292 of 4,615 "
    "(93.0 %), evidence items 4,243 of 4,615 (91.9 %), false met 101 of 4,615 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 12, after "
    "the fifty-fifth set was commissioned) and the rules of section 62 written from them: "
    "103 → 105 of 114, false met 3 → 1.",
)


VARIETY55_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 62 (commit f9c1114, the rules of "
    "section 62 written from the fifty-fourth set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 102 of "
    "113 (90.3%), values 104 of 113 (92.0%), plan verdicts 26 of 29 (89.7%), evidence items "
    "101 of 113 (89.4%), false met 3 of 113 (2.7%)**. Per report: 衛生福利部臺東醫院 115 25 "
    "of 30, 交通部觀光署東部海岸國家風景區管理處 114 (萬元) 24 of 28, "
    "財政部北區國稅局桃園分局 113 28 of 28, 國立臺灣海洋大學附屬海事職業學校 116 (元) 25 of "
    "27. The session's first engine (5868d3a, before sections 57 to 62) gives statuses 102 of "
    "113 and false met 4 on it.",
    "- No goal met. Over the six sets first run in session 12 (the fiftieth to fifty-fifth, "
    "676 targets): statuses 621 (91.9 %), false met 14 (2.1 %); the session's first engine "
    "gives 621 and 17: sections 57 to 62 removed three false mets on sets their authors had "
    "not read and changed no right status. The last forty-two first runs (after the rounds of "
    "sections 17 to 62): pooled statuses 4,312 of 4,728 (91.2 %), values 4,396 of 4,728 "
    "(93.0 %), evidence items 4,344 of 4,728 (91.9 %), false met 104 of 4,728 (2.2 %).",
    "- Mends made after this first run without reading the set (review 14's and 12's older "
    "breaks, section 59): statuses 103 of 113, false met 3.",
    "- **From here on the set is in sample:** its disagreements were read (session 13, after "
    "the fifty-seventh and fifty-eighth sets were commissioned) and the rules of section 63 "
    "written from them and the fifty-sixth set's: 103 → 108 of 113, false met 3 → 0.",
)


VARIETY56_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 62 and the mends of section 59 "
    "made after the fifty-fifth set's first run (commit 0de71d5; no set was read between the "
    "two), the set never read by the rules' authors (its writers reported no reader gap): "
    "**statuses 105 of 117 (89.7%), values 105 of 117 (89.7%), plan verdicts 28 of 30 "
    "(93.3%), evidence items 106 of 117 (90.6%), false met 2 of 117 (1.7%)**. Per report: "
    "衛生福利部屏東醫院 114 25 of 30, 交通部公路局臺北區養護工程分局 116 (萬元) 27 of 30, "
    "經濟部水利署第十河川分署 115 27 of 28, 內政部消防署訓練中心 113 (元) 26 of 29. The "
    "session's first engine (5868d3a) gives the same: statuses 105 of 117, false met 2.",
    "- No goal met. Over the seven sets first run in session 12 (the fiftieth to fifty-sixth, "
    "793 targets): statuses 726 (91.6 %), false met 16 (2.0 %); the session's first engine "
    "gives 726 and 19: sections 57 to 62 removed three false mets on sets their authors had "
    "not read and changed no right status. The last forty-three first runs (after the rounds "
    "of sections 17 to 62): pooled statuses 4,417 of 4,845 (91.2 %), values 4,501 of 4,845 "
    "(92.9 %), evidence items 4,450 of 4,845 (91.8 %), false met 106 of 4,845 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 13, after "
    "the fifty-seventh and fifty-eighth sets were commissioned) and the rules of section 63 "
    "written from them and the fifty-fifth set's: 105 → 116 of 117, false met 2 → 0.",
)


VARIETY57_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 63 (commit 1ee1bdd, the rules of "
    "section 63 written from the fifty-fifth and fifty-sixth sets after this set was "
    "commissioned), the set never read by the rules' authors (its writers reported no reader "
    "gap): **statuses 105 of 115 (91.3%), values 108 of 115 (93.9%), plan verdicts 28 of 30 "
    "(93.3%), evidence items 105 of 115 (91.3%), false met 2 of 115 (1.7%)**. Per report: "
    "臺北榮民總醫院 115 28 of 30, 中央銀行 114 (萬元) 24 of 27, 考選部 116 28 of 29, "
    "國家電影及視聽文化中心 114 (元) 25 of 29. The session's first engine (371b28e, before "
    "section 63) gives statuses 104 of 115 and false met 2 on it.",
    "- No goal met. The last forty-four first runs (after the rounds of sections 17 to 63): "
    "pooled statuses 4,522 of 4,960 (91.2 %), values 4,609 of 4,960 (92.9 %), evidence items "
    "4,555 of 4,960 (91.8 %), false met 108 of 4,960 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 13, after "
    "the fifty-ninth and sixtieth sets were commissioned) and the rules of section 64 written "
    "from them: 105 → 111 of 115, false met 2 → 0.",
)


VARIETY58_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 64 (commit 210cde9, the rules of "
    "section 64 written from the fifty-seventh set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 104 of "
    "110 (94.5%), values 102 of 110 (92.7%), plan verdicts 28 of 30 (93.3%), evidence items "
    "101 of 110 (91.8%), false met 3 of 110 (2.7%)**. Per report: 國家衛生研究院 115 24 of "
    "27, 國防部全民防衛動員署 113 (萬元) 26 of 27, 核能安全委員會 114 29 of 29, "
    "環境部環境管理署 115 (元) 25 of 27. The session's first engine (371b28e, before sections "
    "63 and 64) gives statuses 102 of 110 and false met 3 on it.",
    "- No goal met. Over the two sets first run in session 13 (225 targets): statuses 209 "
    "(92.9 %), false met 5 (2.2 %); the session's first engine gives 206 and 5. The last "
    "forty-five first runs (after the rounds of sections 17 to 64): pooled statuses 4,626 of "
    "5,070 (91.2 %), values 4,711 of 5,070 (92.9 %), evidence items 4,656 of 5,070 (91.8 %), "
    "false met 111 of 5,070 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 13, after "
    "the fifty-ninth and sixtieth sets were commissioned) and the rules of section 65 written "
    "from them: 104 → 106 of 110, false met 3 → 0.",
)


VARIETY59_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 65 (commit 0b09221, the rules of "
    "section 65 written from the fifty-eighth set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 109 of "
    "116 (94.0%), values 108 of 116 (93.1%), plan verdicts 29 of 30 (96.7%), evidence items "
    "106 of 116 (91.4%), false met 1 of 116 (0.9%)**. Per report: "
    "國立臺灣大學醫學院附設醫院 116 29 of 30, 金融監督管理委員會銀行局 115 (萬元) 25 of 27, "
    "司法院 114 29 of 30, 國家兩廳院 116 (元) 26 of 29. The session's first engine (371b28e, "
    "before sections 63 to 65) gives statuses 109 of 116 and false met 2 on it.",
    "- No goal met. Over the three sets first run in session 13 (341 targets): statuses 318 "
    "(93.3 %), false met 6 (1.8 %); the session's first engine gives 315 and 7. The last "
    "forty-six first runs (after the rounds of sections 17 to 65): pooled statuses 4,735 of "
    "5,186 (91.3 %), values 4,819 of 5,186 (92.9 %), evidence items 4,762 of 5,186 (91.8 %), "
    "false met 112 of 5,186 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 13, after "
    "the sixty-first and sixty-second sets were commissioned) and the rules of section 66 "
    "written from them: 109 → 112 of 116, false met 1 → 0.",
)


VARIETY60_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 66 (commit e187cb1, the rules of "
    "section 66 written from the fifty-ninth set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 99 of "
    "112 (88.4%), values 104 of 112 (92.9%), plan verdicts 30 of 31 (96.8%), evidence items "
    "101 of 112 (90.2%), false met 2 of 112 (1.8%)**. Per report: 最高檢察署 115 27 of 29, "
    "衛生福利部國家中醫藥研究所 113 (萬元) 25 of 27, 經濟部水利署北區水資源分署 114 23 of 29, "
    "國立教育廣播電臺 116 (元) 24 of 27. The session's first engine (371b28e, before sections "
    "63 to 66) gives statuses 98 of 112 and false met 2 on it.",
    "- No goal met. Over the four sets first run in session 13 (453 targets): statuses 417 "
    "(92.1 %), false met 8 (1.8 %); the session's first engine gives 413 and 9. The last "
    "forty-seven first runs (after the rounds of sections 17 to 66): pooled statuses 4,834 of "
    "5,298 (91.2 %), values 4,923 of 5,298 (92.9 %), evidence items 4,863 of 5,298 (91.8 %), "
    "false met 114 of 5,298 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 13, after "
    "the sixty-first and sixty-second sets were commissioned) and the rules of section 67 "
    "written from them: 99 → 104 of 112, false met 2 → 1.",
)


VARIETY61_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 67 (commit e686627, the rules of "
    "section 67 written from the sixtieth set after this set was commissioned), the set never "
    "read by the rules' authors (its writers reported no reader gap): **statuses 102 of 112 "
    "(91.1%), values 102 of 112 (91.1%), plan verdicts 26 of 29 (89.7%), evidence items 101 "
    "of 112 (90.2%), false met 4 of 112 (3.6%)**. Per report: 教育部技術及職業教育司 115 26 "
    "of 29, 衛生福利部保護服務司 114 (萬元) 28 of 28, 國家太空中心 116 26 of 28, "
    "國家災害防救科技中心 113 (元) 22 of 27. The session's first engine (371b28e, before "
    "sections 63 to 67) gives statuses 101 of 112 and false met 5 on it.",
    "- No goal met. Over the five sets first run in session 13 (565 targets): statuses 519 "
    "(91.9 %), false met 12 (2.1 %); the session's first engine gives 514 and 14. The last "
    "forty-eight first runs (after the rounds of sections 17 to 67): pooled statuses 4,936 of "
    "5,410 (91.2 %), values 5,025 of 5,410 (92.9 %), evidence items 4,964 of 5,410 (91.8 %), "
    "false met 118 of 5,410 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 13, after "
    "the sixty-third and sixty-fourth sets were commissioned) and the rules of section 68 "
    "written from them: 102 → 106 of 112, false met 4 → 1.",
)


VARIETY62_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 68 (commit e483c87, the rules of "
    "section 68 written from the sixty-first set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 103 of "
    "112 (92.0%), values 105 of 112 (93.8%), plan verdicts 27 of 30 (90.0%), evidence items "
    "105 of 112 (93.8%), false met 5 of 112 (4.5%)**. Per report: 農業部畜牧司 114 28 of 28, "
    "財政部國有財產署 116 (萬元) 22 of 27, 國家運動訓練中心 115 26 of 29, 經濟部投資審議司 113 "
    "(元) 27 of 28. The session's first engine (371b28e, before sections 63 to 68) gives "
    "statuses 101 of 112 and false met 5 on it.",
    "- No goal met. Over the six sets first run in session 13 (677 targets): statuses 622 "
    "(91.9 %), false met 17 (2.5 %); the session's first engine gives 615 and 19. The last "
    "forty-nine first runs (after the rounds of sections 17 to 68): pooled statuses 5,039 of "
    "5,522 (91.3 %), values 5,130 of 5,522 (92.9 %), evidence items 5,069 of 5,522 (91.8 %), "
    "false met 123 of 5,522 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 13, after "
    "the sixty-third and sixty-fourth sets were commissioned) and the rules of section 69 "
    "written from them: 103 → 107 of 112, false met 5 → 1.",
)


VARIETY63_FIRST_RUN = (
    "- First run, 2026-12-07, the engine after sections 7 to 69 (commit 43d8292, the rules of "
    "section 69 written from the sixty-second set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 103 of "
    "114 (90.4%), values 105 of 114 (92.1%), plan verdicts 30 of 31 (96.8%), evidence items 99 "
    "of 114 (86.8%), false met 1 of 114 (0.9%)**. Per report: 行政院性別平等處 114 27 of 29, "
    "文化部國家漫畫博物館籌備處 115 (萬元) 24 of 28, 金融監督管理委員會保險局 116 26 of 29, "
    "金融監督管理委員會檢查局 113 (元) 26 of 28. The session's first engine (371b28e, before "
    "sections 63 to 69) gives statuses 100 of 114 and false met 2 on it.",
    "- No goal met. Over the seven sets first run in session 13 (791 targets): statuses 725 "
    "(91.7 %), false met 18 (2.3 %); the session's first engine gives 715 and 21. The last "
    "fifty first runs (after the rounds of sections 17 to 69): pooled statuses 5,142 of 5,636 "
    "(91.2 %), values 5,235 of 5,636 (92.9 %), evidence items 5,168 of 5,636 (91.7 %), false "
    "met 124 of 5,636 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 13, after "
    "the sixty-fifth set was commissioned) and the rules of section 70 written from them: 103 "
    "→ 106 of 114, false met 1 → 0.",
)


VARIETY64_FIRST_RUN = (
    "- First run, 2026-12-08, the engine after sections 7 to 70 (commit 279b90f, the rules of "
    "section 70 written from the sixty-third set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 107 of "
    "113 (94.7%), values 107 of 113 (94.7%), plan verdicts 30 of 30 (100.0%), evidence items "
    "103 of 113 (91.2%), false met 1 of 113 (0.9%)**. Per report: 內政部中部辦公室 115 28 of "
    "30, 農業部獸醫研究所 114 (萬元) 25 of 28, 衛生福利部玉里醫院 116 26 of 27, "
    "國立臺中科技大學 114 (元) 28 of 28. The session's first engine (371b28e, before sections "
    "63 to 70) gives statuses 107 of 113 and false met 1 on it.",
    "- No goal met. Over the eight sets first run in session 13 (904 targets): statuses 832 "
    "(92.0 %), false met 19 (2.1 %); the session's first engine gives 822 and 22. The last "
    "fifty-one first runs (after the rounds of sections 17 to 70): pooled statuses 5,249 of "
    "5,749 (91.3 %), values 5,342 of 5,749 (92.9 %), evidence items 5,271 of 5,749 (91.7 %), "
    "false met 125 of 5,749 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 13, after "
    "the sixty-fifth set was commissioned) and the rules of section 71 written from them: 107 "
    "→ 109 of 113, false met 1 → 0.",
)


VARIETY65_FIRST_RUN = (
    "- First run, 2026-12-08, the engine after sections 7 to 71 (commit d3c1b9e, the rules of "
    "section 71 written from the sixty-fourth set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 101 of "
    "112 (90.2%), values 106 of 112 (94.6%), plan verdicts 29 of 30 (96.7%), evidence items "
    "103 of 112 (92.0%), false met 4 of 112 (3.6%)**. Per report: 法務部法醫研究所 116 22 of "
    "27, 國史館 114 (萬元) 26 of 28, 經濟部工業局臺中工業區服務中心 115 29 of 30, "
    "衛生福利部金門醫院 113 (元) 24 of 27. The session's first engine (371b28e, before sections "
    "63 to 71) gives statuses 100 of 112 and false met 4 on it.",
    "- No goal met. Over the nine sets first run in session 13 (1,016 targets): statuses 933 "
    "(91.8 %), false met 23 (2.3 %); the session's first engine gives 922 and 26. The last "
    "fifty-two first runs (after the rounds of sections 17 to 71): pooled statuses 5,350 of "
    "5,861 (91.3 %), values 5,448 of 5,861 (93.0 %), evidence items 5,374 of 5,861 (91.7 %), "
    "false met 129 of 5,861 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 13, after "
    "the sixty-sixth set was commissioned) and the rules of section 72 written from them: 101 "
    "→ 104 of 112, false met 4 → 1.",
)


VARIETY66_FIRST_RUN = (
    "- First run, 2026-12-08, the engine after sections 7 to 72 (commit 9a86f68, the rules of "
    "section 72 written from the sixty-fifth set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 108 of "
    "110 (98.2%), values 109 of 110 (99.1%), plan verdicts 28 of 29 (96.6%), evidence items "
    "105 of 110 (95.5%), false met 0 of 110 (0.0%)**. Per report: "
    "勞動部勞動力發展署雲嘉南分署 116 30 of 30, 交通部觀光署日月潭國家風景區管理處 115 (萬元) "
    "25 of 27, 經濟部產業園區管理局臨海產業園區服務中心 114 27 of 27, 衛生福利部彰化醫院 116 "
    "(元) 26 of 26. The session's first engine (371b28e, before sections 63 to 72) gives "
    "statuses 107 of 110 and false met 0 on it: an easier set than most, not the engine "
    "reaching the goals.",
    "- The goals are met on this one set, not on the pool. Over the ten sets first run in "
    "session 13 (1,126 targets): statuses 1,041 (92.5 %), false met 23 (2.0 %); the "
    "session's first engine gives 1,029 and 26. The last fifty-three first runs (after the "
    "rounds of sections 17 to 72): pooled statuses 5,458 of 5,971 (91.4 %), values 5,557 of "
    "5,971 (93.1 %), evidence items 5,479 of 5,971 (91.8 %), false met 129 of 5,971 (2.2 %). "
    "The set is kept unread: it measures the engine as it stands at the end of session 13.",
    "- **From here on the set is in sample:** its disagreements were read (session 14, after "
    "the sixty-seventh to sixty-ninth sets were commissioned) and the rules of section 74 "
    "written from them: 108 → 110 of 110, false met 0 → 0.",
)


VARIETY67_FIRST_RUN = (
    "- First run, 2026-12-08, the engine after sections 7 to 74 (commit dd09620, the rules of "
    "section 74 written from the sixty-sixth set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 100 of "
    "109 (91.7%), values 99 of 109 (90.8%), plan verdicts 27 of 29 (93.1%), evidence items "
    "99 of 109 (90.8%), false met 3 of 109 (2.8%)**. Per report: "
    "交通部觀光署澎湖國家風景區管理處 114 29 of 30, 行政院資通安全署 115 (萬元) 24 of 27, "
    "臺中榮民總醫院 113 22 of 26, 勞動部勞動力發展署高屏澎東分署 116 (元) 25 of 26. The "
    "session's first engine (a24b3b6, before section 74) gives the same: statuses 100 of 109, "
    "false met 3.",
    "- No goal met. The last fifty-four first runs (after the rounds of sections 17 to 74): "
    "pooled statuses 5,558 of 6,080 (91.4 %), values 5,656 of 6,080 (93.0 %), evidence items "
    "5,578 of 6,080 (91.7 %), false met 132 of 6,080 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 14, after "
    "the sixty-eighth to seventy-first sets were commissioned) and the rules of section 75 "
    "written from them: 100 → 107 of 109, false met 3 → 1.",
)


VARIETY68_FIRST_RUN = (
    "- First run, 2026-12-08, the engine after sections 7 to 75 (commit 4566390, the rules of "
    "section 75 written from the sixty-seventh set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 103 of "
    "115 (89.6%), values 106 of 115 (92.2%), plan verdicts 28 of 30 (93.3%), evidence items "
    "113 of 115 (98.3%), false met 3 of 115 (2.6%)**. Per report: "
    "內政部國家公園署太魯閣國家公園管理處 115 28 of 30, 法務部司法官學院 114 (萬元) 21 of 27, "
    "國家中山科學研究院 116 29 of 30, 國立臺南生活美學館 113 (萬元) 25 of 28. The session's "
    "first engine (a24b3b6, before sections 74 and 75) gives the same: statuses 103 of 115, "
    "false met 3.",
    "- No goal met. The last fifty-five first runs (after the rounds of sections 17 to 75): "
    "pooled statuses 5,661 of 6,195 (91.4 %), values 5,762 of 6,195 (93.0 %), evidence items "
    "5,691 of 6,195 (91.9 %), false met 135 of 6,195 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 14, after "
    "the sixty-ninth to seventy-first sets were commissioned) and the rules of section 76 "
    "written from them: 103 → 111 of 115, false met 3 → 0.",
)


VARIETY69_FIRST_RUN = (
    "- First run, 2026-12-08, the engine after sections 7 to 76 (commit 3d7e2b1, the rules of "
    "section 76 written from the sixty-eighth set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 105 of "
    "115 (91.3%), values 104 of 115 (90.4%), plan verdicts 28 of 30 (93.3%), evidence items "
    "106 of 115 (92.2%), false met 4 of 115 (3.5%)**. Per report: "
    "國立成功大學醫學院附設醫院 115 28 of 30, 交通部觀光署阿里山國家風景區管理處 117 (萬元) "
    "27 of 27, 財團法人國家實驗研究院 114 26 of 30, 國防部政治作戰局 115 (元) 24 of 28. The "
    "session's first engine (a24b3b6, before sections 74 to 76) gives statuses 103 of 115 and "
    "false met 4 on it.",
    "- No goal met. The last fifty-six first runs (after the rounds of sections 17 to 76): "
    "pooled statuses 5,766 of 6,310 (91.4 %), values 5,866 of 6,310 (93.0 %), evidence items "
    "5,797 of 6,310 (91.9 %), false met 139 of 6,310 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 14, after "
    "the seventieth to seventy-second sets were commissioned) and the rules of section 77 "
    "written from them: 105 → 115 of 115, false met 4 → 0.",
)


VARIETY70_FIRST_RUN = (
    "- First run, 2026-12-08, the engine after sections 7 to 77 (commit 71ef533, the rules of "
    "section 77 written from the sixty-ninth set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 100 of "
    "111 (90.1%), values 99 of 111 (89.2%), plan verdicts 29 of 30 (96.7%), evidence items "
    "99 of 111 (89.2%), false met 1 of 111 (0.9%)**. Per report: "
    "交通部觀光署花東縱谷國家風景區管理處 116 28 of 29, 內政部國家公園署玉山國家公園管理處 "
    "114 (萬元) 22 of 27, 高雄榮民總醫院 115 26 of 27, 勞動部勞動力發展署中彰投分署 113 (元) "
    "24 of 28. The session's first engine (a24b3b6, before sections 74 to 77) gives the same: "
    "statuses 100 of 111, false met 1.",
    "- False met within the goal on this set, statuses not. The last fifty-seven first runs "
    "(after the rounds of sections 17 to 77): pooled statuses 5,866 of 6,421 (91.4 %), values "
    "5,965 of 6,421 (92.9 %), evidence items 5,896 of 6,421 (91.8 %), false met 140 of 6,421 "
    "(2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 14, after "
    "the seventy-first and seventy-second sets were commissioned) and the rules of section 78 "
    "written from them: 100 → 109 of 111, false met 1 → 0.",
)


VARIETY71_FIRST_RUN = (
    "- First run, 2026-12-08, the engine after sections 7 to 78 (commit c92ca18, the rules of "
    "section 78 written from the seventieth set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 103 of "
    "113 (91.2%), values 104 of 113 (92.0%), plan verdicts 29 of 30 (96.7%), evidence items "
    "110 of 113 (97.3%), false met 2 of 113 (1.8%)**. Per report: 國立臺東生活美學館 116 27 "
    "of 27, 衛生福利部臺南醫院 115 (萬元) 26 of 30, 交通部觀光署大鵬灣國家風景區管理處 113 25 "
    "of 28, 法務部矯正署臺中監獄 117 (元) 25 of 28. The session's first engine (a24b3b6, "
    "before sections 74 to 78) gives statuses 102 of 113 and false met 2 on it.",
    "- No goal met. Over the five sets first run in session 14 (the sixty-seventh to "
    "seventy-first, 563 targets): statuses 511 (90.8 %), false met 13 (2.3 %); the session's "
    "first engine gives 508 and 13. The last fifty-eight first runs (after the rounds of "
    "sections 17 to 78): pooled statuses 5,969 of 6,534 (91.4 %), values 6,069 of 6,534 "
    "(92.9 %), evidence items 6,006 of 6,534 (91.9 %), false met 142 of 6,534 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 14, after "
    "the seventy-second set was commissioned) and the rules of section 79 written from them: "
    "103 → 107 of 113, false met 2 → 0.",
)


VARIETY72_FIRST_RUN = (
    "- First run, 2026-12-08, the engine after sections 7 to 79 (commit a9e8361, the rules of "
    "section 79 written from the seventy-first set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 100 of "
    "111 (90.1%), values 99 of 111 (89.2%), plan verdicts 28 of 29 (96.6%), evidence items "
    "101 of 111 (91.0%), false met 3 of 111 (2.7%)**. Per report: "
    "交通部觀光署茂林國家風景區管理處 115 25 of 27, 內政部國家公園署墾丁國家公園管理處 116 "
    "(萬元) 24 of 27, 衛生福利部旗山醫院 114 28 of 30, 勞動部勞動力發展署北基宜花金馬分署 "
    "117 (元) 23 of 27. The session's first engine (a24b3b6, before sections 74 to 79) gives "
    "statuses 100 of 111 and false met 2 on it: one false met more than at the session's start.",
    "- No goal met. Over the six sets first run in session 14 (the sixty-seventh to "
    "seventy-second, 674 targets): statuses 611 (90.7 %), false met 16 (2.4 %); the session's "
    "first engine gives 608 and 15. The last fifty-nine first runs (after the rounds of "
    "sections 17 to 79): pooled statuses 6,069 of 6,645 (91.3 %), values 6,168 of 6,645 "
    "(92.8 %), evidence items 6,107 of 6,645 (91.9 %), false met 145 of 6,645 (2.2 %). The set "
    "is kept unread: it measures the engine as it stands at the end of session 14.",
    "- **From here on the set is in sample:** its disagreements were read (session 15, after "
    "the seventy-third and seventy-fourth sets were commissioned) and the rules of section 80 "
    "written from them: 100 → 106 of 111, false met 3 → 0.",
)


VARIETY73_FIRST_RUN = (
    "- First run, 2026-12-08, the engine after sections 7 to 80 (commit 304d2c8, the rules of "
    "section 80 written from the seventy-second set after this set was commissioned), the set "
    "never read by the rules' authors (its writers reported no reader gap): **statuses 102 of "
    "117 (87.2%), values 108 of 117 (92.3%), plan verdicts 26 of 30 (86.7%), evidence items "
    "103 of 117 (88.0%), false met 6 of 117 (5.1%)**. Per report: "
    "交通部觀光署東部海岸國家風景區管理處 115 23 of 30, 內政部國家公園署雪霸國家公園管理處 118 "
    "(萬元) 26 of 30, 交通部觀光署馬祖國家風景區管理處 116 (元) 26 of 27, 財政部臺北國稅局 113 "
    "27 of 30. The session's first engine (1e7f10d, before section 80) gives the same: "
    "statuses 102 of 117, false met 6.",
    "- No goal met. The last sixty first runs (after the rounds of sections 17 to 80): pooled "
    "statuses 6,171 of 6,762 (91.3 %), values 6,276 of 6,762 (92.8 %), evidence items 6,210 "
    "of 6,762 (91.8 %), false met 151 of 6,762 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 15, after "
    "the seventy-fourth to seventy-sixth sets were commissioned) and the rules of section 81 "
    "written from them: 102 → 111 of 117, false met 6 → 0.",
)


VARIETY74_FIRST_RUN = (
    "- First run, 2026-12-08, the engine after sections 7 to 81 (commit c288e5e, the rules of "
    "sections 80 and 81 written from the seventy-second and seventy-third sets after this set "
    "was commissioned), the set never read by the rules' authors (its writers reported no "
    "reader gap): **statuses 103 of 112 (92.0%), values 105 of 112 (93.8%), plan verdicts 28 "
    "of 29 (96.6%), evidence items 105 of 112 (93.8%), false met 1 of 112 (0.9%)**. Per "
    "report: 內政部國家公園署陽明山國家公園管理處 114 24 of 27, "
    "交通部觀光署西拉雅國家風景區管理處 119 (萬元) 26 of 27, 內政部國家公園署金門國家公園管理處 "
    "117 27 of 28, 法務部矯正署臺北監獄 115 (元) 26 of 30. The session's first engine "
    "(1e7f10d, before sections 80 and 81) gives the same: statuses 103 of 112, false met 1.",
    "- No goal met. The last sixty-one first runs (after the rounds of sections 17 to 81): "
    "pooled statuses 6,274 of 6,874 (91.3 %), values 6,381 of 6,874 (92.8 %), evidence items "
    "6,315 of 6,874 (91.9 %), false met 152 of 6,874 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 15, after "
    "the seventy-fifth and seventy-sixth sets were commissioned) and the rules of section 82 "
    "written from them: 103 → 107 of 112, false met 1 → 0.",
)


VARIETY75_FIRST_RUN = (
    "- First run, 2026-12-08, the engine after sections 7 to 82 (commit 9827f02, the rules of "
    "sections 80 to 82 written from the seventy-second to seventy-fourth sets after this set "
    "was commissioned), the set never read by the rules' authors (its writers reported no "
    "reader gap): **statuses 103 of 115 (89.6%), values 106 of 115 (92.2%), plan verdicts 30 "
    "of 31 (96.8%), evidence items 106 of 115 (92.2%), false met 4 of 115 (3.5%)**. Per "
    "report: 交通部觀光署北海岸及觀音山國家風景區管理處 117 26 of 30, "
    "高雄榮民總醫院臺南分院 114 (萬元) 25 of 27, 內政部國家公園署台江國家公園管理處 116 24 "
    "of 28, 衛生福利部苗栗醫院 118 (元) 28 of 30. The session's first engine (1e7f10d, before "
    "sections 80 to 82) gives statuses 102 of 115 and false met 4.",
    "- No goal met. The last sixty-two first runs (after the rounds of sections 17 to 82): "
    "pooled statuses 6,377 of 6,989 (91.2 %), values 6,487 of 6,989 (92.8 %), evidence items "
    "6,421 of 6,989 (91.9 %), false met 156 of 6,989 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 15, after "
    "the seventy-sixth and seventy-seventh sets were commissioned) and the rules of section "
    "84 written from them: 103 → 107 of 115, false met 4 → 0.",
)


VARIETY76_FIRST_RUN = (
    "- First run, 2026-12-08, the engine after sections 7 to 84 (commit 6cec712, the rules of "
    "sections 80 to 84 written after this set was commissioned), the set never read by the "
    "rules' authors (its writers reported no reader gap): **statuses 105 of 114 (92.1%), "
    "values 107 of 114 (93.9%), plan verdicts 27 of 29 (93.1%), evidence items 102 of 114 "
    "(89.5%), false met 2 of 114 (1.8%)**. Per report: 交通部觀光署參山國家風景區管理處 113 28 "
    "of 29, 法務部矯正署高雄監獄 116 (萬元) 24 of 28, 交通部觀光署雲嘉南濱海國家風景區管理處 "
    "118 29 of 30, 衛生福利部嘉南療養院 115 (元) 24 of 27. The session's first engine "
    "(1e7f10d, before sections 80 to 84) gives statuses 106 of 114 and false met 2: one "
    "status fewer with this session's rules.",
    "- No goal met. The last sixty-three first runs (after the rounds of sections 17 to 84): "
    "pooled statuses 6,482 of 7,103 (91.3 %), values 6,594 of 7,103 (92.8 %), evidence items "
    "6,523 of 7,103 (91.8 %), false met 158 of 7,103 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 15, after "
    "the seventy-seventh set was commissioned) and the rules of section 85 written from them: "
    "105 → 109 of 114, false met 2 → 1.",
)


VARIETY77_FIRST_RUN = (
    "- First run, 2026-12-08, the engine after sections 7 to 85 (commit eb7820f, the rules of "
    "sections 80 to 85 written after this set was commissioned), the set never read by the "
    "rules' authors (its writers reported no reader gap): **statuses 98 of 111 (88.3%), values "
    "96 of 111 (86.5%), plan verdicts 23 of 29 (79.3%), evidence items 98 of 111 (88.3%), "
    "false met 2 of 111 (1.8%)**. Per report: 衛生福利部樂生療養院 116 24 of 29, "
    "法務部矯正署臺南監獄 113 (萬元) 24 of 26, 衛生福利部澎湖醫院 115 25 of 28, "
    "國軍退除役官兵輔導委員會臺中榮民總醫院嘉義分院 118 (元) 25 of 28. The session's first "
    "engine (1e7f10d, before sections 80 to 85) gives the same: statuses 98 of 111, false "
    "met 2.",
    "- No goal met. The last sixty-four first runs (after the rounds of sections 17 to 85): "
    "pooled statuses 6,580 of 7,214 (91.2 %), values 6,690 of 7,214 (92.7 %), evidence items "
    "6,621 of 7,214 (91.8 %), false met 160 of 7,214 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 15, after "
    "the seventy-eighth set was commissioned) and the rules of section 86 written from them: "
    "98 → 100 of 111, false met 2 → 1.",
)


VARIETY78_FIRST_RUN = (
    "- First run, 2026-12-08, the engine after sections 7 to 86 (commit 5f05df3, the rules of "
    "sections 80 to 86 written after this set was commissioned), the set never read by the "
    "rules' authors (its writers reported no reader gap): **statuses 100 of 111 (90.1%), "
    "values 101 of 111 (91.0%), plan verdicts 26 of 28 (92.9%), evidence items 105 of 111 "
    "(94.6%), false met 4 of 111 (3.6%)**. Per report: 衛生福利部恆春旅遊醫院 117 27 of 29, "
    "法務部矯正署花蓮監獄 114 (萬元) 25 of 27, 衛生福利部胸腔病院 116 24 of 27, "
    "國軍退除役官兵輔導委員會臺北榮民總醫院玉里分院 113 (元) 24 of 28. The session's first "
    "engine (1e7f10d, before sections 80 to 86) gives statuses 99 of 111 and false met 5.",
    "- No goal met. Over the six sets first run in session 15 (the seventy-third to "
    "seventy-eighth, 680 targets): statuses 611 (89.9 %), false met 19 (2.8 %); the session's "
    "first engine gives 610 and 20. The last sixty-five first runs (after the rounds of "
    "sections 17 to 86): pooled statuses 6,680 of 7,325 (91.2 %), values 6,791 of 7,325 "
    "(92.7 %), evidence items 6,726 of 7,325 (91.8 %), false met 164 of 7,325 (2.2 %).",
    "- **From here on the set is in sample:** its disagreements were read (session 15, after "
    "review 16's mends and after the seventy-ninth set was commissioned) and the rules of "
    "section 88 written from them: 100 → 104 of 111, false met 4 → 0.",
)


VARIETY79_FIRST_RUN = (
    "- First run, 2026-12-08, the engine after sections 7 to 88 (commit e382fb3, the rules of "
    "sections 80 to 88 and review 16's mends written after this set was commissioned), the "
    "set never read by the rules' authors (its writers reported no reader gap): **statuses 107 "
    "of 113 (94.7%), values 105 of 113 (92.9%), plan verdicts 28 of 30 (93.3%), evidence items "
    "105 of 113 (92.9%), false met 2 of 113 (1.8%)**. Per report: 衛生福利部八里療養院 118 26 "
    "of 28, 法務部矯正署宜蘭監獄 115 (萬元) 27 of 28, 內政部國家公園署城鄉發展分署 114 28 of "
    "30, 國軍退除役官兵輔導委員會臺中榮民總醫院灣橋分院 117 (元) 26 of 27. The session's first "
    "engine (1e7f10d, before sections 80 to 88) gives statuses 106 of 113 and false met 2.",
    "- No goal met. Over the seven sets first run in session 15 (the seventy-third to "
    "seventy-ninth, 793 targets): statuses 718 (90.5 %), false met 21 (2.6 %); the session's "
    "first engine gives 716 and 22. The last sixty-six first runs (after the rounds of "
    "sections 17 to 88): pooled statuses 6,787 of 7,438 (91.2 %), values 6,896 of 7,438 "
    "(92.7 %), evidence items 6,831 of 7,438 (91.8 %), false met 166 of 7,438 (2.2 %). The "
    "set is kept unread: it measures the engine as it stands at the end of session 15.",
)


def later_sets_markdown() -> list[str]:
    """The sections on the third and fourth sets (written in two parts each by helpers who had
    not read the engine): the first runs as recorded, the figures as the engine gives them now."""
    from govplans.testing.variety import combine

    root = paths.PROJ_ROOT / "tests" / "fixtures"
    lines: list[str] = []
    for title, parts, first_run, about in (
        (
            "a third set (in sample since its first run)",
            ("variety3a", "variety3b"),
            VARIETY3_FIRST_RUN,
            "教育部 113, 海洋委員會 114 (元), 文化部 112 (萬元), 法務部 114: 118 targets",
        ),
        (
            "a fourth set (out of sample at its first run)",
            ("variety4a", "variety4b"),
            VARIETY4_FIRST_RUN,
            "財政部 113, 原住民族委員會 114 (百萬元), 國家發展委員會 112, 國軍退除役官兵輔導委員會 "
            "114 (萬元): 113 targets",
        ),
        (
            "a fifth set (out of sample at its first run)",
            ("variety5a", "variety5b"),
            VARIETY5_FIRST_RUN,
            "客家委員會 112, 金融監督管理委員會 114 (萬元), 行政院公共工程委員會 113, 外交部 114 "
            "(元): 114 targets",
        ),
        (
            "a sixth set (out of sample at its first run)",
            ("variety6a", "variety6b"),
            VARIETY6_FIRST_RUN,
            "僑務委員會 113, 核能安全委員會 114 (萬元), 國防部 112, 環境部 115: 111 targets",
        ),
        (
            "a seventh set (out of sample at its first run)",
            ("variety7a", "variety7b"),
            VARIETY7_FIRST_RUN,
            "國家通訊傳播委員會 113, 中央研究院 114 (元), 行政院主計總處 112 (萬元), "
            "國立故宮博物院 114: 116 targets",
        ),
        (
            "an eighth set (out of sample at its first run)",
            ("variety8a", "variety8b"),
            VARIETY8_FIRST_RUN,
            "運動部 115, 大陸委員會 113 (萬元), 行政院人事行政總處 114 (元), 公平交易委員會 112: "
            "115 targets",
        ),
        (
            "a ninth set (out of sample at its first run)",
            ("variety9a", "variety9b"),
            VARIETY9_FIRST_RUN,
            "中央選舉委員會 114, 衛生福利部 113 (萬元), 交通部 112, 經濟部 113 (元): 116 targets",
        ),
        (
            "a tenth set (out of sample at its first run)",
            ("variety10a", "variety10b"),
            VARIETY10_FIRST_RUN,
            "國家科學及技術委員會 114, 農業部 115 (萬元), 內政部 115, 勞動部 113 (元): 120 targets",
        ),
        (
            "an eleventh set (out of sample at its first run)",
            ("variety11a", "variety11b"),
            VARIETY11_FIRST_RUN,
            "海洋委員會海巡署 114, 內政部消防署 113 (萬元), 教育部 115, 財政部 114 (元): 118 "
            "targets",
        ),
        (
            "a twelfth set (out of sample at its first run)",
            ("variety12a", "variety12b"),
            VARIETY12_FIRST_RUN,
            "原住民族委員會 113, 文化部 115 (萬元), 國家發展委員會 114, 法務部 113 (元): "
            "113 targets",
        ),
        (
            "a thirteenth set (out of sample at its first run)",
            ("variety13a", "variety13b"),
            VARIETY13_FIRST_RUN,
            "環境部 114, 客家委員會 115 (萬元), 僑務委員會 115, 國軍退除役官兵輔導委員會 113 "
            "(元): 114 targets",
        ),
        (
            "a fourteenth set (out of sample at its first run)",
            ("variety14a", "variety14b"),
            VARIETY14_FIRST_RUN,
            "國防部 114 (萬元), 國家通訊傳播委員會 115, 國家運輸安全調查委員會 114 (元), "
            "原住民族委員會 115: 112 targets",
        ),
        (
            "a fifteenth set (out of sample at its first run)",
            ("variety15a", "variety15b"),
            VARIETY15_FIRST_RUN,
            "交通部中央氣象署 114, 經濟部水利署 115 (萬元), 衛生福利部疾病管制署 113, "
            "內政部警政署 114 (元): 112 targets",
        ),
        (
            "a sixteenth set (out of sample at its first run)",
            ("variety16a", "variety16b"),
            VARIETY16_FIRST_RUN,
            "內政部移民署 115, 勞動部勞動力發展署 114 (萬元), 經濟部能源署 114, "
            "衛生福利部社會及家庭署 113 (元): 111 targets",
        ),
        (
            "a seventeenth set (out of sample at its first run)",
            ("variety17a", "variety17b"),
            VARIETY17_FIRST_RUN,
            "經濟部智慧財產局 114, 農業部農糧署 115 (萬元), 衛生福利部中央健康保險署 113, "
            "交通部公路局 114 (元): 108 targets",
        ),
        (
            "an eighteenth set (out of sample at its first run)",
            ("variety18a", "variety18b"),
            VARIETY18_FIRST_RUN,
            "法務部調查局 115, 農業部林業及自然保育署 113 (萬元), 交通部觀光署 114, "
            "教育部國民及學前教育署 115 (元): 107 targets",
        ),
        (
            "a nineteenth set (out of sample at its first run)",
            ("variety19a", "variety19b"),
            VARIETY19_FIRST_RUN,
            "經濟部能源署 115, 衛生福利部食品藥物管理署 114 (萬元), 交通部民用航空局 113, "
            "內政部國土管理署 115 (元): 116 targets",
        ),
        (
            "a twentieth set (out of sample at its first run)",
            ("variety20a", "variety20b"),
            VARIETY20_FIRST_RUN,
            "農業部動植物防疫檢疫署 114, 交通部航港局 115 (萬元), 經濟部產業發展署 113, "
            "國家發展委員會檔案管理局 114 (元): 111 targets",
        ),
        (
            "a twenty-first set (out of sample at its first run)",
            ("variety21a", "variety21b"),
            VARIETY21_FIRST_RUN,
            "衛生福利部國民健康署 115, 文化部文化資產局 113 (萬元), 經濟部國際貿易署 114, "
            "交通部鐵道局 115 (元): 119 targets",
        ),
        (
            "a twenty-second set (out of sample at its first run)",
            ("variety22a", "variety22b"),
            VARIETY22_FIRST_RUN,
            "勞動部職業安全衛生署 113, 經濟部標準檢驗局 115 (萬元), 農業部漁業署 114, "
            "國家科學及技術委員會新竹科學園區管理局 113 (元): 115 targets",
        ),
        (
            "a twenty-third set (out of sample at its first run)",
            ("variety23a", "variety23b"),
            VARIETY23_FIRST_RUN,
            "海洋委員會海洋保育署 115, 經濟部商業發展署 114 (萬元), 交通部運輸研究所 113, "
            "農業部農業金融署 115 (元): 113 targets",
        ),
        (
            "a twenty-fourth set (out of sample at its first run)",
            ("variety24a", "variety24b"),
            VARIETY24_FIRST_RUN,
            "法務部矯正署 114, 財政部關務署 115 (萬元), 勞動部勞工保險局 113, "
            "衛生福利部社會救助及社工司 115 (元): 115 targets",
        ),
        (
            "a twenty-fifth set (out of sample at its first run)",
            ("variety25a", "variety25b"),
            VARIETY25_FIRST_RUN,
            "內政部國土測繪中心 114, 經濟部地質調查及礦業管理中心 115 (萬元), "
            "衛生福利部心理健康司 113, 文化部影視及流行音樂產業局 115 (元): 111 targets",
        ),
        (
            "a twenty-sixth set (out of sample at its first run)",
            ("variety26a", "variety26b"),
            VARIETY26_FIRST_RUN,
            "內政部移民署 114, 經濟部中小及新創企業署 113 (萬元), 環境部氣候變遷署 113, "
            "財政部賦稅署 115 (元): 115 targets",
        ),
        (
            "a twenty-seventh set (out of sample at its first run)",
            ("variety27a", "variety27b"),
            VARIETY27_FIRST_RUN,
            "內政部役政署 115, 農業部農村發展及水土保持署 114 (萬元), 教育部青年發展署 113 (元), "
            "環境部化學物質管理署 115: 113 targets",
        ),
        (
            "a twenty-eighth set (out of sample at its first run)",
            ("variety28a", "variety28b"),
            VARIETY28_FIRST_RUN,
            "經濟部產業園區管理局 115 (萬元), 衛生福利部長期照顧司 114, 外交部領事事務局 113, "
            "勞動部勞動基金運用局 115 (元): 114 targets",
        ),
        (
            "a twenty-ninth set (out of sample at its first run)",
            ("variety29a", "variety29b"),
            VARIETY29_FIRST_RUN,
            "農業部農業試驗所 114, 國家科學及技術委員會南部科學園區管理局 113 (萬元), "
            "交通部高速公路局 115 (元), 衛生福利部中醫藥司 114: 113 targets",
        ),
        (
            "a thirtieth set (out of sample at its first run)",
            ("variety30a", "variety30b"),
            VARIETY30_FIRST_RUN,
            "經濟部產業技術司 115, 法務部法醫研究所 114 (萬元), 內政部空中勤務總隊 113 (元), "
            "客家委員會客家文化發展中心 115: 114 targets",
        ),
        (
            "a thirty-first set (out of sample at its first run)",
            ("variety31a", "variety31b"),
            VARIETY31_FIRST_RUN,
            "勞動部勞動及職業安全衛生研究所 115, 農業部畜產試驗所 113 (萬元), "
            "財政部國有財產署 114 (元), 文化部國家人權博物館 115: 111 targets",
        ),
        (
            "a thirty-second set (out of sample at its first run)",
            ("variety32a", "variety32b"),
            VARIETY32_FIRST_RUN,
            "內政部建築研究所 114, 農業部林業試驗所 115 (萬元), 教育部終身教育司 113 (元), "
            "海洋委員會國家海洋研究院 114: 111 targets",
        ),
        (
            "a thirty-third set (out of sample at its first run)",
            ("variety33a", "variety33b"),
            VARIETY33_FIRST_RUN,
            "衛生福利部護理及健康照護司 115, 國家發展委員會產業發展處 113 (萬元), "
            "內政部戶政司 114 (元), 文化部人文及出版司 115: 112 targets",
        ),
        (
            "a thirty-fourth set (out of sample at its first run)",
            ("variety34a", "variety34b"),
            VARIETY34_FIRST_RUN,
            "經濟部國營事業管理司 115, 農業部農業藥物試驗所 114 (萬元), 衛生福利部口腔健康司 113 "
            "(元), 國家發展委員會國土區域離島發展處 115: 111 targets",
        ),
        (
            "a thirty-fifth set (out of sample at its first run)",
            ("variety35a", "variety35b"),
            VARIETY35_FIRST_RUN,
            "財政部賦稅署 114, 農業部農田水利署 115 (萬元), 法務部行政執行署 113, "
            "經濟部產業園區管理局 114 (元): 112 targets",
        ),
        (
            "a thirty-sixth set (out of sample at its first run)",
            ("variety36a", "variety36b"),
            VARIETY36_FIRST_RUN,
            "教育部高等教育司 115, 環境部資源循環署 114 (萬元), 數位發展部數位產業署 113, "
            "國家科學及技術委員會中部科學園區管理局 115 (元): 115 targets",
        ),
        (
            "a thirty-seventh set (out of sample at its first run)",
            ("variety37a", "variety37b"),
            VARIETY37_FIRST_RUN,
            "內政部國家公園署 114, 衛生福利部中醫藥司 113 (萬元), 法務部廉政署 115, "
            "內政部地政司 114 (元): 111 targets",
        ),
        (
            "a thirty-eighth set (out of sample at its first run)",
            ("variety38a", "variety38b"),
            VARIETY38_FIRST_RUN,
            "經濟部商業發展署 115, 原住民族委員會原住民族文化發展中心 114 (萬元), "
            "財政部財政資訊中心 113, 國家發展委員會人力發展處 115 (元): 113 targets",
        ),
        (
            "a thirty-ninth set (out of sample at its first run)",
            ("variety39a", "variety39b"),
            VARIETY39_FIRST_RUN,
            "教育部師資培育及藝術教育司 114, 農業部動物保護司 115 (萬元), "
            "內政部警政署刑事警察局 113, 財政部國庫署 115 (元): 112 targets",
        ),
        (
            "a fortieth set (out of sample at its first run)",
            ("variety40a", "variety40b"),
            VARIETY40_FIRST_RUN,
            "內政部役政署 114, 文化部文化資源司 113 (萬元), 環境部大氣環境司 115, "
            "衛生福利部醫事司 114 (元): 110 targets",
        ),
        (
            "a forty-first set (out of sample at its first run)",
            ("variety41a", "variety41b"),
            VARIETY41_FIRST_RUN,
            "農業部水產試驗所 115, 交通部民用航空局飛航服務總臺 113 (萬元), "
            "運動部運動發展署 114, 內政部國土管理署城鄉發展分署 115 (元): 114 targets",
        ),
        (
            "a forty-second set (out of sample at its first run)",
            ("variety42a", "variety42b"),
            VARIETY42_FIRST_RUN,
            "國家圖書館 113, 衛生福利部國民年金監理會 115 (萬元), 農業部農業資訊服務中心 114, "
            "教育部國際及兩岸教育司 113 (元): 113 targets",
        ),
        (
            "a forty-third set (out of sample at its first run)",
            ("variety43a", "variety43b"),
            VARIETY43_FIRST_RUN,
            "行政院消費者保護處 115, 國立臺灣歷史博物館 114 (萬元), 農業部生物多樣性研究所 "
            "113, 交通部鐵道局鐵道文化資產組 115 (元): 113 targets",
        ),
        (
            "a forty-fourth set (out of sample at its first run)",
            ("variety44a", "variety44b"),
            VARIETY44_FIRST_RUN,
            "國立自然科學博物館 114, 農業部茶及飲料作物改良場 115 (萬元), "
            "文化部國立臺灣交響樂團 113, 國家原子能科技研究院 116 (元): 113 targets",
        ),
        (
            "a forty-fifth set (out of sample at its first run)",
            ("variety45a", "variety45b"),
            VARIETY45_FIRST_RUN,
            "國立海洋科技博物館 115, 行政院人事行政總處公務人力發展學院 114 (萬元), "
            "內政部警政署航空警察局 116, 金融監督管理委員會證券期貨局 113 (元): 109 targets",
        ),
        (
            "a forty-sixth set (out of sample at its first run)",
            ("variety46a", "variety46b"),
            VARIETY46_FIRST_RUN,
            "國立國父紀念館 113, 農業部桃園區農業改良場 116 (萬元), 國立臺灣美術館 115, "
            "財政部北區國稅局 114 (元): 113 targets",
        ),
        (
            "a forty-seventh set (out of sample at its first run)",
            ("variety47a", "variety47b"),
            VARIETY47_FIRST_RUN,
            "國立科學工藝博物館 116, 農業部臺南區農業改良場 113 (萬元), 國立公共資訊圖書館 114, "
            "衛生福利部桃園醫院 115 (元): 116 targets",
        ),
        (
            "a forty-eighth set (out of sample at its first run)",
            ("variety48a", "variety48b"),
            VARIETY48_FIRST_RUN,
            "國立臺灣文學館 114, 農業部高雄區農業改良場 115 (萬元), 國立中正紀念堂管理處 116, "
            "衛生福利部臺中醫院 113 (元): 113 targets",
        ),
        (
            "a forty-ninth set (out of sample at its first run)",
            ("variety49a", "variety49b"),
            VARIETY49_FIRST_RUN,
            "國立臺灣工藝研究發展中心 115, 農業部花蓮區農業改良場 114 (萬元), "
            "國立臺灣史前文化博物館 113, 衛生福利部嘉義醫院 116 (元): 111 targets",
        ),
        (
            "a fiftieth set (out of sample at its first run)",
            ("variety50a", "variety50b"),
            VARIETY50_FIRST_RUN,
            "國立海洋生物博物館 115, 農業部臺中區農業改良場 113 (萬元), 國家教育研究院 114, "
            "衛生福利部豐原醫院 115 (元): 111 targets",
        ),
        (
            "a fifty-first set (out of sample at its first run)",
            ("variety51a", "variety51b"),
            VARIETY51_FIRST_RUN,
            "國立傳統藝術中心 114, 財政部中區國稅局 115 (萬元), 國立臺灣科學教育館 113, "
            "農業部種苗改良繁殖場 114 (萬元): 113 targets",
        ),
        (
            "a fifty-second set (out of sample at its first run)",
            ("variety52a", "variety52b"),
            VARIETY52_FIRST_RUN,
            "國立臺灣博物館 116, 衛生福利部臺北醫院 114 (萬元), 財政部高雄國稅局 113, "
            "農業部臺東區農業改良場 116 (元): 111 targets",
        ),
        (
            "a fifty-third set (out of sample at its first run)",
            ("variety53a", "variety53b"),
            VARIETY53_FIRST_RUN,
            "國立歷史博物館 114, 衛生福利部桃園療養院 116 (萬元), 財政部南區國稅局 115, "
            "農業部苗栗區農業改良場 113 (元): 114 targets",
        ),
        (
            "a fifty-fourth set (out of sample at its first run)",
            ("variety54a", "variety54b"),
            VARIETY54_FIRST_RUN,
            "國立臺灣圖書館 115, 衛生福利部南投醫院 113 (萬元), "
            "勞動部勞動力發展署桃竹苗分署 114, 國立臺灣藝術教育館 116 (元): 114 targets",
        ),
        (
            "a fifty-fifth set (out of sample at its first run)",
            ("variety55a", "variety55b"),
            VARIETY55_FIRST_RUN,
            "衛生福利部臺東醫院 115, 交通部觀光署東部海岸國家風景區管理處 114 (萬元), "
            "財政部北區國稅局桃園分局 113, 國立臺灣海洋大學附屬海事職業學校 116 (元): 113 targets",
        ),
        (
            "a fifty-sixth set (out of sample at its first run)",
            ("variety56a", "variety56b"),
            VARIETY56_FIRST_RUN,
            "衛生福利部屏東醫院 114, 交通部公路局臺北區養護工程分局 116 (萬元), "
            "經濟部水利署第十河川分署 115, 內政部消防署訓練中心 113 (元): 117 targets",
        ),
        (
            "a fifty-seventh set (out of sample at its first run)",
            ("variety57a", "variety57b"),
            VARIETY57_FIRST_RUN,
            "臺北榮民總醫院 115, 中央銀行 114 (萬元), 考選部 116, "
            "國家電影及視聽文化中心 114 (元): 115 targets",
        ),
        (
            "a fifty-eighth set (out of sample at its first run)",
            ("variety58a", "variety58b"),
            VARIETY58_FIRST_RUN,
            "國家衛生研究院 115, 國防部全民防衛動員署 113 (萬元), 核能安全委員會 114, "
            "環境部環境管理署 115 (元): 110 targets",
        ),
        (
            "a fifty-ninth set (out of sample at its first run)",
            ("variety59a", "variety59b"),
            VARIETY59_FIRST_RUN,
            "國立臺灣大學醫學院附設醫院 116, 金融監督管理委員會銀行局 115 (萬元), 司法院 114, "
            "國家兩廳院 116 (元): 116 targets",
        ),
        (
            "a sixtieth set (out of sample at its first run)",
            ("variety60a", "variety60b"),
            VARIETY60_FIRST_RUN,
            "最高檢察署 115, 衛生福利部國家中醫藥研究所 113 (萬元), "
            "經濟部水利署北區水資源分署 114, 國立教育廣播電臺 116 (元): 112 targets",
        ),
        (
            "a sixty-first set (out of sample at its first run)",
            ("variety61a", "variety61b"),
            VARIETY61_FIRST_RUN,
            "教育部技術及職業教育司 115, 衛生福利部保護服務司 114 (萬元), 國家太空中心 116, "
            "國家災害防救科技中心 113 (元): 112 targets",
        ),
        (
            "a sixty-second set (out of sample at its first run)",
            ("variety62a", "variety62b"),
            VARIETY62_FIRST_RUN,
            "農業部畜牧司 114, 財政部國有財產署 116 (萬元), 國家運動訓練中心 115, "
            "經濟部投資審議司 113 (元): 112 targets",
        ),
        (
            "a sixty-third set (out of sample at its first run)",
            ("variety63a", "variety63b"),
            VARIETY63_FIRST_RUN,
            "行政院性別平等處 114, 文化部國家漫畫博物館籌備處 115 (萬元), "
            "金融監督管理委員會保險局 116, 金融監督管理委員會檢查局 113 (元): 114 targets",
        ),
        (
            "a sixty-fourth set (out of sample at its first run)",
            ("variety64a", "variety64b"),
            VARIETY64_FIRST_RUN,
            "內政部中部辦公室 115, 農業部獸醫研究所 114 (萬元), 衛生福利部玉里醫院 116, "
            "國立臺中科技大學 114 (元): 113 targets",
        ),
        (
            "a sixty-fifth set (out of sample at its first run)",
            ("variety65a", "variety65b"),
            VARIETY65_FIRST_RUN,
            "法務部法醫研究所 116, 國史館 114 (萬元), 經濟部工業局臺中工業區服務中心 115, "
            "衛生福利部金門醫院 113 (元): 112 targets",
        ),
        (
            "a sixty-sixth set (out of sample at its first run)",
            ("variety66a", "variety66b"),
            VARIETY66_FIRST_RUN,
            "勞動部勞動力發展署雲嘉南分署 116, 交通部觀光署日月潭國家風景區管理處 115 (萬元), "
            "經濟部產業園區管理局臨海產業園區服務中心 114, 衛生福利部彰化醫院 116 (元): 110 "
            "targets",
        ),
        (
            "a sixty-seventh set (out of sample at its first run)",
            ("variety67a", "variety67b"),
            VARIETY67_FIRST_RUN,
            "交通部觀光署澎湖國家風景區管理處 114, 行政院資通安全署 115 (萬元), "
            "臺中榮民總醫院 113, 勞動部勞動力發展署高屏澎東分署 116 (元): 109 targets",
        ),
        (
            "a sixty-eighth set (out of sample at its first run)",
            ("variety68a", "variety68b"),
            VARIETY68_FIRST_RUN,
            "內政部國家公園署太魯閣國家公園管理處 115, 法務部司法官學院 114 (萬元), "
            "國家中山科學研究院 116, 國立臺南生活美學館 113 (萬元): 115 targets",
        ),
        (
            "a sixty-ninth set (out of sample at its first run)",
            ("variety69a", "variety69b"),
            VARIETY69_FIRST_RUN,
            "國立成功大學醫學院附設醫院 115, 交通部觀光署阿里山國家風景區管理處 117 (萬元), "
            "財團法人國家實驗研究院 114, 國防部政治作戰局 115 (元): 115 targets",
        ),
        (
            "a seventieth set (out of sample at its first run)",
            ("variety70a", "variety70b"),
            VARIETY70_FIRST_RUN,
            "交通部觀光署花東縱谷國家風景區管理處 116, 內政部國家公園署玉山國家公園管理處 114 "
            "(萬元), 高雄榮民總醫院 115, 勞動部勞動力發展署中彰投分署 113 (元): 111 targets",
        ),
        (
            "a seventy-first set (out of sample at its first run)",
            ("variety71a", "variety71b"),
            VARIETY71_FIRST_RUN,
            "國立臺東生活美學館 116, 衛生福利部臺南醫院 115 (萬元), "
            "交通部觀光署大鵬灣國家風景區管理處 113, 法務部矯正署臺中監獄 117 (元): 113 targets",
        ),
        (
            "a seventy-second set (out of sample at its first run)",
            ("variety72a", "variety72b"),
            VARIETY72_FIRST_RUN,
            "交通部觀光署茂林國家風景區管理處 115, 內政部國家公園署墾丁國家公園管理處 116 (萬元), "
            "衛生福利部旗山醫院 114, 勞動部勞動力發展署北基宜花金馬分署 117 (元): 111 targets",
        ),
        (
            "a seventy-third set (out of sample at its first run)",
            ("variety73a", "variety73b"),
            VARIETY73_FIRST_RUN,
            "交通部觀光署東部海岸國家風景區管理處 115, 內政部國家公園署雪霸國家公園管理處 118 "
            "(萬元), 財政部臺北國稅局 113, 交通部觀光署馬祖國家風景區管理處 116 (元): 117 targets",
        ),
        (
            "a seventy-fourth set (out of sample at its first run)",
            ("variety74a", "variety74b"),
            VARIETY74_FIRST_RUN,
            "內政部國家公園署陽明山國家公園管理處 114, 交通部觀光署西拉雅國家風景區管理處 119 "
            "(萬元), 內政部國家公園署金門國家公園管理處 117, 法務部矯正署臺北監獄 115 (元): "
            "112 targets",
        ),
        (
            "a seventy-fifth set (out of sample at its first run)",
            ("variety75a", "variety75b"),
            VARIETY75_FIRST_RUN,
            "交通部觀光署北海岸及觀音山國家風景區管理處 117, 高雄榮民總醫院臺南分院 114 (萬元), "
            "內政部國家公園署台江國家公園管理處 116, 衛生福利部苗栗醫院 118 (元): 115 targets",
        ),
        (
            "a seventy-sixth set (out of sample at its first run)",
            ("variety76a", "variety76b"),
            VARIETY76_FIRST_RUN,
            "交通部觀光署參山國家風景區管理處 113, 法務部矯正署高雄監獄 116 (萬元), "
            "交通部觀光署雲嘉南濱海國家風景區管理處 118, 衛生福利部嘉南療養院 115 (元): "
            "114 targets",
        ),
        (
            "a seventy-seventh set (out of sample at its first run)",
            ("variety77a", "variety77b"),
            VARIETY77_FIRST_RUN,
            "衛生福利部樂生療養院 116, 法務部矯正署臺南監獄 113 (萬元), 衛生福利部澎湖醫院 115, "
            "國軍退除役官兵輔導委員會臺中榮民總醫院嘉義分院 118 (元): 111 targets",
        ),
        (
            "a seventy-eighth set (out of sample at its first run)",
            ("variety78a", "variety78b"),
            VARIETY78_FIRST_RUN,
            "衛生福利部恆春旅遊醫院 117, 法務部矯正署花蓮監獄 114 (萬元), 衛生福利部胸腔病院 116, "
            "國軍退除役官兵輔導委員會臺北榮民總醫院玉里分院 113 (元): 111 targets",
        ),
        (
            "a seventy-ninth set (out of sample, unread)",
            ("variety79a", "variety79b"),
            VARIETY79_FIRST_RUN,
            "衛生福利部八里療養院 118, 法務部矯正署宜蘭監獄 115 (萬元), "
            "內政部國家公園署城鄉發展分署 114, "
            "國軍退除役官兵輔導委員會臺中榮民總醫院灣橋分院 117 (元): 113 targets",
        ),
    ):
        result = combine([variety_accuracy(root / part) for part in parts])
        lines += [
            f"## Measured agreement on {title}",
            "",
            f"`tests/fixtures/{parts[0]}/` and `tests/fixtures/{parts[1]}/`: {about}, written "
            "and labelled by two helpers who had not read the engine, committed before it ran "
            "(see each README). Run `python -m govplans.testing.variety "
            f"tests/fixtures/{parts[0]} tests/fixtures/{parts[1]} -v`.",
            "",
            *first_run,
            "",
            *_figures_now(result),
        ]
    return lines


def analysis_markdown(
    a: Assessment | None = None, labelled: dict | None = None, variety: VarietyResult | None = None
) -> str:
    """The text of ``docs/analysis.md``, with every figure computed now."""
    if a is None:
        a = assess_report(read_report(paths.BUNDLED_REPORT), annotations="auto")
    labelled = labelled or labelled_accuracy()
    th = a.thresholds
    agreement = a.agreement()
    lines = [
        "# How the analysis engine decides",
        "",
        "Generated by `python -m govplans.testing.evaluation` (module "
        "`govplans.testing.evaluation`); every figure "
        "below is computed by that code, and `tests/testing/test_evaluation.py` fails when this "
        "file is stale. Do not edit by hand.",
        "",
        "`assess_report(report, thresholds, annotations)` (modules `govplans.run.api` and "
        "`govplans.analyse.assessment`) returns five "
        "tables (`plan_assessment`, `targets`, `target_components`, `plan_flags`, `portfolio`; "
        "columns in `docs/data_dictionary.md`), the narrative, and the document printed by "
        "`govplans assess --format json`.",
        "",
        "## Budget measures",
        "",
        "| measure | definition |",
        "| --- | --- |",
        "| `execution_rate` | the cumulative execution rate (累計執行率): 累計執行數 / 截至本年度"
        "已編列預算數 (executed / appropriated), both cumulative from the plan's start. Not the "
        "Legislative Yuan Budget Center's annual (實現數 + 應付數) / 預算數: the table gives only "
        "the cumulative executed amount. Every page says so once, under its title. |",
        "| `appropriation_progress_rate` | 已編列預算數 / 計畫核定總經費 |",
        "| `schedule_elapsed_rate` | months of the plan period elapsed at the end of the fiscal "
        "year (December) / months in the period, clipped to 0..1, on the printed period (the "
        "money appropriated is counted from its start, so the pace note is judged on it); where "
        "the attainment or execution text states a revised period (`revised_period_text`), its "
        "share is `revised_schedule_elapsed_rate`, shown beside it for information and never "
        "clearing the note; the revised period is the basis only where the printed one cannot "
        "be read |",
        "| `remaining_budget_thousand_twd` | 核定總經費 − 已編列預算數 |",
        "| `unexecuted_appropriation_thousand_twd` | 已編列預算數 − 累計執行數 |",
        "| `executed_equals_appropriated` | 累計執行數 = 已編列預算數 to the thousand, something "
        "appropriated: the executed figure may include 保留數 (carried over) or 應付數 "
        "(payables); counted per scope in `portfolio` |",
        "",
        "A zero denominator gives an empty rate, never an error. The same totals and rates are "
        "computed for all plans and per category (`portfolio`).",
        "",
        "## Flags and thresholds",
        "",
        "Thresholds are parameters (`Thresholds`, `govplans assess --warn --low --critical "
        "--appropriation-margin --exceed-margin --low-target-multiple`). Defaults:",
        "",
        "| parameter | default |",
        "| --- | --- |",
    ]
    for name, value in asdict(th).items():
        shown = f"{value:g}×" if name in MULTIPLES else _pct(value)
        lines.append(f"| `{name}` | {shown} |")
    lines += [
        "",
        "| flag | kind | when | severity |",
        "| --- | --- | --- | --- |",
    ]
    when = {
        "execution_below_70": "cumulative execution rate < `execution_critical`",
        "execution_below_80": "cumulative execution rate < `execution_low` (and not below 70)",
        "execution_below_90": "cumulative execution rate < `execution_warn` (and not below 80)",
        "targets_not_met": "plan verdict `not_met`",
        "targets_met_despite_low_execution": "cumulative execution rate < `execution_low` yet "
        "every target "
        "met or exceeded (the tool's consistency check, following the Budget Center's practice: "
        "預算執行未達預期，惟績效指標卻悉數達成)",
        "appropriation_behind_schedule": "schedule elapsed − appropriation progress > "
        "`appropriation_margin`",
        "ends_with_unappropriated_budget": "the plan ends (at its revised end, where one is "
        "stated) in or before the fiscal year and approved budget was not appropriated; then "
        "`appropriation_behind_schedule` is not given as well (one fact, one flag)",
        "targets_set_low": "a part counted upwards achieved ≥ `low_target_multiple` × its "
        "target value (`target_components.set_low`)",
        "targets_unquantified": "no target of the plan has a number with a measure word: the "
        "verdict rests on the agency's words alone",
    }
    for code in FLAG_CODES:
        lines.append(
            f"| `{code}` ({FLAG_LABELS[code][0]}) | {flag_kind(code)} | {when[code]} | "
            f"{SEVERITY[code]} |"
        )
    lines += [
        "",
        "Only the strictest execution flag is given; the numbers in the codes are names and stay "
        "the same when the thresholds change. Warnings (execution, targets) and notes (the pace "
        "of appropriation, how the targets were set) are counted apart in every headline; notes "
        "weigh nothing. Plans needing attention first are the plans with a warning, ranked by the "
        "sum of their warnings' severities, then by the amount appropriated but not executed.",
        "",
        "## An analyst's checks",
        "",
        "`govplans.analyse.checks` decides each once:",
        "",
        f"- **Targets set too low**: a part counted upwards (not a ceiling) achieved at least "
        f"`low_target_multiple` = {th.low_target_multiple:g}× its target value "
        "(`target_components.set_low`, `targets.set_low`, `plan_assessment.set_low_targets`, "
        "`portfolio.n_targets_set_low`, flag `targets_set_low`).",
        "- **Unquantified targets**: a target without a number with a measure word "
        "(`targets.quantified` false) is judged only on the agency's words; counted per plan "
        "and per scope with their share (`portfolio.unquantified_target_share`); a plan whose "
        "every target is unquantified gets `targets_unquantified`.",
        "- **Why a part is unclear** (`target_components.unclear_reason`): `no_figure` (no "
        "reported figure for a part above one), `no_figure_or_statement` (a single deliverable "
        "such as 1式: neither a figure nor a statement that it was done), `no_statement` (a "
        "part without a number: no statement that it was done), `cumulative_figure_only` (the "
        "only figure about the part is introduced as a total over the years — the one list "
        "`quantities.CUMULATIVE`: 累計, 累積, 截至, 迄今, 至今, 歷年, 計畫執行以來, or a 合計 in a "
        "clause that opens with one — and the target is a "
        "yearly one: a cumulative figure answers only a cumulative target and is never a year's "
        "achieved value; the year's figure is used where one is printed).",
        "- **A revised period** stated in the attainment or execution text (修正／調整／變更／"
        "延長／展延 with 計畫期程, 計畫執行期間 or 計畫, followed at once by the new period: "
        "「修正計畫期程至116年12月」, "
        "「由原112年1月至115年12月修正為112年1月至116年12月」); a task moved to a later year "
        "(「配合修正計畫期程，平臺建置順延至114年辦理」) is not one. The attainment text is read "
        "first. The pace note stays on the printed period (the span the money was appropriated "
        "over); the revised period's share elapsed is shown beside it, and the plan's end (for "
        "`ends_with_unappropriated_budget`) is the revised end.",
        "",
        *grammar_markdown(th.exceed_margin),
        "## Reviewed statuses",
        "",
        "`src/govplans/annotations/reviewed_targets_<agency>_<year>.csv` holds an analyst's "
        "status and reason for every target of a report. `govplans.analyse.targets` (the "
        "automatic engine) never sees it (an import contract checks this); the reviewed file is "
        "passed to the analysis as data and merged only after the automatic "
        "statuses are decided, shown beside them (`status_auto`, `status_reviewed`), and used "
        "where present (`status`, `status_source`). Tests check that the automatic statuses are "
        "identical with `annotations=None`.",
        "",
        "## Measured agreement with the reviewed file",
        "",
    ]
    if agreement["n"]:
        lines += [
            f"Report: {a.report.agency}, {fmt.roc_year(a.report.fiscal_year, fmt.EN)}; "
            f"reviewed file `{agreement['source']}`.",
            "",
            f"- Targets: automatic status equals the reviewed status for **{agreement['n_agree']} "
            f"of {agreement['n']} targets ({_pct(agreement['rate'])})**.",
            f"- Plan verdicts: {agreement['n_plans_agree']} of {agreement['n_plans']} "
            f"({_pct(agreement['plan_rate'])}).",
            "",
            "| automatic → reviewed | targets |",
            "| --- | --- |",
        ]
        for c in agreement["confusion"]:
            lines.append(f"| {c['auto']} → {c['reviewed']} | {c['n']} |")
        lines += ["", "Disagreements:", ""]
        for d in agreement["disagreements"]:
            lines.append(
                f"- {d['plan_id']} target {d['target_index']}: automatic `{d['auto']}`, "
                f"reviewed `{d['reviewed']}`. Reviewer: {d['reason']}"
            )
        if not agreement["disagreements"]:
            lines.append("- none")
        lines += [
            "",
            "Caveat: the matching rules were developed while reading this same report, so this "
            "is an in-sample figure and flatters the engine. The reviewed statuses were written "
            "from the report before the engine was run on it, with the status vocabulary above "
            "(`exceeded` = at least 10 % above target). The labelled synthetic plans below are a "
            "second, larger check.",
            "",
        ]
    else:
        lines += ["No reviewed file matches this report.", ""]
    lines += [
        "## Measured accuracy on labelled synthetic plans",
        "",
        f"{labelled['n_plans']} plans, {labelled['n_targets']} targets, generated by "
        f"`govplans.testing.evaluation.labelled_cases(seed={LABELLED_SEED})`, laid out as a "
        "report, "
        "parsed and assessed:",
        "",
        f"- Targets: **{labelled['n_agree']} of {labelled['n_targets']} "
        f"({_pct(labelled['rate'])})** automatic statuses equal the built-in status.",
        f"- Plan verdicts: {labelled['n_plans_agree']} of {labelled['n_plans']} "
        f"({_pct(labelled['n_plans_agree'] / labelled['n_plans'])}).",
        "",
        "| kind of target | targets | agree |",
        "| --- | --- | --- |",
    ]
    for kind, tally in labelled["per_kind"].items():
        lines.append(f"| {kind} | {tally['n']} | {tally['n_agree']} |")
    lines += ["", "| expected → automatic | targets |", "| --- | --- |"]
    for pair, count in labelled["confusion"].items():
        lines.append(f"| {pair} | {count} |")
    lines += [
        "",
        "These plans are generated by the same project that wrote the engine; they test the "
        "rules across phrasings, not the variety of real reports; the next section measures "
        "that.",
        "",
        *variety_markdown(variety if variety is not None else variety_accuracy()),
        *variety2_markdown(variety_accuracy(VARIETY2_DIR)),
        *later_sets_markdown(),
        "## Narrative",
        "",
        'Deterministic sentences (zh-TW by default, English with `lang="en"`) built from the '
        "tables: every figure is formatted by `govplans.present.fmt` from a computed column (tests "
        "recompute the strings and look for them). Per plan: money, schedule against money, "
        "targets with the notable ones (a compound target missed or unclear names its parts at "
        "fault by their own phrase, an unclear part what no text gave), warnings and, apart, "
        "notes, the agency's explanation quoted where targets were missed, and the source lines "
        "(「（來源：第67、81、88行）」). Portfolio: totals, per category, the plans whose executed "
        "amount equals the appropriation, the plans that need attention first (warnings only), "
        "with why, and the notes on the pace of appropriation apart. English plan names come "
        "from `src/govplans/annotations/plan_names_en.csv` (the Chinese name where none is "
        "curated). "
        "Text from the report is returned as plain Markdown text; renderers must escape it.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Rewrite docs/analysis.md (or print it with ``--stdout``)."""
    text = analysis_markdown()
    if argv and "--stdout" in argv:
        sys.stdout.write(text)
    else:
        DOC_PATH.write_text(text, encoding="utf-8")
        print(DOC_PATH)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
