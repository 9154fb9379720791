"""Report text is data: a report whose plan name and items carry HTML and script reaches every
page the runner writes as escaped text only."""

from __future__ import annotations

import html
import re

import pytest

from govplans.present import render
from govplans.run import runner
from govplans.testing.synthetic import make_plans, write_report

pytestmark = pytest.mark.slow(seconds=5)

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
LINK = "[點我](javascript:alert(2))"
EVIL_NAME = f"{SCRIPT}惡意{IMG}計畫"
#: Markdown, entity-encoded script schemes, math and code in report text: shown as written.
ENTITY_LINKS = [
    "[甲](javascript&#58;alert(3))",
    "[乙](javascript&colon;alert(4))",
    "[丙](&#106;avascript:alert(5))",
]
MD_NAME = "**粗體**[官方說明](http://evil.example/x)$x^2$與`程式碼`計畫"
EVIL_AGENCY = "測試$x$`署`部"
#: Anything that would run in a browser if the payloads were not escaped.
RAW = [
    re.compile(r"<script>alert", re.IGNORECASE),
    # an onerror attribute of an img (not the escaped text of one inside a quoted alt)
    re.compile(r"""<img(?:\s+[\w-]+(?:="[^"]*")?)*\s+onerror""", re.IGNORECASE),
    re.compile(r"""href=["']?\s*javascript:""", re.IGNORECASE),
    re.compile(r"<b>粗體", re.IGNORECASE),
    re.compile(r"""href=["']?\s*(javascript|&#|&colon|http://evil)""", re.IGNORECASE),
    re.compile(r"<(strong|em|code)>(粗體|程式碼|x\^2|x</)", re.IGNORECASE),
    re.compile(r"<(mjx|math)", re.IGNORECASE),
]


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    plans = make_plans(2, seed=2)
    plans[0].name = EVIL_NAME
    plans[0].targets = [f"辦理說明會{IMG}至少2場。", f"{LINK}發布新聞稿3則。"]
    plans[0].attainment = [f"完成說明會{SCRIPT}3場。", "完成發布新聞稿<b>粗體</b>3則。"]
    plans[0].execution = [f"已完成{SCRIPT}工作。", f"{IMG}"]
    plans[0].planned_work = [f"辦理{IMG}工作。", f"推動{SCRIPT}計畫。"]
    plans[1].name = MD_NAME
    plans[1].targets = [
        f"{ENTITY_LINKS[0]}辦理說明會至少2場。",
        f"{ENTITY_LINKS[1]}發布新聞稿3則。",
    ]
    plans[1].attainment = [f"{ENTITY_LINKS[2]}完成說明會3場。", "完成**發布**新聞稿`3`則。"]
    plans[1].execution = ["已完成[官方說明](http://evil.example/y)工作。", "$a$與$b$"]
    source = write_report(tmp_path_factory.mktemp("evil") / "evil.txt", plans, agency=EVIL_AGENCY)
    out = tmp_path_factory.mktemp("out")
    runner.render_reports(source=source, out=out, jobs=2, progress=lambda _: None)
    return {p.name: p.read_text(encoding="utf-8") for p in out.glob("*.html")}


def test_every_page_was_written(pages):
    assert set(pages) == {
        "index.html",
        "method.html",
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


def test_markdown_entity_links_math_and_code_stay_text(pages):
    """A plan name, items and the agency's name with Markdown links (entity-encoded script
    schemes too), bold, code and ``$`` math reach the pages as the text they are, and the
    charts draw them (mathtext off) rather than failing."""
    profile = pages["plan_profile_114-02.html"]
    assert "**粗體**" in profile and "`程式碼`" in profile
    assert "[官方說明](http://evil.example/x)" in profile
    assert "$x^2$" in profile
    for link in ENTITY_LINKS:  # the text reader decodes the source's entities: the text stays
        assert html.unescape(link) in html.unescape(profile)
    assert "javascript:alert(3)" in profile  # as text: RAW finds no href to it
    assert "測試$x$`署`部" in pages["portfolio_overview.html"]


@pytest.mark.parametrize(
    "page", ["portfolio_overview.html", "plan_profile_114-02.html", "target_attainment.html"]
)
def test_charts_carry_a_description_of_what_they_draw(pages, page):
    alts = re.findall(r'<img [^>]*alt="([^"]*)"', pages[page])
    assert alts, page
    assert "No description has been provided" not in pages[page]
    assert all(len(alt) > 20 for alt in alts), alts
    if page == "portfolio_overview.html":
        assert any("114-01" in alt and "%" in alt for alt in alts), alts


def test_narrative_html_reads_only_the_package_layout():
    text = "**114-01 a**b**（社會；113年）\n\n- [x](javascript&#58;y) `c`\n1. $z$\n\n<b>t</b>"
    out = render.narrative_html(text, strong="114-01 a**b").html
    assert "<strong>114-01 a**b</strong>（社會；113年）" in out
    assert "<li>[x](javascript&amp;#58;y) `c`</li>" in out
    assert '<ol><li value="1">$z$</li></ol>' in out
    assert "&lt;b&gt;t&lt;/b&gt;" in out and "<b>" not in out


def test_markdown_helpers_escape():
    assert render.escape_markdown(SCRIPT) == r"&lt;script&gt;alert\(1\)&lt;/script&gt;"
    assert "<" not in render.safe_markdown(f"**{EVIL_NAME}**").markdown
    assert "](javascript:" not in render.safe_markdown(LINK).markdown
    for evil in [*ENTITY_LINKS, MD_NAME, "see http://evil.example now"]:
        escaped = render.escape_markdown(evil)
        assert not re.search(r"(?<!\\)[\[\]()`*$:]", escaped), escaped
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
