"""Prepared inputs and caches in a format that cannot run code: JSON, read back into the
package's own types.

A build keeps what it prepared once (the assessment, each plan's slice of it, a site's plan
history and corpus) for its pages to load. These files sit in a cache folder that anyone may
hand over, so they are never pickles: :func:`dumps` writes JSON in which every object is one of
a fixed list of the package's dataclasses (:data:`TYPES`), a DataFrame (each column with its
dtype, so a round trip gives an identical frame) or a plain value, and :func:`loads` builds
only those. A file names its ``key`` (what it was made from) in its first field: :func:`read`
returns ``None`` for a file that is missing, unreadable, truncated, of another format version,
of the wrong shape, or made for another key, and the caller prepares it again.

Measured against Parquet (pyarrow) for a page's load, JSON is as fast for a plan's slice and
needs no new dependency; see ``docs/architecture.md``.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from govplans.analyse.alignment import Alignment
from govplans.analyse.assessment import Assessment
from govplans.analyse.corpus import Corpus
from govplans.analyse.measures import Thresholds
from govplans.analyse.quantities import Quantity
from govplans.analyse.quantity import Number
from govplans.analyse.target_types import Deadline, TypedPart
from govplans.analyse.targets import Component, PlanTargets, Target, TextItem
from govplans.model.report import Finding, Report

#: Bump when the encoding changes: files of another version are prepared again.
FORMAT = "govplans-prepared/1"

#: The only classes a prepared file may hold (by name); anything else is refused.
TYPES: dict[str, type] = {
    cls.__name__: cls
    for cls in (
        Assessment,
        Corpus,
        Thresholds,
        Report,
        Finding,
        PlanTargets,
        Target,
        Component,
        Quantity,
        TextItem,
        TypedPart,
        Deadline,
        Alignment,
        Number,
    )
}


class PreparedFileError(ValueError):
    """A prepared file that is not what this version of the package writes."""


# ---------------------------------------------------------------- encoding


def _encode_scalar(value: Any) -> Any:
    if isinstance(value, np.generic):
        return {"~np": value.dtype.str, "v": value.item()}
    return value


class Parents:
    """Frames already encoded whole, so that frames cut from them (a plan's rows, with their
    index labels: :func:`govplans.analyse.assessment.plan_slices`) are encoded by picking rows
    from the encoded columns instead of encoding every column again (1,000 slices of a report
    cost about a tenth of the time). The result is the same as encoding the cut frame."""

    def __init__(self, frames: list[pd.DataFrame]) -> None:
        self._by_shape: dict[tuple[Any, ...], tuple[pd.Index, list[dict[str, Any]]]] = {}
        for frame in frames:
            dtypes = tuple(str(d) for d in frame.dtypes)
            if frame.index.is_unique and "category" not in dtypes:
                shape = (tuple(frame.columns), dtypes)
                columns = [_encode_values(column) for _, column in frame.items()]
                self._by_shape.setdefault(shape, (frame.index, columns))

    def columns(self, frame: pd.DataFrame) -> list[dict[str, Any]] | None:
        """The encoded columns of ``frame`` picked from its parent's, or None."""
        found = self._by_shape.get((tuple(frame.columns), tuple(str(d) for d in frame.dtypes)))
        if found is None:
            return None
        index, encoded = found
        positions = index.get_indexer(frame.index)
        if len(positions) and positions.min() < 0:
            return None
        rows = positions.tolist()
        return [
            {"dtype": column["dtype"], "values": [column["values"][i] for i in rows]}
            for column in encoded
        ]


def encode(value: Any, parents: Parents | None = None) -> Any:
    """``value`` as JSON-ready data (see the module docstring); ``parents``: frames already
    encoded that ``value``'s frames may be cut from."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, np.generic):
        return _encode_scalar(value)
    if isinstance(value, pd.DataFrame):
        return {"~frame": _encode_frame(value, parents)}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        name = type(value).__name__
        if TYPES.get(name) is not type(value):
            raise TypeError(f"cannot prepare a {name}")
        fields = {
            f.name: encode(getattr(value, f.name), parents)
            for f in dataclasses.fields(value)
            if f.init and not (f.name == "reports" and _reports_of_assessments(value))
        }
        return {"~type": name, "fields": fields}
    if isinstance(value, Path):
        return {"~path": str(value)}
    if isinstance(value, Decimal):  # the engine's exact figures, kept exact
        return {"~decimal": str(value)}
    if isinstance(value, frozenset | set):
        kind = "~frozenset" if isinstance(value, frozenset) else "~set"
        return {kind: [encode(v, parents) for v in sorted(value, key=repr)]}
    if isinstance(value, tuple):
        return {"~tuple": [encode(v, parents) for v in value]}
    if isinstance(value, list):
        return [encode(v, parents) for v in value]
    if isinstance(value, dict):
        return {"~dict": [[encode(k), encode(v, parents)] for k, v in value.items()]}
    raise TypeError(f"cannot prepare a {type(value).__name__}")


def _reports_of_assessments(value: Any) -> bool:
    """Whether a corpus's reports are those of its assessments (kept once, not twice)."""
    if not isinstance(value, Corpus) or not value.assessments:
        return False
    return len(value.reports) == len(value.assessments) and all(
        r is a.report for r, a in zip(value.reports, value.assessments, strict=True)
    )


