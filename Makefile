# The two commands of the README: `make report` and `make test` (both set themselves up).
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup report corpus export test lint lab bench fixtures clean

setup: $(STAMP)

$(STAMP): pyproject.toml scripts/setup.sh
	bash scripts/setup.sh

## Render every report for the bundled FY114 report into reports/ (set-up included), in zh-TW,
## and the same pages in English into reports/en/ (each page links its counterpart);
## SOURCE=path/to/report.pdf (or extracted text) renders another report into a folder of its
## own, reports/AGENCY_YEAR/ and reports/en/AGENCY_YEAR/ (read from the report, e.g.
## reports/衛生福利部_115/). The English build's cache is kept beside the zh-TW one's, never in
## reports/.
## SOURCE and SOURCES reach the command as text, never evaluated by make or the shell:
## $(value …) takes them unexpanded, and each is single-quoted (quotes inside escaped).
SOURCE ?=
SOURCES ?= data/raw tests/fixtures/corpus/moda_113_constructed.txt
unexport SOURCE SOURCES
quote = '$(subst ','\'',$(1))'
report: setup
ifeq ($(value SOURCE),)
	$(PY) -m govplans export --format csv --out data/processed
	$(PY) -m govplans reports --out reports --with-other-language
	$(PY) -m govplans reports --out reports/en --lang en --cache .govplans-cache/reports-en \
	    --with-other-language
else
	$(PY) -m govplans reports --source $(call quote,$(value SOURCE)) --out reports --own-folder \
	    --with-other-language
	$(PY) -m govplans reports --source $(call quote,$(value SOURCE)) --out reports/en --lang en \
	    --cache .govplans-cache/reports-en --own-folder --with-other-language
endif

## Render the corpus page (agencies and years side by side) into reports/corpus/;
## SOURCES="a.pdf b.pdf folder/" reads those. The default pairs the bundled FY114 report with
## the constructed FY113 test report (tests/fixtures/corpus/: a demonstration, not published data).
corpus: setup
	$(PY) -m govplans corpus $(foreach s,$(value SOURCES),$(call quote,$(s))) --out reports/corpus \
	    --with-other-language
	$(PY) -m govplans corpus $(foreach s,$(value SOURCES),$(call quote,$(s))) \
	    --out reports/corpus/en --lang en --cache .govplans-cache/corpus-en --with-other-language

## Refresh the committed derived files (exports, data dictionary, docs/analysis.md).
export: setup
	$(PY) -m govplans export --format csv --out data/processed
	$(PY) -m govplans export --format json > data/processed/report.json
	$(PY) -m govplans dictionary > docs/data_dictionary.md
	$(PY) -m govplans.testing.evaluation

## Run the whole test suite (set-up included): lint, formatting, import contracts, types, tests.
test: lint
	$(PY) -m pytest -n auto --dist loadfile

## The static checks alone: ruff (lint and formatting), the import contracts, mypy.
lint: setup
	$(PY) -m ruff check src tests benchmarks scripts
	$(PY) -m ruff format --check src tests benchmarks scripts
	$(VENV)/bin/lint-imports
	$(PY) -m mypy

## Open JupyterLab on the notebooks with the package importable (as root, e.g. in a
## container, JupyterLab refuses to start without --allow-root: given only then).
USER_ID ?= $(shell id -u)
lab: setup
	$(VENV)/bin/jupyter lab notebooks/$(if $(filter 0,$(USER_ID)), --allow-root)

## Print the benchmark figures.
bench: setup
	$(PY) benchmarks/bench_parse.py
	$(PY) benchmarks/bench_assess.py
	$(PY) benchmarks/bench_reports.py
	$(PY) benchmarks/bench_pdf.py
	$(PY) benchmarks/bench_charts.py
	$(PY) benchmarks/bench_pages.py
	$(PY) benchmarks/bench_site.py

## Regenerate the PDF fixtures in tests/fixtures/pdf/ (needs chromium, libreoffice-writer-nogui,
## qpdf, poppler-utils and fonts-noto-cjk; not run by make test).
fixtures: setup
	$(PY) scripts/make_fixtures.py

clean:
	rm -rf reports .govplans-cache build .pytest_cache .ruff_cache
