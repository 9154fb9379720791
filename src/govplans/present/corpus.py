"""The corpus page: several reports read together (agencies side by side, plans across years).

Every figure comes from :func:`govplans.analyse.corpus.build_corpus`'s tables; this module only
words, formats and escapes them. In-year figures are shown only where they are known (the plan
was linked to the report of the year before, or started this year); an unknown one stays empty.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import PercentFormatter

from govplans.analyse.corpus import (
    Corpus,
    execution_code,
    has_execution_flag,
    lineage,
    linked_years,
    needs_attention,
    rate_basis,
)
from govplans.analyse.measures import Thresholds, rate_bounds
from govplans.model.report import Report
from govplans.model.values import is_missing
from govplans.model.vocab import AGENCY_YEAR_COUNTS, TARGET_COUNTS
from govplans.present import counts as met_counts
from govplans.present import fmt
from govplans.present.charts import by_value, first_rows, setup_fonts
from govplans.present.charts import show as show  # the notebook shows its chart with page.show
from govplans.present.charts import text as chart_text
from govplans.present.export import folder_name
from govplans.present.render import (
    INDEX_CSS,
    Html,
    Markdown,
    constructed_banner,
    escape,
    escape_markdown,
    language_link,
    method_footer,
    page_resources,
    profile_href,
    rate_flag_text,
    table,
    word,
)
from govplans.present.words import (
    CAVEAT,
    CORPUS_TEXT,
    LINK_REASONS,
    MET_INFERRED,
    SEARCH_TEXT,
    ZH,
    name_in,
    pick,
)

AgencyNames = Mapping[str, str]

#: The columns each corpus table shows on the page (the CSV and JSON keep every column).
AGENCY_YEAR_COLUMNS = [
    "agency",
    "fiscal_year",
    "n_plans",
    "appropriated_thousand_twd",
    "executed_thousand_twd",
    "execution_rate",
    "n_plans_below_warn",
    "n_plans_in_year_known",
    "appropriated_in_year_thousand_twd",
    "executed_in_year_thousand_twd",
    "execution_rate_in_year",
    "execution_rate_in_year_covered",
    "n_plans_below_warn_in_year",
]
AGENCY_FLAG_COLUMNS = ["agency", "fiscal_year", "n_plans", *AGENCY_YEAR_COUNTS]
HISTORY_COLUMNS = [
    "agency",
    "fiscal_year",
    "plan_id",
    "name",
    "appropriated_thousand_twd",
    "executed_thousand_twd",
    "execution_rate",
    "appropriated_in_year_thousand_twd",
    "executed_in_year_thousand_twd",
    "execution_rate_in_year",
    "execution_flag_in_year",
    "previous_plan_id",
    "link",
    "year_status",
    "next_status",
]
#: The columns of short words (the agency, how a plan was linked, its year's status), kept
#: whole between words in print (「無前一年度報告」 on one line, not three).
LABELS = ("agency", "link", "year_status", "next_status", "execution_flag_in_year")
#: The codes kept on one line in print (「114-03」, not 「114-」 over 「03」).
WHOLE = ("plan_id", "previous_plan_id", "candidate_plan_id", "fiscal_year")
CANDIDATE_COLUMNS = [
    "agency",
    "fiscal_year",
    "plan_id",
    "name",
    "candidate_fiscal_year",
    "candidate_plan_id",
    "candidate_name",
    "reason",
    "execution_rate_in_year_if_linked",
]


def text(key: str, lang: str = ZH, **values: object) -> str:
    """A corpus page text in ``lang``, formatted with ``values``."""
    return pick(CORPUS_TEXT[key], lang).format(**values)


def _agency(agency: str, lang: str, names: AgencyNames | None) -> str:
    return name_in(lang, agency, (names or {}).get(agency))


def _year(year: int, lang: str) -> str:
    return fmt.roc_year(int(year), lang)


def _years(corpus: Corpus, lang: str) -> str:
    years = sorted({int(r.fiscal_year) for r in corpus.reports})
    if len(years) == 1:
        return _year(years[0], lang)
    dash = "–"
    if lang == "en":
        return f"{years[0] + 1911}{dash}{years[-1] + 1911} (ROC {years[0]}{dash}{years[-1]})"
    return f"{years[0]}{dash}{years[-1]}年（{years[0] + 1911}{dash}{years[-1] + 1911}年）"


def heading(key: str, lang: str = ZH, level: int = 3) -> Markdown:
    """A section heading of the corpus page."""
    return Markdown(f"{'#' * level} {escape_markdown(text(key, lang))}")


def scope_line(corpus: Corpus, lang: str = ZH, names: AgencyNames | None = None) -> str:
    """What the corpus holds: reports, agencies, years, plan-years."""
    agencies = sorted({r.agency for r in corpus.reports})
    joiner = "、" if lang == ZH else ", "
    return text(
        "scope",
        lang,
        n_reports=len(corpus.reports),
        reports=fmt.counted(len(corpus.reports), "report", "reports"),
        agencies=joiner.join(_agency(a, lang, names) for a in agencies),
        years=_years(corpus, lang),
        n_rows=len(corpus.history),
    )


def heading_text(agencies: list[str], lang: str = ZH, names: AgencyNames | None = None) -> str:
    """The page's title: one agency's years (one agency shown), or agencies and years."""
    if len(agencies) == 1:
        return text("agency_title", lang, agency=_agency(agencies[0], lang, names))
    return text("title", lang)


def title(corpus: Corpus, lang: str = ZH, names: AgencyNames | None = None) -> Markdown:
    """The page heading, what the corpus holds and the two caveats its figures need."""
    label = pick(CAVEAT["label"], lang)
    separator = "：" if lang != "en" else ": "
    agencies = sorted({r.agency for r in corpus.reports})
    lines = [
        f"## {escape_markdown(heading_text(agencies, lang, names))}",
        escape_markdown(scope_line(corpus, lang, names)),
        f"> **{label}**{separator}{escape_markdown(pick(CAVEAT['rate'], lang))}"
        + ("." if lang == "en" else "。"),
        f"> {escape_markdown(text('in_year_caveat', lang))}",
    ]
    return Markdown("\n\n".join(lines))


def agency_year_line(
    row: Mapping[str, object],
    history: pd.DataFrame,
    thresholds: Thresholds,
    lang: str = ZH,
    names: AgencyNames | None = None,
    inferred: int = 0,
) -> str:
    """One agency-year in a sentence: plans, cumulative rate and, when known, the in-year rate
    with the plans flagged on it (``execution_flag_in_year``, decided with ``thresholds``),
    then the plans with warnings and the targets by status (the met count with the ``inferred``
    ones said apart, :mod:`~govplans.present.counts`)."""
    bounds = rate_bounds(thresholds)
    mine = history[
        (history["agency"] == row["agency"]) & (history["fiscal_year"] == row["fiscal_year"])
    ]
    n_known = int(row["n_plans_in_year_known"])  # type: ignore[call-overload]
    if n_known:
        # the agency's in-year rate only over all its plans; over fewer, said as theirs
        in_year = text(
            "in_year_known" if n_known == int(row["n_plans"]) else "in_year_partial",  # type: ignore[call-overload]
            lang,
            n_known=n_known,
            n_plans=int(row["n_plans"]),  # type: ignore[call-overload]
            rate=fmt.format_rate(row["execution_rate_in_year_covered"], lang, bounds=bounds),  # type: ignore[arg-type]
            threshold=fmt.format_threshold(thresholds.execution_warn, lang),
            **_below(mine, mine["execution_flag_in_year"].map(has_execution_flag), lang),
        )
    else:
        in_year = text("in_year_unknown", lang)
    counts = {name: int(row[name]) for name in TARGET_COUNTS}  # type: ignore[call-overload]
    n_warning = int(row["n_warning_plans"])  # type: ignore[call-overload]
    cumulative = _below(mine, mine["flags"].map(has_execution_flag), lang)
    return text(
        "line",
        lang,
        threshold=fmt.format_threshold(thresholds.execution_warn, lang),
        **cumulative,
        agency=_agency(str(row["agency"]), lang, names),
        year=_year(int(row["fiscal_year"]), lang),  # type: ignore[call-overload]
        n_plans=int(row["n_plans"]),  # type: ignore[call-overload]
        rate=fmt.format_rate(row["execution_rate"], lang, bounds=bounds),  # type: ignore[arg-type]
        plans=fmt.counted(int(row["n_plans"]), "plan", "plans"),  # type: ignore[call-overload]
        in_year=in_year,
        attainment=text(
            "targets_line",
            lang,
            n_warning=n_warning,
            warning_plans=fmt.counted(n_warning, "plan", "plans"),
            targets=fmt.counted(counts["n_targets"], "target", "targets"),
            met_inferred=met_counts.qualifier("met", inferred, lang),
            **counts,
        ),
    )


def _below(plans: pd.DataFrame, below: pd.Series, lang: str) -> dict[str, object]:
    """How many plans are below the threshold, and which (their ids, in brackets)."""
    ids = [str(p) for p in plans.loc[below[below].index, "plan_id"]]
    if not ids:
        return {"n_below": 0, "ids": ""}
    shown = f"（{'、'.join(ids)}）" if lang == ZH else f" ({', '.join(ids)})"
    return {"n_below": len(ids), "ids": shown}


def links_line(corpus: Corpus, lang: str = ZH) -> str:
    """How the plans were linked across years, and how many links are left for review."""
    counts = corpus.history["link"].value_counts()
    return text(
        "links",
        lang,
        by_name=int(counts.get("name", 0)),
        by_crosswalk=int(counts.get("crosswalk", 0)),
        n_review=len(corpus.candidates),
    )


def summary(
    corpus: Corpus,
    lang: str = ZH,
    names: AgencyNames | None = None,
) -> Markdown:
    """The corpus in a few sentences: one per agency-year, then the links."""
    th = corpus.thresholds
    inferred = _inferred(corpus)
    lines = [
        "- "
        + escape_markdown(
            agency_year_line(
                row,
                corpus.history,
                th,
                lang,
                names,
                len(inferred.get((row["agency"], int(row["fiscal_year"])), [])),
            )
        )
        for row in corpus.agency_years.to_dict("records")
    ]
    lines.append(f"- {escape_markdown(links_line(corpus, lang))}")
    return Markdown("\n".join(lines))


def _inferred(corpus: Corpus, lang: str = ZH) -> dict[tuple[object, int], list[str]]:
    """Each agency-year's met targets inferred from related work, named
    (:mod:`~govplans.present.counts`); an agency-year without any is absent."""
    found: dict[tuple[object, int], list[str]] = {}
    for a in corpus.assessments:
        names = met_counts.target_names(a.targets, lang)
        if names:
            found[(a.report.agency, int(a.report.fiscal_year))] = names
    return found


def inferred_note(corpus: Corpus, lang: str = ZH, names: AgencyNames | None = None) -> Html:
    """The note under the table of targets by status: the met targets inferred from related
    work, named with their agency-year when the page shows more than one; nothing when none."""
    found = _inferred(corpus, lang)
    if not found:
        return Html("")
    if len(corpus.reports) == 1:
        shown = next(iter(found.values()))
    else:
        joiner = "、" if lang == ZH else ", "
        shown = [
            pick(MET_INFERRED["agency_year"], lang).format(
                agency=_agency(str(agency), lang, names),
                year=_year(year, lang),
                targets=joiner.join(targets),
            )
            for (agency, year), targets in found.items()
        ]
    n = sum(len(t) for t in found.values())
    text = met_counts.note(shown, lang, n, grouped=len(corpus.reports) > 1)
    return Html(f'<p class="govplans-note">{escape(text)}</p>')


def year_status_key(year_status: object, start_roc_year: object, fiscal_year: object) -> str:
    """The words key of a plan-year's ``year_status``: a plan first seen in the corpus is
    ``year_new`` (a new plan) only when its period starts in that fiscal year; one that started
    earlier is ``year_first_seen`` (first seen in these reports). The one place this is
    decided."""
    if str(year_status) != "new":
        return f"year_{year_status}"
    return "year_new" if _starts_in(start_roc_year, fiscal_year) else "year_first_seen"


def _starts_in(start_roc_year: object, fiscal_year: object) -> bool:
    """Whether a plan's period starts in ``fiscal_year`` (an unreadable start never does)."""
    return not is_missing(start_roc_year) and int(start_roc_year) == int(fiscal_year)  # type: ignore[call-overload]


