"""``govplans corpus``: several reports read together, rendered as one page.

The reports are read and linked first (a bad file or a second report of the same agency and
year stops the build with one line, before any kernel starts). The corpus tables go to
``OUT/data/`` (CSV, with each report's own tables in a folder of its own, and ``corpus.json``);
``notebooks/corpus_overview.ipynb`` is executed by papermill in one kernel and written as
``OUT/index.html``, the front page of the build. There is no cache: the page is rebuilt on
every run (one notebook, a few seconds).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

from govplans.analyse.corpus import build_corpus, check_unique
from govplans.present.corpus import scope_line, text
from govplans.present.export import (
    corpus_to_dict,
    report_to_dict,
    write_assessment_csv,
    write_corpus_csv,
)
from govplans.read.reference import load_crosswalk
from govplans.read.source import read_reports
from govplans.run import paths
from govplans.run.api import agency_names_en, assess_report
from govplans.run.kernels import Job, execute_jobs

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
) -> int:
    """Build the corpus page of ``sources`` (files or folders) in ``out``; 0 when it rendered."""
    chosen = [Path(s).resolve() for s in sources] or [paths.BUNDLED_REPORT]
    reports = read_reports(chosen)
    check_unique(reports)
    corpus = build_corpus(reports, load_crosswalk(crosswalk, paths.ANNOTATIONS_DIR))
    data = out / "data"
    data.mkdir(parents=True, exist_ok=True)
    write_corpus_csv(
        corpus, data, lambda r, folder: write_assessment_csv(assess_report(r), folder, lang)
    )
    document = corpus_to_dict(corpus, [report_to_dict(r) for r in corpus.reports])
    (data / "corpus.json").write_text(
        json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    names = agency_names_en(corpus) if lang == "en" else {}
    job = Job(
        name=PAGE,
        kind="corpus",
        notebook=paths.NOTEBOOKS_DIR / NOTEBOOK,
        parameters={
            "sources": ";".join(str(p) for p in chosen),
            "crosswalk": _crosswalk_argument(crosswalk),
            "lang": lang,
        },
        title=text("title", lang),
        summary=scope_line(corpus, lang, names),
        workbook=False,
    )
    print(f"govplans: {job.summary}")
    results = execute_jobs([job], out, 1, timeout, print)
    result = results[0] if results else None
    if result is None or not result.ok:
        where = f" (cell {result.cell})" if result is not None and result.cell else ""
        error = result.error if result is not None else "the notebook did not run"
        print(f"govplans: error: {NOTEBOOK}{where}: {error}", file=sys.stderr)
        return 1
    print(out / f"{PAGE}.html")
    return 0
