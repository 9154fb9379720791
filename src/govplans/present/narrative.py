"""Deterministic narrative (zh-TW by default, English on request) from an assessment's tables.

Every figure in a sentence is read from the computed tables and formatted by
:mod:`govplans.present.fmt`;
no number is typed into a template. Text quoted from the report is data: it is returned as
Markdown/plain text, never as HTML (whoever renders HTML escapes it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from govplans.analyse.measures import rate_bounds, schedule_position
from govplans.analyse.quantities import extract_quantities
from govplans.model.provenance import parse_ids
from govplans.model.vocab import CATEGORIES, STATUSES, split_flags
from govplans.present import fmt
from govplans.present.flags import plan_flag_messages

if TYPE_CHECKING:
    from govplans.analyse.assessment import Assessment

MAX_NOTABLE = 3  # exceeded targets named per plan
MAX_ATTENTION = 5  # plans named in the portfolio's attention list
QUOTE_LIMIT = 240  # characters of the agency's explanation quoted


def status_label(status: str, lang: str) -> str:
    """``met`` -> 達成 / met (the words of :data:`govplans.present.words.STATUS_LABELS`)."""
    return fmt.status_label(status, lang)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _quote(text: str, lang: str) -> str:
    """Report text inside quotation marks; in zh-TW its own 「」 become 『』 (nested quotes)."""
    if lang == fmt.ZH:
        return "「" + text.replace("「", "『").replace("」", "』") + "」"
    return f"“{text}”"


_LEADING_CONJUNCTION = re.compile(r"^(?:並且|以及|並|及|與|和|或)")


def _part_text(component: Any) -> str:
    """A component as the reader should see it: its own phrase (``技術報告1篇``), not the whole
    clause it was given when that phrase was short, when the clause holds other quantities."""
    text = str(component.text)
    found = extract_quantities(text)
    if len(found) > 1:
        for q in found:
            if q.value == component.target_value and q.word == component.measure_word:
                text = q.context
                break
    return _LEADING_CONJUNCTION.sub("", text)  # 「並協助…」 reads 「協助…」 on its own


def _period(plan: Any, lang: str) -> str:
    if lang == fmt.ZH:
        return str(plan.period_text)
    start = f"{int(plan.start_roc_year) + 1911}-{int(plan.start_month):02d}"
    end = f"{int(plan.end_roc_year) + 1911}-{int(plan.end_month):02d}"
    return f"{start} to {end}"


def _category(category: str, lang: str) -> str:
    return category if lang == fmt.ZH else CATEGORIES.get(category, category)


def plan_title(a: Assessment, plan_id: str, lang: str) -> str:
    """``114-10 晶片驅動…計畫`` (the curated English name for ``en``)."""
    row = a.plan_record(plan_id)
    name = row["name"] if lang == fmt.ZH else row["name_en"]
    return f"{plan_id} {name}"


def _money(row: Any, year: str, lang: str, bounds: tuple[float, ...] = ()) -> str:
    total = fmt.format_amount(row.total_budget_thousand_twd, lang)
    appropriated = fmt.format_amount(row.appropriated_thousand_twd, lang)
    executed = fmt.format_amount(row.executed_thousand_twd, lang)
    progress = fmt.format_rate(row.appropriation_progress_rate, lang)
    rate = fmt.format_rate(row.execution_rate, lang, bounds=bounds)
    if not row.appropriated_thousand_twd:  # no execution rate: nothing to divide by
        return (
            f"經費：核定總經費{total}，截至{year}尚未編列預算，累計執行{executed}。"
            if lang == fmt.ZH
            else f"Money: approved total {total}; nothing appropriated through {year}; "
            f"executed {executed}."
        )
    if lang == fmt.ZH:
        return (
            f"經費：核定總經費{total}，截至{year}已編列預算{appropriated}"
            f"（占核定總經費{progress}），累計執行{executed}，累計執行率{rate}；"
            + _unexecuted(row.unexecuted_appropriation_thousand_twd, lang)
            + "。"
        )
    return (
        f"Money: approved total {total}; appropriated through {year} {appropriated} "
        f"({progress} of the total); executed {executed}, a cumulative execution rate of {rate}; "
        + _unexecuted(row.unexecuted_appropriation_thousand_twd, lang)
        + "."
    )


def _unexecuted(thousand_twd: float, lang: str, appropriated: float | None = None) -> str:
    """``已編列未執行4,430萬元`` or, when nothing is left, ``已編列預算全數執行`` (or
    ``尚未編列預算`` when nothing was appropriated: there is nothing to have executed)."""
    if appropriated is not None and not appropriated:
        return "尚未編列預算" if lang == fmt.ZH else "nothing appropriated yet"
    if thousand_twd == 0:
        return "已編列預算全數執行" if lang == fmt.ZH else "all the appropriation executed"
    amount = fmt.format_amount(thousand_twd, lang)
    return f"已編列未執行{amount}" if lang == fmt.ZH else f"{amount} appropriated but not executed"


def _schedule(row: Any, year: str, th: Any, lang: str) -> str:
    elapsed = fmt.format_rate(row.schedule_elapsed_rate, lang)
    progress = fmt.format_rate(row.appropriation_progress_rate, lang)
    months = fmt.format_number(row.months_elapsed, lang)
    total = fmt.format_number(row.months_total, lang)
    gap = row.schedule_elapsed_rate - row.appropriation_progress_rate
    position = schedule_position(row.schedule_elapsed_rate, row.appropriation_progress_rate, th)
    if position == "unknown":
        trend_zh, trend_en = "無法比較", "cannot be compared"
    elif position == "behind":
        points = fmt.format_points(gap, lang)
        trend_zh, trend_en = f"落後期程{points}", f"{points} behind the schedule"
    elif position == "ahead":
        points = fmt.format_points(gap, lang)
        trend_zh, trend_en = f"超前期程{points}", f"{points} ahead of the schedule"
    elif position == "in_step":
        trend_zh, trend_en = "與期程大致相當", "roughly in step with the schedule"
    else:  # a gap the reader can see, within the flag margin: say it, and that it is no flag
        points = fmt.format_points(gap, lang, bounds=(th.appropriation_margin,))
        side_zh, side_en = (
            ("落後", "behind") if position == "slightly_behind" else ("超前", "ahead of")
        )
        trend_zh = f"{side_zh}期程{points}，未達警示門檻"
        trend_en = f"{points} {side_en} the schedule, within the flag margin"
    if lang == fmt.ZH:
        return (
            f"期程與經費：至{year}底，期程已過{elapsed}（{total}個月中的{months}個月），"
            f"預算編列進度{progress}，{trend_zh}。"
        )
    return (
        f"Schedule and money: by the end of {year}, {elapsed} of the period had elapsed "
        f"({months} of {total} months) and {progress} of the money was appropriated, "
        f"{trend_en}."
    )


def _figures(target_value: Any, achieved: Any, unit: Any, ratio: Any, lang: str) -> str:
    """``（目標10名，實際12名，120.0%）`` when both values are known, else empty."""
    if fmt.is_missing(target_value) or fmt.is_missing(achieved):
        return ""
    unit = None if fmt.is_missing(unit) else unit
    goal = fmt.format_quantity(target_value, unit, lang)
    got = fmt.format_quantity(achieved, unit, lang)
    rate = fmt.format_rate(ratio, lang)
    return (
        f"（目標{goal}，實際{got}，{rate}）"
        if lang == fmt.ZH
        else (f" (target {goal}, achieved {got}, {rate})")
    )


def _target_phrase(a: Assessment, t: Any, lang: str) -> str:
    """A target and its status; for a compound target missed or unclear, the parts at fault."""
    text = _quote(_shorten(t.text, 40), lang)
    label = status_label(t.status, lang)
    zh = lang == fmt.ZH
    head = f"目標{t.target_index}{text}{label}" if zh else f"target {t.target_index} {text} {label}"
    comps = a.target_component_rows(t.plan_id, t.target_index)
    faulty = [c for c in comps if c.status == t.status]
    # Parts not met only because the plan's work was deferred say nothing of their own (the
    # agency's explanation is quoted below); a part is named by its own phrase.
    if (
        t.status in ("not_met", "unclear")
        and len(comps) > 1
        and len(faulty) < len(comps)
        and any(c.method != "deferral" for c in faulty)
    ):
        parts = []
        for c in faulty:
            part = _quote(_shorten(_part_text(c), 30), lang)
            figures = _figures(
                c.target_value, c.achieved_value, c.measure_word, c.achieved_ratio, lang
            )
            parts.append(f"{part}{figures}")
        joined = ("、" if zh else ", ").join(parts)
        return head + (f"，其中{joined}{label}" if zh else f", of which {joined} {label}")
    return head + _figures(t.target_value, t.achieved_value, t.unit, t.achieved_ratio, lang)


def _targets(a: Assessment, row: Any, lang: str) -> str:
    rows = a.plan_target_rows(row.plan_id)
    n = fmt.format_number(row.n_targets, lang)
    counts = [(status, fmt.format_number(getattr(row, f"n_{status}"), lang)) for status in STATUSES]
    verdict = status_label(row.verdict, lang)
    shown = [(s, c) for s, c in counts if getattr(row, f"n_{s}")]  # "0 項" is noise
    if lang == fmt.ZH:
        if len(shown) == 1 and row.n_targets > 1:
            summary = f"均{status_label(shown[0][0], lang)}"
        else:
            summary = "、".join(f"{status_label(s, lang)}{c}項" for s, c in shown)
        text = f"績效目標：共{n}項，{summary}；整體判定：{verdict}。"
    else:
        if len(shown) == 1 and row.n_targets > 1:
            only = shown[0][0]
            summary = "none met" if only == "not_met" else f"all {status_label(only, lang)}"
        else:
            summary = ", ".join(f"{c} {status_label(s, lang)}" for s, c in shown)
        noun = "target" if row.n_targets == 1 else "targets"
        text = f"Targets: {n} {noun}, {summary}; overall verdict: {verdict}."
    notable = [t for t in rows if t.status in ("not_met", "unclear")]
    exceeded = [t for t in rows if t.status == "exceeded"]
    # Most exceeded first (report order among equals; unknown ratios last).
    exceeded.sort(key=lambda t: -t.achieved_ratio if not fmt.is_missing(t.achieved_ratio) else 0)
    notable += exceeded[:MAX_NOTABLE]
    if notable:
        phrases = [_target_phrase(a, t, lang) for t in notable]
        text += (
            ("值得注意：" + "；".join(phrases) + "。")
            if lang == fmt.ZH
            else (" Notable: " + "; ".join(phrases) + ".")
        )
    reviewed = [t for t in rows if t.status_source == "reviewed"]
    if reviewed:
        n_differ = sum(t.status != t.status_auto for t in reviewed)
        text += _review_note(len(reviewed), len(rows), n_differ, lang)
    return text


def _review_note(n_reviewed: int, n_targets: int, n_differ: int, lang: str) -> str:
    """How many statuses come from the analyst's review, and whether they differ."""
    k = fmt.format_number(n_reviewed, lang)
    differ = fmt.format_number(n_differ, lang)
    if lang == fmt.ZH:
        whole = "均" if n_reviewed > 1 else ""
        which = whole if n_reviewed == n_targets else f"其中{k}項"
        if n_differ == 0:
            return f"（{which}經人工檢視，與自動判定相同。）"
        return f"（{which}經人工檢視；{differ}項與自動判定不同，採人工檢視結果。）"
    if n_reviewed == n_targets:
        which = "the status" if n_reviewed == 1 else f"all {k} statuses"
    else:
        which = f"{k} of the statuses" if n_reviewed > 1 else "1 of the statuses"
    if n_differ == 0:
        return f" (An analyst reviewed {which}; the review agrees with the automatic assessment.)"
    differs = "differs" if n_differ == 1 else "differ"
    return (
        f" (An analyst reviewed {which}; {differ} {differs} from the automatic assessment, "
        "and the reviewed status is used.)"
    )


