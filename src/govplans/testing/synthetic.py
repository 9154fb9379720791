"""Write synthetic reports in the layout of the real one, for tests and benchmarks.

``render_report`` lays plans out page by page exactly as the PDF extraction does (cover, page
furniture, left and right halves, continuation rows across page breaks); ``make_plans`` makes
any number of varied, deterministic plans with quantified targets and attainment text.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

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
