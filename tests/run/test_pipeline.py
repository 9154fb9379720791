"""The build pipeline's edges (issue 16): caches that cannot run code, damage contained and
repaired, safe paths, resource limits, one spec. Notebooks are not executed here: the
executor is replaced by one that writes each page from its job (what a page loads is checked
by calling the notebooks' own loading functions with the job's parameters)."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

import govplans
from govplans import Thresholds, read_report
from govplans.analyse.assessment import Assessment, plan_slices
from govplans.model.names import MAX_NAME, safe_name
from govplans.present.export import report_folder
from govplans.run import corpus_build, runner, store
from govplans.run.api import load_assessment, load_corpus, load_history
from govplans.run.cli import main
from govplans.run.kernels import Job, Result
from govplans.run.manifest import MANIFEST, load_manifest
from govplans.run.sources import MAX_SOURCE_BYTES, find_sources
from govplans.run.spec import BuildSpec, default_cache, spec_from
from govplans.testing.synthetic import make_plans, make_series, write_report, write_series

ROOT = Path(__file__).resolve().parents[2]


class Evil:
    """A pickle whose loading creates a marker file: proof that a pickle was loaded."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (Path.touch, (self.marker,))


def plant(path: Path, marker: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(Evil(marker)))


@pytest.fixture
def executed(monkeypatch: pytest.MonkeyPatch) -> list[Job]:
    """Replace the notebook executor: each job's page is written from what it loads (the
    notebooks' loading calls with the job's parameters); the jobs run are listed."""
    ran: list[Job] = []

    def fake(jobs: list[Job], out: Path, n: int, timeout: int, progress: Any) -> list[Result]:
        results = []
        for job in jobs:
            ran.append(job)
            p = job.parameters
            thresholds = {k: p[k] for k in Thresholds.__dataclass_fields__ if k in p}
            if job.kind in ("corpus", "agency"):
                loaded: Any = load_corpus(
                    p["sources"], p["crosswalk"], p["agency"], p["annotations"], p["prepared"],
                    **thresholds,
                )  # fmt: skip
                text = f"{len(loaded.reports)} reports"
            elif job.kind == "corpus_method":  # as notebooks/method.ipynb loads its reports
                loaded = load_corpus(
                    p["sources"], p["crosswalk"], "", p["annotations"], p["prepared"], **thresholds
                )
                text = f"method: {len(loaded.reports)} reports"
            else:
                loaded = load_assessment(p["source"], p["annotations"], p["prepared"], **thresholds)
                text = f"{job.name}: {len(loaded.plans)} plans"
            (out / "notebooks").mkdir(parents=True, exist_ok=True)
            (out / "notebooks" / f"{job.name}.ipynb").write_text("{}", encoding="utf-8")
            store.atomic_write_text(out / f"{job.name}.html", f"<html>{text}</html>")
            results.append(Result(job.name, ok=True, seconds=0.01, html=True))
        return results

    monkeypatch.setattr(runner, "execute_jobs", fake)
    monkeypatch.setattr(corpus_build, "execute_jobs", fake)
    return ran


@pytest.fixture
def report(tmp_path: Path) -> Path:
    (tmp_path / "src").mkdir()
    return write_report(tmp_path / "src" / "report.txt", make_plans(3, seed=5))


def build(report: Path, out: Path, **kwargs: Any) -> runner.BuildSummary:
    return runner.render_reports(source=report, out=out, jobs=1, progress=lambda _: None, **kwargs)


# ---------------------------------------------------------------- caches that run code


def test_a_pickle_in_the_site_or_cache_folder_is_never_loaded(
    report: Path, tmp_path: Path, executed: list[Job]
) -> None:
    out, marker = tmp_path / "out", tmp_path / "pwned"
    cache = default_cache(out)
    build(report, out)
    # what earlier versions loaded, and every prepared file, replaced by a malicious pickle
    for name in runner.LEGACY:
        plant(out / name, marker)
    (out / MANIFEST).write_text('{"generated_by": "govplans reports"}', encoding="utf-8")
    (out / "target_attainment.key").write_text("old key", encoding="utf-8")
    for path in [cache / runner.PREPARED, *(cache / runner.PREPARED_PLANS).glob("*.json")]:
        plant(path, marker)
    (out / "portfolio_overview.html").unlink()  # a page to run: it loads the prepared file
    executed.clear()
    summary = build(report, out)
    assert summary.built == ["portfolio_overview"] and not summary.failed
    assert not marker.exists()
    assert store.read(cache / runner.PREPARED, lambda k: True) is not None  # prepared again
    assert not list(out.rglob("*.pickle")) and not (out / MANIFEST).exists()  # legacy removed
    assert not list(out.glob("*.key"))
    # --force as well
    for path in [cache / runner.PREPARED, *(cache / runner.PREPARED_PLANS).glob("*.json")]:
        plant(path, marker)
    build(report, out, force=True)
    assert not marker.exists()


