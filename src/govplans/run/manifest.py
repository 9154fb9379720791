"""The build's cache and manifest: content hashes, library versions and cache keys.

``manifest.json`` records the input SHA-256s, parameters, package versions and times, and
doubles as the cache: a report whose key (report bytes, notebook bytes, parameters, package
source, reviewed annotations, library versions) has not changed is not executed again.
"""

from __future__ import annotations

import hashlib
import json
import platform
from collections.abc import Iterable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from govplans.run import paths

#: Bump when the runner changes what it writes, to invalidate every cached report.
RUNNER_VERSION = "2"
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


def package_source_sha256() -> str:
    """One hash over the package's Python source (a code change re-renders every report)."""
    return files_sha256(paths.PACKAGE_DIR, paths.PACKAGE_DIR.rglob("*.py"))


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


def load_manifest(out: Path) -> dict[str, Any]:
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
