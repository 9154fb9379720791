"""Test data and measurement: the synthetic report writer and the evaluation of the engine
(``python -m govplans.testing.evaluation`` writes ``docs/analysis.md``). Imported by tests,
benchmarks and ``make export``; nothing in the package imports it."""
