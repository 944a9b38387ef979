"""``fupin-extract audit PATH... [-o FILE] [--format jsonl|csv|xlsx]``: findings of the audit.

With ``--format jsonl`` and no ``-o`` one JSON object per finding goes to stdout (the input
of ``python3 tests/gold/score.py relations tests/gold FILE``); spans are real lists.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

FORMATS = ("jsonl", "csv", "xlsx")


def cmd_audit(a) -> int:
    from .audit import audit, finding_records, flat_frame
    from .cli import EXIT_USAGE, _exit_code, _report_errors
    from .corpus import read

    corpus = read(a.paths)
    _report_errors(corpus.errors, a.quiet)
    df = audit(corpus, cross_report=not a.no_cross_report)
    if a.only_failing:
        df = df[df["holds"].fillna(True) == False].reset_index(drop=True)  # noqa: E712
    if a.output:
        out = Path(a.output)
        out.parent.mkdir(parents=True, exist_ok=True)
        if a.format == "jsonl":
            with open(out, "w", encoding="utf-8") as fh:
                for r in finding_records(df):
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        else:  # csv (UTF-8 with BOM) or xlsx (text stays text), with a codebook beside
            from .export import write_table

            write_table(flat_frame(df), out, a.format, name="findings", codebook=True)
        if not a.quiet:
            n_false = int((df["holds"] == False).sum())  # noqa: E712
            print(f"{len(df)} findings ({n_false} not holding) → {out}", file=sys.stderr)
    elif a.format == "jsonl":
        for r in finding_records(df):
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        print("fupin-extract: --format other than jsonl needs -o FILE", file=sys.stderr)
        return EXIT_USAGE
    return _exit_code(len(corpus.documents), len(corpus.errors))


def register(sub) -> None:
    import argparse

    p = sub.add_parser("audit", help="recompute the arithmetic reports assert; checks across reports",
                       epilog="examples:\n  fupin-extract audit corpora --format jsonl > findings.jsonl\n"
                              "  fupin-extract audit corpora -o findings.xlsx --format xlsx --only-failing",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", help="files or folders (recursive)")
    p.add_argument("-o", "--output", help="output file (default: JSON Lines to stdout)")
    p.add_argument("--format", default="jsonl", choices=FORMATS)
    p.add_argument("--only-failing", action="store_true", help="only findings that do not hold")
    p.add_argument("--no-cross-report", action="store_true",
                   help="skip conflicts, copied text, placeholders and the digit screen")
    p.set_defaults(func=cmd_audit)
