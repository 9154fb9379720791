"""The text encoding of an extracted-text report: UTF-8, UTF-16 or Big5 (CP950).

Reports saved on Windows in Taiwan come as UTF-8 (with or without a BOM), as UTF-16 ("Unicode"
in Notepad: little-endian with a BOM, sometimes big-endian or without one) and as Big5 (code
page 950, "ANSI" on a zh-TW system). The encoding is decided from the bytes, in this order:

1. a byte-order mark (UTF-8, UTF-16 LE/BE);
2. NUL bytes: UTF-16 without a BOM shows the NULs of its ASCII characters (tabs, digits, line
   breaks) on odd offsets (little-endian) or even offsets (big-endian);
3. strict UTF-8;
4. CP950, then Big5-HKSCS (its Hong Kong extension).

When none fits, one line names the encodings tried and where the first one failed.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from govplans.model.errors import ReportFormatError

#: The encodings tried without a BOM or NUL bytes, in order.
FALLBACKS = ("utf-8", "cp950", "big5hkscs")
#: How many leading bytes decide between UTF-16 LE and BE by where their NULs stand.
_SAMPLE = 4096


def _utf16_order(raw: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the NUL bytes stand where UTF-16 puts them, else None."""
    sample = raw[:_SAMPLE]
    odd = sum(1 for i in range(1, len(sample), 2) if sample[i] == 0)
    even = sum(1 for i in range(0, len(sample), 2) if sample[i] == 0)
    if odd > 4 * even:
        return "utf-16-le"
    if even > 4 * odd:
        return "utf-16-be"
    return None


def _line_of(raw: bytes, offset: int, width: int = 1) -> int:
    """The 1-based line of a byte offset (``width`` 2 for UTF-16)."""
    if width == 1:
        return raw[:offset].count(b"\n") + 1
    units = raw[: offset - offset % 2]
    return sum(1 for i in range(0, len(units) - 1, 2) if b"\n" in units[i : i + 2]) + 1


def decode_text(path: Path, raw: bytes) -> tuple[str, str]:
    """The text of ``raw`` and the encoding it was read in (``utf-8``, ``utf-16-le``, ``cp950``…).

    Raises :class:`ReportFormatError` naming the encodings tried when none fits.
    """
    boms = (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    )
    for bom, encoding in boms:
        if raw.startswith(bom):
            return _strict(path, raw[len(bom) :], encoding, f"{encoding} (its byte-order mark)")
    if b"\x00" in raw:
        order = _utf16_order(raw) if len(raw) % 2 == 0 else None
        if order is None:
            line = raw[: raw.index(b"\x00")].count(b"\n") + 1
            raise ReportFormatError(
                path,
                line,
                "text in UTF-8, UTF-16 or Big5 (CP950)",
                "a binary file (NUL bytes that are not UTF-16)",
            )
        return _strict(path, raw, order, f"{order} (its NUL bytes)")
    first_error: UnicodeDecodeError | None = None
    for encoding in FALLBACKS:
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            first_error = first_error or exc
    assert first_error is not None
    raise ReportFormatError(
        path,
        _line_of(raw, first_error.start),
        f"text in one of {', '.join(e.upper() for e in FALLBACKS)} (or UTF-16 with a BOM)",
        f"none fits (an invalid UTF-8 byte at offset {first_error.start})",
    ) from None


def _strict(path: Path, raw: bytes, encoding: str, why: str) -> tuple[str, str]:
    try:
        return raw.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        width = 2 if encoding.startswith("utf-16") else 1
        raise ReportFormatError(
            path,
            _line_of(raw, exc.start, width),
            f"text in {why}",
            f"an invalid byte sequence at offset {exc.start}",
        ) from None
