"""The display helpers the notebooks and the index use: formatting, labels, escaping."""

from __future__ import annotations

import re

import pandas as pd

import govplans
from govplans import assess_report, parse_report
from govplans.model import schema
from govplans.present import render
from govplans.present.narrative import plan_narrative
from govplans.run import paths
from govplans.testing.synthetic import SyntheticPlan, write_report


def test_table_formats_figures_and_localizes_headers():
    frame = pd.DataFrame(
        {
            "plan_id": ["114-01"],
            "name": ["測試計畫"],
            "name_en": ["Test plan"],
            "total_budget_thousand_twd": [155_000],
            "execution_rate": [0.952],
            "status": ["not_met"],
        }
    )
    columns = ["plan_id", "name", "total_budget_thousand_twd", "execution_rate", "status"]
    zh = render.table(frame, columns, "zh-TW").html
    assert "核定總經費<br>（千元）" in zh and ">155,000<" in zh and "95.2%" in zh and "未達成" in zh
    assert "測試計畫" in zh
    en = render.table(frame, columns, "en").html
    assert "Total approved<br>(NT$ thousand)" in en and ">155,000<" in en
    assert "Test plan" in en and "not met" in en


def test_missing_values_show_as_blank_or_dash():
    frame = pd.DataFrame({"unit": [None], "achieved_ratio": [float("nan")]})
    html = render.table(frame, lang="zh-TW").html
    assert "<td" in html and "None" not in html and "nan" not in html and "—" in html


def test_source_line_spans():
    assert render._spans([1, 2, 3, 7, 9, 10]) == "1–3, 7, 9–10"
    assert render._spans([]) == "—"


def test_index_page_escapes_everything():
    entry = render.IndexEntry(
        href='x" onmouseover="alert(1)',
        title="<script>alert(1)</script>",
        summary="<b>bold</b>",
        kind="profile",
        status="failed",
        error="<img src=x onerror=alert(1)>",
    )
    page = render.index_page([entry], "<i>title</i>", {"k<": "v>"}, "zh-TW")
    for raw in ("<script>alert", "<b>bold", "<img src", "<i>title", 'onmouseover="alert'):
        assert raw not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "執行失敗" in page


def test_status_words():
    assert render.status_text("exceeded") == "超越目標"
    assert render.status_text("unclear", "en") == "unclear"
    assert render.status_text(None) == "—"


