"""Split a text cell (HTML fragment or plain text) into ordered, numbered items.

A section of a plan (e.g. 本年度執行情形說明) arrives as one or more cell fragments: the cell on
the plan's own row, then continuation cells from later pages. Numbered items appear as list
items, paragraphs or inline (``1. … 2. …``); sub-items as ``(1) (2)``; a lead sentence may stand
before item 1. Markers must follow in sequence (the next expected number) and stand at the start
of a block or after whitespace/punctuation, which keeps ``2.0``, ``SSG3.0``, ``112-113年度`` and
``3、4級`` out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from govplans.model.text import clean_text, join_text

# Formatting tags that are markup; any other tag-like text (e.g. "<script>") is kept as text.
_MARKUP_TAGS = {
    "p",
    "li",
    "ol",
    "ul",
    "br",
    "span",
    "strong",
    "b",
    "i",
    "em",
    "u",
    "div",
    "sup",
    "sub",
    "font",
    "table",
    "tr",
    "td",
    "th",
    "tbody",
    "thead",
}
_BLOCK_TAGS = {"p", "li", "div", "tr"}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*?/?>")

# Characters after which a marker may start (besides start of block and whitespace).
_BEFORE_MARKER = "。；;：:，,、！？!?）)」』】"
_MARKER = re.compile(r"(\d{1,3})\.(?!\d)|[(（](\d{1,3})[)）]")


@dataclass
class Item:
    """One item or sub-item of a section."""

    item_no: int | None  # None until numbering is settled (unnumbered text)
    sub_item_no: int
    marker: str
    text: str
    lines: list[int] = field(default_factory=list)

    def add_text(self, text: str, line: int) -> None:
        self.text = join_text(self.text, text)
        if line not in self.lines:
            self.lines.append(line)


def html_blocks(cell: str) -> list[str]:
    """The text blocks of a cell: one per ``<p>``/``<li>``, plus loose text between them."""
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = clean_text("".join(current))
        if text:
            blocks.append(text)
        current.clear()

    pos = 0
    for match in _TAG.finditer(cell):
        tag = match.group(2).lower()
        if tag not in _MARKUP_TAGS:
            continue  # not markup: stays in the text
        current.append(cell[pos : match.start()])
        pos = match.end()
        if tag in _BLOCK_TAGS or tag in {"ol", "ul", "table"}:
            flush()
        elif tag == "br":
            current.append(" ")
    current.append(cell[pos:])
    flush()
    return blocks


def _may_start_marker(text: str, start: int) -> bool:
    if start == 0:
        return True
    before = text[start - 1]
    return before.isspace() or before in _BEFORE_MARKER


@dataclass
class _Token:
    kind: str  # "item", "sub" or "text"
    number: int
    marker: str
    text: str


def _marker_style(marker: str) -> str:
    return "paren" if marker[0] in "(（" else "dot"


def _tokenize(block: str, next_item: int, next_sub: int, style: str | None) -> list[_Token]:
    """Split one block at the markers that come in sequence.

    ``style`` is the top-level numbering seen so far: ``"dot"`` (``1.``), ``"paren"`` (``(1)``)
    or None before the first item. ``(n)`` markers are sub-items under ``1.`` items and
    top-level items otherwise; ``n.`` markers are not markers under ``(n)`` numbering.
    """
    tokens: list[_Token] = []
    text_start = 0
    # Candidates never overlap a real marker: a marker is never preceded by a digit.
    for match in _MARKER.finditer(block):
        if not _may_start_marker(block, match.start()):
            continue
        marker_style = _marker_style(match.group(0))
        number = int(match.group(1) or match.group(2))
        if style == "dot" and marker_style == "paren":
            kind = "sub" if number == next_sub else None
        elif style in (None, marker_style):
            kind = "item" if number == next_item else None
        else:
            kind = None
        if kind is None:
            continue
        lead = block[text_start : match.start()].strip()
        if lead:
            tokens.append(_Token("text", 0, "", lead))
        tokens.append(_Token(kind, number, match.group(0), ""))
        if kind == "item":
            next_item, next_sub, style = number + 1, 1, marker_style
        else:
            next_sub = number + 1
        text_start = match.end()
    rest = block[text_start:].strip()
    if rest:
        tokens.append(_Token("text", 0, "", rest))
    return tokens


def split_items(fragments: list[tuple[str, int]]) -> list[Item]:
    """Split a section's cell fragments, in order, into items.

    ``fragments`` are ``(cell, line)`` pairs: the plan's own cell first, then continuation cells.
    Text at the start of a continuation fragment that has no marker continues the item before it
    (a page break mid-sentence). Returns items and sub-items in order; a lead sentence before
    item 1 gets ``item_no`` 0; a section without numbering is numbered 1..n by block.
    """
    items: list[Item] = []
    current: Item | None = None  # the item (or sub-item) that unmarked text continues
    parent: Item | None = None  # the current top-level item
    next_item, next_sub = 1, 1
    numbered = False
    for frag_index, (cell, line) in enumerate(fragments):
        for block_index, block in enumerate(html_blocks(cell)):
            continues = frag_index > 0 and block_index == 0
            style = _marker_style(parent.marker) if parent is not None else None
            tokens = _tokenize(block, next_item, next_sub, style)
            for tok_index, tok in enumerate(tokens):
                if tok.kind == "item":
                    numbered = True
                    parent = current = Item(tok.number, 0, tok.marker, "", [line])
                    items.append(current)
                    next_item, next_sub = tok.number + 1, 1
                elif tok.kind == "sub":
                    assert parent is not None
                    current = Item(parent.item_no, tok.number, tok.marker, "", [line])
                    items.append(current)
                    next_sub = tok.number + 1
                elif current is not None and (
                    numbered or (continues and tok_index == 0) or tok_index > 0
                ):
                    current.add_text(tok.text, line)
                else:
                    # Unnumbered block: a lead sentence, or one item of an unnumbered list.
                    current = Item(None, 0, "", tok.text, [line])
                    items.append(current)
    return _settle_numbers(items)


def _settle_numbers(items: list[Item]) -> list[Item]:
    """Give unnumbered text its number: one lead (0) before item 1, or 1..n with no numbering."""
    if any(it.item_no is not None for it in items):
        leads = [it for it in items if it.item_no is None]
        rest = [it for it in items if it.item_no is not None]
        if not leads:
            return rest
        lead = leads[0]
        for other in leads[1:]:
            for line in other.lines:
                lead.add_text(other.text, line)
                other.text = ""
        lead.item_no = 0
        return [lead, *rest]
    for number, it in enumerate(items, start=1):
        it.item_no = number
    return items
