"""Executing notebooks: worker processes, each with one reused kernel, running papermill and
exporting HTML with the code hidden.

Each worker starts one ``python3`` kernel and runs its notebooks in it through papermill's Python
API (working directory ``notebooks/``, a per-cell timeout), clearing the kernel's namespace
between notebooks; kernel start-up and the heavy imports are paid once per worker, not once per
notebook. A failed notebook restarts its worker's kernel.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import signal
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govplans.present import render
from govplans.run import paths, store

KERNEL_NAME = "python3"

Progress = Callable[[str], None]


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
    workbook: bool = True  # the build writes the Excel workbook the page links
    #: Built from a constructed report (``Report.constructed``): the page says so on top.
    constructed: bool = False
    #: The page's path relative to its language's site root (``reports/`` zh-TW,
    #: ``reports/en/`` English, the same paths), for the link to the other language; "" none.
    page: str = ""
    #: The index the page links back to when it is an index itself (the corpus page of
    #: ``govplans corpus``, ``reports/corpus/index.html``: the reports' index beside it,
    #: ``../index.html``), relative; "" none.
    index_href: str = ""


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


def _stop_on_terminate(signum: int, frame: Any) -> None:
    """A worker told to stop (SIGTERM, sent by :func:`execute_jobs` on Ctrl-C): leave through
    its ``finally``, which shuts its kernel down; a second signal is not waited for."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise SystemExit(128 + signal.SIGTERM)


def _worker_main(
    tasks: Any, results: Any, out: str, cwd: str, timeout: int, kernel_name: str
) -> None:
    """A worker process: one kernel, many notebooks, until it reads ``None``.

    Ctrl-C in a terminal reaches every process of the group: a worker ignores it (no traceback
    of its own) and is stopped by the main process instead, its kernel with it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop_on_terminate)
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    try:
        km, kc = _start_kernel(kernel_name, cwd)
    except Exception as exc:  # e.g. no such kernel: say so instead of dying silently
        results.put(
            WorkerError(f"kernel {kernel_name!r} did not start: {type(exc).__name__}: {exc}")
        )
        return
    # Cells tagged for the notebook only (its bilingual introduction for JupyterLab users) are
    # left out of the pages, which have their own title in the page's language.
    remove = TagRemovePreprocessor(remove_cell_tags={render.NOTEBOOK_ONLY_TAG}, enabled=True)
    exporter = HTMLExporter(
        preprocessors=[remove],
        template_name=render.PAGE_TEMPLATE,
        extra_template_basedirs=[str(render.PAGE_TEMPLATES)],
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
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        # stopping anyway: a kernel also exits by itself when its parent does
        with contextlib.suppress(Exception):
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
        nb.metadata["title"] = job.title  # the page's <title>
        lang = str(job.parameters.get("lang", "zh-TW"))
        resources = {
            "metadata": {"name": job.name},
            **render.page_resources(
                lang,
                job.workbook,
                page=job.page or None,
                constructed=job.constructed,
                name=f"{job.name}.html",
                index_href=job.index_href or None,
            ),
        }
        body, _ = exporter.from_notebook_node(nb, resources=resources)
        body = render.with_page_language(body, lang)
        store.atomic_write_text(out / f"{job.name}.html", body)  # whole or not at all
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
    ctx: Any = mp.get_context(method)
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
            args=(tasks, results, str(out), str(paths.NOTEBOOKS_DIR), timeout, KERNEL_NAME),
            daemon=False,
        )
        for _ in range(n_workers)
    ]
    for worker in workers:
        worker.start()
    done: list[Result] = []
    fatal = "worker process died"
    width = len(str(len(jobs)))
    interrupted = False
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
    except KeyboardInterrupt:
        interrupted = True
        raise
    finally:
        if interrupted:
            _stop_workers(workers, (tasks, results))
        for worker in workers:
            worker.join(timeout=30)
            if worker.is_alive():
                worker.terminate()
    finished = {r.name for r in done}
    for job in jobs:  # a worker that died without reporting
        if job.name not in finished:
            done.append(Result(job.name, ok=False, seconds=0.0, error=fatal))
    return done


def _stop_workers(workers: list[Any], queues: tuple[Any, ...], wait: float = 20.0) -> None:
    """Stop the workers now (Ctrl-C): each is sent SIGTERM and shuts its kernel down; one still
    running after ``wait`` seconds is killed (its kernel then exits with its parent)."""
    for queue in queues:  # never wait at exit to flush tasks no worker will read
        queue.cancel_join_thread()
    for worker in workers:
        if worker.is_alive():
            worker.terminate()
    deadline = time.monotonic() + wait
    for worker in workers:
        worker.join(timeout=max(0.1, deadline - time.monotonic()))
        if worker.is_alive():
            worker.kill()
            worker.join(timeout=5)
