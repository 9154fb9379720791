"""The method page states what the code decides: every threshold with its parameter name and the
value it was made with, every flag, status, target type and reason code, in each language, all
text escaped; and every page's footer links it."""

from __future__ import annotations

import html
import re
from dataclasses import fields, replace

import nbformat
import pytest
from nbconvert import HTMLExporter

from govplans.analyse.measures import IN_STEP, Thresholds
from govplans.analyse.target_types import TARGET_TYPES
from govplans.analyse.targets import DECISION_REASONS, UNCLEAR_REASONS
from govplans.model.vocab import FLAG_CODES, SEVERITY, STATUSES
from govplans.present import method, render
from govplans.present.flags import flag_message
from govplans.present.words import (
    FLAG_LABELS,
    LANGS,
    METHOD_FLAG_RULES,
    METHOD_STATUS_RULES,
    METHOD_TEXT,
    METHOD_THRESHOLDS,
    METHOD_TYPE_RULES,
    PAGE_TEXT,
    STATUS_LABELS,
    STATUS_REASON_TEXT,
    TARGET_TYPE_TEXT,
    UNCLEAR_REASON_TEXT,
    pick,
)

SHA = "be696752ba23f500638c2f013fe31e126f49d820a5e992f27ac6c48330f7a70f"
SOURCES = [
    method.Source(
        "moda_114.txt", SHA, "數位發展部", 114, "reviewed_targets_moda_114.csv", 48, 48, 47
    ),
    method.Source("nstc_112.txt", "0" * 64, "國科會", 112),
]


DEFAULTS = Thresholds()


def _page(th: Thresholds = DEFAULTS, lang: str = "zh-TW") -> str:
    """The page's HTML without its layout classes (cells compared as ``<td>…</td>``)."""
    return method.page_html(th, SOURCES, "9.8.7", lang).replace(' class="nowrap"', "")


def _row(page: str, name: str) -> str:
    """The thresholds table's row of parameter ``name``."""
    found = re.search(rf"<tr><td><code>{name}</code></td>(.*?)</tr>", page)
    assert found, f"no row for {name}"
    return found.group(1)


