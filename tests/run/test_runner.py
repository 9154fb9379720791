"""`govplans reports`: build, index and manifest, caching, a failing notebook, bad parameters and
a bad source file."""

from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

import govplans
from govplans.present import render
from govplans.run import kernels, paths, runner
from govplans.run.cli import main
from govplans.run.spec import default_cache
from govplans.testing import browser
from govplans.testing.synthetic import make_plans, write_report

pytestmark = pytest.mark.slow(seconds=35)

NAMES = [
    "portfolio_overview",
    "plan_profile_114-01",
    "plan_profile_114-02",
    "plan_profile_114-03",
    "target_attainment",
    "method",
]


def manifest_of(out: Path) -> dict:
    """The build's manifest, in its cache folder (never in the site)."""
    return json.loads((default_cache(out) / "manifest.json").read_text(encoding="utf-8"))


def copy_build(out: Path, copy: Path) -> Path:
    """A copy of a build: its site folder and its cache folder."""
    shutil.copytree(out, copy)
    shutil.copytree(default_cache(out), default_cache(copy))
    return copy


@pytest.fixture(scope="module")
def fixture_report(tmp_path_factory):
    return write_report(tmp_path_factory.mktemp("src") / "report.txt", make_plans(3, seed=5))


@pytest.fixture(scope="module")
def build(fixture_report, tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    lines: list[str] = []
    summary = runner.render_reports(source=fixture_report, out=out, jobs=2, progress=lines.append)
    return out, summary, lines


def test_build_renders_every_report(build):
    out, summary, lines = build
    assert sorted(summary.built) == sorted(NAMES) and not summary.failed
    for name in NAMES:
        page = (out / f"{name}.html").read_text(encoding="utf-8")
        assert "data:image/png;base64" in page  # charts embedded: one file to share
        assert "govplans.load_assessment(" not in page  # code hidden
        assert (out / "notebooks" / f"{name}.ipynb").is_file()
    assert any(line.startswith(f"[{len(NAMES)}/{len(NAMES)}]") for line in lines)  # progress
    assert lines[-1].startswith("done in")


def test_index_links_every_report_with_its_summary(build):
    out, _, _ = build
    index = (out / "index.html").read_text(encoding="utf-8")
    manifest = manifest_of(out)
    for name in NAMES:
        entry = manifest["reports"][name]
        assert f'href="{name}.html"' in index
        assert entry["summary"] and entry["summary"] in index
    assert "執行率" in manifest["reports"]["plan_profile_114-01"]["summary"]


def test_manifest_records_inputs_parameters_versions_and_time(build, fixture_report):
    out, _, _ = build
    manifest = manifest_of(out)
    assert manifest["source"]["sha256"] == hashlib.sha256(fixture_report.read_bytes()).hexdigest()
    for file_name, notebook in manifest["notebooks"].items():
        data = (paths.NOTEBOOKS_DIR / file_name).read_bytes()
        assert notebook["sha256"] == hashlib.sha256(data).hexdigest()
    assert {"papermill", "nbconvert", "pandas", "matplotlib", "govplans", "python"} <= set(
        manifest["versions"]
    )
    assert manifest["package_source_sha256"] == runner.package_source_sha256()
    profile = manifest["reports"]["plan_profile_114-02"]
    assert profile["parameters"]["plan_id"] == "114-02"
    assert profile["parameters"]["lang"] == "zh-TW"
    assert profile["status"] == "ok" and profile["built"] and profile["seconds"] > 0


def test_unchanged_rerun_executes_nothing(build, fixture_report, monkeypatch):
    out, _, _ = build

    def fail(*args, **kwargs):
        raise AssertionError("a notebook was executed or a report read again")

    monkeypatch.setattr(runner, "read_report", fail)
    monkeypatch.setattr(runner, "execute_jobs", lambda jobs, *a: fail() if jobs else [])
    summary = runner.render_reports(source=fixture_report, out=out, progress=lambda _: None)
    assert summary.built == [] and sorted(summary.cached) == sorted(NAMES)


def test_unchanged_rerun_from_the_command_line_is_fast_and_starts_nothing(build, fixture_report):
    out, _, _ = build
    code = (
        "import sys\nfrom govplans.run.cli import main\n"
        f"rc = main(['reports', '--source', {str(fixture_report)!r}, '--out', {str(out)!r}])\n"
        "heavy = [m for m in ('papermill', 'nbconvert', 'nbclient', 'jupyter_client') "
        "if m in sys.modules]\n"
        "assert not heavy, heavy\nsys.exit(rc)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert f"all {len(NAMES)} reports up to date" in done.stdout


def _copy_with_new_cell(build, tmp_path, monkeypatch, notebook: str, source: str) -> Path:
    """A copy of the build, and of the notebooks with ``source`` as ``notebook``'s 4th cell."""
    out, _, _ = build
    copy = copy_build(out, tmp_path / "out")
    notebooks = tmp_path / "notebooks"
    shutil.copytree(paths.NOTEBOOKS_DIR, notebooks)
    path = notebooks / notebook
    nb = nbformat.read(path, as_version=4)
    nb.cells.insert(3, nbformat.v4.new_code_cell(source))
    nbformat.write(nb, path)
    monkeypatch.setattr(paths, "NOTEBOOKS_DIR", notebooks)
    return copy


def test_changed_notebook_reruns_only_its_reports_and_a_failure_is_reported(
    build, fixture_report, tmp_path, monkeypatch, capsys
):
    out, _, _ = build
    copy = _copy_with_new_cell(
        build,
        tmp_path,
        monkeypatch,
        "plan_profile.ipynb",
        'if plan_id == "114-02":\n    raise RuntimeError("deliberate failure")',
    )

    lines: list[str] = []
    with pytest.raises(runner.NotebookFailure) as failure:
        runner.render_reports(source=fixture_report, out=copy, jobs=2, progress=lines.append)
    message = str(failure.value)
    assert message.splitlines() == [
        "plan_profile_114-02 (plan_profile.ipynb) failed in cell 4: "
        "RuntimeError: deliberate failure"
    ]
    manifest = manifest_of(copy)
    reports = manifest["reports"]
    # Only the changed notebook's reports ran; the others stayed cached.
    assert reports["portfolio_overview"] == manifest_of(out)["reports"]["portfolio_overview"]
    assert reports["plan_profile_114-01"]["status"] == "ok"
    assert reports["plan_profile_114-03"]["status"] == "ok"
    assert reports["plan_profile_114-02"]["status"] == "failed"
    assert (copy / "plan_profile_114-03.html").stat().st_mtime > (
        out / "plan_profile_114-03.html"
    ).stat().st_mtime
    index = (copy / "index.html").read_text(encoding="utf-8")
    assert "執行失敗" in index and "deliberate failure" in index
    # The failed page is still written, with the outputs up to the error and the traceback.
    failed_page = (copy / "plan_profile_114-02.html").read_text(encoding="utf-8")
    assert "deliberate failure" in failed_page and "data:image/png" in failed_page
    # The command line: exit status 1, one line per failure on stderr.
    capsys.readouterr()
    args = ["reports", "--source", str(fixture_report), "--out", str(copy), "--jobs", "1"]
    assert main(args) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "govplans: error: plan_profile_114-02 (plan_profile.ipynb) failed in cell 4: "
        "RuntimeError: deliberate failure"
    ]


def test_a_cell_over_the_timeout_is_stopped_and_named(build, fixture_report, tmp_path, monkeypatch):
    copy = _copy_with_new_cell(
        build, tmp_path, monkeypatch, "target_attainment.ipynb", "import time\ntime.sleep(120)"
    )
    with pytest.raises(runner.NotebookFailure) as failure:
        runner.render_reports(
            source=fixture_report, out=copy, jobs=1, timeout=10, progress=lambda _: None
        )
    assert str(failure.value).startswith(
        "target_attainment (target_attainment.ipynb) failed in cell 4: CellTimeoutError:"
    )


@pytest.mark.parametrize(
    ("assignment", "expected"),
    [
        ("nonsense=1", "unknown parameter 'nonsense'"),
        ("execution_warn=abc", "not a number"),
        ("execution_warn=150", "must be a ratio"),
        ("prepared=/tmp/x.pickle", "set by the runner"),
        ("history=/tmp/x.pickle", "set by the runner"),
        ("plan_id=114-01", "set by the runner"),
        ("novalue", "expected NAME=VALUE"),
    ],
)
def test_bad_parameters_fail_before_anything_runs(
    fixture_report, tmp_path, capsys, assignment, expected
):
    out = tmp_path / "never"
    args = ["reports", "--source", str(fixture_report), "--out", str(out), "-p", assignment]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected in err
    assert not out.exists()


def test_known_parameter_is_typed_and_recorded(fixture_report, tmp_path):
    values = runner.check_parameters(
        ["execution_warn=0.95", "annotations=none"],
        {
            nb: runner.notebook_parameters(paths.NOTEBOOKS_DIR / nb)
            for nb in runner.NOTEBOOKS.values()
        },
    )
    assert values == {"execution_warn": 0.95, "annotations": "none"}


def test_bad_source_is_one_line_and_exit_2(tmp_path, capsys):
    bad = tmp_path / "not_a_report.txt"
    bad.write_text("hello\n", encoding="utf-8")
    for source in (bad, tmp_path / "missing.txt"):
        assert main(["reports", "--source", str(source), "--out", str(tmp_path / "out")]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"govplans: error: {source}:") and err.count("\n") == 1
        assert "expected" in err
    assert not (tmp_path / "out").exists()


def test_a_kernel_that_cannot_start_is_named(fixture_report, tmp_path, monkeypatch):
    # The kernel is started by govplans.run.kernels (runner.KERNEL_NAME is only its copy).
    monkeypatch.setattr(kernels, "KERNEL_NAME", "no-such-kernel")
    with pytest.raises(runner.NotebookFailure, match="kernel 'no-such-kernel' did not start"):
        runner.render_reports(source=fixture_report, out=tmp_path, jobs=1, progress=print)


def test_plan_option_renders_only_that_profile_and_keeps_earlier_reports(
    build, fixture_report, tmp_path
):
    out, _, _ = build
    fresh = tmp_path / "one"
    args = ["reports", "--source", str(fixture_report), "--out", str(fresh), "--plan", "114-02"]
    assert main(args) == 0
    assert sorted(p.stem for p in fresh.glob("*.html")) == ["index", "plan_profile_114-02"]
    index = (fresh / "index.html").read_text(encoding="utf-8")
    assert "plan_profile_114-02.html" in index and "portfolio_overview.html" not in index

    # Into a full build: only the asked-for profile is considered, the rest stay listed.
    copy = copy_build(out, tmp_path / "full")
    summary = runner.render_reports(
        source=fixture_report, out=copy, plans=["114-03"], force=True, progress=lambda _: None
    )
    assert summary.built == ["plan_profile_114-03"] and summary.cached == []
    index = (copy / "index.html").read_text(encoding="utf-8")
    assert all(f"{name}.html" in index for name in NAMES)


def test_plan_option_unknown_plan_is_one_line_exit_2(fixture_report, tmp_path, capsys):
    args = [
        "reports",
        "--source",
        str(fixture_report),
        "--out",
        str(tmp_path),
        "--plan",
        "無此計畫",
    ]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "無此計畫" in err
    assert not (tmp_path / "index.html").exists()


#: What makes a browser fetch something: scripts, stylesheets, images, fonts, module imports.
_LOADS = re.compile(
    r"""<script[^>]*\bsrc\s*=\s*["']?(?P<a>[^"'\s>]+)"""
    r"""|<link[^>]*\bhref\s*=\s*["']?(?P<b>[^"'\s>]+)"""
    r"""|<(?:img|iframe|embed|source|audio|video)[^>]*\bsrc\s*=\s*["']?(?P<c>[^"'\s>]+)"""
    r"""|\bimport\(\s*["'](?P<d>[^"']+)"""
    r"""|@import\s+(?:url\()?["']?(?P<e>[^"')\s;]+)"""
    r"""|url\(\s*["']?(?P<f>(?:https?:)?//[^"')\s]+)""",
    re.IGNORECASE,
)


def test_pages_load_nothing_from_the_network(build):
    out, _, _ = build
    pages = sorted(out.glob("*.html"))
    assert len(pages) == len(NAMES) + 1  # and the index
    for page in pages:
        for match in _LOADS.finditer(page.read_text(encoding="utf-8")):
            target = next(g for g in match.groups() if g)
            assert not re.match(r"(?:https?:)?//", target), f"{page.name} loads {target}"


def test_pages_have_titles_links_back_and_their_data(build):
    out, _, _ = build
    manifest = manifest_of(out)
    for name, entry in manifest["reports"].items():
        page = (out / f"{name}.html").read_text(encoding="utf-8")
        title = re.search(r"<title>(.*?)</title>", page).group(1)
        assert html.unescape(title) == entry["title"]
        assert 'href="index.html"' in page
        assert '<html lang="zh-Hant-TW">' in page  # Traditional Chinese glyphs, not nbconvert's en
        assert 'href="data/govplans.xlsx"' in page and 'href="data/index.html"' in page
        assert "<script>" in page and "govplans-filter" in page  # offline sort and filter
    for table in ("plans", "items", "plan_assessment", "targets", "flag_messages"):
        assert (out / "data" / f"{table}.csv").is_file()
    assert (out / "data" / "govplans.xlsx").is_file()


@pytest.mark.skipif(
    not (shutil.which("chromium") and shutil.which("pdftotext")),
    reason="printing needs Debian's chromium and poppler-utils (installed by make setup as root)",
)
def test_printed_target_page_keeps_every_column_and_every_target(build, fixture_report, tmp_path):
    """Print the widest page to PDF as a reader would and find its table in the printed text."""
    out, _, _ = build
    pdf = browser.print_pdf(
        (out / "target_attainment.html").as_uri(), tmp_path / "targets.pdf", tmp_path / "profile"
    )
    printed = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    squashed = "".join(printed.split())
    columns = [
        "plan_id",
        "target_index",
        "text",
        "target_status",
        "part",
        "target_value",
        "achieved_value",
        "achieved_ratio",
        "part_status",
        "evidence",
    ]
    for column in columns:  # every column of the widest table, as the page heads it
        assert "".join(render._targets_header(column, "zh-TW").split()) in squashed
    a = govplans.assess_report(govplans.read_report(fixture_report))
    for text in a.targets["text"]:
        assert "".join(text.split())[:8] in squashed
    assert "資料來源" in squashed  # the sources footer is printed too
