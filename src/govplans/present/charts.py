"""Charts for the notebooks: matplotlib, labelled in zh-TW (or English with ``lang="en"``).

Chinese labels need a CJK font. :func:`setup_fonts` looks for one among the fonts matplotlib
knows (Noto Sans CJK TC first) and makes it the default family; when none is installed it
raises :class:`MissingCJKFontError` naming the Debian package to install, so a chart never
shows tofu boxes. Every chart function calls it, and returns the :class:`~matplotlib.figure.Figure`.

Inputs are the frames of :class:`govplans.analyse.Assessment` (``plans``, ``targets``,
``portfolio``) and rows of ``Report.plans``; figures shown as text use
:mod:`govplans.present.fmt`; colours follow the decisions of :mod:`govplans.analyse.measures`
(execution band, schedule position), never a comparison of their own.
"""

from __future__ import annotations

import base64
import io
import struct
import textwrap
import warnings
from collections.abc import Mapping, Sequence
from typing import Any

import matplotlib
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator, NullFormatter, PercentFormatter

from govplans.analyse.measures import (
    Thresholds,
    appropriation_gap,
    execution_band,
    rate_bounds,
    schedule_position,
)
from govplans.model.vocab import CATEGORIES, STATUSES, flags_of, split_flags
from govplans.present.fmt import (
    amount_text,
    format_margin,
    format_multiple_threshold,
    format_period,
    format_rate,
    format_threshold,
    status_label,
)
from govplans.present.parts import part_label, part_text
from govplans.present.words import CHART_TEXT, name_in

#: CJK families that cover Traditional Chinese, best first. The Noto CJK collections hold every
#: script, so their SC/JP/KR faces also draw Traditional characters.
CJK_FAMILIES = (
    "Noto Sans CJK TC",
    "Noto Sans TC",
    "Source Han Sans TC",
    "Noto Sans CJK HK",
    "Noto Sans CJK JP",
    "Noto Sans CJK SC",
    "Noto Sans CJK KR",
    "Source Han Sans",
    "Microsoft JhengHei",
    "PingFang TC",
    "Heiti TC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "AR PL UMing TW",
    "AR PL UKai TW",
    "Noto Serif CJK TC",
)

FONT_HELP = (
    "no CJK font found for Chinese chart labels (looked for: {families}); install one "
    "(Debian/Ubuntu: apt-get install fonts-noto-cjk; `make` set-up does this when run as root), "
    "then delete matplotlib's font cache ({cache}/fontlist-*.json) and restart the kernel"
)


class MissingCJKFontError(RuntimeError):
    """No font able to draw Chinese is installed; the message says what to install."""


#: Colours: one per execution band and one per target status (colour-blind safe-ish, print ok).
BAND_COLORS = {
    "ok": "#3b8a5a",
    "warn": "#e0a526",
    "low": "#e07030",
    "critical": "#b8322a",
}
STATUS_COLORS = {
    "exceeded": "#1f6b45",
    "met": "#6cbf84",
    "not_met": "#c0392b",
    "unclear": "#a0a0a0",
}
STATUS_ORDER = STATUSES
#: A plan with a note on the pace of appropriation: amber, a note rather than a warning.
PACE_NOTE_COLOR = "#d9963a"
BEHIND_NOTE = "appropriation_behind_schedule"
ENDED_NOTE = "ends_with_unappropriated_budget"
#: The bar's colour for each pace note (a plan ended with budget not appropriated: its own).
PACE_NOTE_COLORS = {BEHIND_NOTE: PACE_NOTE_COLOR, ENDED_NOTE: "#8a5fb0"}


def text(key: str, lang: str = "zh-TW", **values: Any) -> str:
    """A chart text in ``lang`` (``zh-TW`` or ``en``), formatted with ``values``."""
    zh, en = CHART_TEXT[key]
    return (en if lang == "en" else zh).format(**values)


def find_cjk_font() -> str | None:
    """The first installed CJK font family matplotlib can use, or ``None``."""
    installed = {entry.name for entry in font_manager.fontManager.ttflist}
    for family in CJK_FAMILIES:
        if family in installed:
            return family
    # Any other family whose name says it is CJK or Traditional Chinese.
    for name in sorted(installed):
        if any(tag in name for tag in ("CJK", " TC", "Hei", "Ming", "Kai")):
            return name
    return None


