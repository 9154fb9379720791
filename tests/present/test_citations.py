"""How a page cites the report's items (issue 18, read 4 F1): by the number the report printed
(第N項 / item N; the lead sentence 首句), by place for unnumbered paragraphs (第N段 / paragraph
N), and by the section's name alone for a cell of one unnumbered paragraph (達成說明 /
attainment text); one rule (:func:`govplans.present.parts.section_citation`), alike in zh-TW and
English, read by the target table, the 另一欄 line and the narrative."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from govplans import assess_report, parse_report
from govplans.present import narrative, render
from govplans.present.parts import evidence_citation, section_citation
from govplans.run import paths

A, E = "evidence_items", "evidence_execution_items"


@pytest.mark.parametrize(
    ("numbers", "numbering", "zh", "en"),
    [
        ([1, 3], "numbered", "達成說明第1、3項", "attainment items 1, 3"),
        ([2], None, "達成說明第2項", "attainment item 2"),  # not said: numbered, as before
        ([0], "numbered", "達成說明首句", "attainment lead sentence"),
        ([0, 2], "numbered", "達成說明首句、第2項", "attainment lead sentence and item 2"),
        ([2], "paragraphs", "達成說明第2段", "attainment paragraph 2"),
        ([1, 2], "paragraphs", "達成說明第1、2段", "attainment paragraphs 1, 2"),
        ([1], "one_paragraph", "達成說明", "attainment text"),
        ([], "one_paragraph", "", ""),  # nothing cited
    ],
)
def test_one_rule_for_a_sections_citation(numbers, numbering, zh, en):
    assert section_citation(A, numbers, numbering, "zh-TW") == zh
    assert section_citation(A, numbers, numbering, "en") == en


def test_and_last_joins_the_last_number_with_and():
    assert section_citation(A, [1, 2, 3], "numbered", "en", and_last=True) == (
        "attainment items 1, 2 and 3"
    )
    assert section_citation(A, [1, 2], "paragraphs", "en", and_last=True) == (
        "attainment paragraphs 1 and 2"
    )


def test_mixed_sections_each_cited_by_its_own_numbering():
    row = {
        A: "1",
        "evidence_numbering": "one_paragraph",
        E: "0,2",
        "evidence_execution_numbering": "numbered",
    }
    assert evidence_citation(row) == "達成說明；執行情形首句、第2項"
    assert evidence_citation(row, "en") == "attainment text; execution lead sentence and item 2"
    row = {A: "2", "evidence_numbering": "paragraphs", E: "3"}  # execution's not said
    assert evidence_citation(row) == "達成說明第2段；執行情形第3項"
    assert render.evidence_citation is evidence_citation  # the one function, where tests read it


def _target(**changes):
    row = dict(
        plan_id="p",
        target_index=1,
        target_type="qualitative",
        alignment="content",
        evidence_items="1",
        evidence_execution_items="",
        evidence_numbering="one_paragraph",
        evidence_execution_numbering="paragraphs",
        evidence_section="attainment",
        evidence_item=1,
        other_section=None,
        other_item=None,
        other_text=None,
    )
    return SimpleNamespace(**{**row, **changes})


def test_the_target_table_cites_an_unnumbered_cell_by_its_name():
    t = _target()
    assert render.target_type_text(t).endswith("對應：達成說明（依內容對應）")
    assert render.target_type_text(t, "en").endswith("Aligned: attainment text (by its content)")
    # nothing quoted: the aligned item, by its section's numbering
    aligned = _target(evidence_items="", alignment="numbering", evidence_item=2)
    aligned.evidence_numbering = "paragraphs"
    assert render.target_type_text(aligned).endswith("對應：達成說明第2段（依項次對應）")


def test_the_other_column_line_and_clause_cite_a_paragraph_as_a_paragraph():
    t = _target(other_section="execution", other_item=2, other_text="初步建置網管中心")
    assert render.other_account(t) == "另一欄：執行情形第2段「初步建置網管中心」"
    assert render.other_account(t, "en").startswith("Other column: execution paragraph 2: ")
    assert narrative._other_account(t, "zh-TW").startswith("目標1另一欄（執行情形第2段）稱")
    assert narrative._other_account(t, "en").startswith(
        "for target 1, the other column (execution paragraph 2) reads"
    )
    numbered = _target(other_section="execution", other_item=2, other_text="初步建置")
    numbered.evidence_execution_numbering = "numbered"
    assert narrative._other_account(numbered, "zh-TW").startswith("目標1另一欄（執行情形第2項）稱")


def test_a_parts_evidence_cites_its_sections_numbering():
    part = SimpleNamespace(
        unclear_reason=None,
        evidence_section="attainment",
        evidence_items="1",
        evidence_numbering="one_paragraph",
        evidence_text="完成全年服務",
        decided_start=0,
        decided_end=2,
        status_reason="done_statement",
    )
    assert render.part_evidence(part) == "〔達成說明〕完成全年服務"
    assert render.part_evidence(part, "en") == "[attainment text] 完成全年服務"
    part.evidence_numbering, part.evidence_items = "paragraphs", "2"
    assert render.part_evidence(part) == "〔達成說明第2段〕完成全年服務"
    part.evidence_numbering = None  # not said: numbered
    assert render.part_evidence(part) == "〔達成說明第2項〕完成全年服務"


def test_the_explanation_and_the_revised_period_cite_the_same_way():
    row = SimpleNamespace(
        explanation="因經費調整暫緩。",
        n_not_met=1,
        is_deferred=False,
        explanation_items="1",
        explanation_numbering="one_paragraph",
    )
    assert narrative._explanation(row, "zh-TW").startswith("機關說明（達成說明）：")
    en = narrative._explanation(row, "en")
    assert en.startswith("The agency's explanation (attainment text)")
    row.explanation_numbering, row.explanation_items = "numbered", "1,2,3"
    assert narrative._explanation(row, "zh-TW").startswith("機關說明（達成說明第1、2、3項）：")
    assert narrative._explanation(row, "en").startswith(
        "The agency's explanation (attainment items 1, 2 and 3)"
    )
    plan = {
        "revised_period_section": "execution",
        "revised_period_item": 2,
        "revised_period_numbering": "paragraphs",
        "revised_start_roc_year": 114,
        "revised_start_month": 10,
        "revised_end_roc_year": 115,
        "revised_end_month": 12,
    }
    assert render._revised_cell(plan, "zh-TW").endswith("（執行情形第2段）")
    assert render._revised_cell(plan, "en").endswith("(execution paragraph 2)")
    plan["revised_period_item"], plan["revised_period_numbering"] = 0, "numbered"
    assert render._revised_cell(plan, "zh-TW").endswith("（執行情形首句）")  # never 第0項


@pytest.fixture(scope="module")
def a():
    return assess_report(parse_report(paths.BUNDLED_REPORT))


def _text(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_114_05s_unnumbered_attainment_is_never_item_1(a, lang):
    """The analyst's finding: 114-05's attainment cell (line 56) is one unnumbered paragraph;
    the target table cited it as 「達成說明第1項」 / "attainment item 1"."""
    shown = _text(render.targets_table(a, lang, plan_id="114-05").html)
    if lang == "en":
        assert "item 1" not in shown
        assert shown.count("[attainment text] ") == 2
        assert shown.count("Aligned: attainment text (") == 2
    else:
        assert "第1項" not in shown
        assert shown.count("〔達成說明〕") == 2
        assert shown.count("對應：達成說明（") == 2
    assert "第1項" not in narrative.plan_narrative(a, "114-05", lang)


def test_every_other_plans_citations_are_unchanged(a):
    """Every other plan's sections are numbered: their targets cite 第N項 as before."""
    t = a.targets
    others = t[t["plan_id"] != "114-05"]
    assert set(others["evidence_numbering"]) == {"numbered"}
    cited = others[others["evidence_items"] != ""]
    for row in cited.itertuples():
        assert "項" in render.target_type_text(row) or "首句" in render.target_type_text(row)
