"""First-day fixes (issue 18 item 8): ``--version``, unknown plan ids listing the valid ones,
Ctrl-C, ``make report SOURCE=…`` in a folder of its own, ``make lab`` as root."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote

import pytest

import govplans
from govplans.read.source import parse_report, read_report
from govplans.run import paths
from govplans.run.cli import main
from govplans.run.spec import default_cache
from govplans.testing.synthetic import make_plans, write_report


def test_version_is_the_package_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"govplans {govplans.__version__}"


def test_unknown_plan_lists_the_valid_ids_in_one_line(tmp_path, capsys):
    source = write_report(tmp_path / "report.txt", make_plans(3, seed=5))
    args = ["reports", "--source", str(source), "--out", str(tmp_path / "out"), "--plan", "999"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'999'" in err
    assert "114-01, 114-02, 114-03 (3 plans)" in err
    assert not (tmp_path / "out" / "index.html").exists()


def test_many_plan_ids_are_truncated_with_a_count(tmp_path):
    report = read_report(write_report(tmp_path / "report.txt", make_plans(25, seed=1)))
    with pytest.raises(KeyError) as error:
        report.resolve_plan_id("999")
    message = error.value.args[0]
    assert "114-01, 114-02" in message and "114-20" in message and "114-21" not in message
    assert message.endswith("… and 5 more (25 plans)")


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
@pytest.mark.parametrize(("user_id", "allowed"), [("0", True), ("1000", False)])
def test_make_lab_allows_root_only_as_root(user_id, allowed):
    done = subprocess.run(
        ["make", "-n", "lab", f"USER_ID={user_id}"],
        cwd=paths.PROJ_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    command = next(line for line in done.stdout.splitlines() if "jupyter lab" in line)
    assert command.endswith("notebooks/ --allow-root" if allowed else "notebooks/")


def _children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (Linux /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _running(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie left for an init that does not reap is not running)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


@pytest.mark.slow(seconds=44)
@pytest.mark.skipif(not Path("/proc/self/stat").is_file(), reason="reads processes from /proc")
def test_ctrl_c_stops_workers_and_kernels_with_one_line_exit_130(tmp_path):
    source = write_report(tmp_path / "report.txt", make_plans(6, seed=2))
    command = [sys.executable, "-m", "govplans", "reports", "--source", str(source)]
    build = subprocess.Popen(
        [*command, "--out", str(tmp_path / "out"), "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
        # as from a terminal: a pytest-xdist worker ignores SIGINT, and an ignored signal is
        # inherited across exec (Python then installs no KeyboardInterrupt handler)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        assert build.stdout is not None
        assert "rendering" in build.stdout.readline()
        descendants: set[int] = set()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # until both workers have their kernels
            workers = _children(build.pid)
            kernels = {k for w in workers for k in _children(w)}
            if len(workers) >= 2 and len(kernels) >= 2:
                descendants = workers | kernels
                break
            time.sleep(0.2)
        assert descendants, "the workers and kernels did not start"
        time.sleep(1.0)  # a notebook under way
        os.killpg(build.pid, signal.SIGINT)  # Ctrl-C reaches every process of the group
        _, err = build.communicate(timeout=60)
    finally:
        if build.poll() is None:
            os.killpg(build.pid, signal.SIGKILL)
    assert build.returncode == 130
    assert err.count("\n") == 1 and err.startswith("govplans: interrupted"), err
    assert "Traceback" not in err
    deadline = time.monotonic() + 15
    while any(_running(pid) for pid in descendants) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in descendants if _running(pid)]


@pytest.mark.slow(seconds=44)
def test_another_report_gets_a_folder_of_its_own_and_a_rebuild_removes_only_its_pages(tmp_path):
    site = tmp_path / "reports"
    site.mkdir()
    (site / "notes.txt").write_text("mine", encoding="utf-8")  # not the build's: kept
    first = write_report(tmp_path / "a.txt", make_plans(2, seed=3), agency="衛生福利部")
    args = ["reports", "--source", str(first), "--out", str(site), "--own-folder", "--jobs", "2"]
    assert main(args) == 0
    own = site / "衛生福利部_114"
    assert sorted(p.name for p in own.glob("*.html")) == [
        "index.html",
        "method.html",
        "plan_profile_114-01.html",
        "plan_profile_114-02.html",
        "portfolio_overview.html",
        "target_attainment.html",
    ]
    assert not (site / "index.html").exists() and (site / "notes.txt").is_file()
    assert (default_cache(site) / "衛生福利部_114" / "manifest.json").is_file()
    assert not (own / ".govplans-cache").exists() and not (site / ".govplans-cache").exists()

    # The same folder given a report with one plan fewer: the page of the plan that is gone is
    # removed (the manifest listed it), a file the build did not write is kept.
    (own / "my_notes.html").write_text("mine", encoding="utf-8")
    second = write_report(tmp_path / "b.txt", make_plans(1, seed=3), agency="衛生福利部")
    assert main([*args[:2], str(second), *args[3:]]) == 0
    assert not (own / "plan_profile_114-02.html").exists()
    assert not (own / "notebooks" / "plan_profile_114-02.ipynb").exists()
    assert (own / "plan_profile_114-01.html").is_file() and (own / "my_notes.html").is_file()
    assert "plan_profile_114-02" not in (own / "index.html").read_text(encoding="utf-8")


def test_make_report_with_a_source_builds_in_its_own_folder():
    done = subprocess.run(
        ["make", "-n", "report", "SOURCE=x.pdf"],
        cwd=paths.PROJ_ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "--source 'x.pdf' --out reports --own-folder" in done.stdout
    readme = (paths.PROJ_ROOT / "README.md").read_text(encoding="utf-8")
    assert "make report SOURCE=report.pdf` (the pages in `reports/AGENCY_YEAR/`" in readme


def test_a_report_is_constructed_by_the_notice_on_its_cover():
    fixture = paths.PROJ_ROOT / "tests" / "fixtures" / "corpus" / "moda_113_constructed.txt"
    assert read_report(fixture).constructed
    assert not read_report(paths.BUNDLED_REPORT).constructed


_LANGUAGE_LINK = re.compile(
    r'<a class="govplans-language" href="([^"]+)"|<p class="language"><a href="([^"]+)"'
)


def _language_href(page: Path) -> str:
    found = _LANGUAGE_LINK.search(page.read_text(encoding="utf-8"))
    assert found, f"{page.name}: no link to the other language"
    return unquote(found.group(1) or found.group(2))


@pytest.mark.slow(seconds=44)
def test_every_page_links_its_counterpart_in_the_other_language_and_the_method_page(tmp_path):
    source = write_report(tmp_path / "report.txt", make_plans(1, seed=4))
    site = tmp_path / "reports"
    common = ["reports", "--source", str(source), "--jobs", "2", "--with-other-language"]
    assert main([*common, "--out", str(site)]) == 0
    english = ["--out", str(site / "en"), "--lang", "en", "--cache", str(tmp_path / "cache-en")]
    assert main([*common, *english]) == 0
    pages = sorted(site.glob("*.html"))
    assert {p.name for p in pages} >= {"index.html", "method.html", "plan_profile_114-01.html"}
    for page in pages:
        counterpart = (page.parent / _language_href(page)).resolve()
        assert counterpart == (site / "en" / page.name).resolve() and counterpart.is_file()
        assert (counterpart.parent / _language_href(counterpart)).resolve() == page.resolve()
        text = page.read_text(encoding="utf-8")
        assert 'href="method.html"' in text  # the footer's method page, beside it
    assert "方法與資料說明" in (site / "method.html").read_text(encoding="utf-8")
    assert "Method and data" in (site / "en" / "method.html").read_text(encoding="utf-8")


@pytest.mark.slow(seconds=44)
def test_make_corpus_pages_say_constructed_and_link_the_corpus_workbook_and_method(tmp_path):
    fixture = paths.PROJ_ROOT / "tests" / "fixtures" / "corpus" / "moda_113_constructed.txt"
    out = tmp_path / "corpus"
    assert main(["corpus", str(paths.BUNDLED_REPORT), str(fixture), "--out", str(out)]) == 0
    page = (out / "index.html").read_text(encoding="utf-8")
    assert 'class="govplans-constructed"' in page and "本頁含構造之測試資料，非官方數據" in page
    assert 'href="data/govplans.xlsx"' in page and (out / "data" / "govplans.xlsx").is_file()
    method = (out / "method.html").read_text(encoding="utf-8")
    assert "govplans-constructed" in method and parse_report(fixture).sha256 in method
    # the corpus page is the folder's front page: no 「← 回到索引」 pointing at itself; the
    # method page beside it links it
    assert "← 回到索引" not in page and 'href="index.html"' not in page
    assert 'href="index.html">← 回到索引</a>' in method
    assert "govplans-language" not in page  # one language built: no link to another


@pytest.mark.slow(seconds=44)
def test_a_one_language_build_links_no_other_language_until_it_exists(tmp_path):
    """A hand build of one language leaves no dead link to the other; a build in the other
    language afterwards links the pages that exist, and a rebuild of the first links back."""
    source = write_report(tmp_path / "report.txt", make_plans(1, seed=4))
    site = tmp_path / "reports"
    common = ["reports", "--source", str(source), "--jobs", "2"]
    assert main([*common, "--out", str(site)]) == 0
    pages = sorted(site.glob("*.html"))
    assert {p.name for p in pages} >= {"index.html", "method.html", "plan_profile_114-01.html"}
    for page in pages:
        assert not _LANGUAGE_LINK.search(page.read_text(encoding="utf-8")), page.name
    english = ["--out", str(site / "en"), "--lang", "en", "--cache", str(tmp_path / "cache-en")]
    assert main([*common, *english]) == 0
    for page in sorted((site / "en").glob("*.html")):
        assert (page.parent / _language_href(page)).resolve() == (site / page.name).resolve()
    assert main([*common, "--out", str(site)]) == 0  # the zh-TW pages now link back
    for page in pages:
        counterpart = (page.parent / _language_href(page)).resolve()
        assert counterpart == (site / "en" / page.name).resolve() and counterpart.is_file()
