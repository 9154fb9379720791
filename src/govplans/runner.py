"""``govplans reports``: execute the notebooks with papermill and publish them as HTML.

One build renders the portfolio overview, one plan profile per plan and the target-attainment
report for a report file:

- parameters given with ``-p NAME=VALUE`` are checked against each notebook's ``parameters``
  cell (``papermill.inspect_notebook``) before anything runs, and typed from its annotations;
- notebooks run in parallel worker processes (``--jobs``, default: the number of cores). Each
  worker starts one ``python3`` kernel and runs its notebooks in it through papermill's Python
  API (working directory ``notebooks/``, a per-cell timeout), clearing the kernel's namespace
  between notebooks; kernel start-up and the heavy imports are paid once per worker, not once
  per notebook. A failed notebook restarts its worker's kernel;
- each executed notebook is exported to HTML with the code hidden (nbconvert,
  ``exclude_input``); ``index.html`` links every report with its one-line summary;
- ``manifest.json`` records the input SHA-256s, parameters, package versions and times, and
  doubles as the cache: a report whose key (report bytes, notebook bytes, parameters, package
  source, reviewed annotations, library versions) has not changed is not executed again. An
  unchanged rerun reads the manifest and hashes a few files: it imports neither papermill nor
  nbconvert and starts no kernel.

When a notebook fails, the others still render; the build ends with status 1 and one line per
failure naming the notebook, the cell and the error.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing as mp
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from govplans import config, render

#: Bump when the runner changes what it writes, to invalidate every cached report.
RUNNER_VERSION = "1"
KERNEL_NAME = "python3"
MANIFEST = "manifest.json"
INDEX = "index.html"
#: kind -> notebook file (in ``config.NOTEBOOKS_DIR``), in index order.
NOTEBOOKS: dict[str, str] = {
    "overview": "portfolio_overview.ipynb",
    "profile": "plan_profile.ipynb",
    "attainment": "target_attainment.ipynb",
}
#: Set by the runner itself (use ``--source`` and ``--lang``), never with ``-p``.
RESERVED_PARAMETERS = ("source", "lang", "plan_id")
#: Versions recorded in the manifest and part of every cache key.
LIBRARIES = (
    "govplans",
    "papermill",
    "nbclient",
    "nbconvert",
    "nbformat",
    "ipykernel",
    "jupyter_client",
    "pandas",
    "matplotlib",
)
DEFAULT_CELL_TIMEOUT = 300

Progress = Callable[[str], None]


class NotebookFailure(RuntimeError):
    """One or more notebooks failed; the message has one line per failure."""


@dataclass
class Job:
    """One report to render: a notebook with its parameters."""

    name: str  # output stem, e.g. plan_profile_114-01
    kind: str  # overview | profile | attainment
    notebook: Path
    parameters: dict[str, Any]
    title: str
    summary: str
    key: str = ""


@dataclass
class Result:
    """The outcome of one job (sent back from a worker)."""

    name: str
    ok: bool
    seconds: float
    error: str = ""
    cell: int | None = None  # 1-based index among the notebook's cells (papermill's numbering)
    html: bool = False


@dataclass
class WorkerError:
    """A worker could not start (sent back instead of results)."""

    message: str


@dataclass
class BuildSummary:
    """What a build did."""

    out: Path
    built: list[str] = field(default_factory=list)
    cached: list[str] = field(default_factory=list)
    failed: list[Result] = field(default_factory=list)
    seconds: float = 0.0


# ---------------------------------------------------------------- hashing and the manifest


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def files_sha256(root: Path, paths: Iterable[Path]) -> str:
    """One hash over files under ``root``: each one's relative path and bytes, in path order."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def package_source_sha256() -> str:
    """One hash over the package's Python source (a code change re-renders every report)."""
    return files_sha256(config.PACKAGE_DIR, config.PACKAGE_DIR.rglob("*.py"))


def annotations_sha256() -> str:
    """One hash over the reviewed-annotation files (``annotations="auto"`` reads them)."""
    root = config.ANNOTATIONS_DIR
    files = [p for p in root.rglob("*") if p.is_file()] if root.is_dir() else []
    return files_sha256(root, files)


def library_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def _key(*parts: Any) -> str:
    return sha256_bytes(json.dumps(parts, sort_keys=True, ensure_ascii=False).encode())


def load_manifest(out: Path) -> dict[str, Any]:
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


# ---------------------------------------------------------------- parameters


