"""The fourth analyst read's findings on the pages (issue 18): the report's own item markers in
「報告原文」, the other column's account in the narrative, 人次 in English, one measure word and
one precision per figure on a page, and what the accuracy figures measure."""

from __future__ import annotations

import dataclasses
import re

import matplotlib.pyplot as plt
import pytest

from govplans import assess_report, parse_report
from govplans.present import charts, fmt, render
from govplans.present.narrative import plan_narrative
from govplans.present.parts import achieved_word, other_column
from govplans.present.words import IN_SAMPLE_AGREEMENT, OUT_OF_SAMPLE_ACCURACY
from govplans.run import paths

PLAN_IDS = [f"114-{n:02d}" for n in range(1, 15)]


@pytest.fixture(scope="module")
def a():
    return assess_report(parse_report(paths.BUNDLED_REPORT))


def _attainment_list(html: str) -> list[str]:
    """The entries of the 「報告原文」 attainment list, tags stripped, in order."""
    section = html.split("</h4>")[4]  # the fourth section: whether the targets were met
    assert "<ol" not in section  # never a counter of the page's own
    return [re.sub(r"<[^>]+>", "", li) for li in re.findall(r"<li>(.*?)</li>", section)]


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_the_report_text_keeps_the_reports_numbers_and_labels_the_lead(a, lang):
    """114-11: a lead sentence, then the report's items 1 to 3 (the page showed 1 to 4)."""
    entries = _attainment_list(render.plan_sections(a.report, "114-11", lang).html)
    lead = "〔首句〕" if lang == "zh-TW" else "[lead sentence]"
    assert entries[0] == f"{lead} 辦理總統盃黑客松國際松1場次："
    assert [e.split(" ", 1)[0] for e in entries[1:]] == ["1.", "2.", "3."]
    assert entries[1].endswith("完成徵件宣傳活動，共徵集87件提案。")
    # the target table cites the lead by the same word
    assert render.evidence_citation({"evidence_items": "0"}, lang) in (
        "達成說明首句",
        "attainment lead sentence",
    )


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_an_unnumbered_cell_gets_no_number(a, lang):
    """114-05's attainment cell is one unnumbered paragraph: shown as printed, no 「1.」."""
    entries = _attainment_list(render.plan_sections(a.report, "114-05", lang).html)
    assert entries == [
        "完成114年度全年數位無線電視轉傳服務，提供穩定之數位無線電視訊號，保障全國民眾免費收視權益。"
    ]


def test_every_shown_marker_is_one_the_report_printed(a):
    """Across the report: each list entry starts with the item's own marker, or none."""
    for plan_id in PLAN_IDS:
        for section in ("planned_work", "execution", "targets", "attainment"):
            shown = render.items_list(render.report_items(a.report, plan_id, section)).html
            items = a.report.items
            rows = items[(items["plan_id"] == plan_id) & (items["section"] == section)]
            printed = {str(m).strip() for m in rows["marker"] if str(m).strip()}
            for marker in re.findall(r'<span class="govplans-marker">(.*?)</span>', shown):
                assert marker in printed or marker == "〔首句〕", (plan_id, section, marker)


def test_item_text_in_the_list_is_escaped():
    html = render.items_list([("1.", 1, "<b>x</b>"), ("<i>", 2, "y"), "z & w"]).html
    assert "<b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html
    assert "&lt;i&gt;" in html and "z &amp; w" in html


@pytest.mark.parametrize(
    ("lang", "clause"),
    [
        ("zh-TW", "目標3另一欄（執行情形第2項）稱「初步建置衛星應變驗證路網管中心"),
        (
            "en",
            "For target 3, the other column (execution item 2) reads “初步建置衛星應變",
        ),
    ],
)
def test_the_narrative_says_where_the_other_column_differs(a, lang, clause):
    """114-06: the verdict follows attainment item 2; execution item 2 says 初步建置."""
    assert clause in plan_narrative(a, "114-06", lang)


def test_every_other_column_line_of_the_table_is_in_the_narrative(a):
    for t in a.targets.itertuples(index=False):
        other = other_column(t)
        text = plan_narrative(a, t.plan_id, "zh-TW")
        if other is None:
            assert f"目標{t.target_index}另一欄" not in text
        else:
            assert f"目標{t.target_index}另一欄" in text


def test_the_other_columns_words_stay_text_on_the_page(a):
    """The agency's words quoted in the clause are escaped like all report text."""
    targets = a.targets.copy()
    row = targets.index[(targets["plan_id"] == "114-06") & (targets["target_index"] == 3)][0]
    targets.loc[row, "other_text"] = "[x](javascript&#58;alert(1)) <script>**b**</script>"
    hostile = dataclasses.replace(a, targets=targets)
    html = render.narrative(hostile, "zh-TW", "114-06").html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<a " not in html and "**b**" in html


