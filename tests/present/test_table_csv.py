"""Every table on a page downloads as a CSV of exactly that table (as shown: sorted, filtered,
formatted), by the pages' offline script; checked in headless Chromium where it is installed."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd
import pytest

from govplans.present import render
from govplans.testing.browser import CHROMIUM, dump_dom

SCRIPT = (Path(render.__file__).parent / "templates" / "govplans" / "sortable.js").read_text(
    encoding="utf-8"
)
#: A test harness (not the page's script): clicks the first table's link, reads the CSV it made.
#: The click's default action (a download) is cancelled after the page's own handler ran: a
#: download in headless Chromium could hang the run until its timeout.
HARNESS = """
document.addEventListener('click', function (e) { e.preventDefault(); });
var a = document.querySelectorAll('a.govplans-csv')[INDEX]; a.click();
var x = new XMLHttpRequest(); x.open('GET', a.href, false); x.send();
var pre = document.createElement('pre'); pre.id = 'out';
pre.textContent = a.getAttribute('download') + '\\n' + x.responseText;
document.body.appendChild(pre);
"""


def _download(tmp_path: Path, tables: list[str], index: int = 0) -> list[str]:
    page = tmp_path / "page.html"
    page.write_text(
        '<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8">'
        f"<title>計畫 概況</title></head><body>{''.join(tables)}<script>{SCRIPT}</script>"
        f"<script>{HARNESS.replace('INDEX', str(index))}</script></body></html>",
        encoding="utf-8",
    )
    dom = dump_dom(page.as_uri(), tmp_path / "profile")
    found = re.search(r'<pre id="out">(.*?)</pre>', dom, re.DOTALL)
    assert found, dom[-2000:]
    return html.unescape(found.group(1)).lstrip("\ufeff").splitlines()


def test_the_script_writes_no_html():
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in SCRIPT


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed")
def test_a_table_downloads_as_the_csv_of_what_it_shows(tmp_path):
    frame = pd.DataFrame(
        {
            "plan_id": ["114-01", "114-02"],
            "name": ['=HYPERLINK("x")計畫', '甲,乙"丙"'],
            "execution_rate": [0.9, -0.05],
        }
    )
    first = render.table(frame, ["plan_id", "name", "execution_rate"]).html
    second = render.table(frame, ["plan_id"], "en").html
    lines = _download(tmp_path, [first, second])
    assert lines == [
        "計畫_概況_1.csv",
        '"計畫代碼","計畫名稱","累計執行率"',
        '"114-01","\'=HYPERLINK(""x"")計畫","90.0%"',  # text, never a formula
        '"114-02","甲,乙""丙""","-5.0%"',  # a negative figure stays a figure
    ]
    assert _download(tmp_path, [first, second], 1) == [
        "計畫_概況_2.csv",
        '"Plan ID"',
        '"114-01"',
        '"114-02"',
    ]