def _link_words(frame: pd.DataFrame, reports: set[tuple[Any, int]] | None) -> list[str]:
    """How each plan-year was linked, where ``none`` says why: a new plan (its period starts
    this year: nothing earlier to link), no report of the year before among ``reports`` (the
    (agency, year) pairs read; None: not known), a link left for review (``year_status``
    ``pending``), else not linked."""
    words = []
    for row in frame.to_dict("records"):
        link = row["link"]
        if link != "none":
            words.append(f"link_{link}")
        elif _starts_in(row.get("start_roc_year"), row["fiscal_year"]):
            words.append("link_new_plan")
        elif row.get("year_status") == "pending":
            words.append("link_review")
        elif reports is not None and (row["agency"], int(row["fiscal_year"]) - 1) not in reports:
            words.append("link_no_previous")
        else:
            words.append("link_none")
    return words


def _reports_of(corpus: Corpus | None) -> set[tuple[Any, int]] | None:
    return None if corpus is None else {(r.agency, int(r.fiscal_year)) for r in corpus.reports}


def _with_words(
    frame: pd.DataFrame,
    lang: str,
    names: AgencyNames | None,
    corpus: Corpus | None = None,
    reports: set[tuple[Any, int]] | None = None,
) -> pd.DataFrame:
    shown = frame.copy()
    if "link" in shown:
        known = reports if reports is not None else _reports_of(corpus)
        shown["link"] = [text(key, lang) for key in _link_words(frame, known)]
    if "agency" in shown:
        shown["agency"] = [_agency(str(a), lang, names) for a in shown["agency"]]
    if "year_status" in shown:
        starts = frame["start_roc_year"] if "start_roc_year" in frame else [None] * len(frame)
        shown["year_status"] = [
            text(year_status_key(v, start, year), lang)
            for v, start, year in zip(
                frame["year_status"], starts, frame["fiscal_year"], strict=True
            )
        ]
    if "next_status" in shown:
        shown["next_status"] = [text(f"next_{v}", lang) for v in shown["next_status"]]
    if "reason" in shown:  # an unknown reason reads as written
        shown["reason"] = [
            pick(LINK_REASONS[str(v)], lang) if str(v) in LINK_REASONS else v
            for v in shown["reason"]
        ]
    return shown