def _flags(a: Assessment, row: Any, lang: str) -> str:
    codes = split_flags(row.flags)
    if not codes:
        return "警示：無。" if lang == fmt.ZH else "Flags: none."
    messages = plan_flag_messages(a, row.plan_id, lang)
    if lang == fmt.ZH:
        return "警示：" + "；".join(messages) + "。"
    return "Flags: " + "; ".join(messages) + "."


def _explanation(row: Any, lang: str) -> str:
    if not row.explanation or (row.n_not_met == 0 and not row.is_deferred):
        return ""
    quote = _quote(_shorten(row.explanation, QUOTE_LIMIT), lang)
    items = [str(n) for n in parse_ids(row.explanation_items)]
    if lang == fmt.ZH:
        return f"機關說明（達成說明第{'、'.join(items)}項）：{quote}"
    if len(items) == 1:
        where = f"item {items[0]}"
    else:
        where = "items " + ", ".join(items[:-1]) + " and " + items[-1]
    return f"The agency's explanation (attainment {where}): {quote}"


def plan_narrative(a: Assessment, plan_id: str, lang: str = fmt.ZH) -> str:
    """Markdown paragraphs about one plan (an id, or a unique part of its name): money, schedule,
    targets, flags, explanation, source lines."""
    fmt.check_lang(lang)
    try:
        row = a.plan_tuple(plan_id)
    except KeyError:
        plan_id = a.resolve_plan_id(plan_id)
        row = a.plan_tuple(plan_id)
    plan = a.report_plan_tuple(plan_id)
    year = fmt.roc_year(a.report.fiscal_year, lang)
    heading = (
        f"**{plan_title(a, plan_id, lang)}**（{_category(row.category, lang)}；"
        f"{_period(plan, lang)}）"
        if lang == fmt.ZH
        else f"**{plan_title(a, plan_id, lang)}** ({_category(row.category, lang)}; "
        f"{_period(plan, lang)})"
    )
    paragraphs = [
        heading,
        _money(row, year, lang, rate_bounds(a.thresholds)),
        _schedule(row, year, a.thresholds, lang),
        _targets(a, row, lang),
        _flags(a, row, lang),
    ]
    explanation = _explanation(row, lang)
    if explanation:
        paragraphs.append(explanation)
    paragraphs.append(fmt.format_source(row.source_lines, row.source_pages, lang))
    return "\n\n".join(paragraphs) + "\n"


