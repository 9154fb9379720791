"""Analyst input kept in ``data/annotations/``: reviewed target statuses, English plan and agency
names.

The automatic engine (:mod:`govplans.targets`) never imports this module; the assessment reads a
reviewed file only after every automatic status is decided, and shows both.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from govplans import config
from govplans.targets import STATUSES

REVIEWED_GLOB = "reviewed_targets_*.csv"
REVIEW_COLUMNS = ["agency", "fiscal_year", "plan_id", "target_index", "status_reviewed", "reason"]
ENGLISH_NAMES_FILE = "plan_names_en.csv"
AGENCY_NAMES_FILE = "agency_names_en.csv"


def display_path(path: Path) -> str:
    """The path relative to the project when inside it (stable across clones), else as given."""
    try:
        return path.resolve().relative_to(config.PROJ_ROOT).as_posix()
    except ValueError:
        return str(path)


def _read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def reviewed_files(directory: Path | None = None) -> list[Path]:
    """Every reviewed-status file in the annotations folder, sorted by name."""
    return sorted((directory or config.ANNOTATIONS_DIR).glob(REVIEWED_GLOB))


def _normalise(frame: pd.DataFrame, origin: str) -> pd.DataFrame:
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
    return out


def load_reviewed(
    source: str | Path | pd.DataFrame | None, agency: str, fiscal_year: int
) -> tuple[pd.DataFrame | None, str | None]:
    """The reviewed statuses for one report, and where they came from.

    ``source``: ``"auto"`` looks for a file in ``data/annotations/`` whose ``agency`` and
    ``fiscal_year`` columns match the report (none found: no reviews); ``None`` or ``"none"``
    means no reviews; a path or a DataFrame is used as given (its rows for another report are
    an error, so a wrong file is never applied silently).
    """
    if source is None or (isinstance(source, str) and source.lower() == "none"):
        return None, None
    if isinstance(source, str) and source == "auto":
        for path in reviewed_files():
            frame = _normalise(_read_csv(path), display_path(path))
            mine = frame[(frame["agency"] == agency) & (frame["fiscal_year"] == fiscal_year)]
            if not mine.empty:
                return mine.reset_index(drop=True), display_path(path)
        return None, None
    if isinstance(source, pd.DataFrame):
        frame, origin = _normalise(source, "annotations"), "DataFrame"
    else:
        path = Path(source)
        if not path.is_file():
            raise ValueError(f"annotations file not found: {path}")
        origin = display_path(path)
        frame = _normalise(_read_csv(path), origin)
    other = frame[(frame["agency"] != agency) | (frame["fiscal_year"] != fiscal_year)]
    if not other.empty:
        row = other.iloc[0]
        raise ValueError(
            f"{origin}: reviews are for {row['agency']} {row['fiscal_year']}, "
            f"not for this report ({agency} {fiscal_year})"
        )
    return frame.reset_index(drop=True), origin


def check_against_targets(reviews: pd.DataFrame, targets: pd.DataFrame, origin: str) -> None:
    """Every review names an existing target, and its text (when given) is that target's."""
    known = {(r.plan_id, int(r.target_index)): r.text for r in targets.itertuples()}
    for row in reviews.itertuples():
        key = (row.plan_id, int(row.target_index))
        if key not in known:
            raise ValueError(
                f"{origin}: plan {row.plan_id} has no target {row.target_index} in this report"
            )
        text = str(row.target_text or "")
        if text and _squash(text) != _squash(known[key]):
            raise ValueError(
                f"{origin}: plan {row.plan_id} target {row.target_index}: the reviewed text "
                f"{text[:30]!r}… is not the report's {known[key][:30]!r}…"
            )


def _squash(text: str) -> str:
    return "".join(text.split())


def english_names(agency: str, directory: Path | None = None) -> dict[str, str]:
    """Curated English names of an agency's plans: Chinese name -> English name."""
    path = (directory or config.ANNOTATIONS_DIR) / ENGLISH_NAMES_FILE
    if not path.is_file():
        return {}
    frame = _read_csv(path)
    frame = frame[frame["agency"].str.strip() == agency]
    return {
        _squash(zh): en.strip()
        for zh, en in zip(frame["name_zh"], frame["name_en"], strict=True)
        if en.strip()
    }


def english_name(names: dict[str, str], name_zh: str) -> str:
    """The curated English name, or the Chinese name when there is none."""
    return names.get(_squash(name_zh), name_zh)


def english_agency(agency: str, directory: Path | None = None) -> str:
    """The curated English name of an agency (``agency_names_en.csv``), or its Chinese name."""
    path = (directory or config.ANNOTATIONS_DIR) / AGENCY_NAMES_FILE
    if not path.is_file():
        return agency
    frame = _read_csv(path)
    key = _squash(agency)
    for zh, en in zip(frame["agency_zh"], frame["agency_en"], strict=True):
        if _squash(zh) == key and en.strip():
            return en.strip()
    return agency
