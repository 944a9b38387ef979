"""``fupin-extract compare``: the cross-township comparison table.

The format comes from ``--format``, else from the suffix of ``-o FILE`` (``.csv``, ``.json``,
``.jsonl``, ``.xlsx``, ``.parquet``, ``.dta``; anything else is a usage error), else CSV on stdout.
``--long FILE`` follows the same rule by its own suffix.
"""
from __future__ import annotations

import sys

from fupin_extract.cli.common import EXIT_NOTHING, exit_code, output_format, read_or_nothing, write_result
from fupin_extract.tables.compare import compare, compare_long

FORMATS = ("csv", "json", "jsonl", "xlsx", "parquet", "dta")


def register(sub) -> None:
    p = sub.add_parser(
        "compare", help="one row per report, one column per indicator (headline values)",
        epilog="example: fupin-extract compare corpora -o comparison.csv --long comparison_long.csv",
    )
    p.add_argument("paths", nargs="+", help="files or folders; - reads standard input")
    p.add_argument("-o", "--output", help="output file: .csv (UTF-8 with BOM), .xlsx, .parquet, .json, .jsonl, "
                                          ".dta; default: CSV to stdout")
    p.add_argument("--format", default=None, choices=FORMATS, help="default: from the -o suffix")
    p.add_argument("--long", help="also write the chosen figure of every cell (evidence) to this file")
    p.set_defaults(func=run)


def run(a) -> int:
    fmt = output_format(a.format, a.output, FORMATS, "csv")
    long_fmt = output_format(None, a.long, FORMATS, "csv") if a.long else None
    corpus = read_or_nothing(a)
    if corpus is None:
        return EXIT_NOTHING
    wide = compare(corpus)
    write_result(wide, a.output, fmt, "comparison")
    if a.long:
        write_result(compare_long(corpus), a.long, long_fmt, "comparison_long")
    if a.verbose and not a.quiet:
        print(f"{len(wide)} reports × {len(wide.columns)} columns → {a.output or 'stdout'} ({fmt})", file=sys.stderr)
    return exit_code(len(corpus.documents), len(corpus.errors))
