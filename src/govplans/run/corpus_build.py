"""``govplans corpus``: several reports read together, rendered as one page.

The reports are read and linked first (a bad file or a second report of the same agency and
year stops the build with one line, before any kernel starts). The corpus tables go to
``OUT/data/`` (CSV, with each report's own tables in a folder of its own, and ``corpus.json``);
``notebooks/corpus_overview.ipynb`` is executed by papermill in one kernel and written as
``OUT/index.html``, the front page of the build. The page is executed again only when its
key changed (the reports' SHA-256s, the crosswalk, the language, the notebook and the package's
source: ``OUT/{page}.key``), or with ``force``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from govplans.analyse.corpus import Corpus, check_unique
from govplans.present.corpus import heading_text, scope_line
from govplans.present.export import (
    corpus_to_dict,
    report_to_dict,
    write_assessment_csv,
    write_corpus_csv,
)
from govplans.read.source import read_reports
from govplans.run import paths
from govplans.run.api import agency_names_en, corpus_of
from govplans.run.kernels import Job, execute_jobs
from govplans.run.manifest import (
    RUNNER_VERSION,
    annotations_sha256,
    cache_key,
    library_versions,
    package_source_sha256,
    sha256_bytes,
)

NOTEBOOK = "corpus_overview.ipynb"
PAGE = "index"  # the page is the build's front page: OUT/index.html


def _crosswalk_argument(crosswalk: str) -> str:
    """The notebook's ``crosswalk`` parameter: a keyword as given, a file as an absolute path
    (the notebook runs in the notebooks folder)."""
    if crosswalk in ("auto", "none", ""):
        return crosswalk
    return str(Path(crosswalk).resolve())


def render_corpus(
    sources: Iterable[str | Path],
    out: Path,
    lang: str = "zh-TW",
    crosswalk: str = "auto",
    timeout: int = 300,
    page: str = PAGE,
    force: bool = False,
    agency_pages: bool = False,
) -> int:
    """Build the corpus page of ``sources`` (files or folders) in ``out`` as ``page``.html
    (with each report's tables in ``out/data/`` unless the reports have pages of their own:
    ``page`` other than ``index``), and with ``agency_pages`` one page per agency across its
    years when there are several agencies (:func:`agency_page`); 0 when every page rendered."""
    reports = read_reports([Path(s).resolve() for s in sources] or [paths.BUNDLED_REPORT])
    check_unique(reports)
    corpus = corpus_of(reports, crosswalk)
    return render_corpus_pages(corpus, out, lang, crosswalk, timeout, page, force, agency_pages)


def render_corpus_pages(
    corpus: Corpus,
    out: Path,
    lang: str = "zh-TW",
    crosswalk: str = "auto",
    timeout: int = 300,
    page: str = PAGE,
    force: bool = False,
    agency_pages: bool = False,
    annotations: str = "auto",
) -> int:
    """:func:`render_corpus` of a corpus already read (a site reads its reports once), assessed
    with ``annotations`` (``auto`` or ``none``) and the corpus's thresholds, which its pages
    are given."""
    chosen = [r.source_path.resolve() for r in corpus.reports]
    data = out / "data"
    data.mkdir(parents=True, exist_ok=True)
    if page == PAGE:
        assessed = {(a.report.agency, a.report.fiscal_year): a for a in corpus.assessments}
        write_corpus_csv(
            corpus,
            data,
            lambda r, folder: write_assessment_csv(
                assessed[(r.agency, r.fiscal_year)], folder, lang
            ),
        )
    else:  # in a site each report's data sits beside its own pages
        write_corpus_csv(corpus, data, lambda r, folder: [])
    document = corpus_to_dict(corpus, [report_to_dict(r) for r in corpus.reports])
    (data / "corpus.json").write_text(
        json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    names = agency_names_en(corpus) if lang == "en" else {}
    print(f"govplans: {scope_line(corpus, lang, names)}")
    pages = {page: ""}
    agencies = sorted({r.agency for r in corpus.reports})
    if agency_pages and len(agencies) > 1:
        pages.update({agency_page(a): a for a in agencies})
    thresholds = asdict(corpus.thresholds)  # the page decides its flags as the corpus did
    base_key = [
        *corpus_inputs_key(crosswalk, annotations),
        thresholds,
        lang,
        sha256_bytes((paths.NOTEBOOKS_DIR / NOTEBOOK).read_bytes()),
    ]
    todo, keys = [], {}
    for name, agency in pages.items():
        # an agency's page depends on that agency's reports only
        shown = [r.sha256 for r in corpus.reports if not agency or r.agency == agency]
        keys[name] = cache_key(*base_key, agency, sorted(shown))
        key_file, html = out / f"{name}.key", out / f"{name}.html"
        if (
            not force
            and html.is_file()
            and key_file.is_file()
            and key_file.read_text() == keys[name]
        ):
            print(f"{html} (up to date)")
            continue
        title = heading_text([agency] if agency else agencies, lang, names)
        todo.append(
            Job(
                name=name,
                kind="corpus",
                notebook=paths.NOTEBOOKS_DIR / NOTEBOOK,
                parameters={
                    "sources": ";".join(str(p) for p in chosen),
                    "crosswalk": _crosswalk_argument(crosswalk),
                    "lang": lang,
                    "agency": agency,
                    "annotations": annotations,
                    **thresholds,
                },
                title=title,
                summary="",
                workbook=False,
            )
        )
    status = 0
    for result in execute_jobs(todo, out, min(2, max(1, len(todo))), timeout, print):
        if not result.ok:
            where = f" (cell {result.cell})" if result.cell else ""
            print(
                f"govplans: error: {result.name} ({NOTEBOOK}){where}: {result.error}",
                file=sys.stderr,
            )
            status = 1
            continue
        (out / f"{result.name}.key").write_text(keys[result.name], encoding="utf-8")
        print(out / f"{result.name}.html")
    return status


def _file_sha256(value: str) -> str:
    """The SHA-256 of a file named by an option (``auto``, ``none``: no file, empty)."""
    path = Path(value)
    return sha256_bytes(path.read_bytes()) if value and path.is_file() else ""


def corpus_inputs_key(crosswalk: str, annotations: str) -> list[Any]:
    """What a corpus and its pages depend on besides the reports: the package (source and
    annotations: reviewed statuses and the crosswalk), the libraries, and the crosswalk and
    reviewed-status files given, by content."""
    return [
        RUNNER_VERSION,
        package_source_sha256(),
        annotations_sha256(),
        library_versions(),
        crosswalk,
        _file_sha256(crosswalk),
        annotations,
        _file_sha256(annotations),
    ]


def agency_page(agency: str) -> str:
    """The file stem of an agency's page across years in a site."""
    return "agency_" + agency.replace("/", "_").replace("\\", "_")