def test_one_table_owns_the_status_words():
    """Narrative, tables, index summaries and chart legends say the same word for a status."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from govplans.present import charts, fmt, narrative

    a = govplans.load_assessment()
    for lang in fmt.LANGS:
        chart = charts.status_counts_chart(a.targets, a.plans, lang)
        legend = [t.get_text() for t in chart.axes[0].get_legend().get_texts()]
        plt.close(chart)
        for status, (zh, en) in fmt.STATUS_LABELS.items():
            words = zh if lang == fmt.ZH else en
            assert render.status_text(status, lang) == words
            assert narrative.status_label(status, lang) == words
            assert words.lower() in [w.lower() for w in legend]
        for status in fmt.STATUS_LABELS:  # no module keeps its own spelling of a status
            for module in (render, narrative, charts):
                tables = [v for v in vars(module).values() if isinstance(v, dict)]
                own = [t for t in tables if isinstance(t.get(status), tuple)]  # word tables
                assert all(t is fmt.STATUS_LABELS for t in own), (
                    module.__name__,
                    status,
                )
    zh = [render.profile_summary(a, pid) for pid in a.plans["plan_id"]]
    assert not any("目標：超越目標" in line or "目標：達成" in line for line in zh)
    assert render.attainment_summary(a).startswith("48項目標：超越目標7項")
    story = narrative.portfolio_narrative(a)
    assert "超越目標7項" in story and "超越7項" not in story


def _targets_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "plan_id": ["T-01", "T-01", "T-01", "T-01"],
            "target_index": [1, 2, 3, 4],
            "status": ["met", "met", "exceeded", "unclear"],
            "status_auto": ["met", "unclear", "exceeded", "unclear"],
            "status_source": ["reviewed", "reviewed", "auto", "auto"],
            "review_reason": ["同上", "達成說明2：核定補助案。", None, None],
            "evidence_items": ["1,3", "", "0", ""],
            "evidence_execution_items": ["2", "", "", ""],
            "evidence_text": ["完成說明會3場", "", "辦理國際松1場次", ""],
        }
    )


def test_evidence_cites_the_items_it_comes_from():
    shown = render.with_evidence(_targets_frame())["evidence"].tolist()
    assert shown[0].startswith("〔達成說明第1、3項；執行情形第2項〕完成說明會3場；")
    # A reviewer's reason is shown whenever written (even where the statuses agree), named as
    # the tool maintainers' review (F7, F11).
    assert shown[0].endswith("；〔本工具維護者之人工檢視〕同上")
    assert shown[1] == "〔本工具維護者之人工檢視〕達成說明2：核定補助案。"
    assert shown[2] == "〔達成說明首句〕辦理國際松1場次"  # item 0: the lead sentence
    assert shown[3] == ""
    en = render.with_evidence(_targets_frame(), "en")["evidence"].tolist()
    assert en[0].startswith("[attainment items 1, 3; execution item 2] 完成說明會3場; ")
    assert en[0].endswith("[the tool maintainers' review] 同上 (original Chinese)")
    assert en[2] == "[attainment lead sentence] 辦理國際松1場次"


def test_status_source_is_in_words_and_headers_do_not_wrap():
    html = render.table(_targets_frame(), ["target_index", "status_source", "evidence"]).html
    assert "人工檢視" in html and "自動判定" in html and ">reviewed<" not in html
    assert "〔達成說明第1、3項" in html
    assert "white-space:nowrap" in html.split("</thead>")[0]
    en = render.table(_targets_frame(), ["status_source"], "en").html
    assert "automatic" in en and ">auto<" not in en


def test_english_page_titles_use_the_curated_plan_name():
    a = assess_report(parse_report(paths.BUNDLED_REPORT))
    zh = render.report_title(a, "profile", "zh-TW", "114-13")
    en = render.report_title(a, "profile", "en", "114-13")
    assert zh == "114-13 服務型智慧政府2.0推動計畫"
    # the curated name is marked as the tool's translation, with the printed name beside it
    assert en == (
        "114-13 Service-Oriented Smart Government 2.0 (unofficial translation; "
        "服務型智慧政府2.0推動計畫)"
    )


def test_index_summaries_read_naturally():
    a = govplans.load_assessment()
    # warnings and notes counted apart (114-01 is appropriated behind its schedule: a note)
    assert render.profile_summary(a, "114-01", "en").endswith("3 met; 1 note")
    # 114-10's pace is judged on its printed period (24.4% appropriated, 66.7% elapsed): a note
    assert render.profile_summary(a, "114-10", "en").endswith("; 2 warnings; 1 note")
    assert render.profile_summary(a, "114-10") == (
        "累計執行率55.5%；績效目標3項：未達成3項；警示2項；附註1項"
    )
    # 114-03 and 114-10 have both: the overlap is said, not a 「另」 that adds them (C3), in
    # words a reader understands (COSM-11: 「含重疊」 said nothing of what overlapped)
    assert render.overview_summary(a) == (
        "14項計畫，核定總經費54.75億元，累計執行率96.2%；2項計畫有警示，"
        "7項計畫有預算編列進度附註（其中2項亦有警示）"
    )
    assert render.overview_summary(a, "en").endswith(
        "; 2 plans with warnings, 7 with notes on appropriation pace (2 of them also have warnings)"
    )
    assert "重疊" not in render.overview_summary(a)

    counts = a.targets["status"].value_counts()  # the engine's figures, whatever they are
    t = a.targets
    related = int(((t["status"] == "met") & (t["status_reason"] == "done_related")).sum())
    assert related == 2  # 114-02 target 4 and 114-07 target 2: met on related work
    statuses = "、".join(
        f"{render.status_text(s)}{int(counts.get(s, 0))}項"
        + ("（其中2項依相關工作推定）" if s == "met" else "")
        for s in ("exceeded", "met", "not_met", "unclear")
    )
    assert render.attainment_summary(a) == (
        f"48項目標：{statuses}；未量化11項（22.9%）；目標值可能偏低2項"
    )
    assert render.attainment_summary(a, "en").endswith(
        "; 11 without a number (22.9%); 2 possibly set too low"
    )


def test_every_page_carries_the_caveat_once_under_its_title():
    a = govplans.load_assessment()
    for lang, ratio, equal in (
        (
            "zh-TW",
            "並非立法院預算中心以（實現數＋應付數）÷ 預算數計算之年度預算執行率",
            "保留數或應付數",
        ),
        (
            "en",
            "not the Legislative Yuan Budget Center's annual execution rate",
            "payables (應付數)",
        ),
    ):
        page = render.title(a, "overview", lang).markdown.replace("\\", "")
        assert page.count(ratio) == 1 and page.count(equal) == 1
        assert page.split("\n\n")[-1].startswith("> **")  # the line under the title
        assert ratio not in render.sources(a, lang).markdown  # said once, not again at the end
        profile = render.caveat(a, lang, "114-01")  # executed 288,728 = appropriated 288,728
        assert ratio in profile and (
            "本計畫" in profile if lang == "zh-TW" else "this plan's" in profile
        )
        assert equal not in render.caveat(a, lang, "114-10")  # 55,205 of 99,503: not equal
        assert ratio in render.caveat(a, lang, "114-10")


def test_sources_say_the_printed_unit_and_the_shown_ones():
    a = assess_report(parse_report(paths.BUNDLED_REPORT))
    report = a.report
    zh = render.sources(a).markdown
    en = render.sources(a, "en").markdown
    # two lines under the heading (file and hash; lines and units): the block that ends every
    # page took a printed sheet of its own at four (COSM-1, COSM-2)
    for text in (zh, en):
        assert [line[:2] for line in text.split("\n")[2:]] == ["- ", "- "]
    assert report.sha256 in zh.split("\n")[2] and "來源行" in zh.split("\n")[3]
    assert f"金額原以{report.unit}列示；表格一律以千元列示，文字及圖表換算為億元或萬元" in zh
    # the printed unit in English (新臺幣千元 -> NT$ thousand): no Chinese on the English page
    assert "printed in NT$ thousand: tables show them exactly in NT$ thousand" in en.replace(
        "\\", ""
    )
    assert report.unit not in en


def test_headers_come_from_the_schema():
    """Every header is the schema's label, except the few short headers listed in render."""
    assert not hasattr(render, "COLUMNS")  # no second copy of the labels
    assert len(render.SHORT_HEADERS) <= 8
    for column in render.SHORT_HEADERS:
        assert render.schema_field(column) is not None, column  # shortens a real column
    for table in render.SCHEMA_TABLES:
        for lang in ("zh-TW", "en"):
            for name, label in schema.labels(table, lang).items():
                if name not in render.SHORT_HEADERS:  # amounts: the label and the unit
                    assert render.column_label(name, lang, table).startswith(label)
    assert render.column_label("name_en") == schema.field("plan_assessment", "name_en").label_zh
    assert render.column_label("evidence") == "機關說明（原文）"  # display-only column
    frame = pd.DataFrame({"plan_id": ["114-01"], "evidence_text": ["x"]})
    html = render.table(frame, lang="en").html
    assert schema.field("targets", "evidence_text").label_en in html


