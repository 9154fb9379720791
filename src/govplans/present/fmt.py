"""Display formatting for every figure shown to a reader: amounts, rates, years, quantities.

The narrative, notebooks and plots all format through these functions so a figure reads the
same everywhere. Amounts come in thousand TWD (新臺幣千元), as printed in the reports.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal

from govplans.model.provenance import parse_ids
from govplans.model.values import is_missing
from govplans.present.words import EN, LANGS, MEASURE_WORDS_EN, STATUS_LABELS, THOUSAND_UNIT, ZH

__all__ = ["EN", "LANGS", "STATUS_LABELS", "THOUSAND_UNIT", "ZH", "is_missing"]

THOUSAND_PER_YI = 100_000  # 1 億元 = 100,000 千元
THOUSAND_PER_WAN = 0.1  # 1 萬元 = 10 千元, so 1 千元 = 0.1 萬元
WAN_FROM = 10_000  # from 1,000 萬元 (10,000 千元) up, 萬元 reads better than 千元


def status_label(status: object, lang: str = ZH, legend: bool = False) -> str:
    """A status code in words: ``exceeded`` -> 超越目標 / exceeded (``Exceeded`` in a legend).

    Missing -> ``—`` / ``n/a``; an unknown code is shown as given.
    """
    if is_missing(status):
        return _missing(lang)
    zh, en = STATUS_LABELS.get(str(status), (str(status), str(status)))
    if lang != EN:
        return zh
    return en[:1].upper() + en[1:] if legend else en


def counted(n: int, one: str, many: str) -> str:
    """An English count with its noun: ``1 plan``, ``2 plans``, ``0 plans``."""
    return f"{n:,} {one if n == 1 else many}"


def check_lang(lang: str) -> str:
    """Return ``lang`` if supported (``zh-TW`` or ``en``); ``ValueError`` otherwise."""
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}; use one of {', '.join(LANGS)}")
    return lang


def _missing(lang: str) -> str:
    return "—" if lang == ZH else "n/a"


def not_available(lang: str = ZH) -> str:
    """What a table shows for a figure that is unknown or undefined: ``—`` (``n/a``)."""
    return _missing(lang)


def _fixed(value: float, digits: int) -> str:
    """``value`` with ``digits`` decimals and thousands separators, rounding half away from zero.

    (``format`` rounds half to even on the binary value: 5,520.5 would read 5,520.)
    """
    quantum = Decimal(1).scaleb(-digits)
    rounded = Decimal(repr(float(value))).quantize(quantum, rounding=ROUND_HALF_UP)
    return f"{rounded:,.{digits}f}"


def _trim(text: str) -> str:
    """Drop trailing zeros of a decimal: 1.50 -> 1.5, 2.00 -> 2."""
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_amount(thousand_twd: float | None, lang: str = ZH, unit: str | None = None) -> str:
    """An amount given in thousand TWD, in the unit that reads best.

    zh-TW: ``1.55億元`` (from 1 億元 up), ``5,521萬元`` (from 1,000 萬元 up), and under that
    萬元 still, exact to the thousand the report prints (``279.1萬元`` for 2,791 千元, ``85萬元``
    for 850 千元): one unit scale beside the larger amounts of a sentence or a profile, never
    ``6,544萬元`` beside ``9,268千元``.
    en: ``NT$1.55 billion``, ``NT$55.2 million``, ``NT$2.79 million``, ``NT$850 thousand``.
    ``unit`` forces ``億元``, ``萬元`` or ``千元`` (zh-TW only).
    """
    check_lang(lang)
    if is_missing(thousand_twd):
        return _missing(lang)
    value = float(thousand_twd)  # type: ignore[arg-type]
    if lang == EN:
        sign, twd = ("-" if value < 0 else ""), abs(value) * 1000
        if twd >= 1e9:
            return f"{sign}NT${_trim(_fixed(twd / 1e9, 2))} billion"
        if twd >= 1e6:
            return f"{sign}NT${_trim(_fixed(twd / 1e6, 1 if twd >= 1e7 else 2))} million"
        return f"{sign}NT${_fixed(twd / 1000, 0)} thousand"
    size = abs(value)
    chosen = unit or ("億元" if size >= THOUSAND_PER_YI else "萬元")
    if chosen == "億元":
        return f"{_trim(_fixed(value / THOUSAND_PER_YI, 2))}億元"
    if chosen == "萬元":
        if size >= WAN_FROM:
            return f"{_fixed(value * THOUSAND_PER_WAN, 0)}萬元"
        return f"{small_wan(value)}萬元"
    if chosen == "千元":
        return f"{_fixed(value, 0)}千元"
    raise ValueError(f"unknown amount unit {unit!r}; use 億元, 萬元 or 千元")


AMOUNT_DIGITS = 4  # significant digits of an amount in a sentence, a chart or a flag


def amount_text(thousand_twd: float | None, lang: str = ZH) -> str:
    """An amount in the unit :func:`format_amount` picks for it, with
    :data:`AMOUNT_DIGITS` significant digits, so the amounts of one paragraph read at one
    precision whether they are 億元 or 萬元 (billion or million): ``3.802億元`` beside
    ``5,303萬元``, ``NT$380.2 million`` beside ``NT$53.03 million``, never ``3.8億元`` beside
    ``5,303萬元``. Trailing zeros are kept (``1.480億元``: it is a precision, not a figure);
    an amount is never shown finer than the thousand the report prints (``85萬元`` for 850 千元,
    ``279.1萬元`` for 2,791 千元: 萬元 under 1,000 萬元 too, so a sentence keeps one unit scale).
    Four digits keep appropriated − executed = unexecuted readable in the text and leave every
    萬元 figure as :func:`format_amount` prints it. Every sentence, chart label and flag of a
    page prints an amount with this, so one amount reads at one precision on one page (never
    ``3.8億元`` on a chart beside ``3.802億元`` in the text: issue 18).
    """
    if is_missing(thousand_twd):
        return format_amount(thousand_twd, lang)
    value = float(thousand_twd)  # type: ignore[arg-type]
    if value == 0:  # nothing, in no unit: never 「3.500億元…0千元」 in one sentence
        return "0元" if lang == ZH else "NT$0"
    units: list[tuple[float, float, str]]  # (from, thousand per unit, form)
    if lang == ZH:
        yi, wan = float(THOUSAND_PER_YI), float(WAN_FROM)
        units = [(yi, yi, "{}億元"), (wan, 1 / THOUSAND_PER_WAN, "{}萬元")]
        if abs(value) < wan:  # 萬元 still, exact to the thousand: 926.8萬元, never 9,268千元
            return ("-" if value < 0 else "") + f"{small_wan(abs(value))}萬元"
        small = "{}千元"
    else:
        units = [(1e6, 1e6, "NT${} billion"), (1e3, 1e3, "NT${} million")]
        small = "NT${} thousand"
    sign, size = ("-" if value < 0 else ""), abs(value)
    if size >= 1:  # rounded first, so 999,996千元 reads 10.00億元, not 10.000億元
        exact = Decimal(repr(size))
        quantum = Decimal(1).scaleb(max(0, exact.adjusted() - AMOUNT_DIGITS + 1))
        size = float(exact.quantize(quantum, rounding=ROUND_HALF_UP))
    for floor, per, form in units:
        if size >= floor:
            scaled = size / per
            digits = max(0, AMOUNT_DIGITS - len(str(int(scaled))))
            return sign + form.format(_round_half_up(scaled, digits))
    return sign + small.format(_round_half_up(size, 0))


def _round_half_up(value: float, digits: int) -> str:
    """``value`` with ``digits`` decimals and separators, rounding half away from zero."""
    quantum = Decimal(1).scaleb(-digits)
    rounded = Decimal(repr(float(value))).quantize(quantum, rounding=ROUND_HALF_UP)
    return f"{rounded:,.{digits}f}"


def small_wan(thousand_twd: float) -> str:
    """An amount under 1,000 萬元 as a figure in 萬元, exact to the thousand the report prints:
    one decimal where it is needed (``926.8`` for 9,268 千元, ``85`` for 850 千元)."""
    return _trim(_fixed(float(thousand_twd) * THOUSAND_PER_WAN, 1))


def format_thousand(thousand_twd: float | None, lang: str = ZH, unit: bool = True) -> str:
    """The exact amount as printed: ``1,549,044千元`` / ``NT$1,549,044 thousand``.

    ``unit=False`` gives the bare figure (``1,549,044``) for a table column whose header carries
    the unit (:data:`THOUSAND_UNIT`), so every amount in the column reads in one unit.
    """
    check_lang(lang)
    if is_missing(thousand_twd):
        return _missing(lang)
    value = float(thousand_twd)  # type: ignore[arg-type]
    if not unit:
        return _fixed(value, 0)
    return f"{_fixed(value, 0)}千元" if lang == ZH else f"NT${_fixed(value, 0)} thousand"


def with_unit(label: str, unit: tuple[str, str], lang: str = ZH) -> str:
    """A column header with its unit: ``核定總經費（千元）`` / ``Total approved (NT$ thousand)``."""
    return f"{label}（{unit[0]}）" if lang == ZH else f"{label} ({unit[1]})"


def format_rate(
    x: float | None, lang: str = ZH, digits: int = 1, bounds: Iterable[float] = ()
) -> str:
    """A ratio (0-1) as a percentage: ``95.2%``; missing -> ``—`` / ``n/a``.

    Rounding never carries a figure onto a boundary it does not reach: 0.9996 reads ``99.96%``,
    not ``100.0%`` (the money is not all executed); 0.00049 reads ``0.05%``, not ``0.0%``; and
    with ``bounds=(0.9,)`` (a flag threshold) 0.8999 reads ``89.99%``, never ``90.0%`` beside
    "below 90%".
    """
    check_lang(lang)
    if is_missing(x):
        return _missing(lang)
    ratio = float(x)  # type: ignore[arg-type]
    limits = [b for b in (1.0, *bounds) if ratio < b]
    text = _fixed(ratio * 100, digits)
    for extra in range(digits + 1, digits + 7):
        shown = float(Decimal(text.replace(",", ""))) / 100
        if not (ratio > 0 and shown == 0) and not any(shown >= b for b in limits):
            break
        text = _fixed(ratio * 100, extra)
    return f"{text}%"


def format_threshold(x: float, lang: str = ZH) -> str:
    """A threshold as a percentage without needless decimals: 0.9 -> ``90%``, 0.875 -> ``87.5%``."""
    digits = 0 if abs(x * 100 - round(x * 100)) < 1e-9 else 1
    return format_rate(x, lang, digits)


def format_multiple(x: float, lang: str = ZH, digits: int = 1) -> str:
    """A multiple of a target value: ``12.0倍`` / ``12.0×``; a whole threshold reads ``3倍``."""
    check_lang(lang)
    if is_missing(x):
        return _missing(lang)
    value = float(x)
    whole = abs(value - round(value)) < 1e-9 and digits == 0
    text = _fixed(value, 0 if whole else digits)
    return f"{text}倍" if lang == ZH else f"{text}×"


def format_multiple_threshold(x: float, lang: str = ZH) -> str:
    """A threshold multiple without needless decimals: 3.0 -> ``3倍`` / ``3×``, 2.5 -> ``2.5倍``."""
    whole = abs(float(x) - round(float(x))) < 1e-9
    return format_multiple(x, lang, 0 if whole else 1)


def format_points(x: float, lang: str = ZH, digits: int = 1, bounds: Iterable[float] = ()) -> str:
    """A difference of two ratios in percentage points: ``12.3個百分點`` / ``12.3 points``.

    As with :func:`format_rate`, a gap below one of ``bounds`` (a flag margin) is never rounded
    up onto it: 0.14996 with ``bounds=(0.15,)`` reads ``14.996個百分點``.
    """
    check_lang(lang)
    size = abs(x)
    limits = [b for b in bounds if size < b]
    value = _fixed(size * 100, digits)
    for extra in range(digits + 1, digits + 7):
        if not any(float(Decimal(value.replace(",", ""))) / 100 >= b for b in limits):
            break
        value = _fixed(size * 100, extra)
    return f"{value}個百分點" if lang == ZH else f"{value} percentage points"


def format_margin(x: float, lang: str = ZH) -> str:
    """A margin in points without needless decimals: 0.15 -> ``15個百分點`` / ``15 points``."""
    whole = abs(x * 100 - round(x * 100)) < 1e-9
    return format_points(x, lang, 0 if whole else 1)


def roc_year(y: int, lang: str = ZH) -> str:
    """An ROC year with its Gregorian year: ``114年（2025年）`` / ``2025 (ROC 114)``."""
    check_lang(lang)
    year = int(y)
    return f"{year}年（{year + 1911}年）" if lang == ZH else f"{year + 1911} (ROC {year})"


def format_period(
    start_year: int | None, start_month: int | None, end_year: int, end_month: int, lang: str = ZH
) -> str:
    """A plan period from ROC years: ``113年1月至115年12月`` / ``2024-01 to 2026-12``; with no
    start (a revised end alone) ``至116年12月`` / ``to 2027-12``."""
    check_lang(lang)
    if lang == ZH:
        end = f"{int(end_year)}年{int(end_month)}月"
        if is_missing(start_year):
            return f"至{end}"
        return f"{int(start_year)}年{int(start_month)}月至{end}"  # type: ignore[arg-type]
    end = f"{int(end_year) + 1911}-{int(end_month):02d}"
    if is_missing(start_year):
        return f"to {end}"
    return f"{int(start_year) + 1911}-{int(start_month):02d} to {end}"  # type: ignore[arg-type]


def format_number(value: float | None, lang: str = ZH) -> str:
    """A count as text: integers with separators, decimals as printed (``5,994``, ``2.5``,
    ``0.055``: never rounded away from the report's own figure), at most four of them."""
    check_lang(lang)
    if is_missing(value):
        return _missing(lang)
    number = float(value)  # type: ignore[arg-type]
    if number.is_integer():
        return _fixed(number, 0)
    shortest = repr(number)
    decimals = len(shortest.split(".")[1]) if "." in shortest and "e" not in shortest else 4
    return _trim(_fixed(number, max(2, min(decimals, 4))))


def format_quantity(value: float | None, unit: str | None, lang: str = ZH) -> str:
    """A count with its measure word: ``5,994人次`` / ``5,994 person-times`` (a word with no
    English in :data:`~govplans.present.words.MEASURE_WORDS_EN` stays as printed; a percentage
    reads ``72%``)."""
    number = format_number(value, lang)
    if is_missing(value) or not unit:
        return number
    if lang == ZH:
        if unit == "成":  # read as tenths (6成 is 60 %): printed as the report prints it
            return f"{format_number(float(value) / 10, lang)}成"  # type: ignore[arg-type]
        return f"{number}{unit}"
    one, many = MEASURE_WORDS_EN.get(unit, (unit, unit))
    if one == "%":
        return f"{number}%"
    return f"{number} {one if float(value) == 1 else many}"  # type: ignore[arg-type]


def _numbers(ids: list[int] | str) -> list[int]:
    return parse_ids(ids) if isinstance(ids, str) else [int(n) for n in ids]


def _citation(numbers: list[int], lang: str, zh_unit: str, en_one: str, en_many: str) -> str:
    check_lang(lang)
    if lang == ZH:
        return f"（來源：第{'、'.join(str(n) for n in numbers)}{zh_unit}）"
    word = en_one if len(numbers) == 1 else en_many
    return f"(source: {word} {', '.join(str(n) for n in numbers)})"


def format_pages(pages: list[int] | str, lang: str = ZH) -> str:
    """A PDF page citation: ``（來源：第3、4頁）`` / ``(source: pp. 3, 4)``."""
    return _citation(_numbers(pages), lang, "頁", "p.", "pp.")


def format_source(
    lines: list[int] | str,
    pages: list[int] | str,
    lang: str = ZH,
    table_rows: Mapping[int, tuple[int, int]] | None = None,
) -> str:
    """The citation of a row: its PDF pages where it has them, its table rows for an ODF or
    Word source (``table_rows``: the report's block -> (table, row)), else its source lines."""
    if parse_ids(pages) if isinstance(pages, str) else pages:
        return format_pages(pages, lang)
    if table_rows:
        places = table_row_places(_numbers(lines), table_rows, lang)
        return f"（來源：{places}）" if lang == ZH else f"(source: {places})"
    return format_lines(lines, lang)


def table_row_places(
    blocks: list[int], table_rows: Mapping[int, tuple[int, int]], lang: str = ZH
) -> str:
    """Body blocks of an ODF or Word source as table rows: ``表1第2、3列；表2第1列`` /
    ``table 1, rows 2, 3; table 2, row 1``."""
    check_lang(lang)
    by_table: dict[int, list[int]] = {}
    for block in blocks:
        if block in table_rows:
            table, row = table_rows[block]
            by_table.setdefault(table, []).append(row)
    if lang == ZH:
        return "；".join(
            f"表{t}第{'、'.join(str(r) for r in rows)}列" for t, rows in by_table.items()
        )
    return "; ".join(
        f"table {t}, {'row' if len(rows) == 1 else 'rows'} {', '.join(str(r) for r in rows)}"
        for t, rows in by_table.items()
    )


def format_lines(lines: list[int] | str, lang: str = ZH) -> str:
    """A source-line citation: ``（來源：第67、81、88行）`` / ``(source: lines 67, 81, 88)``."""
    return _citation(_numbers(lines), lang, "行", "line", "lines")
