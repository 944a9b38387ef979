"""``fupin-extract compare``: the cross-township comparison table."""
from __future__ import annotations

import sys
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser(
        "compare", help="one row per report, one column per indicator (headline values)",
        epilog="example: fupin-extract compare corpora -o comparison.csv --long comparison_long.csv",
    )
    p.add_argument("paths", nargs="+", help="files or folders")
    p.add_argument("-o", "--output", help="output file: .csv (UTF-8 with BOM), .xlsx, .parquet, .jsonl, .dta; "
                                          "default: CSV to stdout")
    p.add_argument("--long", help="also write the chosen figure of every cell (evidence) to this file")
    p.set_defaults(func=run)


def _fmt(path: Path) -> str:
    suf = path.suffix.lower().lstrip(".")
    return {"csv": "csv", "xlsx": "xlsx", "parquet": "parquet", "jsonl": "jsonl", "dta": "dta"}.get(suf, "csv")


def run(a) -> int:
    from .cli import _exit_code, _report_errors
    from .compare import compare, compare_long
    from .corpus import read
    from .export import write_table

    corpus = read(a.paths)
    _report_errors(corpus.errors, a.quiet)
    wide = compare(corpus)
    if a.output:
        out = Path(a.output)
        write_table(wide, out, _fmt(out), name="comparison", codebook=True)
    else:
        wide.to_csv(sys.stdout, index=False)
    if a.long:
        lp = Path(a.long)
        write_table(compare_long(corpus), lp, _fmt(lp), name="comparison_long", codebook=True)
    return _exit_code(len(corpus.documents), len(corpus.errors))