@pytest.mark.parametrize(
    ("value", "en"), [(5994, "5,994 person-times"), (1, "1 person-time"), (40, "40 person-times")]
)
def test_renci_reads_person_times_in_english(value, en):
    assert fmt.format_quantity(value, "人次", "en") == en
    assert fmt.format_quantity(value, "人次", "zh-TW") == f"{value:,}人次"


def test_no_page_word_calls_renci_participants(a):
    text = plan_narrative(a, "114-08", "en") + render.targets_table(a, "en", "114-08").html
    assert "participant" not in text and "5,994 person-times" in text


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_the_narrative_words_an_achieved_value_as_the_table_does(a, lang):
    """114-08 target 2: 「6個」 in the table was 「6案」 in the narrative."""
    text = plan_narrative(a, "114-08", lang)
    table = render.targets_table(a, lang, "114-08").html
    got = "6個" if lang == "zh-TW" else "6 units"
    assert (f"實際{got}" if lang == "zh-TW" else f"achieved {got}") in text
    assert got in table and ("6案" not in text and "6 cases" not in text)


def test_every_single_part_achieved_value_is_worded_alike_in_table_and_narrative(a):
    for c in a.components.itertuples(index=False):
        t = a.targets[
            (a.targets["plan_id"] == c.plan_id) & (a.targets["target_index"] == c.target_index)
        ].iloc[0]
        if t["n_components"] != 1 or fmt.is_missing(c.achieved_value):
            continue
        if t["status"] not in ("exceeded", "not_met", "unclear"):
            continue  # the narrative names only these targets
        got = fmt.format_quantity(c.achieved_value, achieved_word(c), "zh-TW")
        if t["status"] == "exceeded" and f"目標{c.target_index}「" not in plan_narrative(
            a, c.plan_id, "zh-TW"
        ):
            continue  # beyond the exceeded targets the narrative names
        assert f"實際{got}" in plan_narrative(a, c.plan_id, "zh-TW"), (c.plan_id, c.target_index)
        assert got in render.targets_table(a, "zh-TW", c.plan_id).html


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
@pytest.mark.parametrize("plan_id", ["114-03", "114-06", "114-13"])
def test_the_profile_chart_prints_amounts_as_the_narrative_does(a, plan_id, lang):
    """114-03: 「3.8億元」 on the chart beside 「3.802億元」 in the text; one precision now."""
    fig = charts.plan_profile_chart(
        a.report.plan(plan_id), a.report.fiscal_year, lang, a.plan_record(plan_id)
    )
    try:
        labels = [t.get_text().strip() for t in fig.axes[0].texts]
    finally:
        plt.close(fig)
    text = plan_narrative(a, plan_id, lang)
    assert len(labels) == 3
    for label in labels:
        assert label in text, (label, plan_id)
    if plan_id == "114-03":
        assert ("3.802億元" if lang == "zh-TW" else "NT$380.2 million") in labels


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_the_overview_chart_prints_amounts_as_the_overview_does(a, lang):
    from govplans.present.narrative import portfolio_narrative

    fig = charts.portfolio_totals_chart(a.portfolio, lang)
    try:
        labels = [t.get_text().strip() for t in fig.axes[0].texts]
    finally:
        plt.close(fig)
    total = a.portfolio.set_index("scope").loc["all", "total_budget_thousand_twd"]
    assert fmt.amount_text(total, lang) in labels
    assert fmt.amount_text(total, lang) in portfolio_narrative(a, lang)


def test_the_accuracy_words_say_what_each_figure_measures():
    """The words say each figure is a first run of its time, and quote the newest first run
    (statuses and false met) as recorded in docs/analysis.md."""
    doc = (paths.PROJ_ROOT / "docs" / "analysis.md").read_text(encoding="utf-8")
    runs = re.findall(
        r"First run, [^\n]*?\*\*statuses \d+ of \d+ \(([\d.]+)%\)[^\n]*?false met \d+ of "
        r"\d+ \(([\d.]+)%\)\*\*",
        doc,
    )
    statuses, false_met = runs[-1]
    zh, en = OUT_OF_SAMPLE_ACCURACY
    assert "當時版本之首次判定" in zh and "first run of the engine of its time" in en
    for text in (zh, en):
        assert f"{statuses}%" in text and f"{false_met}%" in text
    for text in IN_SAMPLE_AGREEMENT:
        assert f"{statuses}%" in text
