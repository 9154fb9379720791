"""Every class of bad input raises ReportFormatError naming the file, the right line and what
was expected; through the CLI it is one line on stderr and exit status 2.

A period that cannot be read (month 13, an end before the start, 民國113年起) is not among them:
it is a finding on its plan and the report loads (tests/read/test_periods.py)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from govplans import ReportFormatError, parse_report
from govplans.read.amounts import parse_amount, parse_period
from govplans.read.pages import LEFT_HEADER


@dataclass
class BadInput:
    """A bad file: its bytes, the line the error must name and words the message must hold."""

    data: bytes
    line: int
    expected: str  # part of what was expected
    found: str  # part of what was found


def _text(text: str, needle: str | None, expected: str, found: str) -> BadInput:
    """A text fixture whose error is on the line holding ``needle`` (the last line if None)."""
    lines = text.split("\n")
    if needle is None:
        line = len(lines) - (lines[-1] == "")
    else:
        line = next(n for n, ln in enumerate(lines, start=1) if needle in ln)
    return BadInput(text.encode("utf-8"), line, expected, found)


def empty_file(layout) -> BadInput:
    return BadInput(b"", 1, "a plan-execution report", "an empty file")


def blank_file(layout) -> BadInput:
    return BadInput(b"\n  \n\t\n", 1, "a plan-execution report", "an empty file")


def pdf_file(layout) -> BadInput:
    """A file whose content is a (broken) PDF, whatever its name: read as a PDF, and a damaged
    one is an error about the whole file (no line)."""
    data = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    return BadInput(data, 0, "a readable PDF", "a damaged PDF")


def random_text_file(layout) -> BadInput:
    text = "Meeting notes\n\nBuy milk, call Alice.\n預算執行率很重要。\n"
    return _text(text, "Meeting", "中華民國 N 年度", "does not look like a report")


def binary_file(layout) -> BadInput:
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"  # NUL on the third line
    return BadInput(data, 3, "UTF-8, UTF-16 or Big5", "binary")


def invalid_utf8_file(layout) -> BadInput:
    """Bytes that are neither UTF-8 nor Big5 (0x80 and 0xFF start no character in either);
    a Big5 report reads (tests/read/test_encodings.py)."""
    data = "# 測試發展部\n中華民國 114 年度\n".encode() + b"\x80\xff\n"
    return BadInput(data, 3, "UTF-8, CP950, BIG5HKSCS", "none fits")


def report_without_tables(layout) -> BadInput:
    text = layout.text([]) + "\n單位：新臺幣千元\n\n"
    return _text(text, None, "at least one table", "no table")


def report_without_unit(layout) -> BadInput:
    text = layout.text([([layout.left()], [layout.right()])]).replace("單位：新臺幣千元", "")
    return BadInput(text.encode(), 1, "a unit line such as 單位：新臺幣千元", "none")


def unknown_unit(layout) -> BadInput:
    text = layout.text([([layout.left()], [layout.right()])], unit="美元")
    return _text(text, "單位：美元", "a unit of 新臺幣千元", "美元")


def truncated_right_half(layout) -> BadInput:
    """A page with three plans whose right half stops after two rows (end of file)."""
    left = [layout.left(name=f"第{n}計畫") for n in "一二三"]
    right = [layout.right(execution="<p>甲。</p>"), layout.right(execution="<p>乙。</p>")]
    text = layout.text([(left, right)]).rstrip("\n")
    return _text(text, "<p>乙。</p>", "a right-half row for each of the 3 plans", "2 rows")


def truncated_page_before_next(layout) -> BadInput:
    """First page short of one right row, then a full page: the error is on the first page."""
    first = ([layout.left(name="甲計畫"), layout.left(name="乙計畫")], [layout.right("<p>短</p>")])
    second = ([layout.left(name="丙計畫")], [layout.right()])
    text = layout.text([first, second])
    return _text(text, "<p>短</p>", "a right-half row for each of the 2 plans", "1 row (truncated)")


def truncated_with_continuation(layout) -> BadInput:
    """Two new plans, two right rows, but the first is a continuation (leading empty cells)."""
    first = ([layout.left(name="甲計畫")], [layout.right()])
    left = [layout.left(name="乙計畫"), layout.left(name="丙計畫")]
    second = (left, ["\t\t<p>3. 續。</p>", layout.right("<p>乙最後</p>")])
    text = layout.text([first, second])
    return _text(text, "乙最後", "a right-half row for each of the 2 plans", "2 rows (truncated)")


def file_ends_before_right_half(layout) -> BadInput:
    text = layout.text([([layout.left(name="甲計畫")], [layout.right()])])
    text += "\n".join(["數位發", "", "\t".join(LEFT_HEADER), layout.left(name="乙計畫")])
    text += "\n"
    return _text(text, "乙計畫", "the right half", "the end of the file (truncated)")


def malformed_amount(layout) -> BadInput:
    text = layout.text([([layout.left(), layout.left(name="壞金額計畫", appropriated="1,54,044")],
                         [layout.right()] * 2)])  # fmt: skip
    return _text(
        text, "壞金額", "an amount such as 1,549,044 in 截至本年度已編列預算數", "'1,54,044'"
    )


def text_amount(layout) -> BadInput:
    text = layout.text([([layout.left(name="壞金額計畫", executed="約三億")], [layout.right()])])
    return _text(text, "壞金額", "an amount such as 1,549,044 in 截至本年底止累計執行數", "約三億")


def empty_amount_in_a_plan_row(layout) -> BadInput:
    text = layout.text([([layout.left(name="缺金額計畫", total=" ")], [layout.right()])])
    return _text(text, "缺金額", "either all six leading cells filled", "an empty 計畫核定總經費")


def left_row_with_six_cells(layout) -> BadInput:
    row = "\t".join(layout.left(name="少一格計畫").split("\t")[:6])
    text = layout.text([([layout.left(), row], [layout.right()] * 2)])
    return _text(text, "少一格", "7 tab-separated cells", "6")


def right_row_with_four_cells(layout) -> BadInput:
    text = layout.text([([layout.left()], [layout.right() + "\t<p>多一格</p>"])])
    return _text(text, "多一格", "3 tab-separated cells", "4")


def unknown_category(layout) -> BadInput:
    text = layout.text([([layout.left(name="類型計畫", category="公共建設")], [layout.right()])])
    return _text(text, "類型計畫", "計畫類型 社會發展 or 科技發展", "公共建設")


def continuation_with_nothing_to_continue(layout) -> BadInput:
    text = layout.text([([layout.continuation("<p>孤兒續行</p>")], [layout.right()])])
    return _text(text, "孤兒續行", "a plan row before a continuation row", "no plan to continue")


def too_many_right_rows(layout) -> BadInput:
    first = ([layout.left(name="甲計畫")], [layout.right()])
    second = ([layout.left(name="乙計畫")], [layout.right("<p>多出</p>"), *[layout.right()] * 2])
    text = layout.text([first, second])
    return _text(text, "多出", "1 right-half rows (one per plan), or 2", "3")


def wrong_header(layout) -> BadInput:
    text = layout.text([([layout.left()], [layout.right()])])
    text = text.replace("計畫核定總經費", "計畫總經費")
    return _text(
        text, "計畫總經費", "the header 計畫名稱、計畫類型、計畫期程、計畫核定總經費", "計畫總經費"
    )


def row_outside_a_table(layout) -> BadInput:
    text = layout.text([([layout.left()], [layout.right()])]) + "\n\n迷途\t列\n"
    return _text(text, "迷途", "a table header", "a table row outside a table")


def fiscal_year_mismatch(layout) -> BadInput:
    text = layout.text([([layout.left()], [layout.right()])]).replace("\n114年度\n", "\n113年度\n")
    return _text(text, "113年度", "114年度 (the fiscal year on the cover)", "'113年度'")


BAD_INPUTS: list[Callable[..., BadInput]] = [
    empty_file,
    blank_file,
    pdf_file,
    random_text_file,
    binary_file,
    invalid_utf8_file,
    report_without_tables,
    report_without_unit,
    unknown_unit,
    truncated_right_half,
    truncated_page_before_next,
    truncated_with_continuation,
    file_ends_before_right_half,
    malformed_amount,
    text_amount,
    empty_amount_in_a_plan_row,
    left_row_with_six_cells,
    right_row_with_four_cells,
    unknown_category,
    continuation_with_nothing_to_continue,
    too_many_right_rows,
    wrong_header,
    row_outside_a_table,
    fiscal_year_mismatch,
]

#: The classes the issue names, checked through the CLI as well (each costs a subprocess).
CLI_CASES = [
    empty_file,
    pdf_file,
    random_text_file,
    binary_file,
    truncated_right_half,
    malformed_amount,
    left_row_with_six_cells,
]


def write_bad(tmp_path: Path, case: BadInput, name: str) -> Path:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(case.data)
    return path


def check_message(message: str, path: Path, case: BadInput) -> None:
    assert "\n" not in message
    where = f"{path}:{case.line}" if case.line else f"{path}"  # line 0: the file as a whole
    assert message.startswith(f"{where}: expected ")
    expected, _, found = message.partition(", found ")
    assert case.expected in expected, message
    assert case.found in found, message


@pytest.mark.parametrize("make", BAD_INPUTS, ids=lambda f: f.__name__)
def test_bad_input_raises_report_format_error(make, layout, tmp_path):
    case = make(layout)
    path = write_bad(tmp_path, case, make.__name__)
    with pytest.raises(ReportFormatError) as info:
        parse_report(path)
    error = info.value
    assert (error.path, error.line) == (str(path), case.line)
    assert isinstance(error, ValueError)
    check_message(str(error), path, case)


@pytest.mark.parametrize("make", CLI_CASES, ids=lambda f: f.__name__)
def test_cli_bad_input_is_one_stderr_line_and_exit_2(make, layout, tmp_path):
    case = make(layout)
    path = write_bad(tmp_path, case, make.__name__)
    result = subprocess.run(
        [sys.executable, "-m", "govplans", "export", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    message = lines[0].removeprefix("govplans: error: ")
    check_message(message, path, case)


def test_missing_file_is_a_report_format_error(tmp_path):
    with pytest.raises(ReportFormatError, match="expected a readable file"):
        parse_report(tmp_path / "nowhere.txt")


def test_valid_fixtures_of_the_same_builders_parse(layout, parse_text):
    """The bad inputs differ from a valid report only by their defect."""
    report = parse_text(layout.text([([layout.left(), layout.left()], [layout.right()] * 2)]))
    assert len(report.plans) == 2


@pytest.mark.parametrize("value", ["", "1,54,044", "1.549.044", "-5", "12,3456"])
def test_parse_amount_rejects(value):
    with pytest.raises(ReportFormatError, match="an amount such as 1,549,044"):
        parse_amount(value)


@pytest.mark.parametrize(
    "value",
    ["113年0月至115年12月", "113年1月至115年13月", "115年1月至114年12月", "115年6月至115年5月"],
)
def test_parse_period_rejects(value):
    with pytest.raises(ReportFormatError):
        parse_period(value)
