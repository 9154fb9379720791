"""The method page: every threshold with its parameter name and the value a page was made with,
the flags, the target statuses and types with their rules, the reason codes, reviewed against
automatic statuses, in-year figures and their coverage, what the report does not give, and the
sources with their SHA-256 and the software version.

Everything is read from the code's single sources of truth, so the page cannot drift from what
the tool does: :class:`~govplans.analyse.measures.Thresholds` (its fields are the parameters,
with their defaults), :data:`~govplans.analyse.measures.IN_STEP`, the flag codes, kinds and
weights (:mod:`govplans.model.vocab`), the statuses, the target types and which way each is
counted (:mod:`govplans.analyse.target_types`), the reason codes (:mod:`govplans.analyse.targets`),
and the words (:mod:`govplans.present.words`). Pure: given thresholds, sources, a version and a
language it returns HTML fragments; every text is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from decimal import Decimal
from pathlib import PurePath
from typing import TYPE_CHECKING

from govplans.analyse.measures import IN_STEP, MULTIPLES, Thresholds
from govplans.analyse.target_types import DOWNWARDS, TARGET_TYPES, UPWARDS
from govplans.analyse.targets import DECISION_REASONS, UNCLEAR_REASONS
from govplans.model.vocab import FLAG_CODES, SEVERITY, STATUSES, flag_kind
from govplans.present import fmt
from govplans.present.render import Html, escape, report_title, review_file
from govplans.present.words import (
    CONSISTENCY_CHECK,
    CORPUS_TEXT,
    FLAG_LABELS,
    METHOD_FLAG_RULES,
    METHOD_STATUS_RULES,
    METHOD_TEXT,
    METHOD_THRESHOLDS,
    METHOD_TYPE_RULES,
    OUT_OF_SAMPLE_ACCURACY,
    PAGE_TEXT,
    STATUS_LABELS,
    STATUS_REASON_TEXT,
    TARGET_TYPE_TEXT,
    UNCLEAR_REASON_TEXT,
    pick,
)

if TYPE_CHECKING:
    from govplans.analyse.assessment import Assessment

__all__ = [
    "POINTS",
    "STYLE",
    "Source",
    "page_html",
    "sections",
    "sources",
    "sources_of",
    "summary",
    "threshold_value",
    "title",
]

#: The :class:`Thresholds` fields that are a gap between two ratios, shown in percentage points
#: (the others are ratios shown as percentages, or multiples: ``measures.MULTIPLES``).
POINTS = ("appropriation_margin",)


@dataclass(frozen=True)
class Source:
    """One report a page was made from: its file name and SHA-256, and its reviewed statuses
    (``reviewed_file`` None: every status automatic)."""

    name: str
    sha256: str
    agency: str = ""
    fiscal_year: int | None = None
    reviewed_file: str | None = None
    n_targets: int = 0
    n_reviewed: int = 0
    n_agree: int = 0
    reviewed_on: str | None = None  # the day the review was last made, when its file says


def sources_of(
    assessments: Iterable[Assessment],
    lang: str = fmt.ZH,
    reviewed_on: Iterable[str | None] | None = None,
) -> list[Source]:
    """The :class:`Source` of each assessed report (agency in the page's language where a
    curated English name exists); ``reviewed_on``: for each assessment in turn, the day its
    review was last made (:func:`govplans.review_date`), None where unknown."""
    chosen = list(assessments)
    dates = list(reviewed_on) if reviewed_on is not None else [None] * len(chosen)
    if len(dates) != len(chosen):
        raise ValueError(f"{len(dates)} review dates for {len(chosen)} reports")
    out = []
    for a, day in zip(chosen, dates, strict=True):
        agreement = a.agreement()
        agency = (a.agency_en or a.report.agency) if lang == fmt.EN else a.report.agency
        out.append(
            Source(
                name=PurePath(str(a.report.source_path)).name,
                sha256=a.report.sha256,
                agency=agency,
                fiscal_year=int(a.report.fiscal_year),
                reviewed_file=agreement["source"] if agreement["n"] else None,
                n_targets=int(agreement["n_targets"]),
                n_reviewed=int(agreement["n"]),
                n_agree=int(agreement["n_agree"]),
                reviewed_on=day if agreement["n"] else None,
            )
        )
    return out


# ---------------------------------------------------------------- helpers


def _t(key: str, lang: str) -> str:
    return pick(METHOD_TEXT[key], lang)


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _h(text: str, level: int = 3) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


#: The method tables' own layout (text left-aligned and top-aligned, short columns unbroken,
#: a hash allowed to wrap anywhere), shown once with the page's title.
STYLE = (
    "<style>"
    "table.govplans-method { border-collapse: collapse; margin: 0.4rem 0 0.9rem; }"
    "table.govplans-method th, table.govplans-method td { text-align: left !important;"
    " vertical-align: top;"
    " padding: 0.25rem 0.6rem; }"
    "table.govplans-method td.nowrap { white-space: nowrap; }"
    "table.govplans-method code.hash { word-break: break-all; white-space: normal; }"
    "</style>"
)


def _table(head: Sequence[str], rows: Iterable[Sequence[str]], nowrap: Sequence[int] = ()) -> str:
    """A table of already-escaped cells (``head`` is plain text, escaped here); the columns
    ``nowrap`` (their positions) are never broken across lines."""
    th = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="nowrap">{c}</td>' if i in nowrap else f"<td>{c}</td>"
            for i, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return (
        f'<table class="govplans-method"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>'
    )


def _code(name: str) -> str:
    return f"<code>{escape(name)}</code>"


def threshold_value(name: str, value: float, lang: str = fmt.ZH) -> str:
    """A threshold as a reader reads it (plain text): a ratio as a percentage (``90%``), a gap
    in percentage points (``15個百分點``), a multiple (``3倍``)."""
    if name in MULTIPLES:
        return fmt.format_multiple_threshold(value, lang)
    if name in POINTS or name == "in_step":
        return fmt.format_margin(value, lang)
    return fmt.format_threshold(value, lang)


def _parameter(name: str, th: Thresholds, lang: str) -> str:
    """A parameter named in a rule, as HTML: its name and the value used (``execution_low``
    （80%）)."""
    value = escape(threshold_value(name, getattr(th, name), lang))
    return f"{_code(name)}（{value}）" if lang == fmt.ZH else f"{_code(name)} ({value})"


def _rule(pair: tuple[str, str], th: Thresholds, lang: str) -> str:
    """A rule's words (escaped) with every ``{parameter}`` shown by :func:`_parameter` and
    ``{check}`` as the tool's consistency check."""
    values = {f.name: _parameter(f.name, th, lang) for f in fields(Thresholds)}
    check = escape(pick(CONSISTENCY_CHECK, lang))
    values["check"] = check[:1].upper() + check[1:] if lang == fmt.EN else check
    return escape(pick(pair, lang)).format(**values)


