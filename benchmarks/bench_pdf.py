"""PDF reading benchmark: every valid fixture in tests/fixtures/pdf/, read by govplans, against
pdfplumber's plain ``extract_tables`` on the same file, measured in one run.

For each fixture: pages, govplans' time (best of 3) in ms per page, pdfplumber's time for
``page.extract_tables()`` over every page (best of 3), and the ratio. Goals: at most 50 ms per
page, and faster than the plain table extraction (ratio < 1) while getting every field right
(the tests check the fields). Run: `make bench` or `.venv/bin/python benchmarks/bench_pdf.py`.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pdfplumber
import pypdfium2
from timing import best_time

from govplans import read_report

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "pdf"


def plumber_tables(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_tables()


def main() -> None:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings on CJK fonts
    expected = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
    names = [name for name in expected if (FIXTURES / name).is_file()]
    read_report(FIXTURES / names[0])  # warm imports
    print(f"{'fixture':<32} {'pages':>5} {'govplans':>12} {'pdfplumber':>12} {'ratio':>7}")
    total_pages, total_ours, total_theirs = 0, 0.0, 0.0
    for name in names:
        path = FIXTURES / name
        pages = len(pypdfium2.PdfDocument(path))
        ours = best_time(lambda p=path: read_report(p))
        theirs = best_time(lambda p=path: plumber_tables(p))
        total_pages, total_ours, total_theirs = (
            total_pages + pages,
            total_ours + ours,
            total_theirs + theirs,
        )
        print(
            f"{name:<32} {pages:>5} {ours / pages * 1000:>9.1f} ms {theirs / pages * 1000:>9.1f} ms"
            f" {ours / theirs:>6.2f}x"
        )
    per_page = total_ours / total_pages * 1000
    print(
        f"{'all':<32} {total_pages:>5} {per_page:>9.1f} ms "
        f"{total_theirs / total_pages * 1000:>9.1f} ms {total_ours / total_theirs:>6.2f}x"
    )
    print(
        f"goal <= 50 ms per page: {'met' if per_page <= 50 else 'NOT met'}; faster than "
        f"pdfplumber.extract_tables: {'yes' if total_ours < total_theirs else 'NO'}"
    )


if __name__ == "__main__":
    main()
