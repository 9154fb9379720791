"""The general rules written after reading the forty-fifth set's first run (docs/analysis.md
section 53), each with examples written for the rule, not sentences of any labelled set."""

from __future__ import annotations

from govplans.analyse.target_types import rank_of
from govplans.analyse.targets import assess_plan_targets
from govplans.testing.plan_cases import items


def one(target, attainment, execution=None, fiscal_year=None):
    found = assess_plan_targets(
        "T-01",
        items("targets", target),
        items("attainment", attainment),
        items("execution", execution) if execution else [],
        fiscal_year=fiscal_year,
    )
    return found.targets[0]


def test_a_purchase_is_a_stage_before_the_thing_built():
    t = one("完成河口水位自動監測站建置。", "監測站設備已完成採購，待明年汛期前安裝。")
    assert t.status != "met"
    t = one("完成河口水位自動監測站設備採購。", "監測站設備已完成採購，達成。")
    assert t.status == "met"


def test_a_documents_final_text_or_issue_dates_its_completion():
    t = one(
        "於115年6月底前完成「社區照顧需求調查報告」。",
        "調查報告已出版，達成。",
        "社區照顧需求調查報告初稿於115年6月提出，於115年9月3日定稿出版。",
        fiscal_year=115,
    )
    assert (t.status, t.components[0].reason) == ("not_met", "deadline_missed")
    t = one(
        "於115年6月底前完成「社區照顧需求調查報告」。",
        "調查報告已出版，達成。",
        "社區照顧需求調查報告於115年5月20日定稿出版。",
        fiscal_year=115,
    )
    assert t.status == "met"


def test_a_target_value_revised_is_no_result():
    t = one(
        "辦理反詐騙宣導300場。",
        "辦理二百八十場，已達成調整後目標值。",
        "因人力調度，宣導場次目標值調整為260場，全年實際辦理反詐騙宣導二百八十場。",
    )
    assert (t.status, t.components[0].achieved_value) == ("not_met", 280.0)


def test_the_first_place_in_words_is_rank_one():
    assert rank_of("居全國公立圖書館之冠") == 1 and rank_of("服務品質位居首位") == 1
    assert rank_of("榮冠全國") is None  # no first place said
    t = one("讀者滿意度於全國公立圖書館名列前三名。", "讀者滿意度4.7分，居全國公立圖書館之冠。")
    assert (t.status, t.components[0].achieved_value) == ("exceeded", 1.0)
