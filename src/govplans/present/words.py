"""Every word govplans writes for a reader, as (zh-TW, English) pairs, in one place.

Sentences with figures are built in :mod:`govplans.present.narrative` and
:mod:`govplans.present.flags`; the single words and labels they, the pages and the charts use
live here, so a status, a flag or a heading reads the same everywhere.
"""

from __future__ import annotations

ZH = "zh-TW"
EN = "en"
LANGS = (ZH, EN)


def pick(pair: tuple[str, str], lang: str) -> str:
    """The word of a (zh-TW, English) pair for ``lang``."""
    return pair[1] if lang == EN else pair[0]


#: The words for a target's status, the one table narrative, tables and charts all use:
#: status code -> (zh-TW, English). Chart legends capitalise the English (``status_label(...,
#: legend=True)``); nothing else may spell a status differently.
STATUS_LABELS: dict[str, tuple[str, str]] = {
    "exceeded": ("超越目標", "exceeded"),
    "met": ("達成", "met"),
    "not_met": ("未達成", "not met"),
    "unclear": ("待確認", "unclear"),
}


#: An execution flag in words with its threshold (``plan_history.execution_flag_in_year`` and
#: the cumulative flag where no in-year rate is known): (zh-TW, English).
RATE_FLAG_TEXT: dict[str, tuple[str, str]] = {
    "in_year": ("本年度執行率低於 {threshold}", "In-year rate below {threshold}"),
    "cumulative": (
        "累計執行率低於 {threshold}（無本年度執行率）",
        "Cumulative rate below {threshold} (no in-year rate)",
    ),
}

#: Flag codes in words: (zh-TW, English).
FLAG_LABELS: dict[str, tuple[str, str]] = {
    "execution_below_70": (
        "累計執行率未達嚴重門檻",
        "Cumulative execution rate below the critical threshold",
    ),
    "execution_below_80": (
        "累計執行率未達偏低門檻",
        "Cumulative execution rate below the low threshold",
    ),
    "execution_below_90": (
        "累計執行率未達警示門檻",
        "Cumulative execution rate below the warning threshold",
    ),
    "targets_not_met": ("績效目標未達成", "Targets not met"),
    "targets_met_despite_low_execution": (
        "預算執行未達預期，惟績效目標悉數達成",
        "Targets all met despite low execution",
    ),
    "appropriation_behind_schedule": (
        "預算編列進度低於期程經過比率",
        "Appropriation progress below the share of the period elapsed",
    ),
    "ends_with_unappropriated_budget": (
        "計畫結束仍有核定經費未編列",
        "Ends with approved budget not appropriated",
    ),
    "targets_set_low": ("目標值可能訂得偏低", "Targets possibly set too low"),
    "targets_unquantified": ("績效目標均未量化", "No target has a number"),
}

#: The unit of a table's amount column, for its header: (zh-TW, English).
THOUSAND_UNIT = ("千元", "NT$ thousand")


#: Headings and labels the notebooks show: (zh-TW, English).
PAGE_TEXT: dict[str, tuple[str, str]] = {
    "overview": ("計畫執行總覽", "Portfolio overview"),
    "profile": ("計畫概況", "Plan profile"),
    "findings": ("資料檢核發現（本工具之檢核）", "Data-quality findings (this tool's checks)"),
    "no_findings": (
        "本報告之資料檢核無發現。",
        "The data-quality checks found nothing in this report.",
    ),
    "no_plan_findings": (
        "本計畫之資料檢核無發現。",
        "The data-quality checks found nothing for this plan.",
    ),
    "attainment": ("績效目標達成情形", "Target attainment"),
    "explore": ("探索", "Explore"),
    "totals": ("經費總覽", "Totals"),
    "execution": ("各計畫累計執行率", "Cumulative execution rate by plan"),
    "appropriation": ("預算編列進度與期程", "Appropriation progress against schedule"),
    "flags": ("需注意事項", "Flags"),
    "no_flags": ("沒有計畫觸及門檻。", "No plan crosses a threshold."),
    "warnings": (
        "警示（累計執行率與績效目標）",
        "Warnings (cumulative execution rate and targets)",
    ),
    "no_warnings": ("沒有計畫有警示。", "No plan has a warning."),
    "pace_notes": ("附註：預算編列進度（非警示）", "Notes: pace of appropriation (not warnings)"),
    "no_pace_notes": ("沒有預算編列進度附註。", "No note on the pace of appropriation."),
    "target_notes": ("附註：目標設定（非警示）", "Notes: how the targets were set (not warnings)"),
    "no_target_notes": ("沒有目標設定附註。", "No note on how the targets were set."),
    "notes": ("附註", "Notes"),
    "warning_label": ("警示", "Warnings"),
    "period": ("計畫期程（原列）", "Plan period (as printed)"),
    "revised_period": ("修正後期程（報告說明）", "Revised period (as the report states)"),
    "narrative": ("分析摘要", "Narrative"),
    "money": ("經費與期程", "Money and period"),
    "key_figures": ("主要數字", "Key figures"),
    "targets": ("績效目標", "Targets"),
    "no_targets": ("沒有可列出的績效目標。", "No targets to list."),
    "sections": ("報告原文（依項次）", "The report's text, item by item (original, Chinese)"),
    "all_targets": ("全部績效目標", "Every target"),
    "status_by_plan": ("各計畫目標達成情形", "Target status by plan"),
    "status_by_category": ("各類型目標達成情形", "Target status by category"),
    "ratio": ("達成值與目標值", "Achieved against target"),
    "review": ("待確認目標（請人工檢視）", "Unclear targets to review"),
    "no_review": ("沒有待確認的目標。", "No unclear target."),
    "consistency": (
        "本工具之一致性檢核（參照立法院預算中心評估作法）",
        "The tool's consistency checks (following the Budget Center's practice)",
    ),
    "no_consistency": ("沒有一致性疑慮。", "No consistency flag."),
    # the consistency check found no plan; {limit} is Thresholds.execution_low
    "no_consistency_low": (
        "無計畫符合（累計執行率未達{limit}而績效目標悉數達成）",
        "No plan qualifies (cumulative execution rate below {limit} while every target is met)",
    ),
    "sources": ("資料來源", "Sources"),
    "none": ("（無）", "(none)"),
    "all_plans": ("全部計畫", "All plans"),
    "total": ("合計", "Total"),
    "agreement": ("自動判定與人工檢視", "Automatic and reviewed statuses"),
    "method": ("方法與資料說明", "Method and data"),
}

#: The caveat every page carries once, under its title (not in every plan's paragraph):
#: (zh-TW, English).
CAVEAT: dict[str, tuple[str, str]] = {
    "rate": (
        "累計執行率＝截至本年底止累計執行數 ÷ 截至本年度已編列預算數，兩者均自計畫開始累計，"
        "並非立法院預算中心以（實現數＋應付數）÷ 預算數計算之年度預算執行率",
        "Cumulative execution rate = executed to date ÷ appropriated to date, both counted "
        "from the plan's start: not the Legislative Yuan Budget Center's annual execution rate "
        "((realised + payables) ÷ budget)",
    ),
    "equal": (
        "累計執行數與已編列預算數相同（至千元）者，執行數可能含保留數或應付數",
        "an executed amount equal to the appropriation to the thousand may include "
        "carried-over amounts (保留數) or payables (應付數)",
    ),
    "equal_plan": (
        "本計畫累計執行數與已編列預算數相同（至千元），執行數可能含保留數或應付數",
        "this plan's executed amount equals its appropriation to the thousand and may include "
        "carried-over amounts (保留數) or payables (應付數)",
    ),
    "label": ("說明", "Note"),
}

#: Table headers that must be shorter (or clearer in a table) than the schema's label:
#: (zh-TW, English). Keep this small; every other header is the schema's label.
SHORT_HEADERS: dict[str, tuple[str, str]] = {
    "total_budget_thousand_twd": ("核定總經費", "Total approved"),
    "appropriated_thousand_twd": ("已編列預算數", "Appropriated to date"),
    "executed_thousand_twd": ("累計執行數", "Executed to date"),
    "execution_rate": ("累計執行率", "Cumulative execution rate"),
    "appropriation_progress_rate": ("預算編列進度", "Appropriation progress"),
    "verdict": ("目標整體判定", "Targets overall"),
    "target_index": ("目標", "No."),
}

#: Columns made for display only (not in any schema table): (zh-TW, English).
DISPLAY_COLUMNS: dict[str, tuple[str, str]] = {
    "finding": ("檢核項目", "Finding"),
    "evidence": ("機關說明（原文）", "Agency's words (original, Chinese)"),
    "part": ("組成項目", "Part"),
    "part_status": ("各項判定（自動）", "Part status (automatic)"),
    "target_status": ("目標判定", "Target status"),
    "target_type_shown": ("目標類型", "Type"),
    "attention_flag": ("需注意原因", "Why it needs attention"),
}

