"""Command line: ``govplans export|dictionary|…`` (also ``python -m govplans``).

Bad input prints one line on stderr and exits with status 2, never a traceback.
Each subcommand is a ``cmd_*`` function registered in :func:`build_parser`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import govplans
from govplans.analyse.corpus import Corpus, check_unique
from govplans.analyse.measures import Thresholds
from govplans.model.errors import ReportFormatError
from govplans.model.report import Report
from govplans.present import fmt
from govplans.present.dictionary import data_dictionary_markdown
from govplans.present.export import (
    assessment_to_dict,
    assessment_to_json,
    corpus_to_dict,
    report_folder,
    report_to_dict,
    report_to_json,
    write_assessment_csv,
    write_corpus_csv,
    write_csv,
)
from govplans.read.ocr import OCR_ENV
from govplans.read.source import read_report
from govplans.run import paths
from govplans.run.api import Annotations, annotations_argument, assess_report, corpus_of
from govplans.run.sources import find_sources
from govplans.run.spec import THRESHOLD_NAMES, BuildSpec, spec_from

EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports Ctrl-C

#: The threshold options of every command, for the :class:`Thresholds` fields.
THRESHOLD_OPTIONS: dict[str, tuple[str, str]] = {
    "execution_warn": ("--warn", "execution warning"),
    "execution_low": ("--low", "execution low"),
    "execution_critical": ("--critical", "execution critical"),
    "appropriation_margin": (
        "--appropriation-margin",
        "appropriation progress this far behind schedule elapsed is flagged",
    ),
    "exceed_margin": (
        "--exceed-margin",
        "achieved this far above a target value counts as exceeded",
    ),
    "low_target_multiple": (
        "--low-target-multiple",
        "a part achieved at least this many times its target value is noted as possibly set "
        "too low (a multiple, e.g. 3)",
    ),
}


OCR_HELP = (
    "read a scanned PDF with OCR (ocrmypdf, tesseract chi_tra) even where it has a text "
    "layer; an image-only PDF is OCRed without it when OCR is installed"
)


def _number(text: str) -> str:
    """A threshold option's text, checked to be a number (read by :mod:`govplans.run.spec`)."""
    try:
        float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    return text


def _add_settings(parser: argparse.ArgumentParser, notebooks: bool = False) -> None:
    """The options every command takes alike: the thresholds (``--warn 0.9`` or ``--warn 90``;
    ``-p execution_warn=90`` the same), ``--annotations`` and ``-p NAME=VALUE``."""
    defaults = Thresholds()
    for name, (option, text) in THRESHOLD_OPTIONS.items():
        parser.add_argument(
            option,
            dest=name,
            metavar=option[2:].upper().replace("-", "_"),
            type=_number,
            default=None,
            help=f"{text} (default: {getattr(defaults, name)})",
        )
    parser.add_argument(
        "--annotations",
        default=None,
        help="reviewed statuses: auto (the matching file in the package's annotations), none, "
        "or a CSV (default: auto)",
    )
    parser.add_argument(
        "-p",
        "--parameter",
        dest="parameters",
        action="append",
        metavar="NAME=VALUE",
        help="a threshold or notebook parameter, e.g. -p execution_warn=0.85 or =85 "
        "(repeatable)"
        + ("" if notebooks else "; here only the thresholds, annotations and crosswalk"),
    )


def _spec(args: argparse.Namespace, sources: Sequence[Path] = (), build: bool = False) -> BuildSpec:
    """The build spec of a command line: made and checked once (``build``: a command that
    writes a site, whose ``--out`` is the site's folder)."""
    return spec_from(
        sources,
        args.out if build else None,
        cache=getattr(args, "cache", None),
        lang=getattr(args, "lang", fmt.ZH),
        thresholds={name: getattr(args, name, None) for name in THRESHOLD_NAMES},
        parameters=getattr(args, "parameters", None) or (),
        annotations=getattr(args, "annotations", None),
        crosswalk=getattr(args, "crosswalk", "auto"),
        plans=getattr(args, "plans", None) or (),
        force=getattr(args, "force", False),
        jobs=getattr(args, "jobs", None),
        timeout=getattr(args, "timeout", 300),
        other_language=getattr(args, "other_language", False),
    )


