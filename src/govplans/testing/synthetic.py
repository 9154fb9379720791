"""Write synthetic reports in the layout of the real one, for tests and benchmarks.

``render_report`` lays plans out page by page exactly as the PDF extraction does (cover, page
furniture, left and right halves, continuation rows across page breaks); ``make_plans`` makes
any number of varied, deterministic plans with quantified targets and attainment text.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple

from govplans.read.pages import LEFT_HEADER, RIGHT_HEADER

_OL = '<ol style="list-style-type: none"> {} </ol>'
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class SyntheticPlan:
    """One plan to lay out; amounts in thousand TWD, text sections as lists of items."""

    name: str
    category: str = "科技發展"
    period: str = "113年1月至115年12月"
    total: int = 100_000
    appropriated: int = 50_000
    executed: int = 45_000
    planned_work: list[str] = field(default_factory=lambda: ["辦理計畫工作。"])
    execution: list[str] = field(default_factory=lambda: ["已完成計畫工作。"])
    targets: list[str] = field(default_factory=lambda: ["辦理說明會2場次。"])
    attainment: list[str] = field(default_factory=lambda: ["完成辦理說明會2場次。"])


def format_items(items: list[str], style: str = "ol", start: int = 1) -> str:
    """Render items as a cell: ``ol`` list items, ``p`` paragraphs, or ``inline`` in one line.

    A single item is written without a number, as the report does.
    """
    if len(items) == 1 and start == 1:
        return items[0] if style == "inline" else f"<p>{items[0]}</p>"
    numbered = [f"{n}. {text}" for n, text in enumerate(items, start=start)]
    if style == "ol":
        return _OL.format(" ".join(f"<li>{t}</li>" for t in numbered))
    if style == "p":
        return " ".join(f"<p>{t}</p>" for t in numbered)
    return " ".join(numbered)


def _numbered_p(items: list[str]) -> str:
    return " ".join(f"<p>{n}. {text}</p>" for n, text in enumerate(items, start=1))


def _mid_sentence(text: str) -> int | None:
    """A place near the middle of ``text`` between two Chinese characters, if there is one."""
    middle = len(text) // 2
    for cut in sorted(range(1, len(text)), key=lambda j: abs(j - middle)):
        if _CJK.match(text[cut - 1]) and _CJK.match(text[cut]):
            return cut
    return None


def _amount(value: int) -> str:
    return f"{value:,}"


def cover_lines(agency: str, fiscal_year: int) -> list[str]:
    """The cover page of a report, as the PDF extraction lays it out."""
    return [
        "",
        "",
        f"# {agency}",
        "",
        f"中華民國 {fiscal_year} 年度",
        "",
        "重要社會發展、重大科技發展計畫  ",
        "執行情形及目標達成情形表",
        "",
        "",
        "",
        "本 頁 空 白",
        "",
    ]


def page_lines(
    left: list[str], right: list[str], agency: str, fiscal_year: int, unit: str
) -> list[str]:
    """One table page: the left-half rows, then the right-half rows, each with its furniture.

    ``left`` and ``right`` are tab-separated rows as printed; the agency's name is split over
    the two halves' headings as in the real report.
    """
    head, tail = agency[:-2] or agency, agency[-2:]
    return [
        f"{head}  ",
        "重要社會發展、重大科技發展  ",
        "中華民國",
        "",
        "\t".join(LEFT_HEADER),
        *left,
        "",
        tail,
        "",
        "計畫執行情形及目標達成情形表",
        "",
        f"{fiscal_year}年度",
        "",
        f"單位：{unit}",
        "",
        "\t".join(RIGHT_HEADER),
        *right,
        "",
    ]


def render_report(
    plans: list[SyntheticPlan],
    agency: str = "測試發展部",
    fiscal_year: int = 114,
    plans_per_page: int = 3,
    continuations: bool = True,
    unit: str = "新臺幣千元",
) -> str:
    """The text of a report with these plans, in the extracted-PDF layout.

    With ``continuations``, the last plan of every other page runs over the page break. The
    breaks alternate between the two forms of the real report: (a) its last planned-work item
    and last attainment item move to continuation rows on the next page (the right one with
    leading empty cells); (b) its last planned-work item breaks mid-sentence and its last
    execution item moves to one more right-hand row than the next page has new plans.
    """
    out = cover_lines(agency, fiscal_year)
    pages = [plans[i : i + plans_per_page] for i in range(0, len(plans), plans_per_page)]
    carry_left: str | None = None
    carry_right: str | None = None
    styles = ("ol", "p", "inline")
    for page_no, page in enumerate(pages):
        left: list[str] = []
        right: list[str] = []
        if carry_left is not None:
            left.append("\t" * 6 + carry_left)
        if carry_right is not None:
            right.append(carry_right)
        carry_left = carry_right = None
        for index, plan in enumerate(page):
            style = styles[(page_no + index) % len(styles)]
            planned, executed, attained = plan.planned_work, plan.execution, plan.attainment
            split = (
                continuations
                and index == len(page) - 1
                and page_no % 2 == 0
                and page_no + 1 < len(pages)
                and len(planned) > 1
                and len(attained) > 1
            )
            # Two ways a plan runs over a page break, as in the real report: (a) whole items
            # continue, the right one in the last cell with leading empty cells; (b) a planned-work
            # item breaks mid-sentence, and the execution text goes on in one more right-hand row.
            cut = _mid_sentence(planned[-1]) if split and (page_no // 2) % 2 == 1 else None
            if split and cut is not None and len(executed) > 1:
                head_text, tail_text = planned[-1][:cut], planned[-1][cut:]
                carry_left = f"<p>{tail_text}</p>"
                carry_right = f"<p>{len(executed)}. {executed[-1]}</p>\t\t"
                planned = [*planned[:-1], head_text]
                executed = executed[:-1]
                executed_cell = _numbered_p(executed)
            elif split:
                carry_left = f"<p>{len(planned)}. {planned[-1]}</p>"
                carry_right = f"\t\t{len(attained)}. {attained[-1]}"
                planned, attained = planned[:-1], attained[:-1]
                executed_cell = format_items(executed, style)
            else:
                executed_cell = format_items(executed, style)
            # A split cell keeps its numbers so the continuation's number follows on.
            planned_cell = _numbered_p(planned) if split else format_items(planned, style)
            attained_cell = _numbered_p(attained) if split else format_items(attained, style)
            left.append(
                "\t".join(
                    [
                        plan.name,
                        plan.category,
                        plan.period,
                        _amount(plan.total),
                        _amount(plan.appropriated),
                        _amount(plan.executed),
                        planned_cell,
                    ]
                )
            )
            right.append(
                "\t".join(
                    [
                        executed_cell,
                        format_items(plan.targets, style),
                        attained_cell,
                    ]
                )
            )
        out += page_lines(left, right, agency, fiscal_year, unit)
    return "\n".join(out)


_TOPICS = [
    "資安",
    "衛星",
    "寬頻",
    "數位治理",
    "人工智慧",
    "開放資料",
    "數位韌性",
    "5G",
    "網路",
    "雲端",
]
_MEASURES = [
    ("教育訓練", "場次"),
    ("說明會", "場"),
    ("研析報告", "份"),
    ("補助案", "案"),
    ("資訊系統", "個"),
    ("專業人才", "名"),
    ("參與民眾", "人次"),
    ("通報事件", "件"),
    ("基地臺", "站"),
    ("行動車", "輛"),
]


def make_plans(n: int, seed: int = 0) -> list[SyntheticPlan]:
    """``n`` varied, deterministic plans with quantified targets and matching attainment."""
    rng = random.Random(seed)
    plans = []
    for i in range(n):
        topic = rng.choice(_TOPICS)
        total = rng.randrange(5_000, 2_000_000)
        appropriated = rng.randrange(total // 5, total + 1)
        executed = int(appropriated * rng.uniform(0.55, 1.0))
        start = rng.randrange(110, 115)
        end = rng.randrange(114, 118)
        targets, attainment = [], []
        for thing, measure in rng.sample(_MEASURES, rng.randrange(2, 5)):
            goal = rng.randrange(1, 60)
            got = max(0, goal + rng.randrange(-3, 10))
            targets.append(f"辦理{topic}{thing}至少{goal}{measure}。")
            attainment.append(f"已完成{topic}{thing}共{got}{measure}，成果良好。")
        plans.append(
            SyntheticPlan(
                name=f"{topic}發展第{i + 1}號推動計畫",
                category=rng.choice(["社會發展", "科技發展"]),
                period=f"{start}年1月至{end}年12月",
                total=total,
                appropriated=appropriated,
                executed=executed,
                planned_work=[f"推動{topic}相關工作第{k}項，強化服務量能。" for k in range(1, 4)],
                execution=[f"已完成{topic}相關工作第{k}項，持續精進。" for k in range(1, 3)],
                targets=targets,
                attainment=attainment,
            )
        )
    return plans


def write_report(path: str | Path, plans: list[SyntheticPlan], **layout) -> Path:
    """Write a synthetic report to ``path`` (UTF-8) and return the path."""
    target = Path(path)
    target.write_text(render_report(plans, **layout), encoding="utf-8")
    return target


# --- Constructed reports: a notice on the cover -------------------------------------------------


def render_noticed_report(plans: list[SyntheticPlan], notice: list[str], **layout) -> str:
    """:func:`render_report` with ``notice`` lines on the cover, below the title.

    For constructed reports that must say on their face that they are not real ones. The reader
    keeps the lines as notes (they are neither page furniture nor table rows).
    """
    lines = render_report(plans, **layout).split("\n")
    blank_page = lines.index("本 頁 空 白")
    return "\n".join([*lines[: blank_page - 1], *notice, "", *lines[blank_page:]])


# --- Series: several agencies, several years, plans linked across the years ----------------------

_DIGITS = "零一二三四五六七八九"
_AREAS = ["發展", "韌性強化", "創新應用", "基礎建設", "服務精進", "人才培育"]
_RENAME_FROM = ("推動計畫", "先導計畫")  # the name before a rename ends in 先導計畫


def chinese_number(n: int) -> str:
    """``n`` (1-99) in Chinese numerals, as in 第十二部."""
    if not 1 <= n <= 99:
        raise ValueError(f"chinese_number takes 1-99, not {n}")
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "")


def series_agency(index: int) -> str:
    """The name of the ``index``-th (1-based) synthetic agency: 測試第一部, 測試第二部, …"""
    return f"測試第{chinese_number(index)}部"


class Rename(NamedTuple):
    """A plan renamed between two consecutive reports of one agency."""

    agency: str
    #: The later report's fiscal year; the earlier one is ``year - 1``.
    year: int
    #: The plan's name in the later report (and after).
    name: str
    #: The plan's name in the report of ``year - 1`` (and before).
    previous_name: str


class Series(dict[tuple[str, int], list[SyntheticPlan]]):
    """What :func:`make_series` returns: ``{(agency, fiscal_year): [SyntheticPlan, …]}``.

    Besides the reports' plans it records the ground truth a multi-year reader must find:

    - ``renames``: :class:`Rename` ``(agency, year, name, previous_name)``, at least one per
      agency; the plan is called ``previous_name`` up to ``year - 1`` and ``name`` from ``year``.
    - ``previous``: ``{(agency, year, name): name in the report of year - 1, or None}``. None
      when the plan starts in ``year`` (in-year = cumulative) or when the report of ``year - 1``
      is not in the series (in-year unknown; see ``starts``).
    - ``starts``: ``{(agency, year, name): the plan's first ROC year}``.
    """

    def __init__(self) -> None:
        super().__init__()
        self.renames: list[Rename] = []
        self.previous: dict[tuple[str, int, str], str | None] = {}
        self.starts: dict[tuple[str, int, str], int] = {}

    @property
    def agencies(self) -> list[str]:
        """The agencies in order (the order of :func:`write_series`'s file numbers)."""
        return list(dict.fromkeys(agency for agency, _ in self))

    def in_year(self) -> list[dict]:
        """Every plan of every report with its expected in-year amounts (thousand TWD).

        ``in_year_*`` are None when they cannot be known: the plan started before ``year`` and
        the report of ``year - 1`` is not in the series.
        """
        rows = []
        for (agency, year), plans in self.items():
            before = {p.name: p for p in self.get((agency, year - 1), [])}
            for plan in plans:
                key = (agency, year, plan.name)
                prev_name = self.previous[key]
                appropriated: int | None
                executed: int | None
                if prev_name is not None:
                    prev = before[prev_name]
                    appropriated = plan.appropriated - prev.appropriated
                    executed = plan.executed - prev.executed
                elif self.starts[key] == year:
                    appropriated, executed = plan.appropriated, plan.executed
                else:
                    appropriated = executed = None
                rows.append(
                    {
                        "agency": agency,
                        "fiscal_year": year,
                        "name": plan.name,
                        "previous_name": prev_name,
                        "in_year_appropriated": appropriated,
                        "in_year_executed": executed,
                    }
                )
        return rows


@dataclass
class _Lifetime:
    """One plan over its whole period: cumulative amounts by ROC year."""

    name: str
    category: str
    topic: str
    start: int
    end: int
    start_month: int
    total: int
    appropriated: dict[int, int]
    executed: dict[int, int]
    previous_name: str | None = None  # the name before the rename
    renamed_in: int | None = None  # the first year of the new name

    def name_in(self, year: int) -> str:
        if self.renamed_in is not None and year < self.renamed_in:
            return self.previous_name or self.name
        return self.name


def _lifetime(rng: random.Random, k: int, start: int, end: int) -> _Lifetime:
    topic = rng.choice(_TOPICS)
    total = rng.randrange(5_000, 2_000_000)
    years = range(start, end + 1)
    # Appropriations by year, proportional to random weights; the last year may leave some of
    # the approved total unappropriated (a cut), never more than the total.
    weights = list(accumulate(rng.uniform(0.6, 1.4) for _ in years))
    budget = total if rng.random() < 0.7 else int(total * rng.uniform(0.85, 1.0))
    appropriated: dict[int, int] = {}
    executed: dict[int, int] = {}
    spent = 0
    for year, weight in zip(years, weights, strict=True):
        appropriated[year] = int(budget * weight / weights[-1]) if year < end else budget
        # Execute a share of what is appropriated and not yet spent (carry-over caught up later).
        share = 1.0 if rng.random() < 0.4 else rng.uniform(0.55, 1.0)
        spent += int((appropriated[year] - spent) * share)
        executed[year] = spent
    return _Lifetime(
        name=f"{topic}{rng.choice(_AREAS)}第{k}號推動計畫",
        category=rng.choice(["社會發展", "科技發展"]),
        topic=topic,
        start=start,
        end=end,
        start_month=rng.choice((1, 1, 1, 7)),
        total=total,
        appropriated=appropriated,
        executed=executed,
    )


def _year_text(rng: random.Random, plan: _Lifetime, year: int) -> dict[str, list[str]]:
    """The four text sections of ``plan`` in ``year``'s report (make_plans' style)."""
    topic = plan.topic
    targets, attainment = [], []
    for thing, measure in rng.sample(_MEASURES, rng.randrange(2, 4)):
        goal = rng.randrange(1, 60)
        got = max(0, goal + rng.randrange(-3, 10))
        targets.append(f"辦理{topic}{thing}至少{goal}{measure}。")
        attainment.append(f"{year}年完成{topic}{thing}共{got}{measure}。")
    return {
        "planned_work": [f"推動{topic}相關工作第{k}項，強化服務量能。" for k in range(1, 3)],
        "execution": [f"{year}年已完成{topic}相關工作第{k}項，持續精進。" for k in range(1, 3)],
        "targets": targets,
        "attainment": attainment,
    }


def make_series(agencies: int, years: list[int], plans_per_agency: int, seed: int = 0) -> Series:
    """Consistent reports of ``agencies`` agencies for ``years`` (ROC), linked across the years.

    Every agency runs ``plans_per_agency`` plans in every year from the first of ``years`` to
    the last; plans end and new ones start in their place, and each appears in the report of
    every year in ``years`` that its period covers. Cumulative amounts grow year over year
    (appropriated(Y) >= appropriated(Y-1), executed(Y) >= executed(Y-1)) and executed <=
    appropriated <= total. Per agency: the first plan ends in the first year, the second runs
    through the whole series, and one plan present in two consecutive reports is renamed
    between them (``Series.renames``). The plans of the first year have no previous report;
    a year left out of ``years`` leaves the next year's plans without one too.

    ``years`` needs two consecutive years (for the renames) and ``plans_per_agency`` >= 2.
    Deterministic for a given ``seed``. The returned :class:`Series` is the dict
    ``{(agency, year): plans}`` (agencies 測試第一部, 測試第二部, …) with the ground truth.
    """
    reported = sorted(set(years))
    pairs = [y for y in reported if y - 1 in reported]
    if not pairs:
        raise ValueError(f"make_series needs two consecutive years, not {years}")
    if plans_per_agency < 2:
        raise ValueError("make_series needs at least 2 plans per agency")
    if not 1 <= agencies <= 99:
        raise ValueError("make_series takes 1-99 agencies")
    rng = random.Random(seed)
    first, last = reported[0], reported[-1]
    series = Series()
    for a in range(1, agencies + 1):
        agency = series_agency(a)
        plans: list[_Lifetime] = []
        for year in range(first, last + 1):
            running = [p for p in plans if p.end >= year]
            for _ in range(plans_per_agency - len(running)):
                k = len(plans) + 1
                if year == first:
                    start = first - rng.randrange(0, 4)
                    end = first + rng.randrange(0, 4)
                    if k == 1:  # ends in the first year
                        end = first
                    elif k == 2:  # runs through the whole series
                        end = max(last, end)
                else:
                    start, end = year, year + rng.randrange(0, 4)
                plans.append(_lifetime(rng, k, start, end))
        # One rename per agency, between two consecutive reports.
        year = rng.choice(pairs)
        both = [p for p in plans if p.start <= year - 1 and p.end >= year]
        renamed = rng.choice(both)
        renamed.previous_name = renamed.name.replace(*_RENAME_FROM)
        renamed.renamed_in = year
        series.renames.append(Rename(agency, year, renamed.name, renamed.previous_name))
        for year in reported:
            report = []
            for p in plans:
                if not p.start <= year <= p.end:
                    continue
                name = p.name_in(year)
                linked = year - 1 in reported and p.start <= year - 1
                series.previous[(agency, year, name)] = p.name_in(year - 1) if linked else None
                series.starts[(agency, year, name)] = p.start
                report.append(
                    SyntheticPlan(
                        name=name,
                        category=p.category,
                        period=f"{p.start}年{p.start_month}月至{p.end}年12月",
                        total=p.total,
                        appropriated=p.appropriated[year],
                        executed=p.executed[year],
                        **_year_text(rng, p, year),
                    )
                )
            series[(agency, year)] = report
    return series


def write_series(
    directory: str | Path, series: dict[tuple[str, int], list[SyntheticPlan]]
) -> list[Path]:
    """Write one report per agency and year, ``agency03_114.txt`` (the third agency's FY114).

    Agencies are numbered in the order they first appear in ``series``; returns the paths.
    """
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    numbers = {agency: n for n, agency in enumerate(dict.fromkeys(a for a, _ in series), 1)}
    paths = []
    for (agency, year), plans in series.items():
        path = target / f"agency{numbers[agency]:02d}_{year}.txt"
        paths.append(write_report(path, plans, agency=agency, fiscal_year=year))
    return paths
