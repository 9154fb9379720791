"""The corpus as a database: one SQLite file (for Datasette) or one Parquet file per table.

Every table of every report of a corpus, and the corpus's own tables, stored together: a table
of one report (``plans`` … ``portfolio``) gets the report's ``agency`` and ``fiscal_year`` first,
and ``reports`` names each report's source. Columns, types, primary and foreign keys and column
descriptions all come from :mod:`govplans.model.schema` (its `corpus_keys`, `corpus_fields`).

The SQLite file also holds ``search``, an FTS5 index over plan names, items and target texts.
Chinese has no spaces between words, so the ``unicode61`` tokenizer would take a whole run of
characters as one token. The text is indexed instead as its CJK characters' overlapping bigrams
(column ``tokens``, with Latin words and numbers as they are) and its single characters (column
``chars``): :func:`search_tokens` writes them and :func:`fts_query` turns a query into the same
tokens, a CJK run as the phrase of its bigrams (數位韌性 -> "數位 位韌 韌性": the characters in
order). This works in every SQLite build with FTS5; the ``trigram`` tokenizer (SQLite 3.34+)
matches no query shorter than three characters (資安, 長照, 海纜).

This module is given the tables; it reads no file. It writes one file atomically (a temporary
file beside it, renamed over it) and the Datasette ``metadata.json`` beside it.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from govplans.model import schema
from govplans.present import fmt
from govplans.present.export import assessment_tables, table_frames

if TYPE_CHECKING:
    from govplans.analyse.corpus import Corpus

#: SQLite column type for each registry dtype (dates as ISO text, booleans as 0/1).
SQLITE_TYPES = {
    "string": "TEXT",
    "int64": "INTEGER",
    "Int64": "INTEGER",
    "float64": "REAL",
    "boolean": "INTEGER",
    "datetime64[ns]": "TEXT",
}

#: The tables of one report, in the order they are written (a referenced table first).
REPORT_TABLES = (
    "plans",
    "items",
    "findings",
    "plan_assessment",
    "targets",
    "target_components",
    "plan_flags",
    "flag_messages",
    "portfolio",
)
#: Every table of the database, referenced tables first.
DATABASE_TABLES = (
    "reports",
    *REPORT_TABLES,
    "agency_years",
    "plan_history",
    "link_candidates",
)
#: The full-text table.
SEARCH_TABLE = "search"


# ---------------------------------------------------------------- the tables


def reports_frame(corpus: Corpus) -> pd.DataFrame:
    """``reports``: one row per report of the corpus, with its source."""
    return schema.make_frame(
        "reports",
        [
            {
                "agency": r.agency,
                "fiscal_year": r.fiscal_year,
                "report": r.source_path.name,
                "title": r.title,
                "unit_printed": r.unit,
                "source_kind": r.source_kind,
                "sha256": r.sha256,
            }
            for r in corpus.reports
        ],
    )


def corpus_frames(corpus: Corpus, lang: str = fmt.ZH) -> dict[str, pd.DataFrame]:
    """Every table of the corpus by name (:data:`DATABASE_TABLES`), with the registry's columns
    among several reports (:func:`~govplans.model.schema.corpus_fields`) and dtypes; the flag
    messages in ``lang``; ``findings`` holds each report's and the corpus's own."""
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in REPORT_TABLES}
    for a in corpus.assessments:
        own = {**table_frames(a.report), **assessment_tables(a, lang)}
        for name in REPORT_TABLES:
            parts[name].append(own[name])
    keys = [(a.report.agency, a.report.fiscal_year) for a in corpus.assessments]
    frames = {"reports": reports_frame(corpus)}
    for name in REPORT_TABLES:
        frames[name] = _with_report(name, parts[name], keys)
    if corpus.findings:  # the corpus's own (a cumulative amount lower than the year before)
        found = pd.DataFrame(corpus.findings).reindex(columns=frames["findings"].columns)
        frames["findings"] = pd.concat(
            [frames["findings"], found.astype(frames["findings"].dtypes.to_dict())],
            ignore_index=True,
        )
    frames["agency_years"] = corpus.agency_years
    frames["plan_history"] = corpus.history
    frames["link_candidates"] = corpus.candidates
    return {name: _cast(name, frames[name]) for name in DATABASE_TABLES}


def _with_report(
    table: str, parts: list[pd.DataFrame], keys: list[tuple[str, int]]
) -> pd.DataFrame:
    """The reports' rows of one table together, each row with its report's agency and year
    first (concatenated once, the two columns added once)."""
    nonempty = [(part, key) for part, key in zip(parts, keys, strict=True) if len(part)]
    if not nonempty:
        names = [f.name for f in schema.corpus_fields(table)]
        return pd.DataFrame({n: pd.Series(dtype=object) for n in names})
    frame = pd.concat([part for part, _ in nonempty], ignore_index=True)
    lengths = [len(part) for part, _ in nonempty]
    frame.insert(0, "fiscal_year", np.repeat([key[1] for _, key in nonempty], lengths))
    frame.insert(0, "agency", np.repeat([key[0] for _, key in nonempty], lengths))
    return frame


def _cast(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with exactly the table's corpus columns, in order, with the registry's dtypes."""
    table_fields = schema.corpus_fields(table)
    out = frame[[f.name for f in table_fields]].reset_index(drop=True)
    return out.astype({f.name: f.dtype for f in table_fields})


