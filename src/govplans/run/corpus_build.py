"""``govplans corpus``: several reports read together, rendered as one page.

The reports are read and linked first (a bad file or a second report of the same agency and
year stops the build with one line, before any kernel starts). The corpus tables go to
``OUT/data/`` (CSV, with each report's own tables in a folder of its own, and ``corpus.json``);
``notebooks/corpus_overview.ipynb`` is executed by the same executor as every other page
(:func:`govplans.run.kernels.execute_jobs`) and written as ``OUT/index.html``, the front page of
the build. The corpus is prepared once, as JSON in the cache folder with its key inside, and
the page loads it instead of reading the reports again; with ``agency_pages`` each agency's page
gets its own corpus, made from the assessments already there. A page is executed again only
when its key changed (:func:`govplans.run.manifest.cache_key` of the reports' SHA-256s, the
options, the thresholds, the language, the notebook and the package) or its file no longer
has its recorded hash, or with ``force``; the keys are kept in the cache folder's manifest.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import asdict
from datetime import UTC, datetime
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from govplans.analyse.corpus import Corpus, build_corpus, check_unique
from govplans.model.errors import ReportFormatError
from govplans.present.corpus import heading_text, profile_page, scope_line
from govplans.present.export import (
    corpus_to_dict,
    report_to_dict,
    write_assessment_csv,
    write_corpus_csv,
)
from govplans.present.render import WORKBOOK, word
from govplans.read.reference import load_crosswalk
from govplans.read.source import read_report
from govplans.run import paths, store
from govplans.run.api import agency_names_en, annotations_argument, corpus_of, prepared_corpus_key
from govplans.run.index import language_page, reports_index_href
from govplans.run.kernels import Job, execute_jobs
from govplans.run.manifest import (
    MANIFEST,
    cache_key,
    library_versions,
    options_key,
    sha256_bytes,
)
from govplans.run.pages import CORPUS_PAGES
from govplans.run.runner import page_intact, page_record
from govplans.run.sources import find_sources
from govplans.run.spec import BuildSpec

NOTEBOOK = CORPUS_PAGES["corpus"].notebook
PAGE = "index"  # the page is the build's front page: OUT/index.html
#: The manifest of a corpus build or of a site, in its cache folder: the spec, the versions,
#: the corpus and agency pages' keys and hashes and, for a site, its sources and problems and
#: where each report's build keeps its own (``REPORT_FOLDER/manifest.json``).
CORPUS_MANIFEST = MANIFEST


def _crosswalk_argument(crosswalk: str) -> str:
    """The notebook's ``crosswalk`` parameter: a keyword as given, a file as an absolute path
    (the notebook runs in the notebooks folder)."""
    if crosswalk in ("auto", "none", ""):
        return crosswalk
    return str(Path(crosswalk).resolve())


def render_corpus(spec: BuildSpec, progress: Callable[[str], None] = print) -> int:
    """Build the corpus page of ``spec.sources`` (files or folders) in ``spec.out`` as
    ``index.html``, with each report's tables in ``out/data/``; 0 when the page rendered."""
    files, problems = find_sources(spec.sources or [paths.BUNDLED_REPORT])
    if problems:
        first = problems[0]
        raise ReportFormatError(first.path, 0, "a readable report file or folder", first.message)
    reports = [read_report(path) for path in files]
    check_unique(reports)
    corpus = corpus_of(
        reports, spec.crosswalk, spec.thresholds, annotations_argument(spec.annotations)
    )
    return render_corpus_pages(corpus, spec, progress=progress)


def site_profiles(corpus: Corpus, out: Path) -> list[tuple[str, str]]:
    """The profile pages of the corpus's plan-years a site holds beside its corpus page in
    ``out`` (each report's folder), as (agency, page from ``out``): only those there."""
    found = []
    for report in corpus.reports:
        for plan_id in report.plans["plan_id"]:
            page = profile_page(report.agency, report.fiscal_year, str(plan_id))
            if (out / page).is_file():
                found.append((report.agency, page))
    return found


def agency_corpus(corpus: Corpus, agency: str, crosswalk: str) -> Corpus:
    """The corpus of one agency's reports, made from the assessments already in ``corpus``
    (what :func:`govplans.run.api.load_corpus` makes of that agency's files)."""
    chosen = [a for a in corpus.assessments if a.report.agency == agency]
    return build_corpus(chosen, load_crosswalk(crosswalk, paths.ANNOTATIONS_DIR), corpus.thresholds)


