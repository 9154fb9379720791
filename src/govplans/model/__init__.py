"""The vocabulary of govplans: the schema registry, the report model, provenance, errors, text
helpers and the shared code lists. Imports nothing else of govplans; every other layer builds on
it."""