def _columns(corpus: Corpus, columns: list[str]) -> list[str]:
    """The columns a table shows: without ``agency`` on one agency's page (every row would
    repeat it; the page's title names it)."""
    if len({r.agency for r in corpus.reports}) == 1:
        return [c for c in columns if c != "agency"]
    return columns


def agency_years_table(
    corpus: Corpus,
    lang: str = ZH,
    names: AgencyNames | None = None,
) -> Html:
    """One row per agency and year: sums, the cumulative and the in-year execution rate."""
    return table(
        _with_words(corpus.agency_years, lang, names),
        _columns(corpus, AGENCY_YEAR_COLUMNS),
        lang,
        thresholds=corpus.thresholds,
        schema_table="agency_years",
        labels=LABELS,
        whole=WHOLE,
    )


def agency_flags_table(
    corpus: Corpus,
    lang: str = ZH,
    names: AgencyNames | None = None,
) -> Html:
    """One row per agency and year: plans with warnings and notes, targets by status."""
    return table(
        _with_words(corpus.agency_years, lang, names),
        _columns(corpus, AGENCY_FLAG_COLUMNS),
        lang,
        schema_table="agency_years",
        labels=LABELS,
        whole=WHOLE,
    )


def profile_page(agency: str, fiscal_year: int, plan_id: str) -> str:
    """A plan-year's profile page in a site, from the site's root: its report's folder
    (:func:`~govplans.present.export.folder_name`), then the profile (not URL-quoted)."""
    return f"{folder_name(agency, int(fiscal_year))}/{profile_href(plan_id)}"


