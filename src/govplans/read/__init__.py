"""Source file -> :class:`~govplans.model.report.Report`.

A reader turns one kind of source into page tables (:mod:`govplans.read.pages`); the shared
assembler (:mod:`govplans.read.assemble`) builds the report from them. Imports only
:mod:`govplans.model`.
"""

from govplans.read.source import read_report

__all__ = ["read_report"]
