"""The method notebook executed with papermill on the bundled report (zh-TW, the defaults) and in
English with changed thresholds: it runs clean, states its source's SHA-256 and the version, and
shows the thresholds it was given."""

from __future__ import annotations

from pathlib import Path

import papermill
import pytest

import govplans
from govplans import parse_report
from govplans.run import paths

pytestmark = pytest.mark.slow(seconds=9)

#: Two reports of other agencies: a corpus's method page lists both.
CORPUS = [
    Path(__file__).parents[1] / "fixtures" / "variety" / name
    for name in ("moenv_113.txt", "nstc_112.txt")
]


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    out = tmp_path_factory.mktemp("method")
    runs = {
        "zh-TW": {},
        "en": {"lang": "en", "execution_warn": 0.85, "exceed_margin": 0.2},
        "corpus": {"sources": ";".join(str(p) for p in CORPUS)},
    }
    return {
        lang: papermill.execute_notebook(
            str(paths.NOTEBOOKS_DIR / "method.ipynb"),
            str(out / f"method_{lang}.ipynb"),
            parameters=parameters,
            kernel_name="python3",
            cwd=str(paths.NOTEBOOKS_DIR),
            progress_bar=False,
            execution_timeout=180,
        )
        for lang, parameters in runs.items()
    }


def _html(nb) -> str:
    """The notebook's HTML outputs without their layout classes."""
    return "\n".join(
        o["data"].get("text/html", "")
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
        if "data" in o
    ).replace(' class="nowrap"', "")


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_method_notebook_runs_clean_and_ends_with_its_sources(executed, lang):
    nb = executed[lang]
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    last = "".join(o["data"].get("text/html", "") for o in nb.cells[-1].outputs if "data" in o)
    assert parse_report(paths.BUNDLED_REPORT).sha256 in last
    assert f"govplans {govplans.__version__}" in last
    assert "reviewed_targets_moda_114.csv" in last


def test_method_notebook_shows_the_thresholds_it_was_given(executed):
    zh, en = _html(executed["zh-TW"]), _html(executed["en"])
    assert "<td><code>execution_warn</code></td><td><strong>90%</strong></td>" in zh
    assert "<td><code>execution_warn</code></td><td><strong>85%</strong></td><td>90%</td>" in en
    assert "an achieved 120 or more is exceeded" in en
    assert "方法與資料說明" in zh and "Method and data" in en
    assert "Ministry of Digital Affairs" in en


def test_a_corpus_method_page_lists_every_report(executed):
    page = _html(executed["corpus"])
    for path in CORPUS:
        assert parse_report(path).sha256 in page
        assert path.name in page
    assert "方法與資料說明：2 份報告" in page
    assert page.count("無：全部為自動判定") == 2
