"""``fupin-extract audit PATH... [-o FILE] [--format jsonl|json|csv|xlsx|parquet]``: findings of the audit.

The format comes from ``--format``, else from the suffix of ``-o FILE`` (an unknown suffix is a
usage error), else JSON Lines on stdout.  JSON Lines keep the spans as real ``[start, end]``
lists (the input of ``python3 tests/gold/score.py relations tests/gold FILE``); tables (csv, xlsx,
parquet) have ``stated``/``recomputed``/``difference``/``tolerance`` as numbers with the exact
decimal string beside and the total's and rate's offsets as integer columns
(:func:`fupin_extract.tables.findings_table`).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from fupin_extract.audit.run import audit, finding_records
from fupin_extract.cli.common import EXIT_NOTHING, exit_code, output_format, read_or_nothing, write_result
from fupin_extract.tables.frames import findings_table

FORMATS = ("jsonl", "json", "csv", "xlsx", "parquet")


def _write_records(df, fh) -> None:
    for r in finding_records(df):
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def _write(df, output, fmt: str) -> None:
    if fmt == "jsonl" and output and output != "-":
        out = Path(output)
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            _write_records(df, fh)
    elif fmt == "jsonl":
        _write_records(df, sys.stdout)
    else:
        write_result(findings_table(df), output, fmt, "findings")


def cmd_audit(a) -> int:
    fmt = output_format(a.format, a.output, FORMATS, "jsonl")
    corpus = read_or_nothing(a)
    if corpus is None:
        return EXIT_NOTHING
    df = audit(corpus, cross_report=not a.no_cross_report)
    if a.only_failing:
        df = df[df["holds"].fillna(True) == False].reset_index(drop=True)  # noqa: E712
    _write(df, a.output, fmt)
    if (a.output and a.output != "-" and not a.quiet) or a.verbose:
        n_false = int((df["holds"] == False).sum())  # noqa: E712
        print(f"{len(df)} findings ({n_false} not holding) → {a.output or 'stdout'} ({fmt})", file=sys.stderr)
    return exit_code(len(corpus.documents), len(corpus.errors))


def register(sub) -> None:
    p = sub.add_parser("audit", help="recompute the arithmetic reports assert; checks across reports",
                       epilog="examples:\n  fupin-extract audit corpora --format jsonl > findings.jsonl\n"
                              "  fupin-extract audit corpora -o findings.xlsx --only-failing",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", help="files or folders (recursive); - reads standard input")
    p.add_argument("-o", "--output", help="output file; its suffix gives the format unless --format "
                                          "(default: JSON Lines to stdout)")
    p.add_argument("--format", default=None, choices=FORMATS)
    p.add_argument("--only-failing", action="store_true", help="only findings that do not hold")
    p.add_argument("--no-cross-report", action="store_true",
                   help="skip conflicts, copied text, placeholders and the digit screen")
    p.set_defaults(func=cmd_audit)