def test_the_loading_functions_never_unpickle(report: Path, tmp_path: Path) -> None:
    marker, evil = tmp_path / "pwned", tmp_path / "evil.pickle"
    plant(evil, marker)
    assert load_history(str(evil)) is None
    assert isinstance(load_assessment(str(report), "auto", str(evil)), Assessment)
    assert load_corpus(str(report), prepared=str(evil)).reports
    assert not marker.exists()


@pytest.mark.parametrize("name", ["history", "prepared"])
def test_a_prepared_input_cannot_be_given_with_p(report: Path, tmp_path: Path, name: str, capsys):
    evil = tmp_path / "evil.pickle"
    assert main(["reports", str(report), "--out", str(tmp_path / "o"), "-p", f"{name}={evil}"]) == 2
    assert "set by the runner" in capsys.readouterr().err


def test_the_site_folder_holds_only_pages_data_and_notebooks(
    report: Path, tmp_path: Path, executed: list[Job]
) -> None:
    out = tmp_path / "out"
    build(report, out)
    top = {p.name for p in out.iterdir()}
    assert top == {"data", "notebooks", "index.html", *(f"{j.name}.html" for j in executed)}
    assert all(p.suffix in {".csv", ".json", ".xlsx", ".html"} for p in (out / "data").rglob("*.*"))
    assert not (out / "data" / "assessment.json").exists()
    assert (default_cache(out) / MANIFEST).is_file()
    other = tmp_path / "elsewhere"
    build(report, tmp_path / "out2", cache=other)
    assert (other / MANIFEST).is_file() and not default_cache(tmp_path / "out2").exists()
    with pytest.raises(ValueError, match="must not be inside"):
        BuildSpec(sources=(report,), out=out, cache=out / "cache")


# ---------------------------------------------------------------- notebooks given other values