#: Why a part is unclear (``target_components.unclear_reason``), as a clause: (zh-TW, English).
UNCLEAR_REASON_TEXT: dict[str, tuple[str, str]] = {
    "no_figure": (
        "達成說明及執行情形均未列出此項的數量",
        "neither the attainment nor the execution text gives a figure for this part",
    ),
    "no_figure_or_statement": (
        "達成說明及執行情形均未列出此項的數量，也未說明已完成",
        "neither the attainment nor the execution text gives a figure for this part or says "
        "it was done",
    ),
    "no_statement": (
        "達成說明及執行情形均未說明此項已完成",
        "neither the attainment nor the execution text says this part was done",
    ),
    "no_aligned_item": (
        "達成說明及執行情形沒有任何一項談到此目標",
        "no item of the attainment or execution text speaks of this target",
    ),
    "cumulative_figure_only": (
        "僅列出累計數，未說明其中本年度的數量",
        "only a cumulative total is given; the text does not say how much of it is this year's",
    ),
    "other_year": (
        "所列數值屬較早年度，非目標所定年度",
        "the figure given is of an earlier year than the one the target names",
    ),
    "year_to_date": (
        "僅列出截至年底前某月的數字且尚未達到目標，未說明全年實績",
        "only a figure up to a month before the year's end is given, short of the target; the "
        "year's result is not reported",
    ),
    "under_way": (
        "機關說明此項已核定或辦理中，尚未交付",
        "the agency says the work is approved or under way, not delivered",
    ),
    "no_change_figure": (
        "未列出變動幅度，也未列出可計算變動的前後兩個數值",
        "neither the change nor the two levels it could be computed from are given",
    ),
    "no_rank": ("未列出名次", "no rank is given"),
    "result_not_published": (
        "衡量此目標的結果或統計尚未公布",
        "the result or statistics this aim is measured by are not published yet",
    ),
    "no_verdict": (
        "執行情形僅列出已辦理的工作，達成說明未說明此項目標是否達成",
        "the execution text lists work done; the attainment text does not say whether this aim "
        "was reached",
    ),
    "conflicting_signals": (
        "機關的文字與數字互相矛盾",
        "the agency's words and figures contradict each other",
    ),
    "mentioned_no_outcome": (
        "達成說明提及此項，但未列出數量，也未說明已完成",
        "the attainment text mentions this part but gives no figure and does not say it was done",
    ),
    "broader_count": (
        "列出的數值另含目標以外的項目，未列出本項自身的數量",
        "the figure printed counts more than this part asks; this part's own number is not printed",
    ),
    "earlier_stage": (
        "機關所述完成者為較早階段的工作（如草案、測試、招標、採購），尚非目標要求交付的成果",
        "the work the agency says was done is an earlier stage (a draft, a test, a tender, a "
        "purchase), not what the target asks to be delivered",
    ),
    "done_undated": (
        "機關說明已完成，但未說明完成日期，無法判斷是否在期限內",
        "the agency says it was done but gives no date, so whether the deadline was kept "
        "cannot be told",
    ),
    "second_act_unsaid": (
        "目標要求兩項工作（以「並」連接），機關僅說明完成其一，未說明另一項是否完成",
        "the target asks two acts joined by 並; the agency says one was done and does not say "
        "whether the other was",
    ),
    "grade_unsaid": (
        "目標要求特定等第，機關未說明評定等第",
        "the target asks for a grade; the agency does not say which grade was given",
    ),
    "average_only": (
        "目標要求每一個都達到，機關只列出平均數，無法判斷是否每一個都達到",
        "the target asks each one to reach the figure; only an average is given, so whether "
        "each did cannot be told",
    ),
}

#: The same clauses quoting the agency's own words for the figure that decided (``{words}``:
#: :func:`govplans.present.parts.decided_words`), where the engine recorded them; never a
#: fixed example (the rule fires on any 「XX或YY」 before a figure): (zh-TW, English).
UNCLEAR_REASON_QUOTED: dict[str, tuple[str, str]] = {
    "broader_count": (
        "列出的數值（「{words}」）另含目標以外的項目，未列出本項自身的數量",
        "the figure printed (\u201c{words}\u201d) counts more than this part asks; this "
        "part's own number is not printed",
    ),
}


def unclear_reason_words(reason: str, lang: str, words: str = "") -> str:
    """Why a part is unclear, as a clause in ``lang``: quoting the agency's ``words`` where
    :data:`UNCLEAR_REASON_QUOTED` has a clause for ``reason`` and words are given, else the
    plain clause of :data:`UNCLEAR_REASON_TEXT`."""
    if words and reason in UNCLEAR_REASON_QUOTED:
        return pick(UNCLEAR_REASON_QUOTED[reason], lang).format(words=words)
    return pick(UNCLEAR_REASON_TEXT[reason], lang)


#: Why a part has the status it has (``status_reason``), as a clause: (zh-TW, English).
STATUS_REASON_TEXT: dict[str, tuple[str, str]] = {
    "figure_compared": ("以機關列出的數值與目標值比較", "the reported figure against the target"),
    "change_compared": (
        "以機關列出（或由前後兩個數值計算）的變動幅度比較",
        "the change reported, or computed from the two levels printed",
    ),
    "rate_only": ("機關僅列出達成率", "the agency gives only a rate of attainment"),
    "figures_short": (
        "機關稱已達成，但其列出的數值未達目標值",
        "the agency says met, but its own figures fall short",
    ),
    "done_statement": ("機關說明已完成", "the agency says it was done"),
    "done_related": (
        "機關說明相關工作已完成，未明言本項已完成",
        "the agency says related work was done; it does not name this part as done",
    ),
    "aim_stated": (
        "達成說明以目標本身之用語敘明已達成（如「服務品質提升」），並列出所辦工作",
        "the attainment text states the aim as reached in the aim's own words (quality "
        "improved), beside the work done",
    ),
    "case_approved": (
        "已核定所計之案（核定即計入；工程尚待完工查核者另見執行情形）",
        "the case counted was approved (an approval counts as the case; works still awaiting "
        "completion are in the execution text)",
    ),
    "not_done_statement": ("機關說明未完成或延後", "the agency says it was not done or delayed"),
    "deadline_met": ("完成日期在期限內", "completed by the deadline"),
    "deadline_missed": ("完成日期晚於期限", "completed after the deadline"),
    "agency_says_missed": ("機關自述未達成", "the agency says it was missed"),
    "agency_says_late": ("機關自述延後或展延", "the agency says it was delayed"),
    "not_delivered": (
        "機關所述僅為較早階段的工作（如草案、測試、申請、招標、決標或採購），尚非完成交付",
        "the agency reports only an earlier stage (a draft, a test, an application, a tender, "
        "an award or a purchase), not delivery",
    ),
    "partial": ("機關自述僅部分完成", "the agency says it was only partly done"),
    "other_grade": (
        "機關所述評定結果不是目標要求的等第",
        "the grade the agency reports is not the one the target asks for",
    ),
    "under_way_at_year_end": (
        "年度結束時機關說明仍在辦理或審議中，目標要求的成果尚未交付",
        "at the year's end the agency says the work is still under way or under review; what "
        "the target asks for is not delivered",
    ),
    "deferral": (
        "達成說明載有延後、暫緩、未達成或期程修正等文字，且未見本項完成的佐證",
        "the attainment text states a delay, a deferral, a miss or a revised schedule, and "
        "nothing shows this part done",
    ),
}
for _code, _words in UNCLEAR_REASON_TEXT.items():
    STATUS_REASON_TEXT.setdefault(_code, _words)

#: Target types (``target_type``): (zh-TW, English).
TARGET_TYPE_TEXT: dict[str, tuple[str, str]] = {
    "level": ("達到水準", "level to reach"),
    "ceiling": ("上限（降至以下）", "ceiling"),
    "count": ("完成數量", "count"),
    "cumulative": ("累計數", "cumulative"),
    "change": ("變動幅度", "change"),
    "range": ("區間（下限即達成）", "range (met at its lower bound)"),
    "rank": ("名次（愈前愈好）", "rank (lower is better)"),
    "deadline": ("期限前完成", "deadline"),
    "binary": ("完成與否", "done or not"),
    "qualitative": ("質化", "qualitative"),
    "compound": ("複合", "compound"),
}

#: How a target's evidence was aligned (``alignment``): (zh-TW, English).
ALIGNMENT_TEXT: dict[str, tuple[str, str]] = {
    "reference": ("明文指向本目標", "names this target"),
    "numbering": ("依項次對應", "by its number"),
    "content": ("依內容對應", "by its content"),
    "shared": ("同一項說明兩個目標", "one item naming two targets"),
    "none": ("無對應項目", "no item aligned"),
    "evidence_only": (
        "非對應項目，依數值或文字比對",
        "an item not aligned, found by its figure or words",
    ),
    "decided": (
        "判定所依數值、日期或文字所在之項次或段落",
        "the item or paragraph whose figures, date or words decided",
    ),
}

#: Words of the targets table's cells: (zh-TW, English).
PART_TEXT: dict[str, tuple[str, str]] = {
    "whole": ("（整項）", "(the whole target)"),
    "no_number": ("未量化", "no number"),
    "no_evidence": ("無法判定", "Cannot tell"),
    "set_low": (
        "目標值可能偏低（達成值達目標值{k}以上）",
        "target possibly set low (achieved at least {k} the target)",
    ),
    "reviewed": ("本工具維護者之人工檢視", "the tool maintainers' review"),
    "auto_was": ("自動判定為{status}", "automatic: {status}"),
    "review_note": (
        "〔本工具維護者之人工檢視（{file}），非官方審查〕{reason}",
        "[the tool maintainers' review ({file}), not an official review] {reason}",
    ),
    # the row under a target's parts that holds the review note: about the whole target, not
    # its last part
    "review_row": ("整項目標之檢視說明", "On the whole target"),
}

