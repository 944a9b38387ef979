"""``fupin-extract audit PATH... [-o FILE] [--format jsonl|json|csv|xlsx|parquet]``: findings of the audit.

The format comes from ``--format``, else from the suffix of ``-o FILE`` (an unknown suffix is a
usage error), else JSON Lines on stdout.  JSON Lines keep the spans as real ``[start, end]``
lists (the input of ``python3 tests/gold/score.py relations tests/gold FILE``); tables (csv, xlsx,
parquet) have ``stated``/``recomputed``/``difference``/``tolerance`` as numbers with the exact
decimal string beside and the total's and rate's offsets as integer columns
(:func:`fupin_extract.tables.findings_table`).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

FORMATS = ("jsonl", "json", "csv", "xlsx", "parquet")


def _write_records(df, fh) -> None:
    from fupin_extract.audit.run import finding_records

    for r in finding_records(df):
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def _write(df, output, fmt: str) -> None:
    from fupin_extract.cli.app import write_result
    from fupin_extract.tables.frames import findings_table

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
    from fupin_extract.audit.run import audit
    from fupin_extract.cli.app import EXIT_NOTHING, _exit_code, _report_errors, nothing_found, output_format, progress_wanted
    from fupin_extract.corpus import read

    fmt = output_format(a.format, a.output, FORMATS, "jsonl")
    corpus = read(a.paths, progress=progress_wanted(a))
    _report_errors(corpus.errors, a.quiet)
    if nothing_found(a, len(corpus.documents), len(corpus.errors)) or corpus.documents.empty:
        return EXIT_NOTHING
    df = audit(corpus, cross_report=not a.no_cross_report)
    if a.only_failing:
        df = df[df["holds"].fillna(True) == False].reset_index(drop=True)  # noqa: E712
    _write(df, a.output, fmt)
    if (a.output and a.output != "-" and not a.quiet) or a.verbose:
        n_false = int((df["holds"] == False).sum())  # noqa: E712
        print(f"{len(df)} findings ({n_false} not holding) → {a.output or 'stdout'} ({fmt})", file=sys.stderr)
    return _exit_code(len(corpus.documents), len(corpus.errors))


def register(sub) -> None:
    import argparse

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