def history_table(
    corpus: Corpus,
    lang: str = ZH,
    names: AgencyNames | None = None,
    profiles: str | Iterable[str] = (),
) -> Html:
    """One row per plan and year: each plan's years together (linked across years), in order.
    ``profiles``: the plan-years' profile pages there are (:func:`profile_page`; ";"-joined as
    a notebook parameter gives them, as a site's build finds them beside its corpus and agency
    pages): a plan-year's id links its profile, where its detail is (never a page not there)."""
    history = corpus.history.assign(_lineage=lineage(corpus.history))
    ordered = history.sort_values(["agency", "_lineage", "fiscal_year"], kind="stable")
    there = set(profiles.split(";") if isinstance(profiles, str) else profiles) - {""}
    pages = [
        profile_page(str(a), int(y), str(p))
        for a, y, p in zip(
            ordered["agency"], ordered["fiscal_year"], ordered["plan_id"], strict=True
        )
    ]
    return table(
        _with_words(ordered, lang, names, corpus),
        _columns(corpus, HISTORY_COLUMNS),
        lang,
        thresholds=corpus.thresholds,
        schema_table="plan_history",
        labels=LABELS,
        whole=WHOLE,
        hrefs={"plan_id": [quote(p) if p in there else None for p in pages]} if there else None,
        compact=True,
    )


