"""File and folder names made from report text (an agency's name, a plan id): one function.

Report text is data, never a path: :func:`safe_name` keeps letters and digits of any script
(數位發展部 stays as it is), ``-``, ``_`` and inner dots, replaces everything else (separators,
``..``, control characters, spaces) with ``_``, and limits the length. A name it had to change
gets a short hash of the original text, so two different texts never share a name.
"""

from __future__ import annotations

import hashlib
import unicodedata

#: Longest name made (characters; at most 3 bytes each in UTF-8, under the usual 255 bytes).
MAX_NAME = 80
_ALLOWED_PUNCTUATION = "-_."


def _allowed(char: str) -> bool:
    return char.isalnum() or char in _ALLOWED_PUNCTUATION


def safe_name(text: str, taken: set[str] | None = None) -> str:
    """A file or folder name for ``text`` that stays inside the folder it is joined to.

    Unchanged when ``text`` is already safe (allowed characters, no leading dot, not too
    long); otherwise cleaned and suffixed with 8 hex digits of the text's SHA-256. ``taken``:
    names already given in the same folder (case-insensitively, for case-insensitive file
    systems); a collision gets a further suffix, and the name is added to it.
    """
    normal = unicodedata.normalize("NFC", str(text))
    cleaned = "".join(c if _allowed(c) else "_" for c in normal).strip("._") or "_"
    while ".." in cleaned:
        cleaned = cleaned.replace("..", "_")
    if cleaned != normal or len(cleaned) > MAX_NAME:
        digest = hashlib.sha256(normal.encode("utf-8")).hexdigest()[:8]
        cleaned = f"{cleaned[: MAX_NAME - 9]}_{digest}"
    if taken is not None:
        name, n = cleaned, 1
        while name.lower() in {t.lower() for t in taken}:
            n += 1
            name = f"{cleaned}_{n}"
        taken.add(name)
        cleaned = name
    return cleaned