def setup_fonts(lang: str = "zh-TW") -> str | None:
    """Make a CJK font the default family and return its name.

    Raises :class:`MissingCJKFontError` when none is installed and the charts need Chinese
    (``lang="zh-TW"``); with ``lang="en"`` it only warns (plan names may still be Chinese).
    """
    family = find_cjk_font()
    if family is None:
        plain_text()
        message = FONT_HELP.format(
            families=", ".join(CJK_FAMILIES[:3]), cache=matplotlib.get_cachedir()
        )
        if lang != "en":
            raise MissingCJKFontError(message)
        warnings.warn(message, stacklevel=2)
        return None
    current = plt.rcParams["font.family"]
    if not current or current[0] != family:
        plt.rcParams["font.family"] = [family, "DejaVu Sans"]
    # The ASCII hyphen: CJK fonts lack U+2212, which matplotlib uses for minus signs by default.
    plt.rcParams["axes.unicode_minus"] = False
    plain_text()
    return family


def plain_text() -> None:
    """Every chart text is drawn as written: matplotlib's mathtext off, so a ``$`` in a plan
    name (report text) is a dollar sign, never a formula that fails to parse. The one switch,
    called by :func:`setup_fonts` (which every chart calls first)."""
    plt.rcParams["text.parse_math"] = False


def plan_label(plan_id: str, name: str, lang: str = "zh-TW", width: int = 18) -> str:
    """A short axis label: the plan id and the start of the name (zh-TW) or the id (en)."""
    if lang == "en" or not name:
        return str(plan_id)
    short = name if len(name) <= width else name[: width - 1] + "…"
    return f"{plan_id} {short}"


def _wrap(text: str, width: int = 30, lines: int = 2) -> str:
    """An English label on up to ``lines`` lines, broken between words, never mid-word; what
    does not fit ends with an ellipsis after a whole word."""
    wrapped = textwrap.wrap(text, width) or [""]
    if len(wrapped) > lines:
        wrapped = [
            *wrapped[: lines - 1],
            textwrap.shorten(" ".join(wrapped[lines - 1 :]), width, placeholder=" …"),
        ]
    return "\n".join(wrapped)


def _labels(plans: pd.DataFrame, lang: str) -> list[str]:
    if lang == "en" and "name_en" in plans:
        return [
            _wrap(f"{r.plan_id} {name_in(lang, r.name, r.name_en)}") for r in plans.itertuples()
        ]
    return [plan_label(r.plan_id, str(r.name), lang) for r in plans.itertuples()]


