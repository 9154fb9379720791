"""Split a text cell (HTML fragment or plain text) into ordered, numbered items.

A section of a plan (e.g. 本年度執行情形說明) arrives as one or more cell fragments: the cell on
the plan's own row, then continuation cells from later pages. Numbered items appear as list
items, paragraphs or inline (``1. … 2. …``); a lead sentence may stand before item 1.

Numbering styles, outermost first (the order of 公文 numbering): ``一、`` (also ``十一、``),
``(一)`` / ``（一）``, ``1.`` or ``1、``, ``(1)`` / ``（1）``. The first marker of a section sets
the top-level style; under an item, the first marker of a deeper style numbered 1 sets the
sub-item style (``(1)`` under ``1.``; ``(一)`` or ``(1)`` under ``一、``). A third level (``1.``
under ``一、`` > ``(一)``) stays in its sub-item's text with its marker: the schema has items and
sub-items only. A marker of a style shallower than the top level (``一、`` under ``1.``) is text.

Markers must follow in sequence (the next expected number) and stand at the start of a block
or after whitespace/punctuation, which keeps ``2.0``, ``SSG3.0``, ``112-113年度``, ``第一、二季``
and ``推動一、二級`` out; a ``、`` marker followed by the next number (``3、4級``, ``，一、二級``)
is a list of numbers, not a marker. A continuation fragment that starts with the next marker
(``三、`` after a page break) starts a new item.
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
_CN_NUMERAL = "[一二三四五六七八九十]{1,3}"
#: One alternative per numbering style; the group's name is the style.
_MARKER = re.compile(
    rf"(?P<cn>{_CN_NUMERAL})、"
    rf"|[(（](?:(?P<cn_paren>{_CN_NUMERAL})|(?P<paren>\d{{1,3}}))[)）]"
    r"|(?P<dot>\d{1,3})\.(?!\d)"
    r"|(?P<comma>\d{1,3})、"
)
#: Nesting depth of each style (公文 order): a sub-item's style is deeper than its item's.
_DEPTH = {"cn": 0, "cn_paren": 1, "dot": 2, "comma": 2, "paren": 3}
_CN_DIGITS = {c: n for n, c in enumerate("一二三四五六七八九", start=1)}
#: The number that can follow a ``、`` marker in a list of numbers (``3、4級``; not ``1、2.5萬``).
_NUMBER_AFTER = {"cn": re.compile(_CN_NUMERAL), "comma": re.compile(r"\d+(?![.,]?\d)")}


def chinese_number(text: str) -> int | None:
    """The value of a Chinese numeral from 一 to 九十九 (``十一`` -> 11), or ``None``."""
    if "十" not in text:
        return _CN_DIGITS.get(text) if len(text) == 1 else None
    tens, _, units = text.partition("十")
    ten = 1 if tens == "" else _CN_DIGITS.get(tens) if len(tens) == 1 and tens != "一" else None
    unit = 0 if units == "" else _CN_DIGITS.get(units) if len(units) == 1 else None
    if ten is None or unit is None:
        return None
    return ten * 10 + unit


def _number(style: str, digits: str) -> int | None:
    return chinese_number(digits) if style.startswith("cn") else int(digits)


def _marker_at(
    text: str, match: re.Match[str], expected: int | None = None
) -> tuple[str, int] | None:
    """A marker candidate's style and number, or ``None`` where it is text: not at the start of
    a block or after whitespace/punctuation, not a numeral, or a list of numbers (``3、4級``).
    ``expected``: the item number due next; a marker with that number opening its block is an
    item even when a number follows it (``<p>4、5G車聯網…</p>`` after item 3, ``<p>2、3處…</p>``
    after item 1), as a reader takes a paragraph numbered in sequence."""
    start = match.start()
    if start > 0 and not (text[start - 1].isspace() or text[start - 1] in _BEFORE_MARKER):
        return None
    style = match.lastgroup
    assert style is not None
    number = _number(style, match.group(style))
    if number is None:
        return None
    follows = _NUMBER_AFTER.get(style)
    after = follows.match(text, match.end()) if follows else None
    if after and _number(style, after.group(0)) == number + 1:
        opens = not text[:start].strip() and number == expected
        if not opens:
            return None  # 3、4級, 一、二級: numbers listed, not an item
    return style, number


def starts_with_marker(text: str) -> bool:
    """Whether a line starts with an item marker of any style (``1.``, ``(1)``, ``1、``,
    ``一、``, ``(一)``), whatever its number: where a reader starts a new paragraph."""
    match = _MARKER.match(text)
    return match is not None and _marker_at(text, match) is not None


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


@dataclass
class _Token:
    kind: str  # "item", "sub" or "text"
    number: int
    marker: str
    text: str


@dataclass
class _Numbering:
    """What the next marker must be: the styles seen so far and the next numbers."""

    style: str | None = None  # the top-level style, once the first item is seen
    sub_style: str | None = None  # the current item's sub-item style, once its first is seen
    next_item: int = 1
    next_sub: int = 1

    def kind(self, style: str, number: int) -> str | None:
        """``item``, ``sub`` or ``None`` (text) for a marker of ``style`` numbered ``number``."""
        if self.style is None or style == self.style:
            return "item" if number == self.next_item else None
        deeper = _DEPTH[style] > _DEPTH[self.style]
        if deeper and self.sub_style in (None, style) and number == self.next_sub:
            return "sub"
        return None

    def take(self, kind: str, style: str, number: int) -> None:
        if kind == "item":
            self.style, self.sub_style = style, None
            self.next_item, self.next_sub = number + 1, 1
        else:
            self.sub_style, self.next_sub = style, number + 1


#: ``3.48小時內…`` may be item 3 printed with no space before its text: a number and a dot
#: before a digit (:func:`_candidates` decides). Before a 0 only when a telephone number
#: follows (``3.0800-777-888就業服務專線…``, ``2.02-2396-1266``): no other item's text starts
#: with a 0, so ``2.0`` and ``3.05萬公噸`` are decimals.
_DOT_BEFORE_DIGIT = re.compile(
    r"(?P<dot>\d{1,3})\.(?=[1-9]|0\d{1,3}-\d{3,4}(?:-\d{3,4})?(?![\d.]))"
)


def _candidates(
    block: str, next_item: int | None = None, later: frozenset[int] = frozenset()
) -> list[re.Match[str]]:
    """The marker candidates of a block in order: every :data:`_MARKER`, and a number and dot
    before a digit (``3.48小時內完成初評比率92.5%``) where the block numbers ``N+1.`` later (or,
    for the last, ``N-1.`` before it and nothing after) and no other ``N.``: item N, printed
    with no space before its text, not the decimal 3.48. ``later`` holds the numbers of the
    ``N.`` markers in the section's later blocks: a well-formed item N there makes this N a
    decimal (``1. 辦理；2.0。`` then ``2. 辦理。``)."""
    strong = list(_MARKER.finditer(block))
    dots = [(m.start(), int(m.group("dot"))) for m in strong if m.lastgroup == "dot"]
    # only where a sentence ends (or the block starts): 成長率為 3.5% is a decimal
    candidates = [
        m
        for m in _DOT_BEFORE_DIGIT.finditer(block)
        if re.search(r"(?:^|[。；;！？!?])\s*$", block[: m.start()])
    ]
    weak: list[re.Match[str]] = []
    # from the last: each supports the one before it (…。2.112年…。3.112年…。4.…)
    for m in reversed(candidates):
        n = int(m.group("dot"))
        after = {number for at, number in dots if at > m.start()}
        if n + 1 in after and n not in after and n not in later:
            weak.append(m)
            dots.append((m.start(), n))
    # the last item may be one too, after its predecessor (…。3.總計…。4.112年…), or a block
    # of its own that starts with the number the numbering expects next (<li>3.113年10月…)
    for m in candidates:
        if m in weak:
            continue
        n = int(m.group("dot"))
        before = {number for at, number in dots if at < m.start()}
        after = {number for at, number in dots if at > m.start()}
        first = not block[: m.start()].strip() and n == next_item and n > 1
        if (n - 1 in before or first) and n not in before | after | later and not after:
            weak.append(m)
            dots.append((m.start(), n))
    return sorted(strong + weak, key=lambda m: m.start())


def _dot_numbers(block: str) -> set[int]:
    """The numbers of the well-formed ``N.`` markers of a block."""
    return {
        int(m.group("dot"))
        for m in _MARKER.finditer(block)
        if m.lastgroup == "dot" and _marker_at(block, m) is not None
    }


def _opening(block: str) -> tuple[str, int] | None:
    """The style and number of the marker a block opens with, list or not (``3、4月間…`` opens
    with 3、), or None."""
    match = _MARKER.match(block.lstrip())
    if match is None or match.lastgroup is None:
        return None
    number = _number(match.lastgroup, match.group(match.lastgroup))
    return (match.lastgroup, number) if number is not None else None


def _tokenize(
    block: str,
    numbering: _Numbering,
    later: frozenset[int] = frozenset(),
    opens_later: frozenset[tuple[str, int]] = frozenset(),
) -> list[_Token]:
    """Split one block at the markers that come in sequence, advancing ``numbering``;
    ``later``: the ``N.`` numbers of the section's later blocks (see :func:`_candidates`);
    ``opens_later``: the markers later blocks open with (a block opening with ``3、4月間…``
    is no item 3 when a later block opens with ``3、``)."""
    tokens: list[_Token] = []
    text_start = 0
    next_item = numbering.next_item if numbering.style == "dot" else None
    # Candidates never overlap a real marker: a marker is never preceded by a digit or numeral.
    for match in _candidates(block, next_item, later):
        style = match.lastgroup
        # (only once items of that style were seen: 「一、二級防護」 alone is still text)
        due = numbering.next_item if numbering.style == style else None
        if style is not None and due is not None and (style, due) in opens_later:
            due = None  # a later block opens with this number: that one is the item
        found = _marker_at(block, match, due)
        if found is None:
            continue
        style, number = found
        kind = numbering.kind(style, number)
        if kind is None:
            continue
        lead = block[text_start : match.start()].strip()
        if lead:
            tokens.append(_Token("text", 0, "", lead))
        tokens.append(_Token(kind, number, match.group(0), ""))
        numbering.take(kind, style, number)
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
    numbering = _Numbering()
    numbered = False
    blocks = [
        (frag_index, block_index, block, line)
        for frag_index, (cell, line) in enumerate(fragments)
        for block_index, block in enumerate(html_blocks(cell))
    ]
    # the N. numbers of each block's later blocks, and the markers later blocks open with,
    # from the last
    later: list[frozenset[int]] = []
    later_openings: list[frozenset[tuple[str, int]]] = []
    seen: set[int] = set()
    opened: set[tuple[str, int]] = set()
    for _, _, block, _ in reversed(blocks):
        later.append(frozenset(seen))
        later_openings.append(frozenset(opened))
        seen |= _dot_numbers(block)
        opening = _opening(block)
        if opening is not None:
            opened.add(opening)
    later.reverse()
    later_openings.reverse()
    for (frag_index, block_index, block, line), after, opens_later in zip(
        blocks, later, later_openings, strict=True
    ):
        continues = frag_index > 0 and block_index == 0
        tokens = _tokenize(block, numbering, after, opens_later)
        for tok_index, tok in enumerate(tokens):
            if tok.kind == "item":
                numbered = True
                parent = current = Item(tok.number, 0, tok.marker, "", [line])
                items.append(current)
            elif tok.kind == "sub":
                assert parent is not None
                current = Item(parent.item_no, tok.number, tok.marker, "", [line])
                items.append(current)
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