def _no_notebook_parameters(spec: BuildSpec, command: str) -> None:
    """``-p`` on a command without notebooks takes the thresholds and options only."""
    if spec.parameters:
        name = spec.parameters[0][0]
        raise ValueError(
            f"unknown parameter {name!r} for {command}: -p takes the thresholds "
            f"({', '.join(THRESHOLD_NAMES)}), annotations and crosswalk"
        )


def _add_source(parser: argparse.ArgumentParser) -> None:
    """The report files: positional ``SOURCE …`` (files or folders)."""
    parser.add_argument(
        "source",
        nargs="*",
        type=Path,
        default=[paths.BUNDLED_REPORT],
        metavar="SOURCE",
        help="report files (PDF, .odt, .docx or extracted text) or folders of them; several "
        "make one corpus (default: the bundled FY114 report)",
    )
    parser.add_argument("--ocr", action="store_true", default=argparse.SUPPRESS, help=OCR_HELP)


def _reports(args: argparse.Namespace) -> list[Report]:
    """The reports named on the command line, one per agency and year (order does not matter);
    a file or folder that cannot be used stops the command with one line naming it."""
    files, problems = find_sources(args.source)
    if problems:
        first = problems[0]
        raise ReportFormatError(first.path, 0, "a readable report file or folder", first.message)
    reports = [read_report(path) for path in files]
    check_unique(reports)
    return sorted(reports, key=lambda r: (r.agency, r.fiscal_year))


def _corpus(
    reports: list[Report],
    args: argparse.Namespace,
    thresholds: Thresholds | None = None,
    annotations: Annotations = "auto",
) -> Corpus:
    spec = _spec(args)
    return corpus_of(reports, spec.crosswalk, thresholds or spec.thresholds, annotations)


def _add_crosswalk(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--crosswalk",
        default="auto",
        help="links of renamed plans across years: auto (the annotations' crosswalk.csv), "
        "none, or a CSV",
    )


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=fmt.LANGS, default=fmt.ZH)


def _add_format(parser: argparse.ArgumentParser, *extra: str) -> None:
    parser.add_argument("--format", choices=["json", "csv", *extra], default="json")


def _add_tables_out(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="output folder (CSV default: data/processed; JSON default: stdout)",
    )


def _write_output(
    args: argparse.Namespace,
    json_text: Callable[[], str],
    json_name: str,
    write_tables: Callable[[Path], list[Path]],
) -> None:
    """``--format json``: the document on stdout, or ``--out``/``json_name``; ``csv``: the
    tables in ``--out`` (default: data/processed), one path printed per file."""
    if args.format == "json":
        text = json_text()
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / json_name).write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
    else:
        for path in write_tables(args.out or paths.PROCESSED_DATA_DIR):
            print(path)


def cmd_export(args: argparse.Namespace) -> int:
    spec = _spec(args)
    _no_notebook_parameters(spec, "export")
    reports = _reports(args)
    if args.format in ("sqlite", "parquet"):
        return _export_database(args, reports)
    if len(reports) > 1:
        return _export_corpus(args, reports)
    report = reports[0]
    if args.format == "xlsx":
        return _export_workbook(args, report)
    _write_output(
        args, lambda: report_to_json(report), "report.json", lambda out: write_csv(report, out)
    )
    return 0


def _export_corpus(args: argparse.Namespace, reports: list[Report]) -> int:
    """``export`` with several reports: each report's document and the corpus tables."""
    corpus = _corpus(reports, args)
    if args.format == "xlsx":
        raise ValueError("--format xlsx takes one report; use json or csv for several")
    _write_output(
        args,
        lambda: _json(corpus_to_dict(corpus, [report_to_dict(r) for r in corpus.reports])),
        "corpus.json",
        lambda out: write_corpus_csv(corpus, out, write_csv),
    )
    return 0


