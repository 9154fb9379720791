"""``govplans reports SOURCE SOURCE …``: several reports built as one site.

- the sources are found and checked first (:func:`govplans.run.sources.find_sources`): a file
  or folder that cannot be used is named in the index and in one stderr line, the others are
  built, and the build ends with status 1 (as it does when a notebook failed);
- every report is read and assessed once, as one corpus, kept in the cache folder as JSON with
  the key of every file's bytes and the options (an unchanged rerun reads no report);
- every report's pages are built in a folder of their own (``OUT/{agency}_{year}/``, the name
  made safe) by :func:`govplans.run.runner.render_reports`, given the report's assessment and
  plan history, each with its manifest in ``CACHE/{agency}_{year}/``;
- the corpus page and the agency pages (:mod:`govplans.run.corpus_build`) load the same corpus;
- ``OUT/index.html`` groups the pages agency → year, the corpus page on top.

The same agency and year given twice stops the build before anything runs (one line, exit 2).
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from govplans.analyse.corpus import Corpus, check_unique
from govplans.model.errors import ReportFormatError
from govplans.model.report import Report
from govplans.present.corpus import SiteReport, constructed_plans, site_index_page
from govplans.present.export import report_folder
from govplans.present.search import SEARCH_PAGE, write_search
from govplans.read.source import read_report
from govplans.run import store
from govplans.run.api import (
    agency_names_en,
    annotations_argument,
    corpus_of,
    prepared_corpus_key,
    save_history,
)
from govplans.run.corpus_build import agency_page, files_key, render_corpus_pages
from govplans.run.index import INDEX, language_page
from govplans.run.kernels import Progress
from govplans.run.manifest import MANIFEST, cache_key, options_key
from govplans.run.runner import NotebookFailure, render_reports
from govplans.run.sources import SourceProblem, find_sources
from govplans.run.spec import BuildSpec

CORPUS_PAGE = "corpus"
#: In the cache folder: the site's reports and corpus, with the key of their inputs.
CORPUS_CACHE = "corpus.json"
#: In each report's cache folder: its plans' years, for its profiles.
HISTORY = "plan_history.json"


def _history(corpus: Corpus, report: Report) -> Any:
    """The plan-years of ``report``'s agency, for its profile pages: each profile shows its
    plan's years, earlier and later (:func:`govplans.present.corpus.plan_history`), and the
    (agency, year) pairs say which reports were read (for the link words)."""
    history = corpus.history
    history = history[history["agency"] == report.agency]  # links never cross agencies
    return history.reset_index(drop=True)


def _read_all(files: list[Path]) -> tuple[list[tuple[Path, Report]], list[str]]:
    """The readable reports and, for each file that is not, its one-line error."""
    good, bad = [], []
    for path in files:
        try:
            good.append((path.resolve(), read_report(path)))
        except ReportFormatError as exc:
            bad.append(str(exc))
        except OSError as exc:  # vanished or unreadable since it was found
            bad.append(f"{path}: cannot be read ({exc.strerror or exc})")
    return good, bad


def _site_corpus(
    files: list[Path], spec: BuildSpec
) -> tuple[list[tuple[Path, Report]], list[str], Corpus, Path]:
    """The readable reports (agency and year order), the errors of the others, their corpus
    and the file it is kept in: read and assessed once, then kept in the cache folder with the
    key of everything they depend on (each file's bytes, the package, the annotations, the
    crosswalk, the thresholds, the libraries), so an unchanged rerun reads no report. A file
    that is missing, damaged or made for other inputs is made again."""
    key = cache_key(
        "site",
        files_key(files),
        asdict(spec.thresholds),
        *options_key(spec.annotations, spec.crosswalk),
    )
    cached = spec.cache_dir / CORPUS_CACHE
    if not spec.force:
        saved = store.read(cached, lambda k: str(k).split(" ")[-1] == key)
        if isinstance(saved, dict) and isinstance(saved.get("corpus"), Corpus):
            corpus = saved["corpus"]
            paths = [Path(p) for p in saved.get("paths", [])]
            if len(paths) == len(corpus.reports):
                return list(zip(paths, corpus.reports, strict=True)), saved["bad"], corpus, cached
    good, bad = _read_all(files)
    check_unique(report for _, report in good)
    good.sort(key=lambda pair: (pair[1].agency, pair[1].fiscal_year))
    corpus = corpus_of(
        [report for _, report in good],
        spec.crosswalk,
        spec.thresholds,
        annotations_argument(spec.annotations),
    )
    page_key = prepared_corpus_key(
        [p for p, _ in good], spec.thresholds, spec.annotations, spec.crosswalk
    )
    value = {"paths": [str(p) for p, _ in good], "bad": bad, "corpus": corpus}
    store.write(cached, f"{page_key} {key}", value)
    return good, bad, corpus, cached


def _pages(cache: Path) -> list[dict[str, Any]]:
    """The pages a report's build wrote (from its manifest), in the manifest's order."""
    try:
        entries = json.loads((cache / MANIFEST).read_text(encoding="utf-8")).get("reports", {})
    except (OSError, ValueError, AttributeError):
        return []
    return [dict(entry, name=name) for name, entry in entries.items() if isinstance(entry, dict)]


def render_site(spec: BuildSpec, progress: Progress = print) -> int:
    """Build every report of ``spec.sources`` and the corpus page into ``spec.out``; 0 when
    all went well."""
    started = time.perf_counter()
    out, cache = spec.out, spec.cache_dir
    files, problems = find_sources(spec.sources)
    # a second report of an agency and year stops here, before anything is written
    good, bad, corpus, prepared = _site_corpus(files, spec)
    bad = [str(p) for p in problems] + bad
    out.mkdir(parents=True, exist_ok=True)
    failures = list(bad)
    built: list[SiteReport] = []
    assessed = {(a.report.agency, a.report.fiscal_year): a for a in corpus.assessments}
    for path, report in good:
        folder = report_folder(report)
        progress(f"== {folder} ({path.name})")
        plan_years = _history(corpus, report)
        history = save_history(plan_years, report, cache / folder / HISTORY)
        try:
            render_reports(
                spec=spec.with_(sources=(path,), out=out / folder, cache=cache / folder),
                progress=progress,
                assessment=assessed[(report.agency, report.fiscal_year)],
                history=history,
                site_folder=folder,
                constructed_plans=constructed_plans(plan_years, corpus.reports, report.fiscal_year),
            )
        except NotebookFailure as exc:
            failures += str(exc).splitlines()
        built.append(SiteReport(report, folder, _pages(cache / folder)))
    corpus_ok = True
    if good:
        progress(f"== {CORPUS_PAGE}")
        corpus_ok = (
            render_corpus_pages(
                corpus,
                spec,
                page=CORPUS_PAGE,
                agency_pages=True,
                progress=progress,
                prepared=prepared,
                site={
                    "sources": [str(path) for path, _ in good],
                    "problems": bad,
                    "reports": {
                        report_folder(r): f"{report_folder(r)}/{MANIFEST}" for _, r in good
                    },
                },
            )
            == 0
        )
        if not corpus_ok:
            failures.append(f"{CORPUS_PAGE}: the corpus or an agency page failed")
    # search.html and data/search_index.js, linked from the index
    promised = spec.other_language
    write_search(
        out,
        corpus,
        built,
        spec.lang,
        page=language_page(out / SEARCH_PAGE, SEARCH_PAGE, spec.lang, promised),
    )
    store.atomic_write_text(
        out / "index.html",
        site_index_page(
            built,
            bad,
            spec.lang,
            corpus_href=f"{CORPUS_PAGE}.html" if corpus_ok else None,
            page=language_page(out / INDEX, INDEX, spec.lang, promised),
            search_href=SEARCH_PAGE,
            names=agency_names_en(corpus) if spec.lang == "en" else {},
            agency_hrefs={
                r.agency: f"{agency_page(r.agency)}.html"
                for _, r in good
                if (out / f"{agency_page(r.agency)}.html").is_file()
            },
        ),
    )
    for line in failures:
        print(f"govplans: error: {line}", file=sys.stderr)
    progress(f"done in {time.perf_counter() - started:.1f}s; open {out / 'index.html'}")
    return 1 if failures else 0


__all__ = ["CORPUS_CACHE", "CORPUS_PAGE", "HISTORY", "SourceProblem", "render_site"]
