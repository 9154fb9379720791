"""The tool maintainers' review is named with the day it was last reviewed, wherever a page names
it: each target's note (profile, target page), the agreement (target page), the plan narrative
(profile) and the sources of the method page, in zh-TW and English (analyst re-read F11).

The date is the latest ``reviewed_on`` of the report's rows in its reviewed-status file
(``govplans/annotations/reviewed_targets_moda_114.csv``: the rows re-checked on 2026-11-29, the
note of 114-07 target 1 corrected on 2026-12-07, the file's last change in git)."""

from __future__ import annotations

import subprocess

import pandas as pd
import pytest

import govplans
from govplans.present import method, render
from govplans.run import paths

DATE = "2026-12-07"


@pytest.fixture(scope="module")
def a():
    return govplans.load_assessment()


@pytest.fixture(scope="module")
def reviewed_on(a):
    return govplans.review_date(a)


def test_the_review_date_is_the_files_latest(reviewed_on):
    assert reviewed_on == DATE
    frame = pd.read_csv(
        paths.ANNOTATIONS_DIR / "reviewed_targets_moda_114.csv", dtype=str, keep_default_na=False
    )
    assert set(frame["reviewed_on"]) == {"2026-11-29", DATE}
    assert max(frame["reviewed_on"]) == reviewed_on


def test_the_review_date_matches_the_files_last_change_in_git():
    file = paths.ANNOTATIONS_DIR / "reviewed_targets_moda_114.csv"
    try:
        log = subprocess.run(
            ["git", "log", "--format=%ad", "--date=short", "-1", "--", str(file)],
            cwd=file.parent,
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        pytest.skip("no git")
    if log.returncode != 0 or not log.stdout.strip():
        pytest.skip("not a git checkout")
    # a later change to the file dates its rows anew (the git date is the authority)
    assert log.stdout.strip() == DATE


def test_no_date_without_a_review():
    assert govplans.review_date(govplans.load_assessment(annotations="none")) is None


@pytest.mark.parametrize(
    ("lang", "named"),
    [
        ("zh-TW", f"reviewed_targets_moda_114.csv，最後檢視於{DATE}"),
        ("en", f"reviewed_targets_moda_114.csv, last reviewed on {DATE}"),
    ],
)
def test_every_page_naming_the_review_gives_its_date(a, reviewed_on, lang, named):
    # a target's note (profile and target page)
    assert named in render.targets_table(a, lang, "114-07", reviewed_on=reviewed_on).html
    assert named in render.targets_table(a, lang, reviewed_on=reviewed_on).html
    # the agreement (target page)
    agreement = str(render.agreement_summary(a, lang, reviewed_on)).replace("\\", "")
    assert named in agreement  # (Markdown: its escapes taken out)
    # the plan narrative (profile)
    said = render.narrative(a, lang, "114-07", reviewed_on).html
    assert (
        f"最後檢視於{DATE}，非官方審查" if lang == "zh-TW" else f"last reviewed on {DATE}"
    ) in said
    # the method page's sources
    page = method.page_html(a.thresholds, method.sources_of([a], lang, [reviewed_on]), "0", lang)
    assert named in page


def test_each_note_gives_its_own_rows_date(a, reviewed_on):
    """A note gives the day its row was reviewed, not the file's latest (analyst's second
    re-check: 46 rows were reviewed on 2026-11-29); a plan's narrative its rows' latest."""
    older = "reviewed_targets_moda_114.csv，最後檢視於2026-11-29"
    assert older in render.targets_table(a, "zh-TW", "114-01", reviewed_on=reviewed_on).html
    assert DATE not in render.targets_table(a, "zh-TW", "114-01", reviewed_on=reviewed_on).html
    assert "最後檢視於2026-11-29，非官方審查" in render.narrative(a, "zh-TW", "114-01", DATE).html
    assert "最後檢視於2026-12-07，非官方審查" in render.narrative(a, "zh-TW", "114-14", DATE).html


def test_the_method_page_takes_a_date_per_report(a):
    with pytest.raises(ValueError, match="2 review dates for 1 reports"):
        method.sources_of([a], "zh-TW", [DATE, DATE])


def _reviews() -> pd.DataFrame:
    return pd.read_csv(
        paths.ANNOTATIONS_DIR / "reviewed_targets_moda_114.csv", dtype=str, keep_default_na=False
    )


@pytest.mark.parametrize("bad", ["2026-13-01", "7 Dec 2026", "2026-12-7"])
def test_a_review_date_that_is_no_date_is_named_with_its_row(a, bad):
    frame = _reviews()
    frame.loc[2, "reviewed_on"] = bad
    with pytest.raises(ValueError) as caught:
        govplans.assess_report(a.report, annotations=frame)
    message = str(caught.value)
    assert f"plan 114-01 target 3: reviewed_on {bad!r} is not a date (expected YYYY-MM-DD)" in (
        message
    )


def test_a_review_file_without_dates_is_read_and_named_without_one(a, tmp_path):
    frame = _reviews().drop(columns=["reviewed_on"])
    path = tmp_path / "reviewed_targets_moda_114.csv"
    frame.to_csv(path, index=False)
    undated = govplans.assess_report(a.report, annotations=str(path))
    assert undated.annotations_source is not None
    assert govplans.review_date(undated, str(path)) is None
    frame.loc[0, "reviewed_on"] = "2026-12-01"  # one row dated: that is the date
    frame.to_csv(path, index=False)
    assert govplans.review_date(undated, str(path)) == "2026-12-01"
