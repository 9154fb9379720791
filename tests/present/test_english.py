"""English pages in English: curated agency names, the report's title, untranslated report text
marked as original Chinese, and a link to the same page in the other language."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from govplans.present import render
from govplans.present.words import name_in, original, report_title_in
from govplans.read import reference


def test_the_central_agencies_have_their_official_english_names():
    path = resources.files("govplans.annotations") / "agency_names_en.csv"
    with path.open(encoding="utf-8") as f:
        rows = {r["agency_zh"]: r["agency_en"] for r in csv.DictReader(f)}
    expected = {
        "數位發展部": "Ministry of Digital Affairs",
        "環境部": "Ministry of Environment",
        "國家科學及技術委員會": "National Science and Technology Council",
        "衛生福利部": "Ministry of Health and Welfare",
        "交通部": "Ministry of Transportation and Communications",
        "內政部": "Ministry of the Interior",
        "經濟部": "Ministry of Economic Affairs",
        "農業部": "Ministry of Agriculture",
        "國軍退除役官兵輔導委員會": "Veterans Affairs Council",
        "金融監督管理委員會": "Financial Supervisory Commission",
        "中央銀行": "Central Bank of the Republic of China (Taiwan)",
    }
    for zh, en in expected.items():
        assert rows[zh] == en
    assert len(rows) >= 35 and all(en.strip() for en in rows.values())
    assert not any("\u4e00" <= c <= "\u9fff" for en in rows.values() for c in en)
    assert reference.english_agency("環境部") == "Ministry of Environment"


def test_untranslated_report_text_is_marked_as_original_chinese():
    assert name_in("en", "晶片計畫", "Chip plan") == "Chip plan"
    assert name_in("en", "晶片計畫", "晶片計畫") == "晶片計畫 (original Chinese)"
    assert name_in("en", "晶片計畫", None) == "晶片計畫 (original Chinese)"
    assert name_in("zh-TW", "晶片計畫", "Chip plan") == "晶片計畫"
    assert original("5G plan", "en") == "5G plan"  # nothing Chinese: nothing to mark
    title = "重要社會發展、重大科技發展計畫執行情形及目標達成情形表"
    english = report_title_in(title, "新臺幣千元", "en")
    assert english.startswith("Execution and target attainment") and "(NT$ thousand)" in english
    assert report_title_in("其他標題", "新臺幣千元", "en") == (
        "其他標題 (original Chinese) (NT$ thousand)"
    )
    assert report_title_in(title, "新臺幣千元", "zh-TW") == f"{title}（新臺幣千元）"


@pytest.mark.parametrize(
    ("page", "lang", "href"),
    [
        ("index.html", "zh-TW", "en/index.html"),
        ("index.html", "en", "../index.html"),
        ("corpus.html", "zh-TW", "en/corpus.html"),
        (
            "數位發展部_114/plan_profile_114-01.html",
            "zh-TW",
            "../en/%E6%95%B8%E4%BD%8D%E7%99%BC%E5%B1%95%E9%83%A8_114/plan_profile_114-01.html",
        ),
        (
            "數位發展部_114/plan_profile_114-01.html",
            "en",
            "../../%E6%95%B8%E4%BD%8D%E7%99%BC%E5%B1%95%E9%83%A8_114/plan_profile_114-01.html",
        ),
    ],
)
def test_every_page_can_link_the_same_page_in_the_other_language(page, lang, href):
    assert render.other_language_href(page, lang) == href
    g = render.page_resources(lang, page=page)["govplans"]
    assert g["language_href"] == href
    assert g["language_label"] == ("English" if lang == "zh-TW" else "中文（繁體）")
    assert "language_href" not in render.page_resources(lang)["govplans"]  # no page: no link
    index = render.index_page([], "t", {}, lang, page=page)
    assert f'href="{href}"' in index