# ---------------------------------------------------------------- full-text search

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(rf"[{_CJK}]+|[A-Za-z0-9]+")


def _cjk(run: str) -> bool:
    return bool(re.match(rf"[{_CJK}]", run))


def search_tokens(text: str) -> tuple[str, str]:
    """The indexed form of ``text``, two columns: ``tokens``, each run of CJK characters as its
    overlapping bigrams (國家資安 -> ``國家 家資 資安``; a lone character as itself) and Latin
    words and numbers lower-cased; ``chars``, every CJK character (for a one-character query)."""
    tokens: list[str] = []
    chars: list[str] = []
    for run in _RUN.findall(text or ""):
        if _cjk(run):
            chars.extend(run)
            tokens.extend([run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)])
        else:
            tokens.append(run.lower())
    return " ".join(tokens), " ".join(chars)


def query_terms(query: str) -> list[tuple[str, str]]:
    """The terms of a query as (column, phrase): a CJK run as its bigrams in order (a phrase of
    consecutive bigrams is the run itself), one character alone in ``chars``, a Latin word or
    number lower-cased."""
    terms = []
    for run in _RUN.findall(query or ""):
        if _cjk(run) and len(run) == 1:
            terms.append(("chars", run))
        elif _cjk(run):
            terms.append(("tokens", " ".join(run[i : i + 2] for i in range(len(run) - 1))))
        else:
            terms.append(("tokens", run.lower()))
    return terms


def fts_query(query: str) -> str:
    """An FTS5 MATCH expression for ``query``: every term (:func:`query_terms`) as a phrase of
    its column, all required."""
    terms = query_terms(query)
    if not terms:
        raise ValueError(f"the query {query!r} has no word or character to search for")
    return " AND ".join(f'{column} : "{phrase}"' for column, phrase in terms)


def matches(text: str, query: str) -> bool:
    """Whether ``text`` holds ``query`` as the index means it: every CJK run of the query in the
    text, every Latin word or number of the query a word of the text (case-insensitive). The
    truth the index is measured against (by a scan)."""
    words = {run.lower() for run in _RUN.findall(text or "") if not _cjk(run)}
    for run in _RUN.findall(query or ""):
        if _cjk(run) and run not in (text or ""):
            return False
        if not _cjk(run) and run.lower() not in words:
            return False
    return True


def search_documents(frames: dict[str, pd.DataFrame]) -> Iterator[tuple[Any, ...]]:
    """The texts to index: (kind, agency, fiscal_year, plan_id, section, ref, text), for each
    plan name, item and target."""
    for r in frames["plans"].itertuples(index=False):
        yield ("plan", r.agency, int(r.fiscal_year), r.plan_id, "name", "", r.name)
    for r in frames["items"].itertuples(index=False):
        ref = f"{r.item_no}.{r.sub_item_no}" if r.sub_item_no else str(r.item_no)
        yield ("item", r.agency, int(r.fiscal_year), r.plan_id, r.section, ref, r.text)
    for r in frames["targets"].itertuples(index=False):
        yield (
            "target",
            r.agency,
            int(r.fiscal_year),
            r.plan_id,
            "targets",
            str(r.target_index),
            r.text,
        )


# ---------------------------------------------------------------- SQLite


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _names(columns: tuple[str, ...]) -> str:
    return ", ".join(_quote(c) for c in columns)


def create_statements(table: str) -> list[str]:
    """``CREATE TABLE`` with declared types, primary and foreign keys, and ``CREATE INDEX`` on
    every foreign key's columns (the join columns)."""
    keys = schema.corpus_keys(table)
    lines = []
    for f in schema.corpus_fields(table):
        not_null = " NOT NULL" if f.name in keys.primary else ""
        lines.append(f"{_quote(f.name)} {SQLITE_TYPES[f.dtype]}{not_null}")
    lines.append(f"PRIMARY KEY ({_names(keys.primary)})")
    for fk in keys.foreign:
        lines.append(
            f"FOREIGN KEY ({_names(fk.columns)}) REFERENCES {_quote(fk.table)} "
            f"({_names(fk.references)})"
        )
    statements = [f"CREATE TABLE {_quote(table)} (\n  " + ",\n  ".join(lines) + "\n)"]
    indexed: set[tuple[str, ...]] = {keys.primary}
    for fk in keys.foreign:
        if fk.columns in indexed or keys.primary[: len(fk.columns)] == fk.columns:
            continue  # the primary key's index already starts with these columns
        indexed.add(fk.columns)
        name = f"{table}__{'__'.join(fk.columns)}"
        statements.append(f"CREATE INDEX {_quote(name)} ON {_quote(table)} ({_names(fk.columns)})")
    return statements


