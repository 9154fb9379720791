"""Site benchmark: `govplans reports SOURCE …` on a synthetic multi-agency, multi-year corpus.

All figures come from one run on this machine:

- full build: ``python -m govplans reports <every report but one> --force`` (each report's pages
  in its folder, the corpus page, the grouped index), with the peak memory of the whole process
  tree (the runner, its workers and their kernels), sampled every 0.2 s with psutil;
- floor: the same number of executions of a notebook that only imports pandas and matplotlib,
  each with a fresh kernel, over the same number of worker processes (``bench_reports.py``'s
  floor): what any build of that many notebooks costs before doing any work;
- unchanged rerun: the same command again, nothing changed;
- one report added: the held-out report added to the command (only its pages and the corpus
  page execute).

Goals (issue 10): full build <= 1.0x the floor, unchanged rerun < 2 s, adding a report rebuilds
only its pages and the corpus page.
Run: ``.venv/bin/python benchmarks/bench_site.py [--agencies 8] [--years 113 114] [--plans 10]``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_reports import run_floor

from govplans.run.corpus_build import CORPUS_MANIFEST
from govplans.run.spec import default_cache
from govplans.testing.synthetic import make_series, write_series


def build(sources: list[Path], out: Path, jobs: int, force: bool) -> tuple[float, float, str]:
    """Seconds, peak MiB of the process tree, and the output of one site build."""
    command = [sys.executable, "-m", "govplans", "reports", *map(str, sources)]
    command += ["--out", str(out), "--jobs", str(jobs)] + (["--force"] if force else [])
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    root, peak = psutil.Process(process.pid), 0
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.2)
    seconds = time.perf_counter() - start
    output = process.stdout.read().decode() if process.stdout else ""
    if process.returncode != 0:
        raise SystemExit(f"build failed ({process.returncode}):\n{output[-2000:]}")
    return seconds, peak / 2**20, output


def executed_pages(out: Path) -> int:
    """Notebooks the site holds: every report's pages, the corpus and the agency pages (from
    the manifests in the site's cache folder)."""
    cache = default_cache(out)
    corpus = json.loads((cache / CORPUS_MANIFEST).read_text(encoding="utf-8"))
    count = len(corpus["pages"])
    for manifest in cache.glob("*/manifest.json"):
        count += len(json.loads(manifest.read_text(encoding="utf-8"))["reports"])
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agencies", type=int, default=8)
    parser.add_argument("--years", type=int, nargs="+", default=[113, 114])
    parser.add_argument("--plans", type=int, default=10, help="plans per agency and year")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        files = write_series(
            work / "in", make_series(args.agencies, args.years, args.plans, seed=1)
        )
        held_out, sources = files[-1], files[:-1]
        out = work / "site"
        full, peak, _ = build(sources, out, args.jobs, force=True)
        pages = executed_pages(out)
        rerun, _, _ = build(sources, out, args.jobs, force=False)
        added, _, added_log = build([*sources, held_out], out, args.jobs, force=False)
        rendered = sum(
            int(line.split(": ")[1].split(" rendered")[0])
            for line in added_log.splitlines()
            if line.startswith("done in") and " rendered" in line
        )
        corpus_rebuilt = "corpus.html (up to date)" not in added_log
        agencies = sum(
            1
            for line in added_log.splitlines()
            if line.startswith(f"{out}/agency_") and not line.endswith("(up to date)")
        )
        floor = run_floor(pages, args.jobs, work)
    print(
        f"{len(sources)} reports ({args.agencies} agencies x {len(args.years)} years, "
        f"{args.plans} plans each), {pages} pages, {args.jobs} jobs, {os.cpu_count()} cores"
    )
    print(f"full build        : {full:7.2f} s   peak memory {peak:6.0f} MiB (process tree)")
    print(f"floor             : {floor:7.2f} s   ({pages} trivial notebooks, fresh kernels)")
    print(f"unchanged rerun   : {rerun:7.2f} s")
    print(
        f"one report added  : {added:7.2f} s   ({rendered} pages executed; corpus page "
        f"{'rebuilt' if corpus_rebuilt else 'NOT rebuilt'}; agency pages rebuilt: {agencies})"
    )
    print()
    ratio = full / floor
    print(
        f"full / floor      : {ratio:5.2f}x  (goal <= 1.0x: {'met' if ratio <= 1.0 else 'NOT met'})"
    )
    print(f"rerun             : {rerun:5.2f} s  (goal < 2 s: {'met' if rerun < 2 else 'NOT met'})")


if __name__ == "__main__":
    main()
