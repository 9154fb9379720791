"""One build spec: every setting of a build, checked once, frozen, handed to the library.

The command line builds a :class:`BuildSpec` once (:func:`thresholds_from_options` reads the
threshold options every command takes: ``--warn/--low/--critical/--appropriation-margin/
--exceed-margin/--low-target-multiple`` and ``-p NAME=VALUE``, a ratio ``0.8`` or a percentage
``80`` alike); the report build, the site and the corpus page read their settings from it and
nowhere else, and the manifest records :meth:`BuildSpec.record`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from govplans.analyse.measures import MULTIPLES, Thresholds
from govplans.present.fmt import check_lang
from govplans.run import paths
from govplans.run.params import parse_assignment

#: The cache folder's name, beside the output folder (see :func:`default_cache`).
CACHE_DIR = ".govplans-cache"
#: Threshold names -> their command-line option.
THRESHOLD_OPTIONS: dict[str, str] = {
    "execution_warn": "--warn",
    "execution_low": "--low",
    "execution_critical": "--critical",
    "appropriation_margin": "--appropriation-margin",
    "exceed_margin": "--exceed-margin",
    "low_target_multiple": "--low-target-multiple",
}
THRESHOLD_NAMES = tuple(f.name for f in fields(Thresholds))


def default_cache(out: Path) -> Path:
    """A build's cache folder: ``.govplans-cache/OUT_NAME`` beside the output folder, outside
    what one shares."""
    out = out.resolve()
    return out.parent / CACHE_DIR / out.name


def threshold_value(name: str, text: str | float) -> float:
    """A threshold given on the command line: a ratio (0.8) or a percentage (80); a multiple
    (``low_target_multiple``) as given. ``ValueError`` naming the option otherwise."""
    option = THRESHOLD_OPTIONS.get(name, name)
    try:
        value = float(text)
    except (TypeError, ValueError):
        raise ValueError(f"{option}: not a number: {text!r}") from None
    if name in MULTIPLES:
        return value
    return value / 100 if value > 1 else value


def thresholds_from_options(
    options: Mapping[str, Any], assignments: Iterable[str] = ()
) -> tuple[Thresholds, dict[str, str]]:
    """The thresholds of ``--warn``-style ``options`` (name -> value or None) and ``-p``
    assignments (a ``-p`` value wins), checked together; and the other ``-p`` values."""
    values = {k: threshold_value(k, v) for k, v in options.items() if v is not None}
    others: dict[str, str] = {}
    for text in assignments:
        name, value = parse_assignment(text)
        if name in THRESHOLD_NAMES:
            values[name] = threshold_value(name, value)
        else:
            others[name] = value
    return Thresholds(**values), others


def _keyword_or_path(value: str | Path | None, keywords: tuple[str, ...]) -> str:
    text = "" if value is None else str(value).strip()
    if text.lower() in ("", "none"):
        return "none"
    if text in keywords:
        return text
    return str(Path(text).resolve())


@dataclass(frozen=True)
class BuildSpec:
    """Everything a build is made from (frozen; checked when made)."""

    sources: tuple[Path, ...] = ()
    out: Path = paths.REPORTS_DIR
    cache: Path | None = None  # None: :func:`default_cache` of ``out``
    lang: str = "zh-TW"
    thresholds: Thresholds = field(default_factory=Thresholds)
    annotations: str = "auto"  # auto, none or a file's absolute path
    crosswalk: str = "auto"  # auto, none or a file's absolute path
    plans: tuple[str, ...] = ()
    #: Other notebook parameters (``-p``), as given; checked against the notebooks by the runner.
    parameters: tuple[tuple[str, str], ...] = ()
    force: bool = False
    jobs: int | None = None
    timeout: int = 300
    #: The same pages are built in the other language too, at the same paths (``reports/`` and
    #: ``reports/en/``, as ``make report`` does): every page links its counterpart. Otherwise
    #: a page links its counterpart only when that page is there already (never a dead link).
    other_language: bool = False

    def __post_init__(self) -> None:
        check_lang(self.lang)
        set_ = object.__setattr__
        set_(self, "sources", tuple(Path(s).resolve() for s in self.sources))
        set_(self, "out", Path(self.out).resolve())
        set_(self, "cache", Path(self.cache).resolve() if self.cache else default_cache(self.out))
        set_(self, "annotations", _keyword_or_path(self.annotations, ("auto",)))
        set_(self, "crosswalk", _keyword_or_path(self.crosswalk, ("auto",)))
        set_(self, "plans", tuple(self.plans))
        set_(self, "parameters", tuple((str(k), str(v)) for k, v in self.parameters))
        if not isinstance(self.thresholds, Thresholds):
            raise ValueError("thresholds must be a Thresholds")
        if self.timeout <= 0:
            raise ValueError(f"--timeout must be a positive number of seconds, got {self.timeout}")
        if self.jobs is not None and self.jobs < 1:
            raise ValueError(f"--jobs must be at least 1, got {self.jobs}")
        for name in ("out", "cache"):
            folder = getattr(self, name)
            if folder.exists() and not folder.is_dir():
                raise ValueError(f"{folder}: the {name} folder is a file")
        cache = self.cache_dir
        if cache == self.out or self.out in cache.parents:
            raise ValueError(f"--cache {cache}: must not be inside the output folder {self.out}")

    @property
    def cache_dir(self) -> Path:
        """The cache folder (never None once made)."""
        assert self.cache is not None
        return self.cache

    def with_(self, **changes: Any) -> BuildSpec:
        """A copy with ``changes`` (checked again)."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(changes)
        return BuildSpec(**values)

    def notebook_values(self) -> dict[str, Any]:
        """The values every page's notebook is given (those it declares are passed): the
        thresholds and annotations, then the other ``-p`` values."""
        return {**asdict(self.thresholds), "annotations": self.annotations, **dict(self.parameters)}

    def record(self) -> dict[str, Any]:
        """The spec as the manifest records it (JSON)."""
        return {
            "sources": [str(s) for s in self.sources],
            "out": str(self.out),
            "cache": str(self.cache),
            "lang": self.lang,
            "thresholds": asdict(self.thresholds),
            "annotations": self.annotations,
            "crosswalk": self.crosswalk,
            "plans": list(self.plans),
            "parameters": dict(self.parameters),
            "force": self.force,
            "other_language": self.other_language,
        }


def spec_from(
    sources: Iterable[str | Path] = (),
    out: Path | None = None,
    *,
    cache: Path | None = None,
    lang: str = "zh-TW",
    thresholds: Mapping[str, Any] | None = None,
    parameters: Iterable[str] = (),
    annotations: str | None = None,
    crosswalk: str = "auto",
    plans: Iterable[str] = (),
    force: bool = False,
    jobs: int | None = None,
    timeout: int = 300,
    other_language: bool = False,
) -> BuildSpec:
    """A :class:`BuildSpec` from command-line values (threshold options by name, ``-p``
    assignments; ``annotations`` from ``--annotations`` or ``-p annotations=…``)."""
    checked, others = thresholds_from_options(thresholds or {}, parameters)
    chosen = others.pop("annotations") if "annotations" in others else annotations or "auto"
    crosswalk = others.pop("crosswalk") if "crosswalk" in others else crosswalk
    return BuildSpec(
        sources=tuple(Path(s) for s in sources),
        out=out or paths.REPORTS_DIR,
        cache=cache,
        lang=lang,
        thresholds=checked,
        annotations=chosen,
        crosswalk=crosswalk,
        plans=tuple(plans),
        parameters=tuple(others.items()),
        force=force,
        jobs=jobs,
        timeout=timeout,
        other_language=other_language,
    )
