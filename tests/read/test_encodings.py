"""Text reports in UTF-16 (either byte order, with or without a BOM) and Big5 (CP950) read the
same report as the UTF-8 original; bytes that fit no encoding stop with one line naming the
encodings tried."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from govplans import ReportFormatError, read_report
from govplans.read.encodings import decode_text

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "data" / "raw" / "moda_114_plan_execution.txt"
WAN = ROOT / "tests" / "fixtures" / "variety" / "mohw_114_wan.txt"


def _encode(text: str, encoding: str) -> bytes:
    boms = {
        "utf-8-sig": b"",
        "utf-16-le+bom": codecs.BOM_UTF16_LE,
        "utf-16-be+bom": codecs.BOM_UTF16_BE,
    }
    if encoding in boms:
        codec = encoding.removesuffix("+bom")
        return boms[encoding] + text.encode(codec)
    return text.encode(encoding)


ENCODINGS = {
    "utf-8-sig": "utf-8",
    "utf-16-le+bom": "utf-16-le",
    "utf-16-be+bom": "utf-16-be",
    "utf-16-le": "utf-16-le",
    "utf-16-be": "utf-16-be",
    "cp950": "cp950",
    "big5": "cp950",
}


def _same(a, b) -> None:
    assert (a.agency, a.fiscal_year, a.unit) == (b.agency, b.fiscal_year, b.unit)
    assert a.plans.equals(b.plans)
    assert a.items.equals(b.items)


@pytest.mark.parametrize("source", [BUNDLED, WAN], ids=lambda p: p.stem)
@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_reencoded_report_reads_the_same(source, encoding, tmp_path):
    text = source.read_text(encoding="utf-8")
    raw = _encode(text, encoding)
    assert decode_text(source, raw) == (text, ENCODINGS[encoding])
    path = tmp_path / source.name
    path.write_bytes(raw)
    report = read_report(path)
    truth = read_report(source)
    _same(report, truth)


def test_bytes_in_no_encoding_name_the_encodings_tried(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes("中華民國 114 年度\n".encode() + b"\x80\xff\n")
    with pytest.raises(ReportFormatError) as info:
        read_report(path)
    message = str(info.value)
    assert message.startswith(f"{path}:2: expected text in one of UTF-8, CP950, BIG5HKSCS")
    assert "none fits" in message


def test_broken_utf16_names_the_line(tmp_path):
    path = tmp_path / "bad16.txt"
    lone_low_surrogate = b"\x00\xdc"
    raw = codecs.BOM_UTF16_LE + "第一行\n第二行\n".encode("utf-16-le") + lone_low_surrogate
    path.write_bytes(raw)
    with pytest.raises(ReportFormatError, match=r":3: expected text in utf-16-le"):
        read_report(path)


def test_nul_bytes_that_are_not_utf16_are_a_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x07")
    with pytest.raises(ReportFormatError, match="binary file"):
        read_report(path)
