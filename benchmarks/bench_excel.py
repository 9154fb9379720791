"""Excel writer choice, measured: XlsxWriter against openpyxl writing the same workbook.

Writes the assessment tables of the bundled report and of a 1,000-plan synthetic report with
each library (every cell as a typed value, text cells as text), best of 3, in one run, and
prints the times and the ratio. The workbook export uses the faster one (XlsxWriter), whose
``write_string`` never turns text into a formula. Run: `.venv/bin/python benchmarks/bench_excel.py`.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import openpyxl
import pandas as pd
import xlsxwriter
from timing import best_time

from govplans import assess_report, read_report
from govplans.run import paths
from govplans.testing.synthetic import make_plans, write_report


def _cells(frame: pd.DataFrame) -> list[list[object]]:
    return [[None if pd.isna(v) else v for v in row] for row in frame.itertuples(index=False)]


def with_xlsxwriter(tables: dict[str, pd.DataFrame], path: Path) -> None:
    book = xlsxwriter.Workbook(path)
    for name, frame in tables.items():
        sheet = book.add_worksheet(name[:31])
        sheet.write_row(0, 0, list(frame.columns))
        for r, row in enumerate(_cells(frame), start=1):
            for c, value in enumerate(row):
                if isinstance(value, str):
                    sheet.write_string(r, c, value)
                elif value is not None:
                    sheet.write(r, c, value)
    book.close()


def with_openpyxl(tables: dict[str, pd.DataFrame], path: Path) -> None:
    book = openpyxl.Workbook(write_only=True)
    for name, frame in tables.items():
        sheet = book.create_sheet(name[:31])
        sheet.append(list(frame.columns))
        for row in _cells(frame):
            sheet.append([str(v) if isinstance(v, bool) else v for v in row])
    book.save(path)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        big = read_report(write_report(Path(tmp) / "big.txt", make_plans(1000)))
        for label, report in (("seed", read_report(paths.BUNDLED_REPORT)), ("1,000 plans", big)):
            a = assess_report(report, annotations=None)
            tables = {**a.tables(), "items": report.items}
            ours = best_time(lambda t=tables: with_xlsxwriter(t, Path(tmp) / "a.xlsx"))
            theirs = best_time(lambda t=tables: with_openpyxl(t, Path(tmp) / "b.xlsx"))
            print(
                f"{label:>12}: XlsxWriter {ours * 1000:7.1f} ms, openpyxl {theirs * 1000:7.1f} ms, "
                f"ratio {ours / theirs:.2f}x"
            )


if __name__ == "__main__":
    main()
