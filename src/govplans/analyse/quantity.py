"""The one number reader: numerals, multipliers, ranges, qualifiers and numbers that are names.

Pure functions of a text, no measure words (:mod:`govplans.analyse.quantities` adds those):

* :func:`read_number` reads one numeral as printed: Arabic (``5,994``, ``2.4``), full width
  (``２５０``), Chinese (``十``, ``二十五``, ``三百六十``, ``兩``, ``五千``) and mixed with the
  multipliers 萬/億/千/百 (``2.4萬``, ``3億4,560萬``, ``1萬2千``, ``1萬8百``), as an exact
  :class:`~decimal.Decimal`.
* :func:`find_numbers` finds every number of a text with its character span, its range (``20至25``,
  ``20~25``, ``20-25``: low and high), its qualifier and what the qualifier means
  (:data:`QUALIFIER_MEANING`: 近5,000 is *below* 5,000, 逾 above, 約 about), and whether it is a
  name, a code, a date, a year or a version (:func:`name_kind`) — such a number is never a
  quantity.
* :func:`normalise_width` maps full-width digits to ASCII one character for one, so every span
  found on the normalised text indexes the text as printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

__all__ = [
    "CHINESE_NUMERAL",
    "NUMERAL",
    "PHONE",
    "QUALIFIER_MEANING",
    "Number",
    "find_numbers",
    "in_title",
    "name_kind",
    "normalise_width",
    "read_number",
]

_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "兩": 2, "两": 2}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS = {"萬": 10**4, "万": 10**4, "億": 10**8, "亿": 10**8}

#: An Arabic numeral (thousands separators allowed) — after :func:`normalise_width`.
ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?"
#: A Chinese numeral (at least one character that is a digit or 十/百/千).
_CN = "零〇一二兩三四五六七八九十廿卅百千萬億"
CHINESE_NUMERAL = rf"[{_CN}]*[零〇一二兩三四五六七八九十廿卅百千][{_CN}]*"
#: Twenty and thirty in one character (廿六梯次 is 26, 卅 is 30).
_TENS = {"廿": 20, "卅": 30}
#: A numeral in any of the forms :func:`read_number` reads (Arabic groups with multipliers, or
#: Chinese), with an optional trailing 餘/多 (more than).
NUMERAL = (
    rf"(?:(?:{ARABIC})(?:兆(?:{ARABIC})?)?(?:億(?:{ARABIC})?)?(?:千萬(?:{ARABIC})?)?"
    rf"(?:萬零?(?:{ARABIC})?)?"
    rf"(?:千零?(?:{ARABIC})?)?(?:百(?![分萬億])(?:{ARABIC})?)?"
    rf"|{CHINESE_NUMERAL})"
)

#: What a qualifier says of the number it stands by: ``>=`` (at least), ``>`` (more than),
#: ``<`` (less than: 近5,000 is below 5,000), ``<=`` (at most), ``~`` (about), ``=`` (exactly as
#: printed; 共計/計 say it is a total).
QUALIFIER_MEANING: dict[str, str] = {
    "至少": ">=",
    "不少於": ">=",
    "不低於": ">=",
    "以上": ">=",
    "逾": ">",
    "超過": ">",
    "餘": ">",
    "多": ">",
    "近": "<",
    "將近": "<",
    "未達": "<",
    "不足": "<",
    "未滿": "<",
    "以下": "<=",
    "以內": "<=",
    "不超過": "<=",
    "最多": "<=",
    "約": "~",
    "大約": "~",
    "僅": "=",
    "共計": "=",
    "總計": "=",
    "合計": "=",
    "共": "=",
    "計": "=",
    "達": "=",
}
_BEFORE = sorted((q for q in QUALIFIER_MEANING if q not in ("以上", "以下", "以內", "餘", "多")),
                 key=len, reverse=True)  # fmt: skip
_AFTER = ("以上", "以下", "以內")

#: Words after a number that make it a name or a code (a hotline, a report line, a standard).
_NAME_AFTER = re.compile(
    # (119勤務指揮中心: the service a number dials, never 119 of anything)
    r"^\s?(?:[^\d，,。；;、]{0,8}?(?:專線|熱線|報案|電話|號碼|專碼|服務線|諮詢線|勤務|指揮中心)"
    r"|G(?![A-Za-z])|號(?!召)|型(?!態)|版(?!本)|代(?![表理辦])|世代|系列)",
)
#: Words before a number that make it a name, a code or an ordinal; a number later in a list
#: that opened with 第 is an ordinal too (第一、二期, 第3至5屆).
_NAME_BEFORE = re.compile(
    # 第52條之2: an article's number; 國道3號, 縣道106: a road's
    r"(?:[A-Za-z]|第|撥打|撥|代號|編號|型號|版本|條文|條之|國道|縣道|省道"
    r"|第\s?[\d零〇一二兩三四五六七八九十百]+(?:\s?[、及與和至到~\-]\s?[\d零〇一二兩三四五六七八九十百]+)*"
    r"\s?[、及與和至到~\-]\s?)$"
)
#: A standard's or a product's name before a spaced number: ISO 27001, CNS 15408, Wi-Fi 6.
_NAMED_STANDARD = re.compile(
    r"(?:(?:ISO|IEC|CNS|NIST|IEEE|RFC|SP|EN|Wi-?Fi|IPv)[\s/\-]?|(?-i:[A-Z]{2,})\s)$", re.I
)  # and any acronym and a space before it: IFRS 17, HIS 2.0
#: Taiwan's nationwide emergency and service numbers (110 police, 119 fire and ambulance, 113
#: protection, 165 anti-fraud, 1922 epidemics, 1957 welfare, 1999 city services …): before a
#: word that counts nothing they name the service (119轉介, 1999縣民服務專線); before a measure
#: word they still count (119人, 165件: the reader checks the word).
#: Measure words of things or people counted (項, 件, 處, 人, 班 …), one character each.
COUNTED_THINGS = (
    "項款支個套件種面處台臺座部輛艘架間所家條組批站顆片張份本冊場次人名位筆隻棟戶床班門堂篇案具盞"
)
SERVICE_NUMBERS = frozenset(
    {"110", "112", "113", "119", "165", "166", "1919", "1922", "1925", "1955", "1957", "1966"}
    | {"1980", "1988", "1999"}
)
_QUOTED = re.compile(r"[「『“\"]\s?$")
_UNQUOTED = re.compile(r"^\s?[」』”\"]")
_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD_AFTER = re.compile(r"^[\u4e00-\u9fffA-Za-z]")
#: A date or a year: 114年, 3月底, 12日, 2025年; a time of day.
_DATE_AFTER = re.compile(r"^\s?(?:年|學年|月|日|時(?!數)|點(?!數))")


#: A full-width comma between full-width digits groups thousands (８，０００).
_WIDE_GROUP = re.compile(r"(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")


def normalise_width(text: str) -> str:
    """``text`` with full-width digits, point and thousands comma (８，０００) as ASCII (same
    length: spans still index it)."""
    return _WIDE_GROUP.sub(",", text).translate(_WIDTH)


def _chinese(text: str) -> Decimal:
    """A Chinese numeral: 三百六十 -> 360, 十五 -> 15, 兩 -> 2, 五千 -> 5000, 一萬二千 -> 12000;
    digits in a row are read by position (一〇八萬 -> 1080000, 二〇五 -> 205)."""
    total = Decimal(0)
    section = 0
    digit = 0
    after_digit = False
    for ch in text:
        if ch in _DIGITS:
            digit = digit * 10 + _DIGITS[ch] if after_digit else _DIGITS[ch]
            after_digit = True
            continue
        after_digit = False
        if ch in _TENS:
            section += _TENS[ch]
            digit = 0
        elif ch in _SMALL_UNITS:
            section += (digit or 1) * _SMALL_UNITS[ch]
            digit = 0
        elif ch in _BIG_UNITS:
            total += Decimal((section + digit) or 1) * _BIG_UNITS[ch]
            section, digit = 0, 0
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + section + digit


_ARABIC_GROUPS = re.compile(
    rf"^(?:(?P<zhao>{ARABIC})兆)?(?:(?P<qy>{ARABIC})千億)?(?:(?P<yi>{ARABIC})億)?"
    rf"(?:(?P<qw>{ARABIC})千萬)?"
    rf"(?:(?P<wan>{ARABIC})萬零?)?"
    rf"(?:(?P<qian>{ARABIC})千零?)?(?:(?P<bai>{ARABIC})百)?(?P<num>{ARABIC})?$"
)


def read_number(text: str) -> Decimal | None:
    """One numeral as printed, exactly; None when ``text`` is no numeral.

    ``read_number("3億4,560萬") == Decimal("345600000")``, ``read_number("1兆2,960億")``,
    ``read_number("２５０") == 250``,
    ``read_number("三百六十") == 360``, ``read_number("2.4萬") == 24000``.
    """
    text = normalise_width(text).strip().rstrip("餘多")
    if not text:
        return None
    if re.fullmatch(CHINESE_NUMERAL, text):
        try:
            return _chinese(text)
        except ValueError:
            return None
    m = _ARABIC_GROUPS.match(text)
    if m is None or not any(m.groupdict().values()):
        return None
    total = Decimal(0)
    for name, scale in (
        ("zhao", 10**12),
        ("qy", 10**11),  # 1兆1千億: a hundred billion
        ("yi", 10**8),
        ("qw", 10**7),
        ("wan", 10**4),
        ("qian", 10**3),
        ("bai", 10**2),  # 1萬8百: ten thousand eight hundred
        ("num", 1),
    ):
        part = m.group(name)
        if part:
            try:
                total += Decimal(part.replace(",", "")) * scale
            except InvalidOperation:  # pragma: no cover - the pattern admits only numerals
                return None
    return total


#: A telephone number (0800-889-123, 02-2345-6789, 0800-636363): digits joined by hyphens,
#: opening with 0 and a next group of three digits or more, or in three groups or more; a range
#: (20-25, 0-6歲) is neither.
PHONE = re.compile(r"(?<![\d-])(?:0\d{1,4}(?:-\d{3,8})+|\d{2,4}(?:-\d{2,8}){2,})(?![\d-])")


def in_title(text: str, start: int, end: int) -> bool:
    """The span stands inside a pair of 「」, 『』 or title marks 《》〈〉 with other words
    (「樂齡100分」, 《臺灣電子業的黃金年代(1966-1990)》: a title, a slogan, a name; never a
    figure quoted alone, 「3場」)."""
    for open_, close in (("「", "」"), ("『", "』"), ("《", "》"), ("〈", "〉")):
        opened = text.rfind(open_, 0, start)
        if opened > text.rfind(close, 0, start):
            shut = text.find(close, end)
            again = text.find(open_, end)
            if shut >= 0 and (again < 0 or shut < again):
                return bool(text[opened + 1 : start].strip() or text[end:shut].strip())
    return False


def name_kind(text: str, start: int, end: int) -> str | None:
    """Why the number at ``text[start:end]`` is no quantity, or None when it may be one.

    ``"date"`` (114年, 3月底, 12日), ``"name"`` (110報案, 113保護專線, 撥打1957, 5G, 6G, IPv6,
    ISO 27001, 第3期), ``"version"`` (3.0版, v2). Checked on the words right before and after
    the number, never on one sentence's wording.
    """
    after = text[end : end + 12]
    before = text[max(0, start - 8) : start]
    if _DATE_AFTER.match(after):
        return "date"
    if any(m.start() <= start < m.end() for m in PHONE.finditer(text)):
        return "name"  # 0800-889-123, 02-2345-6789
    if re.match(r"^\s?\.\d", after) or re.search(r"\d\.$", before):
        return "version"  # 3.0.1, SSG3.0
    if re.search(r"[台臺]\s?$", before) and re.match(r"\s?[甲乙丙]?線", after):
        return "name"  # 台9線, 臺61線: a highway's number
    if _NAME_AFTER.match(after) or _NAME_BEFORE.search(before) or _NAMED_STANDARD.search(before):
        return "name"
    if _QUOTED.search(before) and _UNQUOTED.match(after):
        return "name"  # 「118」: a number quoted alone is a name
    if in_title(text, start, end):
        return "name"  # 「含氟牙膏1000ppm」宣導: a number inside a quoted title names it
    numeral = text[start:end]
    if (
        numeral in SERVICE_NUMBERS
        and not re.search(r"[\d.,]$", before)
        and re.match(r"[\u4e00-\u9fff]", after)
        and after[0] not in COUNTED_THINGS
    ):
        return "name"  # 119轉介, 165反詐騙: a service's number before a word (never 110班)
    if (
        re.match(r"[\u4e00-\u9fff]{0,4}?(?:公車|客運|巴士|幹線|專車)", after)
        and after[0] not in COUNTED_THINGS
        and not re.search(r"[\d.,]$", before)
    ):
        return "name"  # 108遊園公車, 1815客運: a bus route's number
    if _YEAR.fullmatch(numeral) and _WORD_AFTER.match(after):
        return "name"  # 2023台北國際書展, 2024巴黎奧運: a year that names an event
    if (
        numeral.endswith(".0")
        and re.search(r"[A-Za-z\u4e00-\u9fff]\s?$", before)
        and not re.search(r"[年月日由至為達約計共逾近僅及與和或之的]$", before)
        and re.match(r"^(?![提增降減成上下至到為以])[\u4e00-\u9fff]", after)
    ):
        return "version"  # 記憶庫2.0平臺: a whole number printed with .0 before a noun
    return None


@dataclass(frozen=True)
class Number:
    """A number found in a text (spans index the text as printed)."""

    value: Decimal  # the number (for a range, its low bound)
    start: int
    end: int  # the span covers the qualifier, the range and the numeral
    high: Decimal | None = None  # a range's high bound
    qualifier: str = ""  # as printed (約, 逾…以上)
    meaning: str = ""  # see QUALIFIER_MEANING; "" when unqualified
    name: str | None = None  # date | name | version: never a quantity

    @property
    def is_range(self) -> bool:
        return self.high is not None


_RANGE_JOIN = r"\s?(?:至|到|~|～|-|－|—|–)\s?"
_FIND = re.compile(
    rf"(?P<qual>{'|'.join(_BEFORE)})?"
    rf"(?<![A-Za-z0-9.,])(?P<low>{NUMERAL})(?:(?P<join>{_RANGE_JOIN})(?P<high>{NUMERAL}))?"
    rf"(?P<more>餘|多)?(?:(?P<gap>[^\d\s，,。；;、]{{0,3}}?)(?P<post>{'|'.join(_AFTER)}))?"
)


def _meaning(qual: str, more: str, post: str) -> str:
    for word in (more, post, qual):
        if word and QUALIFIER_MEANING.get(word, "=") != "=":
            return QUALIFIER_MEANING[word]
    return ""


def find_numbers(text: str) -> list[Number]:
    """Every number of ``text`` in order, with span, range, qualifier and name kind.

    Measure words may stand between a number and ``以上``; this reader looks at the numeral only
    (``find_numbers("近5,000人")[0].meaning == "<"``).
    """
    norm = normalise_width(text)
    out: list[Number] = []
    for m in _FIND.finditer(norm):
        low = read_number(m.group("low"))
        if low is None:
            continue
        high = read_number(m.group("high")) if m.group("high") else None
        if high is not None and high <= low:
            high = None  # 112-3 or 3-1: not a range
        qual, more, post = m.group("qual") or "", m.group("more") or "", m.group("post") or ""
        end = m.end("high") if high is not None else m.end("low")
        out.append(
            Number(
                value=low,
                start=m.start(),
                end=m.end(),
                high=high,
                qualifier="…".join(w for w in (qual, more + post) if w),
                meaning=_meaning(qual, more, post),
                name=name_kind(norm, m.start("low"), end),
            )
        )
    return out