#: Where a target's status comes from: (zh-TW, English).
STATUS_SOURCE_TEXT: dict[str, tuple[str, str]] = {
    "reviewed": ("人工檢視", "reviewed"),
    "auto": ("自動判定", "automatic"),
    "automatic": ("自動判定", "automatic"),
}

#: Sections cited as evidence: (zh-TW, English).
EVIDENCE_SECTIONS: dict[str, tuple[str, str]] = {
    "evidence_items": ("達成說明", "attainment"),
    "evidence_execution_items": ("執行情形", "execution"),
}


#: The method page (``present/method.py``): headings and sentences, (zh-TW, English). Values in
#: braces are filled from the code (thresholds, labels); a rule naming a parameter writes it as
#: ``{execution_low}`` and the page shows the parameter's name with the value it was made with.
METHOD_TEXT: dict[str, tuple[str, str]] = {
    "intro": (
        "本頁說明本網站各頁之數字如何計算、目標狀態與警示如何判定，以及報告未提供哪些數字。"
        "門檻均為參數（列出參數名稱），所列數值為產生本頁時所用之值。"
        "本頁所稱檢核均為本工具之檢核；提及立法院預算中心者，僅指該檢核所參照之評估作法，"
        "並非預算中心之評估結果。",
        "How the figures on these pages are computed, how target statuses, warnings and notes "
        "are decided, and what the report does not give. Every threshold is a parameter (named "
        "below); the values shown are those this page was made with. Every check named here is "
        "this tool's own; the Legislative Yuan Budget Center is cited only for the practice a "
        "check follows, never as the author of a finding.",
    ),
    "not_in_source": ("報告未提供之數字", "What the report does not give"),
    "not_in_source_text": (
        "報告每項計畫列出三個金額：計畫核定總經費、截至本年度已編列預算數、截至本年底止累計執行數，"
        "後兩者均自計畫開始累計。報告未列實現數、應付數及保留數，亦未單列本年度之預算數與執行數，"
        "因此無法計算立法院預算中心之年度預算執行率（（實現數＋應付數）÷ 預算數）。"
        "本工具之累計執行率為自計畫開始之累計比率，不宜與年度預算執行率相比。",
        "The report gives three amounts per plan: the total approved budget, the amount "
        "appropriated to date and the amount executed to date, the last two counted from the "
        "plan's start. It gives no realised amounts (實現數), payables (應付數) or carried-over "
        "amounts (保留數), and no budget or spending of the year alone, so the Legislative Yuan "
        "Budget Center's annual execution rate ((realised + payables) ÷ budget) cannot be "
        "computed. This tool's cumulative execution rate is a ratio since the plan's start and "
        "is not comparable with that annual rate.",
    ),
    "equal_text": (
        "累計執行數與已編列預算數相同（至千元）者，執行數可能含保留數或應付數；本工具僅註明，"
        "不推估其金額。",
        "Where the executed amount equals the appropriation to the thousand, it may include "
        "carried-over amounts or payables; the tool says so and does not estimate them.",
    ),
    "measures": ("預算指標之定義", "Budget measures"),
    "execution_rate": (
        "累計執行率＝截至本年底止累計執行數 ÷ 截至本年度已編列預算數",
        "Cumulative execution rate = executed to date ÷ appropriated to date",
    ),
    "appropriation_progress_rate": (
        "預算編列進度＝截至本年度已編列預算數 ÷ 計畫核定總經費",
        "Appropriation progress = appropriated to date ÷ total approved budget",
    ),
    "schedule_elapsed_rate": (
        "期程經過比率＝計畫期程至本年度12月底已經過之月數 ÷ 期程總月數（介於0與1之間）；"
        "依原列計畫期程計算（預算編列進度之已編列數自原列起始累計，故預算編列進度附註亦依原列"
        "期程判定）；達成或執行說明載有修正後期程者，另列修正後期程之經過比率（未載起始者以原列"
        "起始）僅供參照，不據以解除附註；原列期程無法讀取者依修正後期程，均無者從缺",
        "Share of the period elapsed = months of the plan period elapsed at the end of December "
        "of the fiscal year ÷ months in the period (between 0 and 1), on the printed period "
        "(the money appropriated is counted from the printed start, so the pace note is judged "
        "on it too); where the attainment or execution text states a revised period, its share "
        "(from the printed start where it states no start) is shown beside it for information "
        "and never clears the note; on the revised period only where the printed one cannot be "
        "read; empty where neither can",
    ),
    "zero": (
        "分母為零時比率從缺（顯示「—」），不以零代之。比率四捨五入時不跨越門檻："
        "例如 89.99% 不顯示為 90.0%。",
        "A zero denominator leaves the rate empty (shown as n/a), never zero. A displayed rate "
        "is never rounded across a threshold: 89.99% is not shown as 90.0%.",
    ),
    "thresholds": ("門檻與參數", "Thresholds and parameters"),
    "parameter": ("參數", "Parameter"),
    "value": ("本頁所用之值", "Value used here"),
    "default": ("預設值", "Default"),
    "decides": ("用途", "What it decides"),
    "fixed": ("固定值（非參數）", "fixed (not a parameter)"),
    "order": (
        "三個執行率門檻須滿足 execution_critical ≤ execution_low ≤ execution_warn。"
        "警示代碼中之數字（如 execution_below_90）僅為名稱，門檻變更時代碼不變。"
        "命令列以 --warn、--low、--critical、--appropriation-margin、--exceed-margin、"
        "--low-target-multiple 變更門檻。",
        "The three execution thresholds must satisfy execution_critical ≤ execution_low ≤ "
        "execution_warn. The numbers in the warning codes (such as execution_below_90) are "
        "names: they stay the same when a threshold changes. On the command line the "
        "thresholds are --warn, --low, --critical, --appropriation-margin, --exceed-margin and "
        "--low-target-multiple.",
    ),
    "flags": ("警示與附註", "Warnings and notes"),
    "flags_text": (
        "警示（累計執行率、績效目標）與附註（預算編列進度、目標設定）分開計數；附註不是警示，"
        "權重為0，不影響排序。每項計畫只列最嚴重之一項執行率警示；同一事實只列一次。"
        "需注意之計畫為有警示者，依其警示權重合計由高至低排序，同分者依已編列而未執行之金額。",
        "Warnings (cumulative execution rate, targets) and notes (the pace of appropriation, how "
        "the targets were set) are counted apart; a note is not a warning, weighs nothing and "
        "does not rank a plan. A plan gets only its strictest execution warning, and one fact "
        "gets one flag. The plans needing attention are those with a warning, ranked by the sum "
        "of their warnings' weights, then by the amount appropriated but not executed.",
    ),
    "flag": ("項目", "Flag"),
    "code": ("代碼", "Code"),
    "kind": ("類別", "Kind"),
    "rule": ("判定規則", "Rule"),
    "weight": ("權重", "Weight"),
    "warning": ("警示", "warning"),
    "note": ("附註", "note"),
    "statuses": ("目標狀態之判定", "Target statuses"),
    "status": ("狀態", "Status"),
    "combine": (
        "含數個組成項目之目標（複合）：任一項未達成即為未達成；否則任一項待確認即為待確認；"
        "全部超越目標始為超越目標；其餘為達成。計畫整體判定以相同方式合併其目標；"
        "達成說明載有延後、暫緩、未達成或修正期程等文字者，計畫整體判定為未達成。"
        "比較以十進位精確計算（110 × 1.1 即為 121）。",
        "A target with several parts (compound) is not met if any part is not met; otherwise "
        "unclear if any part is unclear; exceeded only if every part is exceeded; otherwise "
        "met. A plan's verdict combines its targets the same way, and is not met where the "
        "attainment text states a delay, a deferral, a miss or a revised schedule. Comparisons "
        "are exact decimals (110 × 1.1 is 121).",
    ),
    "example": (
        "例：目標值 {target}，{margin}時，向上計者達成值 {up} 以上為超越目標；"
        "向下計者達成值 {down} 以下為超越目標。",
        "For example, with a target of {target} and {margin}, an achieved {up} or more is "
        "exceeded for a target counted upwards, {down} or less for one counted downwards.",
    ),
    "agency_first": (
        "機關之文字優先於數字：對應之達成說明自述未達成、延後、僅部分完成，或所述僅為草案、"
        "招標或決標者，不因其中之數字看似達成而判為達成；已核定或辦理中而尚未交付者為待確認，"
        "惟目標所計者為案件（如「補助…1案」）時，核定即為所計之案，判為達成"
        "（理由代碼 case_approved）。"
        "報告文字不足以判定者一律為待確認並附理由，不猜測。",
        "The agency's words come before its figures: an aligned attainment item that says the "
        "target was missed, delayed or only partly done, or reports a draft, a tender or an "
        "award, is never read as met because a figure in it looks met; work approved or under "
        "way and not delivered is unclear, except for a target that counts cases (補助…1案, a "
        "grant case): its approval is the case counted, and it is met (reason code "
        "case_approved). Whatever the text cannot decide is unclear, with a "
        "reason, never guessed.",
    ),
    "other_account": (
        "「另一欄」：判定依一欄（達成說明或執行情形）之文字，而另一欄對同一目標之敘述與判定相左"
        "（如一欄稱已完成、另一欄稱初步建置或待完工查核；或判定未達成，而另一欄稱相關工作已完成；"
        "目標本身所求之階段不在此列）時，"
        "目標表於機關說明（原文）欄、佐證之下引述另一欄原文，供讀者並讀兩欄，判定不因此改變。",
        '"Other column": where a target is decided on one column (attainment or execution) and '
        "the other column's sentence about it speaks against the verdict (one says done, the "
        "other preliminary or awaiting completion checks; or a target not met beside the other "
        "column saying work on it was done; a stage the target itself asks for does not count), "
        "the target table quotes the other column under the agency's words "
        "(the evidence), so a reader sees both; the verdict does not change.",
    ),
    "types": ("目標類型與比較規則", "Target types and their comparison rules"),
    "type": ("類型", "Type"),
    "recognised": ("辨識方式", "Recognised by"),
    "met_when": ("達成條件", "Met when"),
    "direction": (
        "向上計（愈多愈好）：{upwards}。向下計（愈少愈好）：{downwards}。",
        "Counted upwards (more is better): {upwards}. Counted downwards (less is better): "
        "{downwards}.",
    ),
    "reasons": ("判定理由代碼", "Reason codes"),
    "decided_reasons": ("已判定者之理由", "Why a status was decided"),
    "unclear_reasons": ("待確認之理由", "Why a status is unclear"),
    "meaning": ("說明", "Meaning"),
    "reviewed": ("人工檢視與自動判定", "Reviewed and automatic statuses"),
    "reviewed_text": (
        "每項目標先由本工具依上述規則自動判定。分析人員可就一份報告建立人工檢視檔，"
        "列出每項目標之狀態與理由；自動判定之程式不讀取該檔，待自動判定完成後始併入。"
        "有人工檢視者，頁面採人工檢視之狀態，並於旁列出自動判定之結果；無人工檢視者，"
        "頁面所列即為自動判定。本工具隨附之人工檢視檔（reviewed_targets_*.csv）係本工具維護者"
        "自行檢視報告文字所作，非官方或機關之審查；頁面上凡有檢視理由者，均以「本工具維護者之"
        "人工檢視」標示並列出其檔名。各報告有無人工檢視，見下方「資料來源」。",
        "Every target is first decided automatically by the rules above. An analyst may keep a "
        "reviewed file for a report, with a status and a reason for each target; the automatic "
        "engine never reads it, and it is merged only after the automatic statuses are decided. "
        "Where a reviewed status exists the pages use it and show the automatic one beside it; "
        "elsewhere the status shown is the automatic one. The reviewed files shipped with the "
        "tool (reviewed_targets_*.csv) are the tool maintainers' own reading of the report "
        "text, not an official or agency review; wherever a reviewer's reason exists the pages "
        "show it, marked as the tool maintainers' review with its file name. Whether each "
        "report has reviewed statuses is listed under Sources below.",
    ),
    "in_year": ("本年度數及其涵蓋範圍", "In-year figures and their coverage"),
    "in_year_link": (
        "跨年度頁面依名稱與起始年度相同，或依人工對照表，連結同一計畫之前後年度；"
        "無法確定者列為待檢視，不猜測。",
        "The corpus pages link a plan's years by the same name and start of period, or by the "
        "curated crosswalk; a link that cannot be made with certainty is left for review, never "
        "guessed.",
    ),
    "in_year_coverage": (
        "機關年度之本年度執行率，僅於其全部計畫均可推得本年度數時列出；僅部分計畫可推得時，"
        "載明涵蓋之計畫數（如「3項計畫（共8項）」），其合計之比率僅為該等計畫之本年度執行率，"
        "並非機關全體之本年度執行率。本年度執行率以上列相同之執行率門檻判定；"
        "無本年度執行率之計畫，依累計執行率判定並註明。",
        "An agency-year's in-year execution rate is given only when every one of its plans has "
        "in-year figures; where only some have, the number covered is stated (such as '3 of 8 "
        "plans') and their combined rate is theirs, not the agency's. In-year rates are judged "
        "by the same execution thresholds as above; a plan with no in-year rate is judged by its "
        "cumulative rate, and says so.",
    ),
    "in_year_not_bc": (
        "本年度數係由兩年度之累計數相減推得，仍非立法院預算中心之年度預算執行率"
        "（報告未列實現數、應付數及保留數）。",
        "In-year figures are differences of two years' cumulative figures: still not the Budget "
        "Center's annual execution rate (the report gives no realised amounts, payables or "
        "carried-over amounts).",
    ),
    "sources": ("資料來源與軟體版本", "Sources and software version"),
    "n_reports": ("{n} 份報告", "{n} reports"),
    "summary": (
        "各門檻及其參數（{values}）、警示與目標狀態之規則、目標類型、判定理由、本年度數之涵蓋、"
        "報告未提供之數字、資料來源之 SHA-256 與軟體版本",
        "Every threshold with its parameter ({values}), the rules of the warnings and statuses, "
        "the target types, the reason codes, in-year coverage, what the report does not give, "
        "the sources' SHA-256 and the software version",
    ),
    "report_file": ("報告檔案", "Report file"),
    "agency": ("機關", "Agency"),
    "year": ("年度", "Year"),
    "reviewed_column": ("人工檢視", "Reviewed statuses"),
    "reviewed_some": (
        "{n_reviewed}/{n_targets} 項目標（{file}）；其中自動判定與人工檢視相同者 {n_agree} 項",
        "{n_reviewed} of {n_targets} targets ({file}); the automatic status equals the "
        "reviewed one for {n_agree}",
    ),
    "reviewed_none": ("無：全部為自動判定", "none: every status is automatic"),
    "software": (
        "軟體：govplans {version}。SHA-256 為報告檔案內容之雜湊值，"
        "可用以確認所讀之檔案即為所列之檔案。",
        "Software: govplans {version}. The SHA-256 is the hash of the report file's bytes: it "
        "confirms that the file read is the file named.",
    ),
}