#: The columns of a plan's history on its profile page.
PLAN_HISTORY_COLUMNS = [c for c in HISTORY_COLUMNS if c not in ("agency", "previous_plan_id")]


def plan_history(
    history: pd.DataFrame | None,
    agency: str,
    plan_id: str,
    fiscal_year: int,
    thresholds: Thresholds | None = None,
    lang: str = ZH,
) -> Html:
    """A plan's years across the reports (its lineage: the years linked to it, earlier and
    later, each linking its own profile), for its profile page; nothing when the build has no
    history (one report) or the plan is not in it. ``history``: the agency's plan-years (its
    (agency, year) pairs are the reports read, for the link words)."""
    if history is None or history.empty:
        return Html("")
    mine = (history["agency"] == agency) & (history["plan_id"] == plan_id)
    mine &= history["fiscal_year"] == fiscal_year
    if not mine.any():
        return Html("")
    rows = linked_years(history, mine).sort_values("fiscal_year", kind="stable")
    reports = {(a, int(y)) for a, y in zip(history["agency"], history["fiscal_year"], strict=True)}
    body = table(
        _with_words(rows, lang, None, reports=reports),
        PLAN_HISTORY_COLUMNS,
        lang,
        thresholds=thresholds or Thresholds(),
        schema_table="plan_history",
        labels=LABELS,
        whole=WHOLE,
        hrefs={"fiscal_year": other_year_hrefs(rows, fiscal_year)},
    )
    return Html(f"<h3>{escape(text('plan_history', lang))}</h3>{body.html}")


def constructed_plans(
    history: pd.DataFrame, reports: Iterable[Report], fiscal_year: int
) -> set[str]:
    """The plans of ``fiscal_year`` whose profile shows figures of a constructed report
    (:attr:`~govplans.model.report.Report.constructed`): a year of their lineage (what
    :func:`plan_history` shows, and the in-year figures derived from it) comes from one. Their
    pages carry the constructed-data banner, as the constructed report's own pages do."""
    made = {(r.agency, int(r.fiscal_year)) for r in reports if r.constructed}
    if history is None or history.empty or not made:
        return set()
    roots = lineage(history)
    from_made = pd.Series(
        [
            (a, int(y)) in made
            for a, y in zip(history["agency"], history["fiscal_year"], strict=True)
        ],
        index=history.index,
    )
    mine = history["fiscal_year"] == fiscal_year
    return {str(p) for p in history.loc[mine & roots.isin(set(roots[from_made])), "plan_id"]}


def other_year_hrefs(rows: pd.DataFrame, fiscal_year: int) -> list[str | None]:
    """Relative links from a plan's profile to its profiles of the other years (a site puts
    each report in a folder of its own, :func:`~govplans.present.export.folder_name`, side by
    side); None for this page's own year."""
    return [
        None
        if int(year) == int(fiscal_year)
        else f"../{quote(folder_name(str(agency), int(year)))}/{quote(profile_href(str(pid)))}"
        for agency, year, pid in zip(
            rows["agency"], rows["fiscal_year"], rows["plan_id"], strict=True
        )
    ]