def test_every_amount_column_reads_in_one_unit():
    """A table's amount column: exact 千元 figures, the unit once in its header (no 億元 beside
    萬元 beside 千元, no 3.8億元 beside 54.75億元)."""
    import re

    a = govplans.load_assessment()
    amounts = [f.name for f in schema.fields("plan_assessment") if f.unit == schema.THOUSAND_TWD]
    for lang, unit in (("zh-TW", "（千元）"), ("en", " (NT$ thousand)")):
        for frame, columns in (
            (a.plans, ["plan_id", "name", *amounts]),
            (a.portfolio, ["scope", *amounts]),
        ):
            page = render.table(frame, columns, lang).html
            heads = [  # the unit is on a line of its own
                h.replace("<br>", "" if lang == "zh-TW" else " ")
                for h in re.findall(r"<th[^>]*>(.*?)</th>", page)
            ]
            assert sum(h.endswith(unit) for h in heads) == len(amounts)
            for row in re.findall(r"<tr>(.*?)</tr>", page.split("<tbody>")[1]):
                cells = re.findall(r"<td[^>]*>([^<]*)</td>", row)[-len(amounts) :]
                assert all(re.fullmatch(r"-?\d{1,3}(,\d{3})*", c) for c in cells), cells
        total = a.plans["total_budget_thousand_twd"].iloc[0]
        figures = render.key_figures(a, a.plans["plan_id"].iloc[0], lang).html
        assert f">{int(total):,}<" in figures and f"{unit}</th>" in figures