def _list(items: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


# ---------------------------------------------------------------- the sections


def title(assessments: Sequence[Assessment], lang: str = fmt.ZH) -> Html:
    """The page's heading (the report it belongs to, or the number of reports of a corpus) and
    what the page is."""
    if len(assessments) == 1:
        heading = report_title(assessments[0], "method", lang)
    else:
        count = pick(METHOD_TEXT["n_reports"], lang).format(n=len(assessments))
        heading = f"{pick(PAGE_TEXT['method'], lang)}{'：' if lang == fmt.ZH else ': '}{count}"
    return Html(f"{STYLE}<h2>{escape(heading)}</h2>{_p(_t('intro', lang))}")


def summary(th: Thresholds, lang: str = fmt.ZH) -> str:
    """The page's one line for an index: the thresholds it states, by parameter (plain text)."""
    values = ", ".join(
        f"{f.name} {threshold_value(f.name, getattr(th, f.name), lang)}" for f in fields(th)
    )
    return pick(METHOD_TEXT["summary"], lang).format(values=values)


def _not_in_source(lang: str) -> str:
    return (
        _h(_t("not_in_source", lang))
        + _p(_t("not_in_source_text", lang))
        + _p(_t("equal_text", lang))
    )


def _measures(lang: str) -> str:
    names = ("execution_rate", "appropriation_progress_rate", "schedule_elapsed_rate")
    items = "".join(f"<li>{escape(_t(n, lang))}（{_code(n)}）</li>" for n in names)
    if lang == fmt.EN:
        items = "".join(f"<li>{escape(_t(n, lang))} ({_code(n)})</li>" for n in names)
    return _h(_t("measures", lang)) + f"<ul>{items}</ul>" + _p(_t("zero", lang))


def _thresholds(th: Thresholds, lang: str) -> str:
    default = Thresholds()
    rows = [
        [
            _code(f.name),
            f"<strong>{escape(threshold_value(f.name, getattr(th, f.name), lang))}</strong>",
            escape(threshold_value(f.name, getattr(default, f.name), lang)),
            escape(pick(METHOD_THRESHOLDS[f.name], lang)),
        ]
        for f in fields(Thresholds)
    ]
    rows.append(
        [
            _code("IN_STEP"),
            escape(threshold_value("in_step", IN_STEP, lang)),
            escape(_t("fixed", lang)),
            escape(pick(METHOD_THRESHOLDS["in_step"], lang)),
        ]
    )
    head = [_t(k, lang) for k in ("parameter", "value", "default", "decides")]
    return _h(_t("thresholds", lang)) + _table(head, rows, (0, 1, 2)) + _p(_t("order", lang))


def _flags(th: Thresholds, lang: str) -> str:
    rows = [
        [
            escape(pick(FLAG_LABELS[code], lang)),
            _code(code),
            escape(_t(flag_kind(code), lang)),
            _rule(METHOD_FLAG_RULES[code], th, lang),
            escape(str(SEVERITY[code])),
        ]
        for code in FLAG_CODES
    ]
    head = [_t(k, lang) for k in ("flag", "code", "kind", "rule", "weight")]
    return _h(_t("flags", lang)) + _p(_t("flags_text", lang)) + _table(head, rows, (1, 2, 4))


def _example(th: Thresholds, lang: str) -> str:
    """The exceed margin on a target of 100, computed as the engine compares (exact decimals)."""
    margin = Decimal(str(th.exceed_margin))
    target = Decimal(100)
    number = fmt.format_number
    return escape(_t("example", lang)).format(
        target=escape(number(float(target), lang)),
        margin=_parameter("exceed_margin", th, lang),
        up=escape(number(float(target * (1 + margin)), lang)),
        down=escape(number(float(target * (1 - margin)), lang)),
    )


def _type_names(types: Iterable[str], lang: str) -> str:
    separator = "、" if lang == fmt.ZH else ", "
    return separator.join(pick(TARGET_TYPE_TEXT[t], lang) for t in types)


def _statuses(th: Thresholds, lang: str) -> str:
    rows = [
        [
            escape(pick(STATUS_LABELS[status], lang)),
            _code(status),
            _rule(METHOD_STATUS_RULES[status], th, lang),
        ]
        for status in STATUSES
    ]
    head = [_t("status", lang), _t("code", lang), _t("rule", lang)]
    direction = _t("direction", lang).format(
        upwards=_type_names(UPWARDS, lang), downwards=_type_names(DOWNWARDS, lang)
    )
    return (
        _h(_t("statuses", lang))
        + _table(head, rows, (0, 1))
        + f"<p>{_example(th, lang)}</p>"
        + _p(direction)
        + _p(_t("combine", lang))
        + _p(_t("agency_first", lang))
        + _p(_t("other_account", lang))
    )


def _types(lang: str) -> str:
    rows = [
        [
            escape(pick(TARGET_TYPE_TEXT[kind], lang)),
            _code(kind),
            escape(pick(METHOD_TYPE_RULES[kind][0], lang)),
            escape(pick(METHOD_TYPE_RULES[kind][1], lang)),
        ]
        for kind in TARGET_TYPES
    ]
    head = [_t(k, lang) for k in ("type", "code", "recognised", "met_when")]
    return _h(_t("types", lang)) + _table(head, rows, (1,))


def _reasons(lang: str) -> str:
    head = [_t("code", lang), _t("meaning", lang)]
    decided = [[_code(c), escape(pick(STATUS_REASON_TEXT[c], lang))] for c in DECISION_REASONS]
    unclear = [[_code(c), escape(pick(UNCLEAR_REASON_TEXT[c], lang))] for c in UNCLEAR_REASONS]
    return (
        _h(_t("reasons", lang))
        + _h(_t("decided_reasons", lang), 4)
        + _table(head, decided, (0,))
        + _h(_t("unclear_reasons", lang), 4)
        + _table(head, unclear, (0,))
    )


def _reviewed(lang: str) -> str:
    return (
        _h(_t("reviewed", lang))
        + _p(_t("reviewed_text", lang))
        + _p(pick(OUT_OF_SAMPLE_ACCURACY, lang))
    )


def _in_year(lang: str) -> str:
    return (
        _h(_t("in_year", lang))
        + _p(pick(CORPUS_TEXT["in_year_caveat"], lang))
        + _p(_t("in_year_link", lang))
        + _p(_t("in_year_coverage", lang))
        + _p(_t("in_year_not_bc", lang))
    )


def sections(th: Thresholds, lang: str = fmt.ZH) -> list[Html]:
    """The page's sections in order, before its sources (:func:`sources`)."""
    fmt.check_lang(lang)
    return [
        Html(_not_in_source(lang)),
        Html(_measures(lang)),
        Html(_thresholds(th, lang)),
        Html(_flags(th, lang)),
        Html(_statuses(th, lang)),
        Html(_types(lang)),
        Html(_reasons(lang)),
        Html(_reviewed(lang)),
        Html(_in_year(lang)),
    ]


def _reviewed_cell(source: Source, lang: str) -> str:
    if not source.reviewed_file:
        return escape(_t("reviewed_none", lang))
    return escape(
        _t("reviewed_some", lang).format(
            n_reviewed=source.n_reviewed,
            n_targets=source.n_targets,
            file=review_file(source.reviewed_file, lang, source.reviewed_on),
            n_agree=source.n_agree,
        )
    )


def sources(items: Sequence[Source], version: str, lang: str = fmt.ZH) -> Html:
    """The sources (file, agency, year, SHA-256, reviewed statuses) and the software version."""
    fmt.check_lang(lang)
    rows = [
        [
            escape(s.name),
            escape(s.agency),
            escape(fmt.roc_year(s.fiscal_year, lang) if s.fiscal_year is not None else ""),
            f'<code class="hash">{escape(s.sha256)}</code>',
            _reviewed_cell(s, lang),
        ]
        for s in items
    ]
    head = [_t(k, lang) for k in ("report_file", "agency", "year")] + [
        "SHA-256",
        _t("reviewed_column", lang),
    ]
    return Html(
        _h(_t("sources", lang))
        + _table(head, rows, (1, 2))
        + _p(_t("software", lang).format(version=version))
    )


def page_html(th: Thresholds, items: Sequence[Source], version: str, lang: str = fmt.ZH) -> str:
    """The whole page body (sections and sources) as one HTML string, for tests and exports."""
    return "".join(str(h) for h in [*sections(th, lang), sources(items, version, lang)])
