"""First-day pages (issue 18 items 8-9): the banner of pages built from a constructed report
on every page made with the page template, a report's index and a site's index; the links
to the search page and to the other language."""

from __future__ import annotations

import html

import nbformat
import pytest
from nbconvert import HTMLExporter

from govplans.present import render
from govplans.present.corpus import SiteReport, site_index_page
from govplans.present.words import CONSTRUCTED_BANNER, NAV_TEXT, SEARCH_TEXT, pick
from govplans.read.source import read_report
from govplans.run import paths

LANGS = ("zh-TW", "en")
FIXTURE = paths.PROJ_ROOT / "tests" / "fixtures" / "corpus" / "moda_113_constructed.txt"


def _page(resources: dict) -> str:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("text")]
    exporter = HTMLExporter(
        template_name=render.PAGE_TEMPLATE, extra_template_basedirs=[str(render.PAGE_TEMPLATES)]
    )
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    return body


def test_the_banner_words():
    assert CONSTRUCTED_BANNER == (
        "本頁含構造之測試資料，非官方數據",
        "This page includes constructed test data, not official figures",
    )


@pytest.mark.parametrize("lang", LANGS)
def test_a_page_of_a_constructed_report_says_so_and_no_other_page_does(lang):
    banner = html.escape(pick(CONSTRUCTED_BANNER, lang))
    page = _page(render.page_resources(lang, constructed=True))
    assert 'class="govplans-constructed" role="note"' in page and banner in page
    assert 'class="govplans-constructed"' not in _page(render.page_resources(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_the_indexes_of_a_constructed_report_say_so(lang):
    banner = html.escape(pick(CONSTRUCTED_BANNER, lang))
    assert banner in render.index_page([], "t", {}, lang, constructed=True)
    assert 'class="govplans-constructed"' not in render.index_page([], "t", {}, lang)
    constructed = SiteReport(read_report(FIXTURE), "x_113", [])
    real = SiteReport(read_report(paths.BUNDLED_REPORT), "x_114", [])
    assert banner in site_index_page([constructed, real], lang=lang)
    assert 'class="govplans-constructed"' not in site_index_page([real], lang=lang)


@pytest.mark.parametrize("lang", LANGS)
def test_the_site_index_links_the_search_page(lang):
    real = SiteReport(read_report(paths.BUNDLED_REPORT), "x_114", [])
    label = html.escape(pick(SEARCH_TEXT["title"], lang))
    assert f'<a href="search.html">{label}</a>' in site_index_page(
        [real], lang=lang, search_href="search.html"
    )
    assert "search.html" not in site_index_page([real], lang=lang)
    assert f'<a href="{render.METHOD_PAGE}">' in site_index_page([real], lang=lang)


def test_the_search_page_links_its_other_language():
    from govplans.present.search import search_page

    assert 'href="en/search.html"' in search_page("zh-TW", page="search.html")
    assert 'href="../search.html"' in search_page("en", page="search.html")
    assert 'hreflang="en"' not in search_page("zh-TW")


@pytest.mark.parametrize("lang", LANGS)
def test_the_search_page_of_a_constructed_report_says_so(lang):
    from govplans.present.search import search_page

    assert html.escape(pick(CONSTRUCTED_BANNER, lang)) in search_page(lang, constructed=True)
    assert 'class="govplans-constructed"' not in search_page(lang)


@pytest.mark.parametrize("lang", LANGS)
def test_the_front_page_has_no_link_back_to_itself(lang):
    """A build's front page (``govplans corpus``'s index.html) does not link 「← 回到索引」
    to itself; every other page does."""
    label = html.escape(pick(NAV_TEXT["index"], lang))
    front = _page(render.page_resources(lang, name=render.INDEX_PAGE))
    assert label not in front and 'href="index.html"' not in front
    other = _page(render.page_resources(lang, name="method.html"))
    assert f'<a href="index.html">{label}</a>' in other


@pytest.mark.parametrize("lang", LANGS)
def test_the_search_page_styles_its_banner_and_draws_chinese_in_a_sans_face(lang):
    """The search page (made without the page template) shows the constructed-data banner as
    the other pages do, and names an installed CJK sans face (Chinese in an English page's
    placeholder is not drawn in a fallback Ming face)."""
    from govplans.present.search import search_page

    page = search_page(lang, constructed=True)
    assert render.CONSTRUCTED_CSS in page and 'class="govplans-constructed"' in page
    assert "'Noto Sans CJK TC'" in page and "font-family:inherit" in page
