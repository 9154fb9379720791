"""What the notebooks show, and the runner's index page, as escaped HTML or Markdown.

Report text (plan names, items, the agency's words) is untrusted: it comes from a file anyone can
edit. Everything here escapes it before it reaches HTML (``html.escape``) or Markdown
(HTML-escaped, then Markdown punctuation backslash-escaped, because nbconvert renders Markdown
with raw HTML and every link protocol allowed). Notebooks display the returned :class:`Html` and
:class:`Markdown` objects (IPython picks up their ``_repr_html_`` / ``_repr_markdown_``), so this
module needs neither IPython nor a kernel, and the runner imports it cheaply.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

import pandas as pd

from govplans.analyse.assessment import Assessment
from govplans.analyse.measures import Thresholds, execution_band, execution_limit, rate_bounds
from govplans.model import schema
from govplans.model.provenance import parse_ids
from govplans.model.report import Report
from govplans.model.values import is_missing
from govplans.model.vocab import (
    CATEGORIES,
    EXECUTION_CODES,
    SECTIONS,
    STATUSES,
    flags_of,
    split_flags,
)
from govplans.present import counts, fmt
from govplans.present import narrative as narrative_text
from govplans.present.flags import findings_in_words, flags_with_messages, plan_flag_messages
from govplans.present.fmt import ZH
from govplans.present.parts import (
    NUMBERING_COLUMNS,
    SECTION_COLUMNS,
    achieved_word,
    decided_words,
    evidence_citation,
    numbering_of,
    other_column,
    part_text,
    section_citation,
    target_each,
)
from govplans.present.words import (
    ALIGNMENT_TEXT,
    CAVEAT,
    CONSTRUCTED_BANNER,
    DISPLAY_COLUMNS,
    EACH_VALUE,
    IN_SAMPLE_AGREEMENT,
    INDEX_HEADERS,
    LEAD_SENTENCE,
    NAV_TEXT,
    PAGE_TEXT,
    PART_TEXT,
    RATE_FLAG_TEXT,
    REVIEW_FILE_DATED,
    SHORT_HEADERS,
    STATUS_LABELS,
    STATUS_REASON_TEXT,
    STATUS_SOURCE_TEXT,
    TARGET_TYPE_TEXT,
    name_in,
    name_with_original,
    original,
    pick,
    report_title_in,
    unclear_reason_words,
    unit_in,
)

#: The page words, under the name the notebooks use (``render.word``).
TEXT = PAGE_TEXT

#: Where a column's header comes from: the schema registry (:mod:`govplans.model.schema`) owns every
#: column's label. A column is looked up in these tables, first match wins (the assessment's
#: tables first: they are what the notebooks show). ``table(..., schema_table=…)`` picks one.
SCHEMA_TABLES = (
    "plan_assessment",
    "targets",
    "plan_flags",
    "portfolio",
    "plans",
    "target_components",
    "items",
    "findings",
)

#: Inline styles (JupyterLab's stylesheet right-aligns table cells, which suits figures only).
_WIDE_STYLE = "text-align:left;min-width:12em;max-width:40em"
_HEAD_STYLE = "text-align:right;white-space:nowrap"  # short headers (計畫代碼, 目標) stay whole
_NARROW_STYLE = "white-space:nowrap"
_FIGURE_STYLE = "white-space:nowrap;text-align:right"
_STATUS_STYLE = "text-align:left;min-width:5em"
_WHOLE_STYLE = "white-space:nowrap;text-align:left"  # a code kept on one line in print too
#: Short words (an agency, a link's status): wrap between words only, never inside one (the
#: print stylesheet's overflow-wrap:anywhere would cut 「無前一年度報告」 to a character a line).
_LABEL_STYLE = "text-align:left;min-width:5em;overflow-wrap:normal;word-break:keep-all"
_TEXT_STYLE = "text-align:left;min-width:8em;max-width:24em"
#: Markdown's punctuation, backslash-escaped in report text: emphasis, code, links, headings,
#: lists, tables, ``$`` (math) and ``:`` (a bare ``http://`` would be autolinked).
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$:=^])")


@dataclass(frozen=True)
class Html:
    """An HTML fragment for IPython's display (already escaped where it holds report text)."""

    html: str

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html


@dataclass(frozen=True)
class Markdown:
    """A Markdown fragment for IPython's display (report text in it is already escaped)."""

    markdown: str

    def _repr_markdown_(self) -> str:
        return self.markdown

    def __str__(self) -> str:
        return self.markdown


def word(key: str, lang: str = ZH) -> str:
    """A heading or label of :data:`~govplans.present.words.PAGE_TEXT` in ``lang``."""
    return pick(PAGE_TEXT[key], lang)


def escape(value: object) -> str:
    """Report text made safe for HTML (``<``, ``>``, ``&``, quotes)."""
    return html.escape("" if value is None else str(value), quote=True)


def escape_markdown(value: object) -> str:
    """Report text made safe for Markdown: HTML-escaped, Markdown punctuation backslash-escaped.

    (``[x](javascript:…)`` must not become a link, ``<img …>`` must not become an image, a bare
    ``http://…`` must not be autolinked, ``$x$`` must not be math, ``&#58;`` stays the text
    ``&#58;``.) The one escape of report text in Markdown.
    """
    text = html.escape("" if value is None else str(value), quote=False)
    return _MD_SPECIAL.sub(r"\\\1", text)


def safe_markdown(markdown: str) -> Markdown:
    """Markdown from package code (the narratives) with no raw HTML left in it.

    The narrative quotes report text; any ``<`` in it becomes ``&lt;``, so no tag, comment or
    autolink can reach the page whatever the report says. Markdown formatting is kept.
    Link syntax pointing at a script protocol is defused too.
    """
    text = markdown.replace("<", "&lt;")
    text = re.sub(r"\]\(\s*(javascript|vbscript|data):", r"\]\\(\1:", text, flags=re.IGNORECASE)
    return Markdown(text)


def heading(key: str, lang: str = ZH, level: int = 3) -> Markdown:
    """A section heading of :data:`TEXT`."""
    return Markdown(f"{'#' * level} {word(key, lang)}")


def status_text(status: object, lang: str = ZH) -> str:
    """A target status code in words (:data:`govplans.present.words.STATUS_LABELS`)."""
    return fmt.status_label(status, lang)


def schema_field(column: str, schema_table: str | None = None) -> Any:
    """The schema's :class:`~govplans.model.schema.Field` of a column; None if display-only."""
    for name in (schema_table,) if schema_table else SCHEMA_TABLES:
        if any(f.name == column for f in schema.fields(name)):
            return schema.field(name, column)
    return None


def column_label(column: str, lang: str = ZH, schema_table: str | None = None) -> str:
    """The displayed header of a column: a short header, else the schema's label.

    Falls back to :data:`DISPLAY_COLUMNS`, then to the column name.
    """
    found = schema_field(column, schema_table)
    if column in SHORT_HEADERS:
        zh, en = SHORT_HEADERS[column]
    elif found is not None:
        zh, en = found.label_zh, found.label_en
    else:
        zh, en = DISPLAY_COLUMNS.get(column, (column, column))
    label = en if lang == "en" else zh
    if _is_amount(column, found):  # the unit of every figure in the column
        return fmt.with_unit(label, fmt.THOUSAND_UNIT, lang)
    return label


def _header_html(column: str, lang: str, schema_table: str | None = None) -> str:
    """A header cell's escaped text; an amount's unit goes on a line of its own (headers do not
    wrap, and ``Appropriated to date (NT$ thousand)`` on one line is too wide for a table)."""
    label = column_label(column, lang, schema_table)
    if not _is_amount(column, schema_field(column, schema_table)):
        return escape(label)
    unit = fmt.with_unit("", fmt.THOUSAND_UNIT, lang).strip()
    return f"{escape(label[: -len(unit)].rstrip())}<br>{escape(unit)}"


def _is_amount(column: str, found: Any = None) -> bool:
    """An amount column (thousand TWD), by the schema's unit or the ``_thousand_twd`` suffix."""
    if found is not None and found.unit:
        return found.unit == schema.THOUSAND_TWD
    return column.endswith("_thousand_twd")


def _rate_bounds(thresholds: Thresholds | None = None) -> tuple[float, ...]:
    """Execution-rate thresholds (the defaults when none are given), never rounded across."""
    return rate_bounds(thresholds if thresholds is not None else Thresholds())


