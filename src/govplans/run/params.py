"""Notebook parameters: what each notebook's ``parameters`` cell declares, and ``-p NAME=VALUE``
values checked and typed against it before anything runs."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

#: Set by the runner itself (use ``--source`` and ``--lang``), never with ``-p``.
RESERVED_PARAMETERS = ("source", "lang", "plan_id", "prepared", "history")


def notebook_parameters(path: Path) -> dict[str, dict[str, Any]]:
    """The parameters declared in a notebook's ``parameters`` cell (papermill's inspection)."""
    import papermill

    return {name: dict(spec) for name, spec in papermill.inspect_notebook(str(path)).items()}


def parse_assignment(text: str) -> tuple[str, str]:
    """``NAME=VALUE`` -> (name, value); ``ValueError`` otherwise."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip().isidentifier():
        raise ValueError(f"bad parameter {text!r}: expected NAME=VALUE, e.g. execution_warn=0.85")
    return name.strip(), value


def typed_value(name: str, value: str, type_name: str | None) -> Any:
    """Convert a command-line value to the type annotated in the parameters cell."""
    kind = (type_name or "").lower()
    try:
        if kind == "float":
            return float(value)
        if kind == "int":
            return int(value)
        if kind == "bool":
            lowered = value.strip().lower()
            if lowered in ("1", "true", "yes", "on"):
                return True
            if lowered in ("0", "false", "no", "off"):
                return False
            raise ValueError(value)
    except ValueError:
        raise ValueError(f"parameter {name}: {value!r} is not a valid {kind}") from None
    return value


def check_parameters(
    assignments: Iterable[str], declared: Mapping[str, Mapping[str, dict[str, Any]]]
) -> dict[str, Any]:
    """Typed ``-p`` values, checked against the notebooks' declared parameters.

    ``declared`` maps notebook file name -> its parameters. A name must be declared by at least
    one notebook (it is passed only to those that declare it) and must not be reserved.
    """
    values: dict[str, Any] = {}
    for text in assignments:
        name, value = parse_assignment(text)
        if name in RESERVED_PARAMETERS:
            raise ValueError(
                f"parameter {name} is set by the runner; use --source/--lang "
                "(plan_id: one profile is rendered per plan; prepared, history: made by the build)"
            )
        specs = [spec[name] for spec in declared.values() if name in spec]
        if not specs:
            known = sorted(
                {n for spec in declared.values() for n in spec} - set(RESERVED_PARAMETERS)
            )
            raise ValueError(
                f"unknown parameter {name!r}: no notebook declares it "
                f"({', '.join(declared)}); known: {', '.join(known)}"
            )
        values[name] = typed_value(name, value, specs[0].get("inferred_type_name"))
    return values
