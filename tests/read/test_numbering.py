"""Item numbering of other agencies' reports: ``一、``, ``(一)`` / ``（一）``, ``1、``, sub-items
under ``一、``, three levels, inline lists and continuations, and the numbers inside text that
are not markers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govplans.read.cells import chinese_number, split_items, starts_with_marker
from govplans.read.pdf import _Char, cell_text

DIGITS = "一二三四五六七八九"


def split(*cells: str) -> list[tuple[int | None, int, str, str, list[int]]]:
    """split_items on fragments from lines 1, 2, …: (item, sub-item, marker, text, lines)."""
    fragments = [(cell, line) for line, cell in enumerate(cells, start=1)]
    return [(i.item_no, i.sub_item_no, i.marker, i.text, i.lines) for i in split_items(fragments)]


def chinese(n: int) -> str:
    """1..99 as a Chinese numeral: 一, 十, 十一, 二十, 九十九."""
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else "十" if tens == 1 else DIGITS[tens - 1] + "十"
    return head + ("" if units == 0 else DIGITS[units - 1])


# --- the numerals ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [("一", 1), ("九", 9), ("十", 10), ("十一", 11), ("十九", 19), ("二十", 20), ("九十九", 99)],
)
def test_chinese_numerals(text, value):
    assert chinese_number(text) == value


@pytest.mark.parametrize("text", ["一一", "十十", "二二十", "一十", "十一二", "零", ""])
def test_not_chinese_numerals(text):
    assert chinese_number(text) is None


@given(st.integers(min_value=1, max_value=99))
def test_chinese_numerals_round_trip(n):
    assert chinese_number(chinese(n)) == n


# --- top-level styles --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "markers",
    [
        ("一、", "二、", "三、"),
        ("（一）", "（二）", "（三）"),
        ("(一)", "(二)", "(三)"),
        ("1、", "2、", "3、"),
        ("(1)", "(2)", "(3)"),
        ("（1）", "（2）", "（3）"),
        ("1.", "2.", "3."),
    ],
)
@pytest.mark.parametrize("layout", ["p", "li", "inline", "inline-spaced"])
def test_each_style_numbers_the_items_in_every_block_layout(markers, layout):
    texts = ("推動甲。", "辦理乙。", "完成丙。")
    parts = [m + t for m, t in zip(markers, texts, strict=True)]
    cell = {
        "p": " ".join(f"<p>{p}</p>" for p in parts),
        "li": '<ol style="list-style-type: none"> '
        + " ".join(f"<li>{p}</li>" for p in parts)
        + " </ol>",
        "inline": "".join(parts),
        "inline-spaced": " ".join(parts),
    }[layout]
    assert split(cell) == [
        (n, 0, m, t, [1]) for n, (m, t) in enumerate(zip(markers, texts, strict=True), start=1)
    ]


def test_chinese_numbering_goes_past_ten():
    cell = " ".join(f"<p>{chinese(n)}、第{n}項。</p>" for n in range(1, 13))
    parsed = split(cell)
    assert [(it[0], it[2], it[3]) for it in parsed] == [
        (n, f"{chinese(n)}、", f"第{n}項。") for n in range(1, 13)
    ]
    assert parsed[10][2] == "十一、"


def test_a_lead_sentence_before_chinese_item_one():
    assert split("<p>本年度辦理事項如下：</p> <p>一、甲。</p> <p>二、乙。</p>") == [
        (0, 0, "", "本年度辦理事項如下：", [1]),
        (1, 0, "一、", "甲。", [1]),
        (2, 0, "二、", "乙。", [1]),
    ]


# --- sub-items and the third level -------------------------------------------------------------


@pytest.mark.parametrize(
    "subs",
    [("(一)", "(二)"), ("（一）", "（二）"), ("(1)", "(2)"), ("（1）", "（2）"), ("1.", "2.")],
)
def test_sub_items_under_chinese_items(subs):
    cell = (
        f"<p>一、更新設備：</p> <p>{subs[0]}汰換12站。</p> <p>{subs[1]}新設2站。</p>"
        "<p>二、數據有效率達95%。</p>"
    )
    assert split(cell) == [
        (1, 0, "一、", "更新設備：", [1]),
        (1, 1, subs[0], "汰換12站。", [1]),
        (1, 2, subs[1], "新設2站。", [1]),
        (2, 0, "二、", "數據有效率達95%。", [1]),
    ]


def test_sub_items_right_after_their_item_marker_inline():
    """``一、(一)…(二)…`` in one paragraph: the item has no text of its own."""
    cell = "<p>一、(一)完成8站，未達成。(二)2站已完成。</p> <p>二、達成目標。</p>"
    assert split(cell) == [
        (1, 0, "一、", "", [1]),
        (1, 1, "(一)", "完成8站，未達成。", [1]),
        (1, 2, "(二)", "2站已完成。", [1]),
        (2, 0, "二、", "達成目標。", [1]),
    ]
    assert split("<p>二、（一）改建8座；（二）補強34座。</p>".replace("二、", "一、")) == [
        (1, 0, "一、", "", [1]),
        (1, 1, "（一）", "改建8座；", [1]),
        (1, 2, "（二）", "補強34座。", [1]),
    ]


def test_sub_item_numbering_starts_again_under_each_item():
    cell = "一、甲：(一)子甲。(二)子乙。二、乙：(一)子丙。"
    assert [(it[0], it[1], it[2]) for it in split(cell)] == [
        (1, 0, "一、"),
        (1, 1, "(一)"),
        (1, 2, "(二)"),
        (2, 0, "二、"),
        (2, 1, "(一)"),
    ]


def test_three_levels_fold_the_third_into_its_sub_item_with_its_marker():
    cell = (
        "<p>一、強化韌性：</p> <p>（一）盤點系統：</p> <p>1. 中央22項。</p> <p>2. 地方12項。</p>"
        "<p>（二）培養人才。</p> <p>二、推動演練。</p>"
    )
    assert split(cell) == [
        (1, 0, "一、", "強化韌性：", [1]),
        (1, 1, "（一）", "盤點系統：1. 中央22項。2. 地方12項。", [1]),
        (1, 2, "（二）", "培養人才。", [1]),
        (2, 0, "二、", "推動演練。", [1]),
    ]
    inline = "一、強化韌性：(一)盤點系統：1.中央22項；2.地方12項。(二)培養人才。二、推動演練。"
    assert [(it[0], it[1], it[3]) for it in split(inline)] == [
        (1, 0, "強化韌性："),
        (1, 1, "盤點系統：1.中央22項；2.地方12項。"),
        (1, 2, "培養人才。"),
        (2, 0, "推動演練。"),
    ]


def test_a_shallower_style_under_an_item_is_text():
    """Under ``(1)`` items nothing is deeper; under ``1.`` items ``一、`` / ``(一)`` are text."""
    assert split("(1)甲，1.乙。(2)丙。") == [
        (1, 0, "(1)", "甲，1.乙。", [1]),
        (2, 0, "(2)", "丙。", [1]),
    ]
    assert split("1. 甲：一、乙；(一)丙。2. 丁。") == [
        (1, 0, "1.", "甲：一、乙；(一)丙。", [1]),
        (2, 0, "2.", "丁。", [1]),
    ]


def test_the_arabic_styles_do_not_mix_at_one_level():
    assert split("1、甲；2.乙。2、丙。") == [
        (1, 0, "1、", "甲；2.乙。", [1]),
        (2, 0, "2、", "丙。", [1]),
    ]


# --- continuations -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "cont", "marker"),
    [
        ("<p>一、甲。</p> <p>二、乙。</p>", "<p>三、丙。</p>", "三、"),
        (
            '<ol style="list-style-type: none"> <li>一、甲。</li> <li>二、乙。</li> </ol>',
            '<ol style="list-style-type: none"> <li>三、丙。</li> </ol>',
            "三、",
        ),
        ("<p>(一)甲。</p> <p>(二)乙。</p>", "<p>(三)丙。</p>", "(三)"),
        ("（一）甲。（二）乙。", "（三）丙。", "（三）"),
        ("1、甲。2、乙。", "3、丙。", "3、"),
    ],
)
def test_a_continuation_that_starts_with_the_next_item_is_a_new_item(first, cont, marker):
    parsed = split(first, cont)
    assert [(it[0], it[3], it[4]) for it in parsed] == [
        (1, "甲。", [1]),
        (2, "乙。", [1]),
        (3, "丙。", [2]),
    ]
    assert parsed[2][2] == marker


def test_a_continuation_with_the_next_sub_item_stays_under_its_item():
    parsed = split("<p>一、甲：</p> <p>(一)子甲。</p>", "<p>(二)子乙。</p> <p>二、乙。</p>")
    assert [(it[0], it[1], it[3], it[4]) for it in parsed] == [
        (1, 0, "甲：", [1]),
        (1, 1, "子甲。", [1]),
        (1, 2, "子乙。", [2]),
        (2, 0, "乙。", [2]),
    ]


def test_a_continuation_mid_sentence_still_joins_the_chinese_item():
    parsed = split("<p>一、甲。</p> <p>二、辦理跨部會</p>", "<p>聯合演練。</p> <p>三、丙。</p>")
    assert [(it[0], it[3], it[4]) for it in parsed] == [
        (1, "甲。", [1]),
        (2, "辦理跨部會聯合演練。", [1, 2]),
        (3, "丙。", [2]),
    ]


def test_continuation_rows_of_a_whole_report_start_the_next_chinese_item(layout, parse_text):
    """As in the variety reports (mohw 3, mot 5): the right half's extra leading row and the
    left half's continuation row each start with the next item."""
    text = layout.text(
        [
            (
                [layout.left(name="甲計畫", planned="<p>(一)宣導。</p> <p>(二)設施。</p>")],
                [
                    layout.right(
                        execution="<p>一、完成甲。</p>",
                        targets="<p>一、布建據點：</p> <p>(1)甲4,000處。</p> <p>(2)乙1,000家。</p>"
                        " <p>二、服務60萬人。</p>",
                        attainment="<p>一、(1)4,312處。(2)985家，未達目標。</p>"
                        " <p>二、62.4萬人。</p>",
                    )
                ],
            ),
            (
                [layout.continuation("<p>(三)子法。</p>"), layout.left(name="乙計畫")],
                [
                    "<p>二、完成乙。</p>\t<p>三、機構15座。</p>\t<p>三、已完工10座。</p>",
                    layout.right(),
                ],
            ),
        ]
    )
    report = parse_text(text)
    plan = report.plan("甲計畫")
    assert (plan["n_planned_work"], plan["n_execution"]) == (3, 2)
    assert (plan["n_targets"], plan["n_attainment"]) == (3, 3)
    rows = report.items[
        (report.items["plan_id"] == plan["plan_id"]) & (report.items["section"] == "targets")
    ]
    columns = [rows[c] for c in ("item_no", "sub_item_no", "marker", "text")]
    assert list(zip(*columns, strict=True)) == [
        (1, 0, "一、", "布建據點："),
        (1, 1, "(1)", "甲4,000處。"),
        (1, 2, "(2)", "乙1,000家。"),
        (2, 0, "二、", "服務60萬人。"),
        (3, 0, "三、", "機構15座。"),
    ]
    assert rows["source_line"].tolist()[-1] == layout.line_of(text, "機構15座")
    assert report.section_items(plan["plan_id"], "attainment")[-1] == "已完工10座。"


