"""The corpus as a database: keys in the registry, the SQLite file (with its full-text index and
Datasette metadata), the Parquet files and the site's search page."""

from __future__ import annotations

import json
import re
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pandas as pd
import pytest

from govplans.analyse.assessment import assess
from govplans.model import schema
from govplans.present import database, search
from govplans.present.corpus import SiteReport
from govplans.present.export import (
    assessment_tables,
    table_frames,
    write_assessment_csv,
    write_corpus_csv,
    write_csv,
)
from govplans.read.source import read_reports
from govplans.run import paths
from govplans.run.api import corpus_of
from govplans.run.cli import main

CORPUS_SOURCES = [
    paths.RAW_DATA_DIR,
    paths.PROJ_ROOT / "tests/fixtures/corpus/moda_113_constructed.txt",
]
VARIETY = paths.PROJ_ROOT / "tests" / "fixtures" / "variety"


def _corpus(sources: list[Path]):
    reports = sorted(read_reports(sources), key=lambda r: (r.agency, r.fiscal_year))
    return corpus_of(reports)


@pytest.fixture(scope="module")
def corpus():
    return _corpus(CORPUS_SOURCES)


@pytest.fixture(scope="module")
def frames(corpus):
    return database.corpus_frames(corpus)


@pytest.fixture(scope="module")
def db(frames, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("db") / "corpus.sqlite"
    database.write_sqlite(frames, path)
    database.write_metadata(path)
    return path


# ---------------------------------------------------------------- keys


def test_every_table_has_keys_over_its_own_columns():
    for table in database.DATABASE_TABLES:
        keys = schema.corpus_keys(table)
        names = {f.name for f in schema.corpus_fields(table)}
        assert keys.primary and set(keys.primary) <= names, table
        for fk in keys.foreign:
            assert set(fk.columns) <= names, (table, fk)
            assert fk.references == schema.corpus_keys(fk.table).primary, (table, fk)
            assert len(fk.columns) == len(fk.references)
    assert set(database.DATABASE_TABLES) == set(schema.TABLES)


def test_keys_hold_on_the_bundled_report(seed_report):
    a = assess(seed_report)
    tables = {**table_frames(seed_report), **assessment_tables(a)}
    assert set(tables) == set(schema.REPORT_TABLE_KEYS)
    assert schema.key_problems(tables, schema.report_keys) == []


def test_keys_hold_on_a_corpus(frames):
    assert len(frames["reports"]) == 2
    assert schema.key_problems(frames, schema.corpus_keys) == []
    assert frames["plan_history"]["previous_plan_key"].notna().any()  # a link is checked


def test_keys_hold_on_the_variety_reports():
    frames = database.corpus_frames(_corpus([VARIETY]))
    assert len(frames["reports"]) == 4
    assert schema.key_problems(frames, schema.corpus_keys) == []


def test_the_corpus_findings_are_in_the_findings_table(corpus):
    extra = [
        {
            "agency": "數位發展部",
            "fiscal_year": 114,
            "plan_id": "114-01",
            "code": "cumulative_amount_decreased",
            "message": f"{column}: cumulative amount lower than the year before (-1 thousand TWD)",
        }
        for column in ("appropriated_in_year_thousand_twd", "executed_in_year_thousand_twd")
    ]
    before = len(database.corpus_frames(corpus)["findings"])
    saved = list(corpus.findings)
    corpus.findings.extend(extra)
    try:
        frames = database.corpus_frames(corpus)
    finally:
        corpus.findings[:] = saved
    findings = frames["findings"]
    assert len(findings) == before + 2
    assert findings["source_line"].dtype == "Int64" and findings["source_line"].isna().iloc[-1]
    assert schema.key_problems(frames, schema.corpus_keys) == []


def test_a_broken_key_is_named(frames):
    broken = dict(frames)
    broken["targets"] = pd.concat([frames["targets"], frames["targets"].head(1)])
    broken["plan_flags"] = frames["plan_flags"].assign(plan_id="999-99")
    problems = schema.key_problems(broken, schema.corpus_keys)
    assert any(p.startswith("targets: 2 rows repeat a primary key") for p in problems)
    assert any(p.startswith("plan_flags:") and "not in plans" in p for p in problems)


# ---------------------------------------------------------------- SQLite


def test_the_database_opens_with_the_standard_library_and_its_keys_hold(db, frames):
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    for table, frame in frames.items():
        assert con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == len(frame)
    declared = {row[1]: row[2] for row in con.execute("PRAGMA table_info(plan_history)")}
    assert declared["fiscal_year"] == "INTEGER" and declared["execution_rate"] == "REAL"
    info = con.execute("PRAGMA table_info(items)").fetchall()
    primary = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]]
    assert primary == ["agency", "fiscal_year", "plan_id", "section", "item_no", "sub_item_no"]
    references = {row[2] for row in con.execute("PRAGMA foreign_key_list(target_components)")}
    assert references == {"targets"}
    indexes = {row[1] for row in con.execute("PRAGMA index_list(plan_history)")}
    assert "plan_history__previous_plan_key" in indexes


