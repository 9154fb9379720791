"""Prepared inputs: JSON that cannot run code, read back into identical objects."""

from __future__ import annotations

import dataclasses
import json
import pickle
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from govplans.analyse.assessment import Assessment, plan_slices
from govplans.read.source import read_report
from govplans.run import store
from govplans.run.api import assess_report, corpus_of


def assert_same(a: Any, b: Any, where: str = "value") -> None:
    """Equal objects, frames identical with their dtypes and index."""
    assert type(a) is type(b), f"{where}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, pd.DataFrame):
        pd.testing.assert_frame_equal(a, b, check_dtype=True, check_index_type=True, obj=where)
        assert a.attrs == b.attrs
    elif dataclasses.is_dataclass(a):
        for f in dataclasses.fields(a):
            if f.init:
                assert_same(getattr(a, f.name), getattr(b, f.name), f"{where}.{f.name}")
    elif isinstance(a, list | tuple):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            assert_same(x, y, f"{where}[{i}]")
    elif isinstance(a, dict):
        assert list(a) == list(b), where
        for k in a:
            assert_same(a[k], b[k], f"{where}[{k!r}]")
    elif isinstance(a, float) and np.isnan(a):
        assert np.isnan(b), where
    else:
        assert a == b, where


@pytest.fixture(scope="module")
def assessment(seed_path: Path) -> Assessment:
    return assess_report(read_report(seed_path))


def test_assessment_round_trip_is_identical(assessment: Assessment, tmp_path: Path) -> None:
    path = store.write(tmp_path / "a.json", "k1", assessment)
    assert_same(assessment, store.read(path, "k1"))


def test_every_plan_slice_round_trips(assessment: Assessment, tmp_path: Path) -> None:
    report = assessment.report
    a = assessment
    frames = [report.plans, report.items, a.plans, a.targets, a.components, a.flags, a.portfolio]
    parents = store.Parents(frames)
    for plan_id, part in plan_slices(assessment):
        path = store.write(tmp_path / f"{plan_id}.json", "k", part)
        assert_same(part, store.read(path, "k"), plan_id)
        # picked from the whole report's encoded frames: the very same text
        assert store.dumps("k", part, parents) == path.read_text(encoding="utf-8")


def test_corpus_round_trip(seed_path: Path, tmp_path: Path) -> None:
    corpus = corpus_of([read_report(seed_path)])
    path = store.write(tmp_path / "c.json", "k", {"good": [(seed_path, corpus.reports[0])]})
    assert_same({"good": [(seed_path, corpus.reports[0])]}, store.read(path, "k"))
    path = store.write(tmp_path / "c.json", "k", corpus)
    assert_same(corpus, store.read(path, "k"))


def test_unusual_frames_round_trip(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "i": np.array([1, 2, 3], dtype="int64"),
            "f": [1.5, np.nan, np.inf],
            "n": pd.array([1, None, 3], dtype="Int64"),
            "s": pd.array(["a", None, "c"], dtype="string"),
            "o": ["x", None, float("nan")],
            "l": [[1, 2], [], ("a", 1)],
            "b": [True, False, True],
            "c": pd.Categorical(["x", "y", "x"]),
            "t": pd.to_datetime(["2025-01-01", "2025-02-01", None]),
        },
        index=pd.Index([7, 3, 9], name="row"),
    )
    frame.attrs["note"] = "kept"
    path = store.write(tmp_path / "f.json", "k", {"frame": frame, "empty": frame.iloc[0:0]})
    loaded = store.read(path, "k")
    assert_same({"frame": frame, "empty": frame.iloc[0:0]}, loaded)


def test_key_is_checked_before_use(assessment: Assessment, tmp_path: Path) -> None:
    path = store.write(tmp_path / "a.json", "old", assessment)
    assert store.file_key(path) == "old"
    assert store.read(path, "new") is None
    assert store.read(path, lambda key: key == "old") is not None


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{",
        b"[]",
        b'{"format": "govplans-prepared/1", "key": "k", "value": {"~type": "os.system"}}',
        b'{"format": "govplans-prepared/1", "key": "k", "value": {"~type": "Thresholds", '
        b'"fields": {"execution_warn": 7}}}',
        b'{"format": "govplans-prepared/1", "key": "k", "value": {"~frame": {"columns": [1]}}}',
        b'{"format": "other", "key": "k", "value": 1}',
        b"\xff\xfe",
    ],
)
def test_damaged_or_foreign_files_are_refused(content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    assert store.read(path, "k") is None


def test_a_pickle_is_never_loaded(tmp_path: Path) -> None:
    """A pickle whose loading would create a marker file: read() refuses it, nothing runs."""
    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self) -> tuple[Any, ...]:
            return (Path.touch, (marker,))

    path = tmp_path / "assessment.json"
    path.write_bytes(pickle.dumps(Evil()))
    assert store.read(path, "k") is None
    assert not marker.exists()


def test_unknown_types_are_not_written(tmp_path: Path) -> None:
    @dataclasses.dataclass
    class Other:
        x: int = 1

    with pytest.raises(TypeError):
        store.dumps("k", Other())


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Disk full: the write fails, the old file is whole and no temporary file is left."""
    path = store.atomic_write_text(tmp_path / "manifest.json", json.dumps({"old": True}))

    def full(*args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.os, "replace", full)
    with pytest.raises(OSError):
        store.atomic_write_text(path, "new")
    assert json.loads(path.read_text()) == {"old": True}
    assert [p.name for p in tmp_path.iterdir()] == ["manifest.json"]
