"""Curated analyst input shipped with the package (``govplans/annotations/``): reviewed target
statuses and English plan and agency names.

Files are package data, found with :mod:`importlib.resources` (so an installed wheel finds them
too) or in a folder given instead (``directory``); each file is read once per process. The
automatic engine never sees what is loaded here: the analysis merges reviewed statuses only after
every automatic status is decided (:mod:`govplans.analyse.reviews`).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

import pandas as pd

from govplans.model.text import despace
from govplans.model.vocab import STATUSES

REVIEWED_PREFIX = "reviewed_targets_"
REVIEW_COLUMNS = ["agency", "fiscal_year", "plan_id", "target_index", "status_reviewed", "reason"]
ENGLISH_NAMES_FILE = "plan_names_en.csv"
CROSSWALK_FILE = "crosswalk.csv"
CROSSWALK_COLUMNS = ["agency", "fiscal_year", "name", "fiscal_year_previous", "name_previous"]
AGENCY_NAMES_FILE = "agency_names_en.csv"
#: The optional column of a reviewed-status file giving the day each target was reviewed
#: (ISO, ``2026-11-29``); pages name the review with its (latest) date.
REVIEW_DATE_COLUMN = "reviewed_on"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

#: A folder of annotation files: the package's own, or one on disk.
Folder = Traversable | Path


def package_annotations() -> Traversable:
    """The annotations shipped with the package."""
    return resources.files("govplans") / "annotations"


def display_path(path: Folder) -> str:
    """How a file is named in outputs: ``govplans/annotations/x.csv`` for package data (the
    same in every checkout and install), the path as given otherwise."""
    package = package_annotations()
    try:
        if Path(str(path)).resolve().parent == Path(str(package)).resolve():
            return f"govplans/annotations/{path.name}"
    except OSError:
        pass
    return str(path)


@lru_cache(maxsize=64)
def _read_bytes_cached(key: str, data: bytes) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, encoding="utf-8-sig")


def read_csv(path: Folder) -> pd.DataFrame:
    """A curated CSV as text columns (read once per file content; a copy is returned)."""
    data = path.read_bytes()
    return _read_bytes_cached(str(path), data).copy()


def _files(directory: Folder | None, prefix: str) -> list[Folder]:
    folder = directory if directory is not None else package_annotations()
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.name.startswith(prefix) and p.name.endswith(".csv")]
    return sorted(found, key=lambda p: p.name)


def reviewed_files(directory: Folder | None = None) -> list[Folder]:
    """Every reviewed-status file in the annotations folder, sorted by name."""
    return _files(directory, REVIEWED_PREFIX)


def normalise_reviews(frame: pd.DataFrame, origin: str) -> pd.DataFrame:
    """A reviewed-status table checked and typed: required columns, known statuses, no target
    reviewed twice; ``ValueError`` naming ``origin`` otherwise."""
    missing = [c for c in REVIEW_COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"{origin}: reviewed-status file lacks columns {missing}")
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object:
            out[column] = out[column].astype(str).str.strip()
    out["fiscal_year"] = pd.to_numeric(out["fiscal_year"], errors="raise").astype(int)
    out["target_index"] = pd.to_numeric(out["target_index"], errors="raise").astype(int)
    bad = out[~out["status_reviewed"].isin(STATUSES)]
    if not bad.empty:
        row = bad.iloc[0]
        raise ValueError(
            f"{origin}: plan {row['plan_id']} target {row['target_index']}: unknown status "
            f"{row['status_reviewed']!r}; use one of {', '.join(STATUSES)}"
        )
    duplicated = out[out.duplicated(["plan_id", "target_index"], keep=False)]
    if not duplicated.empty:
        row = duplicated.iloc[0]
        raise ValueError(
            f"{origin}: plan {row['plan_id']} target {row['target_index']} is reviewed twice"
        )
    if "target_text" not in out.columns:
        out["target_text"] = ""
    if REVIEW_DATE_COLUMN not in out.columns:
        out[REVIEW_DATE_COLUMN] = ""
    for row in out[out[REVIEW_DATE_COLUMN] != ""].itertuples():
        value = str(getattr(row, REVIEW_DATE_COLUMN))
        if not _is_date(value):
            raise ValueError(
                f"{origin}: plan {row.plan_id} target {row.target_index}: "
                f"{REVIEW_DATE_COLUMN} {value!r} is not a date (expected YYYY-MM-DD)"
            )
    return out


def _is_date(value: str) -> bool:
    if not _ISO_DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def review_date(reviews: pd.DataFrame | None) -> str | None:
    """The day a report's review was made: the latest ``reviewed_on`` of its rows (ISO), None
    when the file gives none."""
    if reviews is None or REVIEW_DATE_COLUMN not in reviews.columns:
        return None
    dates = [d for d in reviews[REVIEW_DATE_COLUMN] if isinstance(d, str) and d]
    return max(dates) if dates else None


def load_reviewed(
    source: str | Path | pd.DataFrame | None,
    agency: str,
    fiscal_year: int,
    directory: Folder | None = None,
) -> tuple[pd.DataFrame | None, str | None]:
    """The reviewed statuses for one report, and where they came from.

    ``source``: ``"auto"`` looks for a file in the annotations (``directory``, default: the
    package's) whose ``agency`` and ``fiscal_year`` columns match the report (none found: no
    reviews); ``None`` or ``"none"`` means no reviews; a path or a DataFrame is used as given
    (its rows for another report are an error, so a wrong file is never applied silently).
    """
    if source is None or (isinstance(source, str) and source.lower() in ("none", "")):
        return None, None
    if isinstance(source, str) and source == "auto":
        for path in reviewed_files(directory):
            frame = normalise_reviews(read_csv(path), display_path(path))
            mine = frame[(frame["agency"] == agency) & (frame["fiscal_year"] == fiscal_year)]
            if not mine.empty:
                return mine.reset_index(drop=True), display_path(path)
        return None, None
    if isinstance(source, pd.DataFrame):
        frame, origin = normalise_reviews(source, "annotations"), "DataFrame"
    else:
        path = Path(source)
        if not path.is_file():
            raise ValueError(f"annotations file not found: {path}")
        origin = display_path(path)
        frame = normalise_reviews(read_csv(path), origin)
    other = frame[(frame["agency"] != agency) | (frame["fiscal_year"] != fiscal_year)]
    if not other.empty:
        row = other.iloc[0]
        raise ValueError(
            f"{origin}: reviews are for {row['agency']} {row['fiscal_year']}, "
            f"not for this report ({agency} {fiscal_year})"
        )
    return frame.reset_index(drop=True), origin


def _named_file(directory: Folder | None, name: str) -> Folder | None:
    path = (directory if directory is not None else package_annotations()) / name
    return path if path.is_file() else None


def english_names(agency: str, directory: Folder | None = None) -> dict[str, str]:
    """Curated English names of an agency's plans: Chinese name (spaces removed) -> English."""
    path = _named_file(directory, ENGLISH_NAMES_FILE)
    if path is None:
        return {}
    frame = read_csv(path)
    frame = frame[frame["agency"].str.strip() == agency]
    return {
        despace(zh): en.strip()
        for zh, en in zip(frame["name_zh"], frame["name_en"], strict=True)
        if en.strip()
    }


