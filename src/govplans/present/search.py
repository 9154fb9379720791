"""The site's search page: plans and targets across every report, searched in the browser.

No server and no external script: the build writes ``search.html`` (the page, its script
inline) and ``data/search_index.js`` (the documents and a character-bigram inverted index,
assigned to ``window.govplansSearch``; a script file rather than JSON because a page opened from
disk may not fetch a file). A query's CJK runs are cut into bigrams (one character alone is
looked up by a scan), Latin words and numbers lower-cased (the same rule as the database's
full-text index, :func:`govplans.present.database.search_tokens`); the documents holding every
token are then checked against the query as text, so a hit holds the query's runs as written.
Each hit links to its plan's profile page and quotes the matched text: the script sets text
only as text (``textContent``) and marks the match with ``<mark>`` elements.

:func:`search_index` and :func:`search` are the index and the algorithm (the script does the
same; the tests and the benchmark run the Python one).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import pandas as pd

from govplans.present.render import CONSTRUCTED_CSS, constructed_banner, language_link
from govplans.present.words import EN, SEARCH_TEXT, ZH, pick

if TYPE_CHECKING:
    from govplans.analyse.corpus import Corpus

#: Where the index goes, relative to the site.
SEARCH_PAGE = "search.html"
SEARCH_INDEX = "data/search_index.js"

_SCRIPT = (Path(__file__).resolve().parent / "templates" / "govplans" / "search.js").read_text(
    encoding="utf-8"
)

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(rf"[{_CJK}]+|[A-Za-z0-9]+")
_IS_CJK = re.compile(rf"[{_CJK}]")


def tokens(text: str) -> list[str]:
    """The index tokens of ``text``: each CJK run's overlapping bigrams (a lone character as
    itself), each Latin word or number lower-cased."""
    out: list[str] = []
    for run in _RUN.findall(text or ""):
        if _IS_CJK.match(run):
            out += [run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)]
        else:
            out.append(run.lower())
    return out


def profile_hrefs(sites: Iterable[Any]) -> dict[tuple[str, int, str], str]:
    """(agency, fiscal_year, plan_id) -> the profile page's href, relative to the site, from the
    pages each report's build wrote (:class:`govplans.present.corpus.SiteReport`)."""
    hrefs = {}
    for site in sites:
        for page in site.pages:
            plan_id = (page.get("parameters") or {}).get("plan_id")
            if page.get("kind") == "profile" and page.get("html") and plan_id:
                hrefs[(site.report.agency, site.report.fiscal_year, str(plan_id))] = (
                    f"{quote(site.folder)}/{quote(page['html'])}"
                )
    return hrefs


def search_documents(
    plans: pd.DataFrame,
    targets: pd.DataFrame,
    hrefs: Mapping[tuple[str, int, str], str],
) -> list[dict[str, Any]]:
    """The documents: each plan's name and each target's text, with the plan's agency, year,
    id, name and profile href (empty where the plan has no page). ``plans`` and ``targets``
    carry ``agency`` and ``fiscal_year`` (the database's tables)."""
    names = {
        (r.agency, int(r.fiscal_year), r.plan_id): r.name for r in plans.itertuples(index=False)
    }
    docs = []
    for key, name in names.items():
        docs.append(_doc("plan", key, name, name, hrefs))
    for r in targets.itertuples(index=False):
        key = (r.agency, int(r.fiscal_year), r.plan_id)
        docs.append(_doc("target", key, names.get(key, ""), r.text, hrefs, int(r.target_index)))
    return docs


def _doc(
    kind: str,
    key: tuple[str, int, str],
    name: str,
    text: str,
    hrefs: Mapping[tuple[str, int, str], str],
    ref: int = 0,
) -> dict[str, Any]:
    agency, year, plan_id = key
    return {
        "k": kind,
        "a": agency,
        "y": year,
        "p": plan_id,
        "n": name,
        "r": ref,
        "t": text or "",
        "h": hrefs.get(key, ""),
    }


def search_index(docs: list[dict[str, Any]]) -> dict[str, Any]:
    """The documents and the inverted index: token -> the documents holding it, ascending."""
    index: dict[str, list[int]] = {}
    for i, doc in enumerate(docs):
        for token in set(tokens(doc["t"])):
            index.setdefault(token, []).append(i)
    return {"docs": docs, "index": index}


def search(built: Mapping[str, Any], query: str) -> list[int]:
    """The documents that hold every run of ``query`` (case-insensitive), in document order:
    the algorithm of ``search.js``."""
    runs = [r.lower() for r in _RUN.findall(query or "")]
    if not runs:
        return []
    docs, index = built["docs"], built["index"]
    wanted = [t for t in tokens(query) if len(t) > 1 or not _IS_CJK.match(t)]
    candidates: set[int] | None = None
    for token in wanted:
        found = set(index.get(token, ()))
        candidates = found if candidates is None else candidates & found
        if not candidates:
            return []
    ids = sorted(candidates) if candidates is not None else range(len(docs))
    return [i for i in ids if all(run in docs[i]["t"].lower() for run in runs)]


