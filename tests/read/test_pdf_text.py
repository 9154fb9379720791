"""Cell text from positioned characters (the PDF reader's geometry rules), without a PDF."""

from __future__ import annotations

import pytest

from govplans.read.chars import repair
from govplans.read.pdf import _Char, cell_text

SIZE = 12.0  # the loose box height of 9-point text


def line(text: str, y: float, x: float = 100.0, gaps: dict[int, float] | None = None) -> list:
    """Characters of one line laid out left to right: CJK full width, Latin half width; ``gaps``
    adds space (points) before the character at an index; a " " is a printed space glyph."""
    chars = []
    for i, ch in enumerate(text):
        x += (gaps or {}).get(i, 0.0)
        width = SIZE if ord(ch) > 0x2E80 else SIZE / 2
        chars.append(_Char(ch, x, y, x + width, y + SIZE))
        x += width
    return chars


def test_wrapped_chinese_lines_join_without_spaces():
    chars = line("1. 辦理資安", 500) + line("演練3場次。", 486)
    assert cell_text(chars) == "1. 辦理資安演練3場次。"


def test_a_printed_space_is_kept_and_no_space_is_invented():
    # "O-RAN SA" has a space glyph; CJK next to Latin with no visible gap gets none
    chars = line("驗證O-RAN SA基地臺", 500)
    assert cell_text(chars) == "驗證O-RAN SA基地臺"


def test_a_visible_gap_between_latin_words_is_a_space_even_without_a_space_glyph():
    chars = line("WRC27會議", 500, gaps={3: 4.0})  # 'WRC' · '27'
    assert cell_text(chars) == "WRC 27會議"


def test_an_extractors_space_between_cjk_and_latin_that_the_page_does_not_show_is_dropped():
    chars = [*line("辦理", 500), _Char(" ", 124.0, 500, 124.0, 512), *line("5G", 500, x=124.0)]
    assert cell_text(chars) == "辦理5G"


def test_a_line_end_hyphen_joins_the_word_it_splits():
    chars = line("建置O-", 500) + line("RAN網路", 486)
    assert cell_text(chars) == "建置O-RAN網路"


def test_latin_words_wrapped_at_a_space_keep_one_space():
    chars = line("Open", 500) + line("Data平臺", 486)
    assert cell_text(chars) == "Open Data平臺"


def test_lines_starting_with_a_marker_start_paragraphs():
    chars = (
        line("1. 完成研析", 500)
        + line("報告1份", 486)
        + line("2. 辦理會議", 472)
        + line("(1) 北區1場", 458)
    )
    assert cell_text(chars) == "<p>1. 完成研析報告1份</p><p>2. 辦理會議</p><p>(1) 北區1場</p>"


def test_cell_text_is_escaped_for_the_item_splitter():
    assert cell_text(line("A<b>&", 500)) == "A&lt;b&gt;&amp;"


def test_characters_are_read_top_to_bottom_then_left_to_right():
    chars = list(reversed(line("第二行", 486) + line("第一行", 500)))
    assert cell_text(chars) == "第一行第二行"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("⽤戶", "用戶"),  # Kangxi radical
        ("⺠眾", "民眾"),  # CJK radicals supplement
        ("⻑期", "長期"),
        ("\uf98e度", "年度"),  # compatibility ideograph
        ("，；：（）１", "，；：（）１"),  # full-width punctuation and digits untouched (no NFKC)
        ("\ufa0e", "\ufa0e"),  # a unified ideograph in the compatibility block stays
    ],
)
def test_radical_and_compatibility_code_points_are_repaired(text, expected):
    assert repair(text) == expected
