"""Text helpers shared by the readers and the analysis: joining wrapped text, whitespace."""

from __future__ import annotations

import html
import re

#: One CJK character or CJK punctuation / full-width form.
CJK_CHAR = r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]"
_CJK = re.compile(CJK_CHAR)
_SPACE = re.compile(r"\s+")
_WRAP_SPACE = re.compile(rf"(?<={CJK_CHAR})\s+|\s+(?={CJK_CHAR})")


def join_text(left: str, right: str) -> str:
    """Join two pieces of text: no space between Chinese characters, one space otherwise."""
    if not left:
        return right
    if not right:
        return left
    if _CJK.match(left[-1]) or _CJK.match(right[0]):
        return left + right
    return left + " " + right


def clean_text(text: str) -> str:
    """Unescape entities, collapse whitespace, strip."""
    return _SPACE.sub(" ", html.unescape(text).replace("\xa0", " ")).strip()


def despace(text: str) -> str:
    """Remove all whitespace (for headers, periods and comparisons)."""
    return _SPACE.sub("", text)


def remove_wrap_spaces(text: str) -> str:
    """Remove spaces that line wrapping put next to Chinese characters; keep 'O-RAN SA' spaces."""
    return _WRAP_SPACE.sub("", clean_text(text))
