"""Deterministic narrative (zh-TW by default, English on request) from an assessment's tables.

Every figure in a sentence is read from the computed tables and formatted by
:mod:`govplans.present.fmt`;
no number is typed into a template. Text quoted from the report is data: it is returned as
Markdown/plain text, never as HTML (whoever renders HTML escapes it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from govplans.analyse.measures import rate_bounds, schedule_position
from govplans.model.provenance import parse_ids
from govplans.model.vocab import CATEGORIES, STATUSES, flags_of, split_flags
from govplans.present import counts, fmt
from govplans.present.flags import plan_flag_messages
from govplans.present.parts import (
    achieved_word,
    decided_words,
    numbering_of,
    other_column,
    part_text,
    section_citation,
)
from govplans.present.words import (
    REVIEW_DATED,
    name_in,
    name_with_original,
    original,
    period_not_read,
    pick,
    unclear_reason_words,
)

if TYPE_CHECKING:
    from govplans.analyse.assessment import Assessment

MAX_NOTABLE = 3  # exceeded targets named per plan
MAX_ATTENTION = 5  # plans named in the portfolio's attention list
QUOTE_LIMIT = 240  # characters of the agency's explanation quoted
OTHER_QUOTE_LIMIT = 80  # characters of the other column's account quoted (「另一欄」)


def _amount(thousand_twd: float | None, lang: str) -> str:
    """An amount as every sentence and chart of a page prints it
    (:func:`govplans.present.fmt.amount_text`)."""
    return fmt.amount_text(thousand_twd, lang)


def status_label(status: str, lang: str) -> str:
    """``met`` -> 達成 / met (the words of :data:`govplans.present.words.STATUS_LABELS`)."""
    return fmt.status_label(status, lang)


_CUT_AFTER = "，。；、,;: 」』)）”"  # a quote may end after one of these
_CUT_BEFORE = "(（「『[“"  # or just before an opening bracket or quote
_TRAILING = "，。；、,;:：(（「『[“ "  # never left dangling before the "…"


def _word_char(ch: str) -> bool:
    """A character of a Latin word or a number (a cut between two of them splits the word)."""
    return ch.isascii() and (ch.isalnum() or ch in ".,%-_/")


def _shorten(text: str, limit: int) -> str:
    """The text whole if it fits in ``limit`` characters, else cut at the last delimiter within
    the limit (，。；、,; a space, a closing bracket, or just before an opening one), then ``…``.
    With no delimiter in the latter two thirds, it is cut at the last place that is not inside a
    Latin word or a number: never mid-word, never mid-figure."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    room = limit - 1  # the "…" takes one
    cuts = [i for i in range(1, room + 1) if text[i - 1] in _CUT_AFTER or text[i] in _CUT_BEFORE]
    cut = max((i for i in cuts if i >= limit // 3), default=0)
    if not cut:
        cut = max(
            (
                i
                for i in range(1, room + 1)
                if not (_word_char(text[i - 1]) and _word_char(text[i]))
            ),
            default=room,
        )
    return text[:cut].rstrip(_TRAILING) + "…"


def _quote(text: str, lang: str) -> str:
    """Report text inside quotation marks; in zh-TW its own 「」 become 『』 (nested quotes)."""
    if lang == fmt.ZH:
        return "「" + text.replace("「", "『").replace("」", "』") + "」"
    return original(f"“{text}”", lang)  # marked (original Chinese) where it is Chinese


def printed_period(plan: Any, lang: str) -> str:
    """計畫期程 as printed (zh-TW), in Gregorian months (en); as printed, quoted, where it
    could not be read."""
    if lang == fmt.ZH:
        return str(plan.period_text)
    if fmt.is_missing(plan.start_roc_year):
        return period_not_read(str(plan.period_text))
    return fmt.format_period(
        plan.start_roc_year, plan.start_month, plan.end_roc_year, plan.end_month, lang
    )


def _period(plan: Any, lang: str, row: Any = None) -> str:
    """The period as printed and, where the report states one, the revised period beside it."""
    printed = printed_period(plan, lang)
    if row is None or fmt.is_missing(row.revised_period_text):
        return printed
    revised = fmt.format_period(
        row.revised_start_roc_year,
        row.revised_start_month,
        row.revised_end_roc_year,
        row.revised_end_month,
        lang,
    )
    if lang == fmt.ZH:
        verb = "期程修正" if revised.startswith("至") else "期程修正為"
        return f"{printed}；報告說明{verb}{revised}"
    if fmt.is_missing(row.revised_start_roc_year):
        return f"{printed}; the report states it was extended {revised}"
    return f"{printed}; the report states it was revised to {revised}"


def schedule_period(plan: Any, row: Any, lang: str) -> str:
    """The period the schedule figures are computed on (``row.schedule_basis``): the revised
    period the report states, from the printed start where it states only the end; the
    printed period; empty where it is unknown."""
    if row.schedule_basis == "revised":
        start_known = not fmt.is_missing(row.revised_start_roc_year)
        source = row if start_known else plan
        prefix = "revised_" if start_known else ""
        return fmt.format_period(
            getattr(source, f"{prefix}start_roc_year"),
            getattr(source, f"{prefix}start_month"),
            row.revised_end_roc_year,
            row.revised_end_month,
            lang,
        )
    if row.schedule_basis == "printed":
        return printed_period(plan, lang)
    return ""


def schedule_basis_note(plan: Any, row: Any, lang: str) -> str:
    """Which period the share elapsed is on, where there are two (a revised period), or why
    there is none: ``依報告所述修正後期程114年10月至115年12月計`` / ``計畫期程無法判讀``; empty
    for the printed period alone."""
    if row.schedule_basis == "revised":
        period = schedule_period(plan, row, lang)
        if lang == fmt.ZH:
            return f"依報告所述修正後期程{period}計，原列{plan.period_text}"
        return (
            f"on the revised period the report states, {period}; as printed "
            f"{printed_period(plan, lang)}"
        )
    if row.schedule_basis == "unknown":
        return "計畫期程無法判讀" if lang == fmt.ZH else "the plan period could not be read"
    return ""


def _printed_readable(plan: Any, lang: str) -> str:
    """The printed period in the same form as the revised one (``113年1月至115年12月``), or as
    printed where it could not be read."""
    if fmt.is_missing(plan.start_roc_year) or fmt.is_missing(plan.end_roc_year):
        return printed_period(plan, lang)
    return fmt.format_period(
        plan.start_roc_year, plan.start_month, plan.end_roc_year, plan.end_month, lang
    )


def printed_schedule_note(plan: Any, row: Any, lang: str) -> str:
    """Where the report states a revised period: the share of the printed period elapsed (the
    period the money was budgeted on) with its gap to appropriation progress, and that the pace
    note is judged on the revised period: ``依原列期程（113年1月至115年12月）已過66.7%，預算
    編列進度24.4%低於原列期程經過比率42.3個百分點；進度附註依修正後期程判定``. Empty on a
    printed basis."""
    if row.schedule_basis != "revised":
        return ""
    period = _printed_readable(plan, lang)
    judged_zh, judged_en = (
        "進度附註依修正後期程判定",
        "the pace note is judged on the revised period",
    )
    printed = row.printed_schedule_elapsed_rate
    if fmt.is_missing(printed):
        if lang == fmt.ZH:
            return f"原列期程{period}無法判讀；{judged_zh}"
        return f"the printed period {period} could not be read; {judged_en}"
    elapsed = fmt.format_rate(printed, lang)
    months = fmt.format_number(row.printed_months_elapsed, lang)
    total = fmt.format_number(row.printed_months_total, lang)
    progress = fmt.format_rate(row.appropriation_progress_rate, lang)
    gap = printed - row.appropriation_progress_rate
    if fmt.is_missing(gap):
        trend_zh, trend_en = f"預算編列進度{progress}", f"appropriation progress {progress}"
    elif gap == 0:
        trend_zh = f"預算編列進度{progress}與原列期程經過比率相同"
        trend_en = f"appropriation progress {progress} equal to it"
    else:
        points = fmt.format_points(gap, lang)
        side_zh, side_en = ("低於", "below") if gap > 0 else ("高於", "above")
        trend_zh = f"預算編列進度{progress}{side_zh}原列期程經過比率{points}"
        trend_en = f"appropriation progress {progress} is {points} {side_en} it"
    if lang == fmt.ZH:
        return (
            f"依原列期程（{period}）已過{elapsed}（{total}個月中的{months}個月），{trend_zh}；"
            f"{judged_zh}"
        )
    return (
        f"on the printed period ({period}) {elapsed} had elapsed ({months} of {total} months), "
        f"{trend_en}; {judged_en}"
    )


def revised_schedule_note(plan: Any, row: Any, lang: str) -> str:
    """Where the report states a revised period and the pace is judged on the printed one: the
    revised period's share elapsed, as information beside it: ``依報告所述修正後期程（114年10月
    至115年12月）已過20.0%（15個月中的3個月），僅供參照；進度附註依原列期程判定（經費自原列
    起始年度起編列）``. Empty otherwise."""
    if row.schedule_basis != "printed" or fmt.is_missing(row.revised_schedule_elapsed_rate):
        return ""
    start_known = not fmt.is_missing(row.revised_start_roc_year)
    source = row if start_known else plan
    prefix = "revised_" if start_known else ""
    period = fmt.format_period(
        getattr(source, f"{prefix}start_roc_year"),
        getattr(source, f"{prefix}start_month"),
        row.revised_end_roc_year,
        row.revised_end_month,
        lang,
    )
    elapsed = fmt.format_rate(row.revised_schedule_elapsed_rate, lang)
    months = fmt.format_number(row.revised_months_elapsed, lang)
    total = fmt.format_number(row.revised_months_total, lang)
    if lang == fmt.ZH:
        return (
            f"依報告所述修正後期程（{period}）已過{elapsed}（{total}個月中的{months}個月），"
            "僅供參照；進度附註依原列期程判定（經費自原列期程起編列）"
        )
    return (
        f"on the revised period the report states ({period}) {elapsed} had elapsed ({months} "
        f"of {total} months), for information only; the pace note is judged on the printed "
        "period (the money was appropriated since its start)"
    )


def _category(category: str, lang: str) -> str:
    return category if lang == fmt.ZH else CATEGORIES.get(category, category)


def plan_title(a: Assessment, plan_id: str, lang: str) -> str:
    """``114-10 晶片驅動…計畫`` (the curated English name for ``en``)."""
    row = a.plan_record(plan_id)
    return f"{plan_id} {name_with_original(lang, row['name'], row['name_en'])}"


def _money(row: Any, year: str, lang: str, bounds: tuple[float, ...] = ()) -> str:
    total = _amount(row.total_budget_thousand_twd, lang)
    appropriated = _amount(row.appropriated_thousand_twd, lang)
    executed = _amount(row.executed_thousand_twd, lang)
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
    """``已編列未執行4,430萬元`` or, when nothing is left, ``累計執行數與已編列數相同`` (the
    figures equal, never a claim that everything was spent: 保留數 and 應付數 may be in it) (or
    ``尚未編列預算`` when nothing was appropriated: there is nothing to have executed)."""
    if thousand_twd < 0:  # an overspend: said as such, with both amounts (when known)
        over = _amount(-thousand_twd, lang)
        if appropriated is None:
            return (
                f"累計執行數超過已編列預算{over}"
                if lang == fmt.ZH
                else (f"{over} executed above the appropriation")
            )
        executed = _amount(appropriated - thousand_twd, lang)
        given = _amount(appropriated, lang)
        return (
            f"累計執行數{executed}超過已編列預算{given}（超出{over}）"
            if lang == fmt.ZH
            else f"{executed} executed against {given} appropriated ({over} over)"
        )
    if appropriated is not None and not appropriated:
        return "尚未編列預算" if lang == fmt.ZH else "nothing appropriated yet"
    if thousand_twd == 0:
        return (
            "累計執行數與已編列數相同"
            if lang == fmt.ZH
            else "cumulative executed equals appropriated"
        )
    amount = _amount(thousand_twd, lang)
    return f"已編列未執行{amount}" if lang == fmt.ZH else f"{amount} appropriated but not executed"


def schedule_trend(row: Any, th: Any, lang: str) -> tuple[str, str]:
    """Appropriation progress against the share elapsed on the schedule's basis, in words
    (zh-TW, English): ``高於期程經過比率4.4個百分點（差距未達附註門檻15%）``."""
    gap = row.schedule_elapsed_rate - row.appropriation_progress_rate
    position = schedule_position(row.schedule_elapsed_rate, row.appropriation_progress_rate, th)
    # Pace is worded as a comparison, never as lateness: a plan in its first year with a year's
    # money appropriated is not "behind".
    if position == "unknown":
        trend_zh, trend_en = "無法比較", "which cannot be compared"
    elif position in ("behind", "ahead"):
        points = fmt.format_points(gap, lang)
        side_zh, side_en = ("低於", "below") if position == "behind" else ("高於", "above")
        trend_zh = f"{side_zh}期程經過比率{points}"
        trend_en = f"{points} {side_en} the share of the period elapsed"
    elif position == "in_step":
        trend_zh, trend_en = "與期程大致相當", "roughly in step with the schedule"
    else:  # a gap the reader can see, within the note's margin: say it, and that it is no note
        points = fmt.format_points(gap, lang, bounds=(th.appropriation_margin,))
        margin = fmt.format_margin(th.appropriation_margin, lang)
        side_zh, side_en = ("低於", "below") if position == "slightly_behind" else ("高於", "above")
        trend_zh = f"{side_zh}期程經過比率{points}（差距未達附註門檻{margin}）"
        trend_en = (
            f"{points} {side_en} the share of the period elapsed (within the {margin} margin "
            "of a note)"
        )
    return trend_zh, trend_en


def _schedule(plan: Any, row: Any, year: str, th: Any, lang: str) -> str:
    """The schedule sentence: the share of the period elapsed against the money appropriated,
    saying which period the share is on where the report states a revised one."""
    if row.schedule_basis == "unknown":
        return _unknown_schedule(plan, row, lang)
    elapsed = fmt.format_rate(row.schedule_elapsed_rate, lang)
    progress = fmt.format_rate(row.appropriation_progress_rate, lang)
    months = fmt.format_number(row.months_elapsed, lang)
    total = fmt.format_number(row.months_total, lang)
    trend_zh, trend_en = schedule_trend(row, th, lang)
    if row.schedule_basis == "revised":  # both periods, each with its gap
        period = schedule_period(plan, row, lang)
        printed = printed_schedule_note(plan, row, lang)
        if lang == fmt.ZH:
            return (
                f"期程與經費：至{year}底，依報告所述修正後期程（{period}）期程已過{elapsed}"
                f"（{total}個月中的{months}個月），預算編列進度{progress}，{trend_zh}；"
                f"{printed}。"
            )
        return (
            f"Schedule and money: by the end of {year}, on the revised period the report "
            f"states ({period}), {elapsed} of the period had elapsed ({months} of {total} "
            f"months) and {progress} of the money was appropriated, {trend_en}; {printed}."
        )
    basis = schedule_basis_note(plan, row, lang)
    revised = revised_schedule_note(plan, row, lang)  # information, never clears the note
    if lang == fmt.ZH:
        on_printed = f"依原列期程（{printed_period(plan, lang)}）" if revised else ""
        return (
            f"期程與經費：至{year}底，{on_printed}期程已過{elapsed}（{total}個月中的{months}個月"
            f"{'；' + basis if basis else ''}），預算編列進度{progress}，{trend_zh}"
            f"{'；' + revised if revised else ''}。"
        )
    on_printed = f" on the printed period ({printed_period(plan, lang)})" if revised else ""
    return (
        f"Schedule and money: by the end of {year},{on_printed} {elapsed} of the period had "
        f"elapsed ({months} of {total} months{'; ' + basis if basis else ''}) and {progress} "
        f"of the money was appropriated, {trend_en}{'; ' + revised if revised else ''}."
    )


def _unknown_schedule(plan: Any, row: Any, lang: str) -> str:
    """The schedule sentence of a plan whose period could not be read: the money alone."""
    progress = fmt.format_rate(row.appropriation_progress_rate, lang)
    if lang == fmt.ZH:
        return (
            f"期程與經費：計畫期程{_quote(str(plan.period_text), lang)}無法判讀，"
            f"期程經過比率無從計算；預算編列進度{progress}。"
        )
    return (
        f"Schedule and money: the plan period as printed, {_quote(str(plan.period_text), lang)}, "
        f"could not be read, so the share of the period elapsed is unknown; {progress} of the "
        "money was appropriated."
    )


def _figures(
    target_value: Any,
    achieved: Any,
    unit: Any,
    ratio: Any,
    lang: str,
    achieved_unit: str | None = None,
) -> str:
    """``（目標10名，實際12名，120.0%）`` when both values are known, else empty. The achieved
    value takes ``achieved_unit`` where given (:func:`~govplans.present.parts.achieved_word`,
    the word the target table prints: 「目標3案，實際6個」), else ``unit``."""
    if fmt.is_missing(target_value) or fmt.is_missing(achieved):
        return ""
    unit = None if fmt.is_missing(unit) else unit
    goal = fmt.format_quantity(target_value, unit, lang)
    got = fmt.format_quantity(achieved, achieved_unit or unit, lang)
    rate = fmt.format_rate(ratio, lang)
    return (
        f"（目標{goal}，實際{got}，{rate}）"
        if lang == fmt.ZH
        else (f" (target {goal}, achieved {got}, {rate})")
    )


def _why_unclear(component: Any, lang: str) -> str:
    """What no text gave for an unclear part (``target_components.unclear_reason``)."""
    reason = component.unclear_reason
    if fmt.is_missing(reason) or not reason:
        return ""
    # the agency's own words for the figure where the reason names them, never an example
    return unclear_reason_words(str(reason), lang, decided_words(component))


def _target_phrase(a: Assessment, t: Any, lang: str) -> str:
    """A target (its status is named once, by the group it is listed under); for a compound
    target missed or unclear, the parts at fault; for an unclear part, what no text gave."""
    text = _quote(_shorten(t.text, 40).rstrip("。"), lang)  # the sentence's own stop follows
    zh = lang == fmt.ZH
    head = f"目標{t.target_index}{text}" if zh else f"target {t.target_index} {text}"
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
        # Why unclear: said once when every part lacks the same kind of evidence, else per part.
        reasons = {_why_unclear(c, lang) for c in faulty} if t.status == "unclear" else set()
        each = len(reasons) > 1
        parts = []
        for c in faulty:
            part = _quote(_shorten(part_text(c), 30), lang)
            figures = _figures(
                c.target_value,
                c.achieved_value,
                c.measure_word,
                c.achieved_ratio,
                lang,
                achieved_word(c),
            )
            why_part = _why_unclear(c, lang) if each else ""
            if why_part:
                figures += f"（{why_part}）" if zh else f" ({why_part})"
            parts.append(f"{part}{figures}")
        joined = ("、" if zh else ", ").join(parts)
        noun = "part" if len(parts) == 1 else "parts"
        why = next(iter(reasons)) if len(reasons) == 1 else ""
        tail = (f"：{why}" if zh else f": {why}") if why else ""
        return head + (f"，其中{joined}{tail}" if zh else f", in its {noun} {joined}{tail}")
    why = ""
    if t.status == "unclear" and t.status_auto == "unclear":
        found = [_why_unclear(c, lang) for c in comps if c.status == "unclear"]
        why = next((r for r in found if r), "")
    # a target of one part: its achieved value in the word the target table prints for it
    word = achieved_word(comps[0]) if len(comps) == 1 else None
    figures = _figures(t.target_value, t.achieved_value, t.unit, t.achieved_ratio, lang, word)
    return head + figures + ((f"（{why}）" if zh else f" ({why})") if why else "")


def _other_account(t: Any, lang: str) -> str:
    """One clause where the other column tells the target differently (the target table's
    「另一欄」 line, :func:`govplans.present.parts.other_column`): ``目標3另一欄（執行情形第2項）稱
    「初步建置…」``, so the narrative a reader quotes does not hide it. Empty otherwise."""
    other = other_column(t)
    if other is None:
        return ""
    column, number, text = other
    cited = section_citation(column, [number], numbering_of(t, column), lang)
    quote = _quote(_shorten(text, OTHER_QUOTE_LIMIT), lang)
    if lang == fmt.ZH:
        return f"目標{t.target_index}另一欄（{cited}）稱{quote}"
    return f"for target {t.target_index}, the other column ({cited}) reads {quote}"


def _targets(a: Assessment, row: Any, lang: str, reviewed_on: str | None = None) -> str:
    """The count of targets and the verdict, then each status with its count and, for a status
    worth noting, its targets: a status is named at most twice in the paragraph (its count and,
    where it is the verdict, the verdict), never again beside each target or part."""
    zh = lang == fmt.ZH
    rows = a.plan_target_rows(row.plan_id)
    n = fmt.format_number(row.n_targets, lang)
    verdict = status_label(row.verdict, lang)
    shown = [s for s in STATUSES if getattr(row, f"n_{s}")]  # "0 項" is noise
    exceeded = [t for t in rows if t.status == "exceeded"]
    # Most exceeded first (report order among equals; unknown ratios last).
    exceeded.sort(key=lambda t: -t.achieved_ratio if not fmt.is_missing(t.achieved_ratio) else 0)
    listed = {
        "exceeded": exceeded[:MAX_NOTABLE],
        "not_met": [t for t in rows if t.status == "not_met"],
        "unclear": [t for t in rows if t.status == "unclear"],
    }
    inferred = counts.met_inferred(a.targets[a.targets["plan_id"] == row.plan_id])
    plain, detailed = [], []
    for status in shown:
        count = getattr(row, f"n_{status}")
        c, label = fmt.format_number(count, lang), status_label(status, lang)
        if len(shown) == 1 and row.n_targets > 1:
            if zh:
                group = f"{c}項均{label}"
            else:
                both = row.n_targets == 2
                if status == "not_met":
                    group = "neither met" if both else f"none of the {c} met"
                else:
                    group = f"both {label}" if both else f"all {c} {label}"
        else:
            group = f"{label}{c}項" if zh else f"{c} {label}"
        group += counts.qualifier(status, inferred, lang)
        targets = listed.get(status, [])
        if not targets:
            plain.append(group)
            continue
        if status == "exceeded" and count > len(targets):
            group += "，最高者" if zh else ", the highest"
        phrases = [_target_phrase(a, t, lang) for t in targets]
        detailed.append(group + ("：" + "；".join(phrases) if zh else ": " + "; ".join(phrases)))
    body = [("、" if zh else ", ").join(plain)] if plain else []
    body += detailed
    body += [o for t in rows if (o := _other_account(t, lang))]
    if zh:
        text = f"績效目標：共{n}項，整體判定：{verdict}。" + "".join(f"{b}。" for b in body)
    else:
        noun = "target" if row.n_targets == 1 else "targets"
        text = f"Targets: {n} {noun}; overall verdict: {verdict}." + "".join(
            f" {b[:1].upper()}{b[1:]}." for b in body
        )
    reviewed = [t for t in rows if t.status_source == "reviewed"]
    if reviewed:
        n_differ = sum(t.status != t.status_auto for t in reviewed)
        # the latest day this plan's targets were reviewed, where the rows say; else the file's
        days = [
            str(d) for t in reviewed if not fmt.is_missing(d := getattr(t, "reviewed_on", None))
        ]
        when = (max(days) if days else reviewed_on) if reviewed_on else None  # dates asked for
        text += _review_note(len(reviewed), len(rows), n_differ, lang, when)
    return text


def _review_note(
    n_reviewed: int, n_targets: int, n_differ: int, lang: str, reviewed_on: str | None = None
) -> str:
    """How many statuses come from the tool maintainers' review (the package's curated file,
    never an official review), and whether they differ; with the day it was last reviewed
    (``reviewed_on``) when known."""
    k = fmt.format_number(n_reviewed, lang)
    differ = fmt.format_number(n_differ, lang)
    when = pick(REVIEW_DATED, lang).format(date=reviewed_on) if reviewed_on else ""
    if lang == fmt.ZH:
        whole = "均" if n_reviewed > 1 else ""
        which = whole if n_reviewed == n_targets else f"其中{k}項"
        if n_differ == 0:
            return f"（{which}經本工具維護者之人工檢視（{when}非官方審查），與自動判定相同。）"
        return (
            f"（{which}經本工具維護者之人工檢視（{when}非官方審查）；{differ}項與自動判定不同，"
            "採人工檢視結果。）"
        )
    if n_reviewed == n_targets:
        which = (
            "the status"
            if n_reviewed == 1
            else "both statuses"
            if n_reviewed == 2
            else f"all {k} statuses"
        )
    else:
        which = f"{k} of the statuses" if n_reviewed > 1 else "1 of the statuses"
    who = f"the tool maintainers' review ({when}not an official review) covers"
    if n_differ == 0:
        return f" ({who[0].upper()}{who[1:]} {which}; it agrees with the automatic assessment.)"
    differs = "differs" if n_differ == 1 else "differ"
    return (
        f" ({who[0].upper()}{who[1:]} {which}; {differ} {differs} from the automatic "
        "assessment, and the reviewed status is used.)"
    )


def _flags(a: Assessment, row: Any, lang: str) -> str:
    """Warnings, then notes (pace of appropriation, target setting) as a sentence of their own:
    a note is never counted or worded as a warning. The pace note's figures are the schedule
    sentence's: the note names the margin it exceeds, not the gap again."""
    warnings = plan_flag_messages(a, row.plan_id, lang, "warning")
    codes = flags_of(split_flags(row.flags), "note")
    notes = [
        _pace_note(message, a.thresholds, lang)
        if code == "appropriation_behind_schedule"
        else message
        for code, message in zip(
            codes, plan_flag_messages(a, row.plan_id, lang, "note"), strict=True
        )
    ]
    if lang == fmt.ZH:
        text = "警示：" + ("；".join(warnings) or "無") + "。"
        return text + ("附註：" + "；".join(notes) + "。" if notes else "")
    text = "Warnings: " + ("; ".join(warnings) or "none") + "."
    return text + (" Notes: " + "; ".join(notes) + "." if notes else "")


def _pace_note(message: str, th: Any, lang: str) -> str:
    """The pace note without the figures the schedule sentence gives (a fact is stated once):
    the margin it exceeds, and the plan's first year where the flag's sentence says so."""
    margin = fmt.format_margin(th.appropriation_margin, lang)
    if lang == fmt.ZH:
        first = "（計畫第1年）" if message.endswith("（計畫第1年）") else ""
        return f"預算編列進度低於期程經過比率逾{margin}{first}"
    first = " (the plan's first year)" if message.endswith(" (the plan's first year)") else ""
    return f"appropriation progress more than {margin} below the share of the period elapsed{first}"


def _explanation(row: Any, lang: str) -> str:
    if not row.explanation or (row.n_not_met == 0 and not row.is_deferred):
        return ""
    quote = _quote(_shorten(row.explanation, QUOTE_LIMIT), lang)
    cited = section_citation(
        "evidence_items",
        parse_ids(row.explanation_items),
        getattr(row, "explanation_numbering", None),
        lang,
        and_last=True,
    )
    if lang == fmt.ZH:
        return f"機關說明（{cited}）：{quote}"
    return f"The agency's explanation ({cited}): {quote}"


def plan_narrative(
    a: Assessment, plan_id: str, lang: str = fmt.ZH, reviewed_on: str | None = None
) -> str:
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
        f"{_period(plan, lang, row)}）"
        if lang == fmt.ZH
        else f"**{plan_title(a, plan_id, lang)}** ({_category(row.category, lang)}; "
        f"{_period(plan, lang, row)})"
    )
    paragraphs = [
        heading,
        _money(row, year, lang, rate_bounds(a.thresholds)),
        _schedule(plan, row, year, a.thresholds, lang),
        _targets(a, row, lang, reviewed_on),
        _flags(a, row, lang),
    ]
    explanation = _explanation(row, lang)
    if explanation:
        paragraphs.append(explanation)
    paragraphs.append(
        fmt.format_source(row.source_lines, row.source_pages, lang, a.report.table_rows)
    )
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
            _amount(s.total_budget_thousand_twd, lang),
            _amount(s.appropriated_thousand_twd, lang),
            fmt.format_rate(s.appropriation_progress_rate, lang),
            _amount(s.executed_thousand_twd, lang),
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
            f"**{name_in(lang, a.report.agency, a.agency_en)}: plan execution in {year}**",
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
    equal = _equal_amounts(whole, lang)
    if equal:
        lines += ["", equal]
    by_status = {s: fmt.format_number(getattr(whole, f"n_{s}"), lang) for s in STATUSES}
    inferred = counts.met_inferred(a.targets)  # met on related work: said with the count
    n_targets = fmt.format_number(whole.n_targets, lang)
    lines.append("")
    if zh:
        summary = "、".join(
            f"{status_label(s, lang)}{c}項" + counts.qualifier(s, inferred, lang)
            for s, c in by_status.items()
        )
        lines.append(f"績效目標共{n_targets}項：{summary}。" + _target_setting(a, whole, lang))
    else:
        summary = ", ".join(
            f"{c} {status_label(s, lang)}" + counts.qualifier(s, inferred, lang)
            for s, c in by_status.items()
        )
        lines.append(f"{n_targets} targets: {summary}." + _target_setting(a, whole, lang))
    lines += ["", *_attention(a, lang)]
    pace = _pace_notes(a, whole, lang)
    if pace:
        lines += ["", pace]
    return "\n".join(lines) + "\n"


def _target_setting(a: Assessment, whole: Any, lang: str) -> str:
    """How the targets were set: the share without a number (and the plans judged on such
    targets only), and the targets with a part achieved at least k times its value."""
    zh = lang == fmt.ZH
    text = ""
    n = int(whole.n_unquantified_targets)
    if n:
        count, share = (
            fmt.format_number(n, lang),
            fmt.format_rate(whole.unquantified_target_share, lang),
        )
        only = [
            pid
            for pid, flags in zip(a.plans["plan_id"], a.plans["flags"], strict=True)
            if "targets_unquantified" in split_flags(flags)
        ]
        if zh:
            text += f"其中{count}項（{share}）未量化，判定僅依機關文字說明"
            if only:
                k = fmt.format_number(len(only), lang)
                text += f"；{k}項計畫之目標均未量化（{'、'.join(only)}）"
            text += "。"
        else:
            text += f" {count} of them ({share}) have no number and rest on the agency's words"
            if only:
                plans = "plan has" if len(only) == 1 else "plans have"
                text += f"; {len(only)} {plans} no quantified target ({', '.join(only)})"
            text += "."
    low = [
        (row.plan_id, int(i))
        for row in a.plans.itertuples()
        for i in parse_ids(row.set_low_targets)
    ]
    if low:
        k = fmt.format_multiple_threshold(a.thresholds.low_target_multiple, lang)
        count = fmt.format_number(len(low), lang)
        if zh:
            which = "、".join(f"{pid}目標{i}" for pid, i in low)
            text += (
                f"{count}項目標有組成項目之達成值達目標值{k}以上，目標值可能訂得偏低（{which}）。"
            )
        else:
            which = ", ".join(f"{pid} target {i}" for pid, i in low)
            noun = "target has" if len(low) == 1 else "targets have"
            text += (
                f" {count} {noun} a part achieved at least {k} its target value, which may have "
                f"been set too low ({which})."
            )
    return text


def _equal_amounts(whole: Any, lang: str) -> str:
    """Said once: how many plans executed exactly what was appropriated (to the thousand)."""
    n = int(whole.n_executed_equals_appropriated)
    if not n:
        return ""
    count, of = fmt.format_number(n, lang), fmt.format_number(whole.n_plans, lang)
    if lang == fmt.ZH:
        return (
            f"{of}項計畫中有{count}項的累計執行數與已編列預算數相同（至千元），"
            "其執行數可能含保留數或應付數，不必然為已支用數。"
        )
    plans = "plan shows" if n == 1 else "plans show"
    return (
        f"{count} of the {of} {plans} an executed amount equal to the appropriation to the "
        "thousand: it may include carried-over amounts (保留數) or payables (應付數), not only "
        "money spent."
    )


def _pace_notes(a: Assessment, whole: Any, lang: str) -> str:
    """The plans with a note on the pace of appropriation, counted apart from the warnings."""
    n = int(whole.n_pace_note_plans)
    if not n:
        return ""
    ids = [
        pid
        for pid, flags in zip(a.plans["plan_id"], a.plans["flags"], strict=True)
        if flags_of(split_flags(flags), "note", ("pace",))
    ]
    count = fmt.format_number(n, lang)
    if lang == fmt.ZH:
        return (
            f"預算編列進度附註（非警示）：{count}項計畫的預算編列進度低於期程經過比率逾"
            f"{fmt.format_margin(a.thresholds.appropriation_margin, lang)}，或計畫結束仍有核定經費"
            f"未編列（{'、'.join(ids)}）；各計畫之數字見附註表。"
        )
    plans = "plan" if n == 1 else "plans"
    return (
        f"Notes on the pace of appropriation (not warnings): {count} {plans} with appropriation "
        f"progress more than {fmt.format_margin(a.thresholds.appropriation_margin, lang)} below "
        "the share of the period elapsed, or ending with approved budget not appropriated "
        f"({', '.join(ids)}); the figures are in the notes table."
    )


def _attention(a: Assessment, lang: str) -> list[str]:
    """The plans with a warning, most severe first, with their warnings (not their notes)."""
    zh = lang == fmt.ZH
    attention = a.plans.dropna(subset=["attention_rank"]).sort_values("attention_rank")
    if attention.empty:
        return ["沒有計畫有警示。" if zh else "No plan has a warning."]
    n_flagged = fmt.format_number(len(attention), lang)
    plans = "plan" if len(attention) == 1 else "plans"
    lines = [
        f"需優先關注（{n_flagged}項計畫有警示，依警示嚴重度及已編列未執行數排序）："
        if zh
        else f"Plans needing attention first ({n_flagged} {plans} with warnings; by severity of "
        "the warnings, then amount appropriated but not executed):",
        "",
    ]
    for row in attention.head(MAX_ATTENTION).itertuples():
        messages = plan_flag_messages(a, row.plan_id, lang, "warning")
        if row.unexecuted_appropriation_thousand_twd:
            messages.append(
                _unexecuted(
                    row.unexecuted_appropriation_thousand_twd, lang, row.appropriated_thousand_twd
                )
            )
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
    return lines
