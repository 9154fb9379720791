"""Read a report file: pick the reader by the file's content, assemble the report."""

from __future__ import annotations

from collections.abc import Iterable
from importlib.util import find_spec
from pathlib import Path

from govplans.model.errors import ReportFormatError
from govplans.model.report import Report
from govplans.read.assemble import assemble
from govplans.read.office import office_kind, place_of, read_office_tables
from govplans.read.pages import SourceTables
from govplans.read.text import read_text_tables

PDF_SIGNATURE = b"%PDF-"


def read_report(path: str | Path) -> Report:
    """Read a plan-execution report into a :class:`~govplans.model.report.Report`.

    Raises :class:`~govplans.model.errors.ReportFormatError` naming the file, line (or page)
    and what was expected when the structure is wrong. Data-quality issues that are not
    structural (e.g. executed > appropriated) become ``report.findings``.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ReportFormatError(path, 0, "a readable file", exc.strerror or str(exc)) from None
    tables = read_tables(path, raw)
    try:
        return assemble(tables)
    except ReportFormatError as error:
        raise place_of(tables, error) from None


def read_tables(path: Path, raw: bytes) -> SourceTables:
    """The page tables of a source, by the reader its content calls for (not its extension):
    a PDF (``%PDF-`` in the first kilobyte), an ODF text document or a Word document (a zip
    with an ``application/vnd.oasis.opendocument.text`` mimetype, or with ``word/document.xml``),
    or extracted text (UTF-8, UTF-16 or Big5)."""
    kind = office_kind(raw)
    if kind in ("odt", "docx"):
        return read_office_tables(path, raw, kind)
    if kind == "ole":
        raise ReportFormatError(
            path,
            0,
            "a .docx or .odt document without a password (or the report's text or PDF)",
            "a password-protected or legacy (.doc) Office file: save it as .docx or .odt",
        )
    if kind == "zip":
        raise ReportFormatError(
            path,
            0,
            "a .docx (word/document.xml) or .odt (an opendocument.text mimetype) document",
            "another zip archive, or a damaged one",
        )
    if PDF_SIGNATURE in raw[:1024]:
        if find_spec("pypdfium2") is None:
            raise ReportFormatError(
                path,
                0,
                "pypdfium2 installed to read a PDF (pip install 'govplans[pdf]', or `make setup`)",
                "a PDF file",
            )
        from govplans.read.pdf import read_pdf_tables

        return read_pdf_tables(path, raw)
    return read_text_tables(path, raw)


#: The name used before the PDF reader: the same function.
parse_report = read_report

#: Files a folder of reports is searched for (a file named directly is read whatever its name).
REPORT_SUFFIXES = (".txt", ".pdf", ".docx", ".odt")
#: The lock files Word (``~$report.docx``) and LibreOffice (``.~lock.report.odt#``) leave beside
#: an open document: not reports.
LOCK_FILE_PREFIXES = ("~$", ".~lock.")


def report_files(sources: Iterable[str | Path]) -> list[Path]:
    """The report files of ``sources``: files as given, folders searched recursively for
    ``.txt``, ``.pdf``, ``.docx`` and ``.odt`` files (in name order; not an editor's lock
    files); a folder with none is an error."""
    files: list[Path] = []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in REPORT_SUFFIXES
                and not p.name.startswith(LOCK_FILE_PREFIXES)
            )
            if not found:
                raise ReportFormatError(
                    path, 0, "report files (.txt, .pdf, .docx or .odt) in the folder", "none"
                )
            files += found
        else:
            files.append(path)
    return list(dict.fromkeys(files))


def read_reports(sources: Iterable[str | Path]) -> list[Report]:
    """Every report of ``sources`` (files or folders), read in turn."""
    return [read_report(path) for path in report_files(sources)]