#: What each threshold (``analyse.measures.Thresholds`` field, and the fixed ``IN_STEP``)
#: decides, for the method page: (zh-TW, English). Every field must have its line (a test).
METHOD_THRESHOLDS: dict[str, tuple[str, str]] = {
    "execution_warn": (
        "累計執行率低於此值列為警示（警示門檻）；跨年度頁面之本年度執行率亦同",
        "A cumulative execution rate below this is a warning (warning threshold); so is an "
        "in-year rate on the corpus pages",
    ),
    "execution_low": (
        "累計執行率低於此值列為警示（偏低門檻）；低於此值而績效目標悉數達成者，"
        "另列本工具之一致性檢核警示",
        "A cumulative execution rate below this is a warning (low threshold); below it with "
        "every target met, the tool's consistency check gives a warning as well",
    ),
    "execution_critical": (
        "累計執行率低於此值列為警示（嚴重門檻）",
        "A cumulative execution rate below this is a warning (critical threshold)",
    ),
    "appropriation_margin": (
        "期程經過比率減預算編列進度大於此值者，列為預算編列進度附註（非警示）",
        "Where the share of the period elapsed exceeds appropriation progress by more than "
        "this, a note on the pace of appropriation (not a warning)",
    ),
    "exceed_margin": (
        "達成值高於目標值至少此比例者為「超越目標」（向下計者：低於目標值至少此比例）",
        "An achieved value at least this much above the target is 'exceeded' (counted "
        "downwards: at least this much below it)",
    ),
    "low_target_multiple": (
        "某組成項目之達成值達目標值此倍數以上者，附註「目標值可能訂得偏低」",
        "A part achieved at least this many times its target value gets the note 'target "
        "possibly set too low'",
    ),
    "in_step": (
        "期程經過比率與預算編列進度相差小於此值者，文字稱「與期程大致相當」",
        "A gap between the share of the period elapsed and appropriation progress smaller than "
        "this is worded 'roughly in step with the schedule'",
    ),
}

