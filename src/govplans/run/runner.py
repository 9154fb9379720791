"""``govplans reports``: execute the notebooks with papermill and publish them as HTML.

One build renders the portfolio overview, one plan profile per plan and the target-attainment
report for a report file:

- parameters given with ``-p NAME=VALUE`` are checked against each notebook's ``parameters``
  cell (``papermill.inspect_notebook``) before anything runs, and typed from its annotations;
- notebooks run in parallel worker processes (``--jobs``, default: the number of cores), each
  with one reused kernel (:mod:`govplans.run.kernels`); parameters are checked by
  :mod:`govplans.run.params`;
- each executed notebook is exported to HTML with the code hidden (nbconvert,
  ``exclude_input``); ``index.html`` links every report with its one-line summary;
- the build's settings are one :class:`govplans.run.spec.BuildSpec`, recorded in the manifest;
- the report is read and assessed once per build; the assessment and each plan's slice of it
  are prepared once as JSON (:mod:`govplans.run.store`, never a pickle) in the cache folder,
  each with the key of what it was made from inside, which the pages check before using it;
- ``manifest.json`` (:mod:`govplans.run.manifest`, in the cache folder) records the spec, the
  input SHA-256s, parameters, package versions, times and each page's hash, and doubles as the
  cache: a page whose key has not changed and whose file still has its recorded hash is not
  executed again. An unchanged rerun reads the manifest and hashes a few files: it imports
  neither papermill nor nbconvert and starts no kernel. The site folder holds only the pages,
  ``data/`` and the executed notebooks; pages, data and the manifest are written atomically.

When a notebook fails, the others still render; the build ends with status 1 and one line per
failure naming the notebook, the cell and the error.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from govplans.analyse.assessment import Assessment, plan_slices
from govplans.model.names import safe_name
from govplans.present import method, render
from govplans.present.export import write_assessment_csv, write_csv
from govplans.present.fmt import check_lang
from govplans.read.source import read_report
from govplans.run import kernels, paths, store
from govplans.run.api import (
    annotations_argument,
    assess_report,
    reference_for,
    save_prepared,
)
from govplans.run.index import INDEX, language_page, site_page, write_index
from govplans.run.kernels import Job, Progress, Result, execute_jobs
from govplans.run.manifest import (
    RUNNER_VERSION,
    annotations_sha256,
    assessment_key,
    cache_key,
    library_versions,
    load_manifest,
    package_source_sha256,
    save_manifest,
    sha256_bytes,
)
from govplans.run.pages import REPORT_PAGES, page
from govplans.run.params import check_parameters, notebook_parameters
from govplans.run.sources import require_source
from govplans.run.spec import BuildSpec, spec_from

__all__ = [
    "DEFAULT_CELL_TIMEOUT",
    "NOTEBOOKS",
    "BuildSummary",
    "Job",
    "NotebookFailure",
    "Result",
    "check_parameters",
    "execute_jobs",
    "main_reports",
    "notebook_parameters",
    "package_source_sha256",
    "plan_jobs",
    "render_reports",
    "write_index",
]

#: kind -> notebook file (in ``paths.NOTEBOOKS_DIR``), in index order (from the registry).
NOTEBOOKS: dict[str, str] = {p.kind: p.notebook for p in REPORT_PAGES}
DEFAULT_CELL_TIMEOUT = 300
#: The assessment prepared once per build, which every page loads (in the cache folder).
PREPARED = "assessment.json"
#: Each plan's part of it (:func:`plan_slices`), which the plan's profile loads instead.
PREPARED_PLANS = "prepared"
#: Files earlier versions kept beside the pages (pickles, keys, the manifest): removed from
#: the site folder, never read.
LEGACY = (
    "manifest.json",
    "data/assessment.pickle",
    "data/plan_history.pickle",
    "data/plan_history.sha256",
    "data/corpus.pickle",
)


def prepared_plan(prepared: Path, plan_id: str) -> Path:
    """Where a plan's part of the prepared assessment is, beside the whole one (the name made
    safe: a plan id is report text)."""
    return prepared.parent / PREPARED_PLANS / f"{safe_name('plan_' + plan_id)}.json"


def remove_legacy(out: Path) -> None:
    """Remove what earlier versions of the build left in a site folder (never loaded): their
    pickles, a manifest they wrote and the ``.key`` file of a page beside it."""
    import shutil

    for name in LEGACY:
        path = out / name
        if name.endswith(".json"):  # only a manifest this tool wrote
            try:
                if json.loads(path.read_text(encoding="utf-8")).get("generated_by", "") != (
                    "govplans reports"
                ):
                    continue
            except (OSError, ValueError, AttributeError):
                continue
        path.unlink(missing_ok=True)
    for key in out.glob("*.key"):
        if key.with_suffix(".html").is_file():
            key.unlink(missing_ok=True)
    legacy_plans = out / "data" / PREPARED_PLANS
    if legacy_plans.is_dir() and all(p.suffix == ".pickle" for p in legacy_plans.iterdir()):
        shutil.rmtree(legacy_plans, ignore_errors=True)


class NotebookFailure(RuntimeError):
    """One or more notebooks failed; the message has one line per failure."""


@dataclass
class BuildSummary:
    """What a build did."""

    out: Path
    built: list[str] = field(default_factory=list)
    cached: list[str] = field(default_factory=list)
    failed: list[Result] = field(default_factory=list)
    seconds: float = 0.0


# ---------------------------------------------------------------- planning the build


def _read_source(source: Path) -> bytes:
    require_source(source)  # a FIFO, a device, too large, unreadable: one line naming it
    try:
        return source.read_bytes()
    except OSError:
        read_report(source)  # raises the one-line ReportFormatError naming the file
        raise


def _assessed_alike(a: Assessment, report_sha: str, spec: BuildSpec) -> bool:
    """Whether ``a`` is this build's assessment: the same report bytes, thresholds and
    reviewed statuses as the build's spec gives."""
    return (
        a.report.sha256 == report_sha
        and a.thresholds == spec.thresholds
        and a.annotations_source
        == reference_for(a.report, annotations_argument(spec.annotations)).reviews_origin
    )