#: The measures the attention lists judge by (:func:`~govplans.analyse.corpus.rate_basis`),
#: in the order of their lists: the in-year rate, then the cumulative rate where there is none.
ATTENTION_BASES = ("in_year", "cumulative")


def attention(corpus: Corpus) -> pd.DataFrame:
    """The plan-years with an execution flag across the corpus
    (:func:`~govplans.analyse.corpus.needs_attention`: by the in-year rate where it is known,
    else by the cumulative rate; ``rate_basis`` says which), grouped by that measure
    (:data:`ATTENTION_BASES`) and lowest rate first within each: the two measures are never
    ranked in one order."""
    h = corpus.history
    basis = rate_basis(h)
    rate = h["execution_rate_in_year"].where(basis == "in_year", h["execution_rate"])
    order = basis.map({b: i for i, b in enumerate(ATTENTION_BASES)})
    out = h.assign(rate=rate.astype(float), rate_basis=basis, _order=order)
    out = out[needs_attention(h)].sort_values(
        ["_order", "rate", "agency", "fiscal_year"], kind="stable"
    )
    return out.drop(columns="_order")


def attention_table(
    corpus: Corpus,
    lang: str = ZH,
    names: AgencyNames | None = None,
) -> Html:
    """The plans needing attention across the corpus (:func:`attention`), one list per measure
    (in-year, then cumulative), each with its heading and with why: the flag of the rate that
    decided, with its threshold; or a sentence saying there are none."""
    th = corpus.thresholds
    rows = attention(corpus)
    if rows.empty:
        limit = fmt.format_threshold(th.execution_warn, lang)
        return Html(f"<p>{escape(text('no_attention', lang, threshold=limit))}</p>")
    parts = []
    for basis in ATTENTION_BASES:
        mine = rows[rows["rate_basis"] == basis]
        if mine.empty:
            continue
        why = [
            rate_flag_text(row["execution_flag_in_year"], "in_year", th, lang)
            if basis == "in_year"
            else rate_flag_text(execution_code(row["flags"]), "cumulative", th, lang)
            for row in mine.to_dict("records")
        ]
        rate_column = "execution_rate_in_year" if basis == "in_year" else "execution_rate"
        body = table(
            _with_words(mine, lang, names).assign(attention_flag=why),
            _columns(
                corpus,
                ["agency", "fiscal_year", "plan_id", "name", rate_column, "attention_flag"],
            ),
            lang,
            thresholds=th,
            schema_table="plan_history",
            labels=LABELS,
            whole=WHOLE,
            wide=("name", "attention_flag"),
        )
        heading = text(f"attention_{basis}", lang, n=len(mine))
        # the list's heading kept with its first rows in print (the print stylesheet's
        # govplans-list); a list kept whole left a fifth of a sheet blank before it
        parts.append(f'<div class="govplans-list"><h4>{escape(heading)}</h4>{body.html}</div>')
    return Html("".join(parts))


def candidates_table(corpus: Corpus, lang: str = ZH, names: AgencyNames | None = None) -> Html:
    """The links left for review (with their reason), or a sentence saying there are none."""
    if corpus.candidates.empty:
        return Html(f"<p>{escape(text('no_candidates', lang))}</p>")
    return table(
        _with_words(corpus.candidates, lang, names),
        _columns(corpus, CANDIDATE_COLUMNS),
        lang,
        schema_table="link_candidates",
        labels=LABELS,
        whole=WHOLE,
        wide=("name", "candidate_name", "reason"),
    )


def sources(corpus: Corpus, lang: str = ZH, names: AgencyNames | None = None) -> Markdown:
    """Each report the page reads: agency, year, file, plans."""
    counts = corpus.agency_years.set_index(["agency", "fiscal_year"])["n_plans"]
    lines = [f"### {escape_markdown(text('sources', lang))}"]
    for r in corpus.reports:
        line = text(
            "source_line",
            lang,
            agency=_agency(r.agency, lang, names),
            year=_year(r.fiscal_year, lang),
            report=r.source_path.name,
            n_plans=int(counts[(r.agency, r.fiscal_year)]),
            sha256=r.sha256,
        )
        lines.append(f"- {escape_markdown(line)}")
    return Markdown("\n".join(lines))