#: Each flag's rule for the method page, a parameter in braces: (zh-TW, English). Every flag
#: code must have its rule (a test).
METHOD_FLAG_RULES: dict[str, tuple[str, str]] = {
    "execution_below_70": (
        "累計執行率低於{execution_critical}",
        "cumulative execution rate below {execution_critical}",
    ),
    "execution_below_80": (
        "累計執行率低於{execution_low}，但不低於{execution_critical}",
        "cumulative execution rate below {execution_low}, not below {execution_critical}",
    ),
    "execution_below_90": (
        "累計執行率低於{execution_warn}，但不低於{execution_low}",
        "cumulative execution rate below {execution_warn}, not below {execution_low}",
    ),
    "targets_not_met": (
        "計畫整體判定為「未達成」",
        "the plan's verdict is 'not met'",
    ),
    "targets_met_despite_low_execution": (
        "{check}：累計執行率低於{execution_low}，而全部績效目標均為達成或超越目標",
        "{check}: cumulative execution rate below {execution_low}, yet every target met or "
        "exceeded",
    ),
    "appropriation_behind_schedule": (
        "期程經過比率減預算編列進度大於{appropriation_margin}",
        "the share of the period elapsed exceeds appropriation progress by more than "
        "{appropriation_margin}",
    ),
    "ends_with_unappropriated_budget": (
        "計畫期程（有修正後期程者依之）於本年度或以前結束，而核定總經費尚有未編列之數；"
        "此時不另列預算編列進度附註",
        "the plan ends (at its revised end, where one is stated) in or before the fiscal year "
        "with approved budget not appropriated; then no pace note is given as well",
    ),
    "targets_set_low": (
        "某一向上計之組成項目，達成值達目標值{low_target_multiple}以上",
        "a part counted upwards achieved at least {low_target_multiple} its target value",
    ),
    "targets_unquantified": (
        "計畫全部績效目標均無附計量單位之數值，判定僅依機關文字說明",
        "no target of the plan has a number with a measure word: the verdict rests on the "
        "agency's words alone",
    ),
}

#: The tool's own consistency check, named as the tool's (the Budget Center only for the
#: practice it follows): the flag message, the attainment page's heading, the method page.
CONSISTENCY_CHECK = (
    "本工具之一致性檢核（參照立法院預算中心評估作法）",
    "the tool's consistency check (following the Legislative Yuan Budget Center's practice)",
)

#: Each target status's rule for the method page: (zh-TW, English); ``{exceed_margin}`` filled.
METHOD_STATUS_RULES: dict[str, tuple[str, str]] = {
    "exceeded": (
        "向上計者，達成值 ≥ 目標值 ×（1＋{exceed_margin}）；向下計者，"
        "達成值 ≤ 目標值 ×（1－{exceed_margin}）",
        "counted upwards, achieved ≥ target × (1 + {exceed_margin}); counted downwards, "
        "achieved ≤ target × (1 − {exceed_margin})",
    ),
    "met": (
        "依其類型之比較規則達到目標值，但未達超越目標；無數值之目標，機關說明該事項已完成交付，"
        "或說明與其相關之工作已完成（此時判定理由註明「未明言本項已完成」，宜逐項查核）",
        "the target reached by its type's comparison rule, short of exceeded; for a target "
        "without a number, the agency says the thing itself was delivered, or says related work "
        'was done (then the reason reads "it does not name this part as done": check it)',
    ),
    "not_met": (
        "未達目標值；或機關自述未達成、延後、僅部分完成，或所述僅為草案、招標或決標",
        "short of the target; or the agency says it was missed, delayed or only partly done, "
        "or reports a draft, a tender or an award",
    ),
    "unclear": (
        "報告文字不足以判定：附理由代碼（見下），不猜測",
        "the report's text cannot decide it: given with a reason code (below), never guessed",
    ),
}

#: Each target type for the method page: how it is recognised and when it is met, each
#: (zh-TW, English). Every type of ``analyse.target_types.TARGET_TYPES`` must be here (a test).
METHOD_TYPE_RULES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "level": (
        (
            "須達到之比率或水準（%、ppm、Gbps、小時等）：達、至少、以上",
            "a rate or level to reach (%, ppm, Gbps, hours): 達, 至少, 以上",
        ),
        ("達成值 ≥ 目標值（逾、超過：須大於）", "achieved ≥ target (逾, 超過: above it)"),
    ),
    "ceiling": (
        (
            "降至、減少至、不超過、控制在、以下、以內、低於、未達",
            "降至, 減少至, 不超過, 控制在, 以下, 以內, 低於, 未達 (a ceiling)",
        ),
        ("達成值 ≤ 目標值（低於、未達：須小於）", "achieved ≤ target (低於, 未達: below it)"),
    ),
    "count": (
        (
            "須完成之數量（場、件、家、座、公頃等）",
            "a number of things to complete (場, 件, 家, 座, 公頃 …)",
        ),
        ("達成值 ≥ 目標值", "achieved ≥ target"),
    ),
    "cumulative": (
        ("累計、截至、迄今", "累計, 截至, 迄今 (a total over the years)"),
        (
            "累計達成值 ≥ 目標值（不將本年度數加入累計數）",
            "the cumulative figure ≥ target (this year's figure is never added to it)",
        ),
    ),
    "change": (
        (
            "百分點；成長、增加、提高、減少、降低 N%；較前一年",
            "百分點 (points); 成長, 增加, 提高, 減少, 降低 N%; 較前一年 (against the year before)",
        ),
        (
            "變動幅度 ≥ 目標值：採報告所列之變動，或由前後兩數值計算"
            "（百分點：後 − 前；%：（後 − 前）÷ 前；減少、降低者向下計）",
            "the change ≥ target: the change reported, or computed from the two levels printed "
            "(points: after − before; %: (after − before) ÷ before; downwards for 減少, 降低)",
        ),
    ),
    "range": (
        ("20至25、20~25、20-25", "20至25, 20~25, 20-25 (a range)"),
        ("達成值 ≥ 區間下限", "achieved ≥ the lower bound"),
    ),
    "rank": (
        ("前N名、第N名", "前N名, 第N名 (a rank)"),
        ("名次 ≤ 目標名次（愈前愈好）", "rank ≤ the target rank (lower is better)"),
    ),
    "deadline": (
        (
            "於某年某月（底）前完成，無數值",
            "於…年…月(底)前 with a verb of completion, no number (a deadline)",
        ),
        (
            "已完成，且說明所載之完成日期在期限之月份以前",
            "done, and the completion date the evidence gives is in or before the month",
        ),
    ),
    "binary": (
        (
            "完成、上線、啟用、修法、通過、公告、建置等，無數值",
            "完成, 上線, 啟用, 修法, 通過, 公告, 建置 … with no number",
        ),
        (
            "機關說明該事項已完成（草案、招標、決標或部分完成不算）；說明所述僅為相關工作、未明言"
            "本項者仍判為達成，判定理由註明「未明言本項已完成」",
            "the agency says it is done (not drafted, tendered, awarded or partly done); where "
            "its statement names related work, not this part, it is met and the reason says "
            "so",
        ),
    ),
    "qualitative": (
        ("不屬以上各類，且無數值", "none of the above, no number"),
        ("依機關之說明", "the agency's statement"),
    ),
    "compound": (
        ("含數個可分別判定之組成項目", "several parts, each decided on its own"),
        ("依上述合併規則", "by the combination rule above"),
    ),
}


#: Chart text, (zh-TW, English).
CHART_TEXT: dict[str, tuple[str, str]] = {
    "execution_title": (
        "各計畫累計執行率（累計執行數 ÷ 截至本年度已編列預算數）",
        "Cumulative execution rate by plan (executed ÷ appropriated to date)",
    ),
    "execution_rate": ("累計執行率", "Cumulative execution rate"),
    "threshold": ("門檻", "Threshold"),
    "appropriation_title": (
        "預算編列進度與計畫期程經過比率（至年度終了）",
        "Appropriation progress against schedule elapsed (at fiscal year end)",
    ),
    "appropriation_progress": (
        "已編列預算數 ÷ 核定總經費",
        "Appropriated ÷ total approved budget",
    ),
    "schedule_elapsed": ("期程經過比率", "Share of the plan period elapsed"),
    "behind": (
        "低於期程經過比率逾{margin}（附註）",
        "Over {margin} below the period elapsed (note)",
    ),
    "ends_unappropriated": (
        "計畫結束仍有核定經費未編列（附註）",
        "Ended with approved budget not appropriated (note)",
    ),
    "portfolio_title": ("經費總覽（億元）", "Budget overview (NT$ billion)"),
    "hundred_million": ("億元", "NT$ billion"),
    "total": ("核定總經費", "Total approved budget"),
    "appropriated": ("已編列預算數", "Appropriated to date"),
    "executed": ("累計執行數", "Executed to date"),
    "all": ("全部計畫", "All plans"),
    "money_title": ("經費", "Money"),
    "period_title": ("計畫期程與本年度", "Plan period and this fiscal year"),
    "fiscal_year": ("{year}年度", "FY{year}"),
    "plan_period": ("計畫期程", "Plan period"),
    "revised_period": ("修正後期程", "Revised period"),
    "status_title": ("各計畫目標達成情形（目標數）", "Target status by plan (number of targets)"),
    "n_targets": ("目標數", "Targets"),
    "ratio_title": (
        "實際達成值 ÷ 目標值（每一可量化之組成項目）",
        "Achieved ÷ target (every part with a number)",
    ),
    "ratio_title_targets": (
        "實際達成值 ÷ 目標值（可量化目標）",
        "Achieved ÷ target (targets with numbers)",
    ),
    "no_figure": ("未列數值", "no figure"),
    "no_figure_legend": ("報告未列達成數值", "No achieved figure reported"),
    "set_low_line": ("目標值{k}（可能訂得偏低）", "{k} the target (possibly set low)"),
    "ratio": ("達成比", "Achieved ÷ target"),
    "target_line": ("目標值", "Target"),
    "no_ratio": ("沒有可量化的目標", "No target with numbers to compare"),
    "off_scale": ("超出{cap}（刻度外）", "above {cap} (off the scale)"),
    "target": ("目標", "target"),
    "execution_lowest": (
        "共 {total:,} 項計畫，本圖列累計執行率最低之 {shown} 項（全部見表）",
        "The {shown} plans with the lowest rates, of {total:,} (all in the table)",
    ),
    "appropriation_behind_most": (
        "共 {total:,} 項計畫，本圖列預算編列進度落後期程最多之 {shown} 項",
        "The {shown} plans furthest behind their period, of {total:,}",
    ),
    "status_most_open": (
        "共 {total:,} 項計畫，本圖列未達成目標最多之 {shown} 項（同數者依待確認目標數）",
        "The {shown} plans with the most targets not met (then the most unclear), of {total:,}",
    ),
    "ratio_extremes": (
        "共 {total:,} 個可量化之組成項目，本圖列實際達成值 ÷ 目標值最低"
        "（未列數值者視為最低）與最高者共 {shown} 項（全部見表）",
        "The {shown} parts with the lowest (no figure counted lowest) and highest achieved ÷ "
        "target, of {total:,} parts with a number (all in the table)",
    ),
    "ratio_title_some": (
        "實際達成值 ÷ 目標值（可量化之組成項目）",
        "Achieved ÷ target (parts with a number)",
    ),
    "chart_of": (
        "　第{number}張，共{count}張（第{first}至{last}項）",
        " — chart {number} of {count} (rows {first} to {last})",
    ),
}