def _encode_values(series: pd.Series | pd.Index) -> dict[str, Any]:
    dtype = series.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        codes = series.cat.codes if isinstance(series, pd.Series) else series.codes
        return {
            "dtype": "category",
            "ordered": bool(dtype.ordered),
            "categories": _encode_values(pd.Series(dtype.categories)),
            "codes": [int(c) for c in codes],
        }
    name = str(dtype)
    if name == "object":
        values = [v if v is None or type(v) in _PLAIN else encode(v) for v in series.tolist()]
        return {"dtype": name, "values": values}
    if isinstance(dtype, pd.api.extensions.ExtensionDtype):
        values = [None if _is_na(v) else _plain(v) for v in series.tolist()]
        return {"dtype": name, "values": values}
    if name.startswith(("datetime64", "timedelta64")):
        return {"dtype": name, "values": np.asarray(series).view("int64").tolist()}
    return {"dtype": name, "values": np.asarray(series).tolist()}


_PLAIN = (str, int, float, bool)


def _is_na(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _plain(value: Any) -> Any:
    return value.item() if isinstance(value, np.generic) else value


def _encode_frame(frame: pd.DataFrame, parents: Parents | None = None) -> dict[str, Any]:
    index = frame.index
    if isinstance(index, pd.RangeIndex):
        encoded_index: dict[str, Any] = {
            "range": [index.start, index.stop, index.step],
            "name": encode(index.name),
        }
    else:
        encoded_index = {"values": _encode_values(index), "name": encode(index.name)}
    return {
        "columns": [encode(c) for c in frame.columns],
        "columns_dtype": str(frame.columns.dtype),
        "data": (parents.columns(frame) if parents else None)
        or [_encode_values(column) for _, column in frame.items()],
        "index": encoded_index,
        "attrs": encode(dict(frame.attrs)),
    }


# ---------------------------------------------------------------- decoding


def decode(data: Any) -> Any:
    """The objects :func:`encode` encoded; :class:`PreparedFileError` for anything else."""
    kind = type(data)
    if kind is str or kind is float or kind is int or kind is bool or data is None:
        return data
    if kind is list:
        return [decode(v) for v in data]
    if kind is not dict:
        raise PreparedFileError(f"unexpected {type(data).__name__}")
    if "~type" in data:
        cls = TYPES.get(str(data["~type"]))
        if cls is None:
            raise PreparedFileError(f"unknown type {data['~type']!r}")
        fields = data.get("fields")
        if not isinstance(fields, dict):
            raise PreparedFileError(f"{data['~type']} without fields")
        decoded = {str(k): decode(v) for k, v in fields.items()}
        if cls is Corpus and "reports" not in decoded:  # kept once, in the assessments
            decoded["reports"] = [a.report for a in decoded.get("assessments", [])]
        return cls(**decoded)
    if "~frame" in data:
        return _decode_frame(data["~frame"])
    if "~path" in data:
        return Path(str(data["~path"]))
    if "~decimal" in data:
        return Decimal(str(data["~decimal"]))
    if "~set" in data:
        return {_hashable(decode(v)) for v in _list(data["~set"])}
    if "~frozenset" in data:
        return frozenset(_hashable(decode(v)) for v in _list(data["~frozenset"]))
    if "~tuple" in data:
        return tuple(decode(v) for v in _list(data["~tuple"]))
    if "~dict" in data:
        return {_hashable(decode(k)): decode(v) for k, v in _list(data["~dict"])}
    if "~np" in data:
        return np.dtype(str(data["~np"])).type(data["v"])
    raise PreparedFileError(f"unexpected object with keys {sorted(data)[:3]}")


def _hashable(key: Any) -> Any:
    hash(key)  # a list or dict as a key: TypeError, reported as a bad file by read()
    return key


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise PreparedFileError(f"expected a list, got {type(value).__name__}")
    return value


@functools.cache
def _dtype(name: str) -> Any:
    """The dtype a name gives (looked up once per name: pandas' lookup is slow)."""
    return pd.api.types.pandas_dtype(name)


def _decode_values(data: dict[str, Any]) -> Any:
    dtype = str(data["dtype"])
    if dtype == "category":
        categories = _decode_values(data["categories"])
        return pd.Categorical.from_codes(
            data["codes"], categories=pd.Index(categories), ordered=bool(data["ordered"])
        )
    values = _list(data["values"])
    if dtype == "object":
        array = np.empty(len(values), dtype=object)
        for i, v in enumerate(values):
            array[i] = decode(v) if isinstance(v, dict | list) else v
        return array
    if dtype.startswith(("datetime64", "timedelta64")):
        return np.asarray(values, dtype="int64").view(dtype)
    resolved = _dtype(dtype)
    if isinstance(resolved, pd.api.extensions.ExtensionDtype):  # Int64, str, boolean, ...
        return pd.array([pd.NA if v is None else v for v in values], dtype=resolved)
    return np.asarray(values, dtype=resolved)


def _decode_frame(data: dict[str, Any]) -> pd.DataFrame:
    columns = [_hashable(decode(c)) for c in _list(data["columns"])]
    arrays = [_decode_values(col) for col in _list(data["data"])]
    if len(arrays) != len(columns):
        raise PreparedFileError("a frame with more columns than values, or fewer")
    index_data = data["index"]
    if "range" in index_data:
        start, stop, step = index_data["range"]
        index: pd.Index = pd.RangeIndex(start, stop, step, name=decode(index_data["name"]))
    else:
        index = pd.Index(_decode_values(index_data["values"]), name=decode(index_data["name"]))
    frame = pd.DataFrame(
        {i: pd.Series(a, index=index, copy=False) for i, a in enumerate(arrays)}, index=index
    )
    frame.columns = pd.Index(columns, dtype=data.get("columns_dtype", "object"))
    attrs = decode(data.get("attrs", {"~dict": []}))
    if attrs:
        frame.attrs.update(attrs)
    return frame


# ---------------------------------------------------------------- files


def dumps(key: str, value: Any, parents: Parents | None = None) -> str:
    """The text of a prepared file: format version, key, then the value."""
    document = {"format": FORMAT, "key": key, "value": encode(value, parents)}
    return json.dumps(document, ensure_ascii=False)


def loads(text: str, key: str | Callable[[str], bool] | None = None) -> Any:
    """The value of a prepared file's text; :class:`PreparedFileError` when it is not a file of
    this format or (``key``: the expected key, or a test of it) not made for this key."""
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise PreparedFileError(f"not JSON ({exc})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise PreparedFileError(f"not a {FORMAT} file")
    found = document.get("key")
    if not isinstance(found, str):
        raise PreparedFileError("no key")
    if key is not None and not (key(found) if callable(key) else found == key):
        raise PreparedFileError("made from other inputs")
    try:
        return decode(document.get("value"))
    except PreparedFileError:
        raise
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise PreparedFileError(f"damaged ({type(exc).__name__}: {exc})") from None


def file_key(path: Path) -> str | None:
    """The key a prepared file names, read from its first bytes (None if there is none)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(200).decode("utf-8", errors="replace")
    except OSError:
        return None
    marker = '"key": "'
    start = head.find(marker)
    if start < 0:
        return None
    end = head.find('"', start + len(marker))
    return head[start + len(marker) : end] if end > 0 else None


def read(path: Path, key: str | Callable[[str], bool] | None = None) -> Any | None:
    """The value prepared in ``path`` for ``key``, or ``None`` when the file is missing,
    unreadable or damaged, or was made for another key (the caller prepares it again)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    try:
        return loads(text, key)
    except (PreparedFileError, RecursionError):
        return None


def write(path: Path, key: str, value: Any, parents: Parents | None = None) -> Path:
    """Write a prepared file atomically (:func:`atomic_write_text`)."""
    return atomic_write_text(path, dumps(key, value, parents))


def atomic_write_text(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` whole or not at all: a temporary file beside it, flushed, then
    renamed over it; a failed write (a full disk) leaves the old file as it was."""
    return atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: Path, data: bytes) -> Path:
    """:func:`atomic_write_text` for bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