def _assessment(source: Path, spec: BuildSpec) -> Assessment:
    """The report assessed with the build's thresholds and annotations (as the pages do)."""
    return assess_report(
        read_report(source), spec.thresholds, annotations_argument(spec.annotations)
    )


def _prepared_current(build: BuildInputs, todo: list[Job]) -> bool:
    """Whether every prepared file the jobs to run load names this build's key."""
    key = build.prepared_key
    needed = {Path(job.parameters["prepared"]) for job in todo if job.parameters.get("prepared")}
    return all(store.file_key(path) == key for path in needed)


def _replace_folder_files(staging: Path, data: Path) -> None:
    """Move every file of ``staging`` into ``data`` (each by one rename: a reader never sees
    half a file), then remove ``staging``."""
    for path in sorted(staging.rglob("*")):
        if path.is_file():
            target = data / path.relative_to(staging)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, target)


def _write_data(build: BuildInputs, force: bool, todo: list[Job]) -> bool:
    """The tables the pages show, in ``data/`` beside them: the report's and the assessment's
    CSV files (with datapackage.json) and, with XlsxWriter installed, the Excel workbook; and
    in the cache folder the prepared assessment and each plan's slice. Rewritten when the
    analysis changed or a prepared file a page needs is missing or damaged; the data files are
    written in a staging folder and moved into place one by one (a failed write leaves the
    old ones). Returns whether the workbook is there."""
    import shutil
    import tempfile

    data = build.out / render.DATA_DIR
    workbook = find_spec("xlsxwriter") is not None
    current = build.manifest.get("analysis_key") == build.analysis_key and data.is_dir()
    if current and not force and (not workbook or (data / render.WORKBOOK).is_file()):
        if _prepared_current(build, todo):
            return workbook
        current = False
    a = build.assessment
    save_prepared(a, build.prepared, build.spec.annotations)
    for plan_id, part in plan_slices(a):
        save_prepared(part, prepared_plan(build.prepared, plan_id), build.spec.annotations, a)
    build.out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".data-", dir=build.out))
    try:
        write_csv(a.report, staging)
        write_assessment_csv(a, staging, build.lang)
        if workbook:
            from govplans.present.workbook import write_workbook

            write_workbook(a, staging / render.WORKBOOK, build.lang)
        _replace_folder_files(staging, data)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return workbook