def test_every_plan_summary_in_one_pass(make_report_text, write_text, monkeypatch):
    """profile_summaries does not filter the plans or flags once per plan (it was quadratic):
    the number of DataFrame look-ups is the same for 10 plans as for 40."""
    looked_up = []
    original = pd.DataFrame.__getitem__

    def counting(self, key):
        looked_up.append(1)
        return original(self, key)

    calls = []
    for n in (10, 40):
        a = assess_report(parse_report(write_text(make_report_text(n), name=f"r{n}.txt")))
        assert render.profile_summaries(a) == {
            pid: render.profile_summary(a, pid) for pid in a.plans["plan_id"]
        }
        titles = render.profile_titles(a, "en")
        assert titles == {
            pid: render.report_title(a, "profile", "en", pid) for pid in a.plans["plan_id"]
        }
        looked_up.clear()
        monkeypatch.setattr(pd.DataFrame, "__getitem__", counting)
        render.profile_summaries(a, "en")
        render.profile_titles(a, "en")
        monkeypatch.setattr(pd.DataFrame, "__getitem__", original)
        calls.append(len(looked_up))
    assert calls[0] == calls[1]


def test_english_pages_name_the_agency_in_english(make_report_text, write_text, tmp_path):
    """The English title, headings, sources and narrative use the curated agency name (from
    src/govplans/annotations/agency_names_en.csv); an agency without one keeps its Chinese
    name."""
    from govplans.present import narrative
    from govplans.read import reference

    names = reference.read_csv(paths.ANNOTATIONS_DIR / reference.AGENCY_NAMES_FILE)
    curated = dict(zip(names["agency_zh"], names["agency_en"], strict=True))
    a = govplans.load_assessment()
    agency, english = a.report.agency, curated[a.report.agency]
    en_pages = [
        render.report_title(a, "overview", "en"),
        # takes the agency as the page shows it (it no longer looks the English name up)
        render.report_title_text(render.agency_name(a, "en"), a.report.fiscal_year, "en"),
        render.title(a, "profile", "en", "114-01").markdown,
        render.sources(a, "en").markdown,
        narrative.portfolio_narrative(a, "en").split("\n")[0],
    ]
    for text in en_pages:
        assert english in text.replace("\\", "") and agency not in text, text
    assert agency in render.report_title(a, "overview") and english not in (
        narrative.portfolio_narrative(a)
    )
    other = assess_report(
        parse_report(write_text(make_report_text(2, agency="測試發展部", fiscal_year=115)))
    )
    # an agency without a curated English name: as printed, marked as original Chinese
    assert narrative.portfolio_narrative(other, "en").startswith(
        "**測試發展部 (original Chinese): plan execution"
    )
    assert render.report_title(other, "overview", "en").startswith(
        "測試發展部 (original Chinese), FY"
    )
    assert reference.english_agency(agency, tmp_path) == agency  # no file: the Chinese name


def test_targets_table_headers_are_distinct():
    """No two headers of the profile's targets table read the same (was 'Target | Target')."""
    import re

    a = govplans.load_assessment()
    columns = ["target_index", "text", "target_value", "achieved_value", "unit", "status"]
    for lang in ("zh-TW", "en"):
        page = render.table(a.targets, [*columns, "evidence"], lang).html
        heads = re.findall(r"<th[^>]*>(.*?)</th>", page)
        assert len(heads) == len(set(heads)) == len(columns) + 1, heads


def test_flags_tables_keep_warnings_and_notes_apart():
    a = govplans.load_assessment()
    warnings = render.flags_table(a, kind="warning", empty="no_warnings").html
    assert "累計執行率55.5%，未達70%" in warnings and "期程經過比率" not in warnings
    pace = render.flags_table(a, groups=["pace"], empty="no_pace_notes").html
    assert "低於期程經過比率" in pace and "未達70%" not in pace
    assert pace.count(">114-13<") == 1
    setting = render.flags_table(a, groups=["target_setting"], empty="no_target_notes").html
    assert "目標值可能訂得偏低" in setting and "均無量化指標" in setting
    none = render.flags_table(a, codes=[], kind="warning", empty="no_warnings").html
    assert "沒有計畫有警示。" in none