#: Column headers of the index page: (zh-TW, English).
INDEX_HEADERS: tuple[tuple[str, str], ...] = (
    ("報告", "Report"),
    ("標題", "Title"),
    ("摘要", "Summary"),
)

#: The links at the top of every page: (zh-TW, English).
#: What the bundled report's agreement with its review is worth: the rules were written with
#: that review at hand (in sample). The out-of-sample range is the recorded first runs on the
#: sets nobody writing rules had read (docs/analysis.md: fourth 89.4 %, fifth 90.4 %, sixth
#: 87.4 % …), each the engine of its time; only the newest sets are still
#: unread, their first runs the measure of the engine now; tests/testing/test_evaluation.py and
#: tests/present/test_analyst_read4.py check these words against that file.
IN_SAMPLE_AGREEMENT = (
    "此一致率為樣本內數字：判定規則撰寫時即參照本報告之人工檢視；"
    "於規則撰寫者未讀過之報告（第四至第七十九組測試資料），首次判定與標註一致者約82.9%至98.2%"
    "（各為當時版本之首次判定；除第七十九組外，各組其後均已讀過，現行版本之樣本外數字為"
    "第七十九組之94.7%；見方法說明）。",
    "This agreement is in sample: the rules were written with this report's review at hand; "
    "on reports their authors had not read (the fourth to seventy-ninth test sets), first runs "
    "agreed with the labels on 82.9% to 98.2% of targets (each the first run of the engine of "
    "its time; every set but the seventy-ninth has since been read, and its "
    "94.7% is the engine as it now stands; see the method page).",
)

#: A lead sentence printed before item 1 of a cell (the report's item 0), as the target table
#: cites it and the profile's 「報告原文」 labels it: (zh-TW, English).
LEAD_SENTENCE = ("首句", "lead sentence")

#: How a page cites the items of a section, by how the report numbers it
#: (:data:`~govplans.model.vocab.NUMBERINGS`): the zh-TW measure word (第1項, 第1段) and the
#: English noun, singular and plural (:func:`govplans.present.parts.section_citation`).
CITED_UNITS: dict[str, tuple[str, str, str]] = {
    "numbered": ("項", "item", "items"),
    "paragraphs": ("段", "paragraph", "paragraphs"),
}
#: A section that is one unnumbered paragraph is cited by its name alone: 達成說明 /
#: "attainment text" (zh-TW adds nothing, English adds this noun).
WHOLE_SECTION = ("", "text")

#: The method page's account of the automatic statuses' accuracy, from the recorded first runs
#: of the frozen test sets (docs/analysis.md; a test checks the range against it).
OUT_OF_SAMPLE_ACCURACY = (
    "自動判定之準確度：於規則撰寫者未讀過之測試報告（第四至第七十九組，每組四份報告、約115項目標，"
    "由未讀過判定程式者撰寫並標註），首次判定之目標狀態與標註一致者約82.9%至98.2%，"
    "標註為未達成或待確認而判為達成者約0.0%至5.4%。各數字為其當時版本之首次判定；其後各組均已讀過"
    "（其判定差異用以修訂規則，已屬樣本內），惟最新之第七十九組未讀，其首次判定（目標狀態"
    "一致94.7%，誤判為達成1.8%）即衡量現行版本之數字。本工具隨附之報告屬樣本內"
    "（規則撰寫時已參照其人工檢視），其一致率不代表準確度；自動判定宜視為待查核之初判，而非結論。",
    "Accuracy of the automatic statuses: on test reports the rules' authors had not read (the "
    "fourth to seventy-ninth sets, four reports and about 115 targets each, written and "
    "labelled by people who had not read the engine), first runs agreed with the labels on "
    "82.9% to 98.2% of target statuses, and showed as met 0.0% to 5.4% of targets labelled not "
    "met or unclear. Each figure is the first run of the engine of its time; every set has "
    "since been read (its disagreements used to revise the rules, so it is now in sample) "
    "except the newest, the seventy-ninth, whose first run (94.7% of statuses, 1.8% "
    "false met) measures the engine as it now stands. "
    "The bundled report is in sample (the rules were written with its review at hand), so its "
    "agreement is no measure of accuracy; read the automatic statuses as a first pass to check, "
    "not a finding.",
)

#: Every registered table's name (zh-TW, English), as a data folder's index lists it; the
#: workbooks' sheets use the same names.
TABLE_NAMES: dict[str, tuple[str, str]] = {
    "plans": ("計畫基本資料", "Plan data"),
    "items": ("報告項目", "Items"),
    "findings": ("資料檢核", "Findings"),
    "plan_assessment": ("計畫", "Plans"),
    "targets": ("績效目標", "Targets"),
    "target_components": ("目標組成", "Target components"),
    "plan_flags": ("警示", "Flags"),
    "flag_messages": ("警示說明", "Flag messages"),
    "portfolio": ("總覽", "Portfolio"),
    "plan_history": ("計畫逐年", "Plan history"),
    "agency_years": ("機關年度", "Agency-years"),
    "link_candidates": ("待檢視連結", "Links for review"),
    "reports": ("報告", "Reports"),
}

NAV_TEXT: dict[str, tuple[str, str]] = {
    "method": ("方法與資料說明", "Method and data"),  # the footer's link to method.html
    "index": ("← 回到索引", "← Back to the index"),
    "workbook": ("Excel 活頁簿", "Excel workbook"),
    "csv": ("CSV 資料表", "CSV tables"),
    # the link to the same page in the other language: written in that language
    "other_language": ("English", "中文（繁體）"),
}

#: Measure words in English, for the tool's own columns (singular, plural). A word not listed
#: stays as printed.
MEASURE_WORDS_EN: dict[str, tuple[str, str]] = {
    "場": ("session", "sessions"),
    "場次": ("session", "sessions"),
    "梯次": ("session", "sessions"),
    "班次": ("class", "classes"),
    "輛": ("vehicle", "vehicles"),
    "臺": ("unit", "units"),
    "台": ("unit", "units"),
    "人": ("person", "people"),
    "名": ("person", "people"),
    "位": ("person", "people"),
    "人次": ("person-time", "person-times"),  # counts attendances, not distinct people
    "份": ("document", "documents"),
    "案": ("case", "cases"),
    "式": ("set", "sets"),
    "套": ("set", "sets"),
    "件": ("item", "items"),
    "件次": ("case", "cases"),
    "項": ("item", "items"),
    "個": ("unit", "units"),
    "站": ("site", "sites"),
    "則": ("news item", "news items"),
    "篇": ("paper", "papers"),
    "期": ("issue", "issues"),
    "組": ("team", "teams"),
    "家": ("company", "companies"),
    "家次": ("inspection", "inspections"),
    "座": ("facility", "facilities"),
    "次": ("time", "times"),
    "筆": ("record", "records"),
    "處": ("site", "sites"),
    "所": ("institution", "institutions"),
    "校": ("school", "schools"),
    "艘": ("vessel", "vessels"),
    "架": ("aircraft", "aircraft"),
    "棟": ("building", "buildings"),
    "部": ("vehicle", "vehicles"),
    "顆": ("satellite", "satellites"),
    "門": ("course", "courses"),
    "劑": ("dose", "doses"),
    "元": ("NT dollar", "NT dollars"),
    "公頃": ("hectare", "hectares"),
    "公噸": ("tonne", "tonnes"),
    "公里": ("kilometre", "kilometres"),
    "小時": ("hour", "hours"),
    "成": ("%", "%"),
    "%": ("%", "%"),
    "％": ("%", "%"),
}