def _analyse(assessment: Assessment, lang: str) -> dict[str, Any]:
    """What the index and the jobs need of the assessed report: plans, titles, summaries."""
    report = assessment.report
    plans = [str(p) for p in report.plans["plan_id"]]
    return {
        "agency": report.agency,
        "agency_shown": render.agency_name(assessment, lang),
        "fiscal_year": int(report.fiscal_year),
        "constructed": report.constructed,
        "plans": plans,
        "titles": {
            "overview": render.report_title(assessment, "overview", lang),
            "attainment": render.report_title(assessment, "attainment", lang),
            "method": render.report_title(assessment, "method", lang),
            **render.profile_titles(assessment, lang),
        },
        "dashboard": render.dashboard_rows(assessment, lang),
        "summaries": {
            "overview": render.overview_summary(assessment, lang),
            "attainment": render.attainment_summary(assessment, lang),
            "method": method.summary(assessment.thresholds, lang),
            **render.profile_summaries(assessment, lang),
        },
    }


def _profile_names(build: BuildInputs, keys: Iterable[str]) -> set[str]:
    """The profile report names for plan ids or unique parts of plan names (KeyError if none)."""
    report = build.assessment.report
    profile = page("profile")
    return {profile.file_stem(plan=report.resolve_plan_id(key)) for key in keys}


def plan_jobs(
    source: Path,
    analysis: Mapping[str, Any],
    lang: str,
    parameters: Mapping[str, Any],
    declared: Mapping[str, Mapping[str, Any]],
    prepared: Path | None = None,
) -> list[Job]:
    """The reports of one build, in index order (the registry's :data:`REPORT_PAGES`;
    ``prepared``: the assessment the pages load, each profile its plan's slice beside it)."""
    jobs: list[Job] = []

    def add(kind: str, name: str, notebook_name: str, title_key: str, plan_id: str) -> None:
        notebook = paths.NOTEBOOKS_DIR / notebook_name
        accepted = declared[notebook.name]
        params: dict[str, Any] = {"source": str(source), "lang": lang}
        if plan_id:
            params["plan_id"] = plan_id
        if "prepared" in accepted:  # the assessment made once per build (see _write_data)
            own = prepared_plan(prepared, plan_id) if prepared and plan_id else prepared
            params["prepared"] = str(own or "")
        params.update({k: v for k, v in parameters.items() if k in accepted})
        jobs.append(
            Job(
                name=name,
                kind=kind,
                notebook=notebook,
                parameters=params,
                title=analysis["titles"][title_key],
                summary=analysis["summaries"][title_key],
                constructed=bool(analysis.get("constructed")),
            )
        )

    for kind in REPORT_PAGES:
        if kind.per == "plan":
            for plan_id in analysis["plans"]:  # a plan id is report text: the name made safe
                add(kind.kind, kind.file_stem(plan=plan_id), kind.notebook, plan_id, plan_id)
        else:
            add(kind.kind, kind.file_stem(), kind.notebook, kind.kind, "")
    return jobs


# ---------------------------------------------------------------- the build