def test_key_figures_show_both_periods_and_notes_apart():
    a = govplans.load_assessment()
    html = render.key_figures(a, "114-10").html
    assert "計畫期程（原列）</th><td" in html and "113年1月至115年12月" in html
    assert "114年10月至115年12月（達成說明第2項）" in html
    assert ">附註</th>" in html and ">警示</th>" in html
    assert "修正後期程" not in render.key_figures(a, "114-01").html
    en = render.key_figures(a, "114-10", "en").html
    assert "2025-10 to 2026-12 (attainment item 2)" in en and ">Notes</th>" in en
    assert "2024-01 to 2026-12" in en and ">Warnings</th>" in en
    # the share elapsed is on the printed period (the money was appropriated since its start),
    # the revised period's share beside it for information, never clearing the note (B3)
    assert (
        "66.7%（依報告所述修正後期程（114年10月至115年12月）已過20.0%（15個月中的3個月），"
        "僅供參照；進度附註依原列期程判定（經費自原列期程起編列））" in html
    )
    assert "預算編列進度24.4%，低於期程經過比率66.7%達42.2個百分點" in html
    assert "66.7% (on the revised period the report states (2025-10 to 2026-12) 20.0% had " in en
    assert "for information only; the pace note is judged on the printed period" in en
    assert "依報告所述" not in render.key_figures(a, "114-01").html


def test_a_compound_target_is_shown_whole():
    """「辦理攻防演練1場次、教育訓練2場次及分享交流會議4場次」: three parts, each with its target
    value, achieved value and status, under the one target that spans them."""
    a = govplans.load_assessment()
    html = render.targets_table(a, plan_id="114-02").html
    first = html.split("<tbody>")[1].split("</tr>")[:3]
    assert 'rowspan="4"' in first[0]  # its three parts and the review note's row
    for row, (part, goal, got) in zip(
        first,
        [
            ("辦理通傳事業攻防演練1場次", "1場次", "1場次"),
            ("教育訓練2場次", "2場次", "2場"),
            ("分享交流會議4場次", "4場次", "4場"),
        ],
        strict=True,
    ):
        assert part in row and f">{goal}<" in row and f">{got}<" in row and "達成" in row
    assert "（整項）" in html and "未量化" in html  # target 3 has no number
    # every part of every target has its row, and every review note one of its own
    every = render.targets_table(a).html
    notes = a.targets["review_reason"].notna() & (a.targets["status_source"] == "reviewed")
    rows = every.split("<tbody>")[1]
    assert rows.count("<tr") == len(a.components) + int(notes.sum())
    assert rows.count('<tr class="govplans-review-row"') == int(notes.sum())


def test_a_review_note_is_the_targets_not_its_last_parts():
    """114-07 target 1 (seven parts): the note on the whole target has a row of its own under
    the parts, labelled as the whole target's, which the target's cells span; the last part's
    row (國際座談會) holds its own evidence only (analyst re-read N2)."""
    a = govplans.load_assessment()
    html = render.targets_table(a, plan_id="114-07").html
    target = html.split("<tbody>")[1].split('<tr style="background:#f4f4f4">')[0]
    rows = target.split("</tr>")[:-1]
    parts = a.target_component_rows("114-07", 1)
    assert len(rows) == len(parts) + 1
    assert f'rowspan="{len(parts) + 1}"' in rows[0]
    assert "國際座談會" in rows[-2] and "本工具維護者之人工檢視（" not in rows[-2]
    assert rows[-1].startswith('<tr class="govplans-review-row"')
    assert "整項目標之檢視說明" in rows[-1] and "本工具維護者之人工檢視（" in rows[-1]
    english = render.targets_table(a, "en", plan_id="114-07").html
    assert "On the whole target" in english


def test_the_review_note_claims_no_yearly_count_the_report_does_not_give():
    """The report gives only a cumulative count of spectrum news (line 58, item 4: 「累計…共12期
    (合計60則)」): the note says so rather than 「60則…達成或超過」 (analyst re-read N2)."""
    a = govplans.load_assessment()
    t = a.targets[(a.targets["plan_id"] == "114-07") & (a.targets["target_index"] == 1)].iloc[0]
    note = str(t["review_reason"])
    achieved = note.split("均達成或超過")[0]
    assert "頻譜新聞" not in achieved and "60則" not in achieved
    assert "累計" in note and "未列本年度則數" in note
    assert t["status"] == "unclear"