def test_row_counts_equal_the_csv_exports(corpus, db, tmp_path):
    write_corpus_csv(corpus, tmp_path, write_csv)
    for a in corpus.assessments:
        write_assessment_csv(a, tmp_path / f"{a.report.agency}_{a.report.fiscal_year}")
    con = sqlite3.connect(db)
    for table in [*database.REPORT_TABLES, "plan_history", "agency_years", "link_candidates"]:
        files = list(tmp_path.rglob(f"{table}.csv"))
        assert files, table
        expected = sum(len(pd.read_csv(f, encoding="utf-8-sig", dtype=str)) for f in files)
        if table == "findings":
            expected += len(corpus.findings)  # the corpus's own: in the JSON document
        assert con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == expected, table


def test_values_survive_the_database(db, frames):
    con = sqlite3.connect(db)
    stored = pd.read_sql_query('SELECT * FROM "plans" ORDER BY agency, fiscal_year, seq', con)
    plans = frames["plans"]
    assert stored["name"].tolist() == plans["name"].tolist()
    assert stored["executed_thousand_twd"].tolist() == plans["executed_thousand_twd"].tolist()
    assert stored["start_date"].iloc[0] == f"{plans['start_date'].iloc[0]:%Y-%m-%d}"


def _truth(frames, query: str) -> set[tuple]:
    """The documents that hold the query's runs, by a scan of the texts."""
    return {
        doc[:6] for doc in database.search_documents(frames) if database.matches(doc[-1], query)
    }


@pytest.mark.parametrize("query", ["數位韌性", "資安", "海纜", "5G", "AI", "韌", "數位 資安"])
def test_full_text_search_finds_what_a_scan_finds(db, frames, query):
    con = sqlite3.connect(db)
    found = {row[:6] for row in database.search_sqlite(con, query)}
    truth = _truth(frames, query)
    assert truth, f"{query} should occur in the corpus"
    assert found == truth


def test_full_text_search_of_a_known_phrase(db, frames):
    con = sqlite3.connect(db)
    name = frames["plans"]["name"].iloc[0]
    hits = database.search_sqlite(con, name)
    assert ("plan", *frames["plans"][["agency", "fiscal_year", "plan_id"]].iloc[0]) in {
        (h[0], h[1], h[2], h[3]) for h in hits
    }
    assert database.search_sqlite(con, "量子糾纏望遠鏡") == []
    with pytest.raises(ValueError, match="no word"):
        database.fts_query("、，")


def test_datasette_metadata_describes_every_column(db):
    meta = json.loads((db.parent / "metadata.json").read_text(encoding="utf-8"))
    tables = meta["databases"]["corpus"]["tables"]
    for table in database.DATABASE_TABLES:
        assert set(tables[table]["columns"]) == {f.name for f in schema.corpus_fields(table)}
        assert all(tables[table]["columns"].values())
    queries = meta["databases"]["corpus"]["queries"]
    con = sqlite3.connect(db)
    below = queries["plans_below_threshold"]["sql"]
    assert con.execute(below, {"threshold": 0.9}).fetchall()
    two_years = con.execute(queries["targets_not_met_two_years"]["sql"]).fetchall()
    assert ("數位發展部", 114, "114-10") in {row[:3] for row in two_years}
    by_keyword = queries["plans_by_keyword"]["sql"]
    for keyword in ("數位韌性", "資安", "韌", "5G", "ai"):
        rows = con.execute(by_keyword, {"keyword": keyword}).fetchall()
        assert len(rows) == len(database.search_sqlite(con, keyword)) > 0, keyword


