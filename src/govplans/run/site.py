"""``govplans reports SOURCE SOURCE …``: several reports built as one site.

- every report's pages are built in a folder of their own (``OUT/{agency}_{year}/``) by
  :func:`govplans.run.runner.render_reports`, each with its own manifest, so an unchanged report
  is not executed again and adding a report builds only its pages (and the corpus page);
- the corpus page (:mod:`govplans.run.corpus_build`) is ``OUT/corpus.html``, its tables in
  ``OUT/data/``;
- ``OUT/index.html`` groups the pages agency → year, the corpus page on top.

A file that cannot be read is named in the index with its one-line error and the others are
still built; the build then ends with status 1, as it does when a notebook failed. The same
agency and year given twice stops the build before anything runs (one line, exit 2).
"""

from __future__ import annotations

import json
import os
import pickle
import sys
import time
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from govplans.analyse.corpus import Corpus, check_unique, linked_years
from govplans.analyse.measures import Thresholds
from govplans.model.errors import ReportFormatError
from govplans.model.report import Report
from govplans.present.corpus import SiteReport, site_index_page
from govplans.present.export import report_folder
from govplans.present.search import write_search
from govplans.read.source import read_report, report_files
from govplans.run.api import annotations_argument, corpus_of
from govplans.run.corpus_build import agency_page, corpus_inputs_key, render_corpus_pages
from govplans.run.kernels import Progress
from govplans.run.manifest import (
    MANIFEST,
    cache_key,
    sha256_bytes,
)
from govplans.run.params import parse_assignment, thresholds_of
from govplans.run.runner import NotebookFailure, render_reports

CORPUS_PAGE = "corpus"
CORPUS_CACHE = "corpus.pickle"  # in OUT/data: the site's reports and corpus, with their key
HISTORY = "plan_history.pickle"  # in each report's data folder: its plans' years, for profiles


def _write_history(corpus: Corpus, report: Report, folder: Path) -> Path:
    """The years of every plan of ``report`` up to the report's year (each plan's lineage), for
    its profile pages: a page shows what was known at its report's year, so adding a later
    report leaves it as it is (adding an earlier one changes its in-year figures, and it)."""
    history = corpus.history
    history = history[history["agency"] == report.agency]  # links never cross agencies
    mine = history["fiscal_year"] == report.fiscal_year
    rows = linked_years(history, mine)
    rows = rows[rows["fiscal_year"] <= report.fiscal_year].reset_index(drop=True)
    path = folder / "data" / HISTORY
    # Equal frames can pickle to different bytes, and the pages are keyed by the file's bytes:
    # rewrite it only when its content (as CSV text) changed.
    content = sha256_bytes(rows.to_csv(index=False).encode("utf-8"))
    stamp = path.with_suffix(".sha256")
    if path.is_file() and stamp.is_file() and stamp.read_text(encoding="utf-8") == content:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        pickle.dump(rows, handle, protocol=pickle.HIGHEST_PROTOCOL)
    stamp.write_text(content, encoding="utf-8")
    return path


def _read_all(sources: Iterable[str | Path]) -> tuple[list[tuple[Path, Report]], list[str]]:
    """The readable reports and, for each file that is not, its one-line error."""
    good, bad = [], []
    for path in report_files(sources):
        try:
            good.append((path.resolve(), read_report(path)))
        except ReportFormatError as exc:
            bad.append(str(exc))
    return good, bad