def _write_data(corpus: Corpus, data: Path, lang: str, own_tables: bool) -> bool:
    """The corpus tables (and, with ``own_tables``, each report's) in ``data`` and, with
    XlsxWriter installed, the corpus workbook the pages link (``data/govplans.xlsx``): written
    in a staging folder, then each file moved into place by one rename. Returns whether the
    workbook is there."""
    workbook = find_spec("xlsxwriter") is not None
    data.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".data-", dir=data.parent))
    try:
        if own_tables:
            assessed = {(a.report.agency, a.report.fiscal_year): a for a in corpus.assessments}
            write_corpus_csv(
                corpus,
                staging,
                lambda r, folder: write_assessment_csv(
                    assessed[(r.agency, r.fiscal_year)], folder, lang
                ),
            )
        else:  # in a site each report's data sits beside its own pages
            write_corpus_csv(corpus, staging, lambda r, folder: [])
        document = corpus_to_dict(corpus, [report_to_dict(r) for r in corpus.reports])
        (staging / "corpus.json").write_text(
            json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        if workbook:
            from govplans.present.workbook import write_corpus_workbook

            write_corpus_workbook(corpus, staging / WORKBOOK, lang)
        for path in sorted(staging.rglob("*")):
            if path.is_file():
                target = data / path.relative_to(staging)
                target.parent.mkdir(parents=True, exist_ok=True)
                path.replace(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return workbook


def _changed(manifest: Path, site: dict[str, Any]) -> bool:
    """Whether the manifest is missing or damaged, or records other site entries."""
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    return not isinstance(data, dict) or any(data.get(k) != v for k, v in site.items())


def _load_pages(cache: Path) -> dict[str, Any]:
    """The corpus pages' entries of the previous build (``{}``: none, or a damaged file)."""
    try:
        data = json.loads((cache / CORPUS_MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    pages = data.get("pages") if isinstance(data, dict) else None
    if not isinstance(pages, dict):
        return {}
    return {k: v for k, v in pages.items() if isinstance(v, dict)}


def render_corpus_pages(
    corpus: Corpus,
    spec: BuildSpec,
    page: str = PAGE,
    agency_pages: bool = False,
    progress: Callable[[str], None] = print,
    prepared: Path | None = None,
    site: dict[str, Any] | None = None,
) -> int:
    """:func:`render_corpus` of a corpus already read (a site reads its reports once), assessed
    with the spec's annotations and thresholds, which its pages are given (with each report's
    tables in ``data/`` unless the reports have pages of their own: ``page`` other than
    ``index``), and with ``agency_pages`` one page per agency across its years when there are
    several agencies (:func:`agency_page`). ``prepared``: the corpus already kept for the page
    (a site's cache), else it is written here; ``site``: what a site adds to the manifest.
    0 when every page rendered."""
    out, cache, lang = spec.out, spec.cache_dir, spec.lang
    chosen = [r.source_path.resolve() for r in corpus.reports]
    workbook = _write_data(corpus, out / "data", lang, own_tables=page == PAGE)
    chosen_shas = [r.sha256 for r in corpus.reports]
    names = agency_names_en(corpus) if lang == "en" else {}
    progress(f"govplans: {scope_line(corpus, lang, names)}")
    agencies = sorted({r.agency for r in corpus.reports})
    pages: dict[str, str] = {CORPUS_PAGES["corpus"].file_stem(page=page): ""}
    if agency_pages and len(agencies) > 1:
        pages.update({agency_page(a): a for a in agencies})
    method_name = CORPUS_PAGES["corpus_method"].file_stem()
    # every page links its counterpart in the other language (OUT/en/, the same paths) when
    # that one is (or will be) built
    pages_link = {
        name: language_page(out / f"{name}.html", f"{name}.html", lang, spec.other_language)
        for name in [*pages, method_name]
    }
    thresholds = asdict(corpus.thresholds)  # the page decides its flags as the corpus did
    notebook = paths.NOTEBOOKS_DIR / NOTEBOOK  # the registry's corpus and agency notebook
    base_key = [
        *options_key(spec.annotations, spec.crosswalk),
        thresholds,
        lang,
        sha256_bytes(notebook.read_bytes()),
    ]
    previous = {} if spec.force else _load_pages(cache)
    # the front page of ``govplans corpus`` links the reports' index it sits under, when there
    # is one (reports/corpus/ beside reports/index.html)
    index_href = reports_index_href(out, lang) if page == PAGE else ""
    # in a site, each plan-year's id links its profile, there beside the corpus page
    profiles = site_profiles(corpus, out) if page != PAGE else []
    todo, keys = [], {}
    for name, agency in pages.items():
        # an agency's page depends on that agency's reports only
        files = [p for p, r in zip(chosen, corpus.reports, strict=True) if r.agency == agency]
        files = files if agency else chosen
        shown = [r.sha256 for r in corpus.reports if not agency or r.agency == agency]
        linked = ";".join(p for a, p in profiles if not agency or a == agency)
        keys[name] = cache_key(
            *base_key,
            agency,
            sorted(shown),
            pages_link[name],
            "" if agency else index_href,
            linked,
        )
        html = out / f"{name}.html"
        before = previous.get(name, {})
        if before.get("key") == keys[name] and page_intact(html, before.get("page")):
            progress(f"{html} (up to date)")
            continue
        own = prepared if prepared and not agency else cache / "prepared" / f"{name}.json"
        if own != prepared:
            part = agency_corpus(corpus, agency, spec.crosswalk) if agency else corpus
            key = prepared_corpus_key(files, corpus.thresholds, spec.annotations, spec.crosswalk)
            if key and store.file_key(own) != key:
                store.write(own, key, part)
        title = heading_text([agency] if agency else agencies, lang, names)
        todo.append(
            Job(
                name=name,
                kind="agency" if agency else "corpus",
                notebook=notebook,
                parameters={
                    "sources": ";".join(str(p) for p in files),
                    "crosswalk": _crosswalk_argument(spec.crosswalk),
                    "lang": lang,
                    "agency": agency,
                    "annotations": spec.annotations,
                    "prepared": str(own),
                    "profiles": linked,
                    **thresholds,
                },
                title=title,
                summary="",
                workbook=workbook,
                constructed=any(
                    r.constructed for r in corpus.reports if not agency or r.agency == agency
                ),
                # a site's pages link their counterpart in the other language (reports/en/, the
                # same paths) when it is (or will be) built
                page=pages_link[name],
                index_href="" if agency else index_href,
            )
        )
    # the method page the pages' footers link, beside them: every report of the corpus
    method = CORPUS_PAGES["corpus_method"]
    method_notebook = paths.NOTEBOOKS_DIR / method.notebook
    name = method.file_stem()
    keys[name] = cache_key(
        *base_key[:-1],
        sha256_bytes(method_notebook.read_bytes()),
        name,
        sorted(chosen_shas),
        pages_link[name],
    )
    before = previous.get(name, {})
    if before.get("key") == keys[name] and page_intact(out / f"{name}.html", before.get("page")):
        progress(f"{out / name}.html (up to date)")
    else:
        # the corpus its page loads, prepared once: the method page reads no report either
        own = prepared or cache / "prepared" / f"{CORPUS_PAGES['corpus'].file_stem(page=page)}.json"
        if own != prepared:
            key = prepared_corpus_key(chosen, corpus.thresholds, spec.annotations, spec.crosswalk)
            if key and store.file_key(own) != key:
                store.write(own, key, corpus)
        todo.append(
            Job(
                name=name,
                kind=method.kind,
                notebook=method_notebook,
                parameters={
                    "sources": ";".join(str(p) for p in chosen),
                    "crosswalk": _crosswalk_argument(spec.crosswalk),
                    "lang": lang,
                    "annotations": spec.annotations,
                    "prepared": str(own),
                    "profiles": linked,
                    **thresholds,
                },
                title=word("method", lang),
                summary="",
                workbook=workbook,
                constructed=any(r.constructed for r in corpus.reports),
                page=pages_link[name],
                index_href="" if agency else index_href,
            )
        )
    status = 0
    results = execute_jobs(todo, out, min(2, max(1, len(todo))), spec.timeout, progress)
    entries = {k: v for k, v in previous.items() if k in pages or k == name}
    for result in results:
        html = out / f"{result.name}.html"
        if not result.ok:
            where = f" (cell {result.cell})" if result.cell else ""
            print(
                f"govplans: error: {result.name} ({NOTEBOOK}){where}: {result.error}",
                file=sys.stderr,
            )
            entries.pop(result.name, None)
            status = 1
            continue
        entries[result.name] = {"key": keys[result.name], "page": page_record(html)}
        progress(str(html))
    if results or _changed(cache / CORPUS_MANIFEST, site or {}):
        store.atomic_write_text(
            cache / CORPUS_MANIFEST,
            json.dumps(
                {
                    "generated_by": "govplans reports (site)" if site else "govplans corpus",
                    "updated": datetime.now(UTC).isoformat(timespec="seconds"),
                    "spec": spec.record(),
                    "versions": library_versions(),
                    **(site or {}),
                    "pages": entries,
                },
                ensure_ascii=False,
                indent=2,
            )
            + "\n",
        )
    return status


def agency_page(agency: str) -> str:
    """The file stem of an agency's page across years in a site (made safe: report text)."""
    return CORPUS_PAGES["agency"].file_stem(agency=agency)


def files_key(files: Iterable[Path]) -> list[tuple[str, str]]:
    """Each file's path and SHA-256 (empty when it cannot be read)."""
    out = []
    for path in files:
        try:
            out.append((str(path.resolve()), sha256_bytes(path.read_bytes())))
        except OSError:
            out.append((str(path), ""))
    return out
