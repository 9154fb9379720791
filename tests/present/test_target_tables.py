"""The targets table shows each target's type, how its evidence was aligned, the words or number
that decided marked in the agency's (escaped) words, and the reason for every unclear part."""

from __future__ import annotations

import re

import govplans
from govplans.analyse.target_types import TARGET_TYPES
from govplans.analyse.targets import DECISION_REASONS, UNCLEAR_REASONS
from govplans.present import render
from govplans.present.words import ALIGNMENT_TEXT, STATUS_REASON_TEXT, TARGET_TYPE_TEXT


def test_every_code_has_words_in_both_languages():
    for code in (*UNCLEAR_REASONS, *DECISION_REASONS):
        zh, en = STATUS_REASON_TEXT[code]
        assert zh and en
    for kind in TARGET_TYPES:
        assert all(TARGET_TYPE_TEXT[kind])
    for how in ("reference", "numbering", "content", "shared", "none"):
        assert all(ALIGNMENT_TEXT[how])


def test_marked_escapes_first_then_marks_by_span():
    text = "完成<b>說明會</b>12場"
    start = text.index("12場")
    html = render.marked(text, start, start + 3)
    assert html == "完成&lt;b&gt;說明會&lt;/b&gt;<mark>12場</mark>"
    assert render.marked(text, None, None) == "完成&lt;b&gt;說明會&lt;/b&gt;12場"
    assert render.marked(text, 5, 99) == render.marked(text)  # a span outside: nothing marked


def test_the_targets_table_shows_type_alignment_mark_and_reason():
    a = govplans.load_assessment()
    html = render.targets_table(a, plan_id="114-02").html
    assert "<mark>1場次</mark>" in html
    assert "對應：達成說明第1項（依內容對應）" in html
    assert "複合" in html and "判定理由：以機關列出的數值與目標值比較" in html
    en = render.targets_table(a, "en", plan_id="114-02").html
    assert "Aligned: attainment item 1 (by its content)" in en and "<mark>" in en
    # every unclear part says why, in words
    unclear = render.targets_table(a, statuses=["unclear"], empty="no_review").html
    for row in re.findall(r"<tr.*?</tr>", unclear.split("<tbody>")[1]):
        if "待確認" in row and "govplans-review-row" not in row:  # a part, not a review note
            assert "無法判定：" in row or "判定理由" in row


def test_the_mark_never_opens_a_tag_from_report_text(make_report_text, write_text):
    from govplans.testing.synthetic import SyntheticPlan

    evil = "<script>alert(1)</script>"
    plan = SyntheticPlan(
        "甲計畫",
        targets=[f"辦理說明會{evil}至少2場。"],
        attainment=[f"完成說明會{evil}3場。"],
    )
    a = govplans.load_assessment(str(write_text(make_report_text([plan]))), "none")
    html = render.targets_table(a).html
    assert "<script" not in html and "&lt;script&gt;" in html
    assert "<mark>3場</mark>" in html


def test_an_unclear_part_quotes_the_agencys_own_words_never_a_fixed_example(
    make_report_text, write_text
):
    """The broader-count rule fires on any 「XX或YY」 before the figure: the page quotes the
    words this agency wrote (培訓或輔導35名), never 「招募或委託」 (the analyst's N4), and shows
    the aligned item beside the reason, its figure marked, in the table and the narrative, in
    both languages."""
    from govplans.present import narrative
    from govplans.testing.synthetic import SyntheticPlan

    plan = SyntheticPlan(
        "乙計畫",
        targets=["完成培訓30名種子教師。"],
        attainment=["培訓或輔導35名種子教師參與資安演練。"],
    )
    a = govplans.load_assessment(str(write_text(make_report_text([plan]))), "none")
    part = a.components.iloc[0]
    assert (part.status, part.unclear_reason) == ("unclear", "broader_count")  # the rule fired
    plan_id = str(a.plans["plan_id"].iloc[0])
    for lang in ("zh-TW", "en"):
        html = render.targets_table(a, lang, plan_id=plan_id).html
        cell = html.split("<tbody>")[1]
        assert "招募" not in cell and "委託" not in cell
        assert "培訓或輔導35名" in cell  # the agency's words in the reason
        # and the aligned item's words beside it, the figure that decided marked
        assert "培訓或輔導<mark>35名</mark>種子教師參與資安演練" in cell
        words = narrative.plan_narrative(a, plan_id, lang)
        assert "培訓或輔導35名" in words and "招募" not in words
    # no clause of the page's words carries an example of one report's words
    from govplans.present.words import UNCLEAR_REASON_TEXT

    assert not [c for c, pair in UNCLEAR_REASON_TEXT.items() if "招募" in "".join(pair)]


def test_a_target_value_printed_with_each_is_shown_with_it():
    """COSM-4 of the analyst's third read: 114-01 target 2 「驗證國產5G O-RAN/SA基地臺(各1座)」
    showed 「1座」 as its target value; the report prints 各1座 (one each). Read from the part's
    own text, never added where the report does not print it."""
    from types import SimpleNamespace

    from govplans.present.parts import target_each

    a = govplans.load_assessment()
    for lang, shown, plain in (
        ("zh-TW", ">各1座<", ">1座<"),
        ("en", ">1 facility each<", ">1 facility<"),
    ):
        html = render.targets_table(a, lang, "114-01").html
        assert shown in html and plain not in html
    each = [(c.plan_id, c.target_index) for c in a.components.itertuples() if target_each(c)]
    assert each == [("114-01", 2)]  # 114-13's 「各級資訊人員」 has no number after 各
    part = SimpleNamespace(text="每季各辦理1場", target_value=1.0, measure_word="場")
    assert not target_each(part)  # 各 not right before the number: not shown as each
    assert target_each(SimpleNamespace(text="(各2座)", target_value=2.0, measure_word="座"))
    assert not target_each(SimpleNamespace(text="(各2座)", target_value=3.0, measure_word="座"))
    assert not target_each(SimpleNamespace(text="各", target_value=None, measure_word=None))