def portfolio_narrative(a: Assessment, lang: str = fmt.ZH) -> str:
    """Markdown about the report: totals, categories, target statuses, attention list."""
    fmt.check_lang(lang)
    year = fmt.roc_year(a.report.fiscal_year, lang)
    scopes = list(a.portfolio.itertuples())
    whole = scopes[0]
    zh = lang == fmt.ZH

    def totals(s: Any) -> tuple[str, ...]:
        return (
            fmt.format_number(s.n_plans, lang),
            fmt.format_amount(s.total_budget_thousand_twd, lang),
            fmt.format_amount(s.appropriated_thousand_twd, lang),
            fmt.format_rate(s.appropriation_progress_rate, lang),
            fmt.format_amount(s.executed_thousand_twd, lang),
            fmt.format_rate(s.execution_rate, lang, bounds=rate_bounds(a.thresholds)),
            _unexecuted(s.unexecuted_appropriation_thousand_twd, lang, s.appropriated_thousand_twd),
        )

    n, total, appropriated, progress, executed, rate, unexecuted = totals(whole)
    if zh:
        lines = [
            f"**{a.report.agency} {year}計畫執行情形**",
            "",
            f"共{n}項計畫，核定總經費{total}，截至本年度已編列預算{appropriated}"
            f"（占核定總經費{progress}），累計執行{executed}，累計執行率{rate}；{unexecuted}。",
            "",
        ]
    else:
        lines = [
            f"**{a.agency_en or a.report.agency}: plan execution in {year}**",
            "",
            f"{n} plans with an approved total of {total}; {appropriated} appropriated to date "
            f"({progress} of the approved total), {executed} executed, a cumulative execution "
            f"rate of {rate}; {unexecuted}.",
            "",
        ]
    for s in scopes[1:]:
        n, total, appropriated, progress, executed, rate, unexecuted = totals(s)
        label = s.scope_zh if zh else s.scope_en
        lines.append(
            f"- {label}：{n}項，已編列{appropriated}，累計執行{executed}，累計執行率{rate}，"
            f"{unexecuted}。"
            if zh
            else f"- {label}: {n} plans, {appropriated} appropriated, {executed} executed, "
            f"cumulative execution rate {rate}, {unexecuted}."
        )
    counts = {s: fmt.format_number(getattr(whole, f"n_{s}"), lang) for s in STATUSES}
    n_targets = fmt.format_number(whole.n_targets, lang)
    lines.append("")
    if zh:
        summary = "、".join(f"{status_label(s, lang)}{c}項" for s, c in counts.items())
        lines.append(f"績效目標共{n_targets}項：{summary}。")
    else:
        summary = ", ".join(f"{c} {status_label(s, lang)}" for s, c in counts.items())
        lines.append(f"{n_targets} targets: {summary}.")
    attention = a.plans.dropna(subset=["attention_rank"]).sort_values("attention_rank")
    lines.append("")
    if attention.empty:
        lines.append("無計畫觸發警示。" if zh else "No plan is flagged.")
        return "\n".join(lines) + "\n"
    n_flagged = fmt.format_number(len(attention), lang)
    lines.append(
        f"需優先關注（{n_flagged}項計畫有警示，依警示嚴重度及已編列未執行數排序）："
        if zh
        else f"Plans needing attention first ({n_flagged} flagged; by severity of flags, then "
        "amount appropriated but not executed):"
    )
    lines.append("")
    for row in attention.head(MAX_ATTENTION).itertuples():
        messages = plan_flag_messages(a, row.plan_id, lang)
        if row.unexecuted_appropriation_thousand_twd:
            messages.append(_unexecuted(row.unexecuted_appropriation_thousand_twd, lang))
        rank = fmt.format_number(row.attention_rank, lang)
        title = plan_title(a, row.plan_id, lang)
        if zh:
            lines.append(f"{rank}. {title}：{'；'.join(messages)}。")
        else:
            lines.append(f"{rank}. {title}: {'; '.join(messages)}.")
    if len(attention) > MAX_ATTENTION:
        shown = fmt.format_number(MAX_ATTENTION, lang)
        rest = fmt.format_number(len(attention) - MAX_ATTENTION, lang)
        lines.append("")
        lines.append(
            f"（以上列出前{shown}項；其餘{rest}項有警示之計畫見各計畫分析。）"
            if zh
            else f"(The first {shown} are listed; see the plan profiles for the other {rest}.)"
        )
    return "\n".join(lines) + "\n"
