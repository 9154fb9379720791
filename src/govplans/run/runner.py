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
- ``manifest.json`` (:mod:`govplans.run.manifest`) records the input SHA-256s, parameters,
  package versions and times, and doubles as the cache: a report whose key has not changed is
  not executed again. An unchanged rerun reads the manifest and hashes a few files: it imports
  neither papermill nor nbconvert and starts no kernel.

When a notebook fails, the others still render; the build ends with status 1 and one line per
failure naming the notebook, the cell and the error.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from govplans.analyse.assessment import Assessment, plan_slices
from govplans.present import render
from govplans.present.export import write_assessment_csv, write_csv
from govplans.present.fmt import check_lang
from govplans.read.source import read_report
from govplans.run import kernels, paths
from govplans.run.api import (
    Annotations,
    annotations_argument,
    assess_report,
    reference_for,
    save_prepared,
)
from govplans.run.index import INDEX, write_index
from govplans.run.kernels import Job, Progress, Result, execute_jobs
from govplans.run.manifest import (
    MANIFEST,
    RUNNER_VERSION,
    annotations_sha256,
    cache_key,
    library_versions,
    load_manifest,
    package_source_sha256,
    sha256_bytes,
)
from govplans.run.params import check_parameters, notebook_parameters, thresholds_from

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

#: kind -> notebook file (in ``paths.NOTEBOOKS_DIR``), in index order.
NOTEBOOKS: dict[str, str] = {
    "overview": "portfolio_overview.ipynb",
    "profile": "plan_profile.ipynb",
    "attainment": "target_attainment.ipynb",
}
DEFAULT_CELL_TIMEOUT = 300
#: The assessment prepared once per build, which every page loads (in the data folder).
PREPARED = "assessment.pickle"
#: Each plan's part of it (:func:`plan_slices`), which the plan's profile loads instead.
PREPARED_PLANS = "prepared"


def prepared_plan(prepared: Path, plan_id: str) -> Path:
    """Where a plan's part of the prepared assessment is, beside the whole one."""
    return prepared.parent / PREPARED_PLANS / f"plan_{plan_id}.pickle"


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
    try:
        return source.read_bytes()
    except OSError:
        read_report(source)  # raises the one-line ReportFormatError naming the file
        raise


def _annotations(parameters: Mapping[str, Any]) -> Annotations:
    return annotations_argument(str(parameters.get("annotations", "auto")))


def _assessed_alike(a: Assessment, report_sha: str, parameters: Mapping[str, Any]) -> bool:
    """Whether ``a`` is this build's assessment: the same report bytes, thresholds and
    reviewed statuses as the build's parameters give."""
    return (
        a.report.sha256 == report_sha
        and a.thresholds == thresholds_from(parameters)
        and a.annotations_source == reference_for(a.report, _annotations(parameters)).reviews_origin
    )


def _assessment(source: Path, parameters: Mapping[str, Any]) -> Assessment:
    """The report assessed with the build's thresholds and annotations (as the pages do)."""
    return assess_report(read_report(source), thresholds_from(parameters), _annotations(parameters))


def _write_data(build: BuildInputs, force: bool) -> bool:
    """The tables the pages show, in ``data/`` beside them: the report's and the assessment's
    CSV files (with datapackage.json) and, with XlsxWriter installed, the Excel workbook.
    Rewritten when the analysis changed; returns whether the workbook is there."""
    data = build.out / render.DATA_DIR
    workbook = find_spec("xlsxwriter") is not None
    current = build.manifest.get("analysis_key") == build.analysis_key and data.is_dir()
    if current and not force and (not workbook or (data / render.WORKBOOK).is_file()):
        return workbook
    a = build.assessment
    save_prepared(a, data / PREPARED)
    for plan_id, part in plan_slices(a):
        save_prepared(part, prepared_plan(data / PREPARED, plan_id))
    write_csv(a.report, data)
    write_assessment_csv(a, data, build.lang)
    if workbook:
        from govplans.present.workbook import write_workbook

        write_workbook(a, data / render.WORKBOOK, build.lang)
    return workbook


def _analyse(assessment: Assessment, lang: str) -> dict[str, Any]:
    """What the index and the jobs need of the assessed report: plans, titles, summaries."""
    report = assessment.report
    plans = [str(p) for p in report.plans["plan_id"]]
    return {
        "agency": report.agency,
        "agency_shown": render.agency_name(assessment, lang),
        "fiscal_year": int(report.fiscal_year),
        "plans": plans,
        "titles": {
            "overview": render.report_title(assessment, "overview", lang),
            "attainment": render.report_title(assessment, "attainment", lang),
            **render.profile_titles(assessment, lang),
        },
        "dashboard": render.dashboard_rows(assessment, lang),
        "summaries": {
            "overview": render.overview_summary(assessment, lang),
            "attainment": render.attainment_summary(assessment, lang),
            **render.profile_summaries(assessment, lang),
        },
    }