def _site_corpus(
    files: list[Path],
    out: Path,
    crosswalk: str,
    thresholds: Thresholds,
    annotations: str,
    force: bool,
) -> tuple[list[tuple[Path, Report]], list[str], Corpus]:
    """The readable reports (agency and year order), the errors of the others, and their
    corpus: read and assessed once, then kept in ``OUT/data/`` with the key of everything
    they depend on (each file's bytes, the package, the annotations, the crosswalk, the
    thresholds, the libraries), so an unchanged rerun parses and assesses no report."""
    key = cache_key(
        *corpus_inputs_key(crosswalk, annotations),
        [(str(p.resolve()), sha256_bytes(p.read_bytes()) if p.is_file() else "") for p in files],
        asdict(thresholds),
    )
    cached = out / "data" / CORPUS_CACHE
    if not force and cached.is_file():
        try:
            with cached.open("rb") as handle:
                saved = pickle.load(handle)  # written by this build (below), not input
            if isinstance(saved, dict) and saved.get("key") == key:
                return saved["good"], saved["bad"], saved["corpus"]
        except Exception:  # an interrupted write, another version: read the reports again
            pass
    good, bad = _read_all(files)
    check_unique(report for _, report in good)
    good.sort(key=lambda pair: (pair[1].agency, pair[1].fiscal_year))
    corpus = corpus_of(
        [report for _, report in good], crosswalk, thresholds, annotations_argument(annotations)
    )
    cached.parent.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(".partial")
    with partial.open("wb") as handle:
        saved = {"key": key, "good": good, "bad": bad, "corpus": corpus}
        pickle.dump(saved, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(partial, cached)  # whole or not at all
    return good, bad, corpus


def _pages(folder: Path) -> list[dict[str, Any]]:
    """The pages a report's build wrote (from its manifest), in the manifest's order."""
    manifest = folder / MANIFEST
    if not manifest.is_file():
        return []
    entries = json.loads(manifest.read_text(encoding="utf-8")).get("reports", {})
    return [dict(entry, name=name) for name, entry in entries.items()]


def render_site(
    sources: Iterable[str | Path],
    out: Path,
    lang: str = "zh-TW",
    jobs: int | None = None,
    force: bool = False,
    parameters: Iterable[str] = (),
    timeout: int = 300,
    progress: Progress = print,
    crosswalk: str = "auto",
) -> int:
    """Build every report of ``sources`` and the corpus page into ``out``; 0 when all went well."""
    started = time.perf_counter()
    parameters = list(parameters)
    # the corpus is assessed as the report pages are: their thresholds and reviewed statuses
    thresholds = thresholds_of(parameters)
    annotations = dict(map(parse_assignment, parameters)).get("annotations", "auto")
    good, bad, corpus = _site_corpus(
        report_files(sources), out, crosswalk, thresholds, annotations, force
    )  # a second report of an agency and year stops here, before anything is written
    out.mkdir(parents=True, exist_ok=True)
    failures = list(bad)
    built: list[SiteReport] = []
    assessed = {(a.report.agency, a.report.fiscal_year): a for a in corpus.assessments}
    for path, report in good:
        folder = report_folder(report)
        progress(f"== {folder} ({path.name})")
        history = _write_history(corpus, report, out / folder)
        try:
            render_reports(
                source=path,
                out=out / folder,
                lang=lang,
                jobs=jobs,
                force=force,
                parameters=[*parameters, f"history={history}"],
                timeout=timeout,
                progress=progress,
                assessment=assessed[(report.agency, report.fiscal_year)],
            )
        except NotebookFailure as exc:
            failures += str(exc).splitlines()
        built.append(SiteReport(report, folder, _pages(out / folder)))
    corpus_ok = True
    if good:
        progress(f"== {CORPUS_PAGE}")
        corpus_ok = (
            render_corpus_pages(
                corpus,
                out,
                lang,
                crosswalk,
                timeout,
                page=CORPUS_PAGE,
                force=force,
                agency_pages=True,
                annotations=annotations,
            )
            == 0
        )
        if not corpus_ok:
            failures.append(f"{CORPUS_PAGE}: the corpus or an agency page failed")
    write_search(out, corpus, built, lang)  # search.html and data/search_index.js
    (out / "index.html").write_text(
        site_index_page(
            built,
            bad,
            lang,
            corpus_href=f"{CORPUS_PAGE}.html" if corpus_ok else None,
            agency_hrefs={
                r.agency: f"{agency_page(r.agency)}.html"
                for _, r in good
                if (out / f"{agency_page(r.agency)}.html").is_file()
            },
        ),
        encoding="utf-8",
    )
    for line in failures:
        print(f"govplans: error: {line}", file=sys.stderr)
    progress(f"done in {time.perf_counter() - started:.1f}s; open {out / 'index.html'}")
    return 1 if failures else 0
