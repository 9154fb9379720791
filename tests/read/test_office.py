"""The ODF and Word editions (tests/fixtures/office, made by scripts/make_office_fixtures.py)
read exactly the report their text edition reads; bad ones stop with one line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from govplans import ReportFormatError, read_report
from govplans.read import office
from govplans.read.office import chinese_numeral, office_kind
from govplans.read.source import report_files

ROOT = Path(__file__).resolve().parents[2]
OFFICE = ROOT / "tests" / "fixtures" / "office"
TEXT_EDITIONS = {
    "moda_114": ROOT / "data" / "raw" / "moda_114_plan_execution.txt",
    "mohw_114_wan": ROOT / "tests" / "fixtures" / "variety" / "mohw_114_wan.txt",
}
#: python-docx's DOCX, LibreOffice's ODT of it, and LibreOffice's DOCX of that ODT.
EDITIONS = [
    OFFICE / f"{stem}{suffix}" for stem in TEXT_EDITIONS for suffix in (".docx", ".odt", "_lo.docx")
]
PLAN_FIELDS = [
    "plan_id",
    "seq",
    "name",
    "category",
    "period_text",
    "start_roc_year",
    "start_month",
    "end_roc_year",
    "end_month",
    "start_date",
    "end_date",
    "total_budget_thousand_twd",
    "appropriated_thousand_twd",
    "executed_thousand_twd",
    "n_planned_work",
    "n_execution",
    "n_targets",
    "n_attainment",
]
ITEM_FIELDS = ["plan_id", "section", "item_no", "sub_item_no", "marker", "text"]


def _records(frame, fields):
    return [tuple(str(v) for v in row) for row in frame[fields].itertuples(index=False)]


@pytest.fixture(scope="module")
def truths():
    return {stem: read_report(path) for stem, path in TEXT_EDITIONS.items()}


@pytest.mark.parametrize("path", EDITIONS, ids=lambda p: p.name)
def test_edition_reads_exactly_the_text_edition(path, truths):
    truth = truths[path.stem.removesuffix("_lo")]
    report = read_report(path)
    assert (report.agency, report.fiscal_year, report.unit) == (
        truth.agency,
        truth.fiscal_year,
        truth.unit,
    )
    assert report.source_kind == path.suffix[1:]
    assert _records(report.plans, PLAN_FIELDS) == _records(truth.plans, PLAN_FIELDS)
    assert _records(report.items, ITEM_FIELDS) == _records(truth.items, ITEM_FIELDS)
    assert [f.code for f in report.findings] == [f.code for f in truth.findings]
    # the cover's notes as printed (a synthetic report's constructed-data notice), each at its
    # own place: a line in the text edition, a paragraph in the office one
    assert [text for _, text in report.notes] == [text for _, text in truth.notes]
    assert report.constructed == truth.constructed == (path.stem.startswith("mohw"))


def _xml(path: Path, member: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(member).decode()


def test_fixtures_use_the_features_they_stand_for():
    """The editions test what the README says: list numbers not in the text, merged cells, the
    year and unit on one line, a 10-column table, ODF list styles."""
    moda = _xml(OFFICE / "moda_114.docx", "word/document.xml")
    assert moda.count("<w:numPr>") > 50 and "中華民國 114 年度" in moda
    mohw = _xml(OFFICE / "mohw_114_wan.docx", "word/document.xml")
    assert "w:gridSpan" in mohw and 'w:vMerge w:val="restart"' in mohw
    assert "114年度\u3000\u3000單位：新臺幣萬元" in mohw
    assert "taiwaneseCountingThousand" in _xml(OFFICE / "mohw_114_wan.docx", "word/numbering.xml")
    odt = _xml(OFFICE / "mohw_114_wan.odt", "content.xml")
    assert "table:covered-table-cell" in odt and "<text:list " in odt
    assert "一, 二, 三" in _xml(OFFICE / "mohw_114_wan.odt", "styles.xml")
    assert "(一)" not in odt  # the markers come from the list style
    for path in EDITIONS:
        assert path.stat().st_size < 200_000


def test_chosen_by_content_not_name(tmp_path, truths):
    renamed = tmp_path / "report.txt"
    renamed.write_bytes((OFFICE / "moda_114.odt").read_bytes())
    report = read_report(renamed)
    assert report.source_kind == "odt"
    assert len(report.plans) == len(truths["moda_114"].plans)


def test_provenance_is_the_table_row():
    report = read_report(OFFICE / "moda_114.docx")
    first = report.plans.iloc[0]
    # the title block is four paragraphs; the left table's header row is block 5, the first
    # plan row block 6
    assert first.source_line == 6
    assert report.line_roles[5] == "header" and report.line_roles[6] == "row"


@pytest.mark.parametrize(
    ("number", "text"),
    [(1, "一"), (9, "九"), (10, "十"), (11, "十一"), (20, "二十"), (35, "三十五")],
)
def test_chinese_numerals(number, text):
    assert chinese_numeral(number) == text


# ---------------------------------------------------------------- bad editions


def _rewrite(source: Path, target: Path, member: str, transform) -> Path:
    """A copy of ``source`` with one member's bytes transformed."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(info, transform(data) if info.filename == member else data)
    target.write_bytes(buffer.getvalue())
    return target


