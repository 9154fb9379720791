"""govplans: Taiwanese government plan-execution reports as data and narrative analyses."""

from govplans.errors import ReportFormatError
from govplans.parse import parse_report
from govplans.report import CATEGORIES, SECTIONS, Finding, Report

__all__ = ["CATEGORIES", "SECTIONS", "Finding", "Report", "ReportFormatError", "parse_report"]
__version__ = "0.1.0"