@dataclass
class BuildInputs:
    """What one build reads (report, previous manifest, notebooks, spec) and its keys."""

    spec: BuildSpec
    source: Path
    report_sha: str
    manifest: dict[str, Any]  # the previous build's manifest; {} when there is none
    notebooks: dict[str, dict[str, Any]]  # file name -> path, sha256, declared parameters
    values: dict[str, Any]  # the values the pages are given (spec and checked ``-p`` values)
    package_sha: str
    notes_sha: str
    versions: dict[str, str]
    analysis_key: str
    analysis: dict[str, Any] = field(default_factory=dict)
    #: The report as a caller already assessed it (a site, for its corpus), if any.
    given: Assessment | None = None
    #: A site's plan history for this report's profiles (a prepared JSON file), if any.
    history: Path | None = None

    @property
    def out(self) -> Path:
        return self.spec.out

    @property
    def cache(self) -> Path:
        return self.spec.cache_dir

    @property
    def lang(self) -> str:
        return self.spec.lang

    @property
    def prepared(self) -> Path:
        """The prepared assessment's file (in the cache folder)."""
        return self.cache / PREPARED

    @property
    def prepared_key(self) -> str:
        """The key of the prepared assessment and of each plan's slice."""
        return assessment_key(self.report_sha, self.spec.thresholds, self.spec.annotations)

    @cached_property
    def assessment(self) -> Assessment:
        """The report assessed with the build's values, once per build and only when something
        needs it: the one given when it is this build's (:func:`_assessed_alike`), else read
        and assessed here."""
        given = self.given
        if given is not None and _assessed_alike(given, self.report_sha, self.spec):
            return given
        return _assessment(self.source, self.spec)

    @property
    def declared(self) -> dict[str, dict[str, Any]]:
        """Notebook file name -> the parameters its ``parameters`` cell declares."""
        return _declared(self.notebooks)

    @property
    def previous_reports(self) -> dict[str, Any]:
        """The report entries of the previous build's manifest."""
        reports: dict[str, Any] = self.manifest.get("reports", {})
        return reports


