"""The grammar of a target: each target (or part of a compound one) has one type, and each type
one comparison rule, written once in :func:`compare`.

=============  ==================================================  ==========================
type           recognised by                                       met when (a achieved)
=============  ==================================================  ==========================
level          a measurement to reach (%, ppm, 公頃, 公里, 元): 達/以上  a >= t (逾/超過: a > t)
ceiling        降至/減少至/不超過/以下/以內/低於                     a <= t (低於/未達: a < t)
count          a number of things to complete (場, 件, 家, 座 …)    a >= t
cumulative     累計 (or 截至/迄今): a total over the years          a >= t, a the cumulative figure
change         百分點, 成長/增加/減少/降低 N%, 較前一年…              the change >= t (computed from
                                                                   two printed levels if needed)
range          20至25家, 20~25, 20-25                              a >= the lower bound
rank           前N名 / 第N名                                       a <= t (lower is better)
deadline       於115年3月底前完成…                                  done in or before the month
binary         完成/上線/啟用/修法/通過 with no number              a statement that the thing
                                                                   itself is done (not drafted,
                                                                   tendered)
qualitative    none of the above, no number                        the agency's statement
=============  ==================================================  ==========================

``exceeded`` is a >= 1.1 × t upwards (level, count, cumulative, change, range), a <= 0.9 × t for a
ceiling or a rank (``exceed_margin`` 0.10 by default). Comparisons are exact decimals (120 against
110 × 1.1 is ``exceeded``; binary floats would say 121.00000000000001). A target none of these
shapes fits is ``unclear`` with a reason, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from govplans.analyse.quantities import CUMULATIVE, Quantity, is_measurement
from govplans.analyse.quantity import read_number

__all__ = [
    "CHANGE_WORD",
    "DOWN_WORD",
    "TARGET_TYPES",
    "Deadline",
    "TypedPart",
    "classify",
    "compare",
    "deadline_of",
    "is_law_target",
    "law_stage",
    "rank_at",
    "rank_of",
    "speaks_of_law",
]

TARGET_TYPES = (
    "level",
    "ceiling",
    "count",
    "cumulative",
    "change",
    "range",
    "rank",
    "deadline",
    "binary",
    "qualitative",
    "compound",
)
#: Types counted upwards (more is better) and downwards (less is better).
UPWARDS = ("level", "count", "cumulative", "change", "range")
DOWNWARDS = ("ceiling", "rank")

#: 前200名之大學 / 前20名的企業 / 排行前10名者達3部: the rank says which things are counted,
#: it is no rank target (前20名之列 still is one).
_RANK = re.compile(
    r"(?:前|第)\s?(?P<n>\d+|[一二三四五六七八九十百]+)\s?(?:名|位|強)(?!之(?!列)|的|者)"
    # … or a position after a word of ranking with no 名 (名列第七, 排名第3)
    r"|(?<=名列|排名|排行|位居)第\s?(?P<m>\d+|[一二三四五六七八九十百]+)(?![\d名位強屆期次版季梯年條項章組等級類群區批階週])"
)
#: Words of change upwards or downwards, and of change downwards (one list, read by the engine's
#: account of a change reported too).
DOWN_WORD = r"減少|降低|下降|減低|縮減|縮短|減量"
CHANGE_WORD = rf"(?:成長|增加|增長|年增|提高|提升|上升|{DOWN_WORD})"
_CHANGE = re.compile(
    rf"百分點|{CHANGE_WORD}(?:率)?(?:達|約|至少)?\s?[\d.]+\s?(?:%|％|個?百分點)"
    # … or in tenths (產量提高一成, 減少兩成: 10 %, 20 %)
    rf"|{CHANGE_WORD}(?:率)?(?:達|約|至少)?\s?[一兩二三四五六七八九]成"
    rf"|較(?:前一?年|去年|上一?年|前期|\d{{2,3}}年|[上前]一?屆)[^，,。；;]{{0,16}}?{CHANGE_WORD}"
)
_DOWN_CHANGE = re.compile(DOWN_WORD)
#: A change from the year before counted in the part's own unit, the word of change right
#: before the figure (較前一年增加2小時, 較113年減少50件).
_ABSOLUTE_CHANGE = re.compile(
    rf"較(?:前一?年度?|去年度?|上一?年度?|前期|\d{{2,3}}年度?)[^，,。；;]{{0,16}}?"
    rf"{CHANGE_WORD}(?:達|約|至少)?\s?$"
)
_DEADLINE = re.compile(
    r"(?:於|在)?\s?(?<!\d)(?P<y>\d{2,3}|(?:19|20)\d{2})\s?年\s?(?:(?P<m>\d{1,2})\s?月)?\s?"
    r"(?:底|份|中旬|上旬|下旬)?\s?(?:(?P<d>\d{1,2})\s?日)?"
    # … or a day named after the date (115年12月10日世界人權日前); never 前瞻
    r"(?:[\u4e00-\u9fff]{2,6}日)?\s?(?:以前|之前|前(?!瞻))"
)
_BINARY = re.compile(
    r"完成|上線|上架|啟用|修法|修正|通過|公告|核定|發布|訂定|建置|開通|營運|施行|竣工|完工|驗收|取得|設立"
    r"|成立"
)


@dataclass(frozen=True)
class Deadline:
    """A completion deadline: the end of ``month`` (December when only a year is printed)."""

    roc_year: int
    month: int
    phrase: str
    day: int | None = None  # a day of the month, when printed (115年12月10日…前)

    def allows(self, roc_year: int, month: int, day: int | None = None) -> bool:
        if (
            self.day is not None
            and day is not None
            and (roc_year, month)
            == (
                self.roc_year,
                self.month,
            )
        ):
            return day <= self.day
        return (roc_year, month) <= (self.roc_year, self.month)


@dataclass(frozen=True)
class TypedPart:
    """A target part with its type and what the comparison needs."""

    type: str
    value: Decimal | None = None  # the target value (a range's lower bound, a rank, a change)
    high: Decimal | None = None  # a range's upper bound
    strict: bool = False  # 逾/超過 (a > t), 低於/未達 (a < t)
    down: bool = False  # a change downwards (減少15%)
    deadline: Deadline | None = None


#: A legal instrument (a law, an act, a regulation, rules) …
_LEGAL_INSTRUMENT = r"(?:法(?![人院官庭定])|條例|規則|辦法|細則|規程|準則|法規|法案|法律)"
#: … and a word of making or amending one: together they make a target of legislation.
_LAW_MAKING = r"(?:修法|立法|修正|修訂|修改|制定|訂定|增訂|發布|公布|施行)"
_LAW_TARGET = re.compile(
    rf"{_LEGAL_INSTRUMENT}[^，,。；;]{{0,12}}?{_LAW_MAKING}|{_LAW_MAKING}[^，,。；;]{{0,12}}?"
    rf"{_LEGAL_INSTRUMENT}|修法|立法"
)
#: A law or regulation is done only when it is in force or passed: promulgated (公布, 發布),
#: in force (施行, 生效), passed (三讀, 通過 by the legislature), announced (公告 — never
#: 預告, the notice of a draft) …
LAW_DONE = re.compile(
    r"公布|發布|施行|生效|三讀|完成立法|完成修法|(?<!預)公告|(?:立法院|院會)[^，,。；;]{0,6}通過"
)
#: … never at a stage before: a draft (草案), its notice (預告), sent to or under review by the
#: Executive or Legislative Yuan (報行政院, 送立法院, 審議中, 審查中), being drafted (研擬, 研修).
LAW_DRAFT = re.compile(
    r"草案|預告|報(?:請)?行政院|送(?:請)?立法院|函送立法院|審議中|審查中|研擬|研修|擬具|一讀|二讀"
)
#: A word of completion that speaks of the future (預計115年發布, 俟審查後公告): not done.
#: The acts :data:`FUTURE_DONE` puts in the future.
FUTURE_ACT = re.compile(
    r"完成|上線|上架|公告|核定|發布|公布|出版|啟用|施行|通過|達成|開放|提出|營運|開館|辦理"
    r"|簽署|簽訂|簽約|決標|完工|定稿|取得"
    # … and the acts of sending on (預定115年送行政院審查)
    r"|送請|送交|提送|函送|函報|陳報|報請|送(?=[\u4e00-\u9fff]{0,3}(?:院|部|會|署)審)"
)
FUTURE_DONE = re.compile(
    # (never the schedule kept: 依預定時程上線, 按預定期程完成)
    r"(?<![依按])(?:預計|預定|預期|將於|將|擬於|擬|俟|待|後續|改列|改於|移至)[^，,。；;]{0,14}?"
    rf"(?:{FUTURE_ACT.pattern})"
)


def is_law_target(text: str) -> bool:
    """Whether a target asks for a law or regulation made or amended (完成職業安全衛生法修法,
    完成…規則修正發布, 於113年12月底前完成…施行細則修正發布)."""
    return _LAW_TARGET.search(text) is not None


def speaks_of_law(text: str) -> bool:
    """Whether a text speaks of making a law or regulation: it names one with a word of making
    it, or a stage of legislation (草案, 預告, 報行政院, 送立法院 …)."""
    return is_law_target(text) or LAW_DRAFT.search(text) is not None


#: A word of the future (預定, 預計, 將, 擬, 俟, 待): an act after it in its clause is to come.
_FUTURE_BEFORE = re.compile(r"預計|預定|預期|將於|擬於|俟|待")


def law_stage(text: str) -> str | None:
    """The stage a statement reports for a law or regulation: ``"done"`` (promulgated, in force,
    passed: a word of :data:`LAW_DONE` not in the future), ``"draft"`` (only a stage before:
    :data:`LAW_DRAFT`), or None when it names neither."""
    # each clause without its acts to come (預計115年公布: a match never crosses a delimiter),
    # beside the clause as printed, whose words of the future it is read with
    for original in re.split(r"[，,。；;]", text):
        clause = FUTURE_DONE.sub("", original)
        done = LAW_DONE.search(clause)
        # 公告/發布 of a 草案 is its notice; a draft passed (三讀, 公布, 施行) is done; a word of
        # the future anywhere before it in its clause (預定115年提送…審查後發布) puts it to come
        if (
            done
            and not ("草案" in clause and done.group(0) in ("公告", "發布"))
            and not _FUTURE_BEFORE.search(original[: original.find(done.group(0))])
        ):
            return "done"
    if LAW_DRAFT.search(text) or FUTURE_DONE.search(text):
        return "draft"
    return None


#: A quarter an act is set in (於113年第3季辦理…): done by the quarter's last month.
_QUARTER_DEADLINE = re.compile(
    r"(?:於|在)\s?(?P<y>\d{2,3}|(?:19|20)\d{2})\s?年(?:度)?\s?第\s?(?P<q>[1-4一二三四])\s?季"
    r"(?:結束)?(?:前|內|底前)?"
)
#: … or by a half year (於113年上半年完成: by the end of June).
_HALF_YEAR_DEADLINE = re.compile(
    r"(?:於|在)\s?(?P<y>\d{2,3}|(?:19|20)\d{2})\s?年(?:度)?\s?(?P<h>上|下)半年"
    r"(?:結束)?(?:前|內|底前)?"
)
#: The number of a quarter as printed (第3季, 第三季).
QUARTER_NUMBER = {"1": 1, "2": 2, "3": 3, "4": 4, "一": 1, "二": 2, "三": 3, "四": 4}


def roc_year(year: str) -> int:
    """An ROC year from a printed one: a Gregorian year is 1911 more (2025 is 114)."""
    y = int(year)
    return y - 1911 if y > 1911 else y


def deadline_of(text: str) -> Deadline | None:
    """The deadline a text sets (於115年3月底前 -> 115/3, 於115年前 -> 115/12, 於113年第3季
    -> 113/9, 於2026年6月底前 -> 115/6), or None."""
    m = _DEADLINE.search(text)
    if m is None and (q := _QUARTER_DEADLINE.search(text)) is not None:
        quarter = QUARTER_NUMBER[q.group("q")]
        return Deadline(roc_year(q.group("y")), 3 * quarter, q.group(0).strip())
    if m is None and (h := _HALF_YEAR_DEADLINE.search(text)) is not None:
        month = 6 if h.group("h") == "上" else 12
        return Deadline(roc_year(h.group("y")), month, h.group(0).strip())
    if m is None:
        return None
    month = int(m.group("m")) if m.group("m") else 12
    if not 1 <= month <= 12:
        return None
    year = roc_year(m.group("y"))
    day = int(m.group("d")) if m.group("d") and m.group("m") else None
    return Deadline(year, month, m.group(0).strip(), day)


#: The first place in words (居全國國立博物館之冠, 奪冠, 位居首位): rank 1.
FIRST_PLACE = re.compile(r"之冠|居冠|奪冠|榮獲冠軍|位居首位|排名首位")


def rank_at(text: str) -> int | None:
    """Where the rank :func:`rank_of` reads stands in ``text`` (its words' first character), or
    None when the text names none."""
    m = _RANK.search(text) or FIRST_PLACE.search(text)
    return m.start() if m is not None else None


def rank_of(text: str) -> int | None:
    """The rank a text names (前20名 -> 20, 第十五名 -> 15, 居…之冠 -> 1), or None."""
    m = _RANK.search(text)
    if m is None:
        return 1 if FIRST_PLACE.search(text) else None
    value = read_number(m.group("n") or m.group("m"))
    return int(value) if value is not None else None


def classify(text: str, quantity: Quantity | None) -> TypedPart:
    """The type of a target part: its own text and its quantity (None for none)."""
    rank = rank_of(text)
    if rank is not None:
        return TypedPart("rank", Decimal(rank))
    if quantity is None:
        deadline = deadline_of(text)
        if deadline is not None:
            # 於115年10月底前辦理…論壇: whatever the act, the date it was done decides
            return TypedPart("deadline", deadline=deadline)
        return TypedPart("binary" if _BINARY.search(text) else "qualitative")
    value = Decimal(str(quantity.value))
    strict = quantity.comparison in (">", "<")
    if quantity.high is not None:
        return TypedPart("range", value, high=Decimal(str(quantity.high)))
    near = quantity.clause_before[-14:] + quantity.phrase + quantity.clause_after[:8]
    if (
        quantity.unit in ("%", "百分點")
        and _CHANGE.search(near)
        and "至" not in quantity.before[-3:]
    ):
        return TypedPart("change", value, down=bool(_DOWN_CHANGE.search(near)))
    if quantity.unit == "百分點":
        return TypedPart("change", value, down=bool(_DOWN_CHANGE.search(near)))
    # 較前一年增加2小時: a change counted in the part's own unit, not a level of 2 hours; so is
    # a count of things with 增加 right before its figure (試辦醫院增加5家: 18 → 23 makes 5)
    if (
        _ABSOLUTE_CHANGE.search(quantity.clause_before)
        or (
            re.search(r"(?<!新)增加(?:達|約|至少)?\s?$", quantity.before)
            and not is_measurement(quantity.unit)
        )
        # … and a fall by so much in any unit (噪音平均降低3分貝, 處理天數縮短3天), never a fall
        # to a level (降至, 降為, 縮短為)
        # (減量 names an amount reduced, a level: 溫室氣體減量25萬公噸)
        or re.search(r"(?:降低|減少|下降|減低|縮減|縮短)(?:達|約|至少)?\s?$", quantity.before)
    ):
        return TypedPart("change", value, down=bool(_DOWN_CHANGE.search(near)))
    if quantity.reduces:
        return TypedPart("ceiling", value, strict=strict)
    if quantity.is_cumulative or CUMULATIVE.search(quantity.clause_before[-12:] + quantity.phrase):
        return TypedPart("cumulative", value, strict=strict)
    if value == 0:  # 重大職業災害0件: nobody sets out to do nothing; zero is the most allowed
        return TypedPart("ceiling", value, strict=strict)
    if is_measurement(quantity.unit):  # area, length, money, a rate …: a level reached
        return TypedPart("level", value, strict=strict)
    return TypedPart("count", value, strict=strict)


def _decimal(x: float | Decimal) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def compare(
    part: TypedPart,
    achieved: float | Decimal,
    exceed_margin: float | Decimal = Decimal("0.10"),
    bound: str = "",
) -> str:
    """The status of an achieved value against a typed part: ``exceeded``, ``met`` or
    ``not_met`` — the one comparison rule (see the module's table). ``bound`` is what the
    achieved figure's qualifier says: ``<`` (近5,000: below it), ``>`` (逾, 餘: above it)."""
    if part.value is None or part.type not in UPWARDS + DOWNWARDS:
        raise ValueError(f"a {part.type} part has no value to compare")
    t, a, margin = part.value, _decimal(achieved), _decimal(exceed_margin)
    if part.type in DOWNWARDS:
        # below a ceiling: 近 (just below) still is; above it: 逾 (just above) is not
        ok = a < t or (a == t and (bound == "<" or (not part.strict and bound != ">")))
        # a ceiling of zero held is exceeded too (0 <= 0 × 0.9), as the rule is written
        return "exceeded" if ok and a <= t * (1 - margin) else "met" if ok else "not_met"
    ok = a > t or (a == t and (bound == ">" or (not part.strict and bound != "<")))
    return "exceeded" if ok and a >= t * (1 + margin) and a > t else "met" if ok else "not_met"