def _sql_value(value: Any) -> Any:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float) and value != value:  # NaN
        return None
    return value.item() if hasattr(value, "item") else value


def _rows(frame: pd.DataFrame) -> Iterator[tuple[Any, ...]]:
    for row in frame.astype(object).itertuples(index=False, name=None):
        yield tuple(_sql_value(v) for v in row)


def write_sqlite(frames: dict[str, pd.DataFrame], path: str | Path) -> Path:
    """Write the tables (:func:`corpus_frames`) and the ``search`` index to one SQLite file at
    ``path``, atomically; check its foreign keys before it replaces ``path``."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        con = sqlite3.connect(temp)
        try:
            _fill(con, frames)
        finally:
            con.close()
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return target


def _fill(con: sqlite3.Connection, frames: dict[str, pd.DataFrame]) -> None:
    con.execute("PRAGMA foreign_keys = ON")
    with con:
        for table in DATABASE_TABLES:
            for statement in create_statements(table):
                con.execute(statement)
            frame = frames[table]
            marks = ", ".join("?" for _ in frame.columns)
            con.executemany(
                f"INSERT INTO {_quote(table)} ({_names(tuple(frame.columns))}) VALUES ({marks})",
                _rows(frame),
            )
        try:
            con.execute(
                f"CREATE VIRTUAL TABLE {_quote(SEARCH_TABLE)} USING fts5("
                "kind UNINDEXED, agency UNINDEXED, fiscal_year UNINDEXED, plan_id UNINDEXED, "
                "section UNINDEXED, ref UNINDEXED, text UNINDEXED, tokens, chars, "
                "tokenize = 'unicode61 remove_diacritics 0')"
            )
        except sqlite3.OperationalError as exc:  # a build without FTS5
            raise ValueError(
                f"this Python's SQLite {sqlite3.sqlite_version} cannot build the full-text "
                f"index ({exc}): it needs FTS5"
            ) from None
        con.executemany(
            f"INSERT INTO {_quote(SEARCH_TABLE)} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((*doc, *search_tokens(doc[-1])) for doc in search_documents(frames)),
        )
    problems = con.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise ValueError(f"foreign keys that do not resolve: {problems[:5]}")
    con.execute("VACUUM")


def search_sqlite(con: sqlite3.Connection, query: str) -> list[tuple[Any, ...]]:
    """The rows of ``search`` that hold every term of ``query``: (kind, agency, fiscal_year,
    plan_id, section, ref, text), best first."""
    return con.execute(
        f"SELECT kind, agency, fiscal_year, plan_id, section, ref, text "
        f"FROM {_quote(SEARCH_TABLE)} WHERE {_quote(SEARCH_TABLE)} MATCH ? ORDER BY rank",
        (fts_query(query),),
    ).fetchall()


# ---------------------------------------------------------------- Datasette metadata


def _canned_queries(warn: float) -> dict[str, dict[str, Any]]:
    return {
        "plans_below_threshold": {
            "title": "Plans below the execution threshold, by agency and year",
            "description": f"Plans whose in-year execution rate (or, where unknown, the "
            f"cumulative rate) is below `threshold`, a ratio (the warning threshold: {warn:g}).",
            "sql": (
                "SELECT agency, fiscal_year, plan_id, name, execution_rate_in_year, "
                "execution_rate, appropriated_in_year_thousand_twd, "
                "executed_in_year_thousand_twd FROM plan_history "
                "WHERE coalesce(execution_rate_in_year, execution_rate) < CAST(:threshold AS REAL) "
                "ORDER BY agency, fiscal_year, coalesce(execution_rate_in_year, execution_rate)"
            ),
            "params": ["threshold"],
        },
        "targets_not_met_two_years": {
            "title": "Plans with targets not met two years running",
            "description": "Plans with a target not met in a year and in the linked plan's "
            "year before.",
            "sql": (
                "SELECT h.agency, h.fiscal_year, h.plan_id, h.name, a.n_not_met, "
                "p.n_not_met AS n_not_met_year_before, h.previous_plan_id "
                "FROM plan_history h "
                "JOIN plan_assessment a ON a.agency = h.agency "
                "AND a.fiscal_year = h.fiscal_year AND a.plan_id = h.plan_id "
                "JOIN plan_history hp ON hp.plan_key = h.previous_plan_key "
                "JOIN plan_assessment p ON p.agency = hp.agency "
                "AND p.fiscal_year = hp.fiscal_year AND p.plan_id = hp.plan_id "
                "WHERE a.n_not_met > 0 AND p.n_not_met > 0 "
                "ORDER BY h.agency, h.fiscal_year, h.plan_id"
            ),
        },
        "plans_by_keyword": {
            "title": "Plans by keyword (plan names, items, targets)",
            "description": "One Chinese keyword (資安, 數位韌性, 韌) or one Latin word or number "
            "(5G, AI): the full-text index `search`, its Chinese as character bigrams (the "
            "query below cuts the keyword into them).",
            "sql": (
                "WITH RECURSIVE grams(i, phrase) AS (SELECT 1, '' UNION ALL "
                "SELECT i + 1, phrase || ' ' || substr(:keyword, i, 2) FROM grams "
                "WHERE i < length(:keyword)), "
                "q(m) AS (SELECT CASE "
                "WHEN :keyword GLOB '*[A-Za-z0-9]*' THEN 'tokens : \"' || lower(:keyword) || '\"' "
                "WHEN length(:keyword) = 1 THEN 'chars : \"' || :keyword || '\"' "
                "ELSE 'tokens : \"' || trim((SELECT phrase FROM grams "
                "WHERE i = length(:keyword))) || '\"' END) "
                "SELECT s.agency, s.fiscal_year, s.plan_id, p.name, s.kind, s.section, s.ref, "
                "s.text, h.execution_rate_in_year, h.execution_rate "
                "FROM search s JOIN plans p ON p.agency = s.agency "
                "AND p.fiscal_year = s.fiscal_year AND p.plan_id = s.plan_id "
                "LEFT JOIN plan_history h ON h.agency = s.agency "
                "AND h.fiscal_year = s.fiscal_year AND h.plan_id = s.plan_id "
                "WHERE search MATCH (SELECT m FROM q) "
                "ORDER BY s.agency, s.fiscal_year, s.plan_id"
            ),
            "params": ["keyword"],
        },
    }


def datasette_metadata(database: str, warn: float = 0.9) -> dict[str, Any]:
    """Datasette metadata for the database file ``database`` (its stem names it): each table's
    description and every column's (from the registry), and the canned queries."""
    tables: dict[str, Any] = {}
    for table in DATABASE_TABLES:
        tables[table] = {
            "description": schema.TABLE_DESCRIPTIONS.get(table, ""),
            "columns": {
                f.name: f"{f.label_zh} / {f.label_en}: {f.description}"
                + (f" ({f.unit})" if f.unit else "")
                for f in schema.corpus_fields(table)
            },
        }
    tables[SEARCH_TABLE] = {
        "description": "Full-text index over plan names, items and target texts; `tokens` is "
        "the text as CJK characters and bigrams (see plans_by_keyword).",
    }
    return {
        "title": "govplans corpus",
        "description": "計畫執行情形及目標達成情形表: every report of the corpus, its "
        "assessment and the plans' history across years. Amounts in thousand TWD.",
        "databases": {
            database: {"tables": tables, "queries": _canned_queries(warn)},
        },
    }


