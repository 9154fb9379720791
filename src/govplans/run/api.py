"""The public entry points: read a report, load its curated reference data, assess it.

These join the layers for a caller (a notebook, the command line, a user's script): the
reading and the reference files on one side, the pure analysis on the other.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TypeAlias

import pandas as pd

from govplans.analyse.assessment import Assessment, assess
from govplans.analyse.corpus import Corpus, build_corpus
from govplans.analyse.measures import Thresholds
from govplans.model.report import Report
from govplans.read.reference import Reference, load_crosswalk, load_reference
from govplans.read.source import read_report, read_reports, report_files
from govplans.run import paths, store
from govplans.run.manifest import assessment_key, cache_key, corpus_key, sha256_bytes

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


def review_date(a: Assessment, annotations: Annotations = "auto") -> str | None:
    """The day ``a``'s reviewed statuses were last reviewed (the latest ``reviewed_on`` of the
    report's rows in its reviewed-status file, ISO), for the pages that name the review; None
    when the statuses are all automatic or the file gives no date. ``annotations`` as ``a``
    was assessed with (a notebook's parameter)."""
    if a.annotations_source is None:
        return None
    chosen = (
        annotations_argument(annotations)
        if not isinstance(annotations, pd.DataFrame)
        else annotations
    )
    reference = reference_for(a.report, chosen)
    if reference.reviews_origin != a.annotations_source:  # not the file it was assessed with
        return None
    return reference.reviewed_on


def assess_report(
    report: Report, thresholds: Thresholds | None = None, annotations: Annotations = "auto"
) -> Assessment:
    """Assess a report with its curated reference data.

    ``annotations``: ``"auto"`` = the reviewed file whose agency and fiscal year match the
    report, if any; ``None`` (or ``"none"``) = no reviewed statuses; a path or a DataFrame = that
    file. English names are always the curated ones.
    """
    return assess(report, thresholds, reference_for(report, annotations))


def annotations_option(value: str | Path | None) -> str:
    """The ``annotations`` choice as one string, the same however it was spelled: ``auto``,
    ``none`` (also for empty) or a file's absolute path (a notebook runs in ``notebooks/``)."""
    chosen = annotations_argument(value)
    if chosen is None:
        return "none"
    if isinstance(chosen, Path):
        return str(chosen.resolve())
    return str(chosen)


def _source_sha(source: Path) -> str | None:
    try:
        return sha256_bytes(source.read_bytes())
    except OSError:
        return None


def load_prepared(
    prepared: str | Path, source: str | Path, thresholds: Thresholds, annotations: str = "auto"
) -> Assessment | None:
    """The assessment a build prepared in ``prepared`` when it was made from ``source``'s
    bytes with these thresholds and annotations (the key inside the file says so); ``None``
    otherwise: the file is missing, damaged, or was made with other parameters."""
    report_sha = _source_sha(Path(source))
    if not prepared or report_sha is None:
        return None
    key = assessment_key(report_sha, thresholds, annotations_option(annotations))
    loaded = store.read(Path(prepared), key)
    return loaded if isinstance(loaded, Assessment) else None


def load_assessment(
    source: str | Path = "",
    annotations: str = "auto",
    prepared: str = "",
    plan_id: str = "",
    **thresholds: float,
) -> Assessment:
    """Read ``source`` (empty: the bundled report) and assess it with these thresholds.

    For the notebooks' parameters: ``annotations`` is ``"auto"``, ``""`` / ``"none"`` (no
    reviewed statuses) or a path to a reviewed-status file. ``prepared`` names the assessment
    the report build prepared once for all its pages (:func:`save_prepared`): used when it was
    made from this source with these thresholds and annotations (checked with the key inside
    it), else the report is read and assessed here with the parameters given: a notebook
    whose parameters were changed by hand never shows the old result. ``plan_id``: the plan a
    page shows (a profile's prepared file holds that plan only: another plan reads the report).
    """
    path = Path(source) if source else paths.BUNDLED_REPORT
    chosen = Thresholds(**thresholds)
    loaded = load_prepared(prepared, path, chosen, annotations) if prepared else None
    if loaded is not None and plan_id:
        try:
            loaded.report.resolve_plan_id(plan_id)
        except KeyError:
            loaded = None
    if loaded is not None:
        return loaded
    return assess_report(read_report(path), chosen, annotations_argument(annotations))


def save_prepared(
    a: Assessment, path: str | Path, annotations: str = "auto", whole: Assessment | None = None
) -> Path:
    """Keep an assessment (made with ``annotations``) for the pages of a build to load instead
    of reading and assessing the report each (see :func:`load_assessment`): JSON, with the key
    of what it was made from inside, written whole or not at all. ``whole``: the assessment
    ``a`` is a plan's slice of (its frames then encoded once for all the slices)."""
    key = assessment_key(a.report.sha256, a.thresholds, annotations_option(annotations))
    return store.write(Path(path), key, a, _parents(whole) if whole is not None else None)


def _parents(whole: Assessment) -> store.Parents:
    """The frames of ``whole`` encoded once (kept on it for the next slice)."""
    cached = getattr(whole, "_prepared_parents", None)
    if cached is None:
        report = whole.report
        frames = [report.plans, report.items, whole.plans, whole.targets, whole.components]
        cached = store.Parents([*frames, whole.flags, whole.portfolio])
        object.__setattr__(whole, "_prepared_parents", cached)
    return cached


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


def prepared_corpus_key(
    files: Iterable[Path], thresholds: Thresholds, annotations: str, crosswalk: str
) -> str | None:
    """The key of the corpus of these report files (None when one cannot be read)."""
    shas = []
    for path in files:
        sha = _source_sha(path)
        if sha is None:
            return None
        shas.append(sha)
    return corpus_key(sorted(shas), thresholds, annotations_option(annotations), crosswalk)


def save_prepared_corpus(
    corpus: Corpus, path: Path, files: Iterable[Path], annotations: str, crosswalk: str
) -> Path | None:
    """Keep a corpus of ``files`` for its page (see :func:`load_corpus`)."""
    key = prepared_corpus_key(files, corpus.thresholds, annotations, crosswalk)
    return store.write(path, key, corpus) if key else None


def load_corpus(
    sources: str | Iterable[str | Path] = "",
    crosswalk: str | Path | pd.DataFrame | None = "auto",
    agency: str = "",
    annotations: str = "auto",
    prepared: str = "",
    **thresholds: float,
) -> Corpus:
    """Read several reports (files or folders; a list or one ``;``-separated string; empty:
    the bundled report) as one corpus (:func:`corpus_of`, with these thresholds and
    ``annotations``: ``"auto"`` or ``"none"``); ``agency``: that agency's reports only.

    ``prepared`` names the corpus a build prepared for the page: used when it was made from
    these files with these thresholds, annotations and crosswalk (the key inside it says so)."""
    chosen = split_sources(sources) or [paths.BUNDLED_REPORT]
    if prepared and isinstance(crosswalk, str | Path):
        key = prepared_corpus_key(
            report_files(chosen), Thresholds(**thresholds), annotations, str(crosswalk)
        )
        # a site's corpus file names the page's key first, then its own (of every file)
        loaded = store.read(Path(prepared), lambda k: str(k).split(" ")[0] == key) if key else None
        if isinstance(loaded, dict):
            loaded = loaded.get("corpus")
        if isinstance(loaded, Corpus) and (
            not agency or {r.agency for r in loaded.reports} == {agency}
        ):
            return loaded
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


def load_history(path: str | Path = "", report: Report | None = None) -> pd.DataFrame | None:
    """The plan history a site build prepared for one report's pages (``plan_history`` rows of
    the plans of that report, every year of each); ``""``: none (a build of one report).
    A file that is not a prepared history (damaged, another format, or, with ``report``, made
    for another report) gives ``None``: the page then shows no history, and runs no code."""
    if not path:
        return None
    loaded = store.read(Path(path), lambda key: True)
    if not isinstance(loaded, dict) or not isinstance(loaded.get("history"), pd.DataFrame):
        return None
    if report is not None and loaded.get("report_sha256") != report.sha256:
        return None
    history: pd.DataFrame = loaded["history"]
    return history


def save_history(history: pd.DataFrame, report: Report, path: Path) -> Path:
    """Keep a report's plan history for its profile pages, keyed by its content (CSV text):
    equal frames give the same key, so an unchanged history does not re-render the pages."""
    key = cache_key("history", sha256_bytes(history.to_csv(index=False).encode("utf-8")))
    if store.file_key(path) == key and load_history(path, report) is not None:
        return path
    return store.write(path, key, {"report_sha256": report.sha256, "history": history})