def test_an_unclear_part_says_what_no_text_gave_and_a_part_set_low_says_so():
    a = govplans.load_assessment()
    html = render.targets_table(a, plan_id="114-07").html
    assert "無法判定：達成說明及執行情形均未列出此項的數量，也未說明已完成" in html
    assert "無法判定：僅列出累計數，未說明其中本年度的數量" in html  # 3則 vs 累計…合計60則
    en = render.targets_table(a, "en", plan_id="114-07").html
    assert "Cannot tell: neither the attainment nor the execution text gives a figure" in en
    low = render.targets_table(a, plan_id="114-08").html
    assert "目標值可能偏低（達成值達目標值3倍以上）" in low  # 500人次 → 5,994人次
    low_en = render.targets_table(a, "en", plan_id="114-08").html
    assert "target possibly set low (achieved at least 3× the target)" in low_en
    review = render.targets_table(a, statuses=["unclear"], empty="no_review").html
    unclear = set(a.targets.loc[a.targets["status"] == "unclear", "plan_id"])  # statuses used
    assert "114-07" in unclear
    for plan_id in a.plans["plan_id"]:
        assert (f">{plan_id}<" in review) is (plan_id in unclear), plan_id
    reviewed = render.targets_table(a, plan_id="114-03").html
    # the engine now agrees with the review on 114-03 (approved, not delivered): the status is
    # the reviewed one with no automatic one beside it (a review that differs: the next test);
    # the reviewer's reason is shown all the same, named as the tool maintainers' review with
    # its file, in the evidence column (not the narrow status column) (F7, F11, C4)
    assert "本工具維護者之人工檢視" in reviewed and "自動判定為" not in reviewed
    note = "〔本工具維護者之人工檢視（reviewed_targets_moda_114.csv），非官方審查〕"
    assert reviewed.count(note) == 4  # its four targets are all reviewed
    assert note + "重新檢視（核定而未交付不算達成）" in reviewed
    # B2: target 1 (補助…1案) is met by the approval of the case: said so, not "done"
    first = reviewed.split("<tbody>")[1].split("</tr>")[0]
    assert "判定理由：已核定所計之案（核定即計入；工程尚待完工查核者另見執行情形）" in first
    assert "機關說明已完成" not in first
    status_cells = re.findall(r"min-width:5em[^>]*>(.*?)</td>", reviewed)
    assert status_cells and not any("重新檢視" in c for c in status_cells)
    en = render.targets_table(a, "en", plan_id="114-03").html
    assert "[the tool maintainers&#x27;" in en or "[the tool maintainers'" in en
    assert "not an official review]" in en and "(original Chinese)" in en
    none = render.targets_table(a, statuses=["no_such_status"], empty="no_review").html
    assert "沒有待確認的目標。" in none


def test_a_reviewed_status_that_differs_shows_the_automatic_one_and_the_reason():
    a = govplans.load_assessment()
    reviews = pd.DataFrame(
        {
            "agency": ["數位發展部"],
            "fiscal_year": ["114"],
            "plan_id": ["114-07"],
            "target_index": ["1"],
            "target_text": [""],
            "status_reviewed": ["met"],
            "reason": ["達成說明9：已協助參與國際組織。"],
        }
    )
    b = govplans.assess_report(a.report, a.thresholds, reviews)
    html = render.targets_table(b, plan_id="114-07").html
    assert "本工具維護者之人工檢視（自動判定為待確認）" in html
    assert "非官方審查〕達成說明9：已協助參與國際組織。" in html
    assert "無法判定：" in html  # the part keeps its automatic status and why


def test_targets_table_escapes_report_text(make_report_text, write_text):
    from govplans.testing.synthetic import SyntheticPlan

    evil = "<img src=x onerror=alert(1)>"
    plan = SyntheticPlan(
        "甲計畫",
        targets=[f"辦理說明會{evil}至少2場。"],
        attainment=[f"完成說明會{evil}3場。"],
    )
    a = govplans.load_assessment(str(write_text(make_report_text([plan]))), "none")
    html = render.targets_table(a).html
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_the_index_is_a_dashboard_of_every_plan():
    a = govplans.load_assessment()
    rows = render.dashboard_rows(a)
    assert [r["plan_id"] for r in rows] == list(a.plans["plan_id"])
    low = next(r for r in rows if r["plan_id"] == "114-10")
    assert (low["execution_rate"], low["band"], low["not_met"]) == ("55.5%", "critical", 3)
    entries = [render.IndexEntry("portfolio_overview.html", "總覽", "14項計畫", "overview")]
    page = render.index_page(entries, "標題", {}, dashboard=rows)
    assert page.index("各計畫一覽") < page.index("報告頁面")  # the plans first, summaries on top
    assert 'href="plan_profile_114-10.html"' in page and 'class="band-critical"' in page
    assert "govplans-filter" in page  # sortable and filterable offline