# --- numbers inside text -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "decoy",
    [
        "第一、二季",
        "推動一、二級防護",
        "，一、二級防護",
        "，二、三級防護",
        "，3、4級資安事件",
        "，2、3級資安事件",
        "未發生3、4級資安事件",
        "維運112-113年度建置之站點",
        "統一、標準化",
        "之一、之二",
        "114年1、2月",
        "共計(一)批",
        "第(二)階段",
        "服務型智慧政府2.0",
    ],
)
@pytest.mark.parametrize(
    "style", [("一、", "二、"), ("1、", "2、"), ("(一)", "(二)"), ("1.", "2.")]
)
def test_numbers_inside_text_are_not_markers(decoy, style):
    first, second = style
    assert split(f"{first}完成{decoy}。{second}辦理乙。") == [
        (1, 0, first, f"完成{decoy}。", [1]),
        (2, 0, second, "辦理乙。", [1]),
    ]


@pytest.mark.parametrize(
    "text", ["第一、二季完成", "一、二級防護均完成", "3、4級資安事件0件", "112-113年度建置"]
)
def test_a_block_that_starts_with_listed_numbers_is_text(text):
    assert split(f"<p>{text}</p>") == [(1, 0, "", text, [1])]


def test_a_number_after_the_marker_that_is_not_the_next_is_the_items_text():
    """``1、114年…``: the item's text may start with a number; only the next one is a list."""
    assert split("<p>1、114年核定補助1,245部。</p> <p>2、2.8億人次。</p>") == [
        (1, 0, "1、", "114年核定補助1,245部。", [1]),
        (2, 0, "2、", "2.8億人次。", [1]),
    ]
    assert split("1、2.5萬人次。2、2,000人。") == [
        (1, 0, "1、", "2.5萬人次。", [1]),
        (2, 0, "2、", "2,000人。", [1]),
    ]


