"""How the report numbers each plan's section, decided once in the analysis (issue 18: an
unnumbered paragraph was cited as 達成說明第1項): numbered (markers; item 0 the lead sentence),
several unnumbered paragraphs, one unnumbered paragraph."""

from __future__ import annotations

import pandas as pd
import pytest

from govplans import assess_report
from govplans.analyse.assessment import section_numberings
from govplans.model.vocab import NUMBERINGS


def _items(rows: list[tuple[str, str, int, int, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["plan_id", "section", "item_no", "sub_item_no", "marker"])


def test_numbered_unnumbered_lead_and_one_paragraph():
    items = _items(
        [
            ("p1", "attainment", 1, 0, "1."),  # numbered
            ("p1", "attainment", 1, 1, "(1)"),
            ("p1", "attainment", 2, 0, "2."),
            ("p1", "execution", 1, 0, ""),  # one unnumbered paragraph
            ("p2", "attainment", 0, 0, ""),  # a lead sentence, then numbered items
            ("p2", "attainment", 1, 0, "1."),
            ("p2", "execution", 1, 0, ""),  # two unnumbered paragraphs
            ("p2", "execution", 2, 0, None),
        ]
    )
    assert section_numberings(items) == {
        ("p1", "attainment"): "numbered",
        ("p1", "execution"): "one_paragraph",
        ("p2", "attainment"): "numbered",
        ("p2", "execution"): "paragraphs",
    }
    assert set(section_numberings(items).values()) <= set(NUMBERINGS)


def test_an_unnumbered_paragraph_with_a_marked_sub_item_is_still_one_paragraph():
    """Only top-level items count: a sub-item's marker does not number the section."""
    items = _items([("p", "attainment", 1, 0, ""), ("p", "attainment", 1, 1, "(1)")])
    assert section_numberings(items) == {("p", "attainment"): "one_paragraph"}


def test_the_bundled_report_mixes_the_three(seed_report):
    """114-05: attainment and execution are one unnumbered paragraph each; 114-11's attainment
    opens with a lead sentence before items 1-3 (numbered); 114-01 numbered throughout."""
    found = section_numberings(seed_report.items)
    assert found[("114-05", "attainment")] == "one_paragraph"
    assert found[("114-05", "execution")] == "one_paragraph"
    assert found[("114-11", "attainment")] == "numbered"
    assert found[("114-11", "execution")] == "one_paragraph"
    assert found[("114-01", "attainment")] == "numbered"


@pytest.fixture(scope="module")
def a(seed_report):
    return assess_report(seed_report, annotations=None)


def test_target_and_component_rows_carry_their_sections_numbering(a):
    t = a.targets.set_index(["plan_id", "target_index"])
    assert t.loc[("114-05", 1), "evidence_numbering"] == "one_paragraph"
    assert t.loc[("114-05", 1), "evidence_execution_numbering"] == "one_paragraph"
    assert t.loc[("114-11", 1), "evidence_numbering"] == "numbered"
    assert t.loc[("114-11", 1), "evidence_execution_numbering"] == "one_paragraph"
    c = a.components.set_index(["plan_id", "target_index", "component_index"])
    assert c.loc[("114-05", 1, 1), "evidence_section"] == "attainment"
    assert c.loc[("114-05", 1, 1), "evidence_numbering"] == "one_paragraph"
    # a part without an evidence section has no numbering
    assert c["evidence_numbering"][c["evidence_section"].isna()].isna().all()


def test_plan_rows_carry_the_numbering_of_what_they_cite(a):
    p = a.plans.set_index("plan_id")
    cited = p["explanation_items"].fillna("") != ""
    assert (p.loc[cited, "explanation_numbering"] == "numbered").all()
    assert p.loc[~cited, "explanation_numbering"].isna().all()
    revised = p["revised_period_item"].notna()
    assert revised.any()
    assert p.loc[revised, "revised_period_numbering"].notna().all()
    assert p.loc[~revised, "revised_period_numbering"].isna().all()


def test_unnumbered_paragraphs_in_a_small_report(layout, parse_text):
    """An attainment cell of two unnumbered paragraphs: the reader counts them 1..2 and the
    targets say ``paragraphs``; a numbered execution cell says ``numbered``."""
    right = layout.right(
        execution="<ol><li>1. 已辦理說明會2場次。</li></ol>",
        targets="<p>1. 辦理說明會2場次。 2. 完成手冊1份。</p>",
        attainment="<p>完成辦理說明會2場次。</p><p>完成手冊1份。</p>",
    )
    report = parse_text(layout.text([([layout.left()], [right])]))
    a = assess_report(report, annotations=None)
    assert set(a.targets["evidence_numbering"]) == {"paragraphs"}
    assert set(a.targets["evidence_execution_numbering"]) == {"numbered"}
    assert a.targets["evidence_items"].tolist() == ["1", "2"]