def search_index_script(built: Mapping[str, Any]) -> str:
    """``data/search_index.js``: the index assigned to ``window.govplansSearch`` (``<`` written
    as ``\\u003c`` so no text closes a script)."""
    text = json.dumps(built, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return f"window.govplansSearch = {text};\n"


def search_page(
    lang: str = ZH,
    index_href: str = "index.html",
    page: str | None = None,
    constructed: bool = False,
) -> str:
    """The search page: a box, the hits and the inline script; it loads ``data/search_index.js``
    from the site (no other resource). With ``page`` (its path in its language's site) it links
    the same page in the other language; ``constructed``: it searches a constructed report too
    (the banner saying so)."""
    en = lang == EN
    words = {key: pick(pair, lang) for key, pair in SEARCH_TEXT.items()}
    config = json.dumps(
        {k: words[k] for k in ("hits", "more", "none", "plan", "target")}, ensure_ascii=False
    ).replace("<", "\\u003c")
    return (
        f'<!DOCTYPE html>\n<html lang="{"en" if en else "zh-Hant-TW"}"><head>'
        '<meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(words['title'])}</title><style>{_CSS}</style></head><body>"
        f"{language_link(page, lang)}{constructed_banner(lang) if constructed else ''}"
        f'<p><a href="{escape(index_href)}">{escape(words["index"])}</a></p>'
        f"<h1>{escape(words['title'])}</h1>"
        f"<p>{escape(words['help'])}</p>"
        f'<label for="q">{escape(words["label"])}</label> '
        f'<input id="q" type="search" autofocus placeholder="{escape(words["placeholder"])}">'
        '<p id="count" aria-live="polite"></p><ol id="hits"></ol>'
        f'<script src="{escape(SEARCH_INDEX)}"></script>'
        f"<script>window.govplansSearchText = {config};\n{_SCRIPT}</script>"
        "</body></html>\n"
    )


def search_files(
    plans: pd.DataFrame,
    targets: pd.DataFrame,
    hrefs: Mapping[tuple[str, int, str], str],
    lang: str = ZH,
    page: str | None = None,
    constructed: bool = False,
) -> dict[str, str]:
    """The files of the search page, by path relative to the site: the page and its index
    (``page``, ``constructed``: see :func:`search_page`)."""
    built = search_index(search_documents(plans, targets, hrefs))
    return {
        SEARCH_PAGE: search_page(lang, page=page, constructed=constructed),
        SEARCH_INDEX: search_index_script(built),
    }


def write_search(
    out: str | Path, corpus: Corpus, sites: Iterable[Any], lang: str = ZH, page: str | None = None
) -> list[Path]:
    """Write the search page and its index into the site ``out``: every plan and target of
    ``corpus``, linked to the profile pages the reports' builds wrote (``sites``:
    :class:`govplans.present.corpus.SiteReport`; ``page``: the search page's path in its
    language's site, for the link to the other language). Returns the paths written."""
    plans, targets = [], []
    for a in corpus.assessments:
        key = {"agency": a.report.agency, "fiscal_year": a.report.fiscal_year}
        plans.append(a.report.plans[["plan_id", "name"]].assign(**key))
        targets.append(a.targets[["plan_id", "target_index", "text"]].assign(**key))
    files = search_files(
        pd.concat(plans, ignore_index=True) if plans else _empty("plan_id", "name"),
        pd.concat(targets, ignore_index=True)
        if targets
        else _empty("plan_id", "target_index", "text"),
        profile_hrefs(sites),
        lang,
        page,
        any(a.report.constructed for a in corpus.assessments),
    )
    written = []
    for name, content in files.items():
        path = Path(out) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        written.append(path)
    return written


def _empty(*names: str) -> pd.DataFrame:
    return pd.DataFrame({n: [] for n in ("agency", "fiscal_year", *names)})


_CSS = CONSTRUCTED_CSS + (
    # a CJK sans face for Chinese on the English page too (the Latin face has none)
    "body{font-family:system-ui,'Noto Sans CJK TC','Noto Sans TC','Microsoft JhengHei',"
    "sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.5}"
    "input{font-size:1.1rem;width:min(30rem,90%);padding:.3rem;font-family:inherit}"
    "#hits li{margin:.6rem 0}.meta{color:#555;font-size:.9rem}"
    "mark{background:#ffe066}"
)