def _formatters(lang: str, thresholds: Any = None) -> dict[str, Callable[[Any], str]]:
    bounds = _rate_bounds(thresholds)

    def execution_rate(v: Any) -> str:
        return fmt.format_rate(v, lang, bounds=bounds)

    def amount(v: Any) -> str:  # one unit per column, in the header: exact 千元 as printed
        return fmt.format_thousand(v, lang, unit=False)

    def rate(v: Any) -> str:
        return fmt.format_rate(v, lang)

    def number(v: Any) -> str:
        return fmt.format_number(v, lang)

    formats: dict[str, Callable[[Any], str]] = {}
    ratios = {f.name for fields in schema.TABLES.values() for f in fields if f.unit == schema.RATIO}
    for column in sorted({f.name for fields in schema.TABLES.values() for f in fields}):
        if column.endswith("_thousand_twd"):
            formats[column] = amount
        elif column in ratios:  # by the schema's unit: rates, shares, achieved ratios
            formats[column] = rate
        elif column in ("target_value", "achieved_value"):
            formats[column] = number
    formats["execution_rate"] = execution_rate
    formats["execution_rate_in_year"] = execution_rate
    formats["execution_rate_in_year_covered"] = execution_rate
    formats["execution_rate_in_year_if_linked"] = execution_rate
    th = thresholds if isinstance(thresholds, Thresholds) else Thresholds()
    formats["execution_flag_in_year"] = lambda v: rate_flag_text(v, "in_year", th, lang)
    formats["status"] = lambda v: status_text(v, lang)
    formats["status_source"] = lambda v: _status_source(v, lang)
    formats["verdict"] = lambda v: status_text(v, lang)
    formats["category"] = lambda v: _category(v, lang)
    formats["scope"] = lambda v: word("all_plans", lang) if v == "all" else _category(v, lang)
    formats["target_index"] = lambda v: number(v)
    return formats


def rate_flag_text(code: object, basis: str, th: Thresholds, lang: str = ZH) -> str:
    """An execution flag in words with its threshold (「本年度執行率低於 70%」), for the rate
    of ``basis`` (``in_year`` or ``cumulative``); ``—`` for no rate (a null code), nothing for
    a rate no threshold flags (any other code)."""
    if is_missing(code):
        return fmt.not_available(lang)
    if str(code) not in EXECUTION_CODES:
        return ""
    limit = fmt.format_threshold(execution_limit(str(code), th), lang)
    return pick(RATE_FLAG_TEXT[basis], lang).format(threshold=limit)


def _status_source(value: object, lang: str) -> str:
    text = _cell(value)
    zh, en = STATUS_SOURCE_TEXT.get(text, (text, text))
    return en if lang == "en" else zh


def with_evidence(frame: pd.DataFrame, lang: str = ZH) -> pd.DataFrame:
    """``frame`` with an ``evidence`` column: the agency's words, prefixed by the items cited."""
    shown = []
    for row in frame.to_dict("records"):
        citation = evidence_citation(row, lang)
        text = _cell(row.get("evidence_text"))
        if citation and text:
            text = f"〔{citation}〕{text}" if lang != "en" else f"[{citation}] {text}"
        else:
            text = text or citation
        reason = _cell(row.get("review_reason"))
        if reason and row.get("status_source") == "reviewed":
            # the reviewer's reason whenever written, named as the tool maintainers' review
            note = (
                f"〔本工具維護者之人工檢視〕{reason}"
                if lang != "en"
                else f"[the tool maintainers' review] {original(reason, lang)}"
            )
            text = (
                f"{text}；{note}"
                if text and lang != "en"
                else (f"{text}; {note}" if text else note)
            )
        shown.append(text)
    return frame.assign(evidence=shown)


def _category(value: object, lang: str) -> str:
    text = "" if value is None else str(value)
    return CATEGORIES.get(text, text) if lang == "en" else text


def _cell(value: object) -> str:
    if isinstance(value, (list, tuple, dict)):
        return str(value)
    return "" if is_missing(value) else str(value)


