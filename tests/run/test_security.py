"""Report text is data: a report whose plan name and items carry HTML and script reaches every
page the runner writes as escaped text only."""

from __future__ import annotations

import re

import pytest

from govplans.present import render
from govplans.run import runner
from govplans.testing.synthetic import make_plans, write_report

pytestmark = pytest.mark.slow

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
LINK = "[點我](javascript:alert(2))"
EVIL_NAME = f"{SCRIPT}惡意{IMG}計畫"
#: Anything that would run in a browser if the payloads were not escaped.
RAW = [
    re.compile(r"<script>alert", re.IGNORECASE),
    re.compile(r"<img[^>]*onerror", re.IGNORECASE),
    re.compile(r"""href=["']?\s*javascript:""", re.IGNORECASE),
    re.compile(r"<b>粗體", re.IGNORECASE),
]


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    plans = make_plans(2, seed=2)
    plans[0].name = EVIL_NAME
    plans[0].targets = [f"辦理說明會{IMG}至少2場。", f"{LINK}發布新聞稿3則。"]
    plans[0].attainment = [f"完成說明會{SCRIPT}3場。", "完成發布新聞稿<b>粗體</b>3則。"]
    plans[0].execution = [f"已完成{SCRIPT}工作。", f"{IMG}"]
    plans[0].planned_work = [f"辦理{IMG}工作。", f"推動{SCRIPT}計畫。"]
    source = write_report(tmp_path_factory.mktemp("evil") / "evil.txt", plans)
    out = tmp_path_factory.mktemp("out")
    runner.render_reports(source=source, out=out, jobs=2, progress=lambda _: None)
    return {p.name: p.read_text(encoding="utf-8") for p in out.glob("*.html")}


def test_every_page_was_written(pages):
    assert set(pages) == {
        "index.html",
        "portfolio_overview.html",
        "plan_profile_114-01.html",
        "plan_profile_114-02.html",
        "target_attainment.html",
    }


@pytest.mark.parametrize(
    "page",
    [
        "index.html",
        "portfolio_overview.html",
        "plan_profile_114-01.html",
        "plan_profile_114-02.html",
        "target_attainment.html",
    ],
)
def test_no_raw_markup_from_the_report_reaches_html(pages, page):
    for pattern in RAW:
        assert not pattern.search(pages[page]), f"{page}: {pattern.pattern}"


def test_the_text_is_there_escaped(pages):
    escaped_script = "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert escaped_script in pages["index.html"]  # the plan name, in the link text
    profile = pages["plan_profile_114-01.html"]
    assert profile.count(escaped_script) >= 3  # title, sections, narrative
    assert "&lt;img src=x onerror=alert(1)&gt;" in profile
    assert "[點我](javascript:alert(2))" in profile  # shown as text, not a link
    assert "&lt;b&gt;粗體" in profile or "粗體" in profile  # tag stripped or escaped, never markup
    overview = pages["portfolio_overview.html"]
    assert escaped_script in overview and "&lt;img src=x onerror=alert(1)&gt;" in overview


def test_markdown_helpers_escape():
    assert render.escape_markdown(SCRIPT) == r"&lt;script&gt;alert\(1\)&lt;/script&gt;"
    assert "<" not in render.safe_markdown(f"**{EVIL_NAME}**").markdown
    assert "](javascript:" not in render.safe_markdown(LINK).markdown
    table = render.table(
        __import__("pandas").DataFrame({"plan_id": ["114-01"], "name": [EVIL_NAME]}),
        ["plan_id", "name"],
    ).html
    assert SCRIPT not in table and "&lt;script&gt;" in table


def test_sortable_tables_keep_the_text_escaped_and_write_no_html(pages):
    """The offline sort and filter script reads cells as text and moves rows; it never writes
    HTML (no innerHTML, outerHTML, insertAdjacentHTML or document.write), so the escaped report
    text in the tables stays text when a reader sorts or filters."""
    attainment = pages["target_attainment.html"]
    assert "govplans-filter" in attainment  # the tables are interactive
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in attainment or "&lt;img" in attainment
    for page, text in pages.items():
        script = "".join(re.findall(r"<script>(.*?)</script>", text, re.DOTALL))
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in script, f"{page}: {sink}"