def execution_chart(
    corpus: Corpus,
    lang: str = ZH,
    names: AgencyNames | None = None,
) -> Figure:
    """Each agency-year's cumulative and (where known) in-year execution rate, side by side,
    with the warning threshold drawn; over :data:`CHART_ROWS` agency-years, the lowest
    (:func:`chart_rows`), the title saying how many of how many."""
    th = corpus.thresholds
    setup_fonts(lang)
    rows = chart_rows(corpus.agency_years)
    labels = [
        f"{_agency(str(a), lang, names)} {int(y) + 1911 if lang == 'en' else f'{int(y)}年'}"
        for a, y in zip(rows["agency"], rows["fiscal_year"], strict=True)
    ]
    y = list(range(len(rows)))
    fig, ax = plt.subplots(figsize=(9, 1.2 + 0.6 * len(rows)), layout="constrained")
    bounds = rate_bounds(th)
    cumulative = pd.to_numeric(rows["execution_rate"], errors="coerce")
    ax.barh([i - 0.2 for i in y], cumulative.fillna(0), height=0.38, color="#4c72b0")
    for i, rate in enumerate(cumulative):
        shown = fmt.format_rate(rate, lang, bounds=bounds)
        ax.text(0 if pd.isna(rate) else rate + 0.01, i - 0.2, shown, va="center", fontsize=8)
    # The in-year rate: solid where it is the agency's (every plan has in-year figures);
    # hatched, paler and labelled with its share where only some plans have them.
    covered = pd.to_numeric(rows["execution_rate_in_year_covered"], errors="coerce")
    complete = rows["n_plans_in_year_known"] == rows["n_plans"]
    for i, (rate, whole, known, n) in enumerate(
        zip(covered, complete, rows["n_plans_in_year_known"], rows["n_plans"], strict=True)
    ):
        value = 0.0 if pd.isna(rate) else float(rate)
        style = (
            {"color": "#dd8452"}
            if whole
            else {"color": "#f6d7c3", "hatch": "///", "edgecolor": "#dd8452", "linewidth": 0}
        )
        ax.barh([i + 0.2], [value], height=0.38, **style)
        shown = fmt.format_rate(rate, lang, bounds=bounds)
        if not whole and not pd.isna(rate):
            shown = text("partial_rate_label", lang, rate=shown, n_known=int(known), n_plans=int(n))
        ax.text(value + 0.01 if value else 0, i + 0.2, shown, va="center", fontsize=8)
    handles: list[Any] = [
        Patch(color="#4c72b0", label=text("cumulative_rate", lang)),
        Patch(color="#dd8452", label=text("in_year_rate", lang)),
    ]
    if not complete.all():
        handles.append(
            Patch(
                facecolor="#f6d7c3",
                hatch="///",
                edgecolor="#dd8452",
                linewidth=0,
                label=text("in_year_partial_legend", lang),
            )
        )
    threshold = f"{chart_text('threshold', lang)} {fmt.format_threshold(th.execution_warn, lang)}"
    ax.axvline(th.execution_warn, color="#c44e52", linestyle="--", linewidth=1)
    handles.append(Line2D([], [], color="#c44e52", linestyle="--", linewidth=1, label=threshold))
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.45)
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    # the legend's entries on one line above the bars (two lines took a sixth of the chart's
    # height: an agency's page printed on one sheet more)
    ax.legend(
        handles=handles,
        loc="lower center",
        bbox_to_anchor=(0.5, 1.0),
        ncol=len(handles),
        frameon=False,
        handlelength=1.5,
        columnspacing=1.2,
    )
    ax.spines[["top", "right"]].set_visible(False)
    if len(rows) < len(corpus.agency_years):
        ax.set_title(
            text("chart_lowest", lang, shown=len(rows), total=len(corpus.agency_years)),
            loc="left",
            pad=24,
        )
    return fig


#: The most agency-years one chart shows (a bar pair each); the rest are in the table.
CHART_ROWS = 20