def _shorten(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def _height(n_rows: int) -> float:
    return max(2.6, 0.42 * n_rows + 1.4)


#: The most rows (plans, target parts) one chart draws. Past it a chart draws the rows an
#: analyst looks at first, in the table's order, and says so above it; every row stays in the
#: page's tables. A figure of 1,000 bars is neither readable nor quick to draw.
CHART_ROWS = 30
#: The most target parts the achieved ÷ target chart draws (a dot each, in a smaller font).
CHART_PARTS = 60


def first_rows(frame: pd.DataFrame, ranked: pd.Index, limit: int = CHART_ROWS) -> pd.DataFrame:
    """The rows a chart draws: all of ``frame`` up to ``limit`` rows; else the first ``limit``
    labels of ``ranked`` (``frame``'s index, unique, most important first), kept in
    ``frame``'s order."""
    if len(frame) <= limit:
        return frame
    return frame[frame.index.isin(ranked[:limit])]


def by_value(values: pd.Series, ascending: bool = True) -> pd.Index:
    """``values``' index ranked by value (stable: ties keep the table's order; missing last)."""
    return (
        pd.to_numeric(values, errors="coerce")
        .sort_values(ascending=ascending, kind="stable", na_position="last")
        .index
    )


def _note_selection(fig: Figure, shown: int, total: int, key: str, lang: str) -> None:
    """A line above a chart that draws ``shown`` of ``total`` rows, saying which."""
    if shown < total:
        fig.suptitle(
            text(key, lang, shown=shown, total=total),
            x=0.01,
            ha="left",
            fontsize=10,
            color="#444444",
        )


def execution_rate_chart(
    plans: pd.DataFrame, thresholds: Thresholds, lang: str = "zh-TW"
) -> Figure:
    """Execution rate per plan, as bars coloured by threshold band, thresholds drawn as lines;
    past :data:`CHART_ROWS` plans, the lowest rates."""
    setup_fonts(lang)
    total = len(plans)
    plans = plans.reset_index(drop=True)  # one label per row, for the selection
    plans = first_rows(plans, by_value(plans["execution_rate"]))
    rates = plans["execution_rate"].astype(float)
    fig, ax = plt.subplots(figsize=(9, _height(len(plans))), layout="constrained")
    y = range(len(plans))
    colors = [BAND_COLORS[execution_band(rate, thresholds)] for rate in rates]
    ax.barh(list(y), rates.fillna(0), color=colors)
    for i, rate in enumerate(rates):
        if not pd.isna(rate):
            label = format_rate(rate, lang, bounds=rate_bounds(thresholds))
            ax.text(rate + 0.01, i, label, va="center", fontsize=9)
    limits = rate_bounds(thresholds)
    handles = []
    for value, band in zip(limits, ("warn", "low", "critical"), strict=True):
        ax.axvline(value, color=BAND_COLORS[band], linestyle="--", linewidth=1)
        handles.append(
            plt.Line2D(
                [],
                [],
                color=BAND_COLORS[band],
                linestyle="--",
                label=f"{text('threshold', lang)} {format_threshold(value, lang)}",
            )
        )
    ax.legend(handles=handles, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, frameon=False)
    ax.set_yticks(list(y), _labels(plans, lang))
    ax.invert_yaxis()
    ax.set_xlim(0, max(1.12, float(rates.max(skipna=True) or 0) + 0.1))
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_xlabel(text("execution_rate", lang))
    ax.set_title(text("execution_title", lang), loc="left", pad=24)
    ax.spines[["top", "right"]].set_visible(False)
    _note_selection(fig, len(plans), total, "execution_lowest", lang)
    return fig


LABEL_ROOM = 0.12  # axis share a percentage label needs between a bar's end and the next mark


def appropriation_schedule_chart(
    plans: pd.DataFrame, thresholds: Thresholds, lang: str = "zh-TW"
) -> Figure:
    """Appropriation progress per plan (bars) against the share of its period elapsed (marks);
    past :data:`CHART_ROWS` plans, those furthest behind their period."""
    setup_fonts(lang)
    total = len(plans)
    plans = plans.reset_index(drop=True)  # one label per row, for the selection
    gap = appropriation_gap(plans["schedule_elapsed_rate"], plans["appropriation_progress_rate"])
    plans = first_rows(plans, by_value(gap, ascending=False))
    progress = plans["appropriation_progress_rate"].astype(float)
    elapsed = plans["schedule_elapsed_rate"].astype(float)
    notes = _pace_notes(plans, elapsed, progress, thresholds)
    fig, ax = plt.subplots(figsize=(9, _height(len(plans)) + 0.4), layout="constrained")
    y = list(range(len(plans)))
    colors = [PACE_NOTE_COLORS.get(note, "#5b8db8") for note in notes]
    ax.barh(y, progress.fillna(0), color=colors, height=0.6)
    ax.scatter(elapsed, y, marker="|", s=400, linewidths=2.5, color="black", zorder=3)
    for i, (p, e) in enumerate(zip(progress, elapsed, strict=True)):
        if not pd.isna(p):
            # The label is the bar's value: beside the bar when it fits before the schedule mark
            # (beyond the mark it read as the mark's value), else past the mark.
            room = not pd.isna(e) and e - p > LABEL_ROOM
            x = p + 0.01 if room else max(p, e if not pd.isna(e) else 0) + 0.02
            ax.text(x, i, format_rate(p, lang), va="center")
    ax.set_yticks(y, _labels(plans, lang))
    ax.invert_yaxis()
    ax.set_xlim(0, 1.15)
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    handles = [
        plt.Rectangle((0, 0), 1, 1, color="#5b8db8", label=text("appropriation_progress", lang)),
        plt.Rectangle(
            (0, 0),
            1,
            1,
            color=PACE_NOTE_COLOR,
            label=text("behind", lang, margin=format_margin(thresholds.appropriation_margin, lang)),
        ),
        # a plan that ended with budget not appropriated has that note, not the pace one: its
        # own colour and words, shown when a plan drawn has it
        *(
            [
                plt.Rectangle(
                    (0, 0),
                    1,
                    1,
                    color=PACE_NOTE_COLORS[ENDED_NOTE],
                    label=text("ends_unappropriated", lang),
                )
            ]
            if ENDED_NOTE in notes
            else []
        ),
        plt.Line2D([], [], color="black", marker="|", linestyle="", markersize=14, mew=2.5),
    ]
    handles[-1].set_label(text("schedule_elapsed", lang))
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.0, 1.0), ncol=1, frameon=False)
    # the title above the legend: room for each of its lines (three, or four with the ended note)
    ax.set_title(text("appropriation_title", lang), loc="left", pad=20 + 14 * len(handles))
    ax.spines[["top", "right"]].set_visible(False)
    _note_selection(fig, len(plans), total, "appropriation_behind_most", lang)
    return fig


