"""Database benchmark: the corpus as SQLite and Parquet, and the site's search, at scale.

Two measurements, one run each on this machine:

- ``--recall``: the full-text index's recall and precision on the queries of :data:`QUERIES`
  (written down before the first measurement) over the real and variety reports
  (``data/raw``, ``tests/fixtures/corpus/moda_113_constructed.txt``, ``tests/fixtures/variety``),
  against a scan of the texts (:func:`govplans.present.database.matches`: a Chinese query as a
  substring, a Latin word as a word; and a plain case-insensitive substring scan): the project's
  index (CJK bigrams and characters in ``unicode61``) beside FTS5's ``unicode61`` on the raw
  text and FTS5's ``trigram`` (SQLite >= 3.34) on the raw text.
- default: a synthetic corpus of ``--agencies`` x ``--years`` x ``--plans`` plan-years (default
  50 x 2 x 10 = 1,000): ``govplans export --format sqlite`` end to end (one process: read,
  assess, link, write), then in this process the steps (corpus tables, SQLite, Parquet) with the
  files' sizes; the search page's index (size, build time) and the search itself: the same
  algorithm in Python and ``search.js`` in headless Chromium (``performance.now()`` around each
  query, 20 repetitions, median), when a ``chromium`` is on the PATH.

Run: ``.venv/bin/python benchmarks/bench_database.py [--recall] [--agencies 50] [--plans 10]``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from govplans.present import database, search
from govplans.read.source import read_reports
from govplans.run import paths
from govplans.run.api import corpus_of
from govplans.testing.synthetic import make_series, write_series

#: The queries, written down before the first measurement: two-character Chinese words (the
#: trigram tokenizer's blind spot), longer ones, Latin words, and one character.
QUERIES = [
    "5G",
    "海纜",
    "資安",
    "長照",
    "數位韌性",
    "AI",
    "偏鄉",
    "無人機",
    "人工智慧",
    "衛星",
    "淨零",
    "韌",
]
RECALL_SOURCES = [
    paths.RAW_DATA_DIR,
    paths.PROJ_ROOT / "tests" / "fixtures" / "corpus" / "moda_113_constructed.txt",
    paths.PROJ_ROOT / "tests" / "fixtures" / "variety",
]


def _corpus(sources: list[Path]):
    reports = sorted(read_reports(sources), key=lambda r: (r.agency, r.fiscal_year))
    return corpus_of(reports)


def recall() -> None:
    frames = database.corpus_frames(_corpus(RECALL_SOURCES))
    docs = list(database.search_documents(frames))
    with tempfile.TemporaryDirectory() as tmp:
        path = database.write_sqlite(frames, Path(tmp) / "corpus.sqlite")
        con = sqlite3.connect(path)
        con.execute("CREATE VIRTUAL TABLE plain USING fts5(id UNINDEXED, text)")
        con.executemany("INSERT INTO plain VALUES (?, ?)", enumerate(d[-1] for d in docs))
        trigram = sqlite3.sqlite_version_info >= (3, 34)
        if trigram:
            con.execute(
                "CREATE VIRTUAL TABLE tri USING fts5(id UNINDEXED, text, tokenize='trigram')"
            )
            con.executemany("INSERT INTO tri VALUES (?, ?)", enumerate(d[-1] for d in docs))
        print(
            f"{len(docs)} texts ({len(frames['plans'])} plans of {len(frames['reports'])} "
            f"reports); SQLite {sqlite3.sqlite_version}"
        )
        print(
            "| query | texts holding it (word / substring) | bigram index: found (recall, "
            "precision) | its recall against the substring scan | unicode61 | trigram |"
        )
        print("|---|---|---|---|---|---|")
        for query in QUERIES:
            truth = {i for i, d in enumerate(docs) if database.matches(d[-1], query)}
            key = {d[:6]: i for i, d in enumerate(docs)}
            found = {key[row[:6]] for row in database.search_sqlite(con, query)}
            sub = {i for i, d in enumerate(docs) if query.lower() in d[-1].lower()}
            cells = [_score(found, truth), f"{len(found & sub) / len(sub):.0%}" if sub else "–"]
            for table in ("plain", *(["tri"] if trigram else [])):
                rows = con.execute(
                    f"SELECT id FROM {table} WHERE {table} MATCH ?", (f'"{query}"',)
                ).fetchall()
                cells.append(_score({r[0] for r in rows}, truth))
            print(f"| {query} | {len(truth)} / {len(sub)} | " + " | ".join(cells) + " |")


def _score(found: set[int], truth: set[int]) -> str:
    hit = len(found & truth)
    recall_ = f"{hit / len(truth):.0%}" if truth else "–"
    precision = f"{hit / len(found):.0%}" if found else "–"
    return f"{len(found)} ({recall_}, {precision})"


def _size(path: Path) -> str:
    total = sum(p.stat().st_size for p in ([path] if path.is_file() else path.rglob("*")))
    return f"{total / 2**20:.2f} MiB"


def scale(agencies: int, years: list[int], plans: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        files = write_series(work / "in", make_series(agencies, years, plans, seed=1))
        command = [sys.executable, "-m", "govplans", "export", "--format", "sqlite"]
        start = time.perf_counter()
        subprocess.run(
            [*command, str(work / "in"), "--out", str(work / "cli.sqlite")],
            check=True,
            capture_output=True,
        )
        cli = time.perf_counter() - start

        start = time.perf_counter()
        corpus = _corpus([work / "in"])
        read_assess = time.perf_counter() - start
        start = time.perf_counter()
        frames = database.corpus_frames(corpus)
        tables = time.perf_counter() - start
        start = time.perf_counter()
        db = database.write_sqlite(frames, work / "corpus.sqlite")
        database.write_metadata(db)
        sqlite_s = time.perf_counter() - start
        start = time.perf_counter()
        database.write_parquet(frames, work / "parquet")
        parquet_s = time.perf_counter() - start
        n = len(frames["plans"])
        print(
            f"{len(files)} reports, {n} plan-years, {len(frames['items'])} items, "
            f"{len(frames['targets'])} targets"
        )
        print(
            f"govplans export --format sqlite (one process, end to end): {cli:.2f} s; "
            f"file {_size(work / 'cli.sqlite')}"
        )
        print(
            f"  read + assess + link: {read_assess:.2f} s; corpus tables: {tables:.2f} s; "
            f"SQLite + FTS + metadata: {sqlite_s:.2f} s ({_size(db)}); "
            f"Parquet: {parquet_s:.2f} s ({_size(work / 'parquet')})"
        )

        start = time.perf_counter()
        hrefs = {
            (r.agency, int(r.fiscal_year), r.plan_id): f"x/plan_profile_{r.plan_id}.html"
            for r in frames["plans"].itertuples()
        }
        files_ = search.search_files(frames["plans"], frames["targets"], hrefs)
        index_s = time.perf_counter() - start
        site = work / "site"
        for name, text in files_.items():
            (site / name).parent.mkdir(parents=True, exist_ok=True)
            (site / name).write_text(text, encoding="utf-8")
        built = search.search_index(
            search.search_documents(frames["plans"], frames["targets"], hrefs)
        )
        print(
            f"search index: {len(built['docs'])} documents, {len(built['index'])} tokens, "
            f"{_size(site / search.SEARCH_INDEX)}, built in {index_s:.2f} s"
        )
        queries = ["資安", "數位韌性", "5G", "人工智慧 教育訓練", "韌", "量子"]
        for query in queries:
            times = []
            for _ in range(20):
                start = time.perf_counter()
                hits = search.search(built, query)
                times.append((time.perf_counter() - start) * 1000)
            print(
                f"  Python search {query!r}: {len(hits)} hits, median "
                f"{statistics.median(times):.2f} ms"
            )
        _browser(site, queries)


_TIMING = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><pre id="out"></pre>
<script src="data/search_index.js"></script><script>%s</script><script>
var queries = %s, lines = [];
queries.forEach(function (q) {
  var times = [], hits = [];
  for (var i = 0; i < 20; i++) {
    var t = performance.now(); hits = window.govplansSearchRun(q);
    times.push(performance.now() - t);
  }
  times.sort(function (a, b) { return a - b; });
  lines.push(JSON.stringify({q: q, hits: hits.length, median_ms: times[10], max_ms: times[19]}));
});
document.getElementById("out").textContent = lines.join("\\n");
</script></body></html>"""


def _browser(site: Path, queries: list[str]) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("  (no chromium on the PATH: the in-page search not timed)")
        return
    script = (Path(search.__file__).parent / "templates" / "govplans" / "search.js").read_text(
        encoding="utf-8"
    )
    page = site / "timing.html"
    page.write_text(_TIMING % (script, json.dumps(queries, ensure_ascii=False)), encoding="utf-8")
    done = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--allow-file-access-from-files",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    for line in done.stdout.split('<pre id="out">', 1)[-1].split("</pre>", 1)[0].splitlines():
        result = json.loads(line)
        print(
            f"  in Chromium {result['q']!r}: {result['hits']} hits, median "
            f"{result['median_ms']:.2f} ms (max {result['max_ms']:.2f} ms)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recall", action="store_true", help="measure the index's recall")
    parser.add_argument("--agencies", type=int, default=50)
    parser.add_argument("--years", type=int, nargs="+", default=[113, 114])
    parser.add_argument("--plans", type=int, default=10, help="plans per agency and year")
    args = parser.parse_args()
    if args.recall:
        recall()
    else:
        scale(args.agencies, args.years, args.plans)


if __name__ == "__main__":
    main()
