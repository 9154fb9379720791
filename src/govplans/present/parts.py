"""A target's parts (its components) as a reader sees them, named the same way in tables, charts
and sentences: the part's own phrase and a short label (``114-02 目標1-2``)."""

from __future__ import annotations

import re
from typing import Any

from govplans.analyse.quantities import extract_quantities
from govplans.model.provenance import parse_ids
from govplans.model.values import is_missing
from govplans.present.words import CITED_UNITS, EVIDENCE_SECTIONS, LEAD_SENTENCE, WHOLE_SECTION

_LEADING_CONJUNCTION = re.compile(r"^(?:並且|以及|並|及|與|和|或)")


def part_text(component: Any) -> str:
    """A component as the reader should see it: its own phrase (``技術報告1篇``), not the whole
    clause it was given when that phrase was short, when the clause holds other quantities.

    ``component`` has ``text``, ``target_value`` and ``measure_word`` (a row of
    ``target_components``).
    """
    text = str(component.text)
    found = extract_quantities(text)
    if len(found) > 1 and not is_missing(component.target_value):
        for q in found:
            if q.value == component.target_value and q.word == component.measure_word:
                text = q.context
                break
    return _LEADING_CONJUNCTION.sub("", text)  # 「並協助…」 reads 「協助…」 on its own


def part_label(
    plan_id: str, target_index: int, component_index: int, n_components: int, lang: str
) -> str:
    """``114-02 目標1-2`` / ``114-02 T1.2`` (the part's number only when the target has
    several)."""
    if lang == "en":
        part = f".{component_index}" if n_components > 1 else ""
        return f"{plan_id} T{int(target_index)}{part}"
    part = f"-{component_index}" if n_components > 1 else ""
    return f"{plan_id} 目標{int(target_index)}{part}"


#: Where a clause of the agency's text begins: after one of these (or at the text's start).
_CLAUSE_BREAK = re.compile(r"[，。；：、,;:！？!?\n]")
#: The most characters of the agency's words quoted before the figure that decided.
QUOTE_CHARS = 20


def decided_words(component: Any) -> str:
    """The agency's own words for the figure that decided a part (``decided_by``): its aligned
    item's text (``evidence_text``) from the start of the clause holding the figure to the
    figure's end (``招募或委託41名``), at most :data:`QUOTE_CHARS` characters before the figure
    (``…`` where cut); empty when the engine gives no such span. Quoted, never made up: the
    words are the report's, cut at the span the engine recorded."""
    text = getattr(component, "evidence_text", None)
    start: Any = getattr(component, "decided_start", None)
    end: Any = getattr(component, "decided_end", None)
    if is_missing(text) or is_missing(start) or is_missing(end):
        return ""
    text, a, b = str(text), int(start), int(end)
    if not 0 <= a < b <= len(text):
        return ""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, a)]
    begin = max(breaks[-1] if breaks else 0, a - QUOTE_CHARS)
    cut = "…" if begin > (breaks[-1] if breaks else 0) else ""
    return cut + text[begin:b].strip()


#: The word the report prints right before a target's number when it means that many for each
#: of several things (「(各1座)」: one facility each): shown with the value, as printed.
EACH = "各"


def target_each(component: Any) -> bool:
    """Whether the report prints 「各」 right before the part's target number in the part's own
    text (``驗證國產5G O-RAN/SA基地臺(各1座)``): the value is one each, not one in all. Read from
    the text the engine gives (the part's ``text``, its ``target_value`` and ``measure_word``),
    never guessed: False when the number is not found there."""
    if is_missing(component.target_value):
        return False
    text = str(component.text)
    for q in extract_quantities(text):
        if q.value == component.target_value and q.word == component.measure_word:
            return q.start > 0 and text[q.start - 1] == EACH
    return False


#: Each evidence column (item numbers as printed) -> the column saying how the report numbers
#: its section (:data:`~govplans.model.vocab.NUMBERINGS`, decided by the analysis:
#: :func:`govplans.analyse.assessment.section_numberings`).
NUMBERING_COLUMNS = {
    "evidence_items": "evidence_numbering",
    "evidence_execution_items": "evidence_execution_numbering",
}


def _text(value: object) -> str:
    return "" if value is None or is_missing(value) else str(value)


