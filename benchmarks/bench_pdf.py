"""PDF reading benchmark: every PDF fixture that reads (tests/fixtures/pdf/, pdf_variants/ and
pdf2/ when present), read by govplans, against pdfplumber's plain ``extract_tables`` on the same
file, measured in one run; ``--ocr`` measures OCR on scans made from a known report.

For each fixture: its producer (the PDF's /Producer, or the fixture set), pages, govplans' time
(best of 3) in ms per page, pdfplumber's time for ``page.extract_tables()`` over every page
(best of 3), and the ratio; then the same per producer. Goals: at most 50 ms per page, and
faster than the plain table extraction (ratio < 1) while getting every field right (the tests
check the fields).

``--ocr``: a known report (the first plans of the bundled report, drawn by
scripts/make_pdf_variants.py) is rendered to image-only scans at 150, 200 and 300 dpi with
noise and a small skew, OCRed (ocrmypdf -l chi_tra, as ``govplans --ocr`` does) and read. Per
scan: seconds per page of OCR, the character accuracy of the OCR text layer against the known
text (difflib: matched characters / known characters, whitespace ignored), how many of the
printed amounts OCR read exactly, and what the reader made of it (exact, read with findings,
or the one-line error).

Run: `make bench` or `.venv/bin/python benchmarks/bench_pdf.py [--ocr]`.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

import pdfplumber
import pypdfium2
from timing import best_time

from govplans import ReportFormatError, read_report
from govplans.model.text import despace

ROOT = Path(__file__).resolve().parents[1]
AMOUNT_COLUMNS = (
    "total_budget_thousand_twd",
    "appropriated_thousand_twd",
    "executed_thousand_twd",
)
SETS = [ROOT / "tests" / "fixtures" / name for name in ("pdf", "pdf_variants", "pdf2")]


def plumber_tables(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_tables()


def producer(path: Path) -> str:
    pdf = pypdfium2.PdfDocument(path)
    try:
        name = (pdf.get_metadata_dict().get("Producer") or "").strip()
    finally:
        pdf.close()
    return (name.split(" ")[0] if name else path.parent.name)[:24]


def readable(folder: Path) -> list[Path]:
    """The fixtures of a set that read (the bad ones stop by design; scans need OCR)."""
    out = []
    for path in sorted(folder.glob("*.pdf")):
        try:
            read_report(path)
        except ReportFormatError:
            continue
        out.append(path)
    return out


def speed() -> None:
    os.environ["GOVPLANS_OCR"] = "off"
    paths = [p for folder in SETS if folder.is_dir() for p in readable(folder)]
    read_report(paths[0])  # warm imports
    print(f"{'fixture':<44} {'producer':<14} {'pages':>5} {'govplans':>12} {'pdfplumber':>12}")
    by_producer: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    for path in paths:
        pages = len(pypdfium2.PdfDocument(path))
        ours = best_time(lambda p=path: read_report(p))
        theirs = best_time(lambda p=path: plumber_tables(p))
        who = producer(path)
        for key in (who, "all"):
            by_producer[key][0] += pages
            by_producer[key][1] += ours
            by_producer[key][2] += theirs
        name = f"{path.parent.name}/{path.name}"
        print(
            f"{name:<44} {who:<14} {pages:>5} {ours / pages * 1000:>9.1f} ms "
            f"{theirs / pages * 1000:>9.1f} ms {ours / theirs:>6.2f}x"
        )
    print(f"\n{'producer':<20} {'pages':>5} {'govplans':>12} {'pdfplumber':>12} {'ratio':>7}")
    for who, (pages, ours, theirs) in sorted(by_producer.items(), key=lambda kv: kv[0] == "all"):
        print(
            f"{who:<20} {pages:>5} {ours / pages * 1000:>9.1f} ms "
            f"{theirs / pages * 1000:>9.1f} ms {ours / theirs:>6.2f}x"
        )
    pages, ours, theirs = by_producer["all"]
    per_page = ours / pages * 1000
    print(
        f"goal <= 50 ms per page: {'met' if per_page <= 50 else 'NOT met'}; faster than "
        f"pdfplumber.extract_tables: {'yes' if ours < theirs else 'NO'}"
    )


def ocr_measure(plans: int, dpis: tuple[int, ...]) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import make_pdf_variants as variants

    from govplans.read import ocr
    from govplans.run import paths

    if ocr.missing():
        print(f"OCR not measured: {ocr.missing()}")
        return
    truth = read_report(paths.BUNDLED_REPORT)
    with tempfile.TemporaryDirectory(prefix="govplans-bench-ocr-") as work:
        folder = Path(work)
        source = folder / "known.pdf"
        known = variants.Variant("known.pdf", plans=plans, body_height=1000, cover=False)
        source.write_bytes(variants.render(known, truth))
        pdf = pypdfium2.PdfDocument(source)
        known_text = despace("".join(page.get_textpage().get_text_range() for page in pdf))
        pages = len(pdf)
        ids = list(truth.plans["plan_id"])[:plans]
        rows = truth.plans[truth.plans["plan_id"].isin(ids)]
        amounts = [f"{int(v):,}" for col in AMOUNT_COLUMNS for v in rows[col]]
        print(f"known report: {plans} plans, {pages} pages, {len(known_text):,} characters")
        print(f"{'dpi':>4} {'s/page':>7} {'char acc':>9} {'amounts':>9}  reader")
        captured: list[bytes] = []
        ocr_pdf = ocr.ocr_pdf

        def capture(*args: object, **kwargs: object) -> bytes:
            captured.append(ocr_pdf(*args, **kwargs))  # type: ignore[arg-type]
            return captured[-1]

        ocr.ocr_pdf = capture  # the reader's own OCR run, its text layer kept for the measure
        os.environ["GOVPLANS_OCR"] = "force"
        for scan in variants.scans(source, folder, dpis=dpis):
            dpi = scan.stem.rsplit("_", 1)[-1]
            start = time.perf_counter()
            try:
                report = read_report(scan)
                same = all(
                    (report.plans[c].reset_index(drop=True) == rows[c].reset_index(drop=True)).all()
                    for c in ("name", "category", "period_text", *AMOUNT_COLUMNS)
                )
                outcome = "exact plans" if same else "different plans"
                outcome += f", {len(report.findings)} findings"
            except ReportFormatError as exc:
                outcome = "stops: " + str(exc).split(": ", 1)[1][:90]
            seconds = (time.perf_counter() - start) / pages
            ocred = folder / f"ocr_{scan.name}"
            ocred.write_bytes(captured[-1])
            layer = pypdfium2.PdfDocument(ocred)
            got = despace("".join(page.get_textpage().get_text_range() for page in layer))
            got = got.replace("|", "")
            matcher = SequenceMatcher(None, known_text, got, autojunk=False)
            accuracy = sum(b.size for b in matcher.get_matching_blocks()) / len(known_text)
            found = sum(1 for a in amounts if a in got)
            print(
                f"{dpi:>4} {seconds:>7.1f} {accuracy:>8.1%} {found:>4}/{len(amounts):<4}  {outcome}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ocr", action="store_true", help="measure OCR on scans instead")
    parser.add_argument("--plans", type=int, default=2, help="plans in the known report (OCR)")
    parser.add_argument("--dpi", type=int, nargs="*", default=[150, 200, 300])
    args = parser.parse_args()
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings on CJK fonts
    if args.ocr:
        ocr_measure(args.plans, tuple(args.dpi))
    else:
        speed()


if __name__ == "__main__":
    main()
