"""govplans: Taiwanese government plan-execution reports as data and narrative analyses.

The package is layered, imports pointing down only (see ``docs/architecture.md``)::

    run       command line, notebooks' entry points, report build
    present   words, formatting, narrative, pages, charts, exports
    analyse   measures, flags, target attainment        read   source file -> Report
    model     schema registry, Report, provenance, vocabularies, errors

The names below are the public API.
"""

from govplans.analyse.assessment import Assessment
from govplans.analyse.measures import Thresholds
from govplans.model.errors import ReportFormatError
from govplans.model.report import Finding, Report
from govplans.model.vocab import CATEGORIES, SECTIONS
from govplans.read.source import parse_report, read_report
from govplans.run.api import (
    agency_names_en,
    assess_report,
    load_assessment,
    load_corpus,
    load_history,
    review_date,
)

__all__ = [
    "CATEGORIES",
    "SECTIONS",
    "Assessment",
    "Finding",
    "Report",
    "ReportFormatError",
    "Thresholds",
    "agency_names_en",
    "assess_report",
    "load_assessment",
    "load_corpus",
    "load_history",
    "parse_report",
    "read_report",
    "review_date",
]
__version__ = "0.1.0"
