"""Command line: ``govplans export|dictionary|…`` (also ``python -m govplans``).

Bad input prints one line on stderr and exits with status 2, never a traceback.
Each subcommand is a ``cmd_*`` function registered in :func:`build_parser`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from govplans import config, schema
from govplans.errors import ReportFormatError
from govplans.export import report_to_json, write_csv
from govplans.parse import parse_report

EXIT_BAD_INPUT = 2


def _add_source(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "source",
        nargs="?",
        type=Path,
        default=config.BUNDLED_REPORT,
        help="report text file (default: the bundled FY114 report)",
    )


def cmd_export(args: argparse.Namespace) -> int:
    report = parse_report(args.source)
    if args.format == "json":
        text = report_to_json(report)
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / "report.json").write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
    else:
        out = args.out or config.PROCESSED_DATA_DIR
        for path in write_csv(report, out):
            print(path)
    return 0


def cmd_dictionary(args: argparse.Namespace) -> int:
    sys.stdout.write(schema.data_dictionary_markdown())
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govplans",
        description="Plan-execution reports (計畫執行情形及目標達成情形表) as data and analyses.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    export = sub.add_parser("export", help="export the report as JSON (stdout) or CSV files")
    export.add_argument("--format", choices=["json", "csv"], default="json")
    _add_source(export)
    export.add_argument(
        "--out",
        type=Path,
        default=None,
        help="output folder (CSV default: data/processed; JSON default: stdout)",
    )
    export.set_defaults(func=cmd_export)

    dictionary = sub.add_parser("dictionary", help="print the data dictionary (Markdown)")
    dictionary.set_defaults(func=cmd_dictionary)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except ReportFormatError as exc:
        print(f"govplans: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (KeyError, ValueError) as exc:  # e.g. an unknown plan id or a bad option value
        message = exc.args[0] if exc.args else str(exc)
        print(f"govplans: error: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