def test_a_notebook_with_other_parameters_recomputes(report: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    a = govplans.assess_report(read_report(report))
    prepared = govplans.run.api.save_prepared(a, tmp_path / "a.json")
    same = load_assessment(str(report), "auto", str(prepared))
    assert same.thresholds == Thresholds()
    other = load_assessment(str(report), "auto", str(prepared), execution_warn=0.99)
    assert other.thresholds.execution_warn == 0.99  # not the prepared result
    none = load_assessment(str(report), "none", str(prepared))
    assert none.annotations_source is None
    first_plan = next(iter(plan_slices(a)))[1]
    sliced = govplans.run.api.save_prepared(first_plan, tmp_path / "plan.json")
    assert len(load_assessment(str(report), "auto", str(sliced), "114-01").plans) == 1
    assert len(load_assessment(str(report), "auto", str(sliced), "114-02").plans) == 3
    report.write_text(report.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert govplans.run.api.load_prepared(prepared, report, Thresholds()) is None  # other bytes
    del out


# ---------------------------------------------------------------- damage contained


@pytest.mark.parametrize(
    "content",
    [
        "",
        '{"runner_version": "3", "reports": {',
        "[]",
        '{"runner_version": "3", "reports": []}',
        '{"runner_version": "3", "reports": {"portfolio_overview": 1}}',
        '{"runner_version": "3", "reports": {"x": {"kind": "overview"}}}',
        '{"runner_version": "3", "analysis_key": "k", "analysis": {"plans": 3}}',
    ],
)
def test_a_damaged_or_foreign_manifest_rebuilds_everything(
    report: Path, tmp_path: Path, executed: list[Job], content: str
) -> None:
    out = tmp_path / "out"
    build(report, out)
    (default_cache(out) / MANIFEST).write_text(content, encoding="utf-8")
    assert load_manifest(default_cache(out)) == {}
    executed.clear()
    summary = build(report, out)
    assert len(summary.built) == 6 and not summary.failed
    assert load_manifest(default_cache(out))["reports"]


def test_a_truncated_page_or_prepared_file_is_rebuilt(
    report: Path, tmp_path: Path, executed: list[Job]
) -> None:
    out = tmp_path / "out"
    build(report, out)
    page = out / "plan_profile_114-03.html"
    page.write_bytes(page.read_bytes()[:5])
    executed.clear()
    assert build(report, out).built == ["plan_profile_114-03"]
    same_size = out / "plan_profile_114-02.html"
    text = same_size.read_text(encoding="utf-8")
    same_size.write_text(text.replace("plans", "PLANS"), encoding="utf-8")
    assert build(report, out).built == ["plan_profile_114-02"]  # same size, other bytes
    prepared = default_cache(out) / runner.PREPARED_PLANS / "plan_114-01.json"
    prepared.write_bytes(prepared.read_bytes()[:100])
    (out / "plan_profile_114-01.html").unlink()
    executed.clear()
    assert build(report, out).built == ["plan_profile_114-01"]
    assert store.read(prepared, lambda k: True) is not None  # written again, whole
    assert build(report, out).built == []


def test_a_failed_manifest_write_keeps_the_old_one(
    report: Path, tmp_path: Path, executed: list[Job], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build(report, out)
    manifest = default_cache(out) / MANIFEST
    before = manifest.read_bytes()
    (out / "target_attainment.html").unlink()
    real = os.replace

    def full(source: Any, target: Any) -> None:
        if Path(target).name == MANIFEST:
            raise OSError(28, "No space left on device")
        real(source, target)

    monkeypatch.setattr(store.os, "replace", full)
    with pytest.raises(OSError):
        build(report, out)
    assert manifest.read_bytes() == before and json.loads(before)
    assert not [p for p in manifest.parent.iterdir() if p.name.endswith(".tmp")]


# ---------------------------------------------------------------- safe paths


@pytest.mark.parametrize(
    "text",
    ["../../x/數位發展部", "..", ".", "/etc/passwd", "a\\b", "a\x00b", "con:", "x" * 300, ""],
)
def test_names_from_report_text_stay_inside_their_folder(text: str, tmp_path: Path) -> None:
    name = safe_name(text)
    assert name and "/" not in name and "\\" not in name and ".." not in name
    assert len(name) <= MAX_NAME and not name.startswith(".")
    assert (tmp_path / name).resolve().parent == tmp_path.resolve()


def test_safe_names_keep_ordinary_names_and_never_collide() -> None:
    assert safe_name("數位發展部_114") == "數位發展部_114"
    assert safe_name("plan_profile_114-01") == "plan_profile_114-01"
    assert safe_name("a/b") != safe_name("a_b") and safe_name("a/b") != safe_name("a:b")
    taken: set[str] = set()
    assert safe_name("Agency", taken) != safe_name("agency", taken)


def test_an_agency_name_with_a_path_writes_inside_the_site(
    tmp_path: Path, executed: list[Job]
) -> None:
    sources = tmp_path / "in"
    sources.mkdir()
    for year in (113, 114):
        write_report(
            sources / f"{year}.txt", make_plans(2, seed=year), agency="../../x/數位發展部",
            fiscal_year=year,
        )  # fmt: skip
    write_report(sources / "other.txt", make_plans(2, seed=3), agency="測試第二部")
    out = tmp_path / "site" / "out"
    assert main(["reports", str(sources), "--out", str(out)]) == 0
    outside = [p for p in tmp_path.rglob("*") if not p.is_relative_to(tmp_path / "site")]
    assert all(p.is_relative_to(sources) or p == sources for p in outside), outside
    assert not (tmp_path / "x").exists() and not (tmp_path / "site" / "x").exists()
    folder = report_folder(read_report(sources / "114.txt"))
    assert (out / folder / "portfolio_overview.html").is_file() and "/" not in folder
    assert (out / f"{corpus_build.agency_page('../../x/數位發展部')}.html").is_file()


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_the_makefile_passes_source_as_text(tmp_path: Path) -> None:
    """SOURCE and SOURCES with backquotes, $(…) and quotes reach the command verbatim."""
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "stamp").touch()
    evil = f"a`touch {tmp_path}/m1`b $(shell touch {tmp_path}/m2) $$(touch {tmp_path}/m3) \"q\" 's'"
    for target, variable in (("report", "SOURCE"), ("corpus", "SOURCES")):
        done = subprocess.run(
            ["make", "-s", "-C", str(tmp_path), "-o", "stamp", target, "STAMP=stamp",
             "PY=printf [%s]", f"{variable}={evil}"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        assert not list(tmp_path.glob("m?")), done.stdout
        if target == "report":
            assert f"[{evil}]" in done.stdout
        else:
            assert "[a`touch]" in done.stdout and "['s']" in done.stdout


# ---------------------------------------------------------------- sources


def test_a_symlinked_folder_is_followed_once_and_a_loop_is_named(tmp_path: Path) -> None:
    files = write_series(tmp_path / "real", make_series(1, [113, 114], 2, seed=2))
    top = tmp_path / "top"
    top.mkdir()
    (top / "linked").symlink_to(tmp_path / "real", target_is_directory=True)
    (tmp_path / "real" / "loop").symlink_to(top, target_is_directory=True)
    found, problems = find_sources([top])
    assert sorted(p.name for p in found) == sorted(p.name for p in files)
    assert len(problems) == 1 and "loop" in problems[0].message


def test_an_unreadable_folder_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = write_series(tmp_path / "in", make_series(1, [113, 114], 2, seed=2))
    locked = tmp_path / "in" / "locked"
    locked.mkdir()
    real = Path.iterdir

    def iterdir(self: Path) -> Any:
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    found, problems = find_sources([tmp_path / "in"])
    assert found == files
    assert [p.path for p in problems] == [locked] and "cannot be read" in problems[0].message


def test_fifos_devices_and_huge_files_are_refused_with_one_line(tmp_path: Path, capsys) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(MAX_SOURCE_BYTES + 1)  # sparse: no disk used
    for path, words in ((fifo, "FIFO"), (Path("/dev/null"), "device"), (huge, "200 MB")):
        for command in (["assess", str(path)], ["reports", str(path), "--out", str(tmp_path)]):
            assert main(command) == 2
            err = capsys.readouterr().err
            assert err.count("\n") == 1 and words in err and str(path) in err


def test_an_unreadable_source_in_a_site_is_named_and_the_others_built(
    tmp_path: Path, executed: list[Job], capsys
) -> None:
    files = write_series(tmp_path / "in", make_series(1, [113, 114], 2, seed=4))
    os.mkfifo(tmp_path / "in" / "pipe.txt")
    out = tmp_path / "out"
    assert main(["reports", str(tmp_path / "in"), *map(str, files), "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "pipe.txt" in err[0] and "FIFO" in err[0]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "pipe.txt" in index
    for path in files:
        assert (out / report_folder(read_report(path)) / "portfolio_overview.html").is_file()


# ---------------------------------------------------------------- one spec, one prepare step


@pytest.mark.parametrize("command", ["assess", "reports", "corpus", "export"])
def test_every_command_takes_the_same_threshold_options(command: str) -> None:
    from govplans.run.cli import build_parser

    args = build_parser().parse_args([command, "--low", "75", "-p", "execution_warn=0.85"])
    spec = spec_from(thresholds={"execution_low": args.execution_low}, parameters=args.parameters)
    assert spec.thresholds == Thresholds(execution_warn=0.85, execution_low=0.75)


def test_the_manifest_records_the_spec(report: Path, tmp_path: Path, executed: list[Job]) -> None:
    out = tmp_path / "out"
    assert main(["reports", str(report), "--out", str(out), "--low", "75"]) == 0
    recorded = load_manifest(default_cache(out))["spec"]
    assert recorded["thresholds"]["execution_low"] == 0.75
    assert recorded["sources"] == [str(report.resolve())] and recorded["out"] == str(out)
    assert all(job.parameters["execution_low"] == 0.75 for job in executed)


def test_a_site_reads_and_assesses_each_report_once_and_the_corpus_pages_load_it(
    tmp_path: Path, executed: list[Job], monkeypatch: pytest.MonkeyPatch
) -> None:
    import govplans.read.source as source_module
    import govplans.run.api as api

    files = write_series(tmp_path / "in", make_series(2, [113, 114], 2, seed=3))
    reads: list[str] = []
    real = source_module.read_report

    def counted(path: Any, *args: Any, **kwargs: Any) -> Any:
        reads.append(Path(path).name)
        return real(path, *args, **kwargs)

    for module in (source_module, api, runner, corpus_build):
        monkeypatch.setattr(module, "read_report", counted, raising=False)
    import govplans.run.site as site

    monkeypatch.setattr(site, "read_report", counted)
    monkeypatch.setattr(api, "read_reports", lambda paths: [counted(p) for p in paths])
    out = tmp_path / "out"
    assert main(["reports", *map(str, files), "--out", str(out)]) == 0
    assert sorted(reads) == sorted(p.name for p in files)  # the pages loaded the prepared ones
    kinds = sorted({job.kind for job in executed})
    assert kinds == [
        "agency",
        "attainment",
        "corpus",
        "corpus_method",
        "method",
        "overview",
        "profile",
    ]
    reads.clear()
    executed.clear()
    assert main(["reports", *map(str, files), "--out", str(out)]) == 0
    assert reads == [] and executed == []  # an unchanged rerun reads and executes nothing


def test_a_truncated_plan_history_is_written_again_and_never_trusted(
    report: Path, tmp_path: Path
) -> None:
    from govplans.run.api import save_history

    parsed = read_report(report)
    history = govplans.run.api.corpus_of([parsed]).history
    path = save_history(history, parsed, tmp_path / "plan_history.json")
    assert load_history(str(path), parsed) is not None
    path.write_bytes(path.read_bytes()[:50])
    assert load_history(str(path), parsed) is None
    save_history(history, parsed, path)
    loaded = load_history(str(path), parsed)
    assert loaded is not None and loaded.equals(history)
    other = read_report(write_report(tmp_path / "other.txt", make_plans(2, seed=8)))
    assert load_history(str(path), other) is None  # made for another report


def test_the_corpus_command_takes_percentages_with_p(
    tmp_path: Path, executed: list[Job], capsys
) -> None:
    files = write_series(tmp_path / "in", make_series(1, [113, 114], 2, seed=4))
    out = tmp_path / "out"
    assert main(["corpus", *map(str, files), "--out", str(out), "-p", "execution_low=80"]) == 0
    assert [job.parameters["execution_low"] for job in executed] == [0.8, 0.8]  # and method
    assert main(["corpus", *map(str, files), "--out", str(out), "-p", "lang=en"]) == 2
    assert "unknown parameter 'lang'" in capsys.readouterr().err


def test_the_spec_is_frozen_and_checked_once(tmp_path: Path) -> None:
    import dataclasses

    spec = spec_from([tmp_path / "r.txt"], tmp_path / "out", parameters=["annotations=none"])
    assert spec.annotations == "none" and spec.cache == default_cache(tmp_path / "out")
    with pytest.raises(dataclasses.FrozenInstanceError):
        spec.lang = "en"  # type: ignore[misc]
    for bad in ({"lang": "fr"}, {"jobs": 0}, {"timeout": 0}):
        with pytest.raises(ValueError):
            spec.with_(**bad)
    with pytest.raises(ValueError, match="execution_critical <= execution_low"):
        spec_from(thresholds={"execution_low": "50", "execution_critical": "60"})
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(ValueError, match="is a file"):
        spec.with_(out=tmp_path / "file")


def test_a_template_change_changes_the_package_key(monkeypatch, tmp_path: Path) -> None:
    """The page template is part of what a page is made from: a new print stylesheet in
    ``present/templates`` re-renders every page, as a code change does (it once did not:
    only ``*.py`` were hashed, so an unchanged rerun kept pages with the old template)."""
    from govplans.run import manifest, paths

    package = tmp_path / "govplans"
    (package / "present" / "templates" / "govplans").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    template = package / "present" / "templates" / "govplans" / "index.html.j2"
    template.write_text("<style>@media print { h2 { break-after: avoid } }</style>")
    monkeypatch.setattr(paths, "PACKAGE_DIR", package)
    manifest.package_source_sha256.cache_clear()
    before = manifest.package_source_sha256()
    template.write_text("<style>@media print { h2 { break-after: avoid-page } }</style>")
    manifest.package_source_sha256.cache_clear()
    after = manifest.package_source_sha256()
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0")
    manifest.package_source_sha256.cache_clear()
    assert manifest.package_source_sha256() == after  # bytecode is not source
    manifest.package_source_sha256.cache_clear()
    assert before != after
