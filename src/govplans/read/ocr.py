"""OCR of a scanned report: ocrmypdf (tesseract, Traditional Chinese) puts a text layer on the
page images, into a temporary file the PDF reader then reads like any other.

When it runs: ``GOVPLANS_OCR=force`` (``govplans --ocr …``) OCRs every page, whatever text layer
the file has; ``GOVPLANS_OCR=off`` never; otherwise an image-only PDF is OCRed automatically when
ocrmypdf and tesseract's ``chi_tra`` are installed (the ``[ocr]`` extra and ``make setup``), with
one line on stderr saying so. Text read by OCR is data like any other: the same assembler and
invariants apply, and amounts that do not add up become findings on their plan (never a silent
correction).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from govplans.model.errors import ReportFormatError

#: The environment variable that decides when to OCR (see the module).
OCR_ENV = "GOVPLANS_OCR"
LANGUAGE = "chi_tra"
#: Seconds the OCR of one page may take before the run is given up.
SECONDS_PER_PAGE = 300


def mode() -> str:
    """``force``, ``off`` or ``auto`` (the default)."""
    value = os.environ.get(OCR_ENV, "").strip().lower()
    return value if value in ("force", "off") else "auto"


def missing() -> str | None:
    """What is missing to OCR (a sentence), or ``None`` when ocrmypdf and chi_tra are there."""
    if shutil.which("ocrmypdf") is None:
        return "ocrmypdf is not installed (pip install 'govplans[ocr]' or `make setup`)"
    if shutil.which("tesseract") is None:
        return "tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-tra)"
    done = subprocess.run(
        ["tesseract", "--list-langs"], capture_output=True, text=True, check=False
    )
    if LANGUAGE not in (done.stdout + done.stderr).split():
        return f"tesseract has no {LANGUAGE} data (apt-get install tesseract-ocr-chi-tra)"
    return None


def ocr_pdf(path: Path, data: bytes, pages: int, force: bool) -> bytes:
    """The PDF with a text layer made by OCR (``force``: replace any text layer there is)."""
    reason = missing()
    if reason is not None:
        raise ReportFormatError(path, 0, "OCR software to read a scanned PDF", reason)
    print(
        f"govplans: {path}: reading {pages} page{'s' if pages != 1 else ''} with OCR "
        f"(ocrmypdf -l {LANGUAGE}); amounts read by OCR are checked, not corrected",
        file=sys.stderr,
    )
    with tempfile.TemporaryDirectory(prefix="govplans-ocr-") as work:
        source, target = Path(work) / "in.pdf", Path(work) / "out.pdf"
        source.write_bytes(data)
        command = [
            "ocrmypdf",
            "-l",
            LANGUAGE,
            "--force-ocr" if force else "--skip-text",
            "--deskew",
            "--output-type",
            "pdf",
            "--optimize",
            "0",
            "--quiet",
            str(source),
            str(target),
        ]
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                text=True,
                check=False,
                timeout=SECONDS_PER_PAGE * max(pages, 1),
            )
        except subprocess.TimeoutExpired:
            raise ReportFormatError(
                path, 0, "OCR to finish", f"more than {SECONDS_PER_PAGE} s per page"
            ) from None
        if done.returncode != 0 or not target.is_file():
            last = (done.stderr.strip().splitlines() or ["no message"])[-1]
            raise ReportFormatError(
                path, 0, "a PDF that OCR can read", f"ocrmypdf failed ({done.returncode}): {last}"
            )
        return target.read_bytes()
