"""One count of met targets everywhere: the targets met on related work only
(``status_reason == "done_related"``) are said apart on every page that states how many targets
were met, with the same words (issue 18, FIX-2 residual of the analyst's third read)."""

from __future__ import annotations

import dataclasses
import html
import re

import pytest

import govplans
from govplans.present import corpus as corpus_page
from govplans.present import counts, render

ZH_WORDS = "（其中2項依相關工作推定）"
EN_WORDS = " (2 inferred from related work)"


@pytest.fixture(scope="module")
def bundled():
    return govplans.load_assessment()


@pytest.fixture(scope="module")
def bundled_corpus():
    return govplans.load_corpus()


def _text(markup: object) -> str:
    """A page fragment as a reader sees it: tags dropped, entities and Markdown escapes undone."""
    raw = getattr(markup, "html", None) or getattr(markup, "text", None) or str(markup)
    return html.unescape(re.sub(r"<[^>]+>", "", raw)).replace("\\", "")


def test_the_count_is_the_engines_met_targets_on_related_work(bundled):
    t = bundled.targets
    expected = t[(t["status"] == "met") & (t["status_reason"] == "done_related")]
    assert counts.met_inferred(t) == len(expected) == 2
    assert counts.target_names(t) == ["114-02目標4", "114-07目標2"]
    assert counts.target_names(t, "en") == ["114-02 target 4", "114-07 target 2"]
    assert counts.qualifier("met", 2) == ZH_WORDS
    assert counts.qualifier("met", 2, "en") == EN_WORDS
    assert counts.qualifier("exceeded", 2) == "" and counts.qualifier("met", 0) == ""


def test_every_page_stating_the_met_count_says_the_same(bundled, bundled_corpus):
    met = int((bundled.targets["status"] == "met").sum())
    for lang, words, said in (
        ("zh-TW", ZH_WORDS, f"達成{met}項{ZH_WORDS}"),
        ("en", EN_WORDS, f"{met} met{EN_WORDS}"),
    ):
        # the index
        assert said in render.attainment_summary(bundled, lang)
        # the overview narrative
        assert said in _text(render.narrative(bundled, lang))
        # the agency and corpus pages: the agency-year sentence and the note under the counts
        line = _text(corpus_page.summary(bundled_corpus, lang))
        assert (f"達成 {met}{ZH_WORDS}" if lang == "zh-TW" else said) in line
        note = _text(corpus_page.inferred_note(bundled_corpus, lang))
        assert ("114-02目標4、114-07目標2" if lang == "zh-TW" else "114-02 target 4") in note
        # the target page's count table: the note under it
        note = _text(render.met_inferred_note(bundled, lang))
        assert ("2項依相關工作推定" if lang == "zh-TW" else "2 are inferred") in note
        # a plan's line on the index, its row on the dashboard and its narrative
        one = words.replace("2", "1")
        assert one in render.profile_summary(bundled, "114-02", lang)
        assert one in render.profile_summaries(bundled, lang)["114-07"]
        assert one in _text(render.narrative(bundled, lang, "114-02"))
        rows = {r["plan_id"]: r for r in render.dashboard_rows(bundled, lang)}
        assert rows["114-02"]["met_inferred"] == counts.target_names(
            bundled.targets[bundled.targets["plan_id"] == "114-02"], lang
        )
        assert rows["114-01"]["met_inferred"] == []
        dashboard = html.unescape(render._dashboard(list(rows.values()), lang))
        assert counts.note(counts.target_names(bundled.targets, lang), lang) in dashboard


def test_no_qualifier_and_no_note_when_no_met_target_rests_on_related_work(bundled):
    targets = bundled.targets.copy()
    targets.loc[targets["status_reason"] == "done_related", "status_reason"] = "done_statement"
    plain = dataclasses.replace(bundled, targets=targets)
    for lang in ("zh-TW", "en"):
        assert "推定" not in render.attainment_summary(plain, lang)
        assert "inferred" not in render.attainment_summary(plain, lang)
        assert "推定" not in _text(render.narrative(plain, lang))
        assert "inferred" not in _text(render.narrative(plain, lang))
        assert render.met_inferred_note(plain, lang).html == ""
        assert "推定" not in render.profile_summary(plain, "114-02", lang)
