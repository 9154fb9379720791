"""The report files of a build, found and checked before anything is read.

- a folder is searched for report files (``read.source.REPORT_SUFFIXES``: ``.txt``, ``.pdf``,
  ``.docx``, ``.odt``; not an editor's lock file), in name order; a symlinked folder is
  followed once, a link back to a folder already searched (a loop) is named, not followed;
- a folder or file that cannot be read, a FIFO, a device or a file larger than
  :data:`MAX_SOURCE_BYTES` is a :class:`SourceProblem` with one line naming it: a multi-report
  build names it in its index and on stderr and builds the others; nothing is skipped
  silently.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from govplans.model.errors import ReportFormatError
from govplans.read.source import LOCK_FILE_PREFIXES, REPORT_SUFFIXES

#: Report files larger than this are refused (the largest real report is a few MB).
MAX_SOURCE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class SourceProblem:
    """A source that cannot be used, and why (one line)."""

    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def check_source(path: Path) -> str | None:
    """Why ``path`` cannot be read as a report file (one phrase), or ``None``: it is a
    regular, readable file of at most :data:`MAX_SOURCE_BYTES`."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return "no such file"
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if stat.S_ISFIFO(info.st_mode):
        return "is a FIFO (named pipe), not a report file"
    if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode):
        return "is a device, not a report file"
    if stat.S_ISSOCK(info.st_mode):
        return "is a socket, not a report file"
    if not stat.S_ISREG(info.st_mode):
        return "is not a regular file"
    if info.st_size > MAX_SOURCE_BYTES:
        return (
            f"is {info.st_size / 2**20:.0f} MB; report files of at most "
            f"{MAX_SOURCE_BYTES // 2**20} MB are read"
        )
    if not os.access(path, os.R_OK):
        return "cannot be read (permission denied)"
    return None


def require_source(path: Path) -> None:
    """:func:`check_source`, as a one-line :class:`ReportFormatError`."""
    problem = check_source(path)
    if problem is not None:
        raise ReportFormatError(path, 0, "a readable report file (PDF or extracted text)", problem)


def _walk(folder: Path, files: list[Path], problems: list[SourceProblem]) -> None:
    """Every report file under ``folder``; each real folder searched once."""
    seen: set[tuple[int, int]] = set()

    def visit(path: Path) -> None:
        try:
            info = path.stat()
        except OSError as exc:
            problems.append(SourceProblem(path, f"cannot be read ({exc.strerror or exc})"))
            return
        identity = (info.st_dev, info.st_ino)
        if identity in seen:
            problems.append(
                SourceProblem(path, "links back to a folder already searched (a loop): skipped")
            )
            return
        seen.add(identity)
        try:
            entries = sorted(path.iterdir())
        except OSError as exc:
            problems.append(SourceProblem(path, f"folder cannot be read ({exc.strerror or exc})"))
            return
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                visit(entry)
            elif entry.suffix.lower() in REPORT_SUFFIXES and not entry.name.startswith(
                LOCK_FILE_PREFIXES
            ):  # an editor's lock file beside an open document is no report
                files.append(entry)

    visit(folder)


def find_sources(sources: Iterable[str | Path]) -> tuple[list[Path], list[SourceProblem]]:
    """The report files of ``sources`` (files as given, folders searched; each file once) and
    the problems found: files that cannot be used (:func:`check_source`), folders that cannot
    be read, loops, folders without a report file."""
    files: list[Path] = []
    problems: list[SourceProblem] = []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            found: list[Path] = []
            _walk(path, found, problems)
            if not found and not any(p.path == path for p in problems):
                problems.append(
                    SourceProblem(path, "folder holds no report file (.txt, .pdf, .docx or .odt)")
                )
            files += found
        else:
            files.append(path)
    usable: list[Path] = []
    for path in dict.fromkeys(files):
        problem = check_source(path)
        if problem is None:
            usable.append(path)
        else:
            problems.append(SourceProblem(path, problem))
    return usable, problems