def notebook_parameters(path: Path) -> dict[str, dict[str, Any]]:
    """The parameters declared in a notebook's ``parameters`` cell (papermill's inspection)."""
    import papermill

    return {name: dict(spec) for name, spec in papermill.inspect_notebook(str(path)).items()}


def parse_assignment(text: str) -> tuple[str, str]:
    """``NAME=VALUE`` -> (name, value); ``ValueError`` otherwise."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip().isidentifier():
        raise ValueError(f"bad parameter {text!r}: expected NAME=VALUE, e.g. execution_warn=0.85")
    return name.strip(), value


def typed_value(name: str, value: str, type_name: str | None) -> Any:
    """Convert a command-line value to the type annotated in the parameters cell."""
    kind = (type_name or "").lower()
    try:
        if kind == "float":
            return float(value)
        if kind == "int":
            return int(value)
        if kind == "bool":
            lowered = value.strip().lower()
            if lowered in ("1", "true", "yes", "on"):
                return True
            if lowered in ("0", "false", "no", "off"):
                return False
            raise ValueError(value)
    except ValueError:
        raise ValueError(f"parameter {name}: {value!r} is not a valid {kind}") from None
    return value


def check_parameters(
    assignments: Iterable[str], declared: Mapping[str, Mapping[str, dict[str, Any]]]
) -> dict[str, Any]:
    """Typed ``-p`` values, checked against the notebooks' declared parameters.

    ``declared`` maps notebook file name -> its parameters. A name must be declared by at least
    one notebook (it is passed only to those that declare it) and must not be reserved.
    """
    values: dict[str, Any] = {}
    for text in assignments:
        name, value = parse_assignment(text)
        if name in RESERVED_PARAMETERS:
            raise ValueError(
                f"parameter {name} is set by the runner; use --source/--lang "
                "(plan_id: one profile is rendered per plan)"
            )
        specs = [spec[name] for spec in declared.values() if name in spec]
        if not specs:
            known = sorted(
                {n for spec in declared.values() for n in spec} - set(RESERVED_PARAMETERS)
            )
            raise ValueError(
                f"unknown parameter {name!r}: no notebook declares it "
                f"({', '.join(declared)}); known: {', '.join(known)}"
            )
        values[name] = typed_value(name, value, specs[0].get("inferred_type_name"))
    return values


# ---------------------------------------------------------------- planning the build


def _read_source(source: Path) -> bytes:
    try:
        return source.read_bytes()
    except OSError:
        from govplans.parse import parse_report

        parse_report(source)  # raises the one-line ReportFormatError naming the file
        raise


def _analyse(source: Path, lang: str, parameters: Mapping[str, Any]) -> dict[str, Any]:
    """Parse and assess the report (ReportFormatError on a bad file): plans, titles, summaries."""
    from govplans.assess import Thresholds

    threshold_names = set(Thresholds.__dataclass_fields__)
    thresholds = {k: v for k, v in parameters.items() if k in threshold_names}
    annotations = str(parameters.get("annotations", "auto"))
    assessment = render.load_assessment(str(source), annotations, lang, **thresholds)
    report = assessment.report
    plans = [str(p) for p in report.plans["plan_id"]]
    return {
        "agency": report.agency,
        "fiscal_year": int(report.fiscal_year),
        "plans": plans,
        "titles": {
            "overview": render.report_title(report, "overview", lang),
            "attainment": render.report_title(report, "attainment", lang),
            **render.profile_titles(report, lang),
        },
        "summaries": {
            "overview": render.overview_summary(assessment, lang),
            "attainment": render.attainment_summary(assessment, lang),
            **render.profile_summaries(assessment, lang),
        },
    }


def _profile_names(source: Path, keys: Iterable[str]) -> set[str]:
    """The profile report names for plan ids or unique parts of plan names (KeyError if none)."""
    from govplans.parse import parse_report

    report = parse_report(source)
    return {f"plan_profile_{report.resolve_plan_id(key)}" for key in keys}


def plan_jobs(
    source: Path,
    analysis: Mapping[str, Any],
    lang: str,
    parameters: Mapping[str, Any],
    declared: Mapping[str, Mapping[str, Any]],
) -> list[Job]:
    """The reports of one build, in index order."""
    jobs: list[Job] = []

    def add(kind: str, name: str, title_key: str, extra: dict[str, Any]) -> None:
        notebook = config.NOTEBOOKS_DIR / NOTEBOOKS[kind]
        accepted = declared[notebook.name]
        params = {"source": str(source), "lang": lang, **extra}
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


# ---------------------------------------------------------------- workers


def _start_kernel(kernel_name: str, cwd: str) -> tuple[Any, Any]:
    """A new kernel and a connected, ready client."""
    import subprocess

    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync

    km = AsyncKernelManager(kernel_name=kernel_name)
    # The kernel's own log (start-up warnings) would interleave with the progress lines.
    run_sync(km.start_kernel)(cwd=cwd, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    kc = km.client()
    kc.start_channels()
    try:
        run_sync(kc.wait_for_ready)(timeout=120)
    except Exception:
        _stop_kernel(km, kc)
        raise
    return km, kc


def _stop_kernel(km: Any, kc: Any) -> None:
    from jupyter_core.utils import run_sync

    kc.stop_channels()
    run_sync(km.shutdown_kernel)(now=True)


def _worker_main(
    tasks: Any, results: Any, out: str, cwd: str, timeout: int, kernel_name: str
) -> None:
    """A worker process: one kernel, many notebooks, until it reads ``None``."""
    from nbconvert import HTMLExporter

    try:
        km, kc = _start_kernel(kernel_name, cwd)
    except Exception as exc:  # e.g. no such kernel: say so instead of dying silently
        results.put(
            WorkerError(f"kernel {kernel_name!r} did not start: {type(exc).__name__}: {exc}")
        )
        return
    exporter = HTMLExporter(
        template_name="lab",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    try:
        while (job := tasks.get()) is not None:
            result = _execute(job, Path(out), Path(cwd), timeout, km, kc, exporter)
            results.put(result)
            if not result.ok:
                # A failed or timed-out cell may leave the kernel busy or broken: replace it
                # (a fresh kernel, not a restart: restarting under a live client can hang).
                _stop_kernel(km, kc)
                km, kc = _start_kernel(kernel_name, cwd)
    finally:
        _stop_kernel(km, kc)


#: The first cell of every execution in a reused kernel: a clean namespace, no figure left open.
#: It is removed from the executed notebook before it is saved and exported.
RESET_TAG = "govplans-reset"
_RESET_CODE = (
    "get_ipython().run_line_magic('reset', '-f')\n"
    "import matplotlib.pyplot as _plt\n_plt.close('all')\ndel _plt"
)


def _failed_cell(notebook: Any, source: str) -> int | None:
    """1-based position of the cell with this source in the committed notebook."""
    for position, cell in enumerate(notebook.cells, start=1):
        if cell.cell_type == "code" and cell.source == source:
            return position
    return None


def _timed_out_cell(notebook: Any, message: str) -> int | None:
    """The cell a CellTimeoutError previews (its message quotes the cell's first lines)."""
    parts = message.split("-------------------")
    if len(parts) < 3:
        return None
    preview = parts[1].strip().splitlines()
    if not preview:
        return None
    for position, cell in enumerate(notebook.cells, start=1):
        if cell.cell_type == "code" and cell.source.strip().startswith(preview[0].strip()):
            return position
    return None


def _execute(
    job: Job, out: Path, cwd: Path, timeout: int, km: Any, kc: Any, exporter: Any
) -> Result:
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    started = time.perf_counter()
    executed = out / "notebooks" / f"{job.name}.ipynb"
    error, cell = "", None
    original = nbformat.read(job.notebook, as_version=4)
    notebook = nbformat.from_dict(original)
    reset = nbformat.v4.new_code_cell(_RESET_CODE, metadata={"tags": [RESET_TAG]})
    notebook.cells.insert(0, reset)
    nb = None
    try:
        # Written to ``executed`` also when a cell fails or times out (papermill saves it).
        nb = papermill.execute_notebook(
            notebook,
            str(executed),
            parameters=job.parameters,
            kernel_name=KERNEL_NAME,
            cwd=str(cwd),
            progress_bar=False,
            request_save_on_cell_execute=False,
            execution_timeout=timeout,
            km=km,
            kc=kc,
        )
    except PapermillExecutionError as exc:
        cell = _failed_cell(original, exc.source)
        error = f"{exc.ename}: {exc.evalue}"
    except Exception as exc:  # a timeout, a dead kernel: reported, never fatal to the build
        first_line = (str(exc).strip().splitlines() or [""])[0]
        error = f"{type(exc).__name__}: {first_line}".strip()
        cell = _timed_out_cell(original, str(exc))
    if nb is None and executed.is_file():
        nb = nbformat.read(executed, as_version=4)
    if nb is None:
        nb = notebook
    html_written = False
    try:
        nb.cells = [c for c in nb.cells if RESET_TAG not in c.get("metadata", {}).get("tags", [])]
        nbformat.write(nb, executed)
        body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": job.name}})
        (out / f"{job.name}.html").write_text(body, encoding="utf-8")
        html_written = True
    except Exception:
        error = error or traceback.format_exc(limit=1).strip().splitlines()[-1]
    return Result(
        name=job.name,
        ok=not error,
        seconds=round(time.perf_counter() - started, 3),
        error=error,
        cell=cell,
        html=html_written,
    )


def execute_jobs(
    jobs: list[Job], out: Path, n_workers: int, timeout: int, progress: Progress
) -> list[Result]:
    """Run ``jobs`` on ``n_workers`` worker processes, reporting progress as they finish."""
    if not jobs:
        return []
    (out / "notebooks").mkdir(parents=True, exist_ok=True)
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(method)
    tasks, results = ctx.Queue(), ctx.Queue()
    # The two portfolio-wide notebooks (the longest) first, so they do not finish last.
    for job in sorted(jobs, key=lambda j: j.kind == "profile"):
        tasks.put(job)
    n_workers = max(1, min(n_workers, len(jobs)))
    for _ in range(n_workers):
        tasks.put(None)
    workers = [
        ctx.Process(
            target=_worker_main,
            args=(tasks, results, str(out), str(config.NOTEBOOKS_DIR), timeout, KERNEL_NAME),
            daemon=False,
        )
        for _ in range(n_workers)
    ]
    for worker in workers:
        worker.start()
    done: list[Result] = []
    fatal = "worker process died"
    width = len(str(len(jobs)))
    try:
        while len(done) < len(jobs):
            try:
                payload = results.get(timeout=1.0)
            except Exception:  # queue.Empty: check that workers are still alive
                if not any(w.is_alive() for w in workers):
                    break
                continue
            if isinstance(payload, WorkerError):
                fatal = payload.message
                progress(f"worker failed: {fatal}")
                continue
            done.append(payload)
            mark = "ok" if payload.ok else f"FAILED ({payload.error})"
            progress(
                f"[{len(done):>{width}}/{len(jobs)}] {payload.name:<28} "
                f"{payload.seconds:6.1f}s {mark}"
            )
    finally:
        for worker in workers:
            worker.join(timeout=30)
            if worker.is_alive():
                worker.terminate()
    finished = {r.name for r in done}
    for job in jobs:  # a worker that died without reporting
        if job.name not in finished:
            done.append(Result(job.name, ok=False, seconds=0.0, error=fatal))
    return done


# ---------------------------------------------------------------- the build


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
) -> BuildSummary:
    """Render every report of ``source`` into ``out`` (see the module docstring).

    ``plans`` (ids or unique parts of plan names) limits the build to those plans' profiles;
    reports built before stay in the index.

    Raises ``ReportFormatError`` for a bad report file, ``ValueError`` for bad parameters and
    :class:`NotebookFailure` when notebooks failed (after writing everything else).
    """
    from govplans.fmt import check_lang

    started = time.perf_counter()
    check_lang(lang)
    source = (source or config.BUNDLED_REPORT).resolve()
    out = (out or config.REPORTS_DIR).resolve()
    report_sha = sha256_bytes(_read_source(source))
    manifest = load_manifest(out)
    previous_reports: dict[str, Any] = manifest.get("reports", {})

    # The notebooks and their declared parameters (inspected once per notebook version).
    known_notebooks: dict[str, Any] = manifest.get("notebooks", {})
    notebooks: dict[str, dict[str, Any]] = {}
    declared: dict[str, dict[str, Any]] = {}
    for file_name in NOTEBOOKS.values():
        path = config.NOTEBOOKS_DIR / file_name
        digest = sha256_bytes(path.read_bytes())
        cached = known_notebooks.get(file_name, {})
        specs = cached.get("parameters") if cached.get("sha256") == digest else None
        if specs is None:
            specs = notebook_parameters(path)
        notebooks[file_name] = {"path": str(path), "sha256": digest, "parameters": specs}
        declared[file_name] = specs
    values = check_parameters(parameters, declared)

    package_sha = package_source_sha256()
    notes_sha = annotations_sha256()
    versions = library_versions()
    analysis_key = _key(RUNNER_VERSION, report_sha, package_sha, notes_sha, lang, values)
    analysis = manifest.get("analysis") if manifest.get("analysis_key") == analysis_key else None
    if analysis is None:
        analysis = _analyse(source, lang, values)

    all_jobs = plan_jobs(source, analysis, lang, values, declared)
    if plans:
        wanted = _profile_names(source, plans)
        all_jobs = [job for job in all_jobs if job.name in wanted or job.name in previous_reports]
    else:
        wanted = {job.name for job in all_jobs}
    todo: list[Job] = []
    summary = BuildSummary(out=out)
    for job in all_jobs:
        notebook_sha = notebooks[job.notebook.name]["sha256"]
        keyed = {k: v for k, v in job.parameters.items() if k != "source"}  # content, not path
        job.key = _key(
            RUNNER_VERSION,
            KERNEL_NAME,
            report_sha,
            notebook_sha,
            keyed,
            package_sha,
            notes_sha,
            versions,
        )
        before = previous_reports.get(job.name, {})
        if job.name not in wanted:  # not asked for this time: listed as built before
            continue
        fresh = (
            not force
            and before.get("key") == job.key
            and before.get("status") == "ok"
            and (out / f"{job.name}.html").is_file()
        )
        (summary.cached if fresh else summary.built).append(job.name)
        if not fresh:
            todo.append(job)

    n_workers = max(1, jobs or os.cpu_count() or 1)
    if todo:
        progress(
            f"govplans reports: {len(summary.cached) + len(todo)} reports, "
            f"{len(summary.cached)} up to date, "
            f"rendering {len(todo)} on {min(n_workers, len(todo))} workers -> {out}"
        )
    else:
        progress(f"govplans reports: all {len(summary.cached)} reports up to date -> {out}")
    out.mkdir(parents=True, exist_ok=True)
    results = {r.name: r for r in execute_jobs(todo, out, n_workers, timeout, progress)}

    now = datetime.now(UTC).isoformat(timespec="seconds")
    reports: dict[str, Any] = {}
    for job in all_jobs:
        if job.name in results:
            result = results[job.name]
            entry = {
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
            if not result.ok:
                summary.failed.append(result)
        else:
            entry = previous_reports[job.name]
        reports[job.name] = entry

    if todo or not manifest:
        now_manifest = now
        new_manifest = {
            "generated_by": "govplans reports",
            "runner_version": RUNNER_VERSION,
            "updated": now,
            "source": {
                "path": str(source),
                "sha256": report_sha,
                "agency": analysis["agency"],
                "fiscal_year": analysis["fiscal_year"],
            },
            "lang": lang,
            "parameters": values,
            "kernel": KERNEL_NAME,
            "package_source_sha256": package_sha,
            "annotations_sha256": notes_sha,
            "versions": versions,
            "notebooks": notebooks,
            "analysis_key": analysis_key,
            "analysis": analysis,
            "reports": reports,
        }
        (out / MANIFEST).write_text(
            json.dumps(new_manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    else:
        now_manifest = str(manifest.get("updated", now))
    write_index(out, analysis, reports, lang, source, report_sha, now_manifest)

    summary.seconds = time.perf_counter() - started
    if summary.failed:
        lines = [
            f"{r.name} ({NOTEBOOKS[reports[r.name]['kind']]})"
            + (f" failed in cell {r.cell}" if r.cell is not None else " failed")
            + f": {r.error}"
            for r in summary.failed
        ]
        raise NotebookFailure("\n".join(lines))
    progress(
        f"done in {summary.seconds:.1f}s: {len(summary.built)} rendered, "
        f"{len(summary.cached)} up to date; open {out / INDEX}"
    )
    return summary


def write_index(
    out: Path,
    analysis: Mapping[str, Any],
    reports: Mapping[str, Mapping[str, Any]],
    lang: str,
    source: Path,
    report_sha: str,
    now: str,
) -> Path:
    """Write ``index.html``: every report with its one-line summary (all text escaped)."""
    entries = [
        render.IndexEntry(
            href=entry.get("html") or entry["executed_notebook"],
            title=entry["title"],
            summary=entry["summary"],
            kind=entry["kind"],
            status=entry["status"],
            error=entry.get("error", ""),
        )
        for entry in reports.values()
    ]
    heading = render.report_title_text(analysis["agency"], analysis["fiscal_year"], lang)
    meta = {
        "source" if lang == "en" else "來源檔案": source.name,
        "SHA-256": report_sha,
        "built" if lang == "en" else "建置時間": now,
        "manifest": MANIFEST,
    }
    path = out / INDEX
    path.write_text(render.index_page(entries, heading, meta, lang), encoding="utf-8")
    return path


def main_reports(args: Any) -> int:
    """The ``govplans reports`` command (see :func:`govplans.cli.cmd_reports`)."""
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