def write_metadata(database_path: str | Path, warn: float = 0.9) -> Path:
    """``metadata.json`` beside the database file, written atomically."""
    db = Path(database_path)
    path = db.parent / "metadata.json"
    _write_atomic(
        path,
        json.dumps(datasette_metadata(db.stem, warn), ensure_ascii=False, indent=2) + "\n",
    )
    return path


def _write_atomic(path: Path, text: str) -> None:
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(temp_name, path)


# ---------------------------------------------------------------- Parquet


def write_parquet(frames: dict[str, pd.DataFrame], out_dir: str | Path) -> list[Path]:
    """One Parquet file per table (``{table}.parquet``) in ``out_dir``, with the registry's
    types and each column's description, labels and unit as field metadata (needs pyarrow: the
    parquet extra); each file written atomically."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in DATABASE_TABLES:
        frame = frames[table]
        arrow = pa.Table.from_pandas(frame, preserve_index=False)
        described = [
            arrow.schema.field(f.name).with_metadata(
                {"description": f.description, "label_zh": f.label_zh, "label_en": f.label_en}
                | ({"unit": f.unit} if f.unit else {})
            )
            for f in schema.corpus_fields(table)
        ]
        arrow = arrow.cast(pa.schema(described, metadata=arrow.schema.metadata))
        path = out / f"{table}.parquet"
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=out)
        os.close(handle)
        try:
            pq.write_table(arrow, temp_name)
            os.replace(temp_name, path)
        finally:
            Path(temp_name).unlink(missing_ok=True)
        written.append(path)
    return written