@pytest.mark.parametrize("skipped", ["一、甲。三、丙。", "(一)甲。(三)丙。", "二、乙。"])
def test_chinese_markers_out_of_sequence_are_text(skipped):
    parsed = split(skipped)
    assert len([it for it in parsed if it[2]]) == (0 if skipped.startswith("二") else 1)


# --- property: generated nested lists round-trip -----------------------------------------------

#: Each style's marker for a number, and what stands between the marker and the text.
MARKERS = {
    "cn": lambda n: (f"{chinese(n)}、", ""),
    "cn_paren": lambda n: (f"({chinese(n)})", ""),
    "cn_paren_full": lambda n: (f"（{chinese(n)}）", ""),
    "dot": lambda n: (f"{n}.", " "),
    "comma": lambda n: (f"{n}、", ""),
    "paren": lambda n: (f"({n})", " "),
    "paren_full": lambda n: (f"（{n}）", ""),
}
DEPTH = {
    "cn": 0,
    "cn_paren": 1,
    "cn_paren_full": 1,
    "dot": 2,
    "comma": 2,
    "paren": 3,
    "paren_full": 3,
}
WORDS = ["辦理", "完成", "資安", "監測站", "說明會", "長照", "推動", "橋梁", "網路", "報告"]
#: Numbers inside text that are not markers, as other agencies print them.
DECOYS = [
    "第一、二季",
    "一、二級",
    "二、三級",
    "3、4級",
    "2、3類",
    "112-113年度",
    "2.0",
    "1,549,044",
    "3.05萬公噸",
    "第(2)階段",
    "15-45歲",
    "統一、",
]
PUNCT = ["，", "、", "；", "："]
words = st.lists(st.sampled_from(WORDS + DECOYS + PUNCT), max_size=5)
texts = st.builds(
    lambda w, rest, stop: w + "".join(rest) + stop,
    st.sampled_from(WORDS),
    words,
    st.sampled_from(["。", ""]),
)


