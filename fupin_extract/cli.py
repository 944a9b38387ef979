"""The command line: ``fupin-extract SUBCOMMAND …``.  No logic of its own.

Exit codes: 0 every file was read; 3 some files failed (the others were processed and
written); 1 nothing could be read; 2 usage error.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import List, Optional

EXIT_OK, EXIT_NOTHING, EXIT_USAGE, EXIT_SOME_FAILED = 0, 1, 2, 3

EPILOG = """examples:
  fupin-extract extract corpora -o out --format parquet
  fupin-extract extract corpora --format jsonl > figures.jsonl
  fupin-extract docs corpora --format jsonl
  fupin-extract compare corpora -o comparison.csv
  fupin-extract audit corpora --format jsonl > findings.jsonl
  fupin-extract eval tests/gold corpora

exit codes: 0 all files read, 3 some files failed (others processed), 1 nothing could be read, 2 usage error
"""


def _exit_code(n_docs: int, n_errors: int) -> int:
    if n_docs == 0 and n_errors > 0:
        return EXIT_NOTHING
    if n_docs == 0:
        return EXIT_NOTHING
    return EXIT_SOME_FAILED if n_errors else EXIT_OK


def _report_errors(errors, quiet: bool) -> None:
    if quiet:
        return
    for row in errors.itertuples(index=False):
        where = row.path or row.doc
        print(f"fupin-extract: {where}: {row.message}", file=sys.stderr)


def cmd_extract(a) -> int:
    from .corpus import read
    from .export import write_stdout_jsonl, write_tables

    corpus = read(a.paths)
    _report_errors(corpus.errors, a.quiet)
    if a.output:
        write_tables({"figures": corpus.figures, "documents": corpus.documents, "errors": corpus.errors},
                     Path(a.output), a.format)
        if not a.quiet:
            print(f"{len(corpus.documents)} documents, {len(corpus.figures)} figures, "
                  f"{len(corpus.errors)} errors → {a.output}", file=sys.stderr)
    elif a.format == "jsonl":
        write_stdout_jsonl(corpus.figures)
    else:
        print("fupin-extract: --format other than jsonl needs -o DIR", file=sys.stderr)
        return EXIT_USAGE
    return _exit_code(len(corpus.documents), len(corpus.errors))


def cmd_docs(a) -> int:
    from .corpus import read
    from .export import write_stdout_jsonl, write_table

    corpus = read(a.paths)
    _report_errors(corpus.errors, a.quiet)
    cols = ["doc", "place", "level", "county", "province", "date", "year", "title", "path"]
    df = corpus.documents[cols]
    if a.output:
        write_table(df, Path(a.output), a.format)
    else:
        write_stdout_jsonl(df)
    return _exit_code(len(corpus.documents), len(corpus.errors))


def cmd_eval(a) -> int:
    from .evaluate import evaluate_figures

    return evaluate_figures(Path(a.gold_dir), [Path(p) for p in a.corpus_dir], show_errors=a.show_errors)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="fupin-extract", description="Figures from Chinese poverty-alleviation reports.",
                                epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quiet", "-q", action="store_true", help="print no progress or per-file errors")
    p.add_argument("--verbose", "-v", action="store_true", help="print more detail")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    e = sub.add_parser("extract", help="find every figure", epilog="example: fupin-extract extract corpora -o out --format csv",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    e.add_argument("paths", nargs="+", help="files or folders (recursive)")
    e.add_argument("-o", "--output", help="output folder (tables figures, documents, errors)")
    e.add_argument("--format", default="jsonl", choices=["jsonl", "csv", "parquet", "xlsx"])
    e.set_defaults(func=cmd_extract)

    d = sub.add_parser("docs", help="one row of metadata per document",
                       epilog="example: fupin-extract docs corpora --format jsonl")
    d.add_argument("paths", nargs="+")
    d.add_argument("-o", "--output", help="output file")
    d.add_argument("--format", default="jsonl", choices=["jsonl", "csv", "parquet", "xlsx"])
    d.set_defaults(func=cmd_docs)

    v = sub.add_parser("eval", help="score figures against a gold folder (same numbers as score.py)",
                       epilog="example: fupin-extract eval tests/gold corpora")
    v.add_argument("gold_dir")
    v.add_argument("corpus_dir", nargs="+")
    v.add_argument("--show-errors", action="store_true")
    v.set_defaults(func=cmd_eval)

    # Further subcommands register here (compare, audit, report, sql).
    for name in ("compare", "audit", "report", "sql"):
        try:
            mod = __import__(f"fupin_extract.cli_{name}", fromlist=["register"])
        except ImportError:
            continue
        mod.register(sub)
    return p


def main(argv: Optional[List[str]] = None) -> int:
    parser = build_parser()
    try:
        a = parser.parse_args(argv)
    except SystemExit as e:
        return EXIT_USAGE if e.code else EXIT_OK
    if not getattr(a, "func", None):
        parser.print_help()
        return EXIT_USAGE
    for key in ("quiet", "verbose"):
        if not hasattr(a, key):
            setattr(a, key, False)
    try:
        return a.func(a)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