def test_flag_rows_and_plan_tables_link_the_plan_profile():
    a = govplans.load_assessment()
    flags = render.flags_table(a).html
    assert '<a href="plan_profile_114-10.html">114-10</a>' in flags
    plans = render.table(a.plans, ["plan_id", "name"], link_plans=True).html
    assert '<a href="plan_profile_114-01.html">114-01</a>' in plans
    assert "<a " not in render.table(a.plans, ["plan_id", "name"]).html  # only when asked


def test_consistency_section_lists_only_the_consistency_check():
    a = govplans.load_assessment()
    flags = a.plans.set_index("plan_id")["flags"].astype(str)
    assert "targets_not_met" in flags["114-10"]
    page = render.consistency_table(a).html
    # 114-10's targets not met is a warning, not the consistency check
    assert "114-10" not in page and "未達成" not in page
    assert "無計畫符合（累計執行率未達80%而績效目標悉數達成）" in page
    en = render.consistency_table(a, "en").html
    assert "below 80% while every target is met" in en


def test_consistency_section_lists_a_plan_met_despite_low_execution(tmp_path):
    plans = [
        SyntheticPlan("甲計畫", appropriated=50_000, executed=30_000),  # 60%, target met
        SyntheticPlan("乙計畫", appropriated=50_000, executed=50_000),  # 100%
    ]
    a = assess_report(parse_report(write_report(tmp_path / "r.txt", plans)), annotations=None)
    listed = render.consistency_table(a).html
    assert ">114-01<" in listed and ">114-02<" not in listed and "無計畫符合" not in listed
    assert "績效目標悉數達成" in listed


def test_english_pages_show_the_printed_name_and_mark_chinese():
    a = govplans.load_assessment()
    printed = "晶片驅動產業創新再升級—非地面通訊關鍵技術與應用推動計畫"
    title = render.report_title(a, "plan_profile", "en", "114-10")
    assert title.endswith(f" (unofficial translation; {printed})")
    assert title.startswith("114-10 Chip-Driven")
    assert render.report_title(a, "plan_profile", "zh-TW", "114-10") == f"114-10 {printed}"
    flags = render.flags_table(a, "en", kind="warning").html
    assert f"(unofficial translation; {printed})" in flags
    assert "unofficial translation" not in render.flags_table(a, kind="warning").html
    en = render.targets_table(a, "en", plan_id="114-02").html
    assert "教育訓練2場次 (original Chinese)" in en  # the part, as printed
    assert "(original Chinese)" not in render.targets_table(a, plan_id="114-02").html
    text = plan_narrative(a, "114-10", "en")
    assert f"(unofficial translation; {printed})**" in text
    assert "” (original Chinese)" in text and "“" in text
    quotes = [q for q in text.split("“")[1:] if re.search(r"[\u4e00-\u9fff]", q.split("”")[0])]
    assert quotes and all(q.split("”", 1)[1].startswith(" (original Chinese)") for q in quotes)


def test_the_aligned_label_cites_the_items_quoted():
    """The 對應 label and the quoted evidence read the same columns (printed item numbers), never
    the aligned item's position; evidence found without an aligned item says so."""
    from types import SimpleNamespace

    row = dict(target_type="count", evidence_section="attainment", evidence_execution_items="")
    # position 3 among the items (a lead sentence first) is printed item 2; the quote cites 5
    quoted = SimpleNamespace(**row, alignment="content", evidence_item=3, evidence_items="5")
    text = render.target_type_text(quoted)
    assert "對應：達成說明第5項（依內容對應）" in text and "第3項" not in text
    found = SimpleNamespace(**row, alignment="none", evidence_item=None, evidence_items="2")
    text = render.target_type_text(found)
    # evidence found in an item not aligned is cited as evidence, not as an alignment (C2)
    assert text.endswith("佐證：達成說明第2項（非對應項目，依數值或文字比對）")
    assert "對應：" not in text and "無對應項目" not in text
    en = render.target_type_text(found, "en")
    assert en.endswith(
        "Evidence: attainment item 2 (an item not aligned, found by its figure or words)"
    )
    assert "Aligned:" not in en
    empty = SimpleNamespace(**row, alignment="none", evidence_item=None, evidence_items="")
    assert render.target_type_text(empty).endswith("對應：無對應項目")
    aligned = SimpleNamespace(**row, alignment="numbering", evidence_item=4, evidence_items="")
    assert render.target_type_text(aligned).endswith("對應：達成說明第4項（依項次對應）")