def _without_tables(data: bytes) -> bytes:
    text = data.decode()
    start, end = text.index("<w:tbl>"), text.rindex("</w:tbl>") + len("</w:tbl>")
    return (text[:start] + text[end:]).encode()


def _bad_amount(data: bytes) -> bytes:
    return data.replace(b"653,476", b"653,4x6", 1)


def _with_dtd(data: bytes) -> bytes:
    head, _, rest = data.partition(b"?>")
    return head + b'?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]>' + rest


def _bomb(target: Path) -> Path:
    """A docx whose document.xml is larger than the reader's limit (it compresses to little)."""
    size = office.MAX_PART_BYTES + 1024
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:document>" + b" " * size + b"</w:document>")
    return target


def _bad_files(tmp: Path) -> list[tuple[Path, str, str]]:
    """(file, words the expected part holds, words the found part holds)."""
    docx = OFFICE / "moda_114.docx"
    odt = OFFICE / "moda_114.odt"
    corrupt = tmp / "corrupt.docx"
    corrupt.write_bytes(docx.read_bytes()[: len(docx.read_bytes()) // 2])
    encrypted = tmp / "encrypted.docx"
    encrypted.write_bytes(office.OLE_SIGNATURE + b"\x00" * 1024)  # a password docx is OLE
    other_zip = tmp / "other.zip"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("hello.txt", "hello")
    return [
        (
            _rewrite(docx, tmp / "no_table.docx", "word/document.xml", _without_tables),
            "at least one table",
            "no table",
        ),
        (corrupt, "a .docx", "damaged"),
        (encrypted, "without a password", "password-protected"),
        (other_zip, "a .docx", "another zip archive"),
        (_rewrite(docx, tmp / "dtd.docx", "word/document.xml", _with_dtd), "without a DTD", "DTD"),
        (
            _rewrite(odt, tmp / "dtd.odt", "content.xml", _with_dtd),
            "without a DTD",
            "DTD",
        ),
        (_bomb(tmp / "bomb.docx"), "XML parts of at most", "zip bomb"),
    ]


def test_bad_editions_raise_one_line_errors(tmp_path):
    for path, expected, found in _bad_files(tmp_path):
        with pytest.raises(ReportFormatError) as info:
            read_report(path)
        message = str(info.value)
        assert message.startswith(f"{path}: expected "), message
        head, _, tail = message.partition(", found ")
        assert expected in head and found in tail, message
        assert "\n" not in message


def test_an_error_in_a_row_names_the_table_and_row(tmp_path):
    path = _rewrite(
        OFFICE / "moda_114.docx", tmp_path / "bad_amount.docx", "word/document.xml", _bad_amount
    )
    with pytest.raises(ReportFormatError) as info:
        read_report(path)
    assert str(info.value).startswith(f"{path}: table 1, row 2: expected "), info.value
    assert info.value.place == "table 1, row 2"


def test_the_year_must_agree(tmp_path):
    def other_year(data: bytes) -> bytes:
        return data.replace("中華民國 114 年度".encode(), "中華民國 113 年度".encode(), 1)

    path = _rewrite(OFFICE / "moda_114.docx", tmp_path / "y.docx", "word/document.xml", other_year)
    with pytest.raises(ReportFormatError, match=r"expected 113年度.*found '114年度'"):
        read_report(path)


# ---------------------------------------------------------------- command line


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "govplans", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )


def test_cli_exports_an_edition_as_json(truths):
    result = _cli("export", "--format", "json", str(OFFICE / "mohw_114_wan.docx"))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    text = json.dumps(data, ensure_ascii=False)
    for name in truths["mohw_114_wan"].plans["name"]:
        assert name in text


def test_cli_bad_editions_exit_2_with_one_line(tmp_path):
    files = _bad_files(tmp_path)
    for path, _, found in [files[0], files[1], files[2], files[-1]]:
        result = _cli("export", "--format", "json", str(path))
        assert result.returncode == 2, result.stderr
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
        assert str(path) in lines[0] and found in lines[0]


def test_a_folder_of_editions_is_searched_without_lock_files(tmp_path):
    for name in ("a.docx", "b.odt", "c.txt"):
        (tmp_path / name).write_bytes((OFFICE / "moda_114.docx").read_bytes())
    (tmp_path / "~$a.docx").write_bytes(b"\x00" * 162)  # Word's lock file beside an open a.docx
    (tmp_path / "note.md").write_text("not a report")
    assert [p.name for p in report_files([tmp_path])] == ["a.docx", "b.odt", "c.txt"]


def test_office_kind_is_decided_by_content():
    assert office_kind((OFFICE / "moda_114.odt").read_bytes()) == "odt"
    assert office_kind((OFFICE / "moda_114.docx").read_bytes()) == "docx"
    assert office_kind((OFFICE / "moda_114_lo.docx").read_bytes()) == "docx"
    assert office_kind(b"PK\x03\x04 damaged") == "zip"
    assert office_kind(office.OLE_SIGNATURE + b"\x00") == "ole"
    assert office_kind("中華民國 114 年度".encode()) is None