def _text(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


@pytest.mark.parametrize("lang", LANGS)
def test_every_threshold_with_its_parameter_name_value_and_default(lang):
    th = Thresholds()
    page = _page(th, lang)
    for f in fields(Thresholds):
        row = _row(page, f.name)
        shown = method.threshold_value(f.name, getattr(th, f.name), lang)
        assert f"<strong>{html.escape(shown)}</strong>" in row
        assert html.escape(pick(METHOD_THRESHOLDS[f.name], lang)) in row
    assert html.escape(method.threshold_value("in_step", IN_STEP, lang)) in _row(page, "IN_STEP")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", [f.name for f in fields(Thresholds)])
def test_changing_a_threshold_changes_the_page(name, lang):
    """Each threshold changed alone: its row shows the new value (the default beside it) and
    every rule naming it shows the new value; nothing else moves."""
    changed = {
        "execution_warn": 0.95,
        "execution_low": 0.75,
        "execution_critical": 0.55,
        "appropriation_margin": 0.2,
        "exceed_margin": 0.25,
        "low_target_multiple": 5.0,
    }[name]
    default, th = Thresholds(), replace(Thresholds(), **{name: changed})
    before, after = _page(default, lang), _page(th, lang)
    assert before != after
    new = method.threshold_value(name, changed, lang)
    old = method.threshold_value(name, getattr(default, name), lang)
    row = _row(after, name)
    assert f"<strong>{html.escape(new)}</strong>" in row
    assert f"<td>{html.escape(old)}</td>" in row  # the default, beside it
    open_, close = ("（", "）") if lang == "zh-TW" else (" (", ")")
    in_rule = f"<code>{name}</code>{open_}{html.escape(new)}{close}"
    if any(f"{{{name}}}" in pick(r, lang) for r in METHOD_FLAG_RULES.values()):
        assert in_rule in after
    for other in fields(Thresholds):
        if other.name != name:
            assert _row(after, other.name) == _row(before, other.name)


def test_the_exceed_example_is_computed_from_the_margin():
    assert "達成值 110 以上" in _page()
    assert "達成值 90 以下" in _page()
    page = _page(replace(Thresholds(), exceed_margin=0.25))
    assert "達成值 125 以上" in page and "達成值 75 以下" in page
    english = _page(replace(Thresholds(), exceed_margin=0.25), "en")
    assert "an achieved 125 or more is exceeded" in english


@pytest.mark.parametrize("lang", LANGS)
def test_every_flag_with_its_label_kind_rule_and_weight(lang):
    page = _page(lang=lang)
    for code in FLAG_CODES:
        row = re.search(rf"<tr><td>([^<]*)</td><td><code>{code}</code></td>(.*?)</tr>", page)
        assert row, code
        assert row.group(1) == html.escape(pick(FLAG_LABELS[code], lang))
        assert f"<td>{SEVERITY[code]}</td>" in row.group(2)
    assert html.escape(pick(METHOD_TEXT["warning"], lang)) in page
    assert html.escape(pick(METHOD_TEXT["note"], lang)) in page


@pytest.mark.parametrize("lang", LANGS)
def test_every_status_type_and_reason_code(lang):
    page = _page(lang=lang)
    for status in STATUSES:
        assert (
            f"<td>{html.escape(pick(STATUS_LABELS[status], lang))}</td><td><code>{status}</code>"
            in page
        )
    for kind in TARGET_TYPES:
        assert (
            f"<td>{html.escape(pick(TARGET_TYPE_TEXT[kind], lang))}</td><td><code>{kind}</code>"
            in page
        )
        recognised, met_when = METHOD_TYPE_RULES[kind]
        assert html.escape(pick(recognised, lang)) in page
        assert html.escape(pick(met_when, lang)) in page
    for code in DECISION_REASONS:
        words = html.escape(pick(STATUS_REASON_TEXT[code], lang))
        assert f"<td><code>{code}</code></td><td>{words}</td>" in page
    for code in UNCLEAR_REASONS:
        words = html.escape(pick(UNCLEAR_REASON_TEXT[code], lang))
        assert f"<td><code>{code}</code></td><td>{words}</td>" in page


def test_the_words_cover_every_code_of_the_engine():
    assert set(METHOD_THRESHOLDS) == {f.name for f in fields(Thresholds)} | {"in_step"}
    assert set(METHOD_FLAG_RULES) == set(FLAG_CODES)
    assert set(METHOD_STATUS_RULES) == set(STATUSES)
    assert set(METHOD_TYPE_RULES) == set(TARGET_TYPES)
    assert set(DECISION_REASONS) <= set(STATUS_REASON_TEXT)
    assert set(UNCLEAR_REASONS) <= set(UNCLEAR_REASON_TEXT)


@pytest.mark.parametrize("lang", LANGS)
def test_what_the_source_does_not_carry_and_in_year_coverage(lang):
    text = _text(_page(lang=lang))
    if lang == "zh-TW":
        for word in (
            "實現數",
            "應付數",
            "保留數",
            "無法計算立法院預算中心之年度預算執行率",
            "累計",
        ):
            assert word in text
        assert "3項計畫（共8項）" in text and "並非機關全體之本年度執行率" in text
        assert "人工檢視" in text and "自動判定" in text
        assert "係本工具維護者自行檢視報告文字所作，非官方或機關之審查" in text  # F11
        # B2: approved is under way, except a target counting cases, whose approval is the case
        assert "惟目標所計者為案件（如「補助…1案」）時，核定即為所計之案" in text
        # B3: the pace note is judged on the printed period, a revised one beside it
        assert "故預算編列進度附註亦依原列期程判定" in text and "不據以解除附註" in text
    else:
        assert "realised amounts (實現數), payables (應付數)" in text
        assert "annual execution rate" in text and "cannot be computed" in text
        assert "3 of 8 plans" in text and "not the agency's" in text
        assert "reviewed" in text and "automatic" in text
        assert "the tool maintainers' own reading of the report text, not an official" in text
        assert "except for a target that counts cases" in text
        assert "so the pace note is judged on it too" in text and "never clears the note" in text


@pytest.mark.parametrize("lang", LANGS)
def test_sources_with_hash_reviewed_statuses_and_version(lang):
    page = _page(lang=lang)
    for source in SOURCES:
        assert f'<code class="hash">{source.sha256}</code>' in page
        assert source.name in page
    assert "govplans 9.8.7" in page
    if lang == "zh-TW":
        assert (
            "48/48 項目標（reviewed_targets_moda_114.csv）；其中自動判定與人工檢視相同者 47 項"
            in page
        )
        assert "無：全部為自動判定" in page
    else:
        assert "48 of 48 targets (reviewed_targets_moda_114.csv)" in page
        assert "none: every status is automatic" in page


def test_report_text_is_escaped():
    hostile = method.Source(
        '<img src=x onerror="alert(1)">.txt',
        "<b>",
        "[x](javascript&#58;alert(1))",
        114,
        "<script>.csv",
        1,
        1,
        1,
    )
    page = method.page_html(Thresholds(), [hostile], "<i>1</i>", "en")
    assert "<img" not in page and "<script" not in page and "<b>" not in page
    assert "<i>" not in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;.txt" in page
    assert "javascript&amp;#58;" in page


def test_english_page_every_sentence_in_english():
    """Chinese on the English page only as the report's own terms beside English words."""
    page = _page(lang="en")
    for node in re.findall(r">([^<]+)<", page):
        text = html.unescape(node)
        if re.search(r"[\u3400-\u9fff]", text) and text.strip() not in ("數位發展部", "國科會"):
            assert re.search(r"[A-Za-z]{3,}", text), text
    assert "（" not in page and "。" not in page


def test_the_consistency_check_is_named_as_the_tools():
    """No heading or message presents the tool's check as the Budget Center's finding."""
    plan = {"execution_rate": 0.5, "n_not_met": 0}
    for lang in LANGS:
        message = flag_message("targets_met_despite_low_execution", plan, Thresholds(), lang)
        heading = pick(PAGE_TEXT["consistency"], lang)
        for text in (message, heading):
            assert "預算中心一致性檢核" not in text and "Budget Center's consistency" not in text
        assert ("本工具" if lang == "zh-TW" else "tool's") in message
        assert ("本工具" if lang == "zh-TW" else "tool's") in heading
    page = _page()
    assert "本工具之一致性檢核（參照立法院預算中心評估作法）：累計執行率低於" in page


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_footer_links_the_method_page_in_its_language(lang):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("text")]
    exporter = HTMLExporter(
        template_name=render.PAGE_TEMPLATE, extra_template_basedirs=[str(render.PAGE_TEMPLATES)]
    )
    body, _ = exporter.from_notebook_node(nb, resources=render.page_resources(lang))
    label = html.escape(pick(render.NAV_TEXT["method"], lang))
    footer = re.search(
        r'<footer class="govplans-footer"[^>]*>\s*<a href="([^"]+)"[^>]*>([^<]+)</a>', body
    )
    assert footer, "no footer link"
    assert footer.groups() == (render.METHOD_PAGE, label)
    assert render.METHOD_PAGE == "method.html"  # relative: beside the page, as index.html is


@pytest.mark.parametrize("lang", LANGS)
def test_the_index_page_footer_links_the_method_page(lang):
    page = render.index_page([], "<title>", {}, lang)
    label = html.escape(pick(render.NAV_TEXT["method"], lang))
    assert f'<footer class="govplans-footer"><a href="method.html">{label}</a></footer>' in page


@pytest.mark.parametrize("lang", LANGS)
def test_the_index_summary_states_the_thresholds_by_parameter(lang):
    line = method.summary(Thresholds(), lang)
    assert "execution_warn 90%" in line and "low_target_multiple 3" in line
    assert "execution_warn 85%" in method.summary(replace(Thresholds(), execution_warn=0.85), lang)
