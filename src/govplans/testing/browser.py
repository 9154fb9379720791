"""Headless Chromium for the tests: a page's DOM after its scripts ran, or the page printed to
PDF as a reader's browser prints it.

Every run gets a profile folder of its own: two Chromium runs at once (the suite runs on every
core) never wait on one profile's lock, which could hang a run until its timeout; background
networking, component updates and sync are off, so a run does only the page.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

#: The Chromium on this machine (Debian's `chromium`), or None.
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

_QUIET = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def _run(args: list[str], profile: Path, timeout: int) -> subprocess.CompletedProcess[str]:
    """One Chromium run; a run that hangs past ``timeout`` is tried once more with a fresh
    profile (a headless run on a loaded machine has been seen to hang at start-up now and then;
    a second hang fails the test)."""
    if CHROMIUM is None:  # pragma: no cover - the callers skip without Chromium
        raise RuntimeError("headless Chromium is not installed")
    try:
        return _once(args, profile, timeout)
    except subprocess.TimeoutExpired:
        return _once(args, profile.with_name(profile.name + "-again"), timeout)


def _once(args: list[str], profile: Path, timeout: int) -> subprocess.CompletedProcess[str]:
    profile.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [str(CHROMIUM), *_QUIET, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )


def dump_dom(url: str, profile: Path, timeout: int = 60) -> str:
    """The page's DOM after its scripts ran (``--dump-dom``)."""
    return _run(["--dump-dom", url], profile, timeout).stdout


def print_pdf(url: str, pdf: Path, profile: Path, timeout: int = 180) -> Path:
    """The page printed to ``pdf`` with no header or footer."""
    _run(["--no-pdf-header-footer", f"--print-to-pdf={pdf}", url], profile, timeout)
    return pdf
