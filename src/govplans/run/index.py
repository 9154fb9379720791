"""The build's index page: every rendered page with its one-line summary."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from govplans.present import render
from govplans.run import store

INDEX = "index.html"


def site_page(site_folder: str, file_name: str) -> str:
    """A page's path relative to its language's site root (``render.other_language_href``):
    the build's folder in the site ("" at its root), then the file."""
    return f"{site_folder}/{file_name}" if site_folder else file_name


def reports_index_href(out: Path, lang: str) -> str:
    """The reports' index a front page in ``out`` (``govplans corpus``'s ``OUT/index.html``)
    belongs under, relative to ``out``, when that index is there: ``reports/index.html`` for
    ``reports/corpus/`` (``../index.html``, ``make report`` beside ``make corpus``) and, for
    the English build in ``reports/corpus/en/``, ``reports/en/index.html``
    (``../../en/index.html``); "" when there is none (never a dead link, nor one to a page
    govplans did not write)."""
    out = out.resolve()
    if lang == "en" and out.name == "en":  # the English pages beside the zh-TW ones' en/
        target = out.parent.parent / "en" / INDEX
    else:
        target = out.parent / INDEX
    if target == out / INDEX or not target.is_file():
        return ""
    try:
        with target.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(200_000)
    except OSError:
        return ""
    if "govplans-" not in head:  # another program's page
        return ""
    return quote(Path(os.path.relpath(target, out)).as_posix())


def language_page(html: Path, page: str, lang: str, promised: bool) -> str:
    """``page`` (``html``'s path in its language's site, :func:`site_page`) when the page is
    to link the same page in the other language: that page is built by the same build
    (``promised``: :attr:`govplans.run.spec.BuildSpec.other_language`) or is there already;
    else "" (no link, never a dead one)."""
    if not page:
        return ""
    if promised:
        return page
    # lexically: "en/../x.html" is not a file while en/ is yet to be made
    other = os.path.normpath(html.parent / unquote(render.other_language_href(page, lang)))
    return page if os.path.isfile(other) else ""


def write_index(
    out: Path,
    analysis: Mapping[str, Any],
    reports: Mapping[str, Mapping[str, Any]],
    lang: str,
    source: Path,
    report_sha: str,
    now: str,
    site_folder: str = "",
    other_language: bool = False,
) -> Path:
    """Write ``index.html``: every report with its one-line summary (all text escaped);
    ``site_folder``: where the build's folder is in its language's site (for the link to the
    other language), "" at its root; ``other_language``: the other language's index is built
    too (:func:`language_page`)."""
    entries = [
        render.IndexEntry(
            href=entry.get("html") or entry["executed_notebook"],
            title=entry["title"],
            summary=entry["summary"],
            kind=entry["kind"],
            status=entry["status"],
            error=entry.get("error", ""),
        )
        for entry in reports.values()
    ]
    heading = render.report_title_text(analysis["agency_shown"], analysis["fiscal_year"], lang)
    meta = {
        "source" if lang == "en" else "來源檔案": source.name,
        "SHA-256": report_sha,
        "built" if lang == "en" else "建置時間": now,
    }
    path = out / INDEX
    page = render.index_page(
        entries,
        heading,
        meta,
        lang,
        analysis.get("dashboard"),
        page=language_page(path, site_page(site_folder, INDEX), lang, other_language),
        constructed=bool(analysis.get("constructed")),
    )
    return store.atomic_write_text(path, page)