def _pace_notes(
    plans: pd.DataFrame, elapsed: pd.Series, progress: pd.Series, thresholds: Thresholds
) -> list[str]:
    """Each plan's note on the pace of appropriation as the engine decided it (its ``flags``:
    ``appropriation_behind_schedule`` or ``ends_with_unappropriated_budget``, never both), or
    ``""``; a frame without flags (plans not assessed) by :func:`schedule_position`, the rule
    the flag is made with."""
    if "flags" not in plans.columns:
        return [
            BEHIND_NOTE if schedule_position(e, p, thresholds) == "behind" else ""
            for e, p in zip(elapsed, progress, strict=True)
        ]
    found = []
    for codes in plans["flags"]:
        pace = flags_of(split_flags(codes), "note", ("pace",))
        found.append(pace[0] if pace else "")
    return found


def _scope_label(scope: str, lang: str) -> str:
    if scope == "all":
        return text("all", lang)
    if lang == "en":
        return CATEGORIES.get(scope, scope)
    return scope


def portfolio_totals_chart(portfolio: pd.DataFrame, lang: str = "zh-TW") -> Figure:
    """Total, appropriated and executed amounts for all plans and each category.

    The axis is in 億元 (zh-TW) or NT$ billion (en): the unit the bar labels use, so the scale
    and the labels read alike (an English axis in "NT$100 million" beside labels in billions
    made 54.75 on the axis and NT$5.48 billion on the bar the same thing).
    """
    setup_fonts(lang)
    per_unit = 100_000 if lang != "en" else 1_000_000  # thousand TWD per 億元 / per billion
    columns = ("total_budget_thousand_twd", "appropriated_thousand_twd", "executed_thousand_twd")
    keys = ("total", "appropriated", "executed")
    colors = ("#c9d6e3", "#5b8db8", "#1f4e79")
    fig, ax = plt.subplots(figsize=(9, 1.8 + 0.75 * len(portfolio)), layout="constrained")
    n = len(portfolio)
    step = 0.26
    for k, (column, key, color) in enumerate(zip(columns, keys, colors, strict=True)):
        values = portfolio[column].astype(float) / per_unit
        ys = [i + (k - 1) * step for i in range(n)]
        ax.barh(ys, values, height=step * 0.95, color=color, label=text(key, lang))
        for yy, amount in zip(ys, portfolio[column], strict=True):
            ax.text(
                float(amount) / per_unit,
                yy,
                " " + amount_text(amount, lang),
                va="center",
                fontsize=8,
            )
    ax.set_yticks(range(n), [_scope_label(s, lang) for s in portfolio["scope"]])
    ax.invert_yaxis()
    ax.set_xlabel(text("hundred_million", lang))
    ax.margins(x=0.22)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, frameon=False)
    ax.set_title(text("portfolio_title", lang), loc="left", pad=24)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def plan_profile_chart(
    plan: pd.Series,
    fiscal_year: int,
    lang: str = "zh-TW",
    assessed: Mapping[str, Any] | None = None,
) -> Figure:
    """One plan: its three amounts (left) and its period against the fiscal year (right).

    ``plan`` is a row of ``Report.plans``; ``fiscal_year`` is the ROC year (e.g. 114).
    ``assessed`` (the plan's row of ``plan_assessment``) adds the revised period the report
    states, as a second, hatched bar under the printed one.
    """
    setup_fonts(lang)
    fig, (money, period) = plt.subplots(
        1, 2, figsize=(11, 2.9), layout="constrained", width_ratios=(1.25, 1)
    )
    keys = ("total", "appropriated", "executed")
    amounts = [
        float(plan["total_budget_thousand_twd"]),
        float(plan["appropriated_thousand_twd"]),
        float(plan["executed_thousand_twd"]),
    ]
    colors = ("#c9d6e3", "#5b8db8", "#1f4e79")
    money.barh(range(3), amounts, color=colors)
    for i, amount in enumerate(amounts):
        money.text(amount, i, " " + amount_text(amount, lang), va="center", fontsize=9)
    money.set_yticks(range(3), [text(k, lang) for k in keys])
    money.invert_yaxis()
    money.set_xticks([])
    money.margins(x=0.35)
    money.set_title(text("money_title", lang), loc="left")
    money.spines[["top", "right", "bottom"]].set_visible(False)

    year = fiscal_year + 1911
    fy_start, fy_end = pd.Timestamp(year, 1, 1), pd.Timestamp(year, 12, 31)
    start, end = pd.Timestamp(plan["start_date"]), pd.Timestamp(plan["end_date"])
    period.axvspan(fy_start, fy_end, color="#f3d9a4", zorder=0)
    revised = _revised_span(plan, assessed)
    if pd.isna(start) or pd.isna(end):  # 計畫期程 not read: no printed bar (a finding says so)
        start, end = revised if revised is not None else (fy_start, fy_end)
    else:
        period.barh(0, end - start, left=start, height=0.4, color="#5b8db8")
        _span_text(period, 0, start, end, lang)  # the period in words: seen, and in the alt text
    rows = [text("plan_period", lang)]
    if revised is not None:
        period.barh(
            -0.55,
            revised[1] - revised[0],
            left=revised[0],
            height=0.4,
            color="white",
            edgecolor="#5b8db8",
            hatch="///",
        )
        _span_text(period, -0.55, revised[0], revised[1], lang)
        rows.append(text("revised_period", lang))
        start, end = min(start, revised[0]), max(end, revised[1])
    # the fiscal year's band label, above the rows (and more than half a row from the period
    # row, so the alt text does not read it as that row's value)
    period.text(
        fy_start + (fy_end - fy_start) / 2,
        0.56,
        text("fiscal_year", lang, year=fiscal_year if lang != "en" else year),
        ha="center",
        va="center",
        fontsize=9,
    )
    period.set_yticks([0, -0.55][: len(rows)], rows)
    period.set_ylim(-0.6 if revised is None else -1.05, 0.7)
    lo = min(start, fy_start) - pd.Timedelta(days=120)
    hi = max(end, fy_end) + pd.Timedelta(days=120)
    period.set_xlim(lo, hi)
    # Year boundaries as ticks, each year's name in its middle (a label on the boundary made the
    # 114年度 band look like "2025 to 2026"); zh-TW names ROC years, as the report does.
    period.xaxis.set_major_locator(mdates.YearLocator())
    period.xaxis.set_major_formatter(NullFormatter())
    period.xaxis.set_minor_locator(mdates.MonthLocator(bymonth=7, bymonthday=1))
    period.xaxis.set_minor_formatter(FuncFormatter(lambda x, _: _year_name(x, lang)))
    period.tick_params(axis="x", which="minor", length=0)
    period.set_title(text("period_title", lang), loc="left")
    period.spines[["top", "right", "left"]].set_visible(False)
    return fig


