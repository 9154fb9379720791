"""Every path the project uses, in one place (cookiecutter-data-science style)."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJ_ROOT = PACKAGE_DIR.parents[1]
DATA_DIR = PROJ_ROOT / "data"
RAW_DATA_DIR = DATA_DIR / "raw"
PROCESSED_DATA_DIR = DATA_DIR / "processed"
ANNOTATIONS_DIR = DATA_DIR / "annotations"
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
REPORTS_DIR = PROJ_ROOT / "reports"
DOCS_DIR = PROJ_ROOT / "docs"

#: The report bundled with the project (FY114, Ministry of Digital Affairs).
BUNDLED_REPORT = RAW_DATA_DIR / "moda_114_plan_execution.txt"
