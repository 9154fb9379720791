"""Every path of a checkout, in one place (cookiecutter-data-science style).

Only the run layer (command line, notebooks, the report build) uses these: the library itself
reads no path it was not given, and finds its curated annotations as package data. A checkout
elsewhere can be named with ``GOVPLANS_HOME`` (the folder holding ``data/`` and ``notebooks/``);
``GOVPLANS_ANNOTATIONS`` names a folder of annotation files to use instead of the package's.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1]
PROJ_ROOT = Path(os.environ.get("GOVPLANS_HOME") or PACKAGE_DIR.parents[1]).resolve()
DATA_DIR = PROJ_ROOT / "data"
RAW_DATA_DIR = DATA_DIR / "raw"
PROCESSED_DATA_DIR = DATA_DIR / "processed"
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
REPORTS_DIR = PROJ_ROOT / "reports"
DOCS_DIR = PROJ_ROOT / "docs"
#: The curated annotations: the package's own unless ``GOVPLANS_ANNOTATIONS`` names a folder.
ANNOTATIONS_DIR = Path(
    os.environ.get("GOVPLANS_ANNOTATIONS") or PACKAGE_DIR / "annotations"
).resolve()

#: The report bundled with the project (FY114, Ministry of Digital Affairs).
BUNDLED_REPORT = RAW_DATA_DIR / "moda_114_plan_execution.txt"