def _inspect_notebooks(known: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Each notebook's path, SHA-256 and declared parameters.

    ``known`` is the previous manifest's ``notebooks``: an unchanged notebook is not inspected
    again.
    """
    notebooks: dict[str, dict[str, Any]] = {}
    for file_name in NOTEBOOKS.values():
        path = paths.NOTEBOOKS_DIR / file_name
        digest = sha256_bytes(path.read_bytes())
        cached = known.get(file_name, {})
        specs = cached.get("parameters") if cached.get("sha256") == digest else None
        if specs is None:
            specs = notebook_parameters(path)
        notebooks[file_name] = {"path": str(path), "sha256": digest, "parameters": specs}
    return notebooks


def _declared(notebooks: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Notebook file name -> declared parameters, from :func:`_inspect_notebooks`' result."""
    return {name: notebook["parameters"] for name, notebook in notebooks.items()}


def _load_analysis(build: BuildInputs) -> dict[str, Any]:
    """The manifest's analysis when its key matches, else a fresh :func:`_analyse`."""
    manifest = build.manifest
    current = manifest.get("analysis_key") == build.analysis_key and not build.spec.force
    analysis = manifest.get("analysis") if current else None
    return analysis if analysis is not None else _analyse(build.assessment, build.lang)


def _prepare_build(
    spec: BuildSpec,
    source: Path,
    assessment: Assessment | None = None,
    history: Path | None = None,
) -> BuildInputs:
    """Read the inputs, check the ``-p`` values, compute the shared keys and the analysis
    (``assessment``: the report already assessed with these values, if the caller has it)."""
    report_sha = sha256_bytes(_read_source(source))
    manifest = load_manifest(spec.cache_dir)
    notebooks = _inspect_notebooks(manifest.get("notebooks", {}))
    checked = check_parameters((f"{k}={v}" for k, v in spec.parameters), _declared(notebooks))
    values = {**spec.notebook_values(), **checked}
    package_sha = package_source_sha256()
    notes_sha = annotations_sha256()
    versions = library_versions()
    analysis_key = cache_key(RUNNER_VERSION, report_sha, package_sha, notes_sha, spec.lang, values)
    build = BuildInputs(
        spec=spec,
        source=source,
        report_sha=report_sha,
        manifest=manifest,
        notebooks=notebooks,
        values=values,
        package_sha=package_sha,
        notes_sha=notes_sha,
        versions=versions,
        analysis_key=analysis_key,
        given=assessment,
        history=history,
    )
    build.analysis = _load_analysis(build)
    return build


def _select_jobs(build: BuildInputs, plans: Iterable[str]) -> tuple[list[Job], set[str]]:
    """The jobs of this build and the names asked for.

    With ``plans``, only those plans' profiles are asked for; the other reports are kept only
    when built before (they stay in the index).
    """
    values = dict(build.values)
    if build.history is not None:
        values["history"] = str(build.history)
    all_jobs = plan_jobs(
        build.source, build.analysis, build.lang, values, build.declared, build.prepared
    )
    if plans:
        wanted = _profile_names(build, plans)
        previous = build.previous_reports
        all_jobs = [job for job in all_jobs if job.name in wanted or job.name in previous]
    else:
        wanted = {job.name for job in all_jobs}
    return all_jobs, wanted


def _jobcache_key(build: BuildInputs, job: Job) -> str:
    """A job's cache key: runner, kernel, report, notebook, parameters, package, versions."""
    notebook_sha = build.notebooks[job.notebook.name]["sha256"]
    # content, not paths: the report's bytes and the build's analysis are in the key already
    keyed = {k: v for k, v in job.parameters.items() if k not in ("source", "prepared")}
    if keyed.get("history"):  # a site's plan history: the content key inside the file
        keyed["history"] = store.file_key(Path(keyed["history"])) or keyed["history"]
    return cache_key(
        RUNNER_VERSION,
        kernels.KERNEL_NAME,
        build.report_sha,
        notebook_sha,
        keyed,
        build.package_sha,
        build.notes_sha,
        build.versions,
        job.page,
        job.constructed,  # the banner of a page drawing on a constructed report
    )


def page_record(path: Path) -> dict[str, Any]:
    """What the manifest records of a page to check it later: SHA-256, size, mtime."""
    info = path.stat()
    return {
        "sha256": sha256_bytes(path.read_bytes()),
        "size": info.st_size,
        "mtime_ns": info.st_mtime_ns,
    }


def page_intact(path: Path, recorded: Mapping[str, Any] | None) -> bool:
    """Whether the page file is as the manifest recorded it: the same size and time (no need
    to read it), else the same SHA-256."""
    if not recorded:
        return False
    try:
        info = path.stat()
    except OSError:
        return False
    if info.st_size == recorded.get("size") and info.st_mtime_ns == recorded.get("mtime_ns"):
        return True
    return info.st_size == recorded.get("size") and (
        sha256_bytes(path.read_bytes()) == recorded.get("sha256")
    )


def _is_current(before: Mapping[str, Any], job: Job, out: Path) -> bool:
    """Whether the previous build rendered ``job`` with the same key and its HTML is there, as
    it was written (a truncated or edited page is rendered again)."""
    return (
        before.get("key") == job.key
        and before.get("status") == "ok"
        and page_intact(out / f"{job.name}.html", before.get("page"))
    )


def _split_jobs(
    build: BuildInputs,
    jobs: list[Job],
    wanted: set[str],
    force: bool,
    summary: BuildSummary,
) -> list[Job]:
    """Key every job; the wanted ones go to ``summary`` as cached or built. Returns the to-do."""
    todo: list[Job] = []
    for job in jobs:
        job.key = _jobcache_key(build, job)
        before = build.previous_reports.get(job.name, {})
        if job.name not in wanted:  # not asked for this time: listed as built before
            continue
        fresh = not force and _is_current(before, job, build.out)
        (summary.cached if fresh else summary.built).append(job.name)
        if not fresh:
            todo.append(job)
    return todo


def _announce(
    progress: Progress, summary: BuildSummary, todo: list[Job], n_workers: int, out: Path
) -> None:
    """The build's first progress line: how many reports, how many up to date, on how many."""
    if todo:
        progress(
            f"govplans reports: {len(summary.cached) + len(todo)} reports, "
            f"{len(summary.cached)} up to date, "
            f"rendering {len(todo)} on {min(n_workers, len(todo))} workers -> {out}"
        )
    else:
        progress(f"govplans reports: all {len(summary.cached)} reports up to date -> {out}")


def _report_entry(job: Job, result: Result, now: str, out: Path) -> dict[str, Any]:
    """The manifest entry of a report rendered in this build."""
    html = out / f"{job.name}.html"
    return {
        "kind": job.kind,
        "notebook": job.notebook.name,
        "parameters": job.parameters,
        "key": job.key,
        "title": job.title,
        "summary": job.summary,
        "html": f"{job.name}.html" if result.html else None,
        "executed_notebook": f"notebooks/{job.name}.ipynb",
        "status": "ok" if result.ok else "failed",
        "error": result.error,
        "cell": result.cell,
        "seconds": result.seconds,
        "built": now,
        "page": page_record(html) if result.html and html.is_file() else None,
    }


def _merge_reports(
    jobs: list[Job],
    results: Mapping[str, Result],
    previous: Mapping[str, Any],
    now: str,
    summary: BuildSummary,
    out: Path,
) -> dict[str, Any]:
    """The manifest's report entries, in job order: new ones for what ran, else the previous.

    Failed results are added to ``summary.failed``.
    """
    reports: dict[str, Any] = {}
    for job in jobs:
        if job.name in results:
            result = results[job.name]
            reports[job.name] = _report_entry(job, result, now, out)
            if not result.ok:
                summary.failed.append(result)
        else:
            reports[job.name] = previous[job.name]
    return reports


def remove_unlisted(out: Path, previous: Mapping[str, Any], current: Mapping[str, Any]) -> None:
    """Remove the pages the previous build wrote (its manifest lists them) that this build no
    longer has: another report's pages, a plan no longer in the report. Only files the build
    owns go: a page still as it was written and its executed notebook; anything else in the
    folder is left alone."""
    for name, entry in previous.items():
        if name in current or name != safe_name(name):  # a name this build could have made
            continue
        html = out / f"{name}.html"
        if page_intact(html, entry.get("page")):
            html.unlink(missing_ok=True)
        (out / "notebooks" / f"{name}.ipynb").unlink(missing_ok=True)


def _manifest(build: BuildInputs, reports: dict[str, Any], now: str) -> dict[str, Any]:
    """The manifest of this build (its key order is the file's)."""
    return {
        "generated_by": "govplans reports",
        "runner_version": RUNNER_VERSION,
        "updated": now,
        "source": {
            "path": str(build.source),
            "sha256": build.report_sha,
            "agency": build.analysis["agency"],
            "fiscal_year": build.analysis["fiscal_year"],
        },
        "spec": build.spec.record(),
        "lang": build.lang,
        "parameters": build.values,
        "kernel": kernels.KERNEL_NAME,
        "package_source_sha256": build.package_sha,
        "annotations_sha256": build.notes_sha,
        "versions": build.versions,
        "notebooks": build.notebooks,
        "analysis_key": build.analysis_key,
        "analysis": build.analysis,
        "reports": reports,
    }


def _save_manifest(build: BuildInputs, reports: dict[str, Any], now: str, rendered: bool) -> str:
    """Write ``manifest.json`` (in the cache folder, atomically) when something was rendered
    or there was none; its build time."""
    if rendered or not build.manifest:
        save_manifest(build.cache, _manifest(build, reports, now))
        return now
    return str(build.manifest.get("updated", now))


def _failure_message(failed: list[Result], reports: Mapping[str, Any]) -> str:
    """One line per failed notebook: report, notebook file, cell when known, error."""
    lines = [
        f"{r.name} ({NOTEBOOKS[reports[r.name]['kind']]})"
        + (f" failed in cell {r.cell}" if r.cell is not None else " failed")
        + f": {r.error}"
        for r in failed
    ]
    return "\n".join(lines)


def render_reports(
    source: Path | None = None,
    out: Path | None = None,
    lang: str = "zh-TW",
    jobs: int | None = None,
    force: bool = False,
    parameters: Iterable[str] = (),
    timeout: int = DEFAULT_CELL_TIMEOUT,
    progress: Progress = print,
    plans: Iterable[str] = (),
    assessment: Assessment | None = None,
    *,
    spec: BuildSpec | None = None,
    cache: Path | None = None,
    history: Path | None = None,
    site_folder: str = "",
    constructed_plans: Collection[str] = (),
) -> BuildSummary:
    """Render every report of ``source`` into ``out`` (see the module docstring).

    ``spec``: the build's settings (else made from the other arguments: ``parameters`` as
    ``-p NAME=VALUE``, thresholds among them as ratios or percentages; ``cache``: the cache
    folder, default :func:`govplans.run.spec.default_cache`).

    ``assessment``: the report already assessed with these parameters (a site assessed it for
    its corpus); used instead of assessing it again when its bytes and thresholds match.
    ``history``: a site's prepared plan history for the profiles; ``constructed_plans``: the
    plans whose profiles show figures of a constructed report through it (their pages carry
    the constructed-data banner, :func:`govplans.present.corpus.constructed_plans`).

    ``plans`` (ids or unique parts of plan names) limits the build to those plans' profiles;
    reports built before stay in the index.

    ``site_folder``: where ``out`` is in its language's site (a site's report folder, or the
    report's own folder of ``--own-folder``), "" when ``out`` is the site: every page links the
    same path in the other language's site (``reports/`` and ``reports/en/``).

    Raises ``ReportFormatError`` for a bad report file, ``ValueError`` for bad parameters and
    :class:`NotebookFailure` when notebooks failed (after writing everything else).
    """
    started = time.perf_counter()
    if spec is None:
        check_lang(lang)
        spec = spec_from(
            [source or paths.BUNDLED_REPORT],
            out or paths.REPORTS_DIR,
            cache=cache,
            lang=lang,
            parameters=parameters,
            plans=plans,
            force=force,
            jobs=jobs,
            timeout=timeout,
        )
    source = spec.sources[0] if spec.sources else paths.BUNDLED_REPORT.resolve()
    out = spec.out
    build = _prepare_build(spec, source, assessment, history)
    selected, wanted = _select_jobs(build, spec.plans)
    for job in selected:
        if job.parameters.get("plan_id") in constructed_plans:
            job.constructed = True  # its plan's other years come from a constructed report
        # the link to the same page in the other language, when that page is (or will be) built
        job.page = language_page(
            out / f"{job.name}.html",
            site_page(site_folder, f"{job.name}.html"),
            spec.lang,
            spec.other_language,
        )
    summary = BuildSummary(out=out)
    todo = _split_jobs(build, selected, wanted, spec.force, summary)
    n_workers = max(1, spec.jobs or os.cpu_count() or 1)
    _announce(progress, summary, todo, n_workers, out)
    out.mkdir(parents=True, exist_ok=True)
    remove_legacy(out)
    workbook = _write_data(build, spec.force, todo)
    for job in todo:
        job.workbook = workbook
    results = {r.name: r for r in execute_jobs(todo, out, n_workers, spec.timeout, progress)}
    now = datetime.now(UTC).isoformat(timespec="seconds")
    reports = _merge_reports(selected, results, build.previous_reports, now, summary, out)
    remove_unlisted(out, build.previous_reports, reports)
    updated = _save_manifest(build, reports, now, rendered=bool(todo))
    write_index(
        out,
        build.analysis,
        reports,
        build.lang,
        source,
        build.report_sha,
        updated,
        site_folder,
        spec.other_language,
    )
    summary.seconds = time.perf_counter() - started
    if summary.failed:
        raise NotebookFailure(_failure_message(summary.failed, reports))
    progress(
        f"done in {summary.seconds:.1f}s: {len(summary.built)} rendered, "
        f"{len(summary.cached)} up to date; open {out / INDEX}"
    )
    return summary


def main_reports(spec: BuildSpec, site_folder: str = "") -> int:
    """The ``govplans reports`` command for one report (see :mod:`govplans.run.cli`)."""
    try:
        render_reports(
            spec=spec, progress=lambda line: print(line, flush=True), site_folder=site_folder
        )
    except NotebookFailure as exc:
        for line in str(exc).splitlines():
            print(f"govplans: error: {line}", file=sys.stderr)
        return 1
    return 0