def _export_database(args: argparse.Namespace, reports: list[Report]) -> int:
    """``export --format sqlite --out FILE.sqlite`` (and Datasette's metadata.json beside it) or
    ``--format parquet --out DIR``: every table of the reports, one or several, together."""
    if args.out is None:
        raise ValueError(f"--format {args.format} needs --out (the file or folder to write)")
    if args.format == "sqlite" and args.out.is_dir():
        raise ValueError(f"{args.out}: is a folder; --format sqlite needs --out FILE.sqlite")
    if args.format == "parquet" and args.out.exists() and not args.out.is_dir():
        raise ValueError(f"{args.out}: is a file; --format parquet needs --out FOLDER")
    if args.format == "parquet" and find_spec("pyarrow") is None:
        raise ValueError(
            "Parquet needs pyarrow: install the parquet extra (pip install 'govplans[parquet]')"
        )
    from govplans.present import database  # imported here: keeps other commands light

    corpus = _corpus(reports, args)
    frames = database.corpus_frames(corpus, args.lang)
    if args.format == "parquet":
        for path in database.write_parquet(frames, args.out):
            print(path)
        return 0
    print(database.write_sqlite(frames, args.out))
    print(database.write_metadata(args.out, corpus.thresholds.execution_warn))
    return 0


def _json(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _export_workbook(args: argparse.Namespace, report: Report) -> int:
    """``export --format xlsx --out FILE.xlsx``: the report and its assessment as a workbook."""
    if args.out is None or args.out.suffix.lower() != ".xlsx":
        raise ValueError("--format xlsx needs --out FILE.xlsx (the workbook to write)")
    if find_spec("xlsxwriter") is None:
        raise ValueError(
            "the workbook needs XlsxWriter: install the excel extra "
            "(pip install 'govplans[excel]', or `make setup` in a checkout)"
        )
    from govplans.present.workbook import write_workbook

    spec = _spec(args)
    annotations = annotations_argument(spec.annotations)
    print(write_workbook(assess_report(report, spec.thresholds, annotations), args.out, args.lang))
    return 0


def cmd_dictionary(args: argparse.Namespace) -> int:
    sys.stdout.write(data_dictionary_markdown())
    return 0


def _require_reports_extra(command: str) -> None:
    """Commands that execute notebooks need the reports extra: say so in one line."""
    missing = [name for name in ("papermill", "nbconvert", "matplotlib") if find_spec(name) is None]
    if missing:
        raise ValueError(
            f"govplans {command} needs {', '.join(missing)}: install the reports extra "
            "(pip install 'govplans[reports]', or `make setup` in a checkout)"
        )


def cmd_reports(args: argparse.Namespace) -> int:
    _require_reports_extra("reports")
    if args.sources:
        if args.source_option is not None:
            raise ValueError("give the reports either as SOURCE … or as --source, not both")
        files, problems = find_sources(args.sources)
        if len(files) + len(problems) > 1:  # a site: a problem is named in its index
            spec = _spec(args, args.sources, build=True)
            if spec.plans:
                raise ValueError("--plan takes one report; several make a site of every page")
            from govplans.run.site import render_site  # imported here: keeps others light

            return render_site(spec, progress=lambda line: print(line, flush=True))
        if problems:
            first = problems[0]
            raise ReportFormatError(first.path, 0, "a readable report file", first.message)
        source = files[0]
    else:
        source = args.source_option or paths.BUNDLED_REPORT
    from govplans.run.runner import main_reports  # imported here: keeps other commands light

    spec = _spec(args, [source], build=True)
    if args.own_folder:
        folder = report_folder(read_report(source))
        return main_reports(own_folder(spec, folder), site_folder=folder)
    return main_reports(spec)


def own_folder(spec: BuildSpec, folder: str) -> BuildSpec:
    """``--own-folder``: the report's pages in ``OUT/{agency}_{year}/`` (``folder``: the one a
    site gives it, :func:`govplans.present.export.report_folder`), its cache in the same folder
    of the cache, so another report never writes beside this one's pages."""
    return spec.with_(out=spec.out / folder, cache=spec.cache_dir / folder)


def cmd_assess(args: argparse.Namespace) -> int:
    spec = _spec(args)
    _no_notebook_parameters(spec, "assess")
    thresholds = spec.thresholds
    reports = _reports(args)
    annotations = annotations_argument(spec.annotations)
    if len(reports) > 1:
        corpus = _corpus(reports, args, thresholds, annotations)
        assessments = corpus.assessments
        _write_output(
            args,
            lambda: _json(
                corpus_to_dict(corpus, [assessment_to_dict(a, args.lang) for a in assessments])
            ),
            "assessment.json",
            lambda out: write_corpus_csv(
                corpus,
                out,
                lambda r, folder: write_assessment_csv(
                    assessments[corpus.reports.index(r)], folder, args.lang
                ),
            ),
        )
        return 0
    assessment = assess_report(reports[0], thresholds, annotations=annotations)
    _write_output(
        args,
        lambda: assessment_to_json(assessment, args.lang),
        "assessment.json",
        lambda out: write_assessment_csv(assessment, out, args.lang),
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govplans",
        description="Plan-execution reports (計畫執行情形及目標達成情形表) as data and analyses.",
    )
    parser.add_argument("--version", action="version", version=f"govplans {govplans.__version__}")
    parser.add_argument("--ocr", action="store_true", help=OCR_HELP)
    sub = parser.add_subparsers(dest="command", required=True)

    export = sub.add_parser(
        "export",
        help="export the report as JSON (stdout), CSV files or an Excel workbook",
        description="JSON (stdout or --out folder), CSV files (--out folder) with "
        "datapackage.json, or an Excel workbook of the report and its assessment "
        "(--format xlsx --out FILE.xlsx).",
    )
    _add_format(export, "xlsx", "sqlite", "parquet")
    _add_source(export)
    _add_crosswalk(export)
    _add_lang(export)
    _add_settings(export)
    _add_tables_out(export)
    export.set_defaults(func=cmd_export)

    dictionary = sub.add_parser("dictionary", help="print the data dictionary (Markdown)")
    dictionary.set_defaults(func=cmd_dictionary)

    assess = sub.add_parser(
        "assess",
        help="assess budget execution and targets: JSON (stdout) or CSV tables",
        description="Budget measures, flags, target-by-target status with evidence, and "
        "narrative. Thresholds are ratios (0.9) or percentages (90); the low-target multiple "
        "is a multiple (3).",
    )
    _add_format(assess)
    _add_source(assess)
    _add_crosswalk(assess)
    _add_lang(assess)
    _add_settings(assess)
    _add_tables_out(assess)
    assess.set_defaults(func=cmd_assess)

    reports = sub.add_parser(
        "reports",
        help="execute the notebooks (papermill) and write HTML reports with an index",
        description="Render the portfolio overview, one profile per plan and the target "
        "attainment report as HTML (code hidden), with index.html (the manifest and prepared "
        "inputs in the cache folder). "
        "Unchanged reports are not re-executed.",
    )
    reports.add_argument(
        "sources",
        nargs="*",
        type=Path,
        metavar="SOURCE",
        help="report files (PDF, .odt, .docx or extracted text) or folders of them; several "
        "make a site: each report's pages in a folder of its own, the corpus page and an index "
        "grouped by agency and year (default: the bundled FY114 report)",
    )
    reports.add_argument(
        "--source",
        dest="source_option",
        type=Path,
        default=None,
        help="one report file (as SOURCE; kept for scripts and `make report SOURCE=…`)",
    )
    _add_crosswalk(reports)
    reports.add_argument(
        "--out", type=Path, default=paths.REPORTS_DIR, help="output folder (default: reports/)"
    )
    reports.add_argument(
        "--own-folder",
        action="store_true",
        help="write the report's pages in OUT/AGENCY_YEAR/ (agency and year read from the "
        "report), as a site does: another report never lands beside them",
    )
    _add_lang(reports)
    reports.add_argument(
        "--with-other-language",
        dest="other_language",
        action="store_true",
        help="the same pages are built in the other language too (OUT/en/ for zh-TW, OUT/.. "
        "for --lang en; make report does): link every page to its counterpart (without it a "
        "page links its counterpart only when that page exists)",
    )
    reports.add_argument(
        "--jobs", type=int, default=None, help="notebooks run in parallel (default: cores)"
    )
    reports.add_argument("--force", action="store_true", help="re-execute even unchanged reports")
    reports.add_argument("--ocr", action="store_true", default=argparse.SUPPRESS, help=OCR_HELP)
    reports.add_argument(
        "--plan",
        dest="plans",
        action="append",
        metavar="PLAN",
        help="render only this plan's profile (id such as 114-03, or a unique part of its name); "
        "repeatable",
    )
    _add_settings(reports, notebooks=True)
    _add_cache(reports)
    reports.add_argument(
        "--timeout", type=int, default=300, help="seconds allowed per cell (default: 300)"
    )
    reports.set_defaults(func=cmd_reports)
    _add_corpus(sub)
    return parser


def _add_cache(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--cache",
        type=Path,
        default=None,
        help="cache folder (prepared inputs, manifest): kept out of the output folder, which "
        "holds only what a reader needs (default: .govplans-cache/OUT beside the output folder)",
    )


def cmd_corpus(args: argparse.Namespace) -> int:
    _require_reports_extra("corpus")
    from govplans.run.corpus_build import render_corpus  # imported here: keeps others light

    spec = _spec(args, args.source, build=True)
    _no_notebook_parameters(spec, "corpus")
    return render_corpus(spec)


def _add_corpus(sub: Any) -> None:
    corpus = sub.add_parser(
        "corpus",
        help="read several reports together and render the corpus page (agencies and years)",
        description="Read the reports (files or folders), link each plan across years, and "
        "write OUT/index.html (the corpus page) and OUT/data/ (the corpus tables as CSV and "
        "JSON, each report's tables in a folder of its own).",
    )
    _add_source(corpus)
    corpus.add_argument(
        "--out",
        type=Path,
        default=paths.REPORTS_DIR / "corpus",
        help="output folder (default: reports/corpus/)",
    )
    _add_lang(corpus)
    corpus.add_argument(
        "--with-other-language",
        dest="other_language",
        action="store_true",
        help="the same pages are built in the other language too (OUT/en/ for zh-TW, OUT/.. "
        "for --lang en): link every page to its counterpart (without it a page links its "
        "counterpart only when that page exists)",
    )
    _add_crosswalk(corpus)
    corpus.add_argument("--force", action="store_true", help="re-execute even when unchanged")
    _add_settings(corpus)
    _add_cache(corpus)
    corpus.add_argument(
        "--timeout", type=int, default=300, help="seconds allowed per cell (default: 300)"
    )
    corpus.set_defaults(func=cmd_corpus)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "ocr", False):  # read by the PDF reader, here and in the notebooks
        os.environ[OCR_ENV] = "force"
    try:
        return int(args.func(args))
    except KeyboardInterrupt:  # Ctrl-C: the workers and kernels are stopped on the way out
        print("govplans: interrupted (Ctrl-C); pages finished before it are kept", file=sys.stderr)
        return EXIT_INTERRUPTED
    except ReportFormatError as exc:
        print(f"govplans: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (KeyError, ValueError) as exc:  # e.g. an unknown plan id or a bad option value
        message = exc.args[0] if exc.args else str(exc)
        print(f"govplans: error: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