def _span_text(ax: Any, y: float, start: pd.Timestamp, end: pd.Timestamp, lang: str) -> None:
    """A period's months in words on its bar (``112年1月至115年12月`` / ``2023-01 to 2026-12``)."""
    label = format_period(start.year - 1911, start.month, end.year - 1911, end.month, lang)
    ax.text(
        start + (end - start) / 2,
        y,
        label,
        ha="center",
        va="center",
        fontsize=8,
        bbox={"facecolor": "white", "alpha": 0.85, "edgecolor": "none", "pad": 1},
    )


def _revised_span(
    plan: pd.Series, assessed: Mapping[str, Any] | None
) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The revised period's first and last day (its start: the printed one where the report
    states only the end), or None."""
    if assessed is None or pd.isna(assessed.get("revised_end_roc_year")):
        return None
    if pd.isna(assessed.get("revised_start_roc_year")):
        start = pd.Timestamp(plan["start_date"])
        if pd.isna(start):  # only the end revised, and the printed start not read
            return None
    else:
        start = pd.Timestamp(
            int(assessed["revised_start_roc_year"]) + 1911, int(assessed["revised_start_month"]), 1
        )
    end_month = pd.Timestamp(
        int(assessed["revised_end_roc_year"]) + 1911, int(assessed["revised_end_month"]), 1
    )
    return start, end_month + pd.offsets.MonthEnd(0)


def _year_name(x: float, lang: str) -> str:
    """A year tick label: ``113年`` (zh-TW, ROC) or ``2024`` (en)."""
    year = mdates.num2date(x).year
    return str(year) if lang == "en" else f"{year - 1911}年"


def status_counts_chart(targets: pd.DataFrame, plans: pd.DataFrame, lang: str = "zh-TW") -> Figure:
    """Number of targets per status, stacked, one bar per plan (report order); past
    :data:`CHART_ROWS` plans, those with the most targets not met, then unclear."""
    setup_fonts(lang)
    counts = (
        targets.groupby(["plan_id", "status"]).size().unstack(fill_value=0)
        if len(targets)
        else pd.DataFrame()
    )
    counts = counts.reindex(index=plans["plan_id"], columns=STATUS_ORDER, fill_value=0)
    total = len(plans)
    ranked = counts.reset_index(drop=True).sort_values(
        ["not_met", "unclear"], ascending=False, kind="stable"
    )
    plans = first_rows(plans.reset_index(drop=True), ranked.index)
    counts = counts.reindex(index=plans["plan_id"])
    fig, ax = plt.subplots(figsize=(9, _height(len(plans)) + 0.4), layout="constrained")
    left = pd.Series(0, index=counts.index)
    y = list(range(len(counts)))
    for status in STATUS_ORDER:
        values = counts[status]
        ax.barh(
            y,
            values,
            left=left,
            color=STATUS_COLORS[status],
            label=status_label(status, lang, legend=True),
        )
        for i, (v, x0) in enumerate(zip(values, left, strict=True)):
            if v:
                ax.text(
                    x0 + v / 2,
                    i,
                    str(int(v)),
                    ha="center",
                    va="center",
                    fontsize=8,
                    color="white" if status in ("exceeded", "not_met") else "black",
                )
        left = left + values
    ax.set_yticks(y, _labels(plans, lang))
    ax.invert_yaxis()
    ax.set_xlabel(text("n_targets", lang))
    # matplotlib's default locator (AutoLocator's settings), with whole numbers only
    ax.xaxis.set_major_locator(MaxNLocator(nbins="auto", steps=[1, 2, 2.5, 5, 10], integer=True))
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=4, frameon=False)
    ax.set_title(text("status_title", lang), loc="left", pad=24)
    ax.spines[["top", "right"]].set_visible(False)
    _note_selection(fig, len(plans), total, "status_most_open", lang)
    return fig


def achieved_ratio_chart(
    components: pd.DataFrame,
    lang: str = "zh-TW",
    cap: float | None = None,
    thresholds: Thresholds | None = None,
) -> Figure:
    """Achieved ÷ target for every quantified part (a row of ``target_components`` with a
    target value), one row each, labelled with its plan, target, part and phrase
    (``114-02 目標1-2 教育訓練2場次``), coloured by the part's status.

    A part whose achieved value the report does not give is still drawn, as a hollow mark at
    zero (「未列數值」), so a compound target shows every part. Ratios above ``cap`` (default:
    the low-target multiple plus one) are drawn at the cap as a right-pointing triangle with
    their value written beside them. The low-target multiple of ``thresholds`` is drawn as a
    dashed line: parts at or beyond it may have had their target set too low.

    Past :data:`CHART_PARTS` rows, the lowest half (no figure counted lowest) and the highest
    half by achieved ÷ target: the shortfalls and the targets possibly set low.

    A ``targets`` frame (no ``component_index``) is drawn one row per target, as before.
    """
    rows, total, by_part = _ratio_rows(components)
    return _draw_ratio(rows, total, by_part, lang, cap, thresholds)


def _ratio_rows(components: pd.DataFrame) -> tuple[pd.DataFrame, int, bool]:
    """The rows the achieved ÷ target chart draws (at most :data:`CHART_PARTS`, see
    :func:`achieved_ratio_chart`), in the table's order; how many there were; whether they are
    target parts."""
    by_part = "component_index" in components.columns
    if by_part:
        counts = components.groupby(["plan_id", "target_index"])["component_index"].transform(
            "size"
        )
        rows = components.assign(n_parts=counts)
        rows = rows[rows["target_value"].notna()].reset_index(drop=True)
    else:
        rows = components[components["achieved_ratio"].notna()].reset_index(drop=True)
    total = len(rows)
    rows = first_rows(rows, _extremes(rows["achieved_ratio"]), CHART_PARTS).reset_index(drop=True)
    return rows, total, by_part


#: The most rows one achieved ÷ target chart draws when the rows are split over several
#: (:func:`achieved_ratio_charts`): at this many a chart prints on an A4 landscape page, below
#: its heading, with its labels at about their size on screen (8 pt), and is wider than tall.
RATIO_ROWS_PER_CHART = 12


def chart_groups(plan_ids: Sequence[str], limit: int = RATIO_ROWS_PER_CHART) -> list[range]:
    """Consecutive rows split into groups of at most ``limit``, a plan's rows kept together
    where they fit in one group (a plan with more rows than ``limit`` fills groups of its
    own)."""
    groups: list[range] = []
    start = 0
    n = len(plan_ids)
    i = 0
    while i < n:
        j = i
        while j < n and plan_ids[j] == plan_ids[i]:
            j += 1  # rows i..j-1: one plan's
        if j - start > limit and i > start:  # the plan does not fit beside the rows before
            groups.append(range(start, i))
            start = i
        while j - start > limit:  # a plan longer than a chart: full charts of it
            groups.append(range(start, start + limit))
            start += limit
        i = j
    if start < n:
        groups.append(range(start, n))
    return groups


def achieved_ratio_charts(
    components: pd.DataFrame,
    lang: str = "zh-TW",
    cap: float | None = None,
    thresholds: Thresholds | None = None,
    limit: int = RATIO_ROWS_PER_CHART,
) -> list[Figure]:
    """The rows of :func:`achieved_ratio_chart` as several charts of at most ``limit`` rows
    each (a plan's parts together where they fit, :func:`chart_groups`), each on a printed page
    of its own, with its legend, the same scale and a title saying which of the charts it is
    (「第1張，共5張」) and which rows it draws; one chart when the rows fit in one."""
    rows, total, by_part = _ratio_rows(components)
    groups = chart_groups(list(rows["plan_id"].astype(str)), limit) if len(rows) else [range(0)]
    if len(groups) == 1:
        return [_draw_ratio(rows, total, by_part, lang, cap, thresholds)]
    return [
        _draw_ratio(
            rows.iloc[list(group)].reset_index(drop=True),
            total,
            by_part,
            lang,
            cap,
            thresholds,
            part=(k + 1, len(groups), len(rows), group.start + 1, group.stop),
        )
        for k, group in enumerate(groups)
    ]


def _draw_ratio(
    rows: pd.DataFrame,
    total: int,
    by_part: bool,
    lang: str,
    cap: float | None,
    thresholds: Thresholds | None,
    part: tuple[int, int, int, int, int] | None = None,
) -> Figure:
    """One achieved ÷ target chart of ``rows`` (``total``: the rows there were before the
    selection); ``part``: (this chart's number, the number of charts, the rows drawn by all,
    its first and last row) when the rows are split over several charts."""
    setup_fonts(lang)
    th = thresholds if thresholds is not None else Thresholds()
    cap = cap if cap is not None else max(3.0, th.low_target_multiple + 1)
    height = _height(len(rows)) if part is None else max(2.6, 0.34 * len(rows) + 1.6)
    fig, ax = plt.subplots(figsize=(9, height if len(rows) else 2.4), layout="constrained")
    if rows.empty:
        ax.text(0.5, 0.5, text("no_ratio", lang), ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    ratios = rows["achieved_ratio"].astype(float)
    shown = ratios.clip(upper=cap)
    y = list(range(len(rows)))
    colors = [STATUS_COLORS.get(s, "#a0a0a0") for s in rows["status"]]
    ax.hlines(y, 0, shown.fillna(0), color="#d0d0d0", linewidth=1)
    capped = (ratios > cap).to_list()
    missing = ratios.isna().to_list()
    for kind, marker, size in (("dot", "o", 45), ("capped", ">", 70), ("missing", "o", 45)):
        keep = [
            i
            for i in y
            if (missing[i] and kind == "missing")
            or (not missing[i] and capped[i] and kind == "capped")
            or (not missing[i] and not capped[i] and kind == "dot")
        ]
        if not keep:
            continue
        hollow = kind == "missing"
        ax.scatter(
            [0.0 if hollow else shown[i] for i in keep],
            [y[i] for i in keep],
            facecolors="white" if hollow else [colors[i] for i in keep],
            edgecolors=[colors[i] for i in keep],
            linewidths=1.5,
            s=size,
            marker=marker,
            zorder=3,
        )
    for i, (ratio, drawn) in enumerate(zip(ratios, shown, strict=True)):
        label = text("no_figure", lang) if pd.isna(ratio) else format_rate(ratio, lang)
        ax.text(0.04 if pd.isna(drawn) else drawn + 0.04, i, label, va="center", fontsize=8)
    ax.axvline(1.0, color="black", linewidth=1)
    k = th.low_target_multiple
    if k <= cap:
        ax.axvline(k, color="#8a5a00", linewidth=1, linestyle="--")
    ax.set_yticks(y, _ratio_labels(rows, lang, by_part), fontsize=8)
    ax.set_ylim(len(rows) - 0.4, -0.6)  # top to bottom, without matplotlib's 5 % margins
    ax.set_xlim(0, cap + 0.35)
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_xlabel(text("ratio", lang))
    handles = [
        plt.Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            color=STATUS_COLORS[s],
            label=status_label(s, lang, legend=True),
        )
        for s in STATUS_ORDER
    ]
    if any(missing):
        handles.append(
            plt.Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markerfacecolor="white",
                markeredgecolor="#555555",
                label=text("no_figure_legend", lang),
            )
        )
    if any(capped):
        handles.append(
            plt.Line2D(
                [],
                [],
                marker=">",
                linestyle="",
                color="#555555",
                label=text("off_scale", lang, cap=format_threshold(cap, lang)),
            )
        )
    if k <= cap:
        handles.append(
            plt.Line2D(
                [],
                [],
                color="#8a5a00",
                linestyle="--",
                label=text("set_low_line", lang, k=format_multiple_threshold(k, lang)),
            )
        )
    ax.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(0.0, 1.0),
        ncol=4,
        frameon=False,
        fontsize=8,
    )
    n_drawn = len(rows) if part is None else part[2]
    key = "ratio_title_some" if n_drawn < total else "ratio_title"
    title = text(key if by_part else "ratio_title_targets", lang)
    if part is not None:
        number, count, _, first, last = part
        title += text("chart_of", lang, number=number, count=count, first=first, last=last)
    ax.set_title(title, loc="left", pad=40)
    ax.spines[["top", "right"]].set_visible(False)
    _note_selection(fig, n_drawn, total, "ratio_extremes", lang)
    return fig


def _extremes(ratios: pd.Series, limit: int = CHART_PARTS) -> pd.Index:
    """Ratios ranked for a chart: the lowest half of ``limit`` (no figure lowest of all), then
    the highest."""
    values = pd.to_numeric(ratios, errors="coerce")
    low = by_value(values.fillna(-1.0))[: limit // 2]
    high = by_value(values, ascending=False).difference(low, sort=False)
    return low.append(high)


def _ratio_labels(rows: pd.DataFrame, lang: str, by_part: bool) -> list[str]:
    """A row's label: the part's plan, target, number and own phrase (shortened); or, for a
    targets frame, the plan and target."""
    if not by_part:
        return [
            f"{r.plan_id} {text('target', lang)} {int(r.target_index)}"
            if lang == "en"
            else f"{r.plan_id} 目標{int(r.target_index)}"
            for r in rows.itertuples()
        ]
    return [
        part_label(r.plan_id, r.target_index, r.component_index, r.n_parts, lang)
        + " "
        + _shorten(part_text(r), 16)
        for r in rows.itertuples()
    ]


# ---------------------------------------------------------------- alt text and display


def _axes_lines(ax: Any) -> list[str]:
    """What one axes draws, in words: its title, its axis labels, each row label with the value
    labels drawn on its row, and its legend."""
    lines = [t for t in (ax.get_title(loc="left"), ax.get_title()) if t]
    for label in (ax.get_xlabel(), ax.get_ylabel()):
        if label:
            lines.append(label)
    ticks = [(float(t.get_position()[1]), t.get_text()) for t in ax.get_yticklabels()]
    ticks = [(y, label) for y, label in ticks if label]
    texts = [(float(t.get_position()[1]), t.get_text().strip()) for t in ax.texts]
    used: set[int] = set()
    for y, label in ticks:
        on_row = [k for k, (ty, _) in enumerate(texts) if abs(ty - y) < 0.5 and k not in used]
        used.update(on_row)
        values = [texts[k][1] for k in on_row]
        row = label.replace("\n", " ")
        lines.append(f"{row}: {', '.join(v for v in values if v)}" if values else row)
    lines += [value for k, (_, value) in enumerate(texts) if k not in used and value]
    legend = ax.get_legend()
    if legend is not None:
        lines += [t.get_text() for t in legend.get_texts() if t.get_text()]
    return lines


def alt_text(fig: Figure) -> str:
    """A chart's description for readers who cannot see it, read from what it draws: the line
    above it, then per panel the title, axis labels, each row with its values, and the legend.
    Plain text (the page escapes it)."""
    lines = []
    above = fig.get_suptitle()
    if above:
        lines.append(above)
    for ax in fig.axes:
        lines += _axes_lines(ax)
    return "; ".join(line.replace("\n", " ") for line in lines)


#: A chart this many times taller than wide is printed over pages (:attr:`Chart.tall`).
TALL_CHART = 1.5


class Chart:
    """A drawn chart for a notebook: its PNG with :func:`alt_text` as the image's description
    (the page template writes it into ``alt``). :func:`show` makes one and closes the figure,
    so it is shown once."""

    def __init__(self, png: bytes, alt: str) -> None:
        self.png = png
        self.alt = alt

    def _repr_mimebundle_(
        self, include: Any = None, exclude: Any = None
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        data = {"image/png": base64.b64encode(self.png).decode("ascii"), "text/plain": self.alt}
        meta: dict[str, Any] = {"alt": self.alt}
        if self.tall:
            meta["tall"] = True
        return data, {"image/png": meta}

    @property
    def tall(self) -> bool:
        """Much taller than wide (one bar per target part): printed at a readable width over
        pages rather than shrunk to fit one (the page template reads it)."""
        width, height = struct.unpack(">II", self.png[16:24])  # the PNG header's IHDR size
        return height > TALL_CHART * width


def show(fig: Figure) -> Chart:
    """``fig`` as a :class:`Chart` to display, described by :func:`alt_text`; the figure is
    closed (matplotlib's inline display would show it a second time, without a description)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    alt = alt_text(fig)
    plt.close(fig)
    return Chart(buffer.getvalue(), alt)
