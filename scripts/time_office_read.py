"""Time reading the ODF and Word editions against their text editions (docs/reports.md).

Best of ``--repeat`` runs (the machine is shared; the minimum is the least disturbed), for the
reader alone (file -> page tables) and for ``read_report`` (page tables + the shared assembler).
Run: ``.venv/bin/python scripts/time_office_read.py``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from govplans import read_report
from govplans.read.source import read_tables

ROOT = Path(__file__).resolve().parents[1]
FILES = [
    "data/raw/moda_114_plan_execution.txt",
    "tests/fixtures/office/moda_114.docx",
    "tests/fixtures/office/moda_114.odt",
    "tests/fixtures/variety/mohw_114_wan.txt",
    "tests/fixtures/office/mohw_114_wan.docx",
    "tests/fixtures/office/mohw_114_wan.odt",
]


def best(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return 1000 * min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print("| file | bytes | tables | reader ms | ms per table | read_report ms |")
    print("|---|---:|---:|---:|---:|---:|")
    for name in FILES:
        path = ROOT / name
        raw = path.read_bytes()
        read_report(path)  # imports and caches warmed
        tables = read_tables(path, raw)
        n_tables = 2 * len(tables.pages) if len(tables.pages[0].left_rows[0].cells) == 7 else 0
        if tables.source_kind:
            heads = {r.ref.table for p in tables.pages for r in [*p.left_rows, *p.right_rows]}
            n_tables = len(heads)
        reader = best(lambda path=path, raw=raw: read_tables(path, raw), args.repeat)
        whole = best(lambda path=path: read_report(path), args.repeat)
        print(
            f"| {path.name} | {len(raw):,} | {n_tables} | {reader:.1f} | "
            f"{reader / n_tables:.2f} | {whole:.1f} |"
        )


if __name__ == "__main__":
    main()
