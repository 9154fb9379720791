"""Damaged ODF and Word editions: whatever the damage, the reader returns a report or raises
ReportFormatError (one line), never another exception."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govplans import ReportFormatError, read_report

OFFICE = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "office"
FILES = {
    "docx": (OFFICE / "mohw_114_wan.docx", "word/document.xml"),
    "odt": (OFFICE / "mohw_114_wan.odt", "content.xml"),
}
#: Pieces of markup a damaged or odd producer might leave: attributes with bad numbers, cells
#: and rows out of place.
ODDITIES = [
    b'<w:gridSpan w:val="x"/>',
    b'<w:gridSpan w:val="99999"/>',
    b"</w:tc>",
    b"<w:tc/>",
    b"<w:tr/>",
    b'table:number-columns-repeated="abc" ',
    b'table:number-rows-repeated="100000000" ',
    b"<table:covered-table-cell/>",
    b"\xff\xfe",
    b"&amp;",
    b"",
]


def _mutated(kind: str, cut: float, oddity: bytes, where: float) -> bytes:
    path, member = FILES[kind]
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == member:
                at = int(len(data) * where)
                data = data[:at] + oddity + data[at + int(len(data) * cut * 0.01) :]
            new.writestr(info, data)
    return buffer.getvalue()


def _read(tmp: Path, name: str, data: bytes) -> None:
    path = tmp / name
    path.write_bytes(data)
    try:
        read_report(path)
    except ReportFormatError as error:
        assert "\n" not in str(error)
        assert str(error).startswith(str(path))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    kind=st.sampled_from(sorted(FILES)),
    cut=st.floats(0, 1),
    oddity=st.sampled_from(ODDITIES),
    where=st.floats(0, 1),
)
def test_damaged_xml_is_a_report_or_one_line(tmp_path, kind, cut, oddity, where):
    _read(tmp_path, f"damaged.{kind}", _mutated(kind, cut, oddity, where))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(kind=st.sampled_from(sorted(FILES)), at=st.floats(0, 1), byte=st.integers(0, 255))
def test_damaged_zip_is_a_report_or_one_line(tmp_path, kind, at, byte):
    data = bytearray(FILES[kind][0].read_bytes())
    data[int((len(data) - 1) * at)] = byte
    _read(tmp_path, f"bytes.{kind}", bytes(data))
    _read(tmp_path, f"cut.{kind}", bytes(data[: int(len(data) * at)]))