#: A data-quality finding of the report (``findings.code``) in words, with its figures
#: (amounts in 千元 as printed): (zh-TW, English). One language per page and per CSV column.
FINDING_TEXT: dict[str, tuple[str, str]] = {
    "executed_exceeds_appropriated": (
        "執行數超過已編列預算：累計執行數 {executed} 千元，已編列預算數 {appropriated} 千元"
        "（超出 {excess} 千元）",
        "Executed above the appropriation: NT$ {executed} thousand executed against "
        "NT$ {appropriated} thousand appropriated (NT$ {excess} thousand over)",
    ),
    "appropriated_exceeds_total": (
        "已編列預算數超過核定總經費：已編列預算數 {appropriated} 千元，計畫核定總經費 "
        "{total} 千元（超出 {excess_total} 千元）",
        "Appropriated above the approved total: NT$ {appropriated} thousand appropriated "
        "against an approved total of NT$ {total} thousand (NT$ {excess_total} thousand over)",
    ),
    "period_does_not_cover_fiscal_year": (
        "計畫期程 {period} 未涵蓋本報告年度（{year}年）",
        "The plan period {period} does not include the report's fiscal year (ROC {year})",
    ),
}
#: A finding's code as a label (the findings tables and the workbook).
FINDING_LABELS: dict[str, tuple[str, str]] = {
    "executed_exceeds_appropriated": ("執行數超過已編列預算", "Executed above appropriation"),
    "appropriated_exceeds_total": ("已編列數超過核定總經費", "Appropriated above total"),
    "period_does_not_cover_fiscal_year": ("期程未涵蓋報告年度", "Period outside the year"),
    "cumulative_amount_decreased": ("累計數較前一年度減少", "Cumulative amount decreased"),
}


#: The corpus page (several reports: agencies side by side, plans across years): (zh-TW, English).
CORPUS_TEXT: dict[str, tuple[str, str]] = {
    "title": ("跨機關、跨年度計畫執行比較", "Agencies and years side by side"),
    "agency_title": ("{agency}歷年計畫執行比較", "{agency} across the years"),
    "scope": (
        "{n_reports} 份報告：{agencies}；{years}；共 {n_rows} 筆計畫年度資料。",
        "{reports}: {agencies}; {years}; {n_rows} plan-years.",
    ),
    "in_year_caveat": (
        "本年度數＝本年度報告之累計數 − 前一年度報告中同一計畫之累計數"
        "（計畫自本年度開始者即為累計數）；缺前一年度報告或未能連結之計畫以「—」表示，"
        "不以累計數代替。本年度執行率逾 100% 者，表示累計已編列未執行數較前一年度減少"
        "（可能係執行以前年度已編列之數，亦可能係前一年度報告之累計數經修正）。",
        "In-year figures = this year's cumulative figure − the same plan's cumulative figure in "
        "the report of the year before (the cumulative figure for a plan starting this year); "
        "n/a, never replaced by the cumulative figure, when there is no report of the year "
        "before or the plan is not linked. An in-year rate above 100% shows that the cumulative "
        "amount appropriated and not executed fell during the year (possibly money appropriated "
        "in earlier years executed this year, possibly a revised cumulative figure in the "
        "earlier report).",
    ),
    "agency_years": ("機關年度經費與執行率", "Agency-years: money and execution"),
    "agency_flags": (
        "機關年度警示與績效目標達成情形",
        "Agency-years: warnings, notes and target statuses",
    ),
    "history": ("各計畫逐年資料", "Plans year by year"),
    "attention": (
        "需注意的計畫（執行率低於門檻；依本年度執行率者與依累計執行率者分列，各由低至高）",
        "Plans needing attention (execution rate below the threshold; by the in-year rate "
        "and by the cumulative rate in separate lists, each lowest first)",
    ),
    "no_attention": (
        "沒有計畫之執行率低於 {threshold}。",
        "No plan's execution rate is below {threshold}.",
    ),
    "candidates": ("待檢視之跨年連結", "Links left for review"),
    "no_candidates": ("沒有待檢視的跨年連結。", "No link is left for review."),
    "sources": ("資料來源", "Sources"),
    "line": (
        "{agency} {year}：{n_plans} 項計畫，累計執行率 {rate}，累計執行率低於 {threshold} 者 "
        "{n_below} 項{ids}。{in_year}{attainment}",
        "{agency}, {year}: {plans}, cumulative execution rate {rate}, {n_below} below "
        "{threshold} cumulatively{ids}. {in_year} {attainment}",
    ),
    "targets_line": (
        "有警示之計畫 {n_warning} 項；績效目標 {n_targets} 項：超越目標 {n_exceeded}、"
        "達成 {n_met}{met_inferred}、未達成 {n_not_met}、待確認 {n_unclear}。",
        "{warning_plans} with warnings; {targets}: {n_exceeded} exceeded, {n_met} met"
        "{met_inferred}, {n_not_met} not met, {n_unclear} unclear.",
    ),
    "in_year_known": (
        "本年度數：全部 {n_plans} 項計畫均可推得，本年度執行率 {rate}，"
        "本年度執行率低於 {threshold} 者 {n_below} 項{ids}。",
        "In-year figures for all {n_plans} plans: an in-year execution rate of {rate}; "
        "{n_below} below {threshold} in the year{ids}.",
    ),
    "in_year_partial": (
        "本年度數：{n_known} 項計畫（共 {n_plans} 項）可推得本年度數，此 {n_known} 項合計之"
        "本年度執行率 {rate}，非本機關全體之本年度執行率；此 {n_known} 項中本年度執行率低於 "
        "{threshold} 者 {n_below} 項{ids}。",
        "In-year figures for {n_known} of the {n_plans} plans only: together an in-year "
        "execution rate of {rate}, not the agency's; of these {n_known}, {n_below} below "
        "{threshold} in the year{ids}.",
    ),
    "partial_rate_label": (
        "{rate}（僅 {n_known}/{n_plans} 項計畫）",
        "{rate} ({n_known} of {n_plans} plans only)",
    ),
    "in_year_partial_legend": (
        "本年度執行率，僅部分計畫可推得（非機關全體）",
        "In-year, some plans only (not the agency's)",
    ),
    "year_new": ("新增", "new"),
    "year_first_seen": ("本資料首見", "first seen in these reports"),
    "year_continued": ("延續", "continued"),
    "year_pending": ("待檢視連結", "link for review"),
    "next_continues": ("次年度延續", "continues next year"),
    "next_ended": ("結束（期程屆滿）", "ended (period over)"),
    "next_not_in_next_report": ("未見於次年度報告", "not in the next year's report"),
    "next_no_next_report": ("無次年度報告", "no later report"),
    "other_years": ("其他年度", "Other years"),
    "this_year": ("本頁", "this page"),
    "in_year_unknown": (
        "本年度數：無前一年度報告或連結，無法推得。",
        "No in-year figure (no report of the year before, or no link).",
    ),
    "links": (
        "跨年連結：依名稱 {by_name} 項、依對照表 {by_crosswalk} 項，待檢視 {n_review} 項。",
        "Links across years: {by_name} by name, {by_crosswalk} by the crosswalk, "
        "{n_review} left for review.",
    ),
    "cumulative_rate": ("累計執行率", "Cumulative"),
    "chart_lowest": (
        "執行率最低之 {shown} 個機關年度（共 {total} 個；全部見上表）",
        "The {shown} agency-years with the lowest rates (of {total}; all in the table above)",
    ),
    "in_year_rate": ("本年度執行率", "In-year"),
    "link_name": ("名稱與起始年度相同", "same name and start"),
    "link_crosswalk": ("對照表", "crosswalk"),
    "link_none": ("未連結", "not linked"),
    "link_no_previous": ("無前一年度報告", "no report of the year before"),
    "link_review": ("待檢視", "for review"),
    "link_new_plan": ("新計畫（無前一年度）", "new plan: no earlier year to link"),
    "attention_in_year": (
        "依本年度執行率（{n} 項），由低至高",
        "By the in-year execution rate ({n}), lowest first",
    ),
    "attention_cumulative": (
        "依累計執行率（無本年度執行率者，{n} 項），由低至高",
        "By the cumulative execution rate (no in-year rate; {n}), lowest first",
    ),
    "plan_history": ("歷年資料（跨年度報告）", "Year by year (across the reports)"),
    "site_title": (
        "計畫執行情形及目標達成情形：{n_reports} 份報告",
        "Plan execution and target attainment: {reports}",
    ),
    "site_corpus": ("全部報告比較（跨機關、跨年度）", "All reports compared (agencies, years)"),
    "site_agency": ("本機關歷年比較", "This agency across the years"),
    "site_unread": ("無法讀取的檔案", "Files that could not be read"),
    "site_failed": ("頁面執行失敗", "pages failed"),
    "site_pages": ("全部頁面", "all pages"),
    "site_year": ("年度", "Year"),
    "site_links": ("頁面", "Pages"),
    "site_summary": ("摘要", "Summary"),
    "source_line": (
        "{agency} {year}：{report}（{n_plans} 項計畫；SHA-256 {sha256}）",
        "{agency}, {year}: {report} ({n_plans} plans; SHA-256 {sha256})",
    ),
}

#: Why a link was left for review (the corpus table's ``reason``, written in English by
#: :func:`govplans.analyse.corpus.link_plans`): the words a page shows, (zh-TW, English).
LINK_REASONS: dict[str, tuple[str, str]] = {
    "several plans of the same name": (
        "前一年度有數個同名計畫",
        "several plans of the same name",
    ),
    "same name, another start of period": (
        "名稱相同，起始年度不同",
        "same name, another start of period",
    ),
    "another name, the same period and total": (
        "名稱不同，期程與總經費相同",
        "another name, the same period and total",
    ),
}

