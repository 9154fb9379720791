"""Quantities with Chinese measure words: extraction, normalisation and what they count.

``extract_quantities("辦理攻防演練1場次、教育訓練2場次")`` finds every number followed by a measure
word (``1場次``, ``5,994人次``, ``共30臺``, ``達500人次以上``), with its qualifier, the measure word
normalised to a group (場 = 場次, 輛 = 臺 = 台, 名 = 位 = 人; 人次 stays apart), and the words
around it that say what is counted. Dates (``114年9月26日``), versions (``SSG3.0``, ``5G``),
ranges (``112-113年度``) and levels (``3、4級``) are not quantities.

The similarity helpers compare "the thing counted" by shared character bigrams, which works for
Chinese noun phrases without a word segmenter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from govplans.analyse.quantity import (
    COUNTED_THINGS,
    PHONE,
    QUALIFIER_MEANING,
    in_title,
    name_kind,
    normalise_width,
    read_number,
)

#: Measure word as printed -> its normalised group (the word used to display the group).
MEASURE_GROUPS: dict[str, str] = {
    "場": "場",
    "場次": "場",
    "輛": "輛",
    "臺": "輛",
    "台": "輛",
    "名": "人",
    "位": "人",
    "人": "人",
    "人次": "人次",
    "班次": "班次",
    "班": "班",  # classes run (職前訓練120班, 專班六班)
    "梯次": "梯次",
    "份": "份",
    "案": "案",
    "式": "式",
    "件": "件",
    "件次": "件次",
    "項": "項",
    "個": "個",
    "站": "站",
    "則": "則",
    "篇": "篇",
    "期": "期",
    "組": "組",
    "家": "家",
    "套": "套",
    "座": "座",
    "次": "次",
    "筆": "筆",
    "種": "種",
    "處": "處",
    "所": "所",
    "張": "張",
    "款": "款",
    "堂": "堂",
    "隊": "隊",
    "條": "條",
    "小時": "小時",
    "分鐘": "分鐘",
    "秒": "秒",
    "天": "天",
    "成": "%",  # 七成 = 70 %: read as tenths (see _value_and_word)
    "工作天": "天",
    "個工作天": "天",
    "工作日": "天",
    "個工作日": "天",
    "日": "天",  # a duration (90日以內); the day of a date (3月12日) is no quantity
    "個月": "個月",
    "%": "%",
    "％": "%",
    "‰": "‰",  # per mille (跌倒發生率0.45‰): a rate of its own, never read as %
    "百分點": "百分點",
    "個百分點": "百分點",
    # More measure words other agencies count in (a number with a measure word not listed here
    # is still a quantity: its word is its own group).
    "家次": "家次",
    "艘": "艘",
    "艘次": "艘次",  # inspections of ships (安全檢查140艘次): each visit counts
    "機關次": "機關次",  # visits to agencies (訪視輔導132機關次), never 機 counted
    "機關": "機關",
    "總噸": "總噸",  # gross tonnage (50總噸以上客船): a size, never 總 counted
    "架": "架",
    "棟": "棟",
    "部": "部",
    "顆": "顆",
    "門": "門",
    "劑": "劑",
    "校": "校",
    "間": "間",
    "戶": "戶",
    "元": "元",
    "公頃": "公頃",
    "公噸": "公噸",
    "公里": "公里",
    "公尺": "公尺",
    "公斤": "公斤",
    "平方公里": "平方公里",
    "平方公尺": "平方公尺",
    "立方公尺": "立方公尺",
    "公升": "公升",
    "職類": "職類",
    "類": "類",  # categories (交換單張十類): listed so that a Chinese numeral before it is read
    "株": "株",
    "層": "層",  # layers of a map (圖層200層); 12層樓 is a building's height (_NOT_AFTER)
    # maps, prints and volumes (出版地質圖幅兩幅, 三義兩圖幅, 專書三冊): listed so that a
    # Chinese numeral before them (兩幅) is read, as one before any listed word is
    "幅": "幅",
    "圖幅": "幅",
    "冊": "冊",
    # runs of a show or an exhibition (特展四檔), plays and pieces of music (新編劇目兩齣, 委託創作
    # 三首): listed so that a Chinese numeral before them is read
    "檔": "檔",
    "齣": "齣",
    "首": "首",
    "度": "度",  # kWh (節電1.2億度); a degree of a year is 年度, never after a number
    "微克/立方公尺": "μg/m3",  # a concentration (PM2.5), as μg/m³
    "瓩": "瓩",  # kilowatts of capacity (裝置容量1,620瓩; 千瓦 reads as 千 and 瓦)
    "分": "分",  # a score (滿意度4.5分); minutes are 分鐘, a fraction 3分之1, a time 10時30分
    # radiation doses and dose rates, sound levels: measurements, never a 微 or a 分 counted
    "微西弗/小時": "微西弗/小時",
    "微西弗": "微西弗",
    "毫西弗": "毫西弗",
    "分貝": "分貝",
}

#: Measure words of a *measurement* (area, length, money, energy, weight, volume, time): a
#: quantity in one of them is a level reached (新植造林800公頃, 募資3億元, 改善渠道500公里),
#: never a count of discrete things; every other measure word (場, 件, 家, 職類 …) counts things.
#: Latin units (ppm, Gbps, GW …), % and 百分點 are levels as well (:func:`is_measurement`).
#: :data:`AMOUNT_WORDS` are the amounts among them (area, length, money, weight, volume): an
#: amount is delivered like things are (a statement that it is only tendered or partly done
#: speaks against it), a time or a rate is not.
AMOUNT_WORDS = frozenset(
    {
        # area
        "公頃", "平方公里", "平方公尺", "坪", "甲",
        # length
        "公里", "公尺", "公分", "里",
        # money
        "元",
        # weight, volume, energy
        "公噸", "噸", "總噸", "公斤", "公克", "公升", "立方公尺", "立方米", "度",
    }
)  # fmt: skip
MEASUREMENT_WORDS = AMOUNT_WORDS | {
    "小時", "分鐘", "秒", "天", "日", "個月", "倍", "%", "‰", "百分點", "瓩",
    "分",  # a score (滿意度調查達85分): a level reached, no count
    "微西弗/小時", "微西弗", "毫西弗", "分貝",  # doses, dose rates and sound levels
}  # fmt: skip

#: Latin-script units (matched case-insensitively; the group is the unit lower-cased).
LATIN_UNITS = (
    "μg/m3",
    "µg/m3",
    "m/km",  # road roughness (IRI 3.0 m/km)
    "mg/l",
    "ppm",
    "ppb",
    "pflops",
    "tflops",
    "gflops",
    "flops",
    "tbps",
    "gbps",
    "mbps",
    "kbps",
    "pb",
    "tb",
    "gb",
    "mb",
    "gwh",
    "mwh",
    "kwh",
    "gw",
    "mw",
    "kw",
    "km",
)  # no GHz / MHz: a frequency names a band (6 GHz Wi-Fi) more often than it counts

# Qualifiers before the number; 以上 after it. ``comparison`` is what "met" means for each.
_QUALIFIERS_BEFORE = (
    "至少",
    "不少於",
    "不低於",
    "超過",
    "逾",
    "共計",
    "總計",
    "合計",
    "累計",
    "共",
    "計",
    "達",
    "約",
    "將近",
    "近",
    "未達",
    "不足",
    "僅",
)
_AT_LEAST = {"至少", "不少於", "不低於", "以上", "達"}
_OVER = {"逾", "超過"}
_TOTAL = {"共計", "總計", "合計", "累計", "共", "計"}
#: Words that introduce a figure as a total over the years, not this year's: 累計, 迄今, 歷年,
#: 計畫執行以來… (a 合計 under such a clause is cumulative too: 「累計發布12期(合計60則)」).
#: The one list, read everywhere: a quantity's ``is_cumulative``, a target part's type
#: (:func:`govplans.analyse.target_types.classify`) and the evidence rule that a total over the
#: years never answers a yearly target (``cumulative_figure_only``). 截至 sets the date of a
#: stock (截至115年底累計500座); 總計/合計 alone total the items listed, not the years.
CUMULATIVE = re.compile(r"累計|累積|截至|迄今|至今|歷年|(?:執行|啟動|推動|開辦|成立|實施)以來")
_COMMA = re.compile(r"[，,：:]")
#: The year's own total (全年異常中斷累計5.5小時, 本年度累計辦理30場): 累計 sums this year only.
_THIS_YEARS_TOTAL = re.compile(r"(?:全年|本年度?|當年度?|年度內)[^，,。；;]{0,8}?累[計積]")


#: A figure running to a date before the year's end (截至113年11月底計382家, 截至10月底): a
#: figure of the year so far, not the year's, unless 累計 says it sums the years.
_TO_DATE = re.compile(
    r"(?:截至|統計至|迄)\s?(?:(?P<y>\d{2,3})\s?年\s?)?(?P<m>\d{1,2})\s?月(?:底|止|\d{1,2}日)?"
    # … or 至 a month's end with no start before it (累計…至10月底達960人; never 由3月至10月)
    r"|(?<![月日年\d])至\s?(?:(?P<y2>\d{2,3})\s?年\s?)?(?P<m2>\d{1,2})\s?月(?:底|止)"
)


def _to_date(before: str) -> tuple[int | None, int | None]:
    """The month and the year (when printed) of the 截至 date a figure runs to, read from the
    sentence before it (截至115年1月底: 1, 115). The month is None for December or a date the
    whole year's figure follows (截至10月底…1,200件，全年…1,450件: that one is the year's)."""
    sentence = re.split(r"[。；;]", before)[-1]
    found = list(_TO_DATE.finditer(sentence))
    if not found:
        return None, None
    last = found[-1]
    year = last.group("y") or last.group("y2")
    month = int(last.group("m") or last.group("m2"))
    so_far = 1 <= month < 12 and not _WHOLE_YEAR.search(sentence[last.end() :])
    return (month if so_far else None), (int(year) if year else None)


#: Words of the whole year: a figure after them is the year's.
_WHOLE_YEAR = re.compile(r"全年|本年度|年度內|年底")


def _to_date_only(clause_before: str, to_month: int | None, qual: str) -> bool:
    """Whether the figure is cumulative only by a 截至 date before December (no 累計, 迄今…):
    the year so far, not a total over the years."""
    if to_month is None or "累計" in qual:
        return False
    return not CUMULATIVE.search(_TO_DATE.sub("", _last_clause(clause_before)))


def _last_clause(text: str) -> str:
    """The part of ``text`` after its last comma (the figure's own clause)."""
    return _COMMA.split(text)[-1]


# Measure words that also start common words: only a measure word when not followed by these.
_NOT_AFTER = {
    "層": "樓級面",  # 12層樓, 3層級, 2層面: a height, a level or an aspect, nothing counted
    "期": "程間末中待許園工區路線場計",  # 二期園區, 三期工程: a phase named, nothing counted
    "所": "屬有需得在",
    "處": "理置分",
    "式": "樣",
    "種": "子",
    "家": "庭",
    "名": "稱單義",
    "人": "員才力民",
    "個": "別",
    "站": "式",
    "條": "例件龍",
    "部": "分門會長署",
    "次": "年月日性",
    "日": "期常誌記程報",
    "學": "年期",  # 113學年度 is a school year, not 113 of anything
    # 3分之1 is a fraction, 5分區 an area, 斗六分院 a branch
    "分": "之鐘區局署處級組類院會校店隊站所社",
    "成": "立果效員長功為就績本效品",
    "台": "北中南東灣",  # 2023台北國際書展: a place, not vehicles
    "檔": "案期",  # 3檔案 are files, 檔期 a run's dates
    "首": "都長次度座位屆映演播發",  # 首都, 首次, 首演: "first", nothing counted
    "臺": "北中南東灣",
}

_WORDS = sorted(MEASURE_GROUPS, key=len, reverse=True)
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?"
#: A Chinese numeral before a listed measure word (十五場, 三百六十家, 兩座, 五千人次): it starts
#: with a digit or 十, so 千元 in 單位：千元 is no quantity.
#: A lone 一/零/〇 forms words (一次性, 零組件) more often than it counts: never a quantity alone.
#: 百萬 and 千萬 stand alone for a million and ten million (瀏覽量達百萬人次), 百 and 千 after a
#: word of about (近百家, 逾千人).
_CHINESE = (
    r"(?<![第統唯單同逐初星期每零〇一二兩三四五六七八九十百千萬億])"
    # after 之 a numeral names one of several (之一), except tenths of a whole (108年之八成)
    r"(?:(?<!之)|(?=[一二兩三四五六七八九十]{1,2}成(?![果效員立長功為])))"
    r"(?:[百千][萬億]"
    # 近百家, 逾千人, 約百人: a hundred or a thousand alone, after a word of about
    r"|(?<=[近逾約])[百千](?![零〇一二兩三四五六七八九十百千萬億])"
    # (一 alone is a word, 一起, 一般; never before 成 of tenths: 成長一成 is 10 %)
    r"|(?![一零〇](?![零〇一二兩三四五六七八九十百千萬億]|成(?![果效員立長功為不])))"
    r"[零〇一二兩三四五六七八九十廿卅][零〇一二兩三四五六七八九十百千萬億]*)"
)
#: A Chinese numeral of at least two characters with a place word (十, 百, 千, 萬, 億).
_COUNTING = re.compile(
    r"(?=.{2})[零〇一二兩三四五六七八九]*[十廿卅百千萬億][零〇一二兩三四五六七八九十百千萬億]*"
)
#: A number with magnitude words: ``350億``, ``12萬``, ``3.5萬``, ``1萬2,356``, ``1萬2千``, ``3千``,
#: ``1億2千萬`` (千萬 is ten million), ``1萬8百``.
_MAGNITUDE_NUMBER = (
    rf"(?=\d)(?:(?P<zhao>{_NUMBER})兆)?(?:(?P<qy>{_NUMBER})千億)?(?:(?P<yi>{_NUMBER})億)?"
    rf"(?:(?P<qw>{_NUMBER})千萬)?"
    rf"(?:(?P<wan>{_NUMBER})萬零?)?"  # 1萬零350
    rf"(?:(?P<qian>{_NUMBER})千零?)?"
    rf"(?:(?P<bai>{_NUMBER})百(?![分萬億]))?"
    rf"(?P<num>{_NUMBER})?"
)
#: Characters after a number that are no measure word (dates, durations, ordinals, grammar).
#: 大 too: 前20大品牌, 五大產業 name a set by its size, they count nothing; nor do the words
#: of change (12.0提升至12.3, 300降至276): the number is a level.
_NOT_A_WORD = (
    "年月日時分秒歲級倍度季週周天號屆版代樓至及與和或並之的為於在已以等到起餘多大提增降減上下"
)
#: A measure word not listed is never a numeral character (二十五至三十件: 五 is no word).
_UNKNOWN_WORD = rf"[\u4e00-\u9fff](?<![{_NOT_A_WORD}零〇一二兩三四五六七八九十百千萬億])"
#: Other spellings of the Latin units (μg/m³ with a superscript, µ the micro sign).
_LATIN_SPELLINGS = ("μg/m³", "µg/m³")
_LATIN = "|".join(
    re.escape(u) for u in sorted(LATIN_UNITS + _LATIN_SPELLINGS, key=len, reverse=True)
)
#: A number with no measure word is a level (an index, a rate per thousand, a catch per unit of
#: effort) when a word of a level stands right before it (:data:`_BARE_BEFORE`: 降至2.5以下,
#: 千人率2.38, CPUE為12.3, 年平均45.0, 由111年12.0提升至…) and only 以上/以下/以內, a
#: delimiter, the text's end or a word of change after it. Its measure word is empty, a group
#: of its own.
_BARE_AFTER = (
    r"以上|以下|以內|[，,。；;、）)]|$|提升|提高|增加|增至|成長|上升|降|下降|減|至(?![\d０-９])"
)
#: ... or a denominator (每十萬人8以下, 每千人2.5, 每千住院人日2.4: a rate per so many).
_BARE_BEFORE = re.compile(
    r"(?:率|(?<![對相])比|指數|值|得分|分數|平均|為|達|至|在|年|由|從|約|每[\d零〇一二兩三四五六七八九十百千萬億]+[\u4e00-\u9fff]{0,6})$"
)
_QUANTITY = re.compile(
    r"(?P<qual>(?:" + "|".join(_QUALIFIERS_BEFORE) + r")+)?"
    # not part of a code, version, range, ordinal or rate, nor a threshold naming a class
    # (AQI>100不良站日數: the days above 100, not 100 of anything)
    r"(?<![A-Za-z0-9.\-/_~第每])"
    # 百分之5 (%), 千分之0.8 (‰)
    r"(?:(?P<per>[百千])分之(?P<pct>" + _NUMBER + r"|[零〇一二兩三四五六七八九十百]+)"
    r"|(?P<cn>"
    + _CHINESE
    + r")(?=(?:餘|多)?(?:"
    + "|".join(re.escape(w) for w in _WORDS)
    + r"|"
    + _UNKNOWN_WORD
    + r"))"
    r"(?:餘|多)?(?P<cnword>" + "|".join(re.escape(w) for w in _WORDS) + r"|" + _UNKNOWN_WORD + r")"
    # 八成五 is 85 %: one more digit after 成 counts hundredths
    r"(?:(?<=成)(?P<cnfrac>[一二三四五六七八九])(?![一二三四五六七八九十百千萬\d]))?"
    r"|(?P<n>" + _MAGNITUDE_NUMBER + r")\s?(?:(?P<tenths>成)(?![果效員立長功為])"
    r"(?P<frac>\d|[一二三四五六七八九])?(?![\d一二三四五六七八九十百千萬])"
    # (an acronym may qualify the measure word: 1,200萬GPU小時 are hours)
    r"|(?:餘|多)?(?:[A-Z]{2,5}(?="
    + "|".join(re.escape(w) for w in _WORDS)
    + r"))?(?P<word>"
    + "|".join(re.escape(w) for w in _WORDS)
    + r"|"
    + _UNKNOWN_WORD
    + r")"
    r"|(?P<latin>(?i:" + _LATIN + r"))(?![A-Za-z]))"
    r"|(?P<bare>" + _NUMBER + r")(?![\d.,%％A-Za-z])(?=\s?(?:" + _BARE_AFTER + r")))"
    r"(?P<post>以上|以下|以內)?"
)
#: Before a target value: the value is a ceiling (met at or below it).
_REDUCE_BEFORE = re.compile(
    r"(?:降至|降低至|下降至|減少至|減至|壓低至|(?<!不)低於|(?<!不)少於|不超過|不高於|未超過|控制在|控制於"
    r"|縮短為|縮短至|縮減為|縮減至|降為|減為|維持在)"
    r"[^，,。；;、]{0,12}$"
    # a sign right before the number (≤50): never one that defines a class before it
    # ((AQI≤50)日數比率達55%以上)
    r"|(?:<(?![/A-Za-z])|[＜≦≤])\s?$"
)
_STRICT_BELOW = ("低於", "少於", "<", "＜")
_HOLD = re.compile(r"維持在|控制在|控制於")
#: Before a number: it is where a change starts (由65%提升至72%), not an achievement.
_FROM = re.compile(r"(?:由|從)[^，,。；;]{0,14}$")  # 由113年每百萬元產值12.50…降至
_TO_AFTER = re.compile(
    r"^[^，,。；;]{0,10}?(?:(?:提升|增加|提高|成長|上升|降低|減少|下降|縮短|縮減|減|降|增|延長|擴大|擴增"
    r"|改善|整併|合併|精簡|調整|調升|調降|調高|調低|擴充|變更)為|(?:提升|增加|提高|成長|上升|降低|減少"
    r"|下降|縮短|縮減|降|延長|擴大|擴增|改善|整併|合併|精簡|調整|調升|調降|調高|調低|擴充|變更)?至)"
)
#: … or a change by an amount after it (由114年之88.0%提高2個百分點): the level it starts from.
_BY_AFTER = re.compile(
    r"^\s?(?:提升|增加|提高|成長|上升|降低|減少|下降|縮短|縮減)\s?(?:達|約)?\s?[\d０-９]"
)
#: Work under way (辦理中, 施工中, 簽署程序中, 審議中): the 中 is never the first character of a
#: word (辦理中央及地方機關訪視, 建置中心, 辦理中文課程). The one pattern, read by the engine's
#: rules too.
IN_PROGRESS = (
    r"(?:辦理|施工|執行|招標|規劃|審查|興建|建置|進行|程序|審議|協商|磋商|研議|籌備|申請"
    r"|測試|試運轉|開發|研擬|修訂|評選|甄選|議價)中"
    # … nor a state that describes the things counted (施工中案件, 審查中之案件)
    r"(?![央心小華部南北區國文]|案|之|的|者|工程|工地)"
)
#: In the clause of a number: it is not (yet) an achievement (delay, failure, work under way).
PENDING = re.compile(
    # (扣除取消: net of what was cancelled, nothing pending)
    r"延遲|延後|延宕|延至|順延|暫緩|(?<!扣除)(?<!扣除已)取消|未完成|尚未|未能|未達|流標|廢標|"
    rf"{IN_PROGRESS}|"
    r"待[^，,。；;]{0,14}?(?:完工|驗收|查核|核定|撥付|審查|發包|決標)|另有|其餘"
)
#: Measure words that also stand as nouns after 個 (6個案例, 3個場次, 5個項目).
_COUNTED_NOUNS = ("場次", "梯次", "班次", "案", "項")
#: After a number: it describes what is measured (臭氧8小時平均濃度), it is no value.
#: … or which things it selects: 進度落後達5%以上者 (those behind by 5 % or more).
_DESCRIPTOR_AFTER = re.compile(
    r"(?:移動)?平均|者"
    # … or the whole a part is counted of (6個病房中5個, 240人中216人): a denominator
    r"|[\u4e00-\u9fff]{0,4}中(?:之|的)?\s?[\d０-９一二兩三四五六七八九十百千]"
)

# Weak delimiters separate the parts of a compound phrase; strong ones separate clauses.
_STRONG = "，,。；;：:！？!?\n"
_WEAK = _STRONG + "、及與和並或()（）[]【】/"
_CONTEXT_LIMIT = 24  # characters of context kept on each side (for matching)
LABEL_LIMIT = 50  # ... and for a label
EVIDENCE_LIMIT = 60  # characters of the clause kept on each side (for showing as evidence)
# Markup the report may carry as text (``<b>``, ``</script>``): its ``/``, ``(`` and ``)`` are not
# delimiters, or ``說明會<script>alert(1)</script>3場`` would be cut to ``script>3場``. (Escaping
# happens where HTML is rendered; here the text stays as printed.)
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
_TAG_END = re.compile(r"</?[A-Za-z][^<>]{0,200}>$")

# Words that say nothing about what is counted (verbs of doing, qualifiers, particles).
_STOPWORDS = re.compile(
    r"辦理|舉辦|完成|已經|已|共計|總計|合計|累計|共|至少|以上|達到|達|逾|進行|提出|產出|持續|"
    r"透過|藉由|以及|並且|其中|包含|相關|之|的|等|各|於|年度|本年|新臺幣|新台幣|"
    r"\d+(?:,\d{3})*(?:\.\d+)?"
)


@dataclass(frozen=True)
class Quantity:
    """A number with its measure word, found in a text."""

    value: float
    word: str  # measure word as printed
    unit: str  # normalised group (場, 輛, 人, 人次, …)
    qualifier: str  # as printed ("至少", "共", "達…以上", "")
    comparison: str  # ">=" (met when achieved >= target) or ">" (逾 / 超過)
    is_total: bool  # 共 / 合計 / 累計: a total over the items listed
    start: int
    end: int
    phrase: str  # the matched text, qualifier included
    before: str  # words before it, up to the previous delimiter of its part of the phrase
    after: str  # words after it, up to the next delimiter
    clause_before: str  # the same up to the clause's delimiters
    clause_after: str
    sentence_before: str = ""  # the clause before it, for display (longer, cut at a word)
    sentence_after: str = ""
    is_from: bool = False  # where a change starts (由65%提升至72%): not a value reached
    is_pending: bool = False  # its clause says not done yet, delayed or failed
    is_cumulative: bool = False  # 累計: a total over the years, not this year's figure
    is_descriptor: bool = False  # describes what is measured (8小時平均): not a value
    # the month of a date before the year's end the figure runs to (截至113年11月底計382家: 11)
    to_month: int | None = None
    to_year: int | None = None  # … and its year when printed (113)
    high: float | None = None  # a range's high bound (20至25家: value 20, high 25)
    bound: str = ""  # what the qualifier says of the figure: "<" for 近/未達/不足, ">" for 逾/餘
    # the same as before/after for a label shown to a reader: nouns joined by 及/與/和/或 are
    # kept together (書畫及器物修護40件); what it is matched by is still cut at them
    label_before: str = ""
    label_after: str = ""
    # a share computed from a whole and its part printed as counts (459人 of 612人: 75.0%),
    # and the part's own words (投入重點產業就業者)
    is_share: bool = False
    share_words: str = ""

    @property
    def reduces(self) -> bool:
        """A ceiling: met when the achieved value is at or below it."""
        return self.comparison in ("<=", "<")

    @property
    def clause(self) -> str:
        """The clause the quantity stands in, for showing as evidence.

        ``累計完成發布國內外頻譜新聞與趨勢共12期(合計60則)``; a clause longer than
        :data:`EVIDENCE_LIMIT` on a side is cut at a delimiter and marked ``…``.
        """
        return f"{self.sentence_before}{self.phrase}{self.sentence_after}"

    @property
    def context(self) -> str:
        """The part of the phrase the quantity belongs to, e.g. ``教育訓練2場次``."""
        return f"{self.before}{self.phrase}{self.after}"

    @property
    def thing(self) -> str:
        """What is counted: the words around the number, verbs and qualifiers removed."""
        after = strip_stopwords(self.after)
        before = strip_stopwords(self.before)
        if len(after) >= 2 and len(after) >= len(before) // 3:
            return after if len(before) < 2 else f"{before}…{after}"
        return before or after


def is_measurement(unit: str) -> bool:
    """Whether a quantity in this measure-word group is a measurement (a level reached: area,
    length, money, energy, weight, volume, time, a rate, a Latin unit, or no measure word at
    all: an index) rather than a count of discrete things (:data:`MEASUREMENT_WORDS`)."""
    return unit == "" or unit in MEASUREMENT_WORDS or _latin_key(unit) in LATIN_UNITS


def _latin_key(word: str) -> str:
    """A Latin unit as :data:`LATIN_UNITS` spells it (lower case, μ, 3 for ³)."""
    return word.lower().replace("µ", "μ").replace("³", "3").replace("²", "2")


def normalise_unit(word: str) -> str:
    """The group of a measure word (``場次`` -> ``場``, ``臺`` -> ``輛``, ``名`` -> ``人``); a word
    not listed is its own group, a Latin unit its lower case."""
    if word in MEASURE_GROUPS:
        return MEASURE_GROUPS[word]
    if _latin_key(word) in LATIN_UNITS:
        return _latin_key(word)
    if len(word) == 1 and "\u4e00" <= word <= "\u9fff":
        return word
    raise KeyError(f"unknown measure word {word!r}")


def strip_stopwords(text: str) -> str:
    """The text without verbs of doing, qualifiers, particles and numbers."""
    return _STOPWORDS.sub("", text).strip(" 「」『』\"'")


def _markup(text: str) -> frozenset[int]:
    """Positions of ``text`` inside markup tags (never delimiters)."""
    if "<" not in text:
        return frozenset()
    return frozenset(i for m in _TAG.finditer(text) for i in range(m.start(), m.end()))


def _is_delimiter(text: str, i: int, delimiters: str, markup: frozenset[int]) -> bool:
    return text[i] in delimiters and i not in markup


def _left(
    text: str,
    start: int,
    delimiters: str,
    floor: int,
    markup: frozenset[int] = frozenset(),
    limit: int = _CONTEXT_LIMIT,
) -> str:
    i = start
    floor = max(floor, start - limit)
    while i > floor and not _is_delimiter(text, i - 1, delimiters, markup):
        i -= 1
    return text[i:start]


def _right(
    text: str,
    end: int,
    delimiters: str,
    ceiling: int,
    markup: frozenset[int] = frozenset(),
    limit: int = _CONTEXT_LIMIT,
) -> str:
    i = end
    ceiling = min(ceiling, end + limit)
    while i < ceiling and not _is_delimiter(text, i, delimiters, markup):
        i += 1
    return text[end:i]


_PAIRS = {"(": ")", "（": "）", "「": "」", "『": "』", "【": "】", "[": "]"}


def _balanced_right(part: str) -> str:
    """``part`` cut before an opening bracket it never closes (``…200項(如`` -> ``…200項``)."""
    stack: list[int] = []
    closing = {v: k for k, v in _PAIRS.items()}
    for i, ch in enumerate(part):
        if ch in _PAIRS:
            stack.append(i)
        elif ch in closing and stack and part[stack[-1]] == closing[ch]:
            stack.pop()
    return part[: stack[0]] if stack else part


def _balanced_left(part: str) -> str:
    """``part`` cut after a closing bracket it never opened (``如)完成5場`` -> ``完成5場``)."""
    stack: list[int] = []
    for i in range(len(part) - 1, -1, -1):
        ch = part[i]
        if ch in _PAIRS.values():
            stack.append(i)
        elif ch in _PAIRS and stack and part[stack[-1]] == _PAIRS[ch]:
            stack.pop()
    return part[stack[0] + 1 :] if stack else part


def _sentence_left(text: str, start: int, markup: frozenset[int]) -> str:
    """The clause before ``start`` for display; when too long, cut after a delimiter + ``…``."""
    part = _left(text, start, _STRONG, 0, markup, EVIDENCE_LIMIT)
    i = start - len(part)
    if i == 0 or _is_delimiter(text, i - 1, _STRONG, markup):
        return _balanced_left(part)
    cut = next(
        (j + 1 for j in range(i, start) if _is_delimiter(text, j, _WEAK, markup)), i
    )  # start the shown part at a word boundary rather than mid-word (``RC-27``)
    return "…" + text[cut:start]


def _sentence_right(text: str, end: int, markup: frozenset[int]) -> str:
    """The clause after ``end`` for display; when too long, cut before a delimiter + ``…``."""
    part = _right(text, end, _STRONG, len(text), markup, EVIDENCE_LIMIT)
    i = end + len(part)
    if i == len(text) or _is_delimiter(text, i, _STRONG, markup):
        return _balanced_right(part)
    cut = next((j for j in range(i - 1, end - 1, -1) if _is_delimiter(text, j, _WEAK, markup)), i)
    return text[end:cut] + "…"


#: Range separators between two numbers, read as 至 (one character for one: spans are kept).
_RANGE_SEPARATOR = re.compile(r"(?<=\d)(\s?)[-~～－—–](?=\s?\d)")
#: A standard's code with its parts (ISO 14064-1, ISO/IEC 27001-2, CNS 15408-2).
_STANDARD_CODE = re.compile(
    r"(?:ISO|IEC|CNS|IEEE|NIST|EN|ITU|SP)(?:/[A-Z]+)?\s?\d+(?:[-－]\d+)+", re.I
)
#: A range's low bound right before a quantity (20至25家, 20家至25家, 20%~25%).
_RANGE_LOW = re.compile(
    rf"(?<![\d.,第])(?P<low>(?:{_NUMBER})(?:億(?:{_NUMBER})?)?(?:萬(?:{_NUMBER})?)?"
    rf"(?:千(?:{_NUMBER})?)?|(?<![零〇一二兩三四五六七八九十百千萬億])[一二兩三四五六七八九十]"
    rf"[零〇一二兩三四五六七八九十百千萬億]*)(?P<lword>[%％]|(?:"
    + "|".join(re.escape(w) for w in _WORDS)
    # … or the range's own word, listed or not (1萬2千尾至1萬5千尾)
    + r")|[\u4e00-\u9fff])?\s?至\s?$"
)


#: Acronyms that name the things counted (API20項, CMS十五面, CCTV 30處, AP六十台): an
#: acronym of two letters or more, then (a space and) a number, Arabic or Chinese, then a
#: measure word of things or people; the acronym's last character (its last letter, or the
#: space) is masked so the number is read. A code is not followed by one (5G, IPv6, SSG3.0,
#: ISO 27001, PM2.5濃度, HbA1c).
_NAMED_COUNT = re.compile(
    r"(?<![A-Za-z0-9.\-/_])([A-Za-z]+)([A-Za-z]|\s)"
    r"(?=(?:\d+(?:,\d{3})*|[一二兩三四五六七八九十百千]+)\s?[" + COUNTED_THINGS + r"])"
)


#: Characters before 伍 or 陸 that make a word of it (大陸, 隊伍).
_FORMAL_WORD_BEFORE = {"陸": "大登著內水海離", "伍": "隊入行落退部"}
_FORMAL = str.maketrans("壹貳參肆伍陸柒捌玖拾佰仟", "一二三四五六七八九十百千")
_FORMAL_RUN = re.compile(r"(?<![撿收拾])[壹貳參肆伍陸柒捌玖拾佰仟]+")


def _formal(m: re.Match[str]) -> str:
    """A run of formal numerals as ordinary ones; 參, 伍 and 陸 alone are words (參與, 隊伍,
    大陸), and so is 拾 after 撿 or 收 (撿拾, 收拾): kept."""
    run = m.group(0)
    # (伍 or 陸 before a measure word of things counts them, 入圍伍項, 演練陸場, unless the word
    # before makes it a word of its own: 大陸人, 隊伍; 參 alone stays a word: 促參案件, 參加)
    if (
        len(run) == 1
        and run in "參伍陸"
        and (
            run == "參"
            or m.string[m.end() : m.end() + 1] not in COUNTED_THINGS
            or m.string[m.start() - 1 : m.start()] in _FORMAL_WORD_BEFORE[run]
        )
    ):
        return run
    return run.translate(_FORMAL)


def _normalised(text: str) -> str:
    """The text as the reader matches it: full-width digits as ASCII, range separators between
    two numbers as 至 (same length: every span still indexes the text as printed)."""
    # formal numerals (拾場, 貳佰件, 參拾件: 大寫) as the ordinary ones (same length)
    text = _FORMAL_RUN.sub(_formal, normalise_width(text))
    # a telephone number's hyphens (0800-889-123) separate no range: kept for name_kind
    phones = [m.span() for m in PHONE.finditer(text)]
    # … nor does one inside a standard's code (ISO 14064-1, CNS 15408-2): no range
    codes = [m.span() for m in _STANDARD_CODE.finditer(text)]
    text = _RANGE_SEPARATOR.sub(
        lambda m: (
            m.group(0) if any(a <= m.start() < b for a, b in phones + codes) else m.group(1) + "至"
        ),
        text,
    )
    # API20項, CMS十五面: the things counted are named right before their number (a code is
    # not: 5G, IPv6, SSG3.0); the character before the number is masked so the number is read
    return _NAMED_COUNT.sub(lambda m: m.group(1) + "\ue000", text)


def _word_of(m: re.Match[str]) -> str | None:
    return m.group("word") or m.group("cnword")


def _is_name(text: str, m: re.Match[str]) -> bool:
    """A number that names (110報案, 113保護專線, 撥打1957, ISO 27001) or versions a thing: a
    listed measure word after it counts it (3場電話訪問), so only the words before it decide."""
    group = next((g for g in ("n", "cn", "bare") if m.group(g)), None)
    if group is None:
        return False
    word = _word_of(m)
    kind = name_kind(text, m.start(group), m.end(group))
    if kind is None or kind == "date":
        return False
    if word is None or word not in MEASURE_GROUPS:
        return True
    if in_title(text, m.start(group), m.end()):
        return True  # 「樂齡100分」講座: a figure inside a quoted title names it, word and all
    return name_kind(text[: m.end(group)], m.start(group), m.end(group)) is not None


_DAYS_CHANGE = re.compile(r"\s*(?:縮短|縮減|減少|降低|降至|降為|下降|增加|延長|提高|提升)")
_DAYS_END = re.compile(r"\s*(?:$|以內|內|以下|以上|為限|[，,。；;、)）])")


def _is_no_count(text: str, m: re.Match[str]) -> bool:
    """A number that names a class (4000噸級, 100噸級: the size of the thing, not how many), a
    rank describing what is counted (前200名之大學) or the day of a date (3月12日): 日 is a
    duration only with no month before it and the clause's end or a bound (以內) after it."""
    if text.startswith("級", m.end()):
        return True
    # (滿分5分), 5分量表, 5點量表: the scale a score is read on, not a score
    # (… or 5星制, 10分制: the scale's top)
    if (
        (_word_of(m) == "分" and text[: m.start()].endswith("滿分"))
        or text.startswith("量表", m.end())
        or (text.startswith("制", m.end()) and not m.group("post"))
    ):
        return True
    if _word_of(m) == "分" and re.search(r"\d\s?[時點]$", text[: m.start()]):
        return True  # 10時30分: a time
    # AQI>100不良站日數: a threshold naming a class (ASCII < and > also close markup: <b>3場)
    before = text[: m.start()]
    if (
        before.endswith(tuple("<>＜＞≦≧≤≥=＝"))
        and not _TAG_END.search(before)
        and re.match(r"[\u4e00-\u9fff]", text[m.end() :])
    ):
        return True
    # 一、二期大型柴油車, 3、4級: numerals listed with 、 name phases or classes, they count nothing
    if re.search(r"[\d零〇一二兩三四五六七八九十][、,，]$", text[: m.start()]):
        return True
    if (
        _word_of(m) == "名"
        and text[: m.start()].endswith(("前", "第"))
        and re.match(r"之(?!列)|的", text[m.end() :])
    ):
        return True  # 前200名之大學: a rank describing what is counted, not 200 people
    if _word_of(m) != "日":
        return False
    # 3月12日 is a date; 30日死亡人數 names what is counted; 90日以內, 不超過30日。 are durations
    if text[: m.start()].rstrip().endswith("月"):
        return True
    # a day of a date is never a decimal, nor followed by a word of change (由24.0日縮短為21.6日)
    if re.search(r"\d\.\d", m.group(0)) or _DAYS_CHANGE.match(text, m.end()):
        return False
    return not _DAYS_END.match(text, m.end())


def _matches(text: str) -> list[re.Match[str]]:
    out = []
    for m in _QUANTITY.finditer(text):
        if (
            m.group("cn")
            and m.group("cnword") not in MEASURE_GROUPS
            and not _COUNTING.fullmatch(m.group("cn"))
        ):
            # one numeral character before a word not listed forms a word more often than it
            # counts (三讀, 兩岸, 六都), and digits without a place word name a thing (九二一
            # 地震): a Chinese numeral counts an unlisted measure word only when it is a numeral
            # with a place word (五十職類, 二十三校區, 三百家)
            continue
        if m.group("bare") and not (m.group("qual") or _BARE_BEFORE.search(text[: m.start()])):
            continue
        word = _word_of(m)
        if word:
            end = m.end("word") if m.group("word") else m.end("cnword")
            following = text[end : end + 1]
            if following and following in _NOT_AFTER.get(word, "") and not m.group("post"):
                continue
        if _is_name(text, m) or _is_no_count(text, m):
            continue
        out.append(m)
    return out


def _read(numeral: str) -> float:
    """A numeral through the one reader (:func:`govplans.analyse.quantity.read_number`)."""
    value = read_number(numeral)
    if value is None:  # pragma: no cover - the patterns admit numerals only
        raise ValueError(f"not a numeral: {numeral!r}")
    return float(value)


def _value_and_word(m: re.Match[str]) -> tuple[float, str, str]:
    """The number (magnitude words multiplied out), the measure word as printed, its group."""
    if m.group("pct") is not None:  # 百分之95 is 95 %, 千分之0.80 is 0.80 ‰
        unit = "%" if m.group("per") == "百" else "‰"
        return _read(m.group("pct")), unit, unit
    if m.group("bare") is not None:
        return _read(m.group("bare")), "", ""
    if m.group("cn") is not None:
        word = m.group("cnword")
        if word == "成":  # 七成: seven tenths (八成五: 85)
            extra = _read(m.group("cnfrac")) if m.group("cnfrac") else 0
            return round(_read(m.group("cn")) * 10 + extra, 6), "成", "%"
        return _read(m.group("cn")), word, MEASURE_GROUPS.get(word, word)
    value = _read(m.group("n").strip())
    if m.group("tenths"):
        extra = _read(m.group("frac")) if m.group("frac") else 0
        return round(value * 10 + extra, 6), "成", "%"
    if m.group("latin"):
        latin = m.group("latin")
        return value, latin, _latin_key(latin)
    word = m.group("word")
    return value, word, MEASURE_GROUPS.get(word, word)


#: Measure words of a duration, and 內 after one (never 內容, 內政, 內部 …).
_DURATION_WORDS = frozenset(
    ("天", "日", "小時", "分鐘", "秒", "週", "個工作天", "工作天", "個工作日", "工作日", "個月")
)
_WITHIN = re.compile(r"\s?內(?![容政部涵外陸湖])")


def _direction(text: str, m: re.Match[str], parts: list[str]) -> str:
    """What "met" means for the number: ``>=``, ``>`` (逾), ``<=`` (降至…以下) or ``<`` (低於)."""
    before = text[max(0, m.start() - 16) : m.start()] + (m.group("qual") or "")
    reduce = _REDUCE_BEFORE.search(before)
    # a word of holding (維持在, 控制在) says nothing of the direction: 以上 after the number
    # makes it a floor (維持在4.5分以上), as 以下 makes it a ceiling
    if reduce and m.group("post") == "以上" and _HOLD.match(reduce.group(0)):
        reduce = None
    # a duration followed by 內 is a time to stay within (於考後5個工作天內公告, 48小時內處理)
    within = (m.group("word") or m.group("cnword") or "") in _DURATION_WORDS and bool(
        _WITHIN.match(text, m.end())
    )
    if reduce or within or m.group("post") in ("以下", "以內"):
        strict = reduce is not None and reduce.group(0).startswith(_STRICT_BELOW)
        return "<" if strict else "<="
    if any(p in ("未達", "不足") for p in parts):
        return "<"
    return ">" if any(p in _OVER for p in parts) else ">="


def _bound(parts: list[str], text: str, m: re.Match[str]) -> str:
    """What the qualifiers say of a figure as reported: below it (近, 未達, 不足), above it
    (逾, 超過, 餘, 多), or nothing."""
    group = "n" if m.group("n") else "bare" if m.group("bare") else ""
    after = text[m.end(group) : m.end(group) + 1] if group else ""
    for word in [*parts, after]:
        meaning = QUALIFIER_MEANING.get(word, "")
        if meaning in ("<", ">"):
            return meaning
    # 均低於2%, 少於5件 reported: below the figure (a target's 低於 is read as a ceiling)
    if _STRICTLY_BELOW.search(text[max(0, m.start() - 3) : m.start()]):
        return "<"
    return ""


_STRICTLY_BELOW = re.compile(r"(?<!不)(?:低於|少於)\s?$")


def _range_low(text: str, m: re.Match[str], value: float) -> re.Match[str] | None:
    """The low bound of a range ending in this quantity (20至25家), or None."""
    if m.group("qual"):
        return None
    low = _RANGE_LOW.search(text, max(0, m.start() - 16), m.start())
    if low is None or low.end() != m.start():
        return None
    word = m.group("word") or m.group("cnword") or ""
    lword = low.group("lword") or ""
    if lword and lword not in ("%", "％") and lword not in _WORDS and lword != word:
        return None  # (an unlisted word before 至 is the range's only when it is the figure's)
    bound = read_number(low.group("low"))  # None for a malformed one (0億萬): no range
    if bound is None or float(bound) >= value:
        return None
    return low


def extract_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order of appearance (see :func:`_extract`; the same text
    is read once: quantities are immutable)."""
    return list(_extract(text))


@lru_cache(maxsize=16384)
def _extract(text: str) -> tuple[Quantity, ...]:
    """Every quantity in ``text``, in order of appearance.

    The context of a quantity stops at a delimiter or at the next/previous quantity, so in
    ``共計88家業者186位學員參與`` 88 counts 業者 and 186 counts 學員. Numbers are read on the text
    with full-width digits and range separators normalised (same length), so every span, phrase
    and context is the text as printed.
    """
    printed = text
    text = _normalised(printed)
    matches = _matches(text)
    markup = _markup(text)
    out: list[Quantity] = []
    for i, m in enumerate(matches):
        floor = matches[i - 1].end() if i else 0
        ceiling = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        qual = m.group("qual") or ""
        post = m.group("post") or ""
        parts = re.findall("|".join(_QUALIFIERS_BEFORE), qual)
        if post:
            parts.append(post)
        start, end = m.start(), m.end()
        value, word, unit = _value_and_word(m)
        high = None
        low = _range_low(text, m, value)
        if low is not None:
            bottom = _read(low.group("low"))
            # 20至24萬人次: a magnitude word printed on the high bound only is both bounds'
            # (the largest word of the high bound: 1至2萬5千人次 is 10,000 to 25,000)
            high_numeral = m.group("n") or ""
            largest = next((w for w in "億萬千" if w in high_numeral), None)
            if largest and not re.search(r"[千萬億]", low.group("low")):
                scaled = bottom * {"千": 1e3, "萬": 1e4, "億": 1e8}[largest]
                bottom = scaled if scaled < value else bottom
            value, high, start = bottom, value, low.start()
        if unit == "個":  # 6個案例 counts 案, 3個場次 場: the noun is the measure word
            noun = next((w for w in _COUNTED_NOUNS if text.startswith(w, end)), None)
            unit = MEASURE_GROUPS[noun] if noun else unit
        clause_before = _left(printed, start, _STRONG, 0, markup)
        clause_after = _right(printed, end, _STRONG, len(text), markup)
        to_month, to_year = _to_date(text[:start])
        out.append(
            Quantity(
                value=value,
                word=word,
                unit=unit,
                qualifier=f"{qual}…{post}" if qual and post else qual or post,
                comparison=_direction(text, m, parts),
                is_total=any(p in _TOTAL for p in parts),
                is_from=bool(
                    _FROM.search(clause_before[-16:])
                    and (_TO_AFTER.match(clause_after) or _BY_AFTER.match(clause_after))
                ),
                is_pending=bool(PENDING.search(clause_before + clause_after)),
                is_cumulative=(
                    "累計" in qual or bool(CUMULATIVE.search(_last_clause(clause_before)))
                )
                and not _THIS_YEARS_TOTAL.search(_last_clause(clause_before) + qual)
                and not _to_date_only(clause_before, to_month, qual),
                to_month=to_month,
                to_year=to_year,
                is_descriptor=bool(_DESCRIPTOR_AFTER.match(text, end)),
                start=start,
                end=end,
                phrase=printed[start:end],
                before=_left(printed, start, _WEAK, floor, markup),
                after=_right(printed, end, _WEAK, ceiling, markup),
                label_before=_open_paren(
                    _left(
                        printed,
                        start,
                        _before_delimiters(clause_before, floor, start),
                        floor,
                        markup,
                        LABEL_LIMIT,
                    )
                ),
                label_after=_right(
                    printed,
                    end,
                    _FIRST_OF_CLAUSE if ceiling >= end + len(clause_after) else _WEAK,
                    ceiling,
                    markup,
                    LABEL_LIMIT,
                ),
                clause_before=clause_before,
                clause_after=clause_after,
                sentence_before=_sentence_left(printed, start, markup),
                sentence_after=_sentence_right(printed, end, markup),
                high=high,
                bound=_bound(parts, text, m),
            )
        )
    # the low bound of a range printed with its own measure word (20家至25家) is no quantity
    out = [q for q in out if not any(o.start < q.start < o.end for o in out if o is not q)
           and not any(o.start <= q.start and q.end < o.end for o in out)]  # fmt: skip
    return tuple(_after_changes(_minutes_and_seconds(out, printed)))


def _minutes_and_seconds(quantities: list[Quantity], text: str) -> list[Quantity]:
    """8分30秒 is 8.5 minutes, 1小時20分 is 80 minutes: a figure of 分 right before one of 秒,
    or of 小時 right before one of 分 (or 分鐘), is one duration."""
    out: list[Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        hours = prev is not None and prev.word == "小時" and q.word in ("分", "分鐘")
        if (
            prev is not None
            and (hours or (prev.word == "分" and q.word == "秒"))
            and prev.end == q.start
        ):
            minutes = prev.value * 60 + q.value if hours else prev.value + q.value / 60
            out[-1] = replace(
                prev,
                value=round(minutes, 6),
                word="分鐘",
                unit="分鐘",
                end=q.end,
                phrase=text[prev.start : q.end],
                after=q.after,
                clause_after=q.clause_after,
                sentence_after=q.sentence_after,
                label_after=q.label_after,
                comparison=q.comparison if q.qualifier else prev.comparison,
                qualifier=q.qualifier or prev.qualifier,
            )
            continue
        out.append(q)
    return out


#: Weak delimiters that join nouns (書畫及器物修護, 政府或業者, 製造商、代理商): they part what
#: two figures count, and stay inside what the first figure of a clause counts (leftwards)
#: and the last (rightwards: 參與1個6G應用與標準國際組織).
_JOINING = "及與和或、"
_FIRST_OF_CLAUSE = "".join(c for c in _WEAK if c not in _JOINING)
#: ... and leftwards a parenthesis closed before the figure stays in what it counts
#: (使用FR3(7-24GHz)頻段…報告1份), one the figure stands in does not (:func:`_open_paren`).
_FIRST_OF_CLAUSE_LEFT = "".join(c for c in _FIRST_OF_CLAUSE if c not in "()（）")


def _open_paren(before: str) -> str:
    """``before`` from just after a parenthesis it leaves open (建置(包含…: 包含…)."""
    depth = 0
    for i in range(len(before) - 1, -1, -1):
        if before[i] in ")）":
            depth += 1
        elif before[i] in "(（":
            if depth == 0:
                return before[i + 1 :]
            depth -= 1
    return before


def _before_delimiters(clause_before: str, floor: int, start: int) -> str:
    """The delimiters of what a figure counts, leftwards: every weak one after another figure
    of its clause (演練1場次及教育訓練2場次: 教育訓練), but not 及/與/和 for the clause's first
    figure (完成書畫及器物修護40件 counts 書畫及器物修護, not 器物修護)."""
    return _FIRST_OF_CLAUSE_LEFT if floor <= start - len(clause_before) else _WEAK


def _after_changes(quantities: list[Quantity]) -> list[Quantity]:
    """The end of a change counts what its start counts: in 行人死亡人數由340人降至288人 the
    words before 340 say what 288 is too."""
    out = list(quantities)
    for i in range(1, len(out)):
        start = out[i - 1]
        if start.is_from and not out[i].is_from:
            out[i] = replace(out[i], before=start.before + out[i].before)
    return out


@lru_cache(maxsize=65536)
def bigrams(text: str) -> frozenset[str]:
    """Character bigrams of the text's content words (stopwords removed, ASCII lower-cased)."""
    cleaned = strip_stopwords(text).lower()
    cleaned = re.sub(r"[\s「」『』\"'()（）\[\]【】、，,。；;：:]", "", cleaned)
    if len(cleaned) == 1:
        return frozenset({cleaned})
    return frozenset(cleaned[i : i + 2] for i in range(len(cleaned) - 1))


def dice(a: str, b: str) -> float:
    """Dice similarity of two phrases' bigrams (0 = nothing shared, 1 = the same words)."""
    x, y = bigrams(a), bigrams(b)
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


def containment(part: str, whole: str) -> float:
    """Share of ``part``'s bigrams found in ``whole``."""
    x = bigrams(part)
    if not x:
        return 0.0
    return len(x & bigrams(whole)) / len(x)


def thing_similarity(a: Quantity, b: Quantity) -> float:
    """How alike the things counted by two quantities are (0..1).

    The part of the phrase weighs twice the clause, so ``教育訓練2場次`` in
    ``攻防演練1場次、教育訓練2場次`` is told apart from its neighbours.
    """
    near = dice(a.before + " " + a.after, b.before + " " + b.after)
    wide = dice(a.clause_before + " " + a.clause_after, b.clause_before + " " + b.clause_after)
    return (2 * near + wide) / 3