def _profile_names(source: Path, keys: Iterable[str]) -> set[str]:
    """The profile report names for plan ids or unique parts of plan names (KeyError if none)."""
    report = read_report(source)
    return {f"plan_profile_{report.resolve_plan_id(key)}" for key in keys}


def plan_jobs(
    source: Path,
    analysis: Mapping[str, Any],
    lang: str,
    parameters: Mapping[str, Any],
    declared: Mapping[str, Mapping[str, Any]],
    prepared: Path | None = None,
) -> list[Job]:
    """The reports of one build, in index order (``prepared``: the assessment the pages load)."""
    jobs: list[Job] = []

    def add(kind: str, name: str, title_key: str, extra: dict[str, Any]) -> None:
        notebook = paths.NOTEBOOKS_DIR / NOTEBOOKS[kind]
        accepted = declared[notebook.name]
        params = {"source": str(source), "lang": lang, **extra}
        if "prepared" in accepted:  # the assessment made once per build (see _write_data)
            own = (
                prepared_plan(prepared, extra["plan_id"])
                if prepared and "plan_id" in extra
                else None
            )
            params["prepared"] = str(own or prepared or "")
        params.update({k: v for k, v in parameters.items() if k in accepted})
        jobs.append(
            Job(
                name=name,
                kind=kind,
                notebook=notebook,
                parameters=params,
                title=analysis["titles"][title_key],
                summary=analysis["summaries"][title_key],
            )
        )

    add("overview", "portfolio_overview", "overview", {})
    for plan_id in analysis["plans"]:
        add("profile", f"plan_profile_{plan_id}", plan_id, {"plan_id": plan_id})
    add("attainment", "target_attainment", "attainment", {})
    return jobs


# ---------------------------------------------------------------- the build


@dataclass
class BuildInputs:
    """What one build reads (report, previous manifest, notebooks, parameters) and its keys."""

    source: Path
    out: Path
    lang: str
    report_sha: str
    manifest: dict[str, Any]  # the previous build's manifest; {} when there is none
    notebooks: dict[str, dict[str, Any]]  # file name -> path, sha256, declared parameters
    values: dict[str, Any]  # the checked ``-p`` values
    package_sha: str
    notes_sha: str
    versions: dict[str, str]
    analysis_key: str
    analysis: dict[str, Any] = field(default_factory=dict)
    #: The report as a caller already assessed it (a site, for its corpus), if any.
    given: Assessment | None = None

    @cached_property
    def assessment(self) -> Assessment:
        """The report assessed with the build's values, once per build and only when something
        needs it: the one given when it is this build's (:func:`_assessed_alike`), else read
        and assessed here."""
        given = self.given
        if given is not None and _assessed_alike(given, self.report_sha, self.values):
            return given
        return _assessment(self.source, self.values)

    @property
    def declared(self) -> dict[str, dict[str, Any]]:
        """Notebook file name -> the parameters its ``parameters`` cell declares."""
        return _declared(self.notebooks)

    @property
    def previous_reports(self) -> dict[str, Any]:
        """The report entries of the previous build's manifest."""
        return self.manifest.get("reports", {})


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
    analysis = (
        manifest.get("analysis") if manifest.get("analysis_key") == build.analysis_key else None
    )
    return analysis if analysis is not None else _analyse(build.assessment, build.lang)


def _prepare_build(
    source: Path,
    out: Path,
    lang: str,
    parameters: Iterable[str],
    assessment: Assessment | None = None,
) -> BuildInputs:
    """Read the inputs, check the ``-p`` values, compute the shared keys and the analysis
    (``assessment``: the report already assessed with these values, if the caller has it)."""
    report_sha = sha256_bytes(_read_source(source))
    manifest = load_manifest(out)
    notebooks = _inspect_notebooks(manifest.get("notebooks", {}))
    values = check_parameters(parameters, _declared(notebooks))
    package_sha = package_source_sha256()
    notes_sha = annotations_sha256()
    versions = library_versions()
    analysis_key = cache_key(RUNNER_VERSION, report_sha, package_sha, notes_sha, lang, values)
    build = BuildInputs(
        source=source,
        out=out,
        lang=lang,
        report_sha=report_sha,
        manifest=manifest,
        notebooks=notebooks,
        values=values,
        package_sha=package_sha,
        notes_sha=notes_sha,
        versions=versions,
        analysis_key=analysis_key,
        given=assessment,
    )
    build.analysis = _load_analysis(build)
    return build