#: The site's search page (:mod:`govplans.present.search`): (zh-TW, English).
SEARCH_TEXT: dict[str, tuple[str, str]] = {
    "title": ("搜尋計畫與績效目標", "Search plans and targets"),
    "label": ("關鍵字", "Keywords"),
    "placeholder": ("例如：資安、長照、5G", "e.g. 資安, 長照, 5G"),
    "help": (
        "搜尋全部報告的計畫名稱與績效目標（離線，於瀏覽器中執行）；多個關鍵字以空白分隔，須全部出現。",
        "Searches the plan names and targets of every report (offline, in the browser); "
        "several keywords separated by spaces must all appear.",
    ),
    "hits": ("{n} 筆結果", "{n} hits"),
    "more": ("（僅列出前 {shown} 筆）", "(the first {shown} shown)"),
    "none": ("查無結果", "No hits"),
    "plan": ("計畫名稱", "Plan name"),
    "target": ("績效目標", "Target"),
    "index": ("回到首頁", "Back to the index"),
}


# ---------------------------------------------------------------- English pages: what stays Chinese

#: The mark an English page puts after report text it shows as printed (a plan or agency name
#: with no curated English name, a reviewer's note, the agency's own words).
ORIGINAL_CHINESE = " (original Chinese)"
#: An English page's mark after a plan period it shows as printed because it could not be
#: read: one parenthesis, saying it is Chinese where it is (never 「(original Chinese) (as
#: printed; not read)」).
PERIOD_NOT_READ = (" (original Chinese, as printed; not read)", " (as printed; not read)")

#: The report's title (the table's printed heading) in English; a title not listed is shown as
#: printed, marked :data:`ORIGINAL_CHINESE`.
REPORT_TITLES_EN: dict[str, str] = {
    "重要社會發展、重大科技發展計畫執行情形及目標達成情形表": (
        "Execution and target attainment of major social development and major science and "
        "technology development plans"
    ),
}

#: The printed units in English.
UNITS_EN: dict[str, str] = {
    "新臺幣千元": "NT$ thousand",
    "新台幣千元": "NT$ thousand",
    "新臺幣元": "NT$",
    "新台幣元": "NT$",
    "新臺幣萬元": "NT$ ten thousand",
    "新台幣萬元": "NT$ ten thousand",
    "新臺幣百萬元": "NT$ million",
    "新臺幣億元": "NT$ hundred million",
}


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text)


def period_not_read(text: str) -> str:
    """A plan period an English page shows as printed because it could not be read: quoted,
    with one mark (:data:`PERIOD_NOT_READ`)."""
    return f"“{text}”{PERIOD_NOT_READ[0] if _has_cjk(text) else PERIOD_NOT_READ[1]}"


def original(text: str, lang: str) -> str:
    """Report text as an English page shows it untranslated: marked
    :data:`ORIGINAL_CHINESE` when it holds Chinese; as is in zh-TW."""
    if lang == ZH or not _has_cjk(text):
        return text
    return f"{text}{ORIGINAL_CHINESE}"


def name_in(lang: str, name: object, name_en: object = None) -> str:
    """A plan's (or agency's) name on a page in ``lang``: the curated English name where there
    is one, else the name as printed, marked as original Chinese on an English page. The one
    choice every table, title, narrative and chart makes."""
    printed = "" if name is None else str(name)
    if lang == ZH:
        return printed
    english = "" if name_en is None or name_en != name_en else str(name_en)  # NaN: none
    if english and english != printed:
        return english
    return original(printed, lang)


#: How an English page marks the tool's curated translation of a printed name.
UNOFFICIAL_TRANSLATION = "unofficial translation"


def name_with_original(lang: str, name: object, name_en: object = None) -> str:
    """:func:`name_in`, with the printed Chinese name beside a curated English one (profiles and
    tables, where the reader must be able to find the plan in the report): ``Chip-driven …
    (unofficial translation; 晶片驅動…)``."""
    shown = name_in(lang, name, name_en)
    printed = "" if name is None else str(name)
    if lang == ZH or shown == original(printed, lang):
        return shown
    return f"{shown} ({UNOFFICIAL_TRANSLATION}; {printed})"


def unit_in(unit: str, lang: str) -> str:
    """The printed unit in ``lang`` (``新臺幣千元`` -> ``NT$ thousand``)."""
    if lang == ZH:
        return unit
    return UNITS_EN.get(unit.strip(), original(unit, lang))


def report_title_in(title: str, unit: str, lang: str) -> str:
    """The report's title with its unit, in ``lang`` (zh-TW: as printed)."""
    if lang == ZH:
        return f"{title}（{unit}）"
    english = REPORT_TITLES_EN.get(title.strip())
    unit_en = unit_in(unit, lang)
    if english is None:
        return f"{original(title, lang)} ({unit_en})"
    return f"{english} ({unit_en})"


# ---------------------------------------------------------------- codes in words (workbooks)

#: Each threshold (``Thresholds`` field) in words: (zh-TW, English).
THRESHOLD_LABELS: dict[str, tuple[str, str]] = {
    "execution_warn": ("累計執行率警示門檻", "Execution rate: warning threshold"),
    "execution_low": ("累計執行率偏低門檻", "Execution rate: low threshold"),
    "execution_critical": ("累計執行率嚴重門檻", "Execution rate: critical threshold"),
    "appropriation_margin": (
        "預算編列進度附註門檻（低於期程經過比率）",
        "Appropriation pace note (below the share of the period elapsed)",
    ),
    "exceed_margin": (
        "超越目標門檻（實際值高於目標值）",
        "Exceeded: achieved above the target by at least",
    ),
    "low_target_multiple": ("目標值可能偏低之倍數", "Target possibly set low: achieved at least"),
}

#: Other codes of the tables in words (a target part's method, the evidence section, a
#: plan-year's link and year statuses, yes / no): (zh-TW, English).
CODE_WORDS: dict[str, tuple[str, str]] = {
    "quantity": ("數量比對", "a matched number"),
    "quantity_sum": ("數量加總", "several numbers summed"),
    "done_statement": ("完成與否之說明", "a statement that it was (not) done"),
    "deferral": ("計畫暫緩", "the plan was deferred"),
    "none": ("無", "none"),
    "attainment": ("達成說明", "attainment"),
    "execution": ("執行情形", "execution"),
    "name": ("名稱與起始年度相同", "same name and start"),
    "crosswalk": ("對照表", "crosswalk"),
    "new": ("新增", "new"),
    "first_seen": ("本資料首見", "first seen in these reports"),
    "continued": ("延續", "continued"),
    "pending": ("待檢視連結", "link for review"),
    "continues": ("次年度延續", "continues next year"),
    "ended": ("結束（期程屆滿）", "ended (period over)"),
    "not_in_next_report": ("未見於次年度報告", "not in the next year's report"),
    "no_next_report": ("無次年度報告", "no later report"),
    "all": ("全部計畫", "all plans"),
    "warning": ("警示", "warning"),
    "note": ("附註", "note"),
    "True": ("是", "yes"),
    "False": ("否", "no"),
}

#: The banner on every page built from a constructed report (``Report.constructed``: invented
#: test data, such as the FY113 report ``make corpus`` pairs with the bundled one).
CONSTRUCTED_BANNER: tuple[str, str] = (
    "本頁含構造之測試資料，非官方數據",
    "This page includes constructed test data, not official figures",
)

#: The review's file named with the day it was last reviewed (the latest ``reviewed_on`` of the
#: report's rows in its reviewed-status file): wherever a page names the tool maintainers'
#: review (a target's note, the agreement, the method page's sources).
REVIEW_FILE_DATED: tuple[str, str] = ("{file}，最後檢視於{date}", "{file}, last reviewed on {date}")

#: The narrative's note that statuses come from the review, with its date.
REVIEW_DATED: tuple[str, str] = ("最後檢視於{date}，", "last reviewed on {date}, ")

#: A count of met targets with those met on the agency's word that related work was done
#: (``status_reason == "done_related"``; :mod:`govplans.present.counts` decides the count): the
#: qualifier after the count, and the note under a count table.
MET_INFERRED: dict[str, tuple[str, str]] = {
    "qualifier": ("（其中{n}項依相關工作推定）", " ({n} inferred from related work)"),
    "note": (
        "「達成」之目標中，{n}項依相關工作推定（{targets}）：機關說明相關工作已完成，"
        "未明言本項已完成，宜逐項查核。",
        "Of the targets met, {n} {are} inferred from related work ({targets}): the agency says "
        "related work was done and does not name the item as done; check them one by one.",
    ),
    "target": ("{plan_id}目標{index}", "{plan_id} target {index}"),
    "agency_year": ("{agency} {year}：{targets}", "{agency}, {year}: {targets}"),
}

#: A target value the report prints with 「各」 (「(各1座)」,
#: :func:`govplans.present.parts.target_each`): the value as shown in the target value cell.
EACH_VALUE: tuple[str, str] = ("各{value}", "{value} each")
