"""The regression dump compares two engines target by target."""

from __future__ import annotations

import shutil

import pandas as pd

from govplans.testing import regress


def test_a_dump_and_a_compare_of_one_set(tmp_path):
    root = tmp_path / "fixtures"
    shutil.copytree(regress.FIXTURES / "variety25a", root / "variety25a")
    out = tmp_path / "a.csv"
    line = regress.dump(out, root)
    frame = pd.read_csv(out)
    assert list(frame.columns) == regress.COLUMNS
    assert len(frame) == 55 and line.startswith("55 labelled targets")
    assert regress.compare(out, out).empty  # an engine against itself changes nothing
    changed = frame.copy()
    changed.loc[0, "engine"] = "unclear" if frame.loc[0, "engine"] != "unclear" else "met"
    other = tmp_path / "b.csv"
    changed.to_csv(other, index=False)
    assert len(regress.compare(out, other)) == 1


def test_shapes_count_met_verdicts_and_false_mets_by_evidence_shape(tmp_path):
    rows = [
        {"set": "s", "report": "r", "plan": 1, "target": n, "label": label, "engine": engine,
         "reason": reason, "achieved": None, "section": section, "alignment": "content",
         "text": "t"}
        for n, (label, engine, reason, section) in enumerate(
            [
                ("met", "met", "figure_compared", "attainment"),
                ("not_met", "met", "figure_compared", "attainment"),
                ("unclear", "exceeded", "done_statement", "execution"),
                ("not_met", "not_met", "figure_compared", "attainment"),  # no met verdict
            ],
            start=1,
        )
    ]  # fmt: skip
    dump = tmp_path / "d.csv"
    pd.DataFrame(rows, columns=regress.COLUMNS).to_csv(dump, index=False)
    found = regress.shapes(dump)
    assert found[["reason", "section", "met", "false_met"]].values.tolist() == [
        ["figure_compared", "attainment", 2, 1],
        ["done_statement", "execution", 1, 1],
    ]