@settings(max_examples=150, deadline=None)
@given(
    top=st.sampled_from(sorted(MARKERS)),
    data=st.data(),
    items=st.lists(st.tuples(texts, st.lists(texts, max_size=3)), min_size=1, max_size=5),
    layout=st.sampled_from(["inline", "p", "li"]),
)
def test_nested_lists_round_trip_in_every_style(top, data, items, layout):
    """Items of any style, sub-items of any deeper style, in any block layout, cut at any piece
    by a page break: the items come back with their numbers, markers, text and lines."""
    deeper = sorted(s for s in MARKERS if DEPTH[s] > DEPTH[top])
    sub = data.draw(st.sampled_from(deeper)) if deeper else None
    if sub is None:
        items = [(text, []) for text, _ in items]
    pieces, expected = [], []
    for number, (text, subs) in enumerate(items, start=1):
        marker, gap = MARKERS[top](number)
        pieces.append(marker + gap + text)
        expected.append((number, 0, marker, text))
        for k, sub_text in enumerate(subs, start=1):
            marker, gap = MARKERS[sub](k)  # type: ignore[index]
            pieces.append(marker + gap + sub_text)
            expected.append((number, k, marker, sub_text))
    cut = data.draw(st.integers(0, len(pieces) - 1), label="page break before piece")

    def cell(part: list[str]) -> str:
        if layout == "inline":
            return " ".join(part)
        tag = "p" if layout == "p" else "li"
        return " ".join(f"<{tag}>{p}</{tag}>" for p in part)

    cells = [cell(pieces[:cut]), cell(pieces[cut:])] if cut else [cell(pieces)]
    parsed = split(*cells)
    assert [it[:4] for it in parsed] == expected
    assert [it[4] for it in parsed] == [
        [1] if i < cut else [len(cells)] for i in range(len(pieces))
    ]