def table(
    frame: pd.DataFrame,
    columns: Iterable[str] | None = None,
    lang: str = ZH,
    formats: Mapping[str, Callable[[Any], str]] | None = None,
    wide: Iterable[str] = ("name", "text", "evidence_text", "evidence", "message"),
    thresholds: Any = None,
    schema_table: str | None = None,
    link_plans: bool = False,
    hrefs: Mapping[str, list[str | None]] | None = None,
    labels: Iterable[str] = (),
    whole: Iterable[str] = (),
    compact: bool = False,
) -> Html:
    """A table of ``frame``: localized headers, figures through :mod:`~govplans.present.fmt`,
    all escaped; with ``link_plans`` a plan's id links its profile page (as the build names it);
    ``hrefs`` gives a column's cells a link each (one href or None per row, package-made);
    ``labels``: columns of short words (an agency, a status) that wrap only between words,
    never a few characters a line (the statuses' style); ``whole``: short codes (a plan id, a
    year) kept on one line in print too; ``compact``: a long table of one row per plan-year
    whose short labels stay on one line in print (a row a line: the agency page's plan years).
    Each header carries its column's name (``data-column``), by which the print stylesheet
    sizes a column.

    Amounts (``*_thousand_twd``) read as exact 千元 with the unit in the header (one unit per
    column, comparable down the column), rates as percentages, statuses in words.
    Headers are the schema's labels (:func:`column_label`; ``schema_table`` names the table the
    frame comes from when a column's label differs between tables).
    """
    chosen = list(columns) if columns is not None else list(frame.columns)
    if "evidence" in chosen and "evidence" not in frame.columns:
        frame = with_evidence(frame, lang)
    formatters = {**_formatters(lang, thresholds), **(formats or {})}
    wide_set, label_set, whole_set = set(wide), set(labels), set(whole)
    head = "".join(
        f'<th data-column="{escape(c)}" style="{_WIDE_STYLE if c in wide_set else _HEAD_STYLE}">'
        f"{_header_html(c, lang, schema_table)}</th>"
        for c in chosen
    )
    body = []
    english_names = list(frame["name_en"]) if lang == "en" and "name_en" in frame.columns else None
    for position, row in enumerate(frame[chosen].itertuples(index=False)):
        cells = []
        for column, value in zip(chosen, row, strict=True):
            if column == "name" and lang == "en":  # the English name, else marked as Chinese
                english = english_names[position] if english_names else None
                value = name_with_original(lang, value, english)
            shown = formatters[column](value) if column in formatters else _cell(value)
            style = _WIDE_STYLE if column in wide_set else _NARROW_STYLE
            style = _LABEL_STYLE if column in label_set else style
            css = f' style="{_WHOLE_STYLE if column in whole_set else style}"'
            content = escape(shown)
            if link_plans and column == "plan_id":
                content = f'<a href="{escape(profile_href(shown))}">{content}</a>'
            href = (hrefs or {}).get(column, [])
            if position < len(href) and href[position]:
                content = f'<a href="{escape(href[position])}">{content}</a>'
            cells.append(f"<td{css}>{content}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    css_class = "govplans-table govplans-compact" if compact else "govplans-table"
    return Html(
        f'<table class="{css_class}">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def unclear_text(reason: object, lang: str = ZH, component: Any = None) -> str:
    """Why a part is unclear, in words (empty for a part that is not); given the part
    (``component``), quoting the agency's words for the figure that decided where the reason
    names them (:func:`~govplans.present.parts.decided_words`), never a made-up example."""
    if is_missing(reason) or not reason:
        return ""
    quoted = decided_words(component) if component is not None else ""
    return unclear_reason_words(str(reason), lang, quoted)


def marked(text: str, start: object = None, end: object = None) -> str:
    """``text`` escaped, with the span ``text[start:end]`` in a ``<mark>`` (escaped first, then
    marked by the span: the report's text can never open or close a tag), line breaks kept."""
    if is_missing(start) or is_missing(end):
        return _lines(text)
    a, b = int(start), int(end)  # type: ignore[call-overload]
    if not 0 <= a < b <= len(text):
        return _lines(text)
    return f"{_lines(text[:a])}<mark>{_lines(text[a:b])}</mark>{_lines(text[b:])}"


def status_reason_text(reason: object, lang: str = ZH) -> str:
    """Why a part has its status, in words (empty when no reason is recorded)."""
    if is_missing(reason) or not reason or str(reason) not in STATUS_REASON_TEXT:
        return ""
    return pick(STATUS_REASON_TEXT[str(reason)], lang)


def target_type_text(t: Any, lang: str = ZH) -> str:
    """A target's type and how its evidence was aligned, in words: ``完成數量`` and
    ``對應：達成說明第2項（依內容對應）``."""
    kind = _cell(getattr(t, "target_type", ""))
    shown = pick(TARGET_TYPE_TEXT[kind], lang) if kind in TARGET_TYPE_TEXT else kind
    how = _cell(getattr(t, "alignment", "")) or "none"
    # The items cited are the items quoted: both read the evidence columns (printed item
    # numbers), never the aligned item's position (``evidence_item``, 1-based among the items).
    cited = evidence_citation(
        {c: getattr(t, c, "") for pair in NUMBERING_COLUMNS.items() for c in pair}, lang
    )
    if cited and how == "none":
        how = "evidence_only"
    section = _cell(getattr(t, "evidence_section", ""))
    item = getattr(t, "evidence_item", None)
    if not cited and section and not is_missing(item):  # nothing quoted: the aligned item
        column = SECTION_COLUMNS.get(section, "evidence_execution_items")
        cited = section_citation(column, [int(str(item))], numbering_of(t, column), lang)
    aligned = pick(ALIGNMENT_TEXT.get(how, (how, how)), lang)
    if cited:
        aligned = f"{cited}（{aligned}）" if lang != "en" else f"{cited} ({aligned})"
    label = "對應：" if lang != "en" else "Aligned: "
    if how == "evidence_only":  # found in an item not aligned: evidence, not an alignment
        label = "佐證：" if lang != "en" else "Evidence: "
    return f"{shown}\n{label}{aligned}"


def other_account(t: Any, lang: str = ZH) -> str:
    """The other column's account of the target (``另一欄：執行情形第2項「初步建置…」``), shown
    under the agency's words in the evidence column (:func:`targets_table`), so both accounts
    stand beside the verdict; empty when the engine gives none or the evidence already quotes
    that item."""
    other = other_column(t)
    if other is None:
        return ""
    column, number, text = other
    cited = section_citation(column, [number], numbering_of(t, column), lang)
    if lang == "en":
        return f"Other column: {cited}: “{text}”"
    return f"另一欄：{cited}「{text}」"


def part_evidence_html(component: Any, lang: str = ZH) -> str:
    """A part's evidence cell as HTML: the items cited, the agency's words with the words or
    number that decided marked, and why (the reason in words; for an unclear part, why it
    cannot be told: ``無法判定：…``). Everything from the report is escaped."""
    reason = unclear_text(component.unclear_reason, lang, component)
    plain = part_evidence(component, lang)
    if reason:  # the reason, then the aligned item's words (the figure that decided marked)
        head, _, quoted = plain.partition("\n")
        text = _cell(component.evidence_text)
        if not quoted or not text or not quoted.endswith(text):
            return _lines(plain)
        start = getattr(component, "decided_start", None)
        end = getattr(component, "decided_end", None)
        cited = quoted[: len(quoted) - len(text)]
        return f"{_lines(head)}<br>{_lines(cited)}{marked(text, start, end)}"
    text = _cell(component.evidence_text)
    start = getattr(component, "decided_start", None)
    end = getattr(component, "decided_end", None)
    if text and plain.endswith(text):
        head = plain[: len(plain) - len(text)]
        shown = _lines(head) + marked(text, start, end)
    else:
        shown = _lines(plain)
    why = status_reason_text(getattr(component, "status_reason", None), lang)
    if why:
        label = "判定理由：" if lang != "en" else "Why: "
        shown += "<br>" + _lines(label + why)
    return shown


def part_evidence(component: Any, lang: str = ZH) -> str:
    """A part's evidence cell: the items cited and the agency's words; for an unclear part,
    why it cannot be told (``無法判定：…``) and, on a line of its own, the aligned item's words
    where the engine gives them (so the agency's words stand beside every verdict)."""
    reason = unclear_text(component.unclear_reason, lang, component)
    if reason:
        separator = "：" if lang != "en" else ": "
        why = f"{pick(PART_TEXT['no_evidence'], lang)}{separator}{reason}"
        quoted = _cited_words(component, lang)
        return f"{why}\n{quoted}" if quoted else why
    return _cited_words(component, lang)


def _cited_words(component: Any, lang: str) -> str:
    """The items a part's evidence comes from and the agency's words (``〔達成說明第1項〕…``)."""
    section = _cell(component.evidence_section)
    column = SECTION_COLUMNS.get(section)
    citation = (
        section_citation(
            column,
            parse_ids(_cell(component.evidence_items)),
            getattr(component, "evidence_numbering", None),
            lang,
        )
        if column
        else ""
    )
    text = _cell(component.evidence_text)
    if citation and text:
        return f"〔{citation}〕{text}" if lang != "en" else f"[{citation}] {text}"
    return text or citation


def _part_figure(value: Any, word: Any, lang: str) -> str:
    if is_missing(value):
        return fmt.format_number(None, lang)
    return fmt.format_quantity(value, None if is_missing(word) else str(word), lang)


def _part_cells(
    c: Any, target_text: str, th: Thresholds, lang: str, other: str = ""
) -> list[tuple[str, str]]:
    """(text, style) of one part's cells: part, target value, achieved value, ratio, status,
    evidence (with ``other``, the other column's account of the target, under it)."""
    phrase = part_text(c)
    part = pick(PART_TEXT["whole"], lang) if phrase == target_text else original(phrase, lang)
    quantified = not is_missing(c.target_value)
    goal = (
        _part_figure(c.target_value, c.measure_word, lang)
        if quantified
        else pick(PART_TEXT["no_number"], lang)
    )
    if quantified and target_each(c):  # 「(各1座)」: one each, as the report prints it
        goal = pick(EACH_VALUE, lang).format(value=goal)
    got = _part_figure(c.achieved_value, achieved_word(c), lang)
    status = status_text(c.status, lang)
    if bool(c.set_low):
        k = fmt.format_multiple_threshold(th.low_target_multiple, lang)
        status += "\n" + pick(PART_TEXT["set_low"], lang).format(k=k)
    return [
        (part, _TEXT_STYLE),
        (goal, _FIGURE_STYLE),
        (got, _FIGURE_STYLE),
        (fmt.format_rate(c.achieved_ratio, lang), _FIGURE_STYLE),
        (status, _STATUS_STYLE),
        (_BuiltHtml(part_evidence_html(c, lang) + _other_html(other)), _WIDE_STYLE),
    ]


def _other_html(other: str) -> str:
    """The other column's account under the evidence, on its own line, escaped."""
    return f'<br><span class="govplans-other">{_lines(other)}</span>' if other else ""


def _target_status_cell(t: Any, lang: str) -> str:
    """The status used for a target and, when an analyst's review set it, that it did (with
    the automatic status and the reason where they differ)."""
    shown = status_text(t.status, lang)
    if t.status_source != "reviewed":
        return shown
    shown += "\n" + pick(PART_TEXT["reviewed"], lang)
    if t.status != t.status_auto:
        auto = pick(PART_TEXT["auto_was"], lang).format(status=status_text(t.status_auto, lang))
        shown += f"（{auto}）" if lang != "en" else f" ({auto})"
    return shown  # the reviewer's reason is in the (wide) evidence column: review_note_html


def review_file(source: str | None, lang: str = ZH, reviewed_on: str | None = None) -> str:
    """The reviewed-status file's name as pages give it, with the day it was last reviewed
    when known (``reviewed_on``, from :func:`govplans.review_date`); not escaped."""
    file = PurePath(source).name if source else "—"
    return (
        pick(REVIEW_FILE_DATED, lang).format(file=file, date=reviewed_on) if reviewed_on else file
    )


def review_note_html(
    t: Any, source: str | None, lang: str = ZH, reviewed_on: str | None = None
) -> str:
    """The reviewer's reason for a target, whenever one was written (even where the reviewed
    status equals the automatic one), named as the tool maintainers' own curated review with
    its file (and the day it was last reviewed, ``reviewed_on``), never as an official one;
    empty where there is none. Escaped."""
    reason = _cell(getattr(t, "review_reason", None))
    if not reason or getattr(t, "status_source", None) != "reviewed":
        return ""
    # the day this row was reviewed, where the file gives it, when dates are asked for
    own = _cell(getattr(t, "reviewed_on", None)) if reviewed_on else ""
    file = review_file(source, lang, own or reviewed_on)
    note = pick(PART_TEXT["review_note"], lang).format(
        file=file,
        reason=original(reason, lang),  # the reviewer's words, as written
    )
    return f'<span class="govplans-review">{_lines(note)}</span>'


def targets_table(
    assessment: Assessment,
    lang: str = ZH,
    plan_id: str | None = None,
    statuses: Iterable[str] | None = None,
    empty: str = "no_targets",
    reviewed_on: str | None = None,
) -> Html:
    """Every target (of one plan, or of all with their plan id) shown whole: one row per part
    with its own target value, achieved value, ratio, status and evidence (the reason in words
    where a part is unclear, a note where a part was achieved many times its target); the
    target's number, text and status span its parts. ``statuses``: only targets with these
    (used) statuses; ``empty``: the key in :data:`TEXT` of the line shown when none is left;
    ``reviewed_on``: the day the review was last made (:func:`govplans.review_date`), given
    with its file in each review note. Everything is escaped."""
    th = assessment.thresholds
    rows = [
        t
        for pid in ([plan_id] if plan_id is not None else list(assessment.plans["plan_id"]))
        for t in assessment.plan_target_rows(pid)
        if statuses is None or t.status in set(statuses)
    ]
    if not rows:
        return Html(f"<p>{escape(word(empty, lang))}</p>")
    columns = [
        *(["plan_id"] if plan_id is None else []),
        "target_index",
        "text",
        "target_type_shown",
        "target_status",
        "part",
        "target_value",
        "achieved_value",
        "achieved_ratio",
        "part_status",
        "evidence",
    ]
    figures = {"target_index", "target_value", "achieved_value", "achieved_ratio"}
    head = "".join(  # headers may wrap: ten columns must fit the page in English too
        f'<th style="text-align:{"right" if c in figures else "left"};vertical-align:bottom;'
        f'word-break:keep-all">'
        f"{escape(_targets_header(c, lang))}</th>"
        for c in columns
    )
    body = []
    for n, t in enumerate(rows):
        parts = assessment.target_component_rows(t.plan_id, t.target_index)
        review = review_note_html(t, assessment.annotations_source, lang, reviewed_on)
        # the review note is the target's, not its last part's: a row of its own under the
        # parts, which the target's number, text and status span too
        n_rows = len(parts) + (1 if review else 0)
        span = f' rowspan="{n_rows}"' if n_rows > 1 else ""
        spanned = [
            *([(t.plan_id, _NARROW_STYLE)] if plan_id is None else []),
            (fmt.format_number(t.target_index, lang), _FIGURE_STYLE),
            (_cell(t.text), _TEXT_STYLE),
            (target_type_text(t, lang), _TEXT_STYLE),
            (_target_status_cell(t, lang), _STATUS_STYLE),
        ]
        shade = "#f4f4f4" if n % 2 else "#ffffff"  # one shade per target: its parts read as one
        other = other_account(t, lang)  # the target's, under its last part's evidence
        for i, c in enumerate(parts):
            last = other if i == len(parts) - 1 else ""
            cells = (spanned if i == 0 else []) + _part_cells(c, _cell(t.text), th, lang, last)
            rule = "border-top:1px solid #bbb;" if i == 0 else ""
            tds = []
            for position, (text, style) in enumerate(cells):
                rowspan = span if i == 0 and position < len(spanned) else ""
                content = str(text) if isinstance(text, _BuiltHtml) else _lines(text)
                tds.append(f'<td{rowspan} style="{style};{rule}vertical-align:top">{content}</td>')
            body.append(f'<tr style="background:{shade}">' + "".join(tds) + "</tr>")
        if review:
            label = escape(pick(PART_TEXT["review_row"], lang))
            body.append(
                f'<tr class="govplans-review-row" style="background:{shade}">'
                f'<td style="{_TEXT_STYLE};vertical-align:top"><strong>{label}</strong></td>'
                f'<td colspan="5" style="text-align:left;vertical-align:top">{review}</td></tr>'
            )
    return Html(
        '<table class="govplans-table govplans-targets">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


class _BuiltHtml(str):
    """A targets-table cell already built as HTML, every piece of report text in it escaped;
    any other cell (a plain ``str``, whatever it holds) is escaped when the row is written."""


def _targets_header(column: str, lang: str) -> str:
    """A header of the targets table: the target's columns from ``targets``, the parts' from
    ``target_components`` (display-only columns from :data:`DISPLAY_COLUMNS`)."""
    table = "targets" if column in ("plan_id", "text") else "target_components"
    label = column_label(column, lang, table)
    if column == "text" and lang == "en":  # the agency's words, as printed
        return f"{label} (original, Chinese)"
    return label


def _lines(text: str) -> str:
    """Escaped text with its line breaks kept."""
    return "<br>".join(escape(line) for line in text.split("\n"))


def key_figures(assessment: Assessment, plan_id: str, lang: str = ZH) -> Html:
    """A plan's figures as a two-column table (label, value), escaped."""
    plan = assessment.plans[assessment.plans["plan_id"] == plan_id].iloc[0]
    formatters = _formatters(lang, assessment.thresholds)
    rows = []
    for column in (
        "category",
        "period_text",
        "revised_period_text",
        "total_budget_thousand_twd",
        "appropriated_thousand_twd",
        "executed_thousand_twd",
        "execution_rate",
        "appropriation_progress_rate",
        "schedule_elapsed_rate",
        "remaining_budget_thousand_twd",
        "unexecuted_appropriation_thousand_twd",
        "verdict",
    ):
        if column == "revised_period_text" and is_missing(plan[column]):
            continue  # nothing revised: the printed period is the period
        if column in plan.index:
            value = (
                formatters[column](plan[column]) if column in formatters else _cell(plan[column])
            )
            if column == "revised_period_text":
                value = _revised_cell(plan, lang)
            elif column == "period_text":
                value = _period_cell(assessment, plan_id, lang)
            elif column == "schedule_elapsed_rate":
                value = _elapsed_cell(assessment, plan_id, value, lang)
            label = word(_KEY_LABELS[column], lang) if column in _KEY_LABELS else None
            label = label or column_label(column, lang)
            rows.append(
                f'<tr><th style="text-align:left">{escape(label)}</th>'
                f'<td style="text-align:left">{escape(value)}</td></tr>'
            )
    for label, kind in ((word("warning_label", lang), "warning"), (word("notes", lang), "note")):
        sentences = plan_flag_messages(assessment, plan_id, lang, kind)
        messages = "<br>".join(escape(m) for m in sentences) or escape(word("none", lang))
        rows.append(
            f'<tr><th style="text-align:left">{escape(label)}</th>'
            f'<td style="text-align:left">{messages}</td></tr>'
        )
    return Html(f'<table class="govplans-table">{"".join(rows)}</table>')


#: Key-figure rows whose label says more than the column's (the printed and revised period).
_KEY_LABELS = {"period_text": "period", "revised_period_text": "revised_period"}


def _period_cell(a: Assessment, plan_id: str, lang: str) -> str:
    """The printed period: as printed (zh-TW), in Gregorian months (en)."""
    return narrative_text.printed_period(a.report_plan_tuple(plan_id), lang)


def _elapsed_cell(a: Assessment, plan_id: str, value: str, lang: str) -> str:
    """The share elapsed with the period it is on where there are two (a revised period), or
    why there is none."""
    plan, row = a.report_plan_tuple(plan_id), a.plan_tuple(plan_id)
    note = narrative_text.schedule_basis_note(plan, row, lang) or (
        narrative_text.revised_schedule_note(plan, row, lang)
    )
    if not note:
        return value
    printed = narrative_text.printed_schedule_note(plan, row, lang)
    if printed:  # a revised period: each period's share with its gap
        period = narrative_text.schedule_period(plan, row, lang)
        trend_zh, trend_en = narrative_text.schedule_trend(row, a.thresholds, lang)
        progress = fmt.format_rate(row.appropriation_progress_rate, lang)
        if lang == "en":
            note = (
                f"on the revised period the report states, {period}: appropriation progress "
                f"{progress} is {trend_en}; {printed}"
            )
        else:
            note = (
                f"依報告所述修正後期程（{period}）計，預算編列進度{progress}{trend_zh}；{printed}"
            )
    return f"{value}（{note}）" if lang != "en" else f"{value} ({note})"


def _revised_cell(plan: Mapping[str, Any], lang: str) -> str:
    """The revised period with where the report states it: ``至116年12月（達成說明第2項）``,
    cited as every item is (:func:`~govplans.present.parts.section_citation`)."""
    column = SECTION_COLUMNS.get(plan["revised_period_section"], "evidence_execution_items")
    cited = section_citation(
        column, [int(plan["revised_period_item"])], plan.get("revised_period_numbering"), lang
    )
    period = fmt.format_period(
        plan["revised_start_roc_year"],
        plan["revised_start_month"],
        plan["revised_end_roc_year"],
        plan["revised_end_month"],
        lang,
    )
    return f"{period} ({cited})" if lang == "en" else f"{period}（{cited}）"


def flags_table(
    assessment: Assessment,
    lang: str = ZH,
    codes: Iterable[str] | None = None,
    kind: str | None = None,
    groups: Iterable[str] = (),
    empty: str | None = None,
) -> Html:
    """The flags (all; those with these codes; only warnings or notes with ``kind``; those of
    these groups) with plan id and name, or a 'none' line (``empty``: its key in
    :data:`TEXT`)."""
    flags = flags_with_messages(assessment, lang)
    if codes is not None:
        flags = flags[flags["flag"].isin(list(codes))]
    chosen = flags_of(list(flags["flag"]), kind, tuple(groups))
    flags = flags[flags["flag"].isin(chosen)]
    if flags.empty:
        key = empty or ("no_flags" if codes is None else "no_consistency")
        return Html(f"<p>{escape(word(key, lang))}</p>")
    plans = assessment.plans.set_index("plan_id")
    shown = flags.assign(name=flags["plan_id"].map(plans["name"]))
    if "name_en" in plans.columns:
        shown = shown.assign(name_en=flags["plan_id"].map(plans["name_en"]))
    return table(shown, ["plan_id", "name", "message"], lang, link_plans=True)


def consistency_table(assessment: Assessment, lang: str = ZH) -> Html:
    """The tool's consistency check only: plans whose execution rate is below
    ``Thresholds.execution_low`` while every target is met (``targets_met_despite_low_execution``;
    ``targets_not_met`` is a warning, not this check), or a line saying no plan qualifies."""
    code = "targets_met_despite_low_execution"
    if code in set(flags_with_messages(assessment, lang)["flag"]):
        return flags_table(assessment, lang, codes=[code])
    limit = fmt.format_threshold(assessment.thresholds.execution_low, lang)
    return Html(f"<p>{escape(word('no_consistency_low', lang).format(limit=limit))}</p>")


def status_table(assessment: Assessment, by: str = "category", lang: str = ZH) -> Html:
    """Number of targets per status, one row per plan (``by="plan_id"``) or category."""
    targets = assessment.targets
    if by == "category":
        categories = assessment.plans.set_index("plan_id")["category"]
        targets = targets.assign(category=targets["plan_id"].map(categories))
    tally = targets.groupby([by, "status"]).size().unstack(fill_value=0)
    statuses = [s for s in STATUS_LABELS if s in tally.columns] or list(STATUS_LABELS)
    tally = tally.reindex(columns=statuses, fill_value=0)
    tally.loc["__total__"] = tally.sum()
    head = "".join(
        f"<th>{escape(h)}</th>"
        for h in [
            column_label(by, lang),
            *(status_text(s, lang) for s in statuses),
            column_label("n_targets", lang),
        ]
    )
    body = []
    for index, row in tally.iterrows():
        label = (
            word("total", lang)
            if index == "__total__"
            else (_category(index, lang) if by == "category" else str(index))
        )
        cells = "".join(f"<td>{int(v)}</td>" for v in row)
        body.append(f"<tr><td>{escape(label)}</td>{cells}<td>{int(row.sum())}</td></tr>")
    return Html(
        f'<table class="govplans-table"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def met_inferred_note(assessment: Assessment, lang: str = ZH) -> Html:
    """The note under a count of targets by status: which met targets are inferred from related
    work (:mod:`~govplans.present.counts`); nothing when none is."""
    text = counts.note(counts.target_names(assessment.targets, lang), lang)
    return Html(f'<p class="govplans-note">{escape(text)}</p>' if text else "")


def agreement_summary(
    assessment: Assessment, lang: str = ZH, reviewed_on: str | None = None
) -> Markdown:
    """How often the automatic statuses agree with the reviewed ones, and where they differ;
    the review named with its file and the day it was last reviewed (``reviewed_on``)."""
    agreement = assessment.agreement()
    en = lang == "en"
    if not agreement.get("n"):
        return Markdown(
            "No reviewed statuses for this report: every status is automatic."
            if en
            else "本報告沒有人工檢視紀錄：所有判定均為自動判定。"
        )
    n, agree, rate = agreement["n"], agreement["n_agree"], fmt.format_rate(agreement["rate"], lang)
    source = str(agreement["source"]) if agreement["source"] else None
    file = escape_markdown(review_file(source, lang, reviewed_on)) if source else ""
    lines = [
        f"Automatic statuses and the tool maintainers' review ({file}; the package's own "
        f"curated file, not an official review) agree on {agree} of {n} targets ({rate})."
        if en
        else f"自動判定與本工具維護者之人工檢視（{file}；本工具自行維護之檔案，非官方審查）"
        f"一致：{agree}／{n} 項目標（{rate}）。"
    ]
    lines[0] += (" " if en else "") + pick(IN_SAMPLE_AGREEMENT, lang)
    for row in agreement.get("disagreements", []):
        auto, reviewed = status_text(row["auto"], lang), status_text(row["reviewed"], lang)
        label = "target " if en else "目標"
        target = escape_markdown(f"{row['plan_id']} {label}{row['target_index']}")
        reason = escape_markdown(original(row.get("reason") or "", lang))  # the reviewer's words
        lines.append(
            f"- {target}: automatic {auto}, reviewed {reviewed}. {reason}"
            if en
            else f"- {target}：自動判定「{auto}」，人工檢視「{reviewed}」。{reason}"
        )
    return Markdown(
        "\n".join(lines) if len(lines) == 1 else lines[0] + "\n\n" + "\n".join(lines[1:])
    )


def findings_table(a: Assessment, lang: str = ZH, plan_id: str | None = None) -> Html:
    """The report's data-quality findings (or one plan's), each in words with its figures
    (:func:`~govplans.present.flags.findings_in_words`); a sentence when there are none."""
    frame = findings_in_words(a.report, lang)
    if plan_id is not None:
        frame = frame[frame["plan_id"] == a.resolve_plan_id(plan_id)]
    if frame.empty:
        return Html(
            f"<p>{escape(word('no_findings' if plan_id is None else 'no_plan_findings', lang))}</p>"
        )
    source = "source_page" if a.report.is_pdf else "source_line"
    return table(
        frame.rename(columns={"label": "finding"}),
        ["plan_id", "finding", "message", source],
        lang,
        schema_table="findings",
        formats={"finding": str},
        link_plans=plan_id is None,
    )


#: An item as the profile's 「報告原文」 shows it: (the report's own marker, or "" where it
#: printed none; the item's number, 0 for a lead sentence before item 1; its text).
ShownItem = tuple[str, int, str]


def report_items(report: Report, plan_id: str, section: str) -> list[ShownItem]:
    """A section's top-level items (:meth:`Report.folded_items`, sub-items folded in) with the
    marker the report printed before each (``report.items.marker``, kept by the reader)."""
    items = report.items
    rows = items[(items["plan_id"] == plan_id) & (items["section"] == section)]
    markers: dict[int, str] = {}
    for item_no, marker in zip(rows["item_no"], rows["marker"], strict=True):
        # the first row of an item carries its marker (sub-items carry their own, folded in)
        markers.setdefault(int(item_no), "" if is_missing(marker) else str(marker).strip())
    return [
        (markers.get(item.item_no, ""), item.item_no, item.text)
        for item in report.folded_items(plan_id, section)
    ]


def items_list(items: Iterable[ShownItem | str], lang: str = ZH) -> Html:
    """Report items as printed, escaped: each with the report's own marker (``1.``, ``(一)``),
    never a counter of the page's. A lead sentence before item 1 (item 0) is labelled as the
    target table cites it (首句 / lead sentence); unnumbered text (or a bare string) has no
    marker, so a reader citing 「第2項」 from the page cites the report's item 2 (issue 18)."""
    entries = []
    for item in items:
        marker, item_no, text = ("", -1, item) if isinstance(item, str) else item
        label = marker
        if not marker and item_no == 0:
            lead = pick(LEAD_SENTENCE, lang)
            label = f"〔{lead}〕" if lang != "en" else f"[{lead}]"
        shown = f'<span class="govplans-marker">{escape(label)}</span> ' if label else ""
        entries.append(f"<li>{shown}{escape(text)}</li>")
    return Html(f'<ul class="govplans-items">{"".join(entries)}</ul>')


def plan_sections(report: Report, plan_id: str, lang: str = ZH) -> Html:
    """The four text sections of a plan as lists, in the agency's words and its numbering."""
    parts = []
    for section, (zh, en) in SECTIONS.items():
        items = report_items(report, plan_id, section)
        listing = items_list(items, lang).html if items else f"<p>{escape(word('none', lang))}</p>"
        parts.append(f"<h4>{escape(en if lang == 'en' else zh)}</h4>{listing}")
    return Html("".join(parts))


def report_title(a: Assessment, kind: str, lang: str = ZH, plan_id: str | None = None) -> str:
    """Plain-text title of a report page (escape before putting it in HTML)."""
    year = fmt.roc_year(a.report.fiscal_year, lang)
    if plan_id is not None:
        plan = a.plan_record(a.resolve_plan_id(plan_id))
        # the curated English name, as in the narrative, where there is one
        return f"{plan['plan_id']} {name_with_original(lang, plan['name'], plan['name_en'])}"
    if lang == "en":
        return f"{agency_name(a, lang)}, FY{year}: {word(kind, lang)}"
    return f"{a.report.agency} {year}{word(kind, lang)}"


def agency_name(a: Assessment, lang: str = ZH) -> str:
    """The agency as a page names it: its curated English name for ``en`` (else as printed)."""
    if lang != "en":
        return a.report.agency
    return name_in(lang, a.report.agency, a.agency_en)


def profile_titles(a: Assessment, lang: str = ZH) -> dict[str, str]:
    """Every plan's page title (plan id -> title), in one pass over the plans."""
    return {
        str(pid): f"{pid} {name_in(lang, name, name_en)}"
        for pid, name, name_en in zip(
            a.plans["plan_id"], a.plans["name"], a.plans["name_en"], strict=True
        )
    }


def report_title_text(agency: str, fiscal_year: int, lang: str = ZH) -> str:
    """Title of a build's index page: agency (as the page names it), year and what the reports
    cover."""
    if lang == "en":
        return (
            f"{agency}, FY{fmt.roc_year(fiscal_year, lang)}: plan execution and target attainment"
        )
    return f"{agency} {fmt.roc_year(fiscal_year, lang)}計畫執行情形及目標達成情形"


def title(a: Assessment, kind: str, lang: str = ZH, plan_id: str | None = None) -> Markdown:
    """The page heading (level 1), escaped, with the report's title and the page's one caveat
    (:func:`caveat`) under it."""
    report = a.report
    lines = [f"## {escape_markdown(report_title(a, kind, lang, plan_id))}"]
    if plan_id is not None:
        agency = agency_name(a, lang)
        lines.append(f"**{escape_markdown(word(kind, lang))}** · {escape_markdown(agency)}")
    lines.append(escape_markdown(report_title_in(report.title, report.unit, lang)))
    label = pick(CAVEAT["label"], lang)
    separator = "：" if lang != "en" else ": "
    lines.append(f"> **{label}**{separator}{escape_markdown(caveat(a, lang, plan_id))}")
    return Markdown("\n\n".join(lines))


def caveat(a: Assessment, lang: str = ZH, plan_id: str | None = None) -> str:
    """The one-line caveat of a page: which ratio the cumulative execution rate is, and that an
    executed amount equal to the appropriation may include 保留數 or 應付數 (for one plan: said
    only when its amounts are equal). Plain text."""
    parts = [pick(CAVEAT["rate"], lang)]
    if plan_id is None:
        parts.append(pick(CAVEAT["equal"], lang))
    elif a.plan_record(a.resolve_plan_id(plan_id))["executed_equals_appropriated"]:
        parts.append(pick(CAVEAT["equal_plan"], lang))
    return "；".join(parts) + "。" if lang != "en" else "; ".join(parts) + "."


def _cited(report: Report, plan_id: str | None) -> tuple[str, str]:
    """The lines (text source) or pages (PDF) a page cites, in words: zh-TW and English.
    Printed page numbers follow the PDF pages where the pages show them."""
    plans = report.plans
    if plan_id is not None:
        plans = plans[plans["plan_id"] == report.resolve_plan_id(plan_id)]
    column = "source_pages" if report.is_pdf else "source_lines"
    spans = _spans(sorted({n for v in plans[column] for n in parse_ids(v)}))
    if report.table_rows:  # an ODF or Word source: its tables' rows
        blocks = sorted({n for v in plans[column] for n in parse_ids(v)})
        kind = report.source_kind.upper()
        return (
            f"來源：{kind} {fmt.table_row_places(blocks, report.table_rows, ZH)}",
            f"Source: {kind} {fmt.table_row_places(blocks, report.table_rows, 'en')}",
        )
    if not report.is_pdf:
        return f"來源行：第 {spans} 行", f"Source lines: {spans}"
    printed = list(dict.fromkeys(p for v in plans["printed_pages"] for p in str(v).split(",") if p))
    zh, en = f"來源頁：PDF 第 {spans} 頁", f"Source pages: PDF pp. {spans}"
    if printed:
        zh += f"（印刷頁碼 {'、'.join(printed)}）"
        en += f" (printed page numbers {', '.join(printed)})"
    return zh, en


def sources(a: Assessment, lang: str = ZH, plan_id: str | None = None) -> Markdown:
    """The sources footer: report file, its SHA-256 and the source lines (or PDF pages) of the
    plan ``plan_id`` or of the whole report."""
    report = a.report
    path = Path(report.source_path)
    cited_zh, cited_en = _cited(report, plan_id)
    # two lines (the file and its hash; the lines cited and the units), so the block that
    # ends every page leaves no sheet of its own in print (COSM-1, COSM-2)
    if lang == "en":
        rows = [
            f"- File: {escape_markdown(path.name)} "
            f"({escape_markdown(agency_name(a, lang))}, "
            f"FY{report.gregorian_year}, unit {escape_markdown(unit_in(report.unit, lang))}); "
            f"SHA-256: `{report.sha256}`",
            f"- {escape_markdown(cited_en)}. "
            f"Amounts are printed in {escape_markdown(unit_in(report.unit, lang))}: tables "
            "show them exactly in NT$ thousand, the text and charts in NT$ million or billion.",
        ]
    else:
        rows = [
            f"- 檔案：{escape_markdown(path.name)}（{escape_markdown(report.agency)}，"
            f"{report.fiscal_year}年度，單位：{escape_markdown(report.unit)}）；"
            f"SHA-256：`{report.sha256}`",
            f"- {escape_markdown(cited_zh)}；金額原以{escape_markdown(report.unit)}列示；"
            "表格一律以千元列示，文字及圖表換算為億元或萬元。",
        ]
    return Markdown(f"### {word('sources', lang)}\n\n" + "\n".join(rows))


def _spans(numbers: list[int]) -> str:
    """1,2,3,7,9,10 -> "1–3, 7, 9–10"."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    spans = [str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs]
    return ", ".join(spans) if spans else "—"


# ---------------------------------------------------------------- one-line summaries


def overview_summary(assessment: Assessment, lang: str = ZH) -> str:
    """One line: plans, money, cumulative execution rate, plans with warnings and, apart, plans
    with a note on the pace of appropriation."""
    total = assessment.portfolio[assessment.portfolio["scope"] == "all"].iloc[0]
    bounds = _rate_bounds(assessment.thresholds)
    n = int(total["n_plans"])
    warned, paced = int(total["n_warning_plans"]), int(total["n_pace_note_plans"])
    both = sum(  # a plan with a warning and a pace note is counted in both: said, not added
        bool(flags_of(codes, "warning")) and bool(flags_of(codes, "note", ("pace",)))
        for codes in map(split_flags, assessment.plans["flags"])
    )
    if lang == "en":
        also = "it also has" if both == 1 else f"{both} of them also have"
        overlap = f" ({also} warnings)" if both else ""
        return (
            f"{n} plans, {fmt.amount_text(total['total_budget_thousand_twd'], lang)} approved, "
            "cumulative execution rate "
            f"{fmt.format_rate(total['execution_rate'], lang, bounds=bounds)}; "
            f"{warned} {'plan' if warned == 1 else 'plans'} with warnings"
            + (f", {paced} with notes on appropriation pace{overlap}" if paced else "")
        )
    if not paced:
        pace = ""  # nothing said of none
    elif both:
        pace = f"，{paced}項計畫有預算編列進度附註（其中{both}項亦有警示）"
    else:
        pace = f"，另{paced}項計畫有預算編列進度附註"
    return (
        f"{n}項計畫，核定總經費{fmt.amount_text(total['total_budget_thousand_twd'], lang)}，"
        f"累計執行率{fmt.format_rate(total['execution_rate'], lang, bounds=bounds)}；"
        f"{warned}項計畫有警示{pace}"
    )


def profile_summary(assessment: Assessment, plan_id: str, lang: str = ZH) -> str:
    """One line for a plan: cumulative execution rate, target statuses, flags.

    For every plan at once use :func:`profile_summaries` (one pass over the flags).
    """
    bounds = _rate_bounds(assessment.thresholds)
    pid = assessment.resolve_plan_id(plan_id)
    inferred = counts.met_inferred(assessment.targets[assessment.targets["plan_id"] == pid])
    return _profile_line(assessment.plan_record(pid), bounds, lang, inferred)


def profile_summaries(assessment: Assessment, lang: str = ZH) -> dict[str, str]:
    """Every plan's one-line summary (plan id -> line), in one pass: linear in the plans.

    Plans come from :meth:`Assessment.plan_record` (their flags: warnings and notes counted
    apart).
    """
    bounds = _rate_bounds(assessment.thresholds)
    inferred = counts.inferred(assessment.targets)["plan_id"].value_counts()
    return {
        str(pid): _profile_line(
            assessment.plan_record(pid), bounds, lang, int(inferred.get(pid, 0))
        )
        for pid in assessment.plans["plan_id"]
    }


def _profile_line(
    plan: Mapping[str, Any], bounds: tuple[float, ...], lang: str, inferred: int = 0
) -> str:
    shown = [
        (s, status_text(s, lang), int(plan[f"n_{s}"])) for s in STATUSES if int(plan[f"n_{s}"])
    ]
    status = (
        "、".join(f"{t}{n}項" + counts.qualifier(s, inferred, lang) for s, t, n in shown)
        if lang != "en"
        else ", ".join(f"{n} {t}" + counts.qualifier(s, inferred, lang) for s, t, n in shown)
    )
    rate = fmt.format_rate(plan["execution_rate"], lang, bounds=bounds)
    n_targets = int(plan["n_targets"])
    codes = split_flags(plan["flags"])
    n_warnings, n_notes = len(flags_of(codes, "warning")), len(flags_of(codes, "note"))
    if lang == "en":
        noun = "target" if n_targets == 1 else "targets"
        line = f"cumulative execution rate {rate}; {n_targets} {noun}" + (
            f": {status}" if status else ""
        )
        if n_warnings:
            line += f"; {n_warnings} {'warning' if n_warnings == 1 else 'warnings'}"
        if n_notes:
            line += f"; {n_notes} {'note' if n_notes == 1 else 'notes'}"
        return line
    line = f"累計執行率{rate}；績效目標{n_targets}項" + (f"：{status}" if status else "")
    return (
        line
        + (f"；警示{n_warnings}項" if n_warnings else "")
        + (f"；附註{n_notes}項" if n_notes else "")
    )


def attainment_summary(assessment: Assessment, lang: str = ZH) -> str:
    """One line: number of targets by status; those without a number (and their share) and
    those possibly set too low."""
    targets = assessment.targets
    by_status = targets["status"].value_counts()
    parts = [(status_text(s, lang), int(by_status.get(s, 0))) for s in STATUSES]
    # met on the agency's word that related work was done: counted, and said apart
    related = counts.met_inferred(targets)
    n = len(targets)
    whole = assessment.portfolio[assessment.portfolio["scope"] == "all"].iloc[0]
    unquantified = int(whole["n_unquantified_targets"])
    share = fmt.format_rate(whole["unquantified_target_share"], lang)
    low = int(whole["n_targets_set_low"])
    if lang == "en":
        line = f"{n} targets: " + ", ".join(
            f"{k} {t}" + counts.qualifier(s, related, lang)
            for s, (t, k) in zip(STATUSES, parts, strict=True)
        )
        if unquantified:
            line += f"; {unquantified} without a number ({share})"
        return line + (f"; {low} possibly set too low" if low else "")
    line = f"{n}項目標：" + "、".join(
        f"{t}{k}項" + counts.qualifier(s, related, lang)
        for s, (t, k) in zip(STATUSES, parts, strict=True)
    )
    if unquantified:
        line += f"；未量化{unquantified}項（{share}）"
    return line + (f"；目標值可能偏低{low}項" if low else "")


# ---------------------------------------------------------------- the runner's index page

#: The banner of a constructed report (:func:`constructed_banner`) on pages made without the
#: page template (the indexes, the search page).
CONSTRUCTED_CSS = """
.govplans-constructed{background:#fff3cd;border:1px solid #d9a400;color:#5c4400;
padding:.5rem .8rem;font-weight:bold;margin:.5rem 0}"""

INDEX_CSS = (
    CONSTRUCTED_CSS
    + """
body{font-family:"Noto Sans CJK TC","Noto Sans TC","PingFang TC","Microsoft JhengHei",
sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.5}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.6rem}
table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #ddd;padding:.4rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.n{text-align:right;white-space:nowrap}
.failed{color:#b8322a;font-weight:bold}.meta{color:#666;font-size:.85rem}
code{font-size:.85rem}.summary{margin:.2rem 0}
.band-warn{background:#fdf3d8}.band-low{background:#fbe3cf}.band-critical{background:#f6d2cf}
.missed{color:#b8322a;font-weight:bold}
.govplans-filter{margin:.3rem 0;font-size:.85rem;padding:.2rem .4rem;width:16rem}
th[data-sort]{cursor:pointer}th[data-sort]::after{content:" ⇅";color:#999;font-size:.75em}
@media print{.govplans-filter{display:none}th[data-sort]::after{content:""}
td,th{font-size:8pt}
h1,h2,h3{break-after:avoid;page-break-after:avoid}
thead{display:table-header-group}tr{break-inside:avoid;page-break-inside:avoid}
:is(h2,h3)+table tr:nth-child(-n+2),:is(h2,h3)+p+table tr:nth-child(-n+2)
{break-before:avoid;page-break-before:avoid}}
"""
)

#: What the dashboard shows per plan: (column, zh-TW, English).
DASHBOARD_COLUMNS = (
    ("plan", "計畫", "Plan"),
    ("execution_rate", "累計執行率", "Cumulative execution rate"),
    ("warnings", "警示", "Warnings"),
    ("notes", "附註", "Notes"),
    ("targets", "績效目標", "Targets"),
    ("met", "達成（含超越）", "Met (incl. exceeded)"),
    ("not_met", "未達成", "Not met"),
    ("unclear", "待確認", "Unclear"),
    ("verdict", "目標整體判定", "Targets overall"),
)


def profile_href(plan_id: str) -> str:
    """The file name of a plan's profile page, as the report build writes it."""
    return f"plan_profile_{plan_id}.html"


def dashboard_rows(a: Assessment, lang: str = ZH) -> list[dict[str, Any]]:
    """One row per plan for the index's dashboard (figures formatted, band decided by
    :func:`govplans.analyse.measures.execution_band`); links to the plan's profile page."""
    bounds = _rate_bounds(a.thresholds)
    inferred = counts.inferred(a.targets)
    rows = []
    for plan in a.plans.to_dict("records"):
        codes = split_flags(plan["flags"])
        rows.append(
            {
                "plan_id": plan["plan_id"],
                "name": plan["name_en"] if lang == "en" else plan["name"],
                "href": profile_href(plan["plan_id"]),
                "execution_rate": fmt.format_rate(plan["execution_rate"], lang, bounds=bounds),
                "band": execution_band(plan["execution_rate"], a.thresholds),
                "warnings": len(flags_of(codes, "warning")),
                "notes": len(flags_of(codes, "note")),
                "targets": int(plan["n_targets"]),
                "met": int(plan["n_met"]) + int(plan["n_exceeded"]),
                # the met ones inferred from related work, named in the note under the table
                "met_inferred": counts.target_names(
                    inferred[inferred["plan_id"] == plan["plan_id"]], lang
                ),
                "not_met": int(plan["n_not_met"]),
                "unclear": int(plan["n_unclear"]),
                "verdict": status_text(plan["verdict"], lang),
            }
        )
    return rows


def _dashboard(rows: list[Mapping[str, Any]], lang: str) -> str:
    head = "".join(f"<th>{escape(pick((zh, en), lang))}</th>" for _, zh, en in DASHBOARD_COLUMNS)
    body = []
    for row in rows:
        band = f' class="band-{escape(row["band"])}"' if row["band"] != "ok" else ""
        missed = ' class="n missed"' if row["not_met"] else ' class="n"'
        body.append(
            "<tr>"
            f'<td><a href="{escape(row["href"])}">{escape(row["plan_id"])} '
            f"{escape(row['name'])}</a></td>"
            f'<td class="n"><span{band}>{escape(row["execution_rate"])}</span></td>'
            f'<td class="n">{int(row["warnings"])}</td><td class="n">{int(row["notes"])}</td>'
            f'<td class="n">{int(row["targets"])}</td><td class="n">{int(row["met"])}</td>'
            f'<td{missed}>{int(row["not_met"])}</td><td class="n">{int(row["unclear"])}</td>'
            f"<td>{escape(row['verdict'])}</td>"
            "</tr>"
        )
    title = "Plans" if lang == "en" else "各計畫一覽"
    # the met count of a plan with targets met on related work only: said in a note under the
    # table (a number column stays a number), with the same words as the target page's
    note = counts.note([n for row in rows for n in row.get("met_inferred", [])], lang)
    return (
        f"<h2>{escape(title)}</h2>"
        f'<table class="govplans-table"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
        + (f'<p class="summary">{escape(note)}</p>' if note else "")
    )


@dataclass(frozen=True)
class IndexEntry:
    """One row of the index page."""

    href: str
    title: str
    summary: str
    kind: str
    status: str = "ok"  # ok | failed
    error: str = ""


def index_page(
    entries: Iterable[IndexEntry],
    heading_text: str,
    meta: Mapping[str, str],
    lang: str = ZH,
    dashboard: list[Mapping[str, Any]] | None = None,
    page: str | None = None,
    constructed: bool = False,
) -> str:
    """The index page: the report summaries, every page with its one-line summary, and a
    sortable table of every plan (the dashboard) linking its profile. Everything is escaped.
    With ``page`` (its path in its language's site) it links the same page in the other
    language (:func:`language_link`); ``constructed``: the report is constructed test data
    (:func:`constructed_banner`)."""
    en = lang == "en"
    entries = list(entries)
    kinds = {k: word(k, lang) for k in ("overview", "profile", "attainment", "method")}
    rows = []
    for entry in entries:
        status = ""
        if entry.status != "ok":
            label = "failed" if en else "執行失敗"
            status = f'<div class="failed">{escape(label)}: {escape(entry.error)}</div>'
        rows.append(
            "<tr>"
            f"<td>{escape(kinds.get(entry.kind, entry.kind))}</td>"
            f'<td><a href="{escape(entry.href)}">{escape(entry.title)}</a>{status}</td>'
            f"<td>{escape(entry.summary)}</td>"
            "</tr>"
        )
    head = tuple(pick(pair, lang) for pair in INDEX_HEADERS)
    summaries = "".join(
        f'<p class="summary">{escape(e.summary)}</p>'
        for e in entries
        if e.kind in ("overview", "attainment") and e.status == "ok"
    )
    meta_rows = "".join(
        f"<li>{escape(key)}: <code>{escape(value)}</code></li>" for key, value in meta.items()
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{page_resources(lang)["language_code"]}">'
        '<head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(heading_text)}</title><style>{INDEX_CSS}</style></head><body>"
        f"{language_link(page, lang)}{constructed_banner(lang) if constructed else ''}"
        f"<h1>{escape(heading_text)}</h1>"
        f"{summaries}"
        f"{_dashboard(dashboard, lang) if dashboard else ''}"
        f"<h2>{escape('Pages' if en else '報告頁面')}</h2>"
        f"<table><thead><tr>{''.join(f'<th>{escape(h)}</th>' for h in head)}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
        f'<ul class="meta">{meta_rows}</ul>'
        f"{method_footer(lang)}<script>\n{_SORTABLE}</script></body></html>\n"
    )


#: The pages' offline sort-and-filter script, also on the index.
_SORTABLE = (Path(__file__).resolve().parent / "templates" / "govplans" / "sortable.js").read_text(
    encoding="utf-8"
)


def narrative(
    a: Assessment, lang: str = ZH, plan_id: str | None = None, reviewed_on: str | None = None
) -> Html:
    """The narrative of one plan (``plan_id``) or of the whole report, as escaped HTML
    (:func:`narrative_html`): the plan's title in bold, nothing of the report's text read as
    Markdown or HTML; ``reviewed_on``: the day the review was last made, named where a plan's
    statuses come from it."""
    if plan_id is not None:
        plan_id = a.resolve_plan_id(plan_id)
        return narrative_html(
            narrative_text.plan_narrative(a, plan_id, lang, reviewed_on),
            strong=narrative_text.plan_title(a, plan_id, lang),
        )
    return narrative_html(narrative_text.portfolio_narrative(a, lang))


_LIST_ITEM = re.compile(r"^(- |\d+\. )")


def _strong_lead(line: str, strong: str | None) -> str:
    """The first line of a narrative, its package-written bold lead as ``<strong>``: the whole
    line when it is ``**…**``, else the known title ``strong`` at its start. Every character
    between is text, escaped (a ``**`` in a plan name stays two asterisks)."""
    if strong is not None and line.startswith(f"**{strong}**"):
        rest = line[len(strong) + 4 :]
        return f"<strong>{escape(strong)}</strong>{escape(rest)}"
    if len(line) > 4 and line.startswith("**") and line.endswith("**"):
        return f"<strong>{escape(line[2:-2])}</strong>"
    return escape(line)


def narrative_html(text: str, strong: str | None = None) -> Html:
    """A narrative of :mod:`govplans.present.narrative` as HTML, report text escaped.

    The narratives quote report text (plan names, the agency's explanation) inside a small
    layout the package writes: paragraphs split by a blank line, list lines starting with
    ``- `` or ``1. ``, and a bold lead (the first line's ``**…**``, or ``strong`` at its start).
    Only that layout is read; every other character is escaped text, so a ``[x](javascript&#58;…)``,
    a ``<script>``, ``**``, a backtick or ``$`` in the report shows as written, never as a link,
    markup or formula. This is the one place a narrative becomes a page's HTML."""
    blocks: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []
    ordered = False

    def close() -> None:
        nonlocal paragraph, items
        if paragraph:
            blocks.append("<p>" + "<br>".join(paragraph) + "</p>")
            paragraph = []
        if items:
            tag = "ol" if ordered else "ul"
            blocks.append(f"<{tag}>" + "".join(items) + f"</{tag}>")
            items = []

    for number, line in enumerate(text.strip("\n").split("\n")):
        if not line.strip():
            close()
            continue
        marker = _LIST_ITEM.match(line)
        if marker:
            if paragraph:
                close()
            is_ordered = marker.group(1) != "- "
            if items and is_ordered != ordered:
                close()
            ordered = is_ordered
            body = escape(line[len(marker.group(1)) :])
            value = f' value="{marker.group(1)[:-2]}"' if is_ordered else ""
            items.append(f"<li{value}>{body}</li>")
            continue
        if items:
            close()
        paragraph.append(_strong_lead(line, strong) if number == 0 else escape(line))
    close()
    return Html('<div class="govplans-narrative">' + "".join(blocks) + "</div>")


# ---------------------------------------------------------------- the pages' HTML template

#: nbconvert templates of the pages (``govplans``: the lab template made self-contained, with
#: a title, links back to the index and to the data, offline table sorting and filtering and a
#: print stylesheet).
PAGE_TEMPLATES = Path(__file__).resolve().parent / "templates"
PAGE_TEMPLATE = "govplans"
#: A notebook cell with this tag (the notebook's bilingual introduction) is not on the page.
NOTEBOOK_ONLY_TAG = "notebook-only"
#: Where the build puts the data of its pages, relative to them.
DATA_DIR = "data"
WORKBOOK = "govplans.xlsx"
#: The method page (``notebooks/method.ipynb``), beside the pages that link it in their footer.
METHOD_PAGE = "method.html"


def with_page_language(page: str, lang: str = ZH) -> str:
    """The exported page with its ``<html lang>`` set to the page's language (``zh-Hant-TW``,
    so browsers pick Traditional Chinese glyphs, or ``en``). nbconvert accepts only two-letter
    ISO 639-1 codes there and writes ``en`` by default."""
    code = page_resources(lang)["language_code"]
    return re.sub(r"<html lang=\"[^\"]*\"", f'<html lang="{code}"', page, count=1)


def constructed_banner(lang: str = ZH) -> str:
    """The banner of a page built from a constructed report, as HTML (the page template writes
    the same from :func:`page_resources`), for pages made without the template (the indexes)."""
    words = escape(pick(CONSTRUCTED_BANNER, lang))
    return f'<p class="govplans-constructed" role="note">{words}</p>'


def method_footer(lang: str = ZH) -> str:
    """The footer linking the method page beside this one (:data:`METHOD_PAGE`), as the page
    template writes it, for pages made without the template (the index)."""
    return (
        f'<footer class="govplans-footer"><a href="{METHOD_PAGE}">'
        f"{escape(pick(NAV_TEXT['method'], lang))}</a></footer>"
    )


#: The English site's folder inside the zh-TW one: ``reports/`` is zh-TW, ``reports/en/`` the
#: same pages in English (:func:`other_language_href`).
ENGLISH_FOLDER = "en"


def other_language_href(page: str, lang: str = ZH) -> str:
    """The same page in the other language, relative to this one. ``page`` is the page's path
    relative to the root of its language's site (``index.html``,
    ``數位發展部_114/plan_profile_114-01.html``); the English site is the zh-TW one's
    :data:`ENGLISH_FOLDER`, with the same paths. The one place this link is computed."""
    path = page.strip("/")
    up = "../" * path.count("/")
    quoted = "/".join(quote(part) for part in path.split("/"))
    if lang == "en":
        return f"../{up}{quoted}"
    return f"{up}{ENGLISH_FOLDER}/{quoted}"


def language_link(page: str | None, lang: str = ZH) -> str:
    """The link to the same page in the other language, as HTML (empty without ``page``)."""
    if not page:
        return ""
    other = "zh-Hant-TW" if lang == "en" else "en"
    label = escape(pick(NAV_TEXT["other_language"], lang))
    return (
        f'<p class="language"><a href="{escape(other_language_href(page, lang))}" '
        f'hreflang="{other}" lang="{other}">{label}</a></p>'
    )


#: Every build's front page, beside its pages: what their 「← 回到索引」 links.
INDEX_PAGE = "index.html"


def page_resources(
    lang: str = ZH,
    workbook: bool = True,
    page: str | None = None,
    constructed: bool = False,
    name: str = "",
    index_href: str | None = None,
) -> dict[str, Any]:
    """What the page template shows besides the notebook: its language and its links; with
    ``page`` (the page's path in its language's site, see :func:`other_language_href`) a link
    to the same page in the other language; with ``constructed`` (the page is built from a
    constructed report) the banner saying so (:data:`CONSTRUCTED_BANNER`). ``name``: the page's
    file name; the front page itself (:data:`INDEX_PAGE`, e.g. ``govplans corpus``'s page) has
    no link back to the index, which would point at itself, unless ``index_href`` names the
    index it belongs under (the reports' index beside ``reports/corpus/``)."""
    # the data folder's index.html lists its CSV files (a folder link opens nothing on most
    # servers)
    links = [{"href": f"{DATA_DIR}/index.html", "label": pick(NAV_TEXT["csv"], lang)}]
    if workbook:
        links.insert(
            0, {"href": f"{DATA_DIR}/{WORKBOOK}", "label": pick(NAV_TEXT["workbook"], lang)}
        )
    other = "zh-Hant-TW" if lang == "en" else "en"
    return {
        "language_code": "en" if lang == "en" else "zh-Hant-TW",
        "govplans": {
            # the footer's link to the method page, in the same folder as every page
            "method_href": METHOD_PAGE,
            "method_label": pick(NAV_TEXT["method"], lang),
            **(
                {
                    "index_href": index_href or INDEX_PAGE,
                    "index_label": pick(NAV_TEXT["index"], lang),
                }
                if name != INDEX_PAGE or index_href
                else {}
            ),
            "data_links": links,
            **({"constructed_notice": pick(CONSTRUCTED_BANNER, lang)} if constructed else {}),
            **(
                {
                    "language_href": other_language_href(page, lang),
                    "language_label": pick(NAV_TEXT["other_language"], lang),
                    "language_code": other,
                }
                if page
                else {}
            ),
        },
    }
