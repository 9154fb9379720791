"""The build's cache and manifest: content hashes, library versions and cache keys.

``manifest.json`` (in the cache folder, never in the site) records the build spec, the input
SHA-256s, parameters, package versions and times, and doubles as the cache: a page whose key
(report bytes, notebook bytes, parameters, package source, reviewed annotations, library
versions) has not changed, and whose file still has the hash recorded, is not executed again.

Every key of the build is made by one function, :func:`cache_key`; :func:`assessment_key` and
:func:`corpus_key` name what a prepared assessment and a prepared corpus depend on (the
notebooks recompute them to check a prepared file before using it).
"""

from __future__ import annotations

import hashlib
import json
import platform
from collections.abc import Iterable
from dataclasses import asdict
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from govplans.analyse.measures import Thresholds
from govplans.run import paths, store

#: Bump when the runner changes what it writes, to invalidate every cached report.
RUNNER_VERSION = "3"
MANIFEST = "manifest.json"
#: Versions recorded in the manifest and part of every cache key.
LIBRARIES = (
    "govplans",
    "papermill",
    "nbclient",
    "nbconvert",
    "nbformat",
    "ipykernel",
    "jupyter_client",
    "pandas",
    "matplotlib",
)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def files_sha256(root: Path, paths: Iterable[Path]) -> str:
    """One hash over files under ``root``: each one's relative path and bytes, in path order."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


#: The package files a page is made from: code and the page template (Jinja, JS, JSON, CSS).
SOURCE_SUFFIXES = frozenset({".py", ".j2", ".js", ".json", ".css"})


@cache
def package_source_sha256() -> str:
    """One hash over the package's source: its Python modules and the page template's files
    (a change to either re-renders every report: a new print stylesheet is a new page). Once
    per process: a process runs the code it imported, whatever the files say later."""
    files = [
        p
        for p in paths.PACKAGE_DIR.rglob("*")
        if p.suffix in SOURCE_SUFFIXES and "__pycache__" not in p.parts and p.is_file()
    ]
    return files_sha256(paths.PACKAGE_DIR, sorted(files))


def analysis_versions() -> dict[str, str]:
    """The versions an analysis depends on (Python, pandas, NumPy), read from the modules
    themselves: cheap enough for every page that checks a prepared file."""
    import numpy
    import pandas

    return {
        "python": platform.python_version(),
        "pandas": pandas.__version__,
        "numpy": numpy.__version__,
    }


def annotations_sha256() -> str:
    """One hash over the reviewed-annotation files (``annotations="auto"`` reads them)."""
    root = paths.ANNOTATIONS_DIR
    files = [p for p in root.rglob("*") if p.is_file()] if root.is_dir() else []
    return files_sha256(root, files)


def library_versions() -> dict[str, str]:
    """The versions of Python and of :data:`LIBRARIES` (looked up once per process: a site
    build asks once per report)."""
    return dict(_library_versions())


@cache
def _library_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def cache_key(*parts: Any) -> str:
    return sha256_bytes(json.dumps(parts, sort_keys=True, ensure_ascii=False).encode())


def file_sha256(value: str | Path) -> str:
    """The SHA-256 of a file named by an option (``auto``, ``none``, empty: no file, "")."""
    path = Path(value)
    return sha256_bytes(path.read_bytes()) if str(value) and path.is_file() else ""


def options_key(annotations: str, crosswalk: str | None = None) -> list[Any]:
    """What an analysis depends on besides its reports and thresholds: the runner, the
    package's source and annotations, the libraries, and the reviewed-status and crosswalk
    files given (by content)."""
    parts: list[Any] = [
        RUNNER_VERSION,
        package_source_sha256(),
        annotations_sha256(),
        analysis_versions(),
        annotations,
        file_sha256(annotations) if annotations not in ("auto", "none") else "",
    ]
    if crosswalk is not None:
        parts += [crosswalk, file_sha256(crosswalk) if crosswalk not in ("auto", "none") else ""]
    return parts


def assessment_key(report_sha: str, thresholds: Thresholds, annotations: str) -> str:
    """The key of a report's prepared assessment (and of each plan's slice of it)."""
    return cache_key("assessment", report_sha, asdict(thresholds), *options_key(annotations))


def corpus_key(
    report_shas: list[str], thresholds: Thresholds, annotations: str, crosswalk: str
) -> str:
    """The key of a prepared corpus: its reports' bytes (in order), thresholds and options."""
    return cache_key(
        "corpus", report_shas, asdict(thresholds), *options_key(annotations, crosswalk)
    )


def load_manifest(folder: Path) -> dict[str, Any]:
    """The previous build's manifest, or ``{}`` when there is none or it is damaged or of
    another shape (the build then rebuilds everything, and says nothing is up to date)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if _well_formed(data) else {}


def _well_formed(data: Any) -> bool:
    """Whether ``data`` has the shape this runner writes (the fields a rerun reads)."""
    if not isinstance(data, dict) or data.get("runner_version") != RUNNER_VERSION:
        return False
    reports, notebooks = data.get("reports", {}), data.get("notebooks", {})
    if not isinstance(reports, dict) or not isinstance(notebooks, dict):
        return False
    if not all(isinstance(e, dict) for e in notebooks.values()):
        return False
    entry_fields = ("kind", "title", "summary", "status", "executed_notebook", "key")
    for entry in reports.values():
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(name), str) for name in entry_fields
        ):
            return False
    analysis = data.get("analysis")
    return analysis is None or (
        isinstance(analysis, dict)
        and isinstance(analysis.get("plans"), list)
        and isinstance(analysis.get("titles"), dict)
        and isinstance(analysis.get("summaries"), dict)
        and isinstance(analysis.get("agency_shown"), str)
        and isinstance(analysis.get("fiscal_year"), int)
    )


def save_manifest(folder: Path, manifest: dict[str, Any]) -> Path:
    """Write ``manifest.json`` whole or not at all."""
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    return store.atomic_write_text(folder / MANIFEST, text)