# --- the PDF reader's paragraphs ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["一、甲", "十一、甲", "(一)甲", "（一）甲", "(1)甲", "（1）甲", "1.甲", "1. 甲", "3、甲"],
)
def test_lines_that_start_with_a_marker(line):
    assert starts_with_marker(line)


@pytest.mark.parametrize(
    "line", ["3、4級事件", "一、二級", "2.0版", "第一、二季", "112-113年", "甲一、"]
)
def test_lines_that_do_not_start_with_a_marker(line):
    assert not starts_with_marker(line)


def _line(text: str, y: float) -> list[_Char]:
    chars, x = [], 100.0
    for ch in text:
        width = 12.0 if ord(ch) > 0x2E80 else 6.0
        chars.append(_Char(ch, x, y, x + width, y + 12.0))
        x += width
    return chars


def test_pdf_lines_starting_with_chinese_markers_start_paragraphs():
    chars = (
        _line("一、更新監測站", 500)
        + _line("設備：", 486)
        + _line("（一）汰換12站。", 472)
        + _line("二、3、4級事件", 458)
        + _line("3、4級事件0件。", 444)
    )
    assert cell_text(chars) == (
        "<p>一、更新監測站設備：</p><p>（一）汰換12站。</p><p>二、3、4級事件3、4級事件0件。</p>"
    )


def test_an_item_printed_with_no_space_before_a_figure_is_an_item():
    """``3.48小時內…`` between items 2 and 4 is item 3 (its text starts with 48); a number and a
    dot before a digit stay a decimal when no N+1 follows or N is numbered elsewhere."""
    cell = "1.完成講習10場。 2.達成率96%，未達成。 3.48小時內結案比率92.5%，達成。 4.未能如期完成。"
    found = [(i.item_no, i.text) for i in split_items([(cell, 1)])]
    assert [n for n, _ in found] == [1, 2, 3, 4]
    assert found[2][1].startswith("48小時內")
    decimals = "1. 成長率 3.5%。 2. 完成 3.5項。 3. 其他。 4. 又一項。"
    assert [i.text for i in split_items([(decimals, 1)])][:2] == ["成長率 3.5%。", "完成 3.5項。"]
    assert [i.text for i in split_items([("1. 比率3.48%。 2. 其他", 1)])] == ["比率3.48%。", "其他"]


def test_items_printed_with_no_space_before_figures_chain():
    """Every item of ``1.…。2.112年…。3.112年…。4.112年…`` starts with a figure: each supports
    the one before it, and the last follows its predecessor. A decimal in a sentence stays."""
    cell = "1.完成擴建。2.112年貨櫃量1,490萬TEU。3.112年新增充電站38座。4.112年累計完成。"
    assert [i.item_no for i in split_items([(cell, 1)])] == [1, 2, 3, 4]
    assert [i.text for i in split_items([("1. 項目一。 2. 成長率為 3.5%", 1)])] == [
        "項目一。",
        "成長率為 3.5%",
    ]


