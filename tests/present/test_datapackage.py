"""datapackage.json describes every CSV of a report's folder and of a corpus folder, and
``frictionless validate`` accepts it offline (no profile fetched from the web)."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from govplans import assess_report, read_report
from govplans.analyse.corpus import build_corpus
from govplans.present.export import write_assessment_csv, write_corpus_csv, write_csv
from govplans.run import paths

frictionless = pytest.importorskip("frictionless")

FY113 = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "moda_113_constructed.txt"


@pytest.fixture
def offline(monkeypatch):
    """No network: a descriptor that needs a profile from the web fails here."""

    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def _validate(folder: Path) -> dict:
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    described = {r["path"] for r in descriptor["resources"]}
    assert described == {p.name for p in folder.glob("*.csv")}  # every CSV, nothing else
    report = frictionless.validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["type", "message"])[:5]
    return descriptor


def test_a_report_folder_is_described_whole_and_validates_offline(tmp_path, offline):
    a = assess_report(read_report(paths.BUNDLED_REPORT))
    write_csv(a.report, tmp_path)
    write_assessment_csv(a, tmp_path)
    descriptor = _validate(tmp_path)
    assert len(descriptor["resources"]) == 9
    assert descriptor["profile"] == "tabular-data-package"
    assert descriptor["sources"][0]["hash"] == f"sha256:{a.report.sha256}"


def test_a_corpus_folder_is_described_and_validates_offline(tmp_path, offline):
    corpus = build_corpus([read_report(paths.BUNDLED_REPORT), read_report(FY113)])

    def per_report(report, folder):
        a = assess_report(report)
        return write_csv(report, folder) + write_assessment_csv(a, folder)

    write_corpus_csv(corpus, tmp_path, per_report)
    descriptor = _validate(tmp_path)
    assert {r["name"] for r in descriptor["resources"]} == {
        "plan_history",
        "agency_years",
        "link_candidates",
    }
    assert len(descriptor["sources"]) == 2
    for report in corpus.reports:
        _validate(tmp_path / f"{report.agency}_{report.fiscal_year}")