def chart_rows(agency_years: pd.DataFrame, limit: int = CHART_ROWS) -> pd.DataFrame:
    """The agency-years a chart shows: all up to ``limit``; else the ``limit`` lowest by in-year
    execution rate where known, else by cumulative rate (the ones an analyst looks at first),
    in agency and year order."""
    rate = agency_years["execution_rate_in_year"].fillna(agency_years["execution_rate"])
    return first_rows(agency_years, by_value(rate), limit)


# ---------------------------------------------------------------- the site's index page


@dataclass
class SiteReport:
    """One report of a site: the report, its folder and the pages its build wrote (manifest
    entries: kind, title, summary, html, status, error)."""

    report: Report
    folder: str
    pages: list[dict[str, Any]] = field(default_factory=list)


def _href(folder: str, page: str) -> str:
    return f"{quote(folder)}/{quote(page)}"


def _report_row(site: SiteReport, lang: str) -> str:
    pages = {p.get("kind"): p for p in site.pages if p.get("html")}
    links = [
        f'<a href="{escape(_href(site.folder, pages[k]["html"]))}">{escape(word(k, lang))}</a>'
        for k in ("overview", "attainment")
        if k in pages
    ]
    links.append(
        f'<a href="{escape(_href(site.folder, "index.html"))}">{text("site_pages", lang)}</a>'
    )
    summary = pages["overview"]["summary"] if "overview" in pages else ""
    failed = [p for p in site.pages if p.get("status") == "failed"]
    status = (
        f'<div class="failed">{escape(text("site_failed", lang))}: {len(failed)}</div>'
        if failed
        else ""
    )
    return (
        f'<tr><td class="n">{escape(_year(site.report.fiscal_year, lang))}</td>'
        f'<td style="white-space:nowrap">{" · ".join(links)}{status}</td>'
        f"<td>{escape(summary)}</td></tr>"
    )


def site_index_page(
    reports: Iterable[SiteReport],
    unread: Iterable[str] = (),
    lang: str = ZH,
    corpus_href: str | None = None,
    names: AgencyNames | None = None,
    agency_hrefs: Mapping[str, str] | None = None,
    page: str | None = None,
    search_href: str | None = None,
) -> str:
    """The index of a site of several reports: the corpus page and the search page
    (``search_href``) on top, then the reports grouped agency -> year with their pages and
    overview summary; files that could not be read, each with its error. Everything is
    escaped."""
    reports = sorted(reports, key=lambda r: (r.report.agency, r.report.fiscal_year))
    heading = text(
        "site_title",
        lang,
        n_reports=len(reports),
        reports=fmt.counted(len(reports), "report", "reports"),
    )
    parts = [language_link(page, lang), f"<h1>{escape(heading)}</h1>"]
    if any(site.report.constructed for site in reports):
        parts.insert(1, constructed_banner(lang))
    if corpus_href:
        parts.append(
            f'<p><a href="{escape(corpus_href)}">{escape(text("site_corpus", lang))}</a></p>'
        )
    if search_href:
        label = pick(SEARCH_TEXT["title"], lang)
        parts.append(f'<p><a href="{escape(search_href)}">{escape(label)}</a></p>')
    unread = list(unread)
    if unread:
        items = "".join(f'<li class="failed">{escape(line)}</li>' for line in unread)
        parts.append(f"<h2>{escape(text('site_unread', lang))}</h2><ul>{items}</ul>")
    head = "".join(
        f"<th>{escape(text(k, lang))}</th>" for k in ("site_year", "site_links", "site_summary")
    )
    agencies: dict[str, list[SiteReport]] = {}
    for site in reports:
        agencies.setdefault(site.report.agency, []).append(site)
    for agency, sites in agencies.items():
        rows = "".join(_report_row(s, lang) for s in sites)
        href = (agency_hrefs or {}).get(agency)
        across = (
            f'<p><a href="{escape(quote(href))}">{escape(text("site_agency", lang))}</a></p>'
            if href
            else ""
        )
        parts.append(
            f"<h2>{escape(_agency(agency, lang, names))}</h2>{across}"
            f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
        )
    return (
        f'<!DOCTYPE html>\n<html lang="{page_resources(lang)["language_code"]}">'
        '<head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(heading)}</title><style>{INDEX_CSS}</style></head><body>"
        f"{''.join(parts)}{method_footer(lang)}</body></html>\n"
    )