def test_a_trillion_is_read():
    from govplans.analyse.quantity import read_number

    assert read_number("1兆2,960億") == 1_296_000_000_000


def test_an_item_of_its_own_block_starting_with_a_figure():
    """``<li>3.113年10月底前取得建造執照。</li>`` after items 1 and 2 is item 3 (its text starts
    with the year); a block starting with a decimal is item text when another number is due."""
    found = split_items(
        [("<ol><li>1.完成設計。</li><li>2.發包。</li><li>3.113年10月底前取得執照。</li></ol>", 1)]
    )
    assert [(i.item_no, i.text) for i in found][-1] == (3, "113年10月底前取得執照。")
    kept = split_items([("<ol><li>1.完成設計。</li><li>3.5%為目標。</li></ol>", 1)])
    assert [i.item_no for i in kept] == [1]


def test_a_decimal_ending_an_item_before_the_next_block_numbers_the_same_item():
    """``1. 辦理；2.0。`` then ``2. 辦理。`` in the next block: the well-formed item 2 there makes
    ``2.0`` a decimal, not an item 2 with the text ``0。`` (found by the round-trip property)."""
    for cell in ("<p>1. 辦理；2.0。</p><p>2. 辦理。</p>", "1. 辦理；2.0。<br>2. 辦理。"):
        found = [(i.item_no, i.text) for i in split_items([(cell, 1)])]
        assert found == [(1, "辦理；2.0。"), (2, "辦理。")]
    # across a page break too: the continuation fragment numbers item 2
    found = [(i.item_no, i.text) for i in split_items([("1. 辦理；2.0。", 1), ("2. 辦理。", 9)])]
    assert found == [(1, "辦理；2.0。"), (2, "辦理。")]


def test_a_decimal_with_a_zero_after_the_dot_is_never_an_item():
    """``2. 辦理；3.05萬公噸。`` ends item 2 with a decimal: no item's text starts with 0."""
    found = [(i.item_no, i.text) for i in split_items([("1. 辦理。 2. 辦理；3.05萬公噸。", 1)])]
    assert found == [(1, "辦理。"), (2, "辦理；3.05萬公噸。")]


def test_a_paragraph_numbered_in_sequence_opens_its_item_whatever_number_follows():
    """``<p>2、3處…</p>`` after item 1 and ``<p>4、5G…</p>`` after item 3 are items 2 and 4 (a
    reader takes a paragraph numbered in sequence), while ``3、4級`` inside a text stays text."""
    from govplans.read.cells import split_items

    cell = (
        "<p>1、累計12家。</p> <p>2、3處場域均已啟用。</p> <p>3、辦理培訓。</p> "
        "<p>4、5G驗證場域。</p>"
    )
    assert [(it.item_no, it.text) for it in split_items([(cell, 1)])] == [
        (1, "累計12家。"),
        (2, "3處場域均已啟用。"),
        (3, "辦理培訓。"),
        (4, "5G驗證場域。"),
    ]
    cell = "1、辦理3、4級防災演練。2、辦理B。"
    assert [it.text for it in split_items([(cell, 1)])] == ["辦理3、4級防災演練。", "辦理B。"]


def test_an_item_opening_with_a_telephone_number_after_its_marker():
    """``3.0800-777-888就業服務專線…``: item 3 printed with no space before a hotline's number
    (the dot before a 0 is a marker only when a telephone number follows; 2.05 stays a decimal)."""
    text = "1.推介就業1萬人。2.平均求職天數22.5天。3.0800-777-888專線受理來電8萬通。4.據點揭牌。"
    assert [(n, marker) for n, _, marker, _, _ in split(text)] == [
        (1, "1."),
        (2, "2."),
        (3, "3."),
        (4, "4."),
    ]
    assert split("1.成長率2.05%。2.辦理乙。")[0][3] == "成長率2.05%。"
