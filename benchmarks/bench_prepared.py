"""Prepared-input benchmark: how long a page takes to load what the build prepared for it.

For a synthetic report of 14 plans and one of 1,000 plans, the whole assessment (what the
overview and attainment pages load) and one plan's slice of it (what a profile loads) are
written and read back as JSON (:mod:`govplans.run.store`, the format the build uses) and, when
pyarrow is importable, as Parquet (each frame a Parquet file, the rest JSON, as a Parquet store
would have to be: the targets' components and findings are not tables). The median of
``--repeat`` loads is printed, with each file's size.

Run: ``.venv/bin/python benchmarks/bench_prepared.py`` (Parquet:
``PYTHONPATH=/path/to/pyarrow .venv/bin/python benchmarks/bench_prepared.py``; pyarrow is not
a dependency).
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import statistics
import tempfile
import time
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import pandas as pd

from govplans import read_report
from govplans.analyse.assessment import plan_slices
from govplans.run import store
from govplans.run.api import assess_report
from govplans.testing.synthetic import make_plans, write_report


def median_seconds(load: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        load()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def parquet_round(value: Any, folder: Path) -> Callable[[], Any]:
    """Write ``value``'s frames as Parquet files and the rest as JSON; return the loader."""
    names = {}
    for f in dataclasses.fields(value):
        part = getattr(value, f.name)
        if isinstance(part, pd.DataFrame):
            (folder / f"{f.name}.parquet").write_bytes(_to_parquet(part))
            names[f.name] = "frame"
    for f in dataclasses.fields(value.report):
        part = getattr(value.report, f.name)
        if f.init and isinstance(part, pd.DataFrame):
            (folder / f"report.{f.name}.parquet").write_bytes(_to_parquet(part))
    rest = dataclasses.replace(
        value,
        report=dataclasses.replace(
            value.report, plans=value.report.plans.iloc[0:0], items=value.report.items.iloc[0:0]
        ),
        **{name: getattr(value, name).iloc[0:0] for name in names},
    )
    store.write(folder / "rest.json", "k", rest)

    def load() -> Any:
        loaded = store.read(folder / "rest.json", "k")
        tables = {name: pd.read_parquet(folder / f"{name}.parquet") for name in names}
        report = dataclasses.replace(
            loaded.report,
            plans=pd.read_parquet(folder / "report.plans.parquet"),
            items=pd.read_parquet(folder / "report.items.parquet"),
        )
        return dataclasses.replace(loaded, report=report, **tables)

    return load


def _to_parquet(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer)
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    parquet = find_spec("pyarrow") is not None
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for n in (14, 1000):
            a = assess_report(read_report(write_report(work / f"r{n}.txt", make_plans(n))))
            middle = list(plan_slices(a))[n // 2][1]
            for what, value in (("whole assessment", a), ("one plan's slice", middle)):
                path = store.write(work / f"{n}_{what}.json", "k", value)
                seconds = median_seconds(lambda p=path: store.read(p, "k"), args.repeat)
                line = (
                    f"{n:>5} plans, {what:<16}: JSON {seconds * 1000:7.1f} ms "
                    f"({path.stat().st_size / 1024:8.1f} KiB)"
                )
                if parquet:
                    folder = work / f"{n}_{what}_parquet"
                    folder.mkdir()
                    load = parquet_round(value, folder)
                    size = sum(p.stat().st_size for p in folder.iterdir())
                    seconds = median_seconds(load, args.repeat)
                    line += f"; Parquet+JSON {seconds * 1000:7.1f} ms ({size / 1024:8.1f} KiB)"
                print(line, flush=True)


if __name__ == "__main__":
    main()