def test_the_file_is_replaced_whole(frames, tmp_path):
    path = tmp_path / "corpus.sqlite"
    path.write_text("old", encoding="utf-8")
    broken = dict(frames)
    broken["plan_flags"] = frames["plan_flags"].assign(plan_id="999-99")
    with pytest.raises((ValueError, sqlite3.IntegrityError)):
        database.write_sqlite(broken, path)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["corpus.sqlite"]


def test_export_sqlite_and_parquet_from_the_command_line(tmp_path, capsys):
    sources = [str(s) for s in CORPUS_SOURCES]
    assert (
        main(["export", "--format", "sqlite", *sources, "--out", str(tmp_path / "c.sqlite")]) == 0
    )
    assert (tmp_path / "metadata.json").is_file()
    con = sqlite3.connect(tmp_path / "c.sqlite")
    assert con.execute("SELECT count(*) FROM reports").fetchone()[0] == 2
    assert main(["export", "--format", "parquet", *sources, "--out", str(tmp_path / "pq")]) == 0
    assert {p.stem for p in (tmp_path / "pq").glob("*.parquet")} == set(database.DATABASE_TABLES)
    assert main(["export", "--format", "sqlite", sources[0]]) == 2
    assert "needs --out" in capsys.readouterr().err
    assert main(["export", "--format", "sqlite", sources[0], "--out", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
    file = tmp_path / "c.sqlite"
    assert main(["export", "--format", "parquet", sources[0], "--out", str(file)]) == 2
    assert "is a file" in capsys.readouterr().err
    capsys.readouterr()
    one = tmp_path / "one.sqlite"
    assert main(["export", "--format", "sqlite", "--out", str(one)]) == 0  # the bundled report
    con = sqlite3.connect(one)
    assert con.execute("SELECT count(*) FROM plans").fetchone()[0] == 14
    assert con.execute("SELECT count(*) FROM plan_history").fetchone()[0] == 14


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str):
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read().decode("utf-8"))