def section_citation(
    column: str,
    numbers: list[int],
    numbering: object = None,
    lang: str = "zh-TW",
    *,
    and_last: bool = False,
) -> str:
    """How a page cites items of one section (``column``: a key of
    :data:`~govplans.present.words.EVIDENCE_SECTIONS`), by how the report numbers that section
    (``numbering``: a value of :data:`~govplans.model.vocab.NUMBERINGS`; missing reads as
    ``numbered``). The one rule, alike in zh-TW and English:

    - ``numbered``: the numbers the report printed, ``達成說明第1、3項`` / "attainment items 1,
      3"; item 0, the lead sentence before item 1, ``達成說明首句`` / "attainment lead sentence";
    - ``paragraphs`` (unnumbered paragraphs, counted 1..n): the paragraph's place,
      ``達成說明第2段`` / "attainment paragraph 2";
    - ``one_paragraph``: the section's name alone, ``達成說明`` / "attainment text": the cell
      is one paragraph, and a number would cite an item the report does not have (issue 18).

    Empty when no number is given. ``and_last``: English joins the last two numbers with "and"
    (``items 1, 2 and 3``; the narrative's explanation) instead of a comma.
    """
    if not numbers:
        return ""
    zh, en = EVIDENCE_SECTIONS[column]
    kind = _text(numbering) or "numbered"
    if kind == "one_paragraph":
        return zh + WHOLE_SECTION[0] if lang != "en" else f"{en} {WHOLE_SECTION[1]}"
    unit_zh, one_en, many_en = CITED_UNITS.get(kind, CITED_UNITS["numbered"])
    counted = [str(n) for n in numbers if n > 0]
    if lang != "en":
        words = [LEAD_SENTENCE[0]] if 0 in numbers else []
        if counted:
            words.append(f"第{'、'.join(counted)}{unit_zh}")
        return zh + "、".join(words)
    words = [LEAD_SENTENCE[1]] if 0 in numbers else []
    if counted:
        listed = ", ".join(counted)
        if and_last and len(counted) > 1:
            listed = ", ".join(counted[:-1]) + " and " + counted[-1]
        words.append(f"{one_en if len(counted) == 1 else many_en} {listed}")
    return f"{en} {' and '.join(words)}"


def evidence_citation(row: Any, lang: str = "zh-TW") -> str:
    """Which items the evidence comes from, each section cited by
    :func:`section_citation`: ``達成說明第1、3項；執行情形第2項``, ``達成說明首句``,
    ``達成說明第2段`` or ``達成說明``. ``row`` maps the evidence columns (item numbers, as
    printed) and, where known, their numbering columns (:data:`NUMBERING_COLUMNS`)."""
    parts = []
    for column in EVIDENCE_SECTIONS:
        numbers = parse_ids(_text(row.get(column)))
        numbering = row.get(NUMBERING_COLUMNS[column])
        cited = section_citation(column, numbers, numbering, lang)
        if cited:
            parts.append(cited)
    return ("; " if lang == "en" else "；").join(parts)


def numbering_of(row: Any, column: str) -> str:
    """How the report numbers the section an evidence column of a target row cites (empty
    when the row does not say: read as ``numbered``)."""
    return _text(getattr(row, NUMBERING_COLUMNS[column], None))


#: A section the engine names (``evidence_section``, ``other_section``,
#: ``revised_period_section``) -> the evidence column that cites that section.
SECTION_COLUMNS = {"attainment": "evidence_items", "execution": "evidence_execution_items"}


def other_column(t: Any) -> tuple[str, int, str] | None:
    """The other column's account of a target, where the engine gives one (``other_section``,
    ``other_item``, ``other_text``) and the evidence does not already quote that item: (the
    evidence column naming its section, the item's number, the agency's words). Decided here
    once: the target table's 「另一欄」 line and the plan's narrative both read it."""

    def cell(name: str) -> str:
        value = getattr(t, name, "")
        return "" if value is None or is_missing(value) else str(value)

    column = SECTION_COLUMNS.get(cell("other_section"))
    text, item = cell("other_text"), cell("other_item")
    if column is None or not text or not item:
        return None
    number = int(float(item))
    if number in parse_ids(cell(column)):
        return None  # already quoted as evidence
    return column, number, text


def achieved_word(component: Any) -> str | None:
    """The measure word of a part's achieved value: the word the report printed with the
    achieved figure (``achieved_measure_word``: 「6個」), else the target's (``measure_word``).
    Decided here once, so the target table and the narrative word one figure alike."""
    for name in ("achieved_measure_word", "measure_word"):
        value = getattr(component, name, None)
        if value is not None and not is_missing(value) and str(value):
            return str(value)
    return None
