"""The data model: a parsed report with its metadata, plan table, item table and findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from govplans.model import schema
from govplans.model.text import join_text
from govplans.model.values import is_missing
from govplans.model.vocab import CATEGORIES, SECTIONS

__all__ = ["CATEGORIES", "SECTIONS", "Finding", "FoldedItem", "Report"]

#: The line a constructed (invented, synthetic) report carries on its cover, kept by the reader
#: as a note: the one sign by which every page built from it says it is not official data
#: (:attr:`Report.constructed`). ``tests/fixtures/corpus/build_moda_113.py`` writes it.
CONSTRUCTED_NOTICE = "CONSTRUCTED TEST DATA, NOT A REAL REPORT"

#: How many plan ids a message lists before it says how many more there are.
PLAN_IDS_SHOWN = 20


class FoldedItem(NamedTuple):
    """One top-level item of a section, its sub-items folded into its text with their markers."""

    item_no: int  # as printed; 0 for a lead sentence before item 1
    text: str
    source_line: int | None  # where the item starts (extracted-text sources)
    source_page: int | None = None  # where the item starts (PDF sources)


@dataclass(frozen=True)
class Finding:
    """A data-quality finding: kept and shown, never fatal."""

    plan_id: str
    code: str
    message: str
    source_line: int | None
    source_page: int | None = None


@dataclass
class Report:
    """A parsed plan-execution report.

    ``plans`` has one row per plan and ``items`` one row per item or sub-item, both with the
    columns of :mod:`govplans.model.schema`. Every row keeps the source lines it came from.
    """

    agency: str
    fiscal_year: int  # ROC year, e.g. 114
    unit: str  # as printed, e.g. 新臺幣千元
    title: str
    source_path: Path
    sha256: str
    plans: pd.DataFrame
    items: pd.DataFrame
    findings: list[Finding] = field(default_factory=list)
    #: Text lines outside the tables that are not recognised page furniture: kept, never dropped.
    notes: list[tuple[int, str]] = field(default_factory=list)
    #: Role of every line of the source (1-based): blank, furniture, header, row, note; for a
    #: PDF, of every page: table or furniture.
    line_roles: dict[int, str] = field(default_factory=dict)
    #: ``text`` (extracted text: provenance in lines) or ``pdf`` (provenance in pages).
    source_kind: str = "text"
    #: The page number printed on each PDF page that shows one.
    printed_pages: dict[int, str] = field(default_factory=dict)
    #: For an ODF or Word source (``source_kind`` ``odt`` / ``docx``, whose ``source_line``
    #: numbers body blocks): the table and row (1-based) of each block that is a table row.
    table_rows: dict[int, tuple[int, int]] = field(default_factory=dict)
    _folded: dict[tuple[str, str], list[FoldedItem]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @property
    def is_pdf(self) -> bool:
        """Whether the source is a PDF (provenance in pages, not lines)."""
        return self.source_kind == "pdf"

    @property
    def gregorian_year(self) -> int:
        """The fiscal year in the Gregorian calendar (ROC + 1911)."""
        return self.fiscal_year + 1911

    @property
    def findings_frame(self) -> pd.DataFrame:
        """The findings as a table with the registry's columns."""
        rows = [{**f.__dict__, "message_en": None} for f in self.findings]
        return schema.make_frame("findings", rows)

    def plan(self, key: str) -> pd.Series:
        """Look a plan up by id (``114-01``) or by a unique part of its name."""
        return self.plans.loc[self.plans["plan_id"] == self.resolve_plan_id(key)].iloc[0]

    def resolve_plan_id(self, key: str) -> str:
        """The plan id for an id or a unique part of a plan name; ``KeyError`` otherwise."""
        if key in set(self.plans["plan_id"]):
            return key
        exact = self.plans[self.plans["name"] == key]
        if len(exact) == 1:  # a full name that is also part of a longer one
            return str(exact["plan_id"].iloc[0])
        hits = self.plans[self.plans["name"].str.contains(key, regex=False)]
        if len(hits) == 1:
            return str(hits["plan_id"].iloc[0])
        if hits.empty:
            raise KeyError(
                f"no plan with id or name containing {key!r}; the plans: {self.plan_ids_text()}"
            )
        names = "; ".join(f"{r.plan_id} {r.name}" for r in hits.itertuples())
        raise KeyError(f"{key!r} matches {len(hits)} plans: {names}")

    @property
    def constructed(self) -> bool:
        """Whether the report says on its cover that it is constructed test data (a note that
        is :data:`CONSTRUCTED_NOTICE`), not an agency's published report."""
        return any(text.strip() == CONSTRUCTED_NOTICE for _, text in self.notes)

    def plan_ids_text(self, shown: int = PLAN_IDS_SHOWN) -> str:
        """The report's plan ids in one line for a message: the first ``shown`` and, when there
        are more, how many were left out (``114-01, 114-02, … and 12 more (14 plans)``)."""
        ids = [str(p) for p in self.plans["plan_id"]]
        text = ", ".join(ids[:shown])
        if len(ids) > shown:
            text += f", … and {len(ids) - shown} more"
        return f"{text} ({len(ids)} plans)"

    def section_items(self, plan_id: str, section: str) -> list[str]:
        """One string per top-level item of a section, sub-items folded in with their markers.

        A lead sentence before item 1 (``item_no`` 0 in ``items``) comes first, as its own string.
        """
        return [item.text for item in self.folded_items(plan_id, section)]

    def folded_items(self, plan_id: str, section: str) -> list[FoldedItem]:
        """The top-level items of a section as in :meth:`section_items`, with their numbers
        and source lines. Every plan's items are folded once, on the first call."""
        if section not in SECTIONS:
            raise KeyError(f"unknown section {section!r}; known: {', '.join(SECTIONS)}")
        if self._folded is None:
            self._folded = self._fold_items()
        return list(self._folded.get((plan_id, section), []))

    def _fold_items(self) -> dict[tuple[str, str], list[FoldedItem]]:
        """All sections' top-level items in one pass over the items table."""
        folded: dict[tuple[str, str], list[FoldedItem]] = {}
        columns = [
            "plan_id",
            "section",
            "item_no",
            "sub_item_no",
            "marker",
            "text",
            "source_line",
            "source_page",
        ]
        for plan_id, section, item_no, sub_item_no, marker, text, line, page in self.items[
            columns
        ].itertuples(index=False, name=None):
            items = folded.setdefault((plan_id, section), [])
            if sub_item_no == 0 or not items:
                items.append(FoldedItem(int(item_no), text, _int(line), _int(page)))
            else:
                last = items[-1]
                items[-1] = last._replace(text=join_text(last.text, f"{marker} {text}"))
        return folded


def _int(value: object) -> int | None:
    """A nullable integer cell as a Python int, or None."""
    return None if value is None or is_missing(value) else int(value)  # type: ignore[call-overload]
