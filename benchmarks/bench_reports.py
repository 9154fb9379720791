"""Report-build benchmark: `govplans reports` against the naive loop and against the floor.

All figures come from one run on this machine, on the bundled report:

- runner: ``python -m govplans reports --force --jobs N`` (a full build: every notebook
  executed and exported to HTML, index and manifest written), as a user runs it;
- naive: the loop a user would write: for each report, ``papermill`` (CLI) with the same notebook
  and parameters, then ``jupyter nbconvert --to html --no-input``, one after the other;
- floor: the same number of executions of a notebook that only imports pandas and matplotlib,
  each with papermill's Python API and a fresh kernel, spread over the same N worker processes
  (no HTML export): what any build of that many notebooks costs before doing any work;
- rerun: the runner again with nothing changed (``python -m govplans reports``).

Goals: runner at least 4x faster than naive, within 1.3x of the floor, rerun under 1 s.
Run: ``.venv/bin/python benchmarks/bench_reports.py [--jobs N] [--skip-naive]``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat

from govplans.run import paths
from govplans.run.manifest import MANIFEST
from govplans.run.spec import default_cache

BIN = Path(sys.executable).parent
TRIVIAL = "import pandas as pd\nimport matplotlib.pyplot as plt\n"


def timed(command: list[str], **kwargs) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, **kwargs)
    return time.perf_counter() - start


def run_runner(out: Path, jobs: int, force: bool) -> float:
    command = [sys.executable, "-m", "govplans", "reports", "--out", str(out), "--jobs", str(jobs)]
    return timed([*command, "--force"] if force else command)


def run_naive(manifest: dict, work: Path) -> float:
    """papermill CLI then nbconvert CLI, per report, sequentially (same notebooks, parameters)."""
    start = time.perf_counter()
    for name, entry in manifest["reports"].items():
        executed = work / f"{name}.ipynb"
        command = [str(BIN / "papermill"), "--no-progress-bar", "-k", "python3"]
        command += ["--cwd", str(paths.NOTEBOOKS_DIR)]
        for key, value in entry["parameters"].items():
            command += ["-p", key, str(value)]
        subprocess.run(
            [*command, str(paths.NOTEBOOKS_DIR / entry["notebook"]), str(executed)],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [str(BIN / "jupyter"), "nbconvert", "--to", "html", "--no-input", str(executed)],
            check=True,
            capture_output=True,
        )
    return time.perf_counter() - start


def _execute_trivial(args: tuple[str, str]) -> None:
    import papermill

    source, target = args
    papermill.execute_notebook(source, target, kernel_name="python3", progress_bar=False)


def run_floor(count: int, jobs: int, work: Path) -> float:
    notebook = work / "trivial.ipynb"
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(TRIVIAL)])
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(nb, notebook)
    tasks = [(str(notebook), str(work / f"trivial_{i}.ipynb")) for i in range(count)]
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(_execute_trivial, tasks))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--skip-naive", action="store_true", help="skip the slow naive loop")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        out = work / "reports"
        run_runner(out, args.jobs, force=True)  # warm caches (font list, .pyc): not timed
        runner = min(run_runner(out, args.jobs, force=True) for _ in range(2))
        rerun = min(run_runner(out, args.jobs, force=False) for _ in range(3))
        manifest = json.loads((default_cache(out) / MANIFEST).read_text(encoding="utf-8"))
        count = len(manifest["reports"])
        floor = run_floor(count, args.jobs, work)
        naive = None if args.skip_naive else run_naive(manifest, work)

    print(f"{count} reports on the bundled report, {args.jobs} jobs, {os.cpu_count()} cores")
    print(f"runner full build : {runner:6.2f} s")
    print(f"floor             : {floor:6.2f} s  ({count} trivial notebooks, fresh kernels)")
    if naive is not None:
        print(
            f"naive loop        : {naive:6.2f} s  (papermill CLI + jupyter nbconvert, sequential)"
        )
    print(f"unchanged rerun   : {rerun:6.2f} s")
    print()
    if naive is not None:
        speedup = naive / runner
        verdict = "met" if speedup >= 4 else "NOT met"
        print(f"naive / runner    : {speedup:5.2f}x  (goal >= 4x: {verdict})")
    vs_floor = runner / floor
    verdict = "met" if vs_floor <= 1.3 else "NOT met"
    print(f"runner / floor    : {vs_floor:5.2f}x  (goal <= 1.3x: {verdict})")
    print(f"rerun             : {rerun:5.2f} s  (goal < 1 s: {'met' if rerun < 1 else 'NOT met'})")


if __name__ == "__main__":
    main()
