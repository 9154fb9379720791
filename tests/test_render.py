"""The display helpers the notebooks and the index use: formatting, labels, escaping."""

from __future__ import annotations

import pandas as pd

from govplans import render


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
    assert "核定總經費" in zh and "1.55億元" in zh and "95.2%" in zh and "未達成" in zh
    assert "測試計畫" in zh
    en = render.table(frame, columns, "en").html
    assert "Total approved budget" in en and "Test plan" in en and "not met" in en


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