@pytest.mark.slow(seconds=6)
def test_datasette_serves_the_file_with_its_metadata_and_canned_queries(db):
    pytest.importorskip("datasette")
    bin_dir = Path(sys.executable).parent
    inspect = subprocess.run(
        [bin_dir / "datasette", "inspect", db], capture_output=True, text=True, timeout=120
    )
    assert inspect.returncode == 0, inspect.stderr
    assert json.loads(inspect.stdout)["corpus"]["tables"]["plans"]["count"] == 24
    port = _free_port()
    server = subprocess.Popen(
        [
            bin_dir / "datasette",
            "serve",
            db,
            "-m",
            db.parent / "metadata.json",
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                meta = _get(f"{base}/-/metadata.json")
                break
            except OSError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                time.sleep(0.2)
        else:
            pytest.fail("datasette did not start")
        columns = meta["databases"]["corpus"]["tables"]["plans"]["columns"]
        assert columns["plan_id"].startswith("計畫代碼")
        rows = _get(f"{base}/corpus/plans_by_keyword.json?keyword={quote('數位韌性')}&_shape=array")
        assert rows and all("數位韌性" in r["text"] for r in rows)
        rows = _get(f"{base}/corpus/plans_below_threshold.json?threshold=0.9&_shape=array")
        assert rows and all(
            (
                r["execution_rate_in_year"]
                if r["execution_rate_in_year"] is not None
                else r["execution_rate"]
            )
            < 0.9
            for r in rows
        )
    finally:
        server.terminate()
        server.wait(timeout=30)


# ---------------------------------------------------------------- Parquet


def test_parquet_round_trips_to_the_same_frames(frames, tmp_path):
    pytest.importorskip("pyarrow")
    database.write_parquet(frames, tmp_path)
    for table, frame in frames.items():
        back = pd.read_parquet(tmp_path / f"{table}.parquet")
        pd.testing.assert_frame_equal(back, frame, check_dtype=True)
    import pyarrow.parquet as pq

    field = pq.read_schema(tmp_path / "plans.parquet").field("total_budget_thousand_twd")
    assert field.metadata[b"unit"] == b"thousand TWD"
    assert field.metadata[b"label_zh"].decode("utf-8") == "計畫核定總經費"


# ---------------------------------------------------------------- the search page


@pytest.fixture(scope="module")
def site_files(frames):
    hrefs = {
        (r.agency, int(r.fiscal_year), r.plan_id): f"{r.agency}_{r.fiscal_year}/"
        f"plan_profile_{r.plan_id}.html"
        for r in frames["plans"].itertuples()
    }
    return search.search_files(frames["plans"], frames["targets"], hrefs)


def _index(files) -> dict:
    text = files[search.SEARCH_INDEX]
    return json.loads(text.removeprefix("window.govplansSearch = ").rstrip().rstrip(";"))


def test_the_search_index_finds_a_known_phrase(site_files, frames):
    built = _index(site_files)
    docs = built["docs"]
    hits = search.search(built, "數位韌性")
    assert hits and all("數位韌性" in docs[i]["t"] for i in hits)
    truth = [i for i, d in enumerate(docs) if "數位韌性" in d["t"]]
    assert hits == truth
    assert {d["k"] for d in docs} == {"plan", "target"}
    assert len(docs) == len(frames["plans"]) + len(frames["targets"])
    hit = docs[hits[0]]
    assert hit["h"] == f"{hit['a']}_{hit['y']}/plan_profile_{hit['p']}.html"
    assert search.search(built, "5g") == search.search(built, "5G")
    assert search.search(built, "量子糾纏望遠鏡") == []


def test_the_search_page_has_no_external_resource(site_files):
    page = site_files[search.SEARCH_PAGE]
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert '<script src="data/search_index.js">' in page
    assert "innerHTML" not in page and "document.write" not in page
    assert "</script" not in site_files[search.SEARCH_INDEX].lower()


def test_the_site_gets_its_search_page(corpus, tmp_path):
    sites = [
        SiteReport(
            a.report,
            f"{a.report.agency}_{a.report.fiscal_year}",
            [
                {"kind": "profile", "html": f"plan_profile_{p}.html", "parameters": {"plan_id": p}}
                for p in a.report.plans["plan_id"][:2]
            ],
        )
        for a in corpus.assessments
    ]
    written = search.write_search(tmp_path, corpus, sites, "en")
    assert {p.relative_to(tmp_path).as_posix() for p in written} == {
        search.SEARCH_PAGE,
        search.SEARCH_INDEX,
    }
    page = (tmp_path / search.SEARCH_PAGE).read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "Search plans and targets" in page
    built = _index({search.SEARCH_INDEX: (tmp_path / search.SEARCH_INDEX).read_text("utf-8")})
    linked = {d["h"] for d in built["docs"] if d["h"]}
    assert linked == {
        f"{quote(s.folder)}/plan_profile_{p['parameters']['plan_id']}.html"
        for s in sites
        for p in s.pages
    }
    assert len(built["docs"]) == sum(
        len(a.report.plans) + len(a.targets) for a in corpus.assessments
    )


def test_report_text_in_the_index_cannot_close_the_script():
    docs = [search._doc("plan", ("機關", 114, "114-01"), "</script><b>", "</script><b>資安", {})]
    text = search.search_index_script(search.search_index(docs))
    assert "</script>" not in text and "\\u003c/script>" in text


@pytest.mark.slow(seconds=6)
def test_the_page_finds_and_quotes_in_a_browser_with_report_text_as_text(tmp_path):
    """The search page in headless Chromium: a hit links its profile, the match is marked, and
    markup in the report's text stays text."""
    from govplans.testing.browser import CHROMIUM, dump_dom

    if not CHROMIUM:
        pytest.skip("no chromium")
    plans = pd.DataFrame(
        {
            "agency": ["機關"],
            "fiscal_year": [114],
            "plan_id": ["114-01"],
            "name": ['<img src=x onerror="document.title=1">資安計畫'],
        }
    )
    targets = pd.DataFrame(
        {
            "agency": ["機關"],
            "fiscal_year": [114],
            "plan_id": ["114-01"],
            "target_index": [1],
            "text": ["完成資安檢測10案"],
        }
    )
    files = search.search_files(plans, targets, {("機關", 114, "114-01"): "a/p.html"})
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    url = (tmp_path / search.SEARCH_PAGE).as_uri() + "?q=" + quote("資安")
    hits = dump_dom(url, tmp_path / "profile").split('<ol id="hits">', 1)[1].split("</ol>", 1)[0]
    assert hits.count("<li>") == 2
    assert '<a href="a/p.html">' in hits
    assert "<mark>資安</mark>" in hits
    assert "&lt;img" in hits and "<img" not in hits
    url = (tmp_path / search.SEARCH_PAGE).as_uri() + "?q=constructor"  # not an index key
    assert '<p id="count" aria-live="polite">查無結果</p>' in dump_dom(url, tmp_path / "profile")
