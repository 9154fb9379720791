"""The public entry points: read a report, load its curated reference data, assess it.

These join the layers for a caller (a notebook, the command line, a user's script): the
reading and the reference files on one side, the pure analysis on the other.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable
from pathlib import Path
from typing import TypeAlias

import pandas as pd

from govplans.analyse.assessment import Assessment, assess
from govplans.analyse.corpus import Corpus, build_corpus
from govplans.analyse.measures import Thresholds
from govplans.model.report import Report
from govplans.read.reference import Reference, load_crosswalk, load_reference
from govplans.read.source import read_report, read_reports
from govplans.run import paths

#: What ``annotations`` may be: "auto", "none" / None, a CSV path or a DataFrame.
Annotations: TypeAlias = "str | Path | pd.DataFrame | None"


def annotations_argument(value: str | Path | None) -> Annotations:
    """The ``annotations`` choice as a command-line option or notebook parameter gives it:
    ``auto``; ``none`` or empty (no reviewed statuses); anything else a file's path."""
    if value is None or str(value).strip().lower() in ("", "none"):
        return None
    if str(value) == "auto":
        return "auto"
    return Path(value)


def reference_for(report: Report, annotations: Annotations = "auto") -> Reference:
    """The curated data for a report: its reviewed statuses (see
    :func:`govplans.read.reference.load_reviewed`) and English names, from the package's
    annotations or the folder named by ``GOVPLANS_ANNOTATIONS``."""
    return load_reference(report.agency, report.fiscal_year, annotations, paths.ANNOTATIONS_DIR)


def assess_report(
    report: Report, thresholds: Thresholds | None = None, annotations: Annotations = "auto"
) -> Assessment:
    """Assess a report with its curated reference data.

    ``annotations``: ``"auto"`` = the reviewed file whose agency and fiscal year match the
    report, if any; ``None`` (or ``"none"``) = no reviewed statuses; a path or a DataFrame = that
    file. English names are always the curated ones.
    """
    return assess(report, thresholds, reference_for(report, annotations))


def load_assessment(
    source: str | Path = "", annotations: str = "auto", prepared: str = "", **thresholds: float
) -> Assessment:
    """Read ``source`` (empty: the bundled report) and assess it with these thresholds.

    For the notebooks' parameters: ``annotations`` is ``"auto"``, ``""`` / ``"none"`` (no
    reviewed statuses) or a path to a reviewed-status file. ``prepared`` names the assessment
    the report build prepared once for all its pages (:func:`save_prepared`); read instead.
    """
    if prepared and Path(prepared).is_file():
        with Path(prepared).open("rb") as handle:
            loaded = pickle.load(handle)  # written by this build (save_prepared), not input
        if isinstance(loaded, Assessment):
            return loaded
    report = read_report(Path(source) if source else paths.BUNDLED_REPORT)
    return assess_report(report, Thresholds(**thresholds), annotations_argument(annotations))


def save_prepared(a: Assessment, path: str | Path) -> Path:
    """Keep an assessment for the pages of a build to load instead of reading and assessing
    the report each (see :func:`load_assessment`)."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as handle:
        pickle.dump(a, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return out


def split_sources(sources: str | Iterable[str | Path]) -> list[Path]:
    """Report files or folders: a list, or one string of them separated by ``;`` (as a
    notebook parameter or ``-p`` gives them); blanks are skipped."""
    parts = sources.split(";") if isinstance(sources, str) else list(sources)
    return [Path(str(p).strip()) for p in parts if str(p).strip()]


def corpus_of(
    reports: Iterable[Report],
    crosswalk: str | Path | pd.DataFrame | None = "auto",
    thresholds: Thresholds | None = None,
    annotations: Annotations = "auto",
) -> Corpus:
    """``reports`` as one corpus: each assessed with its curated reference data (``"auto"``:
    the reviewed statuses of its agency and year, where there are any; ``None``: none) and
    ``thresholds``, linked across years with the crosswalk (``"auto"``: the annotations'
    ``crosswalk.csv``)."""
    assessed = [assess_report(r, thresholds, annotations) for r in reports]
    return build_corpus(assessed, load_crosswalk(crosswalk, paths.ANNOTATIONS_DIR), thresholds)


def load_corpus(
    sources: str | Iterable[str | Path] = "",
    crosswalk: str | Path | pd.DataFrame | None = "auto",
    agency: str = "",
    annotations: str = "auto",
    **thresholds: float,
) -> Corpus:
    """Read several reports (files or folders; a list or one ``;``-separated string; empty:
    the bundled report) as one corpus (:func:`corpus_of`, with these thresholds and
    ``annotations``: ``"auto"`` or ``"none"``); ``agency``: that agency's reports only."""
    chosen = split_sources(sources) or [paths.BUNDLED_REPORT]
    reports = read_reports(chosen)
    if agency:
        found = sorted({r.agency for r in reports})
        reports = [r for r in reports if r.agency == agency]
        if not reports:
            raise ValueError(f"no report of {agency!r} among the sources: {', '.join(found)}")
    return corpus_of(
        reports, crosswalk, Thresholds(**thresholds), annotations_argument(annotations)
    )


def agency_names_en(corpus: Corpus, annotations: Annotations = "auto") -> dict[str, str]:
    """The curated English name of each agency in ``corpus`` that has one (for English pages)."""
    names = {}
    for report in corpus.reports:
        english = reference_for(report, annotations).agency_en
        if english:
            names[report.agency] = english
    return names


def load_history(path: str | Path = "") -> pd.DataFrame | None:
    """The plan history a site build prepared for one report's pages (``plan_history`` rows of
    the plans of that report, every year of each); ``""``: none (a build of one report)."""
    if not path or not Path(path).is_file():
        return None
    with Path(path).open("rb") as handle:
        loaded = pickle.load(handle)  # written by this build (site), not input
    return loaded if isinstance(loaded, pd.DataFrame) else None
