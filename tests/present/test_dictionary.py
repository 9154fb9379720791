"""The data dictionary is generated from the schema registry."""

from __future__ import annotations

from govplans.present.dictionary import data_dictionary_markdown
from govplans.run import paths


def test_data_dictionary_is_current():
    """docs/data_dictionary.md is generated from the registry (run `make export`)."""
    committed = (paths.DOCS_DIR / "data_dictionary.md").read_text(encoding="utf-8")
    assert committed == data_dictionary_markdown(), "stale: run `make export`"