def _select_jobs(build: BuildInputs, plans: Iterable[str]) -> tuple[list[Job], set[str]]:
    """The jobs of this build and the names asked for.

    With ``plans``, only those plans' profiles are asked for; the other reports are kept only
    when built before (they stay in the index).
    """
    all_jobs = plan_jobs(
        build.source,
        build.analysis,
        build.lang,
        build.values,
        build.declared,
        build.out / render.DATA_DIR / PREPARED,
    )
    if plans:
        wanted = _profile_names(build.source, plans)
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
    if keyed.get("history") and Path(keyed["history"]).is_file():  # a site's plan history
        keyed["history"] = sha256_bytes(Path(keyed["history"]).read_bytes())
    return cache_key(
        RUNNER_VERSION,
        kernels.KERNEL_NAME,
        build.report_sha,
        notebook_sha,
        keyed,
        build.package_sha,
        build.notes_sha,
        build.versions,
    )


def _is_current(before: Mapping[str, Any], job: Job, out: Path) -> bool:
    """Whether the previous build rendered ``job`` with the same key and its HTML is there."""
    return (
        before.get("key") == job.key
        and before.get("status") == "ok"
        and (out / f"{job.name}.html").is_file()
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


def _report_entry(job: Job, result: Result, now: str) -> dict[str, Any]:
    """The manifest entry of a report rendered in this build."""
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
    }


def _merge_reports(
    jobs: list[Job],
    results: Mapping[str, Result],
    previous: Mapping[str, Any],
    now: str,
    summary: BuildSummary,
) -> dict[str, Any]:
    """The manifest's report entries, in job order: new ones for what ran, else the previous.

    Failed results are added to ``summary.failed``.
    """
    reports: dict[str, Any] = {}
    for job in jobs:
        if job.name in results:
            result = results[job.name]
            reports[job.name] = _report_entry(job, result, now)
            if not result.ok:
                summary.failed.append(result)
        else:
            reports[job.name] = previous[job.name]
    return reports


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
    """Write ``manifest.json`` when something was rendered or there was none; its build time."""
    if rendered or not build.manifest:
        (build.out / MANIFEST).write_text(
            json.dumps(_manifest(build, reports, now), ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )
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
) -> BuildSummary:
    """Render every report of ``source`` into ``out`` (see the module docstring).

    ``assessment``: the report already assessed with these parameters (a site assessed it for
    its corpus); used instead of assessing it again when its bytes and thresholds match.

    ``plans`` (ids or unique parts of plan names) limits the build to those plans' profiles;
    reports built before stay in the index.

    Raises ``ReportFormatError`` for a bad report file, ``ValueError`` for bad parameters and
    :class:`NotebookFailure` when notebooks failed (after writing everything else).
    """
    started = time.perf_counter()
    check_lang(lang)
    source = (source or paths.BUNDLED_REPORT).resolve()
    out = (out or paths.REPORTS_DIR).resolve()
    build = _prepare_build(source, out, lang, parameters, assessment)
    selected, wanted = _select_jobs(build, plans)
    summary = BuildSummary(out=out)
    todo = _split_jobs(build, selected, wanted, force, summary)
    n_workers = max(1, jobs or os.cpu_count() or 1)
    _announce(progress, summary, todo, n_workers, out)
    out.mkdir(parents=True, exist_ok=True)
    workbook = _write_data(build, force)
    for job in todo:
        job.workbook = workbook
    results = {r.name: r for r in execute_jobs(todo, out, n_workers, timeout, progress)}
    now = datetime.now(UTC).isoformat(timespec="seconds")
    reports = _merge_reports(selected, results, build.previous_reports, now, summary)
    updated = _save_manifest(build, reports, now, rendered=bool(todo))
    write_index(out, build.analysis, reports, lang, source, build.report_sha, updated)
    summary.seconds = time.perf_counter() - started
    if summary.failed:
        raise NotebookFailure(_failure_message(summary.failed, reports))
    progress(
        f"done in {summary.seconds:.1f}s: {len(summary.built)} rendered, "
        f"{len(summary.cached)} up to date; open {out / INDEX}"
    )
    return summary


def main_reports(args: Any) -> int:
    """The ``govplans reports`` command (see :func:`govplans.run.cli.cmd_reports`)."""
    try:
        render_reports(
            source=args.source,
            out=args.out,
            lang=args.lang,
            jobs=args.jobs,
            force=args.force,
            parameters=args.parameters or (),
            timeout=args.timeout,
            progress=lambda line: print(line, flush=True),
            plans=args.plans or (),
        )
    except NotebookFailure as exc:
        for line in str(exc).splitlines():
            print(f"govplans: error: {line}", file=sys.stderr)
        return 1
    return 0
