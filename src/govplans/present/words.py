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
        "Ends with approved budget never appropriated",
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
    "consistency": ("一致性檢查", "Consistency checks"),
    "no_consistency": ("沒有一致性疑慮。", "No consistency flag."),
    "sources": ("資料來源", "Sources"),
    "none": ("（無）", "(none)"),
    "all_plans": ("全部計畫", "All plans"),
    "total": ("合計", "Total"),
    "agreement": ("自動判定與人工檢視", "Automatic and reviewed statuses"),
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
    "evidence": ("機關說明（原文）", "Agency's words (original, Chinese)"),
    "part": ("組成項目", "Part"),
    "part_status": ("各項判定（自動）", "Part status (automatic)"),
    "target_status": ("目標判定", "Target status"),
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
}

#: Words of the targets table's cells: (zh-TW, English).
PART_TEXT: dict[str, tuple[str, str]] = {
    "whole": ("（整項）", "(the whole target)"),
    "no_number": ("未量化", "no number"),
    "no_evidence": ("無佐證", "No evidence"),
    "set_low": (
        "目標值可能偏低（達成值達目標值{k}以上）",
        "target possibly set low (achieved at least {k} the target)",
    ),
    "reviewed": ("人工檢視", "reviewed"),
    "auto_was": ("自動判定為{status}", "automatic: {status}"),
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
}

#: Column headers of the index page: (zh-TW, English).
INDEX_HEADERS: tuple[tuple[str, str], ...] = (
    ("報告", "Report"),
    ("標題", "Title"),
    ("摘要", "Summary"),
)

#: The links at the top of every page: (zh-TW, English).
NAV_TEXT: dict[str, tuple[str, str]] = {
    "index": ("← 回到索引", "← Back to the index"),
    "workbook": ("Excel 活頁簿", "Excel workbook"),
    "csv": ("CSV 資料表", "CSV tables"),
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
    "人次": ("participant", "participants"),
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


#: The corpus page (several reports: agencies side by side, plans across years): (zh-TW, English).
CORPUS_TEXT: dict[str, tuple[str, str]] = {
    "title": ("跨機關、跨年度計畫執行比較", "Agencies and years side by side"),
    "agency_title": ("{agency}歷年計畫執行比較", "{agency} across the years"),
    "scope": (
        "{n_reports} 份報告：{agencies}；{years}；共 {n_rows} 筆計畫年度資料。",
        "{n_reports} reports: {agencies}; {years}; {n_rows} plan-years.",
    ),
    "in_year_caveat": (
        "本年度數＝本年度報告之累計數 − 前一年度報告中同一計畫之累計數"
        "（計畫自本年度開始者即為累計數）；缺前一年度報告或未能連結之計畫以「—」表示，"
        "不以累計數代替。本年度執行率逾 100% 者，係本年度執行了以前年度已編列而未執行之數。",
        "In-year figures = this year's cumulative figure − the same plan's cumulative figure in "
        "the report of the year before (the cumulative figure for a plan starting this year); "
        "n/a, never replaced by the cumulative figure, when there is no report of the year "
        "before or the plan is not linked. An in-year rate above 100% means money appropriated "
        "in earlier years and not executed then was executed this year.",
    ),
    "agency_years": ("機關年度經費與執行率", "Agency-years: money and execution"),
    "agency_flags": (
        "機關年度警示與績效目標達成情形",
        "Agency-years: warnings, notes and target statuses",
    ),
    "history": ("各計畫逐年資料", "Plans year by year"),
    "attention": (
        "需注意的計畫（本年度執行率低於門檻；無本年度執行率者依累計執行率），由低至高",
        "Plans needing attention (in-year execution rate below the threshold; the cumulative "
        "rate where there is no in-year rate), lowest first",
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
        "{n_below} 項{ids}；{in_year}{attainment}",
        "{agency}, {year}: {plans}, cumulative execution rate {rate}, {n_below} below "
        "{threshold} cumulatively{ids}; {in_year} {attainment}",
    ),
    "targets_line": (
        "有警示之計畫 {n_warning} 項；績效目標 {n_targets} 項：超越目標 {n_exceeded}、"
        "達成 {n_met}、未達成 {n_not_met}、待確認 {n_unclear}。",
        "{warning_plans} with warnings; {targets}: {n_exceeded} exceeded, {n_met} met, "
        "{n_not_met} not met, {n_unclear} unclear.",
    ),
    "in_year_known": (
        "其中 {n_known} 項可推得本年度數，本年度執行率 {rate}，"
        "本年度執行率低於 {threshold} 者 {n_below} 項{ids}。",
        "{n_known} of them have in-year figures, with an in-year execution rate of {rate}; "
        "{n_below} below {threshold} in the year{ids}.",
    ),
    "in_year_unknown": (
        "無前一年度報告或連結，本年度數無法推得。",
        "no in-year figure (no report of the year before, or no link).",
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
    "plan_history": ("歷年資料（跨年度報告）", "Year by year (across the reports)"),
    "site_title": (
        "計畫執行情形及目標達成情形：{n_reports} 份報告",
        "Plan execution and target attainment: {n_reports} reports",
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
