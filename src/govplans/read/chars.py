"""Character repair for PDF text layers.

PDFs made from Word or by browsers often carry a text layer whose characters are the fonts'
radical or compatibility code points instead of the unified ideographs the page shows: Kangxi
radicals (U+2F00–U+2FDF, ⽤ for 用), CJK radicals supplement (U+2E80–U+2EFF, ⺠ for 民) and CJK
compatibility ideographs (U+F900–U+FAFF). They look the same on the page but compare, search and
sort as different text. :func:`repair` maps exactly these to the unified ideographs; nothing else
is touched (NFKC over the whole text would also turn full-width ，；：（） into ASCII).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

#: CJK radicals supplement -> the unified ideograph that is the same character (Unicode's
#: EquivalentUnifiedIdeograph data, for the radicals that stand for whole characters).
RADICALS_SUPPLEMENT = {
    "\u2e8c": "小",
    "\u2e8d": "小",
    "\u2e9c": "日",
    "\u2e9d": "月",
    "\u2e9f": "母",
    "\u2ea0": "民",
    "\u2ea7": "牛",
    "\u2ea9": "王",
    "\u2eac": "示",
    "\u2eae": "竹",
    "\u2eb6": "羊",
    "\u2eb7": "羊",
    "\u2eba": "聿",
    "\u2ebc": "月",
    "\u2ebd": "臼",
    "\u2ec1": "虎",
    "\u2ec4": "西",
    "\u2ec6": "角",
    "\u2ed1": "長",
    "\u2ed7": "雨",
    "\u2ed8": "青",
    "\u2edd": "食",
    "\u2ee3": "骨",
    "\u2ee4": "鬼",
    "\u2ee9": "黄",
    "\u2ef1": "龜",
    "\u2ef3": "龟",
}


@lru_cache(maxsize=4096)
def _unified(char: str) -> str:
    code = ord(char)
    if 0x2F00 <= code <= 0x2FDF or 0xF900 <= code <= 0xFAFF:
        # Kangxi radicals have compatibility decompositions, compatibility ideographs canonical
        # ones, each to one unified ideograph; the twelve unified ideographs in the
        # compatibility block (U+FA0E …) have none and stay as they are.
        return unicodedata.normalize("NFKC", char)
    return RADICALS_SUPPLEMENT.get(char, char)


def needs_repair(char: str) -> bool:
    """Whether a character is one of the look-alike code points :func:`repair` maps."""
    code = ord(char)
    return 0x2E80 <= code <= 0x2FDF or 0xF900 <= code <= 0xFAFF


def repair(text: str) -> str:
    """``text`` with radical and compatibility code points mapped to unified ideographs."""
    if not any(needs_repair(c) for c in text):
        return text
    return "".join(_unified(c) if needs_repair(c) else c for c in text)