def test_no_pace_note_is_not_said_as_another_zero(tmp_path):
    """C7: 「另0項計畫有預算編列進度附註」 reads as a count of other plans."""
    from govplans.testing.synthetic import SyntheticPlan, write_report

    plan = SyntheticPlan("甲計畫", period="113年1月至116年12月", total=100_000, appropriated=50_000)
    a = assess_report(parse_report(write_report(tmp_path / "r.txt", [plan])), annotations=None)
    assert render.overview_summary(a).endswith("項計畫有警示")


def test_an_overview_summary_says_nothing_of_no_pace_notes():
    """Issue 18 C7: 「另0項計畫有預算編列進度附註」 on the site index."""
    import dataclasses

    a = govplans.load_assessment()
    a = dataclasses.replace(a, portfolio=a.portfolio.assign(n_pace_note_plans=0))
    assert render.overview_summary(a).endswith("2項計畫有警示")
    assert "附註" not in render.overview_summary(a)
    assert render.overview_summary(a, "en").endswith("; 2 plans with warnings")


def test_the_other_column_account_is_quoted_apart_from_the_type():
    from types import SimpleNamespace

    row = SimpleNamespace(
        target_type="binary",
        alignment="content",
        evidence_items="2",
        evidence_execution_items="",
        evidence_section="attainment",
        evidence_item=2,
        other_section="execution",
        other_item=2,
        other_text="初步建置網管中心<b>",
    )
    assert render.other_account(row) == "另一欄：執行情形第2項「初步建置網管中心<b>」"
    assert render.other_account(row, "en").startswith("Other column: execution item 2")
    # not in the narrow type column (NEW-3: it wrapped to a dozen short lines there)
    assert "另一欄" not in render.target_type_text(row)
    assert "Other column" not in render.target_type_text(row, "en")
    quoted = SimpleNamespace(**{**vars(row), "evidence_execution_items": "2"})
    assert render.other_account(quoted) == ""  # already quoted as evidence


def _cells(row_html: str) -> list[str]:
    return re.findall(r"<td[^>]*>(.*?)</td>", row_html)


def test_the_other_column_account_sits_under_the_agencys_words():
    """NEW-3 of the analyst's third read: the 「另一欄」 line is in the 機關說明（原文） column,
    under the evidence of the target's last part, on the target page and the profile, zh and
    en; escaped."""
    a = govplans.load_assessment()
    with_other = [
        t for t in a.targets.itertuples() if render.other_account(t) and t.plan_id == "114-06"
    ]
    assert with_other, "114-06 target 3 quotes the execution column's 「初步建置」"
    every = [t for t in a.targets.itertuples() if render.other_account(t)]
    for lang, label in (("zh-TW", "另一欄："), ("en", "Other column: ")):
        for plan_id, expected in ((None, len(every)), ("114-06", len(with_other))):
            table = render.targets_table(a, lang, plan_id).html
            mine = [r for r in table.split("<tr")[1:] if label in r]
            assert len(mine) == expected
            for row in mine:
                cells = _cells(row)
                assert label in cells[-1]  # the evidence column, the row's last
                assert all(label not in c for c in cells[:-1])
                head, _, other = cells[-1].partition('<span class="govplans-other">')
                assert head and other.startswith(label)  # the agency's words, then the other's


def test_the_method_page_says_what_the_other_column_line_is():
    from govplans.analyse.measures import Thresholds
    from govplans.present import method

    zh = "".join(str(h) for h in method.sections(Thresholds()))
    en = "".join(str(h) for h in method.sections(Thresholds(), "en"))
    assert "「另一欄」" in zh and "判定不因此改變" in zh
    assert "Other column" in en and "the verdict does not change" in en