def english_agency(agency: str, directory: Folder | None = None) -> str:
    """The curated English name of an agency (``agency_names_en.csv``), or its Chinese name."""
    path = _named_file(directory, AGENCY_NAMES_FILE)
    if path is None:
        return agency
    frame = read_csv(path)
    key = despace(agency)
    for zh, en in zip(frame["agency_zh"], frame["agency_en"], strict=True):
        if despace(zh) == key and en.strip():
            return en.strip()
    return agency


@dataclass(frozen=True)
class Reference:
    """The curated input for one report, loaded once and passed to the analysis as data."""

    reviews: pd.DataFrame | None = field(default=None, compare=False)
    reviews_origin: str | None = None
    plan_names_en: dict[str, str] = field(default_factory=dict)
    agency_en: str | None = None
    #: The day the review was made (:func:`review_date`), None when not given.
    reviewed_on: str | None = None


def load_reference(
    agency: str,
    fiscal_year: int,
    annotations: str | Path | pd.DataFrame | None = "auto",
    directory: Folder | None = None,
) -> Reference:
    """Reviewed statuses (see :func:`load_reviewed`) and English names for one report."""
    reviews, origin = load_reviewed(annotations, agency, fiscal_year, directory)
    return Reference(
        reviews=reviews,
        reviews_origin=origin,
        plan_names_en=english_names(agency, directory),
        agency_en=english_agency(agency, directory),
        reviewed_on=review_date(reviews),
    )


def load_crosswalk(
    source: str | Path | pd.DataFrame | None = "auto", directory: Folder | None = None
) -> pd.DataFrame | None:
    """The curated links of renamed plans across years (``crosswalk.csv``: agency, fiscal_year,
    name, fiscal_year_previous, name_previous, note): ``"auto"`` the annotations' file, a path
    or a DataFrame as given, ``None`` / ``"none"`` none."""
    if source is None or (isinstance(source, str) and source.lower() in ("none", "")):
        return None
    if isinstance(source, pd.DataFrame):
        frame, origin = source, "crosswalk"
    elif isinstance(source, str) and source == "auto":
        path = _named_file(directory, CROSSWALK_FILE)
        if path is None:
            return None
        frame, origin = read_csv(path), display_path(path)
    else:
        if not Path(source).is_file():
            raise ValueError(f"crosswalk file not found: {source}")
        frame, origin = read_csv(Path(source)), str(source)
    missing = [c for c in CROSSWALK_COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"{origin}: crosswalk lacks columns {missing}")
    out = frame.copy()
    out["fiscal_year"] = pd.to_numeric(out["fiscal_year"], errors="raise").astype(int)
    out["fiscal_year_previous"] = pd.to_numeric(out["fiscal_year_previous"]).astype(int)
    return out
