"""The page registry: every kind of page a build writes, in one list.

Each :class:`Page` names its notebook (in ``notebooks/``), how many there are (one per report,
per plan, per corpus or per agency), the prepared input it loads (made once per build by the
prepare step, JSON with its key inside: :mod:`govplans.run.store`) and its file name. The
report build (:mod:`govplans.run.runner`) and the corpus build (:mod:`govplans.run.corpus_build`)
make their jobs from this list, and both run them through the same executor
(:func:`govplans.run.kernels.execute_jobs`).
"""

from __future__ import annotations

from dataclasses import dataclass

from govplans.model.names import safe_name


@dataclass(frozen=True)
class Page:
    """One kind of page."""

    kind: str  # overview | profile | attainment | method | corpus | agency
    name: str  # file stem; ``{plan}``, ``{agency}``, ``{page}`` filled in (then made safe)
    notebook: str
    per: str  # report | plan | corpus | agency
    loads: str  # the prepared input: assessment | plan slice | corpus | agency corpus

    def file_stem(self, **values: str) -> str:
        """The page's file name without ``.html`` (report text made safe)."""
        return safe_name(self.name.format(**values))


#: Every page, in index order.
PAGES: tuple[Page, ...] = (
    Page("overview", "portfolio_overview", "portfolio_overview.ipynb", "report", "assessment"),
    Page("profile", "plan_profile_{plan}", "plan_profile.ipynb", "plan", "plan slice"),
    Page("attainment", "target_attainment", "target_attainment.ipynb", "report", "assessment"),
    # the method page every page's footer links (render.METHOD_PAGE, beside the pages)
    Page("method", "method", "method.ipynb", "report", "assessment"),
    Page("corpus", "{page}", "corpus_overview.ipynb", "corpus", "corpus"),
    Page("agency", "agency_{agency}", "corpus_overview.ipynb", "agency", "agency corpus"),
    # a corpus's or site's method page: every report it was made from (read by the notebook)
    Page("corpus_method", "method", "method.ipynb", "corpus", "sources"),
)

#: The pages of one report's build, and those of a corpus.
REPORT_PAGES = tuple(p for p in PAGES if p.per in ("report", "plan"))
CORPUS_PAGES = {p.kind: p for p in PAGES if p.per in ("corpus", "agency")}


def page(kind: str) -> Page:
    """The registry entry of ``kind``."""
    return next(p for p in PAGES if p.kind == kind)
